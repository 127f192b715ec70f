/* hc-export-dialog.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hc-export.h"
#include "hc-window.h"

G_BEGIN_DECLS

#define HC_TYPE_EXPORT_DIALOG (hc_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HcExportDialog, hc_export_dialog, HC, EXPORT_DIALOG, AdwWindow)

HcExportDialog *hc_export_dialog_new          (HcWindow         *window);
void            hc_export_dialog_get_settings (HcExportDialog   *self,
                                               HcExportSettings *settings);
void            hc_export_dialog_export       (HcExportDialog   *self,
                                               GFile            *file);

G_END_DECLS
