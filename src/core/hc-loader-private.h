/* hc-loader-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hc-loader.h"

G_BEGIN_DECLS

char *hc_loader_title_from_name (const char *display_name);

G_END_DECLS
