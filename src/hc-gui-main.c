/* hc-gui-main.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's entry point. It lives in a module that the headcount
 * program loads only when a window is wanted, so that exports and prints
 * from scripts never load GTK (a third of their run time otherwise).
 */
#include "config.h"

#include <stdio.h>

#include "hc-application.h"
#include "hc-countries.h"
#include "hc-window.h"

int hc_gui_main (int      argc,
                 char   **argv,
                 gint64   start_time);

/* HEADCOUNT_BENCH_FIRST_FRAME=1: print the microseconds from the start of
 * main() to the end of the first painted frame of the first window that
 * shows the chart, then quit. The benchmarks use it; it changes nothing
 * else. */
static gint64 bench_start_time;

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  /* A frame without the figures drawn is not the one people wait for. */
  if (HC_IS_WINDOW (window) &&
      hc_chart_view_get_layout (hc_window_get_chart_view (HC_WINDOW (window))) == NULL)
    return;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  printf ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time () - bench_start_time);
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
window_realized_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), window);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_handlers_disconnect_by_func (app, window_added_cb, NULL);
  g_signal_connect (window, "realize", G_CALLBACK (window_realized_cb), NULL);
}

G_MODULE_EXPORT int
hc_gui_main (int      argc,
             char   **argv,
             gint64   start_time)
{
  g_autoptr(HcApplication) app = hc_application_new ();

  /* The default dataset's entities are looked up among the countries:
   * read them while GTK starts. */
  hc_countries_preload ();
  bench_start_time = start_time;
  if (g_strcmp0 (g_getenv ("HEADCOUNT_BENCH_FIRST_FRAME"), "1") == 0)
    g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
