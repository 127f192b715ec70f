/* test-dataset-diff.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

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

  return g_test_run ();
}
