/* hc-loader.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>


#include "hc-core-resources.h"
#include "hc-loader-private.h"
#include "hc-number.h"
#include "hc-selection.h"
#include "hc-table-private.h"

static gboolean
has_suffix_nocase (const char *name,
                   const char *suffix)
{
  gsize n = strlen (name);
  gsize s = strlen (suffix);

  return n >= s && g_ascii_strcasecmp (name + n - s, suffix) == 0;
}

HcFormat
hc_loader_detect_format (const char *filename,
                         const char *data,
                         gsize       length)
{
  gsize i = 0;

  if (filename != NULL)
    {
      if (has_suffix_nocase (filename, ".json"))
        return HC_FORMAT_JSON;
      if (has_suffix_nocase (filename, ".csv") ||
          has_suffix_nocase (filename, ".tsv") ||
          has_suffix_nocase (filename, ".tab"))
        return HC_FORMAT_CSV;
    }

  if (data == NULL)
    return HC_FORMAT_UNKNOWN;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;
  if (i < length && (data[i] == '{' || data[i] == '['))
    return HC_FORMAT_JSON;

  return HC_FORMAT_CSV;
}

#define MAX_QUOTED_LABEL_CHARS 40

char *
hc_loader_shorten_label (const char *label)
{
  const char *end;

  g_return_val_if_fail (label != NULL, NULL);

  /* Labels are valid UTF-8: the loaders refuse anything else. */
  if (g_utf8_strlen (label, MAX_QUOTED_LABEL_CHARS * 4 + 4) <= MAX_QUOTED_LABEL_CHARS)
    return g_strdup (label);

  end = g_utf8_offset_to_pointer (label, MAX_QUOTED_LABEL_CHARS - 1);
  return g_strdup_printf ("%.*s…", (int) (end - label), label);
}

/* "data/kosovo-2007.csv" → "kosovo-2007": a file's title when it has none. */
char *
hc_loader_title_from_name (const char *display_name)
{
  g_autofree char *base = g_path_get_basename (display_name != NULL ? display_name : "");
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_steal_pointer (&base);
}

/* Much published data is not UTF-8: older research files and spreadsheet
 * exports are in Windows-1252 or Latin-1. As GNOME's text editor does: UTF-8
 * if the bytes are that, else the locale's character set, else
 * Windows-1252. Bytes with NULs are left for the readers to refuse (a
 * binary file is no text in any of these). */
static char *
to_utf8 (const char   *data,
         gsize         length,
         const char   *display_name,
         const char   *forced,
         char        **encoding,
         gsize        *out_length,
         GError      **error)
{
  const char *charset = NULL;
  const char *candidates[3];
  guint n = 0;

  *encoding = NULL;
  if (forced == NULL)
    {
      if (g_utf8_validate_len (data, length, NULL) || memchr (data, '\0', length) != NULL ||
          (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                           ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF))))
        return NULL;
      if (!g_get_charset (&charset) && charset != NULL)
        candidates[n++] = charset;
      candidates[n++] = "WINDOWS-1252";
      candidates[n++] = "ISO-8859-1";
    }
  else
    candidates[n++] = forced;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) local_error = NULL;
      gsize read = 0, written = 0;
      char *converted = g_convert (data, length, "UTF-8", candidates[i], &read, &written,
                                   &local_error);

      if (converted != NULL)
        {
          *encoding = g_strdup (candidates[i]);
          *out_length = written;
          return converted;
        }
      if (forced != NULL)
        {
          guint line = 1, column = 1;

          if (g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
            {
              hc_set_error_at (error, HC_LOAD_ERROR_ENCODING, display_name, 0, 0,
                               _("“%s” is not an encoding this system can read"), forced);
              return NULL;
            }
          for (gsize j = 0; j < read && j < length; j++)
            {
              if (data[j] == '\n')
                {
                  line++;
                  column = 1;
                }
              else
                column++;
            }
          hc_set_error_at (error, HC_LOAD_ERROR_ENCODING, display_name, line, column,
                           _("this is not text in %s (byte 0x%02X)"), forced,
                           read < length ? (guchar) data[read] : 0);
          return NULL;
        }
    }

  return NULL;
}

static HcTable *
read_data_cancellable (const char          *data,
                       gsize                length,
                       const char          *display_name,
                       HcFormat             format,
                       const HcLoadOptions *options,
                       GCancellable        *cancellable,
                       GError             **error)
{
  g_autoptr(HcTable) table = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *converted = NULL;
  g_autofree char *encoding = NULL;
  gsize converted_length = 0;
  HcLoadOptions no_options = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (data == NULL)
    data = "";
  if (display_name == NULL)
    display_name = "<data>";
  if (options == NULL)
    options = &no_options;

  converted = to_utf8 (data, length, display_name, options->encoding, &encoding,
                       &converted_length, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (converted != NULL)
    {
      data = converted;
      length = converted_length;
    }

  if (format == HC_FORMAT_UNKNOWN)
    format = hc_loader_detect_format (display_name, data, length);

  if (format != HC_FORMAT_JSON)
    table = hc_table_read_csv (data, length, display_name, options, cancellable, error);
  else
    /* json-glib parses in one go: the cancellation is seen after it. */
    table = hc_loader_read_json (data, length, display_name, options, error);
  if (table == NULL)
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (encoding != NULL)
    {
      g_autofree char *note = g_strdup_printf (_("The file is not UTF-8; it was read as %s."),
                                               encoding);

      hc_table_set_encoding (table, encoding);
      hc_table_add_note (table, note);
    }

  return g_steal_pointer (&table);
}

HcTable *
hc_loader_read_data (const char          *data,
                     gsize                length,
                     const char          *display_name,
                     HcFormat             format,
                     const HcLoadOptions *options,
                     GCancellable        *cancellable,
                     GError             **error)
{
  return read_data_cancellable (data, length, display_name, format, options, cancellable, error);
}

/* Messages name the file first, as the readers' do. */
static HcDataset *
select_default (HcTable     *table,
                const char  *display_name,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  HcDataset *dataset;

  if (table == NULL)
    return NULL;
  dataset = hc_selection_apply (table, NULL, &local_error);
  if (dataset == NULL)
    g_set_error (error, local_error->domain, local_error->code, "%s: %s",
                 display_name != NULL ? display_name : "<data>", local_error->message);
  return dataset;
}

HcDataset *
hc_loader_load_json (const char  *data,
                     gsize        length,
                     const char  *display_name,
                     GError     **error)
{
  g_autoptr(HcTable) table = hc_loader_read_json (data, length, display_name, NULL, error);

  return select_default (table, display_name, error);
}

HcDataset *
hc_loader_load_data (const char  *data,
                     gsize        length,
                     const char  *display_name,
                     HcFormat     format,
                     GError     **error)
{
  g_autoptr(HcTable) table = read_data_cancellable (data, length, display_name, format, NULL,
                                                    NULL, error);

  return select_default (table, display_name, error);
}

static void
set_too_large_error (GError      **error,
                     const char   *path,
                     guint64       size,
                     guint64       max_size)
{
  g_autofree char *size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *limit_text = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

  /* Just over the limit, both round to the same text: give bytes then. */
  if (g_str_equal (size_text, limit_text))
    {
      g_free (size_text);
      g_free (limit_text);
      size_text = g_strdup_printf ("%" G_GUINT64_FORMAT " bytes", size);
      limit_text = g_strdup_printf ("%" G_GUINT64_FORMAT " bytes", max_size);
    }

  hc_set_error_at (error, HC_LOAD_ERROR_TOO_LARGE, path, 0, 0,
                   "the file is %s, over the size limit of %s", size_text, limit_text);
}

static gboolean
check_file_type (const char  *path,
                 GStatBuf    *st,
                 GError     **error)
{
  if (S_ISDIR (st->st_mode))
    {
      hc_set_error_at (error, HC_LOAD_ERROR_IO, path, 0, 0, "is a directory, not a data file");
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      hc_set_error_at (error, HC_LOAD_ERROR_IO, path, 0, 0, "is not a regular file");
      return FALSE;
    }
  return TRUE;
}

/* Reads all of @fd, which fstat() said is a regular file of @size bytes.
 * The file may grow or shrink while it is read: the limit applies to what
 * is actually read. */
static char *
read_all (int           fd,
          const char   *path,
          guint64       size,
          guint64       max_size,
          gsize        *length,
          GError      **error)
{
  g_autofree char *buffer = NULL;
  gsize capacity = (gsize) MIN (size, (guint64) G_MAXSIZE / 2) + 1;
  gsize used = 0;

  buffer = g_malloc (capacity);

  for (;;)
    {
      gssize n;

      if (used == capacity)
        {
          if (max_size > 0 && used > max_size)
            {
              set_too_large_error (error, path, used, max_size);
              return NULL;
            }
          capacity *= 2;
          buffer = g_realloc (buffer, capacity);
        }

      n = read (fd, buffer + used, capacity - used);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          hc_set_error_at (error, HC_LOAD_ERROR_IO, path, 0, 0, "%s", g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;
      used += (gsize) n;
    }

  if (max_size > 0 && used > max_size)
    {
      set_too_large_error (error, path, used, max_size);
      return NULL;
    }

  *length = used;
  return g_steal_pointer (&buffer);
}

HcDataset *
hc_loader_load_path (const char  *path,
                     guint64      max_size,
                     GError     **error)
{
  return hc_loader_load_path_cancellable (path, max_size, NULL, error);
}

HcDataset *
hc_loader_load_path_cancellable (const char    *path,
                                 guint64        max_size,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  /* Here 0 has always meant no limit. */
  HcLoadOptions options = { .max_size = max_size > 0 ? max_size : G_MAXUINT64 };
  g_autoptr(HcTable) table = hc_loader_read_path (path, &options, cancellable, error);

  return select_default (table, path, error);
}

/* Stops with G_IO_ERROR_CANCELLED soon after @cancellable is cancelled: a
 * Cancel button must stop the work, not only hide its result. */
HcTable *
hc_loader_read_path (const char          *path,
                     const HcLoadOptions *options,
                     GCancellable        *cancellable,
                     GError             **error)
{
  guint64 max_size = options != NULL && options->max_size > 0 ? options->max_size
                                                              : HC_LOADER_DEFAULT_MAX_SIZE;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  /* Ask before opening: a directory, a FIFO or /dev/zero would otherwise
   * fail late, block, or fill the memory. */
  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      hc_set_error_at (error, HC_LOAD_ERROR_IO, path, 0, 0, "%s", g_strerror (saved_errno));
      return NULL;
    }
  if (!check_file_type (path, &st, error))
    return NULL;
  if (max_size > 0 && (guint64) st.st_size > max_size)
    {
      set_too_large_error (error, path, (guint64) st.st_size, max_size);
      return NULL;
    }

  /* The path may name something else by the time it is opened: never
   * block in open() (a FIFO would, until a writer came), and ask again
   * about what was actually opened. */
  fd = g_open (path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      hc_set_error_at (error, HC_LOAD_ERROR_IO, path, 0, 0, "%s", g_strerror (saved_errno));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !check_file_type (path, &st, error))
    {
      if (error != NULL && *error == NULL)
        hc_set_error_at (error, HC_LOAD_ERROR_IO, path, 0, 0, "%s", g_strerror (errno));
      g_close (fd, NULL);
      return NULL;
    }

  contents = read_all (fd, path, (guint64) st.st_size, max_size, &length, error);
  g_close (fd, NULL);
  if (contents == NULL)
    return NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return read_data_cancellable (contents, length, path, HC_FORMAT_UNKNOWN, options, cancellable,
                                error);
}

static const char *
translate (const char *text)
{
  return text != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, "dataset", text) : NULL;
}

/* The bundled dataset speaks the user's language: its strings are in the
 * translation catalogue under the context "dataset" (build-aux/dataset-pot
 * puts them there). The quotes stay as the source published them. */
static HcDataset *
translate_dataset (const HcDataset *dataset)
{
  const HcSource *source = hc_dataset_get_source (dataset);
  HcDataset *translated = hc_dataset_new (translate (hc_dataset_get_title (dataset)));

  hc_dataset_set_source (translated, source->publisher, source->headline, source->date, source->url);
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      HcFigure figure = *hc_dataset_get_figure (dataset, i);

      figure.label = (char *) translate (figure.label);
      figure.category = (char *) translate (figure.category);
      figure.unit = (char *) translate (figure.unit);
      figure.note = (char *) translate (figure.note);
      hc_dataset_add_figure (translated, &figure);
    }

  return translated;
}

HcDataset *
hc_loader_load_default (GError **error)
{
  g_autoptr(HcTable) table = hc_loader_read_default (error);

  return select_default (table, HC_DEFAULT_DATASET_NAME, error);
}

HcTable *
hc_loader_read_default (GError **error)
{
  g_autoptr(HcDataset) translated = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  /* Through the resource itself, not the global registry: the linker then
   * keeps the bundled data even though nothing else names it. */
  bytes = g_resource_lookup_data (hc_core_get_resource (), HC_DEFAULT_DATASET_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  dataset = hc_loader_load_json (data, length, HC_DEFAULT_DATASET_NAME, error);
  if (dataset == NULL)
    return NULL;

  translated = translate_dataset (dataset);
  return hc_table_new_from_dataset (translated);
}
