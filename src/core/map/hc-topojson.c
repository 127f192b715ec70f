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

/* The arcs as read straight from the text: every position's first two
 * numbers, and how many positions each arc has. */
typedef struct
{
  GArray *coordinates;  /* of double */
  GArray *counts;       /* of guint */
} RawArcs;

typedef struct
{
  const char *name;
  const char *object;
  GError    **error;
  HcTopology *topology;
  guint       n_arcs;
  RawArcs    *raw;        /* NULL: the arcs are in json-glib's tree */
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

/* ---- the arcs, read without building a tree ---------------------------------

   A world's arcs are tens of thousands of pairs of numbers: json-glib makes
   three nodes and emits a signal for each pair, which is most of the time
   a map takes to load. Arcs that are plain arrays of numbers are read here
   instead, and blanked out of the text json-glib then reads for the rest;
   anything unusual in them (or before them) and json-glib reads it all,
   with the same checks and messages. */

static gsize
skip_space (const char *data,
            gsize       length,
            gsize       i)
{
  while (i < length && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
    i++;
  return i;
}

/* Past the string starting at @i (its opening quote), or 0. */
static gsize
skip_string (const char *data,
             gsize       length,
             gsize       i)
{
  for (i++; i < length; i++)
    {
      if (data[i] == '\\')
        i++;
      else if (data[i] == '"')
        return i + 1;
      else if ((guchar) data[i] < 0x20)
        return 0;
    }
  return 0;
}

/* Past the value starting at @i, or 0; strings may hold brackets. */
static gsize
skip_value (const char *data,
            gsize       length,
            gsize       i)
{
  guint depth = 0;

  while (i < length)
    {
      char c = data[i];

      if (c == '"')
        {
          i = skip_string (data, length, i);
          if (i == 0)
            return 0;
          if (depth == 0)
            return i;
          continue;
        }
      if (c == '[' || c == '{')
        depth++;
      else if (c == ']' || c == '}')
        {
          if (depth == 0)
            return i;
          if (--depth == 0)
            return i + 1;
        }
      else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r'))
        return i;
      i++;
    }

  return 0;
}

/* A JSON number at @i, as JSON writes them and no other way; past it, or 0. */
static gsize
read_number (const char *data,
             gsize       length,
             gsize       i,
             double     *value)
{
  gsize start = i;
  gboolean negative = FALSE, integer = TRUE;
  guint64 whole = 0;
  guint digits = 0;

  if (i < length && data[i] == '-')
    {
      negative = TRUE;
      i++;
    }
  if (i >= length || !g_ascii_isdigit (data[i]))
    return 0;
  if (data[i] == '0' && i + 1 < length && g_ascii_isdigit (data[i + 1]))
    return 0;
  while (i < length && g_ascii_isdigit (data[i]))
    {
      if (digits++ < 18)
        whole = whole * 10 + (guint64) (data[i] - '0');
      i++;
    }
  if (i < length && data[i] == '.')
    {
      integer = FALSE;
      if (++i >= length || !g_ascii_isdigit (data[i]))
        return 0;
      while (i < length && g_ascii_isdigit (data[i]))
        i++;
    }
  if (i < length && (data[i] == 'e' || data[i] == 'E'))
    {
      integer = FALSE;
      i++;
      if (i < length && (data[i] == '+' || data[i] == '-'))
        i++;
      if (i >= length || !g_ascii_isdigit (data[i]))
        return 0;
      while (i < length && g_ascii_isdigit (data[i]))
        i++;
    }

  /* Quantized arcs are small integers: exact without strtod. */
  if (integer && digits <= 15)
    *value = negative ? -(double) whole : (double) whole;
  else
    {
      char buffer[64];

      if (i - start >= sizeof buffer)
        return 0;
      memcpy (buffer, data + start, i - start);
      buffer[i - start] = '\0';
      *value = g_ascii_strtod (buffer, NULL);
    }

  return i;
}

/* The value of "arcs" at @i: [[[x, y, …], …], …]. Past it, or 0. */
static gsize
read_raw_arcs (const char *data,
               gsize       length,
               gsize       i,
               RawArcs    *raw)
{
  if (i >= length || data[i] != '[')
    return 0;
  i = skip_space (data, length, i + 1);
  if (i < length && data[i] == ']')
    return i + 1;

  for (;;)
    {
      guint count = 0;

      if (i >= length || data[i] != '[')
        return 0;
      i = skip_space (data, length, i + 1);
      if (i < length && data[i] == ']')
        i++;
      else
        for (;;)
          {
            double xy[2];

            if (i >= length || data[i] != '[')
              return 0;
            for (guint k = 0;; k++)
              {
                double v;

                i = read_number (data, length, skip_space (data, length, i + 1), &v);
                if (i == 0)
                  return 0;
                if (k < 2)
                  xy[k] = v;
                i = skip_space (data, length, i);
                if (i < length && data[i] == ']' && k >= 1)
                  break;
                if (i >= length || data[i] != ',')
                  return 0;
              }
            g_array_append_vals (raw->coordinates, xy, 2);
            count++;
            i = skip_space (data, length, i + 1);
            if (i < length && data[i] == ']')
              {
                i++;
                break;
              }
            if (i >= length || data[i] != ',')
              return 0;
            i = skip_space (data, length, i + 1);
          }
      g_array_append_val (raw->counts, count);

      i = skip_space (data, length, i);
      if (i < length && data[i] == ']')
        return i + 1;
      if (i >= length || data[i] != ',')
        return 0;
      i = skip_space (data, length, i + 1);
    }
}

/* Finds the topology's own "arcs" and reads them; returns a copy of
 * @data with them blanked out ("[]" and spaces, line breaks kept so that
 * json-glib's line and column still point into the file), or NULL when
 * json-glib is to read everything. */
static char *
take_raw_arcs (const char *data,
               gsize       length,
               RawArcs    *raw)
{
  gsize i = skip_space (data, length, 0), start = 0, end = 0;
  char *copy;

  if (i >= length || data[i] != '{')
    return NULL;
  i = skip_space (data, length, i + 1);
  if (i < length && data[i] == '}')
    return NULL;

  for (;;)
    {
      gsize key_start = i, value;

      if (i >= length || data[i] != '"' || (i = skip_string (data, length, i)) == 0)
        return NULL;
      i = skip_space (data, length, i);
      if (i >= length || data[i] != ':')
        return NULL;
      value = skip_space (data, length, i + 1);
      if (i - key_start == 6 && memcmp (data + key_start, "\"arcs\"", 6) == 0)
        {
          /* Twice: json-glib decides which. */
          if (end != 0)
            return NULL;
          start = value;
          end = i = read_raw_arcs (data, length, value, raw);
        }
      else
        i = skip_value (data, length, value);
      if (i == 0)
        return NULL;
      i = skip_space (data, length, i);
      if (i < length && data[i] == '}')
        break;
      if (i >= length || data[i] != ',')
        return NULL;
      i = skip_space (data, length, i + 1);
    }
  if (end == 0)
    return NULL;

  copy = g_malloc (length + 1);
  memcpy (copy, data, length);
  copy[length] = '\0';
  copy[start] = '[';
  copy[start + 1] = ']';
  for (gsize k = start + 2; k < end; k++)
    if (copy[k] != '\n' && copy[k] != '\r')
      copy[k] = ' ';
  return copy;
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

/* Degrees from a position as the file has it. */
static gboolean
decode_position (Reader       *reader,
                 const char   *path,
                 guint         p,
                 double        raw_x,
                 double        raw_y,
                 gboolean      quantized,
                 const double *scale,
                 const double *translate,
                 double       *x,
                 double       *y)
{
  double lonlat[2];

  if (quantized)
    {
      *x += raw_x;
      *y += raw_y;
      lonlat[0] = *x * scale[0] + translate[0];
      lonlat[1] = *y * scale[1] + translate[1];
    }
  else
    {
      lonlat[0] = raw_x;
      lonlat[1] = raw_y;
    }

  if (!(fabs (lonlat[0]) <= 180 + RANGE_SLACK) || !(fabs (lonlat[1]) <= 90 + RANGE_SLACK))
    return fail (reader, HC_LOAD_ERROR_VALUE, path,
                 "position %u is at longitude %g, latitude %g: not on the Earth%s", p,
                 lonlat[0], lonlat[1], quantized ? " (is the transform right?)" : "");
  lonlat[0] = CLAMP (lonlat[0], -180.0, 180.0);
  lonlat[1] = CLAMP (lonlat[1], -90.0, 90.0);
  g_array_append_vals (reader->topology->positions, lonlat, 2);
  return TRUE;
}

static gboolean
read_raw_positions (Reader       *reader,
                    gboolean      quantized,
                    const double *scale,
                    const double *translate)
{
  HcTopology *topology = reader->topology;
  const double *coordinates = (const double *) reader->raw->coordinates->data;
  guint next = 0;

  reader->n_arcs = reader->raw->counts->len;
  for (guint a = 0; a < reader->n_arcs; a++)
    {
      g_autofree char *path = g_strdup_printf ("arcs[%u]", a);
      HcTopoArc arc;
      double x = 0, y = 0;

      arc.first_point = topology->positions->len / 2;
      arc.n_points = g_array_index (reader->raw->counts, guint, a);
      if (arc.n_points < 2)
        return fail (reader, HC_LOAD_ERROR_VALUE, path, "an arc needs two positions, it has %u",
                     arc.n_points);
      for (guint p = 0; p < arc.n_points; p++, next++)
        if (!decode_position (reader, path, p, coordinates[2 * next], coordinates[2 * next + 1],
                              quantized, scale, translate, &x, &y))
          return FALSE;
      g_array_append_val (topology->arcs, arc);
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
  if (reader->raw != NULL)
    return read_raw_positions (reader, quantized, scale, translate);
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

          if (position_node == NULL || !JSON_NODE_HOLDS_ARRAY (position_node) ||
              json_array_get_length (position = json_node_get_array (position_node)) < 2 ||
              !node_is_number (json_array_get_element (position, 0)) ||
              !node_is_number (json_array_get_element (position, 1)))
            return fail (reader, HC_LOAD_ERROR_VALUE, path,
                         "position %u is not a pair of numbers", p);

          if (!decode_position (reader, path, p,
                                json_node_get_double (json_array_get_element (position, 0)),
                                json_node_get_double (json_array_get_element (position, 1)),
                                quantized, scale, translate, &x, &y))
            return FALSE;
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
  g_autofree char *rest = NULL;
  RawArcs raw = { NULL, NULL };
  Reader reader = { name, object, error, NULL, 0, NULL };
  gboolean ok;

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

  raw.coordinates = g_array_new (FALSE, FALSE, sizeof (double));
  raw.counts = g_array_new (FALSE, FALSE, sizeof (guint));
  rest = take_raw_arcs (data, length, &raw);
  if (rest != NULL)
    reader.raw = &raw;

  /* Nothing is shared with another thread: the nodes need not be sealed. */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, rest != NULL ? rest : data, (gssize) length,
                                   &local_error))
    {
      set_syntax_error (&reader, local_error);
      g_array_unref (raw.coordinates);
      g_array_unref (raw.counts);
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

  ok = read_topology (&reader, json_parser_get_root (parser));
  g_array_unref (raw.coordinates);
  g_array_unref (raw.counts);
  if (!ok)
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
