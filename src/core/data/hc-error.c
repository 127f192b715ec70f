/* hc-error.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hc-error.h"

G_DEFINE_QUARK (hc-load-error-quark, hc_load_error)

/* A message may quote a whole field; past this many characters it keeps
 * its start and its end, which say what went wrong. */
#define MAX_MESSAGE_CHARS 400
#define KEEP_HEAD_CHARS   240
#define KEEP_TAIL_CHARS   120

static void
append_printable_char (GString  *out,
                       gunichar  c)
{
  switch (c)
    {
    case '\n': g_string_append (out, "\\n"); return;
    case '\r': g_string_append (out, "\\r"); return;
    case '\t': g_string_append (out, "\\t"); return;
    default: break;
    }

  /* C0, DEL and C1 controls would break the line or drive the terminal;
   * the line and paragraph separators break it too. */
  if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
    {
      if (c < 0x100)
        g_string_append_printf (out, "\\x%02X", c);
      else
        g_string_append_printf (out, "\\u%04X", c);
      return;
    }

  g_string_append_unichar (out, c);
}

/* Messages end up on one line of a terminal (the command line prints
 * "headcount: FILE:LINE:COL: message") and in dialogs, and they quote text
 * from files that may hold anything: make them valid UTF-8 without control
 * characters, and keep them short. */
char *
hc_error_make_printable (const char *text,
                         gboolean    shorten)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  glong n_chars = g_utf8_strlen (valid, -1);
  GString *out = g_string_sized_new (strlen (valid));
  const char *p = valid;

  for (glong i = 0; *p != '\0'; i++, p = g_utf8_next_char (p))
    {
      if (shorten && n_chars > MAX_MESSAGE_CHARS && i == KEEP_HEAD_CHARS)
        {
          g_string_append (out, "…");
          i = n_chars - KEEP_TAIL_CHARS;
          p = g_utf8_offset_to_pointer (valid, i);
        }
      append_printable_char (out, g_utf8_get_char (p));
    }

  return g_string_free (out, FALSE);
}

void
hc_set_error_at (GError     **error,
                 HcLoadError  code,
                 const char  *filename,
                 guint        line,
                 guint        column,
                 const char  *format,
                 ...)
{
  g_autofree char *message = NULL;
  g_autofree char *printable = NULL;
  g_autofree char *name = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* The name is never shortened: it is what tells the user which file. */
  name = hc_error_make_printable (filename != NULL ? filename : "<data>", FALSE);
  printable = hc_error_make_printable (message, TRUE);

  if (line == 0)
    g_set_error (error, HC_LOAD_ERROR, code, "%s: %s", name, printable);
  else if (column == 0)
    g_set_error (error, HC_LOAD_ERROR, code, "%s:%u: %s", name, line, printable);
  else
    g_set_error (error, HC_LOAD_ERROR, code, "%s:%u:%u: %s", name, line, column, printable);
}
