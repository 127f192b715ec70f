/* hc-rates.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hc-selection.h"

G_BEGIN_DECLS

/* What a rate may be given per: 1, 100 (percent), 1,000, 100,000. */
gboolean    hc_rates_per_is_valid      (double          per);
/* The per that makes the typical (median) of @ratios, figures divided by
 * their denominators, read as a number of at least 1: 10,000 dead of 2.2
 * million is 4.5 per 1,000. 1,000 when there are none. */
double      hc_rates_choose_per        (const double   *ratios,
                                        guint           n);
/* "1,000", "100,000" in the user's locale; "100" for percent. */
char       *hc_rates_format_per        (double          per);

/* The measure of @table that holds a population ("Population",
 * "PopTotal", "SP.POP.TOTL"), the one to offer as a denominator; -1 when
 * none does. */
int         hc_rates_find_population   (const HcTable  *table);
/* The measure named @name (exactly, else in any case), or -1. */
int         hc_rates_find_measure      (const HcTable  *table,
                                        const char     *name);

/* hc_selection_apply() of a selection with divide_by: each figure divided
 * by the denominator of its own row, the same entity at the same time,
 * times the per. A figure without a denominator, or with one of zero or
 * less, is left out and the subtitle says how many were; a stack or a
 * sum by group of rates is an error, as rates do not add up. A cut of
 * one time of several is given per what suits the rates of every time,
 * and carries their value domain (hc_dataset_get_value_domain()), so
 * that it reads the same as the years go by. */
HcDataset  *hc_rates_apply             (const HcTable     *table,
                                        const HcSelection *selection,
                                        GError           **error);

G_END_DECLS
