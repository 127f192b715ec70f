/* fuzz-topojson.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The TopoJSON reader over arbitrary bytes, and what the map makes of
 * whatever it accepts: every ring cut at the map's edge, projected, on
 * the map, from either centre.
 */
#include "config.h"

#include <math.h>

#include "hc-error.h"
#include "hc-map.h"
#include "hc-projection.h"
#include "hc-topojson.h"

#include "fuzz.h"

static void
check_atlas (const HcTopology *topology,
             double            central_meridian)
{
  g_autoptr(HcMapAtlas) atlas = hc_map_atlas_new (topology, HC_MAP_DETAIL_110M, central_meridian);
  double x_max = hc_equal_earth_x_max () * (1 + 1e-9);
  double y_max = hc_equal_earth_y_max () * (1 + 1e-9);

  g_assert_cmpuint (atlas->shapes->len, ==, topology->geometries->len);
  for (guint i = 0; i < atlas->points->len; i += 2)
    {
      double x = g_array_index (atlas->points, double, i);
      double y = g_array_index (atlas->points, double, i + 1);

      g_assert_true (isfinite (x) && isfinite (y));
      g_assert_cmpfloat (fabs (x), <=, x_max);
      g_assert_cmpfloat (fabs (y), <=, y_max);
    }
  for (guint i = 0; i < atlas->rings->len; i++)
    {
      const HcMapSpan *ring = &g_array_index (atlas->rings, HcMapSpan, i);
      const double *first = &g_array_index (atlas->points, double, 2 * ring->first_point);
      const double *last = first + 2 * (ring->n_points - 1);

      g_assert_cmpuint (ring->n_points, >=, 2);
      g_assert_cmpuint (ring->first_point + ring->n_points, <=, atlas->points->len / 2);
      /* Closed, whether cut or whole. */
      g_assert_cmpfloat (fabs (first[0] - last[0]), <, 1e-9);
      g_assert_cmpfloat (fabs (first[1] - last[1]), <, 1e-9);
    }
  for (guint i = 0; i < atlas->lines->len; i++)
    {
      const HcMapSpan *line = &g_array_index (atlas->lines, HcMapSpan, i);

      g_assert_cmpuint (line->n_points, >=, 2);
      g_assert_cmpuint (line->first_point + line->n_points, <=, atlas->points->len / 2);
    }
  for (guint s = 0; s < atlas->shapes->len; s++)
    {
      const HcMapShape *shape = &g_array_index (atlas->shapes, HcMapShape, s);

      g_assert_true (isfinite (shape->area) && shape->area >= 0);
      /* Nothing bigger than the world. */
      g_assert_cmpfloat (shape->area, <=, 4 * G_PI * (1 + 1e-6) * MAX (shape->n_rings, 1));
      g_assert_cmpuint (shape->first_ring + shape->n_rings, <=, atlas->rings->len);
      if (shape->n_rings > 0)
        {
          g_assert_true (isfinite (shape->core.x0) && isfinite (shape->core.x1));
          g_assert_cmpfloat (shape->core.x0, <=, shape->core.x1);
          g_assert_cmpfloat (shape->core.y0, <=, shape->core.y1);
        }
      g_assert_true (g_utf8_validate (hc_map_shape_get_name (shape), -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HcTopology) topology = NULL;
  g_autoptr(GError) error = NULL;

  topology = hc_topology_parse ((const char *) data, size, "fuzz.json", "countries", &error);
  if (topology == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == HC_LOAD_ERROR);
      fuzz_check_error_message (error->message, "fuzz.json");
      return 0;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (topology->geometries->len, >, 0);
  check_atlas (topology, 0);
  check_atlas (topology, 150);

  return 0;
}
