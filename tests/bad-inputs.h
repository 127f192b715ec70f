/* bad-inputs.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The hostile inputs in tests/data/bad/ and what each must yield. Beside
 * every input NAME is NAME.expected: optional lines starting with "#" that
 * explain the case, then either
 *
 *   OK <n> figures
 *   <what `headcount NAME --print` prints>
 *
 * or the one-line error that `headcount NAME` prints after "headcount: ",
 * with the file named as NAME.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gboolean  loads;
  guint     n_figures;   /* when it loads */
  char     *text;        /* the --print output, or the error message */
  char     *err;         /* when it loads: what the command line says on standard error */
} BadExpected;

/* The absolute path of tests/data/bad/ (or of a file in it). */
char        *bad_inputs_path        (const char   *name);
/* The names of the inputs, sorted; the .expected files are not inputs. */
GPtrArray   *bad_inputs_list        (void);
BadExpected *bad_expected_load      (const char   *name);
void         bad_expected_free      (BadExpected  *expected);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BadExpected, bad_expected_free)

G_END_DECLS
