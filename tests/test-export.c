/* test-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "hc-export.h"
#include "hc-loader.h"
#include "png-chunks.h"

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
} ReadState;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  ReadState *state = closure;

  if (state->offset + length > state->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, state->data + state->offset, length);
  state->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png (GBytes *bytes)
{
  ReadState state = { 0 };
  cairo_surface_t *surface;

  state.data = g_bytes_get_data (bytes, &state.length);
  surface = cairo_image_surface_create_from_png_stream (read_cb, &state);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* PDF bodies hold NUL bytes: search the whole buffer, not a C string. */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  return memmem (data, length, needle, strlen (needle)) != NULL;
}

static HcDataset *
default_dataset (void)
{
  g_autoptr(GError) error = NULL;
  HcDataset *dataset = hc_loader_load_default (&error);

  g_assert_no_error (error);
  return dataset;
}

static void
test_png_dimensions (void)
{
  g_autoptr(HcDataset) dataset = default_dataset ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  HcExportSettings settings;
  cairo_surface_t *image;

  hc_export_settings_init (&settings);
  settings.width = 640;
  settings.height = 400;
  bytes = hc_export_to_bytes (dataset, &settings, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 8, "\x89PNG\r\n\x1a\n", 8);

  image = decode_png (bytes);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 400);
  cairo_surface_destroy (image);
}

static void
test_png_hidpi (void)
{
  g_autoptr(HcDataset) dataset = default_dataset ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  HcExportSettings settings;
  cairo_surface_t *image;

  hc_export_settings_init (&settings);
  settings.width = 400;
  settings.height = 250;
  settings.scale = 2;
  bytes = hc_export_to_bytes (dataset, &settings, &error);
  g_assert_no_error (error);

  image = decode_png (bytes);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 500);
  cairo_surface_destroy (image);
}

/* What the window draws and what the exporter writes are one drawing. */
/* The source travels with the image: Title, Description and Source as
 * text chunks, and the pixel density of a 2× export. */
static void
test_png_metadata (void)
{
  g_autoptr(HcDataset) dataset = default_dataset ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GArray) chunks = NULL;
  g_autofree char *description = NULL;
  HcExportSettings settings;
  const Chunk *chunk;
  gsize length;
  const guint8 *data;

  hc_export_settings_init (&settings);
  settings.width = 300;
  settings.height = 200;
  settings.scale = 2;
  bytes = hc_export_to_bytes (dataset, &settings, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &length);
  chunks = parse_chunks (data, length);

  chunk = find_text_chunk (chunks, "tEXt", "Title");
  g_assert_nonnull (chunk);
  g_assert_cmpmem (chunk->data + 6, chunk->length - 6, "Kosovo, December 2007", 21);

  /* The description of what this export shows, at its size. */
  {
    g_autoptr(HcChartLayout) layout = NULL;
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, settings.width,
                                                           settings.height);
    cairo_t *cr = cairo_create (surface);

    layout = hc_chart_render (cr, settings.width, settings.height, dataset, &settings.chart,
                              hc_chart_style_get (settings.theme));
    description = hc_chart_layout_describe (layout, dataset);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  chunk = find_text_chunk (chunks, "tEXt", "Description");
  g_assert_nonnull (chunk);
  g_assert_cmpmem (chunk->data + 12, chunk->length - 12, description, strlen (description));

  chunk = find_text_chunk (chunks, "tEXt", "Source");
  g_assert_nonnull (chunk);
  g_assert_cmpmem (chunk->data + 7, chunk->length - 7,
                   "Reuters, \"Kosovo moves to independence 'earlier than May'\", 2007-12-10",
                   strlen ("Reuters, \"Kosovo moves to independence 'earlier than May'\", 2007-12-10"));
  g_assert_nonnull (find_text_chunk (chunks, "tEXt", "Software"));

  g_assert_cmpuint (count_chunks (chunks, "pHYs"), ==, 1);
  for (guint i = 0; i < chunks->len; i++)
    if (strcmp (g_array_index (chunks, Chunk, i).type, "pHYs") == 0)
      g_assert_cmpuint (read_be32 (g_array_index (chunks, Chunk, i).data), ==, 7559);  /* 192 ppi */
}

static void
test_png_matches_renderer (void)
{
  g_autoptr(HcDataset) dataset = default_dataset ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  HcExportSettings settings;
  cairo_surface_t *exported, *direct;
  HcChartLayout *layout;
  cairo_t *cr;
  int differing = 0;

  hc_export_settings_init (&settings);
  settings.width = 500;
  settings.height = 320;
  bytes = hc_export_to_bytes (dataset, &settings, &error);
  g_assert_no_error (error);
  exported = decode_png (bytes);

  direct = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 500, 320);
  cr = cairo_create (direct);
  layout = hc_chart_render (cr, 500, 320, dataset, &settings.chart, hc_chart_style_get (HC_THEME_LIGHT));
  hc_chart_layout_free (layout);
  cairo_destroy (cr);
  cairo_surface_flush (direct);

  for (int y = 0; y < 320; y++)
    for (int x = 0; x < 500; x++)
      {
        guint32 a = ((guint32 *) (cairo_image_surface_get_data (exported) + y * cairo_image_surface_get_stride (exported)))[x];
        guint32 b = ((guint32 *) (cairo_image_surface_get_data (direct) + y * cairo_image_surface_get_stride (direct)))[x];

        differing += (a & 0xffffff) != (b & 0xffffff);
      }
  g_assert_cmpint (differing, ==, 0);

  cairo_surface_destroy (exported);
  cairo_surface_destroy (direct);
}

static void
test_vector_formats (void)
{
  g_autoptr(HcDataset) dataset = default_dataset ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) pdf = NULL;
  HcExportSettings settings;
  gsize length;
  const char *data;

  hc_export_settings_init (&settings);
  settings.format = HC_EXPORT_SVG;
  svg = hc_export_to_bytes (dataset, &settings, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (svg, &length);
  g_assert_true (length > 100 && g_str_has_prefix (data, "<?xml"));
  {
    g_autofree char *text = g_strndup (data, length);
    const char *svg_tag = strstr (text, "<svg");
    const char *tag_end = svg_tag != NULL ? strchr (svg_tag, '>') : NULL;
    g_autofree char *tag = NULL;

    g_assert_nonnull (tag_end);
    tag = g_strndup (svg_tag, tag_end - svg_tag);
    g_assert_nonnull (strstr (tag, " width=\"1600\""));
    g_assert_nonnull (strstr (tag, " height=\"1000\""));
    /* Title and description come first inside <svg>, escaped. */
    g_assert_true (g_str_has_prefix (tag_end + 1, "\n<title>Kosovo, December 2007</title>\n<desc>Bar chart, log scale, 5 figures."));
    g_assert_nonnull (strstr (text, "Source: Reuters, &quot;Kosovo moves to independence &apos;earlier than May&apos;&quot;, 2007-12-10</desc>"));
  }

  settings.format = HC_EXPORT_PDF;
  pdf = hc_export_to_bytes (dataset, &settings, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (pdf, &length);
  g_assert_true (length > 100 && g_str_has_prefix (data, "%PDF-"));
  g_assert_true (contains (data + length - 32, 32, "%%EOF"));
  /* Document information: title and the chart's description as subject. */
  g_assert_true (contains (data, length, "/Title (Kosovo, December 2007)"));
  g_assert_true (contains (data, length, "/Subject (Bar chart, log scale, 5 figures."));
  g_assert_true (contains (data, length, "/MediaBox [ 0 0 1600 1000 ]"));
}

static void
test_format_for_path (void)
{
  g_assert_cmpint (hc_export_format_for_path ("a.svg", HC_EXPORT_PNG), ==, HC_EXPORT_SVG);
  g_assert_cmpint (hc_export_format_for_path ("a.PDF", HC_EXPORT_PNG), ==, HC_EXPORT_PDF);
  g_assert_cmpint (hc_export_format_for_path ("dir.svg/a", HC_EXPORT_PNG), ==, HC_EXPORT_PNG);
  g_assert_cmpint (hc_export_format_for_path ("-", HC_EXPORT_PNG), ==, HC_EXPORT_PNG);
}

static void
test_settings_out_of_range (void)
{
  g_autoptr(GError) error = NULL;
  HcExportSettings settings;

  hc_export_settings_init (&settings);
  settings.width = 15;
  g_assert_false (hc_export_settings_check (&settings, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "16 to 16384"));
  g_clear_error (&error);

  hc_export_settings_init (&settings);
  settings.scale = 4;
  g_assert_false (hc_export_settings_check (&settings, &error));
  g_assert_nonnull (strstr (error->message, "from 1 to 3"));
  g_clear_error (&error);

  /* 16384 × 3 pixels is more than an image surface can hold. */
  hc_export_settings_init (&settings);
  settings.width = 16384;
  settings.scale = 3;
  g_assert_false (hc_export_settings_check (&settings, &error));
  g_assert_nonnull (strstr (error->message, "32767"));
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("headcount-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_write_atomic_failures (void)
{
  g_autoptr(HcDataset) dataset = default_dataset ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "out.png", NULL);
  g_autofree char *regular = g_build_filename (dir, "file", NULL);
  g_autofree char *under_file = g_build_filename (dir, "file", "out.png", NULL);
  g_autofree char *subdir = g_build_filename (dir, "sub", NULL);
  HcExportSettings settings;
  GError *error = NULL;

  hc_export_settings_init (&settings);
  settings.width = 200;
  settings.height = 120;
  g_assert_true (g_file_set_contents (regular, "x", 1, NULL));
  g_assert_cmpint (g_mkdir (subdir, 0755), ==, 0);

  g_assert_false (hc_export_to_path (dataset, &settings, missing, &error));
  g_assert_true (g_str_has_prefix (error->message, missing));
  g_assert_nonnull (strstr (error->message, "No such file or directory"));
  g_clear_error (&error);

  g_assert_false (hc_export_to_path (dataset, &settings, under_file, &error));
  g_assert_true (g_str_has_prefix (error->message, under_file));
  g_clear_error (&error);

  g_assert_false (hc_export_to_path (dataset, &settings, subdir, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  /* Nothing left behind: the file, the folder, and no temporary files. */
  g_assert_cmpuint (count_entries (dir), ==, 2);
  g_assert_cmpuint (count_entries (subdir), ==, 0);

  g_remove (regular);
  g_rmdir (subdir);
  g_rmdir (dir);
}

static void
test_write_replaces (void)
{
  g_autoptr(HcDataset) dataset = default_dataset ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  HcExportSettings settings;
  gsize length;

  hc_export_settings_init (&settings);
  settings.width = 300;
  settings.height = 200;
  g_assert_true (g_file_set_contents (path, "old", 3, NULL));
  g_assert_true (hc_export_to_path (dataset, &settings, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/png/dimensions", test_png_dimensions);
  g_test_add_func ("/export/png/hidpi", test_png_hidpi);
  g_test_add_func ("/export/png/matches-renderer", test_png_matches_renderer);
  g_test_add_func ("/export/png/metadata", test_png_metadata);
  g_test_add_func ("/export/vector-formats", test_vector_formats);
  g_test_add_func ("/export/format-for-path", test_format_for_path);
  g_test_add_func ("/export/settings/out-of-range", test_settings_out_of_range);
  g_test_add_func ("/export/write/failures-leave-nothing", test_write_atomic_failures);
  g_test_add_func ("/export/write/replaces", test_write_replaces);

  return g_test_run ();
}
