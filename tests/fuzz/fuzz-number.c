/* fuzz-number.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The number parser on NUL-terminated text, as the loaders call it.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hc-error.h"
#include "hc-number.h"

#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_malloc (size + 1);
  g_autoptr(GError) error = NULL;
  gboolean approximate = FALSE;
  gsize offset = G_MAXSIZE;
  double value = NAN;

  /* Cut at the first NUL, as a C string from a field would be. */
  if (size > 0)
    memcpy (text, data, size);
  text[size] = '\0';

  if (hc_number_parse (text, &value, &approximate, &offset, &error))
    {
      g_assert_no_error (error);
      g_assert_true (isfinite (value));
      /* No "-0" in charts. */
      g_assert_false (value == 0 && signbit (value));
      /* Anything it accepts, it accepts again in its own plain form. */
      {
        g_autofree char *plain = hc_number_format_plain (value);
        double again = NAN;

        g_assert_true (hc_number_parse (plain, &again, NULL, NULL, NULL));
        g_assert_cmpfloat (again, ==, value);
      }
      return 0;
    }

  g_assert_nonnull (error);
  g_assert_true (error->domain == HC_LOAD_ERROR);
  g_assert_cmpuint (offset, <=, strlen (text));
  g_assert_true (g_utf8_validate (error->message, -1, NULL) ||
                 !g_utf8_validate (text, -1, NULL));

  return 0;
}
