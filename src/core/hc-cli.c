/* hc-cli.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-cli.h"
#include "hc-export.h"
#include "hc-loader.h"
#include "hc-number.h"

static const GOptionEntry option_entries[] = {
  { "export", 'e', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the chart to FILE (PNG, SVG or PDF; “-” for standard output) and exit"), N_("FILE") },
  { "print", 'p', 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the figures as read, as CSV, and exit"), NULL },
  { "size", 's', 0, G_OPTION_ARG_STRING, NULL,
    N_("Size of the exported chart (default 1600x1000)"), N_("WIDTHxHEIGHT") },
  { "view", 'v', 0, G_OPTION_ARG_STRING, NULL,
    N_("Chart view: bars, columns, circles, treemap, shares, units"), N_("VIEW") },
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

/* The figures as normalized CSV with a header (label, value, category,
 * unit, approximate), so the output of --print reads back into
 * headcount. */
char *
hc_cli_format_figures (const HcDataset *dataset)
{
  GString *out = g_string_new ("label,value,category,unit,approximate\n");

  g_return_val_if_fail (dataset != NULL, NULL);

  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);
      g_autofree char *value = hc_number_format_plain (figure->value);

      print_field (out, figure->label);
      g_string_append_c (out, ',');
      g_string_append (out, value);
      g_string_append_c (out, ',');
      print_field (out, figure->category);
      g_string_append_c (out, ',');
      print_field (out, figure->unit);
      g_string_append_c (out, ',');
      g_string_append (out, figure->approximate ? "true" : "false");
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static int
print_dataset (const HcDataset *dataset)
{
  g_autofree char *text = hc_cli_format_figures (dataset);

  fputs (text, stdout);
  return fflush (stdout) == 0 ? 0 : fail (_("could not write to standard output"));
}

int
hc_cli_handle (GVariantDict *options)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **files = NULL;
  HcExportSettings settings;
  const char *export_path = NULL;
  const char *text = NULL;
  gboolean print = FALSE;
  gboolean flag = FALSE;
  gint64 max_size = HC_LOADER_DEFAULT_MAX_SIZE;
  int pixel_scale = 0;

  if (g_variant_dict_lookup (options, "version", "b", &flag) && flag)
    {
      printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "export", "^&ay", &export_path);
  g_variant_dict_lookup (options, "print", "b", &print);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (export_path == NULL && !print)
    return -1;

  hc_export_settings_init (&settings);

  if (g_variant_dict_lookup (options, "size", "&s", &text) &&
      !parse_size (text, &settings.width, &settings.height))
    return fail (_("--size: “%s” is not a size; give WIDTHxHEIGHT, such as 1600x1000"), text);

  if (g_variant_dict_lookup (options, "view", "&s", &text) &&
      !hc_chart_kind_from_string (text, &settings.chart.kind))
    {
      g_autofree char *names = hc_chart_kind_list_names ();
      return fail (_("--view: unknown view “%s”; choose one of: %s"), text, names);
    }

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

  if (files != NULL && files[0] != NULL)
    dataset = hc_loader_load_path (files[0], (guint64) max_size, &error);
  else
    dataset = hc_loader_load_default (&error);

  if (dataset == NULL)
    {
      if (g_error_matches (error, HC_LOAD_ERROR, HC_LOAD_ERROR_TOO_LARGE))
        return fail (_("%s; --max-size BYTES raises it"), error->message);
      return fail ("%s", error->message);
    }

  if (print)
    {
      int status = print_dataset (dataset);

      if (status != 0 || export_path == NULL)
        return status;
    }

  if (!hc_export_to_path (dataset, &settings, export_path, &error))
    return fail ("%s", error->message);

  return 0;
}
