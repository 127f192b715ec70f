/* test-hostile.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Never crash, never hang: every file in tests/data/bad/ loads through
 * hc_loader_load_path() to exactly the result its .expected file gives,
 * and whatever loads is drawn by every view, on a thumbnail and on a
 * normal canvas. Inputs too big to commit, and special files (a FIFO, a
 * directory, /dev/zero, a symlink loop), are made here at run time.
 *
 * What the views do with awkward values (decided here, described case by
 * case in the .expected files; bars is the only view so far):
 *  - a negative figure keeps its true value in its label ("−20,000"); a
 *    view that measures from zero draws it as its smallest visible mark at
 *    the zero line, never a mark pointing out of the plot;
 *  - zero, and all-zero data, likewise: smallest visible marks, labelled 0,
 *    on a linear axis from 0 to 1 (a log axis has nothing to stand on);
 *  - whatever the values, no mark or text leaves the canvas and cairo
 *    reports no error: render-check.c checks this for every view.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#ifdef __linux__
#include <linux/capability.h>
#include <sys/syscall.h>
#endif

#include <glib/gstdio.h>

#include "bad-inputs.h"
#include "hc-csv.h"
#include "hc-cli.h"
#include "hc-loader.h"
#include "hc-selection.h"
#include "hc-number.h"
#include "render-check.h"

/* A case that takes longer than this hangs, as far as CI is concerned;
 * the slowest (a 1 MiB label under the sanitizers) takes well under one. */
#define CASE_SECONDS 10

static const char *current_case;

static void
alarm_cb (int signum)
{
  static const char message[] = "hostile: timed out: ";

  if (write (STDERR_FILENO, message, sizeof message - 1) < 0 ||
      write (STDERR_FILENO, current_case, strlen (current_case)) < 0 ||
      write (STDERR_FILENO, "\n", 1) < 0)
    {
      /* Nowhere left to say it. */
    }
  abort ();
}

static void
guard_start (void)
{
  current_case = g_test_get_path ();
  alarm (CASE_SECONDS);
}

static void
guard_stop (void)
{
  alarm (0);
}

/* The loader names the file by the path it was given; the expected files
 * name it as the CLI would when run from tests/data/bad/. */
static const char *
strip_dir (const char *message,
           const char *dir)
{
  gsize n = strlen (dir);

  if (strncmp (message, dir, n) == 0 && message[n] == G_DIR_SEPARATOR)
    return message + n + 1;
  return message;
}

static void
assert_one_line_error (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == HC_LOAD_ERROR);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_null (strchr (error->message, '\r'));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), <, 1024);
}

static void
render_everywhere (const HcDataset *dataset)
{
  g_assert_cmpuint (render_check_all_views (dataset, 64, 48), >, 0);
  render_check_all_views (dataset, 480, 320);
}

static void
test_bad_file (gconstpointer data)
{
  const char *name = data;
  g_autofree char *dir = bad_inputs_path (NULL);
  g_autofree char *path = bad_inputs_path (name);
  g_autoptr(BadExpected) expected = bad_expected_load (name);
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(HcTable) table = NULL;
  g_autoptr(GError) error = NULL;

  guard_start ();

  /* As the command line does it: the table, then the chart of its
   * default selection; --print writes every observation. */
  table = hc_loader_read_path (path, NULL, NULL, &error);
  if (table != NULL)
    {
      dataset = hc_selection_apply (table, NULL, &error);
      if (dataset == NULL)
        {
          g_autofree char *message = g_strdup_printf ("%s: %s", path, error->message);

          g_free (error->message);
          error->message = g_steal_pointer (&message);
        }
    }

  if (!expected->loads)
    {
      g_assert_null (dataset);
      assert_one_line_error (error);
      g_assert_cmpstr (strip_dir (error->message, dir), ==, expected->text);
    }
  else
    {
      g_autofree char *printed = NULL;
      g_autoptr(HcDataset) all = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (dataset);
      all = hc_selection_all_observations (table);
      g_assert_cmpuint (hc_dataset_get_n_figures (all), ==, expected->n_figures);
      printed = hc_cli_format_figures (all);
      g_assert_cmpstr (printed, ==, expected->text);
      render_everywhere (dataset);
    }

  guard_stop ();
}

/* Every input has its expected result, and every expected result its input. */
static void
test_expected_files (void)
{
  g_autofree char *dir_path = bad_inputs_path (NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) inputs = bad_inputs_list ();
  const char *name;

  g_assert_nonnull (dir);
  g_assert_cmpuint (inputs->len, >=, 40);

  for (guint i = 0; i < inputs->len; i++)
    {
      g_autofree char *file = g_strconcat (g_ptr_array_index (inputs, i), ".expected", NULL);
      g_autofree char *path = bad_inputs_path (file);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("%s has no %s", (char *) g_ptr_array_index (inputs, i), file);
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".expected"))
      {
        g_autofree char *input = g_strndup (name, strlen (name) - strlen (".expected"));
        g_autofree char *path = bad_inputs_path (input);

        if (!g_file_test (path, G_FILE_TEST_EXISTS))
          g_error ("%s has no input beside it", name);
      }
}

/* ---- made at run time ---------------------------------------------------- */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("headcount-hostile-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        g_rmdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static HcDataset *
load_in (const char  *dir,
         const char  *name,
         guint64      max_size,
         GError     **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return hc_loader_load_path (path, max_size, error);
}

static void
assert_load_error (const char  *dir,
                   const char  *name,
                   guint64      max_size,
                   HcLoadError  code,
                   const char  *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = load_in (dir, name, max_size, &error);

  g_assert_null (dataset);
  assert_one_line_error (error);
  g_assert_error (error, HC_LOAD_ERROR, (gint) code);
  g_assert_cmpstr (strip_dir (error->message, dir), ==, message);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* A label of exactly the field limit loads and is drawn (cut short and
 * ellipsized), in well under the time limit; one byte more is refused. */
static void
test_label_1mib (void)
{
  g_autofree char *dir = make_temp_dir ();
  GString *csv = g_string_new ("label,value\n");
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  guard_start ();

  g_string_append_c (csv, 'A');
  /* Words and spaces, so that line breaking and shaping have work to do. */
  while (csv->len < strlen ("label,value\n") + HC_CSV_DEFAULT_MAX_FIELD_LENGTH - 1)
    g_string_append (csv, " word");
  g_string_truncate (csv, strlen ("label,value\n") + HC_CSV_DEFAULT_MAX_FIELD_LENGTH - 1);
  g_string_append (csv, "Z,42\nB,-7\n");
  write_file (dir, "long-label.csv", csv->str, csv->len);

  start = g_get_monotonic_time ();
  dataset = load_in (dir, "long-label.csv", HC_LOADER_DEFAULT_MAX_SIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 2);
  g_assert_cmpuint (strlen (hc_dataset_get_figure (dataset, 0)->label), ==,
                    HC_CSV_DEFAULT_MAX_FIELD_LENGTH);
  render_everywhere (dataset);
  g_test_message ("1 MiB label: loaded and drawn in %.2f s",
                  (g_get_monotonic_time () - start) / 1e6);

  /* One byte over the limit. */
  g_string_insert_c (csv, strlen ("label,value\n"), 'X');
  write_file (dir, "too-long-label.csv", csv->str, csv->len);
  assert_load_error (dir, "too-long-label.csv", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_LIMIT,
                     "too-long-label.csv:2:1: the field is longer than 1 MiB, the limit");

  g_string_free (csv, TRUE);
  remove_temp_dir (dir);
  guard_stop ();
}

static void
test_columns_100k (void)
{
  g_autofree char *dir = make_temp_dir ();
  GString *csv = g_string_new ("label,value");

  guard_start ();

  for (guint i = 2; i < 100000; i++)
    g_string_append_printf (csv, ",c%u", i);
  g_string_append (csv, "\nA,1\n");
  write_file (dir, "columns.csv", csv->str, csv->len);

  /* Column 1001, the first one too many, is "c1000". */
  {
    g_autofree char *message = NULL;
    gsize column = strstr (csv->str, ",c1000,") - csv->str + 2;

    message = g_strdup_printf ("columns.csv:1:%" G_GSIZE_FORMAT ": more than 1000 columns, the limit",
                               column);
    assert_load_error (dir, "columns.csv", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_LIMIT,
                       message);
  }

  g_string_free (csv, TRUE);
  remove_temp_dir (dir);
  guard_stop ();
}

/* json-glib recurses once per level; this must stop long before. */
static void
test_json_nesting_100k (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *json = g_malloc (200000);

  guard_start ();

  memset (json, '[', 100000);
  memset (json + 100000, ']', 100000);
  write_file (dir, "deep.json", json, 200000);
  assert_load_error (dir, "deep.json", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_LIMIT,
                     "deep.json:1:65: nesting deeper than 64 levels");

  remove_temp_dir (dir);
  guard_stop ();
}

/* Ten million and one items: refused before json-glib, which would need
 * gigabytes for them, parses a byte. */
static void
test_json_items_10m (void)
{
  g_autofree char *dir = make_temp_dir ();
  gsize n = 10000001;
  gsize length = 1 + 2 * n;
  g_autofree char *json = g_malloc (length);

  guard_start ();

  json[0] = '[';
  for (gsize i = 0; i < n; i++)
    {
      json[1 + 2 * i] = '1';
      json[2 + 2 * i] = ',';
    }
  json[length - 1] = ']';
  write_file (dir, "items.json", json, length);
  assert_load_error (dir, "items.json", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_LIMIT,
                     "items.json:1:20000001: more than 10000000 items in arrays and objects, "
                     "the limit");

  remove_temp_dir (dir);
  guard_stop ();
}

/* Every row its own category: the legend shows what fits, quickly. */
static void
test_categories_20k (void)
{
  g_autofree char *dir = make_temp_dir ();
  GString *csv = g_string_new ("label,value,category\n");
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  guard_start ();

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "Figure %u,%u,Category %u\n", i, (i * 7919) % 100000, i);
  write_file (dir, "categories.csv", csv->str, csv->len);

  dataset = load_in (dir, "categories.csv", HC_LOADER_DEFAULT_MAX_SIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), ==, 20000);
  render_everywhere (dataset);

  g_string_free (csv, TRUE);
  remove_temp_dir (dir);
  guard_stop ();
}

/* The size limit is checked before reading: a sparse file of 512 MiB and
 * one byte costs nothing to make and must not be read. */
static void
test_over_size_limit (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.csv", NULL);
  FILE *file;

  guard_start ();

  file = fopen (path, "w");
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), (off_t) HC_LOADER_DEFAULT_MAX_SIZE + 1), ==, 0);
  fclose (file);

  assert_load_error (dir, "huge.csv", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_TOO_LARGE,
                     "huge.csv: the file is 536870913 bytes, over the size limit of "
                     "536870912 bytes");
  assert_load_error (dir, "huge.csv", 1000, HC_LOAD_ERROR_TOO_LARGE,
                     "huge.csv: the file is 512.0\u00a0MiB, over the size limit of 1000 bytes");

  remove_temp_dir (dir);
  guard_stop ();
}

static void
test_directory (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "folder.csv", NULL);

  guard_start ();

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  assert_load_error (dir, "folder.csv", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_IO,
                     "folder.csv: is a directory, not a data file");

  remove_temp_dir (dir);
  guard_stop ();
}

/* Nobody writes to this FIFO: opening it for reading the usual way would
 * wait for a writer for ever. */
static void
test_fifo (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "pipe.csv", NULL);

  guard_start ();

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  assert_load_error (dir, "pipe.csv", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_IO,
                     "pipe.csv: is not a regular file");

  remove_temp_dir (dir);
  guard_stop ();
}

/* Endless zeros: refused for what it is, before a byte is read. */
static void
test_dev_zero (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = NULL;

  guard_start ();

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero here");
      guard_stop ();
      return;
    }

  /* Even without a size limit. */
  dataset = hc_loader_load_path ("/dev/zero", 0, &error);
  g_assert_null (dataset);
  assert_one_line_error (error);
  g_assert_cmpstr (error->message, ==, "/dev/zero: is not a regular file");

  guard_stop ();
}

#ifdef __linux__
/* The calling thread's capabilities, through the system calls themselves:
 * libcap would be one more build dependency for one test. */
typedef struct
{
  struct __user_cap_header_struct header;
  struct __user_cap_data_struct   data[_LINUX_CAPABILITY_U32S_3];
} Capabilities;

static gboolean
capabilities_get (Capabilities *caps)
{
  memset (caps, 0, sizeof *caps);
  caps->header.version = _LINUX_CAPABILITY_VERSION_3;
  return syscall (SYS_capget, &caps->header, caps->data) == 0;
}

static gboolean
capabilities_set (Capabilities *caps)
{
  caps->header.version = _LINUX_CAPABILITY_VERSION_3;
  caps->header.pid = 0;
  return syscall (SYS_capset, &caps->header, caps->data) == 0;
}
#endif

/* A file nobody may read. Root, and anyone with CAP_DAC_OVERRIDE or
 * CAP_DAC_READ_SEARCH (CI containers run the suite as root), reads it all
 * the same: the test thread sets those two capabilities aside while it
 * loads, as an ordinary user has neither, and takes them back after.
 * Capabilities belong to a thread, and the load runs in this one. */
static void
test_unreadable (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "secret.csv", NULL);
#ifdef __linux__
  Capabilities saved;
  Capabilities lowered;
  int fd;
#endif

  guard_start ();

  write_file (dir, "secret.csv", "label,value\nA,1\n", -1);
  g_assert_cmpint (g_chmod (path, 0), ==, 0);

#ifdef __linux__
  g_assert_true (capabilities_get (&saved));
  lowered = saved;
  lowered.data[CAP_TO_INDEX (CAP_DAC_OVERRIDE)].effective &= ~CAP_TO_MASK (CAP_DAC_OVERRIDE);
  lowered.data[CAP_TO_INDEX (CAP_DAC_READ_SEARCH)].effective &= ~CAP_TO_MASK (CAP_DAC_READ_SEARCH);
  if (!capabilities_set (&lowered))
    g_error ("cannot set CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH aside: %s", g_strerror (errno));

  /* The set-up works: nothing but the file's mode stands in the way. */
  fd = open (path, O_RDONLY);
  g_assert_cmpint (fd, ==, -1);
  g_assert_cmpint (errno, ==, EACCES);

  assert_load_error (dir, "secret.csv", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_IO,
                     "secret.csv: Permission denied");

  g_assert_true (capabilities_set (&saved));
#else
  if (geteuid () == 0)
    g_test_skip ("running as root, who can read a file with mode 000");
  else
    assert_load_error (dir, "secret.csv", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_IO,
                       "secret.csv: Permission denied");
#endif

  remove_temp_dir (dir);
  guard_stop ();
}

static void
test_symlink_loop (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *a = g_build_filename (dir, "a.csv", NULL);
  g_autofree char *b = g_build_filename (dir, "b.csv", NULL);

  guard_start ();

  g_assert_cmpint (symlink (b, a), ==, 0);
  g_assert_cmpint (symlink (a, b), ==, 0);
  assert_load_error (dir, "a.csv", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_IO,
                     "a.csv: Too many levels of symbolic links");

  remove_temp_dir (dir);
  guard_stop ();
}

static void
test_dangling_symlink (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *link = g_build_filename (dir, "gone.csv", NULL);

  guard_start ();

  g_assert_cmpint (symlink ("/nonexistent/headcount/data.csv", link), ==, 0);
  assert_load_error (dir, "gone.csv", HC_LOADER_DEFAULT_MAX_SIZE, HC_LOAD_ERROR_IO,
                     "gone.csv: No such file or directory");

  remove_temp_dir (dir);
  guard_stop ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) inputs = NULL;

  g_test_init (&argc, &argv, NULL);
  signal (SIGALRM, alarm_cb);

  g_test_add_func ("/hostile/expected-files", test_expected_files);

  inputs = bad_inputs_list ();
  for (guint i = 0; i < inputs->len; i++)
    {
      const char *name = g_ptr_array_index (inputs, i);
      g_autofree char *test_path = g_strconcat ("/hostile/", name, NULL);

      g_test_add_data_func (test_path, name, test_bad_file);
    }

  g_test_add_func ("/hostile/generated/label-1mib", test_label_1mib);
  g_test_add_func ("/hostile/generated/columns-100k", test_columns_100k);
  g_test_add_func ("/hostile/generated/json-nesting-100k", test_json_nesting_100k);
  g_test_add_func ("/hostile/generated/json-items-10m", test_json_items_10m);
  g_test_add_func ("/hostile/generated/categories-20k", test_categories_20k);
  g_test_add_func ("/hostile/special/over-size-limit", test_over_size_limit);
  g_test_add_func ("/hostile/special/directory", test_directory);
  g_test_add_func ("/hostile/special/fifo", test_fifo);
  g_test_add_func ("/hostile/special/dev-zero", test_dev_zero);
  g_test_add_func ("/hostile/special/unreadable", test_unreadable);
  g_test_add_func ("/hostile/special/symlink-loop", test_symlink_loop);
  g_test_add_func ("/hostile/special/dangling-symlink", test_dangling_symlink);

  return g_test_run ();
}
