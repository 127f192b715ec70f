/* hc-chart-axis.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The value axis that bars and columns share: gridlines across the plot,
 * tick labels outside it, and the caption that says which scale is in use.
 * One implementation, so both views label a log axis the same way.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

static gboolean
is_decade (double value)
{
  double e = log10 (value);

  return fabs (e - round (e)) < 1e-9;
}

static gboolean
is_major_tick (const HcScale *scale,
               double         value)
{
  return scale->kind == HC_SCALE_LINEAR || is_decade (value);
}

/* The number of decimals that writes @value exactly, up to three. */
static int
decimals_for (double value)
{
  for (int d = 0; d < 3; d++)
    {
      double scaled = fabs (value) * pow (10, d);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (scaled, 1))
        return d;
    }

  return 3;
}

typedef enum
{
  TICK_FULL,      /* 800,000 */
  TICK_MILLIONS,  /* 1.2M */
  TICK_BILLIONS,  /* 1.25B */
  TICK_TRILLIONS, /* 1T */
  TICK_POWERS,    /* 2 × 10¹⁵, past what words say */
} TickForm;

static TickForm
form_for (double magnitude)
{
  if (magnitude >= 1e15)
    return TICK_POWERS;
  if (magnitude >= 1e12)
    return TICK_TRILLIONS;
  if (magnitude >= 1e9)
    return TICK_BILLIONS;
  if (magnitude >= 1e6)
    return TICK_MILLIONS;
  return TICK_FULL;
}

static char *
format_in (double   value,
           TickForm form,
           int      decimals)
{
  static const double divisors[] = { 1, 1e6, 1e9, 1e12 };
  g_autofree char *n = NULL;

  if (value == 0)
    return g_strdup ("0");
  if (form == TICK_POWERS)
    return hc_number_format_full (value, 6, FALSE);

  n = hc_number_format_full (value / divisors[form], decimals, FALSE);
  switch (form)
    {
    case TICK_MILLIONS:
      /* Translators: an axis tick in millions, "2.5M"; %s is the number,
       * already in the locale's digits. Use the local abbreviation. */
      return g_strdup_printf (C_("number", "%sM"), n);
    case TICK_BILLIONS:
      /* Translators: an axis tick in billions (10⁹), "3B"; %s is the number,
       * already in the locale's digits. Use the local abbreviation. */
      return g_strdup_printf (C_("number", "%sB"), n);
    case TICK_TRILLIONS:
      /* Translators: an axis tick in trillions (10¹², a thousand billions),
       * "2T"; %s is the number, already in the locale's digits. Use the local
       * abbreviation. */
      return g_strdup_printf (C_("number", "%sT"), n);
    case TICK_FULL:
    case TICK_POWERS:
    default:
      return g_steal_pointer (&n);
    }
}

/* @value in three significant digits, "1.38B", "322M", where a full
 * number does not fit; below a million the full number is short enough. */
char *
hc_chart_format_short (double   value,
                       gboolean approximate)
{
  static const double divisors[] = { 1, 1e6, 1e9, 1e12, 1 };
  TickForm form = form_for (fabs (value));
  g_autofree char *text = NULL;
  double scaled;
  int decimals;

  if (form == TICK_FULL || form == TICK_POWERS || !isfinite (value))
    return hc_number_format (value, approximate);

  scaled = fabs (value) / divisors[form];
  decimals = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
  /* 999.6M rounds up to the next form's 1B. */
  if (round (scaled * pow (10, decimals)) >= 1000 * pow (10, decimals) && form < TICK_TRILLIONS)
    {
      form++;
      decimals = 2;
    }
  text = format_in (value, form, decimals);
  if (approximate)
    return g_strconcat ("≈\u2009", text, NULL);
  return g_steal_pointer (&text);
}

/* The label of tick @index of @ticks. A linear axis writes every tick in
 * one form, the one its largest tick needs, with the decimals its step
 * needs: "0, 0.25B, 0.5B … 1.5B", never "1B, 1,250M". A log axis spans
 * decades that no single form suits, so each decade takes its own, full
 * numbers below a million as readers of population charts expect. */
char *
hc_chart_format_tick (const HcScale *scale,
                      GArray        *ticks,
                      guint          index)
{
  static const double divisors[] = { 1, 1e6, 1e9, 1e12, 1 };
  double value = g_array_index (ticks, double, index);
  TickForm form;

  if (scale->kind == HC_SCALE_LOG)
    {
      form = form_for (fabs (value));
      return format_in (value, form, decimals_for (value / divisors[form]));
    }
  else
    {
      double largest = 0, step = 0;

      for (guint i = 0; i < ticks->len; i++)
        largest = MAX (largest, fabs (g_array_index (ticks, double, i)));
      if (ticks->len > 1)
        step = fabs (g_array_index (ticks, double, 1) - g_array_index (ticks, double, 0));
      form = form_for (largest);
      return format_in (value, form, decimals_for (step / divisors[form]));
    }
}

/* Counts are whole numbers: an axis of them has no tick at 2.5 people. */
static gboolean
whole_values (HcChartContext *ctx)
{
  guint n = hc_dataset_get_n_figures (ctx->dataset);

  /* Asked for each tick count an axis tries: found out once a drawing. */
  if (ctx->whole_values >= 0)
    return ctx->whole_values;
  ctx->whole_values = n > 0 && !hc_dataset_is_rate (ctx->dataset);
  for (guint i = 0; i < n && ctx->whole_values; i++)
    {
      double v = hc_dataset_get_figure (ctx->dataset, i)->value;

      if (isfinite (v) && v != floor (v))
        ctx->whole_values = 0;
    }
  return ctx->whole_values;
}

static GArray *
axis_ticks (HcChartContext *ctx,
            const HcScale  *scale,
            guint           max_ticks)
{
  GArray *ticks = hc_scale_ticks (scale, max_ticks);

  if (scale->kind == HC_SCALE_LINEAR && ticks->len > 2 && whole_values (ctx))
    for (guint i = ticks->len; i-- > 0;)
      {
        double t = g_array_index (ticks, double, i);

        if (t != floor (t))
          g_array_remove_index (ticks, i);
      }
  return ticks;
}

/* The widest tick label any tick count could produce, so a view can make
 * room for the axis before it knows how long the axis will be. */
double
hc_chart_value_axis_label_width (HcChartContext *ctx,
                                 const HcScale  *scale)
{
  double widest = 0;

  for (guint max_ticks = 2; max_ticks <= 12; max_ticks++)
    {
      g_autoptr(GArray) ticks = axis_ticks (ctx, scale, max_ticks);

      for (guint i = 0; i < ticks->len; i++)
        {
          g_autofree char *text = hc_chart_format_tick (scale, ticks, i);
          g_autoptr(PangoLayout) label = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
          double w;

          hc_chart_text_size (label, &w, NULL);
          widest = MAX (widest, w);
        }
    }

  return widest;
}

/* @value as a view over time writes it: a number, a change ("+50 %") or
 * a share ("50 %"). */
char *
hc_chart_format_value (double      value,
                       HcTickStyle style)
{
  switch (style)
    {
    case HC_TICKS_CHANGE:
      {
        g_autofree char *percent = NULL;

        if (fabs (value) < 5e-4)
          return hc_number_format_percent (0);
        percent = hc_number_format_percent (fabs (value));
        /* A true minus sign, as typeset numbers have. */
        return g_strconcat (value > 0 ? "+" : "−", percent, NULL);
      }
    case HC_TICKS_SHARE:
      return hc_number_format_percent (value);
    case HC_TICKS_NUMBER:
    default:
      return hc_chart_format_short (value, FALSE);
    }
}

char *
hc_chart_format_styled_tick (const HcScale *scale,
                             GArray        *ticks,
                             guint          index,
                             HcTickStyle    style)
{
  double value = g_array_index (ticks, double, index);
  g_autofree char *percent = NULL;
  double step;

  if (style == HC_TICKS_NUMBER)
    return hc_chart_format_tick (scale, ticks, index);

  /* Whole percents unless the step is finer. */
  step = ticks->len > 1 ? fabs (g_array_index (ticks, double, 1) -
                                g_array_index (ticks, double, 0)) : 1;
  if (step >= 0.01 - 1e-12 || fabs (value) < 1e-12)
    return hc_chart_format_value (value, style);

  percent = hc_number_format_full (fabs (value) * 100, 1, FALSE);
  return g_strdup_printf ("%s%s\u202f%%", style == HC_TICKS_CHANGE && value > 0 ? "+"
                                          : value < 0 ? "−" : "", percent);
}

/* The ticks of @scale that its labels leave room for along the axis,
 * measured on the labels of a first guess, since the form (and so the
 * width) of a label depends on the step; @widest receives the width of
 * the widest label. */
GArray *
hc_chart_fit_value_ticks (HcChartContext    *ctx,
                          const HcScale     *scale,
                          HcAxisOrientation  orientation,
                          HcTickStyle        style,
                          double            *widest)
{
  gboolean horizontal = orientation == HC_AXIS_HORIZONTAL;
  GArray *ticks = NULL;
  double length = fabs (scale->range_max - scale->range_min);
  double probe_width = 0, tick_height = 0;
  guint max_ticks = 12;

  for (int round = 0; round < 3; round++)
    {
      guint fitting;

      g_clear_pointer (&ticks, g_array_unref);
      ticks = axis_ticks (ctx, scale, max_ticks);
      probe_width = 0;
      for (guint i = 0; i < ticks->len; i++)
        {
          g_autofree char *text = hc_chart_format_styled_tick (scale, ticks, i, style);
          g_autoptr(PangoLayout) probe = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
          double w;

          hc_chart_text_size (probe, &w, &tick_height);
          probe_width = MAX (probe_width, w);
        }
      if (horizontal)
        fitting = (guint) CLAMP (length / (probe_width * 1.6), 2, 12);
      else
        fitting = (guint) CLAMP (length / (tick_height * 2.2), 2, 12);
      if (fitting >= max_ticks)
        break;
      max_ticks = fitting;
    }

  if (widest != NULL)
    *widest = probe_width;
  return ticks;
}

/* Tick labels outside @plot (below it for a horizontal axis, left of it
 * for a vertical one), decades before the 2× and 5× steps, so that when
 * space runs out it is the in-between labels that go. */
void
hc_chart_draw_styled_value_axis (HcChartContext          *ctx,
                                 const HcScale           *scale,
                                 const cairo_rectangle_t *plot,
                                 HcAxisOrientation        orientation,
                                 HcTickStyle              style)
{
  gboolean horizontal = orientation == HC_AXIS_HORIZONTAL;
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));

  ticks = hc_chart_fit_value_ticks (ctx, scale, orientation, style, NULL);

  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 16));
  for (guint i = 0; i < ticks->len; i++)
    {
      double v = g_array_index (ticks, double, i);
      double at = round (hc_scale_map (scale, v)) + 0.5;

      /* Decades stand out; the 2× and 5× lines only guide the eye. Below
       * zero, the zero line is the one that matters. */
      hc_chart_set_color (ctx, &ctx->style->grid);
      cairo_set_dash (ctx->cr, (double[]) { ctx->unit * 0.2 }, is_major_tick (scale, v) ? 0 : 1, 0);
      if (v == 0 && scale->domain_min < 0)
        hc_chart_set_color (ctx, &ctx->style->secondary);
      if (horizontal)
        {
          cairo_move_to (ctx->cr, at, plot->y);
          cairo_line_to (ctx->cr, at, plot->y + plot->height);
        }
      else
        {
          cairo_move_to (ctx->cr, plot->x, at);
          cairo_line_to (ctx->cr, plot->x + plot->width, at);
        }
      cairo_stroke (ctx->cr);
    }
  cairo_restore (ctx->cr);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < ticks->len; i++)
      {
        double v = g_array_index (ticks, double, i);
        g_autofree char *text = NULL;
        g_autoptr(PangoLayout) label = NULL;
        cairo_rectangle_t rect;
        gboolean clash = FALSE;

        if (is_major_tick (scale, v) != (pass == 0))
          continue;

        text = hc_chart_format_styled_tick (scale, ticks, i, style);
        label = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
        hc_chart_text_size (label, &rect.width, &rect.height);

        if (horizontal)
          {
            rect.x = hc_scale_map (scale, v) - rect.width / 2;
            rect.y = plot->y + plot->height + ctx->unit * 0.3;
            rect.x = CLAMP (rect.x, ctx->area.x, ctx->area.x + ctx->area.width - rect.width);
          }
        else
          {
            rect.x = plot->x - ctx->unit * 0.4 - rect.width;
            rect.y = hc_scale_map (scale, v) - rect.height / 2;
            rect.y = CLAMP (rect.y, ctx->area.y, ctx->area.y + ctx->area.height - rect.height);
          }

        for (guint j = 0; j < placed->len && !clash; j++)
          {
            cairo_rectangle_t padded = g_array_index (placed, cairo_rectangle_t, j);

            if (horizontal)
              {
                padded.x -= ctx->unit * 0.6;
                padded.width += ctx->unit * 1.2;
              }
            else
              {
                padded.y -= ctx->unit * 0.3;
                padded.height += ctx->unit * 0.6;
              }
            clash = hc_rect_intersects (&rect, &padded);
          }
        if (clash)
          continue;

        g_array_append_val (placed, rect);
        hc_chart_text_draw (ctx, label, rect.x, rect.y, &ctx->style->secondary);
      }
}

void
hc_chart_draw_value_axis (HcChartContext          *ctx,
                          const HcScale           *scale,
                          const cairo_rectangle_t *plot,
                          HcAxisOrientation        orientation)
{
  hc_chart_draw_styled_value_axis (ctx, scale, plot, orientation, HC_TICKS_NUMBER);
}

static PangoLayout *
note_new (HcChartContext *ctx,
          const char     *text)
{
  PangoLayout *note = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);

  pango_layout_set_width (note, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (note, PANGO_ELLIPSIZE_END);
  return note;
}

double
hc_chart_note_height (HcChartContext *ctx,
                      const char     *text)
{
  g_autoptr(PangoLayout) note = note_new (ctx, text);
  double height;

  hc_chart_text_size (note, NULL, &height);
  return height;
}

/* One line of small text across the area at @y; returns its height. */
double
hc_chart_draw_note (HcChartContext *ctx,
                    const char     *text,
                    double          y)
{
  g_autoptr(PangoLayout) note = note_new (ctx, text);
  double height;

  hc_chart_text_size (note, NULL, &height);
  hc_chart_text_draw (ctx, note, ctx->area.x, y, &ctx->style->secondary);
  return height;
}

/* One line under the chart that says how to read the axis; a log axis
 * must never pass for a linear one. Returns the height used. */
double
hc_chart_draw_scale_caption (HcChartContext *ctx,
                             HcScaleKind     kind,
                             double          y)
{
  g_autoptr(PangoLayout) caption = NULL;
  const char *scale_text = kind == HC_SCALE_LOG
                             ? _("Log scale: each solid gridline is 10 times the one before")
                             : _("Linear scale, starting at zero");
  const char *value_title = hc_dataset_get_value_title (ctx->dataset);
  g_autofree char *text = NULL;
  double height;

  /* What the values are, when a rate makes them other than the measure. */
  text = value_title != NULL ? g_strdup_printf ("%s · %s", value_title, scale_text)
                             : g_strdup (scale_text);
  if (hc_chart_range_any (ctx->dataset))
    {
      char *with = g_strdup_printf ("%s · %s", text,
                                    _("whiskers span the low to the high estimate"));

      g_free (text);
      text = with;
    }
  caption = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
  pango_layout_set_width (caption, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (caption, PANGO_ELLIPSIZE_END);
  hc_chart_text_size (caption, NULL, &height);
  hc_chart_text_draw (ctx, caption, ctx->area.x, y, &ctx->style->secondary);

  return height;
}

/* The scale a view with a value axis uses for the figures among
 * @entries, spanning [@range_min, @range_max] in pixels: chosen from what
 * the view draws, never from figures it left out or from "Other", which
 * it does not draw to scale. */
void
hc_chart_init_value_scale (HcChartContext *ctx,
                           HcScale        *scale,
                           GArray         *entries,
                           double          range_min,
                           double          range_max)
{
  double lo = G_MAXDOUBLE, hi = 0;

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);

      if (entry->figure < 0 || !isfinite (entry->value) || entry->value <= 0)
        continue;
      lo = MIN (lo, entry->value);
      hi = MAX (hi, entry->value);
    }
  /* No whisker is cut at the plot's edge. */
  hc_chart_range_extend (ctx, entries, &lo, &hi);
  if (hi <= 0)
    lo = hi = 1;

  if (hc_chart_resolve_scale (lo, hi, ctx->options->scale_mode) == HC_SCALE_LOG)
    hc_scale_init_log (scale, lo, hi, range_min, range_max);
  else
    hc_scale_init_linear (scale, hi, range_min, range_max);
}
