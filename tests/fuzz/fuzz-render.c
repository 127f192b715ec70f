/* fuzz-render.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever loads must draw: the loader picks the format from the bytes,
 * then every view draws the dataset on a tiny and on a normal canvas.
 */
#include "config.h"

#include "hc-loader.h"
#include "render-check.h"

#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = hc_loader_load_data ((const char *) data, size, "fuzz", HC_FORMAT_UNKNOWN, &error);
  if (dataset == NULL)
    {
      g_assert_nonnull (error);
      fuzz_check_error_message (error->message, "fuzz");
      return 0;
    }

  render_check_all_views (dataset, 64, 48);
  render_check_all_views (dataset, 480, 320);

  return 0;
}
