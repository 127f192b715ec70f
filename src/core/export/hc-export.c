/* hc-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hc-export.h"
#include "hc-png.h"

static const char * const format_names[] = { "png", "svg", "pdf" };

void
hc_export_settings_init (HcExportSettings *settings)
{
  g_return_if_fail (settings != NULL);

  memset (settings, 0, sizeof *settings);
  settings->format = HC_EXPORT_PNG;
  settings->width = HC_EXPORT_DEFAULT_WIDTH;
  settings->height = HC_EXPORT_DEFAULT_HEIGHT;
  settings->scale = 1;
  settings->theme = HC_THEME_LIGHT;
  hc_chart_options_init (&settings->chart);
}

gboolean
hc_export_settings_check (const HcExportSettings *settings,
                          GError                **error)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (settings->width < HC_EXPORT_MIN_SIZE || settings->width > HC_EXPORT_MAX_SIZE ||
      settings->height < HC_EXPORT_MIN_SIZE || settings->height > HC_EXPORT_MAX_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("size %d×%d is out of range: each side must be from %d to %d"),
                   settings->width, settings->height, HC_EXPORT_MIN_SIZE, HC_EXPORT_MAX_SIZE);
      return FALSE;
    }

  if (settings->scale < 1 || settings->scale > HC_EXPORT_MAX_SCALE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("scale %d is out of range: it must be from 1 to %d"),
                   settings->scale, HC_EXPORT_MAX_SCALE);
      return FALSE;
    }

  /* Cairo's image surfaces stop at 32767 pixels a side. */
  if (settings->format == HC_EXPORT_PNG &&
      ((gint64) settings->width * settings->scale > 32767 ||
       (gint64) settings->height * settings->scale > 32767))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%d×%d at scale %d is %d×%d pixels, larger than the 32767 a side an image can have"),
                   settings->width, settings->height, settings->scale,
                   settings->width * settings->scale, settings->height * settings->scale);
      return FALSE;
    }

  return TRUE;
}

gboolean
hc_export_format_from_name (const char     *name,
                            HcExportFormat *format)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        if (format != NULL)
          *format = i;
        return TRUE;
      }

  return FALSE;
}

HcExportFormat
hc_export_format_for_path (const char     *path,
                           HcExportFormat  fallback)
{
  const char *dot;
  HcExportFormat format;

  if (path == NULL)
    return fallback;

  dot = strrchr (path, '.');
  if (dot != NULL && strchr (dot, '/') == NULL && hc_export_format_from_name (dot + 1, &format))
    return format;

  return fallback;
}

const char *
hc_export_format_to_string (HcExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_names), NULL);

  return format_names[format];
}

static cairo_status_t
append_to_array_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* What travels with the image: a chart pasted into a report keeps its
 * title, its source and the same description a screen reader gets. */
typedef struct
{
  char *title;
  char *description;
  char *source;
  char *software;
} Metadata;

static void
metadata_init (Metadata               *meta,
               const HcDataset        *dataset,
               char                   *description)
{
  const HcSource *source = hc_dataset_get_source (dataset);
  GString *text = g_string_new (NULL);

  meta->title = g_strdup (hc_dataset_get_title (dataset));
  meta->description = description;
  meta->software = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);

  if (source->publisher != NULL)
    g_string_append (text, source->publisher);
  if (source->headline != NULL)
    /* Straight quotes: Latin-1, so PNG readers that skip iTXt still see it. */
    g_string_append_printf (text, "%s\"%s\"", text->len > 0 ? ", " : "", source->headline);
  if (source->date != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", source->date);
  if (source->url != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", source->url);
  meta->source = g_string_free (text, text->len == 0);
}

static void
metadata_clear (Metadata *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->description, g_free);
  g_clear_pointer (&meta->source, g_free);
  g_clear_pointer (&meta->software, g_free);
}

/* Cairo writes no <title> or <desc>; put them first inside <svg>, where
 * SVG viewers and screen readers look for them. */
static void
add_svg_metadata (GByteArray     *svg,
                  const Metadata *meta)
{
  const char *data = (const char *) svg->data;
  const char *open = g_strstr_len (data, svg->len, "<svg");
  const char *end = open != NULL ? memchr (open, '>', svg->len - (open - data)) : NULL;
  g_autofree char *title = g_markup_escape_text (meta->title, -1);
  g_autofree char *desc = NULL;
  g_autofree char *insert = NULL;

  if (end == NULL)
    return;

  if (meta->source != NULL)
    {
      g_autofree char *full = g_strdup_printf ("%s %s: %s", meta->description,
                                               _("Source"), meta->source);
      desc = g_markup_escape_text (full, -1);
    }
  else
    {
      desc = g_markup_escape_text (meta->description, -1);
    }

  insert = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", title, desc);
  {
    gsize offset = end + 1 - data;
    g_autoptr(GByteArray) rebuilt = g_byte_array_sized_new (svg->len + strlen (insert));

    g_byte_array_append (rebuilt, svg->data, offset);
    g_byte_array_append (rebuilt, (const guint8 *) insert, strlen (insert));
    g_byte_array_append (rebuilt, svg->data + offset, svg->len - offset);
    g_byte_array_set_size (svg, 0);
    g_byte_array_append (svg, rebuilt->data, rebuilt->len);
  }
}

/* Returns what a screen reader would say of the chart drawn: what is shown
 * depends on the size, so the description comes from this layout. */
static char *
render_into (cairo_surface_t        *surface,
             const HcDataset        *dataset,
             const HcExportSettings *settings)
{
  cairo_t *cr = cairo_create (surface);
  HcChartLayout *layout;
  char *description;

  if (settings->format == HC_EXPORT_PNG)
    cairo_scale (cr, settings->scale, settings->scale);

  layout = hc_chart_render (cr, settings->width, settings->height, dataset,
                            &settings->chart, hc_chart_style_get (settings->theme));
  description = hc_chart_layout_describe (layout, dataset);
  hc_chart_layout_free (layout);
  cairo_destroy (cr);

  return description;
}

static gboolean
check_surface (cairo_surface_t  *surface,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, status == CAIRO_STATUS_NO_MEMORY ? G_IO_ERROR_NO_SPACE : G_IO_ERROR_FAILED,
               _("could not draw the chart: %s"), cairo_status_to_string (status));
  return FALSE;
}

GBytes *
hc_export_to_bytes (const HcDataset        *dataset,
                    const HcExportSettings *settings,
                    GError                **error)
{
  g_autoptr(GByteArray) out = NULL;
  cairo_surface_t *surface = NULL;
  Metadata meta = { 0 };
  gboolean ok;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  if (!hc_export_settings_check (settings, error))
    return NULL;

  out = g_byte_array_new ();

  switch (settings->format)
    {
    case HC_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_array_cb, out,
                                                     settings->width, settings->height);
      /* Plain user units: "1600pt" would make browsers draw it a third larger. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_USER);
      break;
    case HC_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_to_array_cb, out,
                                                     settings->width, settings->height);
      break;
    case HC_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (settings->chart.transparent ? CAIRO_FORMAT_ARGB32
                                                                        : CAIRO_FORMAT_RGB24,
                                            settings->width * settings->scale,
                                            settings->height * settings->scale);
      break;
    }

  if (!check_surface (surface, error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  metadata_init (&meta, dataset, render_into (surface, dataset, settings));

  /* Cairo writes a PDF's metadata when the surface is finished. */
  if (settings->format == HC_EXPORT_PDF)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, meta.title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, meta.description);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, meta.software);
      if (meta.source != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, meta.source);
    }

  if (settings->format == HC_EXPORT_PNG)
    {
      HcPngText texts[] = {
        { "Title", meta.title },
        { "Description", meta.description },
        { "Software", meta.software },
        { "Source", meta.source },   /* last: left out when there is none */
      };

      cairo_surface_flush (surface);
      /* A 2× export reports 192 ppi, so it prints at the size of a 1× one. */
      ok = check_surface (surface, error) &&
           hc_png_encode (surface, texts, meta.source != NULL ? 4 : 3, 96.0 * settings->scale,
                          out, error);
    }
  else
    {
      cairo_surface_finish (surface);
      ok = check_surface (surface, error);
    }

  cairo_surface_destroy (surface);

  if (ok && settings->format == HC_EXPORT_SVG)
    add_svg_metadata (out, &meta);
  metadata_clear (&meta);

  if (!ok)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("could not encode the image"));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length,
           GError      **error)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("standard output: %s"), g_strerror (saved_errno));
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }

  return TRUE;
}

/* GLib names its temporary file in the message; say what the user asked
 * for instead, with the reason. */
static gboolean
check_destination (const char  *path,
                   GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("%s: is a directory"), path);
      return FALSE;
    }

  if (g_stat (dir, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: the folder %s cannot be used: %s"), path, dir, g_strerror (saved_errno));
      return FALSE;
    }
  if (!S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                   _("%s: %s is not a folder"), path, dir);
      return FALSE;
    }

  return TRUE;
}

gboolean
hc_write_file_atomically (const char  *path,
                          GBytes      *bytes,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const guint8 *data;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);

  if (g_str_equal (path, "-"))
    return write_all (STDOUT_FILENO, data, length, error);

  if (!check_destination (path, error))
    return FALSE;

  /* CONSISTENT writes a temporary file beside @path, fsyncs it and renames
   * it into place: a reader sees the old file or the new one, never half
   * of one, and a full disk leaves the old file as it was. */
  if (!g_file_set_contents_full (path, (const char *) data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local_error))
    {
      const char *reason = local_error->message;
      const char *colon = strrchr (reason, ':');

      if (colon != NULL && colon[1] == ' ')
        reason = colon + 2;
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, reason);
      return FALSE;
    }

  return TRUE;
}

gboolean
hc_export_to_path (const HcDataset        *dataset,
                   const HcExportSettings *settings,
                   const char             *path,
                   GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  bytes = hc_export_to_bytes (dataset, settings, error);
  if (bytes == NULL)
    return FALSE;

  return hc_write_file_atomically (path, bytes, error);
}

char *
hc_export_numbered_path (const char *path,
                         const char *number)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *named = NULL;
  const char *dot;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (number != NULL, NULL);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  /* "out.png" → "out-1990.png"; a leading dot is a hidden name, not an
   * extension. */
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    named = g_strdup_printf ("%.*s-%s%s", (int) (dot - base), base, number, dot);
  else
    named = g_strdup_printf ("%s-%s", base, number);

  if (g_str_equal (dir, ".") && !g_str_has_prefix (path, "./"))
    return g_steal_pointer (&named);
  return g_build_filename (dir, named, NULL);
}
