/* test-series.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Figures over time: selections of a range, the default lines of a file
 * with hundreds of countries, parts that add up (and those that do not),
 * and the line, area and slope views measured in their layout and
 * pixels: points at the x of their year and the y of their value, gaps
 * where data is missing, names that never overlap, keyboard focus along
 * and between lines, and the description. The files in tests/data/real/
 * are cuts of the World Bank's and Our World in Data's downloads.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart-probe.h"
#include "hc-chart.h"
#include "hc-loader.h"
#include "hc-selection.h"

static HcTable *
read_real (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real", name, NULL);
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

/* @n countries (ISO codes, so they are countries) and World, every year
 * from @from to @to: country i has (i + 1) × 1,000,000 + (year − from) ×
 * 1,000 people; World has the sum. */
static HcTable *
countries_table (guint n,
                 int   from,
                 int   to)
{
  static const char * const codes[] = {
    "ALB", "AUT", "BEL", "BGR", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
    "ISL", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "NOR", "POL", "PRT", "ROU", "SRB",
  };
  GString *csv = g_string_new ("Country Name,Country Code,Year,Value\n");
  HcTable *table;

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (codes));
  for (int year = from; year <= to; year++)
    {
      double world = 0;

      for (guint i = 0; i < n; i++)
        {
          double value = (i + 1) * 1e6 + (year - from) * 1e3;

          world += value;
          g_string_append_printf (csv, "Country %s,%s,%d,%.0f\n", codes[i], codes[i], year, value);
        }
      g_string_append_printf (csv, "World,WLD,%d,%.0f\n", year, world);
    }
  table = read_text (csv->str);
  g_string_free (csv, TRUE);
  return table;
}

static HcDataset *
cut (const HcTable      *table,
     HcSelectionShape    shape,
     const char * const *entities,
     const char         *measure,
     double              from,
     double              to)
{
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(GError) error = NULL;
  HcDataset *dataset;

  selection.shape = shape;
  selection.entities = g_strdupv ((char **) entities);
  selection.measure = g_strdup (measure);
  if (!isnan (from))
    {
      selection.has_range = TRUE;
      selection.from = from;
      selection.to = to;
    }
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  return dataset;
}

static void
render (Rendered        *r,
        const HcDataset *dataset,
        HcChartKind      kind,
        HcScaleMode      mode,
        gboolean         relative,
        HcTheme          theme,
        int              width,
        int              height)
{
  HcChartOptions options;

  hc_chart_options_init (&options);
  options.kind = kind;
  options.scale_mode = mode;
  options.relative = relative;
  rendered_render (r, dataset, &options, theme, width, height);
  g_assert_cmpint (r->layout->kind, ==, kind);
}

static const HcChartSeries *
find_series (const HcChartLayout *layout,
             const char          *label)
{
  for (guint s = 0; s < layout->series->len; s++)
    if (g_str_equal (g_array_index (layout->series, HcChartSeries, s).label, label))
      return &g_array_index (layout->series, HcChartSeries, s);

  g_error ("no series “%s”", label);
}

static const HcMark *
series_mark (const HcChartLayout *layout,
             const HcChartSeries *series,
             guint                point)
{
  g_assert_cmpuint (point, <, series->n_points);
  return &g_array_index (layout->marks, HcMark, series->first_mark + point);
}

/* The mark of @series at @time, or NULL. */
static const HcMark *
mark_at_time (const HcChartLayout *layout,
              const HcChartSeries *series,
              double               time)
{
  for (guint i = 0; i < series->n_points; i++)
    if (series_mark (layout, series, i)->time == time)
      return series_mark (layout, series, i);

  return NULL;
}

static double
color_distance (guint32 a,
                guint32 b)
{
  int dr = (int) ((a >> 16) & 0xff) - (int) ((b >> 16) & 0xff);
  int dg = (int) ((a >> 8) & 0xff) - (int) ((b >> 8) & 0xff);
  int db = (int) (a & 0xff) - (int) (b & 0xff);

  return sqrt (dr * dr + dg * dg + db * db);
}

/* ---- selections -------------------------------------------------------------- */

static void
test_selection_range (void)
{
  g_autoptr(HcTable) table = read_real ("wb-long-balkans-series.csv");
  g_autoptr(HcDataset) all = cut (table, HC_SELECTION_SERIES, NULL, NULL, NAN, NAN);
  g_autoptr(HcDataset) range = cut (table, HC_SELECTION_SERIES, NULL, NULL, 1990, 2000);
  g_autoptr(HcDataset) bars = cut (table, HC_SELECTION_ONE_TIME, NULL, NULL, 1990, 2000);

  /* Four entities are few: every one, World included, every year. */
  g_assert_cmpuint (hc_dataset_get_n_figures (all), ==, 4 * 65);
  g_assert_cmpstr (hc_dataset_get_subtitle (all), ==, "1960–2024");
  g_assert_cmpuint (hc_dataset_get_n_figures (range), ==, 4 * 11);
  g_assert_cmpstr (hc_dataset_get_subtitle (range), ==, "1990–2000");
  for (guint i = 0; i < hc_dataset_get_n_figures (range); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (range, i);

      g_assert_true (figure->has_time);
      g_assert_cmpfloat (figure->time, >=, 1990);
      g_assert_cmpfloat (figure->time, <=, 2000);
    }

  /* A view of one time shows the range's last year, and says which. */
  g_assert_cmpstr (hc_dataset_get_subtitle (bars), ==, "2000 · 3 countries; regions and groups "
                                                        "not shown");
  for (guint i = 0; i < hc_dataset_get_n_figures (bars); i++)
    g_assert_cmpfloat (hc_dataset_get_figure (bars, i)->time, ==, 2000);
}

static void
test_selection_errors (void)
{
  g_autoptr(HcTable) table = read_real ("wb-long-balkans-series.csv");
  g_autoptr(HcTable) no_time = read_real ("gapminder-4.csv");
  static const struct
  {
    double from, to;
    const char *message;
  } ranges[] = {
    { 1800, 1900, "there is no data for 1800: the data runs from 1960 to 2024" },
    { 1990, 2030, "there is no data for 2030: the data runs from 1960 to 2024" },
    { 2000, 1990, "the range 2000..1990 ends before it starts" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      g_auto(HcSelection) selection = { 0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(HcDataset) dataset = NULL;

      selection.shape = HC_SELECTION_SERIES;
      selection.has_range = TRUE;
      selection.from = ranges[i].from;
      selection.to = ranges[i].to;
      dataset = hc_selection_apply (table, &selection, &error);
      g_assert_null (dataset);
      g_assert_cmpstr (error->message, ==, ranges[i].message);
    }

  for (HcSelectionShape shape = HC_SELECTION_SERIES; shape <= HC_SELECTION_PARTS; shape++)
    {
      g_auto(HcSelection) selection = { 0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(HcDataset) dataset = NULL;

      selection.shape = shape;
      dataset = hc_selection_apply (no_time, &selection, &error);
      g_assert_null (dataset);
      g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING);
      g_assert_nonnull (strstr (error->message, "cannot be drawn over time"));
    }
}

/* Of a file with hundreds of countries, a line chart shows the largest
 * few by their last value, and World, and says so. */
static void
test_selection_default_lines (void)
{
  g_autoptr(HcTable) table = countries_table (20, 2000, 2010);
  g_autoptr(HcDataset) lines = cut (table, HC_SELECTION_SERIES, NULL, NULL, NAN, NAN);
  g_autoptr(HcDataset) early = cut (table, HC_SELECTION_SERIES, NULL, NULL, 2000, 2004);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  static const char * const expected[] = {
    "World", "Country MLT", "Country LUX", "Country LTU", "Country LVA", "Country ITA",
  };

  for (guint i = 0; i < hc_dataset_get_n_figures (lines); i++)
    g_hash_table_add (labels, hc_dataset_get_figure (lines, i)->label);
  g_assert_cmpuint (g_hash_table_size (labels), ==, HC_SELECTION_DEFAULT_SERIES + 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_hash_table_contains (labels, expected[i]));
  g_assert_cmpuint (hc_dataset_get_n_figures (lines), ==, 6 * 11);
  g_assert_cmpstr (hc_dataset_get_subtitle (lines), ==,
                   "2000–2010 · World and the 5 largest of 20 countries in 2010");
  g_assert_cmpstr (hc_dataset_get_subtitle (early), ==,
                   "2000–2004 · World and the 5 largest of 20 countries in 2004");

  /* Eight are still few: all of them. */
  {
    g_autoptr(HcTable) few = countries_table (7, 2000, 2001);
    g_autoptr(HcDataset) all = cut (few, HC_SELECTION_SERIES, NULL, NULL, NAN, NAN);

    g_assert_cmpuint (hc_dataset_get_n_figures (all), ==, 8 * 2);
  }
}

/* OWID's deaths by conflict type are parts of "all types": they stack,
 * the total and the rates do not. */
static void
test_selection_parts (void)
{
  g_autoptr(HcTable) table = read_real ("owid-conflict-series.csv");
  g_autoptr(HcDataset) parts = cut (table, HC_SELECTION_PARTS, NULL, NULL, NAN, NAN);
  g_autoptr(HcDataset) africa = cut (table, HC_SELECTION_PARTS,
                                     (const char *[]) { "Africa", NULL }, NULL, 1990, 1999);
  g_autoptr(HcDataset) regions = cut (table, HC_SELECTION_PARTS, NULL,
                                      "Deaths in civil conflicts", NAN, NAN);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < hc_dataset_get_n_figures (parts); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (parts, i);

      g_assert_cmpstr (figure->entity, ==, "World");
      g_assert_true (g_str_has_prefix (figure->measure, "Deaths in "));
      g_hash_table_add (labels, figure->label);
    }
  /* Named without the words the total has too: the subtitle says them. */
  g_assert_cmpuint (g_hash_table_size (labels), ==, 4);
  g_assert_true (g_hash_table_contains (labels, "Civil conflicts"));
  g_assert_true (g_hash_table_contains (labels, "Colonial or imperial conflicts"));
  g_assert_true (g_hash_table_contains (labels, "Civil conflicts with foreign state intervention"));
  g_assert_true (g_hash_table_contains (labels, "Conflicts between states"));
  g_assert_cmpuint (hc_dataset_get_n_figures (parts), ==, 4 * 75);
  g_assert_cmpstr (hc_dataset_get_subtitle (parts), ==,
                   "World · 1946–2020 · the parts of “Deaths in all state-based conflict types”");
  g_assert_cmpuint (hc_dataset_get_n_figures (africa), ==, 4 * 10);
  g_assert_cmpstr (hc_dataset_get_figure (africa, 0)->entity, ==, "Africa");

  /* One measure of the regions: World is left out, it holds the others. */
  g_assert_cmpuint (hc_dataset_get_n_figures (regions), ==, 2 * 75);
  for (guint i = 0; i < hc_dataset_get_n_figures (regions); i++)
    g_assert_cmpstr (hc_dataset_get_figure (regions, i)->entity, !=, "World");
  g_assert_cmpstr (hc_dataset_get_subtitle (regions), ==,
                   "Deaths in civil conflicts · 1946–2020 · World not shown: it contains the "
                   "others");
}

static void
test_selection_parts_refused (void)
{
  g_autoptr(HcTable) owid = read_real ("owid-conflict-series.csv");
  g_autoptr(HcTable) wb = read_real ("wb-long-balkans-series.csv");
  g_autoptr(HcTable) wrong = read_text ("Entity,Year,Deaths in floods,Deaths in storms,"
                                        "Deaths in all disasters\n"
                                        "World,2000,10,20,30\n"
                                        "World,2001,10,20,45\n");
  static const struct
  {
    int         table;
    const char *entities[3];
    const char *measure;
    const char *message;
  } cases[] = {
    { 0, { "World", "Africa", NULL }, "Deaths in civil conflicts",
      "“World” contains the other entities: stacked on them it would count people twice; "
      "leave it out of --entities" },
    { 0, { NULL }, "Deaths in civil conflicts per 100,000",
      "“Deaths in civil conflicts per 100,000” is a rate or a share: rates do not add up, so "
      "they cannot be stacked; choose a count with --measure" },
    { 1, { "World", "Albania", NULL }, NULL,
      "“World” contains the other entities: stacked on them it would count people twice; "
      "leave it out of --entities" },
    { 2, { NULL }, NULL,
      "the measures do not add up to “Deaths in all disasters” (World 2001: 30 against 45), so "
      "they cannot be stacked; choose one with --measure to stack entities" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const HcTable *tables[] = { owid, wb, wrong };
      g_auto(HcSelection) selection = { 0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(HcDataset) dataset = NULL;

      selection.shape = HC_SELECTION_PARTS;
      if (cases[i].entities[0] != NULL)
        selection.entities = g_strdupv ((char **) cases[i].entities);
      selection.measure = g_strdup (cases[i].measure);
      dataset = hc_selection_apply (tables[cases[i].table], &selection, &error);
      g_assert_null (dataset);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* ---- lines ------------------------------------------------------------------- */

/* Every point at the x of its year and the y of its value, on the scales
 * the layout reports, and those scales spanning the plot: the first year
 * at its left, the last at its right, zero at its bottom. */
static void
test_line_geometry (void)
{
  g_autoptr(HcTable) table = read_real ("wb-long-balkans-series.csv");
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_SERIES,
                                      (const char *[]) { "ALB", "XKX", "SRB", NULL }, NULL,
                                      NAN, NAN);
  Rendered r = { 0 };
  const HcChartLayout *layout;
  const HcChartSeries *albania;
  const HcMark *peak;
  guint n_points = 0;
  double first_x, last_x;

  render (&r, dataset, HC_CHART_LINE, HC_SCALE_MODE_AUTO, FALSE, HC_THEME_LIGHT, 1600, 1000);
  layout = r.layout;
  g_assert_true (layout->has_time_axis);
  g_assert_cmpint (layout->scale_kind, ==, HC_SCALE_LINEAR);
  g_assert_cmpuint (layout->series->len, ==, 3);
  g_assert_cmpuint (layout->times->len, ==, 65);

  /* Ten pixels at most between the plot's edges and the ends of the
   * time axis (the dots' room), and zero on the plot's bottom. */
  g_assert_cmpfloat (fabs (hc_scale_map (&layout->time_scale, 1960) - layout->plot.x), <, 10);
  g_assert_cmpfloat (fabs (hc_scale_map (&layout->time_scale, 2024) -
                           (layout->plot.x + layout->plot.width)), <, 10);
  g_assert_cmpfloat (fabs (hc_scale_map (&layout->value_scale, 0) -
                           (layout->plot.y + layout->plot.height)), <, 0.01);
  first_x = hc_scale_map (&layout->time_scale, 1960);
  last_x = hc_scale_map (&layout->time_scale, 2024);

  for (guint s = 0; s < layout->series->len; s++)
    {
      const HcChartSeries *series = &g_array_index (layout->series, HcChartSeries, s);

      for (guint i = 0; i < series->n_points; i++)
        {
          const HcMark *mark = series_mark (layout, series, i);
          const HcFigure *figure = hc_dataset_get_figure (dataset, mark->figure);
          double x = first_x + (figure->time - 1960) / 64.0 * (last_x - first_x);
          double y = layout->plot.y + layout->plot.height -
                     figure->value / layout->value_scale.domain_max * layout->plot.height;

          g_assert_cmpint (mark->series, ==, (int) s);
          g_assert_cmpint (mark->point, ==, (int) i);
          g_assert_cmpstr (figure->label, ==, series->label);
          g_assert_cmpfloat (fabs (mark->cx - x), <, 0.01);
          g_assert_cmpfloat (fabs (mark->cy - y), <, 0.01);
          g_assert_cmpfloat (mark->time, ==, figure->time);
          n_points++;
        }
    }
  g_assert_cmpuint (n_points, ==, hc_dataset_get_n_figures (dataset));
  g_assert_cmpuint (layout->marks->len, ==, n_points);

  /* The line is there in the pixels: Albania's colour at its 1990 peak. */
  albania = find_series (layout, "Albania");
  peak = mark_at_time (layout, albania, 1990);
  g_assert_nonnull (peak);
  g_assert_cmpfloat (color_distance (probe_pixel (r.surface, peak->cx, peak->cy),
                                     probe_rgb (&hc_chart_style_get (HC_THEME_LIGHT)->palette[
                                                  albania->color_index])), <, 40);
  probe_check_text (layout);
  rendered_clear (&r);
}

/* A year missing is a gap, never a zero; a point alone is a dot. */
static void
test_line_gaps (void)
{
  g_autoptr(HcTable) table = read_text ("Entity,Year,Deaths\n"
                                        "North,2000,100\nNorth,2001,200\nNorth,2002,\n"
                                        "North,2003,400\nNorth,2004,500\n"
                                        "South,2000,300\nSouth,2001,300\nSouth,2002,300\n"
                                        "South,2003,300\nSouth,2004,300\n"
                                        "East,2002,250\n");
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_SERIES, NULL, NULL, NAN, NAN);
  const HcChartStyle *style = hc_chart_style_get (HC_THEME_LIGHT);
  Rendered r = { 0 };
  const HcChartSeries *north, *east;
  const HcMark *before, *after, *dot;
  double mx, my;
  guint32 color;

  render (&r, dataset, HC_CHART_LINE, HC_SCALE_MODE_AUTO, FALSE, HC_THEME_LIGHT, 1200, 800);
  north = find_series (r.layout, "North");
  east = find_series (r.layout, "East");
  g_assert_cmpuint (north->n_points, ==, 4);
  g_assert_null (mark_at_time (r.layout, north, 2002));
  before = mark_at_time (r.layout, north, 2001);
  after = mark_at_time (r.layout, north, 2003);

  /* Halfway between 2001 and 2003, where a line through a zero or a
   * joined line would pass, there is none of North's colour. */
  color = probe_rgb (&style->palette[north->color_index]);
  mx = (before->cx + after->cx) / 2;
  my = (before->cy + after->cy) / 2;
  g_assert_cmpfloat (color_distance (probe_pixel (r.surface, mx, my), color), >, 100);
  g_assert_cmpfloat (color_distance (probe_pixel (r.surface, mx,
                                                  hc_scale_map (&r.layout->value_scale, 0) - 2),
                                     color), >, 100);
  /* Between 2000 and 2001 the line is drawn. */
  {
    const HcMark *first = mark_at_time (r.layout, north, 2000);

    g_assert_cmpfloat (color_distance (probe_pixel (r.surface, (first->cx + before->cx) / 2,
                                                    (first->cy + before->cy) / 2), color), <, 60);
  }

  /* East has one point: a dot of its colour, wider than a line. */
  g_assert_cmpuint (east->n_points, ==, 1);
  dot = series_mark (r.layout, east, 0);
  color = probe_rgb (&style->palette[east->color_index]);
  g_assert_cmpfloat (color_distance (probe_pixel (r.surface, dot->cx, dot->cy), color), <, 30);
  g_assert_cmpfloat (color_distance (probe_pixel (r.surface, dot->cx + 2, dot->cy + 2), color),
                     <, 60);
  probe_check_text (r.layout);
  rendered_clear (&r);
}

/* On a log axis asked for, values of zero are gaps, and the chart says
 * how many; the automatic choice keeps such data linear. */
static void
test_line_log_zeros (void)
{
  g_autoptr(HcTable) table = read_text ("Entity,Year,Deaths\n"
                                        "A,2000,10\nA,2001,0\nA,2002,100000\n"
                                        "B,2000,50\nB,2001,5000\nB,2002,200\n");
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_SERIES, NULL, NULL, NAN, NAN);
  HcChartOptions options;
  g_autofree char *script = NULL;
  Rendered r = { 0 };

  render (&r, dataset, HC_CHART_LINE, HC_SCALE_MODE_AUTO, FALSE, HC_THEME_LIGHT, 800, 500);
  g_assert_cmpint (r.layout->scale_kind, ==, HC_SCALE_LINEAR);
  g_assert_cmpuint (r.layout->n_gaps, ==, 0);
  rendered_clear (&r);

  render (&r, dataset, HC_CHART_LINE, HC_SCALE_MODE_LOG, FALSE, HC_THEME_LIGHT, 800, 500);
  g_assert_cmpint (r.layout->scale_kind, ==, HC_SCALE_LOG);
  g_assert_cmpuint (r.layout->n_gaps, ==, 1);
  g_assert_cmpuint (find_series (r.layout, "A")->n_points, ==, 2);
  g_assert_null (mark_at_time (r.layout, find_series (r.layout, "A"), 2001));
  rendered_clear (&r);

  hc_chart_options_init (&options);
  options.kind = HC_CHART_LINE;
  options.scale_mode = HC_SCALE_MODE_LOG;
  script = probe_script (dataset, &options, 800, 500);
  g_assert_true (probe_script_has (script, "1 value of zero or below is left out: a log scale "
                                           "has no place for it"));
  g_assert_true (probe_script_has (script, "Log scale: each solid gridline is 10 times the one "
                                           "before"));
}

static gboolean
rects_overlap (const cairo_rectangle_t *a,
               const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width - 0.5 && b->x < a->x + a->width - 0.5 &&
         a->y < b->y + b->height - 0.5 && b->y < a->y + a->height - 0.5;
}

/* Lines that end close together: their names spread apart, none over
 * another; on a canvas too small for all, the focused line's and the
 * highest and lowest stay. */
static void
test_line_end_labels (void)
{
  g_autoptr(HcTable) table = countries_table (26, 2000, 2010);
  g_auto(GStrv) entities = hc_selection_list_entities (table);
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_SERIES, (const char * const *) entities,
                                      NULL, NAN, NAN);
  static const int sizes[][2] = { { 480, 320 }, { 1600, 1000 }, { 3840, 2160 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      HcChartOptions options;
      Rendered r = { 0 };
      const HcChartSeries *focused;
      guint n_labelled = 0;
      int focus_figure = -1;

      hc_chart_options_init (&options);
      options.kind = HC_CHART_LINE;
      /* A line in the middle of the pack has the focus. */
      for (guint i = 0; i < hc_dataset_get_n_figures (dataset) && focus_figure < 0; i++)
        if (g_str_equal (hc_dataset_get_figure (dataset, i)->label, "Country HUN"))
          focus_figure = (int) i;
      options.focused = focus_figure;
      rendered_render (&r, dataset, &options, HC_THEME_LIGHT, sizes[s][0], sizes[s][1]);
      g_assert_cmpuint (r.layout->series->len, ==, 27);

      for (guint a = 0; a < r.layout->series->len; a++)
        {
          const HcChartSeries *sa = &g_array_index (r.layout->series, HcChartSeries, a);

          if (!sa->labelled)
            continue;
          n_labelled++;
          /* Right of the plot, and inside the canvas. */
          g_assert_cmpfloat (sa->label_rect.x, >, r.layout->plot.x + r.layout->plot.width);
          g_assert_cmpfloat (sa->label_rect.x + sa->label_rect.width, <=, sizes[s][0] + 0.5);
          for (guint b = a + 1; b < r.layout->series->len; b++)
            {
              const HcChartSeries *sb = &g_array_index (r.layout->series, HcChartSeries, b);

              if (sb->labelled && rects_overlap (&sa->label_rect, &sb->label_rect))
                g_error ("the names of %s and %s overlap at %d×%d", sa->label, sb->label,
                         sizes[s][0], sizes[s][1]);
            }
        }
      /* Names drawn top to bottom in the order the lines end. */
      for (guint a = 0, last = 0; a < r.layout->series->len; a++)
        {
          const HcChartSeries *sa = &g_array_index (r.layout->series, HcChartSeries, a);

          if (!sa->labelled)
            continue;
          if (a > last)
            g_assert_cmpfloat (sa->label_rect.y, >=,
                               g_array_index (r.layout->series, HcChartSeries, last).label_rect.y);
          last = a;
        }

      focused = find_series (r.layout, "Country HUN");
      g_assert_true (focused->labelled);
      g_assert_true (g_array_index (r.layout->series, HcChartSeries, 0).labelled);
      g_assert_true (g_array_index (r.layout->series, HcChartSeries,
                                    r.layout->series->len - 1).labelled);
      /* Dropped only when they cannot fit: as many as the plot's
       * height holds. */
      {
        double height = focused->label_rect.height;
        guint room = (guint) floor (r.layout->plot.height / height);

        g_assert_cmpuint (n_labelled, >=, MIN (room, 27));
        if (sizes[s][1] == 320)
          g_assert_cmpuint (n_labelled, <, 27);
      }
      probe_check_text (r.layout);
      rendered_clear (&r);
    }
}

/* What the window needs for the keyboard and the hover guide. */
static void
test_line_navigation (void)
{
  g_autoptr(HcTable) table = read_real ("wb-long-balkans-series.csv");
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_SERIES,
                                      (const char *[]) { "ALB", "XKX", "SRB", NULL }, NULL,
                                      NAN, NAN);
  Rendered r = { 0 };
  const HcChartLayout *layout;
  const HcChartSeries *top, *middle, *bottom;
  const HcMark *start;
  g_autoptr(GArray) points = NULL;
  double time;
  int figure;

  render (&r, dataset, HC_CHART_LINE, HC_SCALE_MODE_AUTO, FALSE, HC_THEME_LIGHT, 1600, 1000);
  layout = r.layout;
  /* Series in the order their lines end, top to bottom: Serbia (6.6
   * million), Albania (2.4 million), Kosovo (1.5 million). */
  top = &g_array_index (layout->series, HcChartSeries, 0);
  middle = &g_array_index (layout->series, HcChartSeries, 1);
  bottom = &g_array_index (layout->series, HcChartSeries, 2);
  g_assert_cmpstr (top->label, ==, "Serbia");
  g_assert_cmpstr (middle->label, ==, "Albania");
  g_assert_cmpstr (bottom->label, ==, "Kosovo");

  /* Nothing focused: the first point of the top line. */
  figure = hc_chart_layout_navigate (layout, -1, HC_DIRECTION_RIGHT);
  g_assert_cmpint (figure, ==, series_mark (layout, top, 0)->figure);

  /* Right and left along Albania's line, year by year; stopping at the ends. */
  start = mark_at_time (layout, middle, 1990);
  figure = hc_chart_layout_navigate (layout, start->figure, HC_DIRECTION_RIGHT);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, figure)->time, ==, 1991);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, figure)->label, ==, "Albania");
  figure = hc_chart_layout_navigate (layout, start->figure, HC_DIRECTION_LEFT);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, figure)->time, ==, 1989);
  figure = hc_chart_layout_navigate (layout, start->figure, HC_DIRECTION_HOME);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, figure)->time, ==, 1960);
  figure = hc_chart_layout_navigate (layout, figure, HC_DIRECTION_LEFT);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, figure)->time, ==, 1960);
  figure = hc_chart_layout_navigate (layout, start->figure, HC_DIRECTION_END);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, figure)->time, ==, 2024);

  /* Up and down between lines at the same year, as they lie on screen
   * in 1990: Serbia above Albania above Kosovo. */
  figure = hc_chart_layout_navigate (layout, start->figure, HC_DIRECTION_UP);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, figure)->label, ==, "Serbia");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, figure)->time, ==, 1990);
  figure = hc_chart_layout_navigate (layout, figure, HC_DIRECTION_UP);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, figure)->label, ==, "Serbia");
  figure = hc_chart_layout_navigate (layout, start->figure, HC_DIRECTION_DOWN);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, figure)->label, ==, "Kosovo");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, figure)->time, ==, 1990);

  /* The hover guide: the nearest year to a pointer, and every line's
   * point at it. */
  g_assert_true (hc_chart_layout_time_at (layout, start->cx + 3, &time));
  g_assert_cmpfloat (time, ==, 1990);
  g_assert_false (hc_chart_layout_time_at (layout, 1, &time));
  points = hc_chart_layout_points_at (layout, 1990);
  g_assert_cmpuint (points->len, ==, 3);
  for (guint i = 0; i < points->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, g_array_index (points, guint, i));

      g_assert_cmpfloat (mark->time, ==, 1990);
      g_assert_cmpint (mark->series, ==, (int) i);
    }
  g_assert_true (hc_chart_layout_nearest_point (layout, start->cx + 2, start->cy - 2, 10) == start);
  g_assert_cmpint (hc_chart_layout_hit_test (layout, start->cx, start->cy), ==, start->figure);
  {
    g_autofree char *text = hc_chart_layout_describe_time (layout, dataset, 1990);

    g_assert_cmpstr (text, ==, "1990: Serbia, 7,897,937; Albania, 3,286,542; Kosovo, 1,973,790");
  }
  rendered_clear (&r);
}

static void
test_line_guide (void)
{
  g_autoptr(HcTable) table = read_real ("wb-long-balkans-series.csv");
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_SERIES,
                                      (const char *[]) { "ALB", "XKX", "SRB", NULL }, NULL,
                                      NAN, NAN);
  HcChartOptions options;
  g_autofree char *script = NULL;
  Rendered r = { 0 };

  hc_chart_options_init (&options);
  options.kind = HC_CHART_LINE;
  options.has_guide = TRUE;
  options.guide_time = 1990.3;
  script = probe_script (dataset, &options, 1600, 1000);
  /* The year, and each line's value there. */
  g_assert_true (probe_script_has (script, "1990)"));
  g_assert_true (probe_script_has (script, "7.9M)"));
  g_assert_true (probe_script_has (script, "3.29M)"));
  g_assert_true (probe_script_has (script, "1.97M)"));
  rendered_render (&r, dataset, &options, HC_THEME_DARK, 1600, 1000);
  probe_check_text (r.layout);
  rendered_clear (&r);
}

/* As the change since the first year: every line starts at zero. */
static void
test_line_relative (void)
{
  g_autoptr(HcTable) table = read_real ("wb-long-balkans-series.csv");
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_SERIES,
                                      (const char *[]) { "ALB", "SRB", NULL }, NULL, 1960, 2024);
  Rendered r = { 0 };
  const HcChartSeries *albania;
  HcChartOptions options;
  g_autofree char *script = NULL;
  g_autofree char *description = NULL;

  render (&r, dataset, HC_CHART_LINE, HC_SCALE_MODE_AUTO, TRUE, HC_THEME_LIGHT, 1600, 1000);
  g_assert_true (r.layout->relative);
  albania = find_series (r.layout, "Albania");
  g_assert_cmpfloat (series_mark (r.layout, albania, 0)->value, ==, 0);
  g_assert_cmpfloat (fabs (series_mark (r.layout, albania, 0)->cy -
                           hc_scale_map (&r.layout->value_scale, 0)), <, 0.01);
  /* Serbia ends 0.8 % below where it started: the axis goes below
   * zero, to −1 %, not a whole step of 20 % further. */
  g_assert_cmpfloat (r.layout->value_scale.domain_min, <, 0);
  g_assert_cmpfloat (fabs (r.layout->value_scale.domain_min + 0.01), <, 1e-12);
  /* 1990: 3,286,542 against 1,608,800 in 1960. */
  g_assert_cmpfloat (fabs (mark_at_time (r.layout, albania, 1990)->value -
                           (3286542.0 / 1608800.0 - 1)), <, 1e-12);
  rendered_clear (&r);

  hc_chart_options_init (&options);
  options.kind = HC_CHART_LINE;
  options.relative = TRUE;
  script = probe_script (dataset, &options, 1600, 1000);
  g_assert_true (probe_script_has (script, "+100"));

  g_assert_true (probe_script_has (script, "Each line shows its change since its first value, in "
                                           "percent)"));
  description = hc_chart_describe (dataset, &options);
  g_assert_cmpstr (description, ==,
                   "Line chart, as the change since the first value, 2 countries, 1960–2024. "
                   "Albania rose from 1.6 million to 2.4 million (+48\u202f%), peaking at 3.3 "
                   "million in 1990. Serbia stayed at about 6.6 million (−0.8\u202f%), peaking at "
                   "7.9 million in 1990.");
}

static void
test_line_describe (void)
{
  g_autoptr(HcTable) table = read_real ("wb-long-balkans-series.csv");
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_SERIES,
                                      (const char *[]) { "ALB", "XKX", "SRB", NULL }, NULL,
                                      1960, 2016);
  g_autoptr(HcDataset) one = cut (table, HC_SELECTION_SERIES,
                                  (const char *[]) { "ALB", NULL }, NULL, 2007, 2007);
  HcChartOptions options;
  g_autofree char *text = NULL;
  g_autofree char *single = NULL;

  hc_chart_options_init (&options);
  options.kind = HC_CHART_LINE;
  text = hc_chart_describe (dataset, &options);
  g_assert_cmpstr (text, ==,
                   "Line chart, 3 countries, 1960–2016. "
                   "Serbia rose from 6.6 million to 7.1 million, peaking at 7.9 million in 1990. "
                   "Albania rose from 1.6 million to 2.7 million, peaking at 3.3 million in 1990. "
                   "Kosovo rose from 984,846 to 1.8 million, peaking at 2.2 million in 1997.");
  single = hc_chart_describe (one, &options);
  g_assert_cmpstr (single, ==, "Line chart, 1 country, 2007. Albania: 3 million in 2007.");
}

/* ---- areas ------------------------------------------------------------------- */

static void
test_area_stacks (void)
{
  g_autoptr(HcTable) table = read_real ("owid-conflict-series.csv");
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_PARTS, NULL, NULL, NAN, NAN);
  Rendered r = { 0 };
  const HcChartLayout *layout;
  g_autofree char *description = NULL;
  HcChartOptions options;

  render (&r, dataset, HC_CHART_AREA, HC_SCALE_MODE_AUTO, FALSE, HC_THEME_LIGHT, 1600, 1000);
  layout = r.layout;
  g_assert_cmpuint (layout->series->len, ==, 4);
  g_assert_cmpuint (layout->n_folded, ==, 0);
  g_assert_cmpuint (layout->n_gaps, ==, 0);

  /* At every year the bands sit on one another from the zero line, and
   * the top of the last is the total OWID gives ("all types"): 1950,
   * 555,140 deaths ... checked against the figures themselves. */
  for (guint t = 0; t < layout->times->len; t++)
    {
      double time = g_array_index (layout->times, double, t);
      double bottom = hc_scale_map (&layout->value_scale, 0), total = 0;

      for (guint s = 0; s < layout->series->len; s++)
        {
          const HcChartSeries *series = &g_array_index (layout->series, HcChartSeries, s);
          const HcMark *mark = mark_at_time (layout, series, time);

          g_assert_nonnull (mark);
          g_assert_cmpfloat (fabs (mark->y + mark->height - bottom), <, 0.01);
          total += hc_dataset_get_figure (dataset, mark->figure)->value;
          g_assert_cmpfloat (fabs (mark->y - hc_scale_map (&layout->value_scale, total)), <, 0.01);
          bottom = mark->y;
        }
    }
  probe_check_text (layout);
  rendered_clear (&r);

  /* As shares, every year reaches the top of the plot. */
  render (&r, dataset, HC_CHART_AREA, HC_SCALE_MODE_AUTO, TRUE, HC_THEME_DARK, 1600, 1000);
  for (guint t = 0; t < r.layout->times->len; t++)
    {
      const HcChartSeries *last = &g_array_index (r.layout->series, HcChartSeries,
                                                  r.layout->series->len - 1);
      const HcMark *mark = mark_at_time (r.layout, last, g_array_index (r.layout->times, double,
                                                                        t));

      g_assert_cmpfloat (fabs (mark->y - r.layout->plot.y), <, 0.01);
    }
  probe_check_text (r.layout);
  rendered_clear (&r);

  hc_chart_options_init (&options);
  options.kind = HC_CHART_AREA;
  description = hc_chart_describe (dataset, &options);
  g_assert_true (g_str_has_prefix (description, "Stacked area chart, 4 parts, 1946–2020. The total "
                                                "fell from "));
  g_assert_nonnull (strstr (description, "In 2020 the largest part was Civil conflicts with "
                                         "foreign state intervention, "));
}

/* Many countries: the largest named, the rest in one band, and a year at
 * which a named part is missing left as a gap. */
static void
test_area_others_and_gaps (void)
{
  g_autoptr(HcTable) table = countries_table (20, 2000, 2010);
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_PARTS, NULL, NULL, NAN, NAN);
  g_autoptr(HcTable) holes = read_text ("Entity,Year,Deaths\n"
                                        "A,2000,10\nA,2001,20\nA,2002,30\n"
                                        "B,2000,5\nB,2002,5\n");
  g_autoptr(HcDataset) with_gap = cut (holes, HC_SELECTION_PARTS, NULL, NULL, NAN, NAN);
  Rendered r = { 0 };
  const HcChartSeries *others;
  guint n_others = 0;

  render (&r, dataset, HC_CHART_AREA, HC_SCALE_MODE_AUTO, FALSE, HC_THEME_LIGHT, 1600, 1000);
  g_assert_cmpuint (r.layout->series->len, ==, 8);
  g_assert_cmpuint (r.layout->n_shown, ==, 7);
  g_assert_cmpuint (r.layout->n_folded, ==, 13);
  others = &g_array_index (r.layout->series, HcChartSeries, 7);
  g_assert_cmpstr (others->label, ==, "13 others");
  for (guint i = 0; i < others->n_points; i++)
    {
      const HcMark *mark = series_mark (r.layout, others, i);

      g_assert_cmpint (mark->figure, ==, -1);
      g_assert_cmpuint (mark->n_figures, ==, 13);
      g_assert_nonnull (mark->summary);
      n_others++;
    }
  g_assert_cmpuint (n_others, ==, 11);
  /* No World among the parts. */
  for (guint s = 0; s < r.layout->series->len; s++)
    g_assert_cmpstr (g_array_index (r.layout->series, HcChartSeries, s).label, !=, "World");
  probe_check_text (r.layout);
  rendered_clear (&r);

  render (&r, with_gap, HC_CHART_AREA, HC_SCALE_MODE_AUTO, FALSE, HC_THEME_LIGHT, 800, 500);
  g_assert_cmpuint (r.layout->n_gaps, ==, 1);
  for (guint s = 0; s < r.layout->series->len; s++)
    g_assert_null (mark_at_time (r.layout, &g_array_index (r.layout->series, HcChartSeries, s),
                                 2001));
  rendered_clear (&r);
}

/* ---- slopes ------------------------------------------------------------------ */

static void
test_slope (void)
{
  g_autoptr(HcTable) table = read_real ("wb-long-balkans-series.csv");
  g_autoptr(HcDataset) dataset = cut (table, HC_SELECTION_SERIES,
                                      (const char *[]) { "ALB", "XKX", "SRB", NULL }, NULL,
                                      1990, 2020);
  Rendered r = { 0 };
  HcChartOptions options;
  g_autofree char *description = NULL;
  g_autofree char *script = NULL;

  render (&r, dataset, HC_CHART_SLOPE, HC_SCALE_MODE_AUTO, FALSE, HC_THEME_LIGHT, 1200, 800);
  g_assert_cmpuint (r.layout->series->len, ==, 3);
  for (guint s = 0; s < r.layout->series->len; s++)
    {
      const HcChartSeries *series = &g_array_index (r.layout->series, HcChartSeries, s);
      const HcMark *left = series_mark (r.layout, series, 0);
      const HcMark *right = series_mark (r.layout, series, 1);

      g_assert_cmpuint (series->n_points, ==, 2);
      g_assert_cmpfloat (left->time, ==, 1990);
      g_assert_cmpfloat (right->time, ==, 2020);
      g_assert_cmpfloat (fabs (left->cx - r.layout->plot.x), <, 0.01);
      g_assert_cmpfloat (fabs (right->cx - (r.layout->plot.x + r.layout->plot.width)), <, 0.01);
      for (guint e = 0; e < 2; e++)
        {
          const HcMark *mark = e ? right : left;
          double value = hc_dataset_get_figure (dataset, mark->figure)->value;

          g_assert_cmpfloat (fabs (mark->cy - hc_scale_map (&r.layout->value_scale, value)), <,
                             0.01);
        }
      g_assert_true (series->labelled);
    }
  probe_check_text (r.layout);
  rendered_clear (&r);

  hc_chart_options_init (&options);
  options.kind = HC_CHART_SLOPE;
  script = probe_script (dataset, &options, 1200, 800);
  g_assert_true (probe_script_has (script, "Albania 3.29M)"));
  g_assert_true (probe_script_has (script, "2.53M Albania)"));
  description = hc_chart_describe (dataset, &options);
  g_assert_cmpstr (description, ==, "Slope chart, 3 countries, 1990 and 2020. "
                                    "Serbia fell from 7.9 million to 6.9 million. "
                                    "Albania fell from 3.3 million to 2.5 million. "
                                    "Kosovo fell from 2 million to 1.8 million.");
}

/* ---- the time axis ----------------------------------------------------------------- */

/* From five years to six hundred, and for months and days: the ends
 * labelled, ticks on round times between, no label over another. */
static void
test_time_axis (void)
{
  static const struct
  {
    const char *csv;
    const char *labels[4];
  } cases[] = {
    { "Entity,Year,Value\nA,2001,5\nA,2002,6\nA,2003,7\nA,2004,8\nA,2005,9\nA,2006,10\n",
      { "2001", "2003", "2006", NULL } },
    { NULL, { "1400", "1500", "2000", NULL } },
    { NULL, { "Jan 2020", "Jul", "Dec 2021", NULL } },
    { NULL, { "20 Aug 1854", "18 Oct 1854", NULL } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GString) csv = g_string_new (cases[c].csv);
      g_autoptr(HcTable) table = NULL;
      g_autoptr(HcDataset) dataset = NULL;
      HcChartOptions options;

      if (c == 1)
        {
          g_string_append (csv, "Entity,Year,Value\n");
          for (int y = 1400; y <= 2000; y += 10)
            g_string_append_printf (csv, "England,%d,%d\n", y, 1000 + y);
        }
      else if (c == 2)
        {
          g_string_append (csv, "Month,Value\n");
          for (int m = 0; m < 24; m++)
            g_string_append_printf (csv, "%d-%02d,%d\n", 2020 + m / 12, m % 12 + 1, 100 + m);
        }
      else if (c == 3)
        {
          GDate date;

          g_string_append (csv, "Date,Cases\n");
          g_date_clear (&date, 1);
          g_date_set_dmy (&date, 20, G_DATE_AUGUST, 1854);
          for (int d = 0; d < 60; d++, g_date_add_days (&date, 1))
            g_string_append_printf (csv, "%04d-%02d-%02d,%d\n", g_date_get_year (&date),
                                    g_date_get_month (&date), g_date_get_day (&date), 10 + d);
        }
      table = read_text (csv->str);
      dataset = cut (table, HC_SELECTION_SERIES, NULL, NULL, NAN, NAN);

      hc_chart_options_init (&options);
      options.kind = HC_CHART_LINE;
      for (int size = 0; size < 3; size++)
        {
          static const int sizes[][2] = { { 480, 320 }, { 1600, 1000 }, { 3840, 2160 } };
          Rendered r = { 0 };

          rendered_render (&r, dataset, &options, size == 1 ? HC_THEME_LIGHT : HC_THEME_DARK,
                           sizes[size][0], sizes[size][1]);
          probe_check_text (r.layout);
          rendered_clear (&r);
          if (size == 1)
            {
              g_autofree char *script = probe_script (dataset, &options, 1600, 1000);

              for (guint i = 0; cases[c].labels[i] != NULL; i++)
                {
                  g_autofree char *run = g_strconcat (cases[c].labels[i], ")", NULL);

                  if (!probe_script_has (script, run))
                    g_error ("case %u: no tick “%s”", c, cases[c].labels[i]);
                }
            }
        }
    }
}

/* ---- the real files at every size ---------------------------------------------------- */

static void
test_real_files_every_size (void)
{
  static const int sizes[][2] = {
    { 480, 320 }, { 800, 500 }, { 1600, 1000 }, { 1920, 1080 }, { 3840, 2160 },
  };
  g_autoptr(HcTable) wb = read_real ("wb-long-balkans-series.csv");
  g_autoptr(HcTable) owid = read_real ("owid-conflict-series.csv");
  g_autoptr(HcTable) many = countries_table (26, 1960, 2023);
  const HcTable *tables[] = { wb, owid, many };

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autoptr(HcDataset) lines = cut (tables[t], HC_SELECTION_SERIES, NULL, NULL, NAN, NAN);
      g_autoptr(HcDataset) parts = cut (tables[t], HC_SELECTION_PARTS, NULL, NULL, NAN, NAN);
      g_autoptr(HcDataset) year = cut (tables[t], HC_SELECTION_ONE_TIME, NULL, NULL, NAN, NAN);
      const struct { const HcDataset *dataset; HcChartKind kind; } charts[] = {
        { lines, HC_CHART_LINE }, { lines, HC_CHART_SLOPE }, { parts, HC_CHART_AREA },
        { year, HC_CHART_BARS },
      };

      for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          for (HcTheme theme = HC_THEME_LIGHT; theme <= HC_THEME_DARK; theme++)
            for (int relative = 0; relative < 2; relative++)
              {
                Rendered r = { 0 };

                if (relative && charts[c].kind != HC_CHART_LINE && charts[c].kind != HC_CHART_AREA)
                  continue;
                render (&r, charts[c].dataset, charts[c].kind, HC_SCALE_MODE_AUTO, relative, theme,
                        sizes[s][0], sizes[s][1]);
                g_assert_cmpuint (r.layout->marks->len, >, 0);
                for (guint i = 0; i < r.layout->marks->len; i++)
                  {
                    const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);

                    g_assert_cmpfloat (mark->cx, >=, 0);
                    g_assert_cmpfloat (mark->cy, >=, 0);
                    g_assert_cmpfloat (mark->cx, <=, sizes[s][0]);
                    g_assert_cmpfloat (mark->cy, <=, sizes[s][1]);
                  }
                if (charts[c].kind != HC_CHART_BARS)
                  {
                    /* Every line or band named, from 800×500 up. */
                    for (guint i = 0; i < r.layout->series->len && sizes[s][0] >= 800; i++)
                      g_assert_true (g_array_index (r.layout->series, HcChartSeries, i).labelled);
                  }
                probe_check_text (r.layout);
                rendered_clear (&r);
              }
    }
}

/* Views over time of figures without times say so, and draw nothing. */
static void
test_no_time (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);
  static const HcChartKind kinds[] = { HC_CHART_LINE, HC_CHART_AREA, HC_CHART_SLOPE };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      HcChartOptions options;
      g_autofree char *script = NULL;
      g_autofree char *description = NULL;
      Rendered r = { 0 };

      g_assert_false (hc_chart_kind_supports (kinds[i], dataset));
      g_assert_true (hc_chart_kind_is_series (kinds[i]));
      hc_chart_options_init (&options);
      options.kind = kinds[i];
      script = probe_script (dataset, &options, 800, 500);
      g_assert_true (probe_script_has (script, "These figures have no times: this view draws "
                                               "figures over time."));
      rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 800, 500);
      g_assert_cmpuint (r.layout->marks->len, ==, 0);
      probe_check_text (r.layout);
      rendered_clear (&r);
      description = hc_chart_describe (dataset, &options);
      g_assert_true (g_str_has_suffix (description, ": these figures have no times."));
    }
  g_assert_true (hc_chart_kind_supports (HC_CHART_BARS, dataset));
  g_assert_false (hc_chart_kind_is_series (HC_CHART_BARS));
  g_assert_true (hc_chart_kind_stacks (HC_CHART_AREA));
  g_assert_false (hc_chart_kind_stacks (HC_CHART_LINE));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/series/selection/range", test_selection_range);
  g_test_add_func ("/series/selection/errors", test_selection_errors);
  g_test_add_func ("/series/selection/default-lines", test_selection_default_lines);
  g_test_add_func ("/series/selection/parts", test_selection_parts);
  g_test_add_func ("/series/selection/parts-refused", test_selection_parts_refused);
  g_test_add_func ("/series/line/geometry", test_line_geometry);
  g_test_add_func ("/series/line/gaps", test_line_gaps);
  g_test_add_func ("/series/line/log-zeros", test_line_log_zeros);
  g_test_add_func ("/series/line/end-labels", test_line_end_labels);
  g_test_add_func ("/series/line/navigation", test_line_navigation);
  g_test_add_func ("/series/line/guide", test_line_guide);
  g_test_add_func ("/series/line/relative", test_line_relative);
  g_test_add_func ("/series/line/describe", test_line_describe);
  g_test_add_func ("/series/area/stacks", test_area_stacks);
  g_test_add_func ("/series/area/others-and-gaps", test_area_others_and_gaps);
  g_test_add_func ("/series/slope", test_slope);
  g_test_add_func ("/series/time-axis", test_time_axis);
  g_test_add_func ("/series/real-files-every-size", test_real_files_every_size);
  g_test_add_func ("/series/no-time", test_no_time);

  return g_test_run ();
}
