/* hc-cli.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hc-dataset.h"
#include "hc-table.h"

G_BEGIN_DECLS

/* Runs the headless commands (--export, --print, --describe) when @options asks for
 * one, without opening a display. Returns the exit status, or -1 when
 * the window should open instead. */
int                 hc_cli_handle             (GVariantDict *options);
const GOptionEntry *hc_cli_get_option_entries (void);
char               *hc_cli_format_figures     (const HcDataset *dataset);
char               *hc_cli_describe_table     (const HcTable   *table);

G_END_DECLS
