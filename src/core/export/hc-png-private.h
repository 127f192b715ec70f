/* hc-png-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hc-png.h"

G_BEGIN_DECLS

/* The knobs behind hc_png_encode(), exposed so that bench/png-encode.c can
 * re-measure the trade-off on today's charts and libraries. */
typedef struct
{
  int level;      /* zlib level, 0–9 */
  int strategy;   /* Z_DEFAULT_STRATEGY, Z_FILTERED, Z_RLE…, or -1 for libpng's choice */
  int filters;    /* PNG_FILTER_* mask; several bits make libpng choose per row */
} HcPngTuning;

extern const HcPngTuning hc_png_default_tuning;

gboolean hc_png_encode_tuned (cairo_surface_t    *surface,
                              const HcPngText    *texts,
                              gsize               n_texts,
                              double              ppi,
                              const HcPngTuning  *tuning,
                              GByteArray         *out,
                              GError            **error);

G_END_DECLS
