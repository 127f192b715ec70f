/* hc-window-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files and the clipboard get the chart from hc_export_*(), the renderer
 * the window draws with, in the view and scale the window shows.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hc-loader.h"
#include "hc-window-private.h"

typedef struct
{
  HcDataset        *dataset;
  HcExportSettings  settings;
  char             *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->dataset, hc_dataset_unref);
  g_free (job->path);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

/* The chart of @settings becomes the one the window shows: its view and
 * scale, without the keyboard focus ring, which is for the screen, not for
 * a file. The dialog's preview and the export both go through here. */
void
hc_window_complete_export_settings (HcWindow         *self,
                                    HcExportSettings *settings)
{
  g_return_if_fail (HC_IS_WINDOW (self));
  g_return_if_fail (settings != NULL);

  settings->chart.kind = hc_chart_view_get_kind (self->chart_view);
  settings->chart.scale_mode = hc_chart_view_get_scale_mode (self->chart_view);
  settings->chart.relative = hc_chart_view_get_relative (self->chart_view);
  settings->chart.map_region = hc_chart_view_get_map_region (self->chart_view);
  {
    HcChartOptions shown;

    /* The pyramid's options as the window draws them. */
    hc_chart_view_get_options (self->chart_view, &shown);
    settings->chart.pyramid_percent = shown.pyramid_percent;
    settings->chart.pyramid_adaptive = shown.pyramid_adaptive;
    settings->chart.has_compare = shown.has_compare;
    settings->chart.compare_time = shown.compare_time;
  }
  settings->chart.focused = -1;
}

/* Everything the export needs, taken from the window on the main thread;
 * the job itself touches no widget and can run anywhere. */
static ExportJob *
export_job_new (HcWindow               *self,
                const char             *path,
                const HcExportSettings *settings)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->dataset = hc_dataset_ref (hc_window_get_dataset (self));
  job->settings = *settings;
  hc_window_complete_export_settings (self, &job->settings);
  job->path = g_strdup (path);

  return job;
}

static gboolean
export_job_run (ExportJob  *job,
                GError    **error)
{
  return hc_export_to_path (job->dataset, &job->settings, job->path, error);
}

/* Writes the chart as the window shows it (view, scale, dataset) with the
 * size, theme and format of @settings. The export dialog goes through the
 * same job, in a thread; tests call this to skip the file chooser. */
gboolean
hc_window_export_to_path (HcWindow               *self,
                          const char             *path,
                          const HcExportSettings *settings,
                          GError                **error)
{
  g_autoptr(ExportJob) job = NULL;

  g_return_val_if_fail (HC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);

  if (hc_window_get_dataset (self) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("There is no chart to export"));
      return FALSE;
    }

  job = export_job_new (self, path, settings);
  return export_job_run (job, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (export_job_run (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HcWindow *self = HC_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *uri = NULL;
  AdwToast *toast;

  _hc_window_busy_changed (self, -1);
  file = g_file_new_for_path (job->path);
  uri = g_file_get_uri (file);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _hc_window_show_message (self, uri, error->message, TRUE);
      return;
    }

  name = g_file_get_basename (file);
  message = g_strdup_printf (_("Exported to %s"), name);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("Open"));
  adw_toast_set_action_name (toast, "win.show-export");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  _hc_window_add_toast (self, uri, toast);
}

/* What the export dialog calls: writes in a worker thread, since a large
 * PNG takes a while to encode, and says when it is done. */
void
hc_window_export_file (HcWindow               *self,
                       GFile                  *file,
                       const HcExportSettings *settings)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (HC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (settings != NULL);

  path = g_file_get_path (file);
  if (path == NULL || hc_window_get_dataset (self) == NULL)
    {
      _hc_window_show_message (self, "export", _("Charts can only be exported to local files"), TRUE);
      return;
    }

  _hc_window_busy_changed (self, 1);
  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, hc_window_export_file);
  g_task_set_task_data (task, export_job_new (self, path, settings), (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

/* "kosovo-2007-bars.png": the data file's name, the view and the format. */
char *
hc_window_get_export_name (HcWindow       *self,
                           HcExportFormat  format)
{
  g_autofree char *base = NULL;
  char *dot;

  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  base = self->file != NULL ? g_file_get_basename (self->file) : g_strdup (HC_DEFAULT_DATASET_NAME);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_strdup_printf ("%s-%s.%s", base,
                          hc_chart_kind_to_string (hc_chart_view_get_kind (self->chart_view)),
                          hc_export_format_to_string (format));
}

/* The chart as seen, at the size and pixel density of the screen and in
 * its colours, both as an image and as an SVG drawing: image editors take
 * the first, office suites and vector editors prefer the second. */
void
hc_window_copy_chart (HcWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[3];
  HcExportSettings settings;
  GtkWidget *chart = GTK_WIDGET (self->chart_view);
  HcDataset *dataset;

  g_return_if_fail (HC_IS_WINDOW (self));

  dataset = hc_window_get_dataset (self);
  if (dataset == NULL)
    return;

  hc_export_settings_init (&settings);
  settings.width = gtk_widget_get_width (chart);
  settings.height = gtk_widget_get_height (chart);
  /* On the table page the chart has no size of its own: use the export's. */
  if (!gtk_widget_get_mapped (chart) || settings.width < HC_EXPORT_MIN_SIZE ||
      settings.height < HC_EXPORT_MIN_SIZE)
    {
      settings.width = g_settings_get_int (self->settings, "export-width");
      settings.height = g_settings_get_int (self->settings, "export-height");
    }
  settings.scale = CLAMP (gtk_widget_get_scale_factor (chart), 1, HC_EXPORT_MAX_SCALE);
  settings.theme = hc_chart_view_get_dark (self->chart_view) ? HC_THEME_DARK : HC_THEME_LIGHT;
  settings.chart.kind = hc_chart_view_get_kind (self->chart_view);
  settings.chart.scale_mode = hc_chart_view_get_scale_mode (self->chart_view);

  png = hc_export_to_bytes (dataset, &settings, &error);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      _hc_window_show_message (self, "clipboard", error->message, TRUE);
      return;
    }

  settings.format = HC_EXPORT_SVG;
  svg = hc_export_to_bytes (dataset, &settings, NULL);

  providers[0] = gdk_content_provider_new_for_bytes ("image/png", png);
  providers[1] = gdk_content_provider_new_typed (GDK_TYPE_TEXTURE, texture);
  if (svg != NULL)
    providers[2] = gdk_content_provider_new_for_bytes ("image/svg+xml", svg);
  provider = gdk_content_provider_new_union (providers, svg != NULL ? 3 : 2);

  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
  _hc_window_show_message (self, "clipboard", _("Chart copied"), FALSE);
}
