/* hc-chart-columns.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Vertical columns grouped by category, with a gap between groups and the
 * category named under each group. The value axis follows the same rules
 * as the bars view (log when the figures span more than a hundredfold,
 * labelled as such), every column carries its value on top, and the labels
 * under the columns wrap and shorten rather than run into each other. The
 * figures folded into "Other" get a slot with their total written in it,
 * not a column: their sum is not a figure to compare with the others.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

/* Column labels may wrap onto this many lines before they are ellipsized. */
#define MAX_LABEL_LINES 3

/* A gap between groups, as a fraction of one column's slot. */
#define GROUP_GAP 0.7

static PangoLayout *
column_label_try (HcChartContext *ctx,
                  const char     *text,
                  double          width,
                  HcTextRole      role,
                  PangoWrapMode   wrap)
{
  PangoLayout *label = hc_chart_text_new (ctx, text, role);

  pango_layout_set_width (label, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (label, wrap);
  pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (label, -MAX_LABEL_LINES);
  pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);

  return label;
}

/* Whether @text wraps between its words within @width in @role (word
 * wrapping lets a word too long for the line run past it). */
static gboolean
column_label_fits (HcChartContext *ctx,
                   const char     *text,
                   double          width,
                   HcTextRole      role)
{
  g_autoptr(PangoLayout) label = column_label_try (ctx, text, width, role, PANGO_WRAP_WORD);
  double w;

  hc_chart_text_size (label, &w, NULL);
  return w <= width + 0.01 && hc_chart_text_wraps_between_words (label);
}

/* Small text for every label when each wraps between its words, else the
 * smallest text for all: one size along the row. */
static HcTextRole
label_role (HcChartContext *ctx,
            GArray         *entries,
            double          width)
{
  for (guint i = 0; i < entries->len; i++)
    if (!column_label_fits (ctx, g_array_index (entries, HcChartEntry, i).label, width,
                            HC_TEXT_SMALL))
      return HC_TEXT_MINIMUM;

  return HC_TEXT_SMALL;
}

/* A word too long for its slot even so is broken where it must be. */
static PangoLayout *
column_label_new (HcChartContext *ctx,
                  const char     *text,
                  HcTextRole      role,
                  double          width)
{
  return column_label_try (ctx, text, width, role,
                           column_label_fits (ctx, text, width, role) ? PANGO_WRAP_WORD
                                                                      : PANGO_WRAP_WORD_CHAR);
}

static char *
value_text (const HcChartEntry *entry,
            gboolean            short_values)
{
  g_autofree char *value = short_values ? hc_chart_format_short (entry->value, entry->approximate)
                                        : hc_chart_entry_value_text (entry);

  if (entry->figure < 0)
    /* Translators: the sum of the figures in "Other", written in place of a bar. */
    return g_strdup_printf (_("%s together"), value);

  return g_steal_pointer (&value);
}

/* Values in bold when every column's fits its slot, otherwise all in small
 * text: one style along the row. */
static HcTextRole
value_role (HcChartContext *ctx,
            GArray         *entries,
            gboolean        short_values,
            double          width)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) value = NULL;
      double w;

      if (entry->figure < 0)
        continue;
      text = value_text (entry, short_values);
      value = hc_chart_text_new (ctx, text, HC_TEXT_VALUE);
      hc_chart_text_size (value, &w, NULL);
      if (w > width)
        return HC_TEXT_SMALL;
    }

  return HC_TEXT_VALUE;
}

/* Values break only between "≈" and the number, never inside a number;
 * the total of "Other" also before "together". */
static PangoLayout *
value_label_new (HcChartContext     *ctx,
                 const HcChartEntry *entry,
                 gboolean            short_values,
                 HcTextRole          role,
                 double              width)
{
  g_autofree char *text = value_text (entry, short_values);
  PangoLayout *value = hc_chart_text_new (ctx, text, entry->figure < 0 ? HC_TEXT_SMALL : role);
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

/* The widest number any column could show: the largest figure's or the
 * most negative one's, written in full or short. Width grows with the
 * digits, so only those two are measured: laying out every value would
 * cost a frame hundreds of milliseconds on a file with thousands of rows. */
static double
widest_number (HcChartContext *ctx,
               gboolean        short_values)
{
  double largest = 0, smallest = 0, widest = 0;
  guint n = hc_dataset_get_n_figures (ctx->dataset);

  for (guint i = 0; i < n; i++)
    {
      double value = hc_dataset_get_figure (ctx->dataset, i)->value;

      if (!isfinite (value))
        continue;
      largest = MAX (largest, value);
      smallest = MIN (smallest, value);
    }

  for (guint i = 0; i < 2; i++)
    {
      double value = i == 0 ? largest : smallest;
      g_autofree char *text = short_values ? hc_chart_format_short (value, FALSE)
                                           : hc_number_format (value, FALSE);
      g_autoptr(PangoLayout) layout = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
      double w;

      hc_chart_text_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  /* "1.38B" may become "999M" on a smaller figure: as wide as four digits. */
  if (short_values)
    {
      g_autoptr(PangoLayout) layout = hc_chart_text_new (ctx, "8.88M", HC_TEXT_SMALL);
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
  gboolean short_values = FALSE;
  gboolean group_names = TRUE;
  HcTextRole role, labels_role;

  {
    g_autoptr(PangoLayout) small = hc_chart_text_new (ctx, "0", HC_TEXT_SMALL);
    g_autoptr(PangoLayout) body = hc_chart_text_new (ctx, "0", HC_TEXT_BODY);

    hc_chart_text_size (small, NULL, &small_height);
    hc_chart_text_size (body, NULL, &body_height);
  }

  /* A slot must hold its value (the number at least, "≈" may wrap above
   * it) and be about two text heights wide for its label to be read. The
   * tick labels' width, measured on the figures the widest axis would
   * show, is about the same for any scale of the same data. */
  {
    double slot_min = MAX (ctx->unit * 2.4, widest_number (ctx, FALSE) * 1.08);
    double lo, hi;

    if (!hc_dataset_get_range (ctx->dataset, &lo, &hi))
      lo = hi = 1;
    if (hc_chart_resolve_scale (lo, hi, ctx->options->scale_mode) == HC_SCALE_LOG)
      hc_scale_init_log (&scale, lo, hi, 0, 1);
    else
      hc_scale_init_linear (&scale, hi, 0, 1);
    axis_width = hc_chart_value_axis_label_width (ctx, &scale) + ctx->unit * 0.4;
    max_columns = (guint) MAX ((ctx->area.width - axis_width) / slot_min, 2);
    /* Full numbers that leave room for fewer columns than the other views
     * show are written short, "1.38B", the tooltip keeping every digit. */
    if (max_columns < MIN (hc_dataset_get_n_figures (ctx->dataset), HC_CHART_MAX_ENTRIES))
      {
        short_values = TRUE;
        slot_min = MAX (ctx->unit * 2.4, widest_number (ctx, TRUE) * 1.08);
        max_columns = (guint) MAX ((ctx->area.width - axis_width) / slot_min, 2);
      }
    entries = hc_chart_entries (ctx, max_columns, HC_ENTRIES_FILE_ORDER);
    hc_chart_entries_group (entries);
    hc_chart_draw_fold_note (ctx);
  }

  /* The tick labels' width does not depend on the axis length, so the
   * plot's left edge can be fixed before its height is known. */
  hc_chart_init_value_scale (ctx, &scale, entries, 0, 1);
  axis_width = hc_chart_value_axis_label_width (ctx, &scale) + ctx->unit * 0.4;

  plot.x = ctx->area.x + axis_width;
  plot.width = ctx->area.x + ctx->area.width - plot.x;
  if (plot.width < ctx->unit * 2)
    return;

  for (guint i = 1; i < entries->len; i++)
    if (g_array_index (entries, HcChartEntry, i).group !=
        g_array_index (entries, HcChartEntry, i - 1).group)
      n_groups++;

  slot = plot.width / (entries->len + GROUP_GAP * (n_groups - 1));
  column_width = MIN (slot * 0.72, ctx->unit * 4.5);
  role = value_role (ctx, entries, short_values, slot * 0.96);
  labels_role = label_role (ctx, entries, slot * 0.96);

  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      g_autoptr(PangoLayout) label = column_label_new (ctx, entry->label, labels_role, slot * 0.96);
      g_autoptr(PangoLayout) value = value_label_new (ctx, entry, short_values, role, slot * 0.96);
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
  /* Short of room, the category names under the groups go first: the
   * legend names the categories too. The columns stay. */
  if (plot.height < ctx->unit * 2)
    {
      group_names = FALSE;
      bottom -= ctx->unit * 0.5 + body_height;
      plot.height += ctx->unit * 0.5 + body_height;
    }
  if (plot.height < ctx->unit)
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
      g_autoptr(PangoLayout) label = column_label_new (ctx, entry->label, labels_role, slot * 0.96);
      g_autoptr(PangoLayout) value = value_label_new (ctx, entry, short_values, role, slot * 0.96);
      double x = slot_x (entries, i, plot.x, slot);
      double base = plot.y + plot.height;
      double length = base - hc_scale_map (&scale, entry->value);
      double column_x = x + (slot - column_width) / 2;
      double h;

      if (entry->figure < 0)
        {
          /* Its total just above the baseline, where a column would
           * stand; the slot is the mark that carries the tooltip. */
          double w;

          hc_chart_text_size (value, &w, &h);
          hc_chart_text_draw_centered (ctx, value, x + slot / 2, base - ctx->unit * 0.2 - h,
                                       &ctx->style->secondary);
          hc_chart_text_draw_centered (ctx, label, x + slot / 2, base + ctx->unit * 0.35,
                                       &ctx->style->secondary);
          hc_chart_add_rect_mark (ctx, entry, x + (slot - MIN (w, slot)) / 2,
                                  base - ctx->unit * 0.2 - h, MIN (w, slot), h);
          continue;
        }

      /* Nothing (a count of no one) is no column, only its 0. */
      length = entry->value == 0 ? 0 : CLAMP (length, min_length, plot.height);

      hc_chart_set_color (ctx, hc_chart_entry_color (ctx, entry));
      cairo_rectangle (ctx->cr, column_x, base - length, column_width, length);
      cairo_fill (ctx->cr);
      hc_chart_add_rect_mark (ctx, entry, column_x, base - MAX (length, min_length), column_width,
                              MAX (length, min_length));

      {
        double low, high;

        /* The value is written above the whisker's top, not over it. */
        if (hc_chart_range_of_figure (ctx, entry->figure, &low, &high))
          {
            double y_low = hc_chart_range_map (&scale, low);
            double y_high = hc_chart_range_map (&scale, high);

            hc_chart_range_draw_whisker (ctx, HC_AXIS_VERTICAL, column_x + column_width / 2,
                                         y_low, y_high, column_width * 0.5);
            length = MAX (length, base - y_high);
          }
      }

      hc_chart_text_size (value, NULL, &h);
      hc_chart_text_draw_centered (ctx, value, x + slot / 2, base - length - ctx->unit * 0.2 - h,
                                   &ctx->style->foreground);
      hc_chart_text_draw_centered (ctx, label, x + slot / 2, base + ctx->unit * 0.35,
                                   &ctx->style->foreground);
    }

  /* Category names under their groups, with a rule spanning the group so
   * the reader sees which columns belong together. */
  for (guint first = 0; group_names && first < entries->len;)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, first);
      g_autoptr(PangoLayout) name = NULL;
      guint last = first;
      double x0, x1, y;

      while (last + 1 < entries->len &&
             g_array_index (entries, HcChartEntry, last + 1).group == entry->group)
        last++;

      /* "Other" is its own group, and its label already says so. */
      if (entry->figure < 0 && first == last)
        {
          first = last + 1;
          continue;
        }

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
