/* hc-chart-axis.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The value axis that bars and columns share: gridlines across the plot,
 * tick labels outside it, and the caption that says which scale is in use.
 * One implementation, so both views label a log axis the same way.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

static gboolean
is_decade (double value)
{
  double e = log10 (value);

  return fabs (e - round (e)) < 1e-9;
}

static gboolean
is_major_tick (const HcScale *scale,
               double         value)
{
  return scale->kind == HC_SCALE_LINEAR || is_decade (value);
}

/* The widest tick label any tick count could produce, so a view can make
 * room for the axis before it knows how long the axis will be. */
double
hc_chart_value_axis_label_width (HcChartContext *ctx,
                                 const HcScale  *scale)
{
  double widest = 0;

  for (guint max_ticks = 2; max_ticks <= 12; max_ticks++)
    {
      g_autoptr(GArray) ticks = hc_scale_ticks (scale, max_ticks);

      for (guint i = 0; i < ticks->len; i++)
        {
          g_autofree char *text = hc_number_format_compact (g_array_index (ticks, double, i));
          g_autoptr(PangoLayout) label = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
          double w;

          hc_chart_text_size (label, &w, NULL);
          widest = MAX (widest, w);
        }
    }

  return widest;
}

/* Tick labels outside @plot (below it for a horizontal axis, left of it
 * for a vertical one), decades before the 2× and 5× steps, so that when
 * space runs out it is the in-between labels that go. */
void
hc_chart_draw_value_axis (HcChartContext          *ctx,
                          const HcScale           *scale,
                          const cairo_rectangle_t *plot,
                          HcAxisOrientation        orientation)
{
  gboolean horizontal = orientation == HC_AXIS_HORIZONTAL;
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  double probe_width, tick_height;
  double length = fabs (scale->range_max - scale->range_min);
  guint max_ticks;

  {
    g_autofree char *widest = hc_number_format_compact (scale->domain_max);
    g_autoptr(PangoLayout) probe = hc_chart_text_new (ctx, widest, HC_TEXT_SMALL);

    hc_chart_text_size (probe, &probe_width, &tick_height);
  }
  if (horizontal)
    max_ticks = (guint) CLAMP (length / (probe_width * 1.6), 2, 12);
  else
    max_ticks = (guint) CLAMP (length / (tick_height * 2.2), 2, 12);
  ticks = hc_scale_ticks (scale, max_ticks);

  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 16));
  for (guint i = 0; i < ticks->len; i++)
    {
      double v = g_array_index (ticks, double, i);
      double at = round (hc_scale_map (scale, v)) + 0.5;

      /* Decades stand out; the 2× and 5× lines only guide the eye. */
      hc_chart_set_color (ctx, &ctx->style->grid);
      cairo_set_dash (ctx->cr, (double[]) { ctx->unit * 0.2 }, is_major_tick (scale, v) ? 0 : 1, 0);
      if (horizontal)
        {
          cairo_move_to (ctx->cr, at, plot->y);
          cairo_line_to (ctx->cr, at, plot->y + plot->height);
        }
      else
        {
          cairo_move_to (ctx->cr, plot->x, at);
          cairo_line_to (ctx->cr, plot->x + plot->width, at);
        }
      cairo_stroke (ctx->cr);
    }
  cairo_restore (ctx->cr);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < ticks->len; i++)
      {
        double v = g_array_index (ticks, double, i);
        g_autofree char *text = NULL;
        g_autoptr(PangoLayout) label = NULL;
        cairo_rectangle_t rect;
        gboolean clash = FALSE;

        if (is_major_tick (scale, v) != (pass == 0))
          continue;

        text = hc_number_format_compact (v);
        label = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
        hc_chart_text_size (label, &rect.width, &rect.height);

        if (horizontal)
          {
            rect.x = hc_scale_map (scale, v) - rect.width / 2;
            rect.y = plot->y + plot->height + ctx->unit * 0.3;
            rect.x = CLAMP (rect.x, ctx->area.x, ctx->area.x + ctx->area.width - rect.width);
          }
        else
          {
            rect.x = plot->x - ctx->unit * 0.4 - rect.width;
            rect.y = hc_scale_map (scale, v) - rect.height / 2;
            rect.y = CLAMP (rect.y, ctx->area.y, ctx->area.y + ctx->area.height - rect.height);
          }

        for (guint j = 0; j < placed->len && !clash; j++)
          {
            cairo_rectangle_t padded = g_array_index (placed, cairo_rectangle_t, j);

            if (horizontal)
              {
                padded.x -= ctx->unit * 0.6;
                padded.width += ctx->unit * 1.2;
              }
            else
              {
                padded.y -= ctx->unit * 0.3;
                padded.height += ctx->unit * 0.6;
              }
            clash = hc_rect_intersects (&rect, &padded);
          }
        if (clash)
          continue;

        g_array_append_val (placed, rect);
        hc_chart_text_draw (ctx, label, rect.x, rect.y, &ctx->style->secondary);
      }
}

/* One line under the chart that says how to read the axis; a log axis
 * must never pass for a linear one. Returns the height used. */
double
hc_chart_draw_scale_caption (HcChartContext *ctx,
                             HcScaleKind     kind,
                             double          y)
{
  g_autoptr(PangoLayout) caption = NULL;
  double height;

  caption = hc_chart_text_new (ctx,
                               kind == HC_SCALE_LOG
                                 ? _("Log scale: each solid gridline is 10 times the one before")
                                 : _("Linear scale, starting at zero"),
                               HC_TEXT_SMALL);
  pango_layout_set_width (caption, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (caption, PANGO_ELLIPSIZE_END);
  hc_chart_text_size (caption, NULL, &height);
  hc_chart_text_draw (ctx, caption, ctx->area.x, y, &ctx->style->secondary);

  return height;
}

/* The scale a view with a value axis uses for the dataset, spanning
 * [@range_min, @range_max] in pixels. */
void
hc_chart_init_value_scale (HcChartContext *ctx,
                           HcScale        *scale,
                           double          range_min,
                           double          range_max)
{
  double lo, hi;

  if (!hc_dataset_get_range (ctx->dataset, &lo, &hi))
    {
      lo = 1;
      hi = 1;
    }
  if (isfinite (ctx->other_value))
    hi = MAX (hi, ctx->other_value);

  if (hc_chart_resolve_scale (ctx->dataset, ctx->options->scale_mode) == HC_SCALE_LOG)
    hc_scale_init_log (scale, lo, hi, range_min, range_max);
  else
    hc_scale_init_linear (scale, hi, range_min, range_max);
}
