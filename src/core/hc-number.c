/* hc-number.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "hc-error.h"
#include "hc-number.h"

gboolean
hc_number_parse (const char *text,
                 double     *value,
                 gboolean   *approximate,
                 gsize      *error_offset,
                 GError    **error)
{
  char *end = NULL;
  double v;

  g_return_val_if_fail (text != NULL, FALSE);

  v = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (v))
    {
      if (error_offset != NULL)
        *error_offset = end - text;
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE, "“%s” is not a number", text);
      return FALSE;
    }
  if (value != NULL)
    *value = v;
  if (approximate != NULL)
    *approximate = FALSE;
  return TRUE;
}
