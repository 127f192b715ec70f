/* hc-figure-item.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hc-dataset.h"

G_BEGIN_DECLS

#define HC_TYPE_FIGURE_ITEM (hc_figure_item_get_type ())

G_DECLARE_FINAL_TYPE (HcFigureItem, hc_figure_item, HC, FIGURE_ITEM, GObject)

HcFigureItem   *hc_figure_item_new        (HcDataset    *dataset,
                                           guint         index,
                                           double        share);
HcDataset      *hc_figure_item_get_dataset (HcFigureItem *self);
guint           hc_figure_item_get_index  (HcFigureItem *self);
const HcFigure *hc_figure_item_get_figure (HcFigureItem *self);
double          hc_figure_item_get_share  (HcFigureItem *self);

G_END_DECLS
