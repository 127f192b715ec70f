/* hc-cli.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-cli.h"
#include "hc-error.h"
#include "hc-export.h"
#include "hc-loader.h"
#include "hc-number.h"
#include "hc-rates.h"
#include "hc-selection.h"
#include "hc-table-private.h"

static const GOptionEntry option_entries[] = {
  { "export", 'e', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the chart to FILE (PNG, SVG or PDF; “-” for standard output) and exit"), N_("FILE") },
  { "print", 'p', 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the observations as read, one per row (entity,time,measure,value …), and exit"),
    NULL },
  { "describe", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print how the file was read (the columns and their roles) and exit"), NULL },
  { "measure", 'm', 0, G_OPTION_ARG_STRING, NULL,
    N_("Show this measure (a column of numbers)"), N_("NAME") },
  { "entities", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show these entities: names or codes, separated by commas"), N_("A,B,…") },
  { "time", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show this year (or date), or the years FROM..TO"), N_("YEAR|FROM..TO") },
  { "relative", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Lines: show the change since the first year; areas: shares of the total"), NULL },
  { "each-time", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Export one file per year of --time FROM..TO, numbered by the year (OUT-1990.png …)"),
    NULL },
  { "group", 'g', 0, G_OPTION_ARG_STRING, NULL,
    N_("Count the rows (or add up the measure) by this column"), N_("COLUMN") },
  { "divide-by", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show rates: each figure divided by this measure (a population) of the same entity "
       "and time"), N_("MEASURE") },
  { "per", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --divide-by: rates per 1, 100, 1000 or 100000 (default: what reads best)"),
    N_("N") },
  { "by", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --group and a column of dates: count per day, month or year (default: days "
       "for up to two months, months for up to four years, else years)"), N_("PERIOD") },
  { "aggregates", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show regions and groups (World, High income …) beside the countries"), NULL },
  { "role", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Give a column a role: entity, code, time, age, sex, category, measure, low, high, "
       "unit, quote, note, source or ignored (repeatable)"), N_("COLUMN=ROLE") },
  { "encoding", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Read the file in this character encoding (default: UTF-8, else the locale’s, "
       "else Windows-1252)"), N_("NAME") },
  { "size", 's', 0, G_OPTION_ARG_STRING, NULL,
    N_("Size of the exported chart (default 1600x1000)"), N_("WIDTHxHEIGHT") },
  { "view", 'v', 0, G_OPTION_ARG_STRING, NULL,
    N_("Chart view: bars, columns, circles, treemap, shares, units, map, line, area, slope, "
       "pyramid"),
    N_("VIEW") },
  { "percent", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Pyramids: draw each band as a percent of the population"), NULL },
  { "compare", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Pyramids: draw this year as an outline over the one shown"), N_("YEAR") },
  { "adaptive", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Pyramids: fit the axis to the year shown, not to every year"), NULL },
  { "region", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("What a map shows: world, africa, americas, asia, europe, oceania, or data (the "
       "countries of the figures, the default)"), N_("REGION") },
  { "adaptive-bins", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Map: colour bins of the year shown, not the same for every year"), NULL },
  { "scale", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Axis scale (auto, linear, log) or pixel scale (1, 2, 3)"), N_("SCALE") },
  { "axis", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Axis scale: auto, linear or log"), N_("SCALE") },
  { "pixel-scale", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Pixels per chart unit in PNG exports: 1, 2 or 3"), N_("N") },
  { "theme", 't', 0, G_OPTION_ARG_STRING, NULL,
    N_("Export theme: light, dark or transparent"), N_("THEME") },
  { "format", 'f', 0, G_OPTION_ARG_STRING, NULL,
    N_("Export format when the file name does not say: png, svg or pdf"), N_("FORMAT") },
  { "no-title", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Leave the title out of the export"), NULL },
  { "no-source", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Leave the source line out of the export"), NULL },
  { "max-size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Refuse data files larger than BYTES (default 512 MiB)"), N_("BYTES") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE]") },
  { NULL }
};

/* The options of the command line, for whichever GApplication parses it:
 * the headless front or the window's. */
const GOptionEntry *
hc_cli_get_option_entries (void)
{
  return option_entries;
}

G_GNUC_PRINTF (1, 2)
static int
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "%s: %s\n", g_get_prgname () ? g_get_prgname () : "headcount", message);
  return 1;
}

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  char *end = NULL;
  gint64 w, h;

  w = g_ascii_strtoll (text, &end, 10);
  if (end == text || (*end != 'x' && *end != 'X' && strncmp (end, "×", strlen ("×")) != 0))
    return FALSE;
  end += (*end == 'x' || *end == 'X') ? 1 : strlen ("×");
  text = end;
  h = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0')
    return FALSE;

  *width = (int) CLAMP (w, G_MININT, G_MAXINT);
  *height = (int) CLAMP (h, G_MININT, G_MAXINT);
  return TRUE;
}

/* "1990", or a range "1990..2020" (also with an en dash, as ranges are
 * printed). */
static gboolean
parse_time (const char  *text,
            HcSelection *selection)
{
  const char *dots = strstr (text, "..");
  const char *dash = strstr (text, "–");
  const char *separator = dots != NULL ? dots : dash;
  HcTimeKind kind;

  if (separator == NULL)
    {
      if (!hc_time_parse (text, &selection->time, &kind))
        return FALSE;
      selection->has_time = TRUE;
      return TRUE;
    }

  {
    g_autofree char *from = g_strndup (text, separator - text);
    const char *to = separator + (dots != NULL ? 2 : strlen ("–"));

    if (!hc_time_parse (from, &selection->from, &kind) ||
        !hc_time_parse (to, &selection->to, &kind))
      return FALSE;
  }
  selection->has_range = TRUE;
  return TRUE;
}

/* --divide-by MEASURE and --per N. */
static gboolean
parse_rate_options (GVariantDict *options,
                    HcSelection  *selection)
{
  const char *text = NULL;

  g_variant_dict_lookup (options, "divide-by", "s", &selection->divide_by);
  if (!g_variant_dict_lookup (options, "per", "&s", &text))
    return TRUE;
  {
    g_autofree char *plain = g_strdup (text);
    char *end = NULL;
    double per;

    /* "1,000" and "100 000" as people write them. */
    g_strdelimit (plain, ",", ' ');
    {
      char *w = plain;

      for (char *p = plain; *p; p++)
        if (*p != ' ')
          *w++ = *p;
      *w = '\0';
    }
    per = g_ascii_strtod (plain, &end);
    if (end == plain || *end != '\0' || !hc_rates_per_is_valid (per))
      {
        fail (_("--per: “%s” is not one of 1, 100, 1000, 100000"), text);
        return FALSE;
      }
    if (selection->divide_by == NULL)
      {
        fail (_("--per: give the measure to divide by with --divide-by MEASURE"));
        return FALSE;
      }
    selection->per = per;
  }
  return TRUE;
}

/* Rates do not add up: no view that adds its figures draws them. */
static gboolean
check_rate_view (const HcSelection *selection,
                 HcChartKind        kind)
{
  if (selection->divide_by == NULL ||
      (kind != HC_CHART_TREEMAP && kind != HC_CHART_SHARES && kind != HC_CHART_UNITS))
    return TRUE;
  fail (_("--view %s adds up its figures, and rates per population do not add up; choose "
          "bars, columns, circles, line, slope or map"), hc_chart_kind_to_string (kind));
  return FALSE;
}

static void
print_field (GString    *out,
             const char *text)
{
  if (text == NULL)
    return;

  if (strpbrk (text, ",\"\r\n") != NULL ||
      (*text != '\0' && (g_ascii_isspace (text[0]) || g_ascii_isspace (text[strlen (text) - 1]))))
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    {
      g_string_append (out, text);
    }
}

/* The observations in tidy long form: entity,time,measure,value first,
 * then whichever of code, age, sex, category, low, high, unit,
 * approximate and note the figures have; the output reads back into
 * headcount. */
char *
hc_cli_format_figures (const HcDataset *dataset)
{
  enum { CODE, AGE, SEX, CATEGORY, LOW, HIGH, NUMERATOR, DENOMINATOR, UNIT, APPROXIMATE, NOTE,
         N_EXTRA };
  static const char * const names[N_EXTRA] = {
    "code", "age", "sex", "category", "low", "high", "numerator", "denominator", "unit",
    "approximate", "note",
  };
  gboolean used[N_EXTRA] = { FALSE };
  GString *out = g_string_new ("entity,time,measure,value");
  guint n;

  g_return_val_if_fail (dataset != NULL, NULL);

  n = hc_dataset_get_n_figures (dataset);
  for (guint i = 0; i < n; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);

      used[CODE] |= figure->code != NULL;
      used[AGE] |= figure->age != NULL;
      used[SEX] |= figure->sex != NULL;
      used[CATEGORY] |= figure->category != NULL;
      used[LOW] |= figure->has_range;
      used[HIGH] |= figure->has_range;
      used[NUMERATOR] |= figure->has_rate;
      used[DENOMINATOR] |= figure->has_rate;
      used[UNIT] |= figure->unit != NULL;
      used[APPROXIMATE] |= figure->approximate;
      used[NOTE] |= figure->note != NULL;
    }
  for (guint c = 0; c < N_EXTRA; c++)
    if (used[c])
      g_string_append_printf (out, ",%s", names[c]);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < n; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);
      g_autofree char *value = hc_number_format_plain (figure->value);

      print_field (out, figure->entity != NULL ? figure->entity : figure->label);
      g_string_append_c (out, ',');
      if (figure->has_time)
        {
          g_autofree char *time = hc_time_format_plain (figure->time,
                                                        hc_dataset_get_time_kind (dataset));
          g_string_append (out, time);
        }
      g_string_append_c (out, ',');
      print_field (out, figure->measure != NULL ? figure->measure : "value");
      g_string_append_c (out, ',');
      g_string_append (out, value);
      for (guint c = 0; c < N_EXTRA; c++)
        {
          g_autofree char *bound = NULL;

          if (!used[c])
            continue;
          g_string_append_c (out, ',');
          switch (c)
            {
            case CODE: print_field (out, figure->code); break;
            case AGE: print_field (out, figure->age); break;
            case SEX: print_field (out, figure->sex); break;
            case CATEGORY: print_field (out, figure->category); break;
            case LOW:
            case HIGH:
              if (figure->has_range)
                {
                  bound = hc_number_format_plain (c == LOW ? figure->low : figure->high);
                  g_string_append (out, bound);
                }
              break;
            case NUMERATOR:
            case DENOMINATOR:
              if (figure->has_rate)
                {
                  bound = hc_number_format_plain (c == NUMERATOR ? figure->numerator
                                                                 : figure->denominator);
                  g_string_append (out, bound);
                }
              break;
            case UNIT: print_field (out, figure->unit); break;
            case APPROXIMATE: g_string_append (out, figure->approximate ? "true" : "false"); break;
            case NOTE: print_field (out, figure->note); break;
            default: break;
            }
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* How the file was read, as the window shows it. */
char *
hc_cli_describe_table (const HcTable *table)
{
  GString *out = g_string_new (NULL);
  GPtrArray *notes = hc_table_get_notes (table);
  guint n_rows = hc_table_get_n_rows (table);

  g_return_val_if_fail (table != NULL, NULL);

  g_string_append_printf (out, "%s\n", hc_table_get_title (table));
  g_string_append_printf (out, _("Encoding: %s"), hc_table_get_encoding (table));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", n_rows), n_rows);
  if (hc_table_is_records (table))
    g_string_append_printf (out, " %s", _("(records: no column holds figures, so rows are counted)"));
  g_string_append_c (out, '\n');
  g_string_append (out, _("Columns:"));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < hc_table_get_n_columns (table); i++)
    {
      const HcColumn *column = hc_table_get_column (table, i);

      if (column->role == HC_ROLE_IGNORED)
        continue;
      g_string_append_printf (out, "  %s: %s", column->name, hc_role_to_string (column->role));
      if (column->type == HC_COLUMN_TEXT)
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " (%u value)", " (%u values)",
                                                  column->values->len), column->values->len);
      if (column->unit != NULL)
        g_string_append_printf (out, " [%s]", column->unit);
      if (column->reason != NULL)
        g_string_append_printf (out, " — %s", column->reason);
      g_string_append_c (out, '\n');
    }
  if (hc_table_find_role (table, HC_ROLE_ENTITY) >= 0)
    {
      guint kinds[4] = { 0 };
      int entity = hc_table_find_role (table, HC_ROLE_ENTITY);
      const HcColumn *column = hc_table_get_column (table, entity);
      g_autofree guint8 *seen = g_new0 (guint8, MAX (column->values->len, 1));

      for (guint r = 0; r < n_rows; r++)
        if (column->text[r] != HC_TABLE_NO_TEXT && !seen[column->text[r]])
          {
            seen[column->text[r]] = 1;
            kinds[hc_table_get_entity_kind (table, r)]++;
          }
      g_string_append_printf (out, _("Entities: %u countries, %u regions and groups, %u other"),
                              kinds[HC_ENTITY_COUNTRY], kinds[HC_ENTITY_AGGREGATE] +
                              kinds[HC_ENTITY_WORLD], kinds[HC_ENTITY_OTHER]);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < notes->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (notes, i));

  return g_string_free (out, FALSE);
}

static int
print_text (const char *text)
{
  fputs (text, stdout);
  return fflush (stdout) == 0 ? 0 : fail (_("could not write to standard output"));
}

/* One file per time of the range: a chart of one time drawn at each, or a
 * chart over time with its guide at each. Named after the time, so that
 * the files sort in order: OUT-1990.png, OUT-1991.png … */
static int
export_each_time (const HcTable          *table,
                  const HcSelection      *selection,
                  const HcDataset        *series,
                  const HcExportSettings *settings,
                  const char             *export_path)
{
  g_autoptr(GArray) times = hc_selection_get_times (table, selection->measure);
  HcTimeKind kind = hc_table_get_time_kind (table);
  guint written = 0;

  for (guint i = 0; i < times->len; i++)
    {
      double t = g_array_index (times, double, i);
      g_autofree char *stamp = NULL;
      g_autofree char *path = NULL;
      g_autoptr(HcDataset) one = NULL;
      g_autoptr(GError) error = NULL;
      HcExportSettings frame = *settings;

      if (t < selection->from - 1e-9 || t > selection->to + 1e-9)
        continue;
      stamp = hc_time_format_plain (t, kind);
      path = hc_export_numbered_path (export_path, stamp);
      if (selection->shape == HC_SELECTION_ONE_TIME || selection->shape == HC_SELECTION_PYRAMID)
        {
          g_auto(HcSelection) at = { 0 };

          hc_selection_copy (&at, selection);
          at.has_range = FALSE;
          at.has_time = TRUE;
          at.time = t;
          one = hc_selection_apply (table, &at, &error);
          /* A year no entity has is skipped, not an empty chart. */
          if (one == NULL && g_error_matches (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY))
            continue;
          if (one == NULL)
            return fail ("%s", error->message);
        }
      else
        {
          frame.chart.has_guide = TRUE;
          frame.chart.guide_time = t;
        }
      if (!hc_export_to_path (one != NULL ? one : series, &frame, path, &error))
        return fail ("%s", error->message);
      written++;
    }

  if (written == 0)
    return fail (_("--each-time: no year of the range has data"));
  return 0;
}

static gboolean
has_time (const HcDataset *dataset,
          double           time)
{
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (hc_dataset_get_figure (dataset, i)->has_time &&
        hc_dataset_get_figure (dataset, i)->time == time)
      return TRUE;
  return FALSE;
}

/* --percent, --compare and --adaptive, which only pyramids take; FALSE
 * after saying what is wrong. */
static gboolean
pyramid_options (GVariantDict   *options,
                 HcChartOptions *chart,
                 HcSelection    *selection)
{
  gboolean flag = FALSE;
  const char *text = NULL;
  gboolean is_pyramid = chart->kind == HC_CHART_PYRAMID;
  const char *given = NULL;

  if (g_variant_dict_lookup (options, "percent", "b", &flag) && flag)
    {
      chart->pyramid_percent = TRUE;
      given = "--percent";
    }
  if (g_variant_dict_lookup (options, "adaptive", "b", &flag) && flag)
    {
      chart->pyramid_adaptive = TRUE;
      given = "--adaptive";
    }
  if (g_variant_dict_lookup (options, "compare", "&s", &text))
    {
      guint64 year = 0;

      given = "--compare";
      if (!g_ascii_string_to_unsigned (text, 10, 1000, 2999, &year, NULL))
        {
          fail (_("--compare: “%s” is not a year; write one such as 1950"), text);
          return FALSE;
        }
      chart->has_compare = TRUE;
      chart->compare_time = (double) year;
    }
  if (given != NULL && !is_pyramid)
    {
      fail (_("%s: only population pyramids take it; add --view pyramid"), given);
      return FALSE;
    }
  if (is_pyramid)
    selection->shape = HC_SELECTION_PYRAMID;
  return TRUE;
}

int
hc_cli_handle (GVariantDict *options)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(HcTable) table = NULL;
  g_auto(HcSelection) selection = { 0 };
  g_autofree const char **roles = NULL;
  HcLoadOptions load_options = { 0 };
  gboolean describe = FALSE;
  gboolean selected = FALSE;
  g_autoptr(GError) error = NULL;
  g_autofree const char **files = NULL;
  HcExportSettings settings;
  const char *export_path = NULL;
  const char *text = NULL;
  gboolean print = FALSE;
  gboolean flag = FALSE;
  gint64 max_size = HC_LOADER_DEFAULT_MAX_SIZE;
  int pixel_scale = 0;
  gboolean relative = FALSE;
  gboolean each_time = FALSE;
  const char *view = NULL;

  if (g_variant_dict_lookup (options, "version", "b", &flag) && flag)
    {
      printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "export", "^&ay", &export_path);
  g_variant_dict_lookup (options, "print", "b", &print);
  g_variant_dict_lookup (options, "describe", "b", &describe);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (export_path == NULL && !print && !describe)
    return -1;

  if (g_variant_dict_lookup (options, "measure", "s", &selection.measure))
    selected = TRUE;
  if (g_variant_dict_lookup (options, "entities", "&s", &text))
    {
      selection.entities = g_strsplit (text, ",", -1);
      for (guint i = 0; selection.entities[i] != NULL; i++)
        g_strstrip (selection.entities[i]);
      selected = TRUE;
    }
  if (g_variant_dict_lookup (options, "time", "&s", &text))
    {
      if (!parse_time (text, &selection))
        return fail (_("--time: “%s” is not a year, a date or a range: write 2007, 2007-12, "
                       "2007-12-10 or 1990..2020"), text);
      selected = TRUE;
    }
  if (g_variant_dict_lookup (options, "relative", "b", &flag) && flag)
    relative = TRUE;
  if (g_variant_dict_lookup (options, "each-time", "b", &flag) && flag)
    each_time = TRUE;
  if (g_variant_dict_lookup (options, "group", "s", &selection.group))
    selected = TRUE;
  if (!parse_rate_options (options, &selection))
    return 1;
  selected |= selection.divide_by != NULL;
  if (g_variant_dict_lookup (options, "by", "&s", &text))
    {
      if (g_str_equal (text, "day"))
        selection.group_by = HC_TIME_DAY;
      else if (g_str_equal (text, "month"))
        selection.group_by = HC_TIME_MONTH;
      else if (g_str_equal (text, "year"))
        selection.group_by = HC_TIME_YEAR;
      else
        return fail (_("--by: “%s” is not one of day, month, year"), text);
      if (selection.group == NULL)
        return fail (_("--by: give the column of dates to count by with --group"));
    }
  if (g_variant_dict_lookup (options, "aggregates", "b", &flag) && flag)
    {
      selection.aggregates = TRUE;
      selected = TRUE;
    }
  if (g_variant_dict_lookup (options, "role", "^a&s", &roles))
    load_options.roles = roles;
  g_variant_dict_lookup (options, "encoding", "&s", &load_options.encoding);

  hc_export_settings_init (&settings);

  if (g_variant_dict_lookup (options, "size", "&s", &text) &&
      !parse_size (text, &settings.width, &settings.height))
    return fail (_("--size: “%s” is not a size; give WIDTHxHEIGHT, such as 1600x1000"), text);

  if (g_variant_dict_lookup (options, "view", "&s", &view) &&
      !hc_chart_kind_from_string (view, &settings.chart.kind))
    {
      g_autofree char *names = hc_chart_kind_list_names ();
      return fail (_("--view: unknown view “%s”; choose one of: %s"), view, names);
    }
  settings.chart.relative = relative;
  /* A view over time cuts a series from the table: --print prints it. */
  if (hc_chart_kind_is_series (settings.chart.kind))
    {
      selection.shape = hc_chart_kind_stacks (settings.chart.kind) ? HC_SELECTION_PARTS
                                                                   : HC_SELECTION_SERIES;
      selected = TRUE;
    }
  if (!pyramid_options (options, &settings.chart, &selection))
    return 1;
  selected |= selection.shape == HC_SELECTION_PYRAMID;
  if (relative && settings.chart.kind != HC_CHART_LINE && settings.chart.kind != HC_CHART_AREA)
    return fail (_("--relative: only line and area charts show change or shares; add "
                   "--view line or --view area"));
  if (!check_rate_view (&selection, settings.chart.kind))
    return 1;
  if (each_time && (export_path == NULL || !selection.has_range))
    return fail (_("--each-time: give --export OUT.png and a range, --time FROM..TO"));
  if (each_time && g_strcmp0 (export_path, "-") == 0)
    return fail (_("--each-time: writes several files, not standard output"));

  if (g_variant_dict_lookup (options, "region", "&s", &text) &&
      !hc_map_region_from_string (text, &settings.chart.map_region))
    {
      g_autofree char *names = hc_map_region_list_names ();
      return fail (_("--region: unknown region “%s”; choose one of: %s"), text, names);
    }

  if (g_variant_dict_lookup (options, "adaptive-bins", "b", &flag) && flag)
    settings.chart.map_adaptive_bins = TRUE;

  /* --scale takes the axis (auto, linear, log) or the pixel density
   * (1, 2, 3): the two sets of values cannot be confused. */
  if (g_variant_dict_lookup (options, "scale", "&s", &text))
    {
      char *end = NULL;
      gint64 n = g_ascii_strtoll (text, &end, 10);

      if (end != text && *end == '\0')
        pixel_scale = (int) CLAMP (n, G_MININT, G_MAXINT);
      else if (!hc_scale_mode_from_string (text, &settings.chart.scale_mode))
        return fail (_("--scale: “%s” is neither an axis scale (auto, linear, log) "
                       "nor a pixel scale (1 to %d)"), text, HC_EXPORT_MAX_SCALE);
    }
  if (g_variant_dict_lookup (options, "axis", "&s", &text) &&
      !hc_scale_mode_from_string (text, &settings.chart.scale_mode))
    return fail (_("--axis: “%s” is not one of auto, linear, log"), text);
  g_variant_dict_lookup (options, "pixel-scale", "i", &pixel_scale);
  if (pixel_scale != 0)
    settings.scale = pixel_scale;

  if (g_variant_dict_lookup (options, "theme", "&s", &text))
    {
      if (g_str_equal (text, "light"))
        settings.theme = HC_THEME_LIGHT;
      else if (g_str_equal (text, "dark"))
        settings.theme = HC_THEME_DARK;
      else if (g_str_equal (text, "transparent"))
        settings.chart.transparent = TRUE;
      else
        return fail (_("--theme: “%s” is not one of light, dark, transparent"), text);
    }

  settings.format = hc_export_format_for_path (export_path, HC_EXPORT_PNG);
  if (g_variant_dict_lookup (options, "format", "&s", &text) &&
      !hc_export_format_from_name (text, &settings.format))
    return fail (_("--format: “%s” is not one of png, svg, pdf"), text);

  if (g_variant_dict_lookup (options, "no-title", "b", &flag) && flag)
    settings.chart.show_title = FALSE;
  if (g_variant_dict_lookup (options, "no-source", "b", &flag) && flag)
    settings.chart.show_source = FALSE;

  if (g_variant_dict_lookup (options, "max-size", "&s", &text))
    {
      guint64 bytes = 0;

      if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT64, &bytes, NULL))
        return fail (_("--max-size: “%s” is not a number of bytes"), text);
      max_size = (gint64) MIN (bytes, (guint64) G_MAXINT64);
    }

  if (files != NULL && files[0] != NULL && files[1] != NULL)
    return fail (_("give one data file, not %u"), g_strv_length ((char **) files));

  if (!hc_export_settings_check (&settings, &error))
    return fail ("%s", error->message);

  load_options.max_size = (guint64) max_size;
  if (files != NULL && files[0] != NULL)
    table = hc_loader_read_path (files[0], &load_options, NULL, &error);
  else
    table = hc_loader_read_default (&error);

  if (table == NULL)
    {
      if (g_error_matches (error, HC_LOAD_ERROR, HC_LOAD_ERROR_TOO_LARGE))
        return fail (_("%s; --max-size BYTES raises it"), error->message);
      return fail ("%s", error->message);
    }
  if (g_strcmp0 (hc_table_get_encoding (table), "UTF-8") != 0)
    fprintf (stderr, _("%s: %s is not UTF-8; read it as %s\n"), g_get_prgname (),
             files != NULL && files[0] != NULL ? files[0] : "", hc_table_get_encoding (table));

  if (describe)
    {
      g_autofree char *description = hc_cli_describe_table (table);
      int status = print_text (description);

      if (status != 0 || (export_path == NULL && !print))
        return status;
    }

  if (selection.shape != HC_SELECTION_ONE_TIME && selection.shape != HC_SELECTION_PYRAMID &&
      hc_table_find_role (table, HC_ROLE_TIME) < 0)
    {
      const char *name = files != NULL && files[0] != NULL ? files[0] : HC_DEFAULT_DATASET_NAME;

      return fail (_("%s: --view %s draws figures over time, and this data has no times (no "
                     "column of years or dates); try --view bars"),
                   name, hc_chart_kind_to_string (settings.chart.kind));
    }

  if (selection.shape == HC_SELECTION_PYRAMID)
    {
      dataset = hc_selection_apply_pyramid (table, &selection,
                                            files != NULL && files[0] != NULL
                                              ? files[0] : HC_DEFAULT_DATASET_NAME, &error);
      if (dataset == NULL)
        return fail ("%s", error->message);
      if (settings.chart.has_compare && !has_time (dataset, settings.chart.compare_time))
        return fail (_("--compare: the data has no ages and sexes in %.0f"),
                     settings.chart.compare_time);
    }
  else
    dataset = hc_selection_apply (table, &selection, &error);
  if (dataset == NULL)
    {
      const char *name = files != NULL && files[0] != NULL ? files[0] : HC_DEFAULT_DATASET_NAME;

      return fail ("%s: %s", name, error->message);
    }

  if (print)
    {
      /* Without a selection, every observation read; with one, what the
       * chart would show. */
      g_autoptr(HcDataset) all = selected ? NULL : hc_selection_all_observations (table);
      g_autofree char *printed = hc_cli_format_figures (all != NULL ? all : dataset);
      int status = print_text (printed);

      if (status != 0 || export_path == NULL)
        return status;
    }

  if (each_time)
    return export_each_time (table, &selection, dataset, &settings, export_path);

  if (!hc_export_to_path (dataset, &settings, export_path, &error))
    return fail ("%s", error->message);

  return 0;
}
