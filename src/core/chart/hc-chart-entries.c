/* hc-chart-entries.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entries (figures and the "Other" they fold into), their colours, marks and the legend.
 */
#include "config.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

/* ---- colours and entries ---------------------------------------------------- */

/* The index of @figure's category in ctx->categories. */
guint
hc_chart_category_position (HcChartContext *ctx,
                            const HcFigure *figure)
{
  const char *category = figure->category != NULL ? figure->category : "";
  gpointer position;

  /* Looked up for every figure of a file with thousands of categories. */
  if (ctx->category_positions == NULL)
    {
      ctx->category_positions = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = ctx->categories->len; i > 0; i--)
        g_hash_table_insert (ctx->category_positions, g_ptr_array_index (ctx->categories, i - 1),
                             GUINT_TO_POINTER (i - 1));
    }

  if (g_hash_table_lookup_extended (ctx->category_positions, category, NULL, &position))
    return GPOINTER_TO_UINT (position);

  return 0;
}

guint
hc_chart_category_index (HcChartContext *ctx,
                         const HcFigure *figure)
{
  return hc_chart_category_position (ctx, figure) % HC_PALETTE_SIZE;
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

/* How many figures a view with room for @capacity entries shows one by
 * one: all of them when they fit, otherwise one fewer than the room, so
 * that "Other" takes the last place and always holds two figures or more.
 * The room is never more than HC_CHART_MAX_ENTRIES, whatever the view. */
guint
hc_chart_entries_shown (HcChartContext *ctx,
                        guint           capacity)
{
  guint n = hc_dataset_get_n_figures (ctx->dataset);
  guint limit = CLAMP (capacity, 2, HC_CHART_MAX_ENTRIES);

  return n <= limit ? n : limit - 1;
}

gboolean
hc_chart_entries_fold (HcChartContext *ctx,
                       guint           capacity)
{
  return hc_chart_entries_shown (ctx, capacity) < hc_dataset_get_n_figures (ctx->dataset);
}

static PangoLayout *
fold_note_new (HcChartContext *ctx,
               guint           shown,
               guint           folded)
{
  guint n = shown + folded;
  g_autofree char *shown_text = hc_number_format (shown, FALSE);
  g_autofree char *n_text = hc_number_format (n, FALSE);
  g_autofree char *folded_text = hc_number_format (folded, FALSE);
  g_autofree char *text = NULL;
  PangoLayout *note;

  if (hc_dataset_is_rate (ctx->dataset))
    text = hc_chart_range_fold_note (ctx, shown, folded);
  else if (!ctx->other_written)
    /* Translators: the rule of "Other", under a chart: "The 19 largest of
     * 188 figures are shown; Other adds up the other 169." The plural
     * follows the last number. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %1$s largest of %2$s figures "
                                         "are shown; Other adds up the other %3$s.",
                                         "The %1$s largest of %2$s figures "
                                         "are shown; Other adds up the other %3$s.",
                                         hc_chart_plural_n (folded)),
                            shown_text, n_text, folded_text);
  else
    /* Translators: the rule of "Other" in a bar, column or circle chart,
     * where the sum is written out, not drawn among the figures: "The 19
     * largest of 188 figures are drawn; Other adds up the other 169,
     * written out rather than drawn." The plural follows the last number. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %1$s largest of %2$s figures "
                                         "are drawn; Other adds up the other %3$s, written out "
                                         "rather than drawn.",
                                         "The %1$s largest of %2$s figures "
                                         "are drawn; Other adds up the other %3$s, written out "
                                         "rather than drawn.",
                                         hc_chart_plural_n (folded)),
                            shown_text, n_text, folded_text);

  note = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
  /* Two lines rather than an ellipsis: the rule must be read whole. */
  pango_layout_set_width (note, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (note, PANGO_WRAP_WORD);
  pango_layout_set_height (note, -2);
  pango_layout_set_ellipsize (note, PANGO_ELLIPSIZE_END);

  return note;
}

/* The room the rule of "Other" takes under the chart, when figures are folded. */
double
hc_chart_fold_note_height (HcChartContext *ctx)
{
  guint n = hc_dataset_get_n_figures (ctx->dataset);
  g_autoptr(PangoLayout) note = fold_note_new (ctx, n, n);
  double height;

  hc_chart_text_size (note, NULL, &height);
  return height + ctx->unit * 0.5;
}

/* Writes the rule of "Other" in a line at the bottom of the area, which
 * that line is taken from, when the last entries a view asked for folded
 * figures; nothing otherwise. */
void
hc_chart_draw_fold_note (HcChartContext *ctx)
{
  g_autoptr(PangoLayout) note = NULL;
  double height;

  if (ctx->layout->n_folded == 0)
    return;

  note = fold_note_new (ctx, ctx->layout->n_shown, ctx->layout->n_folded);

  hc_chart_text_size (note, NULL, &height);
  hc_chart_text_draw (ctx, note, ctx->area.x, ctx->area.y + ctx->area.height - height,
                      &ctx->style->secondary);
  ctx->area.height = MAX (ctx->area.height - height - ctx->unit * 0.5, 1);
}

char *
hc_chart_layout_take_text (HcChartContext *ctx,
                           char           *text)
{
  g_ptr_array_add (ctx->layout->texts, text);
  return text;
}

/* "2,008,317,250 together": the value of an aggregate where it is written
 * rather than drawn. */
char *
hc_chart_other_total_text (const HcChartEntry *entry)
{
  g_autofree char *value = hc_chart_entry_value_text (entry);

  if (entry->total_text != NULL)
    return g_strdup (entry->total_text);
  /* Translators: the sum of the figures in "Other", written in place of a bar. */
  return g_strdup_printf (_("%s together"), value);
}

/* The figures of an aggregate listed in its tooltip, the largest first,
 * each label cut to a tooltip's width: a file may hold a megabyte in one
 * field. */
#define SUMMARY_FIGURES 5
#define SUMMARY_LABEL_CHARS 60

static char *
summary_label (const char *label)
{
  GString *out = g_string_new (NULL);
  const char *p = label != NULL ? label : "";
  guint n;

  for (n = 0; *p != '\0' && n < SUMMARY_LABEL_CHARS; n++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, g_unichar_iscntrl (c) ? ' ' : c);
    }
  if (*p != '\0')
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}

/* "Other (169 figures)" for @count figures of @indices (largest first),
 * with its sum and, for its tooltip, the largest of them by name. */
static HcChartEntry
other_entry (HcChartContext *ctx,
             const guint    *indices,
             guint           count,
             guint           group)
{
  HcChartEntry other = { .figure = -1, .group = group, .n_figures = count };
  g_autofree char *count_text = hc_number_format (count, FALSE);
  g_autofree char *total = NULL;
  GString *summary = g_string_new (NULL);
  char *label;

  for (guint i = 0; i < count; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (ctx->dataset, indices[i]);

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
  /* Rates are not added up: "Other" gives their span instead. */
  hc_chart_range_fold_rates (ctx, &other, indices, count);
  if (count > 0)
    other.color_index = hc_chart_category_index (ctx, hc_dataset_get_figure (ctx->dataset,
                                                                             indices[0]));

  /* Translators: %s is a number of figures, "Other (1,234 figures)". */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Other (%s figure)", "Other (%s figures)",
                                        hc_chart_plural_n (count)),
                           count_text);
  other.label = hc_chart_layout_take_text (ctx, label);

  total = hc_chart_other_total_text (&other);
  /* Translators: the first line of the tooltip of "Other": "Other (169
   * figures): 2,008,317,250 together". */
  g_string_append_printf (summary, _("%s: %s"), other.label, total);
  for (guint i = 0; i < MIN (count, SUMMARY_FIGURES); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (ctx->dataset, indices[i]);
      g_autofree char *name = summary_label (figure->label);
      g_autofree char *value = hc_number_format (figure->value, figure->approximate);

      g_string_append_c (summary, '\n');
      g_string_append_printf (summary, _("%s: %s"), name, value);
    }
  if (count > SUMMARY_FIGURES)
    {
      const HcFigure *smallest = hc_dataset_get_figure (ctx->dataset, indices[count - 1]);
      g_autofree char *rest = hc_number_format (count - SUMMARY_FIGURES, FALSE);
      g_autofree char *value = hc_number_format (smallest->value, smallest->approximate);

      g_string_append_c (summary, '\n');
      /* Translators: the last line of the tooltip of "Other": "… and 164
       * more, down to 10,000". */
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "… and %s more, down to %s",
                                                    "… and %s more, down to %s",
                                                    hc_chart_plural_n (count - SUMMARY_FIGURES)),
                              rest, value);
    }
  other.summary = hc_chart_layout_take_text (ctx, g_string_free (summary, FALSE));

  return other;
}

static guint
figure_group (HcChartContext *ctx,
              guint           index)
{
  return hc_chart_category_position (ctx, hc_dataset_get_figure (ctx->dataset, index));
}

static int
compare_index (const void *a,
               const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The entries a view with room for @capacity entries draws: every figure
 * when they fit, otherwise the largest and one "Other (N figures)" for
 * the rest (one per category with HC_ENTRIES_FOLD_BY_GROUP), so that a
 * file with thousands of rows still gives a readable chart. A view that
 * keeps them calls hc_chart_draw_fold_note() to state the rule. */
GArray *
hc_chart_entries (HcChartContext *ctx,
                  guint           capacity,
                  HcEntriesFlags  flags)
{
  guint n = hc_dataset_get_n_figures (ctx->dataset);
  const guint *order = hc_dataset_peek_order (ctx->dataset);
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (HcChartEntry));
  guint shown = hc_chart_entries_shown (ctx, capacity);
  gboolean ordered = hc_dataset_is_ordered (ctx->dataset);
  gboolean file_order = (ordered || !(flags & HC_ENTRIES_SORTED)) && shown == n;
  g_autofree guint *kept = NULL;

  /* Age bands and months keep their order, the largest of them too when
   * the rest are folded. */
  if (ordered && !file_order)
    {
      kept = g_memdup2 (order, sizeof (guint) * shown);
      qsort (kept, shown, sizeof (guint), compare_index);
    }

  for (guint i = 0; i < shown; i++)
    {
      guint index = file_order ? i : kept != NULL ? kept[i] : order[i];
      const HcFigure *figure = hc_dataset_get_figure (ctx->dataset, index);
      HcChartEntry entry = {
        .figure = (int) index,
        .value = figure->value,
        .approximate = figure->approximate,
        .label = figure->label,
        .color_index = hc_chart_category_index (ctx, figure),
        .group = hc_chart_category_position (ctx, figure),
        .n_figures = 1,
      };

      g_array_append_val (entries, entry);
    }

  ctx->layout->n_shown = shown;
  ctx->layout->n_folded = n - shown;
  if (shown == n)
    return entries;

  if (flags & HC_ENTRIES_FOLD_BY_GROUP)
    {
      /* The folded figures category by category, each still largest first. */
      g_autofree guint *starts = g_new0 (guint, ctx->categories->len + 1);
      g_autofree guint *by_group = g_new (guint, n - shown);
      g_autofree guint *fill = NULL;

      for (guint i = shown; i < n; i++)
        starts[figure_group (ctx, order[i]) + 1]++;
      for (guint g = 0; g < ctx->categories->len; g++)
        starts[g + 1] += starts[g];
      fill = g_memdup2 (starts, sizeof (guint) * (ctx->categories->len + 1));
      for (guint i = shown; i < n; i++)
        {
          guint g = figure_group (ctx, order[i]);

          by_group[fill[g]++] = order[i];
        }
      for (guint g = 0; g < ctx->categories->len; g++)
        if (starts[g + 1] > starts[g])
          {
            HcChartEntry other = other_entry (ctx, by_group + starts[g],
                                              starts[g + 1] - starts[g], g);

            g_array_append_val (entries, other);
          }
    }
  else
    {
      HcChartEntry other = other_entry (ctx, order + shown, n - shown, ctx->categories->len);

      g_array_append_val (entries, other);
    }

  return entries;
}

/* ---- marks ------------------------------------------------------------------- */

/* Records @mark as where @entry was drawn. */
void
hc_chart_add_mark (HcChartContext     *ctx,
                   const HcChartEntry *entry,
                   HcMark             *mark)
{
  mark->figure = entry->figure;
  mark->n_figures = entry->n_figures;
  mark->summary = entry->summary;
  /* Bounds and rates say more than a plain tooltip would. */
  if (mark->summary == NULL)
    mark->summary = hc_chart_range_tooltip (ctx, entry->figure);
  mark->series = -1;
  mark->point = -1;
  g_array_append_val (ctx->layout->marks, *mark);
}

void
hc_chart_add_rect_mark (HcChartContext     *ctx,
                        const HcChartEntry *entry,
                        double              x,
                        double              y,
                        double              width,
                        double              height)
{
  HcMark mark = {
    .shape = HC_MARK_RECT,
    .x = x, .y = y, .width = width, .height = height,
    .cx = x + width / 2, .cy = y + height / 2,
  };

  hc_chart_add_mark (ctx, entry, &mark);
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
    case HC_MARK_PATH:
      /* A country's own outline, and a ring round it when it is too
       * small for its outline to be seen. */
      cairo_new_path (ctx->cr);
      for (guint r = 0, start = 0; mark->path != NULL && r < mark->path->n_rings; r++)
        {
          for (guint i = start; i < mark->path->ring_ends[r]; i++)
            if (i == start)
              cairo_move_to (ctx->cr, mark->path->points[2 * i], mark->path->points[2 * i + 1]);
            else
              cairo_line_to (ctx->cr, mark->path->points[2 * i], mark->path->points[2 * i + 1]);
          cairo_close_path (ctx->cr);
          start = mark->path->ring_ends[r];
        }
      if (mark->width < line * 6 && mark->height < line * 6)
        {
          cairo_new_sub_path (ctx->cr);
          cairo_arc (ctx->cr, mark->cx, mark->cy, line * 4 + gap, 0, 2 * G_PI);
        }
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
