/* hc-csv.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-csv.h"
#include "hc-error.h"

/* What a byte means to the scanner. Plain bytes are 0 so that the inner
 * loops are a single table look-up per byte. */
enum
{
  CLASS_PLAIN = 0,
  CLASS_DELIMITER,
  CLASS_QUOTE,
  CLASS_CR,
  CLASS_LF,
  CLASS_NUL,
  CLASS_HIGH,   /* the first byte of a multi-byte UTF-8 sequence, or garbage */
};

struct _HcCsvReader
{
  const guchar *data;
  gsize         length;
  gsize         pos;
  char         *name;

  char          delimiter;
  gboolean      started;
  gboolean      finished;

  guint         max_columns;
  gsize         max_field_length;
  guint64       max_records;

  /* The position of @pos in lines and characters: a column is the byte
   * distance from the line's start less the UTF-8 continuation bytes seen
   * on the line so far, which the scanner counts as it validates. */
  guint         line;
  gsize         line_start;
  gsize         line_extra;

  guint64       n_records;
  guint         record_line;

  /* One buffer for all the fields of the current record, reused from
   * record to record: the reader allocates only while it grows. */
  char         *buffer;
  gsize         buffer_len;
  gsize         buffer_size;
  /* Plain arrays, not GArray: appending to a GArray divides on every
   * call, a tenth of the load time of a million-row file. */
  HcCsvField   *fields;
  gsize        *starts;   /* where each field's text starts in @buffer */
  guint         n_fields;
  guint         fields_size;

  guint8        unquoted_class[256];
  guint8        quoted_class[256];
};

HcCsvReader *
hc_csv_reader_new (const char *data,
                   gsize       length,
                   const char *display_name)
{
  HcCsvReader *self;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self = g_new0 (HcCsvReader, 1);
  self->data = (const guchar *) data;
  self->length = data != NULL ? length : 0;
  self->name = g_strdup (display_name != NULL ? display_name : "<data>");
  self->max_columns = HC_CSV_DEFAULT_MAX_COLUMNS;
  self->max_field_length = HC_CSV_DEFAULT_MAX_FIELD_LENGTH;
  self->max_records = HC_CSV_DEFAULT_MAX_RECORDS;
  self->line = 1;
  self->fields_size = 16;
  self->fields = g_new0 (HcCsvField, self->fields_size);
  self->starts = g_new0 (gsize, self->fields_size);

  return self;
}

void
hc_csv_reader_free (HcCsvReader *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->buffer, g_free);
  g_clear_pointer (&self->fields, g_free);
  g_clear_pointer (&self->starts, g_free);
  g_free (self);
}

void
hc_csv_reader_set_delimiter (HcCsvReader *self,
                             char         delimiter)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->started);
  g_return_if_fail (delimiter == 0 || delimiter == '\t' ||
                    (g_ascii_ispunct (delimiter) && delimiter != '"'));

  self->delimiter = delimiter;
}

void
hc_csv_reader_set_limits (HcCsvReader *self,
                          guint        max_columns,
                          gsize        max_field_length,
                          guint64      max_records)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->started);
  g_return_if_fail (max_columns > 0);
  g_return_if_fail (max_records > 0);

  self->max_columns = max_columns;
  self->max_field_length = max_field_length;
  self->max_records = max_records;
}

char
hc_csv_reader_get_delimiter (HcCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->delimiter == 0)
    return hc_csv_sniff_delimiter ((const char *) self->data, self->length);
  return self->delimiter;
}

guint64
hc_csv_reader_get_n_records (HcCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_records;
}

guint
hc_csv_reader_get_n_fields (HcCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_fields;
}

HcCsvField *
hc_csv_reader_get_field (HcCsvReader *self,
                         guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_fields, NULL);

  return &self->fields[index];
}

guint
hc_csv_reader_get_line (HcCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

char
hc_csv_sniff_delimiter (const char *data,
                        gsize       length)
{
  gsize counts[3] = { 0, 0, 0 };   /* ',', ';', '\t' */
  gboolean in_quotes = FALSE;
  gsize i = 0;
  char best = ',';
  gsize best_count;

  g_return_val_if_fail (data != NULL || length == 0, ',');

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  for (; i < length; i++)
    {
      char c = data[i];

      /* A doubled quote toggles twice, which is what it should do. */
      if (c == '"')
        in_quotes = !in_quotes;
      else if (in_quotes)
        continue;
      else if (c == '\n' || c == '\r')
        break;
      else if (c == ',')
        counts[0]++;
      else if (c == ';')
        counts[1]++;
      else if (c == '\t')
        counts[2]++;
    }

  /* Ties go to ',', then ';': the more common conventions. */
  best_count = counts[0];
  if (counts[1] > best_count)
    {
      best = ';';
      best_count = counts[1];
    }
  if (counts[2] > best_count)
    best = '\t';

  return best;
}

static inline guint
column_at (HcCsvReader *self,
           gsize        pos)
{
  return (guint) (pos - self->line_start - self->line_extra + 1);
}

static inline void
start_line (HcCsvReader *self,
            gsize        pos)
{
  self->line++;
  self->line_start = pos;
  self->line_extra = 0;
}

/* The length of the valid UTF-8 sequence at @p, or 0. Stricter than a
 * plain lead-byte check: overlong forms, surrogates and code points above
 * U+10FFFF are refused, as g_utf8_validate() does. */
static inline gsize
utf8_sequence_length (const guchar *p,
                      gsize         available)
{
  guchar lo = 0x80;
  guchar hi = 0xBF;
  gsize n;

  g_assert (available > 0);

  if (p[0] >= 0xC2 && p[0] <= 0xDF)
    n = 2;
  else if (p[0] >= 0xE0 && p[0] <= 0xEF)
    {
      n = 3;
      if (p[0] == 0xE0)
        lo = 0xA0;
      else if (p[0] == 0xED)
        hi = 0x9F;
    }
  else if (p[0] >= 0xF0 && p[0] <= 0xF4)
    {
      n = 4;
      if (p[0] == 0xF0)
        lo = 0x90;
      else if (p[0] == 0xF4)
        hi = 0x8F;
    }
  else
    return 0;

  if (available < n || p[1] < lo || p[1] > hi)
    return 0;
  for (gsize i = 2; i < n; i++)
    if ((p[i] & 0xC0) != 0x80)
      return 0;

  return n;
}

static void
set_error_here (HcCsvReader  *self,
                GError      **error,
                HcLoadError   code,
                gsize         pos,
                const char   *message)
{
  g_assert (self != NULL);

  hc_set_error_at (error, code, self->name, self->line, column_at (self, pos), "%s", message);
}

static void
set_encoding_error (HcCsvReader  *self,
                    GError      **error,
                    gsize         pos)
{
  g_assert (pos < self->length);

  if (self->data[pos] == '\0')
    set_error_here (self, error, HC_LOAD_ERROR_ENCODING, pos,
                    _("the file contains a NUL byte; it is not a text file in UTF-8"));
  else
    hc_set_error_at (error, HC_LOAD_ERROR_ENCODING, self->name, self->line, column_at (self, pos),
                     _("invalid UTF-8 (byte 0x%02X); save the file as UTF-8"), self->data[pos]);
}

static void
set_field_too_long_error (HcCsvReader  *self,
                          GError      **error,
                          guint         line,
                          guint         column)
{
  gsize limit = self->max_field_length;

  /* Not g_format_size(): "1.0 MiB" for a limit that is exactly 1 MiB reads
   * like a rounded figure. */
  if (limit >= 1024 * 1024 && limit % (1024 * 1024) == 0)
    hc_set_error_at (error, HC_LOAD_ERROR_LIMIT, self->name, line, column,
                     _("the field is longer than %lu MiB, the limit"),
                     (unsigned long) (limit / (1024 * 1024)));
  else
    hc_set_error_at (error, HC_LOAD_ERROR_LIMIT, self->name, line, column,
                     _("the field is longer than %lu bytes, the limit"), (unsigned long) limit);
}

static inline void
buffer_reserve (HcCsvReader *self,
                gsize        extra)
{
  gsize needed = self->buffer_len + extra;

  if (G_LIKELY (needed <= self->buffer_size))
    return;

  self->buffer_size = MAX (self->buffer_size, 256);
  while (self->buffer_size < needed)
    self->buffer_size *= 2;
  self->buffer = g_realloc (self->buffer, self->buffer_size);
}

static inline void
buffer_append (HcCsvReader  *self,
               const guchar *src,
               gsize         n)
{
  /* An empty run at the start has no buffer yet, and memcpy() must not
   * see NULL even for zero bytes. */
  if (n == 0)
    return;
  buffer_reserve (self, n);
  memcpy (self->buffer + self->buffer_len, src, n);
  self->buffer_len += n;
}

/* Scans from @pos over bytes of class CLASS_PLAIN in @table, validating
 * UTF-8 on the way, and appends them to the field. Returns the position
 * of the first byte of any other class (or the end of the input), or
 * G_MAXSIZE after setting @error. */
static inline gsize
scan_run (HcCsvReader      *self,
          const guint8     *table,
          gsize             pos,
          const HcCsvField *field,
          gsize             field_start,
          GError          **error)
{
  const guchar *data = self->data;
  gsize length = self->length;
  gsize start = pos;

  for (;;)
    {
      while (pos < length && table[data[pos]] == CLASS_PLAIN)
        pos++;

      if (pos < length && table[data[pos]] == CLASS_HIGH)
        {
          gsize n = utf8_sequence_length (data + pos, length - pos);

          if (n == 0)
            {
              set_encoding_error (self, error, pos);
              return G_MAXSIZE;
            }
          self->line_extra += n - 1;
          pos += n;
          continue;
        }

      break;
    }

  if (self->buffer_len - field_start + (pos - start) > self->max_field_length)
    {
      set_field_too_long_error (self, error, field->line, field->column);
      return G_MAXSIZE;
    }
  buffer_append (self, data + start, pos - start);

  return pos;
}

/* Appends @n bytes that are not part of a run (a doubled quote, a line
 * break inside quotes) to the field, within its length limit. */
static gboolean
append_checked (HcCsvReader      *self,
                const guchar     *src,
                gsize             n,
                const HcCsvField *field,
                gsize             field_start,
                GError          **error)
{
  g_assert (field != NULL);

  if (self->buffer_len - field_start + n > self->max_field_length)
    {
      set_field_too_long_error (self, error, field->line, field->column);
      return FALSE;
    }
  buffer_append (self, src, n);
  return TRUE;
}

/* Reads the quoted field that opens at @pos. Returns the position after
 * the closing quote, or G_MAXSIZE after setting @error. */
static gsize
read_quoted (HcCsvReader      *self,
             gsize             pos,
             const HcCsvField *field,
             gsize             field_start,
             GError          **error)
{
  const guchar *data = self->data;
  gsize length = self->length;

  g_assert (data[pos] == '"');

  pos++;
  for (;;)
    {
      gsize n;

      pos = scan_run (self, self->quoted_class, pos, field, field_start, error);
      if (pos == G_MAXSIZE)
        return G_MAXSIZE;

      if (pos >= length)
        {
          hc_set_error_at (error, HC_LOAD_ERROR_SYNTAX, self->name, field->line, field->column,
                           _("this quoted field is never closed"));
          return G_MAXSIZE;
        }

      switch (self->quoted_class[data[pos]])
        {
        case CLASS_QUOTE:
          if (pos + 1 >= length || data[pos + 1] != '"')
            return pos + 1;
          /* A doubled quote stands for one. */
          if (!append_checked (self, data + pos, 1, field, field_start, error))
            return G_MAXSIZE;
          pos += 2;
          break;

        case CLASS_CR:
        case CLASS_LF:
          /* Line breaks inside quotes are part of the text, kept as written. */
          n = (data[pos] == '\r' && pos + 1 < length && data[pos + 1] == '\n') ? 2 : 1;
          if (!append_checked (self, data + pos, n, field, field_start, error))
            return G_MAXSIZE;
          pos += n;
          start_line (self, pos);
          break;

        case CLASS_NUL:
          set_encoding_error (self, error, pos);
          return G_MAXSIZE;

        default:
          g_assert_not_reached ();
        }
    }
}

static gboolean
read_record (HcCsvReader  *self,
             GError      **error)
{
  const guchar *data = self->data;
  gsize length = self->length;
  gsize pos = self->pos;

  self->buffer_len = 0;
  self->n_fields = 0;
  self->record_line = self->line;

  if (self->n_records >= self->max_records)
    {
      hc_set_error_at (error, HC_LOAD_ERROR_LIMIT, self->name, self->line, 1,
                       _("more than %lu rows, the limit"), (unsigned long) self->max_records);
      return FALSE;
    }

  for (;;)
    {
      HcCsvField field = { 0 };
      gsize field_start = self->buffer_len;

      field.line = self->line;
      field.column = column_at (self, pos);

      if (self->n_fields >= self->max_columns)
        {
          hc_set_error_at (error, HC_LOAD_ERROR_LIMIT, self->name, field.line, field.column,
                           _("more than %u columns, the limit"), self->max_columns);
          return FALSE;
        }

      if (pos < length && data[pos] == '"')
        {
          field.quoted = TRUE;
          pos = read_quoted (self, pos, &field, field_start, error);
          if (pos == G_MAXSIZE)
            return FALSE;

          if (pos < length && self->unquoted_class[data[pos]] != CLASS_DELIMITER &&
              data[pos] != '\r' && data[pos] != '\n')
            {
              set_error_here (self, error, HC_LOAD_ERROR_SYNTAX, pos,
                              _("unexpected text after a closing quote "
                                "(a quote inside a quoted field must be doubled)"));
              return FALSE;
            }
        }
      else
        {
          pos = scan_run (self, self->unquoted_class, pos, &field, field_start, error);
          if (pos == G_MAXSIZE)
            return FALSE;

          if (pos < length)
            {
              switch (self->unquoted_class[data[pos]])
                {
                case CLASS_QUOTE:
                  set_error_here (self, error, HC_LOAD_ERROR_SYNTAX, pos,
                                  _("a quote inside an unquoted field "
                                    "(quote the whole field and double the quote)"));
                  return FALSE;

                case CLASS_NUL:
                  set_encoding_error (self, error, pos);
                  return FALSE;

                default:
                  break;
                }
            }
        }

      field.length = self->buffer_len - field_start;
      buffer_reserve (self, 1);
      self->buffer[self->buffer_len++] = '\0';
      if (self->n_fields == self->fields_size)
        {
          self->fields_size *= 2;
          self->fields = g_renew (HcCsvField, self->fields, self->fields_size);
          self->starts = g_renew (gsize, self->starts, self->fields_size);
        }
      self->fields[self->n_fields] = field;
      self->starts[self->n_fields] = field_start;
      self->n_fields++;

      if (pos < length && self->unquoted_class[data[pos]] == CLASS_DELIMITER)
        {
          pos++;
          continue;
        }

      break;
    }

  if (pos < length)
    {
      g_assert (data[pos] == '\r' || data[pos] == '\n');

      if (data[pos] == '\r' && pos + 1 < length && data[pos + 1] == '\n')
        pos++;
      pos++;
      start_line (self, pos);
    }

  /* The buffer may have moved while it grew: point into it only now. */
  for (guint i = 0; i < self->n_fields; i++)
    self->fields[i].text = self->buffer + self->starts[i];

  self->pos = pos;
  self->n_records++;

  return TRUE;
}

static gboolean
start_reading (HcCsvReader  *self,
               GError      **error)
{
  const guchar *data = self->data;

  g_assert (!self->started);

  self->started = TRUE;

  if (self->length >= 2 &&
      ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    {
      hc_set_error_at (error, HC_LOAD_ERROR_ENCODING, self->name, 1, 1,
                       _("UTF-16 is not supported; save as UTF-8"));
      return FALSE;
    }

  /* Columns on line 1 count from after the byte order mark. */
  if (self->length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      self->pos = 3;
      self->line_start = 3;
    }

  if (self->delimiter == 0)
    self->delimiter = hc_csv_sniff_delimiter ((const char *) self->data, self->length);

  memset (self->quoted_class, CLASS_PLAIN, sizeof self->quoted_class);
  self->quoted_class['"'] = CLASS_QUOTE;
  self->quoted_class['\r'] = CLASS_CR;
  self->quoted_class['\n'] = CLASS_LF;
  self->quoted_class['\0'] = CLASS_NUL;
  for (guint c = 0x80; c < 0x100; c++)
    self->quoted_class[c] = CLASS_HIGH;

  memcpy (self->unquoted_class, self->quoted_class, sizeof self->unquoted_class);
  self->unquoted_class[(guchar) self->delimiter] = CLASS_DELIMITER;

  return TRUE;
}

gboolean
hc_csv_reader_next (HcCsvReader  *self,
                    GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->finished)
    return FALSE;

  if ((!self->started && !start_reading (self, error)) ||
      self->pos >= self->length ||
      !read_record (self, error))
    {
      self->finished = TRUE;
      self->n_fields = 0;
      return FALSE;
    }

  return TRUE;
}
