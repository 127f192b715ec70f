/* test-dataset-diff.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "hc-dataset-diff.h"

static HcDataset *
dataset_of (const char *first_label,
            ...)
{
  HcDataset *dataset = hc_dataset_new ("t");
  const char *label = first_label;
  va_list args;

  va_start (args, first_label);
  while (label != NULL)
    {
      HcFigure figure = { .label = (char *) label, .value = va_arg (args, double) };

      hc_dataset_add_figure (dataset, &figure);
      label = va_arg (args, const char *);
    }
  va_end (args);

  return dataset;
}

static void
test_changed_and_added (void)
{
  g_autoptr(HcDataset) before = dataset_of ("Ethnic Albanians", 2000000.0, "Serbs", 120000.0, NULL);
  g_autoptr(HcDataset) after = dataset_of ("Ethnic Albanians", 2000000.0, "Serbs", 130000.0,
                                           "Roma", 35000.0, NULL);
  g_autofree char *text = hc_dataset_describe_changes (before, after, 3);

  g_assert_cmpstr (text, ==, "Serbs 120,000 → 130,000; 1 figure added");
}

static void
test_removed (void)
{
  g_autoptr(HcDataset) before = dataset_of ("A", 1.0, "B", 2.0, "C", 3.0, NULL);
  g_autoptr(HcDataset) after = dataset_of ("B", 2.0, NULL);
  g_autofree char *text = hc_dataset_describe_changes (before, after, 3);

  g_assert_cmpstr (text, ==, "2 figures removed");
}

static void
test_many_changes (void)
{
  g_autoptr(HcDataset) before = dataset_of ("A", 1.0, "B", 2.0, "C", 3.0, "D", 4.0, NULL);
  g_autoptr(HcDataset) after = dataset_of ("A", 10.0, "B", 20.0, "C", 30.0, "D", 40.0, NULL);
  g_autofree char *text = hc_dataset_describe_changes (before, after, 2);

  g_assert_cmpstr (text, ==, "A 1 → 10; B 2 → 20; 2 more values changed");
}

static void
test_nothing (void)
{
  g_autoptr(HcDataset) before = dataset_of ("A", 1.0, NULL);
  g_autoptr(HcDataset) after = dataset_of ("A", 1.0, NULL);
  g_autofree char *text = hc_dataset_describe_changes (before, after, 3);

  g_assert_cmpstr (text, ==, "no figures changed");
}

/* A chart moving from 2005 to 2008: each figure part of the way, in the
 * new dataset's order; a figure only the new year has is drawn as it is. */
static void
test_interpolate (void)
{
  g_autoptr(HcDataset) from = dataset_of ("Kosovo", 1700000.0, "Albania", 3000000.0,
                                          "Serbia", NAN, NULL);
  g_autoptr(HcDataset) to = dataset_of ("Albania", 2900000.0, "Kosovo", 1800000.0,
                                        "Serbia", 7300000.0, "Montenegro", 620000.0, NULL);
  g_autoptr(HcDataset) start = hc_dataset_interpolate (from, to, 0);
  g_autoptr(HcDataset) middle = hc_dataset_interpolate (from, to, 0.25);
  g_autoptr(HcDataset) end = hc_dataset_interpolate (from, to, 1);
  g_autoptr(HcDataset) beyond = hc_dataset_interpolate (from, to, 7);
  g_autoptr(HcDataset) other = dataset_of ("Chad", 1.0, NULL);

  g_assert_cmpuint (hc_dataset_get_n_figures (middle), ==, 4);
  g_assert_cmpstr (hc_dataset_get_figure (middle, 0)->label, ==, "Albania");
  g_assert_cmpfloat (hc_dataset_get_figure (start, 0)->value, ==, 3000000.0);
  g_assert_cmpfloat (hc_dataset_get_figure (middle, 0)->value, ==, 2975000.0);
  g_assert_cmpfloat (hc_dataset_get_figure (middle, 1)->value, ==, 1725000.0);
  g_assert_cmpfloat (hc_dataset_get_figure (end, 1)->value, ==, 1800000.0);
  g_assert_cmpfloat (hc_dataset_get_figure (beyond, 1)->value, ==, 1800000.0);
  /* No number to start from, no figure to start from: the new value. */
  g_assert_cmpfloat (hc_dataset_get_figure (middle, 2)->value, ==, 7300000.0);
  g_assert_cmpfloat (hc_dataset_get_figure (middle, 3)->value, ==, 620000.0);
  g_assert_cmpstr (hc_dataset_get_title (middle), ==, hc_dataset_get_title (to));
  /* On the way, what the figures are stays what the new year's are: its
   * fixed map colours, its order, its rate. */
  {
    HcValueDomain domain = { 0, 620000, 7300000, 1960, 2020 };
    g_autoptr(HcDataset) moving = NULL;

    hc_dataset_set_value_domain (to, &domain);
    hc_dataset_set_ordered (to, TRUE);
    hc_dataset_set_rate (to, "Deaths per 1,000 people", 1000);
    moving = hc_dataset_interpolate (from, to, 0.5);
    g_assert_nonnull (hc_dataset_get_value_domain (moving));
    g_assert_cmpfloat (hc_dataset_get_value_domain (moving)->max, ==, 7300000);
    g_assert_cmpfloat (hc_dataset_get_value_domain (moving)->last_time, ==, 2020);
    g_assert_true (hc_dataset_is_ordered (moving));
    g_assert_cmpfloat (hc_dataset_get_per (moving), ==, 1000);
    g_assert_cmpstr (hc_dataset_get_value_title (moving), ==, "Deaths per 1,000 people");
  }
  /* Nothing in common, or a figure twice: nothing to move. */
  g_assert_null (hc_dataset_interpolate (other, to, 0.5));
  {
    g_autoptr(HcDataset) twice = dataset_of ("Kosovo", 1.0, "Kosovo", 2.0, NULL);

    g_assert_null (hc_dataset_interpolate (twice, to, 0.5));
    g_assert_null (hc_dataset_interpolate (to, twice, 0.5));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset-diff/changed-and-added", test_changed_and_added);
  g_test_add_func ("/dataset-diff/removed", test_removed);
  g_test_add_func ("/dataset-diff/many-changes", test_many_changes);
  g_test_add_func ("/dataset-diff/nothing", test_nothing);
  g_test_add_func ("/dataset-diff/interpolate", test_interpolate);

  return g_test_run ();
}
