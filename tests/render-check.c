/* render-check.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "render-check.h"

/* Text is positioned in fractions of a pixel and antialiased: allow it to
 * touch the edge, not to leave the canvas. */
#define EDGE_TOLERANCE 1.0

static void
assert_on_canvas (const char *what,
                  HcChartKind kind,
                  double      x,
                  double      y,
                  double      width,
                  double      height,
                  int         canvas_width,
                  int         canvas_height)
{
  if (isfinite (x) && isfinite (y) && isfinite (width) && isfinite (height) &&
      width >= 0 && height >= 0 &&
      x >= -EDGE_TOLERANCE && y >= -EDGE_TOLERANCE &&
      x + width <= canvas_width + EDGE_TOLERANCE &&
      y + height <= canvas_height + EDGE_TOLERANCE)
    return;

  g_printerr ("%s view, %d×%d: a %s at (%g, %g) of %g×%g is not on the canvas\n",
              hc_chart_kind_to_string (kind), canvas_width, canvas_height, what,
              x, y, width, height);
  /* An abort, not g_error()'s trap: libFuzzer saves the input on abort. */
  g_assert_not_reached ();
}

static void
render_one (const HcDataset *dataset,
            HcChartKind      kind,
            HcScaleMode      scale_mode,
            gboolean         relative,
            int              width,
            int              height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(HcChartLayout) layout = NULL;
  HcChartOptions options;

  hc_chart_options_init (&options);
  options.kind = kind;
  options.scale_mode = scale_mode;
  /* The focus outline is drawn around a mark: it must fit as well. */
  options.focused = 0;
  /* Views over time: as changes or shares, with the guide at a time. */
  options.relative = relative;
  options.has_guide = relative;
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset) && relative; i++)
    if (hc_dataset_get_figure (dataset, i)->has_time)
      {
        options.guide_time = hc_dataset_get_figure (dataset, i)->time;
        break;
      }

  layout = hc_chart_render (cr, width, height, dataset, &options, NULL);
  g_assert_nonnull (layout);
  g_assert_cmpint (layout->kind, ==, kind);

  /* No figure goes missing without a word: from 480×320 up, a dataset
   * with figures gets at least one mark in every view that can draw it
   * (a view over time of figures without times says so instead). */
  if (width >= 480 && height >= 320 && hc_dataset_get_n_figures (dataset) > 0 &&
      hc_chart_kind_supports (kind, dataset) && layout->marks->len == 0)
    {
      g_printerr ("%s view, %d×%d: no mark drawn for %u figures\n", hc_chart_kind_to_string (kind),
                  width, height, hc_dataset_get_n_figures (dataset));
      g_assert_not_reached ();
    }

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, i);

      g_assert_cmpint (mark->figure, <, (int) hc_dataset_get_n_figures (dataset));
      assert_on_canvas ("mark", kind, mark->x, mark->y, mark->width, mark->height,
                        width, height);
    }

  for (guint i = 0; i < layout->labels->len; i++)
    {
      const cairo_rectangle_t *rect = &g_array_index (layout->labels, cairo_rectangle_t, i);

      assert_on_canvas ("label", kind, rect->x, rect->y, rect->width, rect->height,
                        width, height);
    }

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

guint
render_check_all_views (const HcDataset *dataset,
                        int              width,
                        int              height)
{
  guint n_views = 0;

  for (guint i = 0; i < HC_N_CHART_KINDS; i++)
    {
      HcChartKind kind;

      /* Only the views that can be drawn parse by name. */
      if (!hc_chart_kind_from_string (hc_chart_kind_to_string (i), &kind))
        continue;

      render_one (dataset, kind, HC_SCALE_MODE_AUTO, FALSE, width, height);
      if (hc_chart_kind_has_scale (kind))
        render_one (dataset, kind, HC_SCALE_MODE_LOG, FALSE, width, height);
      if (hc_chart_kind_is_series (kind))
        render_one (dataset, kind, HC_SCALE_MODE_AUTO, TRUE, width, height);
      n_views++;
    }

  return n_views;
}
