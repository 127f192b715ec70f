/* test-records.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists of people and events, counted. tests/data/records/ holds a
 * constructed casualty list and a constructed file in the shape of UCDP's
 * GED (see its README.md); the numbers asserted here were counted by hand
 * from those files.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart-probe.h"
#include "hc-cli.h"
#include "hc-loader.h"
#include "hc-records.h"
#include "hc-selection.h"

static HcTable *
read_records (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "records", name, NULL);
  g_autoptr(GError) error = NULL;
  HcTable *table = hc_loader_read_path (path, NULL, NULL, &error);

  g_assert_no_error (error);
  return table;
}

static HcTable *
read_text (const char *text,
           const char *name,
           GError    **error)
{
  return hc_loader_read_data (text, strlen (text), name, HC_FORMAT_UNKNOWN, NULL, NULL, error);
}

static HcDataset *
group_by (const HcTable    *table,
          const char       *column,
          HcTimeKind        by,
          HcSelectionShape  shape)
{
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(GError) error = NULL;
  HcDataset *dataset;

  selection.group = g_strdup (column);
  selection.group_by = by;
  selection.shape = shape;
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static void
assert_figures (const HcDataset    *dataset,
                const char * const *labels,
                const double       *values,
                guint               n)
{
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);

      g_assert_cmpstr (figure->label, ==, labels[i]);
      g_assert_cmpfloat (figure->value, ==, values[i]);
    }
}

/* Sex, place and cause: how many rows of each, the empty ones as "Not
 * stated", in the order they first appear. */
static void
test_counts_by_group (void)
{
  g_autoptr(HcTable) table = read_records ("casualties.csv");
  static const char * const sexes[] = { "male", "female", "Not stated" };
  static const double by_sex[] = { 22, 18, 2 };
  static const char * const places[] = { "Dardana", "Kaliva", "Breza", "Morina" };
  static const double by_place[] = { 12, 11, 10, 9 };
  static const char * const causes[] = { "shot", "shelling", "burned", "Not stated" };
  static const double by_cause[] = { 22, 10, 7, 3 };
  g_autoptr(HcDataset) sex = NULL;
  g_autoptr(HcDataset) place = NULL;
  g_autoptr(HcDataset) cause = NULL;

  g_assert_true (hc_table_is_records (table));
  g_assert_cmpuint (hc_table_get_n_rows (table), ==, 42);

  sex = group_by (table, "sex", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  assert_figures (sex, sexes, by_sex, G_N_ELEMENTS (sexes));
  g_assert_cmpstr (hc_dataset_get_figure (sex, 0)->unit, ==, "records");
  g_assert_cmpstr (hc_dataset_get_subtitle (sex), ==, "records counted by “sex”");

  place = group_by (table, "place", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  assert_figures (place, places, by_place, G_N_ELEMENTS (places));
  cause = group_by (table, "cause", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  assert_figures (cause, causes, by_cause, G_N_ELEMENTS (causes));

  /* Every row is counted once. */
  g_assert_cmpuint (hc_records_count_distinct (table, hc_table_find_column (table, "sex")), ==,
                    2);
  g_assert_cmpuint (hc_records_count_distinct (table, hc_table_find_column (table, "place")),
                    ==, 4);
}

/* Ages in 5-year bands, in age order (5-9 before 10-14), the empty bands
 * 75-79 and 80-84 counted as 0, 90+ open, the missing ages last. */
static void
test_age_bands (void)
{
  g_autoptr(HcTable) table = read_records ("casualties.csv");
  static const char * const bands[] = {
    "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
    "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+", "Not stated",
  };
  /* 0 3 4 | 6 9 | 12 | 15 17 18 19 | 21 22 24 | 26 27 29 | 30 33 34 | 35 36 38 | 40 41 44 |
   * 45 47 49 | 52 | 56 58 | 61 62 | 67 | 71 73 | — | — | 85 88 | 91 95 | two empty */
  static const double counts[] = { 3, 2, 1, 4, 3, 3, 3, 3, 3, 3, 1, 2, 2, 1, 2, 0, 0, 2, 2, 2 };
  g_autoptr(HcDataset) dataset = group_by (table, "age", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  g_autofree char *label = NULL;
  double age = 0;

  assert_figures (dataset, bands, counts, G_N_ELEMENTS (bands));

  g_assert_cmpuint (hc_records_age_band (4.9), ==, 0);
  g_assert_cmpuint (hc_records_age_band (5), ==, 1);
  g_assert_cmpuint (hc_records_age_band (120), ==, hc_records_age_band (90));
  label = hc_records_age_band_label (hc_records_age_band (89));
  g_assert_cmpstr (label, ==, "85-89");
  g_assert_true (hc_records_parse_age (" 0.5 ", &age));
  g_assert_cmpfloat (age, ==, 0.5);
  g_assert_false (hc_records_parse_age ("-3", &age));
  g_assert_false (hc_records_parse_age ("200", &age));
  g_assert_false (hc_records_parse_age ("adult", &age));
}

static void
assert_marks_in_order (const HcChartLayout *layout)
{
  int last = -1;
  double last_y = -1;

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, i);

      if (mark->figure < 0)
        continue;
      g_assert_cmpint (mark->figure, >, last);
      g_assert_cmpfloat (mark->y, >, last_y);
      last = mark->figure;
      last_y = mark->y;
    }
  g_assert_cmpint (last, >=, 0);
}

/* Counted age bands are drawn in age order, not by size, even when the
 * smaller ones are folded into Other; an empty band is no bar (its 0 is
 * written), and an axis of counts has whole ticks only. */
static void
test_drawn_in_order (void)
{
  g_autoptr(HcTable) table = read_records ("casualties.csv");
  g_autoptr(HcDataset) dataset = group_by (table, "age", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  const HcChartStyle *style = hc_chart_style_get (HC_THEME_LIGHT);
  HcChartOptions options;
  Rendered big = { 0 }, small = { 0 };
  const HcMark *empty = NULL, *full = NULL;
  g_autofree char *script = NULL;

  g_assert_true (hc_dataset_is_ordered (dataset));
  hc_chart_options_init (&options);
  rendered_render (&big, dataset, &options, HC_THEME_LIGHT, 1600, 1000);
  g_assert_cmpuint (big.layout->n_folded, ==, 0);
  assert_marks_in_order (big.layout);

  /* 75-79 counts no one, 15-19 four. */
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 15)->label, ==, "75-79");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 15)->value, ==, 0);
  empty = hc_chart_layout_find_mark (big.layout, 15);
  full = hc_chart_layout_find_mark (big.layout, 3);
  g_assert_nonnull (empty);
  g_assert_nonnull (full);
  g_assert_cmpuint (probe_pixel (big.surface, full->x + 2, full->y + full->height / 2), ==,
                    probe_rgb (&style->palette[0]));
  g_assert_cmpuint (probe_pixel (big.surface, empty->x + 2, empty->y + empty->height / 2), ==,
                    probe_rgb (&style->background));

  rendered_render (&small, dataset, &options, HC_THEME_LIGHT, 480, 320);
  g_assert_cmpuint (small.layout->n_folded, >, 0);
  assert_marks_in_order (small.layout);

  /* The largest band counts 4: ticks 0 to 4, never 0.5. */
  options.kind = HC_CHART_COLUMNS;
  script = probe_script (dataset, &options, 1600, 1000);
  g_assert_true (probe_script_has (script, "4)"));
  g_assert_false (probe_script_has (script, "0.5)"));
  g_assert_false (probe_script_has (script, "1.5)"));

  rendered_clear (&big);
  rendered_clear (&small);
}

/* Bands a file writes itself are put in age order too. */
static void
test_age_bands_written (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("name,age\nA,10-14\nB,5-9\nC,85+\nD,<1\nE,5-9\n", "bands.csv", &error);
  static const char * const bands[] = { "<1", "5-9", "10-14", "85+" };
  static const double counts[] = { 1, 2, 1, 1 };
  g_autoptr(HcDataset) dataset = NULL;

  g_assert_no_error (error);
  dataset = group_by (table, "age", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  assert_figures (dataset, bands, counts, G_N_ELEMENTS (bands));
}

/* By month: March 15, April 21, none in May (a count of 0, not a gap),
 * June 5; the one death without a date is "Not stated" as columns and
 * left off, and said to be, over time. */
static void
test_per_month (void)
{
  g_autoptr(HcTable) table = read_records ("casualties.csv");
  static const char * const months[] = { "1999-03", "1999-04", "1999-05", "1999-06", "Not stated" };
  static const double counts[] = { 15, 21, 0, 5, 1 };
  g_autoptr(HcDataset) columns = NULL;
  g_autoptr(HcDataset) line = NULL;
  g_autoptr(HcDataset) years = NULL;

  /* Dates over three months are counted by month unless told. */
  g_assert_cmpint (hc_records_column_period (table, hc_table_find_column (table, "date_of_death")),
                   ==, HC_TIME_MONTH);
  columns = group_by (table, "date_of_death", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  assert_figures (columns, months, counts, G_N_ELEMENTS (months));
  g_assert_cmpstr (hc_dataset_get_subtitle (columns), ==,
                   "records counted by “date_of_death” · per month");

  line = group_by (table, "date_of_death", HC_TIME_MONTH, HC_SELECTION_SERIES);
  g_assert_cmpuint (hc_dataset_get_n_figures (line), ==, 4);
  g_assert_cmpint (hc_dataset_get_time_kind (line), ==, HC_TIME_MONTH);
  for (guint i = 0; i < 4; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (line, i);

      g_assert_true (figure->has_time);
      g_assert_cmpfloat_with_epsilon (figure->time, 1999 + (2 + i) / 12.0, 1e-9);
      g_assert_cmpfloat (figure->value, ==, counts[i]);
      g_assert_cmpstr (figure->label, ==, "records");
    }
  g_assert_cmpstr (hc_dataset_get_subtitle (line), ==,
                   "records counted by “date_of_death” · per month · 1 without a date not shown");

  /* Over time with no column named: the dates. */
  {
    g_autoptr(HcDataset) dates = group_by (table, NULL, HC_TIME_NONE, HC_SELECTION_SERIES);

    g_assert_cmpuint (hc_dataset_get_n_figures (dates), ==, 4);
    g_assert_cmpfloat (hc_dataset_get_figure (dates, 2)->value, ==, 0);
  }

  years = group_by (table, "date_of_death", HC_TIME_YEAR, HC_SELECTION_ONE_TIME);
  g_assert_cmpstr (hc_dataset_get_figure (years, 0)->label, ==, "1999");
  g_assert_cmpfloat (hc_dataset_get_figure (years, 0)->value, ==, 41);
}

/* Per day: the days between the first and the last death, each counted,
 * the empty ones as 0. */
static void
test_per_day (void)
{
  g_autoptr(HcTable) table = read_records ("casualties.csv");
  g_autoptr(HcDataset) days = group_by (table, "date_of_death", HC_TIME_DAY,
                                        HC_SELECTION_ONE_TIME);

  /* 1999-03-24 to 1999-06-16: 8 + 30 + 31 + 16 days, and "Not stated". */
  g_assert_cmpuint (hc_dataset_get_n_figures (days), ==, 85 + 1);
  g_assert_cmpstr (hc_dataset_get_figure (days, 0)->label, ==, "1999-03-24");
  g_assert_cmpfloat (hc_dataset_get_figure (days, 0)->value, ==, 2);
  g_assert_cmpstr (hc_dataset_get_figure (days, 28)->label, ==, "1999-04-21");
  g_assert_cmpfloat (hc_dataset_get_figure (days, 28)->value, ==, 0);
  g_assert_cmpstr (hc_dataset_get_figure (days, 84)->label, ==, "1999-06-16");
  g_assert_cmpfloat (hc_dataset_get_figure (days, 84)->value, ==, 1);
}

/* Events that carry their dead: grouping adds up "best", and "low" and
 * "high" each on their own. */
static void
test_events_summed (void)
{
  g_autoptr(HcTable) table = read_records ("events-ged.csv");
  g_autoptr(HcDataset) countries = NULL;
  g_autoptr(HcDataset) years = NULL;
  g_autoptr(HcDataset) months = NULL;
  const HcFigure *figure;

  g_assert_false (hc_table_is_records (table));
  g_assert_true (hc_table_is_events (table));

  countries = group_by (table, "country", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  g_assert_cmpuint (hc_dataset_get_n_figures (countries), ==, 2);
  figure = hc_dataset_get_figure (countries, 0);
  g_assert_cmpstr (figure->label, ==, "Yugoslavia");
  /* 58 + 12 + 21 + 45 + 14 + 42; lows 51 + 10 + 19 + 40 + 12 + 35; highs
   * 60 + 15 + 24 + 45 + 20 + 50. */
  g_assert_cmpfloat (figure->value, ==, 192);
  g_assert_true (figure->has_range);
  g_assert_cmpfloat (figure->low, ==, 167);
  g_assert_cmpfloat (figure->high, ==, 214);
  figure = hc_dataset_get_figure (countries, 1);
  g_assert_cmpstr (figure->label, ==, "Albania");
  g_assert_cmpfloat (figure->value, ==, 5);
  g_assert_cmpfloat (figure->low, ==, 5);
  g_assert_cmpfloat (figure->high, ==, 7);
  g_assert_cmpstr (hc_dataset_get_subtitle (countries), ==, "“best” added up by “country”");

  years = group_by (table, "year", HC_TIME_NONE, HC_SELECTION_SERIES);
  g_assert_cmpuint (hc_dataset_get_n_figures (years), ==, 2);
  g_assert_cmpfloat (hc_dataset_get_figure (years, 0)->value, ==, 91);
  g_assert_cmpfloat (hc_dataset_get_figure (years, 1)->value, ==, 106);
  g_assert_cmpfloat (hc_dataset_get_figure (years, 1)->low, ==, 92);
  g_assert_cmpfloat (hc_dataset_get_figure (years, 1)->high, ==, 122);

  /* date_start is text (year holds the times): still counted by month,
   * with the months without an event at 0. */
  months = group_by (table, "date_start", HC_TIME_MONTH, HC_SELECTION_ONE_TIME);
  g_assert_cmpuint (hc_dataset_get_n_figures (months), ==, 15);
  g_assert_cmpstr (hc_dataset_get_figure (months, 1)->label, ==, "1998-04");
  g_assert_cmpfloat (hc_dataset_get_figure (months, 1)->value, ==, 0);
  g_assert_cmpfloat (hc_dataset_get_figure (months, 1)->high, ==, 0);
  g_assert_cmpstr (hc_dataset_get_figure (months, 13)->label, ==, "1999-04");
  g_assert_cmpfloat (hc_dataset_get_figure (months, 13)->value, ==, 44);
  g_assert_cmpfloat (hc_dataset_get_figure (months, 13)->low, ==, 37);
  g_assert_cmpfloat (hc_dataset_get_figure (months, 13)->high, ==, 53);
}

/* An event without a number of dead is no event with 0 dead: a month
 * with only such events is left out (a gap), not drawn as 0, and a sum
 * that leaves one out says so. */
static void
test_events_missing_count (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("id,date,place,deaths\n1,1999-03-24,A,3\n2,1999-03-24,A,4\n3,1999-04-02,B,\n"
               "4,1999-05-01,B,2\n5,1999-05-01,A,\n", "events.csv", &error);
  g_autoptr(HcDataset) places = NULL;
  g_autoptr(HcDataset) months = NULL;

  g_assert_no_error (error);
  g_assert_true (hc_table_is_events (table));
  places = group_by (table, "place", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  g_assert_cmpuint (hc_dataset_get_n_figures (places), ==, 2);
  g_assert_cmpfloat (hc_dataset_get_figure (places, 0)->value, ==, 7);
  g_assert_cmpstr (hc_dataset_get_figure (places, 0)->note, ==,
                   "1 event without a count is not in the sum");

  months = group_by (table, "date", HC_TIME_MONTH, HC_SELECTION_ONE_TIME);
  g_assert_cmpuint (hc_dataset_get_n_figures (months), ==, 2);
  g_assert_cmpstr (hc_dataset_get_figure (months, 0)->label, ==, "1999-03");
  g_assert_cmpfloat (hc_dataset_get_figure (months, 0)->value, ==, 7);
  g_assert_null (hc_dataset_get_figure (months, 0)->note);
  g_assert_cmpstr (hc_dataset_get_figure (months, 1)->label, ==, "1999-05");
  g_assert_cmpfloat (hc_dataset_get_figure (months, 1)->value, ==, 2);
}

/* A table of measures (one row per country and year) added up by a
 * column: the bounds are added up too. */
static void
test_measures_summed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("country,year,region,best,low,high\nAlbania,1999,Europe,10,8,12\n"
               "Serbia,1999,Europe,100,90,130\nChad,1999,Africa,5,5,6\n", "bd.csv", &error);
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(HcDataset) dataset = NULL;
  const HcFigure *europe;

  g_assert_no_error (error);
  g_assert_false (hc_table_is_events (table));
  selection.group = g_strdup ("region");
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  europe = hc_dataset_get_figure (dataset, 0);
  g_assert_cmpstr (europe->label, ==, "Europe");
  g_assert_cmpfloat (europe->value, ==, 110);
  g_assert_true (europe->has_range);
  g_assert_cmpfloat (europe->low, ==, 98);
  g_assert_cmpfloat (europe->high, ==, 142);
}

/* What --group sex --print writes, line by line. */
static void
test_print (void)
{
  g_autoptr(HcTable) table = read_records ("casualties.csv");
  g_autoptr(HcDataset) sex = group_by (table, "sex", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  g_autoptr(HcDataset) months = group_by (table, "date_of_death", HC_TIME_MONTH,
                                          HC_SELECTION_SERIES);
  g_autoptr(HcTable) events = read_records ("events-ged.csv");
  g_autoptr(HcDataset) countries = group_by (events, "country", HC_TIME_NONE,
                                             HC_SELECTION_ONE_TIME);
  g_autofree char *text = hc_cli_format_figures (sex);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *month_text = hc_cli_format_figures (months);
  g_auto(GStrv) month_lines = g_strsplit (month_text, "\n", -1);
  g_autofree char *event_text = hc_cli_format_figures (countries);
  g_auto(GStrv) event_lines = g_strsplit (event_text, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  /* The column counted by is each group's category. */
  g_assert_cmpstr (lines[0], ==, "entity,time,measure,value,category,unit");
  g_assert_cmpstr (lines[1], ==, "male,,count,22,sex,records");
  g_assert_cmpstr (lines[2], ==, "female,,count,18,sex,records");
  g_assert_cmpstr (lines[3], ==, "Not stated,,count,2,sex,records");
  g_assert_cmpstr (lines[4], ==, "");

  g_assert_cmpuint (g_strv_length (month_lines), ==, 6);
  g_assert_cmpstr (month_lines[1], ==, "records,1999-03,count,15,records");
  g_assert_cmpstr (month_lines[3], ==, "records,1999-05,count,0,records");
  g_assert_cmpstr (month_lines[4], ==, "records,1999-06,count,5,records");

  g_assert_cmpstr (event_lines[0], ==, "entity,time,measure,value,category,low,high");
  g_assert_cmpstr (event_lines[1], ==, "Yugoslavia,,best,192,country,167,214");
  g_assert_cmpstr (event_lines[2], ==, "Albania,,best,5,country,5,7");
}

static void
assert_read_error (const char *csv,
                   const char *name,
                   const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_text (csv, name, &error);

  g_assert_null (table);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_group_error (const char *csv,
                    const char *column,
                    const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_text (csv, "list.csv", &error);
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(HcDataset) dataset = NULL;

  g_assert_no_error (error);
  selection.group = g_strdup (column);
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, message);
}

/* Dates as publishers write them, and what is not one. */
static void
test_dates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) day_first =
    read_text ("name,date\nA,24/03/1999\nB,03/04/1999\nC,\n", "dmy.csv", &error);
  g_autoptr(HcTable) month_first = NULL;
  g_autoptr(HcDataset) days = NULL;
  const HcColumn *dates;

  /* 24/03 has the day first, so 03/04 is the 3rd of April. */
  g_assert_no_error (error);
  dates = hc_table_get_column (day_first, hc_table_find_column (day_first, "date"));
  g_assert_cmpint (hc_table_get_time_kind (day_first), ==, HC_TIME_DAY);
  {
    g_autofree char *a = hc_selection_format_time (day_first, dates->numbers[0]);
    g_autofree char *b = hc_selection_format_time (day_first, dates->numbers[1]);

    g_assert_cmpstr (a, ==, "1999-03-24");
    g_assert_cmpstr (b, ==, "1999-04-03");
  }
  days = group_by (day_first, "date", HC_TIME_DAY, HC_SELECTION_ONE_TIME);
  /* 24 March to 3 April, and the empty one. */
  g_assert_cmpuint (hc_dataset_get_n_figures (days), ==, 11 + 1);
  g_assert_cmpstr (hc_dataset_get_figure (days, 11)->label, ==, "Not stated");

  /* A month-first date after the ambiguous one: the column is read again
   * month first. */
  month_first = read_text ("name,date\nA,03/04/1999\nB,03/24/1999\n", "mdy.csv", &error);
  g_assert_no_error (error);
  dates = hc_table_get_column (month_first, hc_table_find_column (month_first, "date"));
  {
    g_autofree char *a = hc_selection_format_time (month_first, dates->numbers[0]);

    g_assert_cmpstr (a, ==, "1999-03-04");
  }

  assert_read_error ("name,date\nA,03/04/1999\nB,05/06/1999\n", "ambiguous.csv",
                     "ambiguous.csv:2:3: “03/04/1999” in “date” could be day/month or "
                     "month/day, and no date of the column has a part above 12 to tell; write "
                     "dates as 1999-03-24");
  assert_read_error ("name,date\nA,24/03/1999\nB,03/24/1999\n", "mixed.csv",
                     "mixed.csv:3:3: “03/24/1999” has the month first, but other dates of the "
                     "column have the day first; write dates as 1999-03-24");
  assert_read_error ("name,date_of_death\nA,1999-03\nBe,1999-02-30\n", "bad.csv",
                     "bad.csv:3:4: “1999-02-30” is not a year or a date: write 2007, 2007-12 "
                     "or 2007-12-10");
  /* A year beyond any list of the dead. */
  assert_read_error ("name,date\nA,1999-03-01\nB,99999-01-01\n", "far.csv",
                     "far.csv:3:3: “99999-01-01” is not a year or a date: write 2007, 2007-12 "
                     "or 2007-12-10");
  /* Dates in a text column (the times are in another) are checked as
   * they are counted. */
  assert_group_error ("id,year,country,date_start,best\n1,1999,A,1999-03-02,4\n"
                      "2,1999,A,1999-13-02,5\n3,1999,A,1999-04-01,1\n", "date_start",
                      "line 3: “1999-13-02” in “date_start” is not a date: write 1999-03-24, "
                      "24/03/1999 or 1999-03");
}

/* What a hostile file does: an error that says what is wrong, never a
 * crash or a wrong count. */
static void
test_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) empty_column = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  assert_read_error ("name,sex,age,date_of_death\n", "header.csv",
                     "header.csv: there are no figures");

  /* A column of empty cells: everyone "Not stated". */
  empty_column = read_text ("name,sex,age\nA,,\nB,,\nC,,\n", "empty.csv", &error);
  g_assert_no_error (error);
  dataset = group_by (empty_column, "sex", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 1);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->label, ==, "Not stated");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 3);
  g_clear_pointer (&dataset, hc_dataset_unref);
  dataset = group_by (empty_column, "age", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 3);

  /* A column of dates with none in it: both "Not stated". */
  {
    g_autoptr(HcTable) no_dates = read_text ("name,date_of_death,sex\nA,,m\nB,,f\n",
                                             "nodates.csv", &error);
    g_autoptr(HcDataset) counted = NULL;

    g_assert_no_error (error);
    counted = group_by (no_dates, "date_of_death", HC_TIME_NONE, HC_SELECTION_ONE_TIME);
    g_assert_cmpuint (hc_dataset_get_n_figures (counted), ==, 1);
    g_assert_cmpstr (hc_dataset_get_figure (counted, 0)->label, ==, "Not stated");
    g_assert_cmpfloat (hc_dataset_get_figure (counted, 0)->value, ==, 2);
  }

  assert_group_error ("id,name\n7,A\n8,B\n", "id",
                      "“id” holds numbers, not groups: pick a column of names, ages or dates");
  assert_group_error ("name,age\nA,34\nB,old\nC,12\n", "age",
                      "line 3: “old” in “age” is not an age: write the age in years, such as "
                      "34, or leave it empty");
  assert_group_error ("name,sex\nA,m\n", "height",
                      "there is no column “height” to group by; there are “name”, “sex”");

  /* Days across two thousand years are refused, not drawn as 700,000
   * columns. */
  {
    g_autoptr(HcTable) wide = read_text ("name,date\nA,1000-01-01\nB,2999-12-31\n", "wide.csv",
                                         &error);
    g_auto(HcSelection) selection = { 0 };
    g_autoptr(HcDataset) days = NULL;

    g_assert_no_error (error);
    selection.group = g_strdup ("date");
    selection.group_by = HC_TIME_DAY;
    days = hc_selection_apply (wide, &selection, &error);
    g_assert_null (days);
    g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_LIMIT);
    g_clear_error (&error);
    /* By default, years: 2,000 of them, all but two empty. */
    selection.group_by = HC_TIME_NONE;
    days = hc_selection_apply (wide, &selection, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hc_dataset_get_n_figures (days), ==, 2000);
  }

  /* A count over time needs dates. */
  {
    g_autoptr(HcTable) table = read_records ("casualties.csv");
    g_auto(HcSelection) selection = { 0 };
    g_autoptr(HcDataset) series = NULL;

    selection.group = g_strdup ("sex");
    selection.shape = HC_SELECTION_SERIES;
    series = hc_selection_apply (table, &selection, &error);
    g_assert_null (series);
    g_assert_cmpstr (error->message, ==,
                     "the rows of this table are counted, not measured over time: draw them "
                     "over time with --group and a column of dates");
  }
}

/* The choices of "Count By": each column with how many values it has,
 * the dates once per period. */
static void
test_group_choices (void)
{
  g_autoptr(HcTable) table = read_records ("casualties.csv");
  g_autoptr(GPtrArray) choices = hc_records_list_groups (table);
  static const char * const labels[] = {
    "name (42)", "sex (2)", "age (in 5-year bands)", "date_of_death (by day)", "date_of_death (by month)",
    "date_of_death (by year)", "place (4)", "cause (3)",
  };
  g_autoptr(HcTable) events = read_records ("events-ged.csv");
  g_autoptr(GPtrArray) event_choices = hc_records_list_groups (events);

  g_assert_cmpuint (choices->len, ==, G_N_ELEMENTS (labels));
  for (guint i = 0; i < choices->len; i++)
    g_assert_cmpstr (((HcGroupChoice *) g_ptr_array_index (choices, i))->label, ==, labels[i]);
  g_assert_cmpstr (((HcGroupChoice *) g_ptr_array_index (choices, 4))->column, ==,
                   "date_of_death");
  g_assert_cmpint (((HcGroupChoice *) g_ptr_array_index (choices, 4))->by, ==, HC_TIME_MONTH);

  /* GED's year counts by year only; its text dates by day, month, year. */
  g_assert_cmpstr (((HcGroupChoice *) g_ptr_array_index (event_choices, 0))->label, ==,
                   "year (by year)");
  g_assert_cmpstr (((HcGroupChoice *) g_ptr_array_index (event_choices, 1))->label, ==,
                   "country (2)");
  g_assert_cmpstr (((HcGroupChoice *) g_ptr_array_index (event_choices, 3))->label, ==,
                   "date_start (by month)");
}

/* A time counts the rows of that time; a range, those within it. */
static void
test_time_filter (void)
{
  g_autoptr(HcTable) table = read_records ("casualties.csv");
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(HcDataset) day = NULL;
  g_autoptr(HcDataset) april = NULL;
  g_autoptr(GError) error = NULL;

  selection.group = g_strdup ("sex");
  selection.has_time = TRUE;
  /* 1999-03-24: Ardit Berisha and Besa Krasniqi. */
  selection.time = 1999 + 82 / 365.0;
  day = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (day), ==, 2);
  g_assert_cmpfloat (hc_dataset_get_figure (day, 0)->value, ==, 1);
  g_assert_cmpfloat (hc_dataset_get_figure (day, 1)->value, ==, 1);
  g_assert_cmpstr (hc_dataset_get_subtitle (day), ==, "1999-03-24 · records counted by “sex”");

  /* April: 21 deaths, 11 of men and 10 of women. */
  selection.has_time = FALSE;
  selection.has_range = TRUE;
  selection.from = 1999 + 90 / 365.0;
  selection.to = 1999 + 119 / 365.0;
  april = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (april), ==, 2);
  /* The first death of April is a woman's: female comes first. */
  g_assert_cmpstr (hc_dataset_get_figure (april, 0)->label, ==, "female");
  g_assert_cmpfloat (hc_dataset_get_figure (april, 0)->value, ==, 10);
  g_assert_cmpstr (hc_dataset_get_figure (april, 1)->label, ==, "male");
  g_assert_cmpfloat (hc_dataset_get_figure (april, 1)->value, ==, 11);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/records/counts-by-group", test_counts_by_group);
  g_test_add_func ("/records/age-bands", test_age_bands);
  g_test_add_func ("/records/drawn-in-order", test_drawn_in_order);
  g_test_add_func ("/records/age-bands-written", test_age_bands_written);
  g_test_add_func ("/records/per-month", test_per_month);
  g_test_add_func ("/records/per-day", test_per_day);
  g_test_add_func ("/records/events-summed", test_events_summed);
  g_test_add_func ("/records/events-missing-count", test_events_missing_count);
  g_test_add_func ("/records/measures-summed", test_measures_summed);
  g_test_add_func ("/records/print", test_print);
  g_test_add_func ("/records/dates", test_dates);
  g_test_add_func ("/records/hostile", test_hostile);
  g_test_add_func ("/records/group-choices", test_group_choices);
  g_test_add_func ("/records/time-filter", test_time_filter);

  return g_test_run ();
}
