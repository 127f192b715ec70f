/* bare-window.c — the smallest GTK 4 and libadwaita application windows,
 * to time start-up to the first painted frame against headcount.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built twice (bench/meson.build). bench-bare-window opens an empty
 * GtkApplicationWindow of headcount's default size (960×640);
 * bench-bare-adw-window (BARE_ADWAITA) opens, from an AdwApplication, an
 * AdwApplicationWindow of that size holding an AdwHeaderBar and nothing
 * else: what every libadwaita application pays before drawing anything of
 * its own, so the floor for headcount. Each waits for the first frame of
 * its window to be painted, prints the time and quits. Output, one line
 * each:
 *
 *   <microseconds from the start of main() to the end of the first frame>
 *   spawn <microseconds from BENCH_SPAWN_MONOTONIC_NS to the same moment>
 *   renderer <type name of the GskRenderer that painted it>
 *
 * The second line is printed only when the parent put its CLOCK_MONOTONIC
 * time in nanoseconds, taken just before it forked, in the environment
 * variable BENCH_SPAWN_MONOTONIC_NS; it adds the exec, the dynamic linking
 * and the constructors that run before main().
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#ifdef BARE_ADWAITA
#include <adwaita.h>
#else
#include <gtk/gtk.h>
#endif

static int64_t main_start_ns;

static int64_t
monotonic_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  int64_t now = monotonic_ns ();
  const char *spawn = g_getenv ("BENCH_SPAWN_MONOTONIC_NS");

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);

  printf ("%" PRId64 "\n", (now - main_start_ns) / 1000);
  if (spawn != NULL && *spawn != '\0')
    printf ("spawn %" PRId64 "\n", (now - g_ascii_strtoll (spawn, NULL, 10)) / 1000);
  printf ("renderer %s\n", G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  fflush (stdout);

  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), window);
}

static void
activate_cb (GtkApplication *app)
{
#ifdef BARE_ADWAITA
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare libadwaita window");
#else
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
#endif
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 640);
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  main_start_ns = monotonic_ns ();

#ifdef BARE_ADWAITA
  app = GTK_APPLICATION (adw_application_new ("io.github.headcount.BenchBareAdwWindow",
                                              G_APPLICATION_DEFAULT_FLAGS));
#else
  app = gtk_application_new ("io.github.headcount.BenchBareWindow", G_APPLICATION_DEFAULT_FLAGS);
#endif
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
