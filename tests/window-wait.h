/* window-wait.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Running the main loop until the window has done something, with a
 * time limit, for the GUI tests.
 */
#pragma once

#include "hc-chart-view.h"

gboolean window_wait_timeout_cb (gpointer     data);
void     window_wait_for_draw   (HcChartView *view);
