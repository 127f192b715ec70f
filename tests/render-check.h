/* render-check.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hc-chart.h"

G_BEGIN_DECLS

/* Draws @dataset in every view that can be drawn, at @width × @height, with
 * the automatic and the log axis, and asserts what must hold for any data:
 * cairo reports no error, and every mark and label has finite coordinates
 * and lies on the canvas. Returns how many views it drew. */
guint render_check_all_views (const HcDataset *dataset,
                              int              width,
                              int              height);

G_END_DECLS
