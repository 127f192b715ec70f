/* hc-png.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <string.h>

#include <png.h>
#include <zlib.h>

#include "hc-png-private.h"

G_DEFINE_QUARK (hc-png-error-quark, hc_png_error)

/* Chosen with `bench-png-encode --sweep` on its 1600×1000 chart (Debian 12,
 * libpng 1.6.39, zlib 1.2.13, 2 cores), medians in ms, bytes relative to
 * cairo_surface_write_to_png() (38 ms, 53,301 bytes):
 *
 *   level 0 (store)  none     5.5 ms  120×    conversion and libpng alone
 *   level 1          none     9.8 ms  1.66×
 *   level 3          none    10.1 ms  1.60×   <- this
 *   level 3          up      12.6 ms  1.57×
 *   level 3          paeth   18.8 ms  1.57×
 *   level 3          all     36.1 ms  1.53×   libpng's per-row choice
 *   level 4          none    19.6 ms  1.03×
 *   level 6          none    21.1 ms  0.98×
 *   level 1–6 Z_RLE  up      14 ms    2.84×
 *
 * Levels 1–3 use zlib's greedy matcher, which adds only ~4.5 ms to what
 * conversion and libpng cost anyway; level 4 starts lazy matching and twice
 * the time. Filters buy almost nothing on flat colour, whose unfiltered
 * runs deflate just as well, and each costs a pass over every row. */
const HcPngTuning hc_png_default_tuning = { 3, Z_DEFAULT_STRATEGY, PNG_FILTER_NONE };

/* PNG keywords are at most 79 bytes of Latin-1 (PNG 1.2, 11.3.4.2). */
#define MAX_KEYWORD_LENGTH 79

typedef struct
{
  png_structp        png;
  png_infop          info;
  GByteArray        *out;
  char              *message;    /* the first libpng error */

  const HcPngTuning *tuning;
  png_text          *chunks;
  int                n_chunks;
  double             ppi;

  const guint8      *data;
  int                stride;
  int                width;
  int                height;
  gboolean           has_alpha;
  guint8            *row;        /* one converted row, reused for every row */
} Encoder;

static void
encoder_error_cb (png_structp     png,
                  png_const_charp message)
{
  Encoder *self = png_get_error_ptr (png);

  /* Keep the first message: later ones are usually consequences of it. */
  if (self->message == NULL)
    self->message = g_strdup (message);
  png_longjmp (png, 1);
}

static void
encoder_warning_cb (png_structp     png,
                    png_const_charp message)
{
  /* Every input is validated before libpng sees it, so a warning would only
   * tell about libpng's own choices; the exporter has no one to show it to. */
}

static void
encoder_write_cb (png_structp png,
                  png_bytep   data,
                  size_t      length)
{
  Encoder *self = png_get_io_ptr (png);

  /* A GByteArray aborts the process rather than grow past 4 GiB. */
  if (length > G_MAXUINT - self->out->len)
    png_error (png, "the image would be larger than 4 GiB");
  g_byte_array_append (self->out, data, length);
}

static void
encoder_flush_cb (png_structp png)
{
}

static inline guint8
unpremultiply (guint32 c,
               guint32 a)
{
  /* Rounded, so that a reader that premultiplies again with rounding (as
   * cairo does) gets the original value back. Valid premultiplied data has
   * c <= a; clamp anything else rather than wrap. */
  return MIN ((c * 255 + a / 2) / a, 255);
}

static void
convert_argb32_row (const guint8 *src,
                    guint8       *dst,
                    int           width)
{
  for (int x = 0; x < width; x++, src += 4, dst += 4)
    {
      guint32 pixel;
      guint32 a;

      /* Cairo stores whole native-endian words: alpha in the top byte. */
      memcpy (&pixel, src, sizeof pixel);
      a = pixel >> 24;

      if (a == 0xff)
        {
          dst[0] = pixel >> 16;
          dst[1] = pixel >> 8;
          dst[2] = pixel;
          dst[3] = 0xff;
        }
      else if (a == 0)
        {
          memset (dst, 0, 4);
        }
      else
        {
          dst[0] = unpremultiply ((pixel >> 16) & 0xff, a);
          dst[1] = unpremultiply ((pixel >> 8) & 0xff, a);
          dst[2] = unpremultiply (pixel & 0xff, a);
          dst[3] = a;
        }
    }
}

static void
convert_rgb24_row (const guint8 *src,
                   guint8       *dst,
                   int           width)
{
  for (int x = 0; x < width; x++, src += 4, dst += 3)
    {
      guint32 pixel;

      memcpy (&pixel, src, sizeof pixel);
      dst[0] = pixel >> 16;
      dst[1] = pixel >> 8;
      dst[2] = pixel;
    }
}

/* Everything that may call png_error(). It runs under encoder_run()'s
 * setjmp and owns nothing, so a longjmp out of it cannot leak. */
static void
encoder_write (Encoder *self)
{
  png_set_write_fn (self->png, self, encoder_write_cb, encoder_flush_cb);
  png_set_IHDR (self->png, self->info, self->width, self->height, 8,
                self->has_alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  if (self->n_chunks > 0)
    png_set_text (self->png, self->info, self->chunks, self->n_chunks);
  if (self->ppi > 0)
    {
      /* 1 inch = 0.0254 m exactly, so 96 ppi is 3780 px/m, 192 ppi 7559. */
      png_uint_32 ppm = (png_uint_32) lround (self->ppi / 0.0254);

      png_set_pHYs (self->png, self->info, ppm, ppm, PNG_RESOLUTION_METER);
    }

  png_set_compression_level (self->png, self->tuning->level);
  if (self->tuning->strategy >= 0)
    png_set_compression_strategy (self->png, self->tuning->strategy);
  png_set_filter (self->png, PNG_FILTER_TYPE_BASE, self->tuning->filters);
  /* Larger IDAT chunks: fewer write callbacks and chunk headers. */
  png_set_compression_buffer_size (self->png, 64 * 1024);

  png_write_info (self->png, self->info);

  for (int y = 0; y < self->height; y++)
    {
      const guint8 *src = self->data + (gsize) y * self->stride;

      if (self->has_alpha)
        convert_argb32_row (src, self->row, self->width);
      else
        convert_rgb24_row (src, self->row, self->width);
      png_write_row (self->png, self->row);
    }

  png_write_end (self->png, NULL);
}

/* Kept apart from encoder_write() so no local variable lives across the
 * setjmp (C11 7.13.2.1 leaves such variables indeterminate after a longjmp). */
static gboolean
encoder_run (Encoder *self)
{
  if (setjmp (png_jmpbuf (self->png)))
    return FALSE;

  encoder_write (self);
  return TRUE;
}

static const char *
format_name (cairo_format_t format)
{
  switch ((int) format)
    {
    case CAIRO_FORMAT_ARGB32: return "ARGB32";
    case CAIRO_FORMAT_RGB24: return "RGB24";
    case CAIRO_FORMAT_A8: return "A8";
    case CAIRO_FORMAT_A1: return "A1";
    case CAIRO_FORMAT_RGB16_565: return "RGB16_565";
    case CAIRO_FORMAT_RGB30: return "RGB30";
    default: return "unknown";
    }
}

static gboolean
check_surface (cairo_surface_t  *surface,
               GError          **error)
{
  cairo_status_t status;
  cairo_format_t format;
  cairo_t *cr;

  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_SURFACE,
                   "Cannot write a PNG from a surface in error: %s",
                   cairo_status_to_string (status));
      return FALSE;
    }

  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_IMAGE)
    {
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_SURFACE,
                   "Cannot write a PNG from a surface that is not an image surface");
      return FALSE;
    }

  /* Cairo has no getter for "finished", and a finished surface that wraps
   * caller-owned data still returns that data; a context on it reports it. */
  cr = cairo_create (surface);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_SURFACE,
                   "Cannot write a PNG from this surface: %s",
                   cairo_status_to_string (status));
      return FALSE;
    }

  if (cairo_image_surface_get_width (surface) <= 0
      || cairo_image_surface_get_height (surface) <= 0)
    {
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_SURFACE,
                   "Cannot write a PNG of %d×%d pixels: PNG images have at least one pixel",
                   cairo_image_surface_get_width (surface),
                   cairo_image_surface_get_height (surface));
      return FALSE;
    }

  format = cairo_image_surface_get_format (surface);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    {
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_FORMAT,
                   "Cannot write a PNG from a %s surface: only ARGB32 and RGB24 are supported",
                   format_name (format));
      return FALSE;
    }

  if (cairo_image_surface_get_data (surface) == NULL)
    {
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_SURFACE,
                   "Cannot write a PNG from a surface without pixel data");
      return FALSE;
    }

  return TRUE;
}

/* Returns the Latin-1 bytes of @utf8 when every character of it belongs in
 * a tEXt chunk (printable Latin-1 or a line feed, PNG 1.2, 11.3.4.3), and
 * NULL otherwise. @utf8 must be valid UTF-8. */
static char *
to_printable_latin1 (const char *utf8,
                     gboolean    allow_newline)
{
  g_autofree char *latin1 = g_malloc (strlen (utf8) + 1);
  char *p = latin1;

  for (const char *s = utf8; *s != '\0'; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa1 && c <= 0xff) || (allow_newline && c == '\n'))
        *p++ = (char) c;
      else
        return NULL;
    }
  *p = '\0';

  return g_steal_pointer (&latin1);
}

/* Fills @chunk for libpng. The strings it points to are added to @strings,
 * which must outlive the encoding. */
static gboolean
prepare_text (const HcPngText  *text,
              png_text         *chunk,
              GPtrArray        *strings,
              GError          **error)
{
  char *key;
  char *latin1;
  gsize length;

  if (text->key == NULL || text->text == NULL)
    {
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_TEXT,
                   "PNG text chunks need both a key and a text");
      return FALSE;
    }

  if (!g_utf8_validate (text->key, -1, NULL))
    {
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_TEXT,
                   "PNG text key is not valid UTF-8");
      return FALSE;
    }

  if (!g_utf8_validate (text->text, -1, NULL))
    {
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_TEXT,
                   "PNG text chunk “%s” is not valid UTF-8", text->key);
      return FALSE;
    }

  /* libpng would silently rewrite a bad keyword; refuse it instead so the
   * caller learns that the metadata would not say what it meant. */
  key = to_printable_latin1 (text->key, FALSE);
  length = key != NULL ? strlen (key) : 0;
  if (key == NULL
      || length == 0
      || length > MAX_KEYWORD_LENGTH
      || key[0] == ' '
      || key[length - 1] == ' '
      || strstr (key, "  ") != NULL)
    {
      g_free (key);
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_TEXT,
                   "“%s” cannot be a PNG text key: keys are 1–79 printable Latin-1 "
                   "characters without leading, trailing or double spaces",
                   text->key);
      return FALSE;
    }
  g_ptr_array_add (strings, key);
  chunk->key = key;

  /* tEXt where it can carry the text, since every reader knows it; iTXt
   * (UTF-8) for the rest. Both uncompressed: metadata is small, and
   * uncompressed text stays readable to tools that grep files. */
  latin1 = to_printable_latin1 (text->text, TRUE);
  if (latin1 != NULL)
    {
      g_ptr_array_add (strings, latin1);
      chunk->compression = PNG_TEXT_COMPRESSION_NONE;
      chunk->text = latin1;
      chunk->text_length = strlen (latin1);
    }
  else
    {
      chunk->compression = PNG_ITXT_COMPRESSION_NONE;
      chunk->text = (png_charp) text->text;
      chunk->itxt_length = strlen (text->text);
      chunk->lang = NULL;
      chunk->lang_key = NULL;
    }

  return TRUE;
}

gboolean
hc_png_encode_tuned (cairo_surface_t    *surface,
                     const HcPngText    *texts,
                     gsize               n_texts,
                     double              ppi,
                     const HcPngTuning  *tuning,
                     GByteArray         *out,
                     GError            **error)
{
  g_autoptr(GPtrArray) strings = NULL;
  g_autofree png_text *chunks = NULL;
  Encoder self = { 0 };
  cairo_format_t format;
  guint original_length;
  gboolean ok;

  g_return_val_if_fail (surface != NULL, FALSE);
  g_return_val_if_fail (texts != NULL || n_texts == 0, FALSE);
  g_return_val_if_fail (n_texts <= G_MAXINT, FALSE);
  g_return_val_if_fail (!isnan (ppi) && ppi < 1e6, FALSE);
  g_return_val_if_fail (tuning != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_surface (surface, error))
    return FALSE;

  strings = g_ptr_array_new_with_free_func (g_free);
  chunks = g_new0 (png_text, MAX (n_texts, 1));
  for (gsize i = 0; i < n_texts; i++)
    if (!prepare_text (&texts[i], &chunks[i], strings, error))
      return FALSE;

  cairo_surface_flush (surface);
  format = cairo_image_surface_get_format (surface);
  self.out = out;
  self.data = cairo_image_surface_get_data (surface);
  self.stride = cairo_image_surface_get_stride (surface);
  self.width = cairo_image_surface_get_width (surface);
  self.height = cairo_image_surface_get_height (surface);
  self.has_alpha = format == CAIRO_FORMAT_ARGB32;

  self.png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &self,
                                      encoder_error_cb, encoder_warning_cb);
  if (self.png != NULL)
    self.info = png_create_info_struct (self.png);
  if (self.info == NULL)
    {
      png_destroy_write_struct (&self.png, NULL);
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_ENCODE,
                   "Could not write PNG: out of memory");
      return FALSE;
    }

  self.tuning = tuning;
  self.chunks = chunks;
  self.n_chunks = (int) n_texts;
  self.ppi = ppi;
  self.row = g_malloc ((gsize) self.width * (self.has_alpha ? 4 : 3));
  original_length = out->len;

  ok = encoder_run (&self);

  png_destroy_write_struct (&self.png, &self.info);
  g_free (self.row);

  if (!ok)
    {
      g_byte_array_set_size (out, original_length);
      g_set_error (error, HC_PNG_ERROR, HC_PNG_ERROR_ENCODE,
                   "Could not write PNG: %s",
                   self.message != NULL ? self.message : "unknown libpng error");
      g_free (self.message);
      return FALSE;
    }

  g_free (self.message);
  return TRUE;
}

gboolean
hc_png_encode (cairo_surface_t  *surface,
               const HcPngText  *texts,
               gsize             n_texts,
               double            ppi,
               GByteArray       *out,
               GError          **error)
{
  return hc_png_encode_tuned (surface, texts, n_texts, ppi, &hc_png_default_tuning, out, error);
}
