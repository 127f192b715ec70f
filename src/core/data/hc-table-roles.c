/* hc-table-roles.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a column means, from its header, its HXL hashtag and its content:
 * the conventions of the World Bank, Our World in Data, the UN's World
 * Population Prospects and the Humanitarian Exchange Language.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hc-table-private.h"

/* Header names, compared after case folding and with '_' and '-' read as
 * spaces. */
static const char * const entity_names[] = {
  "label", "name", "entity", "country", "country name", "location", "area", "state",
  "territory", "place", "province", "district", "nation", "economy", "geo", "locality",
  "country or area", "region, subregion, country or area", "adm1 name", "admin1", NULL
};
static const char * const code_names[] = {
  "code", "country code", "iso3", "iso code", "iso3 code", "iso a3", "iso", "countrycode",
  "alpha3", "alpha 3", "iso3166", "iso 3166", "geo code", "location code", "country iso3",
  "iso alpha3", "iso3 code", NULL
};
static const char * const time_names[] = {
  "year", "time", "date", "period", "month", "day", "yr", "year id", "date of death",
  "date of event", "event date", "timestamp", NULL
};
static const char * const age_names[] = {
  "age", "agegrp", "age group", "agegroup", "age band", "age range", "ages", "age years", NULL
};
static const char * const sex_names[] = { "sex", "gender", NULL };
static const char * const category_names[] = {
  "category", "group", "type", "cause", "kind", "class", "conflict type", "disaster type",
  "continent", "subregion", "income group", "variant", "cause of death", "status", "side",
  "affiliation", "nationality", "ethnicity", "religion", NULL
};
static const char * const measure_name_names[] = {
  "indicator", "indicator name", "measure", "variable", "series", "series name", "metric",
  "indicator label", NULL
};
/* A column with one of these names must hold numbers: a value that is not
 * one is an error, not a sign that the column is text. */
static const char * const value_names[] = {
  "value", "count", "number", "population", "deaths", "obs value", "total", NULL
};
static const char * const unit_names[] = { "unit", "units", "unit of measure", NULL };
static const char * const quote_names[] = { "quote", NULL };
static const char * const note_names[] = {
  "note", "notes", "comment", "comments", "description", "footnote", "remarks", NULL
};
static const char * const source_names[] = { "source", "data source", NULL };
static const char * const approximate_names[] = { "approximate", NULL };
static const char * const ignored_code_names[] = {
  "indicator code", "series code", "measure code", "sdmx code", "var id", "loc type name",
  "parent id", NULL
};

char *
hc_table_normalize_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p++)
    {
      char c = *p;

      if (c == '_' || c == '-' || c == '.' || g_ascii_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
in_list (const char         *normalized,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (normalized, list[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
hc_table_name_is_value (const char *name)
{
  g_autofree char *normalized = hc_table_normalize_name (name);

  return in_list (normalized, value_names);
}

/* "locid", "sortorder", "varid", "id", "location_id": numbers that name
 * things rather than count them. */
static gboolean
is_id_like (const char *normalized)
{
  gsize n = strlen (normalized);

  return strcmp (normalized, "id") == 0 || strcmp (normalized, "sortorder") == 0 ||
         strcmp (normalized, "sort order") == 0 || strcmp (normalized, "rank") == 0 ||
         strcmp (normalized, "index") == 0 || strcmp (normalized, "fid") == 0 ||
         strcmp (normalized, "objectid") == 0 || strcmp (normalized, "row") == 0 ||
         strcmp (normalized, "agegrpstart") == 0 || strcmp (normalized, "agegrpspan") == 0 ||
         strcmp (normalized, "midperiod") == 0 ||
         (n > 2 && g_str_has_suffix (normalized, "id") &&
          (normalized[n - 3] == ' ' || n <= 8)) ||
         g_str_has_suffix (normalized, " code") || g_str_has_suffix (normalized, " number") ||
         g_str_has_suffix (normalized, " no") || in_list (normalized, ignored_code_names);
}

HcRole
hc_table_role_from_hxl (const char *tag,
                        gboolean   *is_measure_name)
{
  g_autofree char *lower = g_ascii_strdown (tag, -1);
  g_auto(GStrv) parts = g_strsplit (lower, "+", -1);
  const char *hash = parts[0];

  *is_measure_name = FALSE;
  g_strstrip (parts[0]);

  if (g_str_has_prefix (hash, "#country") || g_str_has_prefix (hash, "#adm") ||
      g_str_has_prefix (hash, "#loc") || g_str_has_prefix (hash, "#region"))
    {
      for (guint i = 1; parts[i] != NULL; i++)
        if (g_str_has_prefix (parts[i], "code"))
          return HC_ROLE_CODE;
      return HC_ROLE_ENTITY;
    }
  if (g_str_has_prefix (hash, "#date"))
    return HC_ROLE_TIME;
  if (strcmp (hash, "#sex") == 0 || strcmp (hash, "#gender") == 0)
    return HC_ROLE_SEX;
  if (strcmp (hash, "#age") == 0)
    return HC_ROLE_AGE;
  if (strcmp (hash, "#indicator") == 0)
    {
      for (guint i = 1; parts[i] != NULL; i++)
        if (g_str_has_prefix (parts[i], "name") || g_str_has_prefix (parts[i], "label"))
          {
            *is_measure_name = TRUE;
            return HC_ROLE_CATEGORY;
          }
      return HC_ROLE_MEASURE;
    }
  if (strcmp (hash, "#population") == 0 || strcmp (hash, "#affected") == 0 ||
      strcmp (hash, "#inneed") == 0 || strcmp (hash, "#targeted") == 0 ||
      strcmp (hash, "#reached") == 0 || strcmp (hash, "#value") == 0 ||
      strcmp (hash, "#capacity") == 0 || strcmp (hash, "#output") == 0)
    return HC_ROLE_MEASURE;
  if (strcmp (hash, "#sector") == 0 || strcmp (hash, "#org") == 0 ||
      strcmp (hash, "#event") == 0 || strcmp (hash, "#status") == 0 ||
      strcmp (hash, "#cause") == 0 || strcmp (hash, "#group") == 0)
    return HC_ROLE_CATEGORY;
  if (strcmp (hash, "#meta") == 0 || strcmp (hash, "#description") == 0)
    return HC_ROLE_NOTE;
  if (strcmp (hash, "#source") == 0)
    return HC_ROLE_SOURCE;

  return HC_N_ROLES;
}

HcRole
hc_table_role_from_name (const char *name,
                         gboolean   *is_measure_name,
                         gboolean   *is_id)
{
  g_autofree char *normalized = hc_table_normalize_name (name);

  *is_measure_name = FALSE;
  *is_id = FALSE;

  if (in_list (normalized, entity_names))
    return HC_ROLE_ENTITY;
  if (in_list (normalized, code_names))
    return HC_ROLE_CODE;
  if (in_list (normalized, time_names))
    return HC_ROLE_TIME;
  if (in_list (normalized, age_names))
    return HC_ROLE_AGE;
  if (in_list (normalized, sex_names))
    return HC_ROLE_SEX;
  if (in_list (normalized, category_names))
    return HC_ROLE_CATEGORY;
  if (in_list (normalized, measure_name_names))
    {
      *is_measure_name = TRUE;
      return HC_ROLE_CATEGORY;
    }
  if (in_list (normalized, unit_names))
    return HC_ROLE_UNIT;
  if (in_list (normalized, quote_names))
    return HC_ROLE_QUOTE;
  if (in_list (normalized, note_names))
    return HC_ROLE_NOTE;
  if (in_list (normalized, source_names))
    return HC_ROLE_SOURCE;
  if (in_list (normalized, approximate_names))
    return HC_ROLE_IGNORED;
  if (in_list (normalized, value_names))
    return HC_ROLE_MEASURE;
  if (is_id_like (normalized))
    {
      *is_id = TRUE;
      return HC_ROLE_IGNORED;
    }

  return HC_N_ROLES;
}

gboolean
hc_table_name_is_approximate (const char *name)
{
  g_autofree char *normalized = hc_table_normalize_name (name);

  return in_list (normalized, approximate_names);
}

/* The stem of a bound's name and which bound it is: "bd_low" → "bd", low;
 * "Deaths (upper bound)" → "deaths", high; "high" → "", high. */
gboolean
hc_table_bound_stem (const char  *name,
                     char       **stem,
                     HcRole      *role)
{
  static const struct { const char *word; HcRole role; } words[] = {
    { "low", HC_ROLE_LOW }, { "lower", HC_ROLE_LOW }, { "min", HC_ROLE_LOW },
    { "lo", HC_ROLE_LOW }, { "lb", HC_ROLE_LOW }, { "lower bound", HC_ROLE_LOW },
    { "minimum", HC_ROLE_LOW }, { "low estimate", HC_ROLE_LOW },
    { "high", HC_ROLE_HIGH }, { "upper", HC_ROLE_HIGH }, { "max", HC_ROLE_HIGH },
    { "hi", HC_ROLE_HIGH }, { "ub", HC_ROLE_HIGH }, { "upper bound", HC_ROLE_HIGH },
    { "maximum", HC_ROLE_HIGH }, { "high estimate", HC_ROLE_HIGH },
  };
  g_autofree char *normalized = hc_table_normalize_name (name);
  char *open;

  /* "Deaths (upper bound)" */
  open = strchr (normalized, '(');
  if (open != NULL && g_str_has_suffix (normalized, ")"))
    {
      normalized[strlen (normalized) - 1] = '\0';
      *open = ' ';
    }

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (normalized);
      gsize w = strlen (words[i].word);

      if (n >= w && strcmp (normalized + n - w, words[i].word) == 0 &&
          (n == w || normalized[n - w - 1] == ' '))
        {
          *stem = g_strstrip (g_strndup (normalized, n - w));
          *role = words[i].role;
          return TRUE;
        }
      if (n > w && strncmp (normalized, words[i].word, w) == 0 && normalized[w] == ' ')
        {
          *stem = g_strstrip (g_strdup (normalized + w + 1));
          *role = words[i].role;
          return TRUE;
        }
    }

  return FALSE;
}

/* The stem a measure shares with its bounds: "bd_best" → "bd", "best" →
 * "", "deaths" → "deaths". */
char *
hc_table_measure_stem (const char *name)
{
  g_autofree char *normalized = hc_table_normalize_name (name);
  static const char * const words[] = { "best", "estimate", "central", "mean", "median", "point" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (normalized);
      gsize w = strlen (words[i]);

      if (n >= w && strcmp (normalized + n - w, words[i]) == 0 &&
          (n == w || normalized[n - w - 1] == ' '))
        return g_strstrip (g_strndup (normalized, n - w));
    }

  return g_steal_pointer (&normalized);
}

/* "1960", "1960 [YR1960]" (the World Bank's DataBank): a year as a column
 * header, or -1. */
int
hc_table_header_year (const char *header)
{
  const char *p = header;
  int year = 0;
  int digits = 0;

  while (g_ascii_isspace (*p))
    p++;
  while (g_ascii_isdigit (*p) && digits < 5)
    {
      year = year * 10 + (*p - '0');
      digits++;
      p++;
    }
  if (digits != 4 || year < 1000 || year > 2999)
    return -1;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '[')
    {
      const char *close = strchr (p, ']');

      if (close == NULL)
        return -1;
      p = close + 1;
      while (g_ascii_isspace (*p))
        p++;
    }

  return *p == '\0' ? year : -1;
}
