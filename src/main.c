/* main.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headcount program: the headless commands (--export, --print) run
 * here with nothing but GLib, Cairo and Pango loaded; the window is a
 * module loaded only when it is wanted.
 */
#include "config.h"

#include <locale.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <gmodule.h>

#include "hc-cli.h"

typedef int (*HcGuiMainFunc) (int argc, char **argv, gint64 start_time);

#define GUI_MODULE "libheadcount-gui.so"

static int
handle_local_options_cb (GApplication *app,
                         GVariantDict *options,
                         gboolean     *want_window)
{
  int status = hc_cli_handle (options);

  if (status >= 0)
    return status;

  *want_window = TRUE;
  return 0;
}

/* Beside the program in a build tree, in the private library folder once
 * installed. */
static char *
find_gui_module (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      g_autofree char *beside = g_build_filename (dir, GUI_MODULE, NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&beside);
    }

  return g_build_filename (HC_MODULE_DIR, GUI_MODULE, NULL);
}

static int
run_window (int     argc,
            char  **argv,
            gint64  start_time)
{
  g_autofree char *path = find_gui_module ();
  HcGuiMainFunc gui_main = NULL;
  GModule *module;

  /* The module stays loaded for the life of the process: GTK registers
   * types and callbacks from it that must never be unloaded. */
  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL || !g_module_symbol (module, "hc_gui_main", (gpointer *) &gui_main))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), g_module_error ());
      return 1;
    }
  g_module_make_resident (module);

  return gui_main (argc, argv, start_time);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) front = NULL;
  gint64 start_time = g_get_monotonic_time ();
  gboolean want_window = FALSE;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("headcount");

  /* A plain GApplication only parses the command line: it registers
   * nothing on the bus and opens no display. */
  front = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_application_add_main_option_entries (front, hc_cli_get_option_entries ());
  g_application_set_option_context_summary (front,
                                            _("Show population and casualty figures as charts."));
  g_signal_connect (front, "handle-local-options", G_CALLBACK (handle_local_options_cb), &want_window);

  status = g_application_run (front, argc, argv);
  if (!want_window)
    return status;

  g_clear_object (&front);
  return run_window (argc, argv, start_time);
}
