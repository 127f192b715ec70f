/* hc-age.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Age bands are read word by word once dashes, "+" and "<" stand apart,
 * and the words that only say "years" are dropped: then "1-4 years",
 * "85 years and over" and "<1 year old" are the few shapes below.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hc-age.h"

/* Older than anyone: a number above this is not an age. */
#define MAX_AGE 150

static const char * const unit_words[] = {
  "years", "year", "yrs", "yr", "y", "old", "age", "aged", "ages", "of", NULL,
};

static const char * const all_ages[] = {
  "total", "all ages", "all", "total all ages", "all ages total", "ages total", NULL,
};
static const char * const unknown_ages[] = {
  "unknown", "not stated", "age unknown", "unknown age", "age not stated", "unk", NULL,
};

static gboolean
in_list (const char         *word,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* @text in lower case with every kind of dash as "-", and "-", "+" and
 * "<" set apart by spaces. */
static char *
normalize (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus */
      if (c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 ||
          c == 0x2014 || c == 0x2212)
        g_string_append (out, " - ");
      else if (c == '+' || c == '<')
        g_string_append_printf (out, " %c ", (char) c);
      else if (c == ',' || c == '_' || g_unichar_isspace (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
parse_age_number (const char *word,
                  double     *value)
{
  guint64 n;

  if (!g_ascii_isdigit (word[0]) ||
      !g_ascii_string_to_unsigned (word, 10, 0, MAX_AGE, &n, NULL))
    return FALSE;
  *value = (double) n;
  return TRUE;
}

HcAgeKind
hc_age_parse (const char *text,
              HcAgeBand  *band)
{
  g_autofree char *normal = NULL;
  g_auto(GStrv) split = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  const char *w[4] = { NULL };
  double a, b;
  guint n;

  g_return_val_if_fail (band != NULL, HC_AGE_INVALID);

  band->low = band->high = NAN;
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return HC_AGE_INVALID;

  normal = normalize (text);
  split = g_strsplit (normal, " ", -1);
  {
    g_autoptr(GPtrArray) all = g_ptr_array_new ();
    g_autofree char *joined = NULL;

    for (guint i = 0; split[i] != NULL; i++)
      if (split[i][0] != '\0')
        g_ptr_array_add (all, split[i]);
    g_ptr_array_add (all, NULL);
    joined = g_strjoinv (" ", (char **) all->pdata);
    if (in_list (joined, all_ages))
      return HC_AGE_ALL;
    if (in_list (joined, unknown_ages))
      return HC_AGE_UNKNOWN;
  }
  for (guint i = 0; split[i] != NULL; i++)
    if (split[i][0] != '\0' && !in_list (split[i], unit_words))
      g_ptr_array_add (words, split[i]);
  n = words->len;
  if (n == 0 || n > 4)
    return HC_AGE_INVALID;
  for (guint i = 0; i < n; i++)
    w[i] = g_ptr_array_index (words, i);

  /* "40", "40-44", "15 to 19" */
  if (parse_age_number (w[0], &a))
    {
      if (n == 1)
        {
          band->low = a;
          band->high = a + 1;
          return HC_AGE_BAND;
        }
      if (n == 3 && (strcmp (w[1], "-") == 0 || strcmp (w[1], "to") == 0) &&
          parse_age_number (w[2], &b) && b >= a)
        {
          band->low = a;
          band->high = b + 1;
          return HC_AGE_BAND;
        }
      /* "85+", "85 plus", "95 and over", "65 or older" */
      if ((n == 2 && (strcmp (w[1], "+") == 0 || strcmp (w[1], "plus") == 0)) ||
          (n == 3 && (strcmp (w[1], "and") == 0 || strcmp (w[1], "or") == 0) &&
           (strcmp (w[2], "over") == 0 || strcmp (w[2], "older") == 0 ||
            strcmp (w[2], "above") == 0 || strcmp (w[2], "more") == 0)))
        {
          band->low = a;
          band->high = INFINITY;
          return HC_AGE_BAND;
        }
      return HC_AGE_INVALID;
    }

  /* "<1", "Under 5", "less than 1", "below 5" */
  if ((n == 2 && (strcmp (w[0], "<") == 0 || strcmp (w[0], "under") == 0 ||
                  strcmp (w[0], "below") == 0) && parse_age_number (w[1], &b)) ||
      (n == 3 && strcmp (w[0], "less") == 0 && strcmp (w[1], "than") == 0 &&
       parse_age_number (w[2], &b)))
    {
      if (b <= 0)
        return HC_AGE_INVALID;
      band->low = 0;
      band->high = b;
      return HC_AGE_BAND;
    }

  return HC_AGE_INVALID;
}

int
hc_age_band_compare (const HcAgeBand *a,
                     const HcAgeBand *b)
{
  if (a->low != b->low)
    return a->low < b->low ? -1 : 1;
  if (a->high != b->high)
    return a->high < b->high ? -1 : 1;
  return 0;
}

static const char * const male_words[] = {
  "1", "m", "male", "males", "man", "men", "boy", "boys", NULL,
};
static const char * const female_words[] = {
  "2", "f", "female", "females", "woman", "women", "girl", "girls", NULL,
};
static const char * const total_words[] = {
  "3", "t", "total", "both", "both sexes", "all", "all sexes", "persons", "people",
  "all persons", "total population", NULL,
};
static const char * const unknown_words[] = {
  "9", "u", "unknown", "not stated", "sex unknown", "unk", NULL,
};

HcSex
hc_sex_parse (const char *text)
{
  g_autofree char *normal = NULL;
  g_autofree char *spaced = NULL;
  g_auto(GStrv) words = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return HC_SEX_INVALID;

  normal = g_utf8_strdown (text, -1);
  words = g_strsplit_set (g_strstrip (normal), " \t", -1);
  spaced = g_strjoinv (" ", words);
  /* "Both  sexes" with two spaces is still both sexes. */
  while (strstr (spaced, "  ") != NULL)
    {
      char *p = strstr (spaced, "  ");
      memmove (p, p + 1, strlen (p));
    }

  if (in_list (spaced, male_words))
    return HC_SEX_MALE;
  if (in_list (spaced, female_words))
    return HC_SEX_FEMALE;
  if (in_list (spaced, total_words))
    return HC_SEX_TOTAL;
  if (in_list (spaced, unknown_words))
    return HC_SEX_UNKNOWN;

  return HC_SEX_INVALID;
}

HcSex
hc_sex_from_name (const char *name)
{
  static const char * const male[] = { "male", "males", "men", "man", "boys", NULL };
  static const char * const female[] = { "female", "females", "women", "woman", "girls", NULL };
  static const char * const total[] = { "total", "both", NULL };
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;
  gboolean is_male = FALSE, is_female = FALSE, is_total = FALSE;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return HC_SEX_INVALID;

  lower = g_utf8_strdown (name, -1);
  for (char *p = lower; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p))
      *p = ' ';
  words = g_strsplit (lower, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      /* UN WPP: PopMale, PopFemale, PopTotal */
      const char *word = g_str_has_prefix (words[i], "pop") ? words[i] + 3 : words[i];

      is_male |= in_list (word, male);
      is_female |= in_list (word, female);
      is_total |= in_list (word, total);
    }

  /* "Female to male ratio" is of neither. */
  if (is_male + is_female + is_total != 1)
    return HC_SEX_INVALID;
  return is_male ? HC_SEX_MALE : is_female ? HC_SEX_FEMALE : HC_SEX_TOTAL;
}
