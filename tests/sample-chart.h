/* sample-chart.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A chart-like ARGB32 image for the PNG tests and benchmark: flat bars,
 * grid lines and antialiased text on an opaque background, in the
 * proportions of a Headcount export. Drawn here rather than with the real
 * renderer so that encoder measurements stay comparable as charts change. */
cairo_surface_t *sample_chart_new (int width,
                                   int height);

G_END_DECLS
