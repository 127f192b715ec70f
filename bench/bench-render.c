/* bench-render.c — time one chart frame at 1920×1080, view by view.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-render [--view NAME]… [--dataset default|synthetic|both|series]
 *                [--figures N] [--frames N] [--min-seconds S]
 *                [--width W] [--height H]
 *
 * Each frame is what a window does when it redraws: a fresh cairo_t on an
 * ARGB32 image surface, hc_chart_render() and the layout freed. One line per
 * view and dataset:
 *
 *   view=bars dataset=default figures=5 frames=412 median_ms=2.310 min_ms=2.201 mean_ms=2.402
 *   view=treemap skipped=unavailable
 *
 * By default every view runs for at least --min-seconds (0.5) and at least 10
 * frames after one warm-up frame; --frames N draws exactly N frames with no
 * warm-up (for instruction counting under callgrind).
 *
 * --dataset series is 200 entities over 64 years (--figures sets the
 * entities) for the views over time (line, area, slope by default); each
 * frame moves the guide to the next year, as stepping through the years
 * with the slider does. For the line view a second line, view=line-stepping,
 * times the frames of a window that keeps the chart drawn and repaints the
 * guide over it.
 * --maps times the map instead, on the World Bank's populations of 2020
 * (tests/data/real/wb-long-2020.csv, or --map-data FILE): the world at
 * 1:110m and at 1:50m, Europe and the Balkans, and how long the shapes
 * take to decode the first time:
 *
 *   map=decode detail=110m ms=21.4
 *   view=map-world-110m dataset=worldbank figures=217 frames=… median_ms=…
 *
 * --via-recording draws each frame into a cairo recording surface and
 * plays it back onto the image (the rows are then named line-via-recording
 * and so on): what a GTK cairo node costs, with every line stroked by
 * cairo rather than by the core's own rasteriser.
 * --dump-polygons FILE writes the 1:110m world as the map draws it (rings
 * cut at the map's edge and projected, in canvas pixels at --width ×
 * --height, each with the colour of its country's bin) for gnuplot to draw
 * the same polygons: "x y 0xRRGGBB" lines, a blank line between rings.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <cairo.h>
#include <glib.h>

#include "hc-chart.h"
#include "hc-loader.h"
#include "hc-map.h"
#include "hc-selection.h"


static HcDataset *
synthetic_dataset (guint n_figures)
{
  static const char *const categories[] = { "Population", "Security forces", "Casualties", "Refugees" };
  static const char *const units[] = { "people", "troops", "people", "people" };
  HcDataset *dataset = hc_dataset_new ("Synthetic figures");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20071210);

  hc_dataset_set_source (dataset, "Headcount benchmarks", "Synthetic data", "2007-12-10", NULL);

  for (guint i = 0; i < n_figures; i++)
    {
      g_autofree char *label = g_strdup_printf ("Region %05u", i + 1);
      guint c = g_rand_int_range (rand, 0, G_N_ELEMENTS (categories));
      HcFigure figure = {
        .label = label,
        /* log-uniform over 100 … 100,000,000 */
        .value = round (pow (10.0, g_rand_double_range (rand, 2.0, 8.0))),
        .category = (char *) categories[c],
        .unit = (char *) units[c],
        .approximate = (i % 7) == 0,
      };

      hc_dataset_add_figure (dataset, &figure);
    }

  return dataset;
}

/* @n_entities countries over 64 years, growing at their own rates. */
static HcDataset *
series_dataset (guint n_entities)
{
  HcDataset *dataset = hc_dataset_new ("Synthetic series");
  g_autoptr(GRand) rand = g_rand_new_with_seed (19602023);

  hc_dataset_set_source (dataset, "Headcount benchmarks", "Synthetic data", "2024-01-01", NULL);
  hc_dataset_set_time_kind (dataset, HC_TIME_YEAR);
  for (guint e = 0; e < n_entities; e++)
    {
      g_autofree char *label = g_strdup_printf ("Country %03u", e + 1);
      double start = pow (10.0, g_rand_double_range (rand, 4.0, 9.0));
      double growth = g_rand_double_range (rand, -0.01, 0.035);

      for (int year = 1960; year < 2024; year++)
        {
          HcFigure figure = {
            .label = label,
            .entity = label,
            .value = round (start * pow (1 + growth, year - 1960)),
            .has_time = TRUE,
            .time = year,
          };

          hc_dataset_add_figure (dataset, &figure);
        }
    }

  return dataset;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* --via-recording: each frame drawn into a cairo recording and played
 * back onto the image, as a GTK cairo node is. Lines are then stroked by
 * cairo, not by the core's rasteriser: the window's way before it drew
 * into pixels itself, measured the same way. */
static gboolean via_recording;

static double
draw_frame (cairo_surface_t      *surface,
            int                   width,
            int                   height,
            const HcDataset      *dataset,
            const HcChartOptions *options,
            const HcChartStyle   *style)
{
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *recording = via_recording
    ? cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                      &(cairo_rectangle_t) { 0, 0, width, height })
    : NULL;
  cairo_t *cr = cairo_create (recording != NULL ? recording : surface);
  HcChartLayout *layout = hc_chart_render (cr, width, height, dataset, options, style);

  hc_chart_layout_free (layout);
  cairo_destroy (cr);
  if (recording != NULL)
    {
      cr = cairo_create (surface);
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (recording);
    }
  cairo_surface_flush (surface);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
median_of (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return times->len % 2
    ? g_array_index (times, double, times->len / 2)
    : (g_array_index (times, double, times->len / 2 - 1) +
       g_array_index (times, double, times->len / 2)) / 2;
}

/* Stepping through the years as a window that keeps the chart drawn
 * does: the chart painted from the copy, and the guide drawn over it
 * from the layout (hc_chart_render_overlay()). */
static void
bench_stepping (const HcDataset *dataset,
                int              width,
                int              height,
                double           min_seconds)
{
  HcChartOptions options;
  const HcChartStyle *style = hc_chart_style_get (HC_THEME_LIGHT);
  cairo_surface_t *chart = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_t *frame = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  HcChartLayout *layout;
  gint64 deadline;
  cairo_t *cr;
  guint year = 0;

  hc_chart_options_init (&options);
  options.kind = HC_CHART_LINE;
  cr = cairo_create (chart);
  layout = hc_chart_render (cr, width, height, dataset, &options, style);
  cairo_destroy (cr);
  options.has_guide = TRUE;

  deadline = g_get_monotonic_time () + (gint64) (min_seconds * G_USEC_PER_SEC);
  while (times->len < 10 || (g_get_monotonic_time () < deadline && times->len < 100000))
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      options.guide_time = 1960 + year++ % 64;
      cr = cairo_create (frame);
      cairo_set_source_surface (cr, chart, 0, 0);
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      hc_chart_render_overlay (cr, layout, dataset, &options, style);
      cairo_destroy (cr);
      cairo_surface_flush (frame);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }

  {
    double median = median_of (times);

    printf ("view=line-stepping dataset=series figures=%u frames=%u median_ms=%.3f min_ms=%.3f\n",
            hc_dataset_get_n_figures (dataset), times->len, median,
            g_array_index (times, double, 0));
  }
  fflush (stdout);
  hc_chart_layout_free (layout);
  cairo_surface_destroy (chart);
  cairo_surface_destroy (frame);
}

static void
bench_view (const char      *name,
            const char      *dataset_name,
            const HcDataset *dataset,
            int              width,
            int              height,
            int              exact_frames,
            double           min_seconds,
            gboolean         step_years)
{
  HcChartOptions options;
  guint frame = 0;
  const HcChartStyle *style = hc_chart_style_get (HC_THEME_LIGHT);
  cairo_surface_t *surface;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double total = 0, median;

  hc_chart_options_init (&options);
  if (!hc_chart_kind_from_string (name, &options.kind))
    {
      printf ("view=%s skipped=unavailable\n", name);
      return;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  options.has_guide = step_years;

  if (exact_frames > 0)
    {
      for (int i = 0; i < exact_frames; i++)
        {
          double ms;

          options.guide_time = 1960 + frame++ % 64;
          ms = draw_frame (surface, width, height, dataset, &options, style);
          g_array_append_val (times, ms);
        }
    }
  else
    {
      gint64 deadline;

      draw_frame (surface, width, height, dataset, &options, style);  /* warm-up: fonts, caches */
      deadline = g_get_monotonic_time () + (gint64) (min_seconds * G_USEC_PER_SEC);
      while (times->len < 10 || (g_get_monotonic_time () < deadline && times->len < 100000))
        {
          double ms;

          options.guide_time = 1960 + frame++ % 64;
          ms = draw_frame (surface, width, height, dataset, &options, style);
          g_array_append_val (times, ms);
        }
    }

  for (guint i = 0; i < times->len; i++)
    total += g_array_index (times, double, i);
  g_array_sort (times, compare_doubles);
  median = times->len % 2
    ? g_array_index (times, double, times->len / 2)
    : (g_array_index (times, double, times->len / 2 - 1) + g_array_index (times, double, times->len / 2)) / 2;

  printf ("view=%s%s dataset=%s figures=%u frames=%u median_ms=%.3f min_ms=%.3f mean_ms=%.3f\n",
          name, via_recording ? "-via-recording" : "", dataset_name,
          hc_dataset_get_n_figures (dataset), times->len,
          median, g_array_index (times, double, 0), total / times->len);
  fflush (stdout);

  cairo_surface_destroy (surface);
}

static HcDataset *
load_year (const char *path,
           double      year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = hc_loader_read_path (path, NULL, NULL, &error);
  g_auto(HcSelection) selection = { 0 };
  HcDataset *dataset;

  if (table == NULL)
    {
      fprintf (stderr, "%s: %s\n", g_get_prgname (), error->message);
      exit (1);
    }
  hc_selection_init (&selection);
  selection.has_time = TRUE;
  selection.time = year;
  dataset = hc_selection_apply (table, &selection, &error);
  if (dataset == NULL)
    {
      fprintf (stderr, "%s: %s: %s\n", g_get_prgname (), path, error->message);
      exit (1);
    }
  return dataset;
}

static void
bench_map (const char      *name,
           const HcDataset *dataset,
           HcMapRegion      region,
           HcMapDetail      detail,
           int              width,
           int              height,
           int              exact_frames,
           double           min_seconds)
{
  HcChartOptions options;
  const HcChartStyle *style = hc_chart_style_get (HC_THEME_LIGHT);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double total = 0, median;
  int n = exact_frames > 0 ? exact_frames : 0;
  gint64 deadline;

  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  options.map_region = region;
  options.map_detail = detail;

  if (exact_frames <= 0)
    draw_frame (surface, width, height, dataset, &options, style);  /* warm-up */
  deadline = g_get_monotonic_time () + (gint64) (min_seconds * G_USEC_PER_SEC);
  while (n > 0 ? times->len < (guint) n
               : (times->len < 10 || (g_get_monotonic_time () < deadline && times->len < 100000)))
    {
      double ms = draw_frame (surface, width, height, dataset, &options, style);
      g_array_append_val (times, ms);
    }

  for (guint i = 0; i < times->len; i++)
    total += g_array_index (times, double, i);
  g_array_sort (times, compare_doubles);
  median = times->len % 2
    ? g_array_index (times, double, times->len / 2)
    : (g_array_index (times, double, times->len / 2 - 1) + g_array_index (times, double, times->len / 2)) / 2;

  printf ("view=%s dataset=worldbank figures=%u frames=%u median_ms=%.3f min_ms=%.3f mean_ms=%.3f\n",
          name, hc_dataset_get_n_figures (dataset), times->len, median,
          g_array_index (times, double, 0), total / times->len);
  fflush (stdout);
  cairo_surface_destroy (surface);
}

/* The rings of the 1:110m world, where a 1:110m world map of @dataset at
 * @width × @height puts them, with their fill colours. */
static int
dump_polygons (const char      *path,
               const HcDataset *dataset,
               int              width,
               int              height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;
  const HcMapAtlas *atlas = hc_map_atlas_get (HC_MAP_DETAIL_110M, 0, &error);
  g_autoptr(HcMapJoin) join = NULL;
  g_autoptr(HcChartLayout) layout = NULL;
  HcChartOptions options;
  GString *out = g_string_new (NULL);
  gboolean ok;

  if (atlas == NULL)
    {
      fprintf (stderr, "%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  options.map_region = HC_MAP_REGION_WORLD;
  options.map_detail = HC_MAP_DETAIL_110M;
  layout = hc_chart_render (cr, width, height, dataset, &options, NULL);
  join = hc_map_join_new (atlas, dataset);

  for (guint s = 0; s < atlas->shapes->len; s++)
    {
      const HcMapShape *shape = &g_array_index (atlas->shapes, HcMapShape, s);
      int figure = g_array_index (join->shape_figure, int, s);
      const HcColor *color = figure >= 0
        ? &layout->map->colors[hc_chart_map_find_bin (layout->map,
                                                      hc_dataset_get_figure (dataset, figure)->value)]
        : &layout->map->no_data;
      guint rgb = ((guint) lround (color->red * 255) << 16) |
                  ((guint) lround (color->green * 255) << 8) | (guint) lround (color->blue * 255);

      for (guint r = 0; r < shape->n_rings; r++)
        {
          const HcMapSpan *ring = &g_array_index (atlas->rings, HcMapSpan, shape->first_ring + r);

          for (guint i = 0; i < ring->n_points; i++)
            {
              const double *p = &g_array_index (atlas->points, double, 2 * (ring->first_point + i));

              g_string_append_printf (out, "%.2f %.2f 0x%06x\n",
                                      layout->map->ox + (p[0] - layout->map->cx) * layout->map->scale,
                                      layout->map->oy - (p[1] - layout->map->cy) * layout->map->scale,
                                      rgb);
            }
          g_string_append_c (out, '\n');
        }
    }

  ok = g_file_set_contents (path, out->str, out->len, &error);
  g_string_free (out, TRUE);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (!ok)
    {
      fprintf (stderr, "%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  return 0;
}

static int
run_maps (const char *map_data,
          const char *dump,
          int         width,
          int         height,
          int         frames,
          double      min_seconds)
{
  g_autofree char *world_path = g_strdup (map_data != NULL ? map_data
                                          : HC_SOURCE_DIR "/tests/data/real/wb-long-2020.csv");
  g_autoptr(HcDataset) world = load_year (world_path, 2020);
  g_autoptr(HcDataset) balkans = load_year (HC_SOURCE_DIR "/tests/data/real/wb-long-balkans.csv",
                                            2007);
  static const HcMapDetail details[] = { HC_MAP_DETAIL_110M, HC_MAP_DETAIL_50M };

  if (dump != NULL)
    return dump_polygons (dump, world, width, height);

  /* Nothing has read the shapes yet: the first use decodes them. */
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (hc_map_atlas_get (details[i], 0, NULL) == NULL)
        return 1;
      printf ("map=decode detail=%s ms=%.1f\n", i == 0 ? "110m" : "50m",
              (g_get_monotonic_time () - start) / 1000.0);
    }

  bench_map ("map-world-110m", world, HC_MAP_REGION_WORLD, HC_MAP_DETAIL_110M,
             width, height, frames, min_seconds);
  bench_map ("map-world-50m", world, HC_MAP_REGION_WORLD, HC_MAP_DETAIL_50M,
             width, height, frames, min_seconds);
  bench_map ("map-europe-50m", world, HC_MAP_REGION_EUROPE, HC_MAP_DETAIL_AUTO,
             width, height, frames, min_seconds);
  bench_map ("map-balkans-50m", balkans, HC_MAP_REGION_DATA, HC_MAP_DETAIL_AUTO,
             width, height, frames, min_seconds);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) views = NULL;
  g_autofree char *which = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  int n_figures = 10000, frames = 0, width = 1920, height = 1080;
  double min_seconds = 0.5;
  gboolean maps = FALSE;
  g_autofree char *map_data = NULL;
  g_autofree char *dump = NULL;
  const GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING_ARRAY, &views, "View to draw (repeatable; default: all)", "NAME" },
    { "dataset", 0, 0, G_OPTION_ARG_STRING, &which,
      "default, synthetic, both (default) or series", "WHICH" },
    { "figures", 0, 0, G_OPTION_ARG_INT, &n_figures, "Figures in the synthetic dataset (10000)", "N" },
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Draw exactly N frames, no warm-up", "N" },
    { "min-seconds", 0, 0, G_OPTION_ARG_DOUBLE, &min_seconds, "Time spent per view (0.5)", "S" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Width (1920)", "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Height (1080)", "H" },
    { "maps", 0, 0, G_OPTION_ARG_NONE, &maps, "Time the map instead", NULL },
    { "map-data", 0, 0, G_OPTION_ARG_FILENAME, &map_data, "World Bank long file for --maps", "FILE" },
    { "dump-polygons", 0, 0, G_OPTION_ARG_FILENAME, &dump, "Write the 1:110m world's polygons", "FILE" },
    { "via-recording", 0, 0, G_OPTION_ARG_NONE, &via_recording,
      "Draw each frame into a cairo recording played back onto the image", NULL },
    { NULL }
  };
  gboolean run_default, run_synthetic;

  context = g_option_context_new ("— time chart frames");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }

  if (g_strcmp0 (which, "series") == 0)
    {
      g_autoptr(HcDataset) dataset = series_dataset (n_figures == 10000 ? 200
                                                                        : (guint) MAX (n_figures, 1));

      if (views == NULL)
        views = g_strsplit ("line,area,slope", ",", -1);
      for (guint i = 0; views[i] != NULL; i++)
        {
          bench_view (views[i], "series", dataset, width, height, frames, min_seconds, TRUE);
          if (g_str_equal (views[i], "line") && frames == 0 && !via_recording)
            bench_stepping (dataset, width, height, min_seconds);
        }
      return 0;
    }
  if (maps || dump != NULL)
    return run_maps (map_data, dump, width, height, frames, min_seconds);

  run_default = which == NULL || g_str_equal (which, "default") || g_str_equal (which, "both");
  run_synthetic = which == NULL || g_str_equal (which, "synthetic") || g_str_equal (which, "both");
  if (!run_default && !run_synthetic)
    {
      fprintf (stderr, "%s: --dataset: give default, synthetic, both or series\n",
               g_get_prgname ());
      return 1;
    }

  if (views == NULL)
    views = g_strsplit ("bars,columns,circles,treemap,shares,units", ",", -1);

  if (run_default)
    {
      g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);

      if (dataset == NULL)
        {
          fprintf (stderr, "%s: %s\n", g_get_prgname (), error->message);
          return 1;
        }
      for (guint i = 0; views[i] != NULL; i++)
        bench_view (views[i], "default", dataset, width, height, frames, min_seconds, FALSE);
    }

  if (run_synthetic)
    {
      g_autoptr(HcDataset) dataset = synthetic_dataset ((guint) MAX (n_figures, 1));

      for (guint i = 0; views[i] != NULL; i++)
        bench_view (views[i], "synthetic", dataset, width, height, frames, min_seconds, FALSE);
    }

  return 0;
}
