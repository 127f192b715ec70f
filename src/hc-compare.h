/* hc-compare.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hc-dataset.h"

G_BEGIN_DECLS

/* How @other compares with @figure, in words a reader can picture:
 * "16,000 NATO peace force: 1 for every 125 Ethnic Albanians" when @other
 * is the larger, "2,000,000 is 1,250× 1,600 EU police officers" when it is
 * the smaller. A ratio with an approximate figure in it says "about". No GTK here, so the wording can be unit-tested. */
char      *hc_compare_sentence        (const HcFigure  *figure,
                                       const HcFigure  *other);

/* One sentence for each figure of @dataset other than @index, in dataset
 * order, at most @max of them; when there are more, a last line says how
 * many were left out (a table of a million rows must not build a million
 * sentences on every click). */
GPtrArray *hc_compare_sentences       (const HcDataset *dataset,
                                       guint            index,
                                       guint            max);

/* What a reader wants to know about figure @index of @dataset: with up to
 * @all_up_to others, how it compares with each, largest first; with more,
 * its rank, how it compares with the largest, the next larger, the next
 * smaller and the smallest, and its part of the total (when the figures
 * can be added up: none negative, all of one time). A few lines however
 * big the table, in one pass over it. */
GPtrArray *hc_compare_highlights      (const HcDataset *dataset,
                                       guint            index,
                                       guint            all_up_to);

/* For each figure, its part of the total of its category, from 0 to 1, or
 * a negative number when it has no category or the total is not positive.
 * One pass over the data, so big tables stay quick. Free with g_free(). */
double    *hc_compare_category_shares (const HcDataset *dataset);

G_END_DECLS
