/* test-i18n.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts in the user's language, from the catalogues this build made
 * (HC_TEST_LOCALEDIR points at the build tree's po/ output), with numbers
 * and dates in the user's conventions. The chart's text is read back from
 * what the renderer asked Cairo to draw: a script surface records every
 * run of text as it was shaped, so a broken catalogue or a number that
 * bypassed the locale shows up exactly as a reader would see it.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <cairo-script.h>
#include <glib/gi18n-lib.h>

#include "hc-chart.h"
#include "hc-loader.h"
#include "hc-number.h"

static gboolean
use_locale (const char *language,
            const char *locale)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* Makes gettext drop what it looked up under the previous LANGUAGE
   * (glibc counts textdomain() calls for that). */
  textdomain (textdomain (NULL));
  return setlocale (LC_ALL, locale) != NULL;
}

#define REQUIRE_LOCALE(language, locale)                                           \
  G_STMT_START {                                                                   \
    if (!use_locale (language, locale))                                            \
      {                                                                            \
        g_test_skip (locale " is not installed (build-aux/dev test generates it)"); \
        return;                                                                    \
      }                                                                            \
  } G_STMT_END

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The chart as Cairo's script surface records it: text runs appear as
 * "(…) [glyphs] show-text-glyphs". */
static char *
render_script (const HcDataset *dataset,
               HcChartKind      kind)
{
  GString *script = g_string_new (NULL);
  cairo_device_t *device = cairo_script_create_for_stream (append_cb, script);
  cairo_surface_t *surface = cairo_script_surface_create (device, CAIRO_CONTENT_COLOR_ALPHA,
                                                          1600, 1000);
  cairo_t *cr = cairo_create (surface);
  HcChartOptions options;
  HcChartLayout *layout;

  hc_chart_options_init (&options);
  options.kind = kind;
  layout = hc_chart_render (cr, 1600, 1000, dataset, &options, hc_chart_style_get (HC_THEME_LIGHT));
  g_assert_nonnull (layout);
  hc_chart_layout_free (layout);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  cairo_device_finish (device);
  cairo_device_destroy (device);

  return g_string_free (script, FALSE);
}

static void
assert_drawn (const char *script,
              const char *text)
{
  g_autofree char *run = g_strdup_printf ("(%s", text);

  if (strstr (script, run) == NULL)
    g_error ("“%s” was not drawn", text);
}

static HcDataset *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  HcDataset *dataset = hc_loader_load_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static void
test_german_dataset (void)
{
  g_autoptr(HcDataset) dataset = NULL;
  const HcFigure *albanians;

  REQUIRE_LOCALE ("de", "de_DE.UTF-8");

  dataset = load_default ();
  albanians = hc_dataset_get_figure (dataset, 0);
  g_assert_cmpstr (hc_dataset_get_title (dataset), ==, "Kosovo, Dezember 2007");
  g_assert_cmpstr (albanians->label, ==, "Ethnische Albaner");
  g_assert_cmpstr (albanians->category, ==, "Bevölkerung");
  g_assert_cmpstr (albanians->unit, ==, "Menschen");
  g_assert_cmpstr (albanians->note, ==, "90 Prozent der Bevölkerung");
  /* The source's own words are quoted as published. */
  g_assert_true (g_str_has_prefix (albanians->quote, "Leaders of Kosovo's 2 million"));
  g_assert_cmpfloat (albanians->value, ==, 2000000);
}

static void
test_german_chart (void)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_autofree char *script = NULL;
  g_autofree char *description = NULL;
  HcChartOptions options;

  REQUIRE_LOCALE ("de", "de_DE.UTF-8");

  g_assert_cmpstr (hc_chart_kind_get_title (HC_CHART_BARS), ==, "Balken");
  g_assert_cmpstr (hc_chart_kind_get_title (HC_CHART_TREEMAP), ==, "Treemap");

  dataset = load_default ();
  script = render_script (dataset, HC_CHART_BARS);
  assert_drawn (script, "Kosovo, Dezember 2007");
  assert_drawn (script, "Ethnische Albaner");
  assert_drawn (script, "Logarithmische Skala");
  assert_drawn (script, "Quelle: Reuters, 10. Dezember 2007");
  /* The value label of the largest bar, grouped the German way. */
  g_assert_nonnull (strstr (script, "2.000.000)"));
  g_assert_null (strstr (script, "2,000,000"));
  /* A log axis tick in millions, with the German abbreviation. */
  g_assert_nonnull (strstr (script, "Mio."));

  hc_chart_options_init (&options);
  description = hc_chart_describe (dataset, &options);
  g_assert_cmpstr (description, ==,
                   "Balkendiagramm, logarithmische Skala, 5 Zahlen. "
                   "Größte: Ethnische Albaner, etwa 2.000.000. "
                   "Kleinste: EU-Polizisten, 1.600.");
}

static void
test_german_units_plural (void)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_autofree char *description = NULL;
  HcChartOptions options;

  REQUIRE_LOCALE ("de", "de_DE.UTF-8");

  dataset = load_default ();
  hc_chart_options_init (&options);
  options.kind = HC_CHART_UNITS;
  description = hc_chart_describe (dataset, &options);
  g_assert_true (g_str_has_prefix (description, "Einheitendiagramm, ein Quadrat für "));
  g_assert_nonnull (strstr (description, " Personen, 5 Zahlen."));
}

static void
test_french_chart (void)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_autofree char *description = NULL;
  g_autofree char *source = NULL;
  HcChartOptions options;

  REQUIRE_LOCALE ("fr", "fr_FR.UTF-8");

  dataset = load_default ();
  g_assert_cmpstr (hc_dataset_get_title (dataset), ==, "Kosovo, décembre 2007");
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->label, ==, "Albanais de souche");

  hc_chart_options_init (&options);
  description = hc_chart_describe (dataset, &options);
  g_assert_cmpstr (description, ==,
                   "Graphique à barres, échelle logarithmique, 5 chiffres. "
                   "Le plus grand\u00a0: Albanais de souche, environ 2\u202f000\u202f000. "
                   "Le plus petit\u00a0: Policiers de l’UE, 1\u202f600.");

  source = hc_dataset_format_source (dataset);
  g_assert_cmpstr (source, ==, "Source\u00a0: Reuters, 10 décembre 2007");
}

/* The Plural-Forms headers: Serbian has three forms, Albanian two, and
 * French counts 0 and 1 as singular. */
static void
test_plural_forms (void)
{
  static const struct {
    const char *language;
    gulong      n;
    const char *expected;
  } cases[] = {
    { "sr", 1, "1 бројка" },
    { "sr", 21, "21 бројка" },
    { "sr", 3, "3 бројке" },
    { "sr", 24, "24 бројке" },
    { "sr", 5, "5 бројки" },
    { "sr", 11, "11 бројки" },
    { "sr", 12, "12 бројки" },
    { "sq", 1, "1 shifër" },
    { "sq", 2, "2 shifra" },
    { "fr", 0, "0 chiffre" },
    { "fr", 1, "1 chiffre" },
    { "fr", 2, "2 chiffres" },
    { "de", 1, "1 Zahl" },
    { "de", 0, "0 Zahlen" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      /* Any installed locale other than C lets LANGUAGE choose the catalogue. */
      if (!use_locale (cases[i].language, "de_DE.UTF-8") &&
          !use_locale (cases[i].language, "fr_FR.UTF-8"))
        {
          g_test_skip ("neither de_DE.UTF-8 nor fr_FR.UTF-8 is installed");
          return;
        }
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u figure", "%u figures", cases[i].n),
                              (guint) cases[i].n);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_serbian_source_date (void)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_autofree char *source = NULL;

  REQUIRE_LOCALE ("sr", "sr_RS.UTF-8");

  dataset = load_default ();
  g_assert_cmpstr (hc_dataset_get_title (dataset), ==, "Косово, децембар 2007.");
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->label, ==, "Етнички Албанци");
  source = hc_dataset_format_source (dataset);
  g_assert_cmpstr (source, ==, "Извор: Reuters, 10. децембар 2007.");
}

/* A file reads the same whatever the user's locale: "2,000,000" is two
 * million and "1.5" one and a half in German too. */
static void
test_csv_same_in_every_locale (void)
{
  static const char csv[] =
    "label,value,approximate\n"
    "Ethnic Albanians,\"2,000,000\",true\n"
    "Serbs,around 120000,\n"
    "Half,1.5,false\n"
    "Spaced,2 000 000,no\n";
  static const char * const locales[] = { "C", "de_DE.UTF-8", "fr_FR.UTF-8" };
  const double expected[] = { 2000000, 120000, 1.5, 2000000 };
  const gboolean approximate[] = { TRUE, TRUE, FALSE, FALSE };
  guint tried = 0;

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HcDataset) dataset = NULL;

      if (!use_locale ("", locales[l]))
        continue;
      tried++;
      dataset = hc_loader_load_data (csv, sizeof csv - 1, "figures.csv", HC_FORMAT_CSV, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, G_N_ELEMENTS (expected));
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        {
          const HcFigure *figure = hc_dataset_get_figure (dataset, i);

          g_assert_cmpfloat (figure->value, ==, expected[i]);
          g_assert_cmpint (figure->approximate, ==, approximate[i]);
        }
    }

  if (tried < G_N_ELEMENTS (locales))
    g_test_skip ("de_DE.UTF-8 or fr_FR.UTF-8 is not installed; compared fewer locales");
}

/* JSON and CSV say what is wrong with an encoding in the same words, in
 * the user's language. */
static void
test_german_encoding_errors (void)
{
  static const char json[] = "[{\"label\": \"A\", \"value\": 1}]\0";
  static const char csv[] = "label,value\nA,1\0\n";
  g_autoptr(GError) json_error = NULL;
  g_autoptr(GError) csv_error = NULL;
  g_autoptr(HcDataset) a = NULL;
  g_autoptr(HcDataset) b = NULL;
  const char *json_text, *csv_text;

  REQUIRE_LOCALE ("de", "de_DE.UTF-8");

  a = hc_loader_load_data (json, sizeof json - 1, "x.json", HC_FORMAT_JSON, &json_error);
  b = hc_loader_load_data (csv, sizeof csv - 1, "x.csv", HC_FORMAT_CSV, &csv_error);
  g_assert_error (json_error, HC_LOAD_ERROR, HC_LOAD_ERROR_ENCODING);
  g_assert_error (csv_error, HC_LOAD_ERROR, HC_LOAD_ERROR_ENCODING);
  /* After "FILE:LINE:COLUMN: ". */
  json_text = strstr (json_error->message, ": ") + 2;
  csv_text = strstr (csv_error->message, ": ") + 2;
  g_assert_cmpstr (json_text, ==, csv_text);
  g_assert_true (g_str_has_prefix (json_text, "die Datei enthält"));
}

/* A German user sees the countries of a World Bank file in German, from
 * iso-codes' catalogue; regions keep the file's names. */
static void
test_german_countries (void)
{
  static const char csv[] =
    "Country Name,Country Code,Year,Value\n"
    "Germany,DEU,2007,82266372\n"
    "Albania,ALB,2007,2970017\n"
    "Kosovo,XKX,2007,1733404\n"
    "World,WLD,2007,6683000000\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  g_autofree char *probe = NULL;

  REQUIRE_LOCALE ("de", "de_DE.UTF-8");
  if (g_strcmp0 (g_dgettext ("iso_3166-1", "Germany"), "Germany") == 0)
    {
      g_test_skip ("iso-codes has no German catalogue here");
      return;
    }

  dataset = hc_loader_load_data (csv, strlen (csv), "wb.csv", HC_FORMAT_CSV, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 3);
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->label, ==, "Deutschland");
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 1)->label, ==, "Albanien");
  /* The file's own name stays what --print writes. */
  g_assert_cmpstr (hc_dataset_get_figure (dataset, 0)->entity, ==, "Germany");
  probe = render_script (dataset, HC_CHART_BARS);
  assert_drawn (probe, "Deutschland");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("HC_TEST_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);

  if (localedir == NULL)
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/i18n/de/dataset", test_german_dataset);
  g_test_add_func ("/i18n/de/chart", test_german_chart);
  g_test_add_func ("/i18n/de/countries", test_german_countries);
  g_test_add_func ("/i18n/de/encoding-errors", test_german_encoding_errors);
  g_test_add_func ("/i18n/de/units-plural", test_german_units_plural);
  g_test_add_func ("/i18n/fr/chart", test_french_chart);
  g_test_add_func ("/i18n/sr/source-date", test_serbian_source_date);
  g_test_add_func ("/i18n/plural-forms", test_plural_forms);
  g_test_add_func ("/i18n/csv-same-in-every-locale", test_csv_same_in_every_locale);

  return g_test_run ();
}
