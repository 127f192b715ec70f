/* hc-scale.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <float.h>
#include <math.h>

#include "hc-scale.h"

HcScaleKind
hc_scale_choose (double min_positive,
                 double max)
{
  if (!(min_positive > 0) || !isfinite (max) || max <= 0)
    return HC_SCALE_LINEAR;

  return max / min_positive > HC_SCALE_LOG_THRESHOLD ? HC_SCALE_LOG : HC_SCALE_LINEAR;
}

/* The smallest step from 1, 2, 2.5 or 5 × 10ⁿ that divides @span into at
 * most @max_ticks intervals. */
double
hc_scale_nice_step (double span,
                    guint  max_ticks)
{
  static const double multipliers[] = { 1, 2, 2.5, 5, 10 };
  double raw;
  double magnitude;

  if (!(span > 0) || !isfinite (span))
    return 1;

  max_ticks = MAX (max_ticks, 1);
  raw = span / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));

  for (guint i = 0; i < G_N_ELEMENTS (multipliers); i++)
    if (multipliers[i] * magnitude >= raw * (1 - 1e-9))
      return multipliers[i] * magnitude;

  return 10 * magnitude;
}

/* A linear scale always starts at zero: bar lengths must be proportional
 * to the values, and a cut axis would exaggerate differences. The top is
 * rounded up to a nice step so the last tick closes the axis. */
void
hc_scale_init_linear (HcScale *scale,
                      double   max,
                      double   range_min,
                      double   range_max)
{
  double step;

  g_return_if_fail (scale != NULL);

  if (!(max > 0) || !isfinite (max))
    max = 1;

  step = hc_scale_nice_step (max, 5);
  scale->kind = HC_SCALE_LINEAR;
  scale->domain_min = 0;
  scale->domain_max = ceil (max / step - 1e-9) * step;
  if (!isfinite (scale->domain_max))
    scale->domain_max = DBL_MAX;
  scale->range_min = range_min;
  scale->range_max = range_max;
}

static double nice_log_bound (double value,
                               int    direction);

void
hc_scale_init_linear_range (HcScale *scale,
                            double   min,
                            double   max,
                            double   range_min,
                            double   range_max)
{
  double step;

  g_return_if_fail (scale != NULL);

  if (!isfinite (min) || min > 0)
    min = 0;
  if (!isfinite (max) || max < 0)
    max = 0;
  if (max - min <= 0)
    max = min + 1;

  step = hc_scale_nice_step (max - min, 5);
  scale->kind = HC_SCALE_LINEAR;
  scale->domain_min = floor (min / step + 1e-9) * step;
  /* A little below zero under a long way above it (−100 % under
   * +2,000 %) needs no whole step of nothing: a round number of its own. */
  if (min < 0 && -min < step)
    scale->domain_min = -nice_log_bound (-min, +1);
  scale->domain_max = ceil (max / step - 1e-9) * step;
  if (!isfinite (scale->domain_min))
    scale->domain_min = -DBL_MAX;
  if (!isfinite (scale->domain_max))
    scale->domain_max = DBL_MAX;
  scale->range_min = range_min;
  scale->range_max = range_max;
}

/* The nearest of 1, 2 or 5 × 10ⁿ at or beyond @value in @direction. */
static double
nice_log_bound (double value,
                int    direction)
{
  static const double steps[] = { 1, 2, 5, 10 };
  double decade = pow (10, floor (log10 (value) + 1e-9));

  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        if (steps[i] * decade >= value * (1 - 1e-9))
          return steps[i] * decade;
      return 10 * decade;
    }

  for (guint i = G_N_ELEMENTS (steps) - 1; i > 0; i--)
    if (steps[i - 1] * decade <= value * (1 + 1e-9))
      return steps[i - 1] * decade;
  return decade;
}

/* A log scale has no zero. It starts at a power of ten below the data, so
 * the first tick is a number a reader knows (1,000), and ends at the next
 * 1, 2 or 5 × 10ⁿ above it, not a whole decade further: that would give
 * up to half the axis to nothing. */
void
hc_scale_init_log (HcScale *scale,
                   double   min_positive,
                   double   max,
                   double   range_min,
                   double   range_max)
{
  g_return_if_fail (scale != NULL);

  if (!(min_positive > 0) || !isfinite (min_positive))
    min_positive = 1;
  if (!(max > min_positive) || !isfinite (max))
    max = min_positive * 10;

  scale->kind = HC_SCALE_LOG;
  scale->domain_min = pow (10, floor (log10 (min_positive) + 1e-9));
  scale->domain_max = nice_log_bound (max, +1);
  /* Near DBL_MAX the next nice bound overflows: stop at the largest double. */
  if (!isfinite (scale->domain_max))
    scale->domain_max = DBL_MAX;
  if (scale->domain_max <= scale->domain_min)
    scale->domain_max = scale->domain_min * 10;
  scale->range_min = range_min;
  scale->range_max = range_max;
  scale->cached_min = scale->domain_min;
  scale->cached_max = scale->domain_max;
  scale->log_min = log10 (scale->domain_min);
  scale->log_span = log10 (scale->domain_max) - scale->log_min;
}

double
hc_scale_map (const HcScale *scale,
              double         value)
{
  double t;

  g_return_val_if_fail (scale != NULL, 0);

  if (scale->kind == HC_SCALE_LOG)
    {
      /* Values at or below zero have no place on a log axis; they sit on
       * its start, and the views label them with their true value. */
      if (!(value > 0))
        return scale->range_min;
      /* A chart maps every point: one logarithm each, not three. */
      if (scale->cached_min == scale->domain_min && scale->cached_max == scale->domain_max)
        t = (log10 (value) - scale->log_min) / scale->log_span;
      else
        t = (log10 (value) - log10 (scale->domain_min)) /
            (log10 (scale->domain_max) - log10 (scale->domain_min));
    }
  else
    {
      t = (value - scale->domain_min) / (scale->domain_max - scale->domain_min);
    }

  return scale->range_min + t * (scale->range_max - scale->range_min);
}

/* Tick values, ascending. On a log axis every power of ten in the domain;
 * when there is room for more than twice as many ticks as decades, the
 * 2× and 5× steps are added, so a short axis is still readable. */
GArray *
hc_scale_ticks (const HcScale *scale,
                guint          max_ticks)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (double));

  g_return_val_if_fail (scale != NULL, ticks);

  max_ticks = MAX (max_ticks, 2);

  if (scale->kind == HC_SCALE_LOG)
    {
      int first = (int) lround (log10 (scale->domain_min));
      int last = (int) floor (log10 (scale->domain_max) + 1e-9);
      guint decades = (guint) MAX (last - first, 1);
      gboolean minor = max_ticks >= decades * 3 + 1;

      /* Every decade keeps its tick, however many: the axis caption
       * promises that each solid line is ten times the one before, and
       * the axis drops labels, not lines, when they would collide. */
      for (int e = first; e <= last; e++)
        {
          double decade = pow (10, e);

          g_array_append_val (ticks, decade);
          for (int m = 2; minor && m <= 5; m += 3)
            {
              double step = m * decade;

              if (step <= scale->domain_max * (1 + 1e-9))
                g_array_append_val (ticks, step);
            }
        }

      /* The axis ends on a tick even when that is not a decade. */
      if (ticks->len == 0 ||
          g_array_index (ticks, double, ticks->len - 1) < scale->domain_max * (1 - 1e-9))
        g_array_append_val (ticks, scale->domain_max);
    }
  else
    {
      double span = scale->domain_max - scale->domain_min;
      double step = hc_scale_nice_step (span, max_ticks - 1);
      /* On multiples of the step, so that a scale below zero still has
       * a tick at zero. */
      double first = ceil (scale->domain_min / step - 1e-9) * step;

      if (!isfinite (first))
        first = scale->domain_min;
      /* Counted, not accumulated: near DBL_MAX, v += step stops moving. */
      for (guint i = 0; i <= max_ticks; i++)
        {
          double v = first + i * step;

          if (!isfinite (v) || v > scale->domain_max + step * 1e-9)
            break;
          v = round (v / step) * step;
          g_array_append_val (ticks, v);
        }
    }

  return ticks;
}
