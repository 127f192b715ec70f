/* test-compare.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sentences under the table, and the shares in its column.
 */
#include "config.h"

#include <string.h>

#include "hc-compare.h"
#include "hc-loader.h"


static HcFigure
figure (const char *label,
        double      value,
        gboolean    approximate)
{
  return (HcFigure) { .label = (char *) label, .value = value, .approximate = approximate };
}

static void
assert_sentence (HcFigure    a,
                 HcFigure    b,
                 const char *expected)
{
  g_autofree char *sentence = hc_compare_sentence (&a, &b);

  g_assert_cmpstr (sentence, ==, expected);
}

static void
test_larger (void)
{
  assert_sentence (figure ("NATO peace force", 16000, FALSE), figure ("Ethnic Albanians", 2000000, FALSE),
                   "16,000 NATO peace force: 1 for every 125 Ethnic Albanians");
  /* Under ten, one decimal. */
  assert_sentence (figure ("NATO peace force", 16000, FALSE), figure ("Serbs", 120000, FALSE),
                   "16,000 NATO peace force: 1 for every 7.5 Serbs");
}

static void
test_smaller (void)
{
  assert_sentence (figure ("Ethnic Albanians", 2000000, FALSE), figure ("EU police officers", 1600, FALSE),
                   "2,000,000 is 1,250× 1,600 EU police officers");
  assert_sentence (figure ("NATO peace force", 16000, FALSE), figure ("EU police officers", 1600, FALSE),
                   "16,000 is 10× 1,600 EU police officers");
  assert_sentence (figure ("A", 3, FALSE), figure ("B", 2, FALSE), "3 is 1.5× 2 B");
}

/* A ratio built from an approximate figure is approximate too. */
static void
test_approximate (void)
{
  assert_sentence (figure ("NATO peace force", 16000, FALSE), figure ("Ethnic Albanians", 2000000, TRUE),
                   "16,000 NATO peace force: about 1 for every 125 Ethnic Albanians");
  assert_sentence (figure ("Ethnic Albanians", 2000000, TRUE), figure ("EU police officers", 1600, FALSE),
                   "2,000,000 is about 1,250× 1,600 EU police officers");
}

static void
test_same (void)
{
  assert_sentence (figure ("A", 100, FALSE), figure ("B", 100, FALSE), "100 A: as many as 100 B");
  assert_sentence (figure ("A", 103, FALSE), figure ("B", 100, FALSE), "103 A: as many as 100 B");
  assert_sentence (figure ("A", 100, FALSE), figure ("B", 103, FALSE), "100 A: as many as 103 B");
}

static void
test_no_ratio (void)
{
  assert_sentence (figure ("A", 0, FALSE), figure ("B", 5, FALSE), "0 A and 5 B cannot be compared as a ratio");
  assert_sentence (figure ("A", 5, FALSE), figure ("B", -2, FALSE),
                   "5 A and −2 B cannot be compared as a ratio");
}

static void
test_default_dataset (void)
{
  g_autoptr(HcDataset) dataset = hc_loader_load_default (NULL);
  g_autoptr(GPtrArray) sentences = NULL;

  g_assert_nonnull (dataset);

  /* NATO peace force (index 2) against the four others, in dataset order. */
  sentences = hc_compare_sentences (dataset, 2, 10);
  g_assert_cmpuint (sentences->len, ==, 4);
  g_assert_cmpstr (sentences->pdata[0], ==, "16,000 NATO peace force: about 1 for every 125 Ethnic Albanians");
  g_assert_cmpstr (sentences->pdata[1], ==, "16,000 NATO peace force: about 1 for every 7.5 Serbs");
  g_assert_cmpstr (sentences->pdata[2], ==, "16,000 is 10× 1,600 EU police officers");
  g_assert_cmpstr (sentences->pdata[3], ==, "16,000 is about 1.6× 10,000 Dead, 1998–99 war");
  g_clear_pointer (&sentences, g_ptr_array_unref);

  /* Capped: two sentences, then how many were left out. */
  sentences = hc_compare_sentences (dataset, 2, 2);
  g_assert_cmpuint (sentences->len, ==, 3);
  g_assert_cmpstr (sentences->pdata[1], ==, "16,000 NATO peace force: about 1 for every 7.5 Serbs");
  g_assert_cmpstr (sentences->pdata[2], ==, "… and 2 more figures");
}

static void
test_shares (void)
{
  g_autoptr(HcDataset) dataset = hc_loader_load_default (NULL);
  g_autoptr(HcDataset) mixed = hc_dataset_new ("Mixed");
  g_autofree double *shares = NULL;
  g_autofree double *mixed_shares = NULL;
  HcFigure f = { 0 };

  shares = hc_compare_category_shares (dataset);
  g_assert_cmpfloat_with_epsilon (shares[0], 2000000.0 / 2120000.0, 1e-12);  /* of the population */
  g_assert_cmpfloat_with_epsilon (shares[1], 120000.0 / 2120000.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (shares[2], 16000.0 / 17600.0, 1e-12);     /* of the security forces */
  g_assert_cmpfloat_with_epsilon (shares[3], 1600.0 / 17600.0, 1e-12);
  g_assert_cmpfloat (shares[4], ==, 1.0);                                    /* alone in its category */

  f.label = "No category";
  f.value = 5;
  hc_dataset_add_figure (mixed, &f);
  f.label = "Negative";
  f.category = "C";
  f.value = -5;
  hc_dataset_add_figure (mixed, &f);
  mixed_shares = hc_compare_category_shares (mixed);
  g_assert_cmpfloat (mixed_shares[0], <, 0);
  g_assert_cmpfloat (mixed_shares[1], <, 0);

  /* Rates per 1,000 of one category are no shares of a total, nor is
   * there a total to be a part of. */
  {
    g_autoptr(HcDataset) rates = hc_dataset_new ("Rates");
    g_autofree double *rate_shares = NULL;
    g_autoptr(GPtrArray) sentences = NULL;

    f.category = "Deaths";
    f.label = "Albania";
    f.value = 5.06;
    hc_dataset_add_figure (rates, &f);
    f.label = "Kosovo";
    f.value = 4.47;
    hc_dataset_add_figure (rates, &f);
    hc_dataset_set_rate (rates, "Deaths per 1,000 people", 1000);
    rate_shares = hc_compare_category_shares (rates);
    g_assert_cmpfloat (rate_shares[0], <, 0);
    g_assert_cmpfloat (rate_shares[1], <, 0);
    sentences = hc_compare_sentences (rates, 0, 8);
    for (guint i = 0; i < sentences->len; i++)
      g_assert_null (strstr (sentences->pdata[i], "total"));
  }
}

/* A handful of others: every one, largest first. */
static void
test_highlights_few (void)
{
  g_autoptr(HcDataset) dataset = hc_loader_load_default (NULL);
  g_autoptr(GPtrArray) sentences = hc_compare_highlights (dataset, 2, 8);

  g_assert_cmpuint (sentences->len, ==, 4);
  g_assert_cmpstr (sentences->pdata[0], ==, "16,000 NATO peace force: about 1 for every 125 Ethnic Albanians");
  g_assert_cmpstr (sentences->pdata[1], ==, "16,000 NATO peace force: about 1 for every 7.5 Serbs");
  g_assert_cmpstr (sentences->pdata[2], ==, "16,000 is about 1.6× 10,000 Dead, 1998–99 war");
  g_assert_cmpstr (sentences->pdata[3], ==, "16,000 is 10× 1,600 EU police officers");
}

static HcDataset *
numbered_dataset (guint    n,
                  gboolean with_times)
{
  HcDataset *dataset = hc_dataset_new ("Many");

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *label = g_strdup_printf ("F%u", i);
      HcFigure f = { .label = label, .value = i, .has_time = with_times, .time = 2000 + i % 2 };

      hc_dataset_add_figure (dataset, &f);
    }

  return dataset;
}

/* 17,000 others: a few lines that say where it stands, not 17,000. */
static void
test_highlights_many (void)
{
  g_autoptr(HcDataset) dataset = numbered_dataset (17000, FALSE);
  g_autoptr(HcDataset) over_time = numbered_dataset (17000, TRUE);
  g_autoptr(GPtrArray) sentences = hc_compare_highlights (dataset, 4999, 8);
  g_autoptr(GPtrArray) largest = hc_compare_highlights (dataset, 16999, 8);
  g_autoptr(GPtrArray) smallest = hc_compare_highlights (dataset, 0, 8);
  g_autoptr(GPtrArray) timed = hc_compare_highlights (over_time, 4999, 8);

  g_assert_cmpuint (sentences->len, ==, 6);
  g_assert_cmpstr (sentences->pdata[0], ==, "F5000: number 12,001 of 17,000, largest first");
  g_assert_cmpstr (sentences->pdata[1], ==, "5,000 F5000: 1 for every 3.4 F17000 (the largest)");
  g_assert_cmpstr (sentences->pdata[2], ==, "5,000 F5000: as many as 5,001 F5001 (the next larger)");
  g_assert_cmpstr (sentences->pdata[3], ==, "5,000 F5000: as many as 4,999 F4999 (the next smaller)");
  g_assert_cmpstr (sentences->pdata[4], ==, "5,000 is 5,000× 1 F1 (the smallest)");
  g_assert_true (g_str_has_prefix (sentences->pdata[5], "5,000 F5000: "));
  g_assert_true (g_str_has_suffix (sentences->pdata[5], " of the total, 144,508,500"));

  /* The largest has nothing larger; the next smaller is named once. */
  g_assert_cmpuint (largest->len, ==, 4);
  g_assert_cmpstr (largest->pdata[0], ==, "F17000: number 1 of 17,000, largest first");
  g_assert_cmpstr (largest->pdata[1], ==, "17,000 F17000: as many as 16,999 F16999 (the next smaller)");
  g_assert_cmpstr (largest->pdata[2], ==, "17,000 is 17,000× 1 F1 (the smallest)");
  g_assert_cmpuint (smallest->len, ==, 4);
  g_assert_cmpstr (smallest->pdata[1], ==, "1 F1: 1 for every 17,000 F17000 (the largest)");
  g_assert_cmpstr (smallest->pdata[2], ==, "1 F1: 1 for every 2 F2 (the next larger)");

  /* Figures of two years do not add up to a total. */
  g_assert_cmpuint (timed->len, ==, 5);
  g_assert_null (strstr (timed->pdata[4], "total"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/larger", test_larger);
  g_test_add_func ("/compare/smaller", test_smaller);
  g_test_add_func ("/compare/approximate", test_approximate);
  g_test_add_func ("/compare/same", test_same);
  g_test_add_func ("/compare/no-ratio", test_no_ratio);
  g_test_add_func ("/compare/default-dataset", test_default_dataset);
  g_test_add_func ("/compare/shares", test_shares);
  g_test_add_func ("/compare/highlights/few", test_highlights_few);
  g_test_add_func ("/compare/highlights/many", test_highlights_many);

  return g_test_run ();
}
