/* hc-table-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the table readers share: role guessing (hc-table-roles.c), times
 * (hc-time.c) and turning read columns into a table (hc-table-shape.c).
 */
#pragma once

#include <gio/gio.h>

#include "hc-loader.h"
#include "hc-table.h"

G_BEGIN_DECLS

/* A column's role not decided yet, while reading. */
#define HC_ROLE_UNDECIDED HC_N_ROLES

char      *hc_table_normalize_name      (const char   *name);
gboolean   hc_table_name_is_value       (const char   *name);
gboolean   hc_table_name_is_approximate (const char   *name);
HcRole     hc_table_role_from_name      (const char   *name,
                                         gboolean     *is_measure_name,
                                         gboolean     *is_id);
HcRole     hc_table_role_from_hxl       (const char   *tag,
                                         gboolean     *is_measure_name);
gboolean   hc_table_bound_stem          (const char   *name,
                                         char        **stem,
                                         HcRole       *role);
char      *hc_table_measure_stem        (const char   *name);
int        hc_table_header_year         (const char   *header);
gboolean   hc_table_is_missing_text     (const char   *text);

/* "1960" → 1960 (year); "2020-03" → month; "1854-04-01" → day. FALSE when
 * @text is none of these. */
gboolean   hc_time_parse                (const char   *text,
                                         double       *time,
                                         HcTimeKind   *kind);
/* The time as the file would write it, at @kind's resolution. */
char      *hc_time_format_plain         (double        time,
                                         HcTimeKind    kind);

/* Decides the roles of the columns of @raw (read from a file: names, HXL
 * tags and typed values, roles undecided or set by the header), applies
 * @options' role overrides, and reshapes it: years as headers become a
 * time column, a column of measure names becomes measures. Returns the
 * table to use, which may be @raw itself. */
HcTable   *hc_table_shape               (HcTable             *raw,
                                         const char          *display_name,
                                         const HcLoadOptions *options,
                                         GError             **error);

/* Bounds given a role by --role bound the measure nearest before them. */
void       hc_table_pair_chosen_bounds  (HcTable             *raw);
/* A lower bound above its upper bound, or a figure outside its bounds, is
 * an error naming the line. */
gboolean   hc_table_check_bounds        (const HcTable       *table,
                                         const char          *display_name,
                                         GError             **error);

HcTable   *hc_table_read_csv            (const char          *data,
                                         gsize                length,
                                         const char          *display_name,
                                         const HcLoadOptions *options,
                                         GCancellable        *cancellable,
                                         GError             **error);
HcTable   *hc_table_read_json_records   (gpointer             json_array,
                                         gpointer             positions_ctx,
                                         const char          *display_name,
                                         const HcLoadOptions *options,
                                         GError             **error);
/* A figures file (the article's five figures) as the simplest table:
 * entity, category, one measure, unit, quote and note. */
HcTable   *hc_table_new_from_dataset    (const HcDataset     *dataset);

G_END_DECLS
