/* test-chart.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "hc-chart-private.h"
#include "chart-probe.h"
#include "hc-loader.h"
#include "hc-number.h"

static HcDataset *
load_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  HcDataset *dataset = hc_loader_load_data (json, strlen (json), "test.json", HC_FORMAT_JSON, &error);

  g_assert_no_error (error);
  return dataset;
}

/* Walks right along the bar's middle row from its start while the pixels
 * keep the bar's colour: the length a reader sees, measured in pixels. */
static double
measured_bar_length (cairo_surface_t *surface,
                     const HcMark    *mark)
{
  int y = (int) (mark->y + mark->height / 2);
  int x0 = (int) ceil (mark->x);
  guint32 color = probe_pixel (surface, x0 + 1, y);
  int x = x0;

  while (x + 1 < cairo_image_surface_get_width (surface) && probe_pixel (surface, x + 1, y) == color)
    x++;

  return x + 1 - mark->x;
}

static void
test_bars_linear_proportional (void)
{
  g_autoptr(HcDataset) dataset = load_json ("[{\"label\": \"A\", \"value\": 400},"
                                            " {\"label\": \"B\", \"value\": 200},"
                                            " {\"label\": \"C\", \"value\": 100}]");
  HcChartOptions options;
  Rendered r = { 0 };
  double lengths[3];

  hc_chart_options_init (&options);
  options.scale_mode = HC_SCALE_MODE_LINEAR;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);

  g_assert_true (r.layout->has_scale);
  g_assert_cmpint (r.layout->scale_kind, ==, HC_SCALE_LINEAR);
  g_assert_cmpuint (r.layout->marks->len, ==, 3);

  for (guint i = 0; i < 3; i++)
    {
      const HcMark *mark = hc_chart_layout_find_mark (r.layout, (int) i);

      g_assert_nonnull (mark);
      lengths[i] = measured_bar_length (r.surface, mark);
      /* The pixels end where the layout says the bar ends. */
      g_assert_cmpfloat (fabs (lengths[i] - mark->width), <=, 1.5);
      /* The bar is drawn in its category colour. */
      g_assert_cmphex (probe_pixel (r.surface, (int) (mark->x + 2), (int) (mark->y + mark->height / 2)), ==,
                       probe_rgb (&hc_chart_style_get (HC_THEME_LIGHT)->palette[0]));
    }

  /* Twice the value, twice the length (within a pixel of antialiasing). */
  g_assert_cmpfloat (fabs (lengths[0] - 2 * lengths[1]), <=, 2.0);
  g_assert_cmpfloat (fabs (lengths[1] - 2 * lengths[2]), <=, 2.0);

  rendered_clear (&r);
}

static void
test_bars_log_proportional (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);
  HcChartOptions options;
  Rendered r = { 0 };
  double min_positive, max, domain_min, domain_log_span = 0;
  double unit_length = 0;

  g_assert_no_error (error);
  hc_chart_options_init (&options);
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);

  /* 1,600 to 2,000,000 spans more than 100×: auto picks log. */
  g_assert_cmpint (r.layout->scale_kind, ==, HC_SCALE_LOG);

  g_assert_true (hc_dataset_get_range (dataset, &min_positive, &max));
  domain_min = pow (10, floor (log10 (min_positive)));

  /* On a log axis, length ∝ log(value / axis start): the ratio of length to
   * log10(value/domain_min) is the same for every bar. */
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcMark *mark = hc_chart_layout_find_mark (r.layout, (int) i);
      double value = hc_dataset_get_figure (dataset, i)->value;
      double length = measured_bar_length (r.surface, mark);
      double per_decade = length / log10 (value / domain_min);

      if (unit_length == 0)
        unit_length = per_decade;
      g_assert_cmpfloat (fabs (per_decade - unit_length) / unit_length, <, 0.01);
      domain_log_span = MAX (domain_log_span, log10 (value / domain_min));
    }
  g_assert_cmpfloat (domain_log_span, >, 3);

  rendered_clear (&r);
}

static void
test_bars_sorted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);
  HcChartOptions options;
  Rendered r = { 0 };

  hc_chart_options_init (&options);
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);

  for (guint i = 1; i < r.layout->marks->len; i++)
    {
      const HcMark *above = &g_array_index (r.layout->marks, HcMark, i - 1);
      const HcMark *below = &g_array_index (r.layout->marks, HcMark, i);

      g_assert_cmpfloat (above->y, <, below->y);
      g_assert_cmpfloat (hc_dataset_get_figure (dataset, above->figure)->value, >=,
                         hc_dataset_get_figure (dataset, below->figure)->value);
    }

  rendered_clear (&r);
}

static void
test_bars_readable_at_every_size (void)
{
  static const int sizes[][2] = {
    { 480, 320 }, { 800, 500 }, { 1600, 1000 }, { 1920, 1080 }, { 3840, 2160 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (HcTheme theme = HC_THEME_LIGHT; theme <= HC_THEME_DARK; theme++)
      for (HcScaleMode mode = HC_SCALE_MODE_AUTO; mode <= HC_SCALE_MODE_LOG; mode++)
        {
          HcChartOptions options;
          Rendered r = { 0 };

          hc_chart_options_init (&options);
          options.scale_mode = mode;
          rendered_render (&r, dataset, &options, theme, sizes[s][0], sizes[s][1]);

          /* Every figure drawn, none smaller than 4×4 px from 800×500 up
           * (the 1,600 next to the 2,000,000 on a linear axis included). */
          g_assert_cmpuint (r.layout->marks->len, ==, hc_dataset_get_n_figures (dataset));
          for (guint i = 0; i < r.layout->marks->len; i++)
            {
              const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);
              double min_side = sizes[s][0] >= 800 ? 4 : 3;

              g_assert_cmpfloat (mark->width, >=, min_side);
              g_assert_cmpfloat (mark->height, >=, min_side);
            }

          /* Title, five labels, five values, ticks, caption, legend, source. */
          g_assert_cmpuint (r.layout->labels->len, >=, 1 + 5 + 5 + 3 + 1 + 3 + 1);
          probe_check_text (r.layout);
          rendered_clear (&r);
        }
}

static void
test_background_follows_theme (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);
  HcChartOptions options;
  Rendered r = { 0 };

  hc_chart_options_init (&options);
  rendered_render (&r, dataset, &options, HC_THEME_DARK, 800, 500);
  g_assert_cmphex (probe_pixel (r.surface, 2, 2), ==,
                   probe_rgb (&hc_chart_style_get (HC_THEME_DARK)->background));
  rendered_clear (&r);

  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 800, 500);
  g_assert_cmphex (probe_pixel (r.surface, 2, 2), ==,
                   probe_rgb (&hc_chart_style_get (HC_THEME_LIGHT)->background));
  rendered_clear (&r);
}

static void
test_hit_test (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);
  HcChartOptions options;
  Rendered r = { 0 };

  hc_chart_options_init (&options);
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);

  for (guint i = 0; i < r.layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (r.layout->marks, HcMark, i);

      g_assert_cmpint (hc_chart_layout_hit_test (r.layout, mark->cx, mark->cy), ==, mark->figure);
    }
  g_assert_cmpint (hc_chart_layout_hit_test (r.layout, 1, 1), ==, -1);

  rendered_clear (&r);
}

static void
test_focus_outline (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);
  const HcColor *focus = &hc_chart_style_get (HC_THEME_LIGHT)->focus;
  HcChartOptions options;
  Rendered r = { 0 };
  const HcMark *mark;
  gboolean found = FALSE;

  hc_chart_options_init (&options);
  options.focused = 3;  /* EU police officers, the smallest */
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);
  mark = hc_chart_layout_find_mark (r.layout, 3);
  g_assert_nonnull (mark);

  /* The outline runs just above the bar. */
  for (int dy = 1; dy <= 8 && !found; dy++)
    found = probe_pixel (r.surface, (int) (mark->x + mark->width / 2), (int) (mark->y - dy)) == probe_rgb (focus);
  g_assert_true (found);

  rendered_clear (&r);
}

/* Figures in the shape of a country file: @n_large of them from 50 M to
 * about 1.4 B, a span of less than 30×, and @n_small of 10,000 each. */
static HcDataset *
countries_new (guint n_large,
               guint n_small)
{
  HcDataset *dataset = hc_dataset_new ("Countries");

  for (guint i = 0; i < n_large; i++)
    {
      g_autofree char *label = g_strdup_printf ("Large %u", i);
      HcFigure figure = { .label = label, .value = 1.4e9 - i * (1.35e9 / MAX (n_large - 1, 1)) };

      hc_dataset_add_figure (dataset, &figure);
    }
  for (guint i = 0; i < n_small; i++)
    {
      g_autofree char *label = g_strdup_printf ("Small %u", i);
      HcFigure figure = { .label = label, .value = 10000 };

      hc_dataset_add_figure (dataset, &figure);
    }

  return dataset;
}

static const HcMark *
find_other (const HcChartLayout *layout)
{
  for (guint i = 0; i < layout->marks->len; i++)
    if (g_array_index (layout->marks, HcMark, i).figure < 0)
      return &g_array_index (layout->marks, HcMark, i);

  return NULL;
}

/* Thousands of rows: the largest figures get bars, the rest one "Other"
 * row that says what it holds and has no bar, on either scale: a bar of
 * their sum would be the longest only because it adds up many. */
static void
test_many_figures_other (void)
{
  g_autoptr(HcDataset) dataset = hc_dataset_new ("Many");
  const HcChartStyle *style = hc_chart_style_get (HC_THEME_LIGHT);

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *label = g_strdup_printf ("Row %u", i);
      HcFigure figure = { .label = label, .value = i + 1 };

      hc_dataset_add_figure (dataset, &figure);
    }

  for (HcScaleMode mode = HC_SCALE_MODE_LINEAR; mode <= HC_SCALE_MODE_LOG; mode++)
    {
      HcChartOptions options;
      Rendered r = { 0 };
      const HcMark *other, *smallest = NULL;
      g_autofree char *count = NULL;

      hc_chart_options_init (&options);
      options.scale_mode = mode;
      rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 800, 500);

      g_assert_cmpuint (r.layout->marks->len, >, 3);
      g_assert_cmpuint (r.layout->marks->len, <=, 20);
      g_assert_cmpuint (r.layout->n_shown + r.layout->n_folded, ==, 2000);
      other = &g_array_index (r.layout->marks, HcMark, r.layout->marks->len - 1);
      g_assert_cmpint (other->figure, ==, -1);
      g_assert_true (other == find_other (r.layout));
      g_assert_cmpuint (other->n_figures, ==, r.layout->n_folded);
      g_assert_cmpuint (r.layout->n_shown, ==, r.layout->marks->len - 1);

      /* Its tooltip: what it is, then its largest figures by name. */
      {
        g_autofree char *n = hc_number_format (other->n_figures, FALSE);

        count = g_strdup_printf ("Other (%s figures): ", n);
      }
      g_assert_nonnull (other->summary);
      g_assert_true (g_str_has_prefix (other->summary, count));
      g_assert_nonnull (strstr (other->summary, " together\nRow 1980: 1,981\nRow 1979: 1,980\n"));
      g_assert_nonnull (strstr (other->summary, "more, down to 1"));

      /* Hovering finds it; hit testing for figures does not. */
      g_assert_true (hc_chart_layout_mark_at (r.layout, other->cx, other->cy) == other);
      g_assert_cmpint (hc_chart_layout_hit_test (r.layout, other->cx, other->cy), ==, -1);

      /* No bar: shorter than the smallest bar drawn, and the background
       * where a bar of the sum would run, past its text. */
      for (guint i = 0; i + 1 < r.layout->marks->len; i++)
        smallest = &g_array_index (r.layout->marks, HcMark, i);
      g_assert_cmpfloat (other->width, <, smallest->width);
      for (double t = 0.55; t < 1; t += 0.05)
        g_assert_cmphex (probe_pixel (r.surface, r.layout->plot.x + r.layout->plot.width * t,
                                      other->cy), !=, probe_rgb (&style->secondary));
      g_assert_cmphex (probe_pixel (r.surface, smallest->x + smallest->width - 2, smallest->cy), ==,
                       probe_rgb (&style->palette[0]));
      probe_check_text (r.layout);
      rendered_clear (&r);
    }
}

/* The automatic scale looks at the bars drawn: 20 countries from 50 M to
 * 1.4 B read on a linear axis, however many villages of 10,000 the file
 * also holds, and bar lengths stay proportional to the values. */
static void
test_scale_from_figures_drawn (void)
{
  g_autoptr(HcDataset) dataset = countries_new (19, 170);
  HcChartOptions options;
  Rendered r = { 0 };
  const HcMark *largest, *smallest;
  double v_largest, v_smallest;

  hc_chart_options_init (&options);
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1280, 800);

  g_assert_cmpuint (r.layout->n_shown, ==, 19);
  g_assert_cmpint (r.layout->scale_kind, ==, HC_SCALE_LINEAR);
  largest = hc_chart_layout_find_mark (r.layout, 0);
  smallest = hc_chart_layout_find_mark (r.layout, 18);
  v_largest = hc_dataset_get_figure (dataset, 0)->value;
  v_smallest = hc_dataset_get_figure (dataset, 18)->value;
  g_assert_cmpfloat (fabs (measured_bar_length (r.surface, largest) /
                           measured_bar_length (r.surface, smallest) /
                           (v_largest / v_smallest) - 1), <, 0.05);
  rendered_clear (&r);

  /* When the bars drawn span more than 100×, log it is. */
  {
    g_autoptr(HcDataset) wide = countries_new (2, 10);

    rendered_render (&r, wide, &options, HC_THEME_LIGHT, 1280, 800);
    g_assert_cmpuint (r.layout->n_folded, ==, 0);
    g_assert_cmpint (r.layout->scale_kind, ==, HC_SCALE_LOG);
    rendered_clear (&r);
  }
}

static void
assert_ticks (HcScaleKind  kind,
              double       max,
              guint        max_ticks,
              const char  *expected)
{
  HcScale scale;
  g_autoptr(GArray) ticks = NULL;
  GString *text = g_string_new (NULL);
  g_autofree char *joined = NULL;

  if (kind == HC_SCALE_LOG)
    hc_scale_init_log (&scale, 1e4, max, 0, 1000);
  else
    hc_scale_init_linear (&scale, max, 0, 1000);
  ticks = hc_scale_ticks (&scale, max_ticks);
  for (guint i = 0; i < ticks->len; i++)
    {
      g_autofree char *tick = hc_chart_format_tick (&scale, ticks, i);

      g_string_append_printf (text, "%s%s", i > 0 ? " " : "", tick);
    }
  joined = g_string_free (text, FALSE);
  g_assert_cmpstr (joined, ==, expected);
}

/* One form for every tick of a linear axis, with the decimals its step
 * needs, and trillions after billions. */
static void
test_tick_labels (void)
{
  assert_ticks (HC_SCALE_LINEAR, 1.5e9, 7, "0 0.25B 0.5B 0.75B 1B 1.25B 1.5B");
  assert_ticks (HC_SCALE_LINEAR, 1.2e6, 7, "0 0.25M 0.5M 0.75M 1M 1.25M");
  assert_ticks (HC_SCALE_LINEAR, 1e6, 6, "0 0.2M 0.4M 0.6M 0.8M 1M");
  assert_ticks (HC_SCALE_LINEAR, 8e5, 5, "0 200,000 400,000 600,000 800,000");
  assert_ticks (HC_SCALE_LINEAR, 4e12, 5, "0 1T 2T 3T 4T");
  assert_ticks (HC_SCALE_LINEAR, 7.85e9, 9, "0 1B 2B 3B 4B 5B 6B 7B 8B");
  assert_ticks (HC_SCALE_LINEAR, 12, 7, "0 2.5 5 7.5 10 12.5");
  /* A log axis spans decades no one form suits: each takes its own. */
  assert_ticks (HC_SCALE_LOG, 5e12, 12, "10,000 100,000 1M 10M 100M 1B 10B 100B 1T 5T");
}

/* Below about 600 × 400 the text keeps a readable size and the chart
 * shows less instead: fewer bars, a legend of one line. */
static void
test_small_canvas_text (void)
{
  static const int sizes[][2] = { { 320, 240 }, { 400, 300 }, { 480, 320 }, { 600, 400 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) kosovo = hc_loader_load_default (&error);
  g_autoptr(HcDataset) categories = hc_dataset_new ("Thirty categories");
  const HcDataset *datasets[] = { kosovo, categories };

  g_assert_no_error (error);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *label = g_strdup_printf ("Figure %u", i);
      g_autofree char *category = g_strdup_printf ("Category %u", i);
      HcFigure figure = { .label = label, .value = 1000 + i * 100, .category = category };

      hc_dataset_add_figure (categories, &figure);
    }

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (HcChartKind kind = 0; kind < HC_N_CHART_KINDS; kind++)
        {
          HcChartOptions options;
          Rendered r = { 0 };

          hc_chart_options_init (&options);
          options.kind = kind;
          rendered_render (&r, datasets[d], &options, HC_THEME_LIGHT, sizes[s][0], sizes[s][1]);

          /* A line of 10 px text is at least 11 px high, whatever the font
           * (and text turned upright is longer than that). */
          for (guint i = 0; i < r.layout->labels->len; i++)
            {
              const cairo_rectangle_t *label = &g_array_index (r.layout->labels,
                                                               cairo_rectangle_t, i);

              if (label->width > 0 && label->height < 11)
                g_error ("text %u is %.1f px high at %d×%d in view %d", i, label->height,
                         sizes[s][0], sizes[s][1], kind);
            }
          probe_check_text (r.layout);

          /* Thirty categories: the legend is one line, so the bars still
           * start in the top third of the canvas. */
          if (d == 1 && kind == HC_CHART_BARS)
            {
              g_assert_cmpuint (r.layout->marks->len, >, 0);
              g_assert_cmpfloat (r.layout->plot.y, <, sizes[s][1] / 3.0);
            }
          rendered_clear (&r);
        }
}

/* The description says what the chart at that size shows. */
static void
test_describe_layout (void)
{
  g_autoptr(HcDataset) dataset = countries_new (19, 170);
  HcChartOptions options;
  Rendered r = { 0 };
  g_autofree char *text = NULL;
  g_autofree char *default_text = NULL;

  hc_chart_options_init (&options);
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);
  text = hc_chart_layout_describe (r.layout, dataset);
  g_assert_cmpstr (text, ==,
                   "Bar chart, linear scale, 189 figures, the 19 largest shown one by one and "
                   "170 added up as Other. Largest: Large 0, 1,400,000,000. "
                   "Smallest: Small 169, 10,000.");
  /* Without a layout, that of the default export size. */
  default_text = hc_chart_describe (dataset, &options);
  g_assert_cmpstr (default_text, ==, text);
  rendered_clear (&r);
}

static void
test_describe (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);
  g_autofree char *log_text = NULL;
  g_autofree char *linear_text = NULL;
  HcChartOptions options;

  hc_chart_options_init (&options);
  log_text = hc_chart_describe (dataset, &options);
  g_assert_cmpstr (log_text, ==,
                   "Bar chart, log scale, 5 figures. Largest: Ethnic Albanians, about 2,000,000. "
                   "Smallest: EU police officers, 1,600.");

  options.scale_mode = HC_SCALE_MODE_LINEAR;
  linear_text = hc_chart_describe (dataset, &options);
  g_assert_true (g_str_has_prefix (linear_text, "Bar chart, linear scale, 5 figures."));
}

static void
test_source_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);
  g_autofree char *source = hc_dataset_format_source (dataset);
  g_autoptr(HcDataset) bare = hc_dataset_new ("x");

  g_assert_cmpstr (source, ==, "Source: Reuters, 10 December 2007");
  g_assert_null (hc_dataset_format_source (bare));
}

static void
test_kind_names (void)
{
  HcChartKind kind;
  g_autofree char *names = hc_chart_kind_list_names ();

  g_assert_true (hc_chart_kind_from_string ("bars", &kind));
  g_assert_cmpint (kind, ==, HC_CHART_BARS);
  g_assert_true (hc_chart_kind_from_string ("BARS", &kind));
  g_assert_false (hc_chart_kind_from_string ("pie", &kind));
  g_assert_nonnull (strstr (names, "bars"));
}

/* WCAG relative luminance and contrast ratio, from the sRGB channels. */
static double
channel_linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const HcColor *c)
{
  return 0.2126 * channel_linear (c->red) + 0.7152 * channel_linear (c->green) +
         0.0722 * channel_linear (c->blue);
}

static double
contrast (const HcColor *a,
          const HcColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Text is readable in both themes: titles, labels and values, the muted
 * axis and source text, and text drawn on any palette colour, all at
 * 4.5:1 or more against what is behind them. */
static void
test_text_contrast (void)
{
  for (HcTheme theme = HC_THEME_LIGHT; theme <= HC_THEME_DARK; theme++)
    {
      const HcChartStyle *style = hc_chart_style_get (theme);

      g_assert_cmpfloat (contrast (&style->foreground, &style->background), >=, 4.5);
      g_assert_cmpfloat (contrast (&style->secondary, &style->background), >=, 4.5);
      for (guint i = 0; i < HC_PALETTE_SIZE; i++)
        g_assert_cmpfloat (contrast (hc_chart_text_color_on (&style->palette[i]),
                                     &style->palette[i]), >=, 4.5);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/bars/linear-proportional", test_bars_linear_proportional);
  g_test_add_func ("/chart/bars/log-proportional", test_bars_log_proportional);
  g_test_add_func ("/chart/bars/sorted", test_bars_sorted);
  g_test_add_func ("/chart/bars/readable-at-every-size", test_bars_readable_at_every_size);
  g_test_add_func ("/chart/bars/other", test_many_figures_other);
  g_test_add_func ("/chart/bars/scale-from-figures-drawn", test_scale_from_figures_drawn);
  g_test_add_func ("/chart/axis/tick-labels", test_tick_labels);
  g_test_add_func ("/chart/small-canvas-text", test_small_canvas_text);
  g_test_add_func ("/chart/describe-layout", test_describe_layout);
  g_test_add_func ("/chart/theme/background", test_background_follows_theme);
  g_test_add_func ("/chart/hit-test", test_hit_test);
  g_test_add_func ("/chart/focus-outline", test_focus_outline);
  g_test_add_func ("/chart/describe", test_describe);
  g_test_add_func ("/chart/source-line", test_source_line);
  g_test_add_func ("/chart/kind-names", test_kind_names);
  g_test_add_func ("/chart/theme/text-contrast", test_text_contrast);

  return g_test_run ();
}
