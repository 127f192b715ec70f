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
#include <string.h>

#include "hc-countries.h"
#include "hc-error.h"
#include "hc-number.h"
#include "hc-selection.h"
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
       * are what this program is for. */
      for (guint m = 0; m < hc_table_get_n_measures (table); m++)
        if (hc_table_name_is_value (hc_table_get_column (table, measures[m])->name))
          return measures[m];
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
              double        *out)
{
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GArray) times = count_times (table, measure, &counts);
  guint best = 0;

  for (guint i = 0; i < counts->len; i++)
    best = MAX (best, g_array_index (counts, guint, i));
  for (guint i = times->len; i-- > 0;)
    if (g_array_index (counts, guint, i) * 2 >= best)
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
    }

  for (guint i = 0; i < order->len; i++)
    {
      HcFigure figure = { 0 };

      figure.label = g_ptr_array_index (order, i);
      figure.entity = figure.label;
      figure.measure = values->name;
      figure.value = *(double *) g_hash_table_lookup (sums, figure.label);
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
  if (group < 0 || hc_table_get_column (table, group)->type != HC_COLUMN_TEXT)
    {
      GString *names = g_string_new (NULL);

      for (guint c = 0; c < hc_table_get_n_columns (table); c++)
        if (hc_table_get_column (table, c)->type == HC_COLUMN_TEXT)
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

static void
set_subtitle (HcDataset     *dataset,
              const Cut     *cut,
              int            group,
              guint          n_entities,
              gboolean       several_measures)
{
  const HcTable *table = cut->table;
  GString *subtitle = g_string_new (NULL);

  /* "Value" says nothing: a measure is named when the file named it. */
  if (cut->measure >= 0 && !several_measures && (hc_table_get_n_measures (table) > 1 ||
                            !hc_table_name_is_value (hc_table_get_column (table,
                                                                          cut->measure)->name)))
    g_string_append (subtitle, hc_table_get_column (table, cut->measure)->name);
  if (cut->has_at)
    {
      g_autofree char *when = time_text (table, cut->at);

      g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", when);
    }
  if (group >= 0)
    g_string_append_printf (subtitle, "%s", subtitle->len > 0 ? " · " : "");
  if (group >= 0 && hc_table_is_records (table))
    g_string_append_printf (subtitle, _("records counted by “%s”"),
                            hc_table_get_column (table, group)->name);
  else if (group >= 0)
    g_string_append_printf (subtitle, _("added up by “%s”"),
                            hc_table_get_column (table, group)->name);
  else if (cut->countries_only)
    {
      g_string_append (subtitle, subtitle->len > 0 ? " · " : "");
      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u country; regions and groups not shown",
                                           "%u countries; regions and groups not shown",
                                           n_entities), n_entities);
    }
  else if (cut->hide_world)
    {
      g_string_append (subtitle, subtitle->len > 0 ? " · " : "");
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

HcDataset *
hc_selection_apply (const HcTable     *table,
                    const HcSelection *selection,
                    GError           **error)
{
  g_autoptr(HcDataset) dataset = NULL;
  HcSelection empty = { 0 };
  Cut cut = { 0 };
  guint n_rows;
  int group = -1;
  int entity;
  gboolean several_measures = FALSE;
  g_autoptr(GHashTable) entities_seen = NULL;

  g_return_val_if_fail (table != NULL, NULL);

  if (selection == NULL)
    selection = &empty;

  n_rows = hc_table_get_n_rows (table);
  cut.table = table;
  cut.selection = selection;
  cut.time = hc_table_find_role (table, HC_ROLE_TIME);
  cut.measure = find_measure (table, selection->measure);
  entity = hc_table_find_role (table, HC_ROLE_ENTITY);

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

  if (cut.time >= 0)
    {
      if (selection->has_time)
        {
          g_autoptr(GArray) times = hc_selection_get_times (table, selection->measure);
          gboolean found = FALSE;

          for (guint i = 0; i < times->len; i++)
            if (fabs (g_array_index (times, double, i) - selection->time) < 1e-9)
              {
                found = TRUE;
                cut.at = g_array_index (times, double, i);
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
              return NULL;
            }
          cut.has_at = TRUE;
        }
      else
        cut.has_at = default_time (table, cut.measure, &cut.at);
    }
  else if (selection->has_time)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                   _("the data has no times, so no year can be chosen"));
      return NULL;
    }

  cut.wanted = g_new0 (guint8, MAX (n_rows, 1));
  if (selection->entities != NULL)
    {
      if (!check_entities (&cut, error))
        {
          g_free (cut.wanted);
          return NULL;
        }
    }
  else
    default_entities (&cut);

  if (selection->group != NULL || hc_table_is_records (table))
    {
      group = find_group (table, selection, error);
      if (group == -2)
        {
          g_free (cut.wanted);
          return NULL;
        }
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
        {
          g_free (cut.wanted);
          return NULL;
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
          if (!cut.wanted[r])
            continue;
          if (cut.has_at && hc_table_get_column (table, cut.time)->numbers[r] != cut.at)
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

            add_row_figure (dataset, table, r, cut.measure, label);
            if (hc_table_get_text (table, entity, r) != NULL)
              g_hash_table_add (entities_seen,
                                (gpointer) hc_table_get_text (table, entity, r));
          }
        }
    }

  set_subtitle (dataset, &cut, group,
                entities_seen != NULL ? g_hash_table_size (entities_seen) : 0, several_measures);
  g_free (cut.wanted);

  if (hc_dataset_get_n_figures (dataset) == 0)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY,
                   _("nothing to show: no row of the table has a value for this selection"));
      return NULL;
    }

  return g_steal_pointer (&dataset);
}
