/* hc-chart-range.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bounds of uncertain figures (a low and a high estimate): whiskers
 * on bars and columns, a translucent band around lines. The value axes
 * reach the high bounds, so that no whisker is cut at the plot's edge.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

gboolean
hc_chart_range_of_figure (HcChartContext *ctx,
                          int             figure,
                          double         *low,
                          double         *high)
{
  const HcFigure *f;

  if (figure < 0 || (guint) figure >= hc_dataset_get_n_figures (ctx->dataset))
    return FALSE;
  f = hc_dataset_get_figure (ctx->dataset, figure);
  if (!f->has_range || !isfinite (f->low) || !isfinite (f->high) || f->low > f->high)
    return FALSE;
  *low = f->low;
  *high = f->high;
  return TRUE;
}

gboolean
hc_chart_range_any (const HcDataset *dataset)
{
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (hc_dataset_get_figure (dataset, i)->has_range)
      return TRUE;
  return FALSE;
}

void
hc_chart_range_extend (HcChartContext *ctx,
                       GArray         *entries,
                       double         *lo,
                       double         *hi)
{
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      double low, high;

      if (!hc_chart_range_of_figure (ctx, entry->figure, &low, &high))
        continue;
      if (high > 0)
        *hi = MAX (*hi, high);
      if (low > 0)
        *lo = MIN (*lo, low);
    }
}

/* A whisker from @from to @to (pixels along the value axis) across
 * @across, with caps @cap long: drawn in the text colour over the mark,
 * with a halo of the background so it shows on the bar and beside it. */
void
hc_chart_range_draw_whisker (HcChartContext    *ctx,
                             HcAxisOrientation  orientation,
                             double             across,
                             double             from,
                             double             to,
                             double             cap)
{
  double width = MAX (1.0, ctx->unit / 10);

  cairo_save (ctx->cr);
  cairo_set_line_cap (ctx->cr, CAIRO_LINE_CAP_BUTT);
  for (guint pass = 0; pass < 2; pass++)
    {
      cairo_set_line_width (ctx->cr, pass == 0 ? width * 3 : width);
      hc_chart_set_color (ctx, pass == 0 ? &ctx->style->background : &ctx->style->foreground);
      if (orientation == HC_AXIS_HORIZONTAL)
        {
          cairo_move_to (ctx->cr, from, across);
          cairo_line_to (ctx->cr, to, across);
          cairo_move_to (ctx->cr, from, across - cap / 2);
          cairo_line_to (ctx->cr, from, across + cap / 2);
          cairo_move_to (ctx->cr, to, across - cap / 2);
          cairo_line_to (ctx->cr, to, across + cap / 2);
        }
      else
        {
          cairo_move_to (ctx->cr, across, from);
          cairo_line_to (ctx->cr, across, to);
          cairo_move_to (ctx->cr, across - cap / 2, from);
          cairo_line_to (ctx->cr, across + cap / 2, from);
          cairo_move_to (ctx->cr, across - cap / 2, to);
          cairo_line_to (ctx->cr, across + cap / 2, to);
        }
      cairo_stroke (ctx->cr);
    }
  cairo_restore (ctx->cr);
}

/* Where @value falls on @scale, kept inside the plot: a low bound of
 * zero has no place on a log scale and stays at its bottom. */
static double
map_clamped (const HcScale *scale,
             double         value)
{
  double lo = MIN (scale->range_min, scale->range_max);
  double hi = MAX (scale->range_min, scale->range_max);

  if (scale->kind == HC_SCALE_LOG && !(value > 0))
    return scale->range_min;
  return CLAMP (hc_scale_map (scale, value), lo, hi);
}

double
hc_chart_range_map (const HcScale *scale,
                    double         value)
{
  return map_clamped (scale, value);
}

/* The band of one line: for every run of joined points that all have
 * bounds, the high bounds left to right and the low bounds back. A point
 * with bounds alone gets a whisker. Returns whether anything was drawn. */
gboolean
hc_chart_range_draw_band (HcChartContext *ctx,
                          const HcSeries *series,
                          const HcScale  *time_scale,
                          const HcScale  *value_scale,
                          const HcColor  *color)
{
  guint n = series->points->len;
  gboolean any = FALSE;

  for (guint start = 0; start < n;)
    {
      guint end = start;
      double low, high;

      if (!hc_chart_range_of_figure (ctx, g_array_index (series->points, HcSeriesPoint,
                                                         start).figure, &low, &high))
        {
          start++;
          continue;
        }
      while (end + 1 < n && hc_series_joins (series, end) &&
             hc_chart_range_of_figure (ctx, g_array_index (series->points, HcSeriesPoint,
                                                           end + 1).figure, &low, &high))
        end++;

      any = TRUE;
      if (end == start)
        {
          const HcSeriesPoint *p = &g_array_index (series->points, HcSeriesPoint, start);

          hc_chart_range_of_figure (ctx, p->figure, &low, &high);
          hc_chart_range_draw_whisker (ctx, HC_AXIS_VERTICAL, hc_scale_map (time_scale, p->time),
                                       map_clamped (value_scale, low),
                                       map_clamped (value_scale, high), ctx->unit * 0.6);
        }
      else
        {
          cairo_save (ctx->cr);
          for (guint i = start; i <= end; i++)
            {
              const HcSeriesPoint *p = &g_array_index (series->points, HcSeriesPoint, i);

              hc_chart_range_of_figure (ctx, p->figure, &low, &high);
              cairo_line_to (ctx->cr, hc_scale_map (time_scale, p->time),
                             map_clamped (value_scale, high));
            }
          for (guint i = end + 1; i-- > start;)
            {
              const HcSeriesPoint *p = &g_array_index (series->points, HcSeriesPoint, i);

              hc_chart_range_of_figure (ctx, p->figure, &low, &high);
              cairo_line_to (ctx->cr, hc_scale_map (time_scale, p->time),
                             map_clamped (value_scale, low));
            }
          cairo_close_path (ctx->cr);
          cairo_set_source_rgba (ctx->cr, color->red, color->green, color->blue,
                                 ctx->style->dark ? 0.32 : 0.22);
          cairo_fill (ctx->cr);
          cairo_restore (ctx->cr);
        }
      start = end + 1;
    }

  return any;
}

/* "≈10,000, between 8,000 and 12,000": a figure's value and its bounds,
 * at @digits decimals at most. */
char *
hc_chart_range_value_text (const HcFigure *figure,
                           int             digits)
{
  g_autofree char *value = hc_number_format_full (figure->value, digits, figure->approximate);
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (!figure->has_range)
    return g_steal_pointer (&value);
  low = hc_number_format_full (figure->low, digits, FALSE);
  high = hc_number_format_full (figure->high, digits, FALSE);
  /* Translators: an uncertain figure and its bounds: "10,000, between
   * 8,000 and 12,000". */
  return g_strdup_printf (_("%1$s, between %2$s and %3$s"), value, low, high);
}

char *
hc_chart_figure_tooltip (const HcDataset *dataset,
                         guint            index)
{
  const HcFigure *figure = hc_dataset_get_figure (dataset, index);
  g_autofree char *value = hc_chart_range_value_text (figure, 6);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n%s", figure->label, value);
  if (figure->unit != NULL)
    g_string_append_printf (text, " %s", figure->unit);
  if (figure->has_rate)
    {
      g_autofree char *numerator = hc_number_format_full (figure->numerator, 6, FALSE);
      g_autofree char *denominator = hc_number_format_full (figure->denominator, 6, FALSE);

      g_string_append_printf (text, "\n%s",
                              figure->measure != NULL ? figure->measure
                                                      : hc_dataset_get_value_title (dataset));
      /* Translators: what a rate divides, in its tooltip: "8,050 of 1,800,858". */
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("%1$s of %2$s"), numerator, denominator);
    }
  if (figure->category != NULL)
    g_string_append_printf (text, "\n%s", figure->category);
  if (figure->note != NULL)
    g_string_append_printf (text, " · %s", figure->note);
  if (figure->quote != NULL)
    {
      g_string_append (text, "\n\n");
      g_string_append_printf (text, C_("quotation", "“%s”"), figure->quote);
    }

  return g_string_free (text, FALSE);
}

const char *
hc_chart_range_tooltip (HcChartContext *ctx,
                        int             figure)
{
  const HcFigure *f;

  if (figure < 0 || (guint) figure >= hc_dataset_get_n_figures (ctx->dataset))
    return NULL;
  f = hc_dataset_get_figure (ctx->dataset, figure);
  if (!f->has_range && !f->has_rate)
    return NULL;
  return hc_chart_layout_take_text (ctx, hc_chart_figure_tooltip (ctx->dataset, figure));
}

/* Views that add up their figures (a treemap, shares of a whole, units
 * of so many people) cannot draw rates: 5 per 1,000 and 4 per 1,000 are
 * not 9 per 1,000 of anything. They say so instead. */
gboolean
hc_chart_refuse_rates (HcChartContext *ctx)
{
  if (!hc_dataset_is_rate (ctx->dataset))
    return FALSE;
  hc_chart_draw_notice (ctx, _("These figures are rates per population, which do not add "
                               "up, and this view adds its figures. Choose bars, columns, "
                               "circles, a line or the map."), 4);
  return TRUE;
}

/* "Other" of rates: the largest of them as its value, never their sum,
 * and their span as its text ("from 2.1 to 9.8"). */
void
hc_chart_range_fold_rates (HcChartContext *ctx,
                           HcChartEntry   *other,
                           const guint    *indices,
                           guint           count)
{
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (!hc_dataset_is_rate (ctx->dataset) || count == 0)
    return;
  for (guint i = 0; i < count; i++)
    {
      double v = hc_dataset_get_figure (ctx->dataset, indices[i])->value;

      if (isfinite (v))
        {
          lo = MIN (lo, v);
          hi = MAX (hi, v);
        }
    }
  if (lo > hi)
    lo = hi = 0;
  other->value = hi;
  low = hc_number_format (lo, FALSE);
  high = hc_number_format (hi, FALSE);
  /* Translators: what "Other" writes for the rates it holds, which are
   * not added up: "from 2.1 to 9.8". */
  other->total_text = hc_chart_layout_take_text (ctx, g_strdup_printf (_("from %s to %s"), low,
                                                                       high));
}

char *
hc_chart_range_fold_note (HcChartContext *ctx,
                          guint           shown,
                          guint           folded)
{
  g_autofree char *shown_text = hc_number_format (shown, FALSE);
  g_autofree char *n_text = hc_number_format (shown + folded, FALSE);
  g_autofree char *folded_text = hc_number_format (folded, FALSE);

  /* Translators: the rule of "Other" in a chart of rates: "The 19 largest
   * of 188 rates are shown; Other holds the other 169, not added up:
   * rates do not add up." The plural follows the last number. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The %1$s largest of %2$s rates are shown; Other holds the "
                                       "other %3$s, not added up: rates do not add up.",
                                       "The %1$s largest of %2$s rates are shown; Other holds the "
                                       "other %3$s, not added up: rates do not add up.",
                                       hc_chart_plural_n (folded)),
                          shown_text, n_text, folded_text);
}
