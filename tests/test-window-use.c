/* test-window-use.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window as people use it: small windows, exports that match the
 * command line, failed loads, messages that go stale, the keyboard alone.
 * HC_TEST_SHOTS=DIR also writes what the window looked like to DIR.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "hc-chart-view.h"
#include "hc-export-dialog.h"
#include "hc-table-view.h"
#include "hc-window.h"
#include "window-wait.h"

/* ---- helpers -------------------------------------------------------------- */

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds, failing after ten seconds. */
static void
wait_for (Condition condition,
          gpointer  data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, window_wait_timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static gboolean
is_idle (gpointer window)
{
  return !hc_window_is_busy (window);
}

static void
wait_until_idle (HcWindow *window)
{
  wait_for (is_idle, window);
}

/* Lets pending layout, drawing and timeouts of @ms run. */
static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, window_wait_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static HcWindow *
new_window (int width,
            int height)
{
  HcWindow *window = hc_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  window_wait_for_draw (hc_window_get_chart_view (window));
  return window;
}

static char *
write_temp_file (const char *name,
                 const char *contents)
{
  g_autofree char *dir = g_dir_make_tmp ("headcount-use-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_nonnull (dir);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
remove_temp_file (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
}

/* With HC_TEST_SHOTS=DIR, the widget as drawn goes to DIR/NAME.png: to look
 * at what a test saw. */
static void
shot (GtkWidget  *widget,
      const char *name)
{
  const char *dir = g_getenv ("HC_TEST_SHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderer) renderer = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL || width <= 0 || height <= 0)
    return;

  paintable = gtk_widget_paintable_new (widget);
  renderer = gsk_cairo_renderer_new ();
  snapshot = gtk_snapshot_new ();
  g_assert_true (gsk_renderer_realize (renderer, NULL, NULL));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node != NULL)
    {
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
      file = g_strconcat (name, ".png", NULL);
      path = g_build_filename (dir, file, NULL);
      gdk_texture_save_to_png (texture, path);
    }
  gsk_renderer_unrealize (renderer);
}

/* The first widget under @widget (itself included) for which @match holds. */
static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*match) (GtkWidget *widget, gconstpointer data),
             gconstpointer data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type_name)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), type_name);
}

/* ---- export: the dialog writes what the command line writes -------------- */

typedef struct
{
  const char *name;
  const char *view;        /* the window's view and the --view */
  const char *format;
  const char *theme;
  int         width, height;
  gboolean    show_title;
  gboolean    show_source;
} ExportCase;

static const ExportCase export_cases[] = {
  { "no-title.png", "bars", "png", "light", 1200, 800, FALSE, TRUE },
  { "dark-columns.png", "columns", "png", "dark", 900, 700, TRUE, FALSE },
  { "transparent.svg", "treemap", "svg", "transparent", 640, 480, FALSE, FALSE },
};

/* <g id="surface2835"> → <g id="surface"> (in place: the text only shrinks). */
static void
normalize_svg_surface_id (char *svg)
{
  char *id = strstr (svg, "<g id=\"surface");
  char *digits, *end;

  if (id == NULL)
    return;
  digits = id + strlen ("<g id=\"surface");
  for (end = digits; g_ascii_isdigit (*end); end++)
    ;
  memmove (digits, end, strlen (end) + 1);
}

static void
test_export_dialog_matches_cli (void)
{
  g_autoptr(GSettings) gsettings = g_settings_new (APP_ID);
  const char *headcount = g_getenv ("HEADCOUNT");
  g_autofree char *dir = g_dir_make_tmp ("headcount-use-XXXXXX", NULL);
  HcWindow *window;

  g_assert_nonnull (headcount);
  reset_settings ();
  window = new_window (1000, 700);

  for (guint i = 0; i < G_N_ELEMENTS (export_cases); i++)
    {
      const ExportCase *c = &export_cases[i];
      g_autofree char *from_dialog = g_strconcat (dir, "/dialog-", c->name, NULL);
      g_autofree char *from_cli = g_strconcat (dir, "/cli-", c->name, NULL);
      g_autofree char *size = g_strdup_printf ("%dx%d", c->width, c->height);
      g_autofree char *dialog_bytes = NULL;
      g_autofree char *cli_bytes = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (from_dialog);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      gsize dialog_length, cli_length;
      HcExportDialog *dialog;
      int status;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", c->view));
      g_settings_set_string (gsettings, "export-format", c->format);
      g_settings_set_string (gsettings, "export-theme", c->theme);
      g_settings_set_int (gsettings, "export-width", c->width);
      g_settings_set_int (gsettings, "export-height", c->height);
      g_settings_set_boolean (gsettings, "export-show-title", c->show_title);
      g_settings_set_boolean (gsettings, "export-show-source", c->show_source);

      dialog = hc_export_dialog_new (window);
      gtk_window_present (GTK_WINDOW (dialog));
      spin (50);
      shot (GTK_WIDGET (dialog), c->name);
      hc_export_dialog_export (dialog, file);
      wait_until_idle (window);

      g_ptr_array_add (argv, (char *) headcount);
      g_ptr_array_add (argv, "--export");
      g_ptr_array_add (argv, from_cli);
      g_ptr_array_add (argv, "--view");
      g_ptr_array_add (argv, (char *) c->view);
      g_ptr_array_add (argv, "--size");
      g_ptr_array_add (argv, size);
      g_ptr_array_add (argv, "--theme");
      g_ptr_array_add (argv, (char *) c->theme);
      if (!c->show_title)
        g_ptr_array_add (argv, "--no-title");
      if (!c->show_source)
        g_ptr_array_add (argv, "--no-source");
      g_ptr_array_add (argv, NULL);
      g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));

      g_assert_true (g_file_get_contents (from_dialog, &dialog_bytes, &dialog_length, NULL));
      g_assert_true (g_file_get_contents (from_cli, &cli_bytes, &cli_length, NULL));
      g_assert_cmpuint (dialog_length, >, 100);
      if (g_str_equal (c->format, "svg"))
        {
          /* Cairo names an SVG's drawing after the number of surfaces the
           * process made before it, which no two processes share. */
          normalize_svg_surface_id (dialog_bytes);
          normalize_svg_surface_id (cli_bytes);
          dialog_length = strlen (dialog_bytes);
          cli_length = strlen (cli_bytes);
        }
      g_assert_cmpmem (dialog_bytes, dialog_length, cli_bytes, cli_length);

      g_remove (from_dialog);
      g_remove (from_cli);
    }

  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every option is in sight when the dialog opens, and the preview shows
 * the file at its proportions. */
static void
test_export_dialog_fits (void)
{
  HcExportDialog *dialog;
  HcWindow *window;
  GtkWidget *scrolled;
  GtkAdjustment *vadjustment;

  reset_settings ();
  window = new_window (1000, 700);
  dialog = hc_export_dialog_new (window);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (100);
  shot (GTK_WIDGET (dialog), "export-dialog");

  scrolled = find_widget (GTK_WIDGET (dialog), is_type, "GtkScrolledWindow");
  g_assert_nonnull (scrolled);
  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), <=,
                     gtk_adjustment_get_page_size (vadjustment));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-use/export/dialog-matches-cli", test_export_dialog_matches_cli);
  g_test_add_func ("/window-use/export/dialog-fits", test_export_dialog_fits);

  return g_test_run ();
}
