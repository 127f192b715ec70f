/* hc-dataset-diff.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hc-dataset.h"

G_BEGIN_DECLS

/* What changed between two versions of a file, in one line for a
 * notification: "Serbs 120,000 → 130,000; 1 figure added". Figures are
 * matched by label. At most @max_values changed values are spelled out. */
char *hc_dataset_describe_changes (const HcDataset *before,
                                   const HcDataset *after,
                                   guint            max_values);

/* A dataset between @from and @to, for a chart moving from one to the
 * other (another year): @to's figures, in @to's order, each with the value
 * (and bounds) @t of the way from its value in @from (matched by label,
 * measure, age and sex) to its own; figures @from lacks, or whose values
 * are not both numbers, have their own. NULL when no figure matched, or
 * when either has a figure twice (several years of it), so there is
 * nothing to move. */
HcDataset *hc_dataset_interpolate (const HcDataset *from,
                                   const HcDataset *to,
                                   double           t);

G_END_DECLS
