/* hc-chart-shares.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shares within each category: one donut per category that has two or
 * more figures, each slice's angle proportional to the figure's share of
 * the figures shown in that category (not of any wider total, which the
 * titles say). Percentages sit on the slices, or beside thin ones with a
 * leader line; a key under each donut names the slices. Categories with a
 * single figure have no share to show and are listed as text instead. The
 * figures folded into "Other" (the same as in every view) are folded
 * within their category: a share is of the category's figures.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

#define MAX_DONUTS 6
/* Past this many slices a donut is unreadable: the smallest are merged. */
#define MAX_SLICES 6

/* Where the first slice starts: twelve o'clock, going clockwise. */
#define START_ANGLE (-G_PI / 2)

typedef struct
{
  guint group;
  guint first;    /* into the grouped entries */
  guint n;
  double total;
} Group;

static double
share_value (const HcChartEntry *entry)
{
  return isfinite (entry->value) && entry->value > 0 ? entry->value : 0;
}

/* Slices after the first are lighter tints of the category colour, so a
 * donut reads as one category and its slices stay apart. */
static HcColor
slice_color (HcChartContext     *ctx,
             const HcChartEntry *entry,
             guint               position)
{
  const HcColor *base = hc_chart_entry_color (ctx, entry);
  const HcColor *bg = &ctx->style->background;
  double t = position == 0 ? 0 : MIN (0.3 + 0.15 * (position - 1), 0.75);
  HcColor color = {
    base->red + (bg->red - base->red) * t,
    base->green + (bg->green - base->green) * t,
    base->blue + (bg->blue - base->blue) * t,
    1.0,
  };

  return color;
}

/* A percentage set outside its slice. */
typedef struct
{
  PangoLayout *layout;
  double       mid;      /* angle of the slice's middle */
  double       y;        /* centre of the text */
  double       width, height;
  gboolean     right;    /* on the right of the donut */
} Outside;

static int
compare_outside (gconstpointer a,
                 gconstpointer b)
{
  const Outside *oa = a;
  const Outside *ob = b;

  return (oa->y > ob->y) - (oa->y < ob->y);
}

static PangoLayout *
title_new (HcChartContext *ctx,
           const Group    *group,
           double          width)
{
  g_autofree char *text = NULL;
  PangoLayout *title;

  /* Translators: the title of one donut; the shares are of the figures in
   * the chart, not of a whole population. */
  text = g_strdup_printf (_("%s (of the figures shown)"), hc_chart_group_name (ctx, group->group));
  title = hc_chart_text_new (ctx, text, HC_TEXT_VALUE);
  pango_layout_set_width (title, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (title, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (title, -2);
  pango_layout_set_alignment (title, PANGO_ALIGN_CENTER);

  return title;
}

static PangoLayout *
key_line_new (HcChartContext     *ctx,
              const HcChartEntry *entry,
              double              width)
{
  g_autofree char *value = hc_chart_entry_value_text (entry);
  g_autofree char *text = g_strdup_printf ("%s  %s", entry->label, value);
  PangoLayout *line = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);

  pango_layout_set_width (line, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (line, PANGO_ELLIPSIZE_MIDDLE);

  return line;
}

static void
draw_donut (HcChartContext *ctx,
            GArray         *entries,
            const Group    *group,
            double          cell_x,
            double          cell_y,
            double          cell_w,
            double          cell_h)
{
  g_autoptr(PangoLayout) title = title_new (ctx, group, cell_w - ctx->unit);
  g_autoptr(PangoLayout) probe = hc_chart_text_new (ctx, "100 %", HC_TEXT_SMALL);
  double title_h, key_h = 0, line_h, pct_w, pct_h;
  double lead = ctx->unit * 0.9;
  double swatch = ctx->unit * 0.7;
  double outer, inner, cx, cy, angle, key_w = 0, key_x;
  g_autofree Outside *outside = NULL;
  guint n_key, n_outside = 0;

  hc_chart_text_size (title, NULL, &title_h);
  hc_chart_text_size (probe, &pct_w, &pct_h);
  {
    g_autoptr(PangoLayout) line = hc_chart_text_new (ctx, "0", HC_TEXT_SMALL);
    double available;

    /* In a cramped cell the ring keeps a readable size and the key shows
     * the largest slices only; each slice still has its percentage. */
    hc_chart_text_size (line, NULL, &line_h);
    available = cell_h - title_h - ctx->unit * 1.2 - 2 * (ctx->unit * 1.5 + pct_h + lead * 0.5);
    n_key = (guint) CLAMP (floor (available / line_h), 0, group->n);
  }
  for (guint i = 0; i < n_key; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, group->first + i);
      g_autoptr(PangoLayout) line = key_line_new (ctx, entry, cell_w - swatch * 2);
      double w;

      hc_chart_text_size (line, &w, &line_h);
      key_w = MAX (key_w, w);
      key_h += line_h;
    }

  /* Room around the ring for percentages set outside thin slices. */
  outer = MIN ((cell_w - ctx->unit) / 2 - pct_w - lead * 1.3 - ctx->unit * 0.2,
               (cell_h - title_h - key_h - ctx->unit * 1.2) / 2 - pct_h - lead * 0.5);
  if (outer < ctx->unit)
    return;
  outer = MIN (outer, ctx->unit * 14);
  inner = outer * 0.58;
  cx = cell_x + cell_w / 2;
  cy = cell_y + title_h + ctx->unit * 0.4 + pct_h + lead * 0.5 + outer;

  hc_chart_text_draw_centered (ctx, title, cx, cell_y, &ctx->style->foreground);

  angle = START_ANGLE;
  for (guint i = 0; i < group->n; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, group->first + i);
      double share = group->total > 0 ? share_value (entry) / group->total : 0;
      double sweep = 2 * G_PI * share;
      HcColor color = slice_color (ctx, entry, i);
      HcMark mark = {
        .shape = HC_MARK_WEDGE,
        .x = cx - outer, .y = cy - outer, .width = 2 * outer, .height = 2 * outer,
        .cx = cx, .cy = cy,
        .inner_radius = inner, .outer_radius = outer,
        .angle1 = angle, .angle2 = angle + sweep,
      };

      hc_chart_set_color (ctx, &color);
      cairo_new_path (ctx->cr);
      cairo_arc (ctx->cr, cx, cy, outer, angle, angle + sweep);
      cairo_arc_negative (ctx->cr, cx, cy, inner, angle + sweep, angle);
      cairo_close_path (ctx->cr);
      cairo_fill (ctx->cr);
      hc_chart_add_mark (ctx, entry, &mark);
      angle += sweep;
    }

  /* Background lines between slices, over the fill so the angles stay exact. */
  if (group->n > 1)
    {
      cairo_save (ctx->cr);
      hc_chart_set_color (ctx, &ctx->style->background);
      cairo_set_line_width (ctx->cr, MAX (1.5, ctx->unit / 8));
      angle = START_ANGLE;
      for (guint i = 0; i < group->n; i++)
        {
          const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, group->first + i);

          cairo_move_to (ctx->cr, cx + inner * cos (angle), cy + inner * sin (angle));
          cairo_line_to (ctx->cr, cx + outer * cos (angle), cy + outer * sin (angle));
          angle += group->total > 0 ? 2 * G_PI * share_value (entry) / group->total : 0;
        }
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);
    }

  /* Percentages: on the slice when its middle arc is long enough for the
   * text, otherwise outside with a leader line. Outside labels are sorted
   * top to bottom on each side and pushed apart, so they never touch. */
  outside = g_new0 (Outside, group->n);
  angle = START_ANGLE;
  for (guint i = 0; i < group->n; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, group->first + i);
      double share = group->total > 0 ? share_value (entry) / group->total : 0;
      double sweep = 2 * G_PI * share;
      double mid = angle + sweep / 2;
      double ring_r = (inner + outer) / 2;
      g_autofree char *text = hc_number_format_percent (share);
      g_autoptr(PangoLayout) pct = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
      HcColor color = slice_color (ctx, entry, i);
      double w, h;

      hc_chart_text_size (pct, &w, &h);
      angle += sweep;

      if (sweep * ring_r >= w * 1.2 && outer - inner >= h * 1.1)
        {
          double x = cx + ring_r * cos (mid);
          double y = cy + ring_r * sin (mid);

          hc_chart_text_draw (ctx, pct, x - w / 2, y - h / 2, hc_chart_text_color_on (&color));
        }
      else
        {
          Outside *o = &outside[n_outside++];

          o->layout = g_steal_pointer (&pct);
          o->mid = mid;
          o->right = cos (mid) >= 0;
          o->y = cy + (outer + lead * 0.7) * sin (mid);
          o->width = w;
          o->height = h;
        }
    }

  qsort (outside, n_outside, sizeof (Outside), compare_outside);
  for (int side = 0; side < 2; side++)
    {
      double floor_y = -G_MAXDOUBLE;

      for (guint i = 0; i < n_outside; i++)
        {
          Outside *o = &outside[i];
          double x0, y0, x1, x2;

          if (o->right != side)
            continue;

          o->y = MAX (o->y, floor_y + o->height / 2);
          floor_y = o->y + o->height / 2;
          /* One that would run into the key is left out: the key has the value. */
          if (o->y + o->height / 2 > cy + outer + pct_h + lead * 0.5)
            continue;

          x0 = cx + outer * cos (o->mid);
          y0 = cy + outer * sin (o->mid);
          x1 = cx + (outer + lead * 0.7) * cos (o->mid);
          x2 = o->right ? x1 + lead * 0.4 : x1 - lead * 0.4;

          cairo_save (ctx->cr);
          hc_chart_set_color (ctx, &ctx->style->secondary);
          cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 14));
          cairo_move_to (ctx->cr, x0, y0);
          cairo_line_to (ctx->cr, x1, o->y);
          cairo_line_to (ctx->cr, x2, o->y);
          cairo_stroke (ctx->cr);
          cairo_restore (ctx->cr);

          hc_chart_text_draw (ctx, o->layout,
                              o->right ? x2 + ctx->unit * 0.2 : x2 - ctx->unit * 0.2 - o->width,
                              o->y - o->height / 2, &ctx->style->foreground);
        }
    }
  for (guint i = 0; i < n_outside; i++)
    g_clear_object (&outside[i].layout);

  /* The key names the slices, in the order they run from twelve o'clock. */
  key_x = cx - (swatch + ctx->unit * 0.4 + key_w) / 2;
  key_x = MAX (key_x, cell_x + ctx->unit * 0.5);
  {
    double y = cy + outer + pct_h + lead * 0.5 + ctx->unit * 0.2;

    for (guint i = 0; i < n_key; i++)
      {
        const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, group->first + i);
        g_autoptr(PangoLayout) line = key_line_new (ctx, entry,
                                                    cell_x + cell_w - key_x - swatch -
                                                    ctx->unit * 0.9);
        HcColor color = slice_color (ctx, entry, i);
        double h;

        hc_chart_text_size (line, NULL, &h);
        hc_chart_set_color (ctx, &color);
        cairo_rectangle (ctx->cr, key_x, y + (h - swatch) / 2, swatch, swatch);
        cairo_fill (ctx->cr);
        hc_chart_text_draw (ctx, line, key_x + swatch + ctx->unit * 0.4, y, &ctx->style->foreground);
        y += h;
      }
  }
}

/* The room to ask the entries for: the most, up to every view's limit,
 * with which no category's donut gets more than MAX_SLICES slices, its
 * "Other" included. */
static guint
shares_capacity (HcChartContext *ctx)
{
  guint n = hc_dataset_get_n_figures (ctx->dataset);
  guint n_groups = ctx->categories->len;
  const guint *order = hc_dataset_peek_order (ctx->dataset);
  g_autofree guint *totals = g_new0 (guint, n_groups + 1);
  g_autofree guint *shown_in = g_new0 (guint, n_groups + 1);
  g_autofree guint *groups = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      groups[i] = hc_chart_category_position (ctx, hc_dataset_get_figure (ctx->dataset, order[i]));
      totals[groups[i]]++;
    }

  for (guint capacity = HC_CHART_MAX_ENTRIES; capacity > 2; capacity--)
    {
      guint shown = hc_chart_entries_shown (ctx, capacity);
      gboolean fits = TRUE;

      memset (shown_in, 0, sizeof (guint) * (n_groups + 1));
      for (guint i = 0; i < shown; i++)
        shown_in[groups[i]]++;
      for (guint g = 0; g < n_groups && fits; g++)
        fits = shown_in[g] + (totals[g] > shown_in[g] ? 1 : 0) <= MAX_SLICES;
      if (fits)
        return capacity;
    }

  return 2;
}

void
hc_chart_draw_shares (HcChartContext *ctx)
{
  g_autoptr(GArray) entries = hc_chart_entries (ctx, shares_capacity (ctx),
                                                HC_ENTRIES_SORTED | HC_ENTRIES_FOLD_BY_GROUP);
  g_autoptr(GArray) donuts = g_array_new (FALSE, TRUE, sizeof (Group));
  g_autoptr(GArray) singles = g_array_new (FALSE, TRUE, sizeof (Group));
  double list_h = 0, line_h, cell_w, cell_h, y;
  guint cols, rows;

  if (hc_chart_refuse_rates (ctx))
    return;

  hc_chart_draw_fold_note (ctx);
  hc_chart_entries_group (entries);

  for (guint first = 0; first < entries->len;)
    {
      Group group = { .group = g_array_index (entries, HcChartEntry, first).group, .first = first };

      while (first < entries->len && g_array_index (entries, HcChartEntry, first).group == group.group)
        {
          group.total += share_value (&g_array_index (entries, HcChartEntry, first));
          group.n++;
          first++;
        }

      if (group.n >= 2 && group.total > 0 && donuts->len < MAX_DONUTS)
        g_array_append_val (donuts, group);
      else
        g_array_append_val (singles, group);
    }

  {
    g_autoptr(PangoLayout) probe = hc_chart_text_new (ctx, "0", HC_TEXT_BODY);

    hc_chart_text_size (probe, NULL, &line_h);
  }
  for (guint i = 0; i < singles->len; i++)
    list_h += g_array_index (singles, Group, i).n * line_h;
  /* Keep the list from pushing the donuts out: past half the space the
   * remaining lines are left out (they are still in the description). */
  list_h = MIN (list_h, floor (ctx->area.height * 0.5 / line_h) * line_h);

  if (donuts->len > 0)
    {
      cols = donuts->len <= 3 ? donuts->len : (donuts->len + 1) / 2;
      rows = (donuts->len + cols - 1) / cols;
      cell_w = ctx->area.width / cols;
      cell_h = (ctx->area.height - (list_h > 0 ? list_h + ctx->unit : 0)) / rows;

      for (guint i = 0; i < donuts->len; i++)
        draw_donut (ctx, entries, &g_array_index (donuts, Group, i),
                    ctx->area.x + cell_w * (i % cols), ctx->area.y + cell_h * (i / cols),
                    cell_w, cell_h);
    }

  /* A category with one figure has no shares: say what it is in words. */
  y = ctx->area.y + ctx->area.height - list_h;
  for (guint i = 0; i < singles->len; i++)
    {
      const Group *group = &g_array_index (singles, Group, i);

      for (guint j = 0; j < group->n; j++)
        {
          const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, group->first + j);
          g_autofree char *value = hc_chart_entry_value_text (entry);
          g_autofree char *text = NULL;
          g_autoptr(PangoLayout) line = NULL;
          double swatch = ctx->unit * 0.8, x = ctx->area.x, w, h;

          if (y + line_h > ctx->area.y + ctx->area.height + 0.5)
            break;

          if (entry->figure < 0)
            {
              g_autofree char *total = hc_chart_other_total_text (entry);

              /* Translators: a category all of whose figures are added up
               * in "Other", listed under the donuts: "Casualties: Other
               * (3 figures), 1,200 together". */
              text = g_strdup_printf (_("%s: %s, %s"), hc_chart_group_name (ctx, group->group),
                                      entry->label, total);
            }
          else
            {
              /* Translators: a category with a single figure, listed under the
               * donuts: "Casualties: Dead, 1998–99 war ≈ 10,000 (one figure, no shares)". */
              text = g_strdup_printf (_("%s: %s %s (a single figure, no shares to show)"),
                                      hc_chart_group_name (ctx, group->group), entry->label, value);
            }
          line = hc_chart_text_new (ctx, text, HC_TEXT_BODY);
          pango_layout_set_width (line, (int) (MAX (ctx->area.width - swatch * 1.6, 1) * PANGO_SCALE));
          pango_layout_set_ellipsize (line, PANGO_ELLIPSIZE_MIDDLE);
          hc_chart_text_size (line, &w, &h);

          hc_chart_set_color (ctx, hc_chart_entry_color (ctx, entry));
          cairo_rectangle (ctx->cr, x, y + (h - swatch) / 2, swatch, swatch);
          cairo_fill (ctx->cr);
          hc_chart_text_draw (ctx, line, x + swatch * 1.6, y, &ctx->style->foreground);
          hc_chart_add_rect_mark (ctx, entry, x, y, swatch * 1.6 + w, h);
          y += h;
        }
    }
}
