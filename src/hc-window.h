/* hc-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hc-application.h"
#include "hc-chart-view.h"
#include "hc-data-panel.h"
#include "hc-dataset.h"
#include "hc-export.h"
#include "hc-table-view.h"

G_BEGIN_DECLS

#define HC_TYPE_WINDOW (hc_window_get_type ())

G_DECLARE_FINAL_TYPE (HcWindow, hc_window, HC, WINDOW, AdwApplicationWindow)

HcWindow    *hc_window_new              (HcApplication          *application);
void         hc_window_set_dataset      (HcWindow               *self,
                                         HcDataset              *dataset);
HcDataset   *hc_window_get_dataset      (HcWindow               *self);
void         hc_window_open_file        (HcWindow               *self,
                                         GFile                  *file);
GFile       *hc_window_get_file         (HcWindow               *self);
gboolean     hc_window_is_busy          (HcWindow               *self);
gboolean     hc_window_is_loading_visible (HcWindow             *self);
HcChartView *hc_window_get_chart_view   (HcWindow               *self);
/* The table the chart is cut from, and the panel that picks the cut. */
HcTable     *hc_window_get_table        (HcWindow               *self);
HcDataPanel *hc_window_get_data_panel   (HcWindow               *self);
gboolean     hc_window_is_playing       (HcWindow               *self);
HcTableView *hc_window_get_table_view   (HcWindow               *self);
const char  *hc_window_get_view         (HcWindow               *self);
const char  *hc_window_get_last_message (HcWindow               *self);
gboolean     hc_window_shows_message    (HcWindow               *self,
                                         const char             *topic);
const char  *hc_window_get_load_error   (HcWindow               *self);
void         hc_window_complete_export_settings (HcWindow         *self,
                                                 HcExportSettings *settings);
char        *hc_window_get_export_name  (HcWindow               *self,
                                         HcExportFormat          format);
gboolean     hc_window_export_to_path   (HcWindow               *self,
                                         const char             *path,
                                         const HcExportSettings *settings,
                                         GError                **error);
void         hc_window_export_file      (HcWindow               *self,
                                         GFile                  *file,
                                         const HcExportSettings *settings);
void         hc_window_copy_chart       (HcWindow               *self);

G_END_DECLS
