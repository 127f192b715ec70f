/* hc-chart-entries.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entries (figures and the "Other" they fold into), their colours, marks and the legend.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

/* ---- colours and entries ---------------------------------------------------- */

static guint
category_position (HcChartContext *ctx,
                   const HcFigure *figure)
{
  const char *category = figure->category != NULL ? figure->category : "";

  for (guint i = 0; i < ctx->categories->len; i++)
    if (g_str_equal (g_ptr_array_index (ctx->categories, i), category))
      return i;

  return 0;
}

guint
hc_chart_category_index (HcChartContext *ctx,
                         const HcFigure *figure)
{
  return category_position (ctx, figure) % HC_PALETTE_SIZE;
}

/* The name a view prints for a group of entries. */
const char *
hc_chart_group_name (HcChartContext *ctx,
                     guint           group)
{
  const char *name;

  if (group >= ctx->categories->len)
    return _("Other");

  name = g_ptr_array_index (ctx->categories, group);
  return *name ? name : _("Uncategorized");
}

static int
compare_group (gconstpointer a,
               gconstpointer b)
{
  const HcChartEntry *ea = a;
  const HcChartEntry *eb = b;

  return (ea->group > eb->group) - (ea->group < eb->group);
}

/* Categories in order of first appearance, the aggregate last; the sort
 * is stable, so entries keep their order within a category. */
void
hc_chart_entries_group (GArray *entries)
{
  g_array_sort (entries, compare_group);
}

const HcColor *
hc_chart_entry_color (HcChartContext     *ctx,
                      const HcChartEntry *entry)
{
  if (entry->figure < 0)
    return &ctx->style->secondary;

  return &ctx->style->palette[entry->color_index % HC_PALETTE_SIZE];
}

/* Text on a coloured mark: whichever of black and white reads better on
 * @fill (WCAG contrast), since the palette has both dark blues and a light
 * yellow. Pure black: the near-black of body text falls short of 4.5:1 on
 * the Okabe–Ito vermillion. */
const HcColor *
hc_chart_text_color_on (const HcColor *fill)
{
  static const HcColor black = { 0.0, 0.0, 0.0, 1.0 };
  static const HcColor white = { 1.0, 1.0, 1.0, 1.0 };
  double channels[3] = { fill->red, fill->green, fill->blue };
  double luminance = 0;
  static const double weights[3] = { 0.2126, 0.7152, 0.0722 };
  double black_luminance = 0.0;

  for (guint i = 0; i < 3; i++)
    {
      double c = channels[i];

      c = c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
      luminance += weights[i] * c;
    }

  /* Contrast against white is 1.05 / (L + 0.05), against black (L + 0.05) / (Lb + 0.05). */
  if (1.05 / (luminance + 0.05) >= (luminance + 0.05) / (black_luminance + 0.05))
    return &white;

  return &black;
}

char *
hc_chart_entry_value_text (const HcChartEntry *entry)
{
  return hc_number_format (entry->value, entry->approximate);
}

/* The two lines a view writes for an entry, its label (in @label_role)
 * over its value: the width of the wider and their total height. */
void
hc_chart_entry_text_size (HcChartContext     *ctx,
                          const HcChartEntry *entry,
                          HcTextRole          label_role,
                          double             *width,
                          double             *height)
{
  g_autofree char *value = hc_chart_entry_value_text (entry);
  g_autoptr(PangoLayout) l = hc_chart_text_new (ctx, entry->label, label_role);
  g_autoptr(PangoLayout) v = hc_chart_text_new (ctx, value, HC_TEXT_VALUE);
  double lw, lh, vw, vh;

  hc_chart_text_size (l, &lw, &lh);
  hc_chart_text_size (v, &vw, &vh);
  *width = MAX (lw, vw);
  *height = lh + vh;
}

/* The figures a view draws: all of them when they fit, otherwise the
 * largest @max_entries − 1 and one "Other (N figures)" entry for the rest,
 * so a file with thousands of rows still gives a readable chart. */
GArray *
hc_chart_entries (HcChartContext *ctx,
                  guint           max_entries,
                  gboolean        sorted)
{
  guint n = hc_dataset_get_n_figures (ctx->dataset);
  const guint *order = hc_dataset_peek_order (ctx->dataset);
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (HcChartEntry));
  guint shown = n;
  gboolean file_order;

  max_entries = MAX (max_entries, 2);
  if (n > max_entries)
    shown = max_entries - 1;
  file_order = !sorted && shown == n;
  ctx->other_value = 0;

  for (guint i = 0; i < shown; i++)
    {
      guint index = file_order ? i : order[i];
      const HcFigure *figure = hc_dataset_get_figure (ctx->dataset, index);
      HcChartEntry entry = {
        .figure = (int) index,
        .value = figure->value,
        .approximate = figure->approximate,
        .label = figure->label,
        .color_index = hc_chart_category_index (ctx, figure),
        .group = category_position (ctx, figure),
      };

      g_array_append_val (entries, entry);
    }

  if (shown < n)
    {
      HcChartEntry other = { .figure = -1, .group = ctx->categories->len };

      for (guint i = shown; i < n; i++)
        {
          const HcFigure *figure = hc_dataset_get_figure (ctx->dataset, order[i]);

          if (isfinite (figure->value))
            other.value += figure->value;
          other.approximate |= figure->approximate;
        }
      /* Figures near the largest double can sum past it: saturate, and
       * say the total is approximate rather than draw infinity. */
      if (!isfinite (other.value))
        {
          other.value = other.value > 0 ? DBL_MAX : -DBL_MAX;
          other.approximate = TRUE;
        }

      {
        g_autofree char *count = hc_number_format (n - shown, FALSE);

        g_free (ctx->other_label);
        /* Translators: %s is a number of figures, "Other (1,234 figures)". */
        ctx->other_label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "Other (%s figure)",
                                                         "Other (%s figures)", n - shown),
                                            count);
      }
      other.label = ctx->other_label;
      /* The axis must reach the aggregate too, or its bar would be cut. */
      ctx->other_value = other.value;
      g_array_append_val (entries, other);
    }

  return entries;
}

/* ---- marks ------------------------------------------------------------------- */

void
hc_chart_add_rect_mark (HcChartContext *ctx,
                        int             figure,
                        double          x,
                        double          y,
                        double          width,
                        double          height)
{
  HcMark mark = {
    .figure = figure,
    .shape = HC_MARK_RECT,
    .x = x, .y = y, .width = width, .height = height,
    .cx = x + width / 2, .cy = y + height / 2,
  };

  g_array_append_val (ctx->layout->marks, mark);
}

void
hc_chart_outline_focus (HcChartContext *ctx,
                        const HcMark   *mark)
{
  double line = MAX (2.0, ctx->unit * 0.14);
  double gap = line * 1.5;

  cairo_save (ctx->cr);
  hc_chart_set_color (ctx, &ctx->style->focus);
  cairo_set_line_width (ctx->cr, line);

  switch (mark->shape)
    {
    case HC_MARK_CIRCLE:
      cairo_new_sub_path (ctx->cr);
      cairo_arc (ctx->cr, mark->cx, mark->cy, mark->outer_radius + gap, 0, 2 * G_PI);
      break;
    case HC_MARK_WEDGE:
      cairo_arc (ctx->cr, mark->cx, mark->cy, mark->outer_radius + gap, mark->angle1, mark->angle2);
      cairo_arc_negative (ctx->cr, mark->cx, mark->cy, MAX (mark->inner_radius - gap, 0),
                          mark->angle2, mark->angle1);
      cairo_close_path (ctx->cr);
      break;
    case HC_MARK_RECT:
    default:
      cairo_rectangle (ctx->cr, mark->x - gap, mark->y - gap,
                       mark->width + 2 * gap, mark->height + 2 * gap);
      break;
    }

  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}
