/* hc-chart-circles.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Proportional circles: one circle per figure, its area (never its
 * radius) proportional to the value, in a row from the largest to the
 * smallest, standing on a common baseline. A figure's label and value go
 * inside its circle when they fit, otherwise above or beside it with a
 * leader line. Circles too small to see are drawn at a minimum size, and
 * the chart then says that their area is no longer to scale.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

/* A row of circles beyond this many is unreadable: the rest go to "Other". */
#define MAX_CIRCLES 12

typedef struct
{
  const HcChartEntry *entry;
  double              cx, cy, r;
  gboolean            inside;      /* the text fits in the circle */
  double              text_width;  /* of the label and value block */
  double              text_height;
} Circle;

/* A centred block of @width × @height fits when its corners are inside. */
static gboolean
text_fits_in_circle (double width,
                     double height,
                     double r)
{
  double inner = r * 0.9;

  return (width / 2) * (width / 2) + (height / 2) * (height / 2) <= inner * inner;
}

/* Draws the label over the value, centred on @cx, from @y down. */
static void
draw_text_block (HcChartContext     *ctx,
                 const HcChartEntry *entry,
                 double              cx,
                 double              y,
                 const HcColor      *color)
{
  g_autofree char *value = hc_chart_entry_value_text (entry);
  g_autoptr(PangoLayout) l = hc_chart_text_new (ctx, entry->label, HC_TEXT_BODY);
  g_autoptr(PangoLayout) v = hc_chart_text_new (ctx, value, HC_TEXT_VALUE);
  double lh;

  hc_chart_text_size (l, NULL, &lh);
  hc_chart_text_draw_centered (ctx, l, cx, y, color);
  hc_chart_text_draw_centered (ctx, v, cx, y + lh, color);
}

static gboolean
segment_hits_rect (double                   x0,
                   double                   y0,
                   double                   x1,
                   double                   y1,
                   const cairo_rectangle_t *rect)
{
  double length = hypot (x1 - x0, y1 - y0);
  int steps = (int) ceil (length) + 1;

  for (int i = 0; i <= steps; i++)
    {
      double t = (double) i / steps;
      double x = x0 + (x1 - x0) * t;
      double y = y0 + (y1 - y0) * t;

      if (x > rect->x && x < rect->x + rect->width && y > rect->y && y < rect->y + rect->height)
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  double x0, y0, x1, y1;
} Segment;

/* Where an outside label goes: beside the circle when nothing is there,
 * otherwise above it, climbing until it clears every circle, label and
 * leader line already placed. Returns FALSE when no place is free. */
static gboolean
place_outside_label (HcChartContext    *ctx,
                     const Circle      *circles,
                     guint              n_circles,
                     guint              index,
                     GArray            *labels,
                     GArray            *leaders,
                     cairo_rectangle_t *out_rect,
                     Segment           *out_leader)
{
  const Circle *c = &circles[index];
  double pad = ctx->unit * 0.3;
  double lead = ctx->unit * 0.6;
  double step = ctx->unit * 0.5;
  const cairo_rectangle_t *area = &ctx->area;

  for (int attempt = -1; ; attempt++)
    {
      for (int variant = 0; variant < 3; variant++)
        {
          cairo_rectangle_t rect = { 0, 0, c->text_width, c->text_height };
          Segment leader;
          gboolean ok = TRUE;

          if (attempt < 0)
            {
              /* Beside, to the right, level with the centre. */
              if (variant > 0)
                break;
              rect.x = c->cx + c->r + lead;
              rect.y = c->cy - rect.height / 2;
              leader = (Segment) { c->cx + c->r, c->cy, rect.x - pad * 0.5, c->cy };
            }
          else
            {
              rect.y = c->cy - c->r - lead - attempt * step - rect.height;
              if (rect.y < area->y)
                return FALSE;
              /* Centred over the circle, or hanging to one side of it. */
              if (variant == 0)
                rect.x = c->cx - rect.width / 2;
              else if (variant == 1)
                rect.x = c->cx - pad;
              else
                rect.x = c->cx + pad - rect.width;
              rect.x = CLAMP (rect.x, area->x, area->x + area->width - rect.width);
              leader = (Segment) { c->cx, c->cy - c->r,
                                   CLAMP (c->cx, rect.x + pad, rect.x + rect.width - pad),
                                   rect.y + rect.height + pad * 0.5 };
            }

          if (rect.x < area->x || rect.y < area->y ||
              rect.x + rect.width > area->x + area->width + 0.01 ||
              rect.y + rect.height > area->y + area->height + 0.01)
            continue;

          for (guint i = 0; i < n_circles && ok; i++)
            {
              cairo_rectangle_t box = {
                circles[i].cx - circles[i].r - pad, circles[i].cy - circles[i].r - pad,
                2 * (circles[i].r + pad), 2 * (circles[i].r + pad),
              };

              ok = !hc_rect_intersects (&rect, &box);
              /* The leader may leave its own circle, but crosses no other. */
              if (ok && i != index)
                ok = !segment_hits_rect (leader.x0, leader.y0, leader.x1, leader.y1, &box);
            }

          for (guint i = 0; i < labels->len && ok; i++)
            {
              cairo_rectangle_t other = g_array_index (labels, cairo_rectangle_t, i);

              other.x -= pad;
              other.y -= pad;
              other.width += 2 * pad;
              other.height += 2 * pad;
              ok = !hc_rect_intersects (&rect, &other) &&
                   !segment_hits_rect (leader.x0, leader.y0, leader.x1, leader.y1, &other);
            }

          for (guint i = 0; i < leaders->len && ok; i++)
            {
              const Segment *s = &g_array_index (leaders, Segment, i);

              ok = !segment_hits_rect (s->x0, s->y0, s->x1, s->y1, &rect);
            }

          if (ok)
            {
              *out_rect = rect;
              *out_leader = leader;
              return TRUE;
            }
        }
    }
}

static gboolean
circle_hit_by_segment (const Circle  *c,
                       const Segment *s,
                       double         pad)
{
  cairo_rectangle_t box = { c->cx - c->r - pad, c->cy - c->r - pad,
                            2 * (c->r + pad), 2 * (c->r + pad) };

  return segment_hits_rect (s->x0, s->y0, s->x1, s->y1, &box);
}

static void
draw_leader_and_label (HcChartContext          *ctx,
                       const Circle            *c,
                       const cairo_rectangle_t *rect,
                       const Segment           *leader)
{
  cairo_save (ctx->cr);
  hc_chart_set_color (ctx, &ctx->style->secondary);
  cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit / 14));
  cairo_move_to (ctx->cr, leader->x0, leader->y0);
  cairo_line_to (ctx->cr, leader->x1, leader->y1);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);

  draw_text_block (ctx, c->entry, rect->x + rect->width / 2, rect->y, &ctx->style->foreground);
}

/* Labels of the circles in @rest (ascending x) side by side in one row
 * above them, kept in the circles' order so no two leader lines cross.
 * The row climbs until it clears every circle; FALSE when it cannot. */
static gboolean
place_label_row (HcChartContext          *ctx,
                 const Circle            *circles,
                 guint                    n,
                 const guint             *rest,
                 guint                    n_rest,
                 const cairo_rectangle_t *beside,
                 cairo_rectangle_t       *rects,
                 Segment                 *leaders)
{
  double pad = ctx->unit * 0.3;
  double spacing = ctx->unit * 0.8;
  double lead = ctx->unit * 0.8;
  double step = ctx->unit * 0.5;
  double lowest_top = G_MAXDOUBLE, tallest_text = 0;

  for (guint i = 0; i < n_rest; i++)
    {
      const Circle *c = &circles[rest[i]];

      lowest_top = MIN (lowest_top, c->cy - c->r);
      tallest_text = MAX (tallest_text, c->text_height);
    }

  /* Bounded: with degenerate geometry (a NaN, a zero step) the rows
   * would never reach the top. */
  for (guint level = 0; level < 1000; level++)
    {
      double row_bottom = lowest_top - lead - level * step;
      double left = ctx->area.x;
      double right = ctx->area.x + ctx->area.width;
      gboolean ok = TRUE;

      if (!isfinite (row_bottom) || row_bottom - tallest_text < ctx->area.y)
        return FALSE;

      /* Taller circles to the left, and a label already beside the last
       * circle, fence the row in while it is below their tops. */
      for (guint j = 0; j < n; j++)
        if (circles[j].cx < circles[rest[0]].cx && circles[j].cy - circles[j].r < row_bottom + pad)
          left = MAX (left, circles[j].cx + circles[j].r + pad);
      if (beside != NULL && beside->y < row_bottom + pad)
        right = MIN (right, beside->x - pad);

      for (guint i = 0; i < n_rest; i++)
        {
          const Circle *c = &circles[rest[i]];
          double floor_x = i == 0 ? left : rects[i - 1].x + rects[i - 1].width + spacing;

          rects[i].width = c->text_width;
          rects[i].height = c->text_height;
          rects[i].x = MAX (c->cx - c->text_width / 2, floor_x);
          rects[i].y = row_bottom - c->text_height;
        }
      for (guint i = n_rest; i > 0; i--)
        {
          double ceiling = i == n_rest ? right : rects[i].x - spacing;

          rects[i - 1].x = MIN (rects[i - 1].x, ceiling - rects[i - 1].width);
        }
      if (rects[0].x < left)
        continue;

      for (guint i = 0; i < n_rest && ok; i++)
        {
          const Circle *c = &circles[rest[i]];

          leaders[i] = (Segment) { c->cx, c->cy - c->r,
                                   CLAMP (c->cx, rects[i].x + pad, rects[i].x + rects[i].width - pad),
                                   row_bottom + pad * 0.5 };
          for (guint j = 0; j < n && ok; j++)
            {
              cairo_rectangle_t box = { circles[j].cx - circles[j].r - pad,
                                        circles[j].cy - circles[j].r - pad,
                                        2 * (circles[j].r + pad), 2 * (circles[j].r + pad) };

              ok = !hc_rect_intersects (&rects[i], &box) &&
                   (j == rest[i] || !circle_hit_by_segment (&circles[j], &leaders[i], 0));
            }
        }
      if (ok)
        return TRUE;
    }

  return FALSE;
}

/* Labels that do not fit inside their circle: the last (smallest) circle
 * gets its label beside it when there is room, the others share a row
 * above; anything left over finds the nearest free place. */
static void
place_outside_labels (HcChartContext *ctx,
                      Circle         *circles,
                      guint           n)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Segment));
  g_autofree guint *rest = g_new (guint, MAX (n, 1));
  g_autofree cairo_rectangle_t *rects = g_new0 (cairo_rectangle_t, MAX (n, 1));
  g_autofree Segment *leaders = g_new0 (Segment, MAX (n, 1));
  cairo_rectangle_t beside;
  gboolean has_beside = FALSE;
  guint n_rest = 0;

  if (n == 0)
    return;

  if (!circles[n - 1].inside)
    {
      Segment leader;
      const Circle *c = &circles[n - 1];
      double lead = ctx->unit * 0.6;

      beside = (cairo_rectangle_t) { c->cx + c->r + lead, c->cy - c->text_height / 2,
                                     c->text_width, c->text_height };
      beside.y = MIN (beside.y, c->cy + c->r - beside.height);
      if (beside.x + beside.width <= ctx->area.x + ctx->area.width &&
          beside.y >= ctx->area.y)
        {
          leader = (Segment) { c->cx + c->r, c->cy, beside.x - ctx->unit * 0.15, c->cy };
          draw_leader_and_label (ctx, c, &beside, &leader);
          g_array_append_val (placed, beside);
          g_array_append_val (lines, leader);
          has_beside = TRUE;
        }
    }

  for (guint i = 0; i < n - (has_beside ? 1 : 0); i++)
    if (!circles[i].inside)
      rest[n_rest++] = i;

  if (n_rest > 0 &&
      place_label_row (ctx, circles, n, rest, n_rest, has_beside ? &beside : NULL, rects, leaders))
    {
      for (guint i = 0; i < n_rest; i++)
        draw_leader_and_label (ctx, &circles[rest[i]], &rects[i], &leaders[i]);
      return;
    }

  for (guint i = n_rest; i > 0; i--)
    {
      cairo_rectangle_t rect;
      Segment leader;

      if (!place_outside_label (ctx, circles, n, rest[i - 1], placed, lines, &rect, &leader))
        continue;
      g_array_append_val (placed, rect);
      g_array_append_val (lines, leader);
      draw_leader_and_label (ctx, &circles[rest[i - 1]], &rect, &leader);
    }
}

/* The scale (pixels of radius per √value) that fits the row, and the
 * label beside its last circle when that one needs it, into @width, and
 * the tallest circle, with room above for a label when it needs one, into
 * @height. */
static double
fit_scale (Circle *circles,
           guint   n,
           double  width,
           double  height,
           double  gap,
           double  label_room,
           double  min_radius)
{
  double sum_sqrt = 0;
  double k = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    sum_sqrt += sqrt (MAX (circles[i].entry->value, 0));
  if (sum_sqrt <= 0 || n == 0)
    return 0;

  for (int pass = 0; pass < 3; pass++)
    {
      const Circle *last = &circles[n - 1];
      double last_r = MAX (k * sqrt (MAX (last->entry->value, 0)), min_radius);
      double reserve = text_fits_in_circle (last->text_width, last->text_height, last_r)
                     ? 0 : last->text_width + gap;

      /* Minimum-size circles take their room from the width first. */
      k = MIN (k, (width - reserve - gap * (n - 1) - 2 * min_radius * n) / (2 * sum_sqrt));

      for (guint i = 0; i < n; i++)
        {
          double root = sqrt (MAX (circles[i].entry->value, 0));
          double r = MAX (k * root, min_radius);
          double room = text_fits_in_circle (circles[i].text_width, circles[i].text_height, r)
                      ? 0 : label_room;

          if (root > 0 && 2 * k * root + room > height)
            k = MAX ((height - room) / (2 * root), 0);
        }
    }

  return MAX (k, 0);
}

/* Gaps before each circle: where neighbours carry their labels above
 * them, wide enough for each label to sit over its own circle, as far as
 * the width allows; the labels then need no long leader lines. */
static void
spread_row (HcChartContext *ctx,
            const Circle   *circles,
            guint           n,
            double          gap,
            double         *gaps)
{
  double total = 0, extra = 0;

  for (guint i = 0; i < n; i++)
    {
      const Circle *c = &circles[i];

      gaps[i] = i > 0 ? gap : 0;
      total += 2 * c->r + gaps[i];
      if (i == 0 || c->inside)
        continue;
      if (!circles[i - 1].inside && i < n - 1)
        gaps[i] = MAX (gap, (circles[i - 1].text_width + c->text_width) / 2 + ctx->unit -
                            circles[i - 1].r - c->r);
      else if (circles[i - 1].inside)
        gaps[i] = MAX (gap, c->text_width / 2 + ctx->unit - c->r);
      extra += gaps[i] - gap;
    }

  if (!circles[n - 1].inside)
    total += circles[n - 1].text_width + gap;

  /* Give back what does not fit, evenly. */
  if (extra > 0 && total + extra > ctx->area.width)
    {
      double keep = MAX (ctx->area.width - total, 0) / extra;

      for (guint i = 1; i < n; i++)
        gaps[i] = gap + (gaps[i] - gap) * keep;
    }
}

void
hc_chart_draw_circles (HcChartContext *ctx)
{
  /* No more circles than fit side by side at their smallest. */
  double smallest_slot = 2 * MAX (2.0, ctx->unit * 0.2) + ctx->unit * 0.8;
  guint fitting = (guint) MAX ((ctx->area.width + ctx->unit * 0.8) / smallest_slot, 2);
  g_autoptr(GArray) entries = hc_chart_entries (ctx, MIN (MAX_CIRCLES, fitting), TRUE);
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  g_autoptr(GArray) leaders = g_array_new (FALSE, FALSE, sizeof (Segment));
  g_autofree Circle *circles = g_new0 (Circle, entries->len);
  g_autofree double *gaps = g_new0 (double, entries->len);
  g_autoptr(PangoLayout) note = NULL;
  guint n = entries->len;
  double gap = ctx->unit * 0.8;
  double min_radius = MAX (2.0, ctx->unit * 0.2);
  double note_height, label_room = 0, baseline, k, x;
  gboolean enlarged = FALSE;

  for (guint i = 0; i < n; i++)
    {
      circles[i].entry = &g_array_index (entries, HcChartEntry, i);
      hc_chart_entry_text_size (ctx, circles[i].entry, HC_TEXT_BODY,
                                &circles[i].text_width, &circles[i].text_height);
      label_room = MAX (label_room, circles[i].text_height + ctx->unit * 1.2);
    }

  /* Measured with the longer wording, so the layout does not depend on
   * which of the two notes is shown. */
  note = hc_chart_text_new (ctx, _("Circle areas are proportional to the figures; the smallest "
                                   "circles are enlarged to stay visible."), HC_TEXT_SMALL);
  pango_layout_set_width (note, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (note, PANGO_ELLIPSIZE_END);
  hc_chart_text_size (note, NULL, &note_height);
  baseline = ctx->area.y + ctx->area.height - note_height - ctx->unit * 0.6;

  k = fit_scale (circles, n, ctx->area.width, baseline - ctx->area.y, gap, label_room, min_radius);

  for (guint i = 0; i < n; i++)
    {
      double r = k * sqrt (MAX (circles[i].entry->value, 0));

      if (r < min_radius)
        {
          r = min_radius;
          enlarged = TRUE;
        }
      circles[i].r = r;
      circles[i].inside = text_fits_in_circle (circles[i].text_width, circles[i].text_height, r);
    }

  spread_row (ctx, circles, n, gap, gaps);

  /* A canvas too small for even two circles (a thumbnail) shows the
   * title alone rather than circles cut by its edge. */
  {
    double total = 0;

    for (guint i = 0; i < n; i++)
      total += gaps[i] + 2 * circles[i].r;
    if (total > ctx->area.width + 0.5 || baseline - ctx->area.y < 2 * min_radius)
      return;
  }

  /* The row starts on the left, like the title: the smallest circles end
   * it, with the free room on the right for their labels. */
  x = ctx->area.x;
  for (guint i = 0; i < n; i++)
    {
      Circle *c = &circles[i];
      HcMark mark = { .figure = c->entry->figure, .shape = HC_MARK_CIRCLE };

      x += gaps[i];
      c->cx = x + c->r;
      c->cy = baseline - c->r;
      x += 2 * c->r;

      hc_chart_set_color (ctx, hc_chart_entry_color (ctx, c->entry));
      cairo_new_sub_path (ctx->cr);
      cairo_arc (ctx->cr, c->cx, c->cy, c->r, 0, 2 * G_PI);
      cairo_fill (ctx->cr);

      mark.cx = c->cx;
      mark.cy = c->cy;
      mark.outer_radius = c->r;
      mark.x = c->cx - c->r;
      mark.y = c->cy - c->r;
      mark.width = mark.height = 2 * c->r;
      g_array_append_val (ctx->layout->marks, mark);
    }

  for (guint i = 0; i < n; i++)
    {
      Circle *c = &circles[i];

      if (c->inside)
        {
          draw_text_block (ctx, c->entry, c->cx, c->cy - c->text_height / 2,
                           hc_chart_text_color_on (hc_chart_entry_color (ctx, c->entry)));
        }
    }

  place_outside_labels (ctx, circles, n);

  if (!enlarged)
    pango_layout_set_text (note, _("Circle areas are proportional to the figures."), -1);
  hc_chart_text_draw (ctx, note, ctx->area.x, ctx->area.y + ctx->area.height - note_height,
                      &ctx->style->secondary);
}
