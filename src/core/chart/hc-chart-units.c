/* hc-chart-units.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A unit (waffle) chart: every square stands for the same round number of
 * people, chosen from the figures drawn so the chart needs at most a few
 * thousand squares, and each figure is a block of squares, its last
 * square filled in part when the figure is not a whole number of squares.
 * The key says what one square is worth; a figure smaller than one square
 * is a partly filled square, and the chart says so.
 */
#include "config.h"

#include <float.h>
#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

/* More squares than this stop being countable and start being texture. */
#define MAX_SQUARES 2500

#define MAX_ROWS 24

static double
entry_squares (const HcChartEntry *entry,
               double              unit)
{
  if (entry->written)
    return 0;
  return isfinite (entry->value) && entry->value > 0 ? entry->value / unit : 0;
}

/* The value of one square: the smallest of 1, 2 or 5 × 10ⁿ with which the
 * entries drawn (the figures shown and their "Other", unless it is written
 * out) need no more than MAX_SQUARES squares together. Figures left out of
 * the chart have no say: thousands of them would each ask for a square of
 * their own. */
double
hc_chart_units_choose_unit (GArray *entries)
{
  static const double steps[] = { 1, 2, 5 };
  double total = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      double v = g_array_index (entries, HcChartEntry, i).value;

      if (isfinite (v) && v > 0 && !g_array_index (entries, HcChartEntry, i).written)
        total += v;
    }
  if (!(total > 0))
    return 1;
  /* Figures near the largest double overflow the sum: the unit is then
   * chosen as for the largest possible total. */
  if (!isfinite (total))
    total = DBL_MAX;

  for (int e = (int) floor (log10 (total / MAX_SQUARES)) - 1; e < 308; e++)
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        double unit = steps[i] * pow (10, e);
        double squares = 0;

        if (unit < 1)
          continue;
        for (guint j = 0; j < entries->len; j++)
          squares += ceil (entry_squares (&g_array_index (entries, HcChartEntry, j), unit) - 1e-9);
        if (squares <= MAX_SQUARES)
          return unit;
      }

  return 1;
}

/* A figure drawn in fewer squares than this is no longer read as a count. */
#define MIN_LARGEST_SQUARES 10

/* "Other" is drawn to scale unless its sum (of many years, or of regions
 * that contain each other) is so much larger than the figures that with
 * it in the square budget the largest figure would take only a few
 * squares: then it is written out, and the unit comes from the figures. */
static void
written_other (HcChartContext *ctx,
               GArray         *entries)
{
  HcChartEntry *other = NULL;
  double largest = 0, unit = hc_chart_units_choose_unit (entries);

  for (guint i = 0; i < entries->len; i++)
    {
      HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);

      if (entry->figure < 0)
        other = entry;
      else if (isfinite (entry->value))
        largest = MAX (largest, entry->value);
    }

  if (other != NULL && largest > 0 && largest / unit < MIN_LARGEST_SQUARES)
    {
      other->written = TRUE;
      ctx->other_written = TRUE;
    }
}

/* The next of 1, 2 or 5 × 10ⁿ after @unit. */
static double
next_unit (double unit)
{
  double decade = pow (10, floor (log10 (unit) + 1e-9));
  double step = unit / decade;

  return step < 1.5 ? 2 * decade : step < 3.5 ? 5 * decade : 10 * decade;
}

/* The height the blocks take with squares of side @side in @columns
 * columns, each block at least as tall as its label. */
static double
blocks_height (GArray *entries,
               double  unit,
               guint   columns,
               double  side,
               double  text_height,
               double  spacing)
{
  double height = spacing * (entries->len - 1);

  for (guint i = 0; i < entries->len; i++)
    {
      double squares = ceil (entry_squares (&g_array_index (entries, HcChartEntry, i), unit) - 1e-9);
      double rows = MAX (ceil (squares / columns), 1);

      height += MAX (rows * side, text_height);
    }

  return height;
}

/* The number of columns that gives the largest squares in @width × @height. */
static guint
choose_columns (GArray *entries,
                double  unit,
                double  width,
                double  height,
                double  text_height,
                double  spacing,
                double *side)
{
  double max_squares = 1;
  guint best = 1;

  *side = 0;
  for (guint i = 0; i < entries->len; i++)
    max_squares = MAX (max_squares,
                       ceil (entry_squares (&g_array_index (entries, HcChartEntry, i), unit)));

  for (guint columns = 1; columns <= (guint) MIN (max_squares, 1000); columns++)
    {
      double lo = 0, hi = width / columns;

      if (blocks_height (entries, unit, columns, hi, text_height, spacing) <= height)
        lo = hi;
      else
        for (int i = 0; i < 30; i++)
          {
            double mid = (lo + hi) / 2;

            if (blocks_height (entries, unit, columns, mid, text_height, spacing) <= height)
              lo = mid;
            else
              hi = mid;
          }

      if (lo > *side + 1e-6)
        {
          *side = lo;
          best = columns;
        }
    }

  return best;
}

/* The label and value of a block, one over the other or side by side. */
static void
block_text_size (HcChartContext     *ctx,
                 const HcChartEntry *entry,
                 gboolean            one_line,
                 double             *width,
                 double             *height)
{
  g_autofree char *value = hc_chart_entry_value_text (entry);
  g_autoptr(PangoLayout) l = hc_chart_text_new (ctx, entry->label, HC_TEXT_BODY);
  g_autoptr(PangoLayout) v = hc_chart_text_new (ctx, value, HC_TEXT_VALUE);
  double lw, lh, vw, vh;

  hc_chart_text_size (l, &lw, &lh);
  hc_chart_text_size (v, &vw, &vh);
  *width = one_line ? lw + ctx->unit * 0.5 + vw : MAX (lw, vw);
  *height = one_line ? MAX (lh, vh) : lh + vh;
}

void
hc_chart_draw_units (HcChartContext *ctx)
{
  g_autoptr(GArray) entries = NULL;
  g_autoptr(PangoLayout) key = NULL;
  g_autoptr(PangoLayout) note = NULL;
  g_autofree char *unit_text = NULL;
  g_autofree char *key_text = NULL;
  double unit;
  double label_width = 0, text_height = 0, key_h, note_h = 0, side, gap, top;
  double spacing = ctx->unit * 0.5;
  double swatch = ctx->unit * 0.8;
  double min_side = MAX (4.0, ctx->unit * 0.25);
  cairo_rectangle_t plot;
  gboolean partial_only = FALSE;
  gboolean one_line = FALSE;
  guint columns;

  if (hc_chart_refuse_rates (ctx))
    return;

  {
    g_autoptr(PangoLayout) probe = hc_chart_text_new (ctx, "0", HC_TEXT_BODY);
    double h, room;
    guint capacity;

    hc_chart_text_size (probe, NULL, &h);
    /* Each block is at least as tall as its label over its value; the key
     * and the note take about two lines more. When that leaves room for
     * fewer figures than the other views show, the value goes beside the
     * label and a block needs one line only. */
    room = ctx->area.height - h * 2.6;
    capacity = (guint) CLAMP (room / (h * 2.3 + spacing + 1), 2, MAX_ROWS);
    if (hc_chart_entries_fold (ctx, capacity))
      capacity = (guint) CLAMP ((room - hc_chart_fold_note_height (ctx)) / (h * 2.3 + spacing + 1),
                                2, MAX_ROWS);
    if (capacity < MIN (hc_dataset_get_n_figures (ctx->dataset), HC_CHART_MAX_ENTRIES))
      {
        one_line = TRUE;
        capacity = (guint) CLAMP (room / (h * 1.15 + spacing + 1), 2, MAX_ROWS);
        if (hc_chart_entries_fold (ctx, capacity))
          capacity = (guint) CLAMP ((room - hc_chart_fold_note_height (ctx)) /
                                    (h * 1.15 + spacing + 1), 2, MAX_ROWS);
      }
    entries = hc_chart_entries (ctx, capacity, HC_ENTRIES_SORTED);
    /* Decided before the rule is written, which says whether it is drawn. */
    written_other (ctx, entries);
    hc_chart_draw_fold_note (ctx);
  }
  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      double w, h;

      block_text_size (ctx, entry, one_line, &w, &h);
      label_width = MAX (label_width, w);
      text_height = MAX (text_height, h);
    }
  label_width = MIN (label_width, ctx->area.width * (one_line ? 0.42 : 0.34));

  /* The unit the figures ask for, or a larger one where the plot is too
   * small for that many squares to be seen as squares. */
  for (unit = hc_chart_units_choose_unit (entries); ; unit = next_unit (unit))
    {
      partial_only = FALSE;
      for (guint i = 0; i < entries->len; i++)
        {
          double squares = entry_squares (&g_array_index (entries, HcChartEntry, i), unit);

          if (squares > 0 && squares < 1)
            partial_only = TRUE;
        }

      /* The key: one square, and what it is worth. */
      g_clear_pointer (&unit_text, g_free);
      g_clear_pointer (&key_text, g_free);
      g_clear_object (&key);
      g_clear_object (&note);
      note_h = 0;
      unit_text = hc_number_format (unit, FALSE);
      /* Translators: the key of the unit chart, after a drawn square: "= 1,000 people". */
      key_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "= %s person", "= %s people",
                                               hc_chart_plural_n (unit)), unit_text);
      key = hc_chart_text_new (ctx, key_text, HC_TEXT_BODY);
      hc_chart_text_size (key, NULL, &key_h);

      if (partial_only)
        {
          note = hc_chart_text_new (ctx, _("A figure smaller than one square is drawn as part of a "
                                           "square."), HC_TEXT_SMALL);
          pango_layout_set_width (note, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
          pango_layout_set_ellipsize (note, PANGO_ELLIPSIZE_END);
          hc_chart_text_size (note, NULL, &note_h);
        }

      plot.x = ctx->area.x + label_width + ctx->unit * 0.8;
      plot.y = ctx->area.y + key_h + ctx->unit * 0.6;
      plot.width = ctx->area.x + ctx->area.width - plot.x;
      plot.height = ctx->area.y + ctx->area.height - plot.y -
                    (note_h > 0 ? note_h + ctx->unit * 0.5 : 0);
      if (plot.width < ctx->unit || plot.height < text_height)
        return;

      columns = choose_columns (entries, unit, plot.width, plot.height, text_height, spacing,
                                &side);
      if (side >= min_side || unit > 1e300)
        break;
    }
  if (side <= 0)
    return;
  ctx->layout->square_value = unit;

  /* Squares a few pixels wide still need the gap that makes them squares. */
  gap = side >= 8 ? MAX (1.0, round (side * 0.12)) : side >= 3 ? 1.0 : 0.0;

  {
    double sq = MIN (swatch, MAX (side - gap, 2));

    hc_chart_set_color (ctx, &ctx->style->foreground);
    cairo_rectangle (ctx->cr, ctx->area.x, ctx->area.y + (key_h - sq) / 2, sq, sq);
    cairo_fill (ctx->cr);
    hc_chart_text_draw (ctx, key, ctx->area.x + sq + ctx->unit * 0.4, ctx->area.y,
                        &ctx->style->foreground);
  }

  top = plot.y;
  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      const HcColor *color = hc_chart_entry_color (ctx, entry);
      g_autofree char *value = hc_chart_entry_value_text (entry);
      g_autoptr(PangoLayout) l = hc_chart_text_new (ctx, entry->label, HC_TEXT_BODY);
      g_autoptr(PangoLayout) v = hc_chart_text_new (ctx, value, HC_TEXT_VALUE);
      double squares = entry_squares (entry, unit);
      guint n_cells = (guint) MAX (ceil (squares - 1e-9), 1);
      guint rows = (n_cells + columns - 1) / columns;
      double row_h = MAX (rows * side, text_height);
      double block_y = top + (row_h - rows * side) / 2;
      double lw, lh, vw;

      if (entry->written)
        {
          /* Its total where its squares would start; the text is the mark
           * that carries the tooltip. */
          g_autofree char *total = hc_chart_other_total_text (entry);
          g_autoptr(PangoLayout) t = hc_chart_text_new (ctx, total, HC_TEXT_BODY);
          double tw, th;

          pango_layout_set_width (t, (int) (MAX (plot.width, 1) * PANGO_SCALE));
          pango_layout_set_ellipsize (t, PANGO_ELLIPSIZE_END);
          pango_layout_set_width (l, (int) (MAX (label_width, 1) * PANGO_SCALE));
          pango_layout_set_ellipsize (l, PANGO_ELLIPSIZE_END);
          hc_chart_text_size (t, &tw, &th);
          hc_chart_text_size (l, &lw, &lh);
          hc_chart_text_draw (ctx, t, plot.x, top + (row_h - th) / 2, &ctx->style->secondary);
          hc_chart_text_draw (ctx, l, plot.x - ctx->unit * 0.8 - lw, top + (row_h - lh) / 2,
                              &ctx->style->secondary);
          hc_chart_add_rect_mark (ctx, entry, plot.x, top + (row_h - th) / 2, tw, th);
          top += row_h + spacing;
          continue;
        }

      for (guint k = 0; k < n_cells; k++)
        {
          double x = plot.x + (k % columns) * side;
          double y = block_y + (k / columns) * side;
          double fill = MIN (squares - k, 1.0);

          if (fill >= 1.0 - 1e-9)
            {
              hc_chart_set_color (ctx, color);
              cairo_rectangle (ctx->cr, x, y, side - gap, side - gap);
              cairo_fill (ctx->cr);
              continue;
            }

          /* The last, partial square: its outline in grid colour, the
           * filled part from the left; never less than two pixels, so a
           * sliver of a square still shows whole pixels of colour. */
          hc_chart_set_color (ctx, &ctx->style->grid);
          cairo_rectangle (ctx->cr, x, y, side - gap, side - gap);
          cairo_fill (ctx->cr);
          hc_chart_set_color (ctx, color);
          cairo_rectangle (ctx->cr, x, y, MAX ((side - gap) * fill, MIN (2.0, side - gap)), side - gap);
          cairo_fill (ctx->cr);
        }

      hc_chart_add_rect_mark (ctx, entry, plot.x, block_y,
                              MIN (n_cells, columns) * side - gap, rows * side - gap);

      /* The value: nothing may run off the canvas, and on one line it
       * keeps its width, the label giving way. */
      pango_layout_set_width (v, (int) (label_width * PANGO_SCALE));
      pango_layout_set_ellipsize (v, PANGO_ELLIPSIZE_END);
      hc_chart_text_size (v, &vw, NULL);
      pango_layout_set_width (l, (int) (MAX (one_line ? label_width - vw - ctx->unit * 0.5
                                                      : label_width, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (l, PANGO_ELLIPSIZE_END);
      hc_chart_text_size (l, &lw, &lh);
      if (one_line)
        {
          double y = top + (row_h - text_height) / 2;

          hc_chart_text_draw (ctx, v, plot.x - ctx->unit * 0.8 - vw, y, &ctx->style->foreground);
          hc_chart_text_draw (ctx, l, plot.x - ctx->unit * 1.3 - vw - lw, y,
                              &ctx->style->foreground);
        }
      else
        {
          hc_chart_text_draw (ctx, l, plot.x - ctx->unit * 0.8 - lw,
                              top + (row_h - text_height) / 2, &ctx->style->foreground);
          hc_chart_text_draw (ctx, v, plot.x - ctx->unit * 0.8 - vw,
                              top + (row_h - text_height) / 2 + lh, &ctx->style->foreground);
        }

      top += row_h + spacing;
    }

  if (note != NULL)
    hc_chart_text_draw (ctx, note, ctx->area.x, ctx->area.y + ctx->area.height - note_h,
                        &ctx->style->secondary);
}
