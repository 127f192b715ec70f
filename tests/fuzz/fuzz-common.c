/* fuzz-common.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "fuzz.h"

void
fuzz_check_error_message (const char *message,
                          const char *name)
{
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, name));
  g_assert_true (message[strlen (name)] == ':');
  g_assert_true (g_utf8_validate (message, -1, NULL));

  /* The command line prints the message as one line; a control character
   * from the input would break it (or the terminal). */
  for (const char *p = message; *p != '\0'; p++)
    g_assert_false ((guchar) *p < 0x20 || *p == 0x7f);
}

/* GLib makes a fatal message a breakpoint trap, which libFuzzer does not
 * catch: abort instead, so that the input that reached it is saved. */
static GLogWriterOutput
abort_on_warning_cb (GLogLevelFlags   level,
                     const GLogField *fields,
                     gsize            n_fields,
                     gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_standard_streams (level, fields, n_fields, user_data);

  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return output;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical warning is a bug reached through the input, as in the
   * tests (g_test_init() does the same): make it a crash the fuzzer saves. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_writer_func (abort_on_warning_cb, NULL, NULL);
  return 0;
}
