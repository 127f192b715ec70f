/* hc-chart-area.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parts of a whole over time, stacked: the largest part at the bottom,
 * the smallest added up in one band at the top when there are more than
 * there is room to name. The selection makes sure the parts add up (no
 * World on its regions, no rates); here a time at which a named part is
 * missing is a gap in the whole stack, since the total there is unknown.
 * As shares, every time adds up to 100 %.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

/* Past this many bands the eye no longer follows them, and the palette
 * would repeat: the named parts, and the band of the others. */
#define MAX_BANDS (HC_PALETTE_SIZE + 1)

/* One band at the top that adds up the smallest parts, point by point. */
static HcSeries *
fold_series (HcChartContext *ctx,
             HcSeriesSet    *set,
             guint           from)
{
  guint n_times = set->times->len;
  g_autofree double *sums = g_new0 (double, MAX (n_times, 1));
  g_autofree guint8 *present = g_new0 (guint8, MAX (n_times, 1));
  guint folded = set->series->len - from;
  g_autofree char *count = hc_number_format (folded, FALSE);
  HcSeries *other;
  char *label;

  for (guint s = from; s < set->series->len; s++)
    {
      HcSeries *series = g_ptr_array_index (set->series, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          const HcSeriesPoint *p = &g_array_index (series->points, HcSeriesPoint, i);

          if (p->value >= 0)
            {
              sums[p->time_index] += p->value;
              present[p->time_index] = 1;
            }
        }
    }

  /* Translators: the band of a stacked area that adds up the smallest
   * parts: "211 others". */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s other", "%s others",
                                        hc_chart_plural_n (folded)), count);
  other = hc_series_new (hc_chart_layout_take_text (ctx, label));
  other->n_figures = folded;
  for (guint t = 0; t < n_times; t++)
    {
      HcSeriesPoint point = {
        .time = g_array_index (set->times, double, t),
        .value = present[t] ? sums[t] : 0,
        .raw = present[t] ? sums[t] : 0,
        .figure = -1,
        .time_index = t,
      };

      g_array_append_val (other->points, point);
    }
  hc_series_finish (other);
  {
    g_autofree char *total = hc_number_format (other->last_value, FALSE);
    /* Translators: the tooltip of the band that adds up the smallest
     * parts: "211 others: 1,234,567 together". */
    g_autofree char *together = g_strdup_printf (_("%s together"), total);

    other->summary = hc_chart_layout_take_text (ctx, g_strdup_printf (_("%s: %s"), label,
                                                                      together));
  }

  return other;
}

void
hc_chart_draw_area (HcChartContext *ctx)
{
  const HcChartOptions *options = ctx->options;
  HcChartLayout *layout = ctx->layout;
  HcSeriesSet *set = hc_series_set_new (ctx);
  HcTickStyle style = options->relative ? HC_TICKS_SHARE : HC_TICKS_NUMBER;
  g_autoptr(GPtrArray) bands = g_ptr_array_new ();
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  HcSeries *other = NULL;
  guint n_times, n_bands, n_named, capacity, gaps = 0;
  double body_height, small_height, notes_height = 0, axis_height, axis_width = 0;
  double column_width = 0, connector, max_total = 0;
  g_autofree double *lower = NULL;  /* n_bands × n_times: where each band starts and ends */
  g_autofree double *upper = NULL;
  g_autofree guint8 *valid = NULL;
  g_autofree HcSpreadLabel *labels = NULL;
  g_autofree PangoLayout **texts = NULL;
  cairo_rectangle_t plot;
  HcScale value_scale, time_scale;
  int last_valid = -1;

  if (set->series->len == 0)
    {
      hc_chart_draw_no_time (ctx);
      hc_series_set_free (set);
      return;
    }
  n_times = set->times->len;
  g_array_append_vals (layout->times, set->times->data, n_times);
  layout->has_time_axis = TRUE;
  layout->relative = options->relative;

  {
    g_autoptr(PangoLayout) body = hc_chart_text_new (ctx, "0", HC_TEXT_BODY);
    g_autoptr(PangoLayout) small = hc_chart_text_new (ctx, "0", HC_TEXT_SMALL);

    hc_chart_text_size (body, NULL, &body_height);
    hc_chart_text_size (small, NULL, &small_height);
  }

  /* As many named bands as their names have room for down the side. */
  axis_height = hc_chart_time_axis_height (ctx);
  capacity = (guint) CLAMP ((ctx->area.height - axis_height) / (body_height * 1.1), 2, MAX_BANDS);
  n_named = set->series->len <= capacity ? set->series->len : capacity - 1;
  for (guint s = 0; s < n_named; s++)
    g_ptr_array_add (bands, g_ptr_array_index (set->series, s));
  if (n_named < set->series->len)
    {
      other = fold_series (ctx, set, n_named);
      g_ptr_array_add (bands, other);
    }
  n_bands = bands->len;
  layout->n_shown = n_named;
  layout->n_folded = set->series->len - n_named;

  /* A time is drawn where every named part has a value. */
  lower = g_new0 (double, n_bands * n_times);
  upper = g_new0 (double, n_bands * n_times);
  valid = g_new0 (guint8, n_times);
  for (guint t = 0; t < n_times; t++)
    {
      double sum = 0;
      gboolean complete = TRUE, any = FALSE;

      for (guint b = 0; b < n_bands; b++)
        {
          double v = hc_series_value_at (g_ptr_array_index (bands, b), t, NULL);

          if (!(v >= 0))
            {
              complete = FALSE;
              continue;
            }
          any = TRUE;
          lower[b * n_times + t] = sum;
          sum += v;
          upper[b * n_times + t] = sum;
        }
      if (!complete || (options->relative && !(sum > 0)))
        {
          gaps += any;
          continue;
        }
      valid[t] = 1;
      last_valid = (int) t;
      if (options->relative)
        for (guint b = 0; b < n_bands; b++)
          {
            lower[b * n_times + t] /= sum;
            upper[b * n_times + t] /= sum;
          }
      max_total = MAX (max_total, options->relative ? 1 : sum);
    }
  layout->n_gaps = gaps;

  g_ptr_array_add (notes, g_strdup (options->relative ? _("Shares of the total at each time")
                                                      : _("Linear scale, starting at zero")));
  if (other != NULL)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "The %u smallest part is added up in "
                                                          "the band at the top.",
                                                          "The %u smallest parts are added up in "
                                                          "the band at the top.",
                                                          other->n_figures),
                                             other->n_figures));
  if (gaps > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u time at which a part is missing is "
                                                          "left as a gap",
                                                          "%u times at which a part is missing "
                                                          "are left as gaps", gaps), gaps));
  for (guint i = 0; i < notes->len; i++)
    notes_height += hc_chart_note_height (ctx, g_ptr_array_index (notes, i)) + ctx->unit * 0.2;

  plot.y = ctx->area.y + small_height / 2;
  plot.height = ctx->area.height - small_height / 2 - axis_height - notes_height - ctx->unit * 0.5;
  if (plot.height < body_height * 3 && notes->len > 0)
    {
      plot.height += notes_height;
      g_ptr_array_set_size (notes, 0);
    }
  if (plot.height < body_height)
    {
      hc_series_set_free (set);
      if (other != NULL)
        hc_series_free (other);
      return;
    }

  hc_scale_init_linear (&value_scale, max_total > 0 ? max_total : 1, plot.y + plot.height, plot.y);
  if (options->relative)
    value_scale.domain_max = 1;
  g_array_unref (hc_chart_fit_value_ticks (ctx, &value_scale, HC_AXIS_VERTICAL, style,
                                           &axis_width));

  /* Names in the middle of their band at the last time drawn. */
  labels = g_new0 (HcSpreadLabel, n_bands);
  texts = g_new0 (PangoLayout *, n_bands);
  for (guint b = 0; b < n_bands; b++)
    {
      HcSeries *band = g_ptr_array_index (bands, b);
      double w;

      if (last_valid < 0)
        continue;
      labels[b].target = hc_scale_map (&value_scale, (lower[b * n_times + last_valid] +
                                                      upper[b * n_times + last_valid]) / 2);
      labels[b].height = body_height;
      labels[b].priority = band == other ? (int) n_bands : (int) b;
      texts[b] = hc_chart_text_new (ctx, band->label, HC_TEXT_BODY);
      hc_chart_text_size (texts[b], &w, NULL);
      column_width = MAX (column_width, w);
    }
  hc_chart_spread_labels (labels, last_valid >= 0 ? n_bands : 0, ctx->area.y,
                          plot.y + plot.height);
  column_width = MIN (column_width, ctx->area.width * 0.3);
  connector = ctx->unit * 1.4;

  plot.x = ctx->area.x + axis_width + ctx->unit * 0.4;
  plot.width = ctx->area.x + ctx->area.width - column_width - connector - plot.x;
  if (plot.width < ctx->unit * 2)
    {
      for (guint b = 0; b < n_bands; b++)
        g_clear_object (&texts[b]);
      hc_series_set_free (set);
      if (other != NULL)
        hc_series_free (other);
      return;
    }

  hc_chart_init_time_scale (&time_scale, set->time_min, set->time_max, plot.x, plot.x + plot.width);
  if (n_times == 1)
    {
      /* One time: a stacked column in the middle. */
      double middle = plot.x + plot.width / 2;

      time_scale.range_min = middle - ctx->unit * 1.5;
      time_scale.range_max = middle + ctx->unit * 1.5;
      time_scale.domain_min = set->time_min - 0.5;
      time_scale.domain_max = set->time_min + 0.5;
    }
  layout->plot = plot;
  layout->has_scale = TRUE;
  layout->scale_kind = HC_SCALE_LINEAR;
  layout->time_scale = time_scale;
  layout->value_scale = value_scale;

  hc_chart_draw_styled_value_axis (ctx, &value_scale, &plot, HC_AXIS_VERTICAL, style);

  for (guint b = 0; b < n_bands; b++)
    {
      HcSeries *band = g_ptr_array_index (bands, b);
      const HcColor *color = band == other ? &ctx->style->secondary
                                           : &ctx->style->palette[b % HC_PALETTE_SIZE];
      HcChartSeries *entry = hc_chart_add_layout_series (ctx, band->label,
                                                         band == other ? HC_PALETTE_SIZE
                                                                       : b % HC_PALETTE_SIZE);
      guint n_points = 0;

      /* Each run of drawn times is one shape. */
      for (guint t = 0; t < n_times;)
        {
          guint end;

          if (!valid[t])
            {
              t++;
              continue;
            }
          for (end = t; end + 1 < n_times && valid[end + 1]; end++)
            ;
          hc_chart_set_color (ctx, color);
          /* Text drawn before leaves a current point: start afresh. */
          cairo_new_path (ctx->cr);
          if (end == t)
            {
              double x = hc_scale_map (&time_scale, g_array_index (set->times, double, t));
              double half = n_times == 1 ? ctx->unit * 1.5 : MAX (2.5, ctx->unit * 0.24);
              double y0 = hc_scale_map (&value_scale, upper[b * n_times + t]);
              double y1 = hc_scale_map (&value_scale, lower[b * n_times + t]);

              cairo_rectangle (ctx->cr, x - half, y0, 2 * half, y1 - y0);
            }
          else
            {
              for (guint i = t; i <= end; i++)
                cairo_line_to (ctx->cr,
                               hc_scale_map (&time_scale, g_array_index (set->times, double, i)),
                               hc_scale_map (&value_scale, upper[b * n_times + i]));
              for (guint i = end + 1; i-- > t;)
                cairo_line_to (ctx->cr,
                               hc_scale_map (&time_scale, g_array_index (set->times, double, i)),
                               hc_scale_map (&value_scale, lower[b * n_times + i]));
              cairo_close_path (ctx->cr);
            }
          cairo_fill (ctx->cr);
          t = end + 1;
        }

      /* A band a reader points at anywhere from halfway to the time
       * before to halfway to the time after. */
      for (guint i = 0; i < band->points->len; i++)
        {
          const HcSeriesPoint *p = &g_array_index (band->points, HcSeriesPoint, i);
          guint t = p->time_index;
          double x = hc_scale_map (&time_scale, p->time);
          double left = t > 0 ? (x + hc_scale_map (&time_scale, g_array_index (set->times, double,
                                                                              t - 1))) / 2
                              : time_scale.range_min;
          double right = t + 1 < n_times
            ? (x + hc_scale_map (&time_scale, g_array_index (set->times, double, t + 1))) / 2
            : time_scale.range_max;
          double y0, y1;

          if (!valid[t])
            continue;
          y0 = hc_scale_map (&value_scale, upper[b * n_times + t]);
          y1 = hc_scale_map (&value_scale, lower[b * n_times + t]);
          hc_chart_add_band_mark (ctx, band, (int) b, (int) i, MIN (left, right), y0,
                                  fabs (right - left), y1 - y0,
                                  upper[b * n_times + t] - lower[b * n_times + t]);
          /* The point's index along the band, as marks count them. */
          g_array_index (layout->marks, HcMark, layout->marks->len - 1).point = (int) n_points++;
        }
      entry->n_points = n_points;
    }

  /* Thin lines of the background between the bands. */
  cairo_save (ctx->cr);
  cairo_new_path (ctx->cr);
  hc_chart_set_color (ctx, &ctx->style->background);
  cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 16));
  for (guint b = 0; b + 1 < n_bands; b++)
    for (guint t = 0; t < n_times; t++)
      {
        double x = hc_scale_map (&time_scale, g_array_index (set->times, double, t));
        double y = hc_scale_map (&value_scale, upper[b * n_times + t]);

        if (!valid[t])
          continue;
        if (t > 0 && valid[t - 1])
          cairo_line_to (ctx->cr, x, y);
        else
          cairo_move_to (ctx->cr, x, y);
      }
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);

  hc_chart_draw_time_axis (ctx, &time_scale, &plot, layout->time_kind,
                           ctx->area.x + ctx->area.width);

  for (guint b = 0; b < n_bands; b++)
    {
      HcChartSeries *entry = &g_array_index (layout->series, HcChartSeries, b);
      double column_x = plot.x + plot.width + connector;
      double end_x = last_valid >= 0
        ? hc_scale_map (&time_scale, g_array_index (set->times, double, last_valid)) : plot.x;
      double w, h;

      if (texts[b] == NULL)
        continue;
      if (labels[b].kept)
        {
          pango_layout_set_width (texts[b], (int) (MAX (column_width, 1) * PANGO_SCALE));
          pango_layout_set_ellipsize (texts[b], PANGO_ELLIPSIZE_END);
          hc_chart_text_size (texts[b], &w, &h);

          cairo_save (ctx->cr);
          hc_chart_set_color (ctx, g_ptr_array_index (bands, b) == other
                                     ? &ctx->style->secondary
                                     : &ctx->style->palette[b % HC_PALETTE_SIZE]);
          cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 14));
          cairo_move_to (ctx->cr, end_x + ctx->unit * 0.2, labels[b].target);
          cairo_line_to (ctx->cr, plot.x + plot.width + connector * 0.5, labels[b].target);
          cairo_line_to (ctx->cr, column_x - ctx->unit * 0.25, labels[b].y + h / 2);
          cairo_stroke (ctx->cr);
          cairo_restore (ctx->cr);

          hc_chart_text_draw (ctx, texts[b], column_x, labels[b].y, &ctx->style->foreground);
          entry->labelled = TRUE;
          entry->label_rect = (cairo_rectangle_t) { column_x, labels[b].y, w, h };
        }
      g_clear_object (&texts[b]);
    }

  {
    double y = plot.y + plot.height + axis_height + ctx->unit * 0.5;

    for (guint i = 0; i < notes->len; i++)
      y += hc_chart_draw_note (ctx, g_ptr_array_index (notes, i), y) + ctx->unit * 0.2;
  }

  hc_series_set_free (set);
  if (other != NULL)
    hc_series_free (other);
}
