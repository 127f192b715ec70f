/* hc-chart-treemap.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A squarified treemap (Bruls, Huizing and van Wijk, 2000): the map is
 * divided first among the categories, then each category's rectangle among
 * its figures, every rectangle's area proportional to its value. A
 * figure's label and value go inside its rectangle when they fit there,
 * turned upright in a tall thin one. A rectangle too small for them that
 * lies on the right edge of the map is named in a column beside it, its
 * leader line crossing no other rectangle; any other goes unlabelled and
 * its tooltip names it: leader lines out of the middle of a map of many
 * small rectangles would cross the others and run together.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

typedef struct
{
  double            area;
  cairo_rectangle_t rect;
  guint             index;    /* into the caller's array */
} Tile;

/* The worst aspect ratio in a row of tiles of total @sum laid along a side
 * of length @side: the quantity the squarify algorithm keeps low. */
static double
worst_ratio (const Tile *tiles,
             guint       n,
             double      side)
{
  double sum = 0, lo = G_MAXDOUBLE, hi = 0;

  for (guint i = 0; i < n; i++)
    {
      sum += tiles[i].area;
      lo = MIN (lo, tiles[i].area);
      hi = MAX (hi, tiles[i].area);
    }
  if (lo <= 0 || sum <= 0)
    return G_MAXDOUBLE;

  return MAX (side * side * hi / (sum * sum), (sum * sum) / (side * side * lo));
}

static int
compare_tiles (gconstpointer a,
               gconstpointer b)
{
  const Tile *ta = a;
  const Tile *tb = b;

  return (ta->area < tb->area) - (ta->area > tb->area);
}

/* Fills @rect with @tiles, largest first, whose areas must add up to the
 * rectangle's. Each row grows along the shorter side for as long as that
 * brings its worst aspect ratio down, then the row is fixed and the rest
 * of the rectangle is filled the same way. */
static void
squarify (Tile              *tiles,
          guint              n,
          cairo_rectangle_t  rect)
{
  guint start = 0;

  qsort (tiles, n, sizeof (Tile), compare_tiles);

  while (start < n && tiles[start].area > 0)
    {
      gboolean wide = rect.width >= rect.height;
      double side = wide ? rect.height : rect.width;
      double current = worst_ratio (&tiles[start], 1, side);
      double row_sum = tiles[start].area, thickness, along;
      guint end = start + 1;

      while (end < n && tiles[end].area > 0)
        {
          double next = worst_ratio (&tiles[start], end - start + 1, side);

          if (next > current)
            break;
          current = next;
          row_sum += tiles[end].area;
          end++;
        }

      /* The last row takes whatever is left, so rounding never leaves a
       * sliver of empty map. */
      thickness = side > 0 ? row_sum / side : 0;
      if (end == n || tiles[end].area <= 0)
        thickness = wide ? rect.width : rect.height;

      along = wide ? rect.y : rect.x;
      for (guint i = start; i < end; i++)
        {
          double length = thickness > 0 ? tiles[i].area / thickness : 0;

          if (i == end - 1)
            length = (wide ? rect.y + rect.height : rect.x + rect.width) - along;
          if (wide)
            tiles[i].rect = (cairo_rectangle_t) { rect.x, along, thickness, length };
          else
            tiles[i].rect = (cairo_rectangle_t) { along, rect.y, length, thickness };
          along += length;
        }

      if (wide)
        {
          rect.x += thickness;
          rect.width = MAX (rect.width - thickness, 0);
        }
      else
        {
          rect.y += thickness;
          rect.height = MAX (rect.height - thickness, 0);
        }
      start = end;
    }

  /* Nothing to show for zero: a point where the map ends. */
  for (guint i = start; i < n; i++)
    tiles[i].rect = (cairo_rectangle_t) { rect.x, rect.y, 0, 0 };
}

typedef struct
{
  const HcChartEntry *entry;
  cairo_rectangle_t   rect;       /* exact, area ∝ value */
  PangoLayout        *label;      /* owned; NULL when the text does not go inside */
  PangoLayout        *value;
  gboolean            upright;    /* the text reads bottom to top */
} Cell;

static void
cells_clear (Cell  *cells,
             guint  n)
{
  for (guint i = 0; i < n; i++)
    {
      g_clear_object (&cells[i].label);
      g_clear_object (&cells[i].value);
    }
}

/* Lays the cells out in @map: categories first, then figures within them. */
static void
layout_cells (GArray                  *entries,
              Cell                    *cells,
              const cairo_rectangle_t *map)
{
  g_autoptr(GArray) groups = g_array_new (FALSE, TRUE, sizeof (Tile));
  double total = 0, scale;

  for (guint i = 0; i < entries->len; i++)
    {
      const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
      double value = isfinite (entry->value) ? MAX (entry->value, 0) : 0;
      guint g;

      for (g = 0; g < groups->len; g++)
        if (g_array_index (groups, Tile, g).index == entry->group)
          break;
      if (g == groups->len)
        {
          Tile tile = { .index = entry->group };
          g_array_append_val (groups, tile);
        }
      g_array_index (groups, Tile, g).area += value;
      total += value;
    }

  scale = total > 0 ? map->width * map->height / total : 0;
  for (guint g = 0; g < groups->len; g++)
    g_array_index (groups, Tile, g).area *= scale;
  squarify ((Tile *) (gpointer) groups->data, groups->len, *map);

  for (guint g = 0; g < groups->len; g++)
    {
      const Tile *group = &g_array_index (groups, Tile, g);
      g_autoptr(GArray) tiles = g_array_new (FALSE, TRUE, sizeof (Tile));

      for (guint i = 0; i < entries->len; i++)
        {
          const HcChartEntry *entry = &g_array_index (entries, HcChartEntry, i);
          Tile tile = { .index = i };

          if (entry->group != group->index)
            continue;
          tile.area = (isfinite (entry->value) ? MAX (entry->value, 0) : 0) * scale;
          g_array_append_val (tiles, tile);
        }

      squarify ((Tile *) (gpointer) tiles->data, tiles->len, group->rect);
      for (guint t = 0; t < tiles->len; t++)
        {
          const Tile *tile = &g_array_index (tiles, Tile, t);

          cells[tile->index].rect = tile->rect;
        }
    }
}

/* Puts the label and value inside the cell when they fit, in body text or
 * else smaller text down to the smallest there is, the label wrapping
 * between its words on up to three lines; otherwise the cell has no text. */
static gboolean
fit_cell_text (HcChartContext *ctx,
               Cell           *cell,
               double          pad)
{
  static const HcTextRole label_roles[] = { HC_TEXT_BODY, HC_TEXT_SMALL, HC_TEXT_MINIMUM };
  static const HcTextRole value_roles[] = { HC_TEXT_VALUE, HC_TEXT_SMALL, HC_TEXT_MINIMUM };
  g_autofree char *value = hc_chart_entry_value_text (cell->entry);

  g_clear_object (&cell->label);
  g_clear_object (&cell->value);

  /* Across first; upright only in a tile taller than it is wide. */
  for (int upright = 0; upright < 2; upright++)
    {
      double across = upright ? cell->rect.height : cell->rect.width;
      double down = upright ? cell->rect.width : cell->rect.height;
      double inner_width = across - 2 * pad;

      if (inner_width < ctx->unit || (upright && cell->rect.height <= cell->rect.width))
        continue;

      for (guint role = 0; role < G_N_ELEMENTS (label_roles); role++)
        {
          g_autoptr(PangoLayout) l = hc_chart_text_new (ctx, cell->entry->label, label_roles[role]);
          g_autoptr(PangoLayout) v = hc_chart_text_new (ctx, value, value_roles[role]);
          double lw, lh, vw, vh;

          pango_layout_set_width (l, (int) (inner_width * PANGO_SCALE));
          pango_layout_set_wrap (l, PANGO_WRAP_WORD);
          hc_chart_text_size (l, &lw, &lh);
          hc_chart_text_size (v, &vw, &vh);
          if (pango_layout_get_line_count (l) <= 3 && hc_chart_text_wraps_between_words (l) &&
              MAX (lw, vw) <= inner_width + 0.01 && lh + vh + 2 * pad <= down)
            {
              cell->label = g_steal_pointer (&l);
              cell->value = g_steal_pointer (&v);
              cell->upright = upright;
              return TRUE;
            }
        }
    }

  return FALSE;
}

/* Draws @layout turned a quarter left, its top-left corner (as it reads)
 * at (@x, @y), which is the bottom-left of the box it takes. */
static void
draw_upright (HcChartContext *ctx,
              PangoLayout    *layout,
              double          x,
              double          y,
              const HcColor  *color)
{
  PangoRectangle logical;
  cairo_rectangle_t rect;

  pango_layout_get_extents (layout, NULL, &logical);
  rect.x = x + (double) logical.y / PANGO_SCALE;
  rect.width = (double) logical.height / PANGO_SCALE;
  rect.height = (double) logical.width / PANGO_SCALE;
  rect.y = y - (double) logical.x / PANGO_SCALE - rect.height;
  g_array_append_val (ctx->layout->labels, rect);

  cairo_save (ctx->cr);
  hc_chart_set_color (ctx, color);
  cairo_translate (ctx->cr, x, y);
  cairo_rotate (ctx->cr, -G_PI / 2);
  cairo_move_to (ctx->cr, 0, 0);
  pango_cairo_update_layout (ctx->cr, layout);
  pango_cairo_show_layout (ctx->cr, layout);
  cairo_restore (ctx->cr);
}

static int
compare_by_value (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const Cell *cells = user_data;
  double va = cells[*(const guint *) a].entry->value;
  double vb = cells[*(const guint *) b].entry->value;

  return (va < vb) - (va > vb);
}

static int
compare_by_y (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const Cell *cells = user_data;
  const cairo_rectangle_t *ra = &cells[*(const guint *) a].rect;
  const cairo_rectangle_t *rb = &cells[*(const guint *) b].rect;
  double ya = ra->y + ra->height / 2, yb = rb->y + rb->height / 2;

  return (ya > yb) - (ya < yb);
}

/* Tiles without their text inside that touch the right edge of @map: a
 * leader from there to a column beside the map crosses no other tile. */
static guint
edge_tiles (const Cell              *cells,
            guint                    n,
            const cairo_rectangle_t *map,
            guint                   *out)
{
  guint count = 0;

  for (guint i = 0; i < n; i++)
    if (cells[i].label == NULL && cells[i].entry->value > 0 &&
        fabs (cells[i].rect.x + cells[i].rect.width - (map->x + map->width)) < 0.5)
      out[count++] = i;

  return count;
}

/* A leader over the background between map and callouts needs no halo,
 * but its end on the tile does: a dot in the tile's own text colour. */
static void
draw_callouts (HcChartContext          *ctx,
               Cell                    *cells,
               guint                   *callouts,
               guint                    n_callouts,
               const cairo_rectangle_t *map,
               double                   strip_x,
               double                   strip_width)
{
  g_autofree double *ys = g_new0 (double, MAX (n_callouts, 1));
  g_autofree double *heights = g_new0 (double, MAX (n_callouts, 1));
  double top = ctx->area.y, bottom = map->y + map->height;
  double spacing = ctx->unit * 0.3;
  double line = MAX (1.0, ctx->unit / 14);
  double total = 0;

  /* When the column cannot hold them all, the largest figures keep their
   * callout; the others are still tiles with a tooltip. */
  for (guint i = 0; i < n_callouts; i++)
    {
      double w;

      hc_chart_entry_text_size (ctx, cells[callouts[i]].entry, HC_TEXT_SMALL, &w, &heights[i]);
      total += heights[i] + (i > 0 ? spacing : 0);
    }
  if (total > bottom - top)
    {
      g_qsort_with_data (callouts, n_callouts, sizeof (guint), compare_by_value, cells);
      total = 0;
      for (guint i = 0; i < n_callouts; i++)
        {
          double w;

          hc_chart_entry_text_size (ctx, cells[callouts[i]].entry, HC_TEXT_SMALL, &w, &heights[i]);
          if (total + heights[i] > bottom - top)
            {
              n_callouts = i;
              break;
            }
          total += heights[i] + spacing;
        }
    }
  /* In the order of their tiles, top to bottom, so no two leaders cross. */
  g_qsort_with_data (callouts, n_callouts, sizeof (guint), compare_by_y, cells);

  for (guint i = 0; i < n_callouts; i++)
    {
      const cairo_rectangle_t *r = &cells[callouts[i]].rect;
      double w;

      hc_chart_entry_text_size (ctx, cells[callouts[i]].entry, HC_TEXT_SMALL, &w, &heights[i]);
      ys[i] = r->y + r->height / 2 - heights[i] / 2;
      if (i > 0)
        ys[i] = MAX (ys[i], ys[i - 1] + heights[i - 1] + spacing);
      ys[i] = MAX (ys[i], top);
    }
  for (guint i = n_callouts; i > 0; i--)
    {
      double limit = i == n_callouts ? bottom : ys[i] - spacing;

      ys[i - 1] = MIN (ys[i - 1], limit - heights[i - 1]);
    }

  for (guint i = 0; i < n_callouts; i++)
    {
      const Cell *cell = &cells[callouts[i]];
      const cairo_rectangle_t *r = &cell->rect;
      g_autofree char *value = hc_chart_entry_value_text (cell->entry);
      g_autoptr(PangoLayout) l = hc_chart_text_new (ctx, cell->entry->label, HC_TEXT_SMALL);
      g_autoptr(PangoLayout) v = hc_chart_text_new (ctx, value, HC_TEXT_VALUE);
      double edge = map->x + map->width, cy = r->y + r->height / 2, lh;

      cairo_save (ctx->cr);
      hc_chart_set_color (ctx, &ctx->style->secondary);
      cairo_set_line_width (ctx->cr, line);
      cairo_move_to (ctx->cr, edge + line, cy);
      cairo_line_to (ctx->cr, edge + (strip_x - edge) * 0.4, cy);
      cairo_line_to (ctx->cr, strip_x - ctx->unit * 0.2, ys[i] + heights[i] / 2);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);

      pango_layout_set_width (l, (int) (strip_width * PANGO_SCALE));
      pango_layout_set_ellipsize (l, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (v, (int) (strip_width * PANGO_SCALE));
      pango_layout_set_ellipsize (v, PANGO_ELLIPSIZE_END);
      hc_chart_text_size (l, NULL, &lh);
      hc_chart_text_draw (ctx, l, strip_x, ys[i], &ctx->style->foreground);
      hc_chart_text_draw (ctx, v, strip_x, ys[i] + lh, &ctx->style->foreground);
    }
}

void
hc_chart_draw_treemap (HcChartContext *ctx)
{
  g_autoptr(GArray) entries = hc_chart_entries (ctx, HC_CHART_MAX_ENTRIES, HC_ENTRIES_SORTED);
  g_autoptr(PangoLayout) note = NULL;
  g_autofree Cell *cells = NULL;
  cairo_rectangle_t map;
  double pad = ctx->unit * 0.35;
  double border = MAX (1.0, ctx->unit / 10);
  double min_side = 2.0;
  double note_height, strip_width = 0, lead = ctx->unit * 1.6;
  g_autofree guint *callouts = NULL;
  guint n = entries->len, n_callouts = 0;
  gboolean enlarged = FALSE;

  if (hc_chart_refuse_rates (ctx))
    return;

  hc_chart_draw_fold_note (ctx);
  map = ctx->area;
  hc_chart_entries_group (entries);
  cells = g_new0 (Cell, n);
  for (guint i = 0; i < n; i++)
    cells[i].entry = &g_array_index (entries, HcChartEntry, i);

  note = hc_chart_text_new (ctx, _("Rectangle areas are proportional to the figures; the "
                                   "smallest are enlarged to stay visible."), HC_TEXT_SMALL);
  pango_layout_set_width (note, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (note, PANGO_ELLIPSIZE_END);
  hc_chart_text_size (note, NULL, &note_height);
  map.height -= note_height + ctx->unit * 0.6;
  if (map.height < ctx->unit * 2)
    return;

  /* The callout column takes its width from the labels that need it, and
   * a narrower map can change which tiles need it: settle in a few rounds. */
  callouts = g_new0 (guint, MAX (n, 1));
  for (int round = 0; round < 3; round++)
    {
      double needed = 0;

      map.width = ctx->area.width - (strip_width > 0 ? strip_width + lead : 0);
      layout_cells (entries, cells, &map);
      for (guint i = 0; i < n; i++)
        fit_cell_text (ctx, &cells[i], pad);
      n_callouts = edge_tiles (cells, n, &map, callouts);
      for (guint i = 0; i < n_callouts; i++)
        {
          double w, h;

          hc_chart_entry_text_size (ctx, cells[callouts[i]].entry, HC_TEXT_SMALL, &w, &h);
          needed = MAX (needed, w);
        }
      needed = MIN (needed, ctx->area.width * 0.3);
      if (needed <= strip_width)
        break;
      strip_width = needed;
    }

  for (guint i = 0; i < n; i++)
    {
      Cell *cell = &cells[i];

      hc_chart_set_color (ctx, hc_chart_entry_color (ctx, cell->entry));
      cairo_rectangle (ctx->cr, cell->rect.x, cell->rect.y, cell->rect.width, cell->rect.height);
      cairo_fill (ctx->cr);
    }

  /* Thin background lines between figures, thicker between categories,
   * drawn over the tiles so that the tiles themselves keep exact areas. */
  cairo_save (ctx->cr);
  hc_chart_set_color (ctx, &ctx->style->background);
  for (guint i = 0; i < n; i++)
    {
      const cairo_rectangle_t *r = &cells[i].rect;

      cairo_set_line_width (ctx->cr, border);
      cairo_rectangle (ctx->cr, r->x, r->y, r->width, r->height);
      cairo_stroke (ctx->cr);
    }
  cairo_restore (ctx->cr);

  for (guint first = 0; first < n;)
    {
      guint last = first;
      double x0, y0, x1, y1;

      while (last + 1 < n && cells[last + 1].entry->group == cells[first].entry->group)
        last++;
      x0 = y0 = G_MAXDOUBLE;
      x1 = y1 = -G_MAXDOUBLE;
      for (guint i = first; i <= last; i++)
        {
          x0 = MIN (x0, cells[i].rect.x);
          y0 = MIN (y0, cells[i].rect.y);
          x1 = MAX (x1, cells[i].rect.x + cells[i].rect.width);
          y1 = MAX (y1, cells[i].rect.y + cells[i].rect.height);
        }
      cairo_save (ctx->cr);
      hc_chart_set_color (ctx, &ctx->style->background);
      cairo_set_line_width (ctx->cr, border * 2);
      cairo_rectangle (ctx->cr, x0, y0, x1 - x0, y1 - y0);
      cairo_stroke (ctx->cr);
      cairo_restore (ctx->cr);
      first = last + 1;
    }

  /* Tiles the borders would swallow are drawn again on top, and never
   * smaller than a few pixels: a figure is never invisible. */
  for (guint i = 0; i < n; i++)
    {
      Cell *cell = &cells[i];
      cairo_rectangle_t r = cell->rect;

      if (MIN (r.width, r.height) < border * 4)
        {
          if (r.width < min_side || r.height < min_side)
            enlarged = TRUE;
          r.x -= MAX (min_side - r.width, 0) / 2;
          r.y -= MAX (min_side - r.height, 0) / 2;
          r.width = MAX (r.width, min_side);
          r.height = MAX (r.height, min_side);
          hc_chart_set_color (ctx, hc_chart_entry_color (ctx, cell->entry));
          cairo_rectangle (ctx->cr, r.x, r.y, r.width, r.height);
          cairo_fill (ctx->cr);
        }
      hc_chart_add_rect_mark (ctx, cell->entry, r.x, r.y, r.width, r.height);

      if (cell->label != NULL)
        {
          const HcColor *on = hc_chart_text_color_on (hc_chart_entry_color (ctx, cell->entry));
          double lh;

          hc_chart_text_size (cell->label, NULL, &lh);
          if (cell->upright)
            {
              draw_upright (ctx, cell->label, r.x + pad, r.y + r.height - pad, on);
              draw_upright (ctx, cell->value, r.x + pad + lh, r.y + r.height - pad, on);
            }
          else
            {
              hc_chart_text_draw (ctx, cell->label, r.x + pad, r.y + pad, on);
              hc_chart_text_draw (ctx, cell->value, r.x + pad, r.y + pad + lh, on);
            }
        }
    }

  if (n_callouts > 0)
    draw_callouts (ctx, cells, callouts, n_callouts, &map, map.x + map.width + lead, strip_width);

  if (!enlarged)
    pango_layout_set_text (note, _("Rectangle areas are proportional to the figures."), -1);
  hc_chart_text_draw (ctx, note, ctx->area.x, ctx->area.y + ctx->area.height - note_height,
                      &ctx->style->secondary);

  cells_clear (cells, n);
}
