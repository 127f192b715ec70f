/* hc-dataset.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "hc-dataset.h"

struct _HcDataset
{
  gatomicrefcount  ref_count;
  char            *title;
  HcSource         source;
  GArray          *figures;   /* of HcFigure */
};

G_DEFINE_BOXED_TYPE (HcDataset, hc_dataset, hc_dataset_ref, hc_dataset_unref)

static void
hc_figure_clear (gpointer data)
{
  HcFigure *figure = data;

  g_clear_pointer (&figure->label, g_free);
  g_clear_pointer (&figure->category, g_free);
  g_clear_pointer (&figure->unit, g_free);
  g_clear_pointer (&figure->quote, g_free);
  g_clear_pointer (&figure->note, g_free);
}

static char *
dup_nonempty (const char *str)
{
  return (str != NULL && *str != '\0') ? g_strdup (str) : NULL;
}

HcDataset *
hc_dataset_new (const char *title)
{
  HcDataset *self = g_new0 (HcDataset, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup (title != NULL ? title : "");
  self->figures = g_array_new (FALSE, TRUE, sizeof (HcFigure));
  g_array_set_clear_func (self->figures, hc_figure_clear);

  return self;
}

HcDataset *
hc_dataset_ref (HcDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
hc_dataset_unref (HcDataset *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source.publisher, g_free);
  g_clear_pointer (&self->source.headline, g_free);
  g_clear_pointer (&self->source.date, g_free);
  g_clear_pointer (&self->source.url, g_free);
  g_clear_pointer (&self->figures, g_array_unref);
  g_free (self);
}

void
hc_dataset_set_title (HcDataset  *self,
                      const char *title)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
}

void
hc_dataset_set_source (HcDataset  *self,
                       const char *publisher,
                       const char *headline,
                       const char *date,
                       const char *url)
{
  g_return_if_fail (self != NULL);

  g_free (self->source.publisher);
  g_free (self->source.headline);
  g_free (self->source.date);
  g_free (self->source.url);
  self->source.publisher = dup_nonempty (publisher);
  self->source.headline = dup_nonempty (headline);
  self->source.date = dup_nonempty (date);
  self->source.url = dup_nonempty (url);
}

void
hc_dataset_add_figure (HcDataset      *self,
                       const HcFigure *figure)
{
  HcFigure copy = { 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (figure != NULL);
  g_return_if_fail (figure->label != NULL);

  copy.label = g_strdup (figure->label);
  copy.value = figure->value;
  copy.category = dup_nonempty (figure->category);
  copy.unit = dup_nonempty (figure->unit);
  copy.quote = dup_nonempty (figure->quote);
  copy.note = dup_nonempty (figure->note);
  copy.approximate = !!figure->approximate;
  g_array_append_val (self->figures, copy);
}

const char *
hc_dataset_get_title (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

const HcSource *
hc_dataset_get_source (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->source;
}

guint
hc_dataset_get_n_figures (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->figures->len;
}

const HcFigure *
hc_dataset_get_figure (const HcDataset *self,
                       guint            index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->figures->len, NULL);

  return &g_array_index (self->figures, HcFigure, index);
}

/* The smallest positive value and the largest value: what a scale needs.
 * Returns FALSE when no figure is positive. */
gboolean
hc_dataset_get_range (const HcDataset *self,
                      double          *min_positive,
                      double          *max)
{
  double lo = INFINITY;
  double hi = -INFINITY;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->figures->len; i++)
    {
      double v = g_array_index (self->figures, HcFigure, i).value;

      if (!isfinite (v))
        continue;
      if (v > 0 && v < lo)
        lo = v;
      if (v > hi)
        hi = v;
    }

  if (min_positive != NULL)
    *min_positive = lo;
  if (max != NULL)
    *max = hi;

  return isfinite (lo) && hi > 0;
}

/* Categories in the order they first appear; figures without one share
 * the empty string. The strings belong to the dataset. */
GPtrArray *
hc_dataset_get_categories (const HcDataset *self)
{
  GPtrArray *categories = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (self != NULL, categories);

  /* A set, not a search of the list: a file whose every row has its own
   * category would otherwise take time quadratic in its length. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->figures->len; i++)
    {
      const HcFigure *figure = &g_array_index (self->figures, HcFigure, i);
      const char *category = figure->category != NULL ? figure->category : "";

      if (g_hash_table_add (seen, (gpointer) category))
        g_ptr_array_add (categories, (gpointer) category);
    }

  return categories;
}


static int
compare_by_value_desc (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  const HcDataset *self = user_data;
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;
  double va = g_array_index (self->figures, HcFigure, ia).value;
  double vb = g_array_index (self->figures, HcFigure, ib).value;

  if (va > vb)
    return -1;
  if (va < vb)
    return 1;
  /* Stable on ties: keep the file's order. */
  return (ia > ib) - (ia < ib);
}

/* Indices of the figures, largest value first. Free with g_free(). */
guint *
hc_dataset_sort_by_value (const HcDataset *self)
{
  guint n;
  guint *order;

  g_return_val_if_fail (self != NULL, NULL);

  n = self->figures->len;
  order = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), compare_by_value_desc, (gpointer) self);

  return order;
}
