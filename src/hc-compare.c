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

/* Whether the figures can be added up: none negative or undefined, and all
 * of one time (a total across years would count the same people twice). */
static gboolean
can_total (const HcDataset *dataset,
           double          *total,
           gboolean        *approximate)
{
  guint n = hc_dataset_get_n_figures (dataset);
  const HcFigure *first = n > 0 ? hc_dataset_get_figure (dataset, 0) : NULL;

  *total = 0;
  *approximate = FALSE;
  /* Rates do not add up to a total. */
  if (hc_dataset_is_rate (dataset))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const HcFigure *f = hc_dataset_get_figure (dataset, i);

      if (!isfinite (f->value) || f->value < 0)
        return FALSE;
      if (f->has_time != first->has_time || (f->has_time && f->time != first->time))
        return FALSE;
      *total += f->value;
      *approximate |= f->approximate;
    }

  return isfinite (*total) && *total > 0;
}

/* "120,000 Serbs: about 5.6 % of the total, 2,147,600" */
static char *
total_sentence (const HcFigure *figure,
                double          total,
                gboolean        approximate)
{
  g_autofree char *value = hc_number_format (figure->value, FALSE);
  g_autofree char *share = hc_number_format_percent (figure->value / total);
  g_autofree char *total_text = hc_number_format (total, FALSE);

  if (approximate || figure->approximate)
    /* Translators: "120,000 Serbs: about 5.6 % of the total, 2,147,600":
     * a number, a label, a percentage and a number. */
    return g_strdup_printf (_("%s %s: about %s of the total, %s"), value, figure->label, share, total_text);
  /* Translators: "16,000 NATO peace force: 0.7 % of the total, 2,147,600":
   * a number, a label, a percentage and a number. */
  return g_strdup_printf (_("%s %s: %s of the total, %s"), value, figure->label, share, total_text);
}

typedef struct
{
  guint       other;
  const char *role;
} Pick;

GPtrArray *
hc_compare_highlights (const HcDataset *dataset,
                       guint            index,
                       guint            all_up_to)
{
  g_autofree char *rank = NULL;
  g_autofree char *count = NULL;
  GPtrArray *sentences;
  const HcFigure *figure;
  const guint *order;
  double total;
  gboolean approximate;
  guint n, position = 0;
  Pick picks[4];
  guint n_picks = 0;

  g_return_val_if_fail (dataset != NULL, NULL);

  n = hc_dataset_get_n_figures (dataset);
  sentences = g_ptr_array_new_with_free_func (g_free);
  g_return_val_if_fail (index < n, sentences);

  figure = hc_dataset_get_figure (dataset, index);
  order = hc_dataset_peek_order (dataset);

  /* A few others: each is worth a line. */
  if (n - 1 <= all_up_to)
    {
      for (guint i = 0; i < n; i++)
        if (order[i] != index)
          g_ptr_array_add (sentences, hc_compare_sentence (figure, hc_dataset_get_figure (dataset, order[i])));
      return sentences;
    }

  /* Many: where it ranks, then the figures a reader measures it against.
   * One pass to find it, so a click stays quick on a million rows. */
  while (position < n && order[position] != index)
    position++;

  rank = hc_number_format (position + 1, FALSE);
  count = hc_number_format (n, FALSE);
  /* Translators: "Serbs: number 2 of 17,000, largest first" */
  g_ptr_array_add (sentences, g_strdup_printf (_("%s: number %s of %s, largest first"),
                                               figure->label, rank, count));

  /* Translators: the following four follow a comparison sentence, in
   * brackets: which other figure it was compared with. */
  if (position > 0)
    picks[n_picks++] = (Pick) { order[0], N_("the largest") };
  if (position > 1)
    picks[n_picks++] = (Pick) { order[position - 1], N_("the next larger") };
  if (position + 2 < n)
    picks[n_picks++] = (Pick) { order[position + 1], N_("the next smaller") };
  if (position + 1 < n)
    picks[n_picks++] = (Pick) { order[n - 1], N_("the smallest") };

  for (guint i = 0; i < n_picks; i++)
    {
      g_autofree char *sentence = hc_compare_sentence (figure, hc_dataset_get_figure (dataset, picks[i].other));

      /* Translators: "16,000 NATO peace force: 1 for every 125 Ethnic
       * Albanians (the largest)": a sentence and which figure it names. */
      g_ptr_array_add (sentences, g_strdup_printf (_("%s (%s)"), sentence, _(picks[i].role)));
    }

  if (can_total (dataset, &total, &approximate))
    g_ptr_array_add (sentences, total_sentence (figure, total, approximate));

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
  /* Nor are rates shares of one another. */
  if (hc_dataset_is_rate (dataset))
    {
      for (guint i = 0; i < n; i++)
        shares[i] = -1;
      return shares;
    }

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
