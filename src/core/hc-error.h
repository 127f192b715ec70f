/* hc-error.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HC_LOAD_ERROR (hc_load_error_quark ())

typedef enum
{
  HC_LOAD_ERROR_IO,             /* could not read the file */
  HC_LOAD_ERROR_FORMAT,         /* not a format we know */
  HC_LOAD_ERROR_ENCODING,       /* not valid UTF-8, or UTF-16 */
  HC_LOAD_ERROR_SYNTAX,         /* malformed CSV or JSON */
  HC_LOAD_ERROR_VALUE,          /* a value is not a usable number */
  HC_LOAD_ERROR_MISSING,        /* a required column or key is missing or empty */
  HC_LOAD_ERROR_LIMIT,          /* a size limit was exceeded */
  HC_LOAD_ERROR_EMPTY,          /* no figures at all */
} HcLoadError;

GQuark hc_load_error_quark (void);

/* Sets @error to a message of the form "FILE:LINE:COLUMN: message", the
 * shape compilers use, so editors and terminals can jump to the place.
 * @line and @column are 1-based; a @column of 0 leaves the column out, a
 * @line of 0 leaves both out. */
void hc_set_error_at (GError     **error,
                      HcLoadError  code,
                      const char  *filename,
                      guint        line,
                      guint        column,
                      const char  *format,
                      ...) G_GNUC_PRINTF (6, 7);

G_END_DECLS
