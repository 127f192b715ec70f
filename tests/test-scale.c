/* test-scale.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "hc-scale.h"

static void
test_choose (void)
{
  g_assert_cmpint (hc_scale_choose (1600, 2000000), ==, HC_SCALE_LOG);
  g_assert_cmpint (hc_scale_choose (100, 10000), ==, HC_SCALE_LINEAR);   /* exactly 100× */
  g_assert_cmpint (hc_scale_choose (99, 10000), ==, HC_SCALE_LOG);
  g_assert_cmpint (hc_scale_choose (0, 10), ==, HC_SCALE_LINEAR);
}

static void
test_linear_starts_at_zero (void)
{
  HcScale scale;

  hc_scale_init_linear (&scale, 2000000, 100, 1100);
  g_assert_cmpfloat (scale.domain_min, ==, 0);
  g_assert_cmpfloat (scale.domain_max, >=, 2000000);
  g_assert_cmpfloat_with_epsilon (hc_scale_map (&scale, 0), 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_scale_map (&scale, scale.domain_max), 1100, 1e-9);
  /* Proportional: half the value, half the length. */
  g_assert_cmpfloat_with_epsilon (hc_scale_map (&scale, 500000) - 100,
                                  (hc_scale_map (&scale, 1000000) - 100) / 2, 1e-9);
}

static void
test_linear_ticks_nice (void)
{
  HcScale scale;
  g_autoptr(GArray) ticks = NULL;

  hc_scale_init_linear (&scale, 2000000, 0, 1000);
  ticks = hc_scale_ticks (&scale, 6);

  g_assert_cmpuint (ticks->len, >=, 3);
  g_assert_cmpuint (ticks->len, <=, 6);
  g_assert_cmpfloat (g_array_index (ticks, double, 0), ==, 0);
  for (guint i = 1; i < ticks->len; i++)
    {
      double step = g_array_index (ticks, double, i) - g_array_index (ticks, double, i - 1);
      double mantissa = step / pow (10, floor (log10 (step)));

      g_assert_true (fabs (mantissa - 1) < 1e-9 || fabs (mantissa - 2) < 1e-9 ||
                     fabs (mantissa - 2.5) < 1e-9 || fabs (mantissa - 5) < 1e-9);
    }
  g_assert_cmpfloat (g_array_index (ticks, double, ticks->len - 1), >=, 2000000);
}

static void
test_log_domain_and_ticks (void)
{
  HcScale scale;
  g_autoptr(GArray) ticks = NULL;
  gboolean seen[7] = { FALSE };

  hc_scale_init_log (&scale, 1600, 2000000, 0, 1000);
  g_assert_cmpfloat (scale.domain_min, ==, 1000);
  g_assert_cmpfloat (scale.domain_max, ==, 2000000);

  /* Readers asked for 1,000 / 10,000 / 100,000 / 1,000,000 at least. */
  ticks = hc_scale_ticks (&scale, 5);
  for (guint i = 0; i < ticks->len; i++)
    {
      double v = g_array_index (ticks, double, i);
      double e = log10 (v);

      g_assert_cmpfloat (v, >, 0);
      if (fabs (e - round (e)) < 1e-9)
        seen[(int) round (e)] = TRUE;
    }
  g_assert_true (seen[3] && seen[4] && seen[5] && seen[6]);
  g_assert_cmpfloat (g_array_index (ticks, double, ticks->len - 1), ==, 2000000);
}

static void
test_log_map (void)
{
  HcScale scale;

  hc_scale_init_log (&scale, 1000, 100000, 0, 200);
  g_assert_cmpfloat_with_epsilon (hc_scale_map (&scale, 1000), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_scale_map (&scale, 10000), 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_scale_map (&scale, 100000), 200, 1e-9);
  /* No zero on a log axis: non-positive values sit at its start. */
  g_assert_cmpfloat (hc_scale_map (&scale, 0), ==, 0);
  g_assert_cmpfloat (hc_scale_map (&scale, -5), ==, 0);
}

static void
test_log_minor_ticks (void)
{
  HcScale scale;
  g_autoptr(GArray) few = NULL;
  g_autoptr(GArray) many = NULL;

  hc_scale_init_log (&scale, 1000, 100000, 0, 1000);
  few = hc_scale_ticks (&scale, 3);
  many = hc_scale_ticks (&scale, 12);
  g_assert_cmpuint (few->len, ==, 3);      /* 1,000  10,000  100,000 */
  g_assert_cmpuint (many->len, ==, 7);     /* with 2× and 5× steps */
  g_assert_cmpfloat (g_array_index (many, double, 1), ==, 2000);
  g_assert_cmpfloat (g_array_index (many, double, 2), ==, 5000);
}

/* However short the axis, no decade loses its line: the caption says each
 * solid line is ten times the one before. */
static void
test_log_every_decade (void)
{
  HcScale scale;
  g_autoptr(GArray) ticks = NULL;

  hc_scale_init_log (&scale, 1, 1e12, 0, 300);
  ticks = hc_scale_ticks (&scale, 4);
  g_assert_cmpuint (ticks->len, ==, 13);
  for (guint i = 1; i < ticks->len; i++)
    g_assert_cmpfloat (g_array_index (ticks, double, i) / g_array_index (ticks, double, i - 1), ==, 10);
}

static void
test_nice_step (void)
{
  g_assert_cmpfloat (hc_scale_nice_step (100, 5), ==, 20);
  g_assert_cmpfloat (hc_scale_nice_step (2000000, 5), ==, 500000);
  g_assert_cmpfloat (hc_scale_nice_step (7, 7), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scale/choose", test_choose);
  g_test_add_func ("/scale/linear/zero", test_linear_starts_at_zero);
  g_test_add_func ("/scale/linear/ticks", test_linear_ticks_nice);
  g_test_add_func ("/scale/log/domain-ticks", test_log_domain_and_ticks);
  g_test_add_func ("/scale/log/map", test_log_map);
  g_test_add_func ("/scale/log/minor-ticks", test_log_minor_ticks);
  g_test_add_func ("/scale/log/every-decade", test_log_every_decade);
  g_test_add_func ("/scale/nice-step", test_nice_step);

  return g_test_run ();
}
