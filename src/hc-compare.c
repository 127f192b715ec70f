/* hc-compare.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hc-compare.h"
#include "hc-number.h"

/* Below this a ratio reads as "as many as": "1 for every 1 …" says nothing. */
#define SAME_RATIO 1.05

/* Ratios under ten keep one decimal ("7.5"); above, whole numbers are what
 * a reader can hold in mind, and the inputs are rarely that precise. */
static char *
format_ratio (double ratio)
{
  return hc_number_format_full (ratio, ratio < 10 ? 1 : 0, FALSE);
}

char *
hc_compare_sentence (const HcFigure *figure,
                     const HcFigure *other)
{
  g_autofree char *value = NULL;
  g_autofree char *other_value = NULL;
  g_autofree char *ratio_text = NULL;
  gboolean approximate;
  double ratio;

  g_return_val_if_fail (figure != NULL, NULL);
  g_return_val_if_fail (other != NULL, NULL);

  /* One "about" for the whole sentence reads better than a "≈" on every
   * number; the figures themselves carry their "≈" in the table. */
  value = hc_number_format (figure->value, FALSE);
  other_value = hc_number_format (other->value, FALSE);

  /* A ratio needs two positive, finite amounts; anything else would read
   * as nonsense ("1 for every −3"). */
  if (!(figure->value > 0) || !(other->value > 0) || !isfinite (figure->value) ||
      !isfinite (other->value))
    /* Translators: the first and third %s are numbers, the others labels. */
    return g_strdup_printf (_("%s %s and %s %s cannot be compared as a ratio"),
                            value, figure->label, other_value, other->label);

  approximate = figure->approximate || other->approximate;

  if (other->value >= figure->value)
    {
      ratio = other->value / figure->value;
      if (ratio < SAME_RATIO)
        /* Translators: "16,000 NATO peace force: as many as 16,000 troops" */
        return g_strdup_printf (_("%s %s: as many as %s %s"),
                                value, figure->label, other_value, other->label);

      ratio_text = format_ratio (ratio);
      if (approximate)
        /* Translators: "16,000 NATO peace force: about 1 for every 125 Ethnic
         * Albanians"; the first and third %s are numbers, the others labels. */
        return g_strdup_printf (_("%s %s: about 1 for every %s %s"),
                                value, figure->label, ratio_text, other->label);
      /* Translators: "16,000 NATO peace force: 1 for every 125 Ethnic Albanians";
       * the first and third %s are numbers, the others labels. */
      return g_strdup_printf (_("%s %s: 1 for every %s %s"),
                              value, figure->label, ratio_text, other->label);
    }

  ratio = figure->value / other->value;
  if (ratio < SAME_RATIO)
    return g_strdup_printf (_("%s %s: as many as %s %s"),
                            value, figure->label, other_value, other->label);

  ratio_text = format_ratio (ratio);
  if (approximate)
    /* Translators: "2,000,000 is about 17× 120,000 Serbs": the first three %s
     * are numbers, the last a label. */
    return g_strdup_printf (_("%s is about %s× %s %s"), value, ratio_text, other_value, other->label);
  /* Translators: "2,000,000 is 1,250× 1,600 EU police officers": the first
   * three %s are numbers, the last a label. */
  return g_strdup_printf (_("%s is %s× %s %s"), value, ratio_text, other_value, other->label);
}

GPtrArray *
hc_compare_sentences (const HcDataset *dataset,
                      guint            index,
                      guint            max)
{
  GPtrArray *sentences;
  const HcFigure *figure;
  guint n;

  g_return_val_if_fail (dataset != NULL, NULL);

  n = hc_dataset_get_n_figures (dataset);
  sentences = g_ptr_array_new_with_free_func (g_free);
  g_return_val_if_fail (index < n, sentences);

  figure = hc_dataset_get_figure (dataset, index);
  for (guint i = 0; i < n && sentences->len < max; i++)
    if (i != index)
      g_ptr_array_add (sentences, hc_compare_sentence (figure, hc_dataset_get_figure (dataset, i)));

  if (n - 1 > sentences->len)
    {
      guint rest = n - 1 - sentences->len;

      g_ptr_array_add (sentences,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "… and %u more figure",
                                                     "… and %u more figures", rest), rest));
    }

  return sentences;
}

double *
hc_compare_category_shares (const HcDataset *dataset)
{
  g_autoptr(GHashTable) totals = NULL;
  double *shares;
  guint n;

  g_return_val_if_fail (dataset != NULL, NULL);

  n = hc_dataset_get_n_figures (dataset);
  shares = g_new (double, MAX (n, 1));
  totals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < n; i++)
    {
      const HcFigure *f = hc_dataset_get_figure (dataset, i);
      double *total;

      if (f->category == NULL || !isfinite (f->value))
        continue;

      total = g_hash_table_lookup (totals, f->category);
      if (total == NULL)
        {
          total = g_new0 (double, 1);
          g_hash_table_insert (totals, f->category, total);
        }
      *total += f->value;
    }

  for (guint i = 0; i < n; i++)
    {
      const HcFigure *f = hc_dataset_get_figure (dataset, i);
      const double *total = f->category != NULL ? g_hash_table_lookup (totals, f->category) : NULL;

      /* A negative figure has no "share" a reader could picture. */
      if (total == NULL || !(*total > 0) || !isfinite (f->value) || f->value < 0)
        shares[i] = -1;
      else
        shares[i] = f->value / *total;
    }

  return shares;
}
