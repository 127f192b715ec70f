/* test-pen.c — thin lines rasterised by the core, checked against cairo
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pen draws lines itself on image surfaces. Every test here draws the
 * same shapes twice, once through the pen's own rasteriser and once
 * through cairo's stroker (the pen set to vector only), and compares the
 * pixels: coverage within a few levels, the same ink, nothing where cairo
 * put nothing.
 */
#include <math.h>
#include <string.h>

#include <cairo-svg.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "hc-pen.h"

typedef struct
{
  int    max_diff;      /* the largest difference of one channel, 0 … 255 */
  double mean_diff;     /* over the pixels either drew on */
  double ink_a, ink_b;  /* the alpha of every pixel, added up */
  guint  stray;         /* pixels one drew on at least half and the other not at all */
  guint  far;           /* pixels that differ by more than a quarter */
  guint  drawn;         /* pixels either drew on */
} Comparison;

static cairo_surface_t *
new_surface (int width,
             int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* The pixel at (@x, @y) of a flushed image surface, premultiplied ARGB. */
static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *row = cairo_image_surface_get_data (surface) +
                      y * cairo_image_surface_get_stride (surface);

  return ((const guint32 *) (gconstpointer) row)[x];
}

static void
compare (cairo_surface_t *a,
         cairo_surface_t *b,
         Comparison      *out)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  double total = 0;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  memset (out, 0, sizeof *out);
  for (int y = 0; y < height; y++)
    {
      const guint32 *pa = (const guint32 *) (gpointer) (cairo_image_surface_get_data (a) +
                                                        y * cairo_image_surface_get_stride (a));
      const guint32 *pb = (const guint32 *) (gpointer) (cairo_image_surface_get_data (b) +
                                                        y * cairo_image_surface_get_stride (b));

      for (int x = 0; x < width; x++)
        {
          int alpha_a = pa[x] >> 24, alpha_b = pb[x] >> 24;
          int most = 0;

          if (pa[x] == 0 && pb[x] == 0)
            continue;
          for (int shift = 0; shift < 32; shift += 8)
            most = MAX (most, ABS ((int) ((pa[x] >> shift) & 0xff) -
                                   (int) ((pb[x] >> shift) & 0xff)));
          out->max_diff = MAX (out->max_diff, most);
          out->far += most > 64;
          total += most;
          out->ink_a += alpha_a;
          out->ink_b += alpha_b;
          out->drawn++;
          if ((alpha_a == 0 && alpha_b >= 128) || (alpha_b == 0 && alpha_a >= 128))
            out->stray++;
        }
    }
  out->mean_diff = out->drawn > 0 ? total / out->drawn : 0;
}

/* A random polyline: long and short segments, flat, steep and upright
 * ones, points on top of each other, sharp turns and, when @backwards,
 * turns back left. */
static void
random_polyline (HcPen    *pen,
                 GRand    *rand,
                 gboolean  backwards,
                 int       width,
                 int       height)
{
  int n = g_rand_int_range (rand, 2, 24);
  double x = g_rand_double_range (rand, -20, width * 0.6);
  double y = g_rand_double_range (rand, -20, height + 20);

  hc_pen_move_to (pen, x, y);
  for (int i = 1; i < n; i++)
    {
      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0:  /* upright */
          y += g_rand_double_range (rand, -80, 80);
          break;
        case 1:  /* where it was */
          break;
        case 2:  /* steep */
          x += g_rand_double_range (rand, backwards ? -5 : 0, 5);
          y += g_rand_double_range (rand, -120, 120);
          break;
        default:
          x += g_rand_double_range (rand, backwards ? -60 : 0, 60);
          y += g_rand_double_range (rand, -40, 40);
          break;
        }
      hc_pen_line_to (pen, x, y);
    }
}

/* Draws @n random polylines, seeded by @seed, on a transparent surface,
 * through the pen's rasteriser or through cairo. */
static cairo_surface_t *
draw_random (guint32  seed,
             guint    n,
             double   line_width,
             gboolean backwards,
             gboolean vector_only)
{
  cairo_surface_t *surface = new_surface (400, 300);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(HcPen) pen = hc_pen_new (cr);

  hc_pen_set_vector_only (pen, vector_only);
  g_assert_true (hc_pen_rasterises (pen) == !vector_only);
  for (guint i = 0; i < n; i++)
    {
      double width = line_width > 0 ? line_width : g_rand_double_range (rand, 0.6, 7);

      cairo_set_source_rgba (cr, g_rand_double (rand), g_rand_double (rand),
                             g_rand_double (rand), 1);
      random_polyline (pen, rand, backwards, 400, 300);
      hc_pen_stroke (pen, width);
      if (g_rand_int_range (rand, 0, 4) == 0)
        hc_pen_dot (pen, g_rand_double_range (rand, 0, 400), g_rand_double_range (rand, 0, 300),
                    g_rand_double_range (rand, 0.5, 6));
    }
  g_clear_pointer (&pen, hc_pen_free);
  cairo_destroy (cr);
  return surface;
}

static void
assert_close (cairo_surface_t *ours,
              cairo_surface_t *cairos)
{
  Comparison c;

  compare (ours, cairos, &c);
  g_test_message ("max %d, mean %.3f, ink %.0f vs %.0f, stray %u, far %u of %u", c.max_diff,
                  c.mean_diff, c.ink_a, c.ink_b, c.stray, c.far, c.drawn);
  g_assert_cmpuint (c.drawn, >, 100);
  /* The same ink: a line is as heavy as cairo draws it. */
  g_assert_cmpfloat (fabs (c.ink_a - c.ink_b), <=, 0.02 * c.ink_b);
  /* Edges within a few levels on average. A pixel that two parts of one
   * stroke each cover in part, in the notch of a sharp turn, takes the
   * larger part rather than their sum: it may differ by half, and there
   * are a handful of them in a chart. */
  g_assert_cmpfloat (c.mean_diff, <=, 6);
  g_assert_cmpuint (c.far, <=, c.drawn / 200);
  g_assert_cmpint (c.max_diff, <=, 160);
  /* Nowhere a line where cairo has none, or none where cairo has one. */
  g_assert_cmpuint (c.stray, ==, 0);
}

/* Random shapes of seeds @first to @last, through the pen and through
 * cairo, alike. */
static void
assert_seeds_close (guint32  first,
                    guint32  last,
                    double   line_width,
                    gboolean backwards)
{
  for (guint32 seed = first; seed <= last; seed++)
    {
      cairo_surface_t *ours = draw_random (seed, 20, line_width, backwards, FALSE);
      cairo_surface_t *cairos = draw_random (seed, 20, line_width, backwards, TRUE);

      assert_close (ours, cairos);
      cairo_surface_destroy (ours);
      cairo_surface_destroy (cairos);
    }
}

static void
test_left_to_right (void)
{
  assert_seeds_close (1, 8, 0, FALSE);
}

static void
test_backwards (void)
{
  assert_seeds_close (11, 18, 0, TRUE);
}

/* A line narrower than a pixel is fainter, not wider. */
static void
test_hairlines (void)
{
  assert_seeds_close (21, 24, 0.6, FALSE);
}

/* Rings: circles stroked, through the pen's rasteriser and through
 * cairo's arcs, alike; and a ring is round, its ink that of an annulus. */
static void
test_rings (void)
{
  cairo_surface_t *surfaces[2];
  double ink = 0;

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (99);
      cairo_t *cr;
      HcPen *pen;

      surfaces[i] = new_surface (300, 200);
      cr = cairo_create (surfaces[i]);
      pen = hc_pen_new (cr);
      hc_pen_set_vector_only (pen, i == 1);
      for (int r = 0; r < 30; r++)
        {
          cairo_set_source_rgb (cr, g_rand_double (rand), g_rand_double (rand), 0.5);
          hc_pen_circle (pen, g_rand_double_range (rand, 20, 280),
                         g_rand_double_range (rand, 20, 180), g_rand_double_range (rand, 1.5, 20));
          hc_pen_stroke (pen, g_rand_double_range (rand, 1, 4));
        }
      hc_pen_free (pen);
      cairo_destroy (cr);
    }
  assert_close (surfaces[0], surfaces[1]);
  cairo_surface_destroy (surfaces[0]);
  cairo_surface_destroy (surfaces[1]);

  /* One ring of radius 10, 2 wide: the area between 9 and 11. */
  surfaces[0] = new_surface (40, 40);
  {
    cairo_t *cr = cairo_create (surfaces[0]);
    HcPen *pen = hc_pen_new (cr);

    cairo_set_source_rgb (cr, 0, 0, 0);
    hc_pen_circle (pen, 20, 20, 10);
    hc_pen_stroke (pen, 2);
    hc_pen_free (pen);
    cairo_destroy (cr);
  }
  cairo_surface_flush (surfaces[0]);
  for (int y = 0; y < 40; y++)
    for (int x = 0; x < 40; x++)
      ink += (pixel_at (surfaces[0], x, y) >> 24) / 255.0;
  g_assert_cmpfloat (fabs (ink - G_PI * (11 * 11 - 9 * 9)), <=, 0.03 * G_PI * (11 * 11 - 9 * 9));
  /* Its middle is empty. */
  g_assert_cmphex (pixel_at (surfaces[0], 20, 20), ==, 0);
  cairo_surface_destroy (surfaces[0]);
}

/* The pixels of a horizontal line are exact: full where the line covers
 * a pixel, the covered fraction at its edges. */
static void
test_exact_on_axes (void)
{
  cairo_surface_t *surface = new_surface (50, 20);
  cairo_t *cr = cairo_create (surface);
  HcPen *pen = hc_pen_new (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  /* 3 pixels wide, from y 8.25 to 11.25. */
  hc_pen_move_to (pen, 10, 9.75);
  hc_pen_line_to (pen, 40, 9.75);
  hc_pen_stroke (pen, 3);
  hc_pen_free (pen);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 7; y <= 11; y++)
    {
      static const int expected[] = { 0, 191, 255, 255, 64 };

      g_assert_cmpint (pixel_at (surface, 25, y) >> 24, ==, expected[y - 7]);
    }
  cairo_surface_destroy (surface);
}

/* One stroke lays its colour once: where a line turns back over itself
 * a translucent colour is no darker than along it. */
static void
test_overlap_once (void)
{
  cairo_surface_t *surface = new_surface (100, 60);
  cairo_t *cr = cairo_create (surface);
  HcPen *pen = hc_pen_new (cr);
  guint most = 0;

  g_assert_true (hc_pen_rasterises (pen));
  cairo_set_source_rgba (cr, 0, 0, 1, 0.5);
  hc_pen_move_to (pen, 10, 30);
  hc_pen_line_to (pen, 90, 30);
  hc_pen_line_to (pen, 20, 31);
  hc_pen_line_to (pen, 50, 10);
  hc_pen_line_to (pen, 50, 50);
  hc_pen_stroke (pen, 4);
  hc_pen_free (pen);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 0; y < 60; y++)
    for (int x = 0; x < 100; x++)
      most = MAX (most, pixel_at (surface, x, y) >> 24);
  g_assert_cmpuint (most, ==, 128);
  cairo_surface_destroy (surface);
}

/* Over what is there already: the same colours as cairo's. */
static void
test_over_content (void)
{
  cairo_surface_t *surfaces[2];

  for (int i = 0; i < 2; i++)
    {
      cairo_t *cr;
      HcPen *pen;

      surfaces[i] = new_surface (120, 80);
      cr = cairo_create (surfaces[i]);
      cairo_set_source_rgb (cr, 1, 1, 0.9);
      cairo_paint (cr);
      cairo_set_source_rgba (cr, 0.2, 0.6, 0.1, 0.7);
      cairo_rectangle (cr, 30, 10, 40, 60);
      cairo_fill (cr);
      pen = hc_pen_new (cr);
      hc_pen_set_vector_only (pen, i == 1);
      cairo_set_source_rgba (cr, 0.8, 0.1, 0.3, 0.6);
      hc_pen_move_to (pen, 5, 70);
      hc_pen_line_to (pen, 60, 12);
      hc_pen_line_to (pen, 115, 50);
      hc_pen_stroke (pen, 5);
      hc_pen_free (pen);
      cairo_destroy (cr);
    }
  assert_close (surfaces[0], surfaces[1]);
  cairo_surface_destroy (surfaces[0]);
  cairo_surface_destroy (surfaces[1]);
}

/* A clip keeps the lines in; inside it the pixels are the unclipped ones. */
static void
test_clip (void)
{
  cairo_surface_t *clipped = new_surface (200, 150), *whole = new_surface (200, 150);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (int i = 0; i < 2; i++)
    {
      cairo_t *cr = cairo_create (i == 0 ? clipped : whole);
      HcPen *pen;

      g_rand_set_seed (rand, 7);
      if (i == 0)
        {
          cairo_rectangle (cr, 40, 30, 100, 70);
          cairo_clip (cr);
        }
      pen = hc_pen_new (cr);
      g_assert_true (hc_pen_rasterises (pen));
      cairo_set_source_rgb (cr, 0.1, 0.2, 0.7);
      for (int j = 0; j < 12; j++)
        {
          random_polyline (pen, rand, j % 2 == 1, 200, 150);
          hc_pen_stroke (pen, 3);
        }
      hc_pen_free (pen);
      cairo_destroy (cr);
    }

  cairo_surface_flush (clipped);
  cairo_surface_flush (whole);
  for (int y = 0; y < 150; y++)
    for (int x = 0; x < 200; x++)
      {
        guint32 in_clip = pixel_at (clipped, x, y);
        guint32 in_whole = pixel_at (whole, x, y);

        if (x >= 40 && x < 140 && y >= 30 && y < 100)
          g_assert_cmphex (in_clip, ==, in_whole);
        else
          g_assert_cmphex (in_clip, ==, 0);
      }
  cairo_surface_destroy (clipped);
  cairo_surface_destroy (whole);
}

/* Drawn at twice the density through the device scale and moved by the
 * matrix, the lines are those drawn at the doubled, moved coordinates. */
static void
test_transform (void)
{
  static const double points[][2] = { { 10, 20 }, { 60, 70 }, { 120, 30 } };
  cairo_surface_t *scaled = new_surface (300, 200), *plain = new_surface (300, 200);
  Comparison c;

  for (int i = 0; i < 2; i++)
    {
      /* scaled: user space at 2 pixels a unit, moved by (10, 5);
       * plain: the same in pixels. */
      double k = i == 0 ? 1 : 2, dx = i == 0 ? 0 : 20, dy = i == 0 ? 0 : 10;
      cairo_t *cr;
      HcPen *pen;

      if (i == 0)
        cairo_surface_set_device_scale (scaled, 2, 2);
      cr = cairo_create (i == 0 ? scaled : plain);
      if (i == 0)
        cairo_translate (cr, 10, 5);
      pen = hc_pen_new (cr);
      g_assert_true (hc_pen_rasterises (pen));
      cairo_set_source_rgb (cr, 0, 0, 0);
      for (guint p = 0; p < G_N_ELEMENTS (points); p++)
        hc_pen_line_to (pen, points[p][0] * k + dx, points[p][1] * k + dy);
      hc_pen_stroke (pen, 1.5 * k);
      hc_pen_dot (pen, 100 * k + dx, 80 * k + dy, 3 * k);
      hc_pen_free (pen);
      cairo_destroy (cr);
    }
  compare (scaled, plain, &c);
  g_assert_cmpuint (c.drawn, >, 500);
  g_assert_cmpint (c.max_diff, <=, 1);
  cairo_surface_destroy (scaled);
  cairo_surface_destroy (plain);
}

/* Many segments are drawn by two threads, each on its side: the pixels
 * are those of the strokes drawn one at a time, seam included. */
static void
test_shared_between_threads (void)
{
  cairo_surface_t *batch = new_surface (640, 360), *one_by_one = new_surface (640, 360);
  g_autoptr(GRand) rand = g_rand_new ();
  guint segments = 0;

  for (int i = 0; i < 2; i++)
    {
      cairo_t *cr = cairo_create (i == 0 ? batch : one_by_one);
      HcPen *pen = hc_pen_new (cr);

      g_rand_set_seed (rand, 2024);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      for (int line = 0; line < 120; line++)
        {
          double y = g_rand_double_range (rand, 0, 360);

          cairo_set_source_rgba (cr, g_rand_double (rand), g_rand_double (rand),
                                 g_rand_double (rand), line % 3 == 0 ? 0.6 : 1);
          for (int p = 0; p < 64; p++)
            {
              y += g_rand_double_range (rand, -12, 12);
              if (p == 0)
                hc_pen_move_to (pen, 10 + p * 9.7, y);
              else
                hc_pen_line_to (pen, 10 + p * 9.7, y);
            }
          hc_pen_stroke (pen, 1.5);
          segments += 63 * (i == 0);
          /* One at a time: every stroke flushed before the next. */
          if (i == 1)
            hc_pen_flush (pen);
        }
      hc_pen_free (pen);
      cairo_destroy (cr);
    }
  g_assert_cmpuint (segments, >, 1024 * 4);
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (batch),
                           cairo_image_surface_get_data (one_by_one), 640 * 4 * 360), ==, 0);
  cairo_surface_destroy (batch);
  cairo_surface_destroy (one_by_one);
}

/* Where pixels are not what is drawn on, the path goes to cairo: an SVG
 * gets a vector path, a gradient is cairo's to fill. */
static void
test_vector_targets (void)
{
  cairo_surface_t *surface;
  cairo_pattern_t *gradient;
  cairo_t *cr;
  HcPen *pen;
  cairo_surface_t *with_gradient[2];
  Comparison c;

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  pen = hc_pen_new (cr);
  g_assert_false (hc_pen_rasterises (pen));
  hc_pen_free (pen);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* A rotation: a line would not stay one width in pixels. */
  surface = new_surface (50, 50);
  cr = cairo_create (surface);
  cairo_rotate (cr, 0.3);
  pen = hc_pen_new (cr);
  g_assert_false (hc_pen_rasterises (pen));
  hc_pen_free (pen);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  for (int i = 0; i < 2; i++)
    {
      with_gradient[i] = new_surface (100, 60);
      cr = cairo_create (with_gradient[i]);
      gradient = cairo_pattern_create_linear (0, 0, 100, 0);
      cairo_pattern_add_color_stop_rgb (gradient, 0, 1, 0, 0);
      cairo_pattern_add_color_stop_rgb (gradient, 1, 0, 0, 1);
      cairo_set_source (cr, gradient);
      pen = hc_pen_new (cr);
      hc_pen_set_vector_only (pen, i == 1);
      g_assert_false (hc_pen_rasterises (pen));
      hc_pen_move_to (pen, 5, 30);
      hc_pen_line_to (pen, 95, 20);
      hc_pen_stroke (pen, 4);
      hc_pen_free (pen);
      cairo_pattern_destroy (gradient);
      cairo_destroy (cr);
    }
  compare (with_gradient[0], with_gradient[1], &c);
  g_assert_cmpuint (c.drawn, >, 100);
  g_assert_cmpint (c.max_diff, ==, 0);
  cairo_surface_destroy (with_gradient[0]);
  cairo_surface_destroy (with_gradient[1]);
}

static void
test_svg_stays_vector (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-pen-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lines.svg", NULL);
  cairo_surface_t *surface = cairo_svg_surface_create (path, 100, 100);
  cairo_t *cr = cairo_create (surface);
  HcPen *pen = hc_pen_new (cr);
  g_autofree char *text = NULL;

  g_assert_false (hc_pen_rasterises (pen));
  cairo_set_source_rgb (cr, 0, 0.5, 0);
  hc_pen_move_to (pen, 10, 10);
  hc_pen_line_to (pen, 90, 50);
  hc_pen_line_to (pen, 10, 90);
  hc_pen_stroke (pen, 2);
  hc_pen_dot (pen, 50, 50, 4);
  hc_pen_circle (pen, 30, 70, 8);
  hc_pen_stroke (pen, 1.5);
  hc_pen_free (pen);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "stroke-linejoin:round"));
  g_assert_nonnull (strstr (text, "stroke-linecap:round"));
  g_assert_null (strstr (text, "<image"));
  /* The ring is an arc, curves and all, not a polygon. */
  g_assert_nonnull (strstr (text, " C "));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A dot covers the area of its disc. */
static void
test_dot_area (void)
{
  for (double r = 1; r <= 12; r *= 2)
    {
      cairo_surface_t *surface = new_surface (40, 40);
      cairo_t *cr = cairo_create (surface);
      HcPen *pen = hc_pen_new (cr);
      double ink = 0;

      cairo_set_source_rgb (cr, 0, 0, 0);
      hc_pen_dot (pen, 20.3, 19.6, r);
      hc_pen_free (pen);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      for (int y = 0; y < 40; y++)
        for (int x = 0; x < 40; x++)
          ink += (pixel_at (surface, x, y) >> 24) / 255.0;
      g_test_message ("radius %g: %.2f of %.2f", r, ink, G_PI * r * r);
      g_assert_cmpfloat (fabs (ink - G_PI * r * r), <=, 0.05 * G_PI * r * r + 0.3);
      cairo_surface_destroy (surface);
    }
}

/* Points off the canvas by any amount, or no numbers at all, draw what
 * falls on the canvas and nothing else, and end. */
static void
test_hostile (void)
{
  static const double points[][2] = {
    { NAN, 10 }, { 10, INFINITY }, { -1e300, 50 }, { 1e300, 50 }, { 30, -1e12 },
    { 30, 1e12 }, { 5e8, 5e8 }, { 40, 40 }, { 41, 40 }, { 41, 1e7 }, { -1e9, -1e9 },
  };
  cairo_surface_t *surface = new_surface (80, 80);
  cairo_t *cr = cairo_create (surface);
  HcPen *pen = hc_pen_new (cr);
  guint drawn = 0;

  cairo_rectangle (cr, 0, 0, 80, 80);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    for (guint j = 0; j < G_N_ELEMENTS (points); j++)
      {
        hc_pen_move_to (pen, points[i][0], points[i][1]);
        hc_pen_line_to (pen, points[j][0], points[j][1]);
        hc_pen_stroke (pen, 2);
      }
  hc_pen_stroke (pen, 2);  /* nothing waiting */
  hc_pen_move_to (pen, 10, 10);
  hc_pen_line_to (pen, 70, 70);
  hc_pen_stroke (pen, NAN);
  hc_pen_move_to (pen, 10, 10);
  hc_pen_line_to (pen, 70, 70);
  hc_pen_stroke (pen, -3);
  hc_pen_dot (pen, 40, 40, NAN);
  hc_pen_dot (pen, NAN, 40, 3);
  hc_pen_dot (pen, 40, 40, 1e300);
  hc_pen_free (pen);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < 80; y++)
    for (int x = 0; x < 80; x++)
      drawn += pixel_at (surface, x, y) != 0;
  /* The huge dot covers the canvas; what matters is that it ended. */
  g_assert_cmpuint (drawn, ==, 80 * 80);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pen/left-to-right", test_left_to_right);
  g_test_add_func ("/pen/backwards", test_backwards);
  g_test_add_func ("/pen/hairlines", test_hairlines);
  g_test_add_func ("/pen/rings", test_rings);
  g_test_add_func ("/pen/exact-on-axes", test_exact_on_axes);
  g_test_add_func ("/pen/overlap-once", test_overlap_once);
  g_test_add_func ("/pen/over-content", test_over_content);
  g_test_add_func ("/pen/clip", test_clip);
  g_test_add_func ("/pen/transform", test_transform);
  g_test_add_func ("/pen/shared-between-threads", test_shared_between_threads);
  g_test_add_func ("/pen/vector-targets", test_vector_targets);
  g_test_add_func ("/pen/svg-stays-vector", test_svg_stays_vector);
  g_test_add_func ("/pen/dot-area", test_dot_area);
  g_test_add_func ("/pen/hostile", test_hostile);

  return g_test_run ();
}
