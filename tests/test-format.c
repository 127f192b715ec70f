/* test-format.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hc-number.h"

static void
check (char       *result,
       const char *expected)
{
  g_assert_cmpstr (result, ==, expected);
  g_free (result);
}

static void
test_grouping_c_locale (void)
{
  /* The C locale has no separator; charts still group in threes. */
  check (hc_number_format (2000000, FALSE), "2,000,000");
  check (hc_number_format (1600, FALSE), "1,600");
  check (hc_number_format (999, FALSE), "999");
  check (hc_number_format (-120000, FALSE), "−120,000");
  check (hc_number_format (0, FALSE), "0");
}

static void
test_approximate (void)
{
  check (hc_number_format (10000, TRUE), "≈\u200910,000");
}

static void
test_decimals (void)
{
  check (hc_number_format (1.5, FALSE), "1.5");
  check (hc_number_format (2.25, FALSE), "2.25");
  check (hc_number_format (12345.6, FALSE), "12,346");
  check (hc_number_format_full (1234.5, 1, FALSE), "1,234.5");
  check (hc_number_format (0.0001234, FALSE), "0.0001");
}

static void
test_huge (void)
{
  /* Beyond the 15 digits a double holds, scientific notation: no
   * 301-digit labels, no binary noise in the last digits. */
  check (hc_number_format (1e300, FALSE), "1\u202f×\u202f10³⁰⁰");
  check (hc_number_format (-1.23456789e29, TRUE), "≈\u2009−1.23457\u202f×\u202f10²⁹");
  check (hc_number_format (5e28, FALSE), "5\u202f×\u202f10²⁸");
  check (hc_number_format (999999999999999, FALSE), "999,999,999,999,999");
}

static void
test_compact (void)
{
  check (hc_number_format_compact (1000000), "1M");
  check (hc_number_format_compact (2500000), "2.5M");
  check (hc_number_format_compact (100000), "100,000");
  check (hc_number_format_compact (3000000000.0), "3B");
}

static void
test_percent (void)
{
  check (hc_number_format_percent (0.9), "90\u202f%");
  check (hc_number_format_percent (0.0012), "0.1\u202f%");
  check (hc_number_format_percent (0.00001), "<\u20090.1\u202f%");
  check (hc_number_format_percent (0.9996), "100\u202f%");
  check (hc_number_format_percent (0.9993), "99.9\u202f%");
}

static void
test_plain (void)
{
  check (hc_number_format_plain (2000000), "2000000");
  check (hc_number_format_plain (1.5), "1.5");
  check (hc_number_format_plain (-3), "-3");
}

static void
test_german_locale (void)
{
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("de_DE.UTF-8 is not installed");
      return;
    }

  check (hc_number_format (2000000, FALSE), "2.000.000");
  check (hc_number_format (1.5, FALSE), "1,5");
  /* Machine output stays in C conventions whatever the locale. */
  check (hc_number_format_plain (1.5), "1.5");
  setlocale (LC_NUMERIC, "C");
}

static void
test_french_locale (void)
{
  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("fr_FR.UTF-8 is not installed");
      return;
    }

  /* Digit groups are separated by a narrow no-break space. */
  check (hc_number_format (2000000, FALSE), "2\u202f000\u202f000");
  check (hc_number_format (1.5, TRUE), "≈\u20091,5");
  setlocale (LC_NUMERIC, "C");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/grouping", test_grouping_c_locale);
  g_test_add_func ("/format/approximate", test_approximate);
  g_test_add_func ("/format/decimals", test_decimals);
  g_test_add_func ("/format/huge", test_huge);
  g_test_add_func ("/format/compact", test_compact);
  g_test_add_func ("/format/percent", test_percent);
  g_test_add_func ("/format/plain", test_plain);
  g_test_add_func ("/format/locale/de", test_german_locale);
  g_test_add_func ("/format/locale/fr", test_french_locale);

  return g_test_run ();
}
