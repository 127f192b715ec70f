/* hc-loader.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hc-dataset.h"
#include "hc-error.h"
#include "hc-table.h"

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

/* How to read a file; all fields may be left zero. */
typedef struct
{
  const char          *encoding;   /* NULL: UTF-8, else the locale's, else Windows-1252 */
  const char * const  *roles;      /* NULL-terminated "COLUMN=ROLE" overrides, or NULL */
  guint64              max_size;   /* 0: HC_LOADER_DEFAULT_MAX_SIZE */
} HcLoadOptions;

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

/* Files as tables: every column with its role. hc_loader_load_*() above
 * return the chart of such a table's default selection. */
HcTable    *hc_loader_read_data     (const char          *data,
                                     gsize                length,
                                     const char          *display_name,
                                     HcFormat             format,
                                     const HcLoadOptions *options,
                                     GCancellable        *cancellable,
                                     GError             **error);
HcTable    *hc_loader_read_path     (const char          *path,
                                     const HcLoadOptions *options,
                                     GCancellable        *cancellable,
                                     GError             **error);
HcTable    *hc_loader_read_default  (GError             **error);

/* The bundled figures format alone (the fuzz target's way in). */
HcDataset  *hc_loader_load_json     (const char    *data,
                                     gsize          length,
                                     const char    *display_name,
                                     GError       **error);

G_END_DECLS
