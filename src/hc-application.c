/* hc-application.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hc-application.h"
#include "hc-cli.h"
#include "hc-loader.h"
#include "hc-window.h"

struct _HcApplication
{
  AdwApplication parent_instance;

  gboolean       started;  /* the first window is made: finish_startup_cb() is on its way */
};

G_DEFINE_FINAL_TYPE (HcApplication, hc_application, ADW_TYPE_APPLICATION)


HcApplication *
hc_application_new (void)
{
  return g_object_new (HC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/headcount/Headcount",
                       NULL);
}

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.reload", { "F5", "<Control>r", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.view::bars", { "<Control>1", NULL } },
  { "win.view::columns", { "<Control>2", NULL } },
  { "win.view::circles", { "<Control>3", NULL } },
  { "win.view::treemap", { "<Control>4", NULL } },
  { "win.view::shares", { "<Control>5", NULL } },
  { "win.view::units", { "<Control>6", NULL } },
  { "win.view::table", { "<Control>7", NULL } },
  { "win.view::map", { "<Control>8", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
};

/* GtkApplication builds the shortcuts window of every new window from
 * gtk/help-overlay.ui under the resource base path, before the window is
 * shown: some 10 ms of the start-up, for a window that is rarely opened.
 * The file lives elsewhere and is built the first time it is asked for. */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/headcount/Headcount/help-overlay.ui");

      /* Keeps this action: GTK adds its own only when there is none. */
      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

/* What the first frame does not need waits until it is on screen and the
 * main loop has nothing else to do: the keyboard shortcuts (the shortcut
 * controller they make reads the keyboard map) and the window manager's
 * icon (X11 reads it from the window, Wayland shells from the desktop
 * file; rendering it loads the SVG renderer). */
static gboolean
finish_startup_cb (gpointer data)
{
  GtkApplication *app = data;

  /* Ctrl+C is not here: it copies the chart only while the chart has the
   * focus (see hc-window-actions.c), and text everywhere else. */
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);

  /* The default is for the windows to come: it does not reach those that
   * are already realized. */
  gtk_window_set_default_icon_name (APP_ID);
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    gtk_window_set_icon_name (l->data, APP_ID);

  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  GtkApplication *app = gtk_window_get_application (window);

  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, window);
  if (app != NULL)
    g_idle_add_full (G_PRIORITY_LOW, finish_startup_cb, g_object_ref (app), g_object_unref);
}

static void
window_realized_cb (GtkWidget *window)
{
  g_signal_handlers_disconnect_by_func (window, window_realized_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (first_frame_cb), window, 0);
}

static HcWindow *
get_window (HcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GSimpleAction) help_overlay = NULL;

  if (window != NULL)
    return HC_WINDOW (window);

  window = GTK_WINDOW (hc_window_new (self));

  help_overlay = g_simple_action_new ("show-help-overlay", NULL);
  g_signal_connect_object (help_overlay, "activate", G_CALLBACK (show_help_overlay_activated),
                           window, 0);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (help_overlay));

  if (!self->started)
    {
      self->started = TRUE;
      g_signal_connect (window, "realize", G_CALLBACK (window_realized_cb), NULL);
    }

  return HC_WINDOW (window);
}

static void
hc_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (HC_APPLICATION (app))));
}

static void
hc_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  HcWindow *window = get_window (HC_APPLICATION (app));

  if (n_files > 0)
    hc_window_open_file (window, files[n_files - 1]);
  gtk_window_present (GTK_WINDOW (window));
}

/* Runs before any display is opened: the export and print commands work
 * on machines without one. Files named for the window are passed on as
 * an "open" so a running instance receives them. */
static int
hc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree const char **names = NULL;
  g_autoptr(GPtrArray) files = NULL;
  int status;

  status = hc_cli_handle (options);
  if (status >= 0)
    return status;

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &names) || names[0] == NULL)
    return -1;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }

  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (names[i]));

  if (g_application_get_is_remote (app))
    {
      g_application_open (app, (GFile **) files->pdata, (int) files->len, "");
      return 0;
    }

  /* Primary instance: open once the main loop runs. */
  g_object_set_data_full (G_OBJECT (app), "hc-pending-files",
                          g_steal_pointer (&files), (GDestroyNotify) g_ptr_array_unref);
  return -1;
}

static void
pending_files_cb (GApplication *app)
{
  GPtrArray *files = g_object_get_data (G_OBJECT (app), "hc-pending-files");

  if (files == NULL)
    return;

  g_application_open (app, (GFile **) files->pdata, (int) files->len, "");
  g_object_set_data (G_OBJECT (app), "hc-pending-files", NULL);
}

static void
hc_application_class_init (HcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = hc_application_activate;
  app_class->open = hc_application_open;
  app_class->handle_local_options = hc_application_handle_local_options;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* "Reuters, “Kosovo moves to independence 'earlier than May'”, 10 December
 * 2007": where the built-in figures come from, read from the dataset itself
 * so that the credit cannot drift from the data. */
static char *
default_source (void)
{
  g_autoptr(HcDataset) dataset = hc_loader_load_default (NULL);
  const HcSource *source;
  g_autoptr(GString) text = NULL;
  int y = 0, m = 0, d = 0;

  if (dataset == NULL)
    return NULL;

  source = hc_dataset_get_source (dataset);
  text = g_string_new (source->publisher);
  if (source->headline != NULL)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: quotation marks around a headline or a quote, which stay
       * in the language they were published in; use your language's marks. */
      g_string_append_printf (text, C_("quotation", "“%s”"), source->headline);
    }
  if (source->date != NULL && sscanf (source->date, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
      g_date_valid_dmy (d, m, y))
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (y, m, d, 0, 0, 0);
      /* Translators: the date of the article the built-in figures come from */
      g_autofree char *formatted = g_date_time_format (date, C_("source date", "%-d %B %Y"));

      g_string_append_printf (text, ", %s", formatted);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  const char *developers[] = { _("The Headcount developers"), NULL };
  g_autofree char *source = default_source ();
  g_autofree char *comments = NULL;
  GtkWidget *about;

  if (source != NULL)
    /* Translators: %s names the news report, "Reuters, “…”, 10 December 2007" */
    comments = g_strdup_printf (_("Figures: %s"), source);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (user_data)),
                        "application-name", _("Headcount"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Headcount developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/headcount/headcount",
                        "issue-url", "https://github.com/headcount/headcount/issues",
                        "comments", comments,
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
hc_application_init (HcApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), hc_cli_get_option_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Show population and casualty figures as charts."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  g_signal_connect (self, "activate", G_CALLBACK (pending_files_cb), NULL);
}
