/* hc-topojson.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "hc-error.h"
#include "hc-topojson.h"

/* Longitudes and latitudes a hair outside their ranges are rounding in
 * the quantization; anything further is not a position on the Earth. */
#define RANGE_SLACK 1e-6

/* Unquantized positions come as decimals; two arcs meet where their ends
 * agree to this, about a millimetre. */
#define JOIN_TOLERANCE 1e-8

/* Natural Earth's longest ring at 1:10m has about 70,000. */
#define MAX_RING_POSITIONS 4000000

typedef struct
{
  const char *name;
  const char *object;
  GError    **error;
  HcTopology *topology;
  guint       n_arcs;
} Reader;

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Reader      *reader,
      HcLoadError  code,
      const char  *path,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL)
    hc_set_error_at (reader->error, code, reader->name, 0, 0, "%s: %s", path, message);
  else
    hc_set_error_at (reader->error, code, reader->name, 0, 0, "%s", message);
  return FALSE;
}

/* json-glib recurses once per level of nesting: a file of a million "["
 * would overflow the stack before it could say anything. */
static gboolean
check_depth (Reader     *reader,
             const char *data,
             gsize       length)
{
  guint depth = 0, line = 1;
  gsize line_start = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '\n')
        {
          line++;
          line_start = i + 1;
        }
      else if ((c == '[' || c == '{') && ++depth > HC_TOPOJSON_MAX_DEPTH)
        {
          hc_set_error_at (reader->error, HC_LOAD_ERROR_LIMIT, reader->name, line,
                           (guint) (i - line_start) + 1,
                           "nesting deeper than %d levels: not a topology",
                           HC_TOPOJSON_MAX_DEPTH);
          return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/* As the table's JSON reader does: json-glib's "<data>:LINE:COL: …"
 * becomes "NAME:LINE:COL: …". */
static void
set_syntax_error (Reader       *reader,
                  const GError *parser_error)
{
  const char *message = parser_error->message;
  guint64 line = 0, column = 0;

  if (g_str_has_prefix (message, "<data>:"))
    {
      const char *p = message + strlen ("<data>:");
      char *end = NULL;

      line = g_ascii_strtoull (p, &end, 10);
      if (end != p && *end == ':')
        {
          message = p = end + 1;
          column = g_ascii_strtoull (p, &end, 10);
          if (end != p && *end == ':')
            message = end + 1;
          else
            column = 0;
        }
      else
        line = 0;
      while (*message == ' ')
        message++;
    }

  hc_set_error_at (reader->error, HC_LOAD_ERROR_SYNTAX, reader->name,
                   (guint) MIN (line, G_MAXUINT), (guint) MIN (column, G_MAXUINT), "%s", message);
}

static const char *
node_kind (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING: return "a string";
    case G_TYPE_BOOLEAN: return "true or false";
    default: return "a number";
    }
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static JsonArray *
get_array (Reader     *reader,
           JsonNode   *node,
           const char *path)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (reader, HC_LOAD_ERROR_VALUE, path, "expected an array, found %s", node_kind (node));
      return NULL;
    }

  return json_node_get_array (node);
}

static gboolean
read_pair (Reader     *reader,
           JsonNode   *node,
           const char *path,
           double      pair[2],
           gboolean    nonzero)
{
  JsonArray *array = get_array (reader, node, path);

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) != 2)
    return fail (reader, HC_LOAD_ERROR_VALUE, path, "expected two numbers, found %u items",
                 json_array_get_length (array));
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!node_is_number (element))
        return fail (reader, HC_LOAD_ERROR_VALUE, path, "item %u is %s, not a number", i,
                     node_kind (element));
      pair[i] = json_node_get_double (element);
      if (!isfinite (pair[i]) || (nonzero && pair[i] == 0))
        return fail (reader, HC_LOAD_ERROR_VALUE, path, "item %u is %g, not a usable %s", i,
                     pair[i], nonzero ? "scale" : "offset");
    }

  return TRUE;
}

/* Quantized arcs hold integers, each position but the first the step
 * from the one before; transform's scale and translate turn them into
 * degrees. Without a transform the positions are degrees already. */
static gboolean
read_arcs (Reader     *reader,
           JsonObject *root)
{
  HcTopology *topology = reader->topology;
  double scale[2] = { 1, 1 }, translate[2] = { 0, 0 };
  gboolean quantized = FALSE;
  JsonNode *node;
  JsonArray *arcs;

  node = json_object_get_member (root, "transform");
  if (node != NULL)
    {
      JsonObject *transform;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (reader, HC_LOAD_ERROR_VALUE, "transform", "expected an object, found %s",
                     node_kind (node));
      transform = json_node_get_object (node);
      if (!read_pair (reader, json_object_get_member (transform, "scale"), "transform.scale",
                      scale, TRUE) ||
          !read_pair (reader, json_object_get_member (transform, "translate"),
                      "transform.translate", translate, FALSE))
        return FALSE;
      quantized = TRUE;
    }

  node = json_object_get_member (root, "arcs");
  if (node == NULL)
    return fail (reader, HC_LOAD_ERROR_MISSING, NULL, "no \"arcs\": not a topology");
  arcs = get_array (reader, node, "arcs");
  if (arcs == NULL)
    return FALSE;

  reader->n_arcs = json_array_get_length (arcs);
  for (guint a = 0; a < reader->n_arcs; a++)
    {
      g_autofree char *path = g_strdup_printf ("arcs[%u]", a);
      JsonArray *points = get_array (reader, json_array_get_element (arcs, a), path);
      HcTopoArc arc;
      double x = 0, y = 0;

      if (points == NULL)
        return FALSE;
      arc.first_point = topology->positions->len / 2;
      arc.n_points = json_array_get_length (points);
      if (arc.n_points < 2)
        return fail (reader, HC_LOAD_ERROR_VALUE, path, "an arc needs two positions, it has %u",
                     arc.n_points);

      for (guint p = 0; p < arc.n_points; p++)
        {
          JsonNode *position_node = json_array_get_element (points, p);
          JsonArray *position;
          double lonlat[2];

          if (position_node == NULL || !JSON_NODE_HOLDS_ARRAY (position_node) ||
              json_array_get_length (position = json_node_get_array (position_node)) < 2 ||
              !node_is_number (json_array_get_element (position, 0)) ||
              !node_is_number (json_array_get_element (position, 1)))
            return fail (reader, HC_LOAD_ERROR_VALUE, path,
                         "position %u is not a pair of numbers", p);

          if (quantized)
            {
              x += json_node_get_double (json_array_get_element (position, 0));
              y += json_node_get_double (json_array_get_element (position, 1));
              lonlat[0] = x * scale[0] + translate[0];
              lonlat[1] = y * scale[1] + translate[1];
            }
          else
            {
              lonlat[0] = json_node_get_double (json_array_get_element (position, 0));
              lonlat[1] = json_node_get_double (json_array_get_element (position, 1));
            }

          if (!(fabs (lonlat[0]) <= 180 + RANGE_SLACK) || !(fabs (lonlat[1]) <= 90 + RANGE_SLACK))
            return fail (reader, HC_LOAD_ERROR_VALUE, path,
                         "position %u is at longitude %g, latitude %g: not on the Earth%s", p,
                         lonlat[0], lonlat[1],
                         quantized ? " (is the transform right?)" : "");
          lonlat[0] = CLAMP (lonlat[0], -180.0, 180.0);
          lonlat[1] = CLAMP (lonlat[1], -90.0, 90.0);
          g_array_append_vals (topology->positions, lonlat, 2);
        }
      g_array_append_val (topology->arcs, arc);
    }

  return TRUE;
}

static void
arc_end (const HcTopology *topology,
         gint              ref,
         gboolean          last,
         double           *lon,
         double           *lat)
{
  const HcTopoArc *arc = &g_array_index (topology->arcs, HcTopoArc, ref >= 0 ? ref : ~ref);
  /* Walked backwards, an arc starts at its last point. */
  guint i = (ref >= 0) == last ? arc->n_points - 1 : 0;
  const double *p = hc_topology_arc_point (topology, arc, i);

  *lon = p[0];
  *lat = p[1];
}

static gboolean
same_point (double lon1,
            double lat1,
            double lon2,
            double lat2)
{
  return fabs (lon1 - lon2) <= JOIN_TOLERANCE && fabs (lat1 - lat2) <= JOIN_TOLERANCE;
}

static gboolean
read_ring (Reader     *reader,
           JsonNode   *node,
           const char *path)
{
  HcTopology *topology = reader->topology;
  JsonArray *refs = get_array (reader, node, path);
  HcTopoRing ring;
  guint n_positions = 1;
  double first_lon = 0, first_lat = 0, lon = 0, lat = 0;

  if (refs == NULL)
    return FALSE;

  ring.first_ref = topology->refs->len;
  ring.n_refs = json_array_get_length (refs);
  if (ring.n_refs == 0)
    return fail (reader, HC_LOAD_ERROR_VALUE, path, "a ring with no arcs");

  for (guint i = 0; i < ring.n_refs; i++)
    {
      JsonNode *element = json_array_get_element (refs, i);
      gint64 index;
      gint ref;
      double start_lon, start_lat;

      if (!node_is_number (element) || json_node_get_value_type (element) != G_TYPE_INT64)
        return fail (reader, HC_LOAD_ERROR_VALUE, path,
                     "item %u is %s, not the index of an arc", i, node_kind (element));
      index = json_node_get_int (element);
      /* ~i is arc i backwards: −1 is arc 0, −2 arc 1 … */
      if ((index >= 0 && index >= reader->n_arcs) || (index < 0 && ~index >= reader->n_arcs))
        return fail (reader, HC_LOAD_ERROR_VALUE, path,
                     "item %u: arc %" G_GINT64_FORMAT " does not exist, the topology has %u", i,
                     index >= 0 ? index : ~index, reader->n_arcs);
      ref = (gint) index;

      arc_end (topology, ref, FALSE, &start_lon, &start_lat);
      if (i == 0)
        {
          first_lon = start_lon;
          first_lat = start_lat;
        }
      else if (!same_point (lon, lat, start_lon, start_lat))
        return fail (reader, HC_LOAD_ERROR_VALUE, path,
                     "item %u: arc %d starts at %g, %g, not where the arc before it ends "
                     "(%g, %g)", i, ref >= 0 ? ref : ~ref, start_lon, start_lat, lon, lat);
      arc_end (topology, ref, TRUE, &lon, &lat);
      n_positions += g_array_index (topology->arcs, HcTopoArc, ref >= 0 ? ref : ~ref).n_points - 1;
      /* An arc used over and over would make a ring too long to draw. */
      if (n_positions > MAX_RING_POSITIONS)
        return fail (reader, HC_LOAD_ERROR_LIMIT, path,
                     "a ring of more than %u positions, the limit", MAX_RING_POSITIONS);
      g_array_append_val (topology->refs, ref);
    }

  if (!same_point (lon, lat, first_lon, first_lat))
    return fail (reader, HC_LOAD_ERROR_VALUE, path,
                 "the ring does not close: it starts at %g, %g and ends at %g, %g",
                 first_lon, first_lat, lon, lat);
  if (n_positions < 4)
    return fail (reader, HC_LOAD_ERROR_VALUE, path,
                 "a ring needs four positions (a closed triangle), it has %u", n_positions);

  g_array_append_val (topology->rings, ring);
  return TRUE;
}

static gboolean
read_polygon (Reader     *reader,
              JsonNode   *node,
              const char *path)
{
  HcTopology *topology = reader->topology;
  JsonArray *rings = get_array (reader, node, path);
  HcTopoPolygon polygon;

  if (rings == NULL)
    return FALSE;

  polygon.first_ring = topology->rings->len;
  polygon.n_rings = json_array_get_length (rings);
  if (polygon.n_rings == 0)
    return fail (reader, HC_LOAD_ERROR_VALUE, path, "a polygon with no ring");

  for (guint r = 0; r < polygon.n_rings; r++)
    {
      g_autofree char *ring_path = g_strdup_printf ("%s[%u]", path, r);

      if (!read_ring (reader, json_array_get_element (rings, r), ring_path))
        return FALSE;
    }

  g_array_append_val (topology->polygons, polygon);
  return TRUE;
}

static char *
read_id (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    default:
      return NULL;
    }
}

static gboolean
read_geometry (Reader     *reader,
               JsonNode   *node,
               guint       index)
{
  HcTopology *topology = reader->topology;
  g_autofree char *path = g_strdup_printf ("objects.%s.geometries[%u]", reader->object, index);
  g_autofree char *arcs_path = NULL;
  HcTopoGeometry geometry = { 0 };
  JsonObject *object;
  JsonNode *type_node, *properties, *arcs_node;
  const char *type = NULL;
  gboolean multi;
  JsonArray *arcs;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fail (reader, HC_LOAD_ERROR_VALUE, path, "expected an object, found %s",
                 node_kind (node));
  object = json_node_get_object (node);

  type_node = json_object_get_member (object, "type");
  if (type_node != NULL && JSON_NODE_HOLDS_VALUE (type_node) &&
      json_node_get_value_type (type_node) == G_TYPE_STRING)
    type = json_node_get_string (type_node);
  else if (type_node != NULL && !JSON_NODE_HOLDS_NULL (type_node))
    return fail (reader, HC_LOAD_ERROR_VALUE, path, "\"type\" is %s, not a geometry type",
                 node_kind (type_node));

  geometry.first_polygon = topology->polygons->len;

  /* A geometry of type null stands for a feature without a shape. */
  if (type == NULL)
    multi = FALSE;
  else if (g_str_equal (type, "Polygon"))
    multi = FALSE;
  else if (g_str_equal (type, "MultiPolygon"))
    multi = TRUE;
  else
    {
      g_autofree char *printable = hc_error_make_printable (type, TRUE);

      return fail (reader, HC_LOAD_ERROR_VALUE, path,
                   "type \"%s\" is not Polygon or MultiPolygon: a map of countries needs areas",
                   printable);
    }

  if (type != NULL)
    {
      arcs_path = g_strdup_printf ("%s.arcs", path);
      arcs_node = json_object_get_member (object, "arcs");
      if (arcs_node == NULL)
        return fail (reader, HC_LOAD_ERROR_MISSING, path, "a %s without \"arcs\"", type);
      arcs = get_array (reader, arcs_node, arcs_path);
      if (arcs == NULL)
        return FALSE;

      if (!multi)
        {
          if (!read_polygon (reader, arcs_node, arcs_path))
            return FALSE;
        }
      else
        {
          if (json_array_get_length (arcs) == 0)
            return fail (reader, HC_LOAD_ERROR_VALUE, arcs_path, "a MultiPolygon with no polygon");
          for (guint p = 0; p < json_array_get_length (arcs); p++)
            {
              g_autofree char *polygon_path = g_strdup_printf ("%s[%u]", arcs_path, p);

              if (!read_polygon (reader, json_array_get_element (arcs, p), polygon_path))
                return FALSE;
            }
        }
    }
  geometry.n_polygons = topology->polygons->len - geometry.first_polygon;

  geometry.id = read_id (json_object_get_member (object, "id"));
  properties = json_object_get_member (object, "properties");
  if (properties != NULL && JSON_NODE_HOLDS_OBJECT (properties))
    {
      JsonNode *name = json_object_get_member (json_node_get_object (properties), "name");

      if (name != NULL && JSON_NODE_HOLDS_VALUE (name) &&
          json_node_get_value_type (name) == G_TYPE_STRING)
        geometry.name = g_utf8_make_valid (json_node_get_string (name), -1);
    }
  if (geometry.id != NULL && !g_utf8_validate (geometry.id, -1, NULL))
    {
      char *valid = g_utf8_make_valid (geometry.id, -1);

      g_free (geometry.id);
      geometry.id = valid;
    }

  g_array_append_val (topology->geometries, geometry);
  return TRUE;
}

static gboolean
read_topology (Reader   *reader,
               JsonNode *root_node)
{
  JsonObject *root, *objects;
  JsonNode *node;
  JsonArray *geometries;
  g_autofree char *path = NULL;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (reader, HC_LOAD_ERROR_FORMAT, NULL, "expected a topology object, found %s",
                 node_kind (root_node));
  root = json_node_get_object (root_node);

  node = json_object_get_member (root, "type");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (node), "Topology"))
    return fail (reader, HC_LOAD_ERROR_FORMAT, NULL, "\"type\" is not \"Topology\": not TopoJSON");

  if (!read_arcs (reader, root))
    return FALSE;

  node = json_object_get_member (root, "objects");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fail (reader, HC_LOAD_ERROR_MISSING, "objects", "expected an object, found %s",
                 node_kind (node));
  objects = json_node_get_object (node);

  path = g_strdup_printf ("objects.%s", reader->object);
  node = json_object_get_member (objects, reader->object);
  if (node == NULL)
    return fail (reader, HC_LOAD_ERROR_MISSING, path, "no such object in the topology");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (reader, HC_LOAD_ERROR_VALUE, path, "expected an object, found %s",
                 node_kind (node));

  {
    JsonObject *collection = json_node_get_object (node);
    JsonNode *type = json_object_get_member (collection, "type");
    g_autofree char *geometries_path = g_strdup_printf ("%s.geometries", path);

    if (type == NULL || !JSON_NODE_HOLDS_VALUE (type) ||
        json_node_get_value_type (type) != G_TYPE_STRING ||
        !g_str_equal (json_node_get_string (type), "GeometryCollection"))
      return fail (reader, HC_LOAD_ERROR_VALUE, path, "not a GeometryCollection");

    geometries = get_array (reader, json_object_get_member (collection, "geometries"),
                            geometries_path);
    if (geometries == NULL)
      return FALSE;
    if (json_array_get_length (geometries) == 0)
      return fail (reader, HC_LOAD_ERROR_EMPTY, geometries_path, "no geometries: an empty map");
  }

  for (guint i = 0; i < json_array_get_length (geometries); i++)
    if (!read_geometry (reader, json_array_get_element (geometries, i), i))
      return FALSE;

  return TRUE;
}

static void
clear_geometry (gpointer data)
{
  HcTopoGeometry *geometry = data;

  g_free (geometry->id);
  g_free (geometry->name);
}

HcTopology *
hc_topology_parse (const char  *data,
                   gsize        length,
                   const char  *name,
                   const char  *object,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(HcTopology) topology = NULL;
  Reader reader = { name, object, error, NULL, 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (object != NULL, NULL);

  if (length == 0)
    {
      fail (&reader, HC_LOAD_ERROR_EMPTY, NULL, "the file is empty");
      return NULL;
    }
  if (length > G_MAXSSIZE || !check_depth (&reader, data, length))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      set_syntax_error (&reader, local_error);
      return NULL;
    }

  topology = g_new0 (HcTopology, 1);
  topology->positions = g_array_new (FALSE, FALSE, sizeof (double));
  topology->arcs = g_array_new (FALSE, FALSE, sizeof (HcTopoArc));
  topology->refs = g_array_new (FALSE, FALSE, sizeof (gint));
  topology->rings = g_array_new (FALSE, FALSE, sizeof (HcTopoRing));
  topology->polygons = g_array_new (FALSE, FALSE, sizeof (HcTopoPolygon));
  topology->geometries = g_array_new (FALSE, FALSE, sizeof (HcTopoGeometry));
  g_array_set_clear_func (topology->geometries, clear_geometry);
  reader.topology = topology;

  if (!read_topology (&reader, json_parser_get_root (parser)))
    return NULL;

  return g_steal_pointer (&topology);
}

void
hc_topology_free (HcTopology *topology)
{
  if (topology == NULL)
    return;

  g_clear_pointer (&topology->positions, g_array_unref);
  g_clear_pointer (&topology->arcs, g_array_unref);
  g_clear_pointer (&topology->refs, g_array_unref);
  g_clear_pointer (&topology->rings, g_array_unref);
  g_clear_pointer (&topology->polygons, g_array_unref);
  g_clear_pointer (&topology->geometries, g_array_unref);
  g_free (topology);
}

void
hc_topology_ring_positions (const HcTopology *topology,
                            const HcTopoRing *ring,
                            GArray           *out)
{
  g_return_if_fail (topology != NULL);
  g_return_if_fail (ring != NULL);
  g_return_if_fail (out != NULL);

  for (guint i = 0; i < ring->n_refs; i++)
    {
      gint ref = g_array_index (topology->refs, gint, ring->first_ref + i);
      const HcTopoArc *arc = &g_array_index (topology->arcs, HcTopoArc, ref >= 0 ? ref : ~ref);

      /* Each arc after the first starts where the one before it ended. */
      for (guint p = i == 0 ? 0 : 1; p < arc->n_points; p++)
        {
          guint k = ref >= 0 ? p : arc->n_points - 1 - p;

          g_array_append_vals (out, hc_topology_arc_point (topology, arc, k), 2);
        }
    }
}
