/* hc-export.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hc-chart.h"
#include "hc-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  HC_EXPORT_PNG,
  HC_EXPORT_SVG,
  HC_EXPORT_PDF,
} HcExportFormat;

#define HC_EXPORT_MIN_SIZE     16
#define HC_EXPORT_MAX_SIZE     16384
#define HC_EXPORT_MAX_SCALE    3
#define HC_EXPORT_DEFAULT_WIDTH  1600
#define HC_EXPORT_DEFAULT_HEIGHT 1000

typedef struct
{
  HcExportFormat format;
  int            width;    /* in chart units; a PNG is width × scale pixels wide */
  int            height;
  int            scale;    /* 1, 2 or 3 */
  HcTheme        theme;
  HcChartOptions chart;
} HcExportSettings;

void        hc_export_settings_init    (HcExportSettings       *settings);
gboolean    hc_export_settings_check   (const HcExportSettings *settings,
                                        GError                **error);
gboolean    hc_export_format_from_name (const char             *name,
                                        HcExportFormat         *format);
HcExportFormat hc_export_format_for_path (const char           *path,
                                        HcExportFormat          fallback);
const char *hc_export_format_to_string (HcExportFormat          format);

/* The whole file in memory: nothing touches the disk until it is complete. */
GBytes     *hc_export_to_bytes         (const HcDataset        *dataset,
                                        const HcExportSettings *settings,
                                        GError                **error);

/* Writes atomically: a temporary file in the same directory, renamed over
 * @path only once complete. "-" writes to standard output. */
gboolean    hc_export_to_path          (const HcDataset        *dataset,
                                        const HcExportSettings *settings,
                                        const char             *path,
                                        GError                **error);

/* @path with @number before its extension: "out.png", "1990" → "out-1990.png". */
char       *hc_export_numbered_path    (const char             *path,
                                        const char             *number);

gboolean    hc_write_file_atomically   (const char             *path,
                                        GBytes                 *bytes,
                                        GError                **error);

G_END_DECLS
