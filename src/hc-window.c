/* hc-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hc-loader.h"
#include "hc-window.h"

struct _HcWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  HcChartView          *chart_view;

  /* Owned references */
  GFile                *file;
};

G_DEFINE_FINAL_TYPE (HcWindow, hc_window, ADW_TYPE_APPLICATION_WINDOW)

HcWindow *
hc_window_new (HcApplication *application)
{
  return g_object_new (HC_TYPE_WINDOW, "application", application, NULL);
}

static void
show_error (HcWindow   *self,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
hc_window_set_dataset (HcWindow  *self,
                       HcDataset *dataset)
{
  g_return_if_fail (HC_IS_WINDOW (self));
  g_return_if_fail (dataset != NULL);

  hc_chart_view_set_dataset (self->chart_view, dataset);
  adw_window_title_set_title (self->window_title, hc_dataset_get_title (dataset));
  gtk_window_set_title (GTK_WINDOW (self), hc_dataset_get_title (dataset));
}

HcDataset *
hc_window_get_dataset (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  return hc_chart_view_get_dataset (self->chart_view);
}

HcChartView *
hc_window_get_chart_view (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  return self->chart_view;
}

/* A file that fails to load leaves the chart as it was and says why. */
void
hc_window_open_file (HcWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (HC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *message = g_strdup_printf (_("%s: only local files can be opened"), uri);

      show_error (self, message);
      return;
    }

  dataset = hc_loader_load_path (path, HC_LOADER_DEFAULT_MAX_SIZE, &error);
  if (dataset == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_set_object (&self->file, file);
  hc_window_set_dataset (self, dataset);
  adw_window_title_set_subtitle (self->window_title, g_file_peek_path (file));
}

static void
dark_changed_cb (HcWindow        *self,
                 GParamSpec      *pspec,
                 AdwStyleManager *style_manager)
{
  hc_chart_view_set_dark (self->chart_view, adw_style_manager_get_dark (style_manager));
}

static void
hc_window_dispose (GObject *object)
{
  HcWindow *self = HC_WINDOW (object);

  g_clear_object (&self->file);
  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_WINDOW);

  G_OBJECT_CLASS (hc_window_parent_class)->dispose (object);
}

static void
hc_window_class_init (HcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_window_dispose;

  g_type_ensure (HC_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headcount/Headcount/hc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, chart_view);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
hc_window_init (HcWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (dark_changed_cb),
                           self, G_CONNECT_SWAPPED);
  dark_changed_cb (self, NULL, style_manager);

  dataset = hc_loader_load_default (&error);
  if (dataset != NULL)
    hc_window_set_dataset (self, dataset);
  else
    show_error (self, error->message);
}
