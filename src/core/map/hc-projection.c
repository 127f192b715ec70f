/* hc-projection.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "hc-projection.h"

#define A1 HC_EQUAL_EARTH_A1
#define A2 HC_EQUAL_EARTH_A2
#define A3 HC_EQUAL_EARTH_A3
#define A4 HC_EQUAL_EARTH_A4

/* sin θ = M sin φ: the parametric latitude that makes the map equal-area. */
#define M (0.86602540378443864676) /* √3 / 2 */

static inline double
radians (double degrees)
{
  return degrees * (G_PI / 180.0);
}

void
hc_equal_earth_forward (double  lon,
                        double  lat,
                        double *x,
                        double *y)
{
  double theta = asin (M * sin (radians (CLAMP (lat, -90.0, 90.0))));
  double t2 = theta * theta, t6 = t2 * t2 * t2;

  *x = radians (lon) * cos (theta) /
       (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  *y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
}

double
hc_equal_earth_x_max (void)
{
  double x, y;

  hc_equal_earth_forward (180, 0, &x, &y);
  return x;
}

double
hc_equal_earth_y_max (void)
{
  double x, y;

  hc_equal_earth_forward (0, 90, &x, &y);
  return y;
}

gboolean
hc_equal_earth_inverse (double  x,
                        double  y,
                        double *lon,
                        double *lat)
{
  double theta = y / A1;
  double t2, t6, denominator, lambda;

  if (!isfinite (x) || !isfinite (y) || fabs (y) > hc_equal_earth_y_max () * (1 + 1e-9))
    return FALSE;

  /* A hair past the pole is rounding, as in the published values. */
  y = CLAMP (y, -hc_equal_earth_y_max (), hc_equal_earth_y_max ());

  /* Newton's method on y(θ): the polynomial is monotonic on [−π/3, π/3]
   * and a handful of steps reach full precision. */
  for (guint i = 0; i < 12; i++)
    {
      double f, fprime, delta;

      t2 = theta * theta;
      t6 = t2 * t2 * t2;
      f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
      fprime = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
      delta = f / fprime;
      theta -= delta;
      if (fabs (delta) < 1e-14)
        break;
    }
  theta = CLAMP (theta, -G_PI / 3, G_PI / 3);

  t2 = theta * theta;
  t6 = t2 * t2 * t2;
  denominator = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
  lambda = M * x * denominator / cos (theta);
  if (fabs (lambda) > G_PI * (1 + 1e-9))
    return FALSE;

  *lon = CLAMP (lambda, -G_PI, G_PI) * (180.0 / G_PI);
  *lat = asin (CLAMP (sin (theta) / M, -1.0, 1.0)) * (180.0 / G_PI);
  return TRUE;
}
