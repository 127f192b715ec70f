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
  HC_LOAD_ERROR_TOO_LARGE,      /* the file is over the size limit the caller set */
} HcLoadError;

GQuark hc_load_error_quark (void);

/* Sets @error to a message of the form "FILE:LINE:COLUMN: message", the
 * shape compilers use, so editors and terminals can jump to the place.
 * @line and @column are 1-based; a @column of 0 leaves the column out, a
 * @line of 0 leaves both out. The file name and the message are made
 * printable (see hc_error_make_printable()). */
void hc_set_error_at (GError     **error,
                      HcLoadError  code,
                      const char  *filename,
                      guint        line,
                      guint        column,
                      const char  *format,
                      ...) G_GNUC_PRINTF (6, 7);

/* @text as one printable line of valid UTF-8: control characters become
 * escapes ("\n", "\x1B"); with @shorten, a text of more than a few hundred
 * characters keeps its start and end around "…". hc_set_error_at() does
 * this to every message, so text quoted from a file cannot break the line
 * "FILE:LINE:COL: message". */
char *hc_error_make_printable (const char *text,
                               gboolean    shorten);

G_END_DECLS
