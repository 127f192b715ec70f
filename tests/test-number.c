/* test-number.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hc-error.h"
#include "hc-number.h"

static void
assert_parses (const char *text,
               double      expected,
               gboolean    expected_approximate)
{
  g_autoptr(GError) error = NULL;
  double value = -12345;
  gboolean approximate = !expected_approximate;
  gsize offset = 999;

  if (!hc_number_parse (text, &value, &approximate, &offset, &error))
    g_error ("“%s” did not parse: %s", text, error->message);
  g_assert_no_error (error);
  g_assert_cmpfloat (value, ==, expected);
  g_assert_cmpint (approximate, ==, expected_approximate);
}

static void
assert_rejects (const char *text,
                gsize       expected_offset,
                const char *message_part)
{
  g_autoptr(GError) error = NULL;
  double value = 42;
  gboolean approximate = FALSE;
  gsize offset = 999;

  if (hc_number_parse (text, &value, &approximate, &offset, &error))
    g_error ("“%s” parsed as %g but should not", text, value);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE);
  g_assert_cmpuint (offset, ==, expected_offset);
  if (strstr (error->message, message_part) == NULL)
    g_error ("message for “%s” is “%s”, expected it to contain “%s”",
             text, error->message, message_part);
  /* Outputs stay untouched on failure. */
  g_assert_cmpfloat (value, ==, 42);
}

static void
test_plain (void)
{
  assert_parses ("2000000", 2000000, FALSE);
  assert_parses ("0", 0, FALSE);
  assert_parses ("1600", 1600, FALSE);
}

static void
test_grouped (void)
{
  assert_parses ("2,000,000", 2000000, FALSE);
  assert_parses ("120,000", 120000, FALSE);
  assert_parses ("1,600", 1600, FALSE);
  assert_parses ("12,345,678.25", 12345678.25, FALSE);
}

static void
test_grouped_spaces (void)
{
  assert_parses ("2 000 000", 2000000, FALSE);
  assert_parses ("2\xC2\xA0" "000\xC2\xA0" "000", 2000000, FALSE);         /* U+00A0 */
  assert_parses ("2\xE2\x80\xAF" "000\xE2\x80\xAF" "000", 2000000, FALSE); /* U+202F */
  assert_parses ("10 000.5", 10000.5, FALSE);
}

static void
test_decimal (void)
{
  assert_parses ("1.5", 1.5, FALSE);
  assert_parses (".5", 0.5, FALSE);
  assert_parses ("5.", 5, FALSE);
  /* A lone dot is always the decimal point. */
  assert_parses ("2.000", 2, FALSE);
}

static void
test_exponent (void)
{
  assert_parses ("1e6", 1e6, FALSE);
  assert_parses ("1E6", 1e6, FALSE);
  assert_parses ("2.5e-3", 2.5e-3, FALSE);
  assert_parses ("1e+3", 1000, FALSE);
}

static void
test_whitespace (void)
{
  assert_parses ("  42\t", 42, FALSE);
  assert_parses ("\xC2\xA0" "42\xC2\xA0", 42, FALSE);
  assert_parses ("\n7\r\n", 7, FALSE);
}

static void
test_sign (void)
{
  g_autoptr(GError) error = NULL;
  double value = 1;

  assert_parses ("+5", 5, FALSE);
  assert_parses ("-5", -5, FALSE);
  assert_parses ("-1,000", -1000, FALSE);

  /* No negative zero: it would print as "-0". */
  g_assert_true (hc_number_parse ("-0", &value, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (value, ==, 0);
  g_assert_false (signbit (value));
}

static void
test_approximate (void)
{
  static const char * const markers[] = {
    "around ", "about ", "approximately ", "approx. ", "approx.", "approx ", "some ",
    "nearly ", "roughly ", "almost ", "circa ", "c. ", "c.", "ca. ", "ca.", "~", "~ ",
    "\xE2\x89\x88", "\xE2\x89\x88 ", "AROUND ", "About ", "Ca. ", "C.",
    "about\xC2\xA0",
  };

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      g_autofree char *text = g_strconcat (markers[i], "10,000", NULL);
      g_autofree char *padded = g_strconcat ("  ", markers[i], "120000 ", NULL);

      assert_parses (text, 10000, TRUE);
      assert_parses (padded, 120000, TRUE);
    }

  assert_parses ("~-3", -3, TRUE);
  assert_parses ("10,000", 10000, FALSE);
}

static void
test_large (void)
{
  /* Above 2^53 doubles are 2 apart: accepted, rounded. */
  assert_parses ("9007199254740993", 9007199254740992.0, FALSE);
  assert_parses ("1e308", 1e308, FALSE);
  assert_parses ("0e-400", 0, FALSE);
}

static void
test_null_outputs (void)
{
  g_assert_true (hc_number_parse ("about 3", NULL, NULL, NULL, NULL));
  g_assert_false (hc_number_parse ("x", NULL, NULL, NULL, NULL));
}

static void
test_long_input (void)
{
  g_autofree char *digits = g_strnfill (400, '1');
  g_autofree char *long_number = g_strconcat ("1", digits, "x", NULL);
  g_autofree char *letters = g_strnfill (60, 'x');
  g_autofree char *long_garbage = g_strconcat ("1", letters, NULL);
  g_autoptr(GError) error = NULL;
  double value = 0;
  gsize offset = 0;

  /* Longer than the parser's stack buffer. */
  g_assert_false (hc_number_parse (digits, &value, NULL, &offset, &error));
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_clear_error (&error);

  digits[300] = '\0';
  g_assert_true (hc_number_parse (digits, &value, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (value / 1.111111111111111e299, 1, 1e-12);

  assert_rejects (long_number, 401, "unexpected “x” after the number");
  /* Long garbage is not repeated in the message. */
  assert_rejects (long_garbage, 1, "unexpected text after the number");
}

static void
test_reject_empty (void)
{
  assert_rejects ("", 0, "empty");
  assert_rejects ("   ", 0, "empty");
}

static void
test_reject_nan (void)
{
  assert_rejects ("NaN", 0, "not a number");
  assert_rejects ("nan", 0, "not a number");
  assert_rejects (" -nan", 1, "not a number");
}

static void
test_reject_infinity (void)
{
  assert_rejects ("inf", 0, "infinity");
  assert_rejects ("-Infinity", 0, "infinity");
  assert_rejects ("about INF", 6, "infinity");
}

static void
test_reject_overflow (void)
{
  assert_rejects ("1e999", 0, "too large");
  assert_rejects (" -1e999", 1, "too large");
}

static void
test_reject_underflow (void)
{
  assert_rejects ("1e-400", 0, "too small");
  assert_rejects ("1e-310", 0, "too small");
}

static void
test_reject_dot_grouping (void)
{
  assert_rejects ("2.000.000", 1, "grouped with '.' separators");
  assert_rejects ("1.000,5", 1, "ambiguous");
}

static void
test_reject_hex (void)
{
  assert_rejects ("0x1A", 0, "hexadecimal");
  assert_rejects ("-0X10", 0, "hexadecimal");
}

static void
test_reject_trailing (void)
{
  assert_rejects ("12abc", 2, "unexpected “abc” after the number");
  assert_rejects ("1000 people", 5, "unexpected “people”");
  assert_rejects ("1e", 1, "unexpected “e”");
  assert_rejects ("5%", 1, "unexpected “%”");
  assert_rejects ("2,000,", 5, "unexpected “,”");
}

static void
test_reject_decimal_comma (void)
{
  assert_rejects ("1,5", 1, "',' must separate groups of three digits");
  assert_rejects ("3,14159", 1, "groups of three");
}

static void
test_reject_bad_groups (void)
{
  assert_rejects ("1,00,000", 1, "groups of three");
  assert_rejects ("1000,000", 4, "groups of three");
  assert_rejects ("1,000,00", 5, "groups of three");
  assert_rejects ("2 5", 1, "groups of three");
}

static void
test_reject_mixed_separators (void)
{
  assert_rejects ("1,000 000", 5, "mixes different thousands separators");
  assert_rejects ("1 000\xC2\xA0" "000", 5, "mixes");
}

static void
test_reject_no_digits (void)
{
  assert_rejects ("abc", 0, "“abc” is not a number");
  assert_rejects ("-", 0, "no digit");
  assert_rejects ("+-5", 0, "no digit");
  assert_rejects (".", 0, "no digit");
  assert_rejects ("about", 0, "not a number");
  assert_rejects ("about ", 6, "no number after “about”");
  assert_rejects ("~ ~5", 2, "not a number");
  /* A marker word must stand apart from what follows. */
  assert_rejects ("about5", 0, "not a number");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/number/plain", test_plain);
  g_test_add_func ("/number/grouped", test_grouped);
  g_test_add_func ("/number/grouped-spaces", test_grouped_spaces);
  g_test_add_func ("/number/decimal", test_decimal);
  g_test_add_func ("/number/exponent", test_exponent);
  g_test_add_func ("/number/whitespace", test_whitespace);
  g_test_add_func ("/number/sign", test_sign);
  g_test_add_func ("/number/approximate", test_approximate);
  g_test_add_func ("/number/large", test_large);
  g_test_add_func ("/number/null-outputs", test_null_outputs);
  g_test_add_func ("/number/long-input", test_long_input);
  g_test_add_func ("/number/reject/empty", test_reject_empty);
  g_test_add_func ("/number/reject/nan", test_reject_nan);
  g_test_add_func ("/number/reject/infinity", test_reject_infinity);
  g_test_add_func ("/number/reject/overflow", test_reject_overflow);
  g_test_add_func ("/number/reject/underflow", test_reject_underflow);
  g_test_add_func ("/number/reject/dot-grouping", test_reject_dot_grouping);
  g_test_add_func ("/number/reject/hex", test_reject_hex);
  g_test_add_func ("/number/reject/trailing", test_reject_trailing);
  g_test_add_func ("/number/reject/decimal-comma", test_reject_decimal_comma);
  g_test_add_func ("/number/reject/bad-groups", test_reject_bad_groups);
  g_test_add_func ("/number/reject/mixed-separators", test_reject_mixed_separators);
  g_test_add_func ("/number/reject/no-digits", test_reject_no_digits);

  return g_test_run ();
}
