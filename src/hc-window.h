/* hc-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hc-application.h"
#include "hc-chart-view.h"
#include "hc-dataset.h"

G_BEGIN_DECLS

#define HC_TYPE_WINDOW (hc_window_get_type ())

G_DECLARE_FINAL_TYPE (HcWindow, hc_window, HC, WINDOW, AdwApplicationWindow)

HcWindow    *hc_window_new            (HcApplication *application);
void         hc_window_set_dataset    (HcWindow      *self,
                                       HcDataset     *dataset);
HcDataset   *hc_window_get_dataset    (HcWindow      *self);
void         hc_window_open_file      (HcWindow      *self,
                                       GFile         *file);
HcChartView *hc_window_get_chart_view (HcWindow      *self);

G_END_DECLS
