/* hc-scale.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HC_SCALE_LINEAR,
  HC_SCALE_LOG,
} HcScaleKind;

/* Maps data values in [domain_min, domain_max] onto [range_min, range_max]. */
typedef struct
{
  HcScaleKind kind;
  double      domain_min;
  double      domain_max;
  double      range_min;
  double      range_max;
  /* A log scale's logarithms of its domain, as hc_scale_init_log() made
   * them; they count only while the domain is the one they were made of
   * (cached_min and cached_max), so a domain set by hand is still mapped
   * right. */
  double      cached_min;
  double      cached_max;
  double      log_min;
  double      log_span;
} HcScale;

/* Above this ratio of largest to smallest value, a linear scale leaves the
 * small figures a few pixels long: the automatic choice is then log. */
#define HC_SCALE_LOG_THRESHOLD 100.0

HcScaleKind  hc_scale_choose      (double         min_positive,
                                   double         max);
void         hc_scale_init_linear (HcScale       *scale,
                                   double         max,
                                   double         range_min,
                                   double         range_max);
/* A linear scale from below @min to above @max, zero included, for
 * values that may be negative (a change, a net flow). */
void         hc_scale_init_linear_range (HcScale *scale,
                                   double         min,
                                   double         max,
                                   double         range_min,
                                   double         range_max);
void         hc_scale_init_log    (HcScale       *scale,
                                   double         min_positive,
                                   double         max,
                                   double         range_min,
                                   double         range_max);
double       hc_scale_map         (const HcScale *scale,
                                   double         value);
GArray      *hc_scale_ticks       (const HcScale *scale,
                                   guint          max_ticks);
double       hc_scale_nice_step   (double         span,
                                   guint          max_ticks);

G_END_DECLS
