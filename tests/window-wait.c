/* window-wait.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "window-wait.h"

/* Sets the gboolean at @data: a time limit has passed. */
gboolean
window_wait_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the chart has been drawn at least once. */
void
window_wait_for_draw (HcChartView *view)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, window_wait_timeout_cb, &timed_out);

  while (hc_chart_view_get_layout (view) == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}
