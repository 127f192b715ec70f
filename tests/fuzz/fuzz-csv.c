/* fuzz-csv.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CSV reader over arbitrary bytes: every record, with the default
 * limits and with tiny ones, so that the limit paths are reached too.
 */
#include "config.h"

#include <string.h>

#include "hc-csv.h"
#include "hc-error.h"

#include "fuzz.h"

static void
read_all (const uint8_t *data,
          size_t         size,
          gboolean       tiny_limits)
{
  g_autoptr(HcCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint last_line = 0;

  reader = hc_csv_reader_new ((const char *) data, size, "fuzz.csv");
  if (tiny_limits)
    hc_csv_reader_set_limits (reader, 3, 8, 4);

  while (hc_csv_reader_next (reader, &error))
    {
      guint n_fields = hc_csv_reader_get_n_fields (reader);

      g_assert_cmpuint (n_fields, >, 0);
      g_assert_cmpuint (hc_csv_reader_get_line (reader), >, last_line);
      last_line = hc_csv_reader_get_line (reader);

      for (guint i = 0; i < n_fields; i++)
        {
          HcCsvField *field = hc_csv_reader_get_field (reader, i);

          /* The reader promises NUL-terminated, valid UTF-8 without NULs. */
          g_assert_cmpuint (strlen (field->text), ==, field->length);
          g_assert_true (g_utf8_validate (field->text, field->length, NULL));
          g_assert_cmpuint (field->line, >=, last_line);
          g_assert_cmpuint (field->column, >, 0);
          if (tiny_limits)
            g_assert_cmpuint (field->length, <=, 8);
        }
    }

  /* Finished stays finished. */
  g_assert_false (hc_csv_reader_next (reader, NULL));

  if (error != NULL)
    {
      g_assert_true (error->domain == HC_LOAD_ERROR);
      fuzz_check_error_message (error->message, "fuzz.csv");
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  read_all (data, size, FALSE);
  read_all (data, size, TRUE);
  return 0;
}
