/* test-window-i18n.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window in German, from the catalogues this build made
 * (HC_TEST_LOCALEDIR), under a display (Xvfb in CI).
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "hc-chart-view.h"
#include "hc-window.h"
#include "window-wait.h"
#include "hc-window-private.h"

static void
test_german_window (WindowTest *test)
{
  HcWindow *window = window_test_new ();
  g_autofree char *description = NULL;

  /* The dataset's title, translated. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kosovo, Dezember 2007");
  /* The name of the view in the header bar. */
  g_assert_cmpstr (gtk_label_get_label (window->view_label), ==, "Balken");
  /* What the chart says about its axis, and its largest value in German digits. */
  description = hc_chart_view_get_description (hc_window_get_chart_view (window));
  g_assert_nonnull (strstr (description, "logarithmische Skala"));
  g_assert_nonnull (strstr (description, "Ethnische Albaner, etwa 2.000.000"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "treemap"));
  g_assert_cmpstr (gtk_label_get_label (window->view_label), ==, "Treemap");
  window_wait_for_kind (hc_window_get_chart_view (window), HC_CHART_TREEMAP);

  window_test_destroy (window);
}

static void
skip_german (void)
{
  g_test_skip ("de_DE.UTF-8 is not installed (build-aux/dev test generates it)");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("HC_TEST_LOCALEDIR");
  gboolean have_german;

  /* As main.c does, before GTK reads the locale. */
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  have_german = setlocale (LC_ALL, "") != NULL;
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  window_test_init (&argc, &argv);

  /* Skipped here, in the process that reports the results: a skip inside
   * a test's own process would reach the report as a pass. */
  if (have_german)
    window_test_add ("/window-i18n/german", test_german_window);
  else
    g_test_add_func ("/window-i18n/german", skip_german);

  return g_test_run ();
}
