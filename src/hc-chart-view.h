/* hc-chart-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hc-chart.h"
#include "hc-dataset.h"

G_BEGIN_DECLS

#define HC_TYPE_CHART_VIEW (hc_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (HcChartView, hc_chart_view, HC, CHART_VIEW, GtkWidget)

GtkWidget       *hc_chart_view_new            (void);
HcDataset       *hc_chart_view_get_dataset    (HcChartView *self);
void             hc_chart_view_set_dataset    (HcChartView *self,
                                               HcDataset   *dataset);
HcChartKind      hc_chart_view_get_kind       (HcChartView *self);
void             hc_chart_view_set_kind       (HcChartView *self,
                                               HcChartKind  kind);
HcScaleMode      hc_chart_view_get_scale_mode (HcChartView *self);
void             hc_chart_view_set_scale_mode (HcChartView *self,
                                               HcScaleMode  mode);
gboolean         hc_chart_view_get_dark       (HcChartView *self);
void             hc_chart_view_set_dark       (HcChartView *self,
                                               gboolean     dark);
int              hc_chart_view_get_focused    (HcChartView *self);
void             hc_chart_view_set_focused    (HcChartView *self,
                                               int          figure);
gboolean         hc_chart_view_get_relative   (HcChartView *self);
void             hc_chart_view_set_relative   (HcChartView *self,
                                               gboolean     relative);
HcMapRegion      hc_chart_view_get_map_region (HcChartView *self);
void             hc_chart_view_set_map_region (HcChartView *self,
                                               HcMapRegion  region);
void             hc_chart_view_set_pyramid    (HcChartView *self,
                                               gboolean     percent,
                                               gboolean     adaptive,
                                               gboolean     has_compare,
                                               double       compare_time);
const HcChartLayout *hc_chart_view_get_layout (HcChartView *self);
void             hc_chart_view_get_options    (HcChartView    *self,
                                               HcChartOptions *options);
char            *hc_chart_view_get_description (HcChartView *self);
gboolean         hc_chart_view_get_details_visible (HcChartView *self);
const char      *hc_chart_view_get_details_text    (HcChartView *self);

HcDataset       *hc_chart_view_get_shown_dataset (HcChartView *self);
gboolean         hc_chart_view_is_moving      (HcChartView *self);
gboolean          hc_chart_view_get_guide          (HcChartView    *self,
                                                    double         *time);
char             *hc_chart_view_get_tooltip_at     (HcChartView    *self,
                                                    double          x,
                                                    double          y);

G_END_DECLS
