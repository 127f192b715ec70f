/* bench-load.c — time headcount's loader on one file, printing nothing of
 * the data.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-load FILE [REPEAT]
 *
 * Loads FILE with hc_loader_load_path() (no size limit) REPEAT times
 * (default 1) and prints one line per load:
 *
 *   load_ms=<milliseconds> figures=<count> bytes=<file size>
 *
 * When the loader refuses the file, the error goes to standard error and
 * the exit status is 2.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "hc-loader.h"

int
main (int   argc,
      char *argv[])
{
  GStatBuf st;
  int repeat = 1;

  if (argc < 2 || argc > 3)
    {
      fprintf (stderr, "usage: %s FILE [REPEAT]\n", argv[0]);
      return 1;
    }
  if (argc == 3)
    repeat = MAX (1, atoi (argv[2]));
  if (g_stat (argv[1], &st) != 0)
    {
      fprintf (stderr, "%s: cannot stat %s\n", argv[0], argv[1]);
      return 1;
    }

  for (int i = 0; i < repeat; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HcDataset) dataset = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 elapsed;

      dataset = hc_loader_load_path (argv[1], 0, &error);
      elapsed = g_get_monotonic_time () - start;

      if (dataset == NULL)
        {
          fprintf (stderr, "%s: %s\n", argv[0], error->message);
          return 2;
        }

      printf ("load_ms=%.3f figures=%u bytes=%" G_GINT64_FORMAT "\n",
              elapsed / 1000.0, hc_dataset_get_n_figures (dataset), (gint64) st.st_size);
      fflush (stdout);
    }

  return 0;
}
