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
#include "hc-window.h"

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the chart has been drawn at least once. */
static void
wait_for_draw (HcChartView *view)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (hc_chart_view_get_layout (view) == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
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
  wait_for_draw (hc_window_get_chart_view (window));
  return window;
}

static void
test_default_dataset_drawn (void)
{
  HcWindow *window = new_window ();
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
  HcWindow *window = new_window ();
  HcChartView *view = hc_window_get_chart_view (window);
  int before = hc_chart_view_get_layout (view)->width;
  gboolean timed_out = FALSE;
  guint id;

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 520);
  id = g_timeout_add_seconds (10, timeout_cb, &timed_out);
  while (hc_chart_view_get_layout (view)->width == before && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);

  g_assert_cmpint (hc_chart_view_get_layout (view)->width, ==, gtk_widget_get_width (GTK_WIDGET (view)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_bad_file_keeps_chart (void)
{
  HcWindow *window = new_window ();
  HcDataset *before = hc_window_get_dataset (window);
  g_autofree char *dir = g_dir_make_tmp ("headcount-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, "{\"figures\": [", -1, NULL));
  hc_window_open_file (window, file);
  spin (50);

  g_assert_true (hc_window_get_dataset (window) == before);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kosovo, December 2007");

  g_remove (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_good_file (void)
{
  HcWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("headcount-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, "{\"title\": \"Mine\", \"figures\": ["
                                            "{\"label\": \"A\", \"value\": 3},"
                                            "{\"label\": \"B\", \"value\": 4}]}", -1, NULL));
  hc_window_open_file (window, file);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Mine");
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 2);

  g_remove (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_description (void)
{
  HcWindow *window = new_window ();
  HcChartView *view = hc_window_get_chart_view (window);
  g_autofree char *description = hc_chart_view_get_description (view);

  g_assert_true (g_str_has_prefix (description, "Bar chart, log scale, 5 figures."));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
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
  g_test_add_func ("/window/description", test_description);

  return g_test_run ();
}
