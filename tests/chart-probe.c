/* chart-probe.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "chart-probe.h"

void
rendered_render (Rendered             *r,
                 const HcDataset      *dataset,
                 const HcChartOptions *options,
                 HcTheme               theme,
                 int                   width,
                 int                   height)
{
  cairo_t *cr;

  r->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (r->surface);
  r->layout = hc_chart_render (cr, width, height, dataset, options, hc_chart_style_get (theme));
  cairo_destroy (cr);
  cairo_surface_flush (r->surface);
}

void
rendered_clear (Rendered *r)
{
  g_clear_pointer (&r->surface, cairo_surface_destroy);
  g_clear_pointer (&r->layout, hc_chart_layout_free);
}

/* The RGB of the pixel that covers (@x, @y). */
guint32
probe_pixel (cairo_surface_t *surface,
             double           x,
             double           y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int px = (int) floor (x);
  int py = (int) floor (y);

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));

  return *(const guint32 *) (data + py * stride + px * 4) & 0xffffff;
}

guint32
probe_rgb (const HcColor *color)
{
  return ((guint32) lround (color->red * 255) << 16) |
         ((guint32) lround (color->green * 255) << 8) |
         (guint32) lround (color->blue * 255);
}
