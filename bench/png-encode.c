/* png-encode.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times cairo's PNG writer against hc_png_encode() on a 1600×1000 chart.
 * With --sweep it also times every zlib level, strategy and filter that
 * hc_png_encode_tuned() can be asked for, to re-check the default.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <png.h>
#include <zlib.h>

#include "hc-png-private.h"
#include "sample-chart.h"

#define N_ITERATIONS 30

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double
time_cairo (cairo_surface_t *surface,
            GByteArray      *out)
{
  gint64 start;

  g_byte_array_set_size (out, 0);
  start = g_get_monotonic_time ();
  if (cairo_surface_write_to_png_stream (surface, append_cb, out) != CAIRO_STATUS_SUCCESS)
    g_error ("cairo could not write the PNG");
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
time_hc (cairo_surface_t   *surface,
         const HcPngTuning *tuning,
         GByteArray        *out)
{
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_byte_array_set_size (out, 0);
  start = g_get_monotonic_time ();
  if (!hc_png_encode_tuned (surface, NULL, 0, 0, tuning, out, &error))
    g_error ("%s", error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
sweep (cairo_surface_t *surface,
       double           cairo_ms,
       guint            cairo_bytes)
{
  static const int levels[] = { 0, 1, 2, 3, 4, 5, 6 };
  static const struct { int value; const char *name; } strategies[] = {
    { -1, "libpng" },
    { Z_DEFAULT_STRATEGY, "default" },
    { Z_RLE, "rle" },
  };
  static const struct { int value; const char *name; } filters[] = {
    { PNG_FILTER_NONE, "none" },
    { PNG_FILTER_SUB, "sub" },
    { PNG_FILTER_UP, "up" },
    { PNG_FILTER_PAETH, "paeth" },
    { PNG_ALL_FILTERS, "adaptive" },
  };
  g_autoptr(GByteArray) out = g_byte_array_new ();

  printf ("\nlevel strategy filter     median ms   bytes   ×cairo time  ×cairo bytes\n");
  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    for (guint s = 0; s < G_N_ELEMENTS (strategies); s++)
      for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
        {
          HcPngTuning tuning = { levels[l], strategies[s].value, filters[f].value };
          double times[N_ITERATIONS / 2];
          double ms;

          for (guint i = 0; i < G_N_ELEMENTS (times); i++)
            times[i] = time_hc (surface, &tuning, out);
          ms = median (times, G_N_ELEMENTS (times));
          printf ("%5d %-8s %-9s %9.1f %8u %10.2f %12.2f\n",
                  levels[l], strategies[s].name, filters[f].name, ms, out->len,
                  ms / cairo_ms, (double) out->len / cairo_bytes);
        }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GByteArray) cairo_out = g_byte_array_new ();
  g_autoptr(GByteArray) hc_out = g_byte_array_new ();
  cairo_surface_t *surface;
  double cairo_times[N_ITERATIONS];
  double hc_times[N_ITERATIONS];
  double cairo_ms, hc_ms;

  surface = sample_chart_new (1600, 1000);

  /* Alternate so that frequency scaling and cache state hit both alike. */
  for (guint i = 0; i < N_ITERATIONS; i++)
    {
      cairo_times[i] = time_cairo (surface, cairo_out);
      hc_times[i] = time_hc (surface, &hc_png_default_tuning, hc_out);
    }
  cairo_ms = median (cairo_times, N_ITERATIONS);
  hc_ms = median (hc_times, N_ITERATIONS);

  printf ("1600×1000 chart, median of %d runs\n", N_ITERATIONS);
  printf ("cairo_surface_write_to_png_stream %7.1f ms %8u bytes\n", cairo_ms, cairo_out->len);
  printf ("hc_png_encode                     %7.1f ms %8u bytes\n", hc_ms, hc_out->len);
  printf ("hc/cairo                          %7.2f×   %8.2f×\n",
          hc_ms / cairo_ms, (double) hc_out->len / cairo_out->len);

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--sweep") == 0)
        sweep (surface, cairo_ms, cairo_out->len);
      else if (strcmp (argv[i], "--write") == 0 && i + 1 < argc)
        {
          g_autoptr(GError) error = NULL;

          if (!g_file_set_contents (argv[++i], (const char *) hc_out->data, hc_out->len, &error))
            g_printerr ("%s\n", error->message);
        }
      else
        {
          g_printerr ("Usage: %s [--sweep] [--write FILE.png]\n", argv[0]);
          return 2;
        }
    }

  cairo_surface_destroy (surface);
  return 0;
}
