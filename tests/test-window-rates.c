/* test-window-rates.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rates in the window: the data panel's Divide By and Per rows, used as a
 * person uses them, checked on the chart's figures. A file opens as
 * counts; dividing by the population shows deaths per 1,000 people.
 */
#include "config.h"

#include <string.h>

#include "hc-chart-view.h"
#include "hc-window.h"
#include "window-wait.h"

static gboolean
has_table_of_file (gpointer window)
{
  return !hc_window_is_busy (window) && hc_window_get_file (window) != NULL;
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

static void
test_divide_by (WindowTest *test)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "rates",
                                                 "wb-deaths-balkans.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcWindow *window = window_test_new ();
  GtkWidget *panel, *divide, *per, *year;
  const HcFigure *kosovo;

  hc_window_open_file (window, file);
  window_wait_until (has_table_of_file, window, "the file to be open");
  panel = GTK_WIDGET (hc_window_get_data_panel (window));
  divide = window_test_find_row (panel, "Divide By");
  per = window_test_find_row (panel, "Per");
  year = window_test_find_row (panel, "Year");
  g_assert_nonnull (divide);
  g_assert_nonnull (per);

  /* Counts first: nothing is divided until the user asks. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (divide)), ==, 0);
  g_assert_false (hc_dataset_is_rate (hc_window_get_dataset (window)));
  g_assert_false (gtk_widget_get_sensitive (per));

  /* The population is offered first. Dividing the population shown by
   * itself would be 1 everywhere: the measure moves to the deaths. */
  {
    g_autoptr(GtkStringObject) first = g_list_model_get_item (
      adw_combo_row_get_model (ADW_COMBO_ROW (divide)), 1);

    g_assert_cmpstr (gtk_string_object_get_string (first), ==, "Population");
  }
  window_test_select (year, "2008");
  window_test_select (divide, "Population");
  g_assert_true (gtk_widget_get_sensitive (per));
  g_assert_true (hc_dataset_is_rate (hc_window_get_dataset (window)));
  g_assert_cmpfloat (hc_dataset_get_per (hc_window_get_dataset (window)), ==, 1000);
  /* 8,050 dead of 1,800,858 people: 4.47009 per 1,000. */
  kosovo = find_figure (window, "Kosovo");
  g_assert_nonnull (kosovo);
  g_assert_cmpfloat_with_epsilon (kosovo->value, 4.47009, 1e-5);
  g_assert_nonnull (strstr (hc_dataset_get_subtitle (hc_window_get_dataset (window)),
                            "Deaths per 1,000 people"));

  window_test_select (per, "100,000");
  kosovo = find_figure (window, "Kosovo");
  g_assert_cmpfloat_with_epsilon (kosovo->value, 447.009, 1e-3);

  window_test_select (divide, "Nothing");
  g_assert_false (hc_dataset_is_rate (hc_window_get_dataset (window)));
  g_assert_cmpfloat (find_figure (window, "Kosovo")->value, ==, 8050);

  window_test_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  window_test_init (&argc, &argv);

  window_test_add ("/window/rates/divide-by", test_divide_by);

  return g_test_run ();
}
