/* hc-chart.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "hc-dataset.h"
#include "hc-scale.h"

G_BEGIN_DECLS

typedef enum
{
  HC_CHART_BARS,
  HC_CHART_COLUMNS,
  HC_CHART_CIRCLES,
  HC_CHART_TREEMAP,
  HC_CHART_SHARES,
  HC_CHART_UNITS,
  HC_CHART_LINE,
  HC_CHART_AREA,
  HC_CHART_SLOPE,
  HC_CHART_MAP,
  HC_CHART_PYRAMID,
  HC_N_CHART_KINDS
} HcChartKind;

typedef enum
{
  HC_SCALE_MODE_AUTO,
  HC_SCALE_MODE_LINEAR,
  HC_SCALE_MODE_LOG,
} HcScaleMode;

typedef enum
{
  HC_THEME_LIGHT,
  HC_THEME_DARK,
} HcTheme;

/* What part of the world a map shows. */
typedef enum
{
  HC_MAP_REGION_DATA,      /* the countries the figures cover */
  HC_MAP_REGION_WORLD,
  HC_MAP_REGION_AFRICA,
  HC_MAP_REGION_AMERICAS,
  HC_MAP_REGION_ASIA,
  HC_MAP_REGION_EUROPE,
  HC_MAP_REGION_OCEANIA,
  HC_N_MAP_REGIONS
} HcMapRegion;

/* Which of Natural Earth's scales a map draws its countries at. */
typedef enum
{
  HC_MAP_DETAIL_AUTO,      /* 1:110m for the world, 1:50m zoomed in or on a large canvas */
  HC_MAP_DETAIL_110M,
  HC_MAP_DETAIL_50M,
} HcMapDetail;

typedef struct
{
  HcChartKind kind;
  HcScaleMode scale_mode;
  gboolean    show_title;
  gboolean    show_source;
  gboolean    transparent;  /* leave the background unpainted */
  int         focused;      /* index of the figure to outline, or -1 */
  /* Views over time. */
  gboolean    relative;     /* lines: change since the first time; areas: shares of the total */
  gboolean    has_guide;    /* lines: a vertical guide at guide_time with every line's value */
  double      guide_time;
  HcMapRegion map_region;   /* the map view: where to look */
  HcMapDetail map_detail;
  /* The pyramid view: shares of the population instead of numbers, an
   * axis fitted to the time drawn instead of fixed over every time, and
   * a second time drawn as an outline. */
  gboolean    pyramid_percent;
  gboolean    pyramid_adaptive;
  gboolean    has_compare;
  double      compare_time;
  gboolean    map_adaptive_bins; /* the map view: bins of the figures shown, not of every time */
} HcChartOptions;

typedef struct
{
  double red, green, blue, alpha;
} HcColor;

#define HC_PALETTE_SIZE 7

typedef struct
{
  HcColor     background;
  HcColor     foreground;   /* titles, labels, values */
  HcColor     secondary;    /* axis text, footer; still ≥ 4.5:1 on the background */
  HcColor     grid;
  HcColor     focus;
  HcColor     on_mark;      /* text drawn on a coloured mark */
  HcColor     palette[HC_PALETTE_SIZE];
  const char *font_family;
  gboolean    dark;
} HcChartStyle;

typedef enum
{
  HC_MARK_RECT,
  HC_MARK_CIRCLE,
  HC_MARK_WEDGE,
  HC_MARK_PATH,      /* a country on a map: its outline is in path */
} HcMarkShape;

/* The outline of a mark of any shape, in the layout's coordinates: rings
 * of x, y pairs, each closed, to be filled even-odd. */
typedef struct
{
  guint   n_rings;
  guint  *ring_ends;   /* the end of each ring, in points */
  double *points;
} HcMarkPath;

/* Where a figure was drawn. For every shape x/y/width/height is the
 * bounding box; circles and wedges also carry their exact geometry so a
 * hit test can follow the outline.
 *
 * An aggregate ("Other (169 figures)") has figure −1, the number of
 * figures it holds in n_figures and, in summary, the text its tooltip
 * shows: what it adds up, and the largest of the figures in it. */
typedef struct
{
  int          figure;       /* index in the dataset, or -1 for an aggregate */
  HcMarkShape  shape;
  double       x, y, width, height;
  double       cx, cy;
  double       inner_radius, outer_radius;
  double       angle1, angle2;
  guint        n_figures;    /* 1 for a figure; how many an aggregate holds */
  const char  *summary;      /* an aggregate's tooltip, owned by the layout; for a figure,
                              * NULL, or its whole tooltip when the view says more than
                              * the figure does (a map: the year and the rank) */
  const HcMarkPath *path;    /* HC_MARK_PATH: owned by the layout */
  /* Views over time: the index in HcChartLayout.series of the line (or
   * band) the mark is a point of, and its place along it; both -1 in
   * views of one time. */
  int          series;
  int          point;
  double       time;         /* when series >= 0 */
  double       value;        /* when series >= 0: what the point stands at (a share or a
                              * change when relative) */
} HcMark;

/* A line, band or slope of a view over time, top to bottom in the order
 * of the values where it ends. */
typedef struct
{
  const char        *label;       /* owned by the dataset or the layout */
  guint              color_index;
  guint              first_mark;  /* its points are marks first_mark … first_mark + n_points − 1 */
  guint              n_points;
  gboolean           labelled;    /* its name is written at its end */
  cairo_rectangle_t  label_rect;  /* where, when labelled */
} HcChartSeries;


#define HC_MAP_MAX_BINS 9

/* What a map drew: where, at what scale, and in which colours. */
typedef struct
{
  HcMapRegion  region;           /* what it shows: the figures' zoom may be the world */
  HcMapDetail  detail;           /* the scale of the shapes, 110M or 50M */
  double       central_meridian; /* degrees east */
  /* Equal Earth's plane (unit sphere, y up) to the canvas:
   * x' = ox + (x − cx) · scale, y' = oy − (y − cy) · scale. */
  double       scale, cx, cy, ox, oy;
  HcScaleKind  bins_kind;        /* log: 1-2-5 steps or decades; linear: equal steps */
  guint        n_bins;
  double       edges[HC_MAP_MAX_BINS - 1]; /* bin i holds [edges[i − 1], edges[i]) */
  HcColor      colors[HC_MAP_MAX_BINS];
  HcColor      no_data;          /* under the hatching */
  HcColor      ocean;
  guint        n_no_data;        /* countries drawn without a figure */
  guint        n_unmatched;      /* figures with no country on this map */
  const char  *legend_title;     /* nullable, owned by the layout: what the colours stand for */
  gboolean     fixed_bins;       /* the bins are the value domain's, of every time */
} HcChartMap;

/* What a pyramid drew. Males extend left from male_zero, females right
 * from female_zero, both by pixels_per_unit × value (a share, in percent,
 * when percent); the bands run from the youngest at the bottom. */
typedef struct
{
  gboolean     has_time;
  double       time;
  gboolean     has_compare;      /* the outline of compare_time is drawn */
  double       compare_time;
  gboolean     percent;
  gboolean     adaptive;
  double       axis_max;         /* the value at either end of the axis */
  double       male_zero, female_zero;
  double       pixels_per_unit;
  guint        n_bands;
  double       female_share;     /* of the time drawn, 0 to 1 */
  const char  *largest_band;     /* owned by the layout */
  double       total;            /* both sexes, the time drawn */
  guint        n_left_out;       /* figures of unknown sex or age, or not a band */
  gboolean     uneven_bands;     /* "<1", "1-4", "5-9": drawn at one height all the same */
} HcChartPyramid;

typedef struct
{
  int                width;
  int                height;
  HcChartKind        kind;
  gboolean           has_scale;
  HcScaleKind        scale_kind;  /* the scale actually used, when has_scale */
  cairo_rectangle_t  plot;
  GArray            *marks;       /* of HcMark, in reading order */
  GArray            *labels;      /* of cairo_rectangle_t: every piece of text drawn */
  guint              n_shown;     /* figures drawn one by one */
  guint              n_folded;    /* figures added up in "Other", 0 when none */
  double             square_value; /* units view: what one square stands for; 0 elsewhere */
  GPtrArray         *texts;       /* owned strings the marks point to */
  /* Views over time (empty elsewhere): the series drawn, every time that
   * has a point, and the scales that placed them. */
  GArray            *series;      /* of HcChartSeries */
  GArray            *times;       /* of double, ascending */
  gboolean           has_time_axis;
  HcScale            time_scale;  /* time → x */
  HcScale            value_scale; /* value → y */
  HcTimeKind         time_kind;
  gboolean           relative;    /* values are changes (lines) or shares (areas) */
  guint              n_gaps;      /* points left out: missing, or not positive on a log scale */
  GPtrArray         *paths;       /* of HcMarkPath, the outlines marks point to */
  HcChartMap        *map;         /* the map view's; NULL elsewhere */
  HcChartPyramid    *pyramid;     /* the pyramid view's; NULL elsewhere */
} HcChartLayout;

typedef enum
{
  HC_DIRECTION_LEFT,    /* the point before, along its line */
  HC_DIRECTION_RIGHT,   /* the point after */
  HC_DIRECTION_UP,      /* the line above, at the nearest time */
  HC_DIRECTION_DOWN,    /* the line below */
  HC_DIRECTION_HOME,    /* the first point of the line */
  HC_DIRECTION_END,     /* the last point */
} HcDirection;

void                 hc_chart_options_init       (HcChartOptions       *options);
const HcChartStyle  *hc_chart_style_get          (HcTheme               theme);

/* Draws the chart of @dataset into the rectangle (0, 0, @width, @height)
 * of @cr, in user units, and returns where everything went. The drawing
 * depends only on the arguments, never on a widget, so a window and an
 * exported file show the same chart. */
HcChartLayout       *hc_chart_render             (cairo_t              *cr,
                                                  int                   width,
                                                  int                   height,
                                                  const HcDataset      *dataset,
                                                  const HcChartOptions *options,
                                                  const HcChartStyle   *style);

/* Draws over a line chart that hc_chart_render() drew, and from its
 * @layout alone, what follows the pointer or the year slider: the guide
 * at options->guide_time. A window can keep the chart as drawn and
 * repaint only this as the guide moves; rendered with has_guide, the
 * chart comes out the same. */
void                 hc_chart_render_overlay     (cairo_t              *cr,
                                                  const HcChartLayout  *layout,
                                                  const HcDataset      *dataset,
                                                  const HcChartOptions *options,
                                                  const HcChartStyle   *style);

void                 hc_chart_layout_free        (HcChartLayout        *layout);
int                  hc_chart_layout_hit_test    (const HcChartLayout  *layout,
                                                  double                x,
                                                  double                y);
const HcMark        *hc_chart_layout_find_mark   (const HcChartLayout  *layout,
                                                  int                   figure);
/* The mark at (@x, @y), aggregates included, or NULL. */
const HcMark        *hc_chart_layout_mark_at     (const HcChartLayout  *layout,
                                                  double                x,
                                                  double                y);
/* Views over time. The time nearest to @x on the time axis: FALSE when
 * the view has none, or @x is outside the plot. */
gboolean             hc_chart_layout_time_at     (const HcChartLayout  *layout,
                                                  double                x,
                                                  double               *time);
/* The marks (indices into layout->marks) of every series' point at
 * @time, in the order of the series: what a guide at @time shows. */
GArray              *hc_chart_layout_points_at   (const HcChartLayout  *layout,
                                                  double                time);
/* The point mark nearest to (@x, @y) within @radius pixels, or NULL. */
const HcMark        *hc_chart_layout_nearest_point (const HcChartLayout *layout,
                                                    double              x,
                                                    double              y,
                                                    double              radius);
/* Keyboard focus: the figure to focus after @figure when moving in
 * @direction, along a line (left, right, home, end) or between lines (up,
 * down, at the nearest time); @figure itself at an end, and the first
 * point of the top line when @figure is not drawn. -1 without points. */
int                  hc_chart_layout_navigate    (const HcChartLayout  *layout,
                                                  int                   figure,
                                                  HcDirection           direction);
/* "1990: China, 1,135,185,000; India, 870,452,165 …": every series'
 * value at @time, for the guide's tooltip. */
char                *hc_chart_layout_describe_time (const HcChartLayout *layout,
                                                    const HcDataset     *dataset,
                                                    double               time);

/* What a screen reader says for the chart @layout shows: the kind, the
 * scale or unit it used, how many figures it shows one by one and how
 * many it added up in "Other", the largest and the smallest. */
char                *hc_chart_layout_describe    (const HcChartLayout  *layout,
                                                  const HcDataset      *dataset);

/* The description of the chart as exported at the default size,
 * 1600 × 1000: hc_chart_layout_describe() of that layout. */
char                *hc_chart_describe           (const HcDataset      *dataset,
                                                  const HcChartOptions *options);
/* The scale for figures from @min_positive to @max: what @mode asks for,
 * or for auto, log when they span more than HC_SCALE_LOG_THRESHOLD. */
HcScaleKind          hc_chart_resolve_scale      (double                min_positive,
                                                  double                max,
                                                  HcScaleMode           mode);
/* What hovering a figure says: its name and value (with its bounds, and
 * for a rate what it divides), category, note and quote, a line each. */
char                *hc_chart_figure_tooltip     (const HcDataset      *dataset,
                                                  guint                 index);
/* @time as the time axis writes it: "1990", "March 1854", "24 Mar 1999". */
char                *hc_chart_format_time        (double                time,
                                                  HcTimeKind            kind);
gboolean             hc_chart_kind_has_scale     (HcChartKind           kind);
/* Views that draw figures over time (lines, areas, slopes) and so need a
 * selection of every time of a range; the others draw one time. */
gboolean             hc_chart_kind_is_series     (HcChartKind           kind);
/* Views that add up what they draw: a stacked area needs parts of a whole. */
gboolean             hc_chart_kind_stacks        (HcChartKind           kind);
/* Whether @kind can draw @dataset: a view over time needs figures with times. */
gboolean             hc_chart_kind_supports      (HcChartKind           kind,
                                                  const HcDataset      *dataset);

const char          *hc_chart_kind_to_string     (HcChartKind           kind);
gboolean             hc_chart_kind_from_string   (const char           *name,
                                                  HcChartKind          *kind);
const char          *hc_chart_kind_get_title     (HcChartKind           kind);
char                *hc_chart_kind_list_names    (void);

const char          *hc_map_region_to_string     (HcMapRegion           region);
gboolean             hc_map_region_from_string   (const char           *name,
                                                  HcMapRegion          *region);
char                *hc_map_region_list_names    (void);
/* The map view's keyboard order: the figure after @figure among the
 * countries drawn, @delta steps on, by value (rank) or by name; the first
 * (or last) when @figure is not on the map. -1 without countries. */
/* Where the map of @layout put the place at @lon, @lat (degrees); FALSE
 * when @layout is no map. */
gboolean             hc_chart_layout_map_point   (const HcChartLayout  *layout,
                                                  double                lon,
                                                  double                lat,
                                                  double               *x,
                                                  double               *y);
/* The bin of the map of @layout that @value falls in. */
guint                hc_chart_map_find_bin       (const HcChartMap     *map,
                                                  double                value);
int                  hc_chart_layout_step_map    (const HcChartLayout  *layout,
                                                  const HcDataset      *dataset,
                                                  int                   figure,
                                                  int                   delta,
                                                  gboolean              by_name);

const char          *hc_scale_mode_to_string     (HcScaleMode           mode);
gboolean             hc_scale_mode_from_string   (const char           *name,
                                                  HcScaleMode          *mode);

char                *hc_dataset_format_source    (const HcDataset      *dataset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcChartLayout, hc_chart_layout_free)

G_END_DECLS
