/* hc-loader-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hc-loader.h"

G_BEGIN_DECLS

/* What the JSON and CSV loaders share; not for callers of hc-loader.h. */
char *hc_loader_title_from_name (const char *display_name);

/* @label as messages quote it: its first few dozen characters, then "…".
 * A label may be a megabyte long; a message must stay readable. */
char *hc_loader_shorten_label  (const char *label);

HcTable *hc_loader_read_json (const char          *data,
                              gsize                length,
                              const char          *display_name,
                              const HcLoadOptions *options,
                              GError             **error);

G_END_DECLS
