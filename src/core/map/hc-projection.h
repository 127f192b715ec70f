/* hc-projection.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Equal Earth projection (Šavrič, Patterson & Jenny, "The Equal Earth
 * map projection", International Journal of Geographical Information
 * Science 33 (2019), doi:10.1080/13658816.2018.1504949), on the unit
 * sphere: equal-area, so a population map does not inflate the north.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The polynomial's coefficients, as the paper gives them. */
#define HC_EQUAL_EARTH_A1  1.340264
#define HC_EQUAL_EARTH_A2 -0.081106
#define HC_EQUAL_EARTH_A3  0.000893
#define HC_EQUAL_EARTH_A4  0.003796

/* @lon and @lat in degrees; @x and @y on the unit sphere, y up. */
void     hc_equal_earth_forward (double  lon,
                                 double  lat,
                                 double *x,
                                 double *y);
/* The point at (@x, @y), in degrees; FALSE outside the map (past the
 * poles or the outer meridians). */
gboolean hc_equal_earth_inverse (double  x,
                                 double  y,
                                 double *lon,
                                 double *lat);
/* Half the map's width (the equator from 0° to 180°) and height (the
 * equator to a pole). */
double   hc_equal_earth_x_max   (void);
double   hc_equal_earth_y_max   (void);

G_END_DECLS
