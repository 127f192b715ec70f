/* test-table.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tables as publishers ship them. The files in tests/data/real/ are cuts of
 * the World Bank's, Our World in Data's and Gapminder's downloads (see
 * tests/data/real/README.md for their sources and licences); the values
 * asserted here are the ones those files hold.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "hc-cli.h"
#include "hc-countries.h"
#include "hc-loader.h"
#include "hc-selection.h"

static HcTable *
read_real (const char *name,
           GError    **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real", name, NULL);

  return hc_loader_read_path (path, NULL, NULL, error);
}

static HcTable *
read_text (const char *text,
           const char *name,
           GError    **error)
{
  return hc_loader_read_data (text, strlen (text), name, HC_FORMAT_UNKNOWN, NULL, NULL, error);
}

static const HcColumn *
role_column (const HcTable *table,
             HcRole         role)
{
  int index = hc_table_find_role (table, role);

  g_assert_cmpint (index, >=, 0);
  return hc_table_get_column (table, index);
}

/* The value of @measure for @entity at @time, or NAN when there is none. */
static double
lookup (const HcTable *table,
        const char    *entity,
        double         time,
        const char    *measure)
{
  int m = hc_table_find_column (table, measure);
  int t = hc_table_find_role (table, HC_ROLE_TIME);
  int e = hc_table_find_role (table, HC_ROLE_ENTITY);

  g_assert_cmpint (m, >=, 0);
  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    if (g_strcmp0 (hc_table_get_text (table, e, r), entity) == 0 &&
        (t < 0 || hc_table_get_column (table, t)->numbers[r] == time))
      return hc_table_get_column (table, m)->numbers[r];
  return NAN;
}

static gboolean
has_note (const HcTable *table,
          const char    *needle)
{
  GPtrArray *notes = hc_table_get_notes (table);

  for (guint i = 0; i < notes->len; i++)
    if (strstr (g_ptr_array_index (notes, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

static const HcFigure *
find_figure (const HcDataset *dataset,
             const char      *label)
{
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (g_strcmp0 (hc_dataset_get_figure (dataset, i)->label, label) == 0)
      return hc_dataset_get_figure (dataset, i);
  return NULL;
}

/* The World Bank's bulk download: a preamble, years as headers, a
 * trailing comma on every line. */
static void
test_world_bank_wide (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_real ("wb-wide-balkans.csv", &error);
  g_autoptr(HcDataset) dataset = NULL;
  const HcSource *source;

  g_assert_no_error (error);
  source = hc_table_get_source (table);
  g_assert_cmpstr (source->publisher, ==, "World Development Indicators");
  g_assert_cmpstr (source->date, ==, "2018-01-25");

  g_assert_cmpuint (hc_table_get_n_measures (table), ==, 1);
  g_assert_cmpstr (hc_table_get_column (table, hc_table_get_measures (table)[0])->name, ==,
                   "Population, total");
  g_assert_cmpstr (role_column (table, HC_ROLE_ENTITY)->name, ==, "Country Name");
  g_assert_cmpstr (role_column (table, HC_ROLE_CODE)->name, ==, "Country Code");
  g_assert_cmpint (hc_table_get_time_kind (table), ==, HC_TIME_YEAR);
  g_assert_true (has_note (table, "58 column headers (1960 to 2017)"));
  g_assert_true (has_note (table, "“Indicator Code” was not used"));

  /* Kosovo 1,733,404 in 2007; the 2017 column is empty in this edition:
   * no observation, not a zero. */
  g_assert_cmpfloat (lookup (table, "Kosovo", 2007, "Population, total"), ==, 1733404);
  g_assert_cmpfloat (lookup (table, "Kosovo", 1990, "Population, total"), ==, 1862000);
  g_assert_true (isnan (lookup (table, "Kosovo", 2017, "Population, total")));
  g_assert_cmpfloat (lookup (table, "Albania", 1960, "Population, total"), ==, 1608800);

  /* World is an aggregate: the default chart shows the three countries
   * and says so, at the latest year they have. */
  dataset = hc_selection_apply (table, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 3);
  g_assert_null (find_figure (dataset, "World"));
  g_assert_cmpstr (find_figure (dataset, "Kosovo")->code, ==, "XKX");
  g_assert_cmpfloat (find_figure (dataset, "Kosovo")->time, ==, 2016);
  g_assert_cmpstr (hc_dataset_get_subtitle (dataset), ==,
                   "Population, total · 2016 · 3 countries; regions and groups not shown");
}

static void
test_world_bank_long (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_real ("wb-long-balkans.csv", &error);
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(HcDataset) dataset = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (hc_table_get_n_rows (table), ==, 16);
  g_assert_cmpstr (role_column (table, HC_ROLE_TIME)->name, ==, "Year");
  g_assert_cmpfloat (lookup (table, "Serbia", 2007, "Value"), ==, 7381579);

  selection.entities = g_strsplit ("XKX,World", ",", -1);
  selection.has_time = TRUE;
  selection.time = 2007;
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 2);
  g_assert_cmpfloat (find_figure (dataset, "Kosovo")->value, ==, 1807094);
  g_assert_nonnull (find_figure (dataset, "World"));
}

/* OWID: ten measures a row, NA for missing, regions and World. */
static void
test_owid_measures (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_real ("owid-conflict-1998.csv", &error);
  g_autoptr(HcDataset) dataset = NULL;
  g_auto(HcSelection) selection = { 0 };

  g_assert_no_error (error);
  g_assert_cmpuint (hc_table_get_n_measures (table), ==, 10);
  g_assert_cmpfloat (lookup (table, "Europe", 1999, "Deaths in civil conflicts"), ==, 5854);
  g_assert_true (isnan (lookup (table, "Africa", 1999, "Deaths in civil conflicts per 100,000")));

  /* World contains the regions: not beside them unless asked for. */
  dataset = hc_selection_apply (table, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (find_figure (dataset, "World"));
  g_assert_cmpfloat (find_figure (dataset, "Europe")->value, ==, 5854);
  g_assert_nonnull (strstr (hc_dataset_get_subtitle (dataset), "World not shown"));
  g_clear_pointer (&dataset, hc_dataset_unref);

  selection.measure = g_strdup ("Deaths in all state-based conflict types");
  selection.entities = g_strsplit ("World", ",", -1);
  selection.has_time = TRUE;
  selection.time = 1998;
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 1);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->value, ==, 39800);
}

static void
test_gapminder_category (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_real ("gapminder-4.csv", &error);
  g_autoptr(HcDataset) dataset = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (role_column (table, HC_ROLE_CATEGORY)->name, ==, "region");
  dataset = hc_selection_apply (table, NULL, &error);
  g_assert_no_error (error);
  /* Population is the default measure, region the category. */
  g_assert_cmpstr (find_figure (dataset, "China")->measure, ==, "population");
  g_assert_cmpfloat (find_figure (dataset, "China")->value, ==, 1376048943);
  g_assert_cmpstr (find_figure (dataset, "China")->category, ==, "east_asia_pacific");
}

static void
test_hxl (void)
{
  static const char csv[] =
    "Country,ISO3,Year,Killed,Injured\n"
    "#country+name,#country+code,#date+year,#affected+killed,#affected+injured\n"
    "Kosovo,XKX,1999,10000,\n"
    "Serbia,SRB,1999,2500,6000\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_text (csv, "hxl.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (hc_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (role_column (table, HC_ROLE_ENTITY)->hxl, ==, "#country+name");
  g_assert_cmpstr (role_column (table, HC_ROLE_CODE)->name, ==, "ISO3");
  g_assert_cmpuint (hc_table_get_n_measures (table), ==, 2);
  g_assert_cmpfloat (lookup (table, "Kosovo", 1999, "Killed"), ==, 10000);
  g_assert_true (isnan (lookup (table, "Kosovo", 1999, "Injured")));
}

static void
test_hxl_half_data (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("country,population\n#country+name,5000\nA,1\n", "half.csv", &error);

  g_assert_null (table);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message,
                                   "half.csv:2:15: this row has HXL hashtags and data: “5000”"));
}

static void
test_json_records (void)
{
  static const char json[] =
    "[{\"date\": \"1854-04-01\", \"wounds\": 0, \"disease\": 1, \"army_size\": 8571},\n"
    " {\"date\": \"1854-05-01\", \"wounds\": 0, \"disease\": 12, \"army_size\": 23333}]";
  static const char gapminder[] =
    "[{\"year\": 1955, \"country\": \"Afghanistan\", \"pop\": 8891209, \"life_expect\": 30.3},\n"
    " {\"year\": 1955, \"country\": \"Albania\", \"pop\": \"1,392,000\", \"life_expect\": 59.3}]";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_text (json, "crimea.json", &error);
  g_autoptr(HcTable) countries = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (hc_table_get_time_kind (table), ==, HC_TIME_DAY);
  g_assert_cmpuint (hc_table_get_n_measures (table), ==, 3);
  /* No entity: each measure is a figure at the latest date. */
  dataset = hc_selection_apply (table, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (find_figure (dataset, "disease")->value, ==, 12);
  g_assert_cmpstr (hc_dataset_get_subtitle (dataset), ==, "1854-05-01");

  countries = read_text (gapminder, "gapminder.json", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (lookup (countries, "Albania", 1955, "pop"), ==, 1392000);
  g_assert_cmpfloat (lookup (countries, "Afghanistan", 1955, "life_expect"), ==, 30.3);
}

/* Records with a label and a value and more (a year) are a table, not
 * figures that would drop the year; "approximate" still flags values, and
 * the keys keep their order. */
static void
test_json_figures_with_year (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("[{\"label\": \"Dead\", \"year\": 1999, \"value\": 10000, "
               "\"approximate\": true, \"color\": \"red\"}]", "f.json", &error);
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(HcTable) refused = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (role_column (table, HC_ROLE_ENTITY)->name, ==, "label");
  g_assert_cmpstr (role_column (table, HC_ROLE_TIME)->name, ==, "year");
  dataset = hc_selection_apply (table, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hc_dataset_get_figure (dataset, 0)->time, ==, 1999);
  g_assert_true (hc_dataset_get_figure (dataset, 0)->approximate);

  refused = read_text ("[{\"country\": \"A\", \"year\": 1e300, \"deaths\": 5}]", "y.json",
                       &error);
  g_assert_null (refused);
  g_assert_cmpstr (error->message, ==,
                   "y.json:1:1: “1e+300” in “year” is not a year: write 2007, 2007-12 or "
                   "2007-12-10");
}

/* A key that is a number in one record and a word in another is text. */
static void
test_json_mixed_types (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("[{\"place\": \"A\", \"pop\": 5, \"n\": 1}, {\"place\": \"B\", \"pop\": \"many\", "
               "\"n\": 2}]", "mixed.json", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (hc_table_get_n_measures (table), ==, 1);
  g_assert_cmpint (hc_table_get_column (table, hc_table_find_column (table, "pop"))->type, ==,
                   HC_COLUMN_TEXT);
}

/* A list of the dead: no column counts, so rows are counted. */
static void
test_records_counted (void)
{
  static const char csv[] =
    "name,sex,date of death\n"
    "A,female,1999-03-28\n"
    "B,male,1999-04-02\n"
    "C,male,1999-04-02\n"
    "D,,1999-05-01\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_text (csv, "dead.csv", &error);
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(HcDataset) dataset = NULL;

  g_assert_no_error (error);
  g_assert_true (hc_table_is_records (table));
  selection.group = g_strdup ("sex");
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (find_figure (dataset, "male")->value, ==, 2);
  g_assert_cmpfloat (find_figure (dataset, "female")->value, ==, 1);
  /* A missing sex is counted, not dropped. */
  g_assert_cmpfloat (find_figure (dataset, "Not stated")->value, ==, 1);
}

static void
test_wide_non_year (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("Country,1990,1991,Total\nA,1,2,3\n", "wide.csv", &error);

  g_assert_no_error (error);
  /* "Total" is not a year: no row gets year 0, and the table says it was
   * set aside rather than drop it unsaid. */
  g_assert_cmpfloat (lookup (table, "A", 1991, "Value"), ==, 2);
  g_assert_cmpuint (hc_table_get_n_rows (table), ==, 2);
  g_assert_true (has_note (table, "“Total” was not used: the other numbers are by year"));
}

/* 100,000 years as headers: refused at the column limit, where it is
 * crossed, before anything is read. */
static void
test_wide_too_many_years (void)
{
  g_autoptr(GString) csv = g_string_new ("Country");
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = NULL;
  g_autofree char *expected = NULL;
  gsize column_1001 = 0;

  for (guint i = 0; i < 100000; i++)
    {
      /* "Country" is the first column: the 1001st is the 1000th year. */
      if (i == 999)
        column_1001 = csv->len + 2;
      g_string_append_printf (csv, ",%u", 1000 + i % 2000);
    }
  g_string_append (csv, "\nA");
  for (guint i = 0; i < 100000; i++)
    g_string_append (csv, ",1");
  g_string_append_c (csv, '\n');

  table = hc_loader_read_data (csv->str, csv->len, "years.csv", HC_FORMAT_CSV, NULL, NULL,
                               &error);
  g_assert_null (table);
  expected = g_strdup_printf ("years.csv:1:%u: more than 1000 columns, the limit",
                              (guint) column_1001);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_duplicate_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("country,year,deaths\nA,1999,5\nB,1999,1\nA,1999,6\n", "dup.csv", &error);

  g_assert_null (table);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==,
                   "dup.csv:4:1: a second value of “deaths” for “A” in 1999 (the first is on "
                   "line 2); a table has one row per entity and time");
}

static void
test_bad_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("country,date,deaths\nA,1999-04-02,5\nB,yesterday,1\n", "dates.csv", &error);

  g_assert_null (table);
  g_assert_cmpstr (error->message, ==,
                   "dates.csv:3:3: “yesterday” is not a year or a date: write 2007, 2007-12 or "
                   "2007-12-10");
}

static void
test_encoding (void)
{
  static const char latin[] = "label,value\nCaf\xE9,5\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_text (latin, "latin.csv", &error);
  HcLoadOptions forced = { .encoding = "ASCII" };
  g_autoptr(HcTable) refused = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (hc_table_get_encoding (table), ==, "WINDOWS-1252");
  g_assert_cmpstr (hc_table_get_text (table, hc_table_find_role (table, HC_ROLE_ENTITY), 0), ==,
                   "Café");
  g_assert_true (has_note (table, "read as WINDOWS-1252"));

  refused = hc_loader_read_data (latin, strlen (latin), "latin.csv", HC_FORMAT_CSV, &forced,
                                 NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "latin.csv:2:4: this is not text in ASCII (byte 0xE9)");
}

static void
test_wpp_thousands (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("Location,ISO3_code,Time,AgeGrp,PopMale,PopFemale,PopTotal\n"
               "Kosovo,XKX,2000,0-4,90.5,85.25,175.75\n"
               "Kosovo,XKX,2000,5-9,88,83,171\n", "wpp.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (role_column (table, HC_ROLE_AGE)->name, ==, "AgeGrp");
  g_assert_cmpfloat (hc_table_get_column (table, hc_table_find_column (table, "PopTotal"))->numbers[0],
                     ==, 175750);
  g_assert_true (has_note (table, "thousands"));
}

/* UCDP's battle-related deaths: best, low and high, found by name. */
static void
test_bounds (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table =
    read_text ("location,year,bd_best,bd_low,bd_high\nKosovo,1999,1500,1200,2100\n",
               "ucdp.csv", &error);
  g_autoptr(HcDataset) dataset = NULL;
  const HcFigure *figure;

  g_assert_no_error (error);
  g_assert_cmpuint (hc_table_get_n_measures (table), ==, 1);
  g_assert_cmpint (role_column (table, HC_ROLE_LOW)->bound_of, ==,
                   hc_table_find_column (table, "bd_best"));
  g_assert_cmpint (role_column (table, HC_ROLE_HIGH)->bound_of, ==,
                   hc_table_find_column (table, "bd_best"));
  dataset = hc_selection_apply (table, NULL, &error);
  g_assert_no_error (error);
  figure = hc_dataset_get_figure (dataset, 0);
  g_assert_true (figure->has_range);
  g_assert_cmpfloat (figure->value, ==, 1500);
  g_assert_cmpfloat (figure->low, ==, 1200);
  g_assert_cmpfloat (figure->high, ==, 2100);
}

static void
test_selection_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_real ("wb-long-balkans.csv", &error);
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(HcDataset) dataset = NULL;

  g_assert_no_error (error);
  selection.measure = g_strdup ("Deaths");
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_null (dataset);
  g_assert_cmpstr (error->message, ==, "there is no measure “Deaths”; there are “Value”");
  g_clear_error (&error);
  g_clear_pointer (&selection.measure, g_free);

  selection.has_time = TRUE;
  selection.time = 1990;
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_cmpstr (error->message, ==, "there is no data for 1990: the data runs from 2005 to 2008");
  g_clear_error (&error);

  selection.has_time = FALSE;
  selection.entities = g_strsplit ("Atlantis", ",", -1);
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_cmpstr (error->message, ==,
                   "there is no entity “Atlantis”; there are Albania, Serbia, World, Kosovo");
}

/* What --print writes reads back to the same observations. */
static void
test_print_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = read_real ("owid-conflict-1998.csv", &error);
  g_autoptr(HcDataset) all = hc_selection_all_observations (table);
  g_autofree char *printed = hc_cli_format_figures (all);
  g_autoptr(HcTable) again = read_text (printed, "printed.csv", &error);
  g_autoptr(HcDataset) all_again = NULL;
  g_autofree char *printed_again = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (printed, "entity,time,measure,value\nAfrica,1998,"));
  all_again = hc_selection_all_observations (again);
  printed_again = hc_cli_format_figures (all_again);
  g_assert_cmpuint (hc_dataset_get_n_figures (all_again), ==, hc_dataset_get_n_figures (all));
  /* Measures come back in their first order; the rows too. */
  g_assert_cmpstr (printed_again, ==, printed);
}

static void
test_countries (void)
{
  if (!hc_countries_available ())
    {
      g_test_skip ("iso-codes is not installed");
      return;
    }
  g_assert_cmpint (hc_countries_classify ("Kosovo", "XKX"), ==, HC_ENTITY_COUNTRY);
  g_assert_cmpint (hc_countries_classify ("Kosovo", NULL), ==, HC_ENTITY_COUNTRY);
  g_assert_cmpint (hc_countries_classify ("Arab World", "ARB"), ==, HC_ENTITY_AGGREGATE);
  g_assert_cmpint (hc_countries_classify ("High income", "HIC"), ==, HC_ENTITY_AGGREGATE);
  g_assert_cmpint (hc_countries_classify ("World", "OWID_WRL"), ==, HC_ENTITY_WORLD);
  g_assert_cmpint (hc_countries_classify ("Africa", NULL), ==, HC_ENTITY_AGGREGATE);
  g_assert_cmpint (hc_countries_classify ("Germany", NULL), ==, HC_ENTITY_COUNTRY);
  g_assert_cmpint (hc_countries_classify ("Serbs", NULL), ==, HC_ENTITY_OTHER);
  g_assert_cmpint (hc_countries_lookup_code ("DEU")->numeric, ==, 276);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/table/world-bank/wide", test_world_bank_wide);
  g_test_add_func ("/table/world-bank/long", test_world_bank_long);
  g_test_add_func ("/table/owid/measures", test_owid_measures);
  g_test_add_func ("/table/gapminder/category", test_gapminder_category);
  g_test_add_func ("/table/hxl/roles", test_hxl);
  g_test_add_func ("/table/hxl/half-data", test_hxl_half_data);
  g_test_add_func ("/table/json/records", test_json_records);
  g_test_add_func ("/table/json/mixed-types", test_json_mixed_types);
  g_test_add_func ("/table/json/figures-with-year", test_json_figures_with_year);
  g_test_add_func ("/table/records/counted", test_records_counted);
  g_test_add_func ("/table/wide/non-year", test_wide_non_year);
  g_test_add_func ("/table/wide/too-many-years", test_wide_too_many_years);
  g_test_add_func ("/table/error/duplicate-rows", test_duplicate_rows);
  g_test_add_func ("/table/error/bad-date", test_bad_date);
  g_test_add_func ("/table/encoding", test_encoding);
  g_test_add_func ("/table/wpp/thousands", test_wpp_thousands);
  g_test_add_func ("/table/bounds", test_bounds);
  g_test_add_func ("/table/selection/errors", test_selection_errors);
  g_test_add_func ("/table/print/round-trip", test_print_round_trip);
  g_test_add_func ("/table/countries", test_countries);

  return g_test_run ();
}
