/* hc-topojson.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A TopoJSON reader (https://github.com/topojson/topojson-specification):
 * the arcs, decoded once from their quantized, delta-encoded integers into
 * longitudes and latitudes, and the polygons of one geometry collection as
 * lists of arcs. Everything is checked on the way in, so that whoever
 * draws the shapes can trust every index and every ring.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Nesting in a topology of countries is seven levels deep; anything far
 * deeper is not one, and would only exhaust json-glib's recursion. */
#define HC_TOPOJSON_MAX_DEPTH 32

typedef struct
{
  guint first_point;   /* in HcTopology.positions, counted in points */
  guint n_points;
} HcTopoArc;

typedef struct
{
  guint first_ref;     /* in HcTopology.refs */
  guint n_refs;
} HcTopoRing;

typedef struct
{
  guint first_ring;    /* in HcTopology.rings: the outer ring, then the holes */
  guint n_rings;
} HcTopoPolygon;

typedef struct
{
  char  *id;           /* nullable: the "id" member, numbers written out */
  char  *name;         /* nullable: properties.name */
  guint  first_polygon; /* in HcTopology.polygons */
  guint  n_polygons;   /* 0 for a geometry of type null */
} HcTopoGeometry;

typedef struct
{
  GArray *positions;   /* of double: longitude, latitude, … in degrees */
  GArray *arcs;        /* of HcTopoArc */
  GArray *refs;        /* of gint: arc i, or ~i for arc i walked backwards */
  GArray *rings;       /* of HcTopoRing */
  GArray *polygons;    /* of HcTopoPolygon */
  GArray *geometries;  /* of HcTopoGeometry, in the file's order */
} HcTopology;

/* Reads the geometry collection @object ("countries") of the topology in
 * @data. Errors (HC_LOAD_ERROR) name @name and say where: "FILE:LINE:COL"
 * for JSON syntax, the member's path otherwise ("countries-110m.json:
 * objects.countries.geometries[12].arcs[0][3]: arc 600 does not exist,
 * the topology has 595"). Arcs must exist, join end to start, and close
 * their rings; positions must be longitudes and latitudes. */
HcTopology *hc_topology_parse          (const char        *data,
                                        gsize              length,
                                        const char        *name,
                                        const char        *object,
                                        GError           **error);
void        hc_topology_free           (HcTopology        *topology);

/* The positions of @ring, its arcs joined (the point two arcs share
 * once), appended to @out as longitude, latitude pairs; the last point
 * repeats the first. */
void        hc_topology_ring_positions (const HcTopology  *topology,
                                        const HcTopoRing  *ring,
                                        GArray            *out);

static inline const double *
hc_topology_arc_point (const HcTopology *topology,
                       const HcTopoArc  *arc,
                       guint             i)
{
  return &g_array_index (topology->positions, double, 2 * (arc->first_point + i));
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcTopology, hc_topology_free)

G_END_DECLS
