/* hc-records.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hc-dataset.h"
#include "hc-table.h"

G_BEGIN_DECLS

/* Which part of 03/04/1999 is the day. Slash dates are read day first or
 * month first as the column shows: one date with a first part above 12
 * (24/03/1999) makes the column day first, one with a second part above
 * 12 (03/24/1999) month first; a column where no date tells is refused. */
typedef enum
{
  HC_DATE_ORDER_UNKNOWN,
  HC_DATE_ORDER_DAY_FIRST,
  HC_DATE_ORDER_MONTH_FIRST,
} HcDateOrder;

/* A date as publishers write it: what hc_time_parse() reads (1999,
 * 1999-03, 1999-03-24) and slash dates, 24/03/1999, read in @order (day
 * first while it is unknown). @evidence says which order a slash date
 * proves, UNKNOWN for ISO dates and for slash dates whose parts are both
 * 12 or less; @slashed whether it was one. FALSE when @text is no date,
 * or a day that does not exist in @order. */
gboolean    hc_records_parse_date        (const char    *text,
                                          HcDateOrder    order,
                                          double        *time,
                                          HcTimeKind    *kind,
                                          HcDateOrder   *evidence,
                                          gboolean      *slashed);

/* Ages in 5-year bands, 0-4 to 85-89, and one open band, 90+. */
#define HC_RECORDS_AGE_BAND_WIDTH 5
#define HC_RECORDS_AGE_OPEN_BAND  90
#define HC_RECORDS_MAX_AGE        150

/* An age in years as a list writes it: "34", "0.5"; FALSE otherwise. */
gboolean    hc_records_parse_age         (const char    *text,
                                          double        *age);
guint       hc_records_age_band          (double         age);
/* "0-4", "85-89", "90+". */
char       *hc_records_age_band_label    (guint          band);

/* The period of @time (a time of a table whose times are of @kind) when
 * counted by @by: the year, the month since year 0, or the day since year
 * 1. */
gint64      hc_records_period            (double         time,
                                          HcTimeKind     kind,
                                          HcTimeKind     by);
/* The time at which @period starts, as hc_time_parse() gives it. */
double      hc_records_period_time       (gint64         period,
                                          HcTimeKind     by);
/* Days for up to two months, months for up to four years, years beyond. */
HcTimeKind  hc_records_choose_period     (double         first,
                                          double         last,
                                          HcTimeKind     finest);

/* At most this many periods between the first and the last: more is an
 * error that suggests a coarser one. */
#define HC_RECORDS_MAX_PERIODS 5000

typedef struct
{
  const HcTable *table;
  const guint8  *wanted;    /* per row: counted or not */
  int            group;     /* the column to group by */
  int            measure;   /* the count each row carries, or -1 to count rows */
  HcTimeKind     by;        /* for dates: the period, HC_TIME_NONE to choose */
  gboolean       series;    /* dates as times (a line) rather than as labels */
} HcRecordsGrouping;

/* Adds one figure per group to @dataset: the number of rows, or the sum
 * of @measure and of its bounds. Ages are counted in bands and dates by
 * period, both in order and with the empty ones between the first and the
 * last counted as 0; rows without a value are counted as "Not stated".
 * A value that is not an age or a date is an error naming its line. A
 * count over time leaves out the rows without a date: @n_undated says how
 * many. */
gboolean    hc_records_group             (HcDataset               *dataset,
                                          const HcRecordsGrouping *grouping,
                                          guint                   *n_undated,
                                          GError                 **error);

/* Whether @column can be grouped by dates, and at which period by
 * default; HC_TIME_NONE when it holds no dates. */
HcTimeKind  hc_records_column_period     (const HcTable *table,
                                          int            column);
/* How many different values @column holds, empty cells left out. */
guint       hc_records_count_distinct    (const HcTable *table,
                                          int            column);

/* The column a list is counted by when none is chosen: a category, sex
 * or age for people, the entity for events; -1 when there is none. */
int         hc_records_default_group     (const HcTable *table);

/* One choice of a "Count By" list. */
typedef struct
{
  char       *label;    /* "sex (2)", "date_of_death (by month)" */
  char       *column;
  HcTimeKind  by;       /* for dates; HC_TIME_NONE otherwise */
} HcGroupChoice;

/* What @table can be counted or added up by, in column order: each
 * column with the number of its values, so that a person sees that
 * "name (42)" makes one bar a row, and each column of dates once for each
 * period it can be counted by. An array of HcGroupChoice, which it frees. */
GPtrArray  *hc_records_list_groups       (const HcTable *table);

G_END_DECLS
