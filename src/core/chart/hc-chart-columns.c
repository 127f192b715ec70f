/* hc-chart-columns.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Vertical columns grouped by category, with a gap between groups and the
 * category named under each group. The value axis follows the same rules
 * as the bars view (log when the figures span more than a hundredfold,
 * labelled as such), every column carries its value on top, and the labels
 * under the columns wrap and shorten rather than run into each other.
 */
#include "config.h"

#include <math.h>

#include "hc-chart-private.h"
#include "hc-number.h"

/* Column labels may wrap onto this many lines before they are ellipsized. */
#define MAX_LABEL_LINES 3

/* A gap between groups, as a fraction of one column's slot. */
#define GROUP_GAP 0.7

static PangoLayout *
column_label_new (HcChartContext *ctx,
                  const char     *text,
                  double          width)
{
  PangoLayout *label = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);

  pango_layout_set_width (label, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (label, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (label, -MAX_LABEL_LINES);
  pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);

  return label;
}

/* Values break only between "≈" and the number, never inside a number. */
static PangoLayout *
value_label_new (HcChartContext     *ctx,
                 const HcChartEntry *entry,
                 double              width)
{
  g_autofree char *text = hc_chart_entry_value_text (entry);
  PangoLayout *value = hc_chart_text_new (ctx, text, HC_TEXT_VALUE);
  double w;

  hc_chart_text_size (value, &w, NULL);
  if (w > width)
    {
      g_object_unref (value);
      value = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
      pango_layout_set_width (value, (int) (MAX (width, 1) * PANGO_SCALE));
      pango_layout_set_wrap (value, PANGO_WRAP_WORD);
    }
  pango_layout_set_alignment (value, PANGO_ALIGN_CENTER);

  return value;
}

/* The widest number any column could show: the largest figure's, the most
 * negative one's, or the sum of all of them, which an "Other" column may
 * carry. Width grows with the digits, so only those few are measured:
 * laying out every value would cost a frame hundreds of milliseconds on a
 * file with thousands of rows. */
static double
widest_number (HcChartContext *ctx)
{
  double total = 0, largest = 0, smallest = 0, widest = 0;
  guint n = hc_dataset_get_n_figures (ctx->dataset);

  for (guint i = 0; i < n; i++)
    {
      double value = hc_dataset_get_figure (ctx->dataset, i)->value;

      if (!isfinite (value))
        continue;
      if (value > 0)
        total += value;
      largest = MAX (largest, value);
      smallest = MIN (smallest, value);
    }

  for (guint i = 0; i < 3; i++)
    {
      double value = i == 0 ? largest : i == 1 ? smallest : total;
      g_autofree char *text = hc_number_format (value, FALSE);
      g_autoptr(PangoLayout) layout = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
      double w;

      hc_chart_text_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  return widest;
}

/* The x of column @i's slot: slots follow one another, with an extra gap
 * wherever the category changes. */
static double
slot_x (GArray *entries,
        guint   i,
        double  left,
        double  slot)
{
  guint groups_before = 0;

  for (guint j = 1; j <= i; j++)
    if (g_array_index (entries, HcChartEntry, j).group !=
        g_array_index (entries, HcChartEntry, j - 1).group)
      groups_before++;

  return left + slot * (i + GROUP_GAP * groups_before);
}

void
hc_chart_draw_columns (HcChartContext *ctx)
{
  g_autoptr(GArray) entries = NULL;
  cairo_rectangle_t plot;
  HcScale scale;
  double small_height, body_height, value_height = 0, label_height = 0;
  double axis_width, slot, column_width, min_length, bottom;
  guint n_groups = 1, max_columns;

  {
    g_autoptr(PangoLayout) small = hc_chart_text_new (ctx, "0", HC_TEXT_SMALL);
    g_autoptr(PangoLayout) body = hc_chart_text_new (ctx, "0", HC_TEXT_BODY);

    hc_chart_text_size (small, NULL, &small_height);
    hc_chart_text_size (body, NULL, &body_height);
  }

  /* The tick labels' width does not depend on the axis length, so the
   * plot's left edge can be fixed before its height is known. */
  hc_chart_init_value_scale (ctx, &scale, 0, 1);
  axis_width = hc_chart_value_axis_label_width (ctx, &scale) + ctx->unit * 0.4;

  plot.x = ctx->area.x + axis_width;
  plot.width = ctx->area.x + ctx->area.width - plot.x;
  if (plot.width < ctx->unit * 2)
    return;

  /* A slot must hold its value (the number at least, "≈" may wrap above
   * it) and be about two text heights wide for its label to be read. */
  max_columns = (guint) MAX (plot.width / MAX (ctx->unit * 2.4, widest_number (ctx) * 1.08), 2);
  entries = hc_chart_entries (ctx, max_columns, FALSE);
  hc_chart_entries_group (entries);

  for (guint i = 1; i < entries->len; i++)
    if (g_array_index (entries, HcChartEntry, i).group !=
        g_array_index (entries, HcChartEntry, i - 1).group)
      n_groups++;

  slot = plot.width / (entries->len + GROUP_GAP * (n_groups - 1));
  column_width = MIN (slot * 0.72, ctx->unit * 4.5);

  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      g_autoptr(PangoLayout) label = column_label_new (ctx, entry->label, slot * 0.96);
      g_autoptr(PangoLayout) value = value_label_new (ctx, entry, slot * 0.96);
      double h;

      hc_chart_text_size (label, NULL, &h);
      label_height = MAX (label_height, h);
      hc_chart_text_size (value, NULL, &h);
      value_height = MAX (value_height, h);
    }

  /* Under the plot: column labels, category names, the scale caption. */
  bottom = ctx->unit * 0.35 + label_height + ctx->unit * 0.5 + body_height +
           ctx->unit * 0.6 + small_height;
  plot.y = ctx->area.y + value_height + ctx->unit * 0.3;
  plot.height = ctx->area.y + ctx->area.height - bottom - plot.y;
  if (plot.height < ctx->unit * 2)
    return;

  ctx->layout->plot = plot;
  ctx->layout->has_scale = TRUE;
  ctx->layout->scale_kind = scale.kind;
  scale.range_min = plot.y + plot.height;
  scale.range_max = plot.y;

  hc_chart_draw_value_axis (ctx, &scale, &plot, HC_AXIS_VERTICAL);

  /* The smallest figure must stay a visible column, whatever the scale. */
  min_length = MAX (4.0, ctx->unit * 0.3);

  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      g_autoptr(PangoLayout) label = column_label_new (ctx, entry->label, slot * 0.96);
      g_autoptr(PangoLayout) value = value_label_new (ctx, entry, slot * 0.96);
      double x = slot_x (entries, i, plot.x, slot);
      double base = plot.y + plot.height;
      double length = base - hc_scale_map (&scale, entry->value);
      double column_x = x + (slot - column_width) / 2;
      double h;

      length = CLAMP (length, min_length, plot.height);

      hc_chart_set_color (ctx, hc_chart_entry_color (ctx, entry));
      cairo_rectangle (ctx->cr, column_x, base - length, column_width, length);
      cairo_fill (ctx->cr);
      hc_chart_add_rect_mark (ctx, entry->figure, column_x, base - length, column_width, length);

      hc_chart_text_size (value, NULL, &h);
      hc_chart_text_draw_centered (ctx, value, x + slot / 2, base - length - ctx->unit * 0.2 - h,
                                   &ctx->style->foreground);
      hc_chart_text_draw_centered (ctx, label, x + slot / 2, base + ctx->unit * 0.35,
                                   &ctx->style->foreground);
    }

  /* Category names under their groups, with a rule spanning the group so
   * the reader sees which columns belong together. */
  for (guint first = 0; first < entries->len;)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, first);
      g_autoptr(PangoLayout) name = NULL;
      guint last = first;
      double x0, x1, y;

      while (last + 1 < entries->len &&
             g_array_index (entries, HcChartEntry, last + 1).group == entry->group)
        last++;

      x0 = slot_x (entries, first, plot.x, slot);
      x1 = slot_x (entries, last, plot.x, slot) + slot;
      y = plot.y + plot.height + ctx->unit * 0.35 + label_height + ctx->unit * 0.2;

      cairo_save (ctx->cr);
      hc_chart_set_color (ctx, &ctx->style->grid);
      cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 12));
      cairo_move_to (ctx->cr, x0 + slot * 0.08, y);
      cairo_line_to (ctx->cr, x1 - slot * 0.08, y);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);

      name = hc_chart_text_new (ctx, hc_chart_group_name (ctx, entry->group), HC_TEXT_BODY);
      pango_layout_set_width (name, (int) (MAX (x1 - x0, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (name, PANGO_ALIGN_CENTER);
      hc_chart_text_draw_centered (ctx, name, (x0 + x1) / 2, y + ctx->unit * 0.3,
                                   &ctx->style->secondary);

      first = last + 1;
    }

  hc_chart_draw_scale_caption (ctx, scale.kind,
                               ctx->area.y + ctx->area.height - small_height);
}
