/* hc-table.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hc-dataset.h"

G_BEGIN_DECLS

/* What a column means. A table has at most one column of each key role
 * (entity … category) and any number of measures; low and high bound a
 * measure (HcColumn.bound_of). */
typedef enum
{
  HC_ROLE_IGNORED,      /* read, then set aside: HcColumn.reason says why */
  HC_ROLE_ENTITY,       /* country, region, group: what a figure is of */
  HC_ROLE_CODE,         /* ISO 3166-1 alpha-3 or the publisher's code */
  HC_ROLE_TIME,
  HC_ROLE_AGE,
  HC_ROLE_SEX,
  HC_ROLE_CATEGORY,
  HC_ROLE_MEASURE,
  HC_ROLE_LOW,
  HC_ROLE_HIGH,
  HC_ROLE_UNIT,
  HC_ROLE_QUOTE,
  HC_ROLE_NOTE,
  HC_ROLE_SOURCE,
  HC_N_ROLES
} HcRole;

typedef enum
{
  HC_COLUMN_NUMBER,
  HC_COLUMN_TEXT,
} HcColumnType;

/* Where an entity stands among the others: a country (ISO 3166-1, or
 * Kosovo), an aggregate of countries (World, Arab World, High income,
 * OWID's continents) or something else (Serbs, NATO peace force). */
typedef enum
{
  HC_ENTITY_OTHER,
  HC_ENTITY_COUNTRY,
  HC_ENTITY_AGGREGATE,
  HC_ENTITY_WORLD,
} HcEntityKind;

#define HC_TABLE_NO_TEXT G_MAXUINT32

typedef struct
{
  char          *name;        /* as the file spells it */
  char          *hxl;         /* nullable: the HXL hashtag under the header */
  HcRole         role;
  HcColumnType   type;
  char          *unit;        /* nullable: the measure's unit */
  char          *reason;      /* nullable: why the role was chosen, or why ignored */
  int            bound_of;    /* for low and high: the measure's column; else -1 */
  /* HC_COLUMN_NUMBER: a value per row, NAN when missing. */
  double        *numbers;
  guint8        *approximate; /* nullable: 1 for "≈", per row */
  /* HC_COLUMN_TEXT: an index into @values per row, HC_TABLE_NO_TEXT when
   * missing. */
  guint32       *text;
  GPtrArray     *values;      /* of const char *, owned by the table */
  GHashTable    *dictionary;  /* private: @values' indices while the table is built */
} HcColumn;

/* A column as the file had it, and what became of it: the table's own
 * columns differ when years were headers or measures were named in a
 * column. */
typedef struct
{
  char   *name;
  HcRole  role;
  char   *reason;   /* nullable */
} HcFileColumn;

/* A table is built once by a loader and then shared read-only, like a
 * dataset: a worker thread builds it, the window cuts charts from it. */
typedef struct _HcTable HcTable;

#define HC_TYPE_TABLE (hc_table_get_type ())

GType            hc_table_get_type          (void) G_GNUC_CONST;
HcTable         *hc_table_ref               (HcTable        *self);
void             hc_table_unref             (HcTable        *self);

const char      *hc_table_get_title         (const HcTable  *self);
const HcSource  *hc_table_get_source        (const HcTable  *self);
const char      *hc_table_get_encoding      (const HcTable  *self);
guint            hc_table_get_n_rows        (const HcTable  *self);
guint            hc_table_get_n_columns     (const HcTable  *self);
const HcColumn  *hc_table_get_column        (const HcTable  *self,
                                             guint           index);
/* The column with @role (the first, for measures), or -1. */
int              hc_table_find_role         (const HcTable  *self,
                                             HcRole          role);
int              hc_table_find_column       (const HcTable  *self,
                                             const char     *name);
guint            hc_table_get_n_measures    (const HcTable  *self);
/* The measures in column order; the array belongs to the table. */
const int       *hc_table_get_measures      (const HcTable  *self);
HcTimeKind       hc_table_get_time_kind     (const HcTable  *self);
/* The line of the file a row came from, for messages; 0 when unknown. */
guint            hc_table_get_row_line      (const HcTable  *self,
                                             guint           row);
/* How the file was read, one sentence each ("Years were read from 58
 * column headers."); the array belongs to the table. */
GPtrArray       *hc_table_get_notes         (const HcTable  *self);
/* The file's columns (years as headers left out), in the file's order;
 * the array belongs to the table. */
GArray          *hc_table_get_file_columns  (const HcTable  *self);
/* TRUE when the rows are records to count (a list of people or events):
 * the table has no measure. */
gboolean         hc_table_is_records        (const HcTable  *self);
/* TRUE when the rows are events that each carry a count (UCDP's GED: an
 * id, a date, a country and the dead): entity and time repeat, so the
 * rows are added up by a column rather than shown one by one. */
gboolean         hc_table_is_events         (const HcTable  *self);

/* The text of row @row in the text column @column, or NULL when missing. */
const char      *hc_table_get_text          (const HcTable  *self,
                                             int             column,
                                             guint           row);
HcEntityKind     hc_table_get_entity_kind   (const HcTable  *self,
                                             guint           row);

const char      *hc_role_to_string          (HcRole          role);
gboolean         hc_role_from_string        (const char     *name,
                                             HcRole         *role);
char            *hc_role_list_names         (void);

/* ---- building (loaders only) ---------------------------------------------- */

HcTable         *hc_table_new               (const char     *title);
void             hc_table_set_title         (HcTable        *self,
                                             const char     *title);
void             hc_table_set_source        (HcTable        *self,
                                             const char     *publisher,
                                             const char     *headline,
                                             const char     *date,
                                             const char     *url);
void             hc_table_set_encoding      (HcTable        *self,
                                             const char     *encoding);
void             hc_table_set_time_kind     (HcTable        *self,
                                             HcTimeKind      kind);
void             hc_table_set_events        (HcTable        *self,
                                             gboolean        events);
void             hc_table_add_note          (HcTable        *self,
                                             const char     *note);
/* Columns grow with the rows: call hc_table_set_n_rows() before filling. */
void             hc_table_set_n_rows        (HcTable        *self,
                                             guint           n_rows);
/* Room for @n_rows rows without growing; columns added later get it too. */
void             hc_table_reserve           (HcTable        *self,
                                             guint           n_rows);
void             hc_table_set_row_line      (HcTable        *self,
                                             guint           row,
                                             guint           line);
HcColumn        *hc_table_add_column        (HcTable        *self,
                                             const char     *name,
                                             HcColumnType    type,
                                             HcRole          role);
HcColumn        *hc_table_peek_column       (HcTable        *self,
                                             guint           index);
/* Interns @text in @column's values and returns its index. */
guint32          hc_table_intern            (HcTable        *self,
                                             HcColumn       *column,
                                             const char     *text);
void             hc_table_mark_approximate  (HcTable        *self,
                                             HcColumn       *column,
                                             guint           row);
void             hc_table_set_column_reason (HcTable        *self,
                                             HcColumn       *column,
                                             const char     *reason);
void             hc_table_add_file_column   (HcTable        *self,
                                             const char     *name,
                                             HcRole          role,
                                             const char     *reason);
/* Lists the measures again after roles were changed in place. */
void             hc_table_relist_measures   (HcTable        *self);
/* Marks which entities are countries and aggregates (hc-countries.c);
 * called once all rows are in. */
void             hc_table_finish            (HcTable        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcTable, hc_table_unref)

G_END_DECLS
