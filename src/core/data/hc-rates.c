/* hc-rates.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rates per population: each figure divided by the denominator of the
 * row it came from, so that a rate never pairs one year's deaths with
 * another year's population, nor one country's with another's. A figure
 * without a denominator is a gap, never a zero, and never an infinity.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hc-error.h"
#include "hc-number.h"
#include "hc-rates.h"
#include "hc-selection-private.h"
#include "hc-table-private.h"

static const double pers[] = { 1, 100, 1000, 100000 };

gboolean
hc_rates_per_is_valid (double per)
{
  for (guint i = 0; i < G_N_ELEMENTS (pers); i++)
    if (per == pers[i])
      return TRUE;
  return FALSE;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
hc_rates_choose_per (const double *ratios,
                     guint         n)
{
  g_autofree double *sorted = g_new (double, MAX (n, 1));
  guint m = 0;
  double median;

  for (guint i = 0; i < n; i++)
    if (isfinite (ratios[i]) && ratios[i] > 0)
      sorted[m++] = ratios[i];
  if (m == 0)
    return 1000;
  qsort (sorted, m, sizeof (double), compare_double);
  median = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;

  for (guint i = 0; i < G_N_ELEMENTS (pers); i++)
    if (median * pers[i] >= 1 - 1e-9)
      return pers[i];
  return pers[G_N_ELEMENTS (pers) - 1];
}

char *
hc_rates_format_per (double per)
{
  return hc_number_format (per, FALSE);
}

int
hc_rates_find_measure (const HcTable *table,
                       const char    *name)
{
  const int *measures = hc_table_get_measures (table);

  g_return_val_if_fail (table != NULL, -1);

  if (name == NULL)
    return -1;
  for (guint pass = 0; pass < 2; pass++)
    for (guint m = 0; m < hc_table_get_n_measures (table); m++)
      {
        const char *column = hc_table_get_column (table, measures[m])->name;

        if (pass == 0 ? strcmp (column, name) == 0 : g_ascii_strcasecmp (column, name) == 0)
          return measures[m];
      }
  return -1;
}

static gboolean
is_population_name (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return strstr (lower, "population") != NULL || g_str_has_prefix (lower, "pop") ||
         strstr (lower, "sp.pop.totl") != NULL;
}

int
hc_rates_find_population (const HcTable *table)
{
  const int *measures;

  g_return_val_if_fail (table != NULL, -1);

  measures = hc_table_get_measures (table);
  for (guint m = 0; m < hc_table_get_n_measures (table); m++)
    if (is_population_name (hc_table_get_column (table, measures[m])->name))
      return measures[m];
  return -1;
}

/* What tells a row from every other: the entity, its code, the time, the
 * age, the sex and the category, as a figure cut from the row has them. */
static char *
figure_key (const char *entity,
            const char *code,
            gboolean    has_time,
            double      time,
            const char *age,
            const char *sex,
            const char *category)
{
  char when[G_ASCII_DTOSTR_BUF_SIZE] = "";

  if (has_time)
    g_ascii_formatd (when, sizeof when, "%.17g", time);
  return g_strjoin ("\x1f", entity != NULL ? entity : "", code != NULL ? code : "", when,
                    age != NULL ? age : "", sex != NULL ? sex : "",
                    category != NULL ? category : "", NULL);
}

static GHashTable *
index_rows (const HcTable *table)
{
  GHashTable *rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int time = hc_table_find_role (table, HC_ROLE_TIME);

  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    {
      double t = time >= 0 ? hc_table_get_column (table, time)->numbers[r] : NAN;
      char *key = figure_key (hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_ENTITY),
                                                 r),
                              hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_CODE), r),
                              !isnan (t), t,
                              hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_AGE), r),
                              hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_SEX), r),
                              hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_CATEGORY),
                                                 r));

      /* Two rows alike cannot say which denominator is meant: neither is used. */
      if (g_hash_table_contains (rows, key))
        g_hash_table_insert (rows, key, GINT_TO_POINTER (-1));
      else
        g_hash_table_insert (rows, key, GINT_TO_POINTER (r + 1));
    }

  return rows;
}

static char *
capitalize (const char *text)
{
  gunichar c = g_utf8_get_char (text);
  char upper[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (c), upper);
  return g_strconcat (upper, g_utf8_next_char (text), NULL);
}

/* "per 100,000 people", "per 1,000 of “Average size of army”". */
static char *
per_phrase (const char *denominator,
            double      per)
{
  g_autofree char *amount = hc_rates_format_per (per);

  if (is_population_name (denominator))
    return per == 1 ? g_strdup (_("per person"))
                    /* Translators: what a rate is given per: "per 100,000 people". */
                    : g_strdup_printf (_("per %s people"), amount);
  if (per == 1)
    /* Translators: a rate of a measure that is not a population:
     * "divided by “Average size of army”". */
    return g_strdup_printf (_("divided by “%s”"), denominator);
  /* Translators: "per 1,000 of “Average size of army”". */
  return g_strdup_printf (_("per %s of “%s”"), amount, denominator);
}

static char *
rate_title (const char *numerator,
            const char *phrase)
{
  if (numerator == NULL)
    return capitalize (phrase);
  /* Translators: a measure and what it is divided by: "Deaths per 100,000
   * people". */
  return g_strdup_printf (_("%1$s %2$s"), numerator, phrase);
}

static gboolean
refuse (const HcTable     *table,
        const HcSelection *selection,
        int                denominator,
        GError           **error)
{
  if (hc_table_is_records (table))
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                   _("there is no measure “%s”: the table has none, its rows are counted"),
                   selection->divide_by);
      return TRUE;
    }
  if (denominator < 0)
    {
      GString *names = g_string_new (NULL);
      const int *measures = hc_table_get_measures (table);

      for (guint m = 0; m < hc_table_get_n_measures (table); m++)
        g_string_append_printf (names, "%s“%s”", m > 0 ? ", " : "",
                                hc_table_get_column (table, measures[m])->name);
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                   _("--divide-by: there is no measure “%s”; there are %s"),
                   selection->divide_by, names->str);
      g_string_free (names, TRUE);
      return TRUE;
    }
  if (selection->per != 0 && !hc_rates_per_is_valid (selection->per))
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                   _("--per: a rate is given per 1, 100, 1000 or 100000"));
      return TRUE;
    }
  if (selection->shape == HC_SELECTION_PARTS)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                   _("rates per population do not add up, so they cannot be stacked; draw "
                     "them as lines"));
      return TRUE;
    }
  if (selection->group != NULL)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                   _("rates per population do not add up, so they cannot be added up by a "
                     "column; leave out --group or --divide-by"));
      return TRUE;
    }
  if (selection->measure != NULL &&
      hc_rates_find_measure (table, selection->measure) == denominator)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                   _("“%s” divided by itself is 1 everywhere; choose another measure to "
                     "divide"), hc_table_get_column (table, denominator)->name);
      return TRUE;
    }
  return FALSE;
}

/* The measure to divide when none was asked for: the count the table is
 * about (deaths), never the denominator itself. NULL keeps every measure,
 * as a table without entities shows them. */
static const char *
default_numerator (const HcTable *table,
                   int            denominator)
{
  const int *measures = hc_table_get_measures (table);

  if (hc_table_find_role (table, HC_ROLE_ENTITY) < 0 && hc_table_get_n_measures (table) > 2)
    return NULL;
  for (guint m = 0; m < hc_table_get_n_measures (table); m++)
    if (measures[m] != denominator &&
        hc_table_name_is_value (hc_table_get_column (table, measures[m])->name))
      return hc_table_get_column (table, measures[m])->name;
  for (guint m = 0; m < hc_table_get_n_measures (table); m++)
    if (measures[m] != denominator)
      return hc_table_get_column (table, measures[m])->name;
  return NULL;
}

static void
append_gaps (GString    *subtitle,
             const char *denominator,
             guint       n_missing,
             guint       n_not_positive)
{
  if (n_missing > 0)
    {
      g_string_append (subtitle, " · ");
      /* Translators: figures a rate could not be computed for: "no
       * “Population” for 3 figures, left out". */
      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE, "no “%2$s” for %1$u figure, left out",
                                           "no “%2$s” for %1$u figures, left out", n_missing),
                              n_missing, denominator);
    }
  if (n_not_positive > 0)
    {
      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "“%2$s” zero or less for %1$u figure, left out",
                                           "“%2$s” zero or less for %1$u figures, left out",
                                           n_not_positive),
                              n_not_positive, denominator);
    }
}

typedef struct
{
  guint  entity;
  double time;
  double rate;
} Latest;

static int
compare_latest (gconstpointer a,
                gconstpointer b)
{
  const Latest *x = a, *y = b;

  /* The highest first; ties in the file's order. */
  if (x->rate != y->rate)
    return x->rate < y->rate ? 1 : -1;
  return (x->entity > y->entity) - (x->entity < y->entity);
}

/* A series of a file with hundreds of entities shows the few with the
 * highest rates (and World), not those with the most deaths: ranked by
 * the rate of each at its latest time in the span. FALSE, and the
 * selection's own defaults, when there are few enough to show them all. */
static gboolean
rank_by_rate (const HcTable     *table,
              const HcSelection *selection,
              int                numerator,
              int                denominator,
              HcSelection       *counts,
              char             **ranking)
{
  int entity = hc_table_find_role (table, HC_ROLE_ENTITY);
  int time = hc_table_find_role (table, HC_ROLE_TIME);
  const double *num, *den, *times;
  const HcColumn *names;
  g_autofree Latest *latest = NULL;
  gboolean have_country = FALSE, have_aggregate = FALSE;
  gboolean countries_only;
  int world = -1;
  guint n_entities, n_ranked = 0, n_top;
  double from = selection->has_range ? selection->from - 1e-9 : -G_MAXDOUBLE;
  double to = selection->has_range ? selection->to + 1e-9 : G_MAXDOUBLE;
  double rank_time = -G_MAXDOUBLE;
  GPtrArray *chosen;

  if (selection->shape != HC_SELECTION_SERIES || selection->entities != NULL || entity < 0 ||
      time < 0 || numerator < 0)
    return FALSE;
  names = hc_table_get_column (table, entity);
  num = hc_table_get_column (table, numerator)->numbers;
  den = hc_table_get_column (table, denominator)->numbers;
  times = hc_table_get_column (table, time)->numbers;
  n_entities = names->values->len;

  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    switch (hc_table_get_entity_kind (table, r))
      {
      case HC_ENTITY_COUNTRY: have_country = TRUE; break;
      case HC_ENTITY_AGGREGATE: have_aggregate = TRUE; break;
      case HC_ENTITY_WORLD:
      case HC_ENTITY_OTHER:
      default: break;
      }
  countries_only = !selection->aggregates && have_country && have_aggregate;

  latest = g_new0 (Latest, MAX (n_entities, 1));
  for (guint e = 0; e < n_entities; e++)
    {
      latest[e].entity = e;
      latest[e].time = -G_MAXDOUBLE;
      latest[e].rate = NAN;
    }
  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    {
      guint32 e = names->text[r];
      HcEntityKind kind = hc_table_get_entity_kind (table, r);

      if (e == HC_TABLE_NO_TEXT || isnan (num[r]) || !(den[r] > 0) || isnan (times[r]) ||
          times[r] < from || times[r] > to || (countries_only && kind == HC_ENTITY_AGGREGATE))
        continue;
      if (kind == HC_ENTITY_WORLD)
        world = (int) e;
      if (times[r] >= latest[e].time)
        {
          latest[e].time = times[r];
          latest[e].rate = num[r] / den[r];
        }
    }
  for (guint e = 0; e < n_entities; e++)
    if (!isnan (latest[e].rate) && (int) e != world)
      latest[n_ranked++] = latest[e];
  if (n_ranked + (world >= 0) <= HC_SELECTION_MAX_DEFAULT_SERIES)
    return FALSE;
  qsort (latest, n_ranked, sizeof (Latest), compare_latest);

  n_top = MIN (n_ranked, HC_SELECTION_DEFAULT_SERIES);
  chosen = g_ptr_array_new ();
  if (world >= 0)
    g_ptr_array_add (chosen, g_strdup (g_ptr_array_index (names->values, world)));
  for (guint i = 0; i < n_top; i++)
    {
      g_ptr_array_add (chosen, g_strdup (g_ptr_array_index (names->values, latest[i].entity)));
      rank_time = MAX (rank_time, latest[i].time);
    }
  g_ptr_array_add (chosen, NULL);
  counts->entities = (char **) g_ptr_array_free (chosen, FALSE);

  {
    g_autofree char *when = hc_time_format_plain (rank_time, hc_table_get_time_kind (table));

    if (world >= 0)
      /* Translators: which lines a chart of rates of a file with hundreds
       * of entities shows: "World and the 5 highest rates of 216 in 2024".
       * The plural follows the second number. */
      *ranking = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "World and the %1$u highest rates of %2$u in %3$s",
                                               "World and the %1$u highest rates of %2$u in %3$s",
                                               n_ranked), n_top, n_ranked, when);
    else
      /* Translators: "the 5 highest rates of 216 in 2024". */
      *ranking = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "the %1$u highest rates of %2$u in %3$s",
                                               "the %1$u highest rates of %2$u in %3$s",
                                               n_ranked), n_top, n_ranked, when);
  }
  return TRUE;
}

HcDataset *
hc_rates_apply (const HcTable     *table,
                const HcSelection *selection,
                GError           **error)
{
  g_auto(HcSelection) counts = { 0 };
  g_autoptr(HcDataset) numerators = NULL;
  g_autoptr(HcDataset) rates = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GArray) kept = NULL;
  g_autoptr(GArray) all_ratios = NULL;
  g_autofree double *ratios = NULL;
  g_autofree double *denominators = NULL;
  g_autofree char *phrase = NULL;
  g_autofree char *title = NULL;
  g_autofree char *ranking = NULL;
  const HcColumn *denominator;
  const char *numerator_name = NULL;
  gboolean one_numerator = TRUE;
  guint n, n_missing = 0, n_not_positive = 0, n_ratios = 0;
  int column;
  double per;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (selection != NULL && selection->divide_by != NULL, NULL);

  column = hc_rates_find_measure (table, selection->divide_by);
  if (refuse (table, selection, column, error))
    return NULL;
  denominator = hc_table_get_column (table, column);

  hc_selection_copy (&counts, selection);
  g_clear_pointer (&counts.divide_by, g_free);
  if (counts.measure == NULL)
    counts.measure = g_strdup (default_numerator (table, column));
  rank_by_rate (table, selection, hc_rates_find_measure (table, counts.measure), column, &counts,
                &ranking);
  all_ratios = g_array_new (FALSE, FALSE, sizeof (double));
  numerators = hc_selection_apply_numerators (table, &counts, column, all_ratios, error);
  if (numerators == NULL)
    return NULL;

  rows = index_rows (table);
  n = hc_dataset_get_n_figures (numerators);
  ratios = g_new (double, MAX (n, 1));
  denominators = g_new (double, MAX (n, 1));
  kept = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < n; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (numerators, i);
      g_autofree char *key = NULL;
      int row;
      double d;

      if (g_strcmp0 (figure->measure, denominator->name) == 0)
        continue;
      key = figure_key (figure->entity, figure->code, figure->has_time, figure->time, figure->age,
                        figure->sex, figure->category);
      row = GPOINTER_TO_INT (g_hash_table_lookup (rows, key)) - 1;
      d = row >= 0 ? denominator->numbers[row] : NAN;
      if (isnan (d))
        {
          n_missing++;
          continue;
        }
      if (!(d > 0) || !isfinite (d))
        {
          n_not_positive++;
          continue;
        }
      if (numerator_name == NULL)
        numerator_name = figure->measure;
      else if (g_strcmp0 (numerator_name, figure->measure) != 0)
        one_numerator = FALSE;
      denominators[n_ratios] = d;
      ratios[n_ratios++] = figure->value / d;
      g_array_append_val (kept, i);
    }

  if (kept->len == 0)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY,
                   _("nothing to show: no figure of this selection has a “%s” above zero to "
                     "divide by"), denominator->name);
      return NULL;
    }

  /* One time of several is given per what suits them all, so that the
   * rates read the same as the years go by. */
  if (selection->per != 0)
    per = selection->per;
  else if (hc_dataset_get_value_domain (numerators) != NULL)
    per = hc_rates_choose_per ((const double *) all_ratios->data, all_ratios->len);
  else
    per = hc_rates_choose_per (ratios, n_ratios);
  phrase = per_phrase (denominator->name, per);
  title = rate_title (one_numerator ? numerator_name : NULL, phrase);

  rates = hc_dataset_new (hc_dataset_get_title (numerators));
  {
    const HcSource *source = hc_dataset_get_source (numerators);

    hc_dataset_set_source (rates, source->publisher, source->headline, source->date, source->url);
  }
  hc_dataset_set_time_kind (rates, hc_dataset_get_time_kind (numerators));
  hc_dataset_set_rate (rates, title, per);
  if (hc_dataset_get_value_domain (numerators) != NULL)
    {
      HcValueDomain domain = *hc_dataset_get_value_domain (numerators);

      domain.min *= per;
      domain.min_positive *= per;
      domain.max *= per;
      hc_dataset_set_value_domain (rates, &domain);
    }
  hc_dataset_set_extent (rates, hc_dataset_get_extent (numerators));

  for (guint k = 0; k < kept->len; k++)
    {
      const HcFigure *figure = hc_dataset_get_figure (numerators, g_array_index (kept, guint, k));
      HcFigure rate = *figure;
      g_autofree char *measure = rate_title (figure->measure, phrase);
      double d = denominators[k];

      rate.value = figure->value / d * per;
      if (figure->has_range)
        {
          rate.low = figure->low / d * per;
          rate.high = figure->high / d * per;
        }
      rate.has_rate = TRUE;
      rate.numerator = figure->value;
      rate.denominator = d;
      rate.measure = measure;
      rate.unit = NULL;
      hc_dataset_add_figure (rates, &rate);
    }

  /* The subtitle names the rate where it named the measure. */
  {
    const char *inner = hc_dataset_get_subtitle (numerators);
    GString *subtitle = g_string_new (NULL);
    gsize skip = 0;

    if (inner != NULL && numerator_name != NULL && one_numerator &&
        g_str_has_prefix (inner, numerator_name))
      {
        skip = strlen (numerator_name);
        if (strncmp (inner + skip, " · ", strlen (" · ")) == 0)
          skip += strlen (" · ");
        else if (inner[skip] != '\0')
          skip = 0;
      }
    /* Monthly deaths over the army's size are a rate in each month, not
     * a year's: say so. */
    if (hc_dataset_get_time_kind (numerators) == HC_TIME_MONTH)
      /* Translators: a rate of monthly figures: "Deaths per 1,000 people, in each month". */
      g_string_append_printf (subtitle, _("%s, in each month"), title);
    else if (hc_dataset_get_time_kind (numerators) == HC_TIME_DAY)
      g_string_append_printf (subtitle, _("%s, in each day"), title);
    else
      g_string_append (subtitle, title);
    if (inner != NULL && inner[skip] != '\0')
      g_string_append_printf (subtitle, " · %s", inner + skip);
    if (ranking != NULL)
      g_string_append_printf (subtitle, " · %s", ranking);
    append_gaps (subtitle, denominator->name, n_missing, n_not_positive);
    hc_dataset_set_subtitle (rates, subtitle->str);
    g_string_free (subtitle, TRUE);
  }

  return g_steal_pointer (&rates);
}
