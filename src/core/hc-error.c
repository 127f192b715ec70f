/* hc-error.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hc-error.h"

G_DEFINE_QUARK (hc-load-error-quark, hc_load_error)

void
hc_set_error_at (GError     **error,
                 HcLoadError  code,
                 const char  *filename,
                 guint        line,
                 guint        column,
                 const char  *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (filename == NULL)
    filename = "<data>";

  if (line == 0)
    g_set_error (error, HC_LOAD_ERROR, code, "%s: %s", filename, message);
  else if (column == 0)
    g_set_error (error, HC_LOAD_ERROR, code, "%s:%u: %s", filename, line, message);
  else
    g_set_error (error, HC_LOAD_ERROR, code, "%s:%u:%u: %s", filename, line, column, message);
}
