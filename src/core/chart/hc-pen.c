/* hc-pen.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Thin lines and dots, drawn fast where the target is pixels.
 *
 * A pixel is covered by as much of a pixel-wide box across the line as
 * falls inside the line at the pixel's distance from it: exact for lines
 * along the axes, within a few levels of cairo's coverage elsewhere. A
 * pixel is as far from a stroke as from its nearest segment, which makes
 * round joins and caps and lays the colour once where segments overlap.
 *
 * Strokes wait until the pen is flushed, so that many can be drawn at
 * once; a large batch is shared by two threads, in strips of the
 * target's columns, the strokes in each strip in the order they were
 * made.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hc-pen.h"

typedef struct
{
  double   x;
  double   y;
  gboolean move;
  double   radius;               /* > 0: a circle round (x, y), a path of its own */
} PenPoint;

/* A segment of a stroke in pixels, with what measuring a distance to it
 * needs. */
typedef struct
{
  double ax, ay, bx, by;
  double ux, uy;                 /* its direction; (1, 0) if it has no length */
  double length;
  double x_min, x_max;
  double slope;                  /* rows a column, if it is not upright */
  double stretch;                /* how much taller than wide it is across: length / width */
} Segment;

/* Where strokes land in pixels. */
typedef struct
{
  cairo_surface_t *surface;
  guint32         *pixels;       /* NULL until the surface is flushed */
  int              stride;       /* in pixels */
  int              x0, y0, x1, y1; /* the clip, in pixels; x1 and y1 excluded */
  double           k;            /* pixels per unit of user space */
  double           dx, dy;       /* where the user space's origin is, in pixels */
} Target;

/* A stroke waiting to be drawn: segments of HcPen.segments. */
typedef struct
{
  guint    first;
  guint    n;
  guint32  colour;               /* premultiplied ARGB */
  double   radius;               /* in pixels */
  gboolean left_to_right;        /* each segment starts and ends no further left than the one
                                  * before */
  double   x_min, x_max;         /* of its segments, in pixels */
  double   y_min, y_max;
} Stroke;

/* A pixel a stroke drawn through a mask covers: its index in the
 * target and in the mask. */
typedef struct
{
  guint32 pixel;
  guint32 mask;
} Touch;

/* The pixels a mask stands for: a box of the target. */
typedef struct
{
  int x0, y0;
  int width;
} MaskBox;

/* A colour ready to lay. */
typedef struct
{
  guint32  colour;               /* premultiplied ARGB */
  gboolean made;
  guint32  source[256];          /* the colour at each coverage */
  guint8   keep[256];            /* how much of what is under it stays */
} Ink;

/* A chart's lines take their colours from a palette of a few: as many
 * inks are kept, so that a colour is made ready once a flush however
 * often the strokes go back to it. */
#define HC_PEN_INKS 16

/* What one thread draws with. */
typedef struct
{
  Ink      inks[HC_PEN_INKS];
  guint    next_ink;             /* the one to make next, when a colour is new */
  const Ink *ink;                /* the colour being laid */
  guint8  *column;               /* coverage of a column of the target, zero between uses */
  gsize    column_size;
  /* Coverage of a stroke that goes back left, one byte a pixel of the
   * box round it; all zero between strokes. */
  guint8  *mask;
  gsize    mask_size;
  Touch   *touched;              /* the non-zero bytes of mask */
  gsize    n_touched;
  gsize    touched_size;
} Painter;

struct _HcPen
{
  cairo_t  *cr;
  GArray   *points;              /* PenPoint, in user space, since the last stroke */
  gboolean  vector_only;

  GArray   *segments;            /* Segment, of the strokes waiting */
  GArray   *strokes;             /* Stroke, waiting for hc_pen_flush () */
  Target    target;              /* theirs */
  Painter   painters[2];
};

/* Past this many segments waiting, a second thread helps. */
#define HC_PEN_SHARED_SEGMENTS 1024

/* The segments of the last pen freed on this thread, kept for the next:
 * a window draws frame after frame, and a megabyte of segments made anew
 * each time is a megabyte of fresh pages to fault in and copy as it
 * grows. */
static GPrivate spare_segments = G_PRIVATE_INIT ((GDestroyNotify) g_array_unref);

HcPen *
hc_pen_new (cairo_t *cr)
{
  HcPen *pen;

  g_return_val_if_fail (cr != NULL, NULL);

  pen = g_new0 (HcPen, 1);
  pen->cr = cr;
  pen->points = g_array_new (FALSE, FALSE, sizeof (PenPoint));
  pen->segments = g_private_get (&spare_segments);
  if (pen->segments != NULL)
    g_private_set (&spare_segments, NULL);
  else
    pen->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  pen->strokes = g_array_new (FALSE, FALSE, sizeof (Stroke));
  return pen;
}

void
hc_pen_free (HcPen *pen)
{
  if (pen == NULL)
    return;

  hc_pen_flush (pen);
  g_array_unref (pen->points);
  g_private_replace (&spare_segments, pen->segments);
  g_array_unref (pen->strokes);
  for (guint i = 0; i < G_N_ELEMENTS (pen->painters); i++)
    {
      g_free (pen->painters[i].column);
      g_free (pen->painters[i].mask);
      g_free (pen->painters[i].touched);
    }
  g_free (pen);
}

void
hc_pen_set_vector_only (HcPen   *pen,
                        gboolean vector_only)
{
  g_return_if_fail (pen != NULL);

  hc_pen_flush (pen);
  pen->vector_only = vector_only;
}

void
hc_pen_move_to (HcPen *pen,
                double x,
                double y)
{
  PenPoint p = { x, y, TRUE };

  g_return_if_fail (pen != NULL);

  g_array_append_val (pen->points, p);
}

void
hc_pen_circle (HcPen *pen,
               double x,
               double y,
               double radius)
{
  PenPoint p = { x, y, TRUE, radius };

  g_return_if_fail (pen != NULL);

  if (isfinite (radius) && radius > 0)
    g_array_append_val (pen->points, p);
}

void
hc_pen_line_to (HcPen *pen,
                double x,
                double y)
{
  PenPoint p = { x, y, FALSE };

  g_return_if_fail (pen != NULL);

  /* As in cairo, a line from nowhere starts where it is drawn to. */
  p.move = pen->points->len == 0;
  g_array_append_val (pen->points, p);
}

static gboolean
same (double a,
      double b)
{
  return fabs (a - b) <= 1e-9 * MAX (fabs (a), fabs (b));
}

static guint8
channel (double value)
{
  return (guint8) CLAMP (value * 255 + 0.5, 0, 255);
}

/* Whether a stroke can go straight into the pixels, and where. */
static gboolean
prepare_target (HcPen   *pen,
                Target  *t,
                guint32 *colour)
{
  cairo_t *cr = pen->cr;
  cairo_surface_t *surface;
  cairo_format_t format;
  cairo_matrix_t m;
  cairo_rectangle_list_t *clip;
  double sx, sy, ox, oy, r, g, b, a;
  double left, top, right, bottom;
  gboolean ok = TRUE;
  int width, height;

  if (pen->vector_only || cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    return FALSE;

  surface = cairo_get_group_target (cr);
  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_IMAGE ||
      cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return FALSE;
  format = cairo_image_surface_get_format (surface);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return FALSE;
  if (cairo_get_operator (cr) != CAIRO_OPERATOR_OVER ||
      cairo_get_antialias (cr) == CAIRO_ANTIALIAS_NONE)
    return FALSE;
  if (cairo_pattern_get_rgba (cairo_get_source (cr), &r, &g, &b, &a) != CAIRO_STATUS_SUCCESS)
    return FALSE;

  /* Only scaling the same both ways and moving: a line stays a line of
   * one width. */
  cairo_get_matrix (cr, &m);
  cairo_surface_get_device_scale (surface, &sx, &sy);
  cairo_surface_get_device_offset (surface, &ox, &oy);
  if (m.xy != 0 || m.yx != 0 || !(m.xx * sx > 0) || !same (m.xx * sx, m.yy * sy))
    return FALSE;
  t->k = m.xx * sx;
  t->dx = m.x0 * sx + ox;
  t->dy = m.y0 * sy + oy;

  /* Cairo says what the clip is only when it is made of whole pixels;
   * anything else (no clip at all included) goes to cairo. */
  clip = cairo_copy_clip_rectangle_list (cr);
  if (clip->status != CAIRO_STATUS_SUCCESS || clip->num_rectangles > 1)
    ok = FALSE;
  else if (clip->num_rectangles == 0)
    left = top = right = bottom = 0;
  else
    {
      const cairo_rectangle_t *rect = &clip->rectangles[0];

      left = round (rect->x * t->k + t->dx);
      top = round (rect->y * t->k + t->dy);
      right = round ((rect->x + rect->width) * t->k + t->dx);
      bottom = round ((rect->y + rect->height) * t->k + t->dy);
    }
  cairo_rectangle_list_destroy (clip);
  if (!ok)
    return FALSE;

  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  t->x0 = (int) CLAMP (left, 0, width);
  t->y0 = (int) CLAMP (top, 0, height);
  t->x1 = (int) CLAMP (right, t->x0, width);
  t->y1 = (int) CLAMP (bottom, t->y0, height);

  t->surface = surface;
  t->stride = cairo_image_surface_get_stride (surface) / 4;
  t->pixels = NULL;
  *colour = (guint32) channel (a) << 24 | (guint32) channel (r * a) << 16 |
            (guint32) channel (g * a) << 8 | channel (b * a);
  return TRUE;
}

gboolean
hc_pen_rasterises (HcPen *pen)
{
  Target t;
  guint32 colour;

  g_return_val_if_fail (pen != NULL, FALSE);

  return prepare_target (pen, &t, &colour);
}

/* floor () and ceil () of a number known to be an int, without the
 * library call they are on processors before SSE 4.1. */
static inline int
floor_int (double x)
{
  int i = (int) x;

  return i - (x < i);
}

static inline int
ceil_int (double x)
{
  int i = (int) x;

  return i + (x > i);
}

/* Each channel of a premultiplied pixel times @a / 255, rounded. */
static inline guint32
scale_pixel (guint32 x,
             guint32 a)
{
  guint32 rb = (x & 0xff00ff) * a + 0x800080;
  guint32 ag = ((x >> 8) & 0xff00ff) * a + 0x800080;

  rb = ((rb + ((rb >> 8) & 0xff00ff)) >> 8) & 0xff00ff;
  ag = (ag + ((ag >> 8) & 0xff00ff)) & 0xff00ff00;
  return rb | ag;
}

/* Makes @colour the one laid: the colour at each coverage, and how much
 * of what is under it stays. */
static void
prepare_colour (Painter *painter,
                guint32  colour)
{
  Ink *ink;

  for (guint i = 0; i < HC_PEN_INKS; i++)
    if (painter->inks[i].made && painter->inks[i].colour == colour)
      {
        painter->ink = &painter->inks[i];
        return;
      }
  ink = &painter->inks[painter->next_ink];
  painter->next_ink = (painter->next_ink + 1) % HC_PEN_INKS;
  for (guint c = 0; c < 256; c++)
    {
      ink->source[c] = scale_pixel (colour, c);
      ink->keep[c] = (guint8) (255 - (ink->source[c] >> 24));
    }
  ink->colour = colour;
  ink->made = TRUE;
  painter->ink = ink;
}

static inline void
lay (const Painter *painter,
     guint32       *pixel,
     guint          c)
{
  const Ink *ink = painter->ink;

  *pixel = ink->keep[c] == 0 ? ink->source[c] : ink->source[c] + scale_pixel (*pixel, ink->keep[c]);
}

/* How much of a pixel at @distance from the middle of a line covers, 0
 * to 255: as much of a pixel-wide box across the line as falls inside
 * it, so all of it up to radius - ½, nothing from radius + ½ (@reach),
 * linearly between; a line narrower than a pixel covers at most its
 * width (@peak, 0 to 255). */
static inline guint
coverage (double distance,
          double reach,
          double peak)
{
  double c = MIN (peak, (reach - distance) * 255);

  return c > 0.5 ? (guint) (c + 0.5) : 0;
}

static inline double
distance_to (const Segment *g,
             double         x,
             double         y)
{
  double vx = x - g->ax, vy = y - g->ay;
  double s = vx * g->ux + vy * g->uy, n = vx * g->uy - vy * g->ux;

  if (s < 0)
    return sqrt (s * s + n * n);
  if (s > g->length)
    return sqrt ((s - g->length) * (s - g->length) + n * n);
  return fabs (n);
}

/* The rows of the column centred on @x that pixels within @reach of @g
 * can be in: those of the part of the segment within @reach of the
 * column, and, for a segment that is not upright, those within @reach of
 * its line. Empty when @last < @first. */
static void
rows_reached (const Segment *g,
              double         x,
              double         reach,
              int            top,
              int            bottom,
              int           *first,
              int           *last)
{
  double lo, hi;

  if (g->bx != g->ax)
    {
      double xa = MAX (g->x_min, x - reach), xb = MIN (g->x_max, x + reach);
      double ya = g->ay + (xa - g->ax) * g->slope, yb = g->ay + (xb - g->ax) * g->slope;
      double on = g->ay + (CLAMP (x, g->x_min, g->x_max) - g->ax) * g->slope;
      double half = reach * g->stretch;

      lo = MAX (MIN (ya, yb) - reach, on - half);
      hi = MIN (MAX (ya, yb) + reach, on + half);
    }
  else
    {
      lo = MIN (g->ay, g->by) - reach;
      hi = MAX (g->ay, g->by) + reach;
    }
  lo = MAX (lo - 0.5, top);
  hi = MIN (hi - 0.5, bottom - 1);
  if (!(lo <= hi))
    {
      *first = 0;
      *last = -1;
      return;
    }
  *first = ceil_int (lo);
  *last = floor_int (hi);
}

/* A stroke whose segments go left to right (every line of a chart over
 * time does) is drawn column by column, and each pixel's colour laid
 * there and then: the segments that can reach a column are the few
 * around it, and a pixel is as near the stroke as it is to the nearest
 * of them. */
typedef struct
{
  const Segment *segments;
  guint          n;
  guint          from, to;       /* the segments that reach the column */
  double         reach;
  double         peak;
} Sweep;

/* A column that only two segments reach, where the one ends and the
 * other starts, and neither by its other end: a pixel is as far from the
 * stroke as from the line of a segment it falls beside, or else from the
 * point they share. Most of the columns a line bends in are drawn here;
 * FALSE for the others. */
static gboolean
sweep_join (Painter      *painter,
            const Target *t,
            const Sweep  *sweep,
            int           i)
{
  const Segment *g = &sweep->segments[sweep->from], *h = g + 1;
  double x = i + 0.5, reach = sweep->reach, peak = sweep->peak;
  double lo, hi, y, sg, ng, sh, nh;
  guint32 *pixel;
  int first, last;

  if (sweep->to - sweep->from != 2 || g->bx != h->ax || g->by != h->ay ||
      g->ax > g->bx || h->ax > h->bx || g->length <= 0 || h->length <= 0 ||
      x - g->ax < reach || h->bx - x < reach)
    return FALSE;

  /* The rows of both within reach of the column: around the point they
   * share, so one run of rows. */
  {
    double xg = MAX (g->x_min, x - reach), xh = MIN (h->x_max, x + reach);
    double yg = g->ay + (xg - g->ax) * g->slope, yh = h->ay + (xh - h->ax) * h->slope;

    lo = MIN (MIN (yg, yh), g->by) - reach - 0.5;
    hi = MAX (MAX (yg, yh), g->by) + reach - 0.5;
  }
  lo = MAX (lo, t->y0);
  hi = MIN (hi, t->y1 - 1);
  if (!(lo <= hi))
    return TRUE;
  first = ceil_int (lo);
  last = floor_int (hi);

  y = first + 0.5;
  sg = (x - g->ax) * g->ux + (y - g->ay) * g->uy;
  ng = (x - g->ax) * g->uy - (y - g->ay) * g->ux;
  sh = (x - h->ax) * h->ux + (y - h->ay) * h->uy;
  nh = (x - h->ax) * h->uy - (y - h->ay) * h->ux;
  pixel = &t->pixels[(gsize) first * (gsize) t->stride + (gsize) i];
  for (int j = first; j <= last;
       j++, sg += g->uy, ng -= g->ux, sh += h->uy, nh -= h->ux, pixel += t->stride)
    {
      gboolean beside_g = sg >= 0 && sg <= g->length, beside_h = sh >= 0 && sh <= h->length;
      double d, c;

      if (beside_g || beside_h)
        d = MIN (beside_g ? fabs (ng) : G_MAXDOUBLE, beside_h ? fabs (nh) : G_MAXDOUBLE);
      else
        d = sqrt ((x - h->ax) * (x - h->ax) + (j + 0.5 - h->ay) * (j + 0.5 - h->ay));
      c = MIN (peak, (reach - d) * 255);
      if (c > 0.5)
        lay (painter, pixel, (guint) (c + 0.5));
    }
  return TRUE;
}

/* A column that several segments, or the end of one, reach: the
 * coverage of each segment goes into a column of bytes, the largest
 * where they overlap, and the colour is laid through it once. */
static void
sweep_column (Painter      *painter,
              const Target *t,
              Sweep        *sweep,
              int           i)
{
  const Segment *segments = sweep->segments;
  double x = i + 0.5, reach = sweep->reach, peak = sweep->peak;
  guint8 *column = painter->column;
  int top = t->y1, bottom = t->y0 - 1;
  guint32 *pixel;

  while (sweep->from < sweep->n && segments[sweep->from].x_max + reach < x)
    sweep->from++;
  sweep->to = MAX (sweep->to, sweep->from);
  while (sweep->to < sweep->n && segments[sweep->to].x_min - reach <= x)
    sweep->to++;
  if (sweep_join (painter, t, sweep, i))
    return;

  for (guint k = sweep->from; k < sweep->to; k++)
    {
      int first, last;

      rows_reached (&segments[k], x, reach, t->y0, t->y1, &first, &last);
      for (int j = first; j <= last; j++)
        {
          guint c = coverage (distance_to (&segments[k], x, j + 0.5), reach, peak);

          if (c > column[j])
            column[j] = (guint8) c;
        }
      if (first <= last)
        {
          top = MIN (top, first);
          bottom = MAX (bottom, last);
        }
    }

  if (top > bottom)
    return;
  pixel = &t->pixels[(gsize) top * (gsize) t->stride + (gsize) i];
  for (int j = top; j <= bottom; j++, pixel += t->stride)
    if (column[j] > 0)
      {
        lay (painter, pixel, column[j]);
        column[j] = 0;
      }
}

/* Columns @first to @last, which only @g reaches and not by its ends:
 * there a pixel is as far from the stroke as from @g's line, and that
 * distance changes by the same step from one row, or column, to the
 * next. Most of a line is drawn here, in whole numbers: the rows in
 * 1/2^32 of a pixel, the distance in 1/(255 × 2^16) of a pixel, so that
 * a coverage is the top bits of a difference. What rounding leaves out
 * adds up to less than a hundredth of a pixel over the 32,767 columns
 * or rows of the largest image. */
static void
sweep_inside (Painter       *painter,
              const Target  *t,
              const Sweep   *sweep,
              const Segment *g,
              int            first,
              int            last)
{
  const double row = 4294967296.0, unit = 255.0 * 65536.0;
  double x = first + 0.5, half = sweep->reach * g->stretch;
  double on = g->ay + (x - g->ax) * g->slope;     /* the line's middle in the first column */
  gint64 top = (gint64) ((on - half - 0.5) * row), height = (gint64) (2 * half * row);
  gint64 top_step = (gint64) (g->slope * row);
  /* The distance from the line at row 0 of the column, and its steps. */
  gint64 n_top = (gint64) (((x - g->ax) * g->uy + (g->ay - 0.5) * g->ux) * unit);
  gint64 n_column = (gint64) (g->uy * unit), n_row = (gint64) (g->ux * unit);
  gint64 reach = (gint64) (sweep->reach * unit) + 32768, peak = (gint64) sweep->peak;
  guint32 *column = &t->pixels[first];
  gsize stride = (gsize) t->stride;
  gssize ahead = (16 + (gssize) round (g->slope * 16) * (gssize) stride) * 4;

  for (int i = first; i <= last; i++, top += top_step, n_top += n_column, column++)
    {
      int j = (int) MAX ((top + (gint64) 0xffffffff) >> 32, t->y0);
      int j_end = (int) MIN ((top + height) >> 32, t->y1 - 1);
      guint32 *pixel;
      gint64 n;

      if (j > j_end)
        continue;
      pixel = column + (gsize) j * stride;
      n = n_top - j * n_row;
      for (; j <= j_end; j++, n -= n_row, pixel += stride)
        {
          gint64 c = (reach - (n < 0 ? -n : n)) >> 16;

          /* The image is larger than the caches: ask now for where the
           * line will be 16 columns on, a cache line ahead. */
          __builtin_prefetch ((const void *) ((guintptr) pixel + ahead), 1);
          if (c > 0)
            lay (painter, pixel, (guint) MIN (c, peak));
        }
    }
}

static void
sweep_columns (Painter       *painter,
               const Target  *t,
               const Segment *segments,
               guint          n,
               double         radius)
{
  Sweep sweep = {
    .segments = segments,
    .n = n,
    .reach = radius + 0.5,
    .peak = MIN (2 * radius, 1.0) * 255,
  };
  double reach = sweep.reach;
  double left = MAX (segments[0].x_min - reach, t->x0);
  double right = MIN (segments[sweep.n - 1].x_max + reach, t->x1 - 1);
  int i, end;

  if (!(left <= right))
    return;

  g_assert (painter->column_size >= (gsize) t->y1);
  i = floor_int (left);
  end = ceil_int (right);
  /* The first segment that reaches the first column: ends go left to
   * right too. */
  {
    guint lo = 0, hi = n;

    while (lo < hi)
      {
        guint mid = lo + (hi - lo) / 2;

        if (segments[mid].x_max + reach < i + 0.5)
          lo = mid + 1;
        else
          hi = mid;
      }
    sweep.from = sweep.to = lo;
  }
  for (guint k = sweep.from; k < sweep.n && i <= end; k++)
    {
      const Segment *g = &segments[k];
      /* The columns no other segment, and neither end of this one,
       * reaches: the others before it end before its start (or, in a
       * stroke with gaps, before the end of the one before), and those
       * after it start after its end. */
      double after = MAX (g->x_min, k > 0 ? segments[k - 1].x_max : g->x_min) + reach - 0.5;
      double before = MIN (g->x_max, k + 1 < sweep.n ? segments[k + 1].x_min : g->x_max) -
                      reach - 0.5;
      int first, last;

      if (g->x_min - reach > end)
        break;
      /* Whole numbers hold what a line on a canvas can be; a segment
       * reaching millions of pixels off it is drawn the long way. */
      if (g->bx == g->ax || fabs (g->ay) > 1 << 24 || fabs (g->by) > 1 << 24 ||
          g->stretch > 1 << 20)
        continue;
      after = MAX (after, i);
      before = MIN (before, end);
      if (!(after <= before))
        continue;
      first = ceil_int (after);
      last = floor_int (before);
      if (first > last)
        continue;
      for (; i < first; i++)
        sweep_column (painter, t, &sweep, i);
      sweep_inside (painter, t, &sweep, g, first, last);
      i = last + 1;
    }
  for (; i <= end; i++)
    sweep_column (painter, t, &sweep, i);
}

/* Any other stroke: the coverage of each segment is kept in a mask of
 * the box round the stroke, the largest where segments overlap, and the
 * colour laid through it once all are in. The pixels touched are listed,
 * so that laying the colour and clearing the mask cost what the stroke
 * covers. */
static void
cover (Painter *painter,
       guint32  pixel,
       guint32  index,
       guint    value)
{
  guint8 *m = &painter->mask[index];

  if (value <= *m)
    return;
  if (*m == 0)
    {
      if (painter->n_touched == painter->touched_size)
        {
          painter->touched_size = MAX (1024, painter->touched_size * 2);
          painter->touched = g_renew (Touch, painter->touched, painter->touched_size);
        }
      painter->touched[painter->n_touched++] = (Touch) { pixel, index };
    }
  *m = (guint8) value;
}

static void
cover_segment (Painter       *painter,
               const Target  *t,
               const MaskBox *box,
               const Segment *g,
               double         radius)
{
  double reach = radius + 0.5, peak = MIN (2 * radius, 1.0) * 255;
  double left = MAX (g->x_min - reach, t->x0), right = MIN (g->x_max + reach, t->x1 - 1);

  if (!(left <= right))
    return;

  for (int i = floor_int (left), end = ceil_int (right); i <= end; i++)
    {
      double x = i + 0.5;
      int first, last;

      rows_reached (g, x, reach, t->y0, t->y1, &first, &last);
      for (int j = first; j <= last; j++)
        {
          guint c = coverage (distance_to (g, x, j + 0.5), reach, peak);

          if (c > 0)
            cover (painter, (guint32) j * (guint32) t->stride + (guint32) i,
                   (guint32) (j - box->y0) * (guint32) box->width + (guint32) (i - box->x0), c);
        }
    }
}

static void
cover_segments (Painter       *painter,
                const Target  *t,
                const Stroke  *stroke,
                const Segment *segments)
{
  double reach = stroke->radius + 0.5;
  double left = MAX (stroke->x_min - reach - 1, t->x0), right = MIN (stroke->x_max + reach + 1, t->x1);
  double top = MAX (stroke->y_min - reach - 1, t->y0), bottom = MIN (stroke->y_max + reach + 1, t->y1);
  MaskBox box;
  gsize size;

  if (!(left < right && top < bottom))
    return;
  box.x0 = floor_int (left);
  box.y0 = floor_int (top);
  box.width = ceil_int (right) - box.x0;
  size = (gsize) box.width * (gsize) (ceil_int (bottom) - box.y0);
  if (size > painter->mask_size)
    {
      g_free (painter->mask);
      painter->mask = g_malloc0 (size);
      painter->mask_size = size;
    }
  for (guint k = 0; k < stroke->n; k++)
    cover_segment (painter, t, &box, &segments[k], stroke->radius);
  for (gsize i = 0; i < painter->n_touched; i++)
    {
      const Touch *touch = &painter->touched[i];

      lay (painter, &t->pixels[touch->pixel], painter->mask[touch->mask]);
      painter->mask[touch->mask] = 0;
    }
  painter->n_touched = 0;
}

/* Draws the strokes waiting, in their order, on the columns from
 * @left to @right (excluded) of the target. */
static void
paint (HcPen        *pen,
       Painter      *painter,
       const Target *target,
       int           left,
       int           right)
{
  const Segment *segments = (const Segment *) (gpointer) pen->segments->data;
  Target t = *target;

  t.x0 = MAX (t.x0, left);
  t.x1 = MIN (t.x1, right);
  if (t.x0 >= t.x1)
    return;
  for (guint s = 0; s < pen->strokes->len; s++)
    {
      const Stroke *stroke = &g_array_index (pen->strokes, Stroke, s);
      double reach = stroke->radius + 0.5;

      if (stroke->n == 0 || stroke->x_max + reach < t.x0 || stroke->x_min - reach >= t.x1)
        continue;
      prepare_colour (painter, stroke->colour);
      if (stroke->left_to_right)
        sweep_columns (painter, &t, &segments[stroke->first], stroke->n, stroke->radius);
      else
        cover_segments (painter, &t, stroke, &segments[stroke->first]);
    }
}

/* A flush shared by two threads: the columns drawn are cut into strips,
 * and each thread takes the next strip not yet taken until none is left,
 * so that a helper that wakes late, or whose processor is taken from it
 * for a while, leaves more of the work to the other rather than keep it
 * waiting for more than a strip. */
#define HC_PEN_STRIPS 16

typedef struct
{
  HcPen   *pen;
  Target  *target;
  int      edges[HC_PEN_STRIPS + 1]; /* strip i is edges[i] to edges[i + 1] */
  gint     next;                     /* the next strip to take */
  GMutex   lock;
  GCond    done_cond;
  gboolean done;
} Share;

static void
paint_strips (Share   *share,
              Painter *painter)
{
  for (gint i = g_atomic_int_add (&share->next, 1); i < HC_PEN_STRIPS;
       i = g_atomic_int_add (&share->next, 1))
    paint (share->pen, painter, share->target, share->edges[i], share->edges[i + 1]);
}

static void
paint_share_cb (gpointer data,
                gpointer user_data)
{
  Share *share = data;

  paint_strips (share, &share->pen->painters[1]);
  g_mutex_lock (&share->lock);
  share->done = TRUE;
  g_cond_signal (&share->done_cond);
  g_mutex_unlock (&share->lock);
}

/* One thread kept for the program's life, so that a flush does not pay
 * for starting one (and its stack's first touches) every frame. NULL if
 * none could be had. */
static GThreadPool *
helper_pool (void)
{
  static GThreadPool *pool;
  static gsize once;

  if (g_once_init_enter (&once))
    {
      pool = g_thread_pool_new (paint_share_cb, NULL, 1, TRUE, NULL);
      g_once_init_leave (&once, 1);
    }
  return pool;
}

/* The column buffers, made before the threads share the work so that
 * neither allocates while drawing. */
static void
prepare_columns (HcPen        *pen,
                 const Target *t)
{
  for (guint i = 0; i < G_N_ELEMENTS (pen->painters); i++)
    {
      Painter *painter = &pen->painters[i];

      if (painter->column_size < (gsize) t->y1)
        {
          g_free (painter->column);
          painter->column = g_malloc0 ((gsize) t->y1);
          painter->column_size = (gsize) t->y1;
        }
    }
}

/* Draws every stroke waiting. Cairo's drawing on the cr goes straight to
 * the target, so this comes before any of it that must lie over them. */
void
hc_pen_flush (HcPen *pen)
{
  Target *t = &pen->target;
  gboolean shared = FALSE;
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE;

  g_return_if_fail (pen != NULL);

  if (pen->strokes->len == 0)
    return;

  cairo_surface_flush (t->surface);
  t->pixels = (guint32 *) (gpointer) cairo_image_surface_get_data (t->surface);
  if (t->pixels == NULL)
    goto done;

  /* Two threads, on strips of the columns drawn, when there is much to
   * draw; a stroke that goes back left is drawn through a mask of the
   * whole target, so then one. */
  if (pen->segments->len >= HC_PEN_SHARED_SEGMENTS && g_get_num_processors () > 1)
    {
      shared = TRUE;
      for (guint s = 0; s < pen->strokes->len && shared; s++)
        shared = g_array_index (pen->strokes, Stroke, s).left_to_right;
      for (guint k = 0; k < pen->strokes->len; k++)
        {
          const Stroke *stroke = &g_array_index (pen->strokes, Stroke, k);

          left = MIN (left, stroke->x_min);
          right = MAX (right, stroke->x_max);
        }
      left = MAX (left, t->x0);
      right = MIN (right, t->x1);
      shared = shared && right - left >= HC_PEN_STRIPS;
    }

  prepare_columns (pen, t);
  if (shared && helper_pool () != NULL)
    {
      Share share = { .pen = pen, .target = t };

      /* The first and the last strip reach the clip's edges, so that the
       * reach of a line beyond its ends is drawn too. */
      for (int i = 0; i <= HC_PEN_STRIPS; i++)
        share.edges[i] = (int) round (left + (right - left) * i / HC_PEN_STRIPS);
      share.edges[0] = t->x0;
      share.edges[HC_PEN_STRIPS] = t->x1;
      g_mutex_init (&share.lock);
      g_cond_init (&share.done_cond);
      if (g_thread_pool_push (helper_pool (), &share, NULL))
        {
          paint_strips (&share, &pen->painters[0]);
          g_mutex_lock (&share.lock);
          while (!share.done)
            g_cond_wait (&share.done_cond, &share.lock);
          g_mutex_unlock (&share.lock);
        }
      else
        paint (pen, &pen->painters[0], t, t->x0, t->x1);
      g_cond_clear (&share.done_cond);
      g_mutex_clear (&share.lock);
    }
  else
    paint (pen, &pen->painters[0], t, t->x0, t->x1);
  cairo_surface_mark_dirty (t->surface);

done:
  g_array_set_size (pen->strokes, 0);
  g_array_set_size (pen->segments, 0);
}

static void
add_segment (HcPen        *pen,
             const Target *t,
             double        ax,
             double        ay,
             double        bx,
             double        by)
{
  Segment g;

  g.ax = ax * t->k + t->dx;
  g.ay = ay * t->k + t->dy;
  g.bx = bx * t->k + t->dx;
  g.by = by * t->k + t->dy;
  if (!isfinite (g.ax) || !isfinite (g.ay) || !isfinite (g.bx) || !isfinite (g.by))
    return;
  g.length = sqrt ((g.bx - g.ax) * (g.bx - g.ax) + (g.by - g.ay) * (g.by - g.ay));
  if (!isfinite (g.length))
    return;
  g.ux = g.length > 0 ? (g.bx - g.ax) / g.length : 1;
  g.uy = g.length > 0 ? (g.by - g.ay) / g.length : 0;
  g.x_min = MIN (g.ax, g.bx);
  g.x_max = MAX (g.ax, g.bx);
  g.slope = g.bx != g.ax ? (g.by - g.ay) / (g.bx - g.ax) : 0;
  g.stretch = g.bx != g.ax ? g.length / fabs (g.bx - g.ax) : 0;
  if (!isfinite (g.slope) || !isfinite (g.stretch))
    return;
  g_array_append_val (pen->segments, g);
}

/* A circle as segments short enough that none strays from it by more
 * than a twentieth of a pixel. */
static void
add_circle (HcPen        *pen,
            const Target *t,
            double        x,
            double        y,
            double        radius)
{
  double pixels = radius * t->k;
  int n = pixels > 0.05 ? (int) ceil (G_PI / acos (1 - 0.05 / pixels)) : 4;
  double px = x + radius, py = y;

  n = CLAMP (n, 4, 1024);
  for (int i = 1; i <= n; i++)
    {
      double angle = 2 * G_PI * i / n;
      double qx = x + radius * cos (angle), qy = y + radius * sin (angle);

      add_segment (pen, t, px, py, qx, qy);
      px = qx;
      py = qy;
    }
}

/* Whether a stroke on @t can wait with those waiting: the same pixels,
 * clip and placing. */
static gboolean
same_target (const Target *a,
             const Target *b)
{
  return a->surface == b->surface && a->x0 == b->x0 && a->y0 == b->y0 && a->x1 == b->x1 &&
         a->y1 == b->y1 && a->k == b->k && a->dx == b->dx && a->dy == b->dy;
}

/* Starts a stroke on @t in @colour, flushing those waiting first if they
 * go elsewhere. */
static Stroke *
begin_stroke (HcPen        *pen,
              const Target *t,
              guint32       colour,
              double        radius)
{
  Stroke stroke = { pen->segments->len, 0, colour, radius, TRUE };

  if (pen->strokes->len > 0 && !same_target (&pen->target, t))
    hc_pen_flush (pen);
  pen->target = *t;
  g_array_append_val (pen->strokes, stroke);
  return &g_array_index (pen->strokes, Stroke, pen->strokes->len - 1);
}

static void
end_stroke (HcPen  *pen,
            Stroke *stroke)
{
  const Segment *segments = (const Segment *) (gpointer) pen->segments->data;

  stroke->n = pen->segments->len - stroke->first;
  stroke->x_min = stroke->y_min = G_MAXDOUBLE;
  stroke->x_max = stroke->y_max = -G_MAXDOUBLE;
  for (guint k = stroke->first; k < stroke->first + stroke->n; k++)
    {
      stroke->x_min = MIN (stroke->x_min, segments[k].x_min);
      stroke->x_max = MAX (stroke->x_max, segments[k].x_max);
      stroke->y_min = MIN (stroke->y_min, MIN (segments[k].ay, segments[k].by));
      stroke->y_max = MAX (stroke->y_max, MAX (segments[k].ay, segments[k].by));
      if (k > stroke->first)
        stroke->left_to_right = stroke->left_to_right &&
                                segments[k].x_min >= segments[k - 1].x_min &&
                                segments[k].x_max >= segments[k - 1].x_max;
    }
}

static void
stroke_with_cairo (HcPen *pen,
                   double width)
{
  cairo_t *cr = pen->cr;

  cairo_save (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < pen->points->len; i++)
    {
      const PenPoint *p = &g_array_index (pen->points, PenPoint, i);

      if (p->radius > 0)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, p->x, p->y, p->radius, 0, 2 * G_PI);
          cairo_close_path (cr);
        }
      else if (p->move)
        cairo_move_to (cr, p->x, p->y);
      else
        cairo_line_to (cr, p->x, p->y);
    }
  cairo_set_line_width (cr, width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
hc_pen_stroke (HcPen *pen,
               double width)
{
  Target t;
  guint32 colour;

  g_return_if_fail (pen != NULL);

  if (pen->points->len == 0)
    return;

  /* A stroke of no width draws nothing, whatever draws it. */
  if (!isfinite (width) || width <= 0)
    ;
  else if (prepare_target (pen, &t, &colour))
    {
      Stroke *stroke = begin_stroke (pen, &t, colour, width / 2 * t.k);

      for (guint i = 0; i < pen->points->len; i++)
        {
          const PenPoint *q = &g_array_index (pen->points, PenPoint, i);

          if (q->radius > 0)
            add_circle (pen, &t, q->x, q->y, q->radius);
          else if (!q->move && i > 0)
            {
              const PenPoint *p = &g_array_index (pen->points, PenPoint, i - 1);

              /* After a circle a line starts where it is drawn to. */
              if (p->radius <= 0)
                add_segment (pen, &t, p->x, p->y, q->x, q->y);
            }
        }
      end_stroke (pen, stroke);
    }
  else
    {
      hc_pen_flush (pen);
      stroke_with_cairo (pen, width);
    }
  g_array_set_size (pen->points, 0);
}

void
hc_pen_dot (HcPen *pen,
            double x,
            double y,
            double radius)
{
  Target t;
  guint32 colour;

  g_return_if_fail (pen != NULL);

  if (!isfinite (x) || !isfinite (y) || !isfinite (radius) || radius <= 0)
    return;
  if (prepare_target (pen, &t, &colour))
    {
      Stroke *stroke = begin_stroke (pen, &t, colour, radius * t.k);

      add_segment (pen, &t, x, y, x, y);
      end_stroke (pen, stroke);
      return;
    }

  hc_pen_flush (pen);
  cairo_save (pen->cr);
  cairo_new_path (pen->cr);
  cairo_arc (pen->cr, x, y, radius, 0, 2 * G_PI);
  cairo_fill (pen->cr);
  cairo_restore (pen->cr);
}
