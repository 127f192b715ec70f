/* chart-probe.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-script.h>

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

static gboolean
rect_intersects (const cairo_rectangle_t *a,
                 const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Every piece of text on the canvas and none over another (logical boxes
 * may touch: they include line spacing). Fails the test otherwise. */
void
probe_check_text (const HcChartLayout *layout)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const cairo_rectangle_t *a = &g_array_index (layout->labels, cairo_rectangle_t, i);

      /* Nothing clipped: every piece of text inside the canvas. */
      if (a->x < -0.01 || a->y < -0.01 || a->x + a->width > layout->width + 0.5 ||
          a->y + a->height > layout->height + 0.5)
        g_error ("text %u (%.1f,%.1f %.1f×%.1f) leaves the %d×%d canvas of view %d",
                 i, a->x, a->y, a->width, a->height, layout->width, layout->height, layout->kind);

      for (guint j = i + 1; j < layout->labels->len; j++)
        {
          const cairo_rectangle_t *b = &g_array_index (layout->labels, cairo_rectangle_t, j);
          cairo_rectangle_t shrunk = *b;

          /* Logical text boxes include line spacing; allow them to touch. */
          shrunk.x += 0.5;
          shrunk.y += 0.5;
          shrunk.width -= 1;
          shrunk.height -= 1;
          if (a->width > 0 && b->width > 0 && rect_intersects (a, &shrunk))
            g_error ("text %u (%.0f,%.0f %.0f×%.0f) overlaps text %u (%.0f,%.0f %.0f×%.0f) "
                     "at %d×%d in view %d",
                     i, a->x, a->y, a->width, a->height, j, b->x, b->y, b->width, b->height,
                     layout->width, layout->height, layout->kind);
        }
    }
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The chart as a cairo script: every piece of text it draws is in there,
 * as a "(text" run. */
char *
probe_script (const HcDataset      *dataset,
              const HcChartOptions *options,
              int                   width,
              int                   height)
{
  GString *script = g_string_new (NULL);
  cairo_device_t *device = cairo_script_create_for_stream (append_cb, script);
  cairo_surface_t *surface = cairo_script_surface_create (device, CAIRO_CONTENT_COLOR_ALPHA,
                                                          width, height);
  cairo_t *cr = cairo_create (surface);

  hc_chart_layout_free (hc_chart_render (cr, width, height, dataset, options,
                                         hc_chart_style_get (HC_THEME_LIGHT)));
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  cairo_device_finish (device);
  cairo_device_destroy (device);

  return g_string_free (script, FALSE);
}

/* Whether @script draws @text, as one run of glyphs: a wrapped text is
 * drawn a line at a time, so look for one line of it. */
gboolean
probe_script_has (const char *script,
                  const char *text)
{
  g_autofree char *run = g_strdup_printf ("(%s", text);

  return strstr (script, run) != NULL;
}
