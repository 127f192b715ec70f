/* hc-number.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parsing (hc-number.c) is locale-independent: a file reads the same in
 * every locale. It accepts "2000000", "2,000,000", "2 000 000" (ASCII or
 * no-break spaces), "1.5", "1e6", and an approximation marker in front
 * ("around", "about", "approximately", "some", "nearly", "~", "≈", "c.",
 * "ca.") that sets *approximate. Anything else left over is an error:
 * "12abc" is not 12.
 *
 * On failure returns FALSE, sets @error (HC_LOAD_ERROR_VALUE, message
 * without a position) and, when @error_offset is not NULL, the byte offset
 * in @text where the problem starts, so that callers can report a column. */
gboolean  hc_number_parse          (const char *text,
                                    double     *value,
                                    gboolean   *approximate,
                                    gsize      *error_offset,
                                    GError    **error);

/* Formatting (hc-format.c) follows the user's locale (LC_NUMERIC):
 * "2,000,000" in English, "2.000.000" in German. */
char     *hc_number_format         (double      value,
                                    gboolean    approximate);
char     *hc_number_format_full    (double      value,
                                    int         max_decimals,
                                    gboolean    approximate);
char     *hc_number_format_compact (double      value);
char     *hc_number_format_percent (double      fraction);

/* Plain machine-readable form: integers without separators, decimals with
 * '.', shortest text that reads back to the same double. */
char     *hc_number_format_plain   (double      value);

G_END_DECLS
