/* hc-selection.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cutting a chart from a table. Each figure is one observation: nothing
 * here adds up values across times, and a group total never mixes an
 * aggregate with the countries it contains.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hc-age.h"
#include "hc-countries.h"
#include "hc-error.h"
#include "hc-number.h"
#include "hc-rates.h"
#include "hc-records.h"
#include "hc-selection.h"
#include "hc-selection-private.h"
#include "hc-table-private.h"

void
hc_selection_init (HcSelection *selection)
{
  g_return_if_fail (selection != NULL);

  memset (selection, 0, sizeof *selection);
}

void
hc_selection_clear (HcSelection *selection)
{
  g_return_if_fail (selection != NULL);

  g_clear_pointer (&selection->measure, g_free);
  g_clear_pointer (&selection->entities, g_strfreev);
  g_clear_pointer (&selection->group, g_free);
  g_clear_pointer (&selection->divide_by, g_free);
  memset (selection, 0, sizeof *selection);
}

void
hc_selection_copy (HcSelection       *dest,
                   const HcSelection *src)
{
  g_return_if_fail (dest != NULL);
  g_return_if_fail (src != NULL);

  *dest = *src;
  dest->measure = g_strdup (src->measure);
  dest->entities = g_strdupv (src->entities);
  dest->group = g_strdup (src->group);
  dest->divide_by = g_strdup (src->divide_by);
}

const char *
hc_selection_entity_label (const HcTable *table,
                           guint          row)
{
  int entity = hc_table_find_role (table, HC_ROLE_ENTITY);
  int code = hc_table_find_role (table, HC_ROLE_CODE);
  const char *name = hc_table_get_text (table, entity, row);
  const HcCountry *country = NULL;

  if (hc_table_get_entity_kind (table, row) == HC_ENTITY_COUNTRY)
    {
      country = hc_countries_lookup_code (hc_table_get_text (table, code, row));
      if (country == NULL)
        country = hc_countries_lookup_name (name);
    }
  if (country != NULL && hc_countries_get_name (country) != NULL)
    return hc_countries_get_name (country);

  return name != NULL ? name : hc_table_get_text (table, code, row);
}

char *
hc_selection_format_time (const HcTable *table,
                          double         time)
{
  g_return_val_if_fail (table != NULL, NULL);

  return hc_time_format_plain (time, hc_table_get_time_kind (table));
}

char **
hc_selection_list_entities (const HcTable *table)
{
  int entity = hc_table_find_role (table, HC_ROLE_ENTITY);
  GPtrArray *names = g_ptr_array_new ();

  if (entity >= 0)
    {
      const HcColumn *column = hc_table_get_column (table, entity);

      for (guint i = 0; i < column->values->len; i++)
        g_ptr_array_add (names, g_strdup (g_ptr_array_index (column->values, i)));
    }
  g_ptr_array_add (names, NULL);

  return (char **) g_ptr_array_free (names, FALSE);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static int
find_measure (const HcTable *table,
              const char    *name)
{
  const int *measures = hc_table_get_measures (table);

  if (hc_table_get_n_measures (table) == 0)
    return -1;
  if (name == NULL)
    {
      /* Population and deaths before income and life expectancy: they
       * are what this program is for; and both sexes (PopTotal) before
       * one of them (PopMale). */
      for (guint pass = 0; pass < 3; pass++)
        for (guint m = 0; m < hc_table_get_n_measures (table); m++)
          {
            const char *column = hc_table_get_column (table, measures[m])->name;
            HcSex sex = hc_sex_from_name (column);
            gboolean one_sex = sex == HC_SEX_MALE || sex == HC_SEX_FEMALE;
            gboolean value = hc_table_name_is_value (column);

            if ((pass == 0 && value && !one_sex) || (pass == 1 && value) ||
                (pass == 2 && !one_sex))
              return measures[m];
          }
      return measures[0];
    }
  for (guint pass = 0; pass < 2; pass++)
    for (guint m = 0; m < hc_table_get_n_measures (table); m++)
      {
        const char *column = hc_table_get_column (table, measures[m])->name;

        if (pass == 0 ? strcmp (column, name) == 0 : g_ascii_strcasecmp (column, name) == 0)
          return measures[m];
      }
  return -1;
}

/* The times at which @measure (any measure, when -1) has a value, with
 * how many rows have one at each: sorted, not hashed, so a million rows
 * cost no allocation each. */
static GArray *
count_times (const HcTable *table,
             int            measure,
             GArray       **counts)
{
  int time = hc_table_find_role (table, HC_ROLE_TIME);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  *counts = g_array_new (FALSE, FALSE, sizeof (guint));
  if (time < 0)
    return times;

  /* Years, the common case, are counted in bins. */
  {
    const double *numbers = hc_table_get_column (table, time)->numbers;
    const double *values = measure >= 0 ? hc_table_get_column (table, measure)->numbers : NULL;
    g_autofree guint *bins = g_new0 (guint, 2000);
    gboolean all_years = TRUE;

    for (guint r = 0; r < hc_table_get_n_rows (table) && all_years; r++)
      {
        double t = numbers[r];

        if (isnan (t) || (values != NULL && isnan (values[r])))
          continue;
        if (t >= 1000 && t < 3000 && t == floor (t))
          bins[(int) t - 1000]++;
        else
          all_years = FALSE;
      }
    if (all_years)
      {
        for (guint y = 0; y < 2000; y++)
          if (bins[y] > 0)
            {
              double t = 1000.0 + y;

              g_array_append_val (times, t);
              g_array_append_val (*counts, bins[y]);
            }
        return times;
      }
  }

  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    {
      double t = hc_table_get_column (table, time)->numbers[r];

      if (isnan (t) || (measure >= 0 && isnan (hc_table_get_column (table, measure)->numbers[r])))
        continue;
      g_array_append_val (all, t);
    }
  g_array_sort (all, compare_double);
  for (guint i = 0; i < all->len; i++)
    {
      double t = g_array_index (all, double, i);

      if (times->len > 0 && g_array_index (times, double, times->len - 1) == t)
        g_array_index (*counts, guint, (*counts)->len - 1)++;
      else
        {
          guint one = 1;

          g_array_append_val (times, t);
          g_array_append_val (*counts, one);
        }
    }

  return times;
}

GArray *
hc_selection_get_times (const HcTable *table,
                        const char    *measure)
{
  g_autoptr(GArray) counts = NULL;

  return count_times (table, find_measure (table, measure), &counts);
}

static char *
list_names (const HcTable *table,
            const int     *columns,
            guint          n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s“%s”", i > 0 ? ", " : "",
                            hc_table_get_column (table, columns[i])->name);
  return g_string_free (text, FALSE);
}

/* The latest time at which at least half as many entities have a value
 * as at the best-covered time: the newest year is often still thin. */
static gboolean
default_time (const HcTable *table,
              int            measure,
              double         from,
              double         to,
              double        *out)
{
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GArray) times = count_times (table, measure, &counts);
  guint best = 0;

  for (guint i = 0; i < counts->len; i++)
    if (g_array_index (times, double, i) >= from && g_array_index (times, double, i) <= to)
      best = MAX (best, g_array_index (counts, guint, i));
  for (guint i = times->len; i-- > 0;)
    if (g_array_index (times, double, i) >= from && g_array_index (times, double, i) <= to &&
        g_array_index (counts, guint, i) * 2 >= best)
      {
        *out = g_array_index (times, double, i);
        return TRUE;
      }

  return FALSE;
}

static gboolean
entity_matches (const HcTable *table,
                guint          row,
                const char    *wanted)
{
  int entity = hc_table_find_role (table, HC_ROLE_ENTITY);
  int code = hc_table_find_role (table, HC_ROLE_CODE);
  const char *name = hc_table_get_text (table, entity, row);
  const char *code_text = hc_table_get_text (table, code, row);
  const char *label = hc_selection_entity_label (table, row);

  return (name != NULL && g_utf8_collate (name, wanted) == 0) ||
         (name != NULL && g_ascii_strcasecmp (name, wanted) == 0) ||
         (code_text != NULL && g_ascii_strcasecmp (code_text, wanted) == 0) ||
         (label != NULL && g_utf8_collate (label, wanted) == 0);
}

typedef struct
{
  const HcTable     *table;
  const HcSelection *selection;
  int                measure;
  int                time;
  double             at;
  gboolean           has_at;
  gboolean           countries_only;
  gboolean           hide_world;
  guint8            *wanted;    /* per row: in the selection */
  /* A series: every time from span_from to span_to. */
  gboolean           series;
  double             span_from, span_to;
  /* The default entities of a series, when they are the largest few. */
  guint              n_candidates;
  guint              n_top;
  gboolean           with_world;
  gboolean           top_countries;
  double             rank_time;
  /* Parts that are measures of one entity, and the total they make. */
  GArray            *parts;     /* of int: measure columns; NULL when the parts are entities */
  int                total;
} Cut;

static gboolean
check_entities (Cut     *cut,
                GError **error)
{
  const HcTable *table = cut->table;
  guint n_rows = hc_table_get_n_rows (table);

  for (guint e = 0; cut->selection->entities[e] != NULL; e++)
    {
      const char *wanted = cut->selection->entities[e];
      gboolean found = FALSE;

      for (guint r = 0; r < n_rows; r++)
        if (entity_matches (table, r, wanted))
          {
            cut->wanted[r] = 1;
            found = TRUE;
          }
      if (!found)
        {
          g_auto(GStrv) names = hc_selection_list_entities (table);
          g_autofree char *list = g_strjoinv (", ", names);

          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                       names[0] != NULL ? _("there is no entity “%s”; there are %s")
                                        : _("there is no entity “%s”: the table has no entity "
                                            "column%s"),
                       wanted, list);
          return FALSE;
        }
    }

  return TRUE;
}

static void
default_entities (Cut *cut)
{
  const HcTable *table = cut->table;
  guint n_rows = hc_table_get_n_rows (table);
  gboolean have_country = FALSE, have_aggregate = FALSE, have_world = FALSE;

  for (guint r = 0; r < n_rows; r++)
    switch (hc_table_get_entity_kind (table, r))
      {
      case HC_ENTITY_COUNTRY: have_country = TRUE; break;
      case HC_ENTITY_AGGREGATE: have_aggregate = TRUE; break;
      case HC_ENTITY_WORLD: have_world = TRUE; break;
      case HC_ENTITY_OTHER:
      default: break;
      }

  cut->countries_only = !cut->selection->aggregates && have_country &&
                        (have_aggregate || have_world);
  /* World beside its regions would be added to them by a treemap or a
   * donut: leave it out, and say so. */
  cut->hide_world = !cut->selection->aggregates && !have_country && have_aggregate && have_world;

  for (guint r = 0; r < n_rows; r++)
    {
      HcEntityKind kind = hc_table_get_entity_kind (table, r);

      cut->wanted[r] = !(cut->countries_only && kind != HC_ENTITY_COUNTRY &&
                         kind != HC_ENTITY_OTHER) &&
                       !(cut->hide_world && kind == HC_ENTITY_WORLD);
    }
}

static char *
time_text (const HcTable *table,
           double         time)
{
  return hc_time_format_plain (time, hc_table_get_time_kind (table));
}

/* "Albania · 40-44 · Female": what tells apart the rows of one entity. */
static char *
row_label (const HcTable *table,
           guint          row,
           gboolean       with_measure,
           const char    *measure)
{
  GString *label = g_string_new (NULL);
  static const HcRole parts[] = { HC_ROLE_AGE, HC_ROLE_SEX };
  const char *entity = hc_selection_entity_label (table, row);

  if (entity != NULL)
    g_string_append (label, entity);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *text = hc_table_get_text (table, hc_table_find_role (table, parts[i]), row);

      /* A census's 1 and 2 read as the sexes they stand for. */
      if (text != NULL && parts[i] == HC_ROLE_SEX)
        switch (hc_sex_parse (text))
          {
          case HC_SEX_MALE: text = _("males"); break;
          case HC_SEX_FEMALE: text = _("females"); break;
          case HC_SEX_TOTAL: text = _("both sexes"); break;
          case HC_SEX_INVALID:
          case HC_SEX_UNKNOWN:
          default: break;
          }
      if (text != NULL)
        g_string_append_printf (label, "%s%s", label->len > 0 ? " · " : "", text);
    }
  if (with_measure || label->len == 0)
    g_string_append_printf (label, "%s%s", label->len > 0 ? " · " : "", measure);

  return g_string_free (label, FALSE);
}

static void
add_row_figure (HcDataset     *dataset,
                const HcTable *table,
                guint          row,
                int            measure,
                const char    *label)
{
  const HcColumn *column = hc_table_get_column (table, measure);
  HcFigure figure = { 0 };
  int time = hc_table_find_role (table, HC_ROLE_TIME);
  const char *unit = hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_UNIT), row);

  figure.label = (char *) label;
  figure.value = column->numbers[row];
  figure.approximate = column->approximate != NULL && column->approximate[row];
  figure.category = (char *) hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_CATEGORY),
                                                row);
  figure.unit = (char *) (unit != NULL ? unit : column->unit);
  figure.quote = (char *) hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_QUOTE), row);
  figure.note = (char *) hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_NOTE), row);
  figure.code = (char *) hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_CODE), row);
  figure.entity = (char *) hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_ENTITY),
                                              row);
  figure.measure = column->name;
  figure.age = (char *) hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_AGE), row);
  figure.sex = (char *) hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_SEX), row);
  if (time >= 0 && !isnan (hc_table_get_column (table, time)->numbers[row]))
    {
      figure.has_time = TRUE;
      figure.time = hc_table_get_column (table, time)->numbers[row];
    }
  for (guint i = 0; i < hc_table_get_n_columns (table); i++)
    {
      const HcColumn *bound = hc_table_get_column (table, i);

      if (bound->bound_of != measure || isnan (bound->numbers[row]))
        continue;
      if (!figure.has_range)
        figure.low = figure.high = figure.value;
      figure.has_range = TRUE;
      if (bound->role == HC_ROLE_LOW)
        figure.low = bound->numbers[row];
      else
        figure.high = bound->numbers[row];
    }

  hc_dataset_add_figure (dataset, &figure);
}

/* Records: how many rows there are of each value of @group. */
static void
count_records (HcDataset     *dataset,
               const Cut     *cut,
               int            group)
{
  const HcTable *table = cut->table;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  const char *not_stated = _("Not stated");

  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    {
      const char *value;
      guint n;

      if (!cut->wanted[r])
        continue;
      value = group >= 0 ? hc_table_get_text (table, group, r) : NULL;
      if (value == NULL)
        value = not_stated;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, value));
      if (n == 0)
        g_ptr_array_add (order, (gpointer) value);
      g_hash_table_insert (counts, (gpointer) value, GUINT_TO_POINTER (n + 1));
    }

  for (guint i = 0; i < order->len; i++)
    {
      HcFigure figure = { 0 };

      figure.label = g_ptr_array_index (order, i);
      figure.entity = figure.label;
      figure.measure = (char *) _("count");
      figure.value = GPOINTER_TO_UINT (g_hash_table_lookup (counts, figure.label));
      figure.unit = (char *) _("records");
      hc_dataset_add_figure (dataset, &figure);
    }
}

/* A measure added up by a column (deaths by region at one time): only
 * over rows that do not contain each other. */
static gboolean
sum_by_group (HcDataset     *dataset,
              const Cut     *cut,
              int            group,
              GError       **error)
{
  const HcTable *table = cut->table;
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) bounds = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  const char *not_stated = _("Not stated");
  const HcColumn *values = hc_table_get_column (table, cut->measure);

  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    {
      HcEntityKind kind = hc_table_get_entity_kind (table, r);
      const char *value;
      double *sum;

      if (!cut->wanted[r] || isnan (values->numbers[r]))
        continue;
      if (cut->time >= 0 && hc_table_get_column (table, cut->time)->numbers[r] != cut->at)
        continue;
      if (kind == HC_ENTITY_AGGREGATE || kind == HC_ENTITY_WORLD)
        {
          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                       _("“%s” is an aggregate of other entities: adding it to them would "
                         "count people twice; leave it out of --entities to group"),
                       hc_selection_entity_label (table, r));
          return FALSE;
        }
      value = hc_table_get_text (table, group, r);
      if (value == NULL)
        value = not_stated;
      sum = g_hash_table_lookup (sums, value);
      if (sum == NULL)
        {
          sum = g_new0 (double, 1);
          g_hash_table_insert (sums, (gpointer) value, sum);
          g_ptr_array_add (order, (gpointer) value);
        }
      *sum += values->numbers[r];
      /* The bounds add up as the values do: the sum of the lows and the
       * sum of the highs. */
      for (guint c = 0; c < hc_table_get_n_columns (table); c++)
        {
          const HcColumn *bound = hc_table_get_column (table, c);
          double *range;

          if (bound->bound_of != cut->measure || bound->type != HC_COLUMN_NUMBER)
            continue;
          range = g_hash_table_lookup (bounds, value);
          if (range == NULL)
            {
              range = g_new0 (double, 3);
              g_hash_table_insert (bounds, (gpointer) value, range);
            }
          range[bound->role == HC_ROLE_LOW ? 0 : 1] +=
            isnan (bound->numbers[r]) ? values->numbers[r] : bound->numbers[r];
          range[2] = 1;
        }
    }

  for (guint i = 0; i < order->len; i++)
    {
      HcFigure figure = { 0 };

      figure.label = g_ptr_array_index (order, i);
      figure.entity = figure.label;
      figure.measure = values->name;
      figure.value = *(double *) g_hash_table_lookup (sums, figure.label);
      if (g_hash_table_lookup (bounds, figure.label) != NULL)
        {
          const double *range = g_hash_table_lookup (bounds, figure.label);
          gboolean has_low = FALSE, has_high = FALSE;

          for (guint c = 0; c < hc_table_get_n_columns (table); c++)
            {
              has_low |= hc_table_get_column (table, c)->bound_of == cut->measure &&
                         hc_table_get_column (table, c)->role == HC_ROLE_LOW;
              has_high |= hc_table_get_column (table, c)->bound_of == cut->measure &&
                          hc_table_get_column (table, c)->role == HC_ROLE_HIGH;
            }
          figure.has_range = TRUE;
          figure.low = has_low ? range[0] : figure.value;
          figure.high = has_high ? range[1] : figure.value;
        }
      figure.unit = values->unit;
      figure.has_time = cut->time >= 0;
      figure.time = cut->at;
      hc_dataset_add_figure (dataset, &figure);
    }

  return TRUE;
}

static int
find_group (const HcTable     *table,
            const HcSelection *selection,
            GError           **error)
{
  static const HcRole preferred[] = {
    HC_ROLE_CATEGORY, HC_ROLE_SEX, HC_ROLE_AGE, HC_ROLE_ENTITY, HC_ROLE_NOTE,
  };
  int group;

  if (selection->group == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (preferred); i++)
        if ((group = hc_table_find_role (table, preferred[i])) >= 0)
          return group;
      return -1;
    }

  group = hc_table_find_column (table, selection->group);
  /* Records and events are counted by any column: hc_records_group()
   * says why one of numbers will not do. */
  if (group < 0 || !(hc_table_get_column (table, group)->type == HC_COLUMN_TEXT ||
                     hc_table_is_records (table) || hc_table_is_events (table)))
    {
      GString *names = g_string_new (NULL);

      for (guint c = 0; c < hc_table_get_n_columns (table); c++)
        if (hc_table_get_column (table, c)->type == HC_COLUMN_TEXT ||
            (hc_table_get_column (table, c)->role == HC_ROLE_TIME &&
             (hc_table_is_records (table) || hc_table_is_events (table))))
          g_string_append_printf (names, "%s“%s”", names->len > 0 ? ", " : "",
                                  hc_table_get_column (table, c)->name);
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                   _("there is no column “%s” to group by; there are %s"), selection->group,
                   names->len > 0 ? names->str : _("none"));
      g_string_free (names, TRUE);
      return -2;
    }

  return group;
}

/* ---- series ---------------------------------------------------------------- */

/* The entity of each row as an index into the entity column's values, or
 * -1 for a row without one. */
static int
row_entity (const HcTable *table,
            guint          row)
{
  int entity = hc_table_find_role (table, HC_ROLE_ENTITY);
  guint32 index;

  if (entity < 0)
    return -1;
  index = hc_table_get_column (table, entity)->text[row];
  return index == HC_TABLE_NO_TEXT ? -1 : (int) index;
}

static gboolean
in_span (const Cut *cut,
         guint      row)
{
  double t;

  if (cut->time < 0)
    return !cut->series;
  t = hc_table_get_column (cut->table, cut->time)->numbers[row];
  if (cut->series)
    return t >= cut->span_from && t <= cut->span_to;
  return !cut->has_at || t == cut->at;
}

typedef struct
{
  int    entity;
  double time;
  double value;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  /* The largest first; ties in the file's order. */
  if (x->value != y->value)
    return x->value < y->value ? 1 : -1;
  return (x->entity > y->entity) - (x->entity < y->entity);
}

/* A series of a file with a few entities shows them all, World beside its
 * regions included: lines are not added up. Of a file with hundreds it
 * shows the largest few by their latest value in the span, and World:
 * two hundred lines would be spaghetti. */
static void
default_series_entities (Cut *cut)
{
  const HcTable *table = cut->table;
  guint n_rows = hc_table_get_n_rows (table);
  int entity = hc_table_find_role (table, HC_ROLE_ENTITY);
  const double *values = hc_table_get_column (table, cut->measure)->numbers;
  const double *times = cut->time >= 0 ? hc_table_get_column (table, cut->time)->numbers : NULL;
  gboolean have_country = FALSE, have_aggregate = FALSE;
  guint n_entities;
  g_autofree guint8 *candidate = NULL;
  g_autofree Ranked *latest = NULL;
  g_autofree guint8 *keep = NULL;
  int world = -1;
  guint n_candidates = 0, n_ranked = 0;

  for (guint r = 0; r < n_rows; r++)
    switch (hc_table_get_entity_kind (table, r))
      {
      case HC_ENTITY_COUNTRY: have_country = TRUE; break;
      case HC_ENTITY_AGGREGATE: have_aggregate = TRUE; break;
      case HC_ENTITY_WORLD:
      case HC_ENTITY_OTHER:
      default: break;
      }
  cut->countries_only = !cut->selection->aggregates && have_country && have_aggregate;

  for (guint r = 0; r < n_rows; r++)
    {
      HcEntityKind kind = hc_table_get_entity_kind (table, r);

      cut->wanted[r] = !(cut->countries_only && kind == HC_ENTITY_AGGREGATE);
    }
  if (entity < 0)
    return;

  n_entities = hc_table_get_column (table, entity)->values->len;
  candidate = g_new0 (guint8, MAX (n_entities, 1));
  latest = g_new0 (Ranked, MAX (n_entities, 1));
  for (guint e = 0; e < n_entities; e++)
    {
      latest[e].entity = (int) e;
      latest[e].time = -G_MAXDOUBLE;
      latest[e].value = -G_MAXDOUBLE;
    }
  for (guint r = 0; r < n_rows; r++)
    {
      int e = row_entity (table, r);

      if (e < 0 || !cut->wanted[r] || isnan (values[r]) || !in_span (cut, r))
        continue;
      if (hc_table_get_entity_kind (table, r) == HC_ENTITY_WORLD)
        world = e;
      if (!candidate[e])
        n_candidates++;
      candidate[e] = 1;
      if (times == NULL || times[r] >= latest[e].time)
        {
          latest[e].time = times != NULL ? times[r] : 0;
          latest[e].value = values[r];
        }
    }
  if (n_candidates <= HC_SELECTION_MAX_DEFAULT_SERIES)
    return;

  /* World is shown beside the largest, not counted among them. */
  for (guint e = 0; e < n_entities; e++)
    if (candidate[e] && (int) e != world)
      latest[n_ranked++] = latest[e];
  qsort (latest, n_ranked, sizeof (Ranked), compare_ranked);

  keep = g_new0 (guint8, MAX (n_entities, 1));
  cut->n_top = MIN (n_ranked, HC_SELECTION_DEFAULT_SERIES);
  cut->rank_time = -G_MAXDOUBLE;
  for (guint i = 0; i < cut->n_top; i++)
    {
      keep[latest[i].entity] = 1;
      cut->rank_time = MAX (cut->rank_time, latest[i].time);
    }
  if (world >= 0)
    keep[world] = 1;
  cut->with_world = world >= 0;
  cut->n_candidates = n_ranked;
  cut->top_countries = have_country && (cut->countries_only || !have_aggregate);
  for (guint r = 0; r < n_rows; r++)
    {
      int e = row_entity (table, r);

      cut->wanted[r] = cut->wanted[r] && e >= 0 && keep[e];
    }
}

/* ---- parts of a whole ------------------------------------------------------ */

static gboolean
name_has_word (const char          *name,
               const char * const  *words)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_auto(GStrv) pieces = NULL;

  if (strchr (lower, '%') != NULL)
    return TRUE;
  pieces = g_regex_split_simple ("[^[:alnum:]]+", lower, 0, 0);
  for (guint i = 0; pieces[i] != NULL; i++)
    if (g_strv_contains (words, pieces[i]))
      return TRUE;
  return FALSE;
}

/* Rates, shares and averages do not add up: a stack of them means nothing. */
static gboolean
measure_is_rate (const HcColumn *column)
{
  static const char * const words[] = {
    "per", "rate", "rates", "share", "shares", "percent", "percentage", "ratio", "average",
    "mean", "median", "density", "expectancy", "index", "capita", NULL,
  };

  return name_has_word (column->name, words) ||
         (column->unit != NULL && name_has_word (column->unit, words));
}

static gboolean
measure_is_total (const HcColumn *column)
{
  static const char * const words[] = { "all", "total", "totals", NULL };

  return name_has_word (column->name, words);
}

/* The measures that are parts of one whole ("Deaths in civil conflicts",
 * "… in conflicts between states"), leaving out rates and the total they
 * make ("Deaths in all state-based conflict types"), which goes in
 * @total; -1 when there is none. */
static GArray *
find_parts (const HcTable *table,
            int           *total)
{
  const int *measures = hc_table_get_measures (table);
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (int));

  *total = -1;
  for (guint m = 0; m < hc_table_get_n_measures (table); m++)
    {
      const HcColumn *column = hc_table_get_column (table, measures[m]);

      if (measure_is_rate (column))
        continue;
      if (measure_is_total (column))
        {
          if (*total < 0)
            *total = measures[m];
          continue;
        }
      g_array_append_val (parts, measures[m]);
    }

  return parts;
}

static gboolean
check_parts_add_up (const Cut *cut,
                    GError   **error)
{
  const HcTable *table = cut->table;
  const HcColumn *total;

  for (guint i = 1; i < cut->parts->len; i++)
    if (g_strcmp0 (hc_table_get_column (table, g_array_index (cut->parts, int, 0))->unit,
                   hc_table_get_column (table, g_array_index (cut->parts, int, i))->unit) != 0)
      {
        g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                     _("“%s” and “%s” are in different units, so they cannot be stacked"),
                     hc_table_get_column (table, g_array_index (cut->parts, int, 0))->name,
                     hc_table_get_column (table, g_array_index (cut->parts, int, i))->name);
        return FALSE;
      }

  if (cut->total < 0)
    return TRUE;
  total = hc_table_get_column (table, cut->total);
  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    {
      double sum = 0;
      gboolean complete = !isnan (total->numbers[r]);

      if (!cut->wanted[r] || !in_span (cut, r))
        continue;
      for (guint i = 0; i < cut->parts->len && complete; i++)
        {
          double v = hc_table_get_column (table, g_array_index (cut->parts, int, i))->numbers[r];

          complete = !isnan (v);
          sum += complete ? v : 0;
        }
      /* Published parts are rounded; a part or a total missing says nothing. */
      if (complete && fabs (sum - total->numbers[r]) > 0.005 * fabs (total->numbers[r]) + 1)
        {
          g_autofree char *when = cut->time >= 0
            ? time_text (table, hc_table_get_column (table, cut->time)->numbers[r]) : g_strdup ("");
          g_autofree char *a = hc_number_format (sum, FALSE);
          g_autofree char *b = hc_number_format (total->numbers[r], FALSE);
          const char *label = hc_selection_entity_label (table, r);

          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                       _("the measures do not add up to “%s” (%s %s: %s against %s), so they "
                         "cannot be stacked; choose one with --measure to stack entities"),
                       total->name, label != NULL ? label : "", when, a, b);
          return FALSE;
        }
    }

  return TRUE;
}

/* The entities a stack of one measure shows: countries, or regions
 * without World, never a group beside what it contains. */
static gboolean
choose_stacked_entities (Cut     *cut,
                         GError **error)
{
  const HcTable *table = cut->table;
  guint n_rows = hc_table_get_n_rows (table);
  gboolean have_country = FALSE, have_aggregate = FALSE, have_world = FALSE;
  int first = -1;
  gboolean several = FALSE;
  const HcColumn *measure = hc_table_get_column (table, cut->measure);

  if (measure_is_rate (measure))
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                   _("“%s” is a rate or a share: rates do not add up, so they cannot be "
                     "stacked; choose a count with --measure"), measure->name);
      return FALSE;
    }

  for (guint r = 0; r < n_rows; r++)
    switch (hc_table_get_entity_kind (table, r))
      {
      case HC_ENTITY_COUNTRY: have_country = TRUE; break;
      case HC_ENTITY_AGGREGATE: have_aggregate = TRUE; break;
      case HC_ENTITY_WORLD: have_world = TRUE; break;
      case HC_ENTITY_OTHER:
      default: break;
      }

  if (cut->selection->entities == NULL)
    {
      cut->countries_only = have_country && (have_aggregate || have_world);
      cut->hide_world = !have_country && have_world;
      for (guint r = 0; r < n_rows; r++)
        {
          HcEntityKind kind = hc_table_get_entity_kind (table, r);

          cut->wanted[r] = cut->countries_only
                             ? kind == HC_ENTITY_COUNTRY || kind == HC_ENTITY_OTHER
                             : kind != HC_ENTITY_WORLD || !cut->hide_world;
        }
      return TRUE;
    }

  if (!check_entities (cut, error))
    return FALSE;
  for (guint r = 0; r < n_rows; r++)
    if (cut->wanted[r])
      {
        int e = row_entity (table, r);

        if (first < 0)
          first = e;
        else if (e != first)
          several = TRUE;
      }
  if (!several)
    return TRUE;
  for (guint r = 0; r < n_rows; r++)
    {
      HcEntityKind kind = hc_table_get_entity_kind (table, r);

      if (!cut->wanted[r])
        continue;
      if (kind == HC_ENTITY_WORLD)
        {
          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                       _("“%s” contains the other entities: stacked on them it would count "
                         "people twice; leave it out of --entities"),
                       hc_selection_entity_label (table, r));
          return FALSE;
        }
      if (kind == HC_ENTITY_AGGREGATE && have_country)
        {
          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                       _("“%s” is a group of countries that may contain the others: stacked "
                         "on them it would count people twice; stack countries only"),
                       hc_selection_entity_label (table, r));
          return FALSE;
        }
    }

  return TRUE;
}

/* The words that every part's name and the total's begin with ("Deaths
 * in "), which the subtitle already says: left out of the parts' labels,
 * so that a stack's names fit beside it ("Civil conflicts", "Conflicts
 * between states"). NULL when there are none to leave out. */
static char **
part_labels (const Cut *cut)
{
  const HcTable *table = cut->table;
  guint n = cut->parts->len;
  const char *first = hc_table_get_column (table, g_array_index (cut->parts, int, 0))->name;
  gsize common = strlen (first);
  char **labels;

  for (guint i = 0; i <= n; i++)
    {
      const char *name;
      gsize k = 0;

      if (i == n && cut->total < 0)
        break;
      name = hc_table_get_column (table, i < n ? g_array_index (cut->parts, int, i)
                                               : cut->total)->name;
      while (k < common && name[k] == first[k])
        k++;
      common = k;
    }
  /* Whole words only. */
  while (common > 0 && first[common - 1] != ' ')
    common--;
  if (common == 0)
    return NULL;
  for (guint i = 0; i < n; i++)
    if (hc_table_get_column (table, g_array_index (cut->parts, int, i))->name[common] == '\0')
      return NULL;

  labels = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const char *rest = hc_table_get_column (table, g_array_index (cut->parts, int, i))->name +
                         common;
      gunichar c = g_utf8_get_char (rest);
      char upper[8] = { 0 };

      g_unichar_to_utf8 (g_unichar_toupper (c), upper);
      labels[i] = g_strconcat (upper, g_utf8_next_char (rest), NULL);
    }

  return labels;
}

/* A stack of the measures of one entity: the one asked for, else World,
 * else the first. */
static gboolean
choose_parts_entity (Cut     *cut,
                     GError **error)
{
  const HcTable *table = cut->table;
  guint n_rows = hc_table_get_n_rows (table);
  int chosen = -1;

  if (cut->selection->entities != NULL)
    return check_entities (cut, error);

  for (guint r = 0; r < n_rows && chosen < 0; r++)
    if (hc_table_get_entity_kind (table, r) == HC_ENTITY_WORLD)
      chosen = row_entity (table, r);
  for (guint r = 0; r < n_rows && chosen < 0; r++)
    chosen = row_entity (table, r);
  for (guint r = 0; r < n_rows; r++)
    cut->wanted[r] = row_entity (table, r) == chosen;

  return TRUE;
}

/* ---- times ----------------------------------------------------------------- */

static gboolean
check_time_in_data (const Cut *cut,
                    GArray    *times,
                    double     asked,
                    GError   **error)
{
  const HcTable *table = cut->table;
  g_autofree char *asked_text = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (times->len > 0 && asked >= g_array_index (times, double, 0) - 1e-9 &&
      asked <= g_array_index (times, double, times->len - 1) + 1e-9)
    return TRUE;

  asked_text = time_text (table, asked);
  from = times->len > 0 ? time_text (table, g_array_index (times, double, 0)) : NULL;
  to = times->len > 0 ? time_text (table, g_array_index (times, double, times->len - 1)) : NULL;
  g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
               _("there is no data for %s: the data runs from %s to %s"),
               asked_text, from != NULL ? from : "?", to != NULL ? to : "?");
  return FALSE;
}

/* Which times the cut takes: one (asked for, or the default), or for a
 * series every time of the range. */
static gboolean
resolve_times (Cut     *cut,
               GError **error)
{
  const HcTable *table = cut->table;
  const HcSelection *selection = cut->selection;
  g_autoptr(GArray) times = NULL;

  if (cut->time < 0)
    {
      if (selection->has_time || selection->has_range)
        {
          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                       _("the data has no times, so no year can be chosen"));
          return FALSE;
        }
      if (selection->shape != HC_SELECTION_ONE_TIME)
        {
          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                       _("the data has no times (no column of years or dates), so it cannot "
                         "be drawn over time"));
          return FALSE;
        }
      return TRUE;
    }

  {
    g_autoptr(GArray) counts = NULL;

    times = count_times (table, cut->measure, &counts);
  }

  if (selection->has_range)
    {
      if (selection->from > selection->to)
        {
          g_autofree char *from = time_text (table, selection->from);
          g_autofree char *to = time_text (table, selection->to);

          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                       _("the range %s..%s ends before it starts"), from, to);
          return FALSE;
        }
      if (!check_time_in_data (cut, times, selection->from, error) ||
          !check_time_in_data (cut, times, selection->to, error))
        return FALSE;
    }

  if (selection->shape == HC_SELECTION_ONE_TIME)
    {
      if (selection->has_time)
        {
          gboolean found = FALSE;

          for (guint i = 0; i < times->len; i++)
            if (fabs (g_array_index (times, double, i) - selection->time) < 1e-9)
              {
                found = TRUE;
                cut->at = g_array_index (times, double, i);
              }
          if (!found)
            {
              g_autofree char *asked = time_text (table, selection->time);
              g_autofree char *from = times->len > 0
                ? time_text (table, g_array_index (times, double, 0)) : NULL;
              g_autofree char *to = times->len > 0
                ? time_text (table, g_array_index (times, double, times->len - 1)) : NULL;

              g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                           _("there is no data for %s: the data runs from %s to %s"),
                           asked, from != NULL ? from : "?", to != NULL ? to : "?");
              return FALSE;
            }
          cut->has_at = TRUE;
        }
      else if (selection->has_range)
        cut->has_at = default_time (table, cut->measure, selection->from - 1e-9,
                                    selection->to + 1e-9, &cut->at);
      else
        cut->has_at = default_time (table, cut->measure, -G_MAXDOUBLE, G_MAXDOUBLE, &cut->at);
      return TRUE;
    }

  cut->series = TRUE;
  if (selection->has_time)
    {
      if (!check_time_in_data (cut, times, selection->time, error))
        return FALSE;
      cut->span_from = cut->span_to = selection->time;
    }
  else if (selection->has_range)
    {
      cut->span_from = selection->from;
      cut->span_to = selection->to;
    }
  else
    {
      cut->span_from = -G_MAXDOUBLE;
      cut->span_to = G_MAXDOUBLE;
    }
  /* Times are compared as they were read: allow for the rounding of
   * months and days written as fractions of a year. */
  cut->span_from -= 1e-9;
  cut->span_to += 1e-9;

  return TRUE;
}

/* ---- the cut --------------------------------------------------------------- */

static void
append_separator (GString *subtitle)
{
  if (subtitle->len > 0)
    g_string_append (subtitle, " · ");
}

static void
set_subtitle (HcDataset     *dataset,
              const Cut     *cut,
              int            group,
              guint          n_entities,
              gboolean       several_measures)
{
  const HcTable *table = cut->table;
  GString *subtitle = g_string_new (NULL);

  if (cut->parts != NULL)
    {
      /* A stack of measures is of one entity: name it. */
      int entity = hc_table_find_role (table, HC_ROLE_ENTITY);

      for (guint r = 0; r < hc_table_get_n_rows (table) && entity >= 0; r++)
        if (cut->wanted[r] && hc_selection_entity_label (table, r) != NULL)
          {
            g_string_append (subtitle, hc_selection_entity_label (table, r));
            break;
          }
    }
  /* "Value" says nothing: a measure is named when the file named it. */
  else if (cut->measure >= 0 && !several_measures &&
           (hc_table_get_n_measures (table) > 1 ||
            !hc_table_name_is_value (hc_table_get_column (table, cut->measure)->name)))
    g_string_append (subtitle, hc_table_get_column (table, cut->measure)->name);

  if (cut->has_at)
    {
      g_autofree char *when = time_text (table, cut->at);

      append_separator (subtitle);
      g_string_append (subtitle, when);
    }
  else if (cut->series && hc_dataset_get_n_figures (dataset) > 0)
    {
      double first = G_MAXDOUBLE, last = -G_MAXDOUBLE;

      for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
        {
          const HcFigure *figure = hc_dataset_get_figure (dataset, i);

          if (figure->has_time)
            {
              first = MIN (first, figure->time);
              last = MAX (last, figure->time);
            }
        }
      if (first <= last)
        {
          g_autofree char *from = time_text (table, first);
          g_autofree char *to = time_text (table, last);

          append_separator (subtitle);
          if (first == last)
            g_string_append (subtitle, from);
          else
            g_string_append_printf (subtitle, "%s–%s", from, to);
        }
    }

  if (cut->parts != NULL)
    {
      append_separator (subtitle);
      if (cut->total >= 0)
        /* Translators: what a stacked area shows, under its title:
         * "World · 1946–2020 · the parts of “Deaths in all conflicts”". */
        g_string_append_printf (subtitle, _("the parts of “%s”"),
                                hc_table_get_column (table, cut->total)->name);
      else
        g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, "%u measure stacked",
                                                       "%u measures stacked", cut->parts->len),
                                cut->parts->len);
    }
  else if (group >= 0)
    {
      append_separator (subtitle);
      if (hc_table_is_records (table))
        g_string_append_printf (subtitle, _("records counted by “%s”"),
                                hc_table_get_column (table, group)->name);
      else
        g_string_append_printf (subtitle, _("added up by “%s”"),
                                hc_table_get_column (table, group)->name);
    }
  else if (cut->n_candidates > 0)
    {
      g_autofree char *when = time_text (table, cut->rank_time);

      append_separator (subtitle);
      if (cut->with_world && cut->top_countries)
        /* Translators: which lines a chart of a file with hundreds of
         * countries shows: "World and the 5 largest of 216 countries in
         * 2024". The plural follows the second number. */
        g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE,
                                                       "World and the %1$u largest of %2$u "
                                                       "country in %3$s",
                                                       "World and the %1$u largest of %2$u "
                                                       "countries in %3$s", cut->n_candidates),
                                cut->n_top, cut->n_candidates, when);
      else if (cut->top_countries)
        /* Translators: "the 5 largest of 216 countries in 2024". */
        g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE,
                                                       "the %1$u largest of %2$u country in %3$s",
                                                       "the %1$u largest of %2$u countries in "
                                                       "%3$s", cut->n_candidates),
                                cut->n_top, cut->n_candidates, when);
      else
        /* Translators: "the 5 largest of 40 in 2024", of entities that
         * are not all countries. */
        g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE,
                                                       "the %1$u largest of %2$u in %3$s",
                                                       "the %1$u largest of %2$u in %3$s",
                                                       cut->n_candidates),
                                cut->n_top, cut->n_candidates, when);
    }
  else if (cut->countries_only)
    {
      append_separator (subtitle);
      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u country; regions and groups not shown",
                                           "%u countries; regions and groups not shown",
                                           n_entities), n_entities);
    }
  else if (cut->hide_world)
    {
      append_separator (subtitle);
      g_string_append (subtitle, _("World not shown: it contains the others"));
    }

  hc_dataset_set_subtitle (dataset, subtitle->str);
  g_string_free (subtitle, TRUE);
}

HcDataset *
hc_selection_all_observations (const HcTable *table)
{
  HcDataset *dataset;
  const int *measures;

  g_return_val_if_fail (table != NULL, NULL);

  if (hc_table_is_records (table))
    return hc_selection_apply (table, NULL, NULL);

  dataset = hc_dataset_new (hc_table_get_title (table));
  hc_dataset_set_time_kind (dataset, hc_table_get_time_kind (table));
  measures = hc_table_get_measures (table);
  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    for (guint m = 0; m < hc_table_get_n_measures (table); m++)
      if (!isnan (hc_table_get_column (table, measures[m])->numbers[r]))
        {
          const char *entity = hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_ENTITY),
                                                  r);

          add_row_figure (dataset, table, r, measures[m], entity != NULL ? entity : "");
        }

  return dataset;
}

/* ---- records and events ---------------------------------------------------- */

/* A list of people or events: its rows counted, or the count each event
 * carries added up, by a column; by period when the column holds dates,
 * which a chart over time can draw. */
static HcDataset *
apply_counting (const HcTable     *table,
                const HcSelection *selection,
                GError           **error)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_autofree guint8 *wanted = NULL;
  HcSelection empty = { 0 };
  HcRecordsGrouping grouping = { 0 };
  Cut cut = { 0 };
  guint n_rows = hc_table_get_n_rows (table);
  guint n_undated = 0;
  int group = -1;
  int time;
  GString *subtitle;

  if (selection->shape == HC_SELECTION_PARTS)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                   _("the rows of this table are counted, not measured over time, so "
                     "they cannot be drawn over time"));
      return NULL;
    }

  wanted = g_new0 (guint8, MAX (n_rows, 1));
  cut.table = table;
  cut.selection = selection != NULL ? selection : &empty;
  cut.wanted = wanted;
  if (selection->entities != NULL)
    {
      if (!check_entities (&cut, error))
        return NULL;
    }
  else
    memset (wanted, 1, MAX (n_rows, 1));

  /* A time or a range counts the rows of that time only (the window's
   * slider on one day shows that day's dead). */
  time = hc_table_find_role (table, HC_ROLE_TIME);
  if ((selection->has_time || selection->has_range) && time < 0)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                   _("the data has no times, so no year can be chosen"));
      return NULL;
    }
  if (selection->has_time || selection->has_range)
    {
      const double *times = hc_table_get_column (table, time)->numbers;
      double from = selection->has_time ? selection->time : selection->from;
      double to = selection->has_time ? selection->time : selection->to;

      for (guint r = 0; r < n_rows; r++)
        if (isnan (times[r]) || times[r] < from - 1e-9 || times[r] > to + 1e-9)
          wanted[r] = 0;
    }

  /* Over time, a list is counted by its dates unless told otherwise. */
  if (selection->group == NULL && selection->shape == HC_SELECTION_SERIES)
    group = hc_table_find_role (table, HC_ROLE_TIME);
  else if (selection->group == NULL)
    group = hc_records_default_group (table);
  else
    group = find_group (table, selection, error);
  if (group == -2)
    return NULL;
  if (selection->shape == HC_SELECTION_SERIES &&
      (group < 0 || hc_records_column_period (table, group) == HC_TIME_NONE))
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                   _("the rows of this table are counted, not measured over time: draw "
                     "them over time with --group and a column of dates"));
      return NULL;
    }

  dataset = hc_dataset_new (hc_table_get_title (table));
  {
    const HcSource *source = hc_table_get_source (table);

    hc_dataset_set_source (dataset, source->publisher, source->headline, source->date,
                           source->url);
  }

  if (group < 0)
    {
      /* Nothing to group by: one figure, how many rows there are. */
      HcFigure figure = { 0 };
      guint n = 0;

      for (guint r = 0; r < n_rows; r++)
        n += wanted[r];
      figure.label = (char *) _("records");
      figure.entity = figure.label;
      figure.measure = (char *) _("count");
      figure.unit = (char *) _("records");
      figure.value = n;
      if (n > 0)
        hc_dataset_add_figure (dataset, &figure);
    }
  else
    {
      grouping.table = table;
      grouping.wanted = wanted;
      grouping.group = group;
      grouping.measure = -1;
      grouping.by = selection->group_by;
      grouping.series = selection->shape == HC_SELECTION_SERIES;
      if (hc_table_is_events (table))
        grouping.measure = find_measure (table, selection->measure);
      if (!hc_records_group (dataset, &grouping, &n_undated, error))
        return NULL;
    }

  subtitle = g_string_new (NULL);
  if (selection->has_time || selection->has_range)
    {
      g_autofree char *from = time_text (table, selection->has_time ? selection->time
                                                                    : selection->from);
      g_autofree char *to = time_text (table, selection->has_time ? selection->time
                                                                  : selection->to);

      if (g_strcmp0 (from, to) == 0)
        g_string_append_printf (subtitle, "%s · ", from);
      else
        g_string_append_printf (subtitle, "%s–%s · ", from, to);
    }
  if (group >= 0)
    {
      const char *name = hc_table_get_column (table, group)->name;

      if (hc_table_is_events (table))
        /* Translators: under a chart's title: "“best” added up by
         * “country”". */
        g_string_append_printf (subtitle, _("“%s” added up by “%s”"),
                                hc_table_get_column (table, grouping.measure)->name, name);
      else
        g_string_append_printf (subtitle, _("records counted by “%s”"), name);
      switch (hc_dataset_get_time_kind (dataset))
        {
        case HC_TIME_DAY:
          g_string_append_printf (subtitle, " · %s", _("per day"));
          break;
        case HC_TIME_MONTH:
          g_string_append_printf (subtitle, " · %s", _("per month"));
          break;
        case HC_TIME_YEAR:
          g_string_append_printf (subtitle, " · %s", _("per year"));
          break;
        case HC_TIME_NONE:
        default:
          break;
        }
      if (n_undated > 0)
        {
          g_string_append (subtitle, " · ");
          /* Translators: rows of a list counted by date that have none,
           * left off a chart over time. */
          g_string_append_printf (subtitle,
                                  g_dngettext (GETTEXT_PACKAGE, "%u without a date not shown",
                                               "%u without a date not shown", n_undated),
                                  n_undated);
        }
    }
  if (g_str_has_suffix (subtitle->str, " · "))
    g_string_truncate (subtitle, subtitle->len - strlen (" · "));
  hc_dataset_set_subtitle (dataset, subtitle->str);
  g_string_free (subtitle, TRUE);

  if (hc_dataset_get_n_figures (dataset) == 0)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY,
                   _("nothing to show: no row of the table has a value for this selection"));
      return NULL;
    }

  return g_steal_pointer (&dataset);
}

/* ---- the value domain ------------------------------------------------------ */

/* The values of @cut's measure (or its ratios to @denominator, when that
 * is a column) over every time, in the rows of the entities the cut
 * selected, whether or not they have a value at the time it shows: the
 * same entities give the same domain at every time. FALSE when they have
 * a value at one time only. */
static gboolean
value_domain (const Cut     *cut,
              int            denominator,
              HcValueDomain *domain,
              GArray        *ratios)
{
  const HcTable *table = cut->table;
  const double *values = hc_table_get_column (table, cut->measure)->numbers;
  const double *divisors = denominator >= 0 ? hc_table_get_column (table, denominator)->numbers
                                            : NULL;
  const double *times = hc_table_get_column (table, cut->time)->numbers;

  domain->min = domain->min_positive = domain->first_time = INFINITY;
  domain->max = domain->last_time = -INFINITY;
  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    {
      double v = values[r];

      if (!cut->wanted[r] || isnan (times[r]) || !isfinite (v))
        continue;
      if (divisors != NULL)
        {
          /* As the rates: no denominator, or one of zero or less, is a gap. */
          if (!(divisors[r] > 0) || !isfinite (divisors[r]))
            continue;
          v /= divisors[r];
          if (ratios != NULL)
            g_array_append_val (ratios, v);
        }
      domain->min = MIN (domain->min, v);
      domain->max = MAX (domain->max, v);
      if (v > 0)
        domain->min_positive = MIN (domain->min_positive, v);
      domain->first_time = MIN (domain->first_time, times[r]);
      domain->last_time = MAX (domain->last_time, times[r]);
    }

  return domain->last_time > domain->first_time;
}

/* The entities of @cut with a value at any of its times, one figure each,
 * named as the figures are: what a map zooms to whatever the year. */
static void
record_extent (HcDataset *dataset,
               const Cut *cut,
               int        denominator)
{
  const HcTable *table = cut->table;
  const double *values = hc_table_get_column (table, cut->measure)->numbers;
  const double *divisors = denominator >= 0 ? hc_table_get_column (table, denominator)->numbers
                                            : NULL;
  int entity = hc_table_find_role (table, HC_ROLE_ENTITY);
  int code = hc_table_find_role (table, HC_ROLE_CODE);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(HcDataset) extent = hc_dataset_new (NULL);

  if (entity < 0)
    return;
  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    {
      const char *name = hc_table_get_text (table, entity, r);
      HcFigure figure = { 0 };

      if (!cut->wanted[r] || name == NULL || !isfinite (values[r]) ||
          (divisors != NULL && !(divisors[r] > 0)) || !g_hash_table_add (seen, (gpointer) name))
        continue;
      figure.label = (char *) hc_selection_entity_label (table, r);
      figure.entity = (char *) name;
      figure.code = (char *) hc_table_get_text (table, code, r);
      figure.value = values[r];
      hc_dataset_add_figure (extent, &figure);
    }
  hc_dataset_set_extent (dataset, extent);
}

/* A cut of one measure at one time of several records the domain of the
 * measure over them all. */
static void
record_value_domain (HcDataset *dataset,
                     const Cut *cut,
                     gboolean   one_measure,
                     int        denominator,
                     GArray    *ratios)
{
  HcValueDomain domain;

  if (!one_measure || cut->series || cut->parts != NULL || cut->time < 0 || cut->measure < 0 ||
      cut->selection->group != NULL || hc_table_is_records (cut->table))
    return;
  if (value_domain (cut, denominator, &domain, ratios))
    {
      hc_dataset_set_value_domain (dataset, &domain);
      record_extent (dataset, cut, denominator);
    }
}

static HcDataset *
apply_selection (const HcTable     *table,
                 const HcSelection *selection,
                 int                denominator,
                 GArray            *ratios,
                 GError           **error);

/* ---- figures by age --------------------------------------------------------- */

typedef struct
{
  const HcFigure *figure;
  guint           entity;   /* order of the entity's first figure */
  int             kind;     /* all ages, a band, unknown */
  HcAgeBand       band;
  int             sex;      /* both, males, females, other */
  guint           index;    /* in the dataset, to keep the sort stable */
} AgeKey;

static int
compare_age_keys (const void *a,
                  const void *b)
{
  const AgeKey *x = a, *y = b;
  int c;

  if (x->entity != y->entity)
    return x->entity < y->entity ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (x->kind == 1 && (c = hc_age_band_compare (&x->band, &y->band)) != 0)
    return c;
  if (x->sex != y->sex)
    return x->sex < y->sex ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Figures by age band (a census table in bars) read youngest first, each
 * band's sexes together, the whole population before the bands, not
 * sorted by size; nothing changes when a figure has no age that reads. */
static void
order_by_age (HcDataset **dataset)
{
  guint n = hc_dataset_get_n_figures (*dataset);
  g_autofree AgeKey *keys = NULL;
  g_autoptr(GHashTable) entities = NULL;
  HcDataset *ordered;

  if (n < 2)
    return;
  keys = g_new0 (AgeKey, n);
  entities = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (*dataset, i);
      const char *entity = figure->entity != NULL ? figure->entity : "";
      AgeKey *key = &keys[i];
      HcSex sex;

      if (figure->age == NULL)
        return;
      switch (hc_age_parse (figure->age, &key->band))
        {
        case HC_AGE_ALL: key->kind = 0; break;
        case HC_AGE_BAND: key->kind = 1; break;
        case HC_AGE_UNKNOWN: key->kind = 2; break;
        case HC_AGE_INVALID:
        default: return;
        }
      sex = figure->sex != NULL ? hc_sex_parse (figure->sex) : HC_SEX_TOTAL;
      key->sex = sex == HC_SEX_TOTAL ? 0 : sex == HC_SEX_MALE ? 1 : sex == HC_SEX_FEMALE ? 2 : 3;
      if (!g_hash_table_contains (entities, entity))
        g_hash_table_insert (entities, (gpointer) entity,
                             GUINT_TO_POINTER (g_hash_table_size (entities)));
      key->entity = GPOINTER_TO_UINT (g_hash_table_lookup (entities, entity));
      key->figure = figure;
      key->index = i;
    }
  qsort (keys, n, sizeof (AgeKey), compare_age_keys);

  ordered = hc_dataset_new (NULL);
  hc_dataset_copy_properties (ordered, *dataset);
  for (guint i = 0; i < n; i++)
    hc_dataset_add_figure (ordered, keys[i].figure);
  hc_dataset_set_ordered (ordered, TRUE);
  hc_dataset_unref (*dataset);
  *dataset = ordered;
}

HcDataset *
hc_selection_apply (const HcTable     *table,
                    const HcSelection *selection,
                    GError           **error)
{
  return apply_selection (table, selection, -1, NULL, error);
}

HcDataset *
hc_selection_apply_numerators (const HcTable     *table,
                               const HcSelection *selection,
                               int                denominator,
                               GArray            *ratios,
                               GError           **error)
{
  g_return_val_if_fail (selection != NULL && selection->divide_by == NULL, NULL);

  return apply_selection (table, selection, denominator, ratios, error);
}

static HcDataset *
apply_selection (const HcTable     *table,
                 const HcSelection *selection,
                 int                denominator,
                 GArray            *ratios,
                 GError           **error)
{
  g_autoptr(HcDataset) dataset = NULL;
  HcSelection empty = { 0 };
  Cut cut = { 0 };
  guint n_rows;
  int group = -1;
  int entity;
  int category;
  gboolean several_measures = FALSE;
  g_autoptr(GHashTable) entities_seen = NULL;
  g_autofree guint8 *wanted = NULL;
  g_autoptr(GArray) parts = NULL;

  g_return_val_if_fail (table != NULL, NULL);

  if (selection == NULL)
    selection = &empty;
  if (selection->shape == HC_SELECTION_PYRAMID)
    return hc_selection_apply_pyramid (table, selection, NULL, error);
  if (selection->divide_by != NULL)
    return hc_rates_apply (table, selection, error);

  n_rows = hc_table_get_n_rows (table);
  cut.table = table;
  cut.selection = selection;
  cut.time = hc_table_find_role (table, HC_ROLE_TIME);
  cut.measure = find_measure (table, selection->measure);
  cut.total = -1;
  entity = hc_table_find_role (table, HC_ROLE_ENTITY);
  category = hc_table_find_role (table, HC_ROLE_CATEGORY);

  if (selection->measure != NULL && cut.measure < 0)
    {
      g_autofree char *names = list_names (table, hc_table_get_measures (table),
                                           hc_table_get_n_measures (table));

      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                   hc_table_get_n_measures (table) > 0
                     ? _("there is no measure “%s”; there are %s")
                     : _("there is no measure “%s”: the table has none, its rows are "
                         "counted%s"), selection->measure, names);
      return NULL;
    }
  if (hc_table_is_records (table) || hc_table_is_events (table))
    return apply_counting (table, selection, error);
  if (selection->shape != HC_SELECTION_ONE_TIME &&
      (hc_table_is_records (table) || selection->group != NULL))
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                   hc_table_is_records (table)
                     ? _("the rows of this table are counted, not measured over time, so "
                         "they cannot be drawn over time")
                     : _("figures added up by a column cannot be drawn over time; leave out "
                         "--group"));
      return NULL;
    }

  /* Measures that are parts of one whole stack as they are, one entity
   * at a time; otherwise a stack is of entities. */
  if (selection->shape == HC_SELECTION_PARTS && selection->measure == NULL &&
      (selection->entities == NULL || g_strv_length (selection->entities) == 1))
    {
      parts = find_parts (table, &cut.total);
      if (parts->len >= 2)
        {
          cut.parts = parts;
          cut.measure = g_array_index (parts, int, 0);
        }
    }

  if (!resolve_times (&cut, error))
    return NULL;

  wanted = g_new0 (guint8, MAX (n_rows, 1));
  cut.wanted = wanted;
  if (cut.parts != NULL)
    {
      if (!choose_parts_entity (&cut, error) || !check_parts_add_up (&cut, error))
        return NULL;
    }
  else if (selection->shape == HC_SELECTION_PARTS)
    {
      if (!choose_stacked_entities (&cut, error))
        return NULL;
    }
  else if (selection->entities != NULL)
    {
      if (!check_entities (&cut, error))
        return NULL;
    }
  else if (cut.series)
    default_series_entities (&cut);
  else
    default_entities (&cut);

  if (selection->group != NULL || hc_table_is_records (table))
    {
      group = find_group (table, selection, error);
      if (group == -2)
        return NULL;
    }

  dataset = hc_dataset_new (hc_table_get_title (table));
  {
    const HcSource *source = hc_table_get_source (table);

    hc_dataset_set_source (dataset, source->publisher, source->headline, source->date,
                           source->url);
  }
  hc_dataset_set_time_kind (dataset, hc_table_get_time_kind (table));

  if (hc_table_is_records (table))
    count_records (dataset, &cut, group);
  else if (selection->group != NULL)
    {
      if (!sum_by_group (dataset, &cut, group, error))
        return NULL;
    }
  else if (cut.parts != NULL)
    {
      g_auto(GStrv) labels = part_labels (&cut);

      /* Part by part, so that each series is in one run. */
      for (guint p = 0; p < cut.parts->len; p++)
        {
          int measure = g_array_index (cut.parts, int, p);

          for (guint r = 0; r < n_rows; r++)
            if (cut.wanted[r] && in_span (&cut, r) &&
                !isnan (hc_table_get_column (table, measure)->numbers[r]))
              add_row_figure (dataset, table, r, measure,
                              labels != NULL ? labels[p]
                                             : hc_table_get_column (table, measure)->name);
        }
    }
  else
    {
      const char *measure_name = hc_table_get_column (table, cut.measure)->name;

      /* A table without entities (monthly deaths by cause) shows each of
       * its measures at the chosen time, unless one was asked for. */
      several_measures = entity < 0 && selection->measure == NULL &&
                         hc_table_get_n_measures (table) > 1;
      entities_seen = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint r = 0; r < n_rows; r++)
        {
          if (!cut.wanted[r] || !in_span (&cut, r))
            continue;
          if (several_measures)
            {
              const int *measures = hc_table_get_measures (table);

              for (guint m = 0; m < hc_table_get_n_measures (table); m++)
                if (!isnan (hc_table_get_column (table, measures[m])->numbers[r]))
                  {
                    g_autofree char *label =
                      row_label (table, r, TRUE, hc_table_get_column (table, measures[m])->name);

                    add_row_figure (dataset, table, r, measures[m], label);
                  }
              continue;
            }
          if (isnan (hc_table_get_column (table, cut.measure)->numbers[r]))
            continue;
          {
            g_autofree char *label = row_label (table, r, FALSE, measure_name);

            /* A series is one line per entity and category: the
             * category tells apart the rows of one entity at one time. */
            if (cut.series && hc_table_get_text (table, category, r) != NULL)
              {
                char *with_category = g_strdup_printf ("%s · %s", label,
                                                       hc_table_get_text (table, category, r));

                g_free (label);
                label = with_category;
              }
            add_row_figure (dataset, table, r, cut.measure, label);
            if (hc_table_get_text (table, entity, r) != NULL)
              g_hash_table_add (entities_seen,
                                (gpointer) hc_table_get_text (table, entity, r));
          }
        }
    }

  set_subtitle (dataset, &cut, group,
                entities_seen != NULL ? g_hash_table_size (entities_seen) : 0, several_measures);
  record_value_domain (dataset, &cut, entities_seen != NULL && !several_measures, denominator,
                       ratios);
  if (!cut.series && cut.parts == NULL && group < 0)
    order_by_age (&dataset);

  if (hc_dataset_get_n_figures (dataset) == 0)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY,
                   _("nothing to show: no row of the table has a value for this selection"));
      return NULL;
    }

  return g_steal_pointer (&dataset);
}
