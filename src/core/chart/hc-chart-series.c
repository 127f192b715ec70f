/* hc-chart-series.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the views over time share: the figures of a dataset as series of
 * points by time, labels spread apart at the end of their lines, and the
 * marks of points and bands.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-pen.h"
#include "hc-number.h"

HcSeries *
hc_series_new (const char *label)
{
  HcSeries *series = g_new0 (HcSeries, 1);

  series->label = label;
  series->points = g_array_new (FALSE, FALSE, sizeof (HcSeriesPoint));
  series->last_value = NAN;
  series->n_figures = 1;
  return series;
}

void
hc_series_free (HcSeries *series)
{
  if (series == NULL)
    return;

  g_array_unref (series->points);
  g_free (series);
}

void
hc_series_set_free (HcSeriesSet *set)
{
  if (set == NULL)
    return;

  g_ptr_array_unref (set->series);
  g_array_unref (set->times);
  g_free (set);
}

static int
compare_point_time (gconstpointer a,
                    gconstpointer b)
{
  const HcSeriesPoint *x = a, *y = b;

  if (x->time != y->time)
    return x->time < y->time ? -1 : 1;
  return (x->figure > y->figure) - (x->figure < y->figure);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts the points, keeps the first of two at one time, and notes the
 * usual step between times, which tells a gap from the data's rhythm: a
 * series of every fifth year has no gaps, one of every year with 1991
 * missing has one. */
void
hc_series_finish (HcSeries *series)
{
  GArray *points = series->points;
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  guint kept = 0;

  for (guint i = 1; i < points->len; i++)
    if (compare_point_time (&g_array_index (points, HcSeriesPoint, i - 1),
                            &g_array_index (points, HcSeriesPoint, i)) > 0)
      {
        g_array_sort (points, compare_point_time);
        break;
      }
  for (guint i = 0; i < points->len; i++)
    {
      HcSeriesPoint *p = &g_array_index (points, HcSeriesPoint, i);

      if (kept > 0 && g_array_index (points, HcSeriesPoint, kept - 1).time == p->time)
        continue;
      g_array_index (points, HcSeriesPoint, kept++) = *p;
    }
  g_array_set_size (points, kept);

  for (guint i = 1; i < points->len; i++)
    {
      double step = g_array_index (points, HcSeriesPoint, i).time -
                    g_array_index (points, HcSeriesPoint, i - 1).time;

      g_array_append_val (steps, step);
    }
  if (steps->len > 0)
    {
      gboolean even = TRUE;

      /* Most series step by one year every time: no sorting for them. */
      for (guint i = 1; i < steps->len && even; i++)
        even = g_array_index (steps, double, i) == g_array_index (steps, double, 0);
      if (!even)
        g_array_sort (steps, compare_double);
      series->median_step = g_array_index (steps, double, steps->len / 2);
    }

  series->last_value = points->len > 0
    ? g_array_index (points, HcSeriesPoint, points->len - 1).value : NAN;
}

gboolean
hc_series_joins (const HcSeries *series,
                 guint           i)
{
  const HcSeriesPoint *a, *b;

  if (i + 1 >= series->points->len)
    return FALSE;
  a = &g_array_index (series->points, HcSeriesPoint, i);
  b = &g_array_index (series->points, HcSeriesPoint, i + 1);
  if (!isfinite (a->value) || !isfinite (b->value))
    return FALSE;

  /* Half as long again as the usual step is a time missing. */
  return b->time - a->time <= series->median_step * 1.5 + 1e-9;
}

/* The value at the time of index @time_index, NAN when the series has
 * none there; @point receives its index, or -1. */
double
hc_series_value_at (const HcSeries *series,
                    guint           time_index,
                    int            *point)
{
  guint lo = 0, hi = series->points->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      guint at = g_array_index (series->points, HcSeriesPoint, mid).time_index;

      if (at == time_index)
        {
          if (point != NULL)
            *point = (int) mid;
          return g_array_index (series->points, HcSeriesPoint, mid).value;
        }
      if (at < time_index)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (point != NULL)
    *point = -1;
  return NAN;
}

/* @times ∪ the times of @points (both in order), into @times; @scratch
 * is room to merge in. */
static void
merge_times (GArray *times,
             GArray *points,
             GArray *scratch)
{
  guint i = 0, j = 0;
  gboolean same = points->len == times->len;

  for (guint k = 0; k < points->len && same; k++)
    same = g_array_index (points, HcSeriesPoint, k).time == g_array_index (times, double, k);
  if (same)
    return;

  g_array_set_size (scratch, 0);
  while (i < times->len || j < points->len)
    {
      double a = i < times->len ? g_array_index (times, double, i) : G_MAXDOUBLE;
      double b = j < points->len ? g_array_index (points, HcSeriesPoint, j).time : G_MAXDOUBLE;
      double next = MIN (a, b);

      g_array_append_val (scratch, next);
      if (a == next)
        i++;
      if (b == next)
        j++;
    }
  g_array_set_size (times, 0);
  g_array_append_vals (times, scratch->data, scratch->len);
}

static int
compare_series (gconstpointer a,
                gconstpointer b)
{
  const HcSeries *x = *(HcSeries * const *) a;
  const HcSeries *y = *(HcSeries * const *) b;
  gboolean x_ok = isfinite (x->last_value), y_ok = isfinite (y->last_value);

  /* The largest at the end first: the order of the labels down the
   * right edge, and of the keyboard going down. */
  if (x_ok != y_ok)
    return x_ok ? -1 : 1;
  if (x_ok && x->last_value != y->last_value)
    return x->last_value < y->last_value ? 1 : -1;
  return 0;
}

/* The figures of the dataset with a time, one series per label. With
 * options->relative a line's values become the change since its first
 * point (0.5 for +50 %); a series whose first value is zero or negative
 * has nothing to compare with and is left out. */
HcSeriesSet *
hc_series_set_new (HcChartContext *ctx)
{
  HcSeriesSet *set = g_new0 (HcSeriesSet, 1);
  g_autoptr(GHashTable) by_label = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = hc_dataset_get_n_figures (ctx->dataset);
  g_autoptr(GArray) merged = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean change = ctx->options->relative && ctx->options->kind == HC_CHART_LINE;
  HcSeries *last = NULL;

  set->series = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_series_free);
  set->times = g_array_new (FALSE, FALSE, sizeof (double));
  set->time_min = G_MAXDOUBLE;
  set->time_max = -G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (ctx->dataset, i);
      HcSeriesPoint point = { 0 };
      HcSeries *series;

      if (!figure->has_time || !isfinite (figure->time) || !isfinite (figure->value))
        continue;
      /* Figures come series by series: most lookups are the last one. */
      if (last != NULL && strcmp (last->label, figure->label) == 0)
        series = last;
      else
        {
          series = g_hash_table_lookup (by_label, figure->label);
          if (series == NULL)
            {
              series = hc_series_new (figure->label);
              g_hash_table_insert (by_label, (gpointer) figure->label, series);
              g_ptr_array_add (set->series, series);
            }
        }
      last = series;
      point.time = figure->time;
      point.value = figure->value;
      point.raw = figure->value;
      point.figure = (int) i;
      g_array_append_val (series->points, point);
    }

  /* The times of all series, merged one series at a time: each is in
   * order already, and most have the same times as the one before. */
  for (guint s = 0; s < set->series->len; s++)
    {
      HcSeries *series = g_ptr_array_index (set->series, s);

      hc_series_finish (series);
      merge_times (set->times, series->points, merged);
    }
  if (set->times->len > 0)
    {
      set->time_min = g_array_index (set->times, double, 0);
      set->time_max = g_array_index (set->times, double, set->times->len - 1);
    }

  for (guint s = 0; s < set->series->len; s++)
    {
      HcSeries *series = g_ptr_array_index (set->series, s);
      guint t = 0;

      for (guint i = 0; i < series->points->len; i++)
        {
          HcSeriesPoint *p = &g_array_index (series->points, HcSeriesPoint, i);

          while (g_array_index (set->times, double, t) < p->time)
            t++;
          p->time_index = t;
        }
      if (change && series->points->len > 0)
        {
          double base = g_array_index (series->points, HcSeriesPoint, 0).raw;

          if (!(base > 0))
            {
              g_ptr_array_remove_index (set->series, s--);
              set->n_without_base++;
              continue;
            }
          for (guint i = 0; i < series->points->len; i++)
            {
              HcSeriesPoint *p = &g_array_index (series->points, HcSeriesPoint, i);

              p->value = p->raw / base - 1;
            }
          series->last_value = g_array_index (series->points, HcSeriesPoint,
                                              series->points->len - 1).value;
        }
    }

  g_ptr_array_sort (set->series, compare_series);
  return set;
}

/* ---- labels ------------------------------------------------------------------ */

static int
compare_priority (gconstpointer a,
                  gconstpointer b)
{
  const HcSpreadLabel *x = *(HcSpreadLabel * const *) a;
  const HcSpreadLabel *y = *(HcSpreadLabel * const *) b;

  if (x->priority != y->priority)
    return (x->priority > y->priority) - (x->priority < y->priority);
  return (x > y) - (x < y);
}

static int
compare_target (gconstpointer a,
                gconstpointer b)
{
  const HcSpreadLabel *x = *(HcSpreadLabel * const *) a;
  const HcSpreadLabel *y = *(HcSpreadLabel * const *) b;

  if (x->target != y->target)
    return x->target < y->target ? -1 : 1;
  return (x > y) - (x < y);
}

typedef struct
{
  guint  first, count;  /* in the sorted labels */
  double top, height;
  double wanted;        /* the sum of its labels' wished tops */
} Block;

/* Keeps as many labels as fit between @top and @bottom, the lowest
 * priority numbers first, and moves those apart as little as they must:
 * labels that overlap become a block centred on where its labels want to
 * be, blocks that then overlap merge, and no block leaves the bounds. */
void
hc_chart_spread_labels (HcSpreadLabel *labels,
                        guint          n,
                        double         top,
                        double         bottom)
{
  g_autofree HcSpreadLabel **order = g_new (HcSpreadLabel *, MAX (n, 1));
  g_autofree Block *blocks = NULL;
  double used = 0;
  guint kept = 0, n_blocks = 0;

  for (guint i = 0; i < n; i++)
    {
      order[i] = &labels[i];
      labels[i].kept = FALSE;
    }
  qsort (order, n, sizeof (HcSpreadLabel *), compare_priority);
  for (guint i = 0; i < n; i++)
    {
      if (used + order[i]->height > bottom - top + 1e-6)
        continue;
      used += order[i]->height;
      order[i]->kept = TRUE;
    }
  for (guint i = 0; i < n; i++)
    if (order[i]->kept)
      order[kept++] = order[i];
  qsort (order, kept, sizeof (HcSpreadLabel *), compare_target);

  blocks = g_new (Block, MAX (kept, 1));
  for (guint i = 0; i < kept; i++)
    {
      Block block = {
        .first = i, .count = 1,
        .height = order[i]->height,
        .wanted = order[i]->target - order[i]->height / 2,
      };

      block.top = CLAMP (block.wanted, top, bottom - block.height);
      blocks[n_blocks++] = block;
      /* Merge backwards while the new block overlaps the one before. */
      while (n_blocks > 1 &&
             blocks[n_blocks - 2].top + blocks[n_blocks - 2].height > blocks[n_blocks - 1].top)
        {
          Block *a = &blocks[n_blocks - 2];
          Block *b = &blocks[n_blocks - 1];
          double offset = a->height;

          /* Each label wants its block's top at its own wish minus the
           * height of the labels above it in the block. */
          a->wanted += b->wanted - offset * b->count;
          a->height += b->height;
          a->count += b->count;
          a->top = CLAMP (a->wanted / a->count, top, bottom - a->height);
          n_blocks--;
        }
    }

  for (guint b = 0; b < n_blocks; b++)
    {
      double y = blocks[b].top;

      for (guint i = blocks[b].first; i < blocks[b].first + blocks[b].count; i++)
        {
          order[i]->y = y;
          y += order[i]->height;
        }
    }
}

/* ---- marks and the layout's series ---------------------------------------------- */

void
hc_chart_add_point_mark (HcChartContext *ctx,
                         int             figure,
                         int             series,
                         int             point,
                         double          x,
                         double          y,
                         double          radius,
                         double          time,
                         double          value)
{
  HcMark mark = {
    .figure = figure,
    .shape = HC_MARK_CIRCLE,
    .x = x - radius, .y = y - radius, .width = 2 * radius, .height = 2 * radius,
    .cx = x, .cy = y,
    .outer_radius = radius,
    .n_figures = 1,
    .series = series,
    .point = point,
    .time = time,
    .value = value,
  };

  mark.summary = hc_chart_range_tooltip (ctx, figure);
  g_array_append_val (ctx->layout->marks, mark);
}

void
hc_chart_add_band_mark (HcChartContext *ctx,
                        const HcSeries *series,
                        int             series_index,
                        int             point,
                        double          x,
                        double          y,
                        double          width,
                        double          height,
                        double          value)
{
  const HcSeriesPoint *p = &g_array_index (series->points, HcSeriesPoint, point);
  HcMark mark = {
    .figure = p->figure,
    .shape = HC_MARK_RECT,
    .x = x, .y = y, .width = width, .height = height,
    .cx = x + width / 2, .cy = y + height / 2,
    .n_figures = series->n_figures,
    .summary = series->summary,
    .series = series_index,
    .point = point,
    .time = p->time,
    .value = value,
  };

  g_array_append_val (ctx->layout->marks, mark);
}

HcChartSeries *
hc_chart_add_layout_series (HcChartContext *ctx,
                            const char     *label,
                            guint           color_index)
{
  HcChartSeries entry = {
    .label = label,
    .color_index = color_index,
    .first_mark = ctx->layout->marks->len,
  };

  g_array_append_val (ctx->layout->series, entry);
  return &g_array_index (ctx->layout->series, HcChartSeries, ctx->layout->series->len - 1);
}

/* A view over time of figures that have no times: say so where the
 * chart would be, rather than draw nothing. */
void
hc_chart_draw_no_time (HcChartContext *ctx)
{
  hc_chart_draw_notice (ctx, _("These figures have no times: this view draws figures over "
                               "time. Choose bars or another view of one time."), 3);
}

double
hc_chart_dot_radius (HcChartContext *ctx)
{
  return MAX (2.5, ctx->unit * 0.24);
}

/* The hover guide of a view over time, drawn from the layout alone (so a
 * window can draw it over a chart it keeps): a vertical line at the
 * time nearest to options->guide_time, a ring on every line's point
 * there, the time at the top and each value beside its point, moved
 * apart or dropped like the names at the ends. */
void
hc_chart_draw_guide (HcChartContext *ctx)
{
  HcChartLayout *layout = ctx->layout;
  const cairo_rectangle_t *plot = &layout->plot;
  HcTickStyle style = !layout->relative ? HC_TICKS_NUMBER
                      : layout->kind == HC_CHART_AREA ? HC_TICKS_SHARE : HC_TICKS_CHANGE;
  double time = 0, best = G_MAXDOUBLE, x, tw, th, widest = 0, ring;
  double side = ctx->unit * 0.9;
  double width = MAX (1.5, ctx->unit * 0.1);
  g_autoptr(GArray) points = NULL;
  g_autoptr(PangoLayout) time_label = NULL;
  g_autofree char *when = NULL;
  g_autofree HcSpreadLabel *labels = NULL;
  g_autofree PangoLayout **texts = NULL;
  g_autoptr(HcPen) pen = NULL;
  gboolean left;

  if (!layout->has_time_axis || layout->times->len == 0)
    return;

  for (guint i = 0; i < layout->times->len; i++)
    {
      double t = g_array_index (layout->times, double, i);

      if (fabs (t - ctx->options->guide_time) < best)
        {
          best = fabs (t - ctx->options->guide_time);
          time = t;
        }
    }
  x = hc_scale_map (&layout->time_scale, time);
  points = hc_chart_layout_points_at (layout, time);

  cairo_save (ctx->cr);
  cairo_new_path (ctx->cr);
  hc_chart_set_color (ctx, &ctx->style->secondary);
  cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 14));
  cairo_move_to (ctx->cr, round (x) + 0.5, plot->y);
  cairo_line_to (ctx->cr, round (x) + 0.5, plot->y + plot->height);
  cairo_stroke (ctx->cr);

  cairo_restore (ctx->cr);

  when = hc_chart_format_time (time, layout->time_kind);
  time_label = hc_chart_text_new (ctx, when, HC_TEXT_VALUE);
  hc_chart_text_size (time_label, &tw, &th);

  labels = g_new0 (HcSpreadLabel, MAX (points->len, 1));
  texts = g_new0 (PangoLayout *, MAX (points->len, 1));
  for (guint i = 0; i < points->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, g_array_index (points, guint, i));

      labels[i].target = mark->cy;
      labels[i].height = th;
      /* The top and bottom lines' values first, then from the top. */
      labels[i].priority = i == 0 || i + 1 == points->len ? 0 : (int) i;
    }
  hc_chart_spread_labels (labels, points->len, plot->y + th, plot->y + plot->height);

  /* A ring on each point whose value is written, a small mark on the
   * others, one stroke and one path per colour: two hundred curves would
   * take longer to fill than the rest of the guide. */
  ring = hc_chart_dot_radius (ctx) * 1.8;
  pen = hc_pen_new (ctx->cr);
  for (guint c = 0; c <= HC_PALETTE_SIZE; c++)
    {
      gboolean rings = FALSE, squares = FALSE;

      hc_chart_set_color (ctx, c < HC_PALETTE_SIZE ? &ctx->style->palette[c]
                                                   : &ctx->style->secondary);
      cairo_new_path (ctx->cr);
      for (guint i = 0; i < points->len; i++)
        {
          const HcMark *mark = &g_array_index (layout->marks, HcMark,
                                               g_array_index (points, guint, i));
          const HcChartSeries *series = &g_array_index (layout->series, HcChartSeries,
                                                        mark->series);

          if (series->color_index != c)
            continue;
          if (labels[i].kept)
            {
              hc_pen_circle (pen, x, mark->cy, ring);
              rings = TRUE;
            }
          else
            {
              cairo_rectangle (ctx->cr, round (x - width), round (mark->cy - width),
                               round (2 * width), round (2 * width));
              squares = TRUE;
            }
        }
      if (rings)
        hc_pen_stroke (pen, width);
      if (squares)
        {
          hc_pen_flush (pen);
          cairo_fill (ctx->cr);
        }
    }
  hc_pen_flush (pen);
  for (guint i = 0; i < points->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, g_array_index (points, guint, i));
      g_autofree char *text = NULL;
      double w;

      if (!labels[i].kept)
        continue;
      text = hc_chart_format_value (mark->value, style);
      texts[i] = hc_chart_text_new (ctx, text, HC_TEXT_VALUE);
      hc_chart_text_size (texts[i], &w, NULL);
      widest = MAX (widest, w);
    }
  left = x + side + MAX (widest, tw) > plot->x + plot->width;

  /* Values on a veil of the background, so that they read over the lines. */
  for (guint i = 0; i < points->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, g_array_index (points, guint, i));
      const HcChartSeries *series = &g_array_index (layout->series, HcChartSeries, mark->series);
      HcColor veil = ctx->style->background;
      double w, h, tx;

      if (texts[i] == NULL)
        continue;
      hc_chart_text_size (texts[i], &w, &h);
      tx = left ? x - side - w : x + side;
      veil.alpha = 0.85;
      hc_chart_set_color (ctx, &veil);
      cairo_rectangle (ctx->cr, tx - ctx->unit * 0.2, labels[i].y, w + ctx->unit * 0.4, h);
      cairo_fill (ctx->cr);
      hc_chart_set_color (ctx, series->color_index < HC_PALETTE_SIZE
                                 ? &ctx->style->palette[series->color_index]
                                 : &ctx->style->secondary);
      cairo_rectangle (ctx->cr, left ? tx + w + ctx->unit * 0.25 : tx - ctx->unit * 0.55,
                       labels[i].y + h / 2 - ctx->unit * 0.15, ctx->unit * 0.3, ctx->unit * 0.3);
      cairo_fill (ctx->cr);
      hc_chart_text_draw (ctx, texts[i], tx, labels[i].y, &ctx->style->foreground);
      g_object_unref (texts[i]);
    }

  {
    double lx = left ? x - ctx->unit * 0.4 - tw : x + ctx->unit * 0.4;
    HcColor veil = ctx->style->background;

    lx = CLAMP (lx, plot->x, MAX (plot->x + plot->width - tw, plot->x));
    veil.alpha = 0.85;
    hc_chart_set_color (ctx, &veil);
    cairo_rectangle (ctx->cr, lx, plot->y, tw, th);
    cairo_fill (ctx->cr);
    hc_chart_text_draw (ctx, time_label, lx, plot->y, &ctx->style->foreground);
  }
}
