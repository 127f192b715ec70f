/* test-map.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map: TopoJSON decoding (quantized, delta-encoded arcs; hostile
 * topologies), Equal Earth against its published values, the cut at the
 * map's edge, the join of figures to countries, and pixels probed where
 * known cities are.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart-probe.h"
#include "hc-chart.h"
#include "hc-cli.h"
#include "hc-core-resources.h"
#include "hc-error.h"
#include "hc-export.h"
#include "hc-loader.h"
#include "hc-map.h"
#include "hc-projection.h"
#include "hc-selection.h"
#include "hc-topojson.h"

/* ---- TopoJSON ----------------------------------------------------------------- */

/* Two squares and a triangle in a grid of half a degree by a quarter:
 * arc 0 and arc 1 make a square one way round, and the other way when
 * both are walked backwards; arc 2 closes on itself. */
static const char tiny_topology[] =
  "{\"type\":\"Topology\","
  " \"transform\":{\"scale\":[0.5,0.25],\"translate\":[10,20]},"
  " \"arcs\":[[[0,0],[4,0],[0,4]],"
  "          [[4,4],[-4,0],[0,-4]],"
  "          [[8,0],[2,0],[0,2],[-2,-2]]],"
  " \"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":["
  "   {\"type\":\"Polygon\",\"id\":\"008\",\"properties\":{\"name\":\"Square\"},\"arcs\":[[0,1]]},"
  "   {\"type\":\"MultiPolygon\",\"id\":276,\"arcs\":[[[2]],[[-2,-1]]]},"
  "   {\"type\":null,\"id\":\"999\",\"properties\":{\"name\":\"Nowhere\"}}]}}}";

static HcTopology *
parse (const char  *json,
       GError     **error)
{
  return hc_topology_parse (json, strlen (json), "tiny.json", "countries", error);
}

static void
assert_position (const HcTopology *topology,
                 guint             arc,
                 guint             point,
                 double            lon,
                 double            lat)
{
  const HcTopoArc *a = &g_array_index (topology->arcs, HcTopoArc, arc);
  const double *p = hc_topology_arc_point (topology, a, point);

  g_assert_cmpfloat_with_epsilon (p[0], lon, 1e-12);
  g_assert_cmpfloat_with_epsilon (p[1], lat, 1e-12);
}

static void
test_topojson_tiny (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTopology) topology = parse (tiny_topology, &error);
  g_autoptr(GArray) ring = g_array_new (FALSE, FALSE, sizeof (double));
  const HcTopoGeometry *square, *multi, *nowhere;
  const HcTopoPolygon *polygon;
  static const double expected_ring[] = { 10, 20, 10, 21, 12, 21, 12, 20, 10, 20 };

  g_assert_no_error (error);
  g_assert_cmpuint (topology->arcs->len, ==, 3);
  g_assert_cmpuint (topology->geometries->len, ==, 3);

  /* Deltas add up, then scale and translate: (4, 4) is 10 + 4 × 0.5,
   * 20 + 4 × 0.25. */
  assert_position (topology, 0, 0, 10, 20);
  assert_position (topology, 0, 1, 12, 20);
  assert_position (topology, 0, 2, 12, 21);
  assert_position (topology, 1, 1, 10, 21);
  /* Each arc starts again from zero. */
  assert_position (topology, 2, 0, 14, 20);
  assert_position (topology, 2, 2, 15, 20.5);
  assert_position (topology, 2, 3, 14, 20);

  square = &g_array_index (topology->geometries, HcTopoGeometry, 0);
  multi = &g_array_index (topology->geometries, HcTopoGeometry, 1);
  nowhere = &g_array_index (topology->geometries, HcTopoGeometry, 2);
  g_assert_cmpstr (square->id, ==, "008");
  g_assert_cmpstr (square->name, ==, "Square");
  g_assert_cmpuint (square->n_polygons, ==, 1);
  g_assert_cmpstr (multi->id, ==, "276");
  g_assert_null (multi->name);
  g_assert_cmpuint (multi->n_polygons, ==, 2);
  g_assert_cmpstr (nowhere->id, ==, "999");
  g_assert_cmpuint (nowhere->n_polygons, ==, 0);

  /* ~1 is arc 1 backwards, ~0 arc 0: the shared corner once. */
  polygon = &g_array_index (topology->polygons, HcTopoPolygon, multi->first_polygon + 1);
  hc_topology_ring_positions (topology, &g_array_index (topology->rings, HcTopoRing,
                                                        polygon->first_ring), ring);
  g_assert_cmpuint (ring->len, ==, G_N_ELEMENTS (expected_ring));
  for (guint i = 0; i < ring->len; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (ring, double, i), expected_ring[i], 1e-12);
}

/* Without a transform, positions are degrees and not deltas. */
static void
test_topojson_unquantized (void)
{
  static const char json[] =
    "{\"type\":\"Topology\",\"arcs\":[[[1.5,2.5],[3.5,2.5],[3.5,4.5],[1.5,2.5]]],"
    "\"objects\":{\"countries\":{\"type\":\"GeometryCollection\","
    "\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[0]]}]}}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTopology) topology = parse (json, &error);

  g_assert_no_error (error);
  assert_position (topology, 0, 1, 3.5, 2.5);
  assert_position (topology, 0, 2, 3.5, 4.5);
  g_assert_null (g_array_index (topology->geometries, HcTopoGeometry, 0).id);
}

/* The arcs are read apart from the rest when they are plain numbers;
 * anything else, and json-glib reads them: either way, the same arcs,
 * and errors after them still at their line. */
static void
test_topojson_two_readers (void)
{
  static const char * const variants[] = {
    /* Read apart: a third coordinate, exponents, spaces and lines. */
    "{\"type\":\"Topology\",\"transform\":{\"scale\":[0.5,0.25],\"translate\":[10,20]},\n"
    " \"arcs\" : [ [ [0,0,7] , [4e0,0] , [0, 4.0] ],\n  [[4,4],[-4,0],[0,-4]],\n"
    "  [[8,0],[2,0],[0,2],[-2,-2]] ] ,\n"
    " \"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":["
    "{\"type\":\"Polygon\",\"arcs\":[[0,1]]}]}}}",
    /* Read by json-glib: the key written with an escape. */
    "{\"type\":\"Topology\",\"transform\":{\"scale\":[0.5,0.25],\"translate\":[10,20]},"
    " \"\\u0061rcs\":[[[0,0],[4,0],[0,4]],[[4,4],[-4,0],[0,-4]],[[8,0],[2,0],[0,2],[-2,-2]]],"
    " \"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":["
    "{\"type\":\"Polygon\",\"arcs\":[[0,1]]}]}}}",
  };

  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HcTopology) topology = parse (variants[v], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (topology->arcs->len, ==, 3);
      assert_position (topology, 0, 1, 12, 20);
      assert_position (topology, 0, 2, 12, 21);
      assert_position (topology, 2, 2, 15, 20.5);
    }

  {
    static const char broken[] =
      "{\"type\":\"Topology\",\n\"arcs\":[[[0,0],\n[1,0],\n[1,1],[0,0]]],\n"
      "\"objects\":{\"countries\" {}}}";
    g_autoptr(GError) error = NULL;
    g_autoptr(HcTopology) topology = parse (broken, &error);

    g_assert_null (topology);
    g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_SYNTAX);
    g_assert_true (g_str_has_prefix (error->message, "tiny.json:5:"));
  }
}

#define GEOMETRIES(g) \
  "{\"type\":\"Topology\",\"arcs\":[[[0,0],[1,0],[1,1],[0,0]],[[5,5],[6,5]]]," \
  "\"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":[" g "]}}}"

static const struct
{
  const char *json;
  const char *message;   /* what the error must say, after "tiny.json" */
} hostile[] = {
  { "", ": the file is empty" },
  { "{\"type\":\"Topology\",\"arcs\":[[[0,0],[1,", ":1:" },
  { "{\"type\":\"Topology\"\n,\"arcs\":[[[0,0],[1,0]]],\"objects\":{\"countries\":{\"type\":", ":2:" },
  { "[]", "expected a topology object, found an array" },
  { "{}", "not TopoJSON" },
  { "{\"type\":\"FeatureCollection\"}", "not TopoJSON" },
  { "{\"type\":\"Topology\",\"objects\":{}}", "no \"arcs\"" },
  { "{\"type\":\"Topology\",\"arcs\":[]}", "objects: expected an object, found null" },
  { "{\"type\":\"Topology\",\"arcs\":[],\"objects\":{}}", "objects.countries: no such object" },
  { GEOMETRIES (""), "objects.countries.geometries: no geometries" },
  { GEOMETRIES ("{\"type\":\"Polygon\",\"arcs\":[[7]]}"),
    "objects.countries.geometries[0].arcs[0]: item 0: arc 7 does not exist, the topology has 2" },
  { GEOMETRIES ("{\"type\":\"Polygon\",\"arcs\":[[0]]},{\"type\":\"Polygon\",\"arcs\":[[-3]]}"),
    "geometries[1].arcs[0]: item 0: arc 2 does not exist" },
  { GEOMETRIES ("{\"type\":\"Polygon\",\"arcs\":[[2147483648]]}"), "arc 2147483648 does not exist" },
  { GEOMETRIES ("{\"type\":\"MultiPolygon\",\"arcs\":[[[0]],[[0,1]]]}"),
    "geometries[0].arcs[1][0]: item 1: arc 1 starts at 5, 5, not where the arc before it ends" },
  { GEOMETRIES ("{\"type\":\"Polygon\",\"arcs\":[[1]]}"), "the ring does not close" },
  { GEOMETRIES ("{\"type\":\"Polygon\",\"arcs\":[[0.5]]}"), "item 0 is a number, not the index" },
  { GEOMETRIES ("{\"type\":\"Polygon\",\"arcs\":[[\"0\"]]}"), "item 0 is a string, not the index" },
  { GEOMETRIES ("{\"type\":\"Polygon\",\"arcs\":[]}"), "a polygon with no ring" },
  { GEOMETRIES ("{\"type\":\"Polygon\",\"arcs\":[[]]}"), "a ring with no arcs" },
  { GEOMETRIES ("{\"type\":\"Polygon\"}"), "a Polygon without \"arcs\"" },
  { GEOMETRIES ("{\"type\":\"MultiPolygon\",\"arcs\":[]}"), "a MultiPolygon with no polygon" },
  { GEOMETRIES ("{\"type\":\"Point\",\"coordinates\":[0,0]}"),
    "type \"Point\" is not Polygon or MultiPolygon" },
  { GEOMETRIES ("{\"type\":7}"), "\"type\" is a number, not a geometry type" },
  { GEOMETRIES ("3"), "geometries[0]: expected an object, found a number" },
  { "{\"type\":\"Topology\",\"arcs\":[[[0,0]]],\"objects\":{}}",
    "arcs[0]: an arc needs two positions, it has 1" },
  { "{\"type\":\"Topology\",\"arcs\":[[[0,0],[1]]],\"objects\":{}}",
    "arcs[0]: position 1 is not a pair of numbers" },
  { "{\"type\":\"Topology\",\"arcs\":[[[0,0],[400,0]]],\"objects\":{}}",
    "position 1 is at longitude 400, latitude 0: not on the Earth" },
  { "{\"type\":\"Topology\",\"transform\":{\"scale\":[1,1],\"translate\":[0,0]},"
    "\"arcs\":[[[170,0],[20,0]]],\"objects\":{}}",
    "longitude 190, latitude 0: not on the Earth (is the transform right?)" },
  { "{\"type\":\"Topology\",\"transform\":{\"scale\":[0,1],\"translate\":[0,0]},"
    "\"arcs\":[],\"objects\":{}}", "transform.scale: item 0 is 0, not a usable scale" },
  { "{\"type\":\"Topology\",\"transform\":{\"scale\":[1],\"translate\":[0,0]},"
    "\"arcs\":[],\"objects\":{}}", "transform.scale: expected two numbers, found 1 items" },
  { "{\"type\":\"Topology\",\"transform\":[],\"arcs\":[],\"objects\":{}}",
    "transform: expected an object, found an array" },
};

static void
test_topojson_hostile (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HcTopology) topology = parse (hostile[i].json, &error);

      if (topology != NULL)
        g_error ("hostile topology %u was read: %s", i, hostile[i].json);
      g_assert_error (error, HC_LOAD_ERROR, error->code);
      g_assert_true (g_str_has_prefix (error->message, "tiny.json:"));
      if (strstr (error->message, hostile[i].message) == NULL)
        g_error ("hostile topology %u: “%s” does not say “%s”", i, error->message,
                 hostile[i].message);
    }
}

/* A million brackets would overflow json-glib's recursion. */
static void
test_topojson_deep (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new ("{\"type\":\"Topology\",\"arcs\":");
  g_autoptr(HcTopology) topology = NULL;

  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (json, '[');
  topology = hc_topology_parse (json->str, json->len, "deep.json", "countries", &error);
  g_assert_null (topology);
  g_assert_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_LIMIT);
  g_assert_true (g_str_has_prefix (error->message, "deep.json:1:"));
  g_assert_nonnull (strstr (error->message, "nesting deeper than"));
}

static GBytes *
map_resource (const char *path)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resource_lookup_data (hc_core_get_resource (), path,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return bytes;
}

/* The map data the program carries decodes whole, with every country,
 * and cut anywhere it fails with a message rather than a crash. */
static void
test_topojson_vendored (void)
{
  static const struct
  {
    const char *path;
    guint       n_geometries;
    guint       n_arcs;
  } files[] = {
    { HC_MAP_RESOURCE_110M, 177, 595 },
    { HC_MAP_RESOURCE_50M, 241, 1959 },
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(GBytes) bytes = map_resource (files[f].path);
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);
      g_autoptr(GError) error = NULL;
      g_autoptr(HcTopology) topology = hc_topology_parse (data, length, "map.json", "countries",
                                                          &error);
      guint without_id = 0;

      g_assert_no_error (error);
      g_assert_cmpuint (topology->geometries->len, ==, files[f].n_geometries);
      g_assert_cmpuint (topology->arcs->len, ==, files[f].n_arcs);
      for (guint i = 0; i < topology->geometries->len; i++)
        {
          const HcTopoGeometry *geometry = &g_array_index (topology->geometries, HcTopoGeometry, i);

          g_assert_cmpuint (geometry->n_polygons, >, 0);
          g_assert_nonnull (geometry->name);
          if (geometry->id == NULL)
            without_id++;
        }
      /* Kosovo, Northern Cyprus and Somaliland at least. */
      g_assert_cmpuint (without_id, >=, 3);

      /* Truncated: every cut fails cleanly. The first cuts are in the
       * arcs, the last in the geometries. */
      for (guint k = 1; k <= 12; k++)
        {
          gsize cut = length * k / 13;
          g_autoptr(GError) cut_error = NULL;
          g_autoptr(HcTopology) cut_topology = hc_topology_parse (data, cut, "cut.json",
                                                                  "countries", &cut_error);

          g_assert_null (cut_topology);
          g_assert_error (cut_error, HC_LOAD_ERROR, HC_LOAD_ERROR_SYNTAX);
          g_assert_true (g_str_has_prefix (cut_error->message, "cut.json:1:"));
        }
    }
}

/* ---- Equal Earth -------------------------------------------------------------- */

/* The paper's equations (Šavrič, Patterson & Jenny 2018, eq. 1 and 2),
 * written out again in its own notation. */
static void
paper_forward (double  lon,
               double  lat,
               double *x,
               double *y)
{
  const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
  double lambda = lon * G_PI / 180, phi = lat * G_PI / 180;
  double theta = asin (sqrt (3) / 2 * sin (phi));

  *x = 2 * sqrt (3) * lambda * cos (theta) /
       (3 * (9 * A4 * pow (theta, 8) + 7 * A3 * pow (theta, 6) + 3 * A2 * pow (theta, 2) + A1));
  *y = A4 * pow (theta, 9) + A3 * pow (theta, 7) + A2 * pow (theta, 3) + A1 * theta;
}

static void
test_projection_published (void)
{
  /* PROJ's test suite for +proj=eqearth +R=6378137 (more_builtins.gie),
   * to the centimetre it asks for. */
  static const struct { double lon, lat, x, y; } proj[] = {
    { 0, 0, 0, 0 },
    { -180, 90, -10227908.09, 8402320.16 },
    { 0, 90, 0, 8402320.16 },
    { 180, 90, 10227908.09, 8402320.16 },
    { 180, 45, 14795421.79, 5486671.72 },
    { 180, 0, 17263256.84, 0 },
    { -70, -31.2, -6244707.88, -3924893.29 },
  };
  const double R = 6378137;

  g_assert_cmpfloat (HC_EQUAL_EARTH_A1, ==, 1.340264);
  g_assert_cmpfloat (HC_EQUAL_EARTH_A2, ==, -0.081106);
  g_assert_cmpfloat (HC_EQUAL_EARTH_A3, ==, 0.000893);
  g_assert_cmpfloat (HC_EQUAL_EARTH_A4, ==, 0.003796);

  for (guint i = 0; i < G_N_ELEMENTS (proj); i++)
    {
      double x, y, lon, lat;

      hc_equal_earth_forward (proj[i].lon, proj[i].lat, &x, &y);
      g_assert_cmpfloat (fabs (x * R - proj[i].x), <, 0.01);
      g_assert_cmpfloat (fabs (y * R - proj[i].y), <, 0.01);

      g_assert_true (hc_equal_earth_inverse (proj[i].x / R, proj[i].y / R, &lon, &lat));
      g_assert_cmpfloat (fabs (lat - proj[i].lat), <, 1e-7);
      if (fabs (proj[i].lat) < 90)
        g_assert_cmpfloat (fabs (lon - proj[i].lon), <, 1e-7);
    }

  /* The unit sphere's pole, as PROJ gives it, and the map's proportions:
   * "about 2.05 : 1" in the paper. */
  g_assert_cmpfloat (fabs (hc_equal_earth_y_max () - 1.3173627591574), <, 1e-12);
  g_assert_cmpfloat (fabs (hc_equal_earth_x_max () / hc_equal_earth_y_max () - 2.0546), <, 1e-3);

  /* And everywhere, the paper's equations as written. */
  for (double lat = -90; lat <= 90; lat += 7.5)
    for (double lon = -180; lon <= 180; lon += 15)
      {
        double x, y, px, py;

        hc_equal_earth_forward (lon, lat, &x, &y);
        paper_forward (lon, lat, &px, &py);
        g_assert_cmpfloat (fabs (x - px), <, 1e-12);
        g_assert_cmpfloat (fabs (y - py), <, 1e-12);
      }

  /* Outside the map there is nothing to find. */
  {
    double lon, lat;

    g_assert_false (hc_equal_earth_inverse (0, 1.4, &lon, &lat));
    g_assert_false (hc_equal_earth_inverse (3, 0, &lon, &lat));
    g_assert_false (hc_equal_earth_inverse (NAN, 0, &lon, &lat));
  }
}

static double
projected_cell_area (double lon0,
                     double lat0,
                     double size,
                     guint  steps)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  double twice = 0;

  /* Round the cell's edge, each side in @steps pieces: the meridians bend. */
  for (guint side = 0; side < 4; side++)
    for (guint i = 0; i < steps; i++)
      {
        double t = (double) i / steps, lon, lat, xy[2];

        switch (side)
          {
          case 0: lon = lon0 + t * size; lat = lat0; break;
          case 1: lon = lon0 + size; lat = lat0 + t * size; break;
          case 2: lon = lon0 + size - t * size; lat = lat0 + size; break;
          default: lon = lon0; lat = lat0 + size - t * size; break;
          }
        hc_equal_earth_forward (lon, lat, &xy[0], &xy[1]);
        g_array_append_vals (points, xy, 2);
      }
  for (guint i = 0; i < points->len / 2; i++)
    {
      guint j = (i + 1) % (points->len / 2);

      twice += g_array_index (points, double, 2 * i) * g_array_index (points, double, 2 * j + 1) -
               g_array_index (points, double, 2 * j) * g_array_index (points, double, 2 * i + 1);
    }
  return fabs (twice) / 2;
}

/* Equal-area: a cell of the graticule keeps its area on the sphere,
 * Δλ (sin φ₂ − sin φ₁), at the equator and near the poles alike. That is
 * what keeps a population map from inflating the north. */
static void
test_projection_equal_area (void)
{
  for (double lat = -85; lat <= 80; lat += 15)
    for (double lon = -175; lon <= 170; lon += 45)
      {
        double size = 5;
        double sphere = size * G_PI / 180 *
                        (sin ((lat + size) * G_PI / 180) - sin (lat * G_PI / 180));
        double map = projected_cell_area (lon, lat, size, 64);

        g_assert_cmpfloat (fabs (map - sphere) / sphere, <, 1e-4);
      }

  /* The whole map: the sphere's 4π. */
  {
    const HcMapAtlas *atlas = hc_map_atlas_get (HC_MAP_DETAIL_110M, 0, NULL);
    const GArray *outline = atlas->outline;
    double twice = 0;

    for (guint i = 0; i + 3 < outline->len; i += 2)
      twice += g_array_index (outline, double, i) * g_array_index (outline, double, i + 3) -
               g_array_index (outline, double, i + 2) * g_array_index (outline, double, i + 1);
    g_assert_cmpfloat (fabs (fabs (twice) / 2 - 4 * G_PI) / (4 * G_PI), <, 1e-4);
  }
}

static void
test_projection_inverse (void)
{
  for (double lat = -89.5; lat <= 89.5; lat += 4.25)
    for (double lon = -179.5; lon <= 179.5; lon += 9.75)
      {
        double x, y, back_lon, back_lat;

        hc_equal_earth_forward (lon, lat, &x, &y);
        g_assert_true (hc_equal_earth_inverse (x, y, &back_lon, &back_lat));
        g_assert_cmpfloat (fabs (back_lon - lon), <, 1e-9);
        g_assert_cmpfloat (fabs (back_lat - lat), <, 1e-9);
      }
}

/* ---- the atlas: cutting at the map's edge -------------------------------------- */

static double
shape_area_of (const char *json,
               double      central_meridian,
               guint      *n_rings)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTopology) topology = parse (json, &error);
  g_autoptr(HcMapAtlas) atlas = NULL;
  const HcMapShape *shape;
  double x_max = hc_equal_earth_x_max (), y_max = hc_equal_earth_y_max ();

  g_assert_no_error (error);
  atlas = hc_map_atlas_new (topology, HC_MAP_DETAIL_110M, central_meridian);
  shape = &g_array_index (atlas->shapes, HcMapShape, 0);
  /* Every point on the map. */
  for (guint i = 0; i < atlas->points->len; i += 2)
    {
      g_assert_cmpfloat (fabs (g_array_index (atlas->points, double, i)), <=, x_max + 1e-9);
      g_assert_cmpfloat (fabs (g_array_index (atlas->points, double, i + 1)), <=, y_max + 1e-9);
    }
  *n_rings = shape->n_rings;
  return shape->area;
}

static void
test_atlas_cut (void)
{
  double sphere = 20 * G_PI / 180 * (sin (20 * G_PI / 180) - sin (10 * G_PI / 180));
  g_autoptr(GString) across = g_string_new ("{\"type\":\"Topology\",\"arcs\":[[");
  g_autoptr(GString) pole = g_string_new ("{\"type\":\"Topology\",\"arcs\":[[");
  guint n_rings;
  double area;

  /* 20° by 10° across the 180th meridian, a point every degree as in
   * real shapes (meridians bend, and the chord of ten degrees would miss
   * a few per cent of the area). */
  for (int i = 0; i < 20; i++)
    g_string_append_printf (across, "[%d,10],", 170 + i > 180 ? 170 + i - 360 : 170 + i);
  for (int i = 0; i < 10; i++)
    g_string_append_printf (across, "[-170,%d],", 10 + i);
  for (int i = 0; i < 20; i++)
    g_string_append_printf (across, "[%d,20],", -170 - i < -180 ? -170 - i + 360 : -170 - i);
  for (int i = 0; i < 10; i++)
    g_string_append_printf (across, "[170,%d],", 20 - i);
  g_string_append (across, "[170,10]]],\"objects\":{\"countries\":{\"type\":"
                           "\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\","
                           "\"arcs\":[[0]]}]}}}");

  /* Centred on Greenwich it is cut in two, and the halves add up. */
  area = shape_area_of (across->str, 0, &n_rings);
  g_assert_cmpuint (n_rings, ==, 2);
  g_assert_cmpfloat (fabs (area - sphere) / sphere, <, 2e-3);
  /* Seen from the Pacific it is whole. */
  area = shape_area_of (across->str, 150, &n_rings);
  g_assert_cmpuint (n_rings, ==, 1);
  g_assert_cmpfloat (fabs (area - sphere) / sphere, <, 2e-3);

  /* A ring round the south pole at 80° S crosses the edge once: closed
   * along the pole, it covers the cap, 2π (1 − sin 80°). */
  for (int lon = -170; lon <= 180; lon += 10)
    g_string_append_printf (pole, "[%d,-80],", lon);
  g_string_append (pole, "[-170,-80]]],\"objects\":{\"countries\":{\"type\":"
                         "\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\","
                         "\"arcs\":[[0]]}]}}}");
  sphere = 2 * G_PI * (1 - sin (80 * G_PI / 180));
  for (guint c = 0; c < 2; c++)
    {
      area = shape_area_of (pole->str, c == 0 ? 0 : 150, &n_rings);
      g_assert_cmpuint (n_rings, ==, 1);
      g_assert_cmpfloat (fabs (area - sphere) / sphere, <, 2e-3);
    }
}

/* The shipped countries keep their area: Russia, cut at 180°, and
 * Antarctica, round the pole, against Natural Earth's own extents. */
static void
test_atlas_areas (void)
{
  const double earth = 510.07e6;  /* km² */
  static const struct { int numeric; double km2, tolerance; } countries[] = {
    { 643, 17.1e6, 0.06 },   /* Russia */
    { 10, 13.5e6, 0.12 },    /* Antarctica, without its ice shelves */
    { 124, 9.98e6, 0.08 },   /* Canada, lakes not counted */
    { 76, 8.5e6, 0.05 },     /* Brazil */
    { 242, 18.3e3, 0.35 },   /* Fiji, cut at 180° in the data */
  };

  for (guint d = 0; d < 2; d++)
    {
      const HcMapAtlas *atlas = hc_map_atlas_get (d == 0 ? HC_MAP_DETAIL_110M : HC_MAP_DETAIL_50M,
                                                  0, NULL);

      g_assert_nonnull (atlas);
      for (guint c = 0; c < G_N_ELEMENTS (countries); c++)
        {
          double area = 0;

          for (guint s = 0; s < atlas->shapes->len; s++)
            {
              const HcMapShape *shape = &g_array_index (atlas->shapes, HcMapShape, s);

              if (shape->numeric == countries[c].numeric)
                area += shape->area;
            }
          area *= earth / (4 * G_PI);
          if (fabs (area - countries[c].km2) / countries[c].km2 > countries[c].tolerance)
            g_error ("country %d: %.0f km² on the %s map, not about %.0f", countries[c].numeric,
                     area, d == 0 ? "110m" : "50m", countries[c].km2);
        }
    }
}

/* ---- the join ----------------------------------------------------------------- */

static HcDataset *
dataset_of (const char * const *rows)
{
  HcDataset *dataset = hc_dataset_new ("Test");

  /* Triples: label, code (or ""), value. */
  for (guint i = 0; rows[i] != NULL; i += 3)
    {
      HcFigure figure = { 0 };

      figure.label = (char *) rows[i];
      figure.entity = (char *) rows[i];
      figure.code = *rows[i + 1] != '\0' ? (char *) rows[i + 1] : NULL;
      figure.value = g_ascii_strtod (rows[i + 2], NULL);
      figure.has_time = TRUE;
      figure.time = 2007;
      hc_dataset_add_figure (dataset, &figure);
    }

  return dataset;
}

static int
shape_of (const HcMapAtlas *atlas,
          const char       *name)
{
  for (guint s = 0; s < atlas->shapes->len; s++)
    if (g_str_equal (g_array_index (atlas->shapes, HcMapShape, s).name, name))
      return (int) s;

  g_error ("no shape %s", name);
}

static void
test_join (void)
{
  static const char * const rows[] = {
    "Albania", "ALB", "2970017",
    "Kosovo", "XKX", "1807094",
    "Serbia", "SRB", "7381579",
    "World", "WLD", "6666000000",
    "Atlantis", "", "1000",
    "Northern Cyprus", "OWID_CYN", "300000",
    "Germany", "", "82000000",
    "Deutschland", "DEU", "82000001",
    "Somaliland", "", "4000000",
    "Bosnia and Herzegovina", "", "3500000",
    NULL,
  };
  g_autoptr(HcDataset) dataset = dataset_of (rows);
  const HcMapAtlas *atlas = hc_map_atlas_get (HC_MAP_DETAIL_110M, 0, NULL);
  g_autoptr(HcMapJoin) join = hc_map_join_new (atlas, dataset);

  /* By code through ISO's numeric codes; Kosovo, with no numeric code,
   * by name; Northern Cyprus and Somaliland, which have no ISO code at
   * all, by name; Germany by name without a code. */
  g_assert_cmpint (g_array_index (join->shape_figure, int, shape_of (atlas, "Albania")), ==, 0);
  g_assert_cmpint (g_array_index (join->shape_figure, int, shape_of (atlas, "Kosovo")), ==, 1);
  g_assert_cmpint (g_array_index (join->shape_figure, int, shape_of (atlas, "Serbia")), ==, 2);
  g_assert_cmpint (g_array_index (join->shape_figure, int, shape_of (atlas, "N. Cyprus")), ==, 5);
  g_assert_cmpint (g_array_index (join->shape_figure, int, shape_of (atlas, "Germany")), ==, 6);
  g_assert_cmpint (g_array_index (join->shape_figure, int, shape_of (atlas, "Somaliland")), ==, 8);
  g_assert_cmpint (g_array_index (join->shape_figure, int,
                                  shape_of (atlas, "Bosnia and Herz.")), ==, 9);
  g_assert_cmpuint (join->n_matched, ==, 7);

  /* World and Atlantis have no shape; the second Germany is said to
   * repeat the first. */
  g_assert_cmpuint (join->unmatched->len, ==, 2);
  g_assert_cmpuint (g_array_index (join->unmatched, guint, 0), ==, 3);
  g_assert_cmpuint (g_array_index (join->unmatched, guint, 1), ==, 4);
  g_assert_cmpuint (join->repeated->len, ==, 1);
  g_assert_cmpuint (g_array_index (join->repeated, guint, 0), ==, 7);

  /* The chart says so. */
  {
    HcChartOptions options;
    Rendered r = { 0 };
    g_autofree char *description = NULL;
    g_autofree char *script = NULL;

    hc_chart_options_init (&options);
    options.kind = HC_CHART_MAP;
    options.map_region = HC_MAP_REGION_WORLD;
    rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);
    g_assert_cmpuint (r.layout->map->n_unmatched, ==, 3);
    description = hc_chart_layout_describe (r.layout, dataset);
    g_assert_nonnull (strstr (description, "3 figures are not on the map."));
    script = probe_script (dataset, &options, 1600, 1000);
    g_assert_true (probe_script_has (script, "Not on this map: World, Atlantis, Deutschland"));
    rendered_clear (&r);
  }
}

/* ---- the view ----------------------------------------------------------------- */

static HcDataset *
load_table_year (const char *name,
                 double      year)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = hc_loader_read_path (path, NULL, NULL, &error);
  g_auto(HcSelection) selection = { 0 };
  HcDataset *dataset;

  g_assert_no_error (error);
  hc_selection_init (&selection);
  selection.has_time = TRUE;
  selection.time = year;
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  return dataset;
}

static int
figure_with_code (const HcDataset *dataset,
                  const char      *code)
{
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (g_strcmp0 (hc_dataset_get_figure (dataset, i)->code, code) == 0)
      return (int) i;

  g_error ("no figure %s", code);
}

static gboolean
under_text (const HcChartLayout *layout,
            double               x,
            double               y)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const cairo_rectangle_t *r = &g_array_index (layout->labels, cairo_rectangle_t, i);

      if (x >= r->x - 2 && x <= r->x + r->width + 2 && y >= r->y - 2 && y <= r->y + r->height + 2)
        return TRUE;
    }
  return FALSE;
}

/* Most of the pixels at and round (@lon, @lat) are @expected: a
 * country's colour, whatever a border or a callout's line takes of them;
 * the country's own name may be written over the city, so pixels under
 * text do not count. */
static void
assert_color_at (const Rendered *r,
                 const char     *place,
                 double          lon,
                 double          lat,
                 guint32         expected)
{
  double x, y;
  guint same = 0, looked = 0;
  guint32 found = 0;

  g_assert_true (hc_chart_layout_map_point (r->layout, lon, lat, &x, &y));
  for (int radius = 0; radius <= 24 && looked < 9; radius += 2)
    for (int k = 0; k < (radius == 0 ? 1 : 8) && looked < 9; k++)
      {
        double px = x + radius * cos (k * G_PI / 4), py = y + radius * sin (k * G_PI / 4);
        guint32 pixel;

        if (under_text (r->layout, px, py))
          continue;
        pixel = probe_pixel (r->surface, px, py);
        looked++;
        if (pixel == expected)
          same++;
        else
          found = pixel;
      }
  if (looked < 9 || same < 6)
    g_error ("%s (%.2f, %.2f) at (%.0f, %.0f): #%06x, not #%06x", place, lat, lon, x, y, found,
             expected);
}

static void
assert_country_at (const Rendered  *r,
                   const HcDataset *dataset,
                   const char      *place,
                   double           lon,
                   double           lat,
                   const char      *code)
{
  const HcChartMap *map = r->layout->map;
  int figure = figure_with_code (dataset, code);
  double value = hc_dataset_get_figure (dataset, figure)->value;
  double x, y;

  assert_color_at (r, place, lon, lat,
                   probe_rgb (&map->colors[hc_chart_map_find_bin (map, value)]));
  /* And the pointer there is on that country. */
  g_assert_true (hc_chart_layout_map_point (r->layout, lon, lat, &x, &y));
  g_assert_cmpint (hc_chart_layout_hit_test (r->layout, x, y), ==, figure);
}

/* The World Bank's figures for Albania, Kosovo and Serbia zoom to the
 * Balkans, on the 1:50m shapes, each capital in its country's colour. */
static void
test_balkans (void)
{
  g_autoptr(HcDataset) dataset = load_table_year ("wb-long-balkans.csv", 2007);
  static const int sizes[][2] = { { 480, 320 }, { 1600, 1000 }, { 3840, 2160 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (HcTheme theme = HC_THEME_LIGHT; theme <= HC_THEME_DARK; theme++)
      {
        HcChartOptions options;
        Rendered r = { 0 };
        const HcChartMap *map;
        guint32 kosovo, albania, serbia;
        g_autofree char *description = NULL;
        g_autofree char *script = NULL;
        const HcMark *mark;

        hc_chart_options_init (&options);
        options.kind = HC_CHART_MAP;
        rendered_render (&r, dataset, &options, theme, sizes[s][0], sizes[s][1]);
        map = r.layout->map;
        g_assert_nonnull (map);
        g_assert_cmpint (map->region, ==, HC_MAP_REGION_DATA);
        g_assert_cmpint (map->detail, ==, HC_MAP_DETAIL_50M);

        assert_country_at (&r, dataset, "Pristina", 21.1655, 42.6629, "XKX");
        assert_country_at (&r, dataset, "Tirana", 19.8187, 41.3275, "ALB");
        assert_country_at (&r, dataset, "Belgrade", 20.4612, 44.8125, "SRB");
        /* Three countries, three colours: 1.8 million, 3 million and 7.4. */
        kosovo = probe_rgb (&map->colors[hc_chart_map_find_bin (map, 1807094)]);
        albania = probe_rgb (&map->colors[hc_chart_map_find_bin (map, 2970017)]);
        serbia = probe_rgb (&map->colors[hc_chart_map_find_bin (map, 7381579)]);
        g_assert_cmpuint (kosovo, !=, albania);
        g_assert_cmpuint (albania, !=, serbia);
        g_assert_cmpuint (kosovo, !=, serbia);
        /* Under 100× apart: equal bins. */
        g_assert_cmpint (map->bins_kind, ==, HC_SCALE_LINEAR);
        /* Their neighbours have no figure: hatched, not coloured. */
        {
          double x, y;
          guint32 pixel;

          g_assert_true (hc_chart_layout_map_point (r.layout, 19.26, 42.44, &x, &y)); /* Podgorica */
          pixel = probe_pixel (r.surface, x, y);
          g_assert_true (pixel != kosovo && pixel != albania && pixel != serbia);
          g_assert_cmpint (hc_chart_layout_hit_test (r.layout, x, y), ==, -1);
          g_assert_nonnull (hc_chart_layout_mark_at (r.layout, x, y));
          g_assert_nonnull (strstr (hc_chart_layout_mark_at (r.layout, x, y)->summary,
                                    "No data"));
        }

        /* The values are on the map, not only in tooltips. */
        script = probe_script (dataset, &options, sizes[s][0], sizes[s][1]);
        g_assert_true (probe_script_has (script, "Kosovo"));
        g_assert_true (probe_script_has (script, "1.81M"));
        g_assert_true (probe_script_has (script, "Albania"));
        g_assert_true (probe_script_has (script, "2.97M"));
        g_assert_true (probe_script_has (script, "Serbia"));
        g_assert_true (probe_script_has (script, "7.38M"));
        probe_check_text (r.layout);

        /* Hovering Kosovo: its name, value, year and rank. */
        mark = hc_chart_layout_find_mark (r.layout, figure_with_code (dataset, "XKX"));
        g_assert_nonnull (mark);
        g_assert_cmpstr (mark->summary, ==, "Kosovo\n1,807,094\n2007 · Rank 3 of 3");

        description = hc_chart_layout_describe (r.layout, dataset);
        g_test_message ("%s", description);
        g_assert_true (g_str_has_prefix (description, "Map of the countries of the figures, "
                                                      "colour by equal bins, 3 countries with "
                                                      "figures. Highest: Serbia, 7,381,579. "
                                                      "Lowest: Kosovo, 1,807,094. "));
        g_assert_nonnull (strstr (description, "countries on the map have no data."));
        rendered_clear (&r);
      }
}

/* The whole World Bank file in 2020: the world, each country where it
 * belongs (Chukotka across 180° too), log bins on the 1-2-5 ladder. */
static void
test_world (void)
{
  g_autoptr(HcDataset) dataset = load_table_year ("wb-long-2020.csv", 2020);
  HcChartOptions options;
  Rendered r = { 0 };
  const HcChartMap *map;
  g_autofree char *description = NULL;

  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1920, 1080);
  map = r.layout->map;
  g_assert_cmpint (map->region, ==, HC_MAP_REGION_WORLD);
  g_assert_cmpint (map->detail, ==, HC_MAP_DETAIL_110M);

  /* Eleven thousand (Tuvalu) to 1.4 billion: decades. */
  g_assert_cmpint (map->bins_kind, ==, HC_SCALE_LOG);
  g_assert_cmpuint (map->n_bins, ==, 6);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpfloat (map->edges[i], ==, pow (10, 5 + i));

  assert_country_at (&r, dataset, "Beijing", 116.40, 39.90, "CHN");
  assert_country_at (&r, dataset, "Delhi", 77.21, 28.61, "IND");
  assert_country_at (&r, dataset, "Kansas City", -94.58, 39.10, "USA");
  assert_country_at (&r, dataset, "Brasília", -47.88, -15.79, "BRA");
  assert_country_at (&r, dataset, "Moscow", 37.62, 55.75, "RUS");
  assert_country_at (&r, dataset, "inland Chukotka", 172.0, 66.5, "RUS");
  assert_country_at (&r, dataset, "Chukotka, east of 180°", -176.0, 67.0, "RUS");
  assert_country_at (&r, dataset, "Greenland", -42.0, 72.0, "GRL");
  assert_country_at (&r, dataset, "Alice Springs", 133.88, -23.70, "AUS");
  assert_country_at (&r, dataset, "Kinshasa region", 18.0, -3.0, "COD");
  assert_country_at (&r, dataset, "Madrid", -3.70, 40.42, "ESP");
  assert_color_at (&r, "the Atlantic", -30, 0, probe_rgb (&map->ocean));
  assert_color_at (&r, "the Pacific", -150, -20, probe_rgb (&map->ocean));
  {
    double x, y;

    /* Antarctica has no figure. */
    g_assert_true (hc_chart_layout_map_point (r.layout, 45, -82, &x, &y));
    g_assert_cmpint (hc_chart_layout_hit_test (r.layout, x, y), ==, -1);
    g_assert_nonnull (strstr (hc_chart_layout_mark_at (r.layout, x, y)->summary, "No data"));
  }

  /* Tuvalu, Monaco … have no shape at this scale, and the chart says so. */
  g_assert_cmpuint (map->n_unmatched, >, 20);
  description = hc_chart_layout_describe (r.layout, dataset);
  g_assert_true (g_str_has_prefix (description, "World map, colour by log bins, "));
  g_assert_nonnull (strstr (description, "Highest: China, "));
  g_assert_nonnull (strstr (description, "Lowest: Greenland, "));
  g_assert_nonnull (strstr (description, " countries on the map have no data."));
  g_assert_nonnull (strstr (description, " figures are not on the map."));
  probe_check_text (r.layout);
  rendered_clear (&r);

  /* Linear on request: equal bins. */
  options.scale_mode = HC_SCALE_MODE_LINEAR;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1920, 1080);
  g_assert_cmpint (r.layout->map->bins_kind, ==, HC_SCALE_LINEAR);
  for (guint i = 1; i + 1 < r.layout->map->n_bins; i++)
    g_assert_cmpfloat (fabs ((r.layout->map->edges[i] - r.layout->map->edges[i - 1]) -
                             (r.layout->map->edges[1] - r.layout->map->edges[0])), <, 1);
  assert_country_at (&r, dataset, "Beijing", 116.40, 39.90, "CHN");
  rendered_clear (&r);

  /* A 4K export has room for the 1:50m shapes, and Monaco. */
  options.scale_mode = HC_SCALE_MODE_AUTO;
  rendered_render (&r, dataset, &options, HC_THEME_DARK, 3840, 2160);
  g_assert_cmpint (r.layout->map->detail, ==, HC_MAP_DETAIL_50M);
  g_assert_cmpuint (r.layout->map->n_unmatched, <, 5);
  assert_country_at (&r, dataset, "Chukotka, east of 180°", -176.0, 67.0, "RUS");
  rendered_clear (&r);
}

/* Each continent, the place in it where it should be. */
static void
test_regions (void)
{
  g_autoptr(HcDataset) dataset = load_table_year ("wb-long-2020.csv", 2020);
  static const struct
  {
    HcMapRegion region;
    const char *place;
    double      lon, lat;
    const char *code;
  } places[] = {
    { HC_MAP_REGION_AFRICA, "Nairobi", 36.82, -1.29, "KEN" },
    { HC_MAP_REGION_AFRICA, "Western Cape", 20.5, -33.0, "ZAF" },
    { HC_MAP_REGION_AMERICAS, "the Andes of Peru", -75.0, -10.0, "PER" },
    { HC_MAP_REGION_AMERICAS, "Fairbanks", -147.72, 64.84, "USA" },
    { HC_MAP_REGION_ASIA, "Tokyo region", 139.2, 36.0, "JPN" },
    { HC_MAP_REGION_ASIA, "Bandung", 107.6, -6.9, "IDN" },
    { HC_MAP_REGION_EUROPE, "Paris", 2.35, 48.86, "FRA" },
    { HC_MAP_REGION_EUROPE, "Reykjavík region", -20.0, 64.5, "ISL" },
    { HC_MAP_REGION_OCEANIA, "Sydney region", 150.5, -33.5, "AUS" },
    { HC_MAP_REGION_OCEANIA, "Viti Levu, Fiji", 177.9, -17.8, "FJI" },
    { HC_MAP_REGION_OCEANIA, "Wellington region", 175.5, -40.5, "NZL" },
    { HC_MAP_REGION_WORLD, "Paris", 2.35, 48.86, "FRA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      HcChartOptions options;
      Rendered r = { 0 };

      hc_chart_options_init (&options);
      options.kind = HC_CHART_MAP;
      options.map_region = places[i].region;
      rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);
      g_assert_cmpint (r.layout->map->region, ==, places[i].region);
      /* Zoomed in, the finer shapes. */
      g_assert_cmpint (r.layout->map->detail, ==, places[i].region == HC_MAP_REGION_WORLD
                                                    ? HC_MAP_DETAIL_110M : HC_MAP_DETAIL_50M);
      assert_country_at (&r, dataset, places[i].place, places[i].lon, places[i].lat,
                         places[i].code);
      probe_check_text (r.layout);
      rendered_clear (&r);
    }
}

/* Figures that are no countries: every country hatched, and a word. */
static void
test_no_countries (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcDataset) dataset = hc_loader_load_default (&error);
  HcChartOptions options;
  Rendered r = { 0 };
  g_autofree char *description = NULL;
  g_autofree char *script = NULL;

  g_assert_no_error (error);
  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 800, 500);
  g_assert_cmpint (r.layout->map->region, ==, HC_MAP_REGION_WORLD);
  g_assert_cmpuint (r.layout->n_shown, ==, 0);
  g_assert_cmpuint (r.layout->map->n_unmatched, ==, 5);
  g_assert_cmpuint (r.layout->marks->len, >, 100);
  script = probe_script (dataset, &options, 800, 500);
  g_assert_true (probe_script_has (script, "None of these figures is a country: a map shows "
                                           "countries."));
  description = hc_chart_layout_describe (r.layout, dataset);
  g_assert_true (g_str_has_prefix (description, "World map"));
  g_assert_nonnull (strstr (description, "5 figures are not on the map."));
  rendered_clear (&r);
}

/* The keyboard walks the countries by rank, or by name. */
static void
test_keyboard (void)
{
  g_autoptr(HcDataset) dataset = load_table_year ("wb-long-balkans.csv", 2007);
  int albania = figure_with_code (dataset, "ALB");
  int kosovo = figure_with_code (dataset, "XKX");
  int serbia = figure_with_code (dataset, "SRB");
  HcChartOptions options;
  Rendered r = { 0 };

  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  options.focused = kosovo;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 1600, 1000);

  g_assert_cmpint (hc_chart_layout_step_map (r.layout, dataset, -1, 1, FALSE), ==, serbia);
  g_assert_cmpint (hc_chart_layout_step_map (r.layout, dataset, serbia, 1, FALSE), ==, albania);
  g_assert_cmpint (hc_chart_layout_step_map (r.layout, dataset, albania, 1, FALSE), ==, kosovo);
  g_assert_cmpint (hc_chart_layout_step_map (r.layout, dataset, kosovo, 1, FALSE), ==, kosovo);
  g_assert_cmpint (hc_chart_layout_step_map (r.layout, dataset, -1, -1, FALSE), ==, kosovo);
  g_assert_cmpint (hc_chart_layout_step_map (r.layout, dataset, -1, 1, TRUE), ==, albania);
  g_assert_cmpint (hc_chart_layout_step_map (r.layout, dataset, albania, 1, TRUE), ==, kosovo);
  g_assert_cmpint (hc_chart_layout_step_map (r.layout, dataset, kosovo, 1, TRUE), ==, serbia);

  /* The focus ring follows Kosovo's border: the focus colour is drawn
   * on its edge, not in its middle. */
  {
    const HcMark *mark = hc_chart_layout_find_mark (r.layout, kosovo);
    guint32 focus = probe_rgb (&hc_chart_style_get (HC_THEME_LIGHT)->focus);
    guint on_edge = 0;

    g_assert_nonnull (mark);
    g_assert_cmpint (mark->shape, ==, HC_MARK_PATH);
    for (guint i = 0; i < mark->path->ring_ends[0]; i++)
      if (probe_pixel (r.surface, mark->path->points[2 * i], mark->path->points[2 * i + 1]) == focus)
        on_edge++;
    g_assert_cmpuint (on_edge, >, mark->path->ring_ends[0] / 2);

    /* And nowhere else: no line from whatever was drawn before. */
    for (int y = 0; y < 1000; y += 2)
      for (int x = 0; x < 1600; x += 2)
        if (probe_pixel (r.surface, x, y) == focus &&
            (x < mark->x - 12 || x > mark->x + mark->width + 12 ||
             y < mark->y - 12 || y > mark->y + mark->height + 12))
          g_error ("focus colour at (%d, %d), away from Kosovo", x, y);
  }
  rendered_clear (&r);
}

/* The same chart in every format; SVG and PDF keep the hatching a
 * drawing. */
static void
test_export (void)
{
  g_autoptr(HcDataset) dataset = load_table_year ("wb-long-balkans.csv", 2007);

  for (HcExportFormat format = HC_EXPORT_PNG; format <= HC_EXPORT_PDF; format++)
    {
      HcExportSettings settings;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize length;
      const char *data;

      hc_export_settings_init (&settings);
      settings.format = format;
      settings.chart.kind = HC_CHART_MAP;
      bytes = hc_export_to_bytes (dataset, &settings, &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &length);
      g_assert_cmpuint (length, >, 1000);
      if (format == HC_EXPORT_SVG)
        {
          g_autofree char *text = g_strndup (data, length);

          /* Hatched with lines, not with a picture of them. */
          g_assert_null (strstr (text, "<image"));
          g_assert_nonnull (strstr (text, "clip-path"));
        }
      else if (format == HC_EXPORT_PDF)
        g_assert_true (length > 4 && memcmp (data, "%PDF", 4) == 0);
    }
}

/* ---- over the years --------------------------------------------------------- */

static HcDataset *
load_cut (const char *folder,
          const char *name,
          const char *measure,
          const char *divide_by,
          double      year)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = hc_loader_read_path (path, NULL, NULL, &error);
  g_auto(HcSelection) selection = { 0 };
  HcDataset *dataset;

  g_assert_no_error (error);
  hc_selection_init (&selection);
  selection.measure = g_strdup (measure);
  selection.divide_by = g_strdup (divide_by);
  selection.has_time = !isnan (year);
  selection.time = isnan (year) ? 0 : year;
  dataset = hc_selection_apply (table, &selection, &error);
  g_assert_no_error (error);
  return dataset;
}

/* The same figures without the domain of the other years. */
static HcDataset *
dataset_alone (const HcDataset *dataset)
{
  HcDataset *copy = hc_dataset_new (hc_dataset_get_title (dataset));

  hc_dataset_set_time_kind (copy, hc_dataset_get_time_kind (dataset));
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    hc_dataset_add_figure (copy, hc_dataset_get_figure (dataset, i));
  return copy;
}

static void
assert_same_bins (const HcChartMap *a,
                  const HcChartMap *b)
{
  g_assert_cmpint (a->bins_kind, ==, b->bins_kind);
  g_assert_cmpuint (a->n_bins, ==, b->n_bins);
  for (guint i = 0; i + 1 < a->n_bins; i++)
    g_assert_cmpfloat (a->edges[i], ==, b->edges[i]);
  for (guint i = 0; i < a->n_bins; i++)
    g_assert_cmpuint (probe_rgb (&a->colors[i]), ==, probe_rgb (&b->colors[i]));
}

/* The zoom to the countries of the figures stays put over the years: in
 * 2008 Serbia has no population to divide by, and the map still frames
 * the three countries of 2005, not the two of 2008. */
static void
test_zoom_over_years (void)
{
  g_autoptr(HcDataset) early = load_cut ("rates", "wb-deaths-balkans.csv", "Deaths", "Population",
                                         2005);
  g_autoptr(HcDataset) late = load_cut ("rates", "wb-deaths-balkans.csv", "Deaths", "Population",
                                        2008);
  g_autoptr(HcDataset) late_alone = dataset_alone (late);
  HcChartOptions options;
  Rendered a = { 0 }, b = { 0 }, c = { 0 };

  g_assert_nonnull (hc_dataset_get_extent (late));
  g_assert_cmpuint (hc_dataset_get_n_figures (late), <, hc_dataset_get_n_figures (early));
  g_assert_cmpuint (hc_dataset_get_n_figures (hc_dataset_get_extent (late)), ==,
                    hc_dataset_get_n_figures (early));

  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  rendered_render (&a, early, &options, HC_THEME_LIGHT, 960, 600);
  rendered_render (&b, late, &options, HC_THEME_LIGHT, 960, 600);
  rendered_render (&c, late_alone, &options, HC_THEME_LIGHT, 960, 600);
  g_assert_cmpfloat (a.layout->map->scale, ==, b.layout->map->scale);
  g_assert_cmpfloat (a.layout->map->cx, ==, b.layout->map->cx);
  g_assert_cmpfloat (a.layout->map->cy, ==, b.layout->map->cy);
  /* Without it, the two countries of 2008 alone would be framed. */
  g_assert_cmpfloat (c.layout->map->scale, !=, b.layout->map->scale);

  rendered_clear (&a);
  rendered_clear (&b);
  rendered_clear (&c);
}

/* Played over the years, the map keeps the bins of every year of the
 * measure: Albania (1.6 million in 1960, 2.5 in 2020) changes colour,
 * the legend does not. */
static void
test_bins_over_years (void)
{
  static const double years[] = { 1960, 2020 };
  HcDataset *datasets[2];
  Rendered r[2] = { { 0 } };
  guint32 albania[2];
  HcChartOptions options;

  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  for (guint y = 0; y < 2; y++)
    {
      const HcValueDomain *domain;

      datasets[y] = load_cut ("real", "wb-long-balkans-series.csv", NULL, NULL, years[y]);
      /* Kosovo in 1960 to Serbia in 1990, World left out as the figures are. */
      domain = hc_dataset_get_value_domain (datasets[y]);
      g_assert_nonnull (domain);
      g_assert_cmpfloat (domain->min, ==, 984846);
      g_assert_cmpfloat (domain->min_positive, ==, 984846);
      g_assert_cmpfloat (domain->max, ==, 7897937);
      g_assert_cmpfloat (domain->first_time, ==, 1960);
      g_assert_cmpfloat (domain->last_time, ==, 2024);

      for (HcTheme theme = HC_THEME_LIGHT; theme <= HC_THEME_DARK; theme++)
        {
          Rendered t = { 0 };

          rendered_render (&t, datasets[y], &options, theme, 960, 600);
          g_assert_true (t.layout->map->fixed_bins);
          assert_country_at (&t, datasets[y], "Tirana", 19.8187, 41.3275, "ALB");
          assert_country_at (&t, datasets[y], "Belgrade", 20.4612, 44.8125, "SRB");
          probe_check_text (t.layout);
          if (theme == HC_THEME_LIGHT)
            r[y] = t;
          else
            rendered_clear (&t);
        }
    }

  assert_same_bins (r[0].layout->map, r[1].layout->map);
  /* Bins of a million, up to Serbia's 7.9 million of 1990. */
  g_assert_cmpint (r[0].layout->map->bins_kind, ==, HC_SCALE_LINEAR);
  g_assert_cmpfloat (r[0].layout->map->edges[r[0].layout->map->n_bins - 2], ==, 7e6);
  for (guint y = 0; y < 2; y++)
    {
      const HcFigure *figure = hc_dataset_get_figure (datasets[y],
                                                      figure_with_code (datasets[y], "ALB"));
      const HcChartMap *map = r[y].layout->map;

      albania[y] = probe_rgb (&map->colors[hc_chart_map_find_bin (map, figure->value)]);
      assert_color_at (&r[y], "Tirana", 19.8187, 41.3275, albania[y]);
    }
  g_assert_cmpuint (hc_chart_map_find_bin (r[0].layout->map, 1608800), ==, 1);
  g_assert_cmpuint (hc_chart_map_find_bin (r[1].layout->map, 2528480), ==, 2);
  g_assert_cmpuint (albania[0], !=, albania[1]);

  /* 1960's figures alone would have had bins of their own. */
  {
    g_autoptr(HcDataset) alone = dataset_alone (datasets[0]);
    Rendered a = { 0 };

    rendered_render (&a, alone, &options, HC_THEME_LIGHT, 960, 600);
    g_assert_false (a.layout->map->fixed_bins);
    g_assert_cmpuint (a.layout->map->n_bins, <, r[0].layout->map->n_bins);
    g_assert_null (a.layout->map->legend_title);
    rendered_clear (&a);
  }

  /* The legend says why it reaches past this year's figures. */
  for (guint y = 0; y < 2; y++)
    {
      g_autofree char *script = probe_script (datasets[y], &options, 960, 600);

      g_assert_cmpstr (r[y].layout->map->legend_title, ==, "Colours fixed over 1960–2024");
      /* The script writes the dash as an escape. */
      g_assert_true (probe_script_has (script, "Colours fixed over 1960"));
      rendered_clear (&r[y]);
      hc_dataset_unref (datasets[y]);
    }

  /* Bins of each year's own figures, when asked for. */
  {
    g_autoptr(HcDataset) early = load_cut ("real", "wb-long-balkans-series.csv", NULL, NULL, 1960);
    g_autoptr(HcDataset) late = load_cut ("real", "wb-long-balkans-series.csv", NULL, NULL, 2020);
    Rendered e = { 0 }, l = { 0 };
    g_autofree char *description = NULL;

    rendered_render (&e, early, &options, HC_THEME_LIGHT, 960, 600);
    description = hc_chart_layout_describe (e.layout, early);
    g_assert_true (g_str_has_suffix (description, " have no data. Colours fixed over 1960–2024."));
    rendered_clear (&e);
    g_clear_pointer (&description, g_free);

    options.map_adaptive_bins = TRUE;
    rendered_render (&e, early, &options, HC_THEME_LIGHT, 960, 600);
    rendered_render (&l, late, &options, HC_THEME_LIGHT, 960, 600);
    g_assert_false (e.layout->map->fixed_bins);
    g_assert_null (e.layout->map->legend_title);
    /* 1 to 6 million in 1960, 2 to 6 in 2020. */
    g_assert_cmpuint (e.layout->map->n_bins, ==, 7);
    g_assert_cmpuint (l.layout->map->n_bins, ==, 6);
    g_assert_cmpfloat (e.layout->map->edges[0], ==, 1e6);
    g_assert_cmpfloat (l.layout->map->edges[0], ==, 2e6);
    description = hc_chart_layout_describe (e.layout, early);
    g_assert_null (strstr (description, "Colours fixed"));
    assert_country_at (&e, early, "Tirana", 19.8187, 41.3275, "ALB");
    rendered_clear (&e);
    rendered_clear (&l);
    options.map_adaptive_bins = FALSE;
  }

  /* A file of one year has no other years: its own bins, no title. */
  {
    g_autoptr(HcDataset) dataset = load_table_year ("wb-long-2020.csv", 2020);
    Rendered one = { 0 };

    g_assert_null (hc_dataset_get_value_domain (dataset));
    rendered_render (&one, dataset, &options, HC_THEME_LIGHT, 960, 600);
    g_assert_false (one.layout->map->fixed_bins);
    /* "Value" says nothing. */
    g_assert_null (one.layout->map->legend_title);
    rendered_clear (&one);
  }

  /* A measure the file named is named over the legend. */
  {
    g_autoptr(HcDataset) dataset = load_cut ("real", "gapminder-4.csv", "population", NULL, NAN);
    Rendered one = { 0 };

    rendered_render (&one, dataset, &options, HC_THEME_LIGHT, 960, 600);
    g_assert_cmpstr (one.layout->map->legend_title, ==, "population");
    rendered_clear (&one);
  }
}

/* A rate's bins are those of the rates of every year, per what suits
 * them all; its legend names the rate and its tooltip what it divides. */
static void
test_rates_over_years (void)
{
  g_autoptr(HcDataset) first = load_cut ("rates", "wb-deaths-balkans.csv", "Deaths",
                                         "Population", 2005);
  g_autoptr(HcDataset) last = load_cut ("rates", "wb-deaths-balkans.csv", "Deaths",
                                        "Population", 2008);
  const HcValueDomain *domain = hc_dataset_get_value_domain (last);
  HcChartOptions options;
  Rendered a = { 0 }, b = { 0 };
  const HcMark *mark;

  /* Serbia 2005, 106,800 of 7,440,769, to Kosovo 2008, 8,050 of
   * 1,800,858; Montenegro's population of 0 is no rate. */
  g_assert_cmpfloat (hc_dataset_get_per (first), ==, 1000);
  g_assert_cmpfloat (hc_dataset_get_per (last), ==, 1000);
  g_assert_nonnull (domain);
  g_assert_cmpfloat_with_epsilon (domain->max, 106800.0 / 7440769 * 1000, 1e-9);
  g_assert_cmpfloat_with_epsilon (domain->min_positive, 8050.0 / 1800858 * 1000, 1e-9);
  g_assert_cmpfloat (domain->first_time, ==, 2005);
  g_assert_cmpfloat (domain->last_time, ==, 2008);

  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  rendered_render (&a, first, &options, HC_THEME_LIGHT, 960, 600);
  rendered_render (&b, last, &options, HC_THEME_LIGHT, 960, 600);
  assert_same_bins (a.layout->map, b.layout->map);
  g_assert_cmpstr (b.layout->map->legend_title, ==,
                   "Deaths per 1,000 people · colours fixed over 2005–2008");
  assert_country_at (&b, last, "Pristina", 21.1655, 42.6629, "XKX");

  mark = hc_chart_layout_find_mark (b.layout, figure_with_code (last, "XKX"));
  g_assert_nonnull (mark);
  g_assert_cmpstr (mark->summary, ==, "Kosovo\n4.470091\nDeaths per 1,000 people\n"
                                      "8,050 of 1,800,858\n2008 · Rank 2 of 2");
  rendered_clear (&a);
  rendered_clear (&b);
}

/* Rates of 5 per 100 one year and 5 per 1,000 the next are both given
 * per 100: what suits every year, not each its own. */
static void
test_rates_per_over_years (void)
{
  static const char csv[] = "country,code,year,deaths,population\n"
                            "Albania,ALB,2000,50,1000\n"
                            "Kosovo,XKX,2000,40,1000\n"
                            "Albania,ALB,2001,5,1000\n"
                            "Kosovo,XKX,2001,4,1000\n";
  g_autofree char *dir = g_dir_make_tmp ("test-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rates.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTable) table = NULL;
  HcChartOptions options;
  Rendered r[2] = { { 0 } };

  g_assert_true (g_file_set_contents (path, csv, -1, &error));
  table = hc_loader_read_path (path, NULL, NULL, &error);
  g_assert_no_error (error);
  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  for (guint y = 0; y < 2; y++)
    {
      g_auto(HcSelection) selection = { 0 };
      g_autoptr(HcDataset) dataset = NULL;

      hc_selection_init (&selection);
      selection.divide_by = g_strdup ("population");
      selection.has_time = TRUE;
      selection.time = 2000 + y;
      dataset = hc_selection_apply (table, &selection, &error);
      g_assert_no_error (error);
      g_assert_cmpfloat (hc_dataset_get_per (dataset), ==, 100);
      g_assert_cmpstr (hc_dataset_get_value_title (dataset), ==, "deaths per 100 people");
      g_assert_cmpfloat_with_epsilon (hc_dataset_get_value_domain (dataset)->max, 5, 1e-9);
      g_assert_cmpfloat_with_epsilon (hc_dataset_get_value_domain (dataset)->min, 0.4, 1e-9);
      rendered_render (&r[y], dataset, &options, HC_THEME_LIGHT, 960, 600);
      assert_country_at (&r[y], dataset, "Tirana", 19.8187, 41.3275, "ALB");
    }
  assert_same_bins (r[0].layout->map, r[1].layout->map);
  g_assert_cmpstr (r[1].layout->map->legend_title, ==,
                   "deaths per 100 people · colours fixed over 2000–2001");
  rendered_clear (&r[0]);
  rendered_clear (&r[1]);
  g_unlink (path);
  g_rmdir (dir);
}

/* An uncertain figure's tooltip on the map gives its bounds. */
static void
test_range_tooltip (void)
{
  g_autoptr(HcDataset) dataset = load_cut ("rates", "ucdp-bounds.csv", NULL, NULL, 1999);
  HcChartOptions options;
  Rendered r = { 0 };
  const HcMark *mark;
  int kosovo = -1;

  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (g_strcmp0 (hc_dataset_get_figure (dataset, i)->entity, "Kosovo") == 0)
      kosovo = (int) i;
  g_assert_cmpint (kosovo, >=, 0);

  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  rendered_render (&r, dataset, &options, HC_THEME_DARK, 960, 600);
  mark = hc_chart_layout_find_mark (r.layout, kosovo);
  g_assert_nonnull (mark);
  g_assert_cmpstr (mark->summary, ==,
                   "Kosovo\n8,000, between 6,000 and 12,000\n1999 · Rank 1 of 1");
  /* The measure is named over the legend. */
  g_assert_nonnull (r.layout->map->legend_title);
  g_assert_true (g_str_has_prefix (r.layout->map->legend_title, "bd_best"));
  rendered_clear (&r);
}

static cairo_surface_t *
export_map_at (const char *out,
               const char *year,
               gboolean    adaptive)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "real",
                                                 "wb-long-balkans-series.csv", NULL);
  const char *files[] = { path, NULL };
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  cairo_surface_t *surface;

  g_variant_dict_insert_value (options, "export", g_variant_new_bytestring (out));
  g_variant_dict_insert (options, "view", "s", "map");
  g_variant_dict_insert (options, "time", "s", year);
  g_variant_dict_insert (options, "size", "s", "960x600");
  if (adaptive)
    g_variant_dict_insert (options, "adaptive-bins", "b", TRUE);
  g_variant_dict_insert_value (options, G_OPTION_REMAINING,
                               g_variant_new_bytestring_array (files, -1));
  g_assert_cmpint (hc_cli_handle (options), ==, 0);
  surface = cairo_image_surface_create_from_png (out);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* --view map --time: two years exported, one legend, two Albanias. */
static void
test_cli_years (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-map-XXXXXX", NULL);
  g_autofree char *out_1960 = g_build_filename (dir, "1960.png", NULL);
  g_autofree char *out_2020 = g_build_filename (dir, "2020.png", NULL);
  cairo_surface_t *a = export_map_at (out_1960, "1960", FALSE);
  cairo_surface_t *b = export_map_at (out_2020, "2020", FALSE);
  g_autoptr(HcDataset) dataset = load_cut ("real", "wb-long-balkans-series.csv", NULL, NULL, 1960);
  HcChartOptions options;
  Rendered r = { 0 };
  double x, y, legend_top;
  guint differ = 0;

  g_assert_cmpint (cairo_image_surface_get_width (a), ==, 960);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, 600);
  /* Where the legend goes: under the map, the same at both years. */
  hc_chart_options_init (&options);
  options.kind = HC_CHART_MAP;
  rendered_render (&r, dataset, &options, HC_THEME_LIGHT, 960, 600);
  legend_top = r.layout->plot.y + r.layout->plot.height + 1;
  for (int py = (int) legend_top; py < 600; py++)
    for (int px = 0; px < 960; px++)
      if (probe_pixel (a, px, py) != probe_pixel (b, px, py))
        differ++;
  g_assert_cmpuint (differ, ==, 0);
  /* The map itself changed. */
  g_assert_true (hc_chart_layout_map_point (r.layout, 19.8187, 41.3275, &x, &y));
  g_assert_cmpuint (probe_pixel (a, x, y), !=, probe_pixel (b, x, y));
  rendered_clear (&r);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);

  /* --adaptive-bins: each year its own legend. */
  a = export_map_at (out_1960, "1960", TRUE);
  b = export_map_at (out_2020, "2020", TRUE);
  differ = 0;
  for (int py = (int) legend_top; py < 600; py++)
    for (int px = 0; px < 960; px++)
      if (probe_pixel (a, px, py) != probe_pixel (b, px, py))
        differ++;
  g_assert_cmpuint (differ, >, 100);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  g_unlink (out_1960);
  g_unlink (out_2020);
  g_rmdir (dir);
}

/* --region and the names of regions. */
static void
test_region_names (void)
{
  g_autofree char *names = hc_map_region_list_names ();
  HcMapRegion region;

  g_assert_cmpstr (names, ==, "world, africa, americas, asia, europe, oceania, data");
  for (HcMapRegion r = 0; r < HC_N_MAP_REGIONS; r++)
    {
      g_assert_true (hc_map_region_from_string (hc_map_region_to_string (r), &region));
      g_assert_cmpint (region, ==, r);
    }
  g_assert_true (hc_map_region_from_string ("Europe", &region));
  g_assert_cmpint (region, ==, HC_MAP_REGION_EUROPE);
  g_assert_false (hc_map_region_from_string ("antarctica", &region));
  g_assert_true (hc_chart_kind_from_string ("map", NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/topojson/tiny", test_topojson_tiny);
  g_test_add_func ("/map/topojson/unquantized", test_topojson_unquantized);
  g_test_add_func ("/map/topojson/two-readers", test_topojson_two_readers);
  g_test_add_func ("/map/topojson/hostile", test_topojson_hostile);
  g_test_add_func ("/map/topojson/deep", test_topojson_deep);
  g_test_add_func ("/map/topojson/vendored", test_topojson_vendored);
  g_test_add_func ("/map/projection/published", test_projection_published);
  g_test_add_func ("/map/projection/equal-area", test_projection_equal_area);
  g_test_add_func ("/map/projection/inverse", test_projection_inverse);
  g_test_add_func ("/map/atlas/cut", test_atlas_cut);
  g_test_add_func ("/map/atlas/areas", test_atlas_areas);
  g_test_add_func ("/map/join", test_join);
  g_test_add_func ("/map/view/balkans", test_balkans);
  g_test_add_func ("/map/view/world", test_world);
  g_test_add_func ("/map/view/regions", test_regions);
  g_test_add_func ("/map/view/no-countries", test_no_countries);
  g_test_add_func ("/map/view/keyboard", test_keyboard);
  g_test_add_func ("/map/view/export", test_export);
  g_test_add_func ("/map/years/bins", test_bins_over_years);
  g_test_add_func ("/map/years/zoom", test_zoom_over_years);
  g_test_add_func ("/map/years/rates", test_rates_over_years);
  g_test_add_func ("/map/years/rates-per", test_rates_per_over_years);
  g_test_add_func ("/map/years/range-tooltip", test_range_tooltip);
  g_test_add_func ("/map/years/cli", test_cli_years);
  g_test_add_func ("/map/regions", test_region_names);

  return g_test_run ();
}
