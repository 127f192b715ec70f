/* window-wait.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "window-wait.h"

/* Sets the gboolean at @data: a time limit has passed. */
gboolean
window_wait_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds, or fails the test after
 * WINDOW_WAIT_SECONDS saying what it was waiting for. */
void
window_wait_until (WindowWaitFunc  condition,
                   gpointer        data,
                   const char     *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (WINDOW_WAIT_SECONDS, window_wait_timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("still waiting for %s after %d s", what, WINDOW_WAIT_SECONDS);
  g_source_remove (id);
}

static gboolean
has_layout (gpointer view)
{
  return hc_chart_view_get_layout (view) != NULL;
}

/* Runs the main loop until the chart has been drawn at least once. */
void
window_wait_for_draw (HcChartView *view)
{
  window_wait_until (has_layout, view, "the chart's first drawing");
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

void
window_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (widget);
  window_wait_until (is_true, &painted, "a frame painted");
  g_signal_handler_disconnect (clock, id);
}

typedef struct
{
  HcChartView *view;
  HcChartKind  kind;
} KindWait;

static gboolean
drawn_as (gpointer data)
{
  KindWait *wait = data;
  const HcChartLayout *layout = hc_chart_view_get_layout (wait->view);

  return layout != NULL && layout->kind == wait->kind;
}

/* Runs the main loop until the chart has been drawn as @kind. */
void
window_wait_for_kind (HcChartView *view,
                      HcChartKind  kind)
{
  KindWait wait = { view, kind };

  window_wait_until (drawn_as, &wait, hc_chart_kind_to_string (kind));
}

static gboolean
is_idle (gpointer window)
{
  return !hc_window_is_busy (window);
}

/* Runs the main loop until the window has finished loading and exporting. */
void
window_wait_idle (HcWindow *window)
{
  window_wait_until (is_idle, window, "the window's loads and exports");
}

/* A window of 1000×700 on screen with its chart drawn. */
HcWindow *
window_test_new (void)
{
  HcWindow *window = hc_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  window_wait_for_draw (hc_window_get_chart_view (window));
  return window;
}

static gboolean
only_ours (gpointer object)
{
  return g_atomic_int_get (&G_OBJECT (object)->ref_count) == 1;
}

/* Checks that nothing keeps @object alive once we let go of it: the leak
 * check libadwaita's tests get from g_assert_finalize_object(). Work in
 * flight when the window closed (a load, a reload after a change on disk)
 * was cancelled, but holds its window until its result is delivered:
 * that is waited for, with the usual time limit. */
void
window_test_finalize (gpointer object)
{
  window_wait_until (only_ours, object, "the last reference held elsewhere to go");
  g_assert_finalize_object (object);
}

/* Closes a window (or dialog) and checks that it is gone. */
void
window_test_destroy (gpointer window)
{
  g_assert_true (GTK_IS_WINDOW (window));

  /* GTK holds the only reference to a toplevel and drops it on destroy. */
  g_object_ref (window);
  gtk_window_destroy (window);
  window_test_finalize (window);
}

/* ---- one process per test ----------------------------------------------- */

/* The test's folder, named after the process that runs the tests and the
 * test, so that the child finds the one its parent made. */
static char *
test_dir (gboolean child)
{
  g_autofree char *name = g_strdelimit (g_strdup (g_test_get_path () + 1), "/", '-');
  g_autofree char *base = g_strdup_printf ("headcount-gui-%ld-%s",
                                           (long) (child ? getppid () : getpid ()), name);

  return g_build_filename (g_get_tmp_dir (), base, NULL);
}

/* Everything under @path, without following symbolic links. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_remove (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

static void
test_setup (WindowTest    *test,
            gconstpointer  func)
{
  test->dir = test_dir (g_test_subprocess ());
  if (!g_test_subprocess ())
    {
      remove_tree (test->dir);  /* from an earlier process of the same number */
      g_assert_cmpint (g_mkdir (test->dir, 0700), ==, 0);
    }
}

/* In the parent: run the test in a child, with a time limit. The child's
 * messages go to the log as they come. */
static void
test_run (WindowTest    *test,
          gconstpointer  func)
{
  if (g_test_subprocess ())
    {
      ((WindowTestFunc) func) (test);
      return;
    }

  g_test_trap_subprocess (NULL, (guint64) WINDOW_TEST_SECONDS * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (!g_test_trap_has_passed ())
    {
      g_test_message ("the test failed, crashed or ran out of its %d s in its own process "
                      "(its messages are above)", WINDOW_TEST_SECONDS);
      g_test_fail ();
    }
}

/* Runs in the parent whether the child passed or not. */
static void
test_teardown (WindowTest    *test,
               gconstpointer  func)
{
  if (!g_test_subprocess ())
    {
      remove_tree (test->dir);
      g_assert_false (g_file_test (test->dir, G_FILE_TEST_EXISTS));
    }
  g_clear_pointer (&test->dir, g_free);
}

void
window_test_init (int    *argc,
                  char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

/* Registers @func to run in a process of its own with a folder of its own. */
void
window_test_add (const char     *path,
                 WindowTestFunc  func)
{
  g_test_add (path, WindowTest, (gconstpointer) func, test_setup, test_run, test_teardown);
}

/* Writes @name in the test's folder and returns its path. */
char *
window_test_write_file (WindowTest *test,
                        const char *name,
                        const char *contents,
                        gssize      length)
{
  char *path = g_build_filename (test->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
  return path;
}

GdkTexture *
window_test_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = node != NULL ? gsk_renderer_render_texture (renderer, node,
                                                        &GRAPHENE_RECT_INIT (0, 0, width, height))
                         : NULL;
  gsk_renderer_unrealize (renderer);
  return texture;
}

GdkTexture *
window_test_render_chart (HcChartView *view)
{
  GtkWidget *widget = GTK_WIDGET (view);
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);
  return texture;
}

guint32
window_test_pixel (GdkTexture *texture,
                   int         x,
                   int         y)
{
  int width = gdk_texture_get_width (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * gdk_texture_get_height (texture));

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, width);
  g_assert_cmpint (y, <, gdk_texture_get_height (texture));
  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  return pixels[y * width + x] & 0xffffff;
}

GtkWidget *
window_test_find_row (GtkWidget  *root,
                      const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = window_test_find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

void
window_test_select (GtkWidget  *row,
                    const char *text)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
          return;
        }
    }
  g_error ("the row “%s” offers no “%s”",
           adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), text);
}
