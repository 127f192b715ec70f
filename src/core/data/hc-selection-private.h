/* hc-selection-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the rates share with the cut: the numerators of a rate, cut with
 * the domain of the rates over every time.
 */
#pragma once

#include "hc-selection.h"

G_BEGIN_DECLS

/* hc_selection_apply() of @selection (which divides by nothing), with a
 * value domain on the dataset that is that of the ratios of its measure
 * to the measure @denominator, row by row, over every time (per 1): a cut
 * of one time from a table of several. When @ratios is not NULL, every
 * one of those ratios is appended to it (of double). */
HcDataset  *hc_selection_apply_numerators (const HcTable     *table,
                                           const HcSelection *selection,
                                           int                denominator,
                                           GArray            *ratios,
                                           GError           **error);

G_END_DECLS
