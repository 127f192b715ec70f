/* hc-chart-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every view shares: the drawing context, text helpers that record
 * where text went, colours and the marks list.
 */
#pragma once

#include <math.h>

#include <pango/pangocairo.h>

#include "hc-chart.h"

G_BEGIN_DECLS

/* One entry drawn by a view: a figure, or "Other (N figures)" standing
 * for the ones that did not fit. */
typedef struct
{
  int         figure;       /* -1 for the aggregate */
  double      value;
  gboolean    approximate;
  const char *label;        /* owned by the dataset, or by the context */
  guint       color_index;
  guint       group;        /* index in HcChartContext.categories; past the end for the aggregate */
} HcChartEntry;

typedef struct
{
  cairo_t               *cr;
  const HcDataset       *dataset;
  const HcChartOptions  *options;
  const HcChartStyle    *style;
  HcChartLayout         *layout;
  PangoContext          *pango;
  GPtrArray             *categories;  /* borrowed strings, order of first appearance */
  double                 width;
  double                 height;
  double                 unit;        /* body text size in pixels; everything scales from it */
  cairo_rectangle_t      area;        /* what is left between the header and the footer */
  char                  *other_label; /* owned */
  double                 other_value; /* of the "Other" entry, 0 when there is none */
} HcChartContext;

typedef enum
{
  HC_TEXT_BODY,
  HC_TEXT_SMALL,
  HC_TEXT_VALUE,
  HC_TEXT_TITLE,
} HcTextRole;

PangoLayout *hc_chart_text_new         (HcChartContext     *ctx,
                                        const char         *text,
                                        HcTextRole          role);
void         hc_chart_text_size        (PangoLayout        *layout,
                                        double             *width,
                                        double             *height);
void         hc_chart_text_draw        (HcChartContext     *ctx,
                                        PangoLayout        *layout,
                                        double              x,
                                        double              y,
                                        const HcColor      *color);
void         hc_chart_text_draw_centered (HcChartContext *ctx,
                                          PangoLayout    *layout,
                                          double          cx,
                                          double          y,
                                          const HcColor  *color);
void         hc_chart_set_color        (HcChartContext     *ctx,
                                        const HcColor      *color);
const HcColor *hc_chart_entry_color    (HcChartContext     *ctx,
                                        const HcChartEntry *entry);
const HcColor *hc_chart_text_color_on  (const HcColor      *fill);
guint        hc_chart_category_index   (HcChartContext     *ctx,
                                        const HcFigure     *figure);
void         hc_chart_draw_legend      (HcChartContext     *ctx);
void         hc_chart_add_rect_mark    (HcChartContext     *ctx,
                                        int                 figure,
                                        double              x,
                                        double              y,
                                        double              width,
                                        double              height);
void         hc_chart_outline_focus    (HcChartContext     *ctx,
                                        const HcMark       *mark);
char        *hc_chart_entry_value_text (const HcChartEntry *entry);
void         hc_chart_entry_text_size  (HcChartContext     *ctx,
                                        const HcChartEntry *entry,
                                        HcTextRole          label_role,
                                        double             *width,
                                        double             *height);
GArray      *hc_chart_entries          (HcChartContext     *ctx,
                                        guint               max_entries,
                                        gboolean            sorted);
void         hc_chart_entries_group    (GArray             *entries);
const char  *hc_chart_group_name       (HcChartContext     *ctx,
                                        guint               group);
gboolean     hc_rect_intersects        (const cairo_rectangle_t *a,
                                        const cairo_rectangle_t *b);

typedef enum
{
  HC_AXIS_HORIZONTAL,
  HC_AXIS_VERTICAL,
} HcAxisOrientation;

void         hc_chart_init_value_scale (HcChartContext     *ctx,
                                        HcScale            *scale,
                                        double              range_min,
                                        double              range_max);
double       hc_chart_value_axis_label_width (HcChartContext *ctx,
                                              const HcScale  *scale);
void         hc_chart_draw_value_axis  (HcChartContext          *ctx,
                                        const HcScale           *scale,
                                        const cairo_rectangle_t *plot,
                                        HcAxisOrientation        orientation);
double       hc_chart_draw_scale_caption (HcChartContext   *ctx,
                                          HcScaleKind       kind,
                                          double            y);

void         hc_chart_draw_bars        (HcChartContext     *ctx);
void         hc_chart_draw_columns     (HcChartContext     *ctx);
void         hc_chart_draw_circles     (HcChartContext     *ctx);
void         hc_chart_draw_shares      (HcChartContext     *ctx);
void         hc_chart_draw_treemap     (HcChartContext     *ctx);
void         hc_chart_draw_units       (HcChartContext     *ctx);
double       hc_chart_units_choose_unit (const HcDataset   *dataset);

/* The n to choose a plural form with for a count held in a double: the
 * rules of every language look at the last digits only, as gettext's
 * manual recommends for numbers too large for an unsigned long. */
static inline gulong
hc_chart_plural_n (double count)
{
  if (!(count >= 0))
    return 0;
  return count < 1e6 ? (gulong) count : (gulong) fmod (count, 1e6) + 1000000;
}

G_END_DECLS
