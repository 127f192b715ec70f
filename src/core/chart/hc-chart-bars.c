/* hc-chart-bars.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Horizontal bars, largest first, every bar labelled with its value. The
 * figures folded into "Other" get a row of text, not a bar: their sum is
 * not a figure to compare with the others.
 */
#include "config.h"

#include <math.h>

#include "hc-chart-private.h"
#include "hc-number.h"

static guint
rows_fitting (double height,
              double text_height)
{
  return (guint) MAX (height / (text_height * 1.15), 2);
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
  guint max_rows;

  hc_chart_text_size (probe, NULL, &text_height);
  {
    g_autoptr(PangoLayout) small = hc_chart_text_new (ctx, "0", HC_TEXT_SMALL);
    hc_chart_text_size (small, NULL, &small_height);
  }
  axis_height = ctx->unit * 0.3 + small_height * 2 + ctx->unit * 0.25;

  if (ctx->area.height - axis_height < text_height)
    return;

  max_rows = rows_fitting (ctx->area.height - axis_height, text_height);
  /* Folding takes a line under the chart for its rule. */
  if (hc_chart_entries_fold (ctx, max_rows))
    max_rows = rows_fitting (ctx->area.height - axis_height - hc_chart_fold_note_height (ctx),
                             text_height);
  entries = hc_chart_entries (ctx, max_rows, HC_ENTRIES_SORTED);
  hc_chart_draw_fold_note (ctx);

  plot = ctx->area;
  plot.height -= axis_height;
  if (plot.height < text_height)
    return;

  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      g_autofree char *value = entry->figure < 0 ? hc_chart_other_total_text (entry)
                                                 : hc_chart_entry_value_text (entry);
      g_autoptr(PangoLayout) l = hc_chart_text_new (ctx, entry->label, HC_TEXT_BODY);
      g_autoptr(PangoLayout) v = hc_chart_text_new (ctx, value, HC_TEXT_VALUE);
      double w;

      hc_chart_text_size (l, &w, NULL);
      label_width = MAX (label_width, w);
      hc_chart_text_size (v, &w, NULL);
      /* "Other" writes its total from the start of the plot, not after a bar. */
      if (entry->figure >= 0)
        value_width = MAX (value_width, w);
    }
  label_width = MIN (label_width, ctx->area.width * 0.34);

  plot.x = ctx->area.x + label_width + gap;
  plot.width = ctx->area.x + ctx->area.width - value_width - gap - plot.x;
  if (plot.width < ctx->unit)
    return;

  hc_chart_init_value_scale (ctx, &scale, entries, plot.x, plot.x + plot.width);
  ctx->layout->plot = plot;
  ctx->layout->has_scale = TRUE;
  ctx->layout->scale_kind = scale.kind;

  row_height = MIN (plot.height / entries->len, ctx->unit * 5.5);
  bar_height = MAX (MIN (row_height * 0.62, ctx->unit * 2.6), 1);
  /* The smallest figure must stay a visible bar, whatever the scale. */
  min_length = MAX (4.0, ctx->unit * 0.3);

  {
    cairo_rectangle_t grid = plot;

    grid.height = row_height * entries->len;
    hc_chart_draw_value_axis (ctx, &scale, &grid, HC_AXIS_HORIZONTAL);
    hc_chart_draw_scale_caption (ctx, scale.kind,
                                 grid.y + grid.height + ctx->unit * 0.3 + small_height +
                                 ctx->unit * 0.25);
  }

  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      gboolean other = entry->figure < 0;
      g_autofree char *value = other ? hc_chart_other_total_text (entry)
                                     : hc_chart_entry_value_text (entry);
      g_autoptr(PangoLayout) label = hc_chart_text_new (ctx, entry->label, HC_TEXT_BODY);
      g_autoptr(PangoLayout) value_text = hc_chart_text_new (ctx, value,
                                                             other ? HC_TEXT_BODY : HC_TEXT_VALUE);
      double row_y = plot.y + row_height * i;
      double bar_y = row_y + (row_height - bar_height) / 2;
      double length = hc_scale_map (&scale, entry->value) - plot.x;
      double lw, lh, vw, vh;

      pango_layout_set_width (label, (int) (label_width * PANGO_SCALE));
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      hc_chart_text_size (label, &lw, &lh);
      hc_chart_text_draw (ctx, label, ctx->area.x + label_width - lw, row_y + (row_height - lh) / 2,
                          other ? &ctx->style->secondary : &ctx->style->foreground);

      if (other)
        {
          /* Its total where a bar would start, the row itself the mark
           * that carries the tooltip. */
          pango_layout_set_width (value_text,
                                  (int) (MAX (ctx->area.x + ctx->area.width - plot.x, 1) *
                                         PANGO_SCALE));
          pango_layout_set_ellipsize (value_text, PANGO_ELLIPSIZE_END);
          hc_chart_text_size (value_text, &vw, &vh);
          /* The gridlines give way to the text. */
          hc_chart_set_color (ctx, &ctx->style->background);
          cairo_rectangle (ctx->cr, plot.x, row_y + (row_height - vh) / 2, vw + gap * 0.5, vh);
          cairo_fill (ctx->cr);
          hc_chart_text_draw (ctx, value_text, plot.x, row_y + (row_height - vh) / 2,
                              &ctx->style->secondary);
          hc_chart_add_rect_mark (ctx, entry, plot.x, bar_y, vw, bar_height);
          continue;
        }

      /* Nothing (a count of no one) is no bar, only its 0. */
      length = entry->value == 0 ? 0 : CLAMP (length, min_length, plot.width);

      hc_chart_set_color (ctx, hc_chart_entry_color (ctx, entry));
      cairo_rectangle (ctx->cr, plot.x, bar_y, length, bar_height);
      cairo_fill (ctx->cr);
      /* Still a place to point at, for its tooltip and the keyboard. */
      hc_chart_add_rect_mark (ctx, entry, plot.x, bar_y, MAX (length, min_length), bar_height);

      {
        double low, high;

        /* The value is written past the whisker's end, not over it. */
        if (hc_chart_range_of_figure (ctx, entry->figure, &low, &high))
          {
            double x_low = hc_chart_range_map (&scale, low);
            double x_high = hc_chart_range_map (&scale, high);

            hc_chart_range_draw_whisker (ctx, HC_AXIS_HORIZONTAL, bar_y + bar_height / 2, x_low,
                                         x_high, bar_height * 0.5);
            length = MAX (length, x_high - plot.x);
          }
      }

      hc_chart_text_size (value_text, &vw, &vh);
      hc_chart_text_draw (ctx, value_text, plot.x + length + gap * 0.6,
                          row_y + (row_height - vh) / 2, &ctx->style->foreground);
    }
}
