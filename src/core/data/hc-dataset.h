/* hc-dataset.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How the times of a dataset read: years (1960), months (2020-03) or days
 * (1854-04-01). A time is a number on one axis for all three: the year
 * itself, or the year plus the fraction of it that has passed, so a chart
 * can place months and days between the years. */
typedef enum
{
  HC_TIME_NONE,
  HC_TIME_YEAR,
  HC_TIME_MONTH,
  HC_TIME_DAY,
} HcTimeKind;

/* One observation that a chart shows: a figure from an article, or one
 * entity's value of one measure at one time, cut from a table. */
typedef struct
{
  char     *label;        /* the entity: "Serbs", "Albania" */
  double    value;
  char     *category;     /* nullable */
  char     *unit;         /* nullable: "people", "troops" … */
  char     *quote;        /* nullable: the sentence the figure came from */
  char     *note;         /* nullable: "planned deployment", "90 percent of the population" */
  gboolean  approximate;  /* "about", "around", "≈" */
  char     *code;         /* nullable: ISO 3166-1 alpha-3 or the publisher's code */
  char     *entity;       /* nullable: the entity as the file names it, when cut from a table */
  char     *measure;      /* nullable: the measure's name, when cut from a table */
  char     *age;          /* nullable: "0-4", "85+" */
  char     *sex;          /* nullable */
  gboolean  has_time;
  double    time;         /* when has_time: see HcTimeKind */
  gboolean  has_range;
  double    low, high;    /* when has_range: the bounds of an uncertain value */
  gboolean  has_rate;     /* value (and the bounds) = numerator / denominator × the dataset's per */
  double    numerator, denominator;
} HcFigure;

/* The values a measure takes over every time of its table, for the
 * entities of a cut (see hc_dataset_get_value_domain()). */
typedef struct
{
  double min;             /* the smallest value, zero or less included */
  double min_positive;    /* the smallest value above zero; INFINITY when none is */
  double max;
  double first_time;      /* the times the domain covers: see HcTimeKind */
  double last_time;
} HcValueDomain;

typedef struct
{
  char *publisher;        /* nullable */
  char *headline;         /* nullable */
  char *date;             /* nullable: ISO 8601 "2007-12-10" */
  char *url;              /* nullable */
} HcSource;

/* Replaces @source's fields with copies of the given ones (empty strings
 * become NULL, text is made valid UTF-8); shared by datasets and tables. */
void             hc_source_set              (HcSource       *source,
                                             const char     *publisher,
                                             const char     *headline,
                                             const char     *date,
                                             const char     *url);
void             hc_source_clear            (HcSource       *source);

/* A dataset is built once by a loader and then shared read-only: nothing
 * changes it after hc_dataset_ref() has handed it to a second owner, which
 * lets a worker thread build one and the window draw it without locks.
 * The sorted order and the category list are computed once, on first use,
 * so no figure may be added after either was asked for. */
typedef struct _HcDataset HcDataset;

#define HC_TYPE_DATASET (hc_dataset_get_type ())

GType            hc_dataset_get_type        (void) G_GNUC_CONST;
HcDataset       *hc_dataset_new             (const char     *title);
HcDataset       *hc_dataset_ref             (HcDataset      *self);
void             hc_dataset_unref           (HcDataset      *self);

void             hc_dataset_set_title       (HcDataset      *self,
                                             const char     *title);
void             hc_dataset_set_subtitle    (HcDataset      *self,
                                             const char     *subtitle);
void             hc_dataset_set_time_kind   (HcDataset      *self,
                                             HcTimeKind      kind);
void             hc_dataset_set_source      (HcDataset      *self,
                                             const char     *publisher,
                                             const char     *headline,
                                             const char     *date,
                                             const char     *url);
/* Copies @figure (all its strings) into the dataset. */
void             hc_dataset_add_figure      (HcDataset      *self,
                                             const HcFigure *figure);

/* A dataset of rates (figures divided by a population): @value_title
 * names what the values are ("Deaths per 100,000 people"), for the axis;
 * @per is what they are given per (1, 100, 1,000 or 100,000). Rates do
 * not add up, so views that add figures do not add these. */
void             hc_dataset_set_rate        (HcDataset      *self,
                                             const char     *value_title,
                                             double          per);
gboolean         hc_dataset_is_rate         (const HcDataset *self);
double           hc_dataset_get_per         (const HcDataset *self);
/* Figures in an order of their own (age bands, months), which charts keep
 * rather than sort by value. */
void             hc_dataset_set_ordered     (HcDataset      *self,
                                             gboolean        ordered);
gboolean         hc_dataset_is_ordered      (const HcDataset *self);
/* Gives @self what @other says about its figures: title, subtitle, time
 * kind, source, rate, order, value domain, extent; not the figures
 * themselves. */
void             hc_dataset_copy_properties (HcDataset       *self,
                                             const HcDataset *other);
/* Nullable: what the values are, when it is not just the measure. */
const char      *hc_dataset_get_value_title (const HcDataset *self);

/* The value domain: the smallest and largest values of the dataset's
 * measure over every time of the table it was cut from, for the same
 * entities (the rates over every time, for a dataset of rates; the
 * values alone, not their bounds). hc_selection_apply() records it on a
 * cut of one time from a table of several, so that a view can keep its
 * scale from one time to the next as a year slider plays: a map's colour
 * bins, an axis fixed over all the years. A view that uses it should fall
 * back to hc_dataset_get_range() when there is none (a table of one time,
 * several measures at once, counted records, a sum by group). */
void             hc_dataset_set_value_domain (HcDataset           *self,
                                              const HcValueDomain *domain);
/* The extent: one figure for each entity the cut has at any of its times
 * (its value that of one of them), for a view that must look the same
 * from year to year, such as the map's zoom to the countries of the
 * figures. NULL when none was recorded. */
void             hc_dataset_set_extent      (HcDataset       *self,
                                             HcDataset       *extent);
HcDataset       *hc_dataset_get_extent      (const HcDataset *self);
/* The value domain, or NULL when none was recorded. */
const HcValueDomain *hc_dataset_get_value_domain (const HcDataset *self);

const char      *hc_dataset_get_title       (const HcDataset *self);
const char      *hc_dataset_get_subtitle    (const HcDataset *self);
HcTimeKind       hc_dataset_get_time_kind   (const HcDataset *self);
const HcSource  *hc_dataset_get_source      (const HcDataset *self);
guint            hc_dataset_get_n_figures   (const HcDataset *self);
const HcFigure  *hc_dataset_get_figure      (const HcDataset *self,
                                             guint            index);
gboolean         hc_dataset_get_range       (const HcDataset *self,
                                             double          *min_positive,
                                             double          *max);
GPtrArray       *hc_dataset_get_categories  (const HcDataset *self);
guint           *hc_dataset_sort_by_value   (const HcDataset *self);
const guint     *hc_dataset_peek_order      (const HcDataset *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcDataset, hc_dataset_unref)

G_END_DECLS
