/* test-cli.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real binary with no display, as a script would.
 */
#include "config.h"

#include <string.h>

#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "bad-inputs.h"

typedef struct
{
  int   status;
  char *out;
  gsize out_length;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
run_headcount_in (Run                *run,
                  const char         *cwd,
                  const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *binary = g_getenv ("HEADCOUNT");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* Headless: these commands must never need a display. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  if (cwd != NULL)
    g_subprocess_launcher_set_cwd (launcher, cwd);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  run->status = g_subprocess_get_exit_status (process);
  run->out_length = g_bytes_get_size (out);
  run->out = g_malloc0 (run->out_length + 1);
  if (run->out_length > 0)
    memcpy (run->out, g_bytes_get_data (out, NULL), run->out_length);
  run->err = g_strndup (g_bytes_get_size (err) > 0 ? g_bytes_get_data (err, NULL) : "",
                        g_bytes_get_size (err));
}

static void
run_headcount (Run                *run,
               const char * const *args)
{
  run_headcount_in (run, NULL, args);
}

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("headcount-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, height);
  cairo_surface_destroy (image);
}

static void
test_print_default (void)
{
  Run run = { 0 };
  g_auto(GStrv) lines = NULL;
  static const char * const expected_values[] = { "2000000", "120000", "16000", "1600", "10000" };

  run_headcount (&run, (const char *[]) { "--print", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  lines = g_strsplit (run.out, "\n", -1);
  /* A header, five figures, and the final newline's empty piece. */
  g_assert_cmpuint (g_strv_length (lines), ==, 7);
  g_assert_cmpstr (lines[0], ==, "entity,time,measure,value,category,unit,approximate,note");
  g_assert_cmpstr (lines[1], ==,
                   "Ethnic Albanians,,value,2000000,Population,people,true,"
                   "90 percent of the population");
  g_assert_cmpstr (lines[5], ==, "\"Dead, 1998–99 war\",,value,10000,Casualties,people,true,");
  for (guint i = 0; i < 5; i++)
    {
      /* The value is the fourth field, after entity, time and measure. */
      const char *line = lines[i + 1];
      const char *after_label = line[0] == '"' ? strstr (line + 1, "\",") + 2 : strchr (line, ',') + 1;
      const char *after_time = strchr (after_label, ',') + 1;
      const char *after_measure = strchr (after_time, ',') + 1;
      g_autofree char *value = g_strndup (after_measure, strcspn (after_measure, ","));

      g_assert_cmpstr (value, ==, expected_values[i]);
    }
  g_assert_cmpstr (lines[6], ==, "");
  run_clear (&run);
}

static void
test_export_default (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "k.png", NULL);
  Run run = { 0 };

  run_headcount (&run, (const char *[]) { "--export", path, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  assert_png_size (path, 1600, 1000);
  run_clear (&run);

  run_headcount (&run, (const char *[]) { "--export", path, "--size", "800x500", "--view", "bars",
                                          "--scale", "linear", NULL });
  g_assert_cmpint (run.status, ==, 0);
  assert_png_size (path, 800, 500);
  run_clear (&run);

  run_headcount (&run, (const char *[]) { "--export", path, "--size", "400x300", "--scale", "2", NULL });
  g_assert_cmpint (run.status, ==, 0);
  assert_png_size (path, 800, 600);
  run_clear (&run);

  g_remove (path);
  g_rmdir (dir);
}

static void
test_export_stdout (void)
{
  Run run = { 0 };

  run_headcount (&run, (const char *[]) { "--export", "-", "--size", "320x200", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (run.out_length, >, 8);
  g_assert_cmpmem (run.out, 8, "\x89PNG\r\n\x1a\n", 8);
  run_clear (&run);
}

static void
test_missing_file (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "x.png", NULL);
  Run run = { 0 };

  run_headcount (&run, (const char *[]) { "missing.csv", "--export", path, NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "headcount: missing.csv: No such file or directory\n");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  run_clear (&run);
  g_rmdir (dir);
}

static void
test_bad_json_position (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *input = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *path = g_build_filename (dir, "x.png", NULL);
  g_autofree char *expected_prefix = g_strdup_printf ("headcount: %s:3:", input);
  Run run = { 0 };

  g_assert_true (g_file_set_contents (input, "{\"figures\": [\n {\"label\": \"A\", \"value\": 1},\n"
                                             " {\"label\": \"B\", \"value\": \"lots\"}\n]}\n", -1, NULL));
  run_headcount (&run, (const char *[]) { input, "--export", path, NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, expected_prefix));
  g_assert_nonnull (strstr (run.err, "lots"));
  /* One line. */
  g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, strlen (run.err) - 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  run_clear (&run);

  g_remove (input);
  g_rmdir (dir);
}

static void
test_bad_output_path (void)
{
  Run run = { 0 };

  run_headcount (&run, (const char *[]) { "--export", "/nonexistent-dir/out.png", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "headcount: /nonexistent-dir/out.png: "));
  g_assert_false (g_file_test ("/nonexistent-dir/out.png", G_FILE_TEST_EXISTS));
  run_clear (&run);
}

/* What the hostile-input test checks through the loader, checked here
 * through the binary: the exact line on standard error, or the --print
 * output, for every file in tests/data/bad/. */
static void
test_hostile_inputs (void)
{
  g_autofree char *dir = bad_inputs_path (NULL);
  g_autoptr(GPtrArray) inputs = bad_inputs_list ();

  for (guint i = 0; i < inputs->len; i++)
    {
      const char *name = g_ptr_array_index (inputs, i);
      g_autoptr(BadExpected) expected = bad_expected_load (name);
      Run run = { 0 };

      run_headcount_in (&run, dir, (const char *[]) { name, "--print", NULL });
      if (expected->loads)
        {
          g_autofree char *err = expected->err != NULL
            ? g_strdup_printf ("headcount: %s\n", expected->err) : g_strdup ("");

          g_assert_cmpstr (run.err, ==, err);
          g_assert_cmpint (run.status, ==, 0);
          g_assert_cmpstr (run.out, ==, expected->text);
        }
      else
        {
          g_autofree char *line = g_strdup_printf ("headcount: %s\n", expected->text);

          g_assert_cmpstr (run.err, ==, line);
          g_assert_cmpint (run.status, ==, 1);
          g_assert_cmpstr (run.out, ==, "");
        }
      run_clear (&run);
    }
}

/* A sparse file just over the limit: refused before it is read, with the
 * option that raises the limit named. */
static void
test_too_large (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *input = g_build_filename (dir, "huge.csv", NULL);
  g_autofree char *expected = NULL;
  FILE *file = fopen (input, "w");
  Run run = { 0 };

  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), 2000), ==, 0);
  fclose (file);

  run_headcount (&run, (const char *[]) { input, "--print", "--max-size", "1000", NULL });
  expected = g_strdup_printf ("headcount: %s: the file is 2.0\u00a0KiB, over the size limit of "
                              "1000 bytes; --max-size BYTES raises it\n", input);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
  run_clear (&run);

  /* Raised, the file is read, and its zeros are what is wrong with it. */
  g_clear_pointer (&expected, g_free);
  run_headcount (&run, (const char *[]) { input, "--print", "--max-size", "2000", NULL });
  expected = g_strdup_printf ("headcount: %s:1:1: the file contains a NUL byte; "
                              "it is not a text file in UTF-8\n", input);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
  run_clear (&run);

  g_remove (input);
  g_rmdir (dir);
}

static gboolean
run_quietly (const char * const *argv)
{
  g_autoptr(GSubprocess) process = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                               NULL);
  return process != NULL && g_subprocess_wait_check (process, NULL, NULL);
}

/* A full disk: the export fails with the reason, the file that was there
 * is untouched and no temporary file is left. Needs a small tmpfs, which
 * only root can mount. */
static void
test_disk_full (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.png", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GDir) listing = NULL;
  Run run = { 0 };

  if (!run_quietly ((const char *[]) { "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir, NULL }))
    {
      g_rmdir (dir);
      g_test_skip ("cannot mount a small tmpfs here (needs root)");
      return;
    }

  g_assert_true (g_file_set_contents (path, "old", 3, NULL));
  run_headcount (&run, (const char *[]) { "--export", path, "--size", "3000x3000", NULL });
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("headcount: %s: No space left on device\n", path);
  g_assert_cmpstr (run.err, ==, expected);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "out.png");
  g_assert_null (g_dir_read_name (listing));

  run_clear (&run);
  g_clear_pointer (&listing, g_dir_close);
  g_assert_true (run_quietly ((const char *[]) { "umount", dir, NULL }));
  g_rmdir (dir);
}

static void
test_bad_options (void)
{
  Run run = { 0 };

  run_headcount (&run, (const char *[]) { "--export", "-", "--view", "pie", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "headcount: --view: unknown view “pie”; choose one of: bars"));
  g_assert_cmpuint (run.out_length, ==, 0);
  run_clear (&run);

  run_headcount (&run, (const char *[]) { "--export", "-", "--size", "big", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "--size"));
  run_clear (&run);

  run_headcount (&run, (const char *[]) { "--export", "-", "--size", "20000x100", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "16 to 16384"));
  run_clear (&run);

  run_headcount (&run, (const char *[]) { "--export", "-", "--scale", "sideways", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "auto, linear, log"));
  run_clear (&run);
}

/* Without --export or --print the program loads the window module, opens
 * the window and (with the benchmark hook) quits after its first frame:
 * the module is found and works, not only the headless half. */
static void
test_window_module (void)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  char *end = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display");
      return;
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "HEADCOUNT_BENCH_FIRST_FRAME", "1", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("HEADCOUNT"), NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  /* One line: the microseconds to the first frame. */
  g_assert_cmpuint (g_ascii_strtoull (out, &end, 10), >, 0);
  g_assert_cmpstr (end, ==, "\n");
}

/* ---- views over time -------------------------------------------------------------- */

static char *
real_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "real", name, NULL);
}

static void
test_series_export (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *wb = real_file ("wb-long-balkans-series.csv");
  g_autofree char *owid = real_file ("owid-conflict-series.csv");
  const char * const runs[][12] = {
    { wb, "--view", "line", "--time", "1990..2000", "--entities", "ALB,SRB", NULL },
    { wb, "--view", "line", "--relative", "--theme", "dark", NULL },
    { wb, "--view", "slope", "--time", "1960..2024", "--axis", "log", NULL },
    { owid, "--view", "area", NULL },
    { owid, "--view", "area", "--relative", "--time", "1990–2000", NULL },
    { owid, "--view", "bars", "--time", "1990..2000", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      Run run = { 0 };

      for (guint a = 0; runs[i][a] != NULL; a++)
        g_ptr_array_add (args, (gpointer) runs[i][a]);
      g_ptr_array_add (args, "--export");
      g_ptr_array_add (args, path);
      g_ptr_array_add (args, "--size");
      g_ptr_array_add (args, "800x500");
      g_ptr_array_add (args, NULL);
      run_headcount (&run, (const char * const *) args->pdata);
      if (run.status != 0)
        g_error ("run %u: %s", i, run.err);
      g_assert_cmpstr (run.err, ==, "");
      assert_png_size (path, 800, 500);
      g_remove (path);
      run_clear (&run);
    }
  g_rmdir (dir);
}

static void
test_series_errors (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "x.png", NULL);
  g_autofree char *wb = real_file ("wb-long-balkans-series.csv");
  g_autofree char *gapminder = real_file ("gapminder-4.csv");
  g_autofree char *outside = g_strdup_printf ("headcount: %s: there is no data for 1950: the data "
                                              "runs from 1960 to 2024\n", wb);
  g_autofree char *range = g_strdup_printf ("headcount: %s: there is no data for 2050: the data "
                                            "runs from 1960 to 2024\n", wb);
  g_autofree char *no_time = g_strdup_printf ("headcount: %s: --view line draws figures over "
                                              "time, and this data has no times (no column of "
                                              "years or dates); try --view bars\n", gapminder);
  g_autofree char *world = g_strdup_printf ("headcount: %s: “World” contains the other "
                                            "entities: stacked on them it would count people "
                                            "twice; leave it out of --entities\n", wb);
  const struct
  {
    const char *args[8];
    const char *message;
  } cases[] = {
    { { wb, "--view", "line", "--time", "1950", NULL }, outside },
    { { wb, "--view", "bars", "--time", "1950", NULL }, outside },
    { { wb, "--view", "line", "--time", "2000..2050", NULL }, range },
    { { gapminder, "--view", "line", NULL }, no_time },
    { { wb, "--view", "area", "--entities", "World,ALB", NULL }, world },
    { { wb, "--view", "line", "--time", "2000..1990x", NULL },
      "headcount: --time: “2000..1990x” is not a year, a date or a range: write 2007, 2007-12, "
      "2007-12-10 or 1990..2020\n" },
    { { wb, "--relative", NULL },
      "headcount: --relative: only line and area charts show change or shares; add --view line "
      "or --view area\n" },
    { { wb, "--each-time", NULL },
      "headcount: --each-time: give --export OUT.png and a range, --time FROM..TO\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      Run run = { 0 };

      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (args, (gpointer) cases[i].args[a]);
      g_ptr_array_add (args, "--export");
      g_ptr_array_add (args, path);
      g_ptr_array_add (args, NULL);
      run_headcount (&run, (const char * const *) args->pdata);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.err, ==, cases[i].message);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      run_clear (&run);
    }

  /* An empty selection is an error, not an empty chart. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *csv = g_build_filename (dir, "holes.csv", NULL);
    g_autofree char *holes_message = NULL;
    Run run = { 0 };

    g_file_set_contents (csv, "Entity,Year,Deaths\nA,2000,\nA,2001,\nB,2000,5\n", -1, &error);
    g_assert_no_error (error);
    holes_message = g_strdup_printf ("headcount: %s: nothing to show: no row of the table has a "
                                     "value for this selection\n", csv);
    run_headcount (&run, (const char *[]) { csv, "--view", "line", "--entities", "A", "--export",
                                            path, NULL });
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.err, ==, holes_message);
    run_clear (&run);
    g_remove (csv);
  }
  g_rmdir (dir);
}

/* One file per year of a range, numbered by the year. */
static void
test_series_each_time (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "frame.png", NULL);
  g_autofree char *wb = real_file ("wb-long-balkans-series.csv");
  static const char * const views[] = { "bars", "line" };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      Run run = { 0 };

      run_headcount (&run, (const char *[]) { wb, "--view", views[v], "--time", "1990..1992",
                                              "--each-time", "--export", path, "--size",
                                              "480x320", NULL });
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      for (int year = 1989; year <= 1993; year++)
        {
          g_autofree char *name = g_strdup_printf ("frame-%d.png", year);
          g_autofree char *frame = g_build_filename (dir, name, NULL);

          g_assert_cmpint (g_file_test (frame, G_FILE_TEST_EXISTS), ==, year >= 1990 &&
                                                                        year <= 1992);
          if (year >= 1990 && year <= 1992)
            {
              assert_png_size (frame, 480, 320);
              g_remove (frame);
            }
        }
      run_clear (&run);
    }
  g_rmdir (dir);
}

static void
test_series_print (void)
{
  g_autofree char *wb = real_file ("wb-long-balkans-series.csv");
  Run run = { 0 };

  run_headcount (&run, (const char *[]) { wb, "--print", "--view", "line", "--time",
                                          "2005..2006", "--entities", "ALB,XKX", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "entity,time,measure,value,code\n"
                                "Albania,2005,Value,3011487,ALB\n"
                                "Albania,2006,Value,2992547,ALB\n"
                                "Kosovo,2005,Value,1818354,XKX\n"
                                "Kosovo,2006,Value,1813079,XKX\n");
  run_clear (&run);

  /* A view over time prints its lines: here every year of the four. */
  run_headcount (&run, (const char *[]) { wb, "--print", "--view", "line", NULL });
  g_assert_cmpint (run.status, ==, 0);
  {
    g_auto(GStrv) lines = g_strsplit (run.out, "\n", -1);

    /* The header, 4 × 65 rows and the final newline's empty piece. */
    g_assert_cmpuint (g_strv_length (lines), ==, 1 + 4 * 65 + 1);
  }
  run_clear (&run);
}

/* A list of the dead counted by age band and by month, line by line, and
 * the errors of --by. */
static void
test_records_print (void)
{
  g_autofree char *list = g_test_build_filename (G_TEST_DIST, "data", "records", "casualties.csv",
                                                 NULL);
  Run run = { 0 };

  run_headcount (&run, (const char *[]) { list, "--group", "date_of_death", "--by", "month",
                                          "--print", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "entity,time,measure,value,category,unit\n"
                                "1999-03,,count,15,date_of_death,records\n"
                                "1999-04,,count,21,date_of_death,records\n"
                                "1999-05,,count,0,date_of_death,records\n"
                                "1999-06,,count,5,date_of_death,records\n"
                                "Not stated,,count,1,date_of_death,records\n");
  run_clear (&run);

  run_headcount (&run, (const char *[]) { list, "--group", "age", "--print", NULL });
  g_assert_cmpint (run.status, ==, 0);
  {
    g_auto(GStrv) lines = g_strsplit (run.out, "\n", -1);

    /* The header, 19 bands, "Not stated" and the final newline's piece. */
    g_assert_cmpuint (g_strv_length (lines), ==, 1 + 19 + 1 + 1);
    g_assert_cmpstr (lines[1], ==, "0-4,,count,3,age,records");
    g_assert_cmpstr (lines[2], ==, "5-9,,count,2,age,records");
    g_assert_cmpstr (lines[3], ==, "10-14,,count,1,age,records");
    g_assert_cmpstr (lines[16], ==, "75-79,,count,0,age,records");
    g_assert_cmpstr (lines[19], ==, "90+,,count,2,age,records");
    g_assert_cmpstr (lines[20], ==, "Not stated,,count,2,age,records");
  }
  run_clear (&run);

  run_headcount (&run, (const char *[]) { list, "--group", "date_of_death", "--by", "week",
                                          "--print", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "headcount: --by: “week” is not one of day, month, year\n");
  run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/print/default", test_print_default);
  g_test_add_func ("/cli/export/default", test_export_default);
  g_test_add_func ("/cli/export/stdout", test_export_stdout);
  g_test_add_func ("/cli/error/missing-file", test_missing_file);
  g_test_add_func ("/cli/error/bad-json-position", test_bad_json_position);
  g_test_add_func ("/cli/error/bad-output-path", test_bad_output_path);
  g_test_add_func ("/cli/error/bad-options", test_bad_options);
  g_test_add_func ("/cli/error/disk-full", test_disk_full);
  g_test_add_func ("/cli/error/too-large", test_too_large);
  g_test_add_func ("/cli/hostile-inputs", test_hostile_inputs);
  g_test_add_func ("/cli/window-module", test_window_module);
  g_test_add_func ("/cli/series/export", test_series_export);
  g_test_add_func ("/cli/series/errors", test_series_errors);
  g_test_add_func ("/cli/series/each-time", test_series_each_time);
  g_test_add_func ("/cli/series/print", test_series_print);
  g_test_add_func ("/cli/records/print", test_records_print);

  return g_test_run ();
}
