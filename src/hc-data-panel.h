/* hc-data-panel.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hc-selection.h"
#include "hc-table.h"

G_BEGIN_DECLS

#define HC_TYPE_DATA_PANEL (hc_data_panel_get_type ())

G_DECLARE_FINAL_TYPE (HcDataPanel, hc_data_panel, HC, DATA_PANEL, GtkWidget)

GtkWidget          *hc_data_panel_new           (void);
/* Shows @table's measures, times, entities and columns. With
 * @keep_selection (a reload of the same file) what the user picked stays
 * picked where the new table still has it. */
void                hc_data_panel_set_table     (HcDataPanel       *self,
                                                 HcTable           *table,
                                                 gboolean           keep_selection);
HcTable            *hc_data_panel_get_table     (HcDataPanel       *self);
/* What the user picked; clear @selection with hc_selection_clear(). */
void                hc_data_panel_get_selection (HcDataPanel       *self,
                                                 HcSelection       *selection);
/* Picks @time in the year row, as the user would: the chart follows. */
void                hc_data_panel_set_time      (HcDataPanel       *self,
                                                 double             time);
/* The roles the user gave columns, as "COLUMN=ROLE", NULL-terminated. */
const char * const *hc_data_panel_get_roles     (HcDataPanel       *self);

G_END_DECLS
