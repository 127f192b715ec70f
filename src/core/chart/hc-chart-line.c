/* hc-chart-line.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per series over time, named at its right end: no legend to
 * decode. Names that would overlap are moved apart with a thin connector
 * and dropped only when they cannot fit, the focused line's and the
 * highest and lowest last. Missing times are gaps, never zeros, and a
 * point alone is a dot.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"
#include "hc-pen.h"

/* The series that holds @figure, or -1. */
static int
series_of_figure (HcSeriesSet *set,
                  int          figure)
{
  if (figure < 0)
    return -1;
  for (guint s = 0; s < set->series->len; s++)
    {
      HcSeries *series = g_ptr_array_index (set->series, s);

      for (guint i = 0; i < series->points->len; i++)
        if (g_array_index (series->points, HcSeriesPoint, i).figure == figure)
          return (int) s;
    }

  return -1;
}

/* Which labels go first when not all fit: the focused line's, then the
 * highest and the lowest at the end, then the others from the top. */
static int
label_priority (guint s,
                guint n,
                int   focused)
{
  if ((int) s == focused)
    return 0;
  if (s == 0 || s + 1 == n)
    return 1;
  return 2 + (int) s;
}

static gboolean
drawn (const HcSeriesPoint *p,
       const HcScale       *scale)
{
  return isfinite (p->value) && (scale->kind != HC_SCALE_LOG || p->value > 0);
}

void
hc_chart_draw_line (HcChartContext *ctx)
{
  const HcChartOptions *options = ctx->options;
  HcSeriesSet *set = hc_series_set_new (ctx);
  HcChartLayout *layout = ctx->layout;
  HcTickStyle style = options->relative ? HC_TICKS_CHANGE : HC_TICKS_NUMBER;
  double min = G_MAXDOUBLE, max = -G_MAXDOUBLE, min_positive = G_MAXDOUBLE;
  gboolean non_positive = FALSE;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  double body_height, small_height, notes_height = 0, axis_height, axis_width = 0;
  double column_width = 0, connector, line_width, dot, hit;
  cairo_rectangle_t plot;
  HcScale value_scale, time_scale;
  g_autofree HcSpreadLabel *labels = NULL;
  g_autofree PangoLayout **texts = NULL;
  g_autofree cairo_rectangle_t *sizes = NULL;
  g_autoptr(HcPen) pen = NULL;
  gboolean banded;
  int focused;
  guint n;

  if (set->series->len == 0)
    {
      hc_chart_draw_no_time (ctx);
      hc_series_set_free (set);
      return;
    }
  n = set->series->len;
  g_array_append_vals (layout->times, set->times->data, set->times->len);
  layout->has_time_axis = TRUE;
  layout->relative = options->relative;

  for (guint s = 0; s < n; s++)
    {
      HcSeries *series = g_ptr_array_index (set->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          double v = g_array_index (series->points, HcSeriesPoint, i).value;

          double low, high;

          /* The band around a line stays inside the plot. */
          if (!options->relative &&
              hc_chart_range_of_figure (ctx, g_array_index (series->points, HcSeriesPoint,
                                                            i).figure, &low, &high))
            {
              min = MIN (min, low);
              max = MAX (max, high);
              if (low > 0)
                min_positive = MIN (min_positive, low);
            }
          min = MIN (min, v);
          max = MAX (max, v);
          if (v > 0)
            min_positive = MIN (min_positive, v);
          else
            non_positive = TRUE;
        }
    }

  /* As for bars; but where the data has zeros, the automatic choice is
   * linear, so that no point of it goes missing. */
  if (options->relative)
    value_scale.kind = HC_SCALE_LINEAR;
  else if (options->scale_mode == HC_SCALE_MODE_AUTO && non_positive)
    value_scale.kind = HC_SCALE_LINEAR;
  else
    value_scale.kind = hc_chart_resolve_scale (min_positive, max, options->scale_mode);

  {
    g_autoptr(PangoLayout) body = hc_chart_text_new (ctx, "0", HC_TEXT_BODY);
    g_autoptr(PangoLayout) small = hc_chart_text_new (ctx, "0", HC_TEXT_SMALL);

    hc_chart_text_size (body, NULL, &body_height);
    hc_chart_text_size (small, NULL, &small_height);
  }

  if (options->relative)
    g_ptr_array_add (notes, g_strdup (_("Each line shows its change since its first value, "
                                        "in percent")));
  else if (value_scale.kind == HC_SCALE_LOG)
    g_ptr_array_add (notes, g_strdup (_("Log scale: each solid gridline is 10 times the one "
                                        "before")));
  else if (min < 0)
    g_ptr_array_add (notes, g_strdup (_("Linear scale")));
  else
    g_ptr_array_add (notes, g_strdup (_("Linear scale, starting at zero")));
  if (value_scale.kind == HC_SCALE_LOG && non_positive)
    {
      guint gaps = 0;
      g_autofree char *count = NULL;

      for (guint s = 0; s < n; s++)
        {
          HcSeries *series = g_ptr_array_index (set->series, s);

          for (guint i = 0; i < series->points->len; i++)
            gaps += !(g_array_index (series->points, HcSeriesPoint, i).value > 0);
        }
      layout->n_gaps = gaps;
      count = hc_number_format (gaps, FALSE);
      g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%s value of zero or below is left "
                                                            "out: a log scale has no place for it",
                                                            "%s values of zero or below are left "
                                                            "out: a log scale has no place for "
                                                            "them", hc_chart_plural_n (gaps)),
                                               count));
    }
  /* What the values are, when a rate makes them other than the measure. */
  if (hc_dataset_get_value_title (ctx->dataset) != NULL && notes->len > 0)
    {
      char *scale = g_ptr_array_index (notes, 0);

      notes->pdata[0] = g_strdup_printf ("%s · %s", hc_dataset_get_value_title (ctx->dataset),
                                         scale);
      g_free (scale);
    }
  if (!options->relative && hc_chart_range_any (ctx->dataset))
    g_ptr_array_add (notes, g_strdup (_("The shaded band around a line spans the low to the "
                                        "high estimate")));
  if (set->n_without_base > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u line is left out: it starts at "
                                                          "zero or below, so it has no change "
                                                          "to show",
                                                          "%u lines are left out: they start at "
                                                          "zero or below, so they have no change "
                                                          "to show", set->n_without_base),
                                             set->n_without_base));
  for (guint i = 0; i < notes->len; i++)
    notes_height += hc_chart_note_height (ctx, g_ptr_array_index (notes, i)) + ctx->unit * 0.2;

  axis_height = hc_chart_time_axis_height (ctx);
  plot.y = ctx->area.y + small_height / 2;
  plot.height = ctx->area.height - small_height / 2 - axis_height - notes_height - ctx->unit * 0.5;
  /* A thumbnail: the notes give way to the lines. */
  if (plot.height < body_height * 3 && notes->len > 0)
    {
      plot.height += notes_height;
      notes_height = 0;
      g_ptr_array_set_size (notes, 0);
    }
  if (plot.height < body_height)
    {
      hc_series_set_free (set);
      return;
    }

  if (value_scale.kind == HC_SCALE_LOG)
    hc_scale_init_log (&value_scale, min_positive, max, plot.y + plot.height, plot.y);
  else if (min < 0)
    hc_scale_init_linear_range (&value_scale, min, max, plot.y + plot.height, plot.y);
  else
    hc_scale_init_linear (&value_scale, max, plot.y + plot.height, plot.y);
  g_array_unref (hc_chart_fit_value_ticks (ctx, &value_scale, HC_AXIS_VERTICAL, style,
                                           &axis_width));

  /* The names at the ends: which fit, and how wide their column is. */
  focused = series_of_figure (set, options->focused);
  labels = g_new0 (HcSpreadLabel, n);
  texts = g_new0 (PangoLayout *, n);
  sizes = g_new0 (cairo_rectangle_t, n);
  for (guint s = 0; s < n; s++)
    {
      HcSeries *series = g_ptr_array_index (set->series, s);
      double end = NAN;

      for (guint i = series->points->len; i-- > 0;)
        if (drawn (&g_array_index (series->points, HcSeriesPoint, i), &value_scale))
          {
            end = g_array_index (series->points, HcSeriesPoint, i).value;
            break;
          }
      labels[s].target = isfinite (end) ? hc_scale_map (&value_scale, end) : plot.y + plot.height;
      labels[s].height = body_height;
      labels[s].priority = isfinite (end) ? label_priority (s, n, focused) : G_MAXINT;
    }
  hc_chart_spread_labels (labels, n, ctx->area.y, plot.y + plot.height);
  for (guint s = 0; s < n; s++)
    if (labels[s].kept && labels[s].priority != G_MAXINT)
      {
        HcSeries *series = g_ptr_array_index (set->series, s);

        texts[s] = hc_chart_text_new (ctx, series->label, HC_TEXT_BODY);
        hc_chart_text_size (texts[s], &sizes[s].width, &sizes[s].height);
        column_width = MAX (column_width, sizes[s].width);
      }
  column_width = MIN (column_width, ctx->area.width * 0.3);
  connector = ctx->unit * 1.4;

  plot.x = ctx->area.x + axis_width + ctx->unit * 0.4;
  plot.width = ctx->area.x + ctx->area.width - column_width - connector - plot.x;
  if (plot.width < ctx->unit * 2)
    {
      for (guint s = 0; s < n; s++)
        g_clear_object (&texts[s]);
      hc_series_set_free (set);
      return;
    }

  /* Many lines are thinner, or they would be one mass of ink. */
  line_width = MAX (1.5, ctx->unit * (n > 20 ? 0.07 : 0.13));
  dot = hc_chart_dot_radius (ctx);
  hc_chart_init_time_scale (&time_scale, set->time_min, set->time_max, plot.x + dot,
                            plot.x + plot.width - dot);
  hit = set->times->len > 1 ? (time_scale.range_max - time_scale.range_min) /
                              (set->times->len - 1) / 2 : ctx->unit;
  hit = CLAMP (hit, dot + 1, MAX (ctx->unit * 0.6, dot + 1));

  layout->plot = plot;
  layout->has_scale = TRUE;
  layout->scale_kind = value_scale.kind;
  layout->time_scale = time_scale;
  layout->value_scale = value_scale;

  hc_chart_draw_styled_value_axis (ctx, &value_scale, &plot, HC_AXIS_VERTICAL, style);
  hc_chart_draw_time_axis (ctx, &time_scale, &plot, layout->time_kind,
                           ctx->area.x + ctx->area.width);

  pen = hc_pen_new (ctx->cr);
  banded = !options->relative && hc_chart_range_any (ctx->dataset);
  for (guint s = 0; s < n; s++)
    {
      HcSeries *series = g_ptr_array_index (set->series, s);
      HcChartSeries *entry = hc_chart_add_layout_series (ctx, series->label, s % HC_PALETTE_SIZE);
      const HcColor *color = &ctx->style->palette[s % HC_PALETTE_SIZE];
      double width = (int) s == focused ? line_width * 2 : line_width;
      gboolean open = FALSE;
      guint n_points = 0;

      /* A band lies under its line and over the lines before. */
      if (banded)
        {
          hc_pen_flush (pen);
          hc_chart_range_draw_band (ctx, series, &time_scale, &value_scale, color);
        }
      hc_chart_set_color (ctx, color);
      for (guint i = 0; i < series->points->len; i++)
        {
          const HcSeriesPoint *p = &g_array_index (series->points, HcSeriesPoint, i);
          double x, y;
          gboolean joins_before, joins_after;

          if (!drawn (p, &value_scale))
            {
              open = FALSE;
              continue;
            }
          x = hc_scale_map (&time_scale, p->time);
          y = hc_scale_map (&value_scale, p->value);
          joins_before = open && hc_series_joins (series, i - 1);
          joins_after = i + 1 < series->points->len && hc_series_joins (series, i) &&
                        drawn (&g_array_index (series->points, HcSeriesPoint, i + 1),
                               &value_scale);
          if (joins_before)
            hc_pen_line_to (pen, x, y);
          else if (joins_after)
            hc_pen_move_to (pen, x, y);
          else
            /* A point alone: a dot, or it would not be seen. */
            hc_pen_dot (pen, x, y, dot);
          open = joins_after;
          hc_chart_add_point_mark (ctx, p->figure, (int) s, (int) n_points++, x, y, hit,
                                   p->time, p->value);
        }
      /* One stroke a line, gaps and all: where it meets itself, its
       * colour is laid once. */
      hc_pen_stroke (pen, width);
      entry->n_points = n_points;
    }

  /* The names, with a stroke of their line's colour from its end. */
  for (guint s = 0; s < n; s++)
    {
      HcChartSeries *entry = &g_array_index (layout->series, HcChartSeries, s);
      double column_x = plot.x + plot.width + connector;
      double w, h;

      if (texts[s] == NULL)
        continue;
      w = sizes[s].width;
      h = sizes[s].height;
      /* Only a name wider than the column is laid out again, shortened. */
      if (w > column_width)
        {
          pango_layout_set_width (texts[s], (int) (MAX (column_width, 1) * PANGO_SCALE));
          pango_layout_set_ellipsize (texts[s], PANGO_ELLIPSIZE_END);
          hc_chart_text_size (texts[s], &w, &h);
        }

      hc_chart_set_color (ctx, &ctx->style->palette[s % HC_PALETTE_SIZE]);
      hc_pen_move_to (pen, plot.x + plot.width + ctx->unit * 0.2, labels[s].target);
      hc_pen_line_to (pen, plot.x + plot.width + connector * 0.5, labels[s].target);
      hc_pen_line_to (pen, column_x - ctx->unit * 0.25, labels[s].y + h / 2);
      hc_pen_stroke (pen, MAX (1.0, ctx->unit / 14));
      entry->labelled = TRUE;
      entry->label_rect = (cairo_rectangle_t) { column_x, labels[s].y, w, h };
    }
  hc_pen_flush (pen);
  for (guint s = 0; s < n; s++)
    if (texts[s] != NULL)
      {
        HcChartSeries *entry = &g_array_index (layout->series, HcChartSeries, s);

        hc_chart_text_draw (ctx, texts[s], entry->label_rect.x, entry->label_rect.y,
                            &ctx->style->foreground);
        g_clear_object (&texts[s]);
      }

  if (options->has_guide)
    hc_chart_draw_guide (ctx);

  {
    double y = plot.y + plot.height + axis_height + ctx->unit * 0.5;

    for (guint i = 0; i < notes->len; i++)
      y += hc_chart_draw_note (ctx, g_ptr_array_index (notes, i), y) + ctx->unit * 0.2;
  }

  hc_series_set_free (set);
}
