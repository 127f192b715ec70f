/* hc-chart-map.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A choropleth: every country a figure names, coloured by the bin its
 * value falls in, on an equal-area map of the world or of the part of it
 * the figures cover. Countries without a figure are hatched ("No data");
 * figures without a country are named under the map.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-map.h"
#include "hc-number.h"
#include "hc-projection.h"
#include "hc-table-private.h"

/* More bins than this stop being told apart by colour. */
#define MAX_BINS HC_MAP_MAX_BINS

/* Points closer than this on the canvas, in pixels, are drawn as one:
 * the 1:50m coasts have far more detail than a world map can show. */
#define SIMPLIFY_PX 0.5

/* Borders are hairlines: a pixel's worth of detail more or less in them
 * cannot be seen, and stroking is the frame's largest cost. */
#define SIMPLIFY_BORDER_PX 1.0

/* Past this width of the whole world on the canvas, 1:110m coasts look
 * coarse and the 1:50m ones are drawn (zoomed in, they always are). */
#define FINE_WORLD_WIDTH 2600.0

/* Labels beside the countries they name, for maps of a few. */
#define MAX_CALLOUTS 8

/* A zoom to the countries of the figures keeps a box at least this wide
 * (in units of the unit sphere, about six degrees), so that Kosovo
 * alone still shows its neighbours. */
#define MIN_ZOOM_SPAN 0.1

/* Viridis (van der Walt & Smith, matplotlib): ordered in lightness, and
 * read the same with the common colour-vision deficiencies. */
static const HcColor viridis[] = {
  { 0x44 / 255.0, 0x01 / 255.0, 0x54 / 255.0, 1 }, { 0x47 / 255.0, 0x2c / 255.0, 0x7a / 255.0, 1 },
  { 0x3b / 255.0, 0x51 / 255.0, 0x8b / 255.0, 1 }, { 0x2c / 255.0, 0x71 / 255.0, 0x8e / 255.0, 1 },
  { 0x21 / 255.0, 0x90 / 255.0, 0x8d / 255.0, 1 }, { 0x27 / 255.0, 0xad / 255.0, 0x81 / 255.0, 1 },
  { 0x5c / 255.0, 0xc8 / 255.0, 0x63 / 255.0, 1 }, { 0xaa / 255.0, 0xdc / 255.0, 0x32 / 255.0, 1 },
  { 0xfd / 255.0, 0xe7 / 255.0, 0x25 / 255.0, 1 },
};

typedef struct
{
  HcScaleKind kind;
  guint       n_bins;
  double      edges[MAX_BINS];  /* n_bins − 1 of them: bin i holds [edges[i − 1], edges[i]) */
  HcColor     colors[MAX_BINS];
} Bins;

typedef struct
{
  double scale;       /* pixels per unit of the plane */
  double cx, cy;      /* the plane's point at the centre of the map's area */
  double ox, oy;      /* that centre on the canvas */
  HcMapBox view;      /* the part of the plane on the canvas */
} Transform;

typedef struct
{
  HcChartContext    *ctx;
  const HcMapAtlas  *atlas;
  HcMapJoin         *join;
  HcMapRegion        region;     /* what is drawn: the data's zoom may be the world */
  Bins               bins;
  Transform          t;
  cairo_rectangle_t  map;        /* where the map goes on the canvas */
  HcColor            ocean, border, no_data, hatch;
  cairo_pattern_t   *hatch_pattern;
  guint             *ranks;      /* per figure: its place by value among those on the map */
  gboolean           fixed_bins; /* the bins are those of every time of the measure */
  const char        *legend_title; /* nullable, owned by the layout */
} MapContext;

/* ---- colours and bins --------------------------------------------------------- */

static HcColor
viridis_at (double t)
{
  double position = CLAMP (t, 0.0, 1.0) * (G_N_ELEMENTS (viridis) - 1);
  guint i = MIN ((guint) position, G_N_ELEMENTS (viridis) - 2);
  double f = position - i;
  HcColor color;

  color.red = viridis[i].red + f * (viridis[i + 1].red - viridis[i].red);
  color.green = viridis[i].green + f * (viridis[i + 1].green - viridis[i].green);
  color.blue = viridis[i].blue + f * (viridis[i + 1].blue - viridis[i].blue);
  /* Whole 8-bit steps: every target then draws exactly this colour, and
   * a country matches its swatch in the legend pixel for pixel. */
  color.red = round (color.red * 255) / 255;
  color.green = round (color.green * 255) / 255;
  color.blue = round (color.blue * 255) / 255;
  color.alpha = 1;
  return color;
}

/* More is darker on a light page and lighter on a dark one, so that the
 * countries with the most stand out in both; the darkest violet is left
 * out on dark backgrounds, where it would sink into them. */
static void
bins_color (Bins               *bins,
            const HcChartStyle *style)
{
  for (guint i = 0; i < bins->n_bins; i++)
    {
      double f = bins->n_bins > 1 ? (double) i / (bins->n_bins - 1) : 0.5;

      bins->colors[i] = style->dark ? viridis_at (0.2 + 0.8 * f) : viridis_at (1.0 - 0.95 * f);
    }
}

/* Edges on the 1-2-5 ladder between the smallest and the largest value,
 * or every decade, or every other, whichever is the finest that keeps to
 * MAX_BINS: readers know 1, 2 and 5 and powers of ten, and a population
 * map spans five decades. */
static gboolean
bins_log (Bins   *bins,
          double  min_positive,
          double  max)
{
  static const double ladder[] = { 1, 2, 5 };

  for (guint pass = 0; pass < 4; pass++)
    {
      guint n = 0;
      int e0 = (int) floor (log10 (min_positive)) - 1, e1 = (int) ceil (log10 (max)) + 1;
      gboolean overflow = FALSE;

      for (int e = e0; e <= e1 && !overflow; e++)
        {
          /* Pass 0: 1, 2, 5 × 10ⁿ; pass 1: 10ⁿ; pass 2: every other
           * decade; pass 3: every third. */
          if (pass >= 2 && ((e % (int) pass) + (int) pass) % (int) pass != 0)
            continue;
          for (guint s = 0; s < (pass == 0 ? 3 : 1); s++)
            {
              double edge = ladder[s] * pow (10, e);

              if (edge <= min_positive || edge > max)
                continue;
              if (n == MAX_BINS - 1)
                {
                  overflow = TRUE;
                  break;
                }
              bins->edges[n++] = edge;
            }
        }
      if (!overflow && n > 0)
        {
          bins->n_bins = n + 1;
          bins->kind = HC_SCALE_LOG;
          return TRUE;
        }
      if (!overflow)
        return FALSE;
    }

  return FALSE;
}

/* Equal bins on round numbers, four to eight of them. */
static void
bins_linear (Bins   *bins,
             double  min,
             double  max)
{
  bins->kind = HC_SCALE_LINEAR;
  bins->n_bins = 1;
  if (!(max > min))
    return;

  for (guint ticks = 7; ticks >= 2; ticks--)
    {
      double step = hc_scale_nice_step (max - min, ticks);
      guint n = 0;

      if (!(step > 0))
        break;
      for (double edge = (floor (min / step) + 1) * step; edge <= max && n < MAX_BINS; edge += step)
        if (edge > min)
          bins->edges[n++] = edge;
      if (n <= MAX_BINS - 1)
        {
          bins->n_bins = n + 1;
          return;
        }
    }
}

static void
bins_compute (MapContext *mc)
{
  const HcDataset *dataset = mc->ctx->dataset;
  double min = INFINITY, max = -INFINITY, min_positive = INFINITY;
  Bins *bins = &mc->bins;
  const HcValueDomain *domain;
  HcScaleKind kind;

  memset (bins, 0, sizeof *bins);
  for (guint s = 0; s < mc->join->shape_figure->len; s++)
    {
      int f = g_array_index (mc->join->shape_figure, int, s);
      double value;

      if (f < 0)
        continue;
      value = hc_dataset_get_figure (dataset, f)->value;
      if (!isfinite (value))
        continue;
      min = MIN (min, value);
      max = MAX (max, value);
      if (value > 0)
        min_positive = MIN (min_positive, value);
    }

  /* Bins of every time of the measure, not of this one's figures alone:
   * a country's colour then means the same from year to year, and
   * playing the years shows the change. */
  domain = mc->ctx->options->map_adaptive_bins ? NULL : hc_dataset_get_value_domain (dataset);
  if (domain != NULL && isfinite (min) && isfinite (domain->min) && isfinite (domain->max))
    {
      min = MIN (min, domain->min);
      max = MAX (max, domain->max);
      min_positive = MIN (min_positive, domain->min_positive);
      mc->fixed_bins = TRUE;
    }

  kind = isfinite (min) ? hc_chart_resolve_scale (min_positive, max, mc->ctx->options->scale_mode)
                        : HC_SCALE_LINEAR;
  if (!(kind == HC_SCALE_LOG && isfinite (min_positive) && bins_log (bins, min_positive, max)))
    bins_linear (bins, isfinite (min) ? min : 0, isfinite (max) ? max : 0);
  bins_color (bins, mc->ctx->style);
}

static guint
bins_find (const Bins *bins,
           double      value)
{
  guint i = 0;

  while (i + 1 < bins->n_bins && value >= bins->edges[i])
    i++;
  return i;
}

guint
hc_chart_map_find_bin (const HcChartMap *map,
                       double            value)
{
  guint i = 0;

  g_return_val_if_fail (map != NULL, 0);

  while (i + 1 < map->n_bins && value >= map->edges[i])
    i++;
  return i;
}

gboolean
hc_chart_layout_map_point (const HcChartLayout *layout,
                           double               lon,
                           double               lat,
                           double              *x,
                           double              *y)
{
  const HcChartMap *map;
  double px, py;

  g_return_val_if_fail (layout != NULL, FALSE);

  map = layout->map;
  if (map == NULL || !(map->scale > 0))
    return FALSE;

  lon -= map->central_meridian;
  while (lon > 180)
    lon -= 360;
  while (lon < -180)
    lon += 360;
  hc_equal_earth_forward (lon, lat, &px, &py);
  *x = map->ox + (px - map->cx) * map->scale;
  *y = map->oy - (py - map->cy) * map->scale;
  return TRUE;
}

/* ---- where the map looks ------------------------------------------------------ */

static void
box_init (HcMapBox *box)
{
  box->x0 = box->y0 = INFINITY;
  box->x1 = box->y1 = -INFINITY;
}

static gboolean
box_is_empty (const HcMapBox *box)
{
  return !(box->x1 >= box->x0 && box->y1 >= box->y0);
}

static gboolean
boxes_meet (const HcMapBox *a,
            const HcMapBox *b)
{
  return a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

static void
box_add (HcMapBox *box,
         double    x,
         double    y)
{
  box->x0 = MIN (box->x0, x);
  box->y0 = MIN (box->y0, y);
  box->x1 = MAX (box->x1, x);
  box->y1 = MAX (box->y1, y);
}

static void
world_box (HcMapBox *box)
{
  box->x0 = -hc_equal_earth_x_max ();
  box->x1 = hc_equal_earth_x_max ();
  box->y0 = -hc_equal_earth_y_max ();
  box->y1 = hc_equal_earth_y_max ();
}

/* The main parts of the countries with figures. */
static HcMapBox
data_box (const HcMapAtlas *atlas,
          const HcMapJoin  *join)
{
  HcMapBox box;

  box_init (&box);
  for (guint s = 0; s < atlas->shapes->len; s++)
    if (g_array_index (join->shape_figure, int, s) >= 0)
      {
        const HcMapShape *shape = &g_array_index (atlas->shapes, HcMapShape, s);

        if (shape->n_rings > 0)
          {
            box_add (&box, shape->core.x0, shape->core.y0);
            box_add (&box, shape->core.x1, shape->core.y1);
          }
      }

  return box;
}

static HcMapBox
region_box (const HcMapAtlas *atlas,
            double            lon_min,
            double            lon_max,
            double            lat_min,
            double            lat_max)
{
  HcMapBox box;

  /* Meridians bend: follow the rectangle's edges, not just its corners. */
  box_init (&box);
  for (guint i = 0; i <= 32; i++)
    {
      double lon = lon_min + (lon_max - lon_min) * i / 32;
      double lat = lat_min + (lat_max - lat_min) * i / 32;
      double x, y;

      hc_map_atlas_project (atlas, lon, lat_min, &x, &y);
      box_add (&box, x, y);
      hc_map_atlas_project (atlas, lon, lat_max, &x, &y);
      box_add (&box, x, y);
      hc_map_atlas_project (atlas, lon_min, lat, &x, &y);
      box_add (&box, x, y);
      hc_map_atlas_project (atlas, lon_max, lat, &x, &y);
      box_add (&box, x, y);
    }

  return box;
}

static void
transform_fit (Transform               *t,
               const HcMapBox          *box,
               const cairo_rectangle_t *area)
{
  double w = MAX (box->x1 - box->x0, 1e-9), h = MAX (box->y1 - box->y0, 1e-9);

  t->scale = MIN (area->width / w, area->height / h);
  t->cx = (box->x0 + box->x1) / 2;
  t->cy = (box->y0 + box->y1) / 2;
  t->ox = area->x + area->width / 2;
  t->oy = area->y + area->height / 2;
  t->view.x0 = t->cx - area->width / 2 / t->scale;
  t->view.x1 = t->cx + area->width / 2 / t->scale;
  t->view.y0 = t->cy - area->height / 2 / t->scale;
  t->view.y1 = t->cy + area->height / 2 / t->scale;
}

static inline void
transform_point (const Transform *t,
                 double           x,
                 double           y,
                 double          *px,
                 double          *py)
{
  *px = t->ox + (x - t->cx) * t->scale;
  *py = t->oy - (y - t->cy) * t->scale;
}

static void
pad_box (HcMapBox *box,
         double    fraction,
         double    min_span)
{
  double w = box->x1 - box->x0, h = box->y1 - box->y0;
  double grow_x = MAX (w * fraction, (min_span - w) / 2);
  double grow_y = MAX (h * fraction, (min_span - h) / 2);

  box->x0 -= MAX (grow_x, 0);
  box->x1 += MAX (grow_x, 0);
  box->y0 -= MAX (grow_y, 0);
  box->y1 += MAX (grow_y, 0);
}

/* Picks the region, the atlas and the transform for the map's area. The
 * figures' own zoom is the world when they cover much of it. */
static gboolean
map_choose_view (MapContext  *mc,
                 GError     **error)
{
  const HcChartOptions *options = mc->ctx->options;
  double central_meridian = 0, lon_min, lon_max, lat_min, lat_max;
  HcMapRegion region = options->map_region < HC_N_MAP_REGIONS ? options->map_region
                                                                : HC_MAP_REGION_DATA;
  const HcMapAtlas *atlas;
  const HcDataset *zoom;
  HcMapBox box, world;
  HcMapDetail detail;

  world_box (&world);
  atlas = hc_map_atlas_get (options->map_detail == HC_MAP_DETAIL_50M ? HC_MAP_DETAIL_50M
                                                                      : HC_MAP_DETAIL_110M,
                            0, error);
  if (atlas == NULL)
    return FALSE;

  /* The countries of the figures at any of their times, when the cut
   * says: the zoom stays put as the years play. */
  zoom = hc_dataset_get_extent (mc->ctx->dataset) != NULL ? hc_dataset_get_extent (mc->ctx->dataset)
                                                          : mc->ctx->dataset;
  if (region == HC_MAP_REGION_DATA)
    {
      g_autoptr(HcMapJoin) join = hc_map_join_new (atlas, zoom);

      box = data_box (atlas, join);
      /* Figures of small countries only: the finer map has them. */
      if (box_is_empty (&box) && options->map_detail == HC_MAP_DETAIL_AUTO)
        {
          const HcMapAtlas *fine = hc_map_atlas_get (HC_MAP_DETAIL_50M, 0, error);
          g_autoptr(HcMapJoin) fine_join = NULL;

          if (fine == NULL)
            return FALSE;
          fine_join = hc_map_join_new (fine, zoom);
          box = data_box (fine, fine_join);
        }
      if (box_is_empty (&box) ||
          box.x1 - box.x0 > (world.x1 - world.x0) * 0.45 ||
          box.y1 - box.y0 > (world.y1 - world.y0) * 0.55)
        region = HC_MAP_REGION_WORLD;
      else
        pad_box (&box, 0.12, MIN_ZOOM_SPAN);
    }

  if (region != HC_MAP_REGION_DATA)
    {
      hc_map_region_bounds (region, &central_meridian, &lon_min, &lon_max, &lat_min, &lat_max);
      atlas = hc_map_atlas_get (atlas->detail, central_meridian, error);
      if (atlas == NULL)
        return FALSE;
      box = region == HC_MAP_REGION_WORLD ? world
                                          : region_box (atlas, lon_min, lon_max, lat_min, lat_max);
    }

  transform_fit (&mc->t, &box, &mc->map);

  /* Zoomed in, the finer shapes: they have the small countries too. */
  detail = options->map_detail;
  if (detail == HC_MAP_DETAIL_AUTO)
    detail = region != HC_MAP_REGION_WORLD ||
             mc->t.scale * (world.x1 - world.x0) > FINE_WORLD_WIDTH ? HC_MAP_DETAIL_50M
                                                                     : HC_MAP_DETAIL_110M;
  if (detail != atlas->detail)
    {
      atlas = hc_map_atlas_get (detail, central_meridian, error);
      if (atlas == NULL)
        return FALSE;
      /* The finer map has countries the coarse one leaves out. */
      if (region == HC_MAP_REGION_DATA)
        {
          g_autoptr(HcMapJoin) join = hc_map_join_new (atlas, zoom);
          HcMapBox fine_box = data_box (atlas, join);

          if (!box_is_empty (&fine_box))
            {
              pad_box (&fine_box, 0.12, MIN_ZOOM_SPAN);
              transform_fit (&mc->t, &fine_box, &mc->map);
            }
        }
    }

  mc->atlas = atlas;
  mc->region = region;
  mc->join = hc_map_join_new (atlas, mc->ctx->dataset);
  return TRUE;
}

/* ---- drawing ------------------------------------------------------------------ */

/* A shape as this frame draws it: the rings that reach into the view,
 * in canvas pixels, without the points too close to draw apart. Filled,
 * hit-tested and outlined from the same points. */
typedef struct
{
  GArray *points;     /* of double: x, y */
  GArray *ring_ends;  /* of guint: the end of each ring, in points */
} Pixels;

static void
shape_pixels (MapContext       *mc,
              const HcMapShape *shape,
              Pixels           *out)
{
  const Transform *t = &mc->t;

  out->points = g_array_new (FALSE, FALSE, sizeof (double));
  out->ring_ends = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint r = 0; r < shape->n_rings; r++)
    {
      const HcMapSpan *ring = &g_array_index (mc->atlas->rings, HcMapSpan, shape->first_ring + r);
      const double *p = &g_array_index (mc->atlas->points, double, 2 * ring->first_point);
      double last_x = 0, last_y = 0;
      HcMapBox box;
      guint end;

      /* A ring all outside the view is not drawn: France's islands off
       * a map of Europe. */
      box_init (&box);
      for (guint i = 0; i < ring->n_points; i++)
        box_add (&box, p[2 * i], p[2 * i + 1]);
      if (!boxes_meet (&box, &t->view))
        continue;

      for (guint i = 0; i < ring->n_points; i++)
        {
          double xy[2];

          transform_point (t, p[2 * i], p[2 * i + 1], &xy[0], &xy[1]);
          if (i > 0 && i + 1 < ring->n_points &&
              fabs (xy[0] - last_x) < SIMPLIFY_PX && fabs (xy[1] - last_y) < SIMPLIFY_PX)
            continue;
          g_array_append_vals (out->points, xy, 2);
          last_x = xy[0];
          last_y = xy[1];
        }
      end = out->points->len / 2;
      g_array_append_val (out->ring_ends, end);
    }
}

static void
pixels_clear (Pixels *pixels)
{
  g_clear_pointer (&pixels->points, g_array_unref);
  g_clear_pointer (&pixels->ring_ends, g_array_unref);
}

static void
append_path (cairo_t      *cr,
             const Pixels *pixels)
{
  guint start = 0;

  for (guint r = 0; r < pixels->ring_ends->len; r++)
    {
      guint end = g_array_index (pixels->ring_ends, guint, r);
      const double *p = &g_array_index (pixels->points, double, 0);

      for (guint i = start; i < end; i++)
        if (i == start)
          cairo_move_to (cr, p[2 * i], p[2 * i + 1]);
        else
          cairo_line_to (cr, p[2 * i], p[2 * i + 1]);
      cairo_close_path (cr);
      start = end;
    }
}

/* Appends @pixels to a mark's outline. */
static void
pixels_append (GArray       *points,
               GArray       *ring_ends,
               const Pixels *pixels)
{
  guint offset = points->len / 2;

  g_array_append_vals (points, pixels->points->data, pixels->points->len);
  for (guint r = 0; r < pixels->ring_ends->len; r++)
    {
      guint end = g_array_index (pixels->ring_ends, guint, r) + offset;

      g_array_append_val (ring_ends, end);
    }
}

static gboolean
shape_in_view (MapContext       *mc,
               const HcMapShape *shape)
{
  return shape->n_rings > 0 && boxes_meet (&shape->box, &mc->t.view);
}

/* "No data" is a grey the colours never reach, hatched. On an image the
 * hatching is a tile repeated from the canvas' origin (one fill, however
 * many countries), so that neighbours and the legend's swatch line up; in
 * SVG and PDF it is lines clipped to the path, a drawing that stays sharp
 * (and cairo 1.16 loses memory on patterns of recordings in SVG). */
static cairo_pattern_t *
hatch_pattern_new (MapContext *mc)
{
  double spacing = round (MAX (4.0, mc->ctx->unit * 0.32));
  double width = MAX (0.7, mc->ctx->unit * 0.05);
  cairo_surface_t *target = cairo_get_target (mc->ctx->cr);
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  double sx = 1, sy = 1;
  cairo_t *cr;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return NULL;

  /* Pixels of the canvas' own density: the tile is as fine as what it is
   * drawn on. */
  cairo_surface_get_device_scale (target, &sx, &sy);
  tile = cairo_surface_create_similar_image (target, CAIRO_FORMAT_ARGB32,
                                             (int) ceil (spacing * sx), (int) ceil (spacing * sy));
  cairo_surface_set_device_scale (tile, sx, sy);

  cr = cairo_create (tile);
  cairo_set_source_rgba (cr, mc->no_data.red, mc->no_data.green, mc->no_data.blue, 1);
  cairo_paint (cr);
  cairo_set_source_rgba (cr, mc->hatch.red, mc->hatch.green, mc->hatch.blue, 1);
  cairo_set_line_width (cr, width);
  /* One diagonal, and its ends across the tile's corners. */
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (cr, k * spacing, spacing);
      cairo_line_to (cr, k * spacing + spacing, 0);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  return pattern;
}

/* Fills the current path as "No data", and clears it. */
static void
fill_no_data (MapContext *mc)
{
  cairo_t *cr = mc->ctx->cr;
  double spacing = round (MAX (4.0, mc->ctx->unit * 0.32));
  double x1, y1, x2, y2;

  if (mc->hatch_pattern != NULL)
    {
      cairo_set_source (cr, mc->hatch_pattern);
      cairo_fill (cr);
      return;
    }

  cairo_path_extents (cr, &x1, &y1, &x2, &y2);
  cairo_save (cr);
  hc_chart_set_color (mc->ctx, &mc->no_data);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  hc_chart_set_color (mc->ctx, &mc->hatch);
  cairo_set_line_width (cr, MAX (0.7, mc->ctx->unit * 0.05));
  /* The same diagonals as the tile's, from the canvas' origin. */
  for (double d = floor ((x1 + y1) / spacing) * spacing; d <= x2 + y2; d += spacing)
    {
      cairo_move_to (cr, d - y2, y2);
      cairo_line_to (cr, d - y1, y1);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_new_path (cr);
}

static void
draw_borders (MapContext *mc)
{
  cairo_t *cr = mc->ctx->cr;
  const Transform *t = &mc->t;
  const HcMapAtlas *atlas = mc->atlas;

  cairo_new_path (cr);
  for (guint l = 0; l < atlas->lines->len; l++)
    {
      const HcMapSpan *line = &g_array_index (atlas->lines, HcMapSpan, l);
      const double *p = &g_array_index (atlas->points, double, 2 * line->first_point);
      double last_x = 0, last_y = 0;
      gboolean inside = FALSE;

      for (guint i = 0; i < line->n_points && !inside; i++)
        inside = p[2 * i] >= t->view.x0 && p[2 * i] <= t->view.x1 &&
                 p[2 * i + 1] >= t->view.y0 && p[2 * i + 1] <= t->view.y1;
      if (!inside)
        continue;

      for (guint i = 0; i < line->n_points; i++)
        {
          double x, y;

          transform_point (t, p[2 * i], p[2 * i + 1], &x, &y);
          if (i > 0 && i + 1 < line->n_points &&
              fabs (x - last_x) < SIMPLIFY_BORDER_PX && fabs (y - last_y) < SIMPLIFY_BORDER_PX)
            continue;
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
          last_x = x;
          last_y = y;
        }
    }

  hc_chart_set_color (mc->ctx, &mc->border);
  cairo_set_line_width (cr, CLAMP (mc->ctx->unit * 0.04, 0.5, 2.0));
  /* Thousands of joins a frame: round ones cost a third more, for a
   * difference a line this thin does not show. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_stroke (cr);
}

static void
draw_outline (MapContext *mc)
{
  cairo_t *cr = mc->ctx->cr;
  const GArray *outline = mc->atlas->outline;

  cairo_new_path (cr);
  for (guint i = 0; i < outline->len; i += 2)
    {
      double x, y;

      transform_point (&mc->t, g_array_index (outline, double, i),
                       g_array_index (outline, double, i + 1), &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
  hc_chart_set_color (mc->ctx, &mc->ocean);
  cairo_fill (cr);
}

static int
compare_values_down (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const HcDataset *dataset = user_data;
  double va = hc_dataset_get_figure (dataset, *(const guint *) a)->value;
  double vb = hc_dataset_get_figure (dataset, *(const guint *) b)->value;

  return (va < vb) - (va > vb);
}

/* Rank 1 is the largest; equal values share a rank. Figures on no shape
 * have none. */
static void
compute_ranks (MapContext *mc)
{
  const HcDataset *dataset = mc->ctx->dataset;
  guint n = hc_dataset_get_n_figures (dataset);
  g_autofree guint8 *seen = g_new0 (guint8, MAX (n, 1));
  g_autoptr(GArray) matched = g_array_new (FALSE, FALSE, sizeof (guint));

  mc->ranks = g_new0 (guint, MAX (n, 1));
  for (guint s = 0; s < mc->join->shape_figure->len; s++)
    {
      int f = g_array_index (mc->join->shape_figure, int, s);

      if (f >= 0 && !seen[f])
        {
          guint index = (guint) f;

          seen[f] = 1;
          g_array_append_val (matched, index);
        }
    }
  g_array_sort_with_data (matched, compare_values_down, (gpointer) dataset);
  for (guint i = 0; i < matched->len; i++)
    {
      guint f = g_array_index (matched, guint, i);
      guint before = i > 0 ? g_array_index (matched, guint, i - 1) : 0;

      mc->ranks[f] = i > 0 && hc_dataset_get_figure (dataset, before)->value ==
                              hc_dataset_get_figure (dataset, f)->value
                   ? mc->ranks[before] : i + 1;
    }
}

/* Name, value (and its bounds), what a rate divides, year and rank: what
 * the other views' tooltips say of a figure, and where it stands. */
static char *
figure_tooltip (MapContext     *mc,
                guint           index,
                const HcFigure *figure)
{
  g_autofree char *value = hc_chart_range_value_text (figure, 6);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n%s", figure->label, value);
  if (figure->unit != NULL)
    g_string_append_printf (text, " %s", figure->unit);
  g_string_append_c (text, '\n');
  if (figure->has_rate)
    {
      g_autofree char *numerator = hc_number_format_full (figure->numerator, 6, FALSE);
      g_autofree char *denominator = hc_number_format_full (figure->denominator, 6, FALSE);
      const char *what = figure->measure != NULL ? figure->measure
                                                 : hc_dataset_get_value_title (mc->ctx->dataset);

      if (what != NULL)
        g_string_append_printf (text, "%s\n", what);
      g_string_append_printf (text, _("%1$s of %2$s"), numerator, denominator);
      g_string_append_c (text, '\n');
    }
  if (figure->has_time)
    {
      g_autofree char *time = hc_time_format_plain (figure->time,
                                                    hc_dataset_get_time_kind (mc->ctx->dataset));

      g_string_append_printf (text, "%s · ", time);
    }
  /* Translators: where a country stands among those on a map, by value:
   * "Rank 3 of 217". */
  g_string_append_printf (text, _("Rank %u of %u"), mc->ranks[index], mc->join->n_matched);
  if (figure->note != NULL)
    g_string_append_printf (text, "\n%s", figure->note);

  return g_string_free (text, FALSE);
}

static HcMarkPath *
mark_path_new (GArray *points,
               GArray *ring_ends)
{
  HcMarkPath *path = g_new0 (HcMarkPath, 1);

  path->n_rings = ring_ends->len;
  path->ring_ends = (guint *) g_array_free (g_array_ref (ring_ends), FALSE);
  path->points = (double *) g_array_free (g_array_ref (points), FALSE);
  return path;
}

static void
add_path_mark (MapContext *mc,
               int         figure,
               GArray     *points,
               GArray     *ring_ends,
               const char *summary)
{
  HcChartContext *ctx = mc->ctx;
  HcMark mark = { 0 };
  HcMapBox box;

  if (ring_ends->len == 0)
    return;

  box_init (&box);
  for (guint i = 0; i < points->len; i += 2)
    box_add (&box, g_array_index (points, double, i), g_array_index (points, double, i + 1));
  /* What sticks out of the map's area is not on the canvas. */
  box.x0 = MAX (box.x0, mc->map.x);
  box.y0 = MAX (box.y0, mc->map.y);
  box.x1 = MIN (box.x1, mc->map.x + mc->map.width);
  box.y1 = MIN (box.y1, mc->map.y + mc->map.height);
  if (box_is_empty (&box))
    return;

  mark.figure = figure;
  mark.shape = HC_MARK_PATH;
  mark.x = box.x0;
  mark.y = box.y0;
  mark.width = box.x1 - box.x0;
  mark.height = box.y1 - box.y0;
  mark.cx = mark.x + mark.width / 2;
  mark.cy = mark.y + mark.height / 2;
  mark.n_figures = figure >= 0 ? 1 : 0;
  mark.summary = summary;
  /* A country is no point of a line over time. */
  mark.series = -1;
  mark.point = -1;
  mark.path = mark_path_new (points, ring_ends);
  g_ptr_array_add (ctx->layout->paths, (gpointer) mark.path);
  g_array_append_val (ctx->layout->marks, mark);
}

static gboolean
point_in_ring (const double *points,
               guint         start,
               guint         end,
               double        x,
               double        y)
{
  gboolean inside = FALSE;

  for (guint i = start, j = end - 1; i < end; j = i++)
    {
      double xi = points[2 * i], yi = points[2 * i + 1];
      double xj = points[2 * j], yj = points[2 * j + 1];

      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
        inside = !inside;
    }

  return inside;
}

/* Even-odd over every ring, as the fill. */
gboolean
hc_mark_path_contains (const HcMarkPath *path,
                       double            x,
                       double            y)
{
  gboolean inside = FALSE;
  guint start = 0;

  for (guint r = 0; r < path->n_rings; r++)
    {
      if (path->ring_ends[r] > start + 2 && point_in_ring (path->points, start, path->ring_ends[r], x, y))
        inside = !inside;
      start = path->ring_ends[r];
    }

  return inside;
}

static gboolean
rect_free_of_labels (HcChartContext          *ctx,
                     const cairo_rectangle_t *rect)
{
  for (guint l = 0; l < ctx->layout->labels->len; l++)
    if (hc_rect_intersects (rect, &g_array_index (ctx->layout->labels, cairo_rectangle_t, l)))
      return FALSE;

  return TRUE;
}

static gboolean
rect_in (const cairo_rectangle_t *rect,
         const cairo_rectangle_t *area)
{
  return rect->x >= area->x && rect->y >= area->y &&
         rect->x + rect->width <= area->x + area->width &&
         rect->y + rect->height <= area->y + area->height;
}

/* The middle first: most candidates fail there. */
static const double samples[][2] = {
  { 0.5, 0.5 }, { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 }, { 0.5, 0 }, { 0.5, 1 }, { 0, 0.5 },
  { 1, 0.5 },
};

/* The name and value inside the country, where they fit whole; beside
 * it, over no other country with a figure and joined to it by a line,
 * where they do not and the map has few figures. On a zoomed map the
 * figures can then be read without hovering. */
static void
draw_country_label (MapContext     *mc,
                    const HcMark   *mark,
                    const HcFigure *figure,
                    const HcColor  *fill,
                    gboolean        callout)
{
  HcChartContext *ctx = mc->ctx;
  g_autoptr(PangoLayout) name = hc_chart_text_new (ctx, figure->label, HC_TEXT_SMALL);
  g_autofree char *value_text = hc_chart_format_short (figure->value, figure->approximate);
  g_autoptr(PangoLayout) value = hc_chart_text_new (ctx, value_text, HC_TEXT_SMALL);
  g_autoptr(GArray) inside = g_array_new (FALSE, FALSE, sizeof (double));
  double nw, nh, vw, vh, w, h;
  double pad = ctx->unit * 0.25;
  const HcColor *ink;
  gboolean try_inside;

  hc_chart_text_size (name, &nw, &nh);
  hc_chart_text_size (value, &vw, &vh);
  w = MAX (nw, vw);
  h = nh + vh;

  /* A label needs room to spare inside a country's box to fit its
   * outline; without that, only a callout can name it. */
  try_inside = w <= mark->width && h <= mark->height &&
               mark->width * mark->height >= 2 * w * h;
  if (!try_inside && !callout)
    return;

  /* Candidates on a grid over the country, nearest its middle first. */
  for (guint ring = 0; ring < 6; ring++)
    for (int gx = -(int) ring; gx <= (int) ring; gx++)
      for (int gy = -(int) ring; gy <= (int) ring; gy++)
        {
          double cx, cy;
          cairo_rectangle_t rect;
          gboolean fits = TRUE;

          if (MAX (ABS (gx), ABS (gy)) != (int) ring)
            continue;
          cx = mark->cx + gx * mark->width / 12;
          cy = mark->cy + gy * mark->height / 12;
          /* Where a callout's line may start. */
          if (callout && cx > mc->map.x && cy > mc->map.y &&
              cx < mc->map.x + mc->map.width && cy < mc->map.y + mc->map.height &&
              hc_mark_path_contains (mark->path, cx, cy))
            {
              double xy[2] = { cx, cy };

              g_array_append_vals (inside, xy, 2);
            }
          if (!try_inside)
            continue;
          rect = (cairo_rectangle_t) { cx - w / 2, cy - h / 2, w, h };
          if (!rect_in (&rect, &mc->map))
            continue;
          for (guint c = 0; c < G_N_ELEMENTS (samples) && fits; c++)
            fits = hc_mark_path_contains (mark->path, rect.x + samples[c][0] * w,
                                          rect.y + samples[c][1] * h);
          if (!fits || !rect_free_of_labels (ctx, &rect))
            continue;

          ink = hc_chart_text_color_on (fill);
          hc_chart_text_draw_centered (ctx, name, cx, rect.y, ink);
          hc_chart_text_draw_centered (ctx, value, cx, rect.y + nh, ink);
          return;
        }

  if (!callout || inside->len == 0)
    return;

  /* Beside the country: right, left, below, above, then the corners. */
  {
    static const double directions[][2] = {
      { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 }, { 1, 1 }, { -1, 1 }, { 1, -1 }, { -1, -1 },
    };
    double gap = ctx->unit * 1.2;

    for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
      {
        double dx = directions[d][0], dy = directions[d][1];
        cairo_rectangle_t rect, halo;
        gboolean fits = TRUE;
        double ax = 0, ay = 0, ex, ey, best = INFINITY;

        rect.width = w;
        rect.height = h;
        rect.x = dx > 0 ? mark->x + mark->width + gap
               : dx < 0 ? mark->x - gap - w : mark->cx - w / 2;
        rect.y = dy > 0 ? mark->y + mark->height + gap
               : dy < 0 ? mark->y - gap - h : mark->cy - h / 2;
        halo = (cairo_rectangle_t) { rect.x - pad, rect.y - pad / 2, w + 2 * pad, h + pad };
        if (!rect_in (&halo, &mc->map) || !rect_free_of_labels (ctx, &halo))
          continue;
        for (guint c = 0; c < G_N_ELEMENTS (samples) && fits; c++)
          fits = hc_chart_layout_hit_test (ctx->layout, halo.x + samples[c][0] * halo.width,
                                           halo.y + samples[c][1] * halo.height) < 0;
        if (!fits)
          continue;

        /* The line starts inside the country on the side of its label,
         * short, and off the middle, where its capital often is. */
        for (guint i = 0; i < inside->len; i += 2)
          {
            double px = g_array_index (inside, double, i), py = g_array_index (inside, double, i + 1);
            double qx = CLAMP (px, halo.x, halo.x + halo.width);
            double qy = CLAMP (py, halo.y, halo.y + halo.height);
            double distance = hypot (px - qx, py - qy);

            if (distance < best)
              {
                best = distance;
                ax = px;
                ay = py;
              }
          }
        ex = CLAMP (ax, halo.x, halo.x + halo.width);
        ey = CLAMP (ay, halo.y, halo.y + halo.height);
        cairo_save (ctx->cr);
        hc_chart_set_color (ctx, &ctx->style->foreground);
        cairo_set_line_width (ctx->cr, MAX (1.0, ctx->unit * 0.06));
        cairo_move_to (ctx->cr, ax, ay);
        cairo_line_to (ctx->cr, ex, ey);
        cairo_stroke (ctx->cr);
        cairo_arc (ctx->cr, ax, ay, MAX (1.5, ctx->unit * 0.12), 0, 2 * G_PI);
        cairo_fill (ctx->cr);
        cairo_set_source_rgba (ctx->cr, ctx->style->background.red, ctx->style->background.green,
                               ctx->style->background.blue, 0.88);
        cairo_rectangle (ctx->cr, halo.x, halo.y, halo.width, halo.height);
        cairo_fill (ctx->cr);
        cairo_restore (ctx->cr);
        hc_chart_text_draw_centered (ctx, name, rect.x + w / 2, rect.y, &ctx->style->foreground);
        hc_chart_text_draw_centered (ctx, value, rect.x + w / 2, rect.y + nh,
                                     &ctx->style->foreground);
        return;
      }
  }
}

static void
draw_countries (MapContext *mc)
{
  HcChartContext *ctx = mc->ctx;
  cairo_t *cr = ctx->cr;
  const HcMapAtlas *atlas = mc->atlas;
  const HcDataset *dataset = ctx->dataset;
  guint n_figures = hc_dataset_get_n_figures (dataset);
  guint n_shapes = atlas->shapes->len;
  const guint *order = hc_dataset_peek_order (dataset);
  g_autofree guint *figure_bin = g_new0 (guint, MAX (n_figures, 1));
  g_autofree guint8 *drawn = g_new0 (guint8, MAX (n_figures, 1));
  g_autofree Pixels *pixels = g_new0 (Pixels, MAX (n_shapes, 1));
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ring_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  guint first_mark = ctx->layout->marks->len;

  for (guint f = 0; f < n_figures; f++)
    figure_bin[f] = bins_find (&mc->bins, hc_dataset_get_figure (dataset, f)->value);
  for (guint s = 0; s < n_shapes; s++)
    {
      const HcMapShape *shape = &g_array_index (atlas->shapes, HcMapShape, s);
      int f = g_array_index (mc->join->shape_figure, int, s);

      if (!shape_in_view (mc, shape))
        continue;
      shape_pixels (mc, shape, &pixels[s]);
      if (f >= 0 && pixels[s].ring_ends->len > 0)
        drawn[f] = TRUE;
    }

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);

  /* One fill per colour. */
  for (guint b = 0; b < mc->bins.n_bins; b++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint s = 0; s < n_shapes; s++)
        {
          int f = g_array_index (mc->join->shape_figure, int, s);

          if (f < 0 || figure_bin[f] != b || pixels[s].points == NULL)
            continue;
          append_path (cr, &pixels[s]);
          any = TRUE;
        }
      if (any)
        {
          hc_chart_set_color (ctx, &mc->bins.colors[b]);
          cairo_fill (cr);
        }
    }

  /* No data: hatched, as in the legend. */
  cairo_new_path (cr);
  for (guint s = 0; s < n_shapes; s++)
    if (g_array_index (mc->join->shape_figure, int, s) < 0 && pixels[s].points != NULL)
      append_path (cr, &pixels[s]);
  fill_no_data (mc);

  draw_borders (mc);

  /* Marks in the order of the values, so that the keyboard goes from
   * the largest down; a country of several shapes is one mark. */
  for (guint i = 0; i < n_figures; i++)
    {
      guint f = order[i];
      const HcFigure *figure = hc_dataset_get_figure (dataset, f);

      if (!drawn[f])
        continue;
      g_array_set_size (points, 0);
      g_array_set_size (ring_ends, 0);
      for (guint s = 0; s < n_shapes; s++)
        if (g_array_index (mc->join->shape_figure, int, s) == (int) f && pixels[s].points != NULL)
          pixels_append (points, ring_ends, &pixels[s]);
      add_path_mark (mc, (int) f, points, ring_ends,
                     hc_chart_layout_take_text (ctx, figure_tooltip (mc, f, figure)));
    }
  ctx->layout->n_shown = ctx->layout->marks->len - first_mark;

  for (guint s = 0; s < n_shapes; s++)
    {
      const HcMapShape *shape = &g_array_index (atlas->shapes, HcMapShape, s);
      char *summary;

      if (g_array_index (mc->join->shape_figure, int, s) >= 0 || pixels[s].points == NULL ||
          pixels[s].ring_ends->len == 0)
        continue;
      g_array_set_size (points, 0);
      g_array_set_size (ring_ends, 0);
      pixels_append (points, ring_ends, &pixels[s]);
      /* Translators: the tooltip of a country a map has no figure for. */
      summary = g_strdup_printf (_("%s\nNo data"), hc_map_shape_get_name (shape));
      ctx->layout->map->n_no_data++;
      add_path_mark (mc, -1, points, ring_ends, hc_chart_layout_take_text (ctx, summary));
    }
  for (guint s = 0; s < n_shapes; s++)
    pixels_clear (&pixels[s]);

  /* Names on the countries that have room for them, largest first. */
  if (mc->region != HC_MAP_REGION_WORLD)
    for (guint i = first_mark; i < first_mark + ctx->layout->n_shown; i++)
      {
        const HcMark *mark = &g_array_index (ctx->layout->marks, HcMark, i);
        const HcFigure *figure = hc_dataset_get_figure (dataset, mark->figure);

        draw_country_label (mc, mark, figure, &mc->bins.colors[figure_bin[mark->figure]],
                            ctx->layout->n_shown <= MAX_CALLOUTS);
      }
}

/* ---- the legend and the note -------------------------------------------------- */

typedef struct
{
  PangoLayout *text;
  double       width, height;
} EdgeLabel;

/* "Colours fixed over 1960–2024" when the bins are those of every time,
 * else NULL. */
static char *
fixed_bins_text (const HcDataset *dataset,
                 gboolean         adaptive)
{
  const HcValueDomain *domain = hc_dataset_get_value_domain (dataset);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (adaptive || domain == NULL || !(domain->last_time > domain->first_time) ||
      hc_dataset_get_time_kind (dataset) == HC_TIME_NONE)
    return NULL;

  from = hc_chart_format_time (domain->first_time, hc_dataset_get_time_kind (dataset));
  to = hc_chart_format_time (domain->last_time, hc_dataset_get_time_kind (dataset));
  /* Translators: over a map's legend, when its colours are those of
   * every year of the data: "Colours fixed over 1960–2024". */
  return g_strdup_printf (_("Colours fixed over %1$s–%2$s"), from, to);
}

/* "Value" or "OBS_VALUE" says nothing over a legend; "Population" does. */
static gboolean
name_is_generic (const char *name)
{
  static const char * const generic[] = { "value", "values", "count", "number", "obs value",
                                          "total", "amount", NULL };
  g_autofree char *normalized = hc_table_normalize_name (name);

  return g_strv_contains (generic, normalized);
}

/* What the colours stand for: the rate ("Deaths per 1,000 people") or the
 * measure the figures share, when the file named it; and, when the bins
 * are those of every year, that they are. NULL when there is nothing to
 * say that the title does not. */
static char *
legend_title_text (MapContext *mc)
{
  const HcDataset *dataset = mc->ctx->dataset;
  const HcValueDomain *domain = hc_dataset_get_value_domain (dataset);
  const char *measure = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *fixed = fixed_bins_text (dataset, mc->ctx->options->map_adaptive_bins);

  if (hc_dataset_is_rate (dataset))
    measure = hc_dataset_get_value_title (dataset);
  for (guint i = 0; measure == NULL && i < hc_dataset_get_n_figures (dataset); i++)
    {
      const char *m = hc_dataset_get_figure (dataset, i)->measure;

      if (m == NULL || (i > 0 && g_strcmp0 (m, hc_dataset_get_figure (dataset, 0)->measure) != 0))
        break;
      if (i + 1 == hc_dataset_get_n_figures (dataset) && !name_is_generic (m))
        measure = m;
    }

  if (fixed == NULL || measure == NULL)
    return fixed != NULL ? g_steal_pointer (&fixed) : g_strdup (measure);

  from = hc_chart_format_time (domain->first_time, hc_dataset_get_time_kind (dataset));
  to = hc_chart_format_time (domain->last_time, hc_dataset_get_time_kind (dataset));
  /* Translators: over a map's legend: "Deaths per 1,000 people · colours
   * fixed over 1960–2024". */
  return g_strdup_printf (_("%1$s · colours fixed over %2$s–%3$s"), measure, from, to);
}

static double
legend_height (MapContext *mc)
{
  g_autoptr(PangoLayout) probe = hc_chart_text_new (mc->ctx, "0", HC_TEXT_SMALL);
  double h;

  hc_chart_text_size (probe, NULL, &h);
  return mc->ctx->unit * 0.8 + mc->ctx->unit * 0.25 + h +
         (mc->legend_title != NULL ? h + mc->ctx->unit * 0.2 : 0);
}

/* "No data" hatched, then the bins side by side with the values between
 * them written under their edges, centred under the map. */
static void
draw_legend (MapContext *mc,
             double      y)
{
  HcChartContext *ctx = mc->ctx;
  cairo_t *cr = ctx->cr;
  const Bins *bins = &mc->bins;
  double swatch_h = ctx->unit * 0.8;
  double gap = ctx->unit * 0.4;
  g_autoptr(PangoLayout) no_data = hc_chart_text_new (ctx, _("No data"), HC_TEXT_SMALL);
  EdgeLabel labels[MAX_BINS] = { { 0 } };
  double nd_w, nd_h, bin_w, total, x, widest = 0, available;
  guint n_edges = bins->n_bins - 1, step = 1;
  g_autofree char *single = NULL;
  g_autoptr(PangoLayout) single_text = NULL;

  hc_chart_text_size (no_data, &nd_w, &nd_h);
  for (guint i = 0; i < n_edges; i++)
    {
      g_autofree char *text = hc_number_format_compact (bins->edges[i]);

      labels[i].text = hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
      hc_chart_text_size (labels[i].text, &labels[i].width, &labels[i].height);
      widest = MAX (widest, labels[i].width);
    }
  if (bins->n_bins == 1)
    {
      /* One colour: say what it stands for. */
      double min = INFINITY, max = -INFINITY;

      for (guint s = 0; s < mc->join->shape_figure->len; s++)
        {
          int f = g_array_index (mc->join->shape_figure, int, s);

          if (f >= 0)
            {
              min = MIN (min, hc_dataset_get_figure (ctx->dataset, f)->value);
              max = MAX (max, hc_dataset_get_figure (ctx->dataset, f)->value);
            }
        }
      if (isfinite (min))
        {
          g_autofree char *a = hc_number_format_compact (min);
          g_autofree char *b = hc_number_format_compact (max);

          single = min == max ? g_strdup (a) : g_strdup_printf ("%s – %s", a, b);
          single_text = hc_chart_text_new (ctx, single, HC_TEXT_SMALL);
        }
    }

  /* Each bin as wide as the widest edge label and some, within the room
   * left beside "No data". */
  available = mc->map.width - (swatch_h * 1.6 + gap + nd_w + ctx->unit * 1.5);
  bin_w = MIN (MAX (widest + ctx->unit * 0.8, ctx->unit * 3), ctx->unit * 6);
  if (bin_w * bins->n_bins > available)
    bin_w = MAX (available / bins->n_bins, ctx->unit * 0.8);
  /* Labels that would run into each other: every other one, or fewer. */
  while (step < n_edges && widest + ctx->unit * 0.4 > bin_w * step)
    step++;

  total = swatch_h * 1.6 + gap + nd_w + ctx->unit * 1.5 + bin_w * bins->n_bins;
  x = mc->map.x + MAX ((mc->map.width - total) / 2, 0);

  /* The title over the legend, from where it starts, or centred under
   * the map when it is the wider. */
  if (mc->legend_title != NULL)
    {
      g_autoptr(PangoLayout) title = hc_chart_text_new (ctx, mc->legend_title, HC_TEXT_SMALL);
      double tw, th;

      hc_chart_text_size (title, &tw, &th);
      if (tw > mc->map.width)
        {
          pango_layout_set_width (title, (int) (mc->map.width * PANGO_SCALE));
          pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
          tw = mc->map.width;
        }
      hc_chart_text_draw (ctx, title,
                          x + tw <= mc->map.x + mc->map.width
                            ? x : mc->map.x + (mc->map.width - tw) / 2,
                          y, &ctx->style->foreground);
      y += th + ctx->unit * 0.2;
    }

  /* "No data" */
  {
    cairo_rectangle_t swatch = { x, y, swatch_h * 1.6, swatch_h };

    cairo_rectangle (cr, swatch.x, swatch.y, swatch.width, swatch.height);
    fill_no_data (mc);
    hc_chart_text_draw (ctx, no_data, x + swatch.width + gap, y + (swatch_h - nd_h) / 2,
                        &ctx->style->foreground);
    x += swatch.width + gap + nd_w + ctx->unit * 1.5;
  }

  for (guint b = 0; b < bins->n_bins; b++)
    {
      hc_chart_set_color (ctx, &bins->colors[b]);
      cairo_rectangle (cr, x + b * bin_w, y, bin_w, swatch_h);
      cairo_fill (cr);
    }
  /* Edges between the swatches, so that neighbours of close colours stay apart. */
  hc_chart_set_color (ctx, &ctx->style->background);
  cairo_set_line_width (cr, 1);
  for (guint b = 1; b < bins->n_bins; b++)
    {
      cairo_move_to (cr, x + b * bin_w, y);
      cairo_line_to (cr, x + b * bin_w, y + swatch_h);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n_edges; i++)
    {
      double cx = x + (i + 1) * bin_w;

      if (i % step == step - 1 || step == 1)
        {
          /* Kept on the canvas at the ends. */
          cx = CLAMP (cx, labels[i].width / 2, ctx->width - labels[i].width / 2);
          hc_chart_text_draw_centered (ctx, labels[i].text, cx, y + swatch_h + ctx->unit * 0.25,
                                       &ctx->style->secondary);
        }
      g_clear_object (&labels[i].text);
    }
  if (single_text != NULL)
    hc_chart_text_draw_centered (ctx, single_text, x + bin_w / 2, y + swatch_h + ctx->unit * 0.25,
                                 &ctx->style->secondary);
}

/* "Not on this map: Andorra, Bahrain … and 31 more", on one line. */
static char *
unmatched_text (MapContext *mc,
                double      width)
{
  HcChartContext *ctx = mc->ctx;
  g_autoptr(GArray) figures = g_array_copy (mc->join->unmatched);
  GString *names = g_string_new (NULL);
  g_autofree char *best = NULL;
  guint n;

  g_array_append_vals (figures, mc->join->repeated->data, mc->join->repeated->len);
  n = figures->len;
  if (n == 0)
    {
      g_string_free (names, TRUE);
      return NULL;
    }

  for (guint i = 0; i < n; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (ctx->dataset,
                                                      g_array_index (figures, guint, i));
      g_autofree char *candidate = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      double w;

      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, figure->label);
      if (i + 1 == n)
        /* Translators: under a map, the figures it has no country for. */
        candidate = g_strdup_printf (_("Not on this map: %s"), names->str);
      else
        {
          g_autofree char *rest = hc_number_format (n - i - 1, FALSE);

          /* Translators: under a map: "Not on this map: Andorra, Bahrain
           * and 31 more". */
          candidate = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "Not on this map: %s and %s more",
                                                    "Not on this map: %s and %s more",
                                                    n - i - 1),
                                       names->str, rest);
        }
      layout = hc_chart_text_new (ctx, candidate, HC_TEXT_SMALL);
      hc_chart_text_size (layout, &w, NULL);
      if (w > width && best != NULL)
        break;
      g_free (best);
      best = g_steal_pointer (&candidate);
      if (w > width)
        break;
    }

  g_string_free (names, TRUE);
  return g_steal_pointer (&best);
}

static void
draw_message (HcChartContext *ctx,
              const char     *message)
{
  g_autoptr(PangoLayout) text = hc_chart_text_new (ctx, message, HC_TEXT_BODY);

  pango_layout_set_width (text, (int) (ctx->area.width * PANGO_SCALE));
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  hc_chart_text_draw (ctx, text, ctx->area.x, ctx->area.y, &ctx->style->secondary);
}

static void
set_theme_colors (MapContext *mc)
{
  const HcChartStyle *style = mc->ctx->style;

  if (style->dark)
    {
      mc->ocean = (HcColor) { 0x2e / 255.0, 0x32 / 255.0, 0x38 / 255.0, 1 };
      mc->no_data = (HcColor) { 0x40 / 255.0, 0x40 / 255.0, 0x40 / 255.0, 1 };
      mc->hatch = (HcColor) { 0x5c / 255.0, 0x5c / 255.0, 0x5c / 255.0, 1 };
    }
  else
    {
      mc->ocean = (HcColor) { 0xed / 255.0, 0xf1 / 255.0, 0xf5 / 255.0, 1 };
      mc->no_data = (HcColor) { 0xea / 255.0, 0xea / 255.0, 0xe8 / 255.0, 1 };
      mc->hatch = (HcColor) { 0xc4 / 255.0, 0xc4 / 255.0, 0xc2 / 255.0, 1 };
    }
  mc->border = style->background;
}

void
hc_chart_draw_map (HcChartContext *ctx)
{
  MapContext mc = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  double legend_h, note_h = 0, bottom;

  mc.ctx = ctx;
  set_theme_colors (&mc);
  mc.map = ctx->area;
  ctx->layout->has_scale = TRUE;
  ctx->layout->map = g_new0 (HcChartMap, 1);
  ctx->layout->map->region = HC_MAP_REGION_WORLD;

  /* The legend and the note go under the map: measure them first. The
   * note needs the join, which needs the atlas the view picks, which
   * depends on the room left: the view is picked with room for the note,
   * and again without when every figure found its country. */
  {
    char *title = legend_title_text (&mc);

    mc.legend_title = title != NULL ? hc_chart_layout_take_text (ctx, title) : NULL;
  }
  ctx->layout->map->legend_title = mc.legend_title;
  legend_h = legend_height (&mc);
  {
    g_autoptr(PangoLayout) probe = hc_chart_text_new (ctx, "0", HC_TEXT_SMALL);

    hc_chart_text_size (probe, NULL, &note_h);
  }
  mc.map.height = ctx->area.height - legend_h - note_h - ctx->unit * 1.2;
  if (mc.map.height < ctx->unit * 3)
    {
      /* A thumbnail: the map alone. */
      mc.map.height = ctx->area.height;
      legend_h = note_h = 0;
      mc.legend_title = ctx->layout->map->legend_title = NULL;
    }

  if (!map_choose_view (&mc, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The map could not be drawn: %s"),
                                                  error->message);

      draw_message (ctx, message);
      return;
    }
  if (note_h > 0 && mc.join->unmatched->len + mc.join->repeated->len == 0)
    {
      g_clear_pointer (&mc.join, hc_map_join_free);
      mc.map.height += note_h + ctx->unit * 0.6;
      note_h = 0;
      if (!map_choose_view (&mc, &error))
        {
          g_autofree char *message = g_strdup_printf (_("The map could not be drawn: %s"),
                                                      error->message);

          draw_message (ctx, message);
          return;
        }
    }
  bins_compute (&mc);
  {
    HcChartMap *map = ctx->layout->map;

    map->fixed_bins = mc.fixed_bins;
    map->region = mc.region;
    map->detail = mc.atlas->detail;
    map->central_meridian = mc.atlas->central_meridian;
    map->scale = mc.t.scale;
    map->cx = mc.t.cx;
    map->cy = mc.t.cy;
    map->ox = mc.t.ox;
    map->oy = mc.t.oy;
    map->bins_kind = mc.bins.kind;
    map->n_bins = mc.bins.n_bins;
    memcpy (map->edges, mc.bins.edges, sizeof map->edges);
    memcpy (map->colors, mc.bins.colors, sizeof map->colors);
    map->no_data = mc.no_data;
    map->ocean = mc.ocean;
    map->n_unmatched = mc.join->unmatched->len + mc.join->repeated->len;
  }
  ctx->layout->scale_kind = mc.bins.kind;
  ctx->layout->plot = mc.map;
  compute_ranks (&mc);
  mc.hatch_pattern = hatch_pattern_new (&mc);

  cairo_save (ctx->cr);
  cairo_rectangle (ctx->cr, mc.map.x, mc.map.y, mc.map.width, mc.map.height);
  cairo_clip (ctx->cr);
  /* Thousands of edges a frame: the faster antialiasing keeps the map
   * within a frame at 60 Hz, and at these sizes looks the same. */
  cairo_set_antialias (ctx->cr, CAIRO_ANTIALIAS_FAST);
  draw_outline (&mc);
  draw_countries (&mc);
  cairo_restore (ctx->cr);

  bottom = mc.map.y + mc.map.height + ctx->unit * 0.6;
  if (note_h > 0)
    note = unmatched_text (&mc, mc.map.width);
  if (note != NULL)
    {
      g_autoptr(PangoLayout) text = hc_chart_text_new (ctx, note, HC_TEXT_SMALL);

      pango_layout_set_width (text, (int) (mc.map.width * PANGO_SCALE));
      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      hc_chart_text_draw (ctx, text, mc.map.x, bottom, &ctx->style->secondary);
    }
  if (note_h > 0)
    bottom += note_h + ctx->unit * 0.6;
  if (legend_h > 0)
    draw_legend (&mc, bottom);

  if (mc.join->n_matched == 0)
    draw_message (ctx, _("None of these figures is a country: a map shows countries."));

  hc_map_join_free (mc.join);
  g_free (mc.ranks);
  if (mc.hatch_pattern != NULL)
    cairo_pattern_destroy (mc.hatch_pattern);
}

/* ---- reading it --------------------------------------------------------------- */

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const HcDataset *dataset = user_data;
  const HcFigure *fa = hc_dataset_get_figure (dataset, *(const int *) a);
  const HcFigure *fb = hc_dataset_get_figure (dataset, *(const int *) b);

  return g_utf8_collate (fa->label, fb->label);
}

int
hc_chart_layout_step_map (const HcChartLayout *layout,
                          const HcDataset     *dataset,
                          int                  figure,
                          int                  delta,
                          gboolean             by_name)
{
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (int));
  int position = -1;

  g_return_val_if_fail (layout != NULL, -1);
  g_return_val_if_fail (dataset != NULL, -1);

  for (guint i = 0; i < layout->marks->len; i++)
    {
      int f = g_array_index (layout->marks, HcMark, i).figure;

      if (f >= 0 && (guint) f < hc_dataset_get_n_figures (dataset))
        g_array_append_val (figures, f);
    }
  if (figures->len == 0)
    return -1;
  if (by_name)
    g_array_sort_with_data (figures, compare_by_name, (gpointer) dataset);

  for (guint i = 0; i < figures->len; i++)
    if (g_array_index (figures, int, i) == figure)
      position = (int) i;
  if (position < 0)
    position = delta >= 0 ? 0 : (int) figures->len - 1;
  else
    position = CLAMP (position + delta, 0, (int) figures->len - 1);

  return g_array_index (figures, int, position);
}

static const char *
region_phrase (HcMapRegion region)
{
  switch (region)
    {
    case HC_MAP_REGION_AFRICA:   return _("Map of Africa");
    case HC_MAP_REGION_AMERICAS: return _("Map of the Americas");
    case HC_MAP_REGION_ASIA:     return _("Map of Asia");
    case HC_MAP_REGION_EUROPE:   return _("Map of Europe");
    case HC_MAP_REGION_OCEANIA:  return _("Map of Oceania");
    case HC_MAP_REGION_DATA:     return _("Map of the countries of the figures");
    case HC_MAP_REGION_WORLD:
    case HC_N_MAP_REGIONS:
    default:                     return _("World map");
    }
}

static char *
describe_figure (const HcFigure *figure)
{
  g_autofree char *value = hc_number_format (figure->value, FALSE);

  if (figure->approximate)
    return g_strdup_printf (_("%s, about %s"), figure->label, value);
  return g_strdup_printf ("%s, %s", figure->label, value);
}

/* "World map, colour in 6 log bins, 217 countries with figures. Highest:
 * China, 1,411,100,000. Lowest: Tuvalu, 11,069. 9 countries on the map
 * have no data. 38 figures are not on the map." */
char *
hc_chart_map_describe (const HcChartLayout *layout,
                       const HcDataset     *dataset)
{
  const HcChartMap *map = layout->map;
  GString *text = g_string_new (region_phrase (map != NULL ? map->region : HC_MAP_REGION_WORLD));
  int highest = -1, lowest = -1;

  for (guint i = 0; i < layout->marks->len; i++)
    {
      int f = g_array_index (layout->marks, HcMark, i).figure;

      if (f < 0)
        continue;
      /* Marks come in the order of the values. */
      if (highest < 0)
        highest = f;
      lowest = f;
    }

  g_string_append (text, ", ");
  g_string_append (text, layout->scale_kind == HC_SCALE_LOG ? _("colour by log bins")
                                                            : _("colour by equal bins"));
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u country with a figure",
                                             "%u countries with figures", layout->n_shown),
                          layout->n_shown);
  g_string_append (text, ".");
  if (highest >= 0)
    {
      g_autofree char *high = describe_figure (hc_dataset_get_figure (dataset, highest));

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Highest: %s."), high);
    }
  if (lowest >= 0 && lowest != highest)
    {
      g_autofree char *low = describe_figure (hc_dataset_get_figure (dataset, lowest));

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Lowest: %s."), low);
    }
  if (map != NULL && map->n_no_data > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u country on the map has no data.",
                                                 "%u countries on the map have no data.",
                                                 map->n_no_data),
                              map->n_no_data);
    }
  if (map != NULL && map->n_unmatched > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u figure is not on the map.",
                                                 "%u figures are not on the map.",
                                                 map->n_unmatched),
                              map->n_unmatched);
    }

  if (map != NULL && map->fixed_bins)
    {
      g_autofree char *fixed = fixed_bins_text (dataset, FALSE);

      if (fixed != NULL)
        g_string_append_printf (text, " %s.", fixed);
    }

  return g_string_free (text, FALSE);
}
