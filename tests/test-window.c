/* test-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window under a display (Xvfb in CI). Each test runs in a
 * process of its own (window-wait.c): it starts from the default settings,
 * waits for events with a time limit, and its files go whatever happens.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "hc-application.h"
#include "hc-chart-view.h"
#include "hc-export-dialog.h"
#include "hc-figure-item.h"
#include "hc-loader.h"
#include "hc-table-view.h"
#include "hc-window.h"
#include "window-wait.h"

/* ---- helpers -------------------------------------------------------------- */

/* The pixels of @texture as 0xAARRGGBB words, row after row. */
static guint32 *
texture_pixels (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  guint32 *pixels = g_new (guint32, (gsize) width * gdk_texture_get_height (texture));

  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  return pixels;
}

static guint32
color_rgb (const HcColor *c)
{
  return ((guint32) lround (c->red * 255) << 16) |
         ((guint32) lround (c->green * 255) << 8) |
         (guint32) lround (c->blue * 255);
}

static const HcChartStyle *
view_style (HcChartView *view)
{
  return hc_chart_style_get (hc_chart_view_get_dark (view) ? HC_THEME_DARK : HC_THEME_LIGHT);
}

typedef struct
{
  HcWindow   *window;
  const char *wanted;
} MessageWait;

static gboolean
message_is (gpointer data)
{
  MessageWait *wait = data;

  return g_strcmp0 (hc_window_get_last_message (wait->window), wait->wanted) == 0;
}

/* Runs the main loop until the window's last message is @wanted. */
static void
wait_for_message (HcWindow   *window,
                  const char *wanted)
{
  MessageWait wait = { window, wanted };

  window_wait_until (message_is, &wait, wanted);
}

typedef struct
{
  HcChartView *view;
  guint        n_marks;
} DrawWait;

static gboolean
drawn_with (gpointer data)
{
  DrawWait *wait = data;
  const HcChartLayout *layout = hc_chart_view_get_layout (wait->view);

  return layout != NULL && layout->marks->len == wait->n_marks;
}

/* Runs the main loop until the chart shows @n_marks marks. */
static void
wait_for_marks (HcChartView *view,
                guint        n_marks)
{
  DrawWait wait = { view, n_marks };

  window_wait_until (drawn_with, &wait, "the chart to show the new figures");
}

/* The message the window must show for a file that fails to load: the
 * loader's own, with the path cut to the file's name (the header bar
 * shows the folder). */
static char *
expected_load_error (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_path (path, HC_LOADER_DEFAULT_MAX_SIZE, &error);
  g_autofree char *name = g_path_get_basename (path);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, path));
  return g_strconcat (name, error->message + strlen (path), NULL);
}

static GtkWidget *
find_widget (GtkWidget  *widget,
             gboolean  (*match) (GtkWidget *widget, gconstpointer data),
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

/* The scale toggle and the menus are found by what they do, not by
 * test-only getters. */
static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action_name)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

static gboolean
is_menu_button_with_icon (GtkWidget     *widget,
                          gconstpointer  icon_name)
{
  return GTK_IS_MENU_BUTTON (widget) &&
         g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), icon_name) == 0;
}

static gboolean
is_menu_button_with_child (GtkWidget     *widget,
                           gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) &&
         gtk_menu_button_get_child (GTK_MENU_BUTTON (widget)) != NULL;
}

/* ---- the chart ------------------------------------------------------------ */

static void
test_default_dataset_drawn (WindowTest *test)
{
  HcWindow *window = window_test_new ();
  HcChartView *view = hc_window_get_chart_view (window);
  const HcChartLayout *layout = hc_chart_view_get_layout (view);
  const HcChartStyle *style = view_style (view);
  g_autoptr(GdkTexture) screen = window_test_render (GTK_WIDGET (view));

  g_assert_nonnull (screen);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kosovo, December 2007");
  g_assert_cmpuint (layout->marks->len, ==, 5);
  g_assert_cmpint (layout->width, ==, gtk_widget_get_width (GTK_WIDGET (view)));

  /* Every bar in its category's colour where the layout put it: the two
   * populations, the two security forces and the dead. */
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, i);
      const HcFigure *figure = hc_dataset_get_figure (hc_window_get_dataset (window), mark->figure);
      guint category = g_str_equal (figure->category, "Population") ? 0 :
                       g_str_equal (figure->category, "Security forces") ? 1 : 2;

      g_assert_cmphex (window_test_pixel (screen, (int) mark->cx, (int) mark->cy), ==,
                       color_rgb (&style->palette[category]));
    }

  window_test_destroy (window);
}

typedef struct
{
  HcChartView *view;
  int          before;
} ResizeWait;

static gboolean
drawn_at_new_width (gpointer data)
{
  ResizeWait *wait = data;
  const HcChartLayout *layout = hc_chart_view_get_layout (wait->view);

  return layout->width != wait->before &&
         layout->width == gtk_widget_get_width (GTK_WIDGET (wait->view));
}

static void
test_redraw_on_resize (WindowTest *test)
{
  HcWindow *window = window_test_new ();
  HcChartView *view = hc_window_get_chart_view (window);
  ResizeWait wait = { view, hc_chart_view_get_layout (view)->width };

  g_assert_cmpint (wait.before, ==, gtk_widget_get_width (GTK_WIDGET (view)));

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 520);
  window_wait_until (drawn_at_new_width, &wait, "the chart to be drawn at the new width");
  g_assert_cmpint (hc_chart_view_get_layout (view)->width, <, wait.before);
  g_assert_cmpint (hc_chart_view_get_layout (view)->height, ==,
                   gtk_widget_get_height (GTK_WIDGET (view)));
  g_assert_cmpuint (hc_chart_view_get_layout (view)->marks->len, ==, 5);

  window_test_destroy (window);
}

static void
test_description (WindowTest *test)
{
  static const char log_description[] =
    "Bar chart, log scale, 5 figures. Largest: Ethnic Albanians, about 2,000,000. "
    "Smallest: EU police officers, 1,600.";
  static const char linear_description[] =
    "Bar chart, linear scale, 5 figures. Largest: Ethnic Albanians, about 2,000,000. "
    "Smallest: EU police officers, 1,600.";
  HcWindow *window = window_test_new ();
  HcChartView *view = hc_window_get_chart_view (window);
  g_autofree char *description = hc_chart_view_get_description (view);
  g_autofree char *linear = NULL;

  /* What a screen reader reads for the chart: its title and the whole
   * description, kept up to date when the scale changes. */
  g_assert_cmpstr (description, ==, log_description);
  gtk_test_accessible_assert_role (view, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Kosovo, December 2007");
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, log_description);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.scale", "s", "linear"));
  linear = hc_chart_view_get_description (view);
  g_assert_cmpstr (linear, ==, linear_description);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       linear_description);

  window_test_destroy (window);
}

/* ---- opening files -------------------------------------------------------- */

static void
test_open_bad_file_keeps_chart (WindowTest *test)
{
  g_autofree char *path = window_test_write_file (test, "broken.json", "{\"figures\": [", -1);
  g_autofree char *expected = expected_load_error (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcWindow *window = window_test_new ();
  HcDataset *before = hc_window_get_dataset (window);

  hc_window_open_file (window, file);
  window_wait_idle (window);

  g_assert_true (hc_window_get_dataset (window) == before);
  g_assert_null (hc_window_get_file (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kosovo, December 2007");
  /* The toast names the place, file, line and column, and says what is
   * wrong there; the header bar already shows the folder. */
  g_assert_true (g_str_has_prefix (expected, "broken.json:1:13: "));
  g_assert_cmpuint (strlen (expected), >, strlen ("broken.json:1:13: "));
  g_assert_cmpstr (hc_window_get_last_message (window), ==, expected);

  window_test_destroy (window);
}

static void
test_open_good_file (WindowTest *test)
{
  g_autofree char *path = window_test_write_file (test, "mine.json",
                                                  "{\"title\": \"Mine\", \"figures\": ["
                                                  "{\"label\": \"A\", \"value\": 3},"
                                                  "{\"label\": \"B\", \"value\": 4}]}", -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcWindow *window = window_test_new ();
  HcChartView *view = hc_window_get_chart_view (window);
  GListModel *rows;

  /* Nothing to reload: the figures are built in. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  g_assert_false (hc_window_is_busy (window));

  hc_window_open_file (window, file);
  window_wait_idle (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Mine");
  g_assert_true (g_file_equal (hc_window_get_file (window), file));
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 2);
  rows = hc_table_view_get_rows (hc_window_get_table_view (window));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  wait_for_marks (view, 2);

  /* Edited elsewhere, then F5. */
  g_assert_true (g_file_set_contents (path, "{\"title\": \"Mine, again\", \"figures\": ["
                                            "{\"label\": \"A\", \"value\": 5}]}", -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  window_wait_idle (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Mine, again");
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 1);
  g_assert_cmpfloat (hc_dataset_get_figure (hc_window_get_dataset (window), 0)->value, ==, 5);
  wait_for_marks (view, 1);

  window_test_destroy (window);
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
test_open_dropped_file (WindowTest *test)
{
  g_autofree char *path = window_test_write_file (test, "dropped.json",
                                                  "[{\"label\": \"One\", \"value\": 1},"
                                                  "{\"label\": \"Two\", \"value\": 2},"
                                                  "{\"label\": \"Three\", \"value\": 3}]", -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSList) list = g_slist_prepend (NULL, file);
  g_auto(GValue) value = G_VALUE_INIT;
  HcWindow *window = window_test_new ();
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  window_wait_idle (window);

  g_assert_true (g_file_equal (hc_window_get_file (window), file));
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 3);
  wait_for_marks (hc_window_get_chart_view (window), 3);

  window_test_destroy (window);
}

static double live_value_wanted;

static gboolean
first_value_is_wanted (gpointer window)
{
  return hc_dataset_get_figure (hc_window_get_dataset (window), 0)->value == live_value_wanted;
}

/* The open file changes on disk: the chart follows, and says what changed;
 * a broken save in between keeps the last good chart. */
static void
test_live_reload (WindowTest *test)
{
  g_autofree char *path = window_test_write_file (test, "live.csv",
                                                  "label,value\nSerbs,120000\nNATO,16000\n", -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *broken = NULL;
  HcWindow *window = window_test_new ();
  HcDataset *good;

  hc_window_open_file (window, file);
  window_wait_idle (window);
  g_assert_cmpfloat (hc_dataset_get_figure (hc_window_get_dataset (window), 0)->value, ==, 120000);
  g_assert_null (hc_window_get_last_message (window));

  g_assert_true (g_file_set_contents (path, "label,value\nSerbs,130000\nNATO,16000\n"
                                            "EU police,1600\n", -1, NULL));
  live_value_wanted = 130000;
  window_wait_until (first_value_is_wanted, window, "the edited file to be reloaded");
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 3);
  g_assert_cmpstr (hc_window_get_last_message (window), ==,
                   "live.csv reloaded: Serbs 120,000 → 130,000; 1 figure added");

  /* A half-written save: the error is shown, the chart stays. Editors may
   * save in several steps; only the last one counts. */
  good = hc_window_get_dataset (window);
  g_assert_true (g_file_set_contents (path, "label,value\nSerbs,\"13\n", -1, NULL));
  broken = expected_load_error (path);
  g_assert_true (g_str_has_prefix (broken, "live.csv:2:7: "));
  wait_for_message (window, broken);
  g_assert_true (hc_window_get_dataset (window) == good);
  g_assert_cmpfloat (hc_dataset_get_figure (good, 0)->value, ==, 130000);

  window_test_destroy (window);
}

static gboolean
is_loading_visible (gpointer window)
{
  return hc_window_is_loading_visible (window);
}

static gboolean
context_is_idle (gpointer data)
{
  HcWindow **window = data;

  return !hc_window_is_busy (*window);
}

/* A load that is still running: the window keeps its main loop turning,
 * shows the loading bar once the load has taken a while, and Cancel
 * leaves the chart as it was. How long the load takes does not matter:
 * the load's result is delivered to the main context that was the thread's
 * default when it started, so holding that context back keeps the load
 * "running" for as long as the test needs, on any machine. */
static void
test_big_file_load_and_cancel (WindowTest *test)
{
  g_autoptr(GString) csv = g_string_new ("Country Name,Country Code,Year,Value\n");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GMainContext) held = g_main_context_new ();
  HcWindow *window = window_test_new ();
  HcDataset *before = hc_window_get_dataset (window);

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "\"Country %u, Rep.\",C%u,%u,%u\n",
                            i % 250, i % 250, 1960 + i % 60, i + 1);
  path = window_test_write_file (test, "big.csv", csv->str, csv->len);
  file = g_file_new_for_path (path);

  g_main_context_push_thread_default (held);
  hc_window_open_file (window, file);
  g_main_context_pop_thread_default (held);
  g_assert_true (hc_window_is_busy (window));
  g_assert_false (hc_window_is_loading_visible (window));

  /* The bar's delay runs on the window's main loop, which keeps turning. */
  window_wait_until (is_loading_visible, window, "the loading bar");
  g_assert_true (hc_window_is_busy (window));
  g_assert_true (hc_window_get_dataset (window) == before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL));
  g_assert_false (hc_window_is_loading_visible (window));

  /* Now let the result in: it is dropped. */
  {
    gboolean timed_out = FALSE;
    guint id = g_timeout_add_seconds (WINDOW_WAIT_SECONDS, window_wait_timeout_cb, &timed_out);

    while (!context_is_idle (&window) && !timed_out)
      {
        g_main_context_iteration (held, FALSE);
        g_main_context_iteration (NULL, FALSE);
      }
    g_assert_false (timed_out);
    g_source_remove (id);
  }

  g_assert_true (hc_window_get_dataset (window) == before);
  g_assert_false (hc_window_is_loading_visible (window));
  g_assert_null (hc_window_get_file (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kosovo, December 2007");

  window_test_destroy (window);
}

/* ---- views and settings --------------------------------------------------- */

static void
test_switch_views (WindowTest *test)
{
  static const char *views[] = {
    "bars", "columns", "circles", "treemap", "shares", "units", "table"
  };
  HcWindow *window = window_test_new ();
  HcChartView *chart = hc_window_get_chart_view (window);
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (chart)));
  GtkWidget *scale_toggle = find_widget (GTK_WIDGET (window), has_action, "win.scale");

  g_assert_nonnull (scale_toggle);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", views[i]));
      g_assert_cmpstr (hc_window_get_view (window), ==, views[i]);

      if (!g_str_equal (views[i], "table"))
        {
          g_assert_cmpint (hc_chart_view_get_kind (chart), ==, i);
          g_assert_true (gtk_stack_get_visible_child (stack) == GTK_WIDGET (chart));
          g_assert_cmpint (gtk_widget_is_visible (scale_toggle), ==, hc_chart_kind_has_scale (i));
          /* Drawn as that view, every figure in it. */
          window_wait_for_kind (chart, i);
          g_assert_cmpuint (hc_chart_view_get_layout (chart)->marks->len, ==, 5);
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

  window_test_destroy (window);
}

/* Closes the window as the user would and checks that it went. */
static void
close_window (HcWindow *window)
{
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  window_test_finalize (window);
}

static void
test_settings_restored (WindowTest *test)
{
  HcWindow *window = window_test_new ();
  ResizeWait wait = { hc_window_get_chart_view (window), 0 };
  int width, height;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "treemap");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.scale", "s", "linear");
  wait.before = hc_chart_view_get_layout (wait.view)->width;
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  window_wait_until (drawn_at_new_width, &wait, "the window to take its new size");
  close_window (window);

  window = hc_window_new (NULL);
  g_assert_cmpstr (hc_window_get_view (window), ==, "treemap");
  g_assert_cmpint (hc_chart_view_get_kind (hc_window_get_chart_view (window)), ==,
                   HC_CHART_TREEMAP);
  g_assert_cmpint (hc_chart_view_get_scale_mode (hc_window_get_chart_view (window)), ==,
                   HC_SCALE_MODE_LINEAR);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
  window_test_destroy (window);

  /* The table is a view like the others. */
  window = window_test_new ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table");
  close_window (window);
  window = hc_window_new (NULL);
  g_assert_cmpstr (hc_window_get_view (window), ==, "table");
  window_test_destroy (window);
}

/* ---- export and copy ------------------------------------------------------ */

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
assert_file_is (const char *path,
                GBytes     *expected)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpmem (data, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

/* Cairo numbers the surfaces of an SVG drawing with a counter that lives
 * as long as the process: the one difference two drawings of the same
 * chart may have. */
static char *
svg_without_surface_ids (const char *svg,
                         gssize      length)
{
  g_autoptr(GRegex) regex = g_regex_new ("surface[0-9]+", 0, 0, NULL);

  return g_regex_replace_literal (regex, svg, length, 0, "surface", 0, NULL);
}

static void
assert_svg_file_is (const char *path,
                    GBytes     *expected)
{
  g_autofree char *data = NULL;
  g_autofree char *got = NULL;
  g_autofree char *wanted = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  got = svg_without_surface_ids (data, length);
  wanted = svg_without_surface_ids (g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  g_assert_cmpstr (got, ==, wanted);
}

static void
test_export_png_size (WindowTest *test)
{
  g_autofree char *path = g_build_filename (test->dir, "chart.png", NULL);
  g_autofree char *svg_path = g_build_filename (test->dir, "chart.svg", NULL);
  g_autofree char *name = NULL;
  g_autofree guint8 *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) expected_svg = NULL;
  g_autoptr(GBytes) log_scale = NULL;
  g_autoptr(GFile) file = NULL;
  HcExportSettings settings;
  HcExportSettings expected_settings;
  HcWindow *window = window_test_new ();
  gsize length;

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
  assert_file_is (path, expected);
  expected_settings.chart.scale_mode = HC_SCALE_MODE_LOG;
  log_scale = hc_export_to_bytes (hc_window_get_dataset (window), &expected_settings, &error);
  g_assert_no_error (error);
  g_assert_false (g_bytes_equal (expected, log_scale));

  /* The SVG likewise. */
  settings.format = HC_EXPORT_SVG;
  g_assert_true (hc_window_export_to_path (window, svg_path, &settings, &error));
  g_assert_no_error (error);
  expected_settings.format = HC_EXPORT_SVG;
  expected_settings.chart.scale_mode = HC_SCALE_MODE_LINEAR;
  expected_svg = hc_export_to_bytes (hc_window_get_dataset (window), &expected_settings, &error);
  g_assert_no_error (error);
  assert_svg_file_is (svg_path, expected_svg);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (expected_svg, NULL),
                                  g_bytes_get_size (expected_svg), "width=\"300\" height=\"200\""));

  /* The dialog's way: in the background, then a toast, and the same file. */
  g_assert_cmpint (g_remove (path), ==, 0);
  settings.format = HC_EXPORT_PNG;
  file = g_file_new_for_path (path);
  hc_window_export_file (window, file, &settings);
  g_assert_true (hc_window_is_busy (window));
  window_wait_idle (window);
  g_assert_cmpstr (hc_window_get_last_message (window), ==, "Exported to chart.png");
  assert_file_is (path, expected);

  /* The suggested name follows the data and the view. */
  name = hc_window_get_export_name (window, HC_EXPORT_PNG);
  g_assert_cmpstr (name, ==, "kosovo-2007-columns.png");

  window_test_destroy (window);
}

static void
test_export_dialog_settings (WindowTest *test)
{
  g_autoptr(GSettings) gsettings = g_settings_new (APP_ID);
  HcExportSettings settings;
  HcExportDialog *dialog;
  HcWindow *window = window_test_new ();

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

  window_test_destroy (dialog);
  window_test_destroy (window);
}

typedef struct
{
  GdkTexture    *texture;
  GBytes        *svg;
  GOutputStream *svg_out;
  GError        *error;
} ClipboardRead;

static void
read_texture_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  ClipboardRead *read = data;

  read->texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (source), result, &read->error);
  g_assert_no_error (read->error);
}

static void
svg_spliced_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  ClipboardRead *read = data;

  g_assert_cmpint (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result,
                                                  &read->error), >, 0);
  g_assert_no_error (read->error);
  read->svg = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
}

static void
read_svg_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  ClipboardRead *read = data;
  const char *mime_type = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result,
                                                              &mime_type, &read->error);

  g_assert_no_error (read->error);
  g_assert_cmpstr (mime_type, ==, "image/svg+xml");
  read->svg_out = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (read->svg_out, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, svg_spliced_cb, read);
}

static gboolean
texture_read (gpointer data)
{
  return ((ClipboardRead *) data)->texture != NULL;
}

static gboolean
svg_read (gpointer data)
{
  return ((ClipboardRead *) data)->svg != NULL;
}

/* Copy Chart puts the chart as seen on the clipboard: an image of the
 * chart's size showing every mark where the screen shows it, in the same
 * colours, and an SVG drawing with the chart's title and description. */
static void
test_copy_chart (WindowTest *test)
{
  HcWindow *window = window_test_new ();
  HcChartView *view = hc_window_get_chart_view (window);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  const HcChartLayout *layout = hc_chart_view_get_layout (view);
  const HcChartStyle *style = view_style (view);
  g_autoptr(GdkTexture) screen = window_test_render (GTK_WIDGET (view));
  g_autofree char *description = hc_chart_view_get_description (view);
  g_autofree char *desc_element = g_strdup_printf ("<desc>%s", description);
  g_autofree guint32 *copied = NULL;
  g_autofree guint32 *shown = NULL;
  ClipboardRead read = { 0 };
  GdkContentFormats *formats;
  guint differing = 0;
  int width, height;

  g_assert_nonnull (screen);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-chart", NULL));
  g_assert_cmpstr (hc_window_get_last_message (window), ==, "Chart copied");

  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "image/png"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "image/svg+xml"));
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));

  gdk_clipboard_read_texture_async (clipboard, NULL, read_texture_cb, &read);
  window_wait_until (texture_read, &read, "the copied image");
  width = gdk_texture_get_width (read.texture);
  height = gdk_texture_get_height (read.texture);
  g_assert_cmpint (width, ==, gdk_texture_get_width (screen));
  g_assert_cmpint (height, ==, gdk_texture_get_height (screen));

  /* Every mark, at its centre, in its colour and the screen's. */
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, i);
      guint32 pixel = window_test_pixel (read.texture, (int) mark->cx, (int) mark->cy);

      g_assert_cmphex (pixel, ==, window_test_pixel (screen, (int) mark->cx, (int) mark->cy));
      g_assert_cmphex (pixel, !=, color_rgb (&style->background));
    }

  /* And the rest of the picture: text, axis and legend drawn the same way
   * (antialiasing may round differently on a few edge pixels). */
  copied = texture_pixels (read.texture);
  shown = texture_pixels (screen);
  for (int i = 0; i < width * height; i++)
    for (int shift = 0; shift < 24; shift += 8)
      if (abs ((int) ((copied[i] >> shift) & 0xff) - (int) ((shown[i] >> shift) & 0xff)) > 8)
        {
          differing++;
          break;
        }
  g_assert_cmpuint (differing, <=, (guint) (width * height / 1000));

  gdk_clipboard_read_async (clipboard, (const char *[]) { "image/svg+xml", NULL },
                            G_PRIORITY_DEFAULT, NULL, read_svg_cb, &read);
  window_wait_until (svg_read, &read, "the copied SVG");
  {
    g_autofree char *svg = g_strndup (g_bytes_get_data (read.svg, NULL),
                                      g_bytes_get_size (read.svg));
    g_autofree char *size = g_strdup_printf ("width=\"%d\" height=\"%d\"", width, height);

    g_assert_nonnull (strstr (svg, "<svg"));
    g_assert_nonnull (strstr (svg, size));
    g_assert_nonnull (strstr (svg, "<title>Kosovo, December 2007</title>"));
    g_assert_nonnull (strstr (svg, desc_element));
  }

  g_clear_object (&read.texture);
  g_clear_object (&read.svg_out);
  g_clear_pointer (&read.svg, g_bytes_unref);
  window_test_destroy (window);
}

/* ---- the table ------------------------------------------------------------ */

static double
row_value (GListModel *rows,
           guint       position)
{
  g_autoptr(HcFigureItem) item = g_list_model_get_item (rows, position);

  return hc_figure_item_get_figure (item)->value;
}

static void
test_table (WindowTest *test)
{
  HcWindow *window = window_test_new ();
  HcTableView *table;
  GListModel *rows;
  g_autoptr(HcFigureItem) first = NULL;
  g_auto(GStrv) lines = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table");
  table = hc_window_get_table_view (window);
  rows = hc_table_view_get_rows (table);

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

  /* Selecting a row compares it with the four others, largest first. */
  hc_table_view_sort_by (table, HC_TABLE_COLUMN_VALUE, GTK_SORT_DESCENDING);
  hc_table_view_select_row (table, 0);
  lines = g_strsplit (hc_table_view_get_comparison (table), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "2,000,000 is about 17× 120,000 Serbs");
  g_assert_cmpstr (lines[1], ==, "2,000,000 is about 125× 16,000 NATO peace force");
  g_assert_cmpstr (lines[2], ==, "2,000,000 is about 200× 10,000 Dead, 1998–99 war");
  g_assert_cmpstr (lines[3], ==, "2,000,000 is about 1,250× 1,600 EU police officers");

  g_clear_object (&first);
  window_test_destroy (window);
}

/* ---- start-up ------------------------------------------------------------- */

/* What the first frame does not show is built when it is first wanted:
 * the table page and the menus. They still work when they are. */
static void
test_lazy_parts (WindowTest *test)
{
  HcWindow *window = window_test_new ();
  GtkWidget *chart = GTK_WIDGET (hc_window_get_chart_view (window));
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (chart));
  GtkMenuButton *view_button = GTK_MENU_BUTTON (find_widget (GTK_WIDGET (window),
                                                             is_menu_button_with_child, NULL));
  GtkMenuButton *primary_button = GTK_MENU_BUTTON (find_widget (GTK_WIDGET (window),
                                                                is_menu_button_with_icon,
                                                                "open-menu-symbolic"));
  g_autoptr(GMenuModel) views = NULL;
  GMenuModel *menu;
  GtkWidget *table;

  g_assert_null (gtk_stack_get_child_by_name (stack, "table"));
  g_assert_null (gtk_menu_button_get_popover (view_button));
  g_assert_null (gtk_menu_button_get_popover (primary_button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (view_button)));

  /* The view menu lists the twelve views, whichever way it is opened: six
   * of one year, the map and the pyramid, three over time, then the options
   * of the view on show (relative figures, the map's region), the table. */
  gtk_menu_button_popup (view_button);
  menu = gtk_menu_button_get_menu_model (view_button);
  g_assert_nonnull (menu);
  g_assert_nonnull (gtk_menu_button_get_popover (view_button));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 4);
  views = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (views), ==, 8);
  g_clear_object (&views);
  views = g_menu_model_get_item_link (menu, 1, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (views), ==, 3);
  gtk_menu_button_popdown (view_button);

  gtk_menu_button_popup (primary_button);
  g_assert_nonnull (gtk_menu_button_get_menu_model (primary_button));
  gtk_menu_button_popdown (primary_button);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "table");
  table = GTK_WIDGET (hc_window_get_table_view (window));
  g_assert_true (gtk_stack_get_child_by_name (stack, "table") == table);
  g_assert_true (gtk_stack_get_visible_child (stack) == table);

  window_test_destroy (window);
}

static gboolean
accels_set (gpointer app)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "win.open");

  return accels[0] != NULL;
}

/* Runs inside the application's main loop, once it has made its window. */
static gboolean
check_startup_cb (gpointer app)
{
  GtkWindow *window = gtk_application_get_active_window (app);
  g_auto(GStrv) reload = NULL;
  GtkShortcutsWindow *overlay;

  g_assert_true (HC_IS_WINDOW (window));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  window_wait_until (accels_set, app, "the keyboard shortcuts");
  reload = gtk_application_get_accels_for_action (app, "win.reload");
  g_assert_cmpstr (reload[0], ==, "F5");
  g_assert_cmpstr (reload[1], ==, "<Control>r");
  g_assert_null (reload[2]);
  g_assert_cmpstr (gtk_window_get_icon_name (window), ==, APP_ID);
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APP_ID);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == window);

  /* The last window closed: the application's main loop returns. */
  window_test_destroy (window);
  return G_SOURCE_REMOVE;
}

static void
activated_cb (GApplication *app)
{
  g_idle_add (check_startup_cb, app);
}

/* The application's first window: the keyboard shortcuts and the window
 * icon come once the first frame is on screen, and the shortcuts window
 * is built when it is first asked for. */
static void
test_application_startup (WindowTest *test)
{
  HcApplication *app = hc_application_new ();
  char *argv[] = { (char *) "headcount", NULL };

  /* Not the running instance of anyone's desktop. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE |
                           g_application_get_flags (G_APPLICATION (app)));
  g_signal_connect_after (app, "activate", G_CALLBACK (activated_cb), NULL);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  window_test_finalize (app);
}

int
main (int   argc,
      char *argv[])
{
  window_test_init (&argc, &argv);

  window_test_add ("/window/default-dataset-drawn", test_default_dataset_drawn);
  window_test_add ("/window/redraw-on-resize", test_redraw_on_resize);
  window_test_add ("/window/description", test_description);
  window_test_add ("/window/open/bad-file-keeps-chart", test_open_bad_file_keeps_chart);
  window_test_add ("/window/open/good-file", test_open_good_file);
  window_test_add ("/window/open/dropped-file", test_open_dropped_file);
  window_test_add ("/window/open/live-reload", test_live_reload);
  window_test_add ("/window/open/big-file-cancel", test_big_file_load_and_cancel);
  window_test_add ("/window/views/switch", test_switch_views);
  window_test_add ("/window/settings/restored", test_settings_restored);
  window_test_add ("/window/export/png-size", test_export_png_size);
  window_test_add ("/window/export/dialog-settings", test_export_dialog_settings);
  window_test_add ("/window/table", test_table);
  window_test_add ("/window/copy-chart", test_copy_chart);
  window_test_add ("/window/startup/lazy-parts", test_lazy_parts);
  window_test_add ("/window/startup/application", test_application_startup);

  return g_test_run ();
}
