/* test-loader.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hc-loader.h"

static HcDataset *
load_json_string (const char  *json,
                  GError     **error)
{
  return hc_loader_load_data (json, strlen (json), "test.json", HC_FORMAT_JSON, error);
}

static void
test_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);
  static const struct { const char *label; double value; gboolean approximate; } expected[] = {
    { "Ethnic Albanians", 2000000, TRUE },
    { "Serbs", 120000, TRUE },
    { "NATO peace force", 16000, FALSE },
    { "EU police officers", 1600, FALSE },
    { "Dead, 1998–99 war", 10000, TRUE },
  };

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (hc_dataset_get_title (dataset), ==, "Kosovo, December 2007");
  g_assert_cmpstr (hc_dataset_get_source (dataset)->publisher, ==, "Reuters");
  g_assert_cmpstr (hc_dataset_get_source (dataset)->date, ==, "2007-12-10");
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);

      g_assert_cmpstr (figure->label, ==, expected[i].label);
      g_assert_cmpfloat (figure->value, ==, expected[i].value);
      g_assert_cmpint (figure->approximate, ==, expected[i].approximate);
      g_assert_nonnull (figure->quote);
      g_assert_nonnull (figure->category);
    }
}

static void
test_json_unknown_keys (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  dataset = load_json_string ("{\"version\": 7, \"title\": \"T\", \"extra\": {\"a\": [1]},"
                              " \"figures\": [{\"label\": \"A\", \"value\": 5, \"colour\": \"red\"}]}",
                              &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 1);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 5);
}

static void
test_json_syntax_position (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  dataset = load_json_string ("{\"figures\": [\n  {\"label\": \"A\", \"value\": 5,}\n]}", &error);
  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "test.json:2:"));
}

static void
test_json_bad_value (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  dataset = load_json_string ("{\"figures\": [\n {\"label\": \"A\", \"value\": 5},\n"
                              " {\"label\": \"B\", \"value\": true}\n]}", &error);
  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE);
  g_assert_true (g_str_has_prefix (error->message, "test.json:3:"));
  g_assert_nonnull (strstr (error->message, "“B”"));
}

static void
test_json_missing_label (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  dataset = load_json_string ("[{\"value\": 5}]", &error);
  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING);
  g_assert_true (g_str_has_prefix (error->message, "test.json:1:"));
}

static void
test_json_deep_nesting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  g_autofree char *deep = g_strnfill (100000, '[');

  dataset = hc_loader_load_data (deep, strlen (deep), "deep.json", HC_FORMAT_JSON, &error);
  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "deep.json:1:65: nesting deeper than 64 levels");
}

static void
test_json_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  dataset = hc_loader_load_data ("  \n", 3, "empty.json", HC_FORMAT_JSON, &error);
  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "empty.json: the file is empty");
}

static void
test_detect_format (void)
{
  g_assert_cmpint (hc_loader_detect_format ("a.JSON", "x", 1), ==, HC_FORMAT_JSON);
  g_assert_cmpint (hc_loader_detect_format ("a.tsv", "{", 1), ==, HC_FORMAT_CSV);
  g_assert_cmpint (hc_loader_detect_format ("data", "\xEF\xBB\xBF  [", 6), ==, HC_FORMAT_JSON);
  g_assert_cmpint (hc_loader_detect_format ("data", "a,b\n", 4), ==, HC_FORMAT_CSV);
}

static void
test_path_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_path ("/", 0, &error);

  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "/: is a directory, not a data file");
}

static void
test_path_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_path ("/nonexistent/missing.csv", 0, &error);

  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "/nonexistent/missing.csv: No such file or directory");
}

static void
test_path_not_regular (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_path ("/dev/zero", 0, &error);

  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "/dev/zero: is not a regular file");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader/default", test_default);
  g_test_add_func ("/loader/detect-format", test_detect_format);
  g_test_add_func ("/loader/json/unknown-keys", test_json_unknown_keys);
  g_test_add_func ("/loader/json/syntax-position", test_json_syntax_position);
  g_test_add_func ("/loader/json/bad-value", test_json_bad_value);
  g_test_add_func ("/loader/json/missing-label", test_json_missing_label);
  g_test_add_func ("/loader/json/deep-nesting", test_json_deep_nesting);
  g_test_add_func ("/loader/json/empty", test_json_empty);
  g_test_add_func ("/loader/path/directory", test_path_directory);
  g_test_add_func ("/loader/path/missing", test_path_missing);
  g_test_add_func ("/loader/path/not-regular", test_path_not_regular);

  return g_test_run ();
}
