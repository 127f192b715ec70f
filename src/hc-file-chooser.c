/* hc-file-chooser.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkFileDialog arrived in GTK 4.10 and deprecated GtkFileChooserNative;
 * Debian 12 ships 4.8. Both paths live here so the rest of the program
 * asks for a file the same way on either.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hc-file-chooser.h"

typedef struct
{
  HcFileChosenFunc  callback;
  gpointer          instance;
} Request;

static Request *
request_new (HcFileChosenFunc callback,
             gpointer         instance)
{
  Request *request = g_new0 (Request, 1);

  request->callback = callback;
  request->instance = g_object_ref (instance);
  return request;
}

static void
request_finish (Request *request,
                GFile   *file)
{
  request->callback (request->instance, file);
  g_object_unref (request->instance);
  g_free (request);
}

static GListStore *
data_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) data = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (data, _("CSV and JSON Files"));
  gtk_file_filter_add_mime_type (data, "text/csv");
  gtk_file_filter_add_mime_type (data, "application/json");
  gtk_file_filter_add_suffix (data, "csv");
  gtk_file_filter_add_suffix (data, "json");

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");

  gtk_file_filter_set_name (json, _("JSON Files"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  g_list_store_append (filters, data);
  g_list_store_append (filters, csv);
  g_list_store_append (filters, json);
  g_list_store_append (filters, all);
  return filters;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
open_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);

  request_finish (user_data, file);
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  request_finish (user_data, file);
}

void
hc_file_chooser_open (GtkWindow        *parent,
                      GFile            *folder,
                      HcFileChosenFunc  callback,
                      gpointer          instance)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = data_filters ();

  gtk_file_dialog_set_title (dialog, _("Open Figures"));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);
  gtk_file_dialog_open (dialog, parent, NULL, open_done_cb, request_new (callback, instance));
}

void
hc_file_chooser_save (GtkWindow        *parent,
                      const char       *title,
                      const char       *initial_name,
                      GFile            *folder,
                      HcFileChosenFunc  callback,
                      gpointer          instance)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_accept_label (dialog, _("_Export"));
  if (initial_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, initial_name);
  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);
  gtk_file_dialog_save (dialog, parent, NULL, save_done_cb, request_new (callback, instance));
}

#else /* GTK < 4.10 */

static void
response_cb (GtkNativeDialog *native,
             int              response,
             gpointer         user_data)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  request_finish (user_data, file);
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
show_native (GtkFileChooserNative *native,
             GtkWindow            *parent,
             GFile                *folder,
             HcFileChosenFunc      callback,
             gpointer              instance)
{
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);

  /* The native dialog is not a widget and nothing else holds it: our
   * reference keeps it alive until the response, which drops it. */
  g_signal_connect (native, "response", G_CALLBACK (response_cb), request_new (callback, instance));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
hc_file_chooser_open (GtkWindow        *parent,
                      GFile            *folder,
                      HcFileChosenFunc  callback,
                      gpointer          instance)
{
  GtkFileChooserNative *native;
  g_autoptr(GListStore) filters = data_filters ();

  native = gtk_file_chooser_native_new (_("Open Figures"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (filters)); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (G_LIST_MODEL (filters), i);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }

  show_native (native, parent, folder, callback, instance);
}

void
hc_file_chooser_save (GtkWindow        *parent,
                      const char       *title,
                      const char       *initial_name,
                      GFile            *folder,
                      HcFileChosenFunc  callback,
                      gpointer          instance)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  if (initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);

  show_native (native, parent, folder, callback, instance);
}

#endif
