/* hc-dataset-diff.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-dataset-diff.h"
#include "hc-number.h"

/* Label → figure, first occurrence wins: a file with duplicate labels
 * still gets a sensible summary. */
static GHashTable *
index_by_label (const HcDataset *dataset)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);

      if (!g_hash_table_contains (index, figure->label))
        g_hash_table_insert (index, figure->label, (gpointer) figure);
    }

  return index;
}

static void
append_part (GString    *text,
             const char *part)
{
  if (text->len > 0)
    g_string_append (text, "; ");
  g_string_append (text, part);
}

char *
hc_dataset_describe_changes (const HcDataset *before,
                             const HcDataset *after,
                             guint            max_values)
{
  g_autoptr(GHashTable) old_index = NULL;
  g_autoptr(GHashTable) new_index = NULL;
  GString *text = g_string_new (NULL);
  guint changed = 0, added = 0, removed = 0;

  g_return_val_if_fail (before != NULL, NULL);
  g_return_val_if_fail (after != NULL, NULL);

  old_index = index_by_label (before);
  new_index = index_by_label (after);

  /* In the new file's order, so the summary reads like the file. */
  for (guint i = 0; i < hc_dataset_get_n_figures (after); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (after, i);
      const HcFigure *old;

      if (g_hash_table_lookup (new_index, figure->label) != figure)
        continue;

      old = g_hash_table_lookup (old_index, figure->label);
      if (old == NULL)
        {
          added++;
          continue;
        }

      if (old->value == figure->value && old->approximate == figure->approximate)
        continue;

      if (changed++ < max_values)
        {
          g_autofree char *from = hc_number_format (old->value, old->approximate);
          g_autofree char *to = hc_number_format (figure->value, figure->approximate);
          g_autofree char *part = g_strdup_printf ("%s %s → %s", figure->label, from, to);

          append_part (text, part);
        }
    }

  for (guint i = 0; i < hc_dataset_get_n_figures (before); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (before, i);

      if (g_hash_table_lookup (old_index, figure->label) == figure &&
          !g_hash_table_contains (new_index, figure->label))
        removed++;
    }

  if (changed > max_values)
    {
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more value changed",
                                                            "%u more values changed",
                                                            changed - max_values),
                                               changed - max_values);
      append_part (text, part);
    }
  if (added > 0)
    {
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u figure added",
                                                            "%u figures added", added),
                                               added);
      append_part (text, part);
    }
  if (removed > 0)
    {
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u figure removed",
                                                            "%u figures removed", removed),
                                               removed);
      append_part (text, part);
    }
  if (text->len == 0)
    g_string_append (text, _("no figures changed"));

  return g_string_free (text, FALSE);
}

static char *
figure_key (const HcFigure *figure)
{
  return g_strjoin ("\x1f", figure->label, figure->measure != NULL ? figure->measure : "",
                    figure->age != NULL ? figure->age : "", figure->sex != NULL ? figure->sex : "",
                    NULL);
}

static double
between (double a,
         double b,
         double t)
{
  return a + (b - a) * t;
}

HcDataset *
hc_dataset_interpolate (const HcDataset *from,
                        const HcDataset *to,
                        double           t)
{
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(HcDataset) result = NULL;
  guint matched = 0;

  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  t = CLAMP (t, 0.0, 1.0);
  index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < hc_dataset_get_n_figures (from); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (from, i);
      char *key = figure_key (figure);

      /* The same figure twice (several years of it): which one moves
       * where is not clear, so nothing does. */
      if (g_hash_table_contains (index, key))
        {
          g_free (key);
          return NULL;
        }
      g_hash_table_insert (index, key, (gpointer) figure);
    }
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  result = hc_dataset_new (NULL);
  hc_dataset_copy_properties (result, to);

  for (guint i = 0; i < hc_dataset_get_n_figures (to); i++)
    {
      HcFigure figure = *hc_dataset_get_figure (to, i);
      char *key = figure_key (&figure);
      const HcFigure *before = g_hash_table_lookup (index, key);

      if (!g_hash_table_add (seen, key))
        return NULL;

      if (before != NULL && isfinite (before->value) && isfinite (figure.value))
        {
          figure.value = between (before->value, figure.value, t);
          if (before->has_range && figure.has_range)
            {
              figure.low = between (before->low, figure.low, t);
              figure.high = between (before->high, figure.high, t);
            }
          matched++;
        }
      hc_dataset_add_figure (result, &figure);
    }

  return matched > 0 ? g_steal_pointer (&result) : NULL;
}
