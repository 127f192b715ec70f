/* test-views.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns, circles, treemap, shares and units views, measured in the
 * pixels they draw: proportions, readable text at every size and theme,
 * visible small figures, hit testing and descriptions.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "hc-chart.h"
#include "chart-probe.h"
#include "hc-loader.h"
#include "hc-selection.h"

static const HcChartKind views[] = {
  HC_CHART_COLUMNS, HC_CHART_CIRCLES, HC_CHART_TREEMAP, HC_CHART_SHARES, HC_CHART_UNITS,
};

static void
render (Rendered        *r,
        const HcDataset *dataset,
        HcChartKind      kind,
        HcScaleMode      scale_mode,
        HcTheme          theme,
        int              width,
        int              height)
{
  HcChartOptions options;

  hc_chart_options_init (&options);
  options.kind = kind;
  options.scale_mode = scale_mode;
  rendered_render (r, dataset, &options, theme, width, height);
  g_assert_cmpint (r->layout->kind, ==, kind);
}

static HcDataset *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  HcDataset *dataset = hc_loader_load_default (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 5);
  return dataset;
}

static HcDataset *
load_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  HcDataset *dataset = hc_loader_load_data (json, strlen (json), "test.json", HC_FORMAT_JSON, &error);

  g_assert_no_error (error);
  return dataset;
}

/* The colour of a figure's category in the light theme: Population,
 * Security forces and Casualties are the first three categories. */
static guint32
category_color (const HcDataset *dataset,
                guint            figure)
{
  static const char * const order[] = { "Population", "Security forces", "Casualties" };
  const char *category = hc_dataset_get_figure (dataset, figure)->category;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (category, order[i]) == 0)
      return probe_rgb (&hc_chart_style_get (HC_THEME_LIGHT)->palette[i]);

  g_assert_not_reached ();
}

static int
find_figure (const HcDataset *dataset,
             const char      *label)
{
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (g_str_equal (hc_dataset_get_figure (dataset, i)->label, label))
      return (int) i;

  g_assert_not_reached ();
}

/* A point well inside a mark, whatever its shape. */
static void
mark_center (const HcMark *mark,
             double       *x,
             double       *y)
{
  switch (mark->shape)
    {
    case HC_MARK_WEDGE:
      {
        double mid = (mark->angle1 + mark->angle2) / 2;
        double r = (mark->inner_radius + mark->outer_radius) / 2;

        *x = mark->cx + r * cos (mid);
        *y = mark->cy + r * sin (mid);
      }
      break;
    case HC_MARK_CIRCLE:
    case HC_MARK_RECT:
    default:
      *x = mark->cx;
      *y = mark->cy;
      break;
    }
}

/* The smaller side of what a reader sees of the mark, in pixels. */
static double
mark_min_side (const HcMark *mark)
{
  switch (mark->shape)
    {
    case HC_MARK_CIRCLE:
      return 2 * mark->outer_radius;
    case HC_MARK_WEDGE:
      return MIN (mark->outer_radius * (mark->angle2 - mark->angle1),
                  mark->outer_radius - mark->inner_radius);
    case HC_MARK_RECT:
    default:
      return MIN (mark->width, mark->height);
    }
}

/* ---- columns ----------------------------------------------------------------- */

/* Walks up the column's middle from its base while the pixels keep the
 * column's colour: the height a reader sees. */
static double
measured_column_height (cairo_surface_t *surface,
                        const HcMark    *mark)
{
  double x = mark->x + mark->width / 2;
  int base = (int) floor (mark->y + mark->height) - 1;
  guint32 color = probe_pixel (surface, x, base);
  int y = base;

  while (y > 0 && probe_pixel (surface, x, y - 1) == color)
    y--;

  return mark->y + mark->height - y;
}

static void
test_columns_linear (void)
{
  g_autoptr(HcDataset) dataset = load_json ("[{\"label\": \"A\", \"value\": 400},"
                                            " {\"label\": \"B\", \"value\": 200},"
                                            " {\"label\": \"C\", \"value\": 100}]");
  Rendered r = { 0 };
  double heights[3];

  render (&r, dataset, HC_CHART_COLUMNS, HC_SCALE_MODE_LINEAR, HC_THEME_LIGHT, 1600, 1000);
  g_assert_true (r.layout->has_scale);
  g_assert_cmpint (r.layout->scale_kind, ==, HC_SCALE_LINEAR);
  g_assert_cmpuint (r.layout->marks->len, ==, 3);

  for (guint i = 0; i < 3; i++)
    {
      const HcMark *mark = hc_chart_layout_find_mark (r.layout, (int) i);

      heights[i] = measured_column_height (r.surface, mark);
      g_assert_cmpfloat (fabs (heights[i] - mark->height), <=, 1.5);
      /* Columns stand on a common baseline. */
      g_assert_cmpfloat (fabs (mark->y + mark->height - r.layout->plot.y - r.layout->plot.height), <, 0.01);
    }
  g_assert_cmpfloat (fabs (heights[0] - 2 * heights[1]), <=, 2.0);
  g_assert_cmpfloat (fabs (heights[1] - 2 * heights[2]), <=, 2.0);

  rendered_clear (&r);
}

static void
test_columns_log (void)
{
  g_autoptr(HcDataset) dataset = load_default ();
  Rendered r = { 0 };
  double min_positive, max, domain_min, per_decade = 0;

  render (&r, dataset, HC_CHART_COLUMNS, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT, 1600, 1000);
  g_assert_true (r.layout->has_scale);
  g_assert_cmpint (r.layout->scale_kind, ==, HC_SCALE_LOG);

  g_assert_true (hc_dataset_get_range (dataset, &min_positive, &max));
  domain_min = pow (10, floor (log10 (min_positive)));

  /* Height ∝ log(value / axis start), the same ratio for every column. */
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcMark *mark = hc_chart_layout_find_mark (r.layout, (int) i);
      double value = hc_dataset_get_figure (dataset, i)->value;
      double ratio = measured_column_height (r.surface, mark) / log10 (value / domain_min);

      g_assert_cmphex (probe_pixel (r.surface, mark->cx, mark->y + mark->height - 2), ==,
                       category_color (dataset, i));
      if (per_decade == 0)
        per_decade = ratio;
      g_assert_cmpfloat (fabs (ratio - per_decade) / per_decade, <, 0.01);
    }

  rendered_clear (&r);

  /* The scale mode overrides the automatic choice. */
  render (&r, dataset, HC_CHART_COLUMNS, HC_SCALE_MODE_LINEAR, HC_THEME_LIGHT, 800, 500);
  g_assert_cmpint (r.layout->scale_kind, ==, HC_SCALE_LINEAR);
  rendered_clear (&r);
}

static void
test_columns_grouped (void)
{
  g_autoptr(HcDataset) dataset = load_default ();
  Rendered r = { 0 };
  const HcMark *albanians, *serbs, *nato, *eu, *dead;
  double within, between;

  render (&r, dataset, HC_CHART_COLUMNS, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT, 1600, 1000);
  albanians = hc_chart_layout_find_mark (r.layout, find_figure (dataset, "Ethnic Albanians"));
  serbs = hc_chart_layout_find_mark (r.layout, find_figure (dataset, "Serbs"));
  nato = hc_chart_layout_find_mark (r.layout, find_figure (dataset, "NATO peace force"));
  eu = hc_chart_layout_find_mark (r.layout, find_figure (dataset, "EU police officers"));
  dead = hc_chart_layout_find_mark (r.layout, find_figure (dataset, "Dead, 1998–99 war"));

  /* Category by category, left to right, with a wider gap between groups. */
  g_assert_cmpfloat (albanians->x, <, serbs->x);
  g_assert_cmpfloat (serbs->x, <, nato->x);
  g_assert_cmpfloat (nato->x, <, eu->x);
  g_assert_cmpfloat (eu->x, <, dead->x);
  within = serbs->x - albanians->x;
  between = nato->x - serbs->x;
  g_assert_cmpfloat (between, >, within * 1.3);
  g_assert_cmpfloat (fabs ((eu->x - nato->x) - within), <, 0.01);

  rendered_clear (&r);
}

/* ---- circles ------------------------------------------------------------------ */

static void
test_circles_area (void)
{
  g_autoptr(HcDataset) dataset = load_default ();
  const HcColor *background = &hc_chart_style_get (HC_THEME_LIGHT)->background;

  for (int size = 0; size < 2; size++)
    {
      Rendered r = { 0 };
      double per_value = 0;

      render (&r, dataset, HC_CHART_CIRCLES, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT,
              size ? 1600 : 800, size ? 1000 : 500);
      g_assert_false (r.layout->has_scale);
      g_assert_cmpuint (r.layout->marks->len, ==, 5);

      for (guint i = 0; i < r.layout->marks->len; i++)
        {
          const HcMark *a = &g_array_index (r.layout->marks, HcMark, i);
          double value = hc_dataset_get_figure (dataset, a->figure)->value;
          double area = G_PI * a->outer_radius * a->outer_radius;

          g_assert_cmpint (a->shape, ==, HC_MARK_CIRCLE);
          /* Area, not radius, proportional to the value. */
          if (per_value == 0)
            per_value = area / value;
          g_assert_cmpfloat (fabs (area / value - per_value) / per_value, <, 0.02);

          /* The pixels follow the geometry: colour just inside the bottom
           * and the left edge, background just outside. */
          g_assert_cmphex (probe_pixel (r.surface, a->cx, a->cy + a->outer_radius - 1.5), ==,
                           category_color (dataset, a->figure));
          g_assert_cmphex (probe_pixel (r.surface, a->cx - a->outer_radius + 1.5, a->cy), ==,
                           category_color (dataset, a->figure));
          g_assert_cmphex (probe_pixel (r.surface, a->cx, a->cy + a->outer_radius + 1.5), ==,
                           probe_rgb (background));
          g_assert_cmphex (probe_pixel (r.surface, a->cx - a->outer_radius - 1.5, a->cy), ==,
                           probe_rgb (background));

          /* No two circles overlap. */
          for (guint j = i + 1; j < r.layout->marks->len; j++)
            {
              const HcMark *b = &g_array_index (r.layout->marks, HcMark, j);

              g_assert_cmpfloat (hypot (a->cx - b->cx, a->cy - b->cy), >=,
                                 a->outer_radius + b->outer_radius);
            }
        }

      /* The smallest, 1,600 next to 2,000,000, is still a visible circle. */
      g_assert_cmpfloat (hc_chart_layout_find_mark (r.layout, find_figure (dataset, "EU police officers"))->outer_radius * 2, >=, 4);
      rendered_clear (&r);
    }
}

static void
test_circles_minimum (void)
{
  g_autoptr(HcDataset) dataset = load_json ("[{\"label\": \"Big\", \"value\": 100000000},"
                                            " {\"label\": \"Tiny\", \"value\": 1}]");
  Rendered r = { 0 };
  const HcMark *tiny;

  render (&r, dataset, HC_CHART_CIRCLES, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT, 800, 500);
  tiny = hc_chart_layout_find_mark (r.layout, 1);
  /* 1 next to 100,000,000 would be a speck: it is enlarged to stay visible. */
  g_assert_cmpfloat (tiny->outer_radius * 2, >=, 4);
  g_assert_cmpint (hc_chart_layout_hit_test (r.layout, tiny->cx, tiny->cy), ==, 1);
  g_assert_cmphex (probe_pixel (r.surface, tiny->cx, tiny->cy), ==,
                   probe_rgb (&hc_chart_style_get (HC_THEME_LIGHT)->palette[0]));
  probe_check_text (r.layout);
  rendered_clear (&r);
}

/* ---- treemap ------------------------------------------------------------------ */

static void
test_treemap_area (void)
{
  g_autoptr(HcDataset) dataset = load_default ();

  for (int size = 0; size < 2; size++)
    {
      Rendered r = { 0 };
      double per_value = 0;
      double group_area[3] = { 0 };
      double x0[3], y0[3], x1[3], y1[3];

      for (guint g = 0; g < 3; g++)
        {
          x0[g] = y0[g] = G_MAXDOUBLE;
          x1[g] = y1[g] = -G_MAXDOUBLE;
        }

      render (&r, dataset, HC_CHART_TREEMAP, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT,
              size ? 1600 : 800, size ? 1000 : 500);
      g_assert_cmpuint (r.layout->marks->len, ==, 5);

      for (guint i = 0; i < r.layout->marks->len; i++)
        {
          const HcMark *a = &g_array_index (r.layout->marks, HcMark, i);
          double value = hc_dataset_get_figure (dataset, a->figure)->value;
          double area = a->width * a->height;
          const char *category = hc_dataset_get_figure (dataset, a->figure)->category;
          guint g = g_str_equal (category, "Population") ? 0 : g_str_equal (category, "Casualties") ? 2 : 1;

          g_assert_cmpint (a->shape, ==, HC_MARK_RECT);
          if (per_value == 0)
            per_value = area / value;
          g_assert_cmpfloat (fabs (area / value - per_value) / per_value, <, 0.02);

          group_area[g] += area;
          x0[g] = MIN (x0[g], a->x);
          y0[g] = MIN (y0[g], a->y);
          x1[g] = MAX (x1[g], a->x + a->width);
          y1[g] = MAX (y1[g], a->y + a->height);

          /* Tiles never overlap. */
          for (guint j = i + 1; j < r.layout->marks->len; j++)
            {
              const HcMark *b = &g_array_index (r.layout->marks, HcMark, j);
              double ox = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
              double oy = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

              g_assert_true (ox <= 0.01 || oy <= 0.01);
            }

          /* The tile is painted in its category colour (probed off-centre,
           * away from text and from the callout dot). */
          if (a->width > 12 && a->height > 12)
            g_assert_cmphex (probe_pixel (r.surface, a->x + a->width * 0.8, a->y + a->height * 0.8), ==,
                             category_color (dataset, a->figure));
        }

      /* Grouped: each category's tiles fill one rectangle of their own. */
      for (guint g = 0; g < 3; g++)
        g_assert_cmpfloat (fabs ((x1[g] - x0[g]) * (y1[g] - y0[g]) - group_area[g]) / group_area[g], <, 0.01);

      rendered_clear (&r);
    }
}

/* ---- shares ------------------------------------------------------------------- */

static void
test_shares_angles (void)
{
  g_autoptr(HcDataset) dataset = load_default ();
  Rendered r = { 0 };
  const struct { const char *a, *b; } pairs[] = {
    { "Ethnic Albanians", "Serbs" }, { "NATO peace force", "EU police officers" },
  };
  const HcMark *dead;

  render (&r, dataset, HC_CHART_SHARES, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT, 1600, 1000);
  g_assert_cmpuint (r.layout->marks->len, ==, 5);

  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    {
      int ia = find_figure (dataset, pairs[p].a);
      int ib = find_figure (dataset, pairs[p].b);
      const HcMark *a = hc_chart_layout_find_mark (r.layout, ia);
      const HcMark *b = hc_chart_layout_find_mark (r.layout, ib);
      double va = hc_dataset_get_figure (dataset, ia)->value;
      double vb = hc_dataset_get_figure (dataset, ib)->value;
      double sa = (a->angle2 - a->angle1) / (2 * G_PI);
      double sb = (b->angle2 - b->angle1) / (2 * G_PI);

      g_assert_cmpint (a->shape, ==, HC_MARK_WEDGE);
      g_assert_cmpint (b->shape, ==, HC_MARK_WEDGE);
      g_assert_cmpfloat (a->angle1, <, a->angle2);
      g_assert_cmpfloat (b->angle1, <, b->angle2);
      /* One donut per category: same centre, a full ring between them. */
      g_assert_cmpfloat (a->cx, ==, b->cx);
      g_assert_cmpfloat (a->cy, ==, b->cy);
      g_assert_cmpfloat (a->inner_radius, >, 0);
      g_assert_cmpfloat (fabs (sa + sb - 1), <, 1e-9);
      /* Angle ∝ share of the figures shown, within 1 %. */
      g_assert_cmpfloat (fabs (sa - va / (va + vb)) / (va / (va + vb)), <, 0.01);
      g_assert_cmpfloat (fabs (sb - vb / (va + vb)) / (vb / (va + vb)), <, 0.01);

      /* The ring is painted there, near its inner edge (away from the
       * percentage), and the hole is not. */
      for (guint k = 0; k < 2; k++)
        {
          const HcMark *m = k ? b : a;
          double mid = (m->angle1 + m->angle2) / 2;
          double rr = m->inner_radius + (m->outer_radius - m->inner_radius) * 0.15;

          g_assert_cmphex (probe_pixel (r.surface, m->cx + rr * cos (mid), m->cy + rr * sin (mid)), !=,
                           probe_rgb (&hc_chart_style_get (HC_THEME_LIGHT)->background));
        }
      g_assert_cmphex (probe_pixel (r.surface, a->cx, a->cy), ==,
                       probe_rgb (&hc_chart_style_get (HC_THEME_LIGHT)->background));
      g_assert_cmphex (probe_pixel (r.surface,
                              a->cx + (a->inner_radius + 3) * cos (a->angle1 + 0.2),
                              a->cy + (a->inner_radius + 3) * sin (a->angle1 + 0.2)), ==,
                       category_color (dataset, ia));
    }

  /* A category with one figure is listed, not drawn as a full ring. */
  dead = hc_chart_layout_find_mark (r.layout, find_figure (dataset, "Dead, 1998–99 war"));
  g_assert_cmpint (dead->shape, ==, HC_MARK_RECT);

  rendered_clear (&r);
}

/* ---- units -------------------------------------------------------------------- */

static void
test_units_counts (void)
{
  g_autoptr(HcDataset) dataset = load_default ();
  const HcColor *grid = &hc_chart_style_get (HC_THEME_LIGHT)->grid;
  const HcColor *background = &hc_chart_style_get (HC_THEME_LIGHT)->background;
  const double unit = 1000;  /* stated in the description, checked there */
  Rendered r = { 0 };
  const HcMark *eu, *albanians;
  double side, gap;
  guint columns;

  render (&r, dataset, HC_CHART_UNITS, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT, 1600, 1000);
  g_assert_cmpuint (r.layout->marks->len, ==, 5);

  /* EU police officers: two squares in one row, so its mark gives the
   * square's pitch (width − height) and the gap between squares. */
  eu = hc_chart_layout_find_mark (r.layout, find_figure (dataset, "EU police officers"));
  side = eu->width - eu->height;
  gap = side - eu->height;
  g_assert_cmpfloat (side, >, 6);
  g_assert_cmpfloat (gap, >=, 0);
  albanians = hc_chart_layout_find_mark (r.layout, find_figure (dataset, "Ethnic Albanians"));
  columns = (guint) lround ((albanians->width + gap) / side);
  g_assert_cmpuint (columns, >, 2);

  for (guint f = 0; f < hc_dataset_get_n_figures (dataset); f++)
    {
      const HcMark *mark = hc_chart_layout_find_mark (r.layout, (int) f);
      double squares = hc_dataset_get_figure (dataset, f)->value / unit;
      guint count = (guint) ceil (squares - 1e-9);
      guint32 color = category_color (dataset, f);
      guint rows = (count + columns - 1) / columns;

      g_assert_cmpfloat (fabs (mark->height - (rows * side - gap)), <, 0.01);

      for (guint k = 0; k < count; k++)
        {
          double x = mark->x + (k % columns) * side;
          double y = mark->y + (k / columns) * side + (side - gap) / 2;
          double fill = MIN (squares - k, 1.0);

          if (fill >= 1.0)
            {
              g_assert_cmphex (probe_pixel (r.surface, x + (side - gap) / 2, y), ==, color);
            }
          else
            {
              /* The partial last square: filled from the left up to its
               * fraction, the rest in the grid colour. */
              g_assert_cmphex (probe_pixel (r.surface, x + (side - gap) * fill / 2, y), ==, color);
              g_assert_cmphex (probe_pixel (r.surface, x + (side - gap) * (fill + (1 - fill) / 2), y), ==,
                               probe_rgb (grid));
            }
        }

      /* No square beyond the count. */
      if (count % columns != 0)
        g_assert_cmphex (probe_pixel (r.surface, mark->x + (count % columns) * side + (side - gap) / 2,
                                mark->y + (count / columns) * side + (side - gap) / 2), ==,
                         probe_rgb (background));
    }

  rendered_clear (&r);
}

static void
test_units_too_wide_a_span (void)
{
  g_autoptr(HcDataset) dataset = load_json ("[{\"label\": \"Big\", \"value\": 5000000},"
                                            " {\"label\": \"Tiny\", \"value\": 300}]");
  HcChartOptions options;
  g_autofree char *description = NULL;
  Rendered r = { 0 };
  const HcMark *tiny;

  hc_chart_options_init (&options);
  options.kind = HC_CHART_UNITS;
  description = hc_chart_describe (dataset, &options);
  /* The unit comes from the largest figure: 1,000 squares of 5,000. */
  g_assert_nonnull (strstr (description, "one square for 5,000 people"));

  render (&r, dataset, HC_CHART_UNITS, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT, 800, 500);
  tiny = hc_chart_layout_find_mark (r.layout, 1);
  /* 300 of 5,000 is 6 % of a square: one partly filled square. */
  g_assert_cmpfloat (tiny->width, ==, tiny->height);
  g_assert_cmpfloat (tiny->width, >=, 4);
  g_assert_cmphex (probe_pixel (r.surface, tiny->x + 1, tiny->y + tiny->height / 2), ==,
                   probe_rgb (&hc_chart_style_get (HC_THEME_LIGHT)->palette[0]));
  g_assert_cmphex (probe_pixel (r.surface, tiny->x + tiny->width * 0.7, tiny->y + tiny->height / 2), ==,
                   probe_rgb (&hc_chart_style_get (HC_THEME_LIGHT)->grid));
  probe_check_text (r.layout);
  rendered_clear (&r);
}

/* ---- every view ----------------------------------------------------------------- */

static void
test_readable_at_every_size (gconstpointer data)
{
  static const int sizes[][2] = {
    { 480, 320 }, { 800, 500 }, { 1600, 1000 }, { 1920, 1080 }, { 3840, 2160 },
  };
  HcChartKind kind = GPOINTER_TO_INT (data);
  g_autoptr(HcDataset) dataset = load_default ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (HcTheme theme = HC_THEME_LIGHT; theme <= HC_THEME_DARK; theme++)
      {
        Rendered r = { 0 };

        render (&r, dataset, kind, HC_SCALE_MODE_AUTO, theme, sizes[s][0], sizes[s][1]);

        /* Every figure drawn, none smaller than 4×4 px from 800×500 up. */
        g_assert_cmpuint (r.layout->marks->len, ==, hc_dataset_get_n_figures (dataset));
        for (guint i = 0; i < r.layout->marks->len; i++)
          {
            const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);

            if (mark_min_side (mark) < (sizes[s][0] >= 800 ? 4 : 3))
              g_error ("figure %d is %.1f px at %d×%d in view %d", mark->figure,
                       mark_min_side (mark), sizes[s][0], sizes[s][1], kind);
          }

        /* Title, legend, source, and a label and a value for each figure. */
        g_assert_cmpuint (r.layout->labels->len, >=, 1 + 3 + 1 + 5);
        probe_check_text (r.layout);
        rendered_clear (&r);
      }
}

/* Odd data: many figures, long labels, one category, zero. */
static void
test_readable_with_odd_data (gconstpointer data)
{
  HcChartKind kind = GPOINTER_TO_INT (data);
  g_autoptr(HcDataset) many = hc_dataset_new ("Many figures with a rather long title for a chart");
  g_autoptr(HcDataset) flat = load_json ("[{\"label\": \"An unusually long label for one figure\", \"value\": 5},"
                                         " {\"label\": \"B\", \"value\": 5},"
                                         " {\"label\": \"Zero\", \"value\": 0}]");
  const HcDataset *datasets[] = { many, flat };

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *label = g_strdup_printf ("Figure number %u with a long name", i);
      g_autofree char *category = g_strdup_printf ("Group %u", i % 4);
      HcFigure figure = { .label = label, .value = (i + 1) * (i + 1) * 100.0, .category = category };

      hc_dataset_add_figure (many, &figure);
    }

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (int size = 0; size < 2; size++)
      {
        Rendered r = { 0 };

        render (&r, datasets[d], kind, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT,
                size ? 1600 : 480, size ? 1000 : 320);
        g_assert_cmpuint (r.layout->marks->len, >, 0);
        probe_check_text (r.layout);
        rendered_clear (&r);
      }
}

static void
test_hit_test (gconstpointer data)
{
  HcChartKind kind = GPOINTER_TO_INT (data);
  g_autoptr(HcDataset) dataset = load_default ();

  for (int size = 0; size < 2; size++)
    {
      Rendered r = { 0 };

      render (&r, dataset, kind, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT,
              size ? 1600 : 800, size ? 1000 : 500);
      for (guint i = 0; i < r.layout->marks->len; i++)
        {
          const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);
          double x, y;

          mark_center (mark, &x, &y);
          g_assert_cmpint (hc_chart_layout_hit_test (r.layout, x, y), ==, mark->figure);
        }
      g_assert_cmpint (hc_chart_layout_hit_test (r.layout, 1, 1), ==, -1);
      rendered_clear (&r);
    }
}

/* ---- many figures ------------------------------------------------------------ */

static const HcChartKind all_views[] = {
  HC_CHART_BARS, HC_CHART_COLUMNS, HC_CHART_CIRCLES, HC_CHART_TREEMAP, HC_CHART_SHARES,
  HC_CHART_UNITS,
};

/* @n figures, largest first, in the shape of a country file: a few
 * hundred million at the top, ten thousand at the bottom. */
static HcDataset *
countries_new (guint n)
{
  HcDataset *dataset = hc_dataset_new ("Countries");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("Country %u", i);
      HcFigure figure = { .label = label, .value = round (1.4e9 * pow (0.93, i)) + 10000 };

      hc_dataset_add_figure (dataset, &figure);
    }

  return dataset;
}

static guint
count_folded (const HcChartLayout *layout,
              guint               *n_others)
{
  guint folded = 0;

  *n_others = 0;
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, i);

      if (mark->figure >= 0)
        {
          g_assert_cmpuint (mark->n_figures, ==, 1);
          g_assert_null (mark->summary);
          continue;
        }
      g_assert_nonnull (mark->summary);
      g_assert_true (g_str_has_prefix (mark->summary, "Other ("));
      folded += mark->n_figures;
      (*n_others)++;
    }

  return folded;
}

/* One rule for "Other" in every view: the largest figures up to the same
 * count wherever the view has room, the rest added up in "Other", the rule
 * written under the chart and what "Other" holds in its tooltip. */
static void
test_other_one_rule (void)
{
  g_autoptr(HcDataset) dataset = countries_new (188);
  guint common = 0;

  for (guint v = 0; v < G_N_ELEMENTS (all_views); v++)
    {
      HcChartOptions options;
      Rendered r = { 0 };
      g_autofree char *script = NULL;
      g_autofree char *rule = NULL;
      guint n_others, folded;

      render (&r, dataset, all_views[v], HC_SCALE_MODE_AUTO, HC_THEME_LIGHT, 1280, 800);
      g_assert_cmpuint (r.layout->n_shown + r.layout->n_folded, ==, 188);
      g_assert_cmpuint (r.layout->n_folded, >, 0);
      folded = count_folded (r.layout, &n_others);
      g_assert_cmpuint (n_others, ==, 1);
      g_assert_cmpuint (folded, ==, r.layout->n_folded);

      /* The figures drawn one by one are the largest ones. */
      for (guint i = 0; i < r.layout->marks->len; i++)
        g_assert_cmpint (g_array_index (r.layout->marks, HcMark, i).figure, <,
                         (int) r.layout->n_shown);

      /* Bars, columns, circles and treemap have room for the same count;
       * shares and units show fewer, by the same rule. */
      if (all_views[v] == HC_CHART_SHARES || all_views[v] == HC_CHART_UNITS)
        g_assert_cmpuint (r.layout->n_shown, <=, common);
      else if (common == 0)
        common = r.layout->n_shown;
      else
        g_assert_cmpuint (r.layout->n_shown, ==, common);

      hc_chart_options_init (&options);
      options.kind = all_views[v];
      script = probe_script (dataset, &options, 1280, 800);
      rule = g_strdup_printf ("The %u largest of 188 figures are", r.layout->n_shown);
      g_assert_true (probe_script_has (script, rule));
      rendered_clear (&r);
    }
  g_assert_cmpuint (common, >=, 15);
}

/* "Other" is never the longest bar or the largest circle because it adds
 * up many figures, on either scale; where it is drawn (rectangles,
 * squares, slices) its size is its sum. */
static void
test_other_never_largest_by_summing (void)
{
  g_autoptr(HcDataset) dataset = countries_new (188);
  const HcColor *secondary = &hc_chart_style_get (HC_THEME_LIGHT)->secondary;

  for (guint v = 0; v < G_N_ELEMENTS (all_views); v++)
    for (HcScaleMode mode = HC_SCALE_MODE_AUTO; mode <= HC_SCALE_MODE_LOG; mode++)
      {
        Rendered r = { 0 };
        const HcMark *largest = NULL, *other = NULL;
        double other_value = 0;

        render (&r, dataset, all_views[v], mode, HC_THEME_LIGHT, 1280, 800);
        for (guint i = 0; i < r.layout->marks->len; i++)
          {
            const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);

            if (mark->figure == 0)
              largest = mark;
            else if (mark->figure < 0)
              other = mark;
          }
        g_assert_nonnull (largest);
        g_assert_nonnull (other);
        for (guint i = r.layout->n_shown; i < 188; i++)
          other_value += hc_dataset_get_figure (dataset, i)->value;
        /* The folded figures do add up to more than the largest. */
        g_assert_cmpfloat (other_value, >, hc_dataset_get_figure (dataset, 0)->value);

        switch (all_views[v])
          {
          case HC_CHART_BARS:
          case HC_CHART_COLUMNS:
          case HC_CHART_CIRCLES:
            /* Written, not drawn: no bar, column or disc of its colour. */
            g_assert_cmpint (other->shape, ==, HC_MARK_RECT);
            g_assert_cmpfloat (other->width * other->height, <, largest->width * largest->height);
            if (all_views[v] == HC_CHART_COLUMNS)
              g_assert_cmphex (probe_pixel (r.surface, other->cx, r.layout->plot.y +
                                            r.layout->plot.height - 2), !=, probe_rgb (secondary));
            break;
          case HC_CHART_TREEMAP:
            g_assert_cmpfloat (fabs ((other->width * other->height) /
                                     (largest->width * largest->height) /
                                     (other_value / hc_dataset_get_figure (dataset, 0)->value) - 1),
                               <, 0.05);
            break;
          case HC_CHART_SHARES:
            g_assert_cmpfloat (fabs ((other->angle2 - other->angle1) /
                                     (largest->angle2 - largest->angle1) /
                                     (other_value / hc_dataset_get_figure (dataset, 0)->value) - 1),
                               <, 0.05);
            break;
          case HC_CHART_UNITS:
          case HC_N_CHART_KINDS:
          default:
            /* A block as many squares long as its sum asks for. */
            g_assert_cmpfloat (other->width * other->height, >, largest->width * largest->height);
            break;
          }
        rendered_clear (&r);
      }
}

/* Labels go inside their tile, or in the column right of the map for a
 * tile on its right edge; never out of the middle of the map. */
static void
test_treemap_labels_inside (void)
{
  g_autoptr(HcDataset) countries = countries_new (188);
  g_autoptr(HcDataset) kosovo = load_default ();
  const HcDataset *datasets[] = { countries, kosovo };
  static const int sizes[][2] = { { 480, 320 }, { 800, 500 }, { 1280, 800 }, { 3840, 2160 } };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        Rendered r = { 0 };
        double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = 0, y1 = 0;
        guint edge = 0, outside = 0;

        render (&r, datasets[d], HC_CHART_TREEMAP, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT,
                sizes[s][0], sizes[s][1]);
        for (guint i = 0; i < r.layout->marks->len; i++)
          {
            const HcMark *m = &g_array_index (r.layout->marks, HcMark, i);

            x0 = MIN (x0, m->x);
            y0 = MIN (y0, m->y);
            x1 = MAX (x1, m->x + m->width);
            y1 = MAX (y1, m->y + m->height);
          }
        for (guint i = 0; i < r.layout->marks->len; i++)
          {
            const HcMark *m = &g_array_index (r.layout->marks, HcMark, i);

            if (fabs (m->x + m->width - x1) < 1.5)
              edge++;
          }

        for (guint i = 0; i < r.layout->labels->len; i++)
          {
            const cairo_rectangle_t *l = &g_array_index (r.layout->labels, cairo_rectangle_t, i);
            gboolean inside = FALSE;

            if (l->y + l->height <= y0 || l->y >= y1)
              continue;  /* title, legend, notes */
            if (l->x >= x1)
              {
                outside++;
                continue;
              }
            for (guint j = 0; j < r.layout->marks->len && !inside; j++)
              {
                const HcMark *m = &g_array_index (r.layout->marks, HcMark, j);

                inside = l->x >= m->x - 0.5 && l->y >= m->y - 0.5 &&
                         l->x + l->width <= m->x + m->width + 0.5 &&
                         l->y + l->height <= m->y + m->height + 0.5;
              }
            if (!inside)
              g_error ("label %u (%.0f,%.0f %.0f×%.0f) crosses a tile edge at %d×%d", i, l->x, l->y,
                       l->width, l->height, sizes[s][0], sizes[s][1]);
          }
        /* A label and a value for each tile on the edge, at most. */
        g_assert_cmpuint (outside, <=, 2 * edge);
        probe_check_text (r.layout);
        rendered_clear (&r);
      }
}

/* A tall thin tile reads its label upright: Serbs, next to two million. */
static void
test_treemap_upright_label (void)
{
  g_autoptr(HcDataset) dataset = load_default ();
  Rendered r = { 0 };
  const HcMark *serbs;
  gboolean found = FALSE;

  render (&r, dataset, HC_CHART_TREEMAP, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT, 800, 500);
  serbs = hc_chart_layout_find_mark (r.layout, find_figure (dataset, "Serbs"));
  g_assert_cmpfloat (serbs->height, >, serbs->width * 3);
  for (guint i = 0; i < r.layout->labels->len; i++)
    {
      const cairo_rectangle_t *l = &g_array_index (r.layout->labels, cairo_rectangle_t, i);

      if (l->x >= serbs->x && l->x + l->width <= serbs->x + serbs->width &&
          l->y >= serbs->y && l->y + l->height <= serbs->y + serbs->height)
        {
          g_assert_cmpfloat (l->height, >, l->width);
          found = TRUE;
        }
    }
  g_assert_true (found);
  rendered_clear (&r);
}

/* Circles wrap in rows that fill the plot, and no text crosses a circle
 * other than its own. */
static void
test_circles_fill_the_plot (void)
{
  static const int sizes[][2] = { { 480, 320 }, { 1280, 800 }, { 3840, 2160 } };
  g_autoptr(HcDataset) dataset = countries_new (188);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      Rendered r = { 0 };
      double top = G_MAXDOUBLE, bottom = 0;

      render (&r, dataset, HC_CHART_CIRCLES, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT,
              sizes[s][0], sizes[s][1]);
      for (guint i = 0; i < r.layout->marks->len; i++)
        {
          const HcMark *a = &g_array_index (r.layout->marks, HcMark, i);

          if (a->shape != HC_MARK_CIRCLE)
            continue;
          top = MIN (top, a->y);
          bottom = MAX (bottom, a->y + a->height);

          for (guint j = i + 1; j < r.layout->marks->len; j++)
            {
              const HcMark *b = &g_array_index (r.layout->marks, HcMark, j);

              if (b->shape == HC_MARK_CIRCLE)
                g_assert_cmpfloat (hypot (a->cx - b->cx, a->cy - b->cy), >=,
                                   a->outer_radius + b->outer_radius);
            }

          /* Text over a circle lies wholly inside it. */
          for (guint j = 0; j < r.layout->labels->len; j++)
            {
              const cairo_rectangle_t *l = &g_array_index (r.layout->labels, cairo_rectangle_t, j);
              double nx = CLAMP (a->cx, l->x, l->x + l->width);
              double ny = CLAMP (a->cy, l->y, l->y + l->height);

              if (hypot (nx - a->cx, ny - a->cy) >= a->outer_radius - 0.5)
                continue;
              for (int corner = 0; corner < 4; corner++)
                g_assert_cmpfloat (hypot (l->x + (corner & 1) * l->width - a->cx,
                                          l->y + (corner >> 1) * l->height - a->cy), <=,
                                   a->outer_radius);
            }
        }
      /* More than one row, down most of the canvas. */
      g_assert_cmpfloat (bottom - top, >, sizes[s][1] * 0.5);
      probe_check_text (r.layout);
      rendered_clear (&r);
    }
}

/* The square's worth comes from the figures drawn: the largest fills a
 * countable number of squares, however many rows the file has. */
static void
test_units_readable_unit (void)
{
  g_autoptr(HcDataset) dataset = hc_dataset_new ("Seventeen thousand rows");

  for (guint i = 0; i < 17000; i++)
    {
      g_autofree char *label = g_strdup_printf ("Row %u", i);
      HcFigure figure = { .label = label, .value = 8e9 / (1 + i % 250) + i };

      hc_dataset_add_figure (dataset, &figure);
    }

  for (int size = 0; size < 3; size++)
    {
      Rendered r = { 0 };
      double largest = 0;

      render (&r, dataset, HC_CHART_UNITS, HC_SCALE_MODE_AUTO, HC_THEME_LIGHT,
              size == 0 ? 480 : size == 1 ? 1280 : 3840, size == 0 ? 320 : size == 1 ? 800 : 2160);
      for (guint i = 0; i < r.layout->marks->len; i++)
        {
          const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);

          if (mark->figure >= 0)
            largest = MAX (largest, hc_dataset_get_figure (dataset, mark->figure)->value);
        }
      g_assert_cmpfloat (r.layout->square_value, >=, 1);
      g_assert_cmpfloat (largest / r.layout->square_value, >=, 10);
      g_assert_cmpfloat (largest / r.layout->square_value, <=, 2500);
      probe_check_text (r.layout);
      rendered_clear (&r);
    }
}

/* From one figure to ten thousand, every view lays out: marks on the
 * canvas and visible, text readable and apart. */
static void
test_one_to_ten_thousand (void)
{
  static const guint counts[] = { 1, 2, 3, 19, 20, 21, 188, 1000, 10000 };
  static const int sizes[][2] = { { 480, 320 }, { 1280, 800 }, { 3840, 2160 } };

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      g_autoptr(HcDataset) dataset = countries_new (counts[c]);

      for (guint v = 0; v < G_N_ELEMENTS (all_views); v++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          {
            Rendered r = { 0 };
            guint n_others;

            render (&r, dataset, all_views[v], HC_SCALE_MODE_AUTO, HC_THEME_DARK,
                    sizes[s][0], sizes[s][1]);
            g_assert_cmpuint (r.layout->marks->len, >, 0);
            g_assert_cmpuint (r.layout->marks->len, <=, 20);
            g_assert_cmpuint (count_folded (r.layout, &n_others), ==, r.layout->n_folded);
            g_assert_cmpuint (r.layout->n_shown + r.layout->n_folded, ==, counts[c]);
            for (guint i = 0; i < r.layout->marks->len; i++)
              {
                const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);

                g_assert_cmpfloat (mark->x, >=, 0);
                g_assert_cmpfloat (mark->y, >=, 0);
                g_assert_cmpfloat (mark->x + mark->width, <=, sizes[s][0]);
                g_assert_cmpfloat (mark->y + mark->height, <=, sizes[s][1]);
                if (mark->figure >= 0 && mark_min_side (mark) < 2)
                  g_error ("figure %d of %u is %.1f px at %d×%d in view %d", mark->figure,
                           counts[c], mark_min_side (mark), sizes[s][0], sizes[s][1],
                           all_views[v]);
              }
            probe_check_text (r.layout);
            rendered_clear (&r);
          }
    }
}

static void
test_describe (void)
{
  static const struct { HcChartKind kind; const char *text; } expected[] = {
    { HC_CHART_COLUMNS, "Column chart grouped by category, log scale, 5 figures." },
    { HC_CHART_CIRCLES, "Proportional circle chart, circle area shows the value, 5 figures." },
    { HC_CHART_TREEMAP, "Treemap by category, rectangle area shows the value, 5 figures." },
    { HC_CHART_SHARES,  "Donut charts of shares within each category, 5 figures." },
    { HC_CHART_UNITS,   "Unit chart, one square for 1,000 people, 5 figures." },
  };
  g_autoptr(HcDataset) dataset = load_default ();

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      HcChartOptions options;
      g_autofree char *text = NULL;
      g_autofree char *full = NULL;

      hc_chart_options_init (&options);
      options.kind = expected[i].kind;
      text = hc_chart_describe (dataset, &options);
      full = g_strconcat (expected[i].text, " Largest: Ethnic Albanians, about 2,000,000. "
                          "Smallest: EU police officers, 1,600.", NULL);
      g_assert_cmpstr (text, ==, full);
    }
}

static void
test_kind_names (void)
{
  static const char * const names[] = { "columns", "circles", "treemap", "shares", "units" };
  g_autofree char *list = hc_chart_kind_list_names ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      HcChartKind kind;

      g_assert_true (hc_chart_kind_from_string (names[i], &kind));
      g_assert_cmpint (kind, ==, views[i]);
      g_assert_nonnull (strstr (list, names[i]));
    }
}

/* ---- views over time ----------------------------------------------------------- */

static HcTable *
read_balkans (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real",
                                                 "wb-long-balkans-series.csv", NULL);
  g_autoptr(GError) error = NULL;
  HcTable *table = hc_loader_read_path (path, NULL, NULL, &error);

  g_assert_no_error (error);
  return table;
}

static HcDataset *
balkans_cut (const HcTable    *table,
             HcSelectionShape  shape)
{
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(GError) error = NULL;
  HcDataset *dataset;

  selection.shape = shape;
  selection.has_range = TRUE;
  selection.from = 1990;
  selection.to = 2000;
  selection.entities = g_strdupv ((char *[]) { "ALB", "XKX", "SRB", NULL });
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  return dataset;
}

static void
test_series_kind_names (void)
{
  static const struct { const char *name; HcChartKind kind; } names[] = {
    { "line", HC_CHART_LINE }, { "area", HC_CHART_AREA }, { "slope", HC_CHART_SLOPE },
  };
  g_autofree char *list = hc_chart_kind_list_names ();

  /* After the views of one time, so that saved settings keep their meaning. */
  g_assert_cmpint (HC_CHART_LINE, ==, HC_CHART_UNITS + 1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      HcChartKind kind;

      g_assert_true (hc_chart_kind_from_string (names[i].name, &kind));
      g_assert_cmpint (kind, ==, names[i].kind);
      g_assert_cmpstr (hc_chart_kind_to_string (kind), ==, names[i].name);
      g_assert_nonnull (strstr (list, names[i].name));
      g_assert_true (hc_chart_kind_is_series (kind));
    }
  g_assert_true (hc_chart_kind_has_scale (HC_CHART_LINE));
  g_assert_true (hc_chart_kind_has_scale (HC_CHART_SLOPE));
  /* A log axis under a stack would misstate every part but the lowest. */
  g_assert_false (hc_chart_kind_has_scale (HC_CHART_AREA));
}

/* Every point of a line or slope, and every band of an area at a time,
 * is found where it was drawn. */
static void
test_series_hit_test (void)
{
  static const HcChartKind kinds[] = { HC_CHART_LINE, HC_CHART_AREA, HC_CHART_SLOPE };
  g_autoptr(HcTable) table = read_balkans ();

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(HcDataset) dataset = balkans_cut (table, kinds[k] == HC_CHART_AREA
                                                           ? HC_SELECTION_PARTS
                                                           : HC_SELECTION_SERIES);
      Rendered r = { 0 };
      guint checked = 0;

      render (&r, dataset, kinds[k], HC_SCALE_MODE_AUTO, HC_THEME_LIGHT, 1600, 1000);
      for (guint i = 0; i < r.layout->marks->len; i++)
        {
          const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);

          g_assert_cmpint (mark->series, >=, 0);
          g_assert_cmpint (mark->series, <, (int) r.layout->series->len);
          g_assert_cmpint (mark->point, >=, 0);
          if (mark->width < 1 || mark->height < 1)
            continue;
          /* Points of two lines can meet: the one on top wins, and it is
           * a point at the same place. */
          {
            const HcMark *hit = hc_chart_layout_mark_at (r.layout, mark->cx, mark->cy);

            g_assert_nonnull (hit);
            g_assert_cmpfloat (fabs (hit->cx - mark->cx), <, mark->width);
            if (hit == mark)
              checked++;
          }
        }
      g_assert_cmpuint (checked, >, r.layout->marks->len / 2);
      g_assert_cmpint (hc_chart_layout_hit_test (r.layout, 1, 1), ==, -1);
      rendered_clear (&r);
    }
}

/* The views of one time draw a range's last year, and say which. */
static void
test_one_time_of_a_range (void)
{
  g_autoptr(HcTable) table = read_balkans ();
  g_autoptr(HcDataset) dataset = balkans_cut (table, HC_SELECTION_ONE_TIME);

  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 3);
  g_assert_true (g_str_has_prefix (hc_dataset_get_subtitle (dataset), "2000"));
  for (guint v = 0; v < G_N_ELEMENTS (all_views); v++)
    {
      HcChartOptions options;
      g_autofree char *script = NULL;
      Rendered r = { 0 };

      render (&r, dataset, all_views[v], HC_SCALE_MODE_AUTO, HC_THEME_DARK, 1600, 1000);
      g_assert_cmpuint (r.layout->marks->len, ==, 3);
      probe_check_text (r.layout);
      rendered_clear (&r);

      hc_chart_options_init (&options);
      options.kind = all_views[v];
      script = probe_script (dataset, &options, 1600, 1000);
      g_assert_true (probe_script_has (script, "2000"));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/views/columns/linear-proportional", test_columns_linear);
  g_test_add_func ("/views/columns/log-proportional", test_columns_log);
  g_test_add_func ("/views/columns/grouped", test_columns_grouped);
  g_test_add_func ("/views/circles/area-proportional", test_circles_area);
  g_test_add_func ("/views/circles/minimum-size", test_circles_minimum);
  g_test_add_func ("/views/treemap/area-proportional", test_treemap_area);
  g_test_add_func ("/views/shares/angles", test_shares_angles);
  g_test_add_func ("/views/units/counts", test_units_counts);
  g_test_add_func ("/views/units/partial-square", test_units_too_wide_a_span);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      const char *name = hc_chart_kind_to_string (views[i]);
      g_autofree char *readable = g_strdup_printf ("/views/%s/readable-at-every-size", name);
      g_autofree char *odd = g_strdup_printf ("/views/%s/readable-with-odd-data", name);
      g_autofree char *hit = g_strdup_printf ("/views/%s/hit-test", name);

      g_test_add_data_func (readable, GINT_TO_POINTER (views[i]), test_readable_at_every_size);
      g_test_add_data_func (odd, GINT_TO_POINTER (views[i]), test_readable_with_odd_data);
      g_test_add_data_func (hit, GINT_TO_POINTER (views[i]), test_hit_test);
    }

  g_test_add_func ("/views/other/one-rule", test_other_one_rule);
  g_test_add_func ("/views/other/never-largest-by-summing", test_other_never_largest_by_summing);
  g_test_add_func ("/views/treemap/labels-inside", test_treemap_labels_inside);
  g_test_add_func ("/views/treemap/upright-label", test_treemap_upright_label);
  g_test_add_func ("/views/circles/fill-the-plot", test_circles_fill_the_plot);
  g_test_add_func ("/views/units/readable-unit", test_units_readable_unit);
  g_test_add_func ("/views/one-to-ten-thousand", test_one_to_ten_thousand);
  g_test_add_func ("/views/describe", test_describe);
  g_test_add_func ("/views/kind-names", test_kind_names);
  g_test_add_func ("/views/series/kind-names", test_series_kind_names);
  g_test_add_func ("/views/series/hit-test", test_series_hit_test);
  g_test_add_func ("/views/series/one-time-of-a-range", test_one_time_of_a_range);

  return g_test_run ();
}
