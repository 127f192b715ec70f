/* test-csv.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hc-csv.h"
#include "hc-error.h"

#define NAME "t.csv"

/* The reader is given an exact-size copy without a terminating NUL, so
 * that reading one byte too far shows up under AddressSanitizer. */
static char *
copy_unterminated (const char *data,
                   gsize       length)
{
  return g_memdup2 (data, MAX (length, 1));
}

/* Renders every record as its fields joined by '|', records one per line. */
static char *
read_all_full (const char  *data,
               gsize        length,
               char         delimiter,
               GError     **error)
{
  g_autofree char *copy = copy_unterminated (data, length);
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (copy, length, NAME);
  g_autoptr(GString) out = g_string_new (NULL);

  if (delimiter != 0)
    hc_csv_reader_set_delimiter (reader, delimiter);

  while (hc_csv_reader_next (reader, error))
    {
      for (guint i = 0; i < hc_csv_reader_get_n_fields (reader); i++)
        {
          const HcCsvField *field = hc_csv_reader_get_field (reader, i);

          g_assert_cmpuint (strlen (field->text), ==, field->length);
          if (i > 0)
            g_string_append_c (out, '|');
          g_string_append (out, field->text);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_reads (const char *data,
              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *got = read_all_full (data, strlen (data), 0, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (got, ==, expected);
}

static void
assert_error_full (const char  *data,
                   gsize        length,
                   HcLoadError  code,
                   const char  *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *got = read_all_full (data, length, 0, &error);

  g_assert_error (error, HC_LOAD_ERROR, (int) code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_error (const char  *data,
              HcLoadError  code,
              const char  *message)
{
  assert_error_full (data, strlen (data), code, message);
}

static void
assert_field (HcCsvReader *reader,
              guint        index,
              const char  *text,
              guint        line,
              guint        column,
              gboolean     quoted)
{
  const HcCsvField *field = hc_csv_reader_get_field (reader, index);

  g_assert_cmpstr (field->text, ==, text);
  g_assert_cmpuint (field->length, ==, strlen (text));
  g_assert_cmpuint (field->line, ==, line);
  g_assert_cmpuint (field->column, ==, column);
  g_assert_cmpint (field->quoted, ==, quoted);
}

static void
test_simple (void)
{
  assert_reads ("a,b,c\n1,2,3\n", "a|b|c\n1|2|3\n");
}

static void
test_no_final_newline (void)
{
  assert_reads ("a,b\n1,2", "a|b\n1|2\n");
  assert_reads ("a,b\n\"1\",\"2\"", "a|b\n1|2\n");
  assert_reads ("x", "x\n");
}

static void
test_empty_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (NULL, 0, NAME);

  g_assert_false (hc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hc_csv_reader_get_n_records (reader), ==, 0);

  assert_reads ("", "");
  assert_reads ("\xEF\xBB\xBF", "");
}

static void
test_empty_fields (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (",a,,", 4, NAME);

  g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_cmpuint (hc_csv_reader_get_n_fields (reader), ==, 4);
  assert_field (reader, 0, "", 1, 1, FALSE);
  assert_field (reader, 1, "a", 1, 2, FALSE);
  assert_field (reader, 2, "", 1, 4, FALSE);
  assert_field (reader, 3, "", 1, 5, FALSE);
  g_assert_false (hc_csv_reader_next (reader, &error));
  g_assert_no_error (error);

  assert_reads ("\"\",\"\"\n", "|\n");
}

static void
test_blank_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new ("a\n\nb\n", 5, NAME);

  /* RFC 4180: a blank line is a record with one empty field. */
  g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_cmpuint (hc_csv_reader_get_line (reader), ==, 2);
  g_assert_cmpuint (hc_csv_reader_get_n_fields (reader), ==, 1);
  assert_field (reader, 0, "", 2, 1, FALSE);
  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 0, "b", 3, 1, FALSE);
  g_assert_false (hc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hc_csv_reader_get_n_records (reader), ==, 3);
}

static void
test_bom (void)
{
  static const char data[] = "\xEF\xBB\xBF" "label,value\nx,1\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (data, strlen (data), NAME);

  g_assert_true (hc_csv_reader_next (reader, &error));
  /* The mark is neither part of the first header nor counted as a column. */
  assert_field (reader, 0, "label", 1, 1, FALSE);
  assert_field (reader, 1, "value", 1, 7, FALSE);
  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 0, "x", 2, 1, FALSE);
  g_assert_no_error (error);
}

static void
test_quoted (void)
{
  static const char data[] = "\"a\",\"b,c\", \"d\"\"\"";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = NULL;

  reader = hc_csv_reader_new (data, strlen ("\"a\",\"b,c\""), NAME);
  g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_cmpuint (hc_csv_reader_get_n_fields (reader), ==, 2);
  assert_field (reader, 0, "a", 1, 1, TRUE);
  assert_field (reader, 1, "b,c", 1, 5, TRUE);
  g_assert_no_error (error);

  assert_reads ("\"x;y\"\t\"a\tb\"", "x;y|a\tb\n");
}

static void
test_doubled_quote (void)
{
  assert_reads ("\"say \"\"hi\"\"\",x\n", "say \"hi\"|x\n");
  assert_reads ("\"\"\"\"\n", "\"\n");
  assert_reads ("\"\"\"\"\"\",\"a\"\"\"", "\"\"|a\"\n");
}

static void
test_quoted_newline (void)
{
  static const char data[] = "\"a\nb\",c\nd,\"e\n\nf\",g\nh,i";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (data, strlen (data), NAME);

  g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_cmpuint (hc_csv_reader_get_line (reader), ==, 1);
  assert_field (reader, 0, "a\nb", 1, 1, TRUE);
  assert_field (reader, 1, "c", 2, 4, FALSE);

  g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_cmpuint (hc_csv_reader_get_line (reader), ==, 3);
  assert_field (reader, 0, "d", 3, 1, FALSE);
  assert_field (reader, 1, "e\n\nf", 3, 3, TRUE);
  assert_field (reader, 2, "g", 5, 4, FALSE);

  g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_cmpuint (hc_csv_reader_get_line (reader), ==, 6);
  assert_field (reader, 1, "i", 6, 3, FALSE);

  g_assert_false (hc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
test_crlf (void)
{
  static const char data[] = "a,b\r\n\"x\r\ny\",z\r\nlast,1\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (data, strlen (data), NAME);

  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 1, "b", 1, 3, FALSE);
  g_assert_true (hc_csv_reader_next (reader, &error));
  /* Inside quotes the line break is kept as written, and counts once. */
  assert_field (reader, 0, "x\r\ny", 2, 1, TRUE);
  assert_field (reader, 1, "z", 3, 4, FALSE);
  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 0, "last", 4, 1, FALSE);
  assert_field (reader, 1, "1", 4, 6, FALSE);
  g_assert_false (hc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hc_csv_reader_get_n_records (reader), ==, 3);

  assert_reads ("a\r\n\r\nb\r\n", "a\n\nb\n");
}

static void
test_cr (void)
{
  static const char data[] = "a,b\rc,\"d\re\"\rf";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (data, strlen (data), NAME);

  g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 0, "c", 2, 1, FALSE);
  assert_field (reader, 1, "d\re", 2, 3, TRUE);
  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 0, "f", 4, 1, FALSE);
  g_assert_false (hc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
test_columns_utf8 (void)
{
  /* é is 2 bytes, € 3, 😀 4: columns count characters. */
  static const char data[] = "é€,x,\"😀\",y\n😀😀,z";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (data, strlen (data), NAME);

  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 0, "é€", 1, 1, FALSE);
  assert_field (reader, 1, "x", 1, 4, FALSE);
  assert_field (reader, 2, "😀", 1, 6, TRUE);
  assert_field (reader, 3, "y", 1, 10, FALSE);
  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 1, "z", 2, 4, FALSE);
  g_assert_no_error (error);
}

static void
test_not_nul_terminated (void)
{
  static const char data[] = "a,bc\"";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (data, 3, NAME);

  /* The bytes past @length would be "c\"": a stray quote, if read. */
  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 1, "b", 1, 3, FALSE);
  g_assert_false (hc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
test_field_mutable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (" a ,b", 5, NAME);
  HcCsvField *field;

  g_assert_true (hc_csv_reader_next (reader, &error));
  field = hc_csv_reader_get_field (reader, 0);
  field->text[2] = '\0';
  /* Trimming one field in place leaves the next intact. */
  g_assert_cmpstr (field->text, ==, " a");
  assert_field (reader, 1, "b", 1, 5, FALSE);
}

static void
test_big_record (void)
{
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = NULL;

  /* Enough fields that the reader's buffer must move while it grows. */
  for (guint i = 0; i < 900; i++)
    g_string_append_printf (data, "%s\"field %u with some text\"", i > 0 ? "," : "", i);
  reader = hc_csv_reader_new (data->str, data->len, NAME);

  g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hc_csv_reader_get_n_fields (reader), ==, 900);
  for (guint i = 0; i < 900; i++)
    {
      g_autofree char *expected = g_strdup_printf ("field %u with some text", i);

      g_assert_cmpstr (hc_csv_reader_get_field (reader, i)->text, ==, expected);
    }
}

static void
test_sniff_comma (void)
{
  g_assert_cmpint (hc_csv_sniff_delimiter ("a,b;c,d", 7), ==, ',');
  assert_reads ("a,b;c\n", "a|b;c\n");
}

static void
test_sniff_semicolon (void)
{
  static const char data[] = "Entity;Deaths\nSerbs;\"1,000\"\nDead, 1998;10,000\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new (data, strlen (data), NAME);

  g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_cmpint (hc_csv_reader_get_delimiter (reader), ==, ';');
  assert_field (reader, 1, "Deaths", 1, 8, FALSE);
  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 1, "1,000", 2, 7, TRUE);
  g_assert_true (hc_csv_reader_next (reader, &error));
  assert_field (reader, 0, "Dead, 1998", 3, 1, FALSE);
  assert_field (reader, 1, "10,000", 3, 12, FALSE);
  g_assert_no_error (error);
}

static void
test_sniff_tab (void)
{
  assert_reads ("name\tcount\tgroup\nSerbs\t120,000\tPopulation\n",
                "name|count|group\nSerbs|120,000|Population\n");
  g_assert_cmpint (hc_csv_sniff_delimiter ("a\tb,c\td", 7), ==, '\t');
}

static void
test_sniff_quoted (void)
{
  /* Delimiters inside quotes do not count. */
  g_assert_cmpint (hc_csv_sniff_delimiter ("\"a;b;c\",d\n", 10), ==, ',');
  g_assert_cmpint (hc_csv_sniff_delimiter ("\"a,b,c\nd,e\";f\n", 14), ==, ';');
  assert_reads ("\"a;b;c\",d\n", "a;b;c|d\n");
}

static void
test_sniff_first_record (void)
{
  /* Only the first record counts, and only up to its line end. */
  g_assert_cmpint (hc_csv_sniff_delimiter ("a;b\nc,d,e,f,g\n", 14), ==, ';');
  g_assert_cmpint (hc_csv_sniff_delimiter ("a;b\rc,d,e,f,g\n", 14), ==, ';');
  g_assert_cmpint (hc_csv_sniff_delimiter ("\xEF\xBB\xBF" "a;b", 6), ==, ';');
}

static void
test_sniff_default (void)
{
  g_assert_cmpint (hc_csv_sniff_delimiter ("label\nx\n", 8), ==, ',');
  g_assert_cmpint (hc_csv_sniff_delimiter ("", 0), ==, ',');
  /* Ties go to the commonest convention. */
  g_assert_cmpint (hc_csv_sniff_delimiter ("a,b;c", 5), ==, ',');
  g_assert_cmpint (hc_csv_sniff_delimiter ("a;b\tc", 5), ==, ';');
}

static void
test_delimiter_explicit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *got = read_all_full ("a,b|c,d\n", 8, '|', &error);

  g_assert_no_error (error);
  g_assert_cmpstr (got, ==, "a,b|c,d\n");
}

static void
test_error_utf16 (void)
{
  assert_error_full ("\xFF\xFEl\0a\0", 6, HC_LOAD_ERROR_ENCODING,
                     NAME ":1:1: UTF-16 is not supported; save as UTF-8");
  assert_error_full ("\xFE\xFF\0l\0a", 6, HC_LOAD_ERROR_ENCODING,
                     NAME ":1:1: UTF-16 is not supported; save as UTF-8");
}

static void
test_error_nul (void)
{
  assert_error_full ("a,b\nc,\0d\n", 9, HC_LOAD_ERROR_ENCODING,
                     NAME ":2:3: the file contains a NUL byte; it is not a text file in UTF-8");
  assert_error_full ("a,\"b\0\"", 6, HC_LOAD_ERROR_ENCODING,
                     NAME ":1:5: the file contains a NUL byte; it is not a text file in UTF-8");
}

static void
test_error_utf8 (void)
{
  /* Latin-1 "é" in the middle of a UTF-8 line: the column counts the
   * valid characters before it. */
  assert_error ("a,b\né,x\xE9y\n", HC_LOAD_ERROR_ENCODING,
                NAME ":2:4: invalid UTF-8 (byte 0xE9); save the file as UTF-8");
  assert_error ("\"é\n€\xFF\"", HC_LOAD_ERROR_ENCODING,
                NAME ":2:2: invalid UTF-8 (byte 0xFF); save the file as UTF-8");
}

static void
test_error_utf8_truncated (void)
{
  assert_error ("ab\xE2\x82", HC_LOAD_ERROR_ENCODING,
                NAME ":1:3: invalid UTF-8 (byte 0xE2); save the file as UTF-8");
  assert_error ("\xE2\x82,x", HC_LOAD_ERROR_ENCODING,
                NAME ":1:1: invalid UTF-8 (byte 0xE2); save the file as UTF-8");
}

static void
test_error_utf8_overlong (void)
{
  static const char * const bad[] = {
    "\xC0\xAF",           /* overlong '/' */
    "\xE0\x80\xAF",       /* overlong '/' */
    "\xED\xA0\x80",       /* a UTF-16 surrogate */
    "\xF4\x90\x80\x80",   /* above U+10FFFF */
    "\xF5\x80\x80\x80",   /* a lead byte that no code point has */
    "\x80",               /* a lone continuation byte */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *data = g_strconcat ("x,", bad[i], NULL);
      g_autofree char *got = read_all_full (data, strlen (data), 0, &error);

      g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_ENCODING);
      g_assert_true (g_str_has_prefix (error->message, NAME ":1:3: invalid UTF-8"));
    }
}

static void
test_error_unterminated (void)
{
  /* Reported where the quote opens, not at the end of the file. */
  assert_error ("a,b\nc,\"open\nmore,lines\n\n", HC_LOAD_ERROR_SYNTAX,
                NAME ":2:3: this quoted field is never closed");
  assert_error ("\"", HC_LOAD_ERROR_SYNTAX, NAME ":1:1: this quoted field is never closed");
  assert_error ("é,\"x\"\"", HC_LOAD_ERROR_SYNTAX, NAME ":1:3: this quoted field is never closed");
}

static void
test_error_stray_quote (void)
{
  assert_error ("a,b\"c\n", HC_LOAD_ERROR_SYNTAX,
                NAME ":1:4: a quote inside an unquoted field "
                "(quote the whole field and double the quote)");
  assert_error ("x\ny, \"z\"", HC_LOAD_ERROR_SYNTAX,
                NAME ":2:4: a quote inside an unquoted field "
                "(quote the whole field and double the quote)");
}

static void
test_error_after_quote (void)
{
  assert_error ("\"a\"b,c", HC_LOAD_ERROR_SYNTAX,
                NAME ":1:4: unexpected text after a closing quote "
                "(a quote inside a quoted field must be doubled)");
  assert_error ("x\n\"a\nb\" ,c", HC_LOAD_ERROR_SYNTAX,
                NAME ":3:3: unexpected text after a closing quote "
                "(a quote inside a quoted field must be doubled)");
}

static void
test_error_sticks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new ("a\"\nb\n", 5, NAME);

  g_assert_false (hc_csv_reader_next (reader, &error));
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_SYNTAX);
  g_clear_error (&error);
  /* No skipping ahead to "b": after an error the reader stays stopped. */
  g_assert_false (hc_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
test_limit_columns (void)
{
  g_autoptr(GString) data = g_string_new ("x\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;

  /* 1000 fields are fine ... */
  for (guint i = 1; i < HC_CSV_DEFAULT_MAX_COLUMNS; i++)
    g_string_append_c (data, ',');
  got = read_all_full (data->str, data->len, 0, &error);
  g_assert_no_error (error);

  /* ... the 1001st, which starts at column 1001, is not. */
  g_string_append_c (data, ',');
  assert_error_full (data->str, data->len, HC_LOAD_ERROR_LIMIT,
                     NAME ":2:1001: more than 1000 columns, the limit");
}

static void
test_limit_field_length (void)
{
  gsize limit = HC_CSV_DEFAULT_MAX_FIELD_LENGTH;
  g_autofree char *data = g_malloc (limit + 16);
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;

  memcpy (data, "x,", 2);
  memset (data + 2, 'a', limit);
  got = read_all_full (data, limit + 2, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (got), ==, limit + 3);

  data[limit + 2] = 'a';
  assert_error_full (data, limit + 3, HC_LOAD_ERROR_LIMIT,
                     NAME ":1:3: the field is longer than 1 MiB, the limit");

  /* Quoted, with the last byte over the limit being a doubled quote. */
  data[2] = '"';
  memcpy (data + limit + 3, "\"\"\"", 3);
  assert_error_full (data, limit + 6, HC_LOAD_ERROR_LIMIT,
                     NAME ":1:3: the field is longer than 1 MiB, the limit");
  data[limit + 2] = '"';
  data[limit + 3] = ',';
  g_clear_pointer (&got, g_free);
  got = read_all_full (data, limit + 4, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (got), ==, 1 + 1 + (limit - 1) + 1 + 1);
}

static void
test_limit_rows_custom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = hc_csv_reader_new ("a\nb\nc\n\"d\"", 9, NAME);

  hc_csv_reader_set_limits (reader, 5, 10, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (hc_csv_reader_next (reader, &error));
  g_assert_false (hc_csv_reader_next (reader, &error));
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, NAME ":4:1: more than 3 rows, the limit");
}

static void
test_limit_rows (void)
{
  gsize n = HC_CSV_DEFAULT_MAX_RECORDS;
  g_autofree char *data = g_malloc (n + 1);

  memset (data, '\n', n + 1);
  assert_error_full (data, n + 1, HC_LOAD_ERROR_LIMIT,
                     NAME ":10000001:1: more than 10000000 rows, the limit");
}

static void
test_perf (void)
{
  g_autoptr(GString) data = g_string_new ("label,value,category,quote\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(HcCsvReader) reader = NULL;
  guint64 n_fields = 0;
  double seconds;

  if (!g_test_perf ())
    {
      g_test_skip ("only with -m perf");
      return;
    }

  while (data->len < 35 * 1024 * 1024)
    g_string_append (data, "Ethnic Albanians,\"2,000,000\",Population,"
                     "\"Leaders of Kosovo's 2 million ethnic Albanians made the announcement\"\n"
                     "Dead 1998–99 war,10000,Casualties,Around 10\xC2\xA0" "000 people died\n");

  reader = hc_csv_reader_new (data->str, data->len, NAME);
  g_test_timer_start ();
  while (hc_csv_reader_next (reader, &error))
    n_fields += hc_csv_reader_get_n_fields (reader);
  seconds = g_test_timer_elapsed ();

  g_assert_no_error (error);
  g_assert_cmpuint (n_fields, ==, hc_csv_reader_get_n_records (reader) * 4);
  g_test_minimized_result (seconds, "read %.1f MB in %.3f s: %.0f MB/s",
                           data->len / 1e6, seconds, data->len / 1e6 / seconds);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/simple", test_simple);
  g_test_add_func ("/csv/no-final-newline", test_no_final_newline);
  g_test_add_func ("/csv/empty-input", test_empty_input);
  g_test_add_func ("/csv/empty-fields", test_empty_fields);
  g_test_add_func ("/csv/blank-line", test_blank_line);
  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/quoted", test_quoted);
  g_test_add_func ("/csv/doubled-quote", test_doubled_quote);
  g_test_add_func ("/csv/quoted-newline", test_quoted_newline);
  g_test_add_func ("/csv/crlf", test_crlf);
  g_test_add_func ("/csv/cr", test_cr);
  g_test_add_func ("/csv/columns-utf8", test_columns_utf8);
  g_test_add_func ("/csv/not-nul-terminated", test_not_nul_terminated);
  g_test_add_func ("/csv/field-mutable", test_field_mutable);
  g_test_add_func ("/csv/big-record", test_big_record);
  g_test_add_func ("/csv/sniff/comma", test_sniff_comma);
  g_test_add_func ("/csv/sniff/semicolon", test_sniff_semicolon);
  g_test_add_func ("/csv/sniff/tab", test_sniff_tab);
  g_test_add_func ("/csv/sniff/quoted", test_sniff_quoted);
  g_test_add_func ("/csv/sniff/first-record", test_sniff_first_record);
  g_test_add_func ("/csv/sniff/default", test_sniff_default);
  g_test_add_func ("/csv/delimiter/explicit", test_delimiter_explicit);
  g_test_add_func ("/csv/error/utf16", test_error_utf16);
  g_test_add_func ("/csv/error/nul", test_error_nul);
  g_test_add_func ("/csv/error/utf8", test_error_utf8);
  g_test_add_func ("/csv/error/utf8-truncated", test_error_utf8_truncated);
  g_test_add_func ("/csv/error/utf8-overlong", test_error_utf8_overlong);
  g_test_add_func ("/csv/error/unterminated", test_error_unterminated);
  g_test_add_func ("/csv/error/stray-quote", test_error_stray_quote);
  g_test_add_func ("/csv/error/after-quote", test_error_after_quote);
  g_test_add_func ("/csv/error/sticks", test_error_sticks);
  g_test_add_func ("/csv/limit/columns", test_limit_columns);
  g_test_add_func ("/csv/limit/field-length", test_limit_field_length);
  g_test_add_func ("/csv/limit/rows-custom", test_limit_rows_custom);
  g_test_add_func ("/csv/limit/rows", test_limit_rows);
  g_test_add_func ("/csv/perf", test_perf);

  return g_test_run ();
}
