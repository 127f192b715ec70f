/* chart-probe.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the chart tests share: a chart rendered to an image surface, and
 * reading its pixels back.
 */
#pragma once

#include "hc-chart.h"

typedef struct
{
  cairo_surface_t *surface;
  HcChartLayout   *layout;
} Rendered;

void     rendered_render (Rendered             *r,
                          const HcDataset      *dataset,
                          const HcChartOptions *options,
                          HcTheme               theme,
                          int                   width,
                          int                   height);
void     rendered_clear  (Rendered             *r);
guint32  probe_pixel     (cairo_surface_t      *surface,
                          double                x,
                          double                y);
guint32  probe_rgb       (const HcColor        *color);
void     probe_check_text (const HcChartLayout *layout);
char    *probe_script    (const HcDataset      *dataset,
                          const HcChartOptions *options,
                          int                   width,
                          int                   height);
gboolean probe_script_has (const char          *script,
                           const char          *text);
