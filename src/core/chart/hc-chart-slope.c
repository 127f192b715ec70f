/* hc-chart-slope.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first time against the last: one line per series from its value
 * then to its value now, named and valued at both ends. Names that would
 * overlap are moved apart, and dropped only when they cannot fit.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

typedef struct
{
  HcSpreadLabel *labels;
  PangoLayout  **texts;
  double         width;
} Side;

static gboolean
drawable (double         value,
          const HcScale *scale)
{
  return isfinite (value) && (scale->kind != HC_SCALE_LOG || value > 0);
}

/* Names and values at one end, spread apart; returns the column's width. */
static void
side_init (HcChartContext *ctx,
           Side           *side,
           HcSeriesSet    *set,
           const HcScale  *scale,
           guint           time_index,
           gboolean        left,
           double          height,
           double          top,
           double          bottom,
           double          max_width)
{
  guint n = set->series->len;

  side->labels = g_new0 (HcSpreadLabel, n);
  side->texts = g_new0 (PangoLayout *, n);
  side->width = 0;
  for (guint s = 0; s < n; s++)
    {
      HcSeries *series = g_ptr_array_index (set->series, s);
      double v = hc_series_value_at (series, time_index, NULL);

      side->labels[s].height = height;
      side->labels[s].target = drawable (v, scale) ? hc_scale_map (scale, v) : bottom;
      side->labels[s].priority = drawable (v, scale) ? (s == 0 || s + 1 == n ? 0 : (int) s + 1)
                                                     : G_MAXINT;
    }
  hc_chart_spread_labels (side->labels, n, top, bottom);
  for (guint s = 0; s < n; s++)
    {
      HcSeries *series = g_ptr_array_index (set->series, s);
      double v = hc_series_value_at (series, time_index, NULL);
      g_autofree char *value = NULL;
      g_autofree char *text = NULL;
      double w;

      if (!side->labels[s].kept || side->labels[s].priority == G_MAXINT)
        continue;
      value = hc_chart_format_value (v, HC_TICKS_NUMBER);
      /* Translators: a name and its value at the ends of a slope chart:
       * "China 667M" on the left, "1.41B China" on the right. */
      text = left ? g_strdup_printf (C_("slope", "%s %s"), series->label, value)
                  : g_strdup_printf (C_("slope", "%2$s %1$s"), series->label, value);
      side->texts[s] = hc_chart_text_new (ctx, text, HC_TEXT_BODY);
      hc_chart_text_size (side->texts[s], &w, NULL);
      side->width = MAX (side->width, w);
    }
  side->width = MIN (side->width, max_width);
  for (guint s = 0; s < n; s++)
    if (side->texts[s] != NULL)
      {
        pango_layout_set_width (side->texts[s], (int) (MAX (side->width, 1) * PANGO_SCALE));
        pango_layout_set_ellipsize (side->texts[s], PANGO_ELLIPSIZE_END);
        if (left)
          pango_layout_set_alignment (side->texts[s], PANGO_ALIGN_RIGHT);
      }
}

static void
side_clear (Side *side,
            guint n)
{
  for (guint s = 0; s < n; s++)
    g_clear_object (&side->texts[s]);
  g_clear_pointer (&side->texts, g_free);
  g_clear_pointer (&side->labels, g_free);
}

static void
side_draw (HcChartContext *ctx,
           Side           *side,
           guint           n,
           double          axis_x,
           double          column_x,
           gboolean        left)
{
  for (guint s = 0; s < n; s++)
    {
      HcChartSeries *entry = &g_array_index (ctx->layout->series, HcChartSeries, s);
      double centre, x;
      PangoRectangle ink, logical;

      if (side->texts[s] == NULL)
        continue;
      pango_layout_get_extents (side->texts[s], &ink, &logical);
      centre = side->labels[s].y + side->labels[s].height / 2;
      x = left ? column_x + (double) logical.x / PANGO_SCALE : column_x;

      cairo_save (ctx->cr);
      hc_chart_set_color (ctx, &ctx->style->palette[s % HC_PALETTE_SIZE]);
      cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 14));
      cairo_move_to (ctx->cr, axis_x + (left ? -1 : 1) * ctx->unit * 0.5, side->labels[s].target);
      cairo_line_to (ctx->cr, left ? x + (double) logical.width / PANGO_SCALE + ctx->unit * 0.25
                                   : x - ctx->unit * 0.25, centre);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);

      hc_chart_text_draw (ctx, side->texts[s], column_x, side->labels[s].y,
                          &ctx->style->foreground);
      if (!left || !entry->labelled)
        {
          entry->labelled = TRUE;
          entry->label_rect = (cairo_rectangle_t) { x, side->labels[s].y,
                                                    (double) logical.width / PANGO_SCALE,
                                                    side->labels[s].height };
        }
    }
}

void
hc_chart_draw_slope (HcChartContext *ctx)
{
  const HcChartOptions *options = ctx->options;
  HcChartLayout *layout = ctx->layout;
  HcSeriesSet *set = hc_series_set_new (ctx);
  double min = G_MAXDOUBLE, max = -G_MAXDOUBLE, min_positive = G_MAXDOUBLE;
  gboolean non_positive = FALSE;
  double body_height, year_height, caption_height, gap, dot, line_width;
  double left_axis, right_axis, top, bottom;
  guint n, first = 0, last;
  HcScale scale;
  Side sides[2] = { { 0 } };
  const char *caption;

  if (set->series->len == 0)
    {
      hc_chart_draw_no_time (ctx);
      hc_series_set_free (set);
      return;
    }
  n = set->series->len;
  last = set->times->len - 1;
  {
    double ends[2] = { set->time_min, set->time_max };

    g_array_append_vals (layout->times, ends, set->times->len > 1 ? 2 : 1);
  }

  for (guint s = 0; s < n; s++)
    for (guint e = 0; e < 2; e++)
      {
        double v = hc_series_value_at (g_ptr_array_index (set->series, s), e ? last : first, NULL);

        if (!isfinite (v))
          continue;
        min = MIN (min, v);
        max = MAX (max, v);
        if (v > 0)
          min_positive = MIN (min_positive, v);
        else
          non_positive = TRUE;
      }
  if (max < min)
    {
      /* No series has a value at either end. */
      hc_chart_draw_no_time (ctx);
      hc_series_set_free (set);
      return;
    }
  if (options->scale_mode == HC_SCALE_MODE_AUTO && non_positive)
    scale.kind = HC_SCALE_LINEAR;
  else
    scale.kind = hc_chart_resolve_scale (min_positive, max, options->scale_mode);

  {
    g_autoptr(PangoLayout) body = hc_chart_text_new (ctx, "0", HC_TEXT_BODY);
    g_autoptr(PangoLayout) year = hc_chart_text_new (ctx, "0", HC_TEXT_VALUE);

    hc_chart_text_size (body, NULL, &body_height);
    hc_chart_text_size (year, NULL, &year_height);
  }
  caption = scale.kind == HC_SCALE_LOG
    ? _("Log scale: lines of the same slope grew at the same rate")
    : min < 0 ? _("Linear scale") : _("Linear scale, starting at zero");
  caption_height = hc_chart_note_height (ctx, caption);

  top = ctx->area.y + year_height + ctx->unit * 0.6;
  bottom = ctx->area.y + ctx->area.height - caption_height - ctx->unit * 0.5;
  if (bottom - top < body_height * 2)
    {
      hc_series_set_free (set);
      return;
    }
  /* Labels are centred on their value: the scale keeps half a label
   * clear at each end. */
  if (scale.kind == HC_SCALE_LOG)
    {
      /* No gridlines to end on a round number: the data fills the height. */
      hc_scale_init_log (&scale, min_positive, max, bottom - body_height / 2,
                         top + body_height / 2);
      scale.domain_min = min_positive;
      scale.domain_max = max > min_positive ? max : min_positive * 10;
    }
  else if (min < 0)
    hc_scale_init_linear_range (&scale, min, max, bottom - body_height / 2, top + body_height / 2);
  else
    hc_scale_init_linear (&scale, max, bottom - body_height / 2, top + body_height / 2);

  for (guint e = 0; e < 2; e++)
    side_init (ctx, &sides[e], set, &scale, e ? last : first, e == 0, body_height, top, bottom,
               ctx->area.width * 0.32);

  gap = ctx->unit * 1.2;
  left_axis = ctx->area.x + sides[0].width + gap;
  right_axis = ctx->area.x + ctx->area.width - sides[1].width - gap;
  if (right_axis - left_axis < ctx->unit * 3)
    {
      side_clear (&sides[0], n);
      side_clear (&sides[1], n);
      hc_series_set_free (set);
      return;
    }

  layout->plot = (cairo_rectangle_t) { left_axis, top, right_axis - left_axis, bottom - top };
  layout->has_scale = TRUE;
  layout->scale_kind = scale.kind;
  layout->value_scale = scale;
  hc_chart_init_time_scale (&layout->time_scale, set->time_min, set->time_max, left_axis,
                            right_axis);

  /* The two times over their axes. */
  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 16));
  hc_chart_set_color (ctx, &ctx->style->grid);
  for (guint e = 0; e < (last > first ? 2u : 1u); e++)
    {
      double x = e ? right_axis : left_axis;
      g_autofree char *when = hc_chart_format_time (g_array_index (set->times, double,
                                                                   e ? last : first),
                                                    layout->time_kind);
      g_autoptr(PangoLayout) label = hc_chart_text_new (ctx, when, HC_TEXT_VALUE);
      double w;

      hc_chart_set_color (ctx, &ctx->style->grid);
      cairo_move_to (ctx->cr, round (x) + 0.5, top);
      cairo_line_to (ctx->cr, round (x) + 0.5, bottom);
      cairo_stroke (ctx->cr);
      hc_chart_text_size (label, &w, NULL);
      hc_chart_text_draw (ctx, label, CLAMP (x - w / 2, ctx->area.x,
                                             ctx->area.x + ctx->area.width - w),
                          ctx->area.y, &ctx->style->foreground);
    }
  cairo_restore (ctx->cr);

  line_width = MAX (1.5, ctx->unit * 0.13);
  dot = MAX (3.0, ctx->unit * 0.3);
  for (guint s = 0; s < n; s++)
    {
      HcSeries *series = g_ptr_array_index (set->series, s);
      HcChartSeries *entry = hc_chart_add_layout_series (ctx, series->label, s % HC_PALETTE_SIZE);
      int points[2];
      double values[2];
      gboolean focused = FALSE;

      for (guint e = 0; e < 2; e++)
        {
          values[e] = hc_series_value_at (series, e ? last : first, &points[e]);
          if (points[e] >= 0 && g_array_index (series->points, HcSeriesPoint, points[e]).figure ==
                                options->focused)
            focused = options->focused >= 0;
        }
      hc_chart_set_color (ctx, &ctx->style->palette[s % HC_PALETTE_SIZE]);
      if (last > first && drawable (values[0], &scale) && drawable (values[1], &scale))
        {
          cairo_set_line_width (ctx->cr, focused ? line_width * 2 : line_width);
          cairo_move_to (ctx->cr, left_axis, hc_scale_map (&scale, values[0]));
          cairo_line_to (ctx->cr, right_axis, hc_scale_map (&scale, values[1]));
          cairo_stroke (ctx->cr);
        }
      for (guint e = 0; e < (last > first ? 2u : 1u); e++)
        {
          const HcSeriesPoint *p;
          double x = e ? right_axis : left_axis, y;

          if (points[e] < 0 || !drawable (values[e], &scale))
            continue;
          p = &g_array_index (series->points, HcSeriesPoint, points[e]);
          y = hc_scale_map (&scale, values[e]);
          hc_chart_add_point_mark (ctx, p->figure, (int) s, (int) entry->n_points++, x, y,
                                   MAX (dot + 2, ctx->unit * 0.5), p->time, p->value);
        }
    }

  /* The dots over the lines, one path per colour: a fill per dot would
   * cost more than the lines with hundreds of them. */
  for (guint c = 0; c < HC_PALETTE_SIZE; c++)
    {
      gboolean any = FALSE;

      cairo_new_path (ctx->cr);
      for (guint s = c; s < n; s += HC_PALETTE_SIZE)
        {
          const HcChartSeries *entry = &g_array_index (layout->series, HcChartSeries, s);

          for (guint i = 0; i < entry->n_points; i++)
            {
              const HcMark *mark = &g_array_index (layout->marks, HcMark, entry->first_mark + i);

              cairo_new_sub_path (ctx->cr);
              cairo_arc (ctx->cr, mark->cx, mark->cy, dot, 0, 2 * G_PI);
              any = TRUE;
            }
        }
      if (!any)
        continue;
      hc_chart_set_color (ctx, &ctx->style->palette[c]);
      cairo_fill (ctx->cr);
    }

  side_draw (ctx, &sides[0], n, left_axis, ctx->area.x, TRUE);
  if (last > first)
    side_draw (ctx, &sides[1], n, right_axis, right_axis + gap, FALSE);
  hc_chart_draw_note (ctx, caption, bottom + ctx->unit * 0.5);

  side_clear (&sides[0], n);
  side_clear (&sides[1], n);
  hc_series_set_free (set);
}
