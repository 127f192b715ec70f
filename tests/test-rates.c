/* test-rates.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rates per population and the bounds of uncertain figures: the
 * arithmetic of rates against values worked out by hand from
 * Nightingale's Crimean War table and a World Bank cut, gaps where a
 * denominator is missing or not positive, never a year's deaths over
 * another year's population; the command line's --divide-by and --per;
 * whiskers and bands probed at the pixels of their bounds; the range in
 * tooltips and descriptions; and bounds that contradict their figure
 * refused with the file's line. The files are in tests/data/rates/ (see
 * its README for their sources).
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "chart-probe.h"
#include "hc-chart.h"
#include "hc-cli.h"
#include "hc-error.h"
#include "hc-loader.h"
#include "hc-rates.h"
#include "hc-selection.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "rates", name, NULL);
}

static HcTable *
read_file (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  HcTable *table = hc_loader_read_path (path, NULL, NULL, &error);

  g_assert_no_error (error);
  return table;
}

static HcTable *
read_text (const char          *text,
           const char * const  *roles)
{
  g_autoptr(GError) error = NULL;
  HcLoadOptions options = { .roles = roles };
  HcTable *table = hc_loader_read_data (text, strlen (text), "test.csv", HC_FORMAT_CSV, &options,
                                        NULL, &error);

  g_assert_no_error (error);
  return table;
}

static HcDataset *
rates_of (const HcTable   *table,
          const char      *measure,
          const char      *divide_by,
          double           per,
          HcSelectionShape shape,
          const char      *time)
{
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(GError) error = NULL;
  HcDataset *dataset;

  selection.measure = g_strdup (measure);
  selection.divide_by = g_strdup (divide_by);
  selection.per = per;
  selection.shape = shape;
  if (time != NULL)
    {
      selection.has_time = TRUE;
      selection.time = g_ascii_strtod (time, NULL);
    }
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  return dataset;
}

static const HcFigure *
find_figure (const HcDataset *dataset,
             const char      *entity,
             double           time)
{
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);
      const char *name = figure->entity != NULL ? figure->entity : figure->label;

      if (g_strcmp0 (name, entity) == 0 && (!figure->has_time || fabs (figure->time - time) < 1e-6))
        return figure;
    }
  return NULL;
}

/* ---- arithmetic ------------------------------------------------------------- */

static void
test_nightingale_per_thousand (void)
{
  g_autoptr(HcTable) table = read_file ("nightingale-1854.csv");
  g_autoptr(HcDataset) series = rates_of (table, "Zymotic diseases", "Average size of army", 1000,
                                          HC_SELECTION_SERIES, NULL);
  const HcFigure *figure;
  double nov = 1854 + 10.0 / 12, jan = 1855;

  g_assert_true (hc_dataset_is_rate (series));
  g_assert_cmpfloat (hc_dataset_get_per (series), ==, 1000);
  g_assert_cmpuint (hc_dataset_get_n_figures (series), ==, 10);

  /* November 1854: 844 dead of an army of 29,736 is 844 × 1,000 /
   * 29,736 = 28.3831 per 1,000 in the month; Nightingale's annual rate,
   * twelve times that, is the 340.6 of her table. */
  figure = find_figure (series, "Zymotic diseases", nov);
  g_assert_nonnull (figure);
  g_assert_true (figure->has_rate);
  g_assert_cmpfloat_with_epsilon (figure->value, 28.3831, 1e-4);
  g_assert_cmpfloat_with_epsilon (figure->value * 12, 340.6, 0.05);
  g_assert_cmpfloat (figure->numerator, ==, 844);
  g_assert_cmpfloat (figure->denominator, ==, 29736);

  /* January 1855: 2,761 of 32,393 = 85.2345 per 1,000 (1,022.8 a year). */
  figure = find_figure (series, "Zymotic diseases", jan);
  g_assert_nonnull (figure);
  g_assert_cmpfloat_with_epsilon (figure->value, 85.2345, 1e-4);
  g_assert_cmpfloat_with_epsilon (figure->value * 12, 1022.8, 0.05);

  /* April 1854: 1 of 8,571 = 0.116673 per 1,000. */
  figure = find_figure (series, "Zymotic diseases", 1854 + 3.0 / 12);
  g_assert_nonnull (figure);
  g_assert_cmpfloat_with_epsilon (figure->value, 0.116673, 1e-6);

  g_assert_cmpstr (hc_dataset_get_value_title (series), ==,
                   "Zymotic diseases per 1,000 of “Average size of army”");
  g_assert_true (g_str_has_prefix (hc_dataset_get_subtitle (series),
                                   "Zymotic diseases per 1,000 of “Average size of army”"));
}

static void
test_nightingale_causes (void)
{
  g_autoptr(HcTable) table = read_file ("nightingale-1854.csv");
  g_autoptr(HcDataset) causes = rates_of (table, NULL, "Average size of army", 1000,
                                          HC_SELECTION_ONE_TIME, "1855-01");
  const HcFigure *figure;

  /* Every cause, the army's size itself left out: dividing it by itself
   * says nothing. */
  g_assert_cmpuint (hc_dataset_get_n_figures (causes), ==, 3);
  g_assert_null (find_figure (causes, "Average size of army", 1855));
  /* 83 of 32,393 = 2.56228 per 1,000; 324 of 32,393 = 10.0022. */
  figure = find_figure (causes, "Wounds & injuries", 1855);
  g_assert_nonnull (figure);
  g_assert_cmpfloat_with_epsilon (figure->value, 2.56228, 1e-5);
  figure = find_figure (causes, "All other causes", 1855);
  g_assert_nonnull (figure);
  g_assert_cmpfloat_with_epsilon (figure->value, 10.0022, 1e-4);
}

static void
test_world_bank (void)
{
  g_autoptr(HcTable) table = read_file ("wb-deaths-balkans.csv");
  g_autoptr(HcDataset) series = rates_of (table, NULL, "Population", 0, HC_SELECTION_SERIES,
                                          NULL);
  const HcFigure *figure;

  /* Deaths, not the population, is divided when no measure is asked for;
   * 15,100 of 3,011,487 is 5.01413 per 1,000. */
  g_assert_cmpfloat (hc_dataset_get_per (series), ==, 1000);
  figure = find_figure (series, "Albania", 2005);
  g_assert_nonnull (figure);
  g_assert_cmpfloat_with_epsilon (figure->value, 5.01413, 1e-5);
  g_assert_cmpstr (figure->measure, ==, "Deaths per 1,000 people");
  /* 8,050 of 1,800,858 = 4.47009 per 1,000. */
  figure = find_figure (series, "Kosovo", 2008);
  g_assert_nonnull (figure);
  g_assert_cmpfloat_with_epsilon (figure->value, 4.47009, 1e-5);
  /* 106,800 of 7,440,769 = 14.3534. */
  figure = find_figure (series, "Serbia", 2005);
  g_assert_nonnull (figure);
  g_assert_cmpfloat_with_epsilon (figure->value, 14.3534, 1e-4);
  g_assert_cmpstr (hc_dataset_get_value_title (series), ==, "Deaths per 1,000 people");
}

/* Serbia has deaths in 2008 and no population that year: its 2007
 * population is not used. Albania has a population in 2007 and no deaths:
 * no figure, not a zero. */
static void
test_mismatched_years (void)
{
  g_autoptr(HcTable) table = read_file ("wb-deaths-balkans.csv");
  g_autoptr(HcDataset) series = rates_of (table, "Deaths", "Population", 1000,
                                          HC_SELECTION_SERIES, NULL);
  g_autoptr(HcDataset) one = rates_of (table, "Deaths", "Population", 1000,
                                       HC_SELECTION_ONE_TIME, "2007");

  g_assert_null (find_figure (series, "Serbia", 2008));
  g_assert_nonnull (find_figure (series, "Serbia", 2007));
  g_assert_null (find_figure (series, "Albania", 2007));
  g_assert_null (find_figure (one, "Albania", 2007));
  for (guint i = 0; i < hc_dataset_get_n_figures (series); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (series, i);

      g_assert_true (isfinite (figure->value));
      g_assert_cmpfloat (figure->value, >, 0);
    }
}

static void
test_gaps (void)
{
  g_autoptr(HcTable) table = read_file ("wb-deaths-balkans.csv");
  g_autoptr(HcDataset) year = rates_of (table, "Deaths", "Population", 0, HC_SELECTION_ONE_TIME,
                                        "2008");
  const char *subtitle = hc_dataset_get_subtitle (year);

  /* 2008: Albania and Kosovo; Serbia has no population, Montenegro one
   * of 0: neither is drawn, and the subtitle says so. */
  g_assert_cmpuint (hc_dataset_get_n_figures (year), ==, 2);
  g_assert_null (find_figure (year, "Serbia", 2008));
  g_assert_null (find_figure (year, "Montenegro", 2008));
  g_assert_nonnull (strstr (subtitle, "no “Population” for 1 figure, left out"));
  g_assert_nonnull (strstr (subtitle, "“Population” zero or less for 1 figure, left out"));
  g_assert_nonnull (strstr (subtitle, "2008"));
}

static void
test_zero_denominators_only (void)
{
  g_autoptr(HcTable) table = read_text ("country,year,deaths,population\n"
                                        "Kosovo,1999,10000,0\n"
                                        "Albania,1999,50,-3\n", NULL);
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  selection.measure = g_strdup ("deaths");
  selection.divide_by = g_strdup ("population");
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "“population” above zero"));
}

static void
test_refused (void)
{
  g_autoptr(HcTable) table = read_file ("wb-deaths-balkans.csv");
  static const struct
  {
    const char      *measure;
    const char      *divide_by;
    double           per;
    HcSelectionShape shape;
    const char      *group;
    const char      *message;
  } cases[] = {
    { "Deaths", "Area", 0, HC_SELECTION_ONE_TIME, NULL, "no measure “Area”; there are" },
    { "Deaths", "Population", 10, HC_SELECTION_ONE_TIME, NULL, "per 1, 100, 1000 or 100000" },
    { "Deaths", "Population", 0, HC_SELECTION_PARTS, NULL, "cannot be stacked" },
    { "Deaths", "Population", 0, HC_SELECTION_ONE_TIME, "Country Code", "cannot be added up" },
    { "Population", "Population", 0, HC_SELECTION_ONE_TIME, NULL, "divided by itself" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(HcSelection) selection = { 0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(HcDataset) dataset = NULL;

      selection.measure = g_strdup (cases[i].measure);
      selection.divide_by = g_strdup (cases[i].divide_by);
      selection.per = cases[i].per;
      selection.shape = cases[i].shape;
      selection.group = g_strdup (cases[i].group);
      dataset = hc_selection_apply (table, &selection, &error);
      g_assert_null (dataset);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

static void
test_default_per (void)
{
  /* 10,000 dead of about 2.2 million is 1 in 220: 4.5 per 1,000. */
  const double kosovo[] = { 10000 / 2.2e6 };
  const double conflict[] = { 1.2e-5, 3e-5, 0.8e-5 };
  const double shares[] = { 0.02, 0.05 };
  const double whole[] = { 2.5 };
  const double tiny[] = { 1e-8 };
  const double mixed[] = { 0.005, 0.006, 0.5 };

  g_assert_cmpfloat (hc_rates_choose_per (kosovo, 1), ==, 1000);
  g_assert_cmpfloat (hc_rates_choose_per (conflict, 3), ==, 100000);
  g_assert_cmpfloat (hc_rates_choose_per (shares, 2), ==, 100);
  g_assert_cmpfloat (hc_rates_choose_per (whole, 1), ==, 1);
  g_assert_cmpfloat (hc_rates_choose_per (tiny, 1), ==, 100000);
  g_assert_cmpfloat (hc_rates_choose_per (mixed, 3), ==, 1000);
  g_assert_cmpfloat (hc_rates_choose_per (NULL, 0), ==, 1000);
  g_assert_true (hc_rates_per_is_valid (100000));
  g_assert_false (hc_rates_per_is_valid (10));

  {
    /* Nightingale's January 1855 wounds, 83 of 32,393: 0.256 per 100
     * would be under 1, so per 1,000: 2.56. */
    g_autoptr(HcTable) table = read_file ("nightingale-1854.csv");
    g_autoptr(HcDataset) wounds = rates_of (table, "Wounds & injuries", "Average size of army", 0,
                                            HC_SELECTION_ONE_TIME, "1855-01");

    g_assert_cmpfloat (hc_dataset_get_per (wounds), ==, 1000);
    g_assert_cmpfloat_with_epsilon (hc_dataset_get_figure (wounds, 0)->value, 2.56228, 1e-5);
  }
}

static void
test_population_found (void)
{
  g_autoptr(HcTable) table = read_file ("wb-deaths-balkans.csv");
  g_autoptr(HcTable) army = read_file ("nightingale-1854.csv");
  int population = hc_rates_find_population (table);

  g_assert_cmpint (population, >=, 0);
  g_assert_cmpstr (hc_table_get_column (table, population)->name, ==, "Population");
  g_assert_cmpint (hc_rates_find_population (army), ==, -1);
}

/* 30 countries' rates in bars of room for fewer: "Other" gives the span
 * of the rates it holds, never their sum; a treemap refuses them. */
static void
test_other_of_rates (void)
{
  static const char * const codes[] = {
    "ALB", "AUT", "BEL", "BGR", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
    "ISL", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "NOR", "POL", "PRT", "ROU", "SRB",
    "SVK", "SVN", "ESP", "SWE",
  };
  GString *csv = g_string_new ("Country Name,Country Code,Year,Population,Deaths\n");
  g_autoptr(HcTable) table = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  HcChartOptions options;
  Rendered r = { 0 };
  const HcMark *other = NULL;

  /* Country i: 1,000,000 people and 1,000 + 100 × i deaths, so 1.0 to
   * 3.9 per 1,000; all of them together would be 73.5. */
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_string_append_printf (csv, "Country %s,%s,2020,1000000,%u\n", codes[i], codes[i],
                            1000 + 100 * i);
  table = read_text (csv->str, NULL);
  g_string_free (csv, TRUE);
  dataset = rates_of (table, "Deaths", "Population", 1000, HC_SELECTION_ONE_TIME, NULL);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 30);

  hc_chart_options_init (&options);
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 480, 320);
  g_assert_cmpuint (r.layout->n_folded, >, 1);
  for (guint i = 0; i < r.layout->marks->len; i++)
    if (g_array_index (r.layout->marks, HcMark, i).figure < 0)
      other = &g_array_index (r.layout->marks, HcMark, i);
  g_assert_nonnull (other);
  g_assert_nonnull (other->summary);
  /* The smallest rates are folded: from 1 per 1,000 up. */
  g_assert_true (g_str_has_prefix (strstr (other->summary, ": ") + 2, "from 1 to "));
  g_assert_null (strstr (other->summary, "together"));
  rendered_clear (&r);

  options.kind = HC_CHART_TREEMAP;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 480, 320);
  g_assert_cmpuint (r.layout->marks->len, ==, 0);
  rendered_clear (&r);
}

/* Of 20 countries, a chart of lines of rates shows the 5 highest rates,
 * not the 5 largest counts: country i has (i + 1) million people and
 * (2 − 0.09 i) % of them die, so the first five have the highest rates
 * and the last ones the most deaths. */
static void
test_series_ranked_by_rate (void)
{
  static const char * const codes[] = {
    "ALB", "AUT", "BEL", "BGR", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
    "ISL", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT",
  };
  GString *csv = g_string_new ("Country Name,Country Code,Year,Population,Deaths\n");
  g_autoptr(HcTable) table = NULL;
  g_autoptr(HcDataset) series = NULL;

  for (int year = 2018; year <= 2020; year++)
    for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
      g_string_append_printf (csv, "Country %s,%s,%d,%u,%.0f\n", codes[i], codes[i], year,
                              (i + 1) * 1000000, (i + 1) * 1e6 * (0.02 - 0.0009 * i));
  table = read_text (csv->str, NULL);
  g_string_free (csv, TRUE);
  series = rates_of (table, "Deaths", "Population", 100, HC_SELECTION_SERIES, NULL);

  g_assert_cmpuint (hc_dataset_get_n_figures (series), ==, 5 * 3);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Country %s", codes[i]);

      g_assert_nonnull (find_figure (series, name, 2020));
    }
  g_assert_null (find_figure (series, "Country MLT", 2020));
  /* Albania: 20,000 of 1,000,000 = 2 per 100. */
  g_assert_cmpfloat_with_epsilon (find_figure (series, "Country ALB", 2019)->value, 2, 1e-9);
  g_assert_nonnull (strstr (hc_dataset_get_subtitle (series),
                            "the 5 highest rates of 20 in 2020"));
}

static void
test_monthly_subtitle (void)
{
  g_autoptr(HcTable) table = read_file ("nightingale-1854.csv");
  g_autoptr(HcDataset) series = rates_of (table, "Zymotic diseases", "Average size of army", 1000,
                                          HC_SELECTION_SERIES, NULL);

  g_assert_true (g_str_has_prefix (hc_dataset_get_subtitle (series),
                                   "Zymotic diseases per 1,000 of “Average size of army”, in "
                                   "each month · 1854-04–1855-01"));
}

/* ---- the command line ---------------------------------------------------------- */

static int
run_cli (const char *file,
         const char *divide_by,
         const char *per,
         const char *view,
         const char *export_path,
         const char *time)
{
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  const char *files[] = { file, NULL };

  g_variant_dict_insert_value (options, G_OPTION_REMAINING,
                               g_variant_new_bytestring_array (files, -1));
  if (export_path != NULL)
    g_variant_dict_insert_value (options, "export", g_variant_new_bytestring (export_path));
  else
    g_variant_dict_insert (options, "print", "b", TRUE);
  if (divide_by != NULL)
    g_variant_dict_insert (options, "divide-by", "s", divide_by);
  if (per != NULL)
    g_variant_dict_insert (options, "per", "s", per);
  if (view != NULL)
    g_variant_dict_insert (options, "view", "s", view);
  if (time != NULL)
    g_variant_dict_insert (options, "time", "s", time);
  return hc_cli_handle (options);
}

static void
test_cli_print (void)
{
  g_autofree char *path = data_path ("wb-deaths-balkans.csv");

  if (g_test_subprocess ())
    exit (run_cli (path, "Population", "100000", "line", NULL, NULL));
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("entity,time,measure,value,code,numerator,denominator\n"
                             "Albania,2005,\"Deaths per 100,000 people\",501.413421*,ALB,15100,"
                             "3011487\n*"
                             "Kosovo,2008,\"Deaths per 100,000 people\",447.00914*,XKX,8050,"
                             "1800858\n");
}

static void
test_cli_per_refused (void)
{
  g_autofree char *path = data_path ("wb-deaths-balkans.csv");

  if (g_test_subprocess ())
    exit (run_cli (path, "Population", "10", NULL, NULL, NULL));
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*--per: “10” is not one of 1, 100, 1000, 100000*");
}

static void
test_cli_treemap_refused (void)
{
  g_autofree char *path = data_path ("wb-deaths-balkans.csv");

  if (g_test_subprocess ())
    exit (run_cli (path, "Population", NULL, "treemap", "/nonexistent/x.png", NULL));
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*--view treemap adds up its figures, and rates per population do "
                             "not add up*");
}

static void
test_cli_unknown_denominator (void)
{
  g_autofree char *path = data_path ("wb-deaths-balkans.csv");

  if (g_test_subprocess ())
    exit (run_cli (path, "Area", NULL, NULL, NULL, NULL));
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*wb-deaths-balkans.csv: --divide-by: there is no measure “Area”; "
                             "there are “Population”, “Deaths”*");
}

static void
test_cli_export (void)
{
  static const char * const views[] = { "bars", "columns", "line", "map" };
  g_autofree char *path = data_path ("wb-deaths-balkans.csv");
  g_autofree char *dir = g_dir_make_tmp ("hc-rates-XXXXXX", NULL);

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.png", views[i]);
      g_autofree char *out = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_cmpint (run_cli (path, "Population", "1000", views[i], out,
                                g_str_equal (views[i], "line") ? NULL : "2006"), ==, 0);
      g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 8);
      g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
      g_unlink (out);
    }
  g_rmdir (dir);
}

/* ---- uncertainty ------------------------------------------------------------------ */

static gboolean
is_dark (guint32 rgb)
{
  return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 110;
}

/* Within @tolerance of @expected in every channel: a line a pixel wide
 * drawn between pixels is blended with what is under it. */
static gboolean
near_rgb (guint32 rgb,
          guint32 expected,
          guint   tolerance)
{
  for (guint shift = 0; shift <= 16; shift += 8)
    if ((guint) ABS ((int) ((rgb >> shift) & 0xff) - (int) ((expected >> shift) & 0xff)) > tolerance)
      return FALSE;
  return TRUE;
}

static HcDataset *
one_time (const HcTable *table,
          const char    *time)
{
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(GError) error = NULL;
  HcDataset *dataset;

  selection.has_time = TRUE;
  selection.time = g_ascii_strtod (time, NULL);
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  return dataset;
}

static void
test_whiskers_on_bars (void)
{
  g_autoptr(HcTable) table = read_file ("ucdp-bounds.csv");
  g_autoptr(HcDataset) dataset = one_time (table, "1999");
  const HcChartStyle *style = hc_chart_style_get (HC_THEME_LIGHT);
  HcChartOptions options;
  Rendered r = { 0 };
  const HcMark *mark;
  double per_unit, cy, x_low, x_high;

  hc_chart_options_init (&options);
  options.kind = HC_CHART_BARS;
  options.scale_mode = HC_SCALE_MODE_LINEAR;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 960, 600);
  mark = hc_chart_layout_find_mark (r.layout, 0);
  g_assert_nonnull (mark);

  /* Kosovo 1999: 8,000, between 6,000 and 12,000; a linear scale from
   * zero, so the bar's length gives the pixels per death. */
  per_unit = mark->width / 8000;
  x_low = r.layout->plot.x + 6000 * per_unit;
  x_high = r.layout->plot.x + 12000 * per_unit;
  cy = mark->y + mark->height / 2;
  /* The axis reaches the high bound: no whisker is cut. */
  g_assert_cmpfloat (x_high, <=, r.layout->plot.x + r.layout->plot.width + 0.5);
  /* The caps at both bounds, off the whisker's centre line. */
  g_assert_true (is_dark (probe_pixel (r.surface, x_high, cy + mark->height * 0.18)));
  g_assert_true (is_dark (probe_pixel (r.surface, x_low, cy + mark->height * 0.18)));
  /* The whisker past the bar's end, and none before the low bound. */
  g_assert_true (is_dark (probe_pixel (r.surface, (mark->x + mark->width + x_high) / 2, cy)));
  g_assert_cmpuint (probe_pixel (r.surface, r.layout->plot.x + 3000 * per_unit, cy), ==,
                    probe_rgb (&style->palette[0]));
  /* Nothing beyond the high cap but the page, before the value's label. */
  g_assert_cmpuint (probe_pixel (r.surface, x_high + 3000 * per_unit * 0.02 + 3,
                                 mark->y + 1), ==, probe_rgb (&style->background));
  rendered_clear (&r);
}

static void
test_whiskers_on_columns (void)
{
  g_autoptr(HcTable) table = read_file ("ucdp-bounds.csv");
  g_autoptr(HcDataset) dataset = one_time (table, "1995");
  HcChartOptions options;
  Rendered r = { 0 };
  const HcMark *mark;

  hc_chart_options_init (&options);
  options.kind = HC_CHART_COLUMNS;
  options.scale_mode = HC_SCALE_MODE_LINEAR;
  for (HcTheme theme = HC_THEME_LIGHT; theme <= HC_THEME_DARK; theme++)
    {
      const HcChartStyle *style = hc_chart_style_get (theme);
      double per_unit, base, y_high, y_low, cx;

      rendered_render (&r, dataset, &options, theme, 480, 320);
      /* Bosnia-Herzegovina 1995: 10,000, between 8,000 and 12,000. */
      mark = hc_chart_layout_find_mark (r.layout, 0);
      g_assert_nonnull (mark);
      base = mark->y + mark->height;
      per_unit = mark->height / 10000;
      y_high = base - 12000 * per_unit;
      y_low = base - 8000 * per_unit;
      cx = mark->x + mark->width / 2;
      g_assert_cmpfloat (y_high, >=, r.layout->plot.y - 0.5);
      /* The whisker above the column, drawn in the text colour. */
      g_assert_true (near_rgb (probe_pixel (r.surface, cx, (mark->y + y_high) / 2),
                               probe_rgb (&style->foreground), 80));
      g_assert_cmpuint (probe_pixel (r.surface, cx + mark->width * 0.18, y_high), !=,
                        probe_rgb (&style->background));
      g_assert_cmpuint (probe_pixel (r.surface, cx + mark->width * 0.18, y_low), !=,
                        probe_rgb (&style->palette[0]));
      /* Above the high cap, only the page (the value's label is higher). */
      g_assert_cmpuint (probe_pixel (r.surface, cx + mark->width * 0.45, y_high - 3), ==,
                        probe_rgb (&style->background));
      rendered_clear (&r);
    }
}

static void
test_band_around_line (void)
{
  g_autoptr(HcTable) table = read_file ("ucdp-series.csv");
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  const HcChartStyle *style = hc_chart_style_get (HC_THEME_LIGHT);
  HcChartOptions options;
  Rendered r = { 0 };
  double x, y_inside, y_above, y_below;
  guint32 inside, background;

  selection.shape = HC_SELECTION_SERIES;
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  hc_chart_options_init (&options);
  options.kind = HC_CHART_LINE;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 960, 600);

  /* Kosovo 1999: 8,000, between 6,000 and 12,000. */
  x = hc_scale_map (&r.layout->time_scale, 1999);
  y_inside = hc_scale_map (&r.layout->value_scale, 10000) + 0.5;
  y_above = hc_scale_map (&r.layout->value_scale, 12000) - 5;
  y_below = hc_scale_map (&r.layout->value_scale, 5000);
  g_assert_cmpfloat (hc_scale_map (&r.layout->value_scale, 12000), >=, r.layout->plot.y - 0.5);
  inside = probe_pixel (r.surface, x, y_inside);
  background = probe_rgb (&style->background);
  /* Translucent: the line's colour over the page, neither of them. */
  g_assert_cmpuint (inside, !=, background);
  g_assert_cmpuint (inside, !=, probe_rgb (&style->palette[0]));
  g_assert_cmpuint (inside & 0xff, >, (inside >> 16) & 0xff);
  g_assert_cmpuint (probe_pixel (r.surface, x, y_above), ==, background);
  g_assert_cmpuint (probe_pixel (r.surface, x, y_below), ==, background);
  {
    g_autofree char *guide = hc_chart_layout_describe_time (r.layout, dataset, 1999);

    g_assert_nonnull (strstr (guide, "Kosovo, 8,000, between 6,000 and 12,000"));
  }
  rendered_clear (&r);

  /* Relative change has no bounds to draw. */
  options.relative = TRUE;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 960, 600);
  g_assert_cmpuint (probe_pixel (r.surface, x, hc_scale_map (&r.layout->value_scale, 0) - 40),
                    ==, background);
  rendered_clear (&r);
}

static void
test_range_in_words (void)
{
  g_autoptr(HcTable) table = read_text ("location,year,best,low,high\n"
                                        "Kosovo,1999,\"~10,000\",8000,12000\n"
                                        "Albania,1999,500,300,900\n", NULL);
  g_autoptr(HcDataset) dataset = one_time (table, "1999");
  g_autofree char *description = NULL;
  HcChartOptions options;
  Rendered r = { 0 };
  const HcMark *mark;

  hc_chart_options_init (&options);
  description = hc_chart_describe (dataset, &options);
  g_assert_nonnull (strstr (description, "Kosovo, about 10,000, between 8,000 and 12,000"));
  g_assert_nonnull (strstr (description, "Albania, 500, between 300 and 900"));

  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 960, 600);
  mark = hc_chart_layout_find_mark (r.layout, 0);
  g_assert_nonnull (mark);
  g_assert_nonnull (mark->summary);
  g_assert_nonnull (strstr (mark->summary, "≈\u200910,000, between 8,000 and 12,000"));
  rendered_clear (&r);

  {
    g_autofree char *printed = hc_cli_format_figures (dataset);

    g_assert_nonnull (strstr (printed, "entity,time,measure,value,low,high,approximate\n"));
    g_assert_nonnull (strstr (printed, "Kosovo,1999,best,10000,8000,12000,true\n"));
  }
}

static void
test_rate_tooltip (void)
{
  g_autoptr(HcTable) table = read_file ("wb-deaths-balkans.csv");
  g_autoptr(HcDataset) dataset = rates_of (table, "Deaths", "Population", 1000,
                                           HC_SELECTION_ONE_TIME, "2008");
  HcChartOptions options;
  Rendered r = { 0 };
  gboolean found = FALSE;

  hc_chart_options_init (&options);
  rendered_render (&r, dataset, &options, HC_THEME_DARK, 960, 600);
  for (guint i = 0; i < r.layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);

      if (mark->figure >= 0 && mark->summary != NULL &&
          strstr (mark->summary, "8,050 of 1,800,858") != NULL)
        found = TRUE;
    }
  g_assert_true (found);
  rendered_clear (&r);

  {
    g_autofree char *description = hc_chart_describe (dataset, &options);

    g_assert_nonnull (strstr (description, "Largest: Albania, 5.06"));
    g_assert_true (g_str_has_suffix (description, " Values: Deaths per 1,000 people."));
  }
}

static void
test_chosen_bounds (void)
{
  const char *roles[] = { "least=low", "most=high", NULL };
  g_autoptr(HcTable) table = read_text ("country,year,estimate,least,most\n"
                                        "Kosovo,1999,10000,8000,12000\n"
                                        "Albania,1999,500,300,900\n", roles);
  g_autoptr(HcDataset) dataset = one_time (table, "1999");
  const HcFigure *figure = find_figure (dataset, "Kosovo", 1999);

  g_assert_nonnull (figure);
  g_assert_true (figure->has_range);
  g_assert_cmpfloat (figure->low, ==, 8000);
  g_assert_cmpfloat (figure->high, ==, 12000);
}

static void
test_rates_keep_bounds (void)
{
  g_autoptr(HcTable) table = read_text ("country,year,bd_best,bd_low,bd_high,population\n"
                                        "Kosovo,1999,8000,6000,12000,2000000\n", NULL);
  g_autoptr(HcDataset) dataset = rates_of (table, "bd_best", "population", 1000,
                                           HC_SELECTION_ONE_TIME, NULL);
  const HcFigure *figure = hc_dataset_get_figure (dataset, 0);

  /* 8,000 of 2,000,000 = 4 per 1,000, between 3 and 6. */
  g_assert_cmpfloat_with_epsilon (figure->value, 4, 1e-9);
  g_assert_true (figure->has_range);
  g_assert_cmpfloat_with_epsilon (figure->low, 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (figure->high, 6, 1e-9);
}

static void
test_bounds_refused (void)
{
  static const struct
  {
    const char *file;
    const char *message;
  } cases[] = {
    { "bounds-swapped.csv",
      "bounds-swapped.csv:3: the lower bound 12,000 (“low”) is above the upper bound 6,000 "
      "(“high”)" },
    { "best-outside.csv",
      "best-outside.csv:3: “best” is 13,000, outside its bounds 6,000 to 12,000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = data_path (cases[i].file);
      g_autoptr(GError) error = NULL;
      g_autoptr(HcTable) table = hc_loader_read_path (path, NULL, NULL, &error);

      g_assert_null (table);
      g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rates/nightingale-per-thousand", test_nightingale_per_thousand);
  g_test_add_func ("/rates/nightingale-causes", test_nightingale_causes);
  g_test_add_func ("/rates/world-bank", test_world_bank);
  g_test_add_func ("/rates/mismatched-years", test_mismatched_years);
  g_test_add_func ("/rates/gaps", test_gaps);
  g_test_add_func ("/rates/zero-denominators-only", test_zero_denominators_only);
  g_test_add_func ("/rates/refused", test_refused);
  g_test_add_func ("/rates/default-per", test_default_per);
  g_test_add_func ("/rates/population-found", test_population_found);
  g_test_add_func ("/rates/other", test_other_of_rates);
  g_test_add_func ("/rates/monthly-subtitle", test_monthly_subtitle);
  g_test_add_func ("/rates/series-ranked-by-rate", test_series_ranked_by_rate);
  g_test_add_func ("/rates/cli-print", test_cli_print);
  g_test_add_func ("/rates/cli-treemap-refused", test_cli_treemap_refused);
  g_test_add_func ("/rates/cli-per-refused", test_cli_per_refused);
  g_test_add_func ("/rates/cli-unknown-denominator", test_cli_unknown_denominator);
  g_test_add_func ("/rates/cli-export", test_cli_export);
  g_test_add_func ("/rates/tooltip", test_rate_tooltip);
  g_test_add_func ("/rates/keep-bounds", test_rates_keep_bounds);
  g_test_add_func ("/uncertainty/whiskers-bars", test_whiskers_on_bars);
  g_test_add_func ("/uncertainty/whiskers-columns", test_whiskers_on_columns);
  g_test_add_func ("/uncertainty/band", test_band_around_line);
  g_test_add_func ("/uncertainty/in-words", test_range_in_words);
  g_test_add_func ("/uncertainty/chosen-bounds", test_chosen_bounds);
  g_test_add_func ("/uncertainty/refused", test_bounds_refused);

  return g_test_run ();
}
