/* hc-format.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-number.h"

/* The "C" locale has no thousands separator, but "2000000" in a chart is
 * hard to read: fall back to the English convention there. */
static void
get_separators (const char **group_sep,
                const char **decimal_sep)
{
  const char *thousands = nl_langinfo (THOUSEP);
  const char *radix = nl_langinfo (RADIXCHAR);

  if (radix == NULL || *radix == '\0')
    radix = ".";
  if (thousands == NULL || *thousands == '\0')
    thousands = g_str_equal (radix, ",") ? "\u202f" : ",";
  /* French and others use a no-break space; the narrow one is what
   * typographers (and CLDR) use between digit groups. */
  if (g_str_equal (thousands, "\u00a0"))
    thousands = "\u202f";

  *group_sep = thousands;
  *decimal_sep = radix;
}

static void
append_grouped (GString    *out,
                const char *digits,
                const char *group_sep)
{
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, group_sep);
      g_string_append_c (out, digits[i]);
    }
}

char *
hc_number_format_full (double   value,
                       int      max_decimals,
                       gboolean approximate)
{
  const char *group_sep;
  const char *decimal_sep;
  char buffer[400];  /* DBL_MAX has 309 digits */
  char format[16];
  GString *out = g_string_new (NULL);
  char *dot;

  if (approximate)
    g_string_append (out, "≈\u2009");

  if (!isfinite (value))
    {
      g_string_append (out, isnan (value) ? "–" : (value > 0 ? "∞" : "−∞"));
      return g_string_free (out, FALSE);
    }

  get_separators (&group_sep, &decimal_sep);
  max_decimals = CLAMP (max_decimals, 0, 6);

  /* Format in the C locale ourselves, then put the user's separators in:
   * printf's grouping flag is not portable and is off in "C". */
  if (fabs (value) >= 1e15)
    {
      /* Past 15 digits a double's expansion is binary noise and no reader
       * counts the digits anyway: 1.23 × 10²⁹, in the user's decimals. */
      static const char * const superscripts[] = {
        "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹",
      };
      char mantissa[32];
      char exponent_text[8];
      char *e;

      g_ascii_formatd (mantissa, sizeof mantissa, "%.5e", fabs (value));
      e = strchr (mantissa, 'e');
      g_snprintf (exponent_text, sizeof exponent_text, "%d", atoi (e + 1));
      *e = '\0';
      /* "1.23000" → "1.23", "5.00000" → "5" */
      for (char *end = e - 1; end > mantissa && (*end == '0' || *end == '.'); end--)
        {
          gboolean was_dot = *end == '.';
          *end = '\0';
          if (was_dot)
            break;
        }

      if (value < 0)
        g_string_append (out, "−");
      for (const char *q = mantissa; *q; q++)
        {
          if (*q == '.')
            g_string_append (out, decimal_sep);
          else
            g_string_append_c (out, *q);
        }
      g_string_append (out, "\u202f×\u202f10");
      for (const char *q = exponent_text; *q; q++)
        g_string_append (out, superscripts[*q - '0']);
      return g_string_free (out, FALSE);
    }

  g_snprintf (format, sizeof format, "%%.%df", max_decimals);
  g_ascii_formatd (buffer, sizeof buffer, format, fabs (value));

  /* Trim trailing zeros of the fraction: "1.50" → "1.5", "2.00" → "2". */
  dot = strchr (buffer, '.');
  if (dot != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (end > dot && *end == '0')
        *end-- = '\0';
      if (end == dot)
        *dot = '\0';
    }

  if (value < 0 && strspn (buffer, "0.") != strlen (buffer))
    g_string_append (out, "−");

  dot = strchr (buffer, '.');
  if (dot != NULL)
    *dot = '\0';
  append_grouped (out, buffer, group_sep);
  if (dot != NULL)
    {
      g_string_append (out, decimal_sep);
      g_string_append (out, dot + 1);
    }

  return g_string_free (out, FALSE);
}

char *
hc_number_format (double   value,
                  gboolean approximate)
{
  double magnitude = fabs (value);
  int decimals = magnitude >= 100 ? 0 : magnitude >= 1 ? 2 : 4;

  return hc_number_format_full (value, decimals, approximate);
}

/* Short forms for axis ticks. Readers of population charts ask for full
 * numbers on log axes, so only whole millions and billions are shortened;
 * below a million the full grouped form is kept. */
char *
hc_number_format_compact (double value)
{
  double magnitude = fabs (value);

  if (magnitude >= 1e9 && fmod (magnitude, 1e8) == 0)
    {
      g_autofree char *n = hc_number_format_full (value / 1e9, 1, FALSE);
      /* Translators: an axis tick in billions (10⁹), "3B"; %s is the number,
       * already in the locale's digits. Use the local abbreviation. */
      return g_strdup_printf (C_("number", "%sB"), n);
    }
  if (magnitude >= 1e6 && fmod (magnitude, 1e5) == 0)
    {
      g_autofree char *n = hc_number_format_full (value / 1e6, 1, FALSE);
      /* Translators: an axis tick in millions, "2.5M"; %s is the number,
       * already in the locale's digits. Use the local abbreviation. */
      return g_strdup_printf (C_("number", "%sM"), n);
    }

  return hc_number_format (value, FALSE);
}

char *
hc_number_format_percent (double fraction)
{
  double percent = fraction * 100.0;
  int decimals = (percent != 0 && fabs (percent) < 1) ? 1 : 0;
  g_autofree char *n = NULL;

  /* Never round a present share to "0 %" or a partial one to "100 %". */
  if (percent > 0 && percent < 0.1)
    return g_strdup ("<\u20090.1\u202f%");
  if (percent > 99.5 && percent < 100)
    decimals = 1;

  n = hc_number_format_full (percent, decimals, FALSE);
  return g_strdup_printf ("%s\u202f%%", n);
}

char *
hc_number_format_plain (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);

  /* g_ascii_dtostr() always gives 17 digits, so 1e300 would print as
   * 1.0000000000000001e+300; most values read back from 15. */
  for (int digits = 15; digits < 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return g_strdup (buffer);
    }

  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}
