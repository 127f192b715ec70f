/* test-ui.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks .ui files the way `gtk4-builder-tool validate` does: builds them,
 * so that bad XML, unknown classes, unknown properties and bad values are
 * errors. The tool itself cannot do this for our files: it knows neither
 * libadwaita's types nor ours (HcChartView …). This program links both.
 *
 * A template is built onto a stand-in class of the same name that derives
 * from the template's parent but has no template of its own, which is
 * what the tool does too; that checks the file as written, not the copy
 * compiled into the resources.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "hc-chart-view.h"
#include "hc-export-dialog.h"
#include "hc-table-view.h"
#include "hc-window.h"

static const struct {
  const char *name;
  GType     (*get_type) (void);
} own_types[] = {
  { "HcChartView", hc_chart_view_get_type },
  { "HcDataPanel", hc_data_panel_get_type },
  { "HcExportDialog", hc_export_dialog_get_type },
  { "HcTableView", hc_table_view_get_type },
  { "HcWindow", hc_window_get_type },
};

/* GtkBuilder only warns about a value it cannot parse ("vexpand" set to
 * "maybe") and carries on; here any warning fails the file. */
static guint n_warnings;

static GLogWriterOutput
count_warnings_cb (GLogLevelFlags   level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    n_warnings++;

  return g_log_writer_default (level, fields, n_fields, user_data);
}

typedef struct
{
  char      *template_class;
  char      *template_parent;
  GPtrArray *classes;
} Scan;

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Scan *scan = user_data;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (element, "template") && g_str_equal (names[i], "class"))
        scan->template_class = g_strdup (values[i]);
      else if (g_str_equal (element, "template") && g_str_equal (names[i], "parent"))
        scan->template_parent = g_strdup (values[i]);
      else if (g_str_equal (element, "object") && g_str_equal (names[i], "class"))
        g_ptr_array_add (scan->classes, g_strdup (values[i]));
    }
}

/* Registers the classes of ours the file uses, except the one it defines. */
static void
ensure_own_types (Scan *scan)
{
  for (guint i = 0; i < scan->classes->len; i++)
    for (guint j = 0; j < G_N_ELEMENTS (own_types); j++)
      if (g_str_equal (scan->classes->pdata[i], own_types[j].name) &&
          g_strcmp0 (scan->template_class, own_types[j].name) != 0)
        g_type_ensure (own_types[j].get_type ());
}

/* Drops everything a file built and checks that it went: a leak check,
 * as g_assert_finalize_object() is for libadwaita's widget tests. Windows
 * stay alive until destroyed, as toplevels do. */
static gboolean
release_all (GtkBuilder  *builder,
             GObject     *object,
             GError     **error)
{
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  g_autoptr(GPtrArray) weak = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (object != NULL)
    objects = g_slist_prepend (objects, object);

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      gpointer *pointer = g_new (gpointer, 1);

      *pointer = l->data;
      g_object_add_weak_pointer (l->data, pointer);
      g_ptr_array_add (weak, pointer);
      g_ptr_array_add (names, g_strdup (G_OBJECT_TYPE_NAME (l->data)));
    }

  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_WINDOW (l->data) && l->data != object)
      gtk_window_destroy (l->data);

  if (object != NULL)
    {
      if (GTK_IS_WINDOW (object))
        {
          gtk_window_destroy (GTK_WINDOW (object));
        }
      else if (GTK_IS_WIDGET (object))
        {
          GtkWidget *child;

          /* The stand-in has no dispose to drop the template's children. */
          while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
            gtk_widget_unparent (child);
        }
      g_object_unref (object);
    }
  g_object_unref (builder);

  for (guint i = 0; i < weak->len; i++)
    {
      gpointer *pointer = g_ptr_array_index (weak, i);

      if (*pointer != NULL)
        {
          g_object_remove_weak_pointer (*pointer, pointer);
          g_set_error (error, GTK_BUILDER_ERROR, GTK_BUILDER_ERROR_INVALID_VALUE,
                       "a %s built from the file was still alive after everything was dropped",
                       (const char *) g_ptr_array_index (names, i));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
validate (const char  *path,
          GError     **error)
{
  g_autofree char *text = NULL;
  GtkBuilder *builder = gtk_builder_new ();
  g_autoptr(GMarkupParseContext) context = NULL;
  GMarkupParser parser = { .start_element = start_element_cb };
  Scan scan = { .classes = g_ptr_array_new_with_free_func (g_free) };
  GObject *object = NULL;
  gsize length;
  gboolean ok = FALSE;

  if (!g_file_get_contents (path, &text, &length, error))
    goto out;

  context = g_markup_parse_context_new (&parser, 0, &scan, NULL);
  if (!g_markup_parse_context_parse (context, text, length, error) ||
      !g_markup_parse_context_end_parse (context, error))
    goto out;

  ensure_own_types (&scan);

  if (scan.template_class != NULL)
    {
      GType parent = gtk_builder_get_type_from_name (builder, scan.template_parent);
      GTypeQuery query;
      GType stand_in;

      if (parent == G_TYPE_INVALID)
        {
          g_set_error (error, GTK_BUILDER_ERROR, GTK_BUILDER_ERROR_INVALID_VALUE,
                       "unknown template parent %s", scan.template_parent);
          goto out;
        }

      g_type_query (parent, &query);
      stand_in = g_type_register_static_simple (parent, scan.template_class,
                                                query.class_size, NULL,
                                                query.instance_size, NULL, 0);
      object = g_object_ref_sink (g_object_new (stand_in, NULL));
      ok = gtk_builder_extend_with_template (builder, object, stand_in, text, length, error);
    }
  else
    {
      ok = gtk_builder_add_from_string (builder, text, length, error);
    }

out:
  if (!release_all (g_steal_pointer (&builder), g_steal_pointer (&object), ok ? error : NULL))
    ok = FALSE;
  g_free (scan.template_class);
  g_free (scan.template_parent);
  g_ptr_array_unref (scan.classes);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  int status = 0;

  g_log_set_writer_func (count_warnings_cb, NULL, NULL);
  gtk_init ();
  adw_init ();

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE.ui…\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      guint warnings_before = n_warnings;

      if (validate (argv[i], &error) && n_warnings == warnings_before)
        {
          g_print ("%s: ok\n", argv[i]);
        }
      else
        {
          g_printerr ("%s: %s\n", argv[i], error != NULL ? error->message : "warnings while building");
          status = 1;
        }
    }

  return status;
}
