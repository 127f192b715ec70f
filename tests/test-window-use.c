/* test-window-use.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window as people use it: small windows, exports that match the
 * command line, failed loads, messages that go stale, the keyboard alone.
 * HC_TEST_SHOTS=DIR also writes what the window looked like to DIR.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "hc-application.h"
#include "hc-chart-view.h"
#include "hc-export-dialog.h"
#include "hc-export.h"
#include "hc-map.h"
#include "hc-number.h"
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
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL || gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0)
    return;

  texture = window_test_render (widget);
  if (texture == NULL)
    return;
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  gdk_texture_save_to_png (texture, path);
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

/* ---- small windows -------------------------------------------------------- */

typedef struct
{
  int             width;
  int             min_width;
  graphene_rect_t title;
} HeaderGeometry;

static void
measure_header (HcWindow       *window,
                HeaderGeometry *geometry)
{
  GtkWidget *title = find_widget (GTK_WIDGET (window), is_type, "AdwWindowTitle");

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &geometry->min_width, NULL, NULL, NULL);
  geometry->width = gtk_widget_get_width (GTK_WIDGET (window));
  g_assert_true (gtk_widget_compute_bounds (title, GTK_WIDGET (window), &geometry->title));
}

static HcWindow *resized_window;
static int resized_from;

static gboolean
width_changed (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (resized_window)) != resized_from;
}

/* A window as narrow as it goes keeps its width and its title where they
 * are through every view, with and without the scale buttons. */
static void
test_small_window_keeps_width (WindowTest *test)
{
  static const char *views[] = { "columns", "circles", "treemap", "shares", "units", "map", "table", "bars" };
  HeaderGeometry first, now;
  HcWindow *window;

  reset_settings ();
  window = new_window (200, 300);
  spin (100);
  measure_header (window, &first);
  /* As narrow as it goes: the window is at its minimum. */
  g_assert_cmpint (first.width, <=, first.min_width);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *name = g_strdup_printf ("narrow-%s", views[i]);
      gboolean timed_out = FALSE;
      guint id;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", views[i]));
      /* A window that grows does so on the next frame or two. */
      resized_window = window;
      resized_from = first.width;
      id = g_timeout_add (300, window_wait_timeout_cb, &timed_out);
      while (!timed_out && !width_changed (NULL))
        g_main_context_iteration (NULL, TRUE);
      if (!timed_out)
        g_source_remove (id);

      measure_header (window, &now);
      shot (GTK_WIDGET (window), name);
      g_assert_cmpint (now.min_width, ==, first.min_width);
      g_assert_cmpint (now.width, ==, first.width);
      g_assert_cmpfloat (now.title.origin.x, ==, first.title.origin.x);
      g_assert_cmpfloat (now.title.size.width, ==, first.title.size.width);
    }

  window_test_destroy (window);
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
test_export_dialog_matches_cli (WindowTest *test)
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
  window_test_destroy (window);
}

/* Every option is in sight when the dialog opens, and the preview shows
 * the file at its proportions. */
static void
test_export_dialog_fits (WindowTest *test)
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

  window_test_destroy (dialog);
  window_test_destroy (window);
}

/* ---- failed loads and messages -------------------------------------------- */

static gboolean
label_starts_with (GtkWidget     *widget,
                   gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* A label that starts with @prefix and is on screen. */
static gboolean
shows_label (HcWindow   *window,
             const char *prefix)
{
  GtkWidget *label = find_widget (GTK_WIDGET (window), label_starts_with, prefix);
  GtkWidget *revealer = label != NULL ? gtk_widget_get_ancestor (label, GTK_TYPE_REVEALER) : NULL;

  if (label == NULL || !gtk_widget_is_drawable (label))
    return FALSE;
  /* Fully open: not still sliding in, nor sliding out. */
  return revealer == NULL || (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)) &&
                              gtk_revealer_get_child_revealed (GTK_REVEALER (revealer)));
}

static const char *
header_subtitle (HcWindow *window)
{
  GtkWidget *title = find_widget (GTK_WIDGET (window), is_type, "AdwWindowTitle");

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

/* The toasts on screen: the one shown and any still sliding away. */
static GPtrArray *
toast_texts (HcWindow *window)
{
  GtkWidget *overlay = find_widget (GTK_WIDGET (window), is_type, "AdwToastOverlay");
  GPtrArray *texts = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_type (child, "AdwToastWidget"))
      {
        GtkWidget *label = find_widget (child, label_starts_with, "");

        g_assert_nonnull (label);
        g_ptr_array_add (texts, (char *) gtk_label_get_text (GTK_LABEL (label)));
      }

  return texts;
}

static gboolean
is_close_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "window-close-symbolic") == 0;
}

typedef struct
{
  HcWindow   *window;
  const char *text;     /* the one toast on screen, or NULL for none */
} ToastWanted;

static gboolean
only_toast_is (gpointer data)
{
  ToastWanted *wanted = data;
  g_autoptr(GPtrArray) texts = toast_texts (wanted->window);

  if (wanted->text == NULL)
    return texts->len == 0;
  return texts->len == 1 && g_str_equal (texts->pdata[0], wanted->text);
}

static void
wait_for_only_toast (HcWindow   *window,
                     const char *text)
{
  ToastWanted wanted = { window, text };

  wait_for (only_toast_is, &wanted);
}

typedef struct
{
  HcWindow   *window;
  const char *prefix;
} LabelWanted;

static gboolean
label_is_shown (gpointer data)
{
  LabelWanted *wanted = data;

  return shows_label (wanted->window, wanted->prefix);
}

static gboolean
label_is_gone (gpointer data)
{
  LabelWanted *wanted = data;

  return find_widget (GTK_WIDGET (wanted->window), label_starts_with, wanted->prefix) == NULL ||
         !shows_label (wanted->window, wanted->prefix);
}

/* Says so in the window, above the chart that stayed, until dismissed. */
static void
test_failed_load_stays_said (WindowTest *test)
{
  g_autofree char *path = write_temp_file ("broken.json", "{\"figures\": [");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LabelWanted error = { NULL, "broken.json:1:13: " };
  HcWindow *window;
  HcDataset *before;

  reset_settings ();
  window = new_window (1000, 700);
  error.window = window;
  before = hc_window_get_dataset (window);

  hc_window_open_file (window, file);
  wait_until_idle (window);
  wait_for (label_is_shown, &error);
  shot (GTK_WIDGET (window), "load-error");

  g_assert_true (hc_window_get_dataset (window) == before);
  g_assert_true (g_str_has_prefix (hc_window_get_load_error (window), "broken.json:1:13: "));
  g_assert_true (shows_label (window, "broken.json could not be opened"));
  /* The chart that stayed says which it is, in the bar and in the header. */
  g_assert_nonnull (find_widget (GTK_WIDGET (window), label_contains,
                                 "still the previous one, “Kosovo, December 2007”"));
  g_assert_cmpstr (header_subtitle (window), ==, "Previous chart: broken.json could not be opened");
  /* Not a toast that goes away by itself and leaves no trace. */
  wait_for_only_toast (window, NULL);
  spin (500);
  g_assert_true (shows_label (window, "broken.json:1:13: "));

  /* Until the user acts. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-error", NULL));
  wait_for (label_is_gone, &error);
  g_assert_null (hc_window_get_load_error (window));
  g_assert_cmpstr (header_subtitle (window), ==, "");

  remove_temp_file (path);
  window_test_destroy (window);
}

static double value_wanted;

static gboolean
first_value_is_wanted (gpointer window)
{
  return hc_dataset_get_figure (hc_window_get_dataset (window), 0)->value == value_wanted;
}

static gboolean
has_no_load_error (gpointer window)
{
  return hc_window_get_load_error (window) == NULL;
}

static gboolean
has_load_error (gpointer window)
{
  return hc_window_get_load_error (window) != NULL;
}

/* Saves come one after another: only the last reload is news, an error
 * replaces the reloads before it, and a fix replaces the error. */
static void
test_messages_replace_stale_ones (WindowTest *test)
{
  g_autofree char *path = write_temp_file ("live.csv", "label,value\nSerbs,120000\nNATO,16000\n");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LabelWanted error = { NULL, "live.csv:2:" };
  HcWindow *window;

  reset_settings ();
  window = new_window (1000, 700);
  error.window = window;
  hc_window_open_file (window, file);
  wait_until_idle (window);

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *csv = g_strdup_printf ("label,value\nSerbs,%u\nNATO,16000\n", 120000 + i * 1000);

      g_assert_true (g_file_set_contents (path, csv, -1, NULL));
      value_wanted = 120000 + i * 1000;
      wait_for (first_value_is_wanted, window);
    }
  wait_for_only_toast (window, "live.csv reloaded: Serbs 122,000 → 123,000");

  /* A broken save: the reload toasts are stale now. */
  g_assert_true (g_file_set_contents (path, "label,value\nSerbs,\"13\n", -1, NULL));
  wait_for (has_load_error, window);
  g_assert_true (g_str_has_prefix (hc_window_get_load_error (window), "live.csv:2:"));
  wait_for (label_is_shown, &error);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), label_contains,
                                 "the last version of live.csv that could be read"));
  g_assert_cmpstr (header_subtitle (window), ==, "Last version that could be read");
  wait_for_only_toast (window, NULL);
  shot (GTK_WIDGET (window), "reload-error");

  /* Fixed: the error goes, by itself, and the reload says what changed. */
  g_assert_true (g_file_set_contents (path, "label,value\nSerbs,130000\nNATO,16000\n", -1, NULL));
  wait_for (has_no_load_error, window);
  wait_for (label_is_gone, &error);
  wait_for_only_toast (window, "live.csv reloaded: Serbs 123,000 → 130,000");
  g_assert_cmpstr (hc_window_get_last_message (window), ==, "live.csv reloaded: Serbs 123,000 → 130,000");

  /* Closing it leaves nothing queued behind it. */
  gtk_widget_activate (find_widget (find_widget (GTK_WIDGET (window), is_type, "AdwToastWidget"),
                                    is_close_button, NULL));
  wait_for_only_toast (window, NULL);
  spin (700);
  wait_for_only_toast (window, NULL);

  remove_temp_file (path);
  window_test_destroy (window);
}

/* ---- the table ------------------------------------------------------------ */

/* "Label, Value": the titles of the columns on show. */
static char *
visible_columns (HcTableView *table)
{
  GtkWidget *view = find_widget (GTK_WIDGET (table), is_type, "GtkColumnView");
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (!gtk_column_view_column_get_visible (column))
        continue;
      if (titles->len > 0)
        g_string_append (titles, ", ");
      g_string_append (titles, gtk_column_view_column_get_title (column));
    }

  return g_string_free (titles, FALSE);
}

/* The views' crossfade is over. */
static gboolean
stack_settled (gpointer window)
{
  GtkWidget *stack = gtk_widget_get_parent (GTK_WIDGET (hc_window_get_chart_view (window)));

  return !gtk_stack_get_transition_running (GTK_STACK (stack));
}

static void
test_table_columns_and_comparisons (WindowTest *test)
{
  g_autoptr(GString) csv = g_string_new ("country,population\n");
  g_autofree char *path = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *kosovo_columns = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(GStrv) lines = NULL;
  HcTableView *table;
  HcWindow *window;

  for (guint i = 1; i <= 17000; i++)
    g_string_append_printf (csv, "Place %u,%u\n", i, i * 10);
  path = write_temp_file ("places.csv", csv->str);
  file = g_file_new_for_path (path);

  reset_settings ();
  window = new_window (1000, 700);
  table = hc_window_get_table_view (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table");
  kosovo_columns = visible_columns (table);
  g_assert_cmpstr (kosovo_columns, ==, "Label, Value, Category, Share of Category, Approx., Quote");

  hc_window_open_file (window, file);
  wait_until_idle (window);
  wait_for (stack_settled, window);
  shot (GTK_WIDGET (window), "table-plain-csv");

  /* A plain file has labels and values, and nothing else to show. */
  columns = visible_columns (table);
  g_assert_cmpstr (columns, ==, "Label, Value");

  /* The largest starts selected: compared with a few, not with 16,999. */
  lines = g_strsplit (hc_table_view_get_comparison (table), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "Place 17000: number 1 of 17,000, largest first");
  g_assert_cmpstr (lines[2], ==, "170,000 is 17,000× 10 Place 1 (the smallest)");
  g_assert_true (g_str_has_suffix (lines[3], "of the total, 1,445,085,000"));

  remove_temp_file (path);
  window_test_destroy (window);
}

/* ---- the keyboard alone --------------------------------------------------- */

/* Renders the widget as the compositor would and reads one pixel back;
 * G_MAXUINT32 while it has nothing drawn. */
static guint32
widget_pixel (GtkWidget *widget,
              int        x,
              int        y)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree guint8 *pixels = g_malloc (width * height * 4);

  g_assert_true (gsk_renderer_realize (renderer, NULL, NULL));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      gsk_renderer_unrealize (renderer);
      return G_MAXUINT32;
    }
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);
  gdk_texture_download (texture, pixels, width * 4);

  return *(guint32 *) (pixels + (y * width + x) * 4) & 0xffffff;
}

static guint32
color_rgb (const HcColor *c)
{
  return ((guint32) lround (c->red * 255) << 16) | ((guint32) lround (c->green * 255) << 8) |
         (guint32) lround (c->blue * 255);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  g_assert_not_reached ();
}

static GtkEventController *
key_controller (GtkWidget *widget)
{
  return find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY);
}

/* The pointer over the chart, as the chart's motion handler gets it. */
static void
move_pointer (HcChartView *view,
              double       x,
              double       y)
{
  g_signal_emit_by_name (find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_MOTION),
                         "motion", x, y);
}

/* The key as the chart's key handler gets it from a keyboard. */
static gboolean
press (HcChartView *view,
       guint        keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (key_controller (GTK_WIDGET (view)), "key-pressed", keyval, 0,
                         (GdkModifierType) 0, &handled);
  return handled;
}

static gboolean
chart_has_focus (gpointer window)
{
  return gtk_widget_has_focus (GTK_WIDGET (hc_window_get_chart_view (window)));
}

/* Tab, as often as it takes, from wherever the focus starts. */
static void
tab_to_chart (HcWindow *window)
{
  for (guint i = 0; i < 40 && !chart_has_focus (window); i++)
    gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_true (chart_has_focus (window));
}

typedef struct
{
  HcChartView *view;
  gboolean     visible;
} DetailsWanted;

static gboolean
details_are (gpointer data)
{
  DetailsWanted *wanted = data;

  return hc_chart_view_get_details_visible (wanted->view) == wanted->visible;
}

static void
wait_for_details (HcChartView *view,
                  gboolean     visible)
{
  DetailsWanted wanted = { view, visible };

  wait_for (details_are, &wanted);
}

static gboolean
focus_drawn (gpointer data)
{
  HcChartView *view = data;
  const HcChartLayout *layout = hc_chart_view_get_layout (view);
  const HcMark *mark = layout != NULL ? hc_chart_layout_find_mark (layout, hc_chart_view_get_focused (view)) : NULL;
  const HcChartStyle *style = hc_chart_style_get (hc_chart_view_get_dark (view) ? HC_THEME_DARK
                                                                                : HC_THEME_LIGHT);

  if (mark == NULL)
    return FALSE;
  /* The outline runs a few pixels outside the mark's left edge. */
  for (int x = (int) mark->x - 1; x >= (int) mark->x - 8 && x >= 0; x--)
    if (widget_pixel (GTK_WIDGET (view), x, (int) mark->cy) == color_rgb (&style->focus))
      return TRUE;
  return FALSE;
}

/* Tab onto the chart: the first figure is outlined and its value and quote
 * show at once, as they would under the pointer; the arrows move both. */
static void
test_keyboard_focus_shows_figure (WindowTest *test)
{
  HcWindow *window;
  HcChartView *view;
  const char *details;

  reset_settings ();
  window = new_window (1000, 700);
  view = hc_window_get_chart_view (window);

  tab_to_chart (window);
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, 0);
  wait_for (focus_drawn, view);
  wait_for_details (view, TRUE);
  details = hc_chart_view_get_details_text (view);
  g_assert_true (g_str_has_prefix (details, "Ethnic Albanians\n≈"));
  g_assert_nonnull (strstr (details, "2,000,000 people\n"));
  g_assert_nonnull (strstr (details, "Population"));
  g_assert_nonnull (strstr (details, "“Leaders of Kosovo's 2 million ethnic Albanians"));
  /* It takes no focus: the arrow keys still walk the chart. */
  g_assert_true (chart_has_focus (window));
  shot (GTK_WIDGET (window), "keyboard-first-figure");
  shot (find_widget (GTK_WIDGET (view), is_type, "GtkPopover"), "keyboard-first-figure-details");

  g_assert_true (press (view, GDK_KEY_Down));
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, 1);
  g_assert_true (g_str_has_prefix (hc_chart_view_get_details_text (view), "Serbs\n≈"));
  g_assert_nonnull (strstr (hc_chart_view_get_details_text (view), "120,000"));
  wait_for (focus_drawn, view);
  g_assert_true (press (view, GDK_KEY_Up));
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, 0);
  g_assert_true (press (view, GDK_KEY_End));
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, 3);   /* EU police officers, the smallest */

  /* Escape puts the details away; the next arrow brings them back. */
  g_assert_true (press (view, GDK_KEY_Escape));
  wait_for_details (view, FALSE);
  g_assert_false (press (view, GDK_KEY_Escape));
  g_assert_true (press (view, GDK_KEY_Home));
  wait_for_details (view, TRUE);

  /* A pointer that only seems to move (GTK says so when a popover opens
   * over it) leaves them; one that moves hands over to the tooltips. */
  move_pointer (view, 300, 300);
  move_pointer (view, 300, 300);
  g_assert_true (hc_chart_view_get_details_visible (view));
  move_pointer (view, 340, 320);
  wait_for_details (view, FALSE);
  g_assert_true (press (view, GDK_KEY_Down));
  wait_for_details (view, TRUE);

  /* Leaving the chart takes them along. */
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_false (chart_has_focus (window));
  wait_for_details (view, FALSE);

  window_test_destroy (window);
}

static gboolean
map_drawn (gpointer data)
{
  const HcChartLayout *layout = hc_chart_view_get_layout (data);

  return layout != NULL && layout->kind == HC_CHART_MAP && layout->map != NULL;
}

static int
figure_with_code (const HcDataset *dataset,
                  const char      *code)
{
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (g_strcmp0 (hc_dataset_get_figure (dataset, i)->code, code) == 0)
      return (int) i;

  g_error ("no figure %s", code);
}

/* A World Bank file on the map: hovering Kosovo says its value, year and
 * rank; the arrows walk the countries by rank (left, right) and by name
 * (up, down), the details following. */
static void
test_map_hover_and_keys (WindowTest *test)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real",
                                                 "wb-long-balkans.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *tip = NULL;
  HcDataset *dataset;
  HcWindow *window;
  HcChartView *view;
  int albania, kosovo, serbia;
  double x, y;

  reset_settings ();
  window = new_window (1000, 700);
  view = hc_window_get_chart_view (window);
  hc_window_open_file (window, file);
  wait_until_idle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "map"));
  wait_for (map_drawn, view);
  shot (GTK_WIDGET (window), "map-balkans");

  dataset = hc_window_get_dataset (window);
  albania = figure_with_code (dataset, "ALB");
  kosovo = figure_with_code (dataset, "XKX");
  serbia = figure_with_code (dataset, "SRB");

  /* Pristina is in Kosovo. */
  g_assert_true (hc_chart_layout_map_point (hc_chart_view_get_layout (view), 21.1655, 42.6629,
                                            &x, &y));
  tip = hc_chart_view_get_tooltip_at (view, x, y);
  g_assert_nonnull (tip);
  g_assert_true (g_str_has_prefix (tip, "Kosovo\n"));
  g_assert_nonnull (strstr (tip, "2008 · Rank 3 of 3"));

  /* The keyboard starts at the largest. */
  tab_to_chart (window);
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, serbia);
  wait_for_details (view, TRUE);
  g_assert_true (g_str_has_prefix (hc_chart_view_get_details_text (view), "Serbia\n"));
  g_assert_nonnull (strstr (hc_chart_view_get_details_text (view), "Rank 1 of 3"));

  g_assert_true (press (view, GDK_KEY_Up));
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, kosovo);
  g_assert_true (press (view, GDK_KEY_Up));
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, albania);
  g_assert_true (press (view, GDK_KEY_Up));
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, albania);
  g_assert_true (g_str_has_prefix (hc_chart_view_get_details_text (view), "Albania\n"));
  g_assert_true (press (view, GDK_KEY_Right));
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, kosovo);
  g_assert_true (press (view, GDK_KEY_Left));
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, albania);
  g_assert_true (press (view, GDK_KEY_Down));
  g_assert_cmpint (hc_chart_view_get_focused (view), ==, kosovo);
  g_assert_nonnull (strstr (hc_chart_view_get_details_text (view), "Rank 3 of 3"));
  shot (GTK_WIDGET (window), "map-balkans-keyboard");

  window_test_destroy (window);
}

static gboolean
line_drawn (gpointer data)
{
  const HcChartLayout *layout = hc_chart_view_get_layout (data);

  return layout != NULL && layout->kind == HC_CHART_LINE && layout->series != NULL &&
         layout->series->len > 0;
}

/* How many pixels of the plot's column at @x have the guide's colour. */
static guint
guide_pixels (HcChartView *view,
              int          x)
{
  const HcChartLayout *layout = hc_chart_view_get_layout (view);
  const HcChartStyle *style = hc_chart_style_get (hc_chart_view_get_dark (view) ? HC_THEME_DARK
                                                                                : HC_THEME_LIGHT);
  g_autoptr(GdkTexture) texture = window_test_render_chart (view);
  int width = gdk_texture_get_width (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * gdk_texture_get_height (texture));
  guint n = 0;

  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  for (int y = (int) layout->plot.y + 1; y < (int) (layout->plot.y + layout->plot.height) - 1; y++)
    if ((pixels[y * width + x] & 0xffffff) == color_rgb (&style->secondary))
      n++;
  return n;
}

static const HcFigure *
focused_figure (HcChartView *view)
{
  return hc_dataset_get_figure (hc_chart_view_get_dataset (view), hc_chart_view_get_focused (view));
}

/* Lines over time: the pointer brings a guide at the nearest year, drawn
 * over the chart; the arrows go along a line and between lines, the
 * guide following the focused year. */
static void
test_line_guide_and_keys (WindowTest *test)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real",
                                                 "wb-long-balkans-series.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const HcChartLayout *layout;
  const HcFigure *figure;
  const HcMark *mark;
  HcWindow *window;
  HcChartView *view;
  double x, time, last, y;
  guint before, after;
  char *label;

  reset_settings ();
  window = new_window (1000, 700);
  view = hc_window_get_chart_view (window);
  hc_window_open_file (window, file);
  wait_until_idle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "line"));
  wait_for (line_drawn, view);
  layout = hc_chart_view_get_layout (view);
  g_assert_false (hc_chart_view_get_guide (view, NULL));

  x = hc_scale_map (&layout->time_scale, 1990);
  before = guide_pixels (view, (int) round (x));
  move_pointer (view, x + 0.4, layout->plot.y + layout->plot.height / 2);
  g_assert_true (hc_chart_view_get_guide (view, &time));
  g_assert_cmpfloat (time, ==, 1990);
  layout = hc_chart_view_get_layout (view);
  after = guide_pixels (view, (int) round (x));
  shot (GTK_WIDGET (window), "line-guide");
  /* The guide runs the plot's height, less the labels it writes. */
  g_assert_cmpuint (after, >, before + (guint) (layout->plot.height / 2));

  g_signal_emit_by_name (find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_MOTION),
                         "leave");
  g_assert_false (hc_chart_view_get_guide (view, NULL));

  /* The keyboard: End goes to the last year of the focused line, Left to
   * the year before on the same line, Down to the line below. */
  tab_to_chart (window);
  g_assert_cmpint (hc_chart_view_get_focused (view), >=, 0);
  label = focused_figure (view)->label;
  g_assert_true (press (view, GDK_KEY_End));
  last = focused_figure (view)->time;
  g_assert_cmpstr (focused_figure (view)->label, ==, label);
  g_assert_true (hc_chart_view_get_guide (view, &time));
  g_assert_cmpfloat (time, ==, last);
  g_assert_true (press (view, GDK_KEY_Left));
  figure = focused_figure (view);
  g_assert_cmpstr (figure->label, ==, label);
  g_assert_cmpfloat (figure->time, <, last);
  g_assert_true (hc_chart_view_get_guide (view, &time));
  g_assert_cmpfloat (time, ==, figure->time);
  time = figure->time;
  mark = hc_chart_layout_find_mark (layout, hc_chart_view_get_focused (view));
  y = mark->cy;
  g_assert_true (press (view, GDK_KEY_Down));
  figure = focused_figure (view);
  g_assert_cmpstr (figure->label, !=, label);
  g_assert_cmpfloat (figure->time, ==, time);
  mark = hc_chart_layout_find_mark (layout, hc_chart_view_get_focused (view));
  g_assert_cmpfloat (mark->cy, >, y);
  wait_for_details (view, TRUE);
  g_assert_true (g_str_has_prefix (hc_chart_view_get_details_text (view), figure->label));
  /* A screen reader hears the line, the year and the value. */
  {
    g_autofree char *when = hc_chart_format_time (figure->time, HC_TIME_YEAR);
    g_autofree char *number = hc_number_format (figure->value, FALSE);
    g_autofree char *name = g_strdup_printf ("%s, %s, %s", figure->label, when, number);
    g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                 name);

    g_assert_null (wrong);
  }
  shot (GTK_WIDGET (window), "line-keyboard");

  window_test_destroy (window);
}

static gboolean
layout_is_relative (gpointer data)
{
  const HcChartLayout *layout = hc_chart_view_get_layout (data);

  return layout != NULL && layout->kind == HC_CHART_LINE && layout->relative;
}

static gboolean
map_shows_europe (gpointer data)
{
  const HcChartLayout *layout = hc_chart_view_get_layout (data);

  return layout != NULL && layout->kind == HC_CHART_MAP && layout->map != NULL &&
         layout->map->region == HC_MAP_REGION_EUROPE;
}

/* The view menu's options are the view's: relative figures for lines and
 * areas, the region for the map; each reaches the chart. */
static void
test_view_options (WindowTest *test)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real",
                                                 "wb-long-balkans-series.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcWindow *window;
  HcChartView *view;

  reset_settings ();
  window = new_window (1000, 700);
  view = hc_window_get_chart_view (window);
  hc_window_open_file (window, file);
  wait_until_idle (window);

  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "relative"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "map-region"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "line"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "relative"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "map-region"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "relative", NULL);
  wait_for (layout_is_relative, view);
  g_assert_true (hc_chart_view_get_relative (view));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "map"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "relative"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "map-region"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "map-region",
                                  g_variant_new_string ("europe"));
  wait_for (map_shows_europe, view);

  /* An export is of what the window shows. */
  {
    HcExportSettings settings;

    hc_export_settings_init (&settings);
    hc_window_complete_export_settings (window, &settings);
    g_assert_cmpint (settings.chart.map_region, ==, HC_MAP_REGION_EUROPE);
    g_assert_true (settings.chart.relative);
  }

  window_test_destroy (window);
  reset_settings ();
}

/* Every "<Control>o" and "Right" of the Shortcuts window, and the actions
 * it names. */
static void
read_help_overlay (GHashTable *keys,
                   GHashTable *actions)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/headcount/Headcount/help-overlay.ui");
  GSList *objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;
      g_auto(GStrv) accels = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, "action-name", &action, NULL);
      if (action != NULL)
        g_hash_table_add (actions, g_steal_pointer (&action));
      accels = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint i = 0; accels[i] != NULL; i++)
        {
          guint keyval;
          GdkModifierType mods;

          if (accels[i][0] == '\0')
            continue;
          g_assert_true (gtk_accelerator_parse (accels[i], &keyval, &mods));
          g_hash_table_add (keys, gtk_accelerator_name (gdk_keyval_to_lower (keyval), mods));
        }
    }
  g_slist_free (objects);
}

/* The keypad's arrows are the arrows, as the Shortcuts window draws them. */
static guint
main_keyval (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_KP_Left: return GDK_KEY_Left;
    case GDK_KEY_KP_Right: return GDK_KEY_Right;
    case GDK_KEY_KP_Up: return GDK_KEY_Up;
    case GDK_KEY_KP_Down: return GDK_KEY_Down;
    case GDK_KEY_KP_Home: return GDK_KEY_Home;
    case GDK_KEY_KP_End: return GDK_KEY_End;
    default: return keyval;
    }
}

static gboolean
has_accels (gpointer app)
{
  g_auto(GStrv) described = gtk_application_list_action_descriptions (app);

  return described[0] != NULL;
}

/* Every key that does something is in the Shortcuts window: the
 * application's accelerators and the chart's own keys, found by pressing
 * them. */
static void
test_shortcuts_window_lists_every_key (WindowTest *test)
{
  static const guint candidates[] = {
    GDK_KEY_Left, GDK_KEY_Right, GDK_KEY_Up, GDK_KEY_Down, GDK_KEY_KP_Left, GDK_KEY_KP_Right,
    GDK_KEY_KP_Up, GDK_KEY_KP_Down, GDK_KEY_Home, GDK_KEY_End, GDK_KEY_KP_Home, GDK_KEY_KP_End,
    GDK_KEY_Page_Up, GDK_KEY_Page_Down, GDK_KEY_Escape, GDK_KEY_Return, GDK_KEY_space,
    GDK_KEY_plus, GDK_KEY_minus, GDK_KEY_Delete, GDK_KEY_BackSpace,
  };
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(HcApplication) app = hc_application_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) described = NULL;
  HcWindow *window;
  HcChartView *view;
  guint n_checked = 0;

  read_help_overlay (keys, actions);

  /* The application's accelerators, as it sets them up once its first
   * window is on screen. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window_wait_until (has_accels, app, "the application's keyboard shortcuts");
  described = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  for (guint i = 0; described[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), described[i]);
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;

      g_assert_true (g_action_parse_detailed_name (described[i], &action, &target, NULL));
      if (g_hash_table_contains (actions, action))
        continue;
      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval;
          GdkModifierType mods;
          g_autofree char *name = NULL;

          gtk_accelerator_parse (accels[j], &keyval, &mods);
          name = gtk_accelerator_name (gdk_keyval_to_lower (keyval), mods);
          if (!g_hash_table_contains (keys, name))
            g_error ("%s (%s) is not in the Shortcuts window", accels[j], described[i]);
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >=, 10);
  window_test_destroy (gtk_application_get_active_window (GTK_APPLICATION (app)));

  /* The chart's keys, with a figure focused and its details shown. */
  reset_settings ();
  window = new_window (1000, 700);
  view = hc_window_get_chart_view (window);
  tab_to_chart (window);
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *name = gtk_accelerator_name (main_keyval (candidates[i]), 0);

      press (view, GDK_KEY_Home);
      if (press (view, candidates[i]) && !g_hash_table_contains (keys, name))
        g_error ("%s works on the chart but is not in the Shortcuts window", name);
    }

  window_test_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;
  GdkDisplay *display;

  window_test_init (&argc, &argv);

  /* What HcApplication sets up from its resource base path: the windows
   * here have no application, and should look as they do with one. */
  display = gdk_display_get_default ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    "/io/github/headcount/Headcount/icons");
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/headcount/Headcount/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  window_test_add ("/window-use/small-window/keeps-width", test_small_window_keeps_width);
  window_test_add ("/window-use/line/guide-and-keys", test_line_guide_and_keys);
  window_test_add ("/window-use/view-options", test_view_options);
  window_test_add ("/window-use/export/dialog-matches-cli", test_export_dialog_matches_cli);
  window_test_add ("/window-use/export/dialog-fits", test_export_dialog_fits);
  window_test_add ("/window-use/messages/failed-load-stays-said", test_failed_load_stays_said);
  window_test_add ("/window-use/messages/replace-stale-ones", test_messages_replace_stale_ones);
  window_test_add ("/window-use/table/columns-and-comparisons", test_table_columns_and_comparisons);
  window_test_add ("/window-use/keyboard/focus-shows-figure", test_keyboard_focus_shows_figure);
  window_test_add ("/window-use/map/hover-and-keys", test_map_hover_and_keys);
  window_test_add ("/window-use/keyboard/shortcuts-window", test_shortcuts_window_lists_every_key);

  return g_test_run ();
}
