/* sample-chart.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib.h>
#include <pango/pangocairo.h>

#include "sample-chart.h"

static void
draw_text (cairo_t    *cr,
           const char *markup,
           double      size,
           double      x,
           double      y,
           double      max_width,
           double      align)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  int width;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_markup (layout, markup, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
    }
  pango_layout_get_pixel_size (layout, &width, NULL);
  cairo_move_to (cr, max_width > 0 ? x : x - align * width, y);
  pango_cairo_show_layout (cr, layout);
}

cairo_surface_t *
sample_chart_new (int width,
                  int height)
{
  static const struct { const char *label; const char *value; double n; int category; } bars[] = {
    { "Ethnic Albanians", "≈ 2,000,000", 2000000, 0 },
    { "Serbs", "≈ 120,000", 120000, 0 },
    { "NATO peace force", "16,000", 16000, 1 },
    { "EU police officers", "1,600", 1600, 1 },
    { "Dead, 1998–99 war", "≈ 10,000", 10000, 2 },
  };
  static const double colours[][3] = {
    { 0.21, 0.52, 0.89 },
    { 0.20, 0.82, 0.48 },
    { 0.88, 0.11, 0.14 },
  };
  static const char *categories[] = { "Population", "Security forces", "Casualties" };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  double s = width / 1600.0;
  double left = 150, right = 1540, top = 170, bottom = 800;

  cairo_scale (cr, s, height / 1000.0);

  cairo_set_source_rgb (cr, 0.98, 0.98, 0.97);
  cairo_paint (cr);

  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  draw_text (cr, "<b>Kosovo, December 2007</b>", 40, 60, 40, 0, 0);
  cairo_set_source_rgb (cr, 0.36, 0.36, 0.40);
  draw_text (cr, "People counted, logarithmic scale: each grid line is ten times the one below",
             22, 60, 100, 0, 0);

  /* Decades from 1,000 to 10,000,000 on a log axis. */
  cairo_set_line_width (cr, 1.5);
  for (int d = 3; d <= 7; d++)
    {
      static const char *ticks[] = { "1,000", "10,000", "100,000", "1,000,000", "10,000,000" };
      double y = bottom - (d - 3) * (bottom - top) / 4.0;

      cairo_set_source_rgb (cr, 0.85, 0.85, 0.84);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.36, 0.36, 0.40);
      draw_text (cr, ticks[d - 3], 18, left - 14, y - 12, 0, 1.0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bars); i++)
    {
      double slot = (right - left) / G_N_ELEMENTS (bars);
      double x = left + i * slot + slot * 0.18;
      double w = slot * 0.64;
      double y = bottom - (log10 (bars[i].n) - 3) * (bottom - top) / 4.0;
      const double *c = colours[bars[i].category];
      g_autofree char *value = g_strdup_printf ("<b>%s</b>", bars[i].value);

      cairo_set_source_rgb (cr, c[0], c[1], c[2]);
      cairo_rectangle (cr, x, y, w, bottom - y);
      cairo_fill (cr);

      cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
      draw_text (cr, value, 22, x + w / 2, y - 34, 0, 0.5);
      draw_text (cr, bars[i].label, 20, x - slot * 0.1, bottom + 14, w + slot * 0.2, 0);
    }

  cairo_set_source_rgb (cr, 0.30, 0.30, 0.32);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, left, bottom);
  cairo_line_to (cr, right, bottom);
  cairo_stroke (cr);

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      double x = 60 + i * 300;

      cairo_set_source_rgb (cr, colours[i][0], colours[i][1], colours[i][2]);
      cairo_arc (cr, x + 10, 908, 10, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
      draw_text (cr, categories[i], 20, x + 30, 895, 0, 0);
    }

  cairo_set_source_rgb (cr, 0.45, 0.45, 0.48);
  draw_text (cr, "Source: Reuters, “Kosovo moves to independence ‘earlier than May’”, "
             "10 December 2007. ≈ marks approximate figures.", 17, 60, 950, 0, 0);

  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}
