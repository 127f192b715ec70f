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

static HcDataset *
load_data_cancellable (const char    *data,
                       gsize          length,
                       const char    *display_name,
                       HcFormat       format,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(HcDataset) dataset = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (display_name == NULL)
    display_name = "<data>";

  if (format == HC_FORMAT_UNKNOWN)
    format = hc_loader_detect_format (display_name, data, length);

  if (format != HC_FORMAT_JSON)
    return hc_loader_load_csv_cancellable (data, length, display_name, cancellable, error);

  /* json-glib parses in one go: the cancellation is seen after it. */
  dataset = hc_loader_load_json (data, length, display_name, error);
  if (dataset != NULL && g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&dataset);
}

HcDataset *
hc_loader_load_data (const char  *data,
                     gsize        length,
                     const char  *display_name,
                     HcFormat     format,
                     GError     **error)
{
  return load_data_cancellable (data, length, display_name, format, NULL, error);
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

/* As hc_loader_load_path(), stopping with G_IO_ERROR_CANCELLED soon after
 * @cancellable is cancelled: a Cancel button must stop the work, not only
 * hide its result. */
HcDataset *
hc_loader_load_path_cancellable (const char    *path,
                                 guint64        max_size,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
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

  return load_data_cancellable (contents, length, path, HC_FORMAT_UNKNOWN, cancellable, error);
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

  return translate_dataset (dataset);
}
