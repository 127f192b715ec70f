/* hc-pen.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Thin lines and dots, drawn fast where the target is pixels.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A pen draws polylines with round joins and caps, and filled dots, in
 * the cairo_t's current colour. On an image surface it rasterises them
 * itself, straight into the surface's pixels: a chart of 200 lines of
 * 64 points is 12,800 segments, which cairo's general stroker takes
 * twice a frame's budget to draw. Anywhere else (SVG, PDF, a recording,
 * a clip that is not a rectangle, a rotation, a source that is not one
 * colour) it hands the same path to cairo, so vector output stays
 * vector.
 *
 * What it rasterises waits for hc_pen_flush () (or hc_pen_free ()), so
 * that a batch of strokes can be drawn at once: flush before drawing
 * anything with cairo that must lie over them. */
typedef struct _HcPen HcPen;

HcPen   *hc_pen_new       (cairo_t *cr);
void     hc_pen_free      (HcPen   *pen);

void     hc_pen_move_to   (HcPen   *pen,
                           double   x,
                           double   y);
void     hc_pen_line_to   (HcPen   *pen,
                           double   x,
                           double   y);
/* A circle of its own in the path, for a ring when stroked. */
void     hc_pen_circle    (HcPen   *pen,
                           double   x,
                           double   y,
                           double   radius);
/* Strokes what was drawn since the last stroke as one shape (where its
 * parts overlap, the colour is laid once), @width wide in user space. */
void     hc_pen_stroke    (HcPen   *pen,
                           double   width);
void     hc_pen_dot       (HcPen   *pen,
                           double   x,
                           double   y,
                           double   radius);
void     hc_pen_flush     (HcPen   *pen);

/* Whether the pen would rasterise a stroke on the cairo_t as it is now. */
gboolean hc_pen_rasterises (HcPen  *pen);

/* For the tests: never rasterise, always hand the path to cairo. */
void     hc_pen_set_vector_only (HcPen   *pen,
                                 gboolean vector_only);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcPen, hc_pen_free)

G_END_DECLS
