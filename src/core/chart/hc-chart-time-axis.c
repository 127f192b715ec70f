/* hc-chart-time-axis.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The time axis of the views over time: ticks on whole years, months or
 * days, as many as their labels leave room for, so that it reads from a
 * few days to six hundred years; the first and last times are always
 * labelled, so a reader sees where the data starts and ends.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"

typedef enum
{
  UNIT_DAY,
  UNIT_MONTH,
  UNIT_YEAR,
} TimeUnit;

typedef struct
{
  TimeUnit unit;
  int      count;
} TimeStep;

static const TimeStep steps[] = {
  { UNIT_DAY, 1 }, { UNIT_DAY, 2 }, { UNIT_DAY, 7 }, { UNIT_DAY, 14 },
  { UNIT_MONTH, 1 }, { UNIT_MONTH, 2 }, { UNIT_MONTH, 3 }, { UNIT_MONTH, 6 },
  { UNIT_YEAR, 1 }, { UNIT_YEAR, 2 }, { UNIT_YEAR, 5 }, { UNIT_YEAR, 10 }, { UNIT_YEAR, 20 },
  { UNIT_YEAR, 25 }, { UNIT_YEAR, 50 }, { UNIT_YEAR, 100 }, { UNIT_YEAR, 200 },
  { UNIT_YEAR, 250 }, { UNIT_YEAR, 500 }, { UNIT_YEAR, 1000 },
};

static int
days_in_year (int year)
{
  return g_date_is_leap_year ((GDateYear) year) ? 366 : 365;
}

static double
step_years (const TimeStep *step)
{
  switch (step->unit)
    {
    case UNIT_DAY: return step->count / 365.25;
    case UNIT_MONTH: return step->count / 12.0;
    case UNIT_YEAR:
    default: return step->count;
    }
}

/* The date a time stands for, to the day. */
static void
time_to_date (double  time,
              GDate  *date)
{
  int year = (int) floor (time + 1e-9);
  int day = (int) lround ((time - year) * days_in_year (year));

  year = CLAMP (year, 1, 9999);
  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, G_DATE_JANUARY, (GDateYear) year);
  if (day > 0)
    g_date_add_days (date, (guint) MIN (day, 365));
}

static double
date_to_time (const GDate *date)
{
  int year = g_date_get_year (date);

  return year + (g_date_get_day_of_year (date) - 1) / (double) days_in_year (year);
}

typedef enum
{
  FORM_FULL,     /* 1990, Mar 2020, 1 Mar 2020 */
  FORM_SHORT,    /* Mar, 1 Mar: the year said by a label before */
} TimeForm;

static char *
format_time (double     time,
             HcTimeKind kind,
             TimeUnit   unit,
             TimeForm   form)
{
  GDate date;
  g_autoptr(GDateTime) dt = NULL;
  const char *format;

  if (kind == HC_TIME_YEAR || kind == HC_TIME_NONE || unit == UNIT_YEAR)
    return g_strdup_printf ("%d", (int) floor (time + 1e-9));

  time_to_date (time, &date);
  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), 0, 0, 0);
  if (dt == NULL)
    return g_strdup_printf ("%d", (int) floor (time + 1e-9));

  if (unit == UNIT_MONTH)
    /* Translators: a month on a time axis, "Mar 2020" and "Mar"; see
     * strftime(3). */
    format = form == FORM_FULL ? C_("time axis", "%b %Y") : C_("time axis", "%b");
  else
    /* Translators: a day on a time axis, "1 Mar 2020" and "1 Mar"; see
     * strftime(3). */
    format = form == FORM_FULL ? C_("time axis", "%-d %b %Y") : C_("time axis", "%-d %b");

  return g_date_time_format (dt, format);
}

/* @time as a chart writes it for a reader: "1990", "Mar 2020", "1 Mar 2020". */
char *
hc_chart_format_time (double     time,
                      HcTimeKind kind)
{
  return format_time (time, kind, kind == HC_TIME_DAY ? UNIT_DAY
                                  : kind == HC_TIME_MONTH ? UNIT_MONTH : UNIT_YEAR,
                      FORM_FULL);
}

typedef struct
{
  double time;
  char  *text;
} Tick;

static void
tick_clear (gpointer data)
{
  g_free (((Tick *) data)->text);
}

/* The ticks of @step from @from to @to, each with its label: a month or
 * a day names its year when it is the first or a year begins. */
static GArray *
make_ticks (const TimeStep *step,
            double          from,
            double          to,
            HcTimeKind      kind)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (Tick));
  int last_year = G_MININT;

  g_array_set_clear_func (ticks, tick_clear);

  if (step->unit == UNIT_YEAR)
    {
      double first = ceil (from / step->count - 1e-9) * step->count;

      for (double y = first; y <= to + 1e-9 && ticks->len < 2000; y += step->count)
        {
          Tick tick = { y, format_time (y, kind, UNIT_YEAR, FORM_FULL) };

          g_array_append_val (ticks, tick);
        }
    }
  else if (step->unit == UNIT_MONTH)
    {
      gint64 first = (gint64) ceil (from * 12 - 1e-6);

      for (gint64 m = first; m <= to * 12 + 1e-6 && ticks->len < 2000; m++)
        {
          gint64 year = m >= 0 ? m / 12 : (m - 11) / 12;
          Tick tick;

          if (m % step->count != 0)
            continue;
          tick.time = year + (m - year * 12) / 12.0;
          tick.text = format_time (tick.time, kind, UNIT_MONTH,
                                   year != last_year ? FORM_FULL : FORM_SHORT);
          last_year = (int) year;
          g_array_append_val (ticks, tick);
        }
    }
  else
    {
      GDate date, end;

      time_to_date (from, &date);
      time_to_date (to, &end);
      while (g_date_compare (&date, &end) <= 0 && ticks->len < 2000)
        {
          if ((g_date_get_julian (&date) - 1) % step->count == 0)
            {
              Tick tick;

              tick.time = date_to_time (&date);
              if (tick.time >= from - 1e-6)
                {
                  tick.text = format_time (tick.time, kind, UNIT_DAY,
                                           g_date_get_year (&date) != last_year ? FORM_FULL
                                                                                : FORM_SHORT);
                  last_year = g_date_get_year (&date);
                  g_array_append_val (ticks, tick);
                }
            }
          g_date_add_days (&date, 1);
        }
    }

  return ticks;
}

static gboolean
step_allowed (const TimeStep *step,
              HcTimeKind      kind)
{
  switch (kind)
    {
    case HC_TIME_DAY: return TRUE;
    case HC_TIME_MONTH: return step->unit != UNIT_DAY;
    case HC_TIME_YEAR:
    case HC_TIME_NONE:
    default: return step->unit == UNIT_YEAR;
    }
}

/* How far below the plot the labels start: clear of the lowest value
 * label, which is centred on the plot's bottom. */
static double
label_offset (HcChartContext *ctx,
              double          text_height)
{
  return MAX (ctx->unit * 0.3, text_height / 2 + ctx->unit * 0.1);
}

double
hc_chart_time_axis_height (HcChartContext *ctx)
{
  g_autoptr(PangoLayout) probe = hc_chart_text_new (ctx, "0", HC_TEXT_SMALL);
  double height;

  hc_chart_text_size (probe, NULL, &height);
  return label_offset (ctx, height) + height;
}

void
hc_chart_init_time_scale (HcScale *scale,
                          double   time_min,
                          double   time_max,
                          double   range_min,
                          double   range_max)
{
  scale->kind = HC_SCALE_LINEAR;
  if (!(time_max > time_min))
    {
      /* One time: in the middle of the plot. */
      time_min -= 0.5;
      time_max = time_min + 1;
    }
  scale->domain_min = time_min;
  scale->domain_max = time_max;
  scale->range_min = range_min;
  scale->range_max = range_max;
}

/* Ticks under @plot for the times of @scale, labelled without touching
 * each other: the first and last time of the data, then the ticks of the
 * finest step whose labels fit. Labels stay left of @right_limit. */
void
hc_chart_draw_time_axis (HcChartContext          *ctx,
                         const HcScale           *scale,
                         const cairo_rectangle_t *plot,
                         HcTimeKind               kind,
                         double                   right_limit)
{
  double from = scale->domain_min, to = scale->domain_max;
  double length = fabs (scale->range_max - scale->range_min);
  double px_per_year = length / MAX (to - from, 1e-9);
  double spacing = ctx->unit * 1.2;
  double y = plot->y + plot->height;
  double tick_length = ctx->unit * 0.3;
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  gboolean single = FALSE;

  /* One time was widened to a year around it: label it alone. */
  if (ctx->layout->times != NULL && ctx->layout->times->len == 1)
    single = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (steps) && !single; i++)
    {
      g_autoptr(GArray) candidate = NULL;
      double widest = 0;

      if (!step_allowed (&steps[i], kind))
        continue;
      /* Far too many ticks: not worth measuring. */
      if ((to - from) / step_years (&steps[i]) > length / (ctx->unit * 2))
        continue;
      candidate = make_ticks (&steps[i], from, to, kind);
      for (guint t = 0; t < candidate->len; t++)
        {
          g_autoptr(PangoLayout) label = hc_chart_text_new (ctx, g_array_index (candidate, Tick,
                                                                                t).text,
                                                            HC_TEXT_SMALL);
          double w;

          hc_chart_text_size (label, &w, NULL);
          widest = MAX (widest, w);
        }
      if (step_years (&steps[i]) * px_per_year >= widest + spacing)
        {
          ticks = g_steal_pointer (&candidate);
          break;
        }
    }
  if (ticks == NULL)
    {
      ticks = g_array_new (FALSE, FALSE, sizeof (Tick));
      g_array_set_clear_func (ticks, tick_clear);
    }

  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 16));
  hc_chart_set_color (ctx, &ctx->style->secondary);
  cairo_move_to (ctx->cr, plot->x, round (y) + 0.5);
  cairo_line_to (ctx->cr, plot->x + plot->width, round (y) + 0.5);
  cairo_stroke (ctx->cr);

  /* The ends first, then the ticks between that keep clear of them. */
  for (int pass = 0; pass < 2; pass++)
    {
      guint n = pass == 0 ? (single ? 1 : 2) : ticks->len;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *end_text = NULL;
          const char *text;
          double time, x;
          g_autoptr(PangoLayout) label = NULL;
          cairo_rectangle_t rect;
          gboolean clash = FALSE;

          if (pass == 0)
            {
              time = single ? g_array_index (ctx->layout->times, double, 0) : i == 0 ? from : to;
              end_text = hc_chart_format_time (time, kind);
              text = end_text;
            }
          else
            {
              time = g_array_index (ticks, Tick, i).time;
              text = g_array_index (ticks, Tick, i).text;
            }
          x = hc_scale_map (scale, time);
          label = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
          hc_chart_text_size (label, &rect.width, &rect.height);
          rect.x = CLAMP (x - rect.width / 2, ctx->area.x, MAX (right_limit - rect.width,
                                                                ctx->area.x));
          rect.y = y + label_offset (ctx, rect.height);

          for (guint j = 0; j < placed->len && !clash; j++)
            {
              cairo_rectangle_t padded = g_array_index (placed, cairo_rectangle_t, j);

              padded.x -= spacing / 2;
              padded.width += spacing;
              clash = hc_rect_intersects (&rect, &padded);
            }
          if (clash)
            continue;

          g_array_append_val (placed, rect);
          cairo_move_to (ctx->cr, round (x) + 0.5, y);
          cairo_line_to (ctx->cr, round (x) + 0.5, y + tick_length * 0.8);
          cairo_stroke (ctx->cr);
          hc_chart_text_draw (ctx, label, rect.x, rect.y, &ctx->style->secondary);
        }
    }
  cairo_restore (ctx->cr);
}
