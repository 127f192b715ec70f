/* bad-inputs.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bad-inputs.h"

char *
bad_inputs_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "bad", name, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
bad_inputs_list (void)
{
  g_autofree char *dir_path = bad_inputs_path (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_suffix (name, ".expected"))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);
  return names;
}

BadExpected *
bad_expected_load (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".expected", NULL);
  g_autofree char *path = bad_inputs_path (file);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  BadExpected *expected;
  const char *p;
  const char *end;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s has no expected result: %s", name, error->message);

  /* Comments first, explaining the case. */
  p = contents;
  while (*p == '#')
    {
      const char *eol = strchr (p, '\n');

      p = eol != NULL ? eol + 1 : p + strlen (p);
    }

  expected = g_new0 (BadExpected, 1);
  end = strchr (p, '\n');
  if (end == NULL)
    end = p + strlen (p);

  if (g_str_has_prefix (p, "OK "))
    {
      g_autofree char *first = g_strndup (p, end - p);

      expected->loads = TRUE;
      if (sscanf (first, "OK %u figure", &expected->n_figures) != 1)
        g_error ("%s.expected: “%s” is not “OK <n> figures”", name, first);
      p = *end != '\0' ? end + 1 : end;
      /* What the command line says on standard error while it loads (the
       * encoding it fell back to). */
      if (g_str_has_prefix (p, "STDERR "))
        {
          end = strchr (p, '\n');
          if (end == NULL)
            end = p + strlen (p);
          expected->err = g_strndup (p + strlen ("STDERR "), end - p - strlen ("STDERR "));
          p = *end != '\0' ? end + 1 : end;
        }
      expected->text = g_strdup (p);
    }
  else
    {
      /* One line: the message, without the newline the CLI adds. */
      expected->text = g_strndup (p, end - p);
    }

  return expected;
}

void
bad_expected_free (BadExpected *expected)
{
  if (expected == NULL)
    return;

  g_free (expected->text);
  g_free (expected->err);
  g_free (expected);
}
