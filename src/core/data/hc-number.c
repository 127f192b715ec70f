/* hc-number.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "hc-error.h"
#include "hc-number.h"

/* Longer input is not repeated in messages: they must stay readable. */
#define MAX_QUOTED_TEXT 40

typedef struct
{
  const char *text;
  /* A word such as "about" must be followed by a space, so that "abouts"
   * is not read as "about s"; a marker ending in '.' or a symbol need not. */
  gboolean    is_word;
} ApproxMarker;

/* Longer markers first: "approximately" must win over "approx", and
 * "ca." over "c.". */
static const ApproxMarker approx_markers[] = {
  { "approximately", TRUE },
  { "approx.", FALSE },
  { "approx", TRUE },
  { "around", TRUE },
  { "about", TRUE },
  { "some", TRUE },
  { "nearly", TRUE },
  { "roughly", TRUE },
  { "almost", TRUE },
  { "circa", TRUE },
  { "ca.", FALSE },
  { "c.", FALSE },
  { "~", FALSE },
  { "\xE2\x89\x88", FALSE },  /* ≈ */
};

G_GNUC_PRINTF (4, 5)
static gboolean
fail (GError     **error,
      gsize       *error_offset,
      gsize        offset,
      const char  *format,
      ...)
{
  va_list args;

  if (error_offset != NULL)
    *error_offset = offset;

  if (error != NULL)
    {
      g_assert (*error == NULL);
      va_start (args, format);
      *error = g_error_new_valist (HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE, format, args);
      va_end (args);
    }

  return FALSE;
}

/* The byte length of the space character at @p, or 0. No-break spaces
 * count: spreadsheets and word processors put them into numbers. */
static gsize
space_length (const char *p)
{
  const guchar *u = (const guchar *) p;

  g_assert (p != NULL);

  if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r' || *u == '\v' || *u == '\f')
    return 1;
  if (u[0] == 0xC2 && u[1] == 0xA0)                     /* U+00A0 NO-BREAK SPACE */
    return 2;
  if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)     /* U+202F NARROW NO-BREAK SPACE */
    return 3;
  return 0;
}

/* The byte length of a thousands separator at @p, or 0: ',' or a space
 * that is not a tab or a line break. */
static gsize
group_separator_length (const char *p)
{
  g_assert (p != NULL);

  if (*p == ',' || *p == ' ')
    return 1;
  if (*p == '\t' || *p == '\n' || *p == '\r' || *p == '\v' || *p == '\f')
    return 0;
  return space_length (p);
}

static const char *
skip_spaces (const char *p)
{
  gsize n;

  g_assert (p != NULL);

  while ((n = space_length (p)) > 0)
    p += n;
  return p;
}

static gsize
count_digits (const char *p)
{
  gsize n = 0;

  g_assert (p != NULL);

  while (g_ascii_isdigit (p[n]))
    n++;
  return n;
}

/* Returns the byte length of the approximation marker at @p, or 0. */
static gsize
match_approx_marker (const char *p)
{
  g_assert (p != NULL);

  /* Most values start with a digit: no marker does. */
  if (g_ascii_isdigit (*p) || *p == '-' || *p == '+' || *p == '.')
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (approx_markers); i++)
    {
      const ApproxMarker *marker = &approx_markers[i];
      gsize n = strlen (marker->text);

      if (g_ascii_strncasecmp (p, marker->text, n) != 0)
        continue;
      if (marker->is_word && space_length (p + n) == 0)
        continue;
      return n;
    }

  return 0;
}

static gboolean
has_word_nocase (const char *p,
                 const char *word)
{
  gsize n = strlen (word);

  g_assert (p != NULL);

  return g_ascii_strncasecmp (p, word, n) == 0 && !g_ascii_isalnum (p[n]);
}

gboolean
hc_number_parse (const char *text,
                 double     *value,
                 gboolean   *approximate,
                 gsize      *error_offset,
                 GError    **error)
{
  char stack_buffer[64];
  g_autofree char *heap_buffer = NULL;
  char *clean;
  gsize clean_len = 0;
  gboolean is_approximate = FALSE;
  gboolean exponent = FALSE;
  const char *p;
  const char *number_start;
  const char *integer_start;
  const char *dot = NULL;
  const char *first_separator = NULL;
  gsize integer_digits = 0;
  gsize fraction_digits = 0;
  gsize text_len;
  gsize n;
  double v;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The common case, a plain whole number such as "2000000", without the
   * general scanner: up to 15 digits are exact in a double. */
  {
    const char *q = text[0] == '-' ? text + 1 : text;
    double whole = 0;
    gsize digits = 0;

    while (g_ascii_isdigit (q[digits]) && digits < 16)
      {
        whole = whole * 10 + (q[digits] - '0');
        digits++;
      }
    if (q[digits] == '\0' && digits > 0 && digits <= 15)
      {
        if (value != NULL)
          *value = text[0] == '-' && whole != 0 ? -whole : whole;  /* "-0" is 0 */
        if (approximate != NULL)
          *approximate = FALSE;
        return TRUE;
      }
  }

  text_len = strlen (text);
  /* Every character that survives cleaning comes from @text, so this is
   * always large enough. */
  if (text_len < sizeof stack_buffer)
    clean = stack_buffer;
  else
    clean = heap_buffer = g_malloc (text_len + 1);

  p = skip_spaces (text);
  if (*p == '\0')
    return fail (error, error_offset, 0, _("the value is empty"));

  if ((n = match_approx_marker (p)) > 0)
    {
      is_approximate = TRUE;
      p = skip_spaces (p + n);
      if (*p == '\0')
        return fail (error, error_offset, p - text, _("there is no number after “%.*s”"), (int) n,
                     skip_spaces (text));
    }

  number_start = p;
  if (*p == '+' || *p == '-')
    {
      if (*p == '-')
        clean[clean_len++] = '-';
      p++;
    }

  /* g_ascii_strtod() would read all of these; a data file that contains
   * them is broken or was written for another program. */
  if (g_ascii_isalpha (*p) && has_word_nocase (p, "nan"))
    return fail (error, error_offset, number_start - text, _("“NaN” is not a number"));
  if (g_ascii_isalpha (*p) && (has_word_nocase (p, "inf") || has_word_nocase (p, "infinity")))
    return fail (error, error_offset, number_start - text, _("infinity is not a usable value"));
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
    return fail (error, error_offset, number_start - text,
                 _("hexadecimal numbers are not supported; write the number in decimal"));

  integer_start = p;
  n = count_digits (p);
  memcpy (clean + clean_len, p, n);
  clean_len += n;
  integer_digits += n;
  p += n;

  /* Thousands groups: "2,000,000", "2 000 000". A first group of one to
   * three digits, then groups of exactly three, all with the same
   * separator; anything else ("1,5", "1,00,000") is refused rather than
   * guessed, since "1,5" is one and a half in much of the world. */
  if (n > 0)
    {
      gsize sep;

      while ((sep = group_separator_length (p)) > 0 && g_ascii_isdigit (p[sep]))
        {
          gsize group = count_digits (p + sep);

          if (first_separator == NULL)
            first_separator = p;
          else if (strncmp (p, first_separator, sep) != 0 ||
                   group_separator_length (first_separator) != sep)
            return fail (error, error_offset, p - text,
                         _("the number mixes different thousands separators"));

          if (group != 3 || (p == first_separator && p - integer_start > 3))
            {
              if (*p == ',')
                return fail (error, error_offset, p - text,
                             _("',' must separate groups of three digits "
                               "(write decimals with '.', as in 1.5)"));
              return fail (error, error_offset, p - text,
                           _("digits separated by spaces must come in groups of three"));
            }

          memcpy (clean + clean_len, p + sep, group);
          clean_len += group;
          integer_digits += group;
          p += sep + group;
        }
    }

  if (*p == '.')
    {
      dot = p;
      clean[clean_len++] = '.';
      p++;
      n = count_digits (p);
      memcpy (clean + clean_len, p, n);
      clean_len += n;
      fraction_digits = n;
      p += n;

      /* "2.000.000" and "1.000,5" are numbers grouped with dots; reading
       * them as 2.0 would silently be a million times off. */
      if (first_separator == NULL && fraction_digits > 0 &&
          ((p[0] == '.' && g_ascii_isdigit (p[1])) ||
           (fraction_digits == 3 && p[0] == ',' && g_ascii_isdigit (p[1]))))
        return fail (error, error_offset, dot - text,
                     _("this looks like a number grouped with '.' separators, which is "
                       "ambiguous; write it without separators or with ','"));
    }

  if (integer_digits == 0 && fraction_digits == 0)
    {
      if (dot != NULL || number_start != p)
        return fail (error, error_offset, number_start - text, _("there is no digit in the number"));
      if (strlen (number_start) <= MAX_QUOTED_TEXT)
        return fail (error, error_offset, number_start - text, _("“%s” is not a number"),
                     number_start);
      return fail (error, error_offset, number_start - text, _("the text is not a number"));
    }

  if ((p[0] == 'e' || p[0] == 'E'))
    {
      gsize sign = (p[1] == '+' || p[1] == '-') ? 1 : 0;

      n = count_digits (p + 1 + sign);
      if (n > 0)
        {
          exponent = TRUE;
          memcpy (clean + clean_len, p, 1 + sign + n);
          clean_len += 1 + sign + n;
          p += 1 + sign + n;
        }
    }

  clean[clean_len] = '\0';

  p = skip_spaces (p);
  if (*p != '\0')
    {
      if (strlen (p) <= MAX_QUOTED_TEXT)
        return fail (error, error_offset, p - text, _("unexpected “%s” after the number"), p);
      return fail (error, error_offset, p - text, _("unexpected text after the number"));
    }

  errno = 0;
  if (dot == NULL && integer_digits > 0 && integer_digits <= 15 && !exponent)
    {
      /* Whole numbers of up to 15 digits are exact in a double: most cells
       * of a population file, read without strtod's locale machinery. */
      const char *q = clean[0] == '-' ? clean + 1 : clean;
      double whole = 0;

      for (; *q != '\0'; q++)
        whole = whole * 10 + (*q - '0');
      v = clean[0] == '-' ? -whole : whole;
    }
  else
    {
      char *end = NULL;

      v = g_ascii_strtod (clean, &end);
      /* The cleaned text is exactly what strtod reads; a mismatch is a bug
       * in the scanner above, not bad input. */
      g_assert (end == clean + clean_len);
    }

  if (!isfinite (v))
    return fail (error, error_offset, number_start - text, _("the number is too large to represent"));
  /* A result of zero is only right when the text said zero: "1e-400"
   * underflows, and silently charting it as 0 would be wrong. */
  if (v != 0 ? fabs (v) < DBL_MIN : errno == ERANGE)
    return fail (error, error_offset, number_start - text, _("the number is too small to represent"));

  if (value != NULL)
    *value = v + 0.0;  /* no "-0" in charts */
  if (approximate != NULL)
    *approximate = is_approximate;
  return TRUE;
}
