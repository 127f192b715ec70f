/* hc-window-actions.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hc-export-dialog.h"
#include "hc-file-chooser.h"
#include "hc-window-private.h"

static void
file_chosen_cb (gpointer  instance,
                GFile    *file)
{
  if (file != NULL)
    hc_window_open_file (HC_WINDOW (instance), file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HcWindow *self = HC_WINDOW (widget);
  g_autoptr(GFile) folder = self->file != NULL ? g_file_get_parent (self->file) : NULL;

  hc_file_chooser_open (GTK_WINDOW (self), folder, file_chosen_cb, self);
}

/* For editing a file in another program and looking again. */
static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _hc_window_cancel_load (HC_WINDOW (widget));
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _hc_window_dismiss_load_error (HC_WINDOW (widget));
}

static void
retry_load_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _hc_window_retry_load (HC_WINDOW (widget));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HcWindow *self = HC_WINDOW (widget);

  if (self->file != NULL)
    hc_window_open_file (self, self->file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HcWindow *self = HC_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (hc_export_dialog_new (self)));
}

static void
copy_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  hc_window_copy_chart (HC_WINDOW (widget));
}

/* The "Open" button of the toast that says an export is done. */
static void
show_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  const char *uri = g_variant_get_string (parameter, NULL);

#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_launch (launcher, GTK_WINDOW (widget), NULL, NULL, NULL);
#else
  gtk_show_uri (GTK_WINDOW (widget), uri, GDK_CURRENT_TIME);
#endif
}

static void
show_data_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _hc_window_toggle_data (HC_WINDOW (widget));
}

void
_hc_window_actions_update (HcWindow *self)
{
  gboolean has_data = hc_window_get_dataset (self) != NULL;
  gboolean on_chart = g_strcmp0 (hc_window_get_view (self), "table") != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", self->file != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-chart", has_data && on_chart);
}

void
_hc_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "win.retry-load", NULL, retry_load_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", NULL, copy_chart_action);
  gtk_widget_class_install_action (widget_class, "win.show-export", "s", show_export_action);
  gtk_widget_class_install_action (widget_class, "win.show-data", NULL, show_data_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-data", NULL);

  /* Also bound here, not only as application accelerators, so that a
   * window works the same without an application (as in the tests). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

/* The setting of the action's name takes the new state; the action follows
 * the setting (in every window) from _hc_window_settings_changed(). */
static void
setting_action_change_state_cb (GSimpleAction *action,
                                GVariant      *state,
                                gpointer       user_data)
{
  GSettings *settings = user_data;
  const char *key = g_action_get_name (G_ACTION (action));

  if (g_str_equal (key, "map-region"))
    {
      HcMapRegion region;

      if (!hc_map_region_from_string (g_variant_get_string (state, NULL), &region))
        return;
    }
  g_settings_set_value (settings, key, state);
}

void
_hc_window_actions_init (HcWindow *self)
{
  g_autoptr(GAction) view = g_settings_create_action (self->settings, "view");
  g_autoptr(GAction) scale = g_settings_create_action (self->settings, "scale");
  GtkEventController *shortcuts;

  /* win.view and win.scale are the settings themselves: switching is
   * remembered, and every window follows. */
  g_action_map_add_action (G_ACTION_MAP (self), view);
  g_action_map_add_action (G_ACTION_MAP (self), scale);

  /* win.relative and win.map-region are settings too, but only for the
   * views that have them: view_changed_cb() enables them. */
  {
    g_autoptr(GVariant) relative = g_settings_get_value (self->settings, "relative");
    g_autoptr(GVariant) region = g_settings_get_value (self->settings, "map-region");

    self->relative_action = g_simple_action_new_stateful ("relative", NULL, relative);
    g_signal_connect_object (self->relative_action, "change-state",
                             G_CALLBACK (setting_action_change_state_cb), self->settings, 0);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (self->relative_action));
    self->region_action = g_simple_action_new_stateful ("map-region", G_VARIANT_TYPE_STRING,
                                                        region);
    g_signal_connect_object (self->region_action, "change-state",
                             G_CALLBACK (setting_action_change_state_cb), self->settings, 0);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (self->region_action));
  }
  {
    g_autoptr(GVariant) percent = g_settings_get_value (self->settings, "pyramid-percent");
    g_autoptr(GVariant) adaptive = g_settings_get_value (self->settings, "pyramid-adaptive");

    self->percent_action = g_simple_action_new_stateful ("pyramid-percent", NULL, percent);
    g_signal_connect_object (self->percent_action, "change-state",
                             G_CALLBACK (setting_action_change_state_cb), self->settings, 0);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (self->percent_action));
    self->adaptive_action = g_simple_action_new_stateful ("pyramid-adaptive", NULL, adaptive);
    g_signal_connect_object (self->adaptive_action, "change-state",
                             G_CALLBACK (setting_action_change_state_cb), self->settings, 0);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (self->adaptive_action));
  }

  /* Ctrl+C copies the chart only while it has the focus, so that it still
   * copies text everywhere else. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_c, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.copy-chart")));
  gtk_widget_add_controller (GTK_WIDGET (self->chart_view), shortcuts);
}
