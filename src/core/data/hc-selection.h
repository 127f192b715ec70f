/* hc-selection.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hc-dataset.h"
#include "hc-table.h"

G_BEGIN_DECLS

/* What a view needs of a table: one figure per entity at one time (bars,
 * circles, the table), each entity at every time of a range (lines,
 * slopes), or parts that add up to a whole at every time (stacked areas). */
typedef enum
{
  HC_SELECTION_ONE_TIME,
  HC_SELECTION_SERIES,
  HC_SELECTION_PARTS,
  HC_SELECTION_PYRAMID,   /* one entity's ages and sexes, every time: see below */
} HcSelectionShape;

/* When a file has more entities than this, a series chart shows the
 * largest HC_SELECTION_DEFAULT_SERIES (and World) unless told which. */
#define HC_SELECTION_MAX_DEFAULT_SERIES 8
#define HC_SELECTION_DEFAULT_SERIES     5

/* What one chart shows of a table. Every field may be left unset: the
 * first measure, the latest time most entities have, the countries when
 * the table also lists aggregates; for a series, every time and the
 * largest few entities. */
typedef struct
{
  char      *measure;      /* a measure's name */
  char     **entities;     /* names or codes; NULL for the default */
  gboolean   has_time;
  double     time;         /* when has_time */
  char      *group;        /* a column to count (records) or add up (measures) by */
  HcTimeKind group_by;     /* a group of dates: by day, month or year; NONE to choose */
  gboolean   aggregates;   /* show aggregates (World, regions) beside countries */
  gboolean   has_range;
  double     from, to;     /* when has_range: the times from @from to @to, both included */
  HcSelectionShape shape;
  char      *divide_by;    /* nullable: a measure to divide by, the same row's (hc-rates.h) */
  double     per;          /* with divide_by: 1, 100, 1000 or 100000; 0 chooses */
} HcSelection;

void        hc_selection_init     (HcSelection       *selection);
void        hc_selection_clear    (HcSelection       *selection);
void        hc_selection_copy     (HcSelection       *dest,
                                   const HcSelection *src);

/* The figures @selection cuts from @table, with the dataset's subtitle
 * saying what they are ("Population, total · 2023 · 217 countries"). An
 * unknown measure, entity, time or column is an error that lists the ones
 * there are; so is a selection with nothing in it, a time or range outside
 * the data (the error states its span), a series of a table without times
 * and parts that do not add up (World stacked on its regions, a rate, or
 * measures that do not make their total).
 *
 * A selection of one time with a range shows the latest time of the range
 * that most entities have. A series names each figure after its series:
 * the entity, or the measure when the parts are measures of one entity. */
HcDataset  *hc_selection_apply    (const HcTable     *table,
                                   const HcSelection *selection,
                                   GError           **error);

/* A population pyramid: one entity's figures by age band and sex, one per
 * band and sex (figure.age the band as written, figure.sex "male" or
 * "female"), at every time of the table, so that a chart can keep its
 * axis over the years; the figures of the time to draw (the selection's,
 * or the latest) come first. Sexes come from a sex column or from two
 * measures named for them (PopMale, PopFemale); totals are left out.
 * An age that is not a band, a sex that is none, a negative population
 * or two rows for one band are errors naming the line and column, in
 * @filename when given. Called by hc_selection_apply() for
 * HC_SELECTION_PYRAMID. */
HcDataset  *hc_selection_apply_pyramid (const HcTable     *table,
                                        const HcSelection *selection,
                                        const char        *filename,
                                        GError           **error);

/* Every observation of @table, one figure per row and measure, in the
 * file's order (what --print writes); for records, the counts. */
HcDataset  *hc_selection_all_observations (const HcTable *table);

/* The times of @table that have a value of the selected measure, in
 * order. */
GArray     *hc_selection_get_times (const HcTable    *table,
                                    const char       *measure);
/* @time as the table writes its times: "2007", "2020-03", "1854-04-01". */
char       *hc_selection_format_time (const HcTable *table,
                                      double         time);
/* The table's entity names, in the order of the file (NULL-terminated). */
char      **hc_selection_list_entities (const HcTable *table);
/* The entity's name as the chart shows it: a country's in the user's
 * language. */
const char *hc_selection_entity_label (const HcTable *table,
                                       guint          row);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HcSelection, hc_selection_clear)

G_END_DECLS
