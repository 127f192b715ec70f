/* test-window-data.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data panel as a person uses it: open a World Bank file, pick a year,
 * show the aggregates, untick an entity, give a column another role; each
 * through the panel's own widgets, each checked on the chart's figures.
 */
#include "config.h"

#include <string.h>

#include "hc-chart-view.h"
#include "hc-data-panel.h"
#include "hc-export.h"
#include "hc-window.h"
#include "window-wait.h"

static gboolean
is_idle (gpointer window)
{
  return !hc_window_is_busy (window);
}

static gboolean
has_table_of_file (gpointer window)
{
  return !hc_window_is_busy (window) && hc_window_get_file (window) != NULL;
}

static HcWindow *
open_real (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcWindow *window = window_test_new ();

  hc_window_open_file (window, file);
  window_wait_until (has_table_of_file, window, "the file to be open");
  return window;
}

static const HcFigure *
find_figure (HcWindow   *window,
             const char *label)
{
  HcDataset *dataset = hc_window_get_dataset (window);

  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (g_strcmp0 (hc_dataset_get_figure (dataset, i)->label, label) == 0)
      return hc_dataset_get_figure (dataset, i);
  return NULL;
}

static GtkWidget *
find_check (GtkWidget  *root,
            const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_CHECK_BUTTON (child) &&
          g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_check (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_year (WindowTest *test)
{
  HcWindow *window = open_real ("wb-wide-balkans.csv");
  GtkWidget *panel = GTK_WIDGET (hc_window_get_data_panel (window));
  GtkWidget *year = window_test_find_row (panel, "Year");

  /* The default: the three countries at the latest year, World left out. */
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 3);
  g_assert_null (find_figure (window, "World"));
  g_assert_cmpfloat (find_figure (window, "Kosovo")->time, ==, 2016);

  g_assert_nonnull (year);
  window_test_select (year, "2007");
  g_assert_cmpfloat (find_figure (window, "Kosovo")->time, ==, 2007);
  g_assert_cmpfloat (find_figure (window, "Kosovo")->value, ==, 1733404);
  g_assert_nonnull (strstr (hc_dataset_get_subtitle (hc_window_get_dataset (window)), "2007"));

  window_test_destroy (window);
}

static GtkWidget *
find_switch (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_SWITCH (child))
        return child;
      if ((found = find_switch (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_aggregates (WindowTest *test)
{
  HcWindow *window = open_real ("wb-wide-balkans.csv");
  GtkWidget *row = window_test_find_row (GTK_WIDGET (hc_window_get_data_panel (window)),
                                         "Regions and Groups");

  g_assert_nonnull (row);
  g_assert_null (find_figure (window, "World"));
  gtk_switch_set_active (GTK_SWITCH (find_switch (row)), TRUE);
  g_assert_nonnull (find_figure (window, "World"));
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 4);

  window_test_destroy (window);
}

static gboolean
has_check (gpointer data)
{
  gpointer *args = data;

  return find_check (args[0], args[1]) != NULL;
}

static void
test_untick_entity (WindowTest *test)
{
  HcWindow *window = open_real ("wb-wide-balkans.csv");
  GtkWidget *panel = GTK_WIDGET (hc_window_get_data_panel (window));
  gpointer args[] = { panel, (gpointer) "Albania" };
  GtkWidget *albania;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-data", NULL);
  window_wait_until (has_check, args, "the entity list to show");
  albania = find_check (panel, "Albania");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (albania)));
  /* World is not ticked: the chart does not show it. */
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_check (panel, "World"))));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (albania), FALSE);
  g_assert_null (find_figure (window, "Albania"));
  g_assert_nonnull (find_figure (window, "Kosovo"));
  g_assert_nonnull (find_figure (window, "Serbia"));

  window_test_destroy (window);
}

static gboolean
code_ignored (gpointer window)
{
  HcTable *table = hc_window_get_table (window);

  return !hc_window_is_busy (window) && table != NULL &&
         hc_table_find_role (table, HC_ROLE_CODE) < 0;
}

/* A column's role changed in the panel: the file is read again that way. */
static void
test_role (WindowTest *test)
{
  HcWindow *window = open_real ("wb-wide-balkans.csv");
  GtkWidget *row = window_test_find_row (GTK_WIDGET (hc_window_get_data_panel (window)),
                                         "Country Code");

  g_assert_nonnull (find_figure (window, "Kosovo")->code);
  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), HC_ROLE_IGNORED);
  window_wait_until (code_ignored, window, "the file read again without codes");
  g_assert_null (find_figure (window, "Kosovo")->code);
  /* And the panel says so, for the file read again. */
  row = window_test_find_row (GTK_WIDGET (hc_window_get_data_panel (window)), "Country Code");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, HC_ROLE_IGNORED);
  window_wait_until (is_idle, window, "the window to finish its work");

  window_test_destroy (window);
}

static gboolean
has_other_mark (gpointer view)
{
  const HcChartLayout *layout = hc_chart_view_get_layout (view);

  if (layout == NULL)
    return FALSE;
  for (guint i = 0; i < layout->marks->len; i++)
    if (g_array_index (layout->marks, HcMark, i).figure < 0)
      return TRUE;
  return FALSE;
}

/* 216 countries: most are folded into Other, whose tooltip says what it
 * holds, and whose count the screen reader's description gives. */
static void
test_other_tooltip (WindowTest *test)
{
  HcWindow *window = open_real ("wb-long-2020.csv");
  HcChartView *view = hc_window_get_chart_view (window);
  const HcChartLayout *layout;
  const HcMark *other = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  g_autofree char *count = NULL;

  window_wait_until (has_other_mark, view, "the chart of 216 countries with Other");
  layout = hc_chart_view_get_layout (view);
  for (guint i = 0; i < layout->marks->len; i++)
    if (g_array_index (layout->marks, HcMark, i).figure < 0)
      other = &g_array_index (layout->marks, HcMark, i);

  text = hc_chart_view_get_tooltip_at (view, other->x + other->width / 2,
                                       other->y + other->height / 2);
  g_assert_nonnull (text);
  count = g_strdup_printf ("(%u figures)", other->n_figures);
  g_assert_nonnull (strstr (text, count));

  description = hc_chart_view_get_description (view);
  g_assert_nonnull (strstr (description, "Other"));

  window_test_destroy (window);
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
not_playing (gpointer window)
{
  return !hc_window_is_playing (window);
}

/* The slider under the chart: a year picked there is the chart's, and
 * the year row's; play goes through every year and stops at the last. */
static void
test_time_slider (WindowTest *test)
{
  HcWindow *window = open_real ("wb-long-balkans.csv");
  GtkRange *slider = GTK_RANGE (find_type (GTK_WIDGET (window), GTK_TYPE_SCALE));
  GtkWidget *year = window_test_find_row (GTK_WIDGET (hc_window_get_data_panel (window)), "Year");
  GtkToggleButton *play = NULL;
  GtkAdjustment *adjustment;

  g_assert_nonnull (slider);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (gtk_widget_get_parent (
    GTK_WIDGET (slider)))));
  adjustment = gtk_range_get_adjustment (slider);
  /* 2005 to 2008, on the last. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), ==, 3);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 3);
  g_assert_cmpfloat (find_figure (window, "Kosovo")->time, ==, 2008);

  gtk_range_set_value (slider, 1);
  g_assert_cmpfloat (find_figure (window, "Kosovo")->time, ==, 2006);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (
                     ADW_COMBO_ROW (year))), ==, "2006");

  for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_parent (GTK_WIDGET (slider)));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_TOGGLE_BUTTON (w) && play == NULL)
      play = GTK_TOGGLE_BUTTON (w);
  g_assert_nonnull (play);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (play)), ==,
                   "media-playback-start-symbolic");
  gtk_toggle_button_set_active (play, TRUE);
  g_assert_true (hc_window_is_playing (window));
  window_wait_until (not_playing, window, "the years to play to the last");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 3);
  g_assert_cmpfloat (find_figure (window, "Kosovo")->time, ==, 2008);
  g_assert_false (gtk_toggle_button_get_active (play));

  window_test_destroy (window);
}

/* The panel is built when first shown (F9); a year picked on the slider
 * before that is the one its year row then shows, and the chart keeps. */
static void
test_panel_on_show (WindowTest *test)
{
  HcWindow *window = open_real ("wb-long-balkans.csv");
  GtkRange *slider = GTK_RANGE (find_type (GTK_WIDGET (window), GTK_TYPE_SCALE));
  GtkWidget *panel;
  GtkWidget *year;

  g_assert_null (find_type (GTK_WIDGET (window), HC_TYPE_DATA_PANEL));
  gtk_range_set_value (slider, 1);
  g_assert_cmpfloat (find_figure (window, "Kosovo")->time, ==, 2006);
  g_assert_null (find_type (GTK_WIDGET (window), HC_TYPE_DATA_PANEL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-data", NULL));
  panel = find_type (GTK_WIDGET (window), HC_TYPE_DATA_PANEL);
  g_assert_nonnull (panel);
  g_assert_true (panel == GTK_WIDGET (hc_window_get_data_panel (window)));
  year = window_test_find_row (panel, "Year");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (
                     ADW_COMBO_ROW (year))), ==, "2006");
  g_assert_cmpfloat (find_figure (window, "Kosovo")->time, ==, 2006);

  /* From now on the panel drives the chart. */
  window_test_select (year, "2005");
  g_assert_cmpfloat (find_figure (window, "Kosovo")->time, ==, 2005);
  g_assert_cmpfloat (gtk_range_get_value (slider), ==, 0);

  window_test_destroy (window);
}

typedef struct
{
  HcChartView *view;
  const char  *label;
  GArray      *values;   /* of double: the label's value at each frame */
} MoveRecord;

static double
shown_value (HcChartView *view,
             const char  *label)
{
  HcDataset *dataset = hc_chart_view_get_shown_dataset (view);

  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (g_strcmp0 (hc_dataset_get_figure (dataset, i)->label, label) == 0)
      return hc_dataset_get_figure (dataset, i)->value;
  g_error ("no figure %s drawn", label);
}

static void
record_frame_cb (GdkFrameClock *clock,
                 MoveRecord    *record)
{
  double value = shown_value (record->view, record->label);

  g_array_append_val (record->values, value);
}

static gboolean
not_moving (gpointer view)
{
  return !hc_chart_view_is_moving (view);
}

/* Another year on the slider: the bars move there over a few frames,
 * through the values between, and end at the year's own. */
static void
test_year_moves (WindowTest *test)
{
  HcWindow *window = open_real ("wb-long-balkans.csv");
  HcChartView *view = hc_window_get_chart_view (window);
  GtkRange *slider = GTK_RANGE (find_type (GTK_WIDGET (window), GTK_TYPE_SCALE));
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  MoveRecord record = { view, "Kosovo", values };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (view));
  double v2008, v2005;
  gboolean between = FALSE;
  gulong id;

  g_object_set (gtk_widget_get_settings (GTK_WIDGET (view)), "gtk-enable-animations", TRUE, NULL);
  window_wait_for_draw (view);
  v2008 = find_figure (window, "Kosovo")->value;
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (record_frame_cb), &record);
  gtk_range_set_value (slider, 0);
  v2005 = find_figure (window, "Kosovo")->value;
  g_assert_cmpfloat (v2005, !=, v2008);
  g_assert_true (hc_chart_view_is_moving (view));
  window_wait_until (not_moving, view, "the bars to reach 2005");
  window_wait_for_frame (GTK_WIDGET (view));
  g_signal_handler_disconnect (clock, id);

  g_assert_cmpuint (values->len, >=, 2);
  for (guint i = 0; i < values->len; i++)
    {
      double v = g_array_index (values, double, i);

      g_assert_cmpfloat (v, >=, MIN (v2005, v2008));
      g_assert_cmpfloat (v, <=, MAX (v2005, v2008));
      between |= v != v2005 && v != v2008;
    }
  g_assert_true (between);
  g_assert_cmpfloat (g_array_index (values, double, values->len - 1), ==, v2005);
  g_assert_cmpfloat (shown_value (view, "Kosovo"), ==, v2005);

  /* Without animations, the year is drawn at once. */
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (view)), "gtk-enable-animations", FALSE, NULL);
  gtk_range_set_value (slider, 3);
  g_assert_false (hc_chart_view_is_moving (view));
  g_assert_cmpfloat (shown_value (view, "Kosovo"), ==, v2008);
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (view)), "gtk-enable-animations", TRUE, NULL);

  window_test_destroy (window);
}

static gboolean
has_series (gpointer window)
{
  HcDataset *dataset = hc_window_get_dataset (window);
  guint kosovo = 0;

  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (g_strcmp0 (hc_dataset_get_figure (dataset, i)->label, "Kosovo") == 0)
      kosovo++;
  return kosovo == 4;
}

/* Lines over time cut every year from the table; the slider of one year
 * goes, the one-year views bring it back. */
static void
test_line_view (WindowTest *test)
{
  HcWindow *window = open_real ("wb-long-balkans.csv");
  GtkWidget *slider = find_type (GTK_WIDGET (window), GTK_TYPE_SCALE);

  GtkWidget *year_bar = gtk_widget_get_parent (slider);
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (year_bar));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "line"));
  window_wait_until (has_series, window, "Kosovo's four years");
  window_wait_for_kind (hc_window_get_chart_view (window), HC_CHART_LINE);
  /* The year's slider gives way to the range's. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "range");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "bars"));
  g_assert_false (has_series (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "year");

  window_test_destroy (window);
}

/* What the window shows of a line chart is what an export of its size
 * holds, pixel for pixel: the window draws it into pixels with the same
 * renderer. */
static void
test_line_pixels_as_exported (WindowTest *test)
{
  HcWindow *window = open_real ("wb-long-balkans.csv");
  HcChartView *view = hc_window_get_chart_view (window);
  g_autoptr(GdkTexture) screen = NULL;
  HcChartOptions options;
  cairo_surface_t *surface;
  HcChartLayout *layout;
  cairo_t *cr;
  int width, height;
  gsize stride;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "line"));
  window_wait_until (has_series, window, "Kosovo's four years");
  window_wait_for_kind (view, HC_CHART_LINE);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  height = gtk_widget_get_height (GTK_WIDGET (view));
  screen = window_test_render_chart (view);

  hc_chart_view_get_options (view, &options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  layout = hc_chart_render (cr, width, height, hc_chart_view_get_shown_dataset (view), &options,
                            hc_chart_style_get (hc_chart_view_get_dark (view) ? HC_THEME_DARK
                                                                              : HC_THEME_LIGHT));
  g_assert_cmpuint (layout->series->len, >=, 3);
  hc_chart_layout_free (layout);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  stride = (gsize) cairo_image_surface_get_stride (surface);
  {
    g_autofree guchar *pixels = g_malloc (stride * (gsize) height);

    gdk_texture_download (screen, pixels, stride);
    g_assert_cmpint (memcmp (pixels, cairo_image_surface_get_data (surface),
                             stride * (gsize) height), ==, 0);
  }
  cairo_surface_destroy (surface);
  window_test_destroy (window);
}

/* A window left on lines opens on the built-in figures, which have no
 * years: bars, and a message that says why. A file of years opened then
 * is drawn as lines over all its years, and the message goes. */
static void
test_line_view_on_open (WindowTest *test)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.headcount.Headcount");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real",
                                                 "wb-long-balkans.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcWindow *window;

  g_settings_set_string (settings, "view", "line");
  window = window_test_new ();
  g_assert_cmpint (hc_chart_view_get_kind (hc_window_get_chart_view (window)), ==,
                   HC_CHART_BARS);
  g_assert_true (hc_window_shows_message (window, "selection"));
  g_assert_nonnull (strstr (hc_window_get_last_message (window), "no times"));

  hc_window_open_file (window, file);
  window_wait_until (has_series, window, "Kosovo's four years");
  window_wait_for_kind (hc_window_get_chart_view (window), HC_CHART_LINE);
  g_assert_false (hc_window_shows_message (window, "selection"));

  window_test_destroy (window);
  g_settings_reset (settings, "view");
}

static guint
count_of (HcWindow   *window,
          const char *label,
          double     *first,
          double     *last)
{
  HcDataset *dataset = hc_window_get_dataset (window);
  guint n = 0;

  *first = G_MAXDOUBLE;
  *last = -G_MAXDOUBLE;
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);

      if (g_strcmp0 (figure->label, label) == 0)
        {
          n++;
          *first = MIN (*first, figure->time);
          *last = MAX (*last, figure->time);
        }
    }
  return n;
}

/* Lines over the years the range's two sliders pick; one pushes the
 * other rather than pass it; another file starts with all its years. */
static void
test_line_range (WindowTest *test)
{
  HcWindow *window = open_real ("wb-long-balkans.csv");
  GtkRange *from, *to;
  GtkWidget *grid;
  double first, last;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "line"));
  window_wait_until (has_series, window, "Kosovo's four years");
  grid = find_type (GTK_WIDGET (window), GTK_TYPE_GRID);
  g_assert_nonnull (grid);
  from = to = NULL;
  /* The grid's first slider is the first year's, the second the last's. */
  for (GtkWidget *w = gtk_widget_get_first_child (grid); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_SCALE (w))
      {
        if (from == NULL)
          from = GTK_RANGE (w);
        else
          to = GTK_RANGE (w);
      }
  g_assert_nonnull (to);
  g_assert_true (from != to);
  g_assert_cmpfloat (gtk_range_get_value (from), ==, 0);
  g_assert_cmpfloat (gtk_range_get_value (to), ==, 3);

  gtk_range_set_value (from, 1);
  g_assert_cmpuint (count_of (window, "Kosovo", &first, &last), ==, 3);
  g_assert_cmpfloat (first, ==, 2006);
  g_assert_cmpfloat (last, ==, 2008);

  gtk_range_set_value (to, 2);
  g_assert_cmpuint (count_of (window, "Kosovo", &first, &last), ==, 2);
  g_assert_cmpfloat (last, ==, 2007);

  /* The first year past the last pushes the last along. */
  gtk_range_set_value (from, 3);
  g_assert_cmpfloat (gtk_range_get_value (to), ==, 3);
  g_assert_cmpuint (count_of (window, "Kosovo", &first, &last), ==, 1);
  g_assert_cmpfloat (first, ==, 2008);

  /* The range stays for the other views over time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "slope"));
  g_assert_cmpuint (count_of (window, "Kosovo", &first, &last), ==, 1);

  window_test_destroy (window);
}

static gboolean
counted_by_month (gpointer window)
{
  HcDataset *dataset = hc_window_get_dataset (window);

  return !hc_window_is_busy (window) && dataset != NULL &&
         hc_dataset_get_n_figures (dataset) == 4 &&
         hc_dataset_get_figure (dataset, 0)->has_time;
}

/* A list of the dead, counted by a column the person picks among the
 * columns, each shown with how many values it has. */
static void
test_count_by (WindowTest *test)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "records", "casualties.csv",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcWindow *window = window_test_new ();
  GtkWidget *row;
  GListModel *model;
  gboolean names = FALSE, months = FALSE;

  hc_window_open_file (window, file);
  window_wait_until (has_table_of_file, window, "the file to be open");
  /* The list is counted whole: no slider at one of its dates. */
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (
    find_type (GTK_WIDGET (window), GTK_TYPE_SCALE), GTK_TYPE_REVEALER))));
  /* Its year row starts at every row, not at the latest date. */
  {
    GtkWidget *year = window_test_find_row (GTK_WIDGET (hc_window_get_data_panel (window)), "Year");

    g_assert_nonnull (year);
    g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (
                       ADW_COMBO_ROW (year))), ==, "All");
  }
  row = window_test_find_row (GTK_WIDGET (hc_window_get_data_panel (window)), "Count By");
  g_assert_nonnull (row);
  model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      names |= g_strcmp0 (gtk_string_object_get_string (item), "name (42)") == 0;
      months |= g_strcmp0 (gtk_string_object_get_string (item), "date_of_death (by month)") == 0;
    }
  /* Too many to be a sensible choice, but listed, with the count saying so. */
  g_assert_true (names);
  g_assert_true (months);

  window_test_select (row, "sex (2)");
  g_assert_cmpfloat (find_figure (window, "male")->value, ==, 22);
  g_assert_cmpfloat (find_figure (window, "female")->value, ==, 18);

  window_test_select (row, "date_of_death (by month)");
  g_assert_cmpfloat (find_figure (window, "1999-05")->value, ==, 0);
  g_assert_cmpfloat (find_figure (window, "1999-04")->value, ==, 21);

  /* Over time, the months are the points of one line. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "line"));
  window_wait_until (counted_by_month, window, "the count per month as a line");
  g_assert_cmpfloat (hc_dataset_get_figure (hc_window_get_dataset (window), 2)->value, ==, 0);

  window_test_destroy (window);
}

static gboolean
pyramid_drawn (gpointer view)
{
  const HcChartLayout *layout = hc_chart_view_get_layout (view);

  return layout != NULL && layout->kind == HC_CHART_PYRAMID && layout->pyramid != NULL &&
         layout->marks->len == 42;
}

static gboolean
pyramid_of_1950 (gpointer view)
{
  return pyramid_drawn (view) && hc_chart_view_get_layout (view)->pyramid->time == 1950;
}

/* A pyramid cuts every year of the file's ages and sexes: the slider
 * moves through them on one axis, so the population is seen ageing. */
static void
test_pyramid_view (WindowTest *test)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pyramid", "wpp-like.csv",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcWindow *window = window_test_new ();
  HcChartView *view = hc_window_get_chart_view (window);
  GtkRange *slider;
  double axis_max;

  hc_window_open_file (window, file);
  window_wait_until (has_table_of_file, window, "the file to be open");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "pyramid"));
  window_wait_until (pyramid_drawn, view, "the pyramid of 2020");
  g_assert_cmpfloat (hc_chart_view_get_layout (view)->pyramid->time, ==, 2020);
  axis_max = hc_chart_view_get_layout (view)->pyramid->axis_max;

  slider = GTK_RANGE (find_type (GTK_WIDGET (window), GTK_TYPE_SCALE));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (gtk_widget_get_parent (
    GTK_WIDGET (slider)))));
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_range_get_adjustment (slider)), ==, 2);
  g_assert_cmpfloat (gtk_range_get_value (slider), ==, 2);
  gtk_range_set_value (slider, 0);
  window_wait_until (pyramid_of_1950, view, "the pyramid of 1950");
  /* The same axis: 1950's largest band sets it for every year. */
  g_assert_cmpfloat (hc_chart_view_get_layout (view)->pyramid->axis_max, ==, axis_max);

  /* Compare keeps the year on show as an outline while the slider moves
   * on; percent and the fitted axis come from the view menu. */
  {
    GtkToggleButton *compare = NULL;
    const HcChartPyramid *pyramid;

    for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_parent (GTK_WIDGET (slider)));
         w != NULL; w = gtk_widget_get_next_sibling (w))
      if (GTK_IS_TOGGLE_BUTTON (w) && gtk_widget_get_visible (w) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), "Compare") == 0)
        compare = GTK_TOGGLE_BUTTON (w);
    g_assert_nonnull (compare);
    gtk_toggle_button_set_active (compare, TRUE);
    gtk_range_set_value (slider, 2);
    window_wait_for_frame (GTK_WIDGET (view));
    pyramid = hc_chart_view_get_layout (view)->pyramid;
    g_assert_cmpfloat (pyramid->time, ==, 2020);
    g_assert_true (pyramid->has_compare);
    g_assert_cmpfloat (pyramid->compare_time, ==, 1950);
    g_assert_false (pyramid->percent);

    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "pyramid-percent"));
    g_action_group_activate_action (G_ACTION_GROUP (window), "pyramid-percent", NULL);
    g_action_group_activate_action (G_ACTION_GROUP (window), "pyramid-adaptive", NULL);
    window_wait_for_frame (GTK_WIDGET (view));
    pyramid = hc_chart_view_get_layout (view)->pyramid;
    g_assert_true (pyramid->percent);
    g_assert_true (pyramid->adaptive);
    g_assert_cmpfloat (pyramid->axis_max, <, 100);

    /* An export is of what the window shows. */
    {
      HcExportSettings settings;

      hc_export_settings_init (&settings);
      hc_window_complete_export_settings (window, &settings);
      g_assert_true (settings.chart.pyramid_percent);
      g_assert_true (settings.chart.has_compare);
      g_assert_cmpfloat (settings.chart.compare_time, ==, 1950);
    }
    g_action_group_activate_action (G_ACTION_GROUP (window), "pyramid-percent", NULL);
    g_action_group_activate_action (G_ACTION_GROUP (window), "pyramid-adaptive", NULL);

    /* Other views have no outline to keep. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "bars"));
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (compare)));
    g_assert_false (gtk_toggle_button_get_active (compare));
    g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "pyramid-percent"));
  }

  /* Bars cut one year again. */
  window_wait_for_kind (view, HC_CHART_BARS);
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), <, 126);

  window_test_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  window_test_init (&argc, &argv);

  window_test_add ("/window/data/year", test_year);
  window_test_add ("/window/data/aggregates", test_aggregates);
  window_test_add ("/window/data/untick-entity", test_untick_entity);
  window_test_add ("/window/data/role", test_role);
  window_test_add ("/window/data/other-tooltip", test_other_tooltip);
  window_test_add ("/window/data/time-slider", test_time_slider);
  window_test_add ("/window/data/line-view", test_line_view);
  window_test_add ("/window/data/line-view-on-open", test_line_view_on_open);
  window_test_add ("/window/data/line-pixels-as-exported", test_line_pixels_as_exported);
  window_test_add ("/window/data/panel-on-show", test_panel_on_show);
  window_test_add ("/window/data/year-moves", test_year_moves);
  window_test_add ("/window/data/line-range", test_line_range);
  window_test_add ("/window/data/count-by", test_count_by);
  window_test_add ("/window/data/pyramid-view", test_pyramid_view);

  return g_test_run ();
}
