/* hc-csv.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An RFC 4180 reader over a buffer in memory, one record at a time.
 *
 * It reads quoted fields (which may hold delimiters, line breaks and
 * doubled quotes), CRLF, LF and lone CR line ends, and a last record
 * without a line end. A UTF-8 byte order mark is skipped. The delimiter is
 * ',', ';' or '\t', whichever appears most often outside quotes in the
 * first record (',' when none does), unless set explicitly.
 *
 * Every error is a HC_LOAD_ERROR with a message "NAME:LINE:COLUMN: …":
 *  - HC_LOAD_ERROR_ENCODING: a UTF-16 byte order mark, invalid UTF-8, a
 *    NUL byte;
 *  - HC_LOAD_ERROR_SYNTAX: a quote that is never closed (reported where it
 *    opens), a quote inside an unquoted field, text after a closing quote;
 *  - HC_LOAD_ERROR_LIMIT: more columns, longer fields or more records than
 *    the limits below.
 *
 * Lines are 1-based and count line ends, including those inside quoted
 * fields; columns are 1-based and count characters, not bytes, from the
 * start of the line (after the byte order mark on line 1).
 *
 * A blank line is a record of one empty field, as in RFC 4180; callers
 * decide whether it means anything. */

#define HC_CSV_DEFAULT_MAX_COLUMNS       1000
#define HC_CSV_DEFAULT_MAX_FIELD_LENGTH  (1024 * 1024)     /* bytes */
#define HC_CSV_DEFAULT_MAX_RECORDS       10000000

typedef struct
{
  /* The field's text without quotes, doubled quotes undone, NUL-terminated.
   * The reader owns it; it stays valid until the next call to
   * hc_csv_reader_next(). Callers may change the bytes in place (to trim,
   * say) but not write past @length. */
  char      *text;
  gsize      length;   /* in bytes */
  guint      line;     /* where the field starts (its opening quote, if quoted) */
  guint      column;
  gboolean   quoted;
} HcCsvField;

typedef struct _HcCsvReader HcCsvReader;

/* @data need not be NUL-terminated and must outlive the reader.
 * @display_name names the input in error messages; NULL means "<data>". */
HcCsvReader      *hc_csv_reader_new               (const char   *data,
                                                   gsize         length,
                                                   const char   *display_name);
void              hc_csv_reader_free              (HcCsvReader  *self);

/* Both must be called before the first hc_csv_reader_next().
 * @delimiter is ',', ';', '\t' or another ASCII punctuation character other
 * than '"'; 0 means sniff it from the first record (the default). */
void              hc_csv_reader_set_delimiter     (HcCsvReader  *self,
                                                   char          delimiter);
void              hc_csv_reader_set_limits        (HcCsvReader  *self,
                                                   guint         max_columns,
                                                   gsize         max_field_length,
                                                   guint64       max_records);

/* Reads the next record. Returns TRUE when there is one; FALSE at the end
 * of the input (@error untouched) or on an error (@error set). After FALSE
 * every later call returns FALSE without an error. */
gboolean          hc_csv_reader_next              (HcCsvReader  *self,
                                                   GError      **error);

/* The current record: valid after hc_csv_reader_next() returned TRUE. */
guint             hc_csv_reader_get_n_fields      (HcCsvReader  *self);
HcCsvField       *hc_csv_reader_get_field         (HcCsvReader  *self,
                                                   guint         index);
guint             hc_csv_reader_get_line          (HcCsvReader  *self);

/* The delimiter in use: the sniffed one once hc_csv_reader_next() has
 * been called. */
char              hc_csv_reader_get_delimiter     (HcCsvReader  *self);
guint64           hc_csv_reader_get_n_records     (HcCsvReader  *self);

/* The delimiter the reader would pick for @data: ',', ';' or '\t'. */
char              hc_csv_sniff_delimiter          (const char   *data,
                                                   gsize         length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcCsvReader, hc_csv_reader_free)

G_END_DECLS
