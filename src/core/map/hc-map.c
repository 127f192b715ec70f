/* hc-map.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-core-resources.h"
#include "hc-map.h"
#include "hc-projection.h"

/* The map's edges are drawn as meridians, which Equal Earth bends: a
 * point every degree keeps them smooth at any size. */
#define MERIDIAN_STEP 1.0

/* ---- cutting rings where the map's edge runs --------------------------------- */

typedef struct
{
  GArray *lonlat;   /* of double pairs */
} Piece;

static double
wrap_longitude (double lon)
{
  while (lon > 180)
    lon -= 360;
  while (lon < -180)
    lon += 360;
  return lon;
}

/* Which edge a point on it belongs to: −1 for the west, +1 for the east. */
static int
edge_side (double lon)
{
  return lon > 0 ? 1 : -1;
}

static void
append_lonlat (GArray *out,
               double  lon,
               double  lat)
{
  double p[2] = { lon, lat };

  g_array_append_vals (out, p, 2);
}

/* Along the edge at @side from @from to @to, both excluded. */
static void
append_meridian (GArray *out,
                 int     side,
                 double  from,
                 double  to)
{
  guint n = (guint) ceil (fabs (to - from) / MERIDIAN_STEP);

  for (guint i = 1; i < n; i++)
    append_lonlat (out, side * 180.0, from + (to - from) * i / n);
}

/* Splits @ring (longitudes already relative to the centre, closed) where
 * it jumps from one edge of the map to the other, and closes each piece
 * along the edge it touches, or round the pole when it goes from one
 * edge to the other: a ring that holds a pole (Antarctica) crosses an odd
 * number of times. Filled even-odd, the pieces cover what the ring does
 * on the sphere. Returns the pieces, or NULL when the ring stays whole. */
static GPtrArray *
cut_ring (const double *ring,
          guint         n)
{
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GArray *current;
  double mean_lat = 0;
  guint crossings = 0;

  current = g_array_new (FALSE, FALSE, sizeof (double));
  g_ptr_array_add (pieces, current);
  append_lonlat (current, ring[0], ring[1]);

  for (guint i = 0; i + 1 < n; i++)
    {
      double lon1 = ring[2 * i], lat1 = ring[2 * i + 1];
      double lon2 = ring[2 * i + 2], lat2 = ring[2 * i + 3];

      mean_lat += lat1 / (n - 1);
      if (fabs (lon2 - lon1) > 180)
        {
          int side = edge_side (lon1);
          double unwrapped = lon2 + side * 360.0;
          double span = unwrapped - lon1;
          double t = span != 0 ? (side * 180.0 - lon1) / span : 0;
          double lat = lat1 + CLAMP (t, 0.0, 1.0) * (lat2 - lat1);

          append_lonlat (current, side * 180.0, lat);
          current = g_array_new (FALSE, FALSE, sizeof (double));
          g_ptr_array_add (pieces, current);
          append_lonlat (current, -side * 180.0, lat);
          crossings++;
        }
      append_lonlat (current, lon2, lat2);
    }

  if (crossings == 0)
    return NULL;

  /* The ring is closed: its last piece runs on into its first. */
  {
    GArray *last = g_ptr_array_steal_index (pieces, pieces->len - 1);
    GArray *first = g_ptr_array_index (pieces, 0);

    g_array_append_vals (last, &g_array_index (first, double, 2), first->len - 2);
    pieces->pdata[0] = last;
    g_array_unref (first);
  }

  for (guint i = 0; i < pieces->len; i++)
    {
      GArray *piece = g_ptr_array_index (pieces, i);
      double start_lon = g_array_index (piece, double, 0);
      double start_lat = g_array_index (piece, double, 1);
      double end_lon = g_array_index (piece, double, piece->len - 2);
      double end_lat = g_array_index (piece, double, piece->len - 1);
      int start_side = edge_side (start_lon), end_side = edge_side (end_lon);

      if (start_side == end_side)
        append_meridian (piece, end_side, end_lat, start_lat);
      else
        {
          double pole = mean_lat < 0 ? -90 : 90;

          append_meridian (piece, end_side, end_lat, pole);
          append_lonlat (piece, end_side * 180.0, pole);
          append_lonlat (piece, start_side * 180.0, pole);
          append_meridian (piece, start_side, pole, start_lat);
        }
      append_lonlat (piece, start_lon, start_lat);
    }

  return g_steal_pointer (&pieces);
}

/* ---- the atlas --------------------------------------------------------------- */

void
hc_map_atlas_project (const HcMapAtlas *atlas,
                      double            lon,
                      double            lat,
                      double           *x,
                      double           *y)
{
  hc_equal_earth_forward (wrap_longitude (lon - atlas->central_meridian), lat, x, y);
}

static void
box_init (HcMapBox *box)
{
  box->x0 = box->y0 = INFINITY;
  box->x1 = box->y1 = -INFINITY;
}

static void
box_add_box (HcMapBox       *box,
             const HcMapBox *other)
{
  box->x0 = MIN (box->x0, other->x0);
  box->y0 = MIN (box->y0, other->y0);
  box->x1 = MAX (box->x1, other->x1);
  box->y1 = MAX (box->y1, other->y1);
}

static double
box_gap (const HcMapBox *a,
         const HcMapBox *b)
{
  double dx = MAX (0, MAX (a->x0 - b->x1, b->x0 - a->x1));
  double dy = MAX (0, MAX (a->y0 - b->y1, b->y0 - a->y1));

  return sqrt (dx * dx + dy * dy);
}

/* A ring as projected: appended to the atlas, with its box and area. */
typedef struct
{
  HcMapBox box;
  double   area;
  gboolean outer;
} Part;

static void
add_projected_ring (HcMapAtlas   *atlas,
                    const double *lonlat,
                    guint         n,
                    Part         *part)
{
  HcMapSpan span = { atlas->points->len / 2, n };
  double twice_area = 0;

  box_init (&part->box);
  for (guint i = 0; i < n; i++)
    {
      double xy[2];

      hc_equal_earth_forward (lonlat[2 * i], lonlat[2 * i + 1], &xy[0], &xy[1]);
      g_array_append_vals (atlas->points, xy, 2);
      part->box.x0 = MIN (part->box.x0, xy[0]);
      part->box.y0 = MIN (part->box.y0, xy[1]);
      part->box.x1 = MAX (part->box.x1, xy[0]);
      part->box.y1 = MAX (part->box.y1, xy[1]);
    }
  for (guint i = 0; i + 1 < n; i++)
    {
      const double *p = &g_array_index (atlas->points, double, 2 * (span.first_point + i));

      twice_area += p[0] * p[3] - p[2] * p[1];
    }
  part->area = fabs (twice_area) / 2;
  g_array_append_val (atlas->rings, span);
}

/* The box of the shape's largest part and of the parts near it: an
 * archipelago stays whole, French Guiana does not make France reach
 * across the Atlantic, nor Chukotka's tip beyond the edge Russia. */
static void
find_core (GArray         *parts,
           const HcMapBox *all,
           HcMapBox       *core)
{
  const Part *main_part = NULL;
  double reach;

  for (guint i = 0; i < parts->len; i++)
    {
      const Part *part = &g_array_index (parts, Part, i);

      /* Any ring: Natural Earth's Antarctica at 1:50m is a hole in a
       * ring round the pole. */
      if (main_part == NULL || part->area > main_part->area)
        main_part = part;
    }
  if (main_part == NULL)
    {
      *core = *all;
      return;
    }

  *core = main_part->box;
  reach = 0.5 * hypot (main_part->box.x1 - main_part->box.x0,
                       main_part->box.y1 - main_part->box.y0);
  for (guint i = 0; i < parts->len; i++)
    {
      const Part *part = &g_array_index (parts, Part, i);

      if (box_gap (&main_part->box, &part->box) <= reach)
        box_add_box (core, &part->box);
    }
}

static void
add_shape (HcMapAtlas           *atlas,
           const HcTopology     *topology,
           const HcTopoGeometry *geometry)
{
  HcMapShape shape = { 0 };
  g_autoptr(GArray) lonlat = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (Part));

  if (geometry->id != NULL)
    {
      char *end = NULL;
      long numeric = strtol (geometry->id, &end, 10);

      if (end != geometry->id && *end == '\0' && numeric > 0 && numeric < 1000)
        shape.numeric = (int) numeric;
    }
  shape.name = geometry->name != NULL ? g_string_chunk_insert (atlas->strings, geometry->name)
                                      : "";
  shape.country = hc_countries_lookup_numeric (shape.numeric);
  /* Kosovo has no ISO code, and no numeric one in Natural Earth. */
  if (shape.country == NULL && shape.numeric == 0 && geometry->name != NULL)
    {
      const HcCountry *country = hc_countries_lookup_name (geometry->name);

      if (country != NULL && country->numeric == 0)
        shape.country = country;
    }
  shape.first_ring = atlas->rings->len;
  box_init (&shape.box);

  for (guint p = 0; p < geometry->n_polygons; p++)
    {
      const HcTopoPolygon *polygon = &g_array_index (topology->polygons, HcTopoPolygon,
                                                     geometry->first_polygon + p);
      double polygon_area = 0;

      for (guint r = 0; r < polygon->n_rings; r++)
        {
          const HcTopoRing *ring = &g_array_index (topology->rings, HcTopoRing,
                                                   polygon->first_ring + r);
          g_autoptr(GPtrArray) pieces = NULL;

          g_array_set_size (lonlat, 0);
          hc_topology_ring_positions (topology, ring, lonlat);
          for (guint i = 0; i < lonlat->len; i += 2)
            g_array_index (lonlat, double, i) =
              wrap_longitude (g_array_index (lonlat, double, i) - atlas->central_meridian);

          pieces = cut_ring ((const double *) lonlat->data, lonlat->len / 2);
          for (guint i = 0; i < (pieces != NULL ? pieces->len : 1); i++)
            {
              GArray *points = pieces != NULL ? g_ptr_array_index (pieces, i) : lonlat;
              Part part;

              add_projected_ring (atlas, (const double *) points->data, points->len / 2, &part);
              part.outer = r == 0;
              box_add_box (&shape.box, &part.box);
              polygon_area += part.outer ? part.area : -part.area;
              g_array_append_val (parts, part);
            }
        }
      /* The outer ring less its holes; or, for a polygon that the
       * antimeridian's cut turned inside out, its holes less the ring. */
      shape.area += fabs (polygon_area);
    }

  shape.n_rings = atlas->rings->len - shape.first_ring;
  if (shape.n_rings == 0)
    shape.box = (HcMapBox) { 0, 0, 0, 0 };
  find_core (parts, &shape.box, &shape.core);
  g_array_append_val (atlas->shapes, shape);
}

/* Borders and coasts are the arcs: drawn once each, not once per country
 * on either side. They break where they reach the map's edge, and leave
 * out what runs along it (the cuts the data already has at 180°, the
 * line of the pole). */
static void
add_lines (HcMapAtlas       *atlas,
           const HcTopology *topology)
{

  for (guint a = 0; a < topology->arcs->len; a++)
    {
      const HcTopoArc *arc = &g_array_index (topology->arcs, HcTopoArc, a);
      HcMapSpan span = { atlas->points->len / 2, 0 };

      for (guint i = 0; i < arc->n_points; i++)
        {
          const double *p = hc_topology_arc_point (topology, arc, i);
          double lon = wrap_longitude (p[0] - atlas->central_meridian), lat = p[1];
          gboolean on_edge = fabs (lon) >= 180 - 1e-9 || fabs (lat) >= 90 - 1e-3;
          double xy[2];

          if (i > 0)
            {
              const double *q = hc_topology_arc_point (topology, arc, i - 1);
              double prev_lon = wrap_longitude (q[0] - atlas->central_meridian);
              gboolean prev_on_edge = fabs (prev_lon) >= 180 - 1e-9 || fabs (q[1]) >= 90 - 1e-3;
              gboolean jumps = fabs (lon - prev_lon) > 180;

              if (jumps || (on_edge && prev_on_edge))
                {
                  if (span.n_points >= 2)
                    g_array_append_val (atlas->lines, span);
                  span.first_point = atlas->points->len / 2;
                  span.n_points = 0;

                  if (jumps)
                    {
                      /* Finish the line at the edge it runs into, start it
                       * again at the other. */
                      int side = edge_side (prev_lon);
                      double unwrapped = lon + side * 360.0;
                      double t = unwrapped != prev_lon
                        ? (side * 180.0 - prev_lon) / (unwrapped - prev_lon) : 0;
                      double cross = q[1] + CLAMP (t, 0.0, 1.0) * (lat - q[1]);
                      double pxy[2], exy[2];

                      hc_equal_earth_forward (prev_lon, q[1], &pxy[0], &pxy[1]);
                      hc_equal_earth_forward (side * 180.0, cross, &exy[0], &exy[1]);
                      g_array_append_vals (atlas->points, pxy, 2);
                      g_array_append_vals (atlas->points, exy, 2);
                      span.n_points = 2;
                      g_array_append_val (atlas->lines, span);
                      span.first_point = atlas->points->len / 2;
                      hc_equal_earth_forward (-side * 180.0, cross, &exy[0], &exy[1]);
                      g_array_append_vals (atlas->points, exy, 2);
                      span.n_points = 1;
                    }
                }
            }

          hc_equal_earth_forward (lon, lat, &xy[0], &xy[1]);
          g_array_append_vals (atlas->points, xy, 2);
          span.n_points++;
        }
      if (span.n_points >= 2)
        g_array_append_val (atlas->lines, span);
    }
}

static void
add_outline (HcMapAtlas *atlas)
{
  g_autoptr(GArray) lonlat = g_array_new (FALSE, FALSE, sizeof (double));

  append_lonlat (lonlat, 180, -90);
  append_meridian (lonlat, 1, -90, 90);
  append_lonlat (lonlat, 180, 90);
  append_lonlat (lonlat, -180, 90);
  append_meridian (lonlat, -1, 90, -90);
  append_lonlat (lonlat, -180, -90);
  append_lonlat (lonlat, 180, -90);

  for (guint i = 0; i < lonlat->len; i += 2)
    {
      double xy[2];

      hc_equal_earth_forward (g_array_index (lonlat, double, i),
                              g_array_index (lonlat, double, i + 1), &xy[0], &xy[1]);
      g_array_append_vals (atlas->outline, xy, 2);
    }
}

HcMapAtlas *
hc_map_atlas_new (const HcTopology *topology,
                  HcMapDetail       detail,
                  double            central_meridian)
{
  HcMapAtlas *atlas;

  g_return_val_if_fail (topology != NULL, NULL);

  atlas = g_new0 (HcMapAtlas, 1);
  atlas->detail = detail;
  atlas->central_meridian = central_meridian;
  atlas->shapes = g_array_new (FALSE, FALSE, sizeof (HcMapShape));
  atlas->rings = g_array_new (FALSE, FALSE, sizeof (HcMapSpan));
  atlas->lines = g_array_new (FALSE, FALSE, sizeof (HcMapSpan));
  atlas->points = g_array_sized_new (FALSE, FALSE, sizeof (double), topology->positions->len * 3);
  atlas->outline = g_array_new (FALSE, FALSE, sizeof (double));
  atlas->strings = g_string_chunk_new (4096);

  for (guint i = 0; i < topology->geometries->len; i++)
    add_shape (atlas, topology, &g_array_index (topology->geometries, HcTopoGeometry, i));
  add_lines (atlas, topology);
  add_outline (atlas);

  return atlas;
}

void
hc_map_atlas_free (HcMapAtlas *atlas)
{
  if (atlas == NULL)
    return;

  g_clear_pointer (&atlas->shapes, g_array_unref);
  g_clear_pointer (&atlas->rings, g_array_unref);
  g_clear_pointer (&atlas->lines, g_array_unref);
  g_clear_pointer (&atlas->points, g_array_unref);
  g_clear_pointer (&atlas->outline, g_array_unref);
  g_clear_pointer (&atlas->strings, g_string_chunk_free);
  g_free (atlas);
}

/* ---- the atlases the program carries ------------------------------------------ */

/* Maps centred on Greenwich, and on the Pacific for Oceania. */
static const double central_meridians[] = { 0, 150 };

typedef struct
{
  GMutex      lock;
  gboolean    loaded;
  HcTopology *topology;
  GError     *error;
  HcMapAtlas *atlases[G_N_ELEMENTS (central_meridians)];
} Store;

static Store stores[2];

static Store *
store_for (HcMapDetail detail)
{
  return &stores[detail == HC_MAP_DETAIL_50M ? 1 : 0];
}

static void
store_load (Store       *store,
            HcMapDetail  detail)
{
  const char *path = detail == HC_MAP_DETAIL_50M ? HC_MAP_RESOURCE_50M : HC_MAP_RESOURCE_110M;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  /* Through the resource itself, as the default dataset is: the linker
   * keeps it even though nothing else names it. */
  bytes = g_resource_lookup_data (hc_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  &store->error);
  if (bytes == NULL)
    return;

  data = g_bytes_get_data (bytes, &length);
  store->topology = hc_topology_parse (data, length, strrchr (path, '/') + 1, "countries",
                                       &store->error);
}

const HcMapAtlas *
hc_map_atlas_get (HcMapDetail   detail,
                  double        central_meridian,
                  GError      **error)
{
  Store *store = store_for (detail);
  const HcMapAtlas *atlas = NULL;
  guint slot = 0;

  for (guint i = 0; i < G_N_ELEMENTS (central_meridians); i++)
    if (central_meridians[i] == central_meridian)
      slot = i;

  /* The lock is held for as long as the first reading takes: a second
   * caller waits for it rather than reading the map twice. */
  g_mutex_lock (&store->lock);
  if (!store->loaded)
    {
      store_load (store, detail);
      store->loaded = TRUE;
    }
  if (store->topology != NULL && store->atlases[slot] == NULL)
    store->atlases[slot] = hc_map_atlas_new (store->topology,
                                             detail == HC_MAP_DETAIL_50M ? HC_MAP_DETAIL_50M
                                                                        : HC_MAP_DETAIL_110M,
                                             central_meridians[slot]);
  atlas = store->atlases[slot];
  if (atlas == NULL && error != NULL)
    *error = g_error_copy (store->error);
  g_mutex_unlock (&store->lock);

  return atlas;
}

static gpointer
preload_thread (gpointer data)
{
  hc_map_atlas_get (GPOINTER_TO_INT (data), 0, NULL);
  return NULL;
}

void
hc_map_atlas_preload (HcMapDetail detail)
{
  Store *store = store_for (detail);
  gboolean loaded;

  g_mutex_lock (&store->lock);
  loaded = store->loaded;
  g_mutex_unlock (&store->lock);

  if (!loaded)
    g_thread_unref (g_thread_new ("hc-map-preload", preload_thread, GINT_TO_POINTER (detail)));
}

/* ---- names -------------------------------------------------------------------- */

/* Natural Earth names, abbreviated for its maps, of the places that have
 * no ISO code: the name to show for them. */
static const struct
{
  const char *map_name;
  const char *name;
} uncoded_names[] = {
  { "N. Cyprus", N_("Northern Cyprus") },
  { "Somaliland", N_("Somaliland") },
  { "Siachen Glacier", N_("Siachen Glacier") },
  { "Indian Ocean Ter.", N_("Australian Indian Ocean Territories") },
};

const char *
hc_map_shape_get_name (const HcMapShape *shape)
{
  g_return_val_if_fail (shape != NULL, NULL);

  if (shape->country != NULL)
    {
      const char *translated = hc_countries_get_name (shape->country);

      if (translated != NULL)
        return translated;
    }
  for (guint i = 0; i < G_N_ELEMENTS (uncoded_names); i++)
    if (g_str_equal (shape->name, uncoded_names[i].map_name))
      return _(uncoded_names[i].name);

  /* In English, the map's short names read better than ISO's official
   * ones ("Bolivia" rather than "Bolivia, Plurinational State of"). */
  return shape->name;
}

/* ---- joining figures to shapes ------------------------------------------------ */

static gboolean
names_match (const char *a,
             const char *b)
{
  g_autofree char *fa = NULL, *fb = NULL;

  if (a == NULL || b == NULL || *a == '\0' || *b == '\0')
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_str_equal (fa, fb);
}

/* A shape without a code matches a figure by the map's name, the name it
 * shows, or the one an uncoded place is known by elsewhere. */
static gboolean
uncoded_shape_matches (const HcMapShape *shape,
                       const HcFigure   *figure)
{
  const char *names[3] = { shape->name, NULL, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (uncoded_names); i++)
    if (g_str_equal (shape->name, uncoded_names[i].map_name))
      {
        names[1] = uncoded_names[i].name;
        names[2] = _(uncoded_names[i].name);
      }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (names_match (names[i], figure->entity) || names_match (names[i], figure->label))
      return TRUE;

  return FALSE;
}

static const HcCountry *
figure_country (const HcFigure *figure)
{
  const HcCountry *country = NULL;

  if (figure->code != NULL)
    country = hc_countries_lookup_code (figure->code);
  if (country == NULL)
    country = hc_countries_lookup_name (figure->entity);
  if (country == NULL)
    country = hc_countries_lookup_name (figure->label);

  return country;
}

HcMapJoin *
hc_map_join_new (const HcMapAtlas *atlas,
                 const HcDataset  *dataset)
{
  HcMapJoin *join;
  guint n_shapes, n_figures;

  g_return_val_if_fail (atlas != NULL, NULL);
  g_return_val_if_fail (dataset != NULL, NULL);

  n_shapes = atlas->shapes->len;
  n_figures = hc_dataset_get_n_figures (dataset);

  join = g_new0 (HcMapJoin, 1);
  join->shape_figure = g_array_sized_new (FALSE, FALSE, sizeof (int), n_shapes);
  join->unmatched = g_array_new (FALSE, FALSE, sizeof (guint));
  join->repeated = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint s = 0; s < n_shapes; s++)
    {
      int none = -1;

      g_array_append_val (join->shape_figure, none);
    }

  for (guint f = 0; f < n_figures; f++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, f);
      const HcCountry *country = figure_country (figure);
      gboolean found = FALSE, taken = FALSE;

      for (guint s = 0; s < n_shapes; s++)
        {
          const HcMapShape *shape = &g_array_index (atlas->shapes, HcMapShape, s);
          gboolean match;

          /* Without iso-codes no shape has a country, and names are all
           * there is to go by. */
          if (country != NULL)
            match = shape->country == country;
          else
            match = shape->country == NULL && uncoded_shape_matches (shape, figure);

          if (!match)
            continue;
          if (g_array_index (join->shape_figure, int, s) >= 0)
            {
              taken = TRUE;
              continue;
            }
          g_array_index (join->shape_figure, int, s) = (int) f;
          found = TRUE;
        }

      if (found)
        join->n_matched++;
      else if (taken)
        g_array_append_val (join->repeated, f);
      else
        g_array_append_val (join->unmatched, f);
    }

  return join;
}

void
hc_map_join_free (HcMapJoin *join)
{
  if (join == NULL)
    return;

  g_clear_pointer (&join->shape_figure, g_array_unref);
  g_clear_pointer (&join->unmatched, g_array_unref);
  g_clear_pointer (&join->repeated, g_array_unref);
  g_free (join);
}

/* ---- regions ------------------------------------------------------------------ */

/* UN M49's continents, as boxes of longitude and latitude that hold their
 * countries' mainlands and the islands near them; Oceania is seen from
 * the Pacific so that Polynesia is not cut in two. */
static const struct
{
  const char *name;
  double      central_meridian;
  double      lon_min, lon_max, lat_min, lat_max;
} regions[HC_N_MAP_REGIONS] = {
  [HC_MAP_REGION_DATA]     = { "data",     0, 0, 0, 0, 0 },
  [HC_MAP_REGION_WORLD]    = { "world",    0, -180, 180, -90, 90 },
  [HC_MAP_REGION_AFRICA]   = { "africa",   0, -26, 58, -36, 38 },
  [HC_MAP_REGION_AMERICAS] = { "americas", 0, -170, -30, -56, 72 },
  [HC_MAP_REGION_ASIA]     = { "asia",     0, 25, 150, -11, 56 },
  [HC_MAP_REGION_EUROPE]   = { "europe",   0, -25, 45, 34, 71 },
  [HC_MAP_REGION_OCEANIA]  = { "oceania",  150, 110, 210, -48, 5 },
};

gboolean
hc_map_region_bounds (HcMapRegion  region,
                      double      *central_meridian,
                      double      *lon_min,
                      double      *lon_max,
                      double      *lat_min,
                      double      *lat_max)
{
  g_return_val_if_fail (region < HC_N_MAP_REGIONS, FALSE);

  if (region == HC_MAP_REGION_DATA)
    return FALSE;

  *central_meridian = regions[region].central_meridian;
  *lon_min = regions[region].lon_min;
  *lon_max = regions[region].lon_max;
  *lat_min = regions[region].lat_min;
  *lat_max = regions[region].lat_max;
  return TRUE;
}

const char *
hc_map_region_to_string (HcMapRegion region)
{
  g_return_val_if_fail (region < HC_N_MAP_REGIONS, NULL);

  return regions[region].name;
}

gboolean
hc_map_region_from_string (const char  *name,
                           HcMapRegion *region)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < HC_N_MAP_REGIONS; i++)
    if (g_ascii_strcasecmp (name, regions[i].name) == 0)
      {
        if (region != NULL)
          *region = i;
        return TRUE;
      }

  return FALSE;
}

char *
hc_map_region_list_names (void)
{
  GString *names = g_string_new (NULL);

  /* The world first: it is what most people ask for. */
  for (guint i = 1; i <= HC_N_MAP_REGIONS; i++)
    {
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, regions[i % HC_N_MAP_REGIONS].name);
    }

  return g_string_free (names, FALSE);
}
