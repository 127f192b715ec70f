/* test-png.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <png.h>
#include <zlib.h>

#include "hc-png-private.h"
#include "png-chunks.h"
#include "sample-chart.h"

typedef struct
{
  GByteArray *bytes;
  gsize       offset;
} ReadState;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  ReadState *state = closure;

  if (length > state->bytes->len - state->offset)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, state->bytes->data + state->offset, length);
  state->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode (GByteArray *bytes)
{
  ReadState state = { bytes, 0 };
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_cb, &state);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static GByteArray *
encode (cairo_surface_t  *surface,
        const HcPngText  *texts,
        gsize             n_texts,
        double            ppi)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gboolean ok;

  ok = hc_png_encode (surface, texts, n_texts, ppi, out, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return g_steal_pointer (&out);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 pixel;

  memcpy (&pixel, data + (gsize) y * cairo_image_surface_get_stride (surface) + x * 4, 4);
  return pixel;
}

static void
set_pixel (guint8  *data,
           int      stride,
           int      x,
           int      y,
           guint32  pixel)
{
  memcpy (data + (gsize) y * stride + x * 4, &pixel, 4);
}

static void
test_argb32_round_trip (void)
{
  /* Every alpha value against colour values spread over 0..alpha, in a
   * surface whose stride has padding (filled with junk) past the pixels. */
  const int width = 256, height = 48, stride = width * 4 + 20;
  g_autofree guint8 *data = g_malloc ((gsize) stride * height);
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GArray) chunks = NULL;
  cairo_surface_t *surface;
  cairo_surface_t *decoded;
  guint max_difference = 0;

  memset (data, 0xa5, (gsize) stride * height);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 a = x;
        guint32 r = a * ((y * 7) % 48) / 47;
        guint32 g = a * ((y * 13 + 5) % 48) / 47;
        guint32 b = a * ((47 - y) % 48) / 47;

        set_pixel (data, stride, x, y, a << 24 | r << 16 | g << 8 | b);
      }
  surface = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_ARGB32, width, height, stride);

  bytes = encode (surface, NULL, 0, 0);
  chunks = parse_chunks (bytes->data, bytes->len);
  /* IHDR: 8-bit colour type 6 (RGBA). */
  g_assert_cmpuint (g_array_index (chunks, Chunk, 0).data[8], ==, 8);
  g_assert_cmpuint (g_array_index (chunks, Chunk, 0).data[9], ==, 6);
  g_assert_cmpuint (count_chunks (chunks, "pHYs"), ==, 0);

  decoded = decode (bytes);
  g_assert_cmpint (cairo_image_surface_get_format (decoded), ==, CAIRO_FORMAT_ARGB32);
  g_assert_cmpint (cairo_image_surface_get_width (decoded), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (decoded), ==, height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 expected = pixel_at (surface, x, y);
        guint32 actual = pixel_at (decoded, x, y);

        /* Alpha survives exactly; colour within the rounding of dividing
         * by alpha and multiplying back. */
        g_assert_cmphex (actual >> 24, ==, expected >> 24);
        for (int shift = 0; shift < 24; shift += 8)
          {
            int e = (expected >> shift) & 0xff;
            int a = (actual >> shift) & 0xff;

            max_difference = MAX (max_difference, (guint) ABS (e - a));
          }
      }
  g_assert_cmpuint (max_difference, <=, 1);

  cairo_surface_destroy (decoded);
  cairo_surface_destroy (surface);
}

static void
test_rgb24_round_trip (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 97, 33);
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GArray) chunks = NULL;
  cairo_surface_t *decoded;

  cairo_surface_flush (surface);
  for (int y = 0; y < 33; y++)
    for (int x = 0; x < 97; x++)
      {
        /* The unused top byte is junk on purpose: it must not leak out. */
        guint32 pixel = (guint32) g_test_rand_int_range (0, 256) << 24
                        | (guint32) (x * 31 + y) % 256 << 16
                        | (guint32) (y * 57 + x * 3) % 256 << 8
                        | (guint32) (x ^ y) % 256;

        set_pixel (data, stride, x, y, pixel);
      }
  cairo_surface_mark_dirty (surface);

  bytes = encode (surface, NULL, 0, 0);
  chunks = parse_chunks (bytes->data, bytes->len);
  g_assert_cmpuint (g_array_index (chunks, Chunk, 0).data[9], ==, 2);

  decoded = decode (bytes);
  g_assert_cmpint (cairo_image_surface_get_format (decoded), ==, CAIRO_FORMAT_RGB24);
  for (int y = 0; y < 33; y++)
    for (int x = 0; x < 97; x++)
      g_assert_cmphex (pixel_at (decoded, x, y) & 0xffffff, ==, pixel_at (surface, x, y) & 0xffffff);

  cairo_surface_destroy (decoded);
  cairo_surface_destroy (surface);
}

static void
test_text_chunks (void)
{
  static const HcPngText texts[] = {
    { "Title", "Kosovo, December 2007" },
    { "Description", "Dead, 1998–99 war ≈ 10,000" },
    { "Author", "Café Müller" },
    { "Software", "Headcount " PACKAGE_VERSION },
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
  g_autoptr(GByteArray) bytes = encode (surface, texts, G_N_ELEMENTS (texts), 0);
  g_autoptr(GArray) chunks = parse_chunks (bytes->data, bytes->len);
  const Chunk *chunk;
  guint idat_index = 0;

  g_assert_cmpuint (count_chunks (chunks, "tEXt"), ==, 3);
  g_assert_cmpuint (count_chunks (chunks, "iTXt"), ==, 1);
  g_assert_cmpuint (count_chunks (chunks, "zTXt"), ==, 0);

  chunk = find_text_chunk (chunks, "tEXt", "Title");
  g_assert_nonnull (chunk);
  g_assert_cmpmem (chunk->data, chunk->length, "Title\0Kosovo, December 2007", 27);

  /* Latin-1 beyond ASCII still fits tEXt, as Latin-1 bytes. */
  chunk = find_text_chunk (chunks, "tEXt", "Author");
  g_assert_nonnull (chunk);
  g_assert_cmpmem (chunk->data, chunk->length, "Author\0Caf\xe9 M\xfcller", 18);

  /* The en dash and ≈ are not Latin-1: iTXt, uncompressed, no language. */
  chunk = find_text_chunk (chunks, "iTXt", "Description");
  g_assert_nonnull (chunk);
  {
    static const char expected[] = "Description\0" "\0\0" "\0" "\0" "Dead, 1998–99 war ≈ 10,000";

    g_assert_cmpmem (chunk->data, chunk->length, expected, sizeof expected - 1);
  }
  g_assert_null (find_text_chunk (chunks, "tEXt", "Description"));

  /* Text goes before the image data, where readers that stop early see it. */
  for (guint i = 0; i < chunks->len; i++)
    if (strcmp (g_array_index (chunks, Chunk, i).type, "IDAT") == 0 && idat_index == 0)
      idat_index = i;
  for (guint i = 0; i < chunks->len; i++)
    {
      const char *type = g_array_index (chunks, Chunk, i).type;

      if (strcmp (type, "tEXt") == 0 || strcmp (type, "iTXt") == 0)
        g_assert_cmpuint (i, <, idat_index);
    }

  cairo_surface_destroy (surface);
}

static void
test_phys (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 8, 8);
  g_autoptr(GByteArray) bytes = encode (surface, NULL, 0, 192);
  g_autoptr(GArray) chunks = parse_chunks (bytes->data, bytes->len);
  g_autoptr(GByteArray) bytes_96 = encode (surface, NULL, 0, 96);
  g_autoptr(GArray) chunks_96 = parse_chunks (bytes_96->data, bytes_96->len);
  const Chunk *chunk = NULL;

  g_assert_cmpuint (count_chunks (chunks, "pHYs"), ==, 1);
  for (guint i = 0; i < chunks->len; i++)
    if (strcmp (g_array_index (chunks, Chunk, i).type, "pHYs") == 0)
      chunk = &g_array_index (chunks, Chunk, i);

  g_assert_nonnull (chunk);
  g_assert_cmpuint (chunk->length, ==, 9);
  g_assert_cmpuint (read_be32 (chunk->data), ==, 7559);
  g_assert_cmpuint (read_be32 (chunk->data + 4), ==, 7559);
  g_assert_cmpuint (chunk->data[8], ==, 1);   /* unit: metre */

  for (guint i = 0; i < chunks_96->len; i++)
    if (strcmp (g_array_index (chunks_96, Chunk, i).type, "pHYs") == 0)
      g_assert_cmpuint (read_be32 (g_array_index (chunks_96, Chunk, i).data), ==, 3780);

  cairo_surface_destroy (surface);
}

static void
test_appends (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 3, 2);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) chunks = NULL;

  g_byte_array_append (out, (const guint8 *) "prefix", 6);
  g_assert_true (hc_png_encode (surface, NULL, 0, 0, out, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (out->data, 6, "prefix", 6);
  chunks = parse_chunks (out->data + 6, out->len - 6);

  cairo_surface_destroy (surface);
}

static void
assert_encode_fails (cairo_surface_t  *surface,
                     const HcPngText  *texts,
                     gsize             n_texts,
                     HcPngError        code)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GError) error = NULL;

  g_byte_array_append (out, (const guint8 *) "kept", 4);
  g_assert_false (hc_png_encode (surface, texts, n_texts, 0, out, &error));
  g_assert_error (error, HC_PNG_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, "PNG"));
  g_test_message ("%s", error->message);
  /* A failure leaves what the caller had untouched. */
  g_assert_cmpmem (out->data, out->len, "kept", 4);
}

static void
test_error_a8 (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 10, 10);

  assert_encode_fails (surface, NULL, 0, HC_PNG_ERROR_FORMAT);
  cairo_surface_destroy (surface);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB30, 10, 10);
  assert_encode_fails (surface, NULL, 0, HC_PNG_ERROR_FORMAT);
  cairo_surface_destroy (surface);
}

static void
test_error_empty (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 0, 0);

  assert_encode_fails (surface, NULL, 0, HC_PNG_ERROR_SURFACE);
  cairo_surface_destroy (surface);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 5, 0);
  assert_encode_fails (surface, NULL, 0, HC_PNG_ERROR_SURFACE);
  cairo_surface_destroy (surface);
}

static void
test_error_surface (void)
{
  guint8 data[4 * 4 * 4] = { 0 };
  cairo_surface_t *surface;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
  cairo_surface_finish (surface);
  assert_encode_fails (surface, NULL, 0, HC_PNG_ERROR_SURFACE);
  cairo_surface_destroy (surface);

  /* Finished but still pointing at the caller's pixels. */
  surface = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_ARGB32, 4, 4, 16);
  cairo_surface_finish (surface);
  assert_encode_fails (surface, NULL, 0, HC_PNG_ERROR_SURFACE);
  cairo_surface_destroy (surface);

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  assert_encode_fails (surface, NULL, 0, HC_PNG_ERROR_SURFACE);
  cairo_surface_destroy (surface);

  /* An image surface in error (negative size). */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, -1, 4);
  assert_encode_fails (surface, NULL, 0, HC_PNG_ERROR_SURFACE);
  cairo_surface_destroy (surface);
}

static void
test_error_text (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2, 2);
  static const HcPngText bad[][2] = {
    { { "Title", "fine" }, { "", "empty key" } },
    { { "Title", "fine" }, { " Title", "leading space" } },
    { { "Title", "fine" }, { "Two  spaces", "double space" } },
    { { "Title", "fine" }, { "Näherung ≈", "key outside Latin-1" } },
    { { "Title", "fine" }, { "Line\nbreak", "control character in key" } },
    { { "Title", "fine" }, { "Title", "\xff\xfe not UTF-8" } },
    { { "Title", "fine" }, { "Title", NULL } },
    { { "Title", "fine" }, { "A keyword of eighty characters, one more than the "
                             "seventy-nine bytes PNG allows.", "x" } },
    { { "Title", "fine" }, { "\xc3", "key not UTF-8" } },
  };

  static const HcPngText longest = {
    "A keyword of seventy-nine characters: exactly as many as the PNG format allows.", "x"
  };
  g_autoptr(GByteArray) bytes = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_encode_fails (surface, bad[i], 2, HC_PNG_ERROR_TEXT);

  g_assert_cmpuint (strlen (longest.key), ==, 79);
  bytes = encode (surface, &longest, 1, 0);

  cairo_surface_destroy (surface);
}

static void
test_error_libpng (void)
{
  /* zlib refuses level 42 only once libpng starts the image data, after the
   * header chunks went out: the error must unwind through the setjmp,
   * free everything (the sanitizer build checks) and take the bytes back. */
  static const HcPngText texts[] = { { "Title", "T" }, { "Description", "≈" } };
  const HcPngTuning tuning = { 42, Z_DEFAULT_STRATEGY, PNG_FILTER_NONE };
  cairo_surface_t *surface = sample_chart_new (64, 40);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GError) error = NULL;

  g_byte_array_append (out, (const guint8 *) "kept", 4);
  g_assert_false (hc_png_encode_tuned (surface, texts, G_N_ELEMENTS (texts), 96, &tuning,
                                       out, &error));
  g_assert_error (error, HC_PNG_ERROR, HC_PNG_ERROR_ENCODE);
  g_test_message ("%s", error->message);
  g_assert_cmpmem (out->data, out->len, "kept", 4);

  cairo_surface_destroy (surface);
}

static void
test_chart_size (void)
{
  /* The point of the encoder is speed at a modest size cost; it must stay
   * within twice what cairo's own writer produces for a chart. */
  cairo_surface_t *surface = sample_chart_new (800, 500);
  g_autoptr(GByteArray) ours = encode (surface, NULL, 0, 0);
  g_autoptr(GByteArray) theirs = g_byte_array_new ();
  cairo_surface_t *decoded;

  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, theirs),
                   ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("chart 800×500: hc_png_encode %u bytes, cairo %u bytes (%.2f×)",
                  ours->len, theirs->len, (double) ours->len / theirs->len);
  g_assert_cmpuint (ours->len, <=, 2 * theirs->len);

  /* The chart is opaque, so it must come back bit for bit. */
  decoded = decode (ours);
  for (int y = 0; y < 500; y++)
    for (int x = 0; x < 800; x++)
      g_assert_cmphex (pixel_at (decoded, x, y), ==, pixel_at (surface, x, y));

  cairo_surface_destroy (decoded);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/png/argb32-round-trip", test_argb32_round_trip);
  g_test_add_func ("/png/rgb24-round-trip", test_rgb24_round_trip);
  g_test_add_func ("/png/text-chunks", test_text_chunks);
  g_test_add_func ("/png/phys", test_phys);
  g_test_add_func ("/png/appends", test_appends);
  g_test_add_func ("/png/error/a8", test_error_a8);
  g_test_add_func ("/png/error/empty", test_error_empty);
  g_test_add_func ("/png/error/surface", test_error_surface);
  g_test_add_func ("/png/error/text", test_error_text);
  g_test_add_func ("/png/error/libpng", test_error_libpng);
  g_test_add_func ("/png/chart-size", test_chart_size);

  return g_test_run ();
}
