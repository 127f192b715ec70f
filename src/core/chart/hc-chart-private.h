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
  double      value;        /* the aggregate's: the sum of its figures */
  gboolean    approximate;
  const char *label;        /* owned by the dataset, or by the layout */
  guint       color_index;
  guint       group;        /* index in HcChartContext.categories; past the end for the aggregate */
  guint       n_figures;    /* 1, or how many the aggregate holds */
  const char *summary;      /* the aggregate's tooltip, owned by the layout */
  gboolean    written;      /* the aggregate is written out, not drawn to scale */
  const char *total_text;   /* nullable: what the aggregate writes for its value when it is
                             * no sum (rates: their span), owned by the layout */
} HcChartEntry;

/* The most entries any view draws, "Other" included: past this many a
 * chart of figures stops being read figure by figure. Every view shows
 * the largest figures up to this or up to what it has room for, if that
 * is fewer, and adds up the rest in "Other"; so the same file gives the
 * same "Other" in every view that has the room. */
#define HC_CHART_MAX_ENTRIES 20

typedef enum
{
  HC_ENTRIES_FILE_ORDER = 0,       /* in the file's order when nothing is folded */
  HC_ENTRIES_SORTED = 1 << 0,      /* largest first */
  HC_ENTRIES_FOLD_BY_GROUP = 1 << 1, /* one "Other" per category, in that category */
} HcEntriesFlags;

typedef struct
{
  cairo_t               *cr;
  const HcDataset       *dataset;
  const HcChartOptions  *options;
  const HcChartStyle    *style;
  HcChartLayout         *layout;
  PangoContext          *pango;
  GPtrArray             *categories;  /* borrowed strings, order of first appearance */
  GHashTable            *category_positions; /* category → index in categories, made on demand */
  double                 width;
  double                 height;
  double                 unit;        /* body text size in pixels; everything scales from it */
  cairo_rectangle_t      area;        /* what is left between the header and the footer */
  gboolean               other_written; /* "Other" is written out, not drawn to scale */
  int                    whole_values;  /* all values whole numbers: 1, 0, or -1 not yet known */
} HcChartContext;

/* Text never gets smaller than this, in pixels, whatever the canvas: a
 * small window drops what does not fit rather than shrink the text. */
#define HC_TEXT_MIN_SIZE 10.0

typedef enum
{
  HC_TEXT_BODY,
  HC_TEXT_SMALL,
  HC_TEXT_VALUE,
  HC_TEXT_TITLE,
  HC_TEXT_MINIMUM,  /* the smallest text: for what would otherwise not be labelled */
} HcTextRole;

PangoLayout *hc_chart_text_new         (HcChartContext     *ctx,
                                        const char         *text,
                                        HcTextRole          role);
gboolean     hc_chart_text_wraps_between_words (PangoLayout *layout);
void         hc_chart_text_size        (PangoLayout        *layout,
                                        double             *width,
                                        double             *height);
/* A chart that cannot be drawn says why instead, in the middle of its
 * area, in at most @max_lines lines; nothing when even that does not fit. */
void         hc_chart_draw_notice      (HcChartContext     *ctx,
                                        const char         *message,
                                        int                 max_lines);
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
guint        hc_chart_category_position (HcChartContext    *ctx,
                                         const HcFigure    *figure);
void         hc_chart_draw_legend      (HcChartContext     *ctx);
void         hc_chart_add_mark         (HcChartContext     *ctx,
                                        const HcChartEntry *entry,
                                        HcMark             *mark);
void         hc_chart_add_rect_mark    (HcChartContext     *ctx,
                                        const HcChartEntry *entry,
                                        double              x,
                                        double              y,
                                        double              width,
                                        double              height);
char        *hc_chart_layout_take_text (HcChartContext     *ctx,
                                        char               *text);
void         hc_chart_outline_focus    (HcChartContext     *ctx,
                                        const HcMark       *mark);
char        *hc_chart_entry_value_text (const HcChartEntry *entry);
void         hc_chart_entry_text_size  (HcChartContext     *ctx,
                                        const HcChartEntry *entry,
                                        HcTextRole          label_role,
                                        double             *width,
                                        double             *height);
guint        hc_chart_entries_shown    (HcChartContext     *ctx,
                                        guint               capacity);
gboolean     hc_chart_entries_fold     (HcChartContext     *ctx,
                                        guint               capacity);
double       hc_chart_fold_note_height (HcChartContext     *ctx);
void         hc_chart_draw_fold_note   (HcChartContext     *ctx);
GArray      *hc_chart_entries          (HcChartContext     *ctx,
                                        guint               capacity,
                                        HcEntriesFlags      flags);
char        *hc_chart_other_total_text (const HcChartEntry *entry);
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
                                        GArray             *entries,
                                        double              range_min,
                                        double              range_max);
char        *hc_chart_format_short     (double              value,
                                        gboolean            approximate);
char        *hc_chart_format_tick      (const HcScale      *scale,
                                        GArray             *ticks,
                                        guint               index);
double       hc_chart_value_axis_label_width (HcChartContext *ctx,
                                              const HcScale  *scale);
void         hc_chart_draw_value_axis  (HcChartContext          *ctx,
                                        const HcScale           *scale,
                                        const cairo_rectangle_t *plot,
                                        HcAxisOrientation        orientation);
double       hc_chart_draw_scale_caption (HcChartContext   *ctx,
                                          HcScaleKind       kind,
                                          double            y);

/* ---- views over time (hc-chart-series.c, hc-chart-time-axis.c) ---------------- */

/* One point of a series as a view draws it. */
typedef struct
{
  double time;
  double value;      /* as drawn: the figure's value, or its change or share */
  double raw;        /* the figure's own value */
  int    figure;     /* index in the dataset, or -1 for a point of "Other" */
  guint  time_index; /* in HcSeriesSet.times */
} HcSeriesPoint;

typedef struct
{
  const char *label;   /* owned by the dataset or the layout */
  GArray     *points;  /* of HcSeriesPoint, by time */
  double      median_step; /* the usual time between two points: longer is a gap */
  double      last_value;  /* of the last point, as drawn; NAN without points */
  guint       n_figures;   /* 1, or how many an "Other" holds */
  const char *summary;     /* "Other"'s tooltip, owned by the layout */
} HcSeries;

typedef struct
{
  GPtrArray *series;   /* of HcSeries, largest last value first */
  GArray    *times;    /* of double: every time any series has, ascending */
  double     time_min, time_max;
  guint      n_without_base; /* relative: series with no first value to compare with */
} HcSeriesSet;

HcSeriesSet *hc_series_set_new            (HcChartContext     *ctx);
void         hc_series_set_free           (HcSeriesSet        *set);
HcSeries    *hc_series_new                (const char         *label);
void         hc_series_free               (HcSeries           *series);
void         hc_series_finish             (HcSeries           *series);
double       hc_series_value_at           (const HcSeries     *series,
                                           guint               time_index,
                                           int                *point);
/* Whether the line from point @i to point @i + 1 is drawn: FALSE across
 * a gap in the data. */
gboolean     hc_series_joins              (const HcSeries     *series,
                                           guint               i);

/* A label that wants to sit at @target (its centre) and is moved apart
 * from the others, or dropped, by hc_chart_spread_labels(). */
typedef struct
{
  double   target;
  double   height;
  int      priority;  /* lower is kept first */
  gboolean kept;
  double   y;         /* its top, when kept */
} HcSpreadLabel;

void         hc_chart_spread_labels       (HcSpreadLabel      *labels,
                                           guint               n,
                                           double              top,
                                           double              bottom);

void         hc_chart_add_point_mark      (HcChartContext     *ctx,
                                           int                 figure,
                                           int                 series,
                                           int                 point,
                                           double              x,
                                           double              y,
                                           double              radius,
                                           double              time,
                                           double              value);
void         hc_chart_add_band_mark       (HcChartContext     *ctx,
                                           const HcSeries     *series,
                                           int                 series_index,
                                           int                 point,
                                           double              x,
                                           double              y,
                                           double              width,
                                           double              height,
                                           double              value);
HcChartSeries *hc_chart_add_layout_series (HcChartContext     *ctx,
                                           const char         *label,
                                           guint               color_index);
void         hc_chart_draw_no_time        (HcChartContext     *ctx);
double       hc_chart_dot_radius          (HcChartContext     *ctx);
void         hc_chart_draw_guide          (HcChartContext     *ctx);
double       hc_chart_unit_for_size       (int                 width,
                                           int                 height);
void         hc_chart_context_setup_pango (HcChartContext     *ctx);

double       hc_chart_time_axis_height    (HcChartContext     *ctx);
void         hc_chart_draw_time_axis      (HcChartContext          *ctx,
                                           const HcScale           *scale,
                                           const cairo_rectangle_t *plot,
                                           HcTimeKind               kind,
                                           double                   right_limit);
void         hc_chart_init_time_scale     (HcScale            *scale,
                                           double              time_min,
                                           double              time_max,
                                           double              range_min,
                                           double              range_max);

typedef enum
{
  HC_TICKS_NUMBER,
  HC_TICKS_CHANGE,   /* +50 %, −20 % */
  HC_TICKS_SHARE,    /* 50 % */
} HcTickStyle;

char        *hc_chart_format_value        (double              value,
                                           HcTickStyle         style);
char        *hc_chart_format_styled_tick  (const HcScale      *scale,
                                           GArray             *ticks,
                                           guint               index,
                                           HcTickStyle         style);
GArray      *hc_chart_fit_value_ticks     (HcChartContext     *ctx,
                                           const HcScale      *scale,
                                           HcAxisOrientation   orientation,
                                           HcTickStyle         style,
                                           double             *widest);
void         hc_chart_draw_styled_value_axis (HcChartContext          *ctx,
                                              const HcScale           *scale,
                                              const cairo_rectangle_t *plot,
                                              HcAxisOrientation        orientation,
                                              HcTickStyle              style);
double       hc_chart_draw_note           (HcChartContext     *ctx,
                                           const char         *text,
                                           double              y);
double       hc_chart_note_height         (HcChartContext     *ctx,
                                           const char         *text);

/* ---- bounds of uncertain figures (hc-chart-range.c) ----------------------------- */

gboolean     hc_chart_range_of_figure     (HcChartContext     *ctx,
                                           int                 figure,
                                           double             *low,
                                           double             *high);
gboolean     hc_chart_range_any           (const HcDataset    *dataset);
gboolean     hc_chart_refuse_rates        (HcChartContext     *ctx);
void         hc_chart_range_fold_rates    (HcChartContext     *ctx,
                                           HcChartEntry       *other,
                                           const guint        *indices,
                                           guint               count);
char        *hc_chart_range_fold_note     (HcChartContext     *ctx,
                                           guint               shown,
                                           guint               folded);
char        *hc_chart_range_value_text    (const HcFigure     *figure,
                                           int                 digits);
const char  *hc_chart_range_tooltip       (HcChartContext     *ctx,
                                           int                 figure);
void         hc_chart_range_extend        (HcChartContext     *ctx,
                                           GArray             *entries,
                                           double             *lo,
                                           double             *hi);
double       hc_chart_range_map           (const HcScale      *scale,
                                           double              value);
void         hc_chart_range_draw_whisker  (HcChartContext     *ctx,
                                           HcAxisOrientation   orientation,
                                           double              across,
                                           double              from,
                                           double              to,
                                           double              cap);
gboolean     hc_chart_range_draw_band     (HcChartContext     *ctx,
                                           const HcSeries     *series,
                                           const HcScale      *time_scale,
                                           const HcScale      *value_scale,
                                           const HcColor      *color);

void         hc_chart_draw_line           (HcChartContext     *ctx);
void         hc_chart_draw_area           (HcChartContext     *ctx);
void         hc_chart_draw_slope          (HcChartContext     *ctx);

void         hc_chart_draw_bars        (HcChartContext     *ctx);
void         hc_chart_draw_columns     (HcChartContext     *ctx);
void         hc_chart_draw_circles     (HcChartContext     *ctx);
void         hc_chart_draw_shares      (HcChartContext     *ctx);
void         hc_chart_draw_treemap     (HcChartContext     *ctx);
void         hc_chart_draw_units       (HcChartContext     *ctx);
void         hc_chart_draw_map         (HcChartContext     *ctx);
void         hc_chart_draw_pyramid     (HcChartContext     *ctx);
gboolean     hc_chart_pyramid_supports (const HcDataset    *dataset);
char        *hc_chart_pyramid_describe (const HcChartLayout *layout,
                                        const HcDataset    *dataset);
char        *hc_chart_map_describe     (const HcChartLayout *layout,
                                        const HcDataset    *dataset);
gboolean     hc_mark_path_contains     (const HcMarkPath   *path,
                                        double              x,
                                        double              y);
double       hc_chart_units_choose_unit (GArray            *entries);

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
