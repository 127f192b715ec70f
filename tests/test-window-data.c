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

/* The panel's row titled @title (an AdwPreferencesRow), found the way a
 * person finds it: by what it says. */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
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
select_item (AdwComboRow *row,
             const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  g_error ("the row “%s” offers no “%s”", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
           text);
}

static void
test_year (WindowTest *test)
{
  HcWindow *window = open_real ("wb-wide-balkans.csv");
  GtkWidget *panel = GTK_WIDGET (hc_window_get_data_panel (window));
  GtkWidget *year = find_row (panel, "Year");

  /* The default: the three countries at the latest year, World left out. */
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_window_get_dataset (window)), ==, 3);
  g_assert_null (find_figure (window, "World"));
  g_assert_cmpfloat (find_figure (window, "Kosovo")->time, ==, 2016);

  g_assert_nonnull (year);
  select_item (ADW_COMBO_ROW (year), "2007");
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
  GtkWidget *row = find_row (GTK_WIDGET (hc_window_get_data_panel (window)), "Regions and Groups");

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
  GtkWidget *row = find_row (GTK_WIDGET (hc_window_get_data_panel (window)), "Country Code");

  g_assert_nonnull (find_figure (window, "Kosovo")->code);
  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), HC_ROLE_IGNORED);
  window_wait_until (code_ignored, window, "the file read again without codes");
  g_assert_null (find_figure (window, "Kosovo")->code);
  /* And the panel says so, for the file read again. */
  row = find_row (GTK_WIDGET (hc_window_get_data_panel (window)), "Country Code");
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
  GtkWidget *year = find_row (GTK_WIDGET (hc_window_get_data_panel (window)), "Year");
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
    if (GTK_IS_TOGGLE_BUTTON (w))
      play = GTK_TOGGLE_BUTTON (w);
  g_assert_nonnull (play);
  gtk_toggle_button_set_active (play, TRUE);
  g_assert_true (hc_window_is_playing (window));
  window_wait_until (not_playing, window, "the years to play to the last");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 3);
  g_assert_cmpfloat (find_figure (window, "Kosovo")->time, ==, 2008);
  g_assert_false (gtk_toggle_button_get_active (play));

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

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "line"));
  window_wait_until (has_series, window, "Kosovo's four years");
  window_wait_for_kind (hc_window_get_chart_view (window), HC_CHART_LINE);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (gtk_widget_get_parent (slider))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "bars"));
  g_assert_false (has_series (window));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (gtk_widget_get_parent (slider))));

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

  /* Bars cut one year again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "bars"));
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
  window_test_add ("/window/data/pyramid-view", test_pyramid_view);

  return g_test_run ();
}
