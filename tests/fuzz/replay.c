/* replay.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Without a fuzzing engine, a fuzz target is linked with this driver and
 * runs once on every file of the directories (or files) named on the
 * command line: the corpus becomes a regression test that runs on every
 * build, under the sanitizers too.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "fuzz.h"

/* A hang must fail the test and say where, not wait for meson's timeout. */
#define SECONDS_PER_INPUT 10

static char current[4096];

static void
alarm_cb (int signum)
{
  static const char prefix[] = "replay: timed out on ";

  /* Only async-signal-safe calls here. */
  if (write (STDERR_FILENO, prefix, sizeof prefix - 1) < 0 ||
      write (STDERR_FILENO, current, strlen (current)) < 0 ||
      write (STDERR_FILENO, "\n", 1) < 0)
    {
      /* Nothing left to tell anyone. */
    }
  _exit (1);
}

static void
replay_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  g_strlcpy (current, path, sizeof current);
  printf ("%s\n", path);
  fflush (stdout);

  alarm (SECONDS_PER_INPUT);
  /* A copy of exactly @length bytes, so that ASan catches a read past the
   * end, as it would under libFuzzer (which never passes NULL, even for
   * an empty input). */
  {
    g_autofree guint8 *copy = g_malloc (MAX (length, 1));

    memcpy (copy, contents, length);
    LLVMFuzzerTestOneInput (copy, length);
  }
  alarm (0);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Regular files only: the bad-input directory also documents special
 * files, which the hostile-input test creates and handles itself.
 * Returns how many were replayed, or -1 when @path cannot be read. */
static int
replay_path (const char *path)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      replay_file (path);
      return 1;
    }

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      fprintf (stderr, "replay: %s\n", error->message);
      return -1;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char *file = g_build_filename (path, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_REGULAR) && !g_file_test (file, G_FILE_TEST_IS_SYMLINK))
        g_ptr_array_add (files, file);
      else
        g_free (file);
    }

  /* Sorted, so that two runs report the same order. */
  g_ptr_array_sort (files, compare_strings);
  for (guint i = 0; i < files->len; i++)
    replay_file (g_ptr_array_index (files, i));

  return (int) files->len;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;
  int status = 0;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s DIRECTORY-OR-FILE…\n", argv[0]);
      return 2;
    }

  LLVMFuzzerInitialize (&argc, &argv);
  signal (SIGALRM, alarm_cb);

  /* Every directory named must give inputs: an empty or missing corpus
   * would pass while testing nothing. */
  for (int i = 1; i < argc; i++)
    {
      int replayed = replay_path (argv[i]);

      if (replayed <= 0)
        {
          if (replayed == 0)
            fprintf (stderr, "replay: %s holds no inputs\n", argv[i]);
          status = 1;
          continue;
        }
      printf ("replayed %d inputs from %s\n", replayed, argv[i]);
      n += replayed;
    }

  printf ("replayed %u inputs\n", n);
  return status;
}
