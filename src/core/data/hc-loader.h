/* hc-loader.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hc-dataset.h"
#include "hc-error.h"

G_BEGIN_DECLS

typedef enum
{
  HC_FORMAT_UNKNOWN,
  HC_FORMAT_CSV,
  HC_FORMAT_JSON,
} HcFormat;

/* The resource path of the dataset shown when no file is given. */
#define HC_DEFAULT_DATASET_RESOURCE "/io/github/headcount/Headcount/datasets/kosovo-2007.json"
#define HC_DEFAULT_DATASET_NAME     "kosovo-2007.json"

/* Files larger than this are refused unless the caller raises the limit. */
#define HC_LOADER_DEFAULT_MAX_SIZE  (G_GUINT64_CONSTANT (512) * 1024 * 1024)

HcFormat    hc_loader_detect_format (const char    *filename,
                                     const char    *data,
                                     gsize          length);

/* @display_name names the input in error messages ("FILE:LINE:COL: …"). */
HcDataset  *hc_loader_load_data     (const char    *data,
                                     gsize          length,
                                     const char    *display_name,
                                     HcFormat       format,
                                     GError       **error);
HcDataset  *hc_loader_load_path     (const char    *path,
                                     guint64        max_size,
                                     GError       **error);
HcDataset  *hc_loader_load_path_cancellable (const char    *path,
                                             guint64        max_size,
                                             GCancellable  *cancellable,
                                             GError       **error);
HcDataset  *hc_loader_load_default  (GError       **error);

/* The format-specific halves; @data need not be NUL-terminated. */
HcDataset  *hc_loader_load_json     (const char    *data,
                                     gsize          length,
                                     const char    *display_name,
                                     GError       **error);
HcDataset  *hc_loader_load_csv      (const char    *data,
                                     gsize          length,
                                     const char    *display_name,
                                     GError       **error);

G_END_DECLS
