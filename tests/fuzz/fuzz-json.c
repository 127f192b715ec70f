/* fuzz-json.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON loader over arbitrary bytes.
 */
#include "config.h"

#include <math.h>

#include "hc-loader.h"

#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = hc_loader_load_json ((const char *) data, size, "fuzz.json", &error);

  if (dataset == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == HC_LOAD_ERROR);
      fuzz_check_error_message (error->message, "fuzz.json");
      return 0;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (hc_dataset_get_n_figures (dataset), >, 0);
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);

      g_assert_true (isfinite (figure->value));
      g_assert_nonnull (figure->label);
      g_assert_true (figure->label[0] != '\0');
      g_assert_true (g_utf8_validate (figure->label, -1, NULL));
    }

  return 0;
}
