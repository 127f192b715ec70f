/* hc-chart-bars.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Horizontal bars, largest first, every bar labelled with its value.
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

/* Tick labels along the bottom, decades before the 2× and 5× steps, so
 * that when space runs out it is the in-between labels that go. */
static void
draw_axis (HcChartContext          *ctx,
           const HcScale           *scale,
           const cairo_rectangle_t *plot,
           double                   axis_y)
{
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  g_autoptr(PangoLayout) caption = NULL;
  double probe_width;
  double tick_height = 0;
  guint max_ticks;

  {
    g_autofree char *widest = hc_number_format_compact (scale->domain_max);
    g_autoptr(PangoLayout) probe = hc_chart_text_new (ctx, widest, HC_TEXT_SMALL);

    hc_chart_text_size (probe, &probe_width, &tick_height);
  }
  max_ticks = (guint) CLAMP (fabs (scale->range_max - scale->range_min) / (probe_width * 1.6), 2, 12);
  ticks = hc_scale_ticks (scale, max_ticks);

  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 16));
  for (guint i = 0; i < ticks->len; i++)
    {
      double v = g_array_index (ticks, double, i);
      double x = round (hc_scale_map (scale, v)) + 0.5;
      gboolean major = scale->kind == HC_SCALE_LINEAR || is_decade (v);

      /* Decades stand out; the 2× and 5× lines only guide the eye. */
      hc_chart_set_color (ctx, &ctx->style->grid);
      cairo_set_dash (ctx->cr, (double[]) { ctx->unit * 0.2 }, major ? 0 : 1, 0);
      cairo_move_to (ctx->cr, x, plot->y);
      cairo_line_to (ctx->cr, x, axis_y);
      cairo_stroke (ctx->cr);
    }
  cairo_restore (ctx->cr);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < ticks->len; i++)
      {
        double v = g_array_index (ticks, double, i);
        gboolean major = scale->kind == HC_SCALE_LINEAR || is_decade (v);
        g_autofree char *text = NULL;
        g_autoptr(PangoLayout) label = NULL;
        cairo_rectangle_t rect;
        gboolean clash = FALSE;

        if (major != (pass == 0))
          continue;

        text = hc_number_format_compact (v);
        label = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
        hc_chart_text_size (label, &rect.width, &rect.height);
        rect.x = hc_scale_map (scale, v) - rect.width / 2;
        rect.y = axis_y + ctx->unit * 0.3;
        rect.x = CLAMP (rect.x, ctx->area.x, ctx->area.x + ctx->area.width - rect.width);

        for (guint j = 0; j < placed->len && !clash; j++)
          {
            cairo_rectangle_t padded = g_array_index (placed, cairo_rectangle_t, j);

            padded.x -= ctx->unit * 0.6;
            padded.width += ctx->unit * 1.2;
            clash = hc_rect_intersects (&rect, &padded);
          }
        if (clash)
          continue;

        g_array_append_val (placed, rect);
        hc_chart_text_draw (ctx, label, rect.x, rect.y, &ctx->style->secondary);
      }

  caption = hc_chart_text_new (ctx,
                               scale->kind == HC_SCALE_LOG
                                 ? _("Log scale: each solid gridline is 10 times the one before")
                                 : _("Linear scale, starting at zero"),
                               HC_TEXT_SMALL);
  pango_layout_set_width (caption, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (caption, PANGO_ELLIPSIZE_END);
  hc_chart_text_draw (ctx, caption, ctx->area.x,
                      axis_y + ctx->unit * 0.3 + tick_height + ctx->unit * 0.25,
                      &ctx->style->secondary);
}

void
hc_chart_draw_bars (HcChartContext *ctx)
{
  g_autoptr(GArray) entries = NULL;
  g_autoptr(PangoLayout) probe = hc_chart_text_new (ctx, "0", HC_TEXT_BODY);
  cairo_rectangle_t plot;
  HcScale scale;
  double text_height, small_height;
  double axis_height;
  double label_width = 0, value_width = 0;
  double gap = ctx->unit * 0.6;
  double row_height, bar_height, min_length;
  double lo, hi;
  guint max_rows;

  hc_chart_text_size (probe, NULL, &text_height);
  {
    g_autoptr(PangoLayout) small = hc_chart_text_new (ctx, "0", HC_TEXT_SMALL);
    hc_chart_text_size (small, NULL, &small_height);
  }
  axis_height = ctx->unit * 0.3 + small_height * 2 + ctx->unit * 0.25;

  plot = ctx->area;
  plot.height -= axis_height;
  if (plot.height < text_height)
    return;

  max_rows = (guint) MAX (plot.height / (text_height * 1.15), 2);
  entries = hc_chart_entries (ctx, max_rows, TRUE);

  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      g_autofree char *value = hc_chart_entry_value_text (entry);
      g_autoptr(PangoLayout) l = hc_chart_text_new (ctx, entry->label, HC_TEXT_BODY);
      g_autoptr(PangoLayout) v = hc_chart_text_new (ctx, value, HC_TEXT_VALUE);
      double w;

      hc_chart_text_size (l, &w, NULL);
      label_width = MAX (label_width, w);
      hc_chart_text_size (v, &w, NULL);
      value_width = MAX (value_width, w);
    }
  label_width = MIN (label_width, ctx->area.width * 0.34);

  plot.x = ctx->area.x + label_width + gap;
  plot.width = ctx->area.x + ctx->area.width - value_width - gap - plot.x;
  if (plot.width < ctx->unit)
    return;

  ctx->layout->plot = plot;
  ctx->layout->has_scale = TRUE;
  ctx->layout->scale_kind = hc_chart_resolve_scale (ctx->dataset, ctx->options->scale_mode);

  if (!hc_dataset_get_range (ctx->dataset, &lo, &hi))
    {
      lo = 1;
      hi = 1;
    }
  if (ctx->layout->scale_kind == HC_SCALE_LOG)
    hc_scale_init_log (&scale, lo, hi, plot.x, plot.x + plot.width);
  else
    hc_scale_init_linear (&scale, hi, plot.x, plot.x + plot.width);

  row_height = MIN (plot.height / entries->len, ctx->unit * 5.5);
  bar_height = MAX (MIN (row_height * 0.62, ctx->unit * 2.6), 1);
  /* The smallest figure must stay a visible bar, whatever the scale. */
  min_length = MAX (4.0, ctx->unit * 0.3);

  draw_axis (ctx, &scale, &plot, plot.y + row_height * entries->len);

  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      g_autofree char *value = hc_chart_entry_value_text (entry);
      g_autoptr(PangoLayout) label = hc_chart_text_new (ctx, entry->label, HC_TEXT_BODY);
      g_autoptr(PangoLayout) value_text = hc_chart_text_new (ctx, value, HC_TEXT_VALUE);
      double row_y = plot.y + row_height * i;
      double bar_y = row_y + (row_height - bar_height) / 2;
      double length = hc_scale_map (&scale, entry->value) - plot.x;
      double lw, lh, vw, vh;

      length = CLAMP (length, min_length, plot.width);

      hc_chart_set_color (ctx, hc_chart_entry_color (ctx, entry));
      cairo_rectangle (ctx->cr, plot.x, bar_y, length, bar_height);
      cairo_fill (ctx->cr);
      hc_chart_add_rect_mark (ctx, entry->figure, plot.x, bar_y, length, bar_height);

      pango_layout_set_width (label, (int) (label_width * PANGO_SCALE));
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      hc_chart_text_size (label, &lw, &lh);
      hc_chart_text_draw (ctx, label, ctx->area.x + label_width - lw, row_y + (row_height - lh) / 2,
                          &ctx->style->foreground);

      hc_chart_text_size (value_text, &vw, &vh);
      hc_chart_text_draw (ctx, value_text, plot.x + length + gap * 0.6,
                          row_y + (row_height - vh) / 2, &ctx->style->foreground);
    }
}
