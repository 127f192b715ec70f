/* fuzz-table.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table readers over arbitrary bytes, as CSV and as JSON: roles,
 * years as headers, measure columns, HXL rows, encodings, then the
 * default selection, one with every option set, a pyramid, rates, counts
 * by each of the first text columns, the selections over
 * time, and --print's output read back.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hc-cli.h"
#include "hc-error.h"
#include "hc-loader.h"
#include "hc-selection.h"

#include "fuzz.h"

static void
check_dataset (const HcDataset *dataset)
{
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);

      /* Missing cells are never figures, let alone zeros. */
      g_assert_false (isnan (figure->value));
      g_assert_nonnull (figure->label);
      g_assert_true (g_utf8_validate (figure->label, -1, NULL));
    }
}

static void
try_selection (HcTable           *table,
               const HcSelection *selection)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_selection_apply (table, selection, &error);

  g_assert_true ((dataset == NULL) != (error == NULL));
  if (dataset != NULL)
    check_dataset (dataset);
}

/* A pyramid, rates of the first measure by the second, and counts (or
 * sums) by each of the first text columns, dates per month. */
static void
select_by_kind (HcTable *table)
{
  const int *measures = hc_table_get_measures (table);
  guint n_text = 0;

  {
    g_auto(HcSelection) pyramid = { 0 };

    pyramid.shape = HC_SELECTION_PYRAMID;
    try_selection (table, &pyramid);
  }
  if (hc_table_get_n_measures (table) > 1)
    {
      g_auto(HcSelection) rate = { 0 };

      rate.measure = g_strdup (hc_table_get_column (table, measures[0])->name);
      rate.divide_by = g_strdup (hc_table_get_column (table, measures[1])->name);
      try_selection (table, &rate);
      rate.per = 1000;
      rate.shape = HC_SELECTION_SERIES;
      try_selection (table, &rate);
    }
  for (guint c = 0; c < hc_table_get_n_columns (table) && n_text < 3; c++)
    {
      const HcColumn *column = hc_table_get_column (table, c);
      g_auto(HcSelection) group = { 0 };

      if (column->type != HC_COLUMN_TEXT)
        continue;
      n_text++;
      group.group = g_strdup (column->name);
      try_selection (table, &group);
      group.group_by = HC_TIME_MONTH;
      try_selection (table, &group);
    }
}

static void
select_all_ways (HcTable *table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_selection_apply (table, NULL, &error);
  g_autoptr(HcDataset) all = hc_selection_all_observations (table);
  g_auto(HcSelection) selection = { 0 };
  g_auto(GStrv) entities = hc_selection_list_entities (table);
  g_autoptr(GArray) times = hc_selection_get_times (table, NULL);
  g_autofree char *printed = NULL;
  g_autofree char *described = hc_cli_describe_table (table);

  g_assert_true ((dataset == NULL) != (error == NULL));
  if (dataset != NULL)
    check_dataset (dataset);
  g_clear_error (&error);
  g_clear_pointer (&dataset, hc_dataset_unref);
  g_assert_true (g_utf8_validate (described, -1, NULL));

  /* The first entity, the earliest time, grouped by the first text column. */
  if (entities[0] != NULL)
    selection.entities = g_strdupv ((char *[]) { entities[0], NULL });
  if (times->len > 0)
    {
      selection.has_time = TRUE;
      selection.time = g_array_index (times, double, 0);
    }
  selection.aggregates = TRUE;
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_true ((dataset == NULL) != (error == NULL));
  if (dataset != NULL)
    check_dataset (dataset);

  /* Over time: every time, as lines and as parts of a whole. */
  for (HcSelectionShape shape = HC_SELECTION_SERIES; shape <= HC_SELECTION_PARTS; shape++)
    {
      g_auto(HcSelection) series = { 0 };
      g_autoptr(GError) series_error = NULL;
      g_autoptr(HcDataset) over_time = NULL;

      series.shape = shape;
      if (times->len > 1)
        {
          series.has_range = TRUE;
          series.from = g_array_index (times, double, 0);
          series.to = g_array_index (times, double, times->len - 1);
        }
      over_time = hc_selection_apply (table, &series, &series_error);
      g_assert_true ((over_time == NULL) != (series_error == NULL));
      if (over_time != NULL)
        check_dataset (over_time);
    }

  select_by_kind (table);

  if (all != NULL)
    {
      g_autoptr(HcTable) again = NULL;

      printed = hc_cli_format_figures (all);
      again = hc_loader_read_data (printed, strlen (printed), "printed.csv", HC_FORMAT_CSV, NULL,
                                   NULL, NULL);
      (void) again;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const HcFormat formats[] = { HC_FORMAT_CSV, HC_FORMAT_JSON };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HcTable) table = hc_loader_read_data ((const char *) data, size, "fuzz",
                                                      formats[f], NULL, NULL, &error);

      if (table == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == HC_LOAD_ERROR);
          fuzz_check_error_message (error->message, "fuzz");
          continue;
        }
      g_assert_null (error);
      g_assert_cmpuint (hc_table_get_n_rows (table), >, 0);
      select_all_ways (table);
    }

  return 0;
}
