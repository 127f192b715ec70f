/* hc-map.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The world's countries as the map draws them: Natural Earth's shapes
 * (through world-atlas, compiled into the program), cut where the map's
 * edge runs, projected with Equal Earth once, and joined to the figures
 * of a dataset by country code or name.
 */
#pragma once

#include "hc-chart.h"
#include "hc-countries.h"
#include "hc-dataset.h"
#include "hc-topojson.h"

G_BEGIN_DECLS

#define HC_MAP_RESOURCE_110M "/io/github/headcount/Headcount/maps/countries-110m.json"
#define HC_MAP_RESOURCE_50M  "/io/github/headcount/Headcount/maps/countries-50m.json"

/* A rectangle of the projected plane: unit sphere, y up. */
typedef struct
{
  double x0, y0, x1, y1;
} HcMapBox;

typedef struct
{
  guint first_point;  /* in HcMapAtlas.points, counted in points */
  guint n_points;
} HcMapSpan;

typedef struct
{
  int              numeric;    /* ISO 3166-1 numeric, 0 when Natural Earth gives none */
  const char      *name;       /* the map's own name: "Bosnia and Herz.", "Kosovo" */
  const HcCountry *country;    /* nullable: the country of @numeric, or Kosovo by name */
  guint            first_ring; /* in HcMapAtlas.rings: closed, to be filled even-odd */
  guint            n_rings;
  HcMapBox         box;        /* all of it */
  HcMapBox         core;       /* its main part, without far islands and territories */
  double           area;       /* in square units of the unit sphere (4π for the world) */
} HcMapShape;

typedef struct
{
  HcMapDetail  detail;
  double       central_meridian;  /* degrees east */
  GArray      *shapes;         /* of HcMapShape, in the file's order */
  GArray      *rings;          /* of HcMapSpan */
  GArray      *lines;          /* of HcMapSpan: borders and coasts, each once */
  GArray      *points;         /* of double: x, y */
  GArray      *outline;        /* of double: x, y, the edge of the map, closed */
  GStringChunk *strings;
} HcMapAtlas;

/* The atlas for @detail centred on @central_meridian, decoded and
 * projected on first use and kept; NULL with @error when the map data
 * cannot be read (which the tests see before anyone else). Safe from any
 * thread. */
const HcMapAtlas *hc_map_atlas_get     (HcMapDetail        detail,
                                        double             central_meridian,
                                        GError           **error);
/* Starts reading @detail in a thread of its own, so that it is there
 * when a zoomed map asks for it. */
void              hc_map_atlas_preload (HcMapDetail        detail);

HcMapAtlas       *hc_map_atlas_new     (const HcTopology  *topology,
                                        HcMapDetail        detail,
                                        double             central_meridian);
void              hc_map_atlas_free    (HcMapAtlas        *atlas);

/* Where @lon, @lat lands on @atlas's plane. */
void              hc_map_atlas_project (const HcMapAtlas  *atlas,
                                        double             lon,
                                        double             lat,
                                        double            *x,
                                        double            *y);
/* The shape's name in the user's language when there is one. */
const char       *hc_map_shape_get_name (const HcMapShape *shape);

typedef struct
{
  GArray *shape_figure;   /* of int, one per shape: the figure drawn there, or -1 */
  GArray *unmatched;      /* of guint: figures that match no shape */
  GArray *repeated;       /* of guint: figures of a country another figure already has */
  guint   n_matched;      /* figures drawn on some shape */
} HcMapJoin;

/* Matches every figure of @dataset to its shapes: by alpha-3 code
 * through ISO 3166-1's numeric codes, or by name when the figure has no
 * code or the shape none (Kosovo, Northern Cyprus, Somaliland). */
HcMapJoin        *hc_map_join_new      (const HcMapAtlas  *atlas,
                                        const HcDataset   *dataset);
void              hc_map_join_free     (HcMapJoin         *join);

/* The part of the world @region shows and the meridian to centre it on;
 * FALSE for HC_MAP_REGION_DATA, which depends on the figures. */
gboolean          hc_map_region_bounds (HcMapRegion        region,
                                        double            *central_meridian,
                                        double            *lon_min,
                                        double            *lon_max,
                                        double            *lat_min,
                                        double            *lat_max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcMapJoin, hc_map_join_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcMapAtlas, hc_map_atlas_free)

G_END_DECLS
