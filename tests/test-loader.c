/* test-loader.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hc-loader-private.h"

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

/* A figure without a label or a value, after figures that have them:
 * the message names the keys that would do. */
static void
test_json_missing_keys_named (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  dataset = load_json_string ("[{\"label\": \"A\", \"value\": 5},\n {\"value\": 6}]", &error);
  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "figure 2 has no label: give it one of the keys "
                                            "\"label\", \"name\", \"entity\", \"country\" or "
                                            "\"country name\""));
  g_clear_error (&error);

  dataset = load_json_string ("[{\"label\": \"A\", \"value\": 5},\n {\"label\": \"B\"}]", &error);
  g_assert_null (dataset);
  g_assert_nonnull (strstr (error->message, "figure “B” has no value: give it one of the keys "
                                            "\"value\", \"count\", \"number\", \"population\" or "
                                            "\"deaths\""));
}

/* Records without a label are a table without entities: the measure is
 * the figure. */
static void
test_json_missing_label (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  dataset = load_json_string ("[{\"value\": 5}]", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 1);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->label, ==, "value");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 5);
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

static HcDataset *
load_csv_named (const char  *csv,
                gsize        length,
                const char  *name,
                GError     **error)
{
  /* An exact-size copy: the loader must not rely on a terminating NUL. */
  g_autofree char *copy = g_memdup2 (csv, MAX (length, 1));

  return hc_loader_load_data (copy, length, name, HC_FORMAT_CSV, error);
}

static HcDataset *
load_csv (const char  *csv,
          GError     **error)
{
  return load_csv_named (csv, strlen (csv), "test.csv", error);
}

static void
test_csv_kosovo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "kosovo.csv", NULL);
  g_autoptr(HcDataset) dataset = hc_loader_load_path (path, 0, &error);
  g_autoptr(HcDataset) reference = hc_loader_load_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (hc_dataset_get_title (dataset), ==, "kosovo");
  g_assert_cmpstr (hc_dataset_get_source (dataset)->publisher, ==, "Reuters");
  g_assert_null (hc_dataset_get_source (dataset)->headline);

  /* The CSV form of the default dataset reads to the same figures. */
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 5);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, hc_dataset_get_n_figures (reference));
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *got = hc_dataset_get_figure (dataset, i);
      const HcFigure *want = hc_dataset_get_figure (reference, i);

      g_assert_cmpstr (got->label, ==, want->label);
      g_assert_cmpfloat (got->value, ==, want->value);
      g_assert_cmpint (got->approximate, ==, want->approximate);
      g_assert_cmpstr (got->category, ==, want->category);
      g_assert_cmpstr (got->unit, ==, want->unit);
      g_assert_cmpstr (got->note, ==, want->note);
      g_assert_cmpstr (got->quote, ==, want->quote);
    }

  g_assert_cmpstr (hc_dataset_get_figure (dataset, 4)->label, ==, "Dead, 1998–99 war");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 2000000);
  g_assert_true (hc_dataset_get_figure (dataset, 1)->approximate);
  g_assert_false (hc_dataset_get_figure (dataset, 2)->approximate);
}

static void
test_csv_semicolon (void)
{
  static const char csv[] = "Entity;Deaths\nSerbs;\"1,000\"\nCroats;about 500\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv_named (csv, strlen (csv), "/tmp/dir/deaths.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (hc_dataset_get_title (dataset), ==, "deaths");
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 2);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->label, ==, "Serbs");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 1000);
  g_assert_false (hc_dataset_get_figure (dataset, 0)->approximate);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 1)->value, ==, 500);
  g_assert_true (hc_dataset_get_figure (dataset, 1)->approximate);
}

static void
test_csv_tab (void)
{
  static const char csv[] =
    "name\tcount\tgroup\nSerbs\t120 000\tPopulation\nNATO\t16,000\tSecurity\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  /* Found by content, with no hint from the name. */
  dataset = hc_loader_load_data (csv, strlen (csv), "figures.tsv", HC_FORMAT_UNKNOWN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 2);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->category, ==, "Population");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 120000);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 1)->value, ==, 16000);
  g_assert_cmpstr (hc_dataset_get_title (dataset), ==, "figures");
}

static void
test_csv_header_names (void)
{
  static const char csv[] =
    "Year, COUNTRY ,Population,Group , unit,NOTE,Quote,Approximate\n"
    "2007,Kosovo,2000000,Europe,people,n,q,yes\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv (csv, &error);
  const HcFigure *figure;

  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 1);
  figure = hc_dataset_get_figure (dataset, 0);
  g_assert_cmpstr (figure->label, ==, "Kosovo");
  g_assert_cmpfloat (figure->value, ==, 2000000);
  g_assert_cmpstr (figure->category, ==, "Europe");
  g_assert_cmpstr (figure->unit, ==, "people");
  g_assert_cmpstr (figure->note, ==, "n");
  g_assert_cmpstr (figure->quote, ==, "q");
  g_assert_true (figure->approximate);
}

/* The World Bank's long format, as downloaded. */
static void
test_csv_world_bank (void)
{
  static const char csv[] =
    "Country Name,Country Code,Year,Value\n"
    "\"Korea, Rep.\",KOR,2007,48683638\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv (csv, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->label, ==, "Korea, Rep.");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 48683638);
  /* The code and the year are read, not thrown away. */
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->code, ==, "KOR");
  g_assert_true (hc_dataset_get_figure (dataset, 0)->has_time);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->time, ==, 2007);
  g_assert_cmpstr (hc_dataset_get_subtitle (dataset), ==, "2007");
}

static void
test_csv_trimmed_fields (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv ("label,value,category\n  Serbs  , 120 ,\" x \"\n",
                                           &error);

  g_assert_no_error (error);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->label, ==, "Serbs");
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 120);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->category, ==, "x");
}

static void
test_csv_blank_lines (void)
{
  static const char csv[] = "\n\r\nlabel,value\n\nA,1\n   \n,\n\"\",\nB,2\n\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv (csv, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 2);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 1)->label, ==, "B");
}

static void
test_csv_bom_crlf (void)
{
  static const char csv[] = "\xEF\xBB\xBFLabel,Value\r\nA,1\r\n\"B\r\nC\",2\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv (csv, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 2);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->label, ==, "A");
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 1)->label, ==, "B\r\nC");
}

static void
test_csv_duplicate_labels (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv ("label,value\nA,1\nA,2\n", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 2);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 1);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 1)->value, ==, 2);
}

static void
test_csv_source (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) shared = load_csv ("label,value,source\nA,1,AP\nB,2, AP \n", &error);
  g_autoptr(HcDataset) mixed = load_csv ("label,value,source\nA,1,AP\nB,2,Reuters\nC,3,AP\n",
                                         &error);
  g_autoptr(HcDataset) none = load_csv ("label,value\nA,1\n", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (hc_dataset_get_source (shared)->publisher, ==, "AP");
  g_assert_null (hc_dataset_get_source (mixed)->publisher);
  g_assert_null (hc_dataset_get_source (none)->publisher);
}

static void
test_csv_approximate_column (void)
{
  static const char csv[] =
    "label,value,approximate\n"
    "a,1,true\nb,1,FALSE\nc,1,Yes\nd,1,no\ne,1,1\nf,1,0\ng,1,≈\nh,1,\ni,~1,no\n";
  static const gboolean expected[] = { TRUE, FALSE, TRUE, FALSE, TRUE, FALSE, TRUE, FALSE, TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv (csv, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, G_N_ELEMENTS (expected));
  /* A marker in the value is not undone by a "no" in the column. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (hc_dataset_get_figure (dataset, i)->approximate, ==, expected[i]);
}

static void
test_csv_title (void)
{
  g_autoptr(GError) error = NULL;
  static const char csv[] = "label,value\nA,1\n";
  g_autoptr(HcDataset) dotted = load_csv_named (csv, strlen (csv), "/a/b/my.data.csv", &error);
  g_autoptr(HcDataset) plain = load_csv_named (csv, strlen (csv), "figures", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (hc_dataset_get_title (dotted), ==, "my.data");
  g_assert_cmpstr (hc_dataset_get_title (plain), ==, "figures");
}

static void
test_csv_header_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv ("label,value\n\n\n", &error);

  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "test.csv: there are no figures");
}

static void
test_csv_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv ("\xEF\xBB\xBF\n\n", &error);

  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "test.csv: the file is empty");
}

static void
test_csv_bad_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", "decimal-comma.csv",
                                                 NULL);
  g_autofree char *expected = g_strdup_printf ("%s:3:9: the value of “Croats”: ',' must separate "
                                               "groups of three digits (write decimals with '.', "
                                               "as in 1.5)", path);
  g_autoptr(HcDataset) dataset = hc_loader_load_path (path, 0, &error);

  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==, expected);
}

typedef struct
{
  const char  *path;
  const char  *input;
  gsize        length;     /* 0: strlen (input) */
  HcLoadError  code;
  const char  *message;    /* the whole message, starting "bad.csv:LINE:COL: " */
} MalformedCsv;

static const MalformedCsv malformed_csv[] = {
  { "/loader/csv/error/no-header", "Serbs,120000\nCroats,5\n", 0, HC_LOAD_ERROR_MISSING,
    "bad.csv:1:7: the first row looks like data, not a header: add a header row that names the "
    "columns (such as label,value)" },
  { "/loader/csv/error/duplicate-header", "label,value,value\nA,1,2\n", 0, HC_LOAD_ERROR_SYNTAX,
    "bad.csv:1:13: the column “value” appears twice (columns 2 and 3); keep only one of them" },
  { "/loader/csv/error/too-many-fields", "label,value\nA,1\nB,2,3\n", 0, HC_LOAD_ERROR_SYNTAX,
    "bad.csv:3:5: expected 2 fields as in the header, got 3" },
  { "/loader/csv/error/too-few-fields", "label,value,unit\nA,1,x\nB,2\n", 0, HC_LOAD_ERROR_SYNTAX,
    "bad.csv:3:3: expected 3 fields as in the header, got 2" },
  { "/loader/csv/error/empty-label", "label,value\n  ,5\n", 0, HC_LOAD_ERROR_MISSING,
    "bad.csv:2:1: the label is empty" },
  { "/loader/csv/error/trailing-garbage", "label,value\nSerbs,12abc\n", 0, HC_LOAD_ERROR_VALUE,
    "bad.csv:2:9: the value of “Serbs”: unexpected “abc” after the number" },
  { "/loader/csv/error/decimal-comma", "label,value\nÉlan,\"≈ 1,5\"\n", 0, HC_LOAD_ERROR_VALUE,
    "bad.csv:2:10: the value of “Élan”: ',' must separate groups of three digits "
    "(write decimals with '.', as in 1.5)" },
  { "/loader/csv/error/dot-grouping", "label;value\nA;2.000.000\n", 0, HC_LOAD_ERROR_VALUE,
    "bad.csv:2:4: the value of “A”: this looks like a number grouped with '.' separators, "
    "which is ambiguous; write it without separators or with ','" },
  { "/loader/csv/error/hex", "label,value\nA, 0x1A\n", 0, HC_LOAD_ERROR_VALUE,
    "bad.csv:2:4: the value of “A”: hexadecimal numbers are not supported; "
    "write the number in decimal" },
  { "/loader/csv/error/overflow", "label,value\nA,1e999\n", 0, HC_LOAD_ERROR_VALUE,
    "bad.csv:2:3: the value of “A”: the number is too large to represent" },
  { "/loader/csv/error/value-after-multiline", "label,value,quote\n\"multi\nline\",5x,q\n", 0,
    HC_LOAD_ERROR_VALUE,
    "bad.csv:3:8: the value of “multi\\nline”: unexpected “x” after the number" },
  { "/loader/csv/error/approximate", "label,value,approximate\nA,1,maybe\n", 0,
    HC_LOAD_ERROR_VALUE, "bad.csv:2:5: “maybe” is not an approximate flag: use true, false, yes, "
    "no, 1, 0, ≈ or nothing" },
  { "/loader/csv/error/unterminated-quote", "label,value\nA,\"5\nB,6\n", 0, HC_LOAD_ERROR_SYNTAX,
    "bad.csv:2:3: this quoted field is never closed" },
  { "/loader/csv/error/stray-quote", "label,value\nA 5\" tall,5\n", 0, HC_LOAD_ERROR_SYNTAX,
    "bad.csv:2:4: a quote inside an unquoted field (quote the whole field and double the quote)" },
  { "/loader/csv/error/utf16", "\xFF\xFEl\0a\0", 6, HC_LOAD_ERROR_ENCODING,
    "bad.csv:1:1: UTF-16 is not supported; save as UTF-8" },
  { "/loader/csv/error/nul", "label,value\nA,5\0\n", 17, HC_LOAD_ERROR_ENCODING,
    "bad.csv:2:4: the file contains a NUL byte; it is not a text file in UTF-8" },
};

static void
test_csv_malformed (gconstpointer data)
{
  const MalformedCsv *item = data;
  gsize length = item->length > 0 ? item->length : strlen (item->input);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_csv_named (item->input, length, "bad.csv", &error);

  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, (int) item->code);
  g_assert_cmpstr (error->message, ==, item->message);
}

static void
test_csv_too_many_columns (void)
{
  g_autoptr(GString) csv = g_string_new ("label,value");
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  g_autofree char *expected = NULL;

  for (guint i = 2; i < 1000; i++)
    g_string_append_printf (csv, ",x%03u", i);
  dataset = load_csv_named (csv->str, csv->len, "wide.csv", &error);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY);
  g_clear_error (&error);

  /* 1000 columns are fine; the 1001st header starts after the comma that
   * follows the 1000th. */
  expected = g_strdup_printf ("wide.csv:1:%u: more than 1000 columns, the limit",
                              (guint) csv->len + 2);
  g_string_append (csv, ",x1000");
  dataset = load_csv_named (csv->str, csv->len, "wide.csv", &error);
  g_assert_null (dataset);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Cancel stops a big load part-way through, not only hides its result. */
static void
test_csv_cancel (void)
{
  g_autoptr(GString) csv = g_string_new ("label,value\n");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = NULL;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (csv, "Row %u,%u\n", i, i + 1);

  table = hc_loader_read_data (csv->str, csv->len, "big.csv", HC_FORMAT_CSV, NULL, cancellable,
                               &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_table_get_n_rows (table), ==, 50000);
  g_clear_pointer (&table, hc_table_unref);

  g_cancellable_cancel (cancellable);
  table = hc_loader_read_data (csv->str, csv->len, "big.csv", HC_FORMAT_CSV, NULL, cancellable,
                               &error);
  g_assert_null (table);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
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
  g_test_add_func ("/loader/json/missing-keys-named", test_json_missing_keys_named);
  g_test_add_func ("/loader/json/deep-nesting", test_json_deep_nesting);
  g_test_add_func ("/loader/json/empty", test_json_empty);
  g_test_add_func ("/loader/path/directory", test_path_directory);
  g_test_add_func ("/loader/path/missing", test_path_missing);
  g_test_add_func ("/loader/path/not-regular", test_path_not_regular);
  g_test_add_func ("/loader/csv/kosovo", test_csv_kosovo);
  g_test_add_func ("/loader/csv/semicolon", test_csv_semicolon);
  g_test_add_func ("/loader/csv/tab", test_csv_tab);
  g_test_add_func ("/loader/csv/header-names", test_csv_header_names);
  g_test_add_func ("/loader/csv/world-bank", test_csv_world_bank);
  g_test_add_func ("/loader/csv/cancel", test_csv_cancel);
  g_test_add_func ("/loader/csv/trimmed-fields", test_csv_trimmed_fields);
  g_test_add_func ("/loader/csv/blank-lines", test_csv_blank_lines);
  g_test_add_func ("/loader/csv/bom-crlf", test_csv_bom_crlf);
  g_test_add_func ("/loader/csv/duplicate-labels", test_csv_duplicate_labels);
  g_test_add_func ("/loader/csv/source", test_csv_source);
  g_test_add_func ("/loader/csv/approximate-column", test_csv_approximate_column);
  g_test_add_func ("/loader/csv/title", test_csv_title);
  g_test_add_func ("/loader/csv/header-only", test_csv_header_only);
  g_test_add_func ("/loader/csv/empty", test_csv_empty);
  g_test_add_func ("/loader/csv/bad-file", test_csv_bad_file);
  g_test_add_func ("/loader/csv/too-many-columns", test_csv_too_many_columns);
  for (guint i = 0; i < G_N_ELEMENTS (malformed_csv); i++)
    g_test_add_data_func (malformed_csv[i].path, &malformed_csv[i], test_csv_malformed);

  return g_test_run ();
}
