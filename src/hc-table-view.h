/* hc-table-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hc-dataset.h"

G_BEGIN_DECLS

#define HC_TYPE_TABLE_VIEW (hc_table_view_get_type ())

G_DECLARE_FINAL_TYPE (HcTableView, hc_table_view, HC, TABLE_VIEW, GtkWidget)

/* Column ids, for hc_table_view_sort_by(). */
#define HC_TABLE_COLUMN_LABEL       "label"
#define HC_TABLE_COLUMN_VALUE       "value"
#define HC_TABLE_COLUMN_CATEGORY    "category"
#define HC_TABLE_COLUMN_SHARE       "share"
#define HC_TABLE_COLUMN_APPROXIMATE "approximate"
#define HC_TABLE_COLUMN_QUOTE       "quote"

GtkWidget  *hc_table_view_new            (void);
HcDataset  *hc_table_view_get_dataset    (HcTableView *self);
void        hc_table_view_set_dataset    (HcTableView *self,
                                          HcDataset   *dataset);
GListModel *hc_table_view_get_rows       (HcTableView *self);
gboolean    hc_table_view_sort_by        (HcTableView *self,
                                          const char  *column_id,
                                          GtkSortType  order);
void        hc_table_view_select_row     (HcTableView *self,
                                          guint        position);
const char *hc_table_view_get_comparison (HcTableView *self);

G_END_DECLS
