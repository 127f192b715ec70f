/* hc-number.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parsing (hc-number.c) is locale-independent: a file reads the same in
 * every locale. It accepts:
 *
 *  - "2000000", "1.5", ".5", "1e6", with an optional leading '+' or '-';
 *  - thousands groups "2,000,000" or "2 000 000", where the space may be
 *    U+0020, U+00A0 or U+202F: a first group of one to three digits, then
 *    groups of exactly three, all with the same separator ("1,5" and
 *    "1,00,000" are errors: a decimal comma is refused, not guessed);
 *  - leading and trailing white space (ASCII, U+00A0, U+202F);
 *  - one approximation marker in front, in any case: "approximately",
 *    "approx.", "approx", "around", "about", "some", "nearly", "roughly",
 *    "almost", "circa", "ca.", "c.", "~", "≈". It sets *approximate; words
 *    must be followed by a space ("about 5"), symbols need not ("~5").
 *
 * It refuses: empty text, "NaN", "inf", hexadecimal ("0x1A"), numbers
 * grouped with dots ("2.000.000", "1.000,5": ambiguous), anything left
 * over after the number ("12abc" is not 12), numbers too large for a
 * double ("1e999") and non-zero numbers too small for a normal double
 * ("1e-400"), which would otherwise read as 0. "2.000" is two: a lone dot
 * is always the decimal point. Integers above 2^53 are accepted but are
 * rounded to the nearest double, as any double is.
 *
 * On success stores the value (never -0) and whether it was marked as
 * approximate; @value and @approximate may be NULL.
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
