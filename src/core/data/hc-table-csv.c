/* hc-table-csv.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CSV as publishers ship it, into a table: a preamble before the header
 * (the World Bank's "Data Source" lines), a row of HXL hashtags under it,
 * columns typed by what they hold.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hc-csv.h"
#include "hc-loader-private.h"
#include "hc-number.h"
#include "hc-records.h"
#include "hc-table-private.h"

typedef enum
{
  KIND_GUESS,        /* numbers until a cell says otherwise */
  KIND_TEXT,
  KIND_NUMBER,       /* a value column: a cell that is no number is an error */
  KIND_TIME,         /* a year or a date, or an error */
  KIND_ENTITY,       /* text that may not be empty */
  KIND_APPROXIMATE,  /* true/false, read into the value's flag */
} Kind;

typedef struct
{
  const char     *name;
  const HcLoadOptions *options;
  GCancellable   *cancellable;
  guint           n_preamble;    /* records before the header */
  GPtrArray      *preamble;      /* "key\nvalue" pairs */
  guint           n_columns;
  GPtrArray      *headers;       /* of char* */
  GPtrArray      *hxl;           /* of char*, or NULL */
  Kind           *kinds;
  int             label_column;  /* for messages: which cell names the row */
  HcTimeKind      time_kind;
  /* Slash dates, per column: the order the column shows, kept across
   * passes, and where the first date that could be read both ways is. */
  HcDateOrder    *date_orders;
  guint          *ambiguous_lines;
  guint          *ambiguous_columns;
  GPtrArray      *ambiguous_texts;
} CsvRead;

#define CANCEL_CHECK_ROWS 8192

static gboolean
is_ascii_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static char *
trim_field (HcCsvField *field)
{
  char *start = field->text;
  char *end = field->text + field->length;

  while (start < end && is_ascii_space (*start))
    start++;
  while (end > start && is_ascii_space (end[-1]))
    end--;
  *end = '\0';

  field->length = end - start;
  field->text = start;
  return start;
}

/* How publishers write "no data". */
gboolean
hc_table_is_missing_text (const char *text)
{
  static const char * const markers[] = {
    "", "NA", "N/A", "n/a", "na", "..", "...", "-", "\xE2\x80\x93", "\xE2\x80\x94", "NaN",
    "nan", "null", "NULL", "None", "#N/A", ":", "?", NULL
  };

  /* Most cells are numbers or names: none of the markers starts with a
   * digit or is longer than four bytes. */
  if (g_ascii_isdigit (text[0]) || (text[0] != '\0' && text[1] != '\0' && text[2] != '\0' &&
                                    text[3] != '\0' && text[4] != '\0'))
    return FALSE;
  for (guint i = 0; markers[i] != NULL; i++)
    if (strcmp (text, markers[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_blank_record (HcCsvReader *reader)
{
  guint n_fields = hc_csv_reader_get_n_fields (reader);

  for (guint i = 0; i < n_fields; i++)
    {
      const HcCsvField *field = hc_csv_reader_get_field (reader, i);

      for (gsize j = 0; j < field->length; j++)
        if (!is_ascii_space (field->text[j]))
          return FALSE;
    }

  return TRUE;
}

static guint
count_nonempty (HcCsvReader *reader)
{
  guint n = 0;

  for (guint i = 0; i < hc_csv_reader_get_n_fields (reader); i++)
    {
      HcCsvField *field = hc_csv_reader_get_field (reader, i);

      if (*trim_field (field) != '\0')
        n++;
    }
  return n;
}

/* The World Bank's bulk files start with "Data Source","World Development
 * Indicators", and "Last Updated Date","2018-01-25", each on its own line:
 * records of one or two values before the header, which has many. The
 * header is the first record with as many fields as the one after it. */
static gboolean
find_header (const char  *data,
             gsize        length,
             CsvRead     *read,
             GError     **error)
{
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (data, length, read->name);
  guint counts[12];
  guint nonempty[12];
  char *keys[12] = { NULL };
  char *values[12] = { NULL };
  guint n = 0;
  g_autoptr(GError) local_error = NULL;

  while (n < G_N_ELEMENTS (counts) && hc_csv_reader_next (reader, &local_error))
    {
      if (is_blank_record (reader))
        continue;
      counts[n] = hc_csv_reader_get_n_fields (reader);
      nonempty[n] = count_nonempty (reader);
      if (nonempty[n] <= 2)
        {
          keys[n] = g_strdup (hc_csv_reader_get_field (reader, 0)->text);
          values[n] = counts[n] > 1 ? g_strdup (hc_csv_reader_get_field (reader, 1)->text) : NULL;
        }
      n++;
    }

  /* The header, if the short records before it are a preamble: it has
   * many more fields than they do, and the record after it as many. */
  read->n_preamble = 0;
  for (guint i = 1; i < n; i++)
    {
      guint longest = 0;

      for (guint j = 0; j < i; j++)
        longest = MAX (longest, nonempty[j]);
      if (nonempty[i] >= 4 && nonempty[i] >= 2 * longest && longest <= 2 &&
          (i + 1 == n || counts[i + 1] == counts[i]))
        {
          read->n_preamble = i;
          break;
        }
      if (nonempty[i] > 2)
        break;
    }
  for (guint i = 0; i < read->n_preamble; i++)
    if (keys[i] != NULL)
      g_ptr_array_add (read->preamble, g_strdup_printf ("%s\n%s", keys[i],
                                                        values[i] != NULL ? values[i] : ""));
  for (guint i = 0; i < n; i++)
    {
      g_free (keys[i]);
      g_free (values[i]);
    }

  /* Errors in the first records are reported by the main pass. */
  return TRUE;
}

/* "#country+name": a tag that the HXL standard would accept. */
static gboolean
is_hashtag (const char *text)
{
  if (text[0] != '#' || !g_ascii_isalpha (text[1]))
    return FALSE;
  for (const char *p = text + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '+' && *p != ' ')
      return FALSE;
  return TRUE;
}

/* A row of HXL hashtags under the header gives the roles and is no data;
 * a row with some hashtags and some data is neither, and is refused. */
static gboolean
read_hxl_row (HcCsvReader  *reader,
              CsvRead      *read,
              gboolean     *is_hxl,
              GError      **error)
{
  guint n_fields = hc_csv_reader_get_n_fields (reader);
  guint tags = 0;
  HcCsvField *data_field = NULL;

  *is_hxl = FALSE;
  /* Without trimming in place: when this row is data, its cells are read
   * next, and their error columns count the spaces. */
  for (guint i = 0; i < n_fields; i++)
    {
      HcCsvField *field = hc_csv_reader_get_field (reader, i);
      g_autofree char *text = g_strstrip (g_strdup (field->text));

      if (*text == '\0')
        continue;
      if (is_hashtag (text))
        tags++;
      else if (data_field == NULL)
        data_field = field;
    }

  if (tags == 0)
    return TRUE;
  if (data_field != NULL)
    {
      g_autofree char *text = g_strstrip (g_strdup (data_field->text));
      g_autofree char *short_text = hc_loader_shorten_label (text);

      hc_set_error_at (error, HC_LOAD_ERROR_SYNTAX, read->name, data_field->line,
                       data_field->column,
                       _("this row has HXL hashtags and data: “%s” is not a hashtag; "
                         "a row of hashtags (#country+name, #affected+killed …) may only "
                         "have hashtags or empty cells"), short_text);
      return FALSE;
    }

  read->hxl = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < read->n_columns; i++)
    g_ptr_array_add (read->hxl, g_strstrip (g_strdup (i < n_fields
                                                        ? hc_csv_reader_get_field (reader, i)->text
                                                        : "")));
  *is_hxl = TRUE;
  return TRUE;
}

/* A header names the columns: a name given twice would leave a chart to
 * guess, and a number as a name (other than a year) says that the file
 * starts with data. */
static gboolean
read_header (HcCsvReader  *reader,
             CsvRead      *read,
             GError      **error)
{
  guint n_fields = hc_csv_reader_get_n_fields (reader);
  guint n_years = 0;

  read->n_columns = n_fields;
  read->headers = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_fields; i++)
    {
      HcCsvField *field = hc_csv_reader_get_field (reader, i);
      const char *header = trim_field (field);

      if (hc_table_header_year (header) >= 0)
        n_years++;
      for (guint j = 0; j < i; j++)
        if (*header != '\0' && g_utf8_collate (header, g_ptr_array_index (read->headers, j)) == 0)
          {
            hc_set_error_at (error, HC_LOAD_ERROR_SYNTAX, read->name, field->line, field->column,
                             _("the column “%s” appears twice (columns %u and %u); keep only "
                               "one of them"), header, j + 1, i + 1);
            return FALSE;
          }
      g_ptr_array_add (read->headers, g_strdup (header));
    }

  for (guint i = 0; i < n_fields; i++)
    {
      const char *header = g_ptr_array_index (read->headers, i);
      HcCsvField *field = hc_csv_reader_get_field (reader, i);

      if (*header != '\0' && hc_number_parse (header, NULL, NULL, NULL, NULL) &&
          (hc_table_header_year (header) < 0 || n_years < 2))
        {
          hc_set_error_at (error, HC_LOAD_ERROR_MISSING, read->name, field->line, field->column,
                           _("the first row looks like data, not a header: add a header row "
                             "that names the columns (such as label,value)"));
          return FALSE;
        }
    }

  return TRUE;
}

/* What the header alone says of each column's cells. */
static void
decide_kinds (CsvRead *read)
{
  gboolean have_entity = FALSE;
  guint n_years = 0;

  read->kinds = g_new0 (Kind, read->n_columns);
  read->date_orders = g_new0 (HcDateOrder, read->n_columns);
  read->ambiguous_lines = g_new0 (guint, read->n_columns);
  read->ambiguous_columns = g_new0 (guint, read->n_columns);
  read->ambiguous_texts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_set_size (read->ambiguous_texts, read->n_columns);
  read->label_column = -1;

  for (guint i = 0; i < read->n_columns; i++)
    if (hc_table_header_year (g_ptr_array_index (read->headers, i)) >= 0)
      n_years++;

  for (guint i = 0; i < read->n_columns; i++)
    {
      const char *header = g_ptr_array_index (read->headers, i);
      const char *tag = read->hxl != NULL ? g_ptr_array_index (read->hxl, i) : "";
      gboolean measure_name, is_id;
      HcRole role;

      if (*header == '\0' && *tag == '\0')
        {
          read->kinds[i] = KIND_GUESS;
          continue;
        }
      if (n_years >= 2 && hc_table_header_year (header) >= 0)
        {
          read->kinds[i] = KIND_NUMBER;
          continue;
        }

      role = *tag != '\0' ? hc_table_role_from_hxl (tag, &measure_name) : HC_N_ROLES;
      if (role == HC_N_ROLES)
        role = hc_table_role_from_name (header, &measure_name, &is_id);

      if (hc_table_name_is_approximate (header))
        read->kinds[i] = KIND_APPROXIMATE;
      else if (role == HC_ROLE_TIME)
        read->kinds[i] = KIND_TIME;
      else if (role == HC_ROLE_MEASURE && hc_table_name_is_value (header))
        read->kinds[i] = KIND_NUMBER;
      else if (role == HC_ROLE_ENTITY && !have_entity)
        {
          g_autofree char *normalized = hc_table_normalize_name (header);

          /* "label" and "name" name the figure itself: never empty. */
          read->kinds[i] = (strcmp (normalized, "label") == 0) ? KIND_ENTITY : KIND_TEXT;
          read->label_column = i;
          have_entity = TRUE;
        }
      else if (role == HC_ROLE_CODE || role == HC_ROLE_CATEGORY || role == HC_ROLE_UNIT ||
               role == HC_ROLE_QUOTE || role == HC_ROLE_NOTE || role == HC_ROLE_SOURCE ||
               role == HC_ROLE_ENTITY || role == HC_ROLE_SEX || role == HC_ROLE_AGE)
        read->kinds[i] = KIND_TEXT;
      else
        read->kinds[i] = KIND_GUESS;
    }
}

static gboolean
parse_approximate (const char *text,
                   gboolean   *approximate)
{
  static const char * const yes[] = { "true", "yes", "1", "\xE2\x89\x88", NULL };
  static const char * const no[] = { "false", "no", "0", "", NULL };

  for (guint i = 0; yes[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, yes[i]) == 0)
      {
        *approximate = TRUE;
        return TRUE;
      }
  for (guint i = 0; no[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, no[i]) == 0)
      {
        *approximate = FALSE;
        return TRUE;
      }
  return FALSE;
}

static const char *
row_label (HcCsvReader *reader,
           CsvRead     *read)
{
  if (read->label_column >= 0 &&
      (guint) read->label_column < hc_csv_reader_get_n_fields (reader))
    {
      HcCsvField *field = hc_csv_reader_get_field (reader, read->label_column);
      const char *text = trim_field (field);

      if (*text != '\0')
        return text;
    }
  return NULL;
}

/* The offset is in bytes of the unquoted text; the column counts
 * characters and starts at the opening quote, if any. */
static guint
error_column (HcCsvField *field,
              const char *untrimmed,
              gsize       offset)
{
  return field->column + (field->quoted ? 1 : 0) + (guint) g_utf8_strlen (untrimmed, offset);
}

static guint
count_lines (const char *data,
             gsize       length)
{
  guint64 n = 1;

  for (const char *p = data, *end = data + length;
       p < end && (p = memchr (p, '\n', end - p)) != NULL; p++)
    n++;
  return (guint) MIN (n, (guint64) HC_CSV_DEFAULT_MAX_RECORDS + 1);
}

typedef enum
{
  PASS_OK,
  PASS_ERROR,
  PASS_RESTART,   /* a column guessed to hold numbers holds text */
} PassResult;

static PassResult
read_cell (HcTable     *table,
           HcCsvReader *reader,
           CsvRead     *read,
           guint        row,
           guint        index,
           GError     **error)
{
  HcCsvField *field = hc_csv_reader_get_field (reader, index);
  HcColumn *column = hc_table_peek_column (table, index);
  const char *untrimmed = field->text;
  const char *text = trim_field (field);
  g_autoptr(GError) local_error = NULL;
  gboolean approximate = FALSE;
  gsize offset = 0;
  double value;

  switch (read->kinds[index])
    {
    case KIND_TEXT:
    case KIND_ENTITY:
      if (*text == '\0')
        {
          if (read->kinds[index] == KIND_ENTITY)
            {
              hc_set_error_at (error, HC_LOAD_ERROR_MISSING, read->name, field->line,
                               field->column, _("the label is empty"));
              return PASS_ERROR;
            }
          return PASS_OK;
        }
      /* Long files repeat an entity row after row: the previous row's
       * text is checked before the dictionary. */
      if (row > 0 && column->text[row - 1] != HC_TABLE_NO_TEXT &&
          strcmp (g_ptr_array_index (column->values, column->text[row - 1]), text) == 0)
        column->text[row] = column->text[row - 1];
      else
        column->text[row] = hc_table_intern (table, column, text);
      return PASS_OK;

    case KIND_APPROXIMATE:
      if (!parse_approximate (text, &approximate))
        {
          g_autofree char *short_text = hc_loader_shorten_label (text);

          hc_set_error_at (error, HC_LOAD_ERROR_VALUE, read->name, field->line, field->column,
                           _("“%s” is not an approximate flag: use true, false, yes, no, 1, 0, "
                             "≈ or nothing"), short_text);
          return PASS_ERROR;
        }
      column->numbers[row] = approximate ? 1 : 0;
      return PASS_OK;

    case KIND_TIME:
      {
        HcTimeKind kind;

        HcDateOrder evidence = HC_DATE_ORDER_UNKNOWN;
        gboolean slashed = FALSE;

        if (hc_table_is_missing_text (text))
          return PASS_OK;
        if (!hc_time_parse (text, &value, &kind) &&
            !hc_records_parse_date (text, read->date_orders[index], &value, &kind, &evidence,
                                    &slashed))
          {
            if (hc_records_parse_date (text, HC_DATE_ORDER_UNKNOWN, &value, &kind, &evidence,
                                       &slashed) &&
                evidence != HC_DATE_ORDER_UNKNOWN)
              {
                g_autofree char *short_text = hc_loader_shorten_label (text);

                hc_set_error_at (error, HC_LOAD_ERROR_VALUE, read->name, field->line,
                                 field->column,
                                 evidence == HC_DATE_ORDER_MONTH_FIRST
                                   ? _("“%s” has the month first, but other dates of the "
                                       "column have the day first; write dates as 1999-03-24")
                                   : _("“%s” has the day first, but other dates of the column "
                                       "have the month first; write dates as 1999-03-24"),
                                 short_text);
                return PASS_ERROR;
              }
            g_autofree char *short_text = hc_loader_shorten_label (text);

            hc_set_error_at (error, HC_LOAD_ERROR_VALUE, read->name, field->line,
                             field->column,
                             _("“%s” is not a year or a date: write 2007, 2007-12 or 2007-12-10"),
                             short_text);
            return PASS_ERROR;
          }
        if (evidence != HC_DATE_ORDER_UNKNOWN && read->date_orders[index] != evidence)
          {
            g_autofree char *short_text = hc_loader_shorten_label (text);

            if (read->date_orders[index] != HC_DATE_ORDER_UNKNOWN)
              {
                hc_set_error_at (error, HC_LOAD_ERROR_VALUE, read->name, field->line,
                                 field->column,
                                 evidence == HC_DATE_ORDER_MONTH_FIRST
                                   ? _("“%s” has the month first, but other dates of the "
                                       "column have the day first; write dates as 1999-03-24")
                                   : _("“%s” has the day first, but other dates of the column "
                                       "have the month first; write dates as 1999-03-24"),
                                 short_text);
                return PASS_ERROR;
              }
            read->date_orders[index] = evidence;
            /* Dates read day first until this one showed the month
             * first: read them again. */
            if (evidence == HC_DATE_ORDER_MONTH_FIRST && read->ambiguous_lines[index] > 0)
              return PASS_RESTART;
          }
        if (slashed && kind == HC_TIME_DAY && evidence == HC_DATE_ORDER_UNKNOWN &&
            read->ambiguous_lines[index] == 0)
          {
            read->ambiguous_lines[index] = field->line;
            read->ambiguous_columns[index] = field->column;
            g_free (g_ptr_array_index (read->ambiguous_texts, index));
            g_ptr_array_index (read->ambiguous_texts, index) = hc_loader_shorten_label (text);
          }
        column->numbers[row] = value;
        read->time_kind = MAX (read->time_kind, kind);
        return PASS_OK;
      }

    case KIND_GUESS:
    case KIND_NUMBER:
    default:
      if (hc_table_is_missing_text (text))
        return PASS_OK;
      if (!hc_number_parse (text, &value, &approximate, &offset, &local_error))
        {
          const char *label;
          g_autofree char *short_label = NULL;

          if (read->kinds[index] == KIND_GUESS)
            {
              read->kinds[index] = KIND_TEXT;
              return PASS_RESTART;
            }

          label = row_label (reader, read);
          short_label = hc_loader_shorten_label (label != NULL ? label : column->name);
          hc_set_error_at (error, HC_LOAD_ERROR_VALUE, read->name, field->line,
                           error_column (field, untrimmed, text - untrimmed + offset),
                           _("the value of “%s”: %s"), short_label, local_error->message);
          return PASS_ERROR;
        }
      column->numbers[row] = value;
      if (approximate)
        hc_table_mark_approximate (table, column, row);
      return PASS_OK;
    }
}

static PassResult
read_pass (const char  *data,
           gsize        length,
           CsvRead     *read,
           HcTable    **out,
           GError     **error)
{
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (data, length, read->name);
  g_autoptr(HcTable) table = NULL;
  g_autoptr(GError) local_error = NULL;
  guint records = 0;
  guint row = 0;
  gboolean have_header = FALSE;
  gboolean checked_hxl = FALSE;
  gboolean restart = FALSE;

  read->time_kind = HC_TIME_NONE;
  if (read->ambiguous_lines != NULL)
    memset (read->ambiguous_lines, 0, sizeof (guint) * read->n_columns);
  while (hc_csv_reader_next (reader, &local_error))
    {
      guint n_fields;

      if (hc_csv_reader_get_n_records (reader) % CANCEL_CHECK_ROWS == 0 &&
          g_cancellable_set_error_if_cancelled (read->cancellable, error))
        return PASS_ERROR;

      if (is_blank_record (reader))
        continue;
      if (records++ < read->n_preamble)
        continue;

      if (!have_header)
        {
          if (read->headers == NULL && !read_header (reader, read, error))
            return PASS_ERROR;
          have_header = TRUE;
          continue;
        }

      n_fields = hc_csv_reader_get_n_fields (reader);
      if (!checked_hxl)
        {
          gboolean is_hxl = FALSE;

          checked_hxl = TRUE;
          if (read->kinds == NULL)
            {
              if (n_fields == read->n_columns && !read_hxl_row (reader, read, &is_hxl, error))
                return PASS_ERROR;
              decide_kinds (read);
            }
          else
            is_hxl = read->hxl != NULL;

          table = hc_table_new (NULL);
          /* As many rows as lines at most: room for all of them at once
           * rather than doubling (and copying) as they come. */
          hc_table_reserve (table, count_lines (data, length));
          for (guint i = 0; i < read->n_columns; i++)
            {
              const char *header = g_ptr_array_index (read->headers, i);
              Kind kind = read->kinds[i];
              HcColumn *column;

              column = hc_table_add_column (table, *header != '\0' ? header : "",
                                            (kind == KIND_TEXT || kind == KIND_ENTITY)
                                              ? HC_COLUMN_TEXT : HC_COLUMN_NUMBER,
                                            HC_ROLE_UNDECIDED);
              if (read->hxl != NULL)
                column->hxl = g_strdup (g_ptr_array_index (read->hxl, i));
              if (kind == KIND_APPROXIMATE)
                {
                  column->role = HC_ROLE_IGNORED;
                  column->reason = g_strdup ("approximate");
                }
              else if (kind == KIND_TIME)
                column->role = HC_ROLE_TIME;
            }
          if (is_hxl)
            continue;
        }

      if (n_fields != read->n_columns)
        {
          guint index = n_fields > read->n_columns ? read->n_columns : n_fields - 1;
          HcCsvField *field = hc_csv_reader_get_field (reader, index);

          hc_set_error_at (error, HC_LOAD_ERROR_SYNTAX, read->name, field->line, field->column,
                           _("expected %u fields as in the header, got %u"),
                           read->n_columns, n_fields);
          return PASS_ERROR;
        }

      hc_table_set_n_rows (table, row + 1);
      hc_table_set_row_line (table, row, hc_csv_reader_get_line (reader));
      for (guint i = 0; i < n_fields; i++)
        {
          switch (read_cell (table, reader, read, row, i, error))
            {
            case PASS_ERROR:
              return PASS_ERROR;
            case PASS_RESTART:
              restart = TRUE;
              break;
            case PASS_OK:
            default:
              break;
            }
        }
      /* Every column this row shows to be text is known now: read again. */
      if (restart)
        return PASS_RESTART;
      row++;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return PASS_ERROR;
    }

  if (!have_header)
    {
      hc_set_error_at (error, HC_LOAD_ERROR_EMPTY, read->name, 0, 0, _("the file is empty"));
      return PASS_ERROR;
    }
  if (table == NULL || row == 0)
    {
      hc_set_error_at (error, HC_LOAD_ERROR_EMPTY, read->name, 0, 0, _("there are no figures"));
      return PASS_ERROR;
    }

  /* 03/04/1999 is the 3rd of April or the 4th of March: a column in
   * which no date tells is refused rather than guessed. */
  for (guint i = 0; i < read->n_columns; i++)
    if (read->ambiguous_lines[i] > 0 && read->date_orders[i] == HC_DATE_ORDER_UNKNOWN)
      {
        hc_set_error_at (error, HC_LOAD_ERROR_VALUE, read->name, read->ambiguous_lines[i],
                         read->ambiguous_columns[i],
                         _("“%s” in “%s” could be day/month or month/day, and no date of "
                           "the column has a part above 12 to tell; write dates as "
                           "1999-03-24"),
                         (const char *) g_ptr_array_index (read->ambiguous_texts, i),
                         (const char *) g_ptr_array_index (read->headers, i));
        return PASS_ERROR;
      }

  hc_table_set_time_kind (table, read->time_kind);
  *out = g_steal_pointer (&table);
  return PASS_OK;
}

static void
apply_preamble (HcTable *table,
                CsvRead *read)
{
  const char *publisher = NULL, *date = NULL;

  for (guint i = 0; i < read->preamble->len; i++)
    {
      const char *pair = g_ptr_array_index (read->preamble, i);
      const char *newline = strchr (pair, '\n');
      g_autofree char *key = g_strndup (pair, newline - pair);
      g_autofree char *normalized = hc_table_normalize_name (key);

      if (strcmp (normalized, "data source") == 0 || strcmp (normalized, "source") == 0)
        publisher = newline + 1;
      else if (strcmp (normalized, "last updated date") == 0)
        date = newline + 1;
    }

  if (publisher != NULL)
    {
      /* Translators: the source line of a World Bank file: "World
       * Development Indicators, World Bank". */
      hc_table_set_source (table, publisher, NULL,
                           date != NULL && hc_time_parse (date, &(double){ 0 },
                                                          &(HcTimeKind){ 0 }) ? date : NULL,
                           NULL);
    }
}

HcTable *
hc_table_read_csv (const char          *data,
                   gsize                length,
                   const char          *display_name,
                   const HcLoadOptions *options,
                   GCancellable        *cancellable,
                   GError             **error)
{
  CsvRead read = { 0 };
  g_autoptr(HcTable) table = NULL;
  g_autofree char *title = NULL;
  PassResult result;

  read.name = display_name != NULL ? display_name : "<data>";
  read.options = options;
  read.cancellable = cancellable;
  read.preamble = g_ptr_array_new_with_free_func (g_free);

  find_header (data, length, &read, NULL);

  /* A pass ends early when a column thought to hold numbers turns out to
   * hold text; each column turns at most once, so this ends. */
  do
    {
      g_clear_pointer (&table, hc_table_unref);
      result = read_pass (data, length, &read, &table, error);
    }
  while (result == PASS_RESTART);

  if (result == PASS_OK)
    {
      title = hc_loader_title_from_name (read.name);
      hc_table_set_title (table, title);
      apply_preamble (table, &read);
    }

  g_ptr_array_unref (read.preamble);
  g_clear_pointer (&read.headers, g_ptr_array_unref);
  g_clear_pointer (&read.hxl, g_ptr_array_unref);
  g_free (read.kinds);
  g_free (read.date_orders);
  g_free (read.ambiguous_lines);
  g_free (read.ambiguous_columns);
  g_clear_pointer (&read.ambiguous_texts, g_ptr_array_unref);

  if (result != PASS_OK)
    return NULL;

  return hc_table_shape (table, read.name, options, error);
}
