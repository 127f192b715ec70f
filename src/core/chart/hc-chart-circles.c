/* hc-chart-circles.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Proportional circles: one circle per figure, its area (never its
 * radius) proportional to the value, from the largest to the smallest in
 * rows that wrap, at the largest scale that fits the plot. A figure's
 * label and value go inside its circle when they fit, otherwise under it,
 * in the circle's own slot of the row, so no text crosses another circle.
 * Circles too small to see are drawn at a minimum size, and the chart
 * then says that their area is no longer to scale. "Other" is written,
 * not drawn: a circle for its sum would be the largest only because it
 * adds up many figures.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

typedef struct
{
  const HcChartEntry *entry;
  double              root;         /* √value, 0 for "Other" */
  double              text_width;   /* of the label and value block */
  double              text_height;
  /* At the scale being tried: */
  double              r;
  gboolean            inside;       /* the text fits in the circle */
  double              slot_width;
  guint               row;
  double              x;            /* the slot's left edge */
} Circle;

typedef struct
{
  double top;
  double circles;  /* height of the tallest circle */
  double captions; /* height of the tallest caption under a circle, 0 for none */
} Row;

/* A centred block of @width × @height fits when its corners are inside. */
static gboolean
text_fits_in_circle (double width,
                     double height,
                     double r)
{
  double inner = r * 0.9;

  return (width / 2) * (width / 2) + (height / 2) * (height / 2) <= inner * inner;
}

static PangoLayout *
label_new (HcChartContext     *ctx,
           const HcChartEntry *entry,
           double              width)
{
  PangoLayout *l = hc_chart_text_new (ctx, entry->label, HC_TEXT_BODY);

  pango_layout_set_width (l, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (l, PANGO_ELLIPSIZE_END);
  return l;
}

static PangoLayout *
value_new (HcChartContext     *ctx,
           const HcChartEntry *entry,
           double              width)
{
  g_autofree char *text = entry->figure < 0 ? hc_chart_other_total_text (entry)
                                            : hc_chart_entry_value_text (entry);
  PangoLayout *v = hc_chart_text_new (ctx, text, entry->figure < 0 ? HC_TEXT_BODY : HC_TEXT_VALUE);

  pango_layout_set_width (v, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (v, PANGO_ELLIPSIZE_END);
  return v;
}

/* Lays the circles out in rows at @k pixels of radius per √value, within
 * @width; returns the height the rows take, or G_MAXDOUBLE when a circle
 * alone is wider than the plot. */
static double
flow (Circle *circles,
      guint   n,
      Row    *rows,
      guint  *n_rows,
      double  k,
      double  width,
      double  gap,
      double  caption_gap,
      double  row_gap,
      double  min_radius)
{
  double x = 0, height = 0;
  guint row = 0;

  rows[0] = (Row) { 0 };
  for (guint i = 0; i < n; i++)
    {
      Circle *c = &circles[i];
      double caption = 0;

      if (c->entry->figure >= 0)
        {
          c->r = MAX (k * c->root, min_radius);
          c->inside = text_fits_in_circle (c->text_width, c->text_height, c->r);
          c->slot_width = c->inside ? 2 * c->r : MAX (2 * c->r, c->text_width);
          if (!c->inside)
            caption = caption_gap + c->text_height;
        }
      else
        {
          /* "Other" has no circle: its text stands with the captions. */
          c->r = 0;
          c->inside = FALSE;
          c->slot_width = c->text_width;
          caption = caption_gap + c->text_height;
        }
      if (c->slot_width > width + 0.01)
        return G_MAXDOUBLE;

      if (x > 0 && x + gap + c->slot_width > width + 0.01)
        {
          row++;
          rows[row] = (Row) { 0 };
          x = 0;
        }
      else if (x > 0)
        {
          x += gap;
        }
      c->row = row;
      c->x = x;
      x += c->slot_width;

      rows[row].circles = MAX (rows[row].circles, 2 * c->r);
      rows[row].captions = MAX (rows[row].captions, caption);
    }

  *n_rows = row + 1;
  for (guint r = 0; r < *n_rows; r++)
    {
      rows[r].top = height;
      height += rows[r].circles + rows[r].captions + (r + 1 < *n_rows ? row_gap : 0);
    }

  return height;
}

/* Spreads the slots of each full row over the width, up to three gaps
 * between neighbours, so the rows do not all end short on the right. */
static void
justify (Circle *circles,
         guint   n,
         double  width,
         double  gap)
{
  for (guint first = 0; first < n;)
    {
      guint last = first;
      double extra;

      while (last + 1 < n && circles[last + 1].row == circles[first].row)
        last++;
      if (last + 1 >= n || last == first)
        break;
      extra = (width - circles[last].x - circles[last].slot_width) / (last - first);
      extra = CLAMP (extra, 0, gap * 2);
      for (guint i = first + 1; i <= last; i++)
        circles[i].x += extra * (i - first);
      first = last + 1;
    }
}

/* The largest scale at which the rows fit @height. The height the rows
 * take grows with the scale, by steps where a row wraps or a label moves
 * into its circle; a bisection finds the edge, and the last scale that
 * fitted is kept. */
static double
fit_scale (Circle *circles,
           guint   n,
           Row    *rows,
           double  width,
           double  height,
           double  gap,
           double  caption_gap,
           double  row_gap,
           double  min_radius)
{
  double largest_root = 0, lo = 0, hi;
  guint n_rows;

  for (guint i = 0; i < n; i++)
    largest_root = MAX (largest_root, circles[i].root);
  if (largest_root <= 0)
    return 0;

  hi = MIN (width, height) / (2 * largest_root);
  if (flow (circles, n, rows, &n_rows, hi, width, gap, caption_gap, row_gap, min_radius) <= height)
    return hi;

  for (int i = 0; i < 40; i++)
    {
      double mid = (lo + hi) / 2;

      if (flow (circles, n, rows, &n_rows, mid, width, gap, caption_gap, row_gap,
                min_radius) <= height)
        lo = mid;
      else
        hi = mid;
    }

  return lo;
}

/* The circles of @entries, their text measured. */
static Circle *
circles_new (HcChartContext *ctx,
             GArray         *entries,
             double          max_text)
{
  Circle *circles = g_new0 (Circle, MAX (entries->len, 1));

  for (guint i = 0; i < entries->len; i++)
    {
      Circle *c = &circles[i];
      g_autoptr(PangoLayout) l = NULL;
      g_autoptr(PangoLayout) v = NULL;
      double lw, lh, vw, vh;

      c->entry = &g_array_index (entries, HcChartEntry, i);
      c->root = c->entry->figure >= 0 && isfinite (c->entry->value) && c->entry->value > 0
              ? sqrt (c->entry->value) : 0;
      l = label_new (ctx, c->entry, max_text);
      v = value_new (ctx, c->entry, max_text);
      hc_chart_text_size (l, &lw, &lh);
      hc_chart_text_size (v, &vw, &vh);
      c->text_width = MAX (lw, vw);
      c->text_height = lh + vh;
    }

  return circles;
}

void
hc_chart_draw_circles (HcChartContext *ctx)
{
  g_autoptr(GArray) entries = NULL;
  g_autoptr(PangoLayout) note = NULL;
  g_autofree Circle *circles = NULL;
  g_autofree Row *rows = NULL;
  double gap = ctx->unit * 0.8;
  double caption_gap = ctx->unit * 0.3;
  double row_gap = ctx->unit * 0.6;
  double min_radius = MAX (2.0, ctx->unit * 0.2);
  double max_text = ctx->area.width / 3;
  double note_height, plot_height = 0, k = 0;
  gboolean enlarged = FALSE;
  guint n = 0, n_rows = 0;

  /* Measured with the longer wording, so the layout does not depend on
   * which of the two notes is shown. */
  note = hc_chart_text_new (ctx, _("Circle areas are proportional to the figures; the smallest "
                                   "circles are enlarged to stay visible."), HC_TEXT_SMALL);
  pango_layout_set_width (note, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (note, PANGO_ELLIPSIZE_END);
  hc_chart_text_size (note, NULL, &note_height);

  /* Every view's rule for "Other", with as many figures as fit with
   * their captions and still leave the largest circle a quarter of the
   * plot's height: fewer on a small canvas or with long labels, where the
   * captions would otherwise take the room of the circles. */
  for (guint capacity = HC_CHART_MAX_ENTRIES; capacity >= 2; capacity--)
    {
      double largest_root = 0;

      g_clear_pointer (&entries, g_array_unref);
      g_clear_pointer (&circles, g_free);
      g_clear_pointer (&rows, g_free);
      entries = hc_chart_entries (ctx, capacity, HC_ENTRIES_SORTED);
      n = entries->len;
      circles = circles_new (ctx, entries, max_text);
      rows = g_new0 (Row, n + 1);
      plot_height = ctx->area.height - note_height - ctx->unit * 0.6 -
                    (ctx->layout->n_folded > 0 ? hc_chart_fold_note_height (ctx) : 0);
      k = fit_scale (circles, n, rows, ctx->area.width, plot_height, gap, caption_gap, row_gap,
                     min_radius);
      for (guint i = 0; i < n; i++)
        largest_root = MAX (largest_root, circles[i].root);
      if (flow (circles, n, rows, &n_rows, k, ctx->area.width, gap, caption_gap, row_gap,
                min_radius) <= plot_height &&
          (2 * k * largest_root >= plot_height / 4 || largest_root == 0))
        break;
      if (capacity > n)
        capacity = n;
    }
  hc_chart_draw_fold_note (ctx);

  /* A canvas too small for even the smallest circles and their labels (a
   * thumbnail) shows the title alone rather than circles cut by its edge. */
  if (flow (circles, n, rows, &n_rows, k, ctx->area.width, gap, caption_gap, row_gap,
            min_radius) > plot_height)
    return;
  justify (circles, n, ctx->area.width, gap);

  for (guint i = 0; i < n; i++)
    {
      Circle *c = &circles[i];
      const Row *row = &rows[c->row];
      double baseline = ctx->area.y + row->top + row->circles;
      double cx = ctx->area.x + c->x + c->slot_width / 2;

      if (c->entry->figure < 0)
        {
          g_autoptr(PangoLayout) l = label_new (ctx, c->entry, max_text);
          g_autoptr(PangoLayout) v = value_new (ctx, c->entry, max_text);
          double y = baseline + caption_gap, lh;

          hc_chart_text_size (l, NULL, &lh);
          hc_chart_text_draw_centered (ctx, l, cx, y, &ctx->style->secondary);
          hc_chart_text_draw_centered (ctx, v, cx, y + lh, &ctx->style->secondary);
          hc_chart_add_rect_mark (ctx, c->entry, cx - c->text_width / 2, y, c->text_width,
                                  c->text_height);
          continue;
        }

      {
        HcMark mark = {
          .shape = HC_MARK_CIRCLE,
          .cx = cx, .cy = baseline - c->r,
          .outer_radius = c->r,
          .x = cx - c->r, .y = baseline - 2 * c->r,
          .width = 2 * c->r, .height = 2 * c->r,
        };
        const HcColor *color = hc_chart_entry_color (ctx, c->entry);
        g_autoptr(PangoLayout) l = label_new (ctx, c->entry, max_text);
        g_autoptr(PangoLayout) v = value_new (ctx, c->entry, max_text);
        double lh, y;

        if (k * c->root < min_radius)
          enlarged = TRUE;

        hc_chart_set_color (ctx, color);
        cairo_new_sub_path (ctx->cr);
        cairo_arc (ctx->cr, mark.cx, mark.cy, c->r, 0, 2 * G_PI);
        cairo_fill (ctx->cr);
        hc_chart_add_mark (ctx, c->entry, &mark);

        hc_chart_text_size (l, NULL, &lh);
        y = c->inside ? mark.cy - c->text_height / 2 : baseline + caption_gap;
        color = c->inside ? hc_chart_text_color_on (color) : &ctx->style->foreground;
        hc_chart_text_draw_centered (ctx, l, cx, y, color);
        hc_chart_text_draw_centered (ctx, v, cx, y + lh, color);
      }
    }

  if (!enlarged)
    pango_layout_set_text (note, _("Circle areas are proportional to the figures."), -1);
  hc_chart_text_draw (ctx, note, ctx->area.x, ctx->area.y + ctx->area.height - note_height,
                      &ctx->style->secondary);
}
