/* test-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window under a display (Xvfb in CI).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "hc-chart-view.h"
#include "hc-export-dialog.h"
#include "hc-figure-item.h"
#include "hc-table-view.h"
#include "hc-window.h"
#include "window-wait.h"

static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, window_wait_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until the window has finished loading or exporting. */
static void
wait_until_idle (HcWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, window_wait_timeout_cb, &timed_out);

  while (hc_window_is_busy (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

/* Each test starts from the defaults; the memory backend lives as long as
 * the process. */
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

/* Renders the widget as the compositor would and reads one pixel back. */
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
  g_autoptr(GError) error = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree guint8 *pixels = g_malloc (width * height * 4);

  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);
  gdk_texture_download (texture, pixels, width * 4);

  return *(guint32 *) (pixels + (y * width + x) * 4) & 0xffffff;
}

static guint32
color_rgb (const HcColor *c)
{
  return ((guint32) lround (c->red * 255) << 16) |
         ((guint32) lround (c->green * 255) << 8) |
         (guint32) lround (c->blue * 255);
}

static HcWindow *
new_window (void)
{
  HcWindow *window = hc_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  window_wait_for_draw (hc_window_get_chart_view (window));
  return window;
}

static void
test_default_dataset_drawn (void)
{
  HcWindow *window;

  reset_settings ();
  window = new_window ();
  HcChartView *view = hc_window_get_chart_view (window);
  const HcChartLayout *layout = hc_chart_view_get_layout (view);
  const HcChartStyle *style = hc_chart_style_get (hc_chart_view_get_dark (view) ? HC_THEME_DARK
                                                                                : HC_THEME_LIGHT);
  const HcMark *albanians;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kosovo, December 2007");
  g_assert_cmpuint (layout->marks->len, ==, 5);
  g_assert_cmpint (layout->width, ==, gtk_widget_get_width (GTK_WIDGET (view)));

  /* The largest bar, in the Population colour, where the layout put it. */
  albanians = hc_chart_layout_find_mark (layout, 0);
  g_assert_nonnull (albanians);
  g_assert_cmphex (widget_pixel (GTK_WIDGET (view), (int) albanians->cx, (int) albanians->cy), ==,
                   color_rgb (&style->palette[0]));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_redraw_on_resize (void)
{
  HcWindow *window;
  HcChartView *view;
  gboolean timed_out = FALSE;
  int before;
  guint id;

  reset_settings ();
  window = new_window ();
  view = hc_window_get_chart_view (window);
  before = hc_chart_view_get_layout (view)->width;

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 520);
  id = g_timeout_add_seconds (10, window_wait_timeout_cb, &timed_out);
  while (hc_chart_view_get_layout (view)->width == before && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);

  g_assert_cmpint (hc_chart_view_get_layout (view)->width, ==, gtk_widget_get_width (GTK_WIDGET (view)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
write_temp_file (const char *name,
                 const char *contents)
{
  g_autofree char *dir = g_dir_make_tmp ("headcount-window-XXXXXX", NULL);
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

static void
test_open_bad_file_keeps_chart (void)
{
  HcWindow *window;
  HcDataset *before;
  g_autofree char *path = write_temp_file ("broken.json", "{\"figures\": [");
  const char *where = "broken.json:1:13: ";
  g_autoptr(GFile) file = g_file_new_for_path (path);

  reset_settings ();
  window = new_window ();
  before = hc_window_get_dataset (window);

  hc_window_open_file (window, file);
  wait_until_idle (window);

  g_assert_true (hc_window_get_dataset (window) == before);
  g_assert_null (hc_window_get_file (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kosovo, December 2007");
  /* The toast names the place: file, line and column; the header bar
   * already shows the directory. */
  g_assert_nonnull (hc_window_get_last_message (window));
  g_assert_true (g_str_has_prefix (hc_window_get_last_message (window), where));

  remove_temp_file (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_good_file (void)
{
  HcWindow *window;
  g_autofree char *path = write_temp_file ("mine.json", "{\"title\": \"Mine\", \"figures\": ["
                                                        "{\"label\": \"A\", \"value\": 3},"
                                                        "{\"label\": \"B\", \"value\": 4}]}");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  reset_settings ();
  window = new_window ();
  /* Nothing to reload: the figures are built in. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  g_assert_false (hc_window_is_busy (window));

  hc_window_open_file (window, file);
  wait_until_idle (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Mine");
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (hc_table_view_get_rows (hc_window_get_table_view (window))), ==, 2);

  /* Edited elsewhere, then F5. */
  g_assert_true (g_file_set_contents (path, "{\"title\": \"Mine, again\", \"figures\": ["
                                            "{\"label\": \"A\", \"value\": 5}]}", -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  wait_until_idle (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Mine, again");
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 1);

  remove_temp_file (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Runs the main loop until @condition holds for the window, or fails. */
static void
wait_for (HcWindow  *window,
          gboolean (*condition) (HcWindow *window))
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, window_wait_timeout_cb, &timed_out);

  while (!condition (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static double live_value_wanted;

static gboolean
first_value_is_wanted (HcWindow *window)
{
  return hc_dataset_get_figure (hc_window_get_dataset (window), 0)->value == live_value_wanted;
}

static gboolean
has_message (HcWindow *window)
{
  return hc_window_get_last_message (window) != NULL;
}

/* The open file changes on disk: the chart follows, and says what changed;
 * a broken save in between keeps the last good chart. */
static void
test_live_reload (void)
{
  HcWindow *window = new_window ();
  g_autofree char *path = write_temp_file ("live.csv", "label,value\nSerbs,120000\nNATO,16000\n");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcDataset *good;

  hc_window_open_file (window, file);
  wait_until_idle (window);
  g_assert_cmpfloat (hc_dataset_get_figure (hc_window_get_dataset (window), 0)->value, ==, 120000);
  g_assert_null (hc_window_get_last_message (window));

  g_assert_true (g_file_set_contents (path, "label,value\nSerbs,130000\nNATO,16000\nEU police,1600\n",
                                      -1, NULL));
  live_value_wanted = 130000;
  wait_for (window, first_value_is_wanted);
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 3);
  g_assert_cmpstr (hc_window_get_last_message (window), ==,
                   "live.csv reloaded: Serbs 120,000 → 130,000; 1 figure added");

  /* A half-written save: the error is shown, the chart stays. */
  good = hc_window_get_dataset (window);
  g_assert_true (g_file_set_contents (path, "label,value\nSerbs,\"13\n", -1, NULL));
  wait_for (window, has_message);
  while (!g_str_has_prefix (hc_window_get_last_message (window), "live.csv:2:"))
    {
      g_assert_true (g_str_has_prefix (hc_window_get_last_message (window), "live.csv reloaded"));
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (hc_window_get_dataset (window) == good);

  remove_temp_file (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
tick_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* A file big enough to take a while: the window keeps running its main
 * loop, shows the loading bar, and Cancel leaves the chart as it was. */
static void
test_big_file_load_and_cancel (void)
{
  HcWindow *window = new_window ();
  HcDataset *before = hc_window_get_dataset (window);
  g_autofree char *dir = g_dir_make_tmp ("headcount-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) csv = g_string_new ("Country Name,Country Code,Year,Value\n");
  guint ticks = 0;
  guint id;

  for (guint i = 0; i < 2000000; i++)
    g_string_append_printf (csv, "\"Country %u, Rep.\",C%u,%u,%u\n", i % 250, i % 250, 1960 + i % 60, i + 1);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  id = g_timeout_add (10, tick_cb, &ticks);
  hc_window_open_file (window, file);
  while (hc_window_is_busy (window) && !hc_window_is_loading_visible (window))
    g_main_context_iteration (NULL, TRUE);

  /* The main loop kept turning while the worker read the file. */
  g_assert_true (hc_window_is_loading_visible (window));
  g_assert_cmpuint (ticks, >=, 5);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL);
  g_assert_false (hc_window_is_loading_visible (window));
  wait_until_idle (window);
  g_source_remove (id);

  g_assert_true (hc_window_get_dataset (window) == before);
  g_assert_false (hc_window_is_loading_visible (window));
  g_assert_null (hc_window_get_file (window));

  g_remove (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropTarget *target = find_drop_target (child);

      if (target != NULL)
        return target;
    }

  return NULL;
}

static void
test_open_dropped_file (void)
{
  HcWindow *window;
  g_autofree char *path = write_temp_file ("dropped.json", "[{\"label\": \"One\", \"value\": 1},"
                                                           "{\"label\": \"Two\", \"value\": 2},"
                                                           "{\"label\": \"Three\", \"value\": 3}]");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSList) list = g_slist_prepend (NULL, file);
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target;
  gboolean accepted = FALSE;

  reset_settings ();
  window = new_window ();
  target = find_drop_target (GTK_WIDGET (window));
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  wait_until_idle (window);

  g_assert_true (g_file_equal (hc_window_get_file (window), file));
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 3);

  remove_temp_file (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_description (void)
{
  HcWindow *window;
  HcChartView *view;
  g_autofree char *description = NULL;

  reset_settings ();
  window = new_window ();
  view = hc_window_get_chart_view (window);
  description = hc_chart_view_get_description (view);

  g_assert_true (g_str_has_prefix (description, "Bar chart, log scale, 5 figures."));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The scale toggle is found by what it does, not by a test-only getter. */
static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action_name)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_switch_views (void)
{
  static const char *views[] = { "bars", "columns", "circles", "treemap", "shares", "units", "map", "table" };
  HcWindow *window;
  HcChartView *chart;
  GtkWidget *scale_toggle;
  GtkStack *stack;

  reset_settings ();
  window = new_window ();
  chart = hc_window_get_chart_view (window);
  stack = GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (chart)));
  scale_toggle = find_actionable (GTK_WIDGET (window), "win.scale");
  g_assert_nonnull (scale_toggle);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", views[i]));
      spin (10);

      g_assert_cmpstr (hc_window_get_view (window), ==, views[i]);
      if (i < HC_N_CHART_KINDS)
        {
          g_assert_cmpint (hc_chart_view_get_kind (chart), ==, i);
          g_assert_true (gtk_stack_get_visible_child (stack) == GTK_WIDGET (chart));
          g_assert_cmpint (gtk_widget_is_visible (scale_toggle), ==, hc_chart_kind_has_scale (i));
        }
      else
        {
          g_assert_true (gtk_stack_get_visible_child (stack) ==
                         GTK_WIDGET (hc_window_get_table_view (window)));
          g_assert_false (gtk_widget_is_visible (scale_toggle));
        }
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.scale", "s", "linear"));
  g_assert_cmpint (hc_chart_view_get_scale_mode (chart), ==, HC_SCALE_MODE_LINEAR);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.scale", "s", "log"));
  g_assert_cmpint (hc_chart_view_get_scale_mode (chart), ==, HC_SCALE_MODE_LOG);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_settings_restored (void)
{
  HcWindow *window;
  int width, height;

  reset_settings ();
  window = new_window ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "treemap");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.scale", "s", "linear");
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  spin (50);
  gtk_window_close (GTK_WINDOW (window));
  spin (10);

  window = HC_WINDOW (hc_window_new (NULL));
  g_assert_cmpstr (hc_window_get_view (window), ==, "treemap");
  g_assert_cmpint (hc_chart_view_get_kind (hc_window_get_chart_view (window)), ==, HC_CHART_TREEMAP);
  g_assert_cmpint (hc_chart_view_get_scale_mode (hc_window_get_chart_view (window)), ==,
                   HC_SCALE_MODE_LINEAR);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
  gtk_window_destroy (GTK_WINDOW (window));

  /* The table is a view like the others. */
  reset_settings ();
  window = new_window ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table");
  gtk_window_close (GTK_WINDOW (window));
  window = HC_WINDOW (hc_window_new (NULL));
  g_assert_cmpstr (hc_window_get_view (window), ==, "table");
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
test_export_png_size (void)
{
  HcWindow *window;
  g_autofree char *dir = g_dir_make_tmp ("headcount-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *name = NULL;
  g_autofree guint8 *data = NULL;
  g_autofree char *svg = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) log_scale = NULL;
  HcExportSettings settings;
  HcExportSettings expected_settings;
  g_autoptr(GFile) file = NULL;
  gsize length;

  reset_settings ();
  window = new_window ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "columns");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.scale", "s", "linear");

  hc_export_settings_init (&settings);
  settings.width = 300;
  settings.height = 200;
  settings.scale = 2;
  g_assert_true (hc_window_export_to_path (window, path, &settings, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, (char **) &data, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (read_be32 (data + 16), ==, 600);
  g_assert_cmpuint (read_be32 (data + 20), ==, 400);

  /* The same renderer as the screen, in the window's view and scale: the
   * file is what hc_export_to_bytes() makes of those, and the scale shows. */
  expected_settings = settings;
  expected_settings.chart.kind = HC_CHART_COLUMNS;
  expected_settings.chart.scale_mode = HC_SCALE_MODE_LINEAR;
  expected = hc_export_to_bytes (hc_window_get_dataset (window), &expected_settings, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (data, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  expected_settings.chart.scale_mode = HC_SCALE_MODE_LOG;
  log_scale = hc_export_to_bytes (hc_window_get_dataset (window), &expected_settings, &error);
  g_assert_false (g_bytes_equal (expected, log_scale));

  settings.format = HC_EXPORT_SVG;
  g_assert_true (hc_window_export_to_path (window, svg_path, &settings, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "width=\"300"));

  /* The dialog's way: in the background, then a toast. */
  g_remove (path);
  settings.format = HC_EXPORT_PNG;
  file = g_file_new_for_path (path);
  hc_window_export_file (window, file, &settings);
  g_assert_true (hc_window_is_busy (window));
  wait_until_idle (window);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (hc_window_get_last_message (window), ==, "Exported to chart.png");

  /* The suggested name follows the data and the view. */
  name = hc_window_get_export_name (window, HC_EXPORT_PNG);
  g_assert_cmpstr (name, ==, "kosovo-2007-columns.png");

  g_remove (path);
  g_remove (svg_path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_dialog_settings (void)
{
  g_autoptr(GSettings) gsettings = g_settings_new (APP_ID);
  HcExportSettings settings;
  HcExportDialog *dialog;
  HcWindow *window;

  reset_settings ();
  window = new_window ();
  g_settings_set_string (gsettings, "export-format", "svg");
  g_settings_set_string (gsettings, "export-theme", "transparent");
  g_settings_set_int (gsettings, "export-scale", 3);
  g_settings_set_int (gsettings, "export-width", 1920);
  g_settings_set_int (gsettings, "export-height", 1080);
  g_settings_set_boolean (gsettings, "export-show-source", FALSE);

  dialog = hc_export_dialog_new (window);
  hc_export_dialog_get_settings (dialog, &settings);
  g_assert_cmpint (settings.format, ==, HC_EXPORT_SVG);
  g_assert_true (settings.chart.transparent);
  g_assert_cmpint (settings.scale, ==, 3);
  g_assert_cmpint (settings.width, ==, 1920);
  g_assert_cmpint (settings.height, ==, 1080);
  g_assert_true (settings.chart.show_title);
  g_assert_false (settings.chart.show_source);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static double
row_value (GListModel *rows,
           guint       position)
{
  g_autoptr(HcFigureItem) item = g_list_model_get_item (rows, position);

  return hc_figure_item_get_figure (item)->value;
}

static void
test_table (void)
{
  HcWindow *window;
  HcTableView *table;
  GListModel *rows;
  g_autoptr(HcFigureItem) first = NULL;
  g_auto(GStrv) lines = NULL;

  reset_settings ();
  window = new_window ();
  table = hc_window_get_table_view (window);
  rows = hc_table_view_get_rows (table);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table");

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);

  /* Opens largest first, like the charts (the file has another order). */
  g_assert_cmpfloat (row_value (rows, 0), ==, 2000000);
  g_assert_cmpfloat (row_value (rows, 3), ==, 10000);
  g_assert_cmpfloat (row_value (rows, 4), ==, 1600);
  g_assert_true (hc_table_view_sort_by (table, HC_TABLE_COLUMN_VALUE, GTK_SORT_ASCENDING));
  g_assert_cmpfloat (row_value (rows, 0), ==, 1600);
  g_assert_cmpfloat (row_value (rows, 4), ==, 2000000);
  g_assert_true (hc_table_view_sort_by (table, HC_TABLE_COLUMN_VALUE, GTK_SORT_DESCENDING));
  g_assert_cmpfloat (row_value (rows, 0), ==, 2000000);
  g_assert_cmpfloat (row_value (rows, 1), ==, 120000);

  g_assert_true (hc_table_view_sort_by (table, HC_TABLE_COLUMN_LABEL, GTK_SORT_ASCENDING));
  first = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (hc_figure_item_get_figure (first)->label, ==, "Dead, 1998–99 war");

  /* Selecting a row compares it with the four others. */
  hc_table_view_sort_by (table, HC_TABLE_COLUMN_VALUE, GTK_SORT_DESCENDING);
  hc_table_view_select_row (table, 0);
  g_assert_nonnull (strstr (hc_table_view_get_comparison (table),
                            "2,000,000 is about 1,250× 1,600 EU police officers"));
  lines = g_strsplit (hc_table_view_get_comparison (table), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_copy_chart (void)
{
  HcWindow *window;
  GdkContentFormats *formats;

  reset_settings ();
  window = new_window ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-chart", NULL));

  formats = gdk_clipboard_get_formats (gtk_widget_get_clipboard (GTK_WIDGET (window)));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "image/png"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "image/svg+xml"));
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));
  g_assert_cmpstr (hc_window_get_last_message (window), ==, "Chart copied");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/default-dataset-drawn", test_default_dataset_drawn);
  g_test_add_func ("/window/redraw-on-resize", test_redraw_on_resize);
  g_test_add_func ("/window/open/bad-file-keeps-chart", test_open_bad_file_keeps_chart);
  g_test_add_func ("/window/open/good-file", test_open_good_file);
  g_test_add_func ("/window/open/dropped-file", test_open_dropped_file);
  g_test_add_func ("/window/description", test_description);
  g_test_add_func ("/window/open/live-reload", test_live_reload);
  g_test_add_func ("/window/open/big-file-cancel", test_big_file_load_and_cancel);
  g_test_add_func ("/window/views/switch", test_switch_views);
  g_test_add_func ("/window/settings/restored", test_settings_restored);
  g_test_add_func ("/window/export/png-size", test_export_png_size);
  g_test_add_func ("/window/export/dialog-settings", test_export_dialog_settings);
  g_test_add_func ("/window/table", test_table);
  g_test_add_func ("/window/copy-chart", test_copy_chart);

  return g_test_run ();
}
