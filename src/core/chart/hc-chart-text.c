/* hc-chart-text.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text that records where it went: every view lays out its labels here.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

/* ---- text ---------------------------------------------------------------- */

/* No chart has room for more characters than this on one line; a longer
 * label (a file may hold a megabyte in one field) is cut here, before
 * Pango shapes all of it only to ellipsize it. */
#define MAX_TEXT_CHARS 1000

static gboolean
needs_cleaning (const char *text)
{
  gsize n = 0;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++, n++)
    if (*p < 0x20 || *p == 0x7f || n >= MAX_TEXT_CHARS)
      return TRUE;

  return FALSE;
}

/* At most MAX_TEXT_CHARS characters, with "…" when cut, and control
 * characters (tabs, line breaks) as spaces. */
static char *
clean_text (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;
  guint n;

  for (n = 0; *p != '\0' && n < MAX_TEXT_CHARS; n++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, g_unichar_iscntrl (c) ? ' ' : c);
    }
  if (*p != '\0')
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

PangoLayout *
hc_chart_text_new (HcChartContext *ctx,
                   const char     *text,
                   HcTextRole      role)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (ctx->style->font_family);
  PangoLayout *layout = pango_layout_new (ctx->pango);
  double size = ctx->unit;

  /* Each role keeps a readable size on a small canvas; the views make
   * room for it by showing less, never by shrinking it further. */
  switch (role)
    {
    case HC_TEXT_TITLE:
      size = MAX (ctx->unit * 1.45, HC_TEXT_MIN_SIZE * 1.45);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case HC_TEXT_VALUE:
      size = MAX (ctx->unit, HC_TEXT_MIN_SIZE * 1.1);
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      break;
    case HC_TEXT_SMALL:
      size = MAX (ctx->unit * 0.82, HC_TEXT_MIN_SIZE);
      break;
    case HC_TEXT_MINIMUM:
      /* Not much below the small text either: on a large canvas the
       * smallest readable size would be lost among the rest. */
      size = MAX (ctx->unit * 0.62, HC_TEXT_MIN_SIZE);
      break;
    case HC_TEXT_BODY:
    default:
      size = MAX (ctx->unit, HC_TEXT_MIN_SIZE * 1.1);
      break;
    }

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  /* The chart is laid out left to right, as a data graphic, in every
   * language: each text goes where the view measured it to go. Pango
   * would otherwise flip the alignment of a Hebrew or Arabic label and
   * push it across its bar; the bidi algorithm still orders the letters. */
  pango_layout_set_auto_dir (layout, FALSE);
  /* Every piece of text is one line: a label with line breaks in it must
   * not grow a bar's row to the height of a page. */
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  /* Labels come from files: always plain text, never markup. */
  if (text == NULL)
    text = "";
  if (needs_cleaning (text))
    {
      g_autofree char *clean = clean_text (text);
      pango_layout_set_text (layout, clean, -1);
    }
  else
    {
      pango_layout_set_text (layout, text, -1);
    }

  return layout;
}

/* TRUE when every line of @layout after the first starts after a space or
 * a hyphen: a label may wrap between its words, never inside one. */
gboolean
hc_chart_text_wraps_between_words (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  GSList *lines = pango_layout_get_lines_readonly (layout);

  for (GSList *l = lines != NULL ? lines->next : NULL; l != NULL; l = l->next)
    {
      const PangoLayoutLine *line = l->data;

      gunichar before;

      if (line->start_index <= 0)
        return FALSE;
      /* After a space, or after the hyphen of "Late-demographic". */
      before = g_utf8_get_char (g_utf8_prev_char (text + line->start_index));
      if (!g_unichar_isspace (before) && before != '-' && before != 0x2010)
        return FALSE;
    }

  return TRUE;
}

void
hc_chart_text_size (PangoLayout *layout,
                    double      *width,
                    double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

void
hc_chart_set_color (HcChartContext *ctx,
                    const HcColor  *color)
{
  cairo_set_source_rgba (ctx->cr, color->red, color->green, color->blue, color->alpha);
}

void
hc_chart_text_draw (HcChartContext *ctx,
                    PangoLayout    *layout,
                    double          x,
                    double          y,
                    const HcColor  *color)
{
  PangoRectangle logical;
  cairo_rectangle_t rect;

  /* A layout with a width and centred or right-aligned lines starts its
   * text to the right of its origin: record where the text really is. */
  pango_layout_get_extents (layout, NULL, &logical);
  rect.x = x + (double) logical.x / PANGO_SCALE;
  rect.y = y + (double) logical.y / PANGO_SCALE;
  rect.width = (double) logical.width / PANGO_SCALE;
  rect.height = (double) logical.height / PANGO_SCALE;
  g_array_append_val (ctx->layout->labels, rect);

  hc_chart_set_color (ctx, color);
  cairo_move_to (ctx->cr, x, y);
  pango_cairo_show_layout (ctx->cr, layout);
}

/* Draws @layout with its text centred on @cx, whatever its alignment. */
void
hc_chart_text_draw_centered (HcChartContext *ctx,
                             PangoLayout    *layout,
                             double          cx,
                             double          y,
                             const HcColor  *color)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  hc_chart_text_draw (ctx, layout,
                      cx - (logical.x + logical.width / 2.0) / PANGO_SCALE, y, color);
}

gboolean
hc_rect_intersects (const cairo_rectangle_t *a,
                    const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

void
hc_chart_draw_notice (HcChartContext *ctx,
                      const char     *message,
                      int             max_lines)
{
  g_autoptr(PangoLayout) text = hc_chart_text_new (ctx, message, HC_TEXT_BODY);
  double th;

  pango_layout_set_width (text, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (text, PANGO_WRAP_WORD);
  pango_layout_set_height (text, -max_lines);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  hc_chart_text_size (text, NULL, &th);
  if (th <= ctx->area.height)
    hc_chart_text_draw (ctx, text, ctx->area.x, ctx->area.y + (ctx->area.height - th) / 2,
                        &ctx->style->secondary);
}
