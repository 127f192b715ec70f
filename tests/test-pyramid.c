/* test-pyramid.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Population pyramids: age bands and sexes as publishers write them, the
 * cut of one entity's ages and sexes from a table, and the view measured
 * in its layout and pixels (bars proportional on both sides, bands in
 * age order, the axis fixed over the years, the outline of a second
 * year, percent of the population), the errors on bad input and the
 * command line. The files in tests/data/pyramid/ are constructed; see
 * the README there.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "chart-probe.h"
#include "hc-age.h"
#include "hc-chart.h"
#include "hc-error.h"
#include "hc-loader.h"
#include "hc-selection.h"

static HcTable *
read_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pyramid", name, NULL);
  g_autoptr(GError) error = NULL;
  HcTable *table = hc_loader_read_path (path, NULL, NULL, &error);

  g_assert_no_error (error);
  return table;
}

static HcTable *
read_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  HcTable *table = hc_loader_read_data (text, strlen (text), "test.csv", HC_FORMAT_CSV, NULL,
                                        NULL, &error);

  g_assert_no_error (error);
  return table;
}

static HcDataset *
pyramid_of (const HcTable *table,
            gboolean       has_time,
            double         time)
{
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(GError) error = NULL;
  HcDataset *dataset;

  selection.shape = HC_SELECTION_PYRAMID;
  selection.has_time = has_time;
  selection.time = time;
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static void
pyramid_options (HcChartOptions *options)
{
  hc_chart_options_init (options);
  options->kind = HC_CHART_PYRAMID;
}

/* ---- parsing ------------------------------------------------------------------ */

static void
test_age_parse (void)
{
  static const struct
  {
    const char *text;
    HcAgeKind   kind;
    double      low, high;
  } cases[] = {
    { "0-4", HC_AGE_BAND, 0, 5 },
    { "5-9", HC_AGE_BAND, 5, 10 },
    { "10-14", HC_AGE_BAND, 10, 15 },
    { "0–4", HC_AGE_BAND, 0, 5 },                /* en dash */
    { "15 − 19", HC_AGE_BAND, 15, 20 },          /* minus sign */
    { "15 to 19", HC_AGE_BAND, 15, 20 },
    { "1-4 years", HC_AGE_BAND, 1, 5 },
    { "20-24 years old", HC_AGE_BAND, 20, 25 },
    { "<1 year old", HC_AGE_BAND, 0, 1 },
    { "< 1", HC_AGE_BAND, 0, 1 },
    { "Under 5", HC_AGE_BAND, 0, 5 },
    { "under 1 year", HC_AGE_BAND, 0, 1 },
    { "Less than 1 year", HC_AGE_BAND, 0, 1 },
    { "85+", HC_AGE_BAND, 85, INFINITY },
    { "100+", HC_AGE_BAND, 100, INFINITY },
    { "85 +", HC_AGE_BAND, 85, INFINITY },
    { "95 and over", HC_AGE_BAND, 95, INFINITY },
    { "65 years and over", HC_AGE_BAND, 65, INFINITY },
    { "80 or older", HC_AGE_BAND, 80, INFINITY },
    { "90", HC_AGE_BAND, 90, 91 },
    { "0", HC_AGE_BAND, 0, 1 },
    { " 40-44 ", HC_AGE_BAND, 40, 45 },
    { "Total", HC_AGE_ALL, NAN, NAN },
    { "All ages", HC_AGE_ALL, NAN, NAN },
    { "Unknown", HC_AGE_UNKNOWN, NAN, NAN },
    { "Not stated", HC_AGE_UNKNOWN, NAN, NAN },
    { "abc", HC_AGE_INVALID, NAN, NAN },
    { "", HC_AGE_INVALID, NAN, NAN },
    { "9-5", HC_AGE_INVALID, NAN, NAN },         /* backwards */
    { "-5", HC_AGE_INVALID, NAN, NAN },
    { "200", HC_AGE_INVALID, NAN, NAN },         /* nobody is */
    { "Under 0", HC_AGE_INVALID, NAN, NAN },
    { "5-9-14", HC_AGE_INVALID, NAN, NAN },
    { "1e3", HC_AGE_INVALID, NAN, NAN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HcAgeBand band;
      HcAgeKind kind = hc_age_parse (cases[i].text, &band);

      g_test_message ("age “%s”", cases[i].text);
      g_assert_cmpint (kind, ==, cases[i].kind);
      if (kind == HC_AGE_BAND)
        {
          g_assert_cmpfloat (band.low, ==, cases[i].low);
          g_assert_cmpfloat (band.high, ==, cases[i].high);
        }
    }
}

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  HcAgeBand x, y;

  g_assert_cmpint (hc_age_parse (*(const char * const *) a, &x), ==, HC_AGE_BAND);
  g_assert_cmpint (hc_age_parse (*(const char * const *) b, &y), ==, HC_AGE_BAND);
  return hc_age_band_compare (&x, &y);
}

static void
test_age_order (void)
{
  /* Alphabetically "10-14" would come before "5-9", and "<1" last. */
  const char *shuffled[] = { "85+", "10-14", "5-9", "1-4 years", "<1 year old", "15–19",
                             "100+", "20-24", "95-99" };
  const char *expected[] = { "<1 year old", "1-4 years", "5-9", "10-14", "15–19", "20-24",
                             "85+", "95-99", "100+" };

  qsort (shuffled, G_N_ELEMENTS (shuffled), sizeof shuffled[0], compare_texts);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (shuffled[i], ==, expected[i]);
}

static void
test_sex_parse (void)
{
  static const struct
  {
    const char *text;
    HcSex       sex;
  } values[] = {
    { "1", HC_SEX_MALE }, { "2", HC_SEX_FEMALE }, { "M", HC_SEX_MALE }, { "f", HC_SEX_FEMALE },
    { "male", HC_SEX_MALE }, { "Female", HC_SEX_FEMALE }, { "MALES", HC_SEX_MALE },
    { "Females", HC_SEX_FEMALE }, { " Men ", HC_SEX_MALE }, { "Women", HC_SEX_FEMALE },
    { "Total", HC_SEX_TOTAL }, { "Both sexes", HC_SEX_TOTAL }, { "both  sexes", HC_SEX_TOTAL },
    { "T", HC_SEX_TOTAL }, { "3", HC_SEX_TOTAL }, { "Unknown", HC_SEX_UNKNOWN },
    { "X", HC_SEX_INVALID }, { "", HC_SEX_INVALID }, { "4", HC_SEX_INVALID },
    { "malefemale", HC_SEX_INVALID },
  };
  static const struct
  {
    const char *name;
    HcSex       sex;
  } names[] = {
    { "PopMale", HC_SEX_MALE }, { "PopFemale", HC_SEX_FEMALE }, { "PopTotal", HC_SEX_TOTAL },
    { "Male (number of deaths)", HC_SEX_MALE }, { "Female (number of deaths)", HC_SEX_FEMALE },
    { "Males", HC_SEX_MALE }, { "Females", HC_SEX_FEMALE },
    { "Population, female", HC_SEX_FEMALE },
    { "Female to male ratio", HC_SEX_INVALID }, { "Population", HC_SEX_INVALID },
    { "Smalltown", HC_SEX_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_test_message ("sex “%s”", values[i].text);
      g_assert_cmpint (hc_sex_parse (values[i].text), ==, values[i].sex);
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_test_message ("measure “%s”", names[i].name);
      g_assert_cmpint (hc_sex_from_name (names[i].name), ==, names[i].sex);
    }
}

/* ---- the cut ------------------------------------------------------------------ */

static void
test_select_census (void)
{
  g_autoptr(HcTable) table = read_file ("census-long.csv");
  g_autoptr(HcDataset) dataset = pyramid_of (table, FALSE, 0);
  guint n = hc_dataset_get_n_figures (dataset);

  /* 7 bands × 2 sexes × 2 censuses; totals and the unknown age left out. */
  g_assert_cmpuint (n, ==, 28);
  for (guint i = 0; i < n; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);

      /* The latest census first: the time drawn. */
      g_assert_cmpfloat (figure->time, ==, i < 14 ? 2011 : 1981);
      g_assert_true (g_str_equal (figure->sex, "male") || g_str_equal (figure->sex, "female"));
      g_assert_cmpstr (figure->age, !=, "Total");
      g_assert_cmpstr (figure->age, !=, "Unknown");
    }
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->age, ==, "10-14");
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->sex, ==, "male");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 100);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 1)->sex, ==, "female");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 1)->value, ==, 90);

  {
    g_autoptr(HcDataset) earlier = pyramid_of (table, TRUE, 1981);

    g_assert_cmpfloat (hc_dataset_get_figure (earlier, 0)->time, ==, 1981);
    g_assert_cmpuint (hc_dataset_get_n_figures (earlier), ==, 28);
  }
}

static void
test_select_wpp (void)
{
  g_autoptr(HcTable) table = read_file ("wpp-like.csv");
  g_autoptr(HcDataset) dataset = pyramid_of (table, TRUE, 1950);
  const HcFigure *first;

  /* 21 bands × 2 sexes × 3 years, from two measures; PopTotal left out. */
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 126);
  first = hc_dataset_get_figure (dataset, 0);
  g_assert_cmpfloat (first->time, ==, 1950);
  g_assert_cmpstr (first->age, ==, "0-4");
  g_assert_cmpstr (first->sex, ==, "male");
  g_assert_cmpstr (first->measure, ==, "PopMale");
  /* The file's thousands, as people. */
  g_assert_cmpfloat (first->value, ==, 120000);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 3)->age, ==, "5-9");
  g_assert_cmpfloat_with_epsilon (hc_dataset_get_figure (dataset, 3)->value, 97198, 1e-6);
}

static void check_proportional (const HcChartLayout *layout, const HcDataset *dataset,
                                double total);

static void
test_select_deaths (void)
{
  /* Deaths by age in two measures named for the sexes, as in the WHO's
   * mortality downloads; a band without a figure of one sex is drawn
   * on one side only. */
  g_autoptr(HcTable) table = read_text ("Country,Year,Age,Male (number of deaths),"
                                        "Female (number of deaths)\n"
                                        "Serbia,2020,85+,500,700\nSerbia,2020,0-4,10,\n");
  g_autoptr(HcDataset) dataset = pyramid_of (table, FALSE, 0);
  HcChartOptions options;
  Rendered r = { 0 };

  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 3);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 1)->sex, ==, "female");
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 1)->measure, ==, "Female (number of deaths)");
  pyramid_options (&options);
  rendered_render (&r, dataset, &options, HC_THEME_DARK, 800, 600);
  g_assert_cmpuint (r.layout->marks->len, ==, 3);
  g_assert_cmpuint (r.layout->pyramid->n_bands, ==, 2);
  check_proportional (r.layout, dataset, 0);
  probe_check_text (r.layout);
  rendered_clear (&r);
}

/* ---- the view ----------------------------------------------------------------- */

/* The value each mark stands for over its width: one number on both sides. */
static void
check_proportional (const HcChartLayout *layout,
                    const HcDataset     *dataset,
                    double               total)
{
  const HcChartPyramid *pyramid = layout->pyramid;

  g_assert_nonnull (pyramid);
  g_assert_cmpuint (layout->marks->len, >, 0);
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, i);
      const HcFigure *figure = hc_dataset_get_figure (dataset, mark->figure);
      double value = total > 0 ? figure->value / total * 100 : figure->value;
      gboolean male = g_str_equal (figure->sex, "male");

      g_assert_cmpfloat_with_epsilon (mark->width, value * pyramid->pixels_per_unit, 1e-6);
      if (male)
        g_assert_cmpfloat_with_epsilon (mark->x + mark->width, pyramid->male_zero, 1e-6);
      else
        g_assert_cmpfloat_with_epsilon (mark->x, pyramid->female_zero, 1e-6);
    }
}

static double
time_total (const HcDataset *dataset,
            double           time)
{
  double total = 0;

  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (hc_dataset_get_figure (dataset, i)->time == time)
      total += hc_dataset_get_figure (dataset, i)->value;
  return total;
}

static void
test_geometry (void)
{
  g_autoptr(HcTable) table = read_file ("wpp-like.csv");
  g_autoptr(HcDataset) dataset = pyramid_of (table, TRUE, 2000);
  const HcChartStyle *style = hc_chart_style_get (HC_THEME_LIGHT);
  HcChartOptions options;
  Rendered r = { 0 };
  const HcChartPyramid *pyramid;
  double previous_y = -G_MAXDOUBLE;

  pyramid_options (&options);
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);
  pyramid = r.layout->pyramid;
  g_assert_cmpuint (pyramid->n_bands, ==, 21);
  g_assert_cmpuint (r.layout->marks->len, ==, 42);
  g_assert_true (pyramid->male_zero < pyramid->female_zero);
  check_proportional (r.layout, dataset, 0);
  probe_check_text (r.layout);

  /* Marks read from the oldest band down, the males' first; each band
   * below the one before it, in the order of ages. */
  for (guint i = 0; i < r.layout->marks->len; i += 2)
    {
      const HcMark *male = &g_array_index (r.layout->marks, HcMark, i);
      const HcMark *female = &g_array_index (r.layout->marks, HcMark, i + 1);
      const HcFigure *m = hc_dataset_get_figure (dataset, male->figure);
      const HcFigure *f = hc_dataset_get_figure (dataset, female->figure);
      HcAgeBand band;

      g_assert_cmpstr (m->sex, ==, "male");
      g_assert_cmpstr (f->sex, ==, "female");
      g_assert_cmpstr (m->age, ==, f->age);
      g_assert_cmpfloat (male->y, ==, female->y);
      g_assert_cmpfloat (male->y, >, previous_y);
      previous_y = male->y;
      g_assert_cmpint (hc_age_parse (m->age, &band), ==, HC_AGE_BAND);
      g_assert_cmpfloat (band.low, ==, (20 - i / 2) * 5);

      /* Pixels: the bar's colour inside it, and not past its end. */
      if (male->width > 6)
        g_assert_cmphex (probe_pixel (r.surface, male->x + male->width / 2, male->cy), ==,
                         probe_rgb (&style->palette[0]));
      if (female->width > 6)
        g_assert_cmphex (probe_pixel (r.surface, female->x + female->width / 2, female->cy), ==,
                         probe_rgb (&style->palette[1]));
      if (male->width > 20)
        g_assert_cmphex (probe_pixel (r.surface, male->x - 12, male->cy), !=,
                         probe_rgb (&style->palette[0]));
      /* Hovering a bar finds it, and its tooltip names its band. */
      g_assert_true (hc_chart_layout_mark_at (r.layout, male->cx, male->cy) ==
                     hc_chart_layout_find_mark (r.layout, male->figure));
      g_assert_nonnull (strstr (male->summary, m->age));
    }

  /* The youngest band at the bottom. */
  {
    const HcMark *last = &g_array_index (r.layout->marks, HcMark, r.layout->marks->len - 1);

    g_assert_cmpstr (hc_dataset_get_figure (dataset, last->figure)->age, ==, "0-4");
  }
  rendered_clear (&r);
}

static void
test_fixed_axis (void)
{
  g_autoptr(HcTable) table = read_file ("wpp-like.csv");
  g_autoptr(HcDataset) y1950 = pyramid_of (table, TRUE, 1950);
  g_autoptr(HcDataset) y2020 = pyramid_of (table, TRUE, 2020);
  HcChartOptions options;
  Rendered a = { 0 }, b = { 0 };

  pyramid_options (&options);
  rendered_render (&a, y1950, &options, HC_THEME_LIGHT, 1600, 1000);
  rendered_render (&b, y2020, &options, HC_THEME_LIGHT, 1600, 1000);
  /* The same axis every year: 1950's largest band (120,000 males aged
   * 0-4) sets it. */
  g_assert_cmpfloat (a.layout->pyramid->axis_max, ==, b.layout->pyramid->axis_max);
  g_assert_cmpfloat (a.layout->pyramid->pixels_per_unit, ==, b.layout->pyramid->pixels_per_unit);
  g_assert_cmpfloat (a.layout->pyramid->axis_max, >=, 120000);
  check_proportional (b.layout, y2020, 0);
  rendered_clear (&b);

  /* Adaptive: 2020's own largest band. */
  options.pyramid_adaptive = TRUE;
  rendered_render (&b, y2020, &options, HC_THEME_LIGHT, 1600, 1000);
  g_assert_cmpfloat (b.layout->pyramid->axis_max, <, a.layout->pyramid->axis_max);
  g_assert_cmpfloat (b.layout->pyramid->pixels_per_unit, >,
                     a.layout->pyramid->pixels_per_unit);
  check_proportional (b.layout, y2020, 0);
  rendered_clear (&a);
  rendered_clear (&b);
}

static void
test_outline (void)
{
  g_autoptr(HcTable) table = read_file ("wpp-like.csv");
  g_autoptr(HcDataset) dataset = pyramid_of (table, TRUE, 2000);
  const HcChartStyle *style = hc_chart_style_get (HC_THEME_LIGHT);
  HcChartOptions options;
  Rendered r = { 0 };
  const HcChartPyramid *pyramid;
  const HcMark *youngest;
  double x, outline_value = NAN;
  g_autofree char *description = NULL;

  pyramid_options (&options);
  options.has_compare = TRUE;
  options.compare_time = 1950;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);
  pyramid = r.layout->pyramid;
  g_assert_true (pyramid->has_compare);
  probe_check_text (r.layout);

  /* 1950's males aged 0-4 (120,000) reach past 2000's (83,000): the
   * outline's edge is at its own value, on the bar's row. */
  youngest = &g_array_index (r.layout->marks, HcMark, r.layout->marks->len - 2);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, youngest->figure)->age, ==, "0-4");
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *f = hc_dataset_get_figure (dataset, i);

      if (f->time == 1950 && g_str_equal (f->age, "0-4") && g_str_equal (f->sex, "male"))
        outline_value = f->value;
    }
  g_assert_cmpfloat (outline_value, ==, 120000);
  x = pyramid->male_zero - outline_value * pyramid->pixels_per_unit;
  g_assert_cmpfloat (x, <, youngest->x - 10);
  g_assert_cmphex (probe_pixel (r.surface, x, youngest->cy), ==, probe_rgb (&style->foreground));
  /* Between the outline and the bar: background. */
  g_assert_cmphex (probe_pixel (r.surface, (x + youngest->x) / 2, youngest->cy), ==,
                   probe_rgb (&style->background));

  description = hc_chart_layout_describe (r.layout, dataset);
  g_assert_nonnull (strstr (description, "the outline shows 1950"));
  rendered_clear (&r);
}

static void
test_percent (void)
{
  g_autoptr(HcTable) table = read_file ("census-long.csv");
  g_autoptr(HcDataset) dataset = pyramid_of (table, TRUE, 2011);
  HcChartOptions options;
  Rendered r = { 0 };
  double total = time_total (dataset, 2011), sum = 0;

  /* The bands of 2011, by hand: 100 + 90 + 20 + 18 + 80 + 72 + 110 + 100
   * + 90 + 95 + 95 + 95 + 15 + 20; the rows of totals are not added. */
  g_assert_cmpfloat (total, ==, 1000);
  pyramid_options (&options);
  options.pyramid_percent = TRUE;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);
  check_proportional (r.layout, dataset, total);
  for (guint i = 0; i < r.layout->marks->len; i++)
    sum += g_array_index (r.layout->marks, HcMark, i).width / r.layout->pyramid->pixels_per_unit;
  g_assert_cmpfloat_with_epsilon (sum, 100, 1e-9);
  /* 5-9, males: 110 of 1,000 = 11 %. */
  for (guint i = 0; i < r.layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);
      const HcFigure *f = hc_dataset_get_figure (dataset, mark->figure);

      if (g_str_equal (f->age, "5-9") && g_str_equal (f->sex, "male"))
        {
          g_assert_cmpfloat_with_epsilon (mark->width / r.layout->pyramid->pixels_per_unit, 11,
                                          1e-9);
          g_assert_nonnull (strstr (mark->summary, "11"));
        }
    }
  /* Fixed over both censuses: 1981's largest share is 120 of 1,049. */
  g_assert_cmpfloat (r.layout->pyramid->axis_max, >=, 120.0 / 1049 * 100);
  rendered_clear (&r);
}

static void
test_describe (void)
{
  g_autoptr(HcTable) table = read_file ("census-long.csv");
  g_autoptr(HcDataset) dataset = pyramid_of (table, FALSE, 0);
  HcChartOptions options;
  g_autofree char *description = NULL;

  pyramid_options (&options);
  description = hc_chart_describe (dataset, &options);
  /* 490 of 1,000 are female; 5-9 has 210, the most of any band. */
  g_assert_cmpstr (description, ==,
                   "Population pyramid, 2011: 7 age bands, 49\u202f% female; the largest band "
                   "is 5-9; the bands are not all of one width.");
  g_clear_pointer (&description, g_free);

  /* WPP's five-year bands are, the open 100+ aside. */
  {
    g_autoptr(HcTable) wpp = read_file ("wpp-like.csv");
    g_autoptr(HcDataset) y2000 = pyramid_of (wpp, TRUE, 2000);

    description = hc_chart_describe (y2000, &options);
    g_assert_true (g_str_has_prefix (description, "Population pyramid, 2000: 21 age bands, "));
    g_assert_true (g_str_has_suffix (description, "; the largest band is 20-24."));
  }
}

static void
test_sizes (void)
{
  g_autoptr(HcTable) table = read_file ("wpp-like.csv");
  g_autoptr(HcDataset) dataset = pyramid_of (table, TRUE, 2020);
  static const int sizes[][2] = { { 480, 320 }, { 800, 600 }, { 1600, 1000 }, { 3840, 2160 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (int theme = HC_THEME_LIGHT; theme <= HC_THEME_DARK; theme++)
      for (int compare = 0; compare < 2; compare++)
        {
          HcChartOptions options;
          Rendered r = { 0 };

          pyramid_options (&options);
          options.has_compare = compare;
          options.compare_time = 1950;
          g_test_message ("%d×%d, theme %d, compare %d", sizes[s][0], sizes[s][1], theme,
                          compare);
          rendered_render (&r, dataset, &options, theme, sizes[s][0], sizes[s][1]);
          g_assert_cmpuint (r.layout->marks->len, ==, 42);
          check_proportional (r.layout, dataset, 0);
          probe_check_text (r.layout);
          rendered_clear (&r);
        }
}

static void
test_supports (void)
{
  g_autoptr(HcTable) table = read_file ("census-long.csv");
  g_autoptr(HcDataset) pyramid = pyramid_of (table, FALSE, 0);
  g_autoptr(HcDataset) bars = hc_selection_apply (table, NULL, NULL);

  g_assert_true (hc_chart_kind_supports (HC_CHART_PYRAMID, pyramid));
  g_assert_nonnull (bars);
  {
    g_autoptr(HcTable) plain = read_text ("country,year,population\nAlbania,2000,3000000\n");
    g_autoptr(HcDataset) one = hc_selection_apply (plain, NULL, NULL);

    g_assert_false (hc_chart_kind_supports (HC_CHART_PYRAMID, one));
  }
  g_assert_true (hc_chart_kind_from_string ("pyramid", NULL));

  /* Figures without ages say so in the chart, and in its description. */
  {
    g_autoptr(HcTable) plain = read_text ("country,year,population,category\n"
                                          "Albania,2000,3000000,a\nKosovo,2000,2000000,b\n");
    g_autoptr(HcDataset) one = hc_selection_apply (plain, NULL, NULL);
    HcChartOptions options;
    Rendered r = { 0 };
    g_autofree char *description = NULL;

    pyramid_options (&options);
    rendered_render (&r, one, &options, HC_THEME_LIGHT, 800, 600);
    g_assert_cmpuint (r.layout->marks->len, ==, 0);
    /* The title, the subtitle and the note; no legend of categories. */
    g_assert_cmpuint (r.layout->labels->len, ==, 3);
    probe_check_text (r.layout);
    description = hc_chart_layout_describe (r.layout, one);
    g_assert_cmpstr (description, ==, "Population pyramid, with nothing to draw");
    rendered_clear (&r);
  }
}

/* ---- bad input ------------------------------------------------------------------ */

static void
expect_error (const char *csv,
              const char *message)
{
  g_autoptr(HcTable) table = read_text (csv);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_selection_apply_pyramid (table, NULL, "test.csv", &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
}

static void
test_errors (void)
{
  expect_error ("area,year,age,sex,value\nX,2000,0-4,1,5\nX,2000,abc,2,5\n",
                "test.csv:3:3: “abc” is not an age band");
  expect_error ("area,year,age,sex,value\nX,2000,0-4,1,5\nX,2000,0-4,X,5\n",
                "test.csv:3:4: “X” is not a sex");
  expect_error ("area,year,age,sex,value\nX,2000,0-4,1,5\nX,2000,0-4,2,-5\n",
                "test.csv:3:5: a population cannot be negative");
  expect_error ("Location,Time,AgeGrp,PopMale,PopFemale,PopTotal\nX,2000,0-4,1,-2,-1\n",
                "test.csv:2:5: a population cannot be negative");
  expect_error ("area,year,age,sex,value\nX,2000,0-4,1,5\nX,2000,0-4,M,6\n",
                "test.csv:3:3: a second figure for ages 0-4, male (the first is on line 2)");
  expect_error ("area,year,age,sex,value\nX,2000,0-4,1,5\nX,2000,0-4,2,5\n"
                "X,2000,<1,1,1\nX,2000,1-4,1,4\n",
                "test.csv:4:3: the ages <1 overlap the ages 0-4 of line 2");
  expect_error ("area,year,age,sex,value\nX,2000,0-4,1,5\nX,2000,5-9,1,6\n",
                "there are no females");
  expect_error ("country,year,population\nAlbania,2000,3000000\n",
                "needs an age column (0-4, 5-9 … 85+) and a sex column");
  expect_error ("country,year,age,population\nAlbania,2000,0-4,3000000\n",
                "needs a sex column");
  expect_error ("country,year,sex,population\nAlbania,2000,M,3000000\n",
                "needs an age column");

  /* Through hc_selection_apply() (the window's way), line and column. */
  {
    g_autoptr(HcTable) table = read_text ("area,year,age,sex,value\nX,2000,abc,1,5\n");
    g_autoptr(GError) error = NULL;
    HcSelection selection = { .shape = HC_SELECTION_PYRAMID };
    g_autoptr(HcDataset) dataset = hc_selection_apply (table, &selection, &error);

    g_assert_null (dataset);
    g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE);
    g_assert_true (g_str_has_prefix (error->message, "line 2, column 3: “abc”"));
  }
}

/* ---- the command line ------------------------------------------------------------- */

static int
run (const char * const *args,
     char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("HEADCOUNT"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

static void
test_cli (void)
{
  g_autofree char *wpp = g_test_build_filename (G_TEST_DIST, "data", "pyramid", "wpp-like.csv",
                                                NULL);
  g_autofree char *census = g_test_build_filename (G_TEST_DIST, "data", "pyramid",
                                                   "census-long.csv", NULL);
  g_autofree char *plain = g_test_build_filename (G_TEST_DIST, "data", "real",
                                                  "wb-long-balkans.csv", NULL);
  g_autofree char *dir = g_dir_make_tmp ("headcount-pyramid-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "pyramid.png", NULL);
  g_autofree char *err = NULL;

  if (g_getenv ("HEADCOUNT") == NULL)
    {
      g_test_skip ("HEADCOUNT is not set");
      return;
    }

  {
    const char *args[] = { "--view", "pyramid", "--time", "2000", "--compare", "1950",
                           "--percent", "--export", png, wpp, NULL };
    g_autofree char *contents = NULL;
    gsize length = 0;

    g_assert_cmpint (run (args, &err), ==, 0);
    g_assert_cmpstr (err, ==, "");
    g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 8);
    g_assert_cmpint (memcmp (contents, "\x89PNG", 4), ==, 0);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--view", "pyramid", "--export", png, plain, NULL };

    g_assert_cmpint (run (args, &err), ==, 1);
    g_assert_nonnull (strstr (err, "wb-long-balkans.csv: a population pyramid needs an age "
                                   "column"));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--percent", "--export", png, census, NULL };

    g_assert_cmpint (run (args, &err), ==, 1);
    g_assert_nonnull (strstr (err, "--percent: only population pyramids take it"));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--view", "pyramid", "--compare", "then", "--export", png, census,
                           NULL };

    g_assert_cmpint (run (args, &err), ==, 1);
    g_assert_nonnull (strstr (err, "--compare: “then” is not a year"));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--view", "pyramid", "--compare", "1990", "--export", png, census,
                           NULL };

    g_assert_cmpint (run (args, &err), ==, 1);
    g_assert_nonnull (strstr (err, "--compare: the data has no ages and sexes in 1990"));
    g_clear_pointer (&err, g_free);
  }
  {
    g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
    const char *args[] = { "--view", "pyramid", "--export", png, bad, NULL };

    g_assert_true (g_file_set_contents (bad, "area,year,age,sex,value\nX,2000,0-4,1,5\n"
                                             "X,2000,0-4,X,5\n", -1, NULL));
    g_assert_cmpint (run (args, &err), ==, 1);
    g_assert_nonnull (strstr (err, "bad.csv:3:4: “X” is not a sex"));
    g_clear_pointer (&err, g_free);
    g_unlink (bad);
  }
  g_unlink (png);
  g_rmdir (dir);
}

/* The other views of a file with a measure per sex and their total show
 * the total by default, never one sex as if it were everyone. */
static void
test_default_measure_total (void)
{
  g_autoptr(HcTable) table = read_file ("wpp-like.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_selection_apply (table, NULL, &error);
  g_autoptr(HcTable) sexes = read_text ("area,year,age,Male,Female\n"
                                        "X,2000,0-4,10,12\nX,2000,5-9,9,8\n");
  g_autoptr(HcDataset) male_first = hc_selection_apply (sexes, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->measure, ==, "PopTotal");
  /* With no total, the first of them, as before. */
  g_assert_cmpstr (hc_dataset_get_figure (male_first, 0)->measure, ==, "Male");
}

/* The same census table in bars: the whole population first, then the
 * bands youngest first with their sexes together, the census's 1 and 2
 * written as the sexes they are. */
static void
test_bars_by_age (void)
{
  g_autoptr(HcTable) table = read_file ("census-long.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_selection_apply (table, NULL, &error);
  static const char * const first[] = {
    "Kosovo · Total · both sexes", "Kosovo · Total · males", "Kosovo · Total · females",
    "Kosovo · <1 year old · males", "Kosovo · <1 year old · females",
    "Kosovo · 1-4 years · males",
  };
  guint n;

  g_assert_no_error (error);
  g_assert_true (hc_dataset_is_ordered (dataset));
  n = hc_dataset_get_n_figures (dataset);
  g_assert_cmpuint (n, >, G_N_ELEMENTS (first));
  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    g_assert_cmpstr (hc_dataset_get_figure (dataset, i)->label, ==, first[i]);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, n - 1)->label, ==, "Kosovo · Unknown · males");
  for (guint i = 1; i + 1 < n; i++)
    {
      HcAgeBand a, b;

      if (hc_age_parse (hc_dataset_get_figure (dataset, i - 1)->age, &a) == HC_AGE_BAND &&
          hc_age_parse (hc_dataset_get_figure (dataset, i)->age, &b) == HC_AGE_BAND)
        g_assert_cmpint (hc_age_band_compare (&a, &b), <=, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pyramid/age-parse", test_age_parse);
  g_test_add_func ("/pyramid/default-measure-total", test_default_measure_total);
  g_test_add_func ("/pyramid/bars-by-age", test_bars_by_age);
  g_test_add_func ("/pyramid/age-order", test_age_order);
  g_test_add_func ("/pyramid/sex-parse", test_sex_parse);
  g_test_add_func ("/pyramid/select-census", test_select_census);
  g_test_add_func ("/pyramid/select-wpp", test_select_wpp);
  g_test_add_func ("/pyramid/select-deaths", test_select_deaths);
  g_test_add_func ("/pyramid/geometry", test_geometry);
  g_test_add_func ("/pyramid/fixed-axis", test_fixed_axis);
  g_test_add_func ("/pyramid/outline", test_outline);
  g_test_add_func ("/pyramid/percent", test_percent);
  g_test_add_func ("/pyramid/describe", test_describe);
  g_test_add_func ("/pyramid/sizes", test_sizes);
  g_test_add_func ("/pyramid/supports", test_supports);
  g_test_add_func ("/pyramid/errors", test_errors);
  g_test_add_func ("/pyramid/cli", test_cli);

  return g_test_run ();
}
