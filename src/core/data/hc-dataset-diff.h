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

G_END_DECLS
