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
  char            *subtitle;    /* what was cut from a table: "2023 · 217 countries" */
  char            *value_title; /* nullable: "Deaths per 100,000 people" */
  double           per;         /* a dataset of rates: what they are per; else 0 */
  HcTimeKind       time_kind;
  gboolean         ordered;     /* the figures' order is theirs (ages, months) */
  gboolean         has_domain;
  HcValueDomain    domain;      /* when has_domain: the measure over every time */
  HcDataset       *extent;      /* nullable: the entities over every time */
  HcSource         source;
  HcFigure        *figures;   /* a plain array: GArray divides on every append */
  guint            n_figures;
  guint            figures_size;
  GStringChunk    *strings;   /* every string of every figure */

  /* Computed on first use and kept: the dataset no longer changes then,
   * and charts ask on every frame. */
  guint           *order;       /* figure indices, largest value first */
  GPtrArray       *categories;  /* borrowed strings, order of first appearance */
};

G_DEFINE_BOXED_TYPE (HcDataset, hc_dataset, hc_dataset_ref, hc_dataset_unref)

static char *
chunk_nonempty (GStringChunk *chunk,
                const char   *str,
                gboolean      shared)
{
  if (str == NULL || *str == '\0')
    return NULL;

  return shared ? g_string_chunk_insert_const (chunk, str) : g_string_chunk_insert (chunk, str);
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
  self->figures_size = 8;
  self->figures = g_new (HcFigure, self->figures_size);
  /* One block for all the strings instead of a malloc each: a million-row
   * file would otherwise spend a good part of its load time allocating. */
  self->strings = g_string_chunk_new (64 * 1024);

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
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->value_title, g_free);
  g_clear_pointer (&self->source.publisher, g_free);
  g_clear_pointer (&self->source.headline, g_free);
  g_clear_pointer (&self->source.date, g_free);
  g_clear_pointer (&self->source.url, g_free);
  g_clear_pointer (&self->figures, g_free);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->extent, hc_dataset_unref);
  g_clear_pointer (&self->order, g_free);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
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
hc_dataset_set_subtitle (HcDataset  *self,
                         const char *subtitle)
{
  g_return_if_fail (self != NULL);

  g_free (self->subtitle);
  self->subtitle = dup_nonempty (subtitle);
}

void
hc_dataset_set_time_kind (HcDataset  *self,
                          HcTimeKind  kind)
{
  g_return_if_fail (self != NULL);

  self->time_kind = kind;
}

const char *
hc_dataset_get_subtitle (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->subtitle;
}

HcTimeKind
hc_dataset_get_time_kind (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, HC_TIME_NONE);

  return self->time_kind;
}

void
hc_dataset_set_source (HcDataset  *self,
                       const char *publisher,
                       const char *headline,
                       const char *date,
                       const char *url)
{
  g_return_if_fail (self != NULL);

  hc_source_set (&self->source, publisher, headline, date, url);
}

static char *
dup_valid_nonempty (const char *str)
{
  return (str != NULL && *str != '\0') ? g_utf8_make_valid (str, -1) : NULL;
}

void
hc_source_set (HcSource   *source,
               const char *publisher,
               const char *headline,
               const char *date,
               const char *url)
{
  g_return_if_fail (source != NULL);

  hc_source_clear (source);
  source->publisher = dup_valid_nonempty (publisher);
  source->headline = dup_valid_nonempty (headline);
  source->date = dup_valid_nonempty (date);
  source->url = dup_valid_nonempty (url);
}

void
hc_source_clear (HcSource *source)
{
  g_return_if_fail (source != NULL);

  g_clear_pointer (&source->publisher, g_free);
  g_clear_pointer (&source->headline, g_free);
  g_clear_pointer (&source->date, g_free);
  g_clear_pointer (&source->url, g_free);
}

void
hc_dataset_add_figure (HcDataset      *self,
                       const HcFigure *figure)
{
  HcFigure copy = { 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (figure != NULL);
  g_return_if_fail (figure->label != NULL);
  /* The caches would no longer describe the figures. */
  g_return_if_fail (self->order == NULL && self->categories == NULL);

  copy.label = g_string_chunk_insert (self->strings, figure->label);
  copy.value = figure->value;
  /* Categories and units repeat from row to row: one copy each. */
  copy.category = chunk_nonempty (self->strings, figure->category, TRUE);
  copy.unit = chunk_nonempty (self->strings, figure->unit, TRUE);
  copy.quote = chunk_nonempty (self->strings, figure->quote, FALSE);
  copy.note = chunk_nonempty (self->strings, figure->note, TRUE);
  copy.approximate = !!figure->approximate;
  copy.code = chunk_nonempty (self->strings, figure->code, TRUE);
  copy.entity = chunk_nonempty (self->strings, figure->entity, TRUE);
  copy.measure = chunk_nonempty (self->strings, figure->measure, TRUE);
  copy.age = chunk_nonempty (self->strings, figure->age, TRUE);
  copy.sex = chunk_nonempty (self->strings, figure->sex, TRUE);
  copy.has_time = !!figure->has_time;
  copy.time = figure->has_time ? figure->time : 0;
  copy.has_range = !!figure->has_range;
  copy.low = figure->has_range ? figure->low : 0;
  copy.high = figure->has_range ? figure->high : 0;
  copy.has_rate = !!figure->has_rate;
  copy.numerator = figure->has_rate ? figure->numerator : 0;
  copy.denominator = figure->has_rate ? figure->denominator : 0;
  if (self->n_figures == self->figures_size)
    {
      self->figures_size *= 2;
      self->figures = g_renew (HcFigure, self->figures, self->figures_size);
    }
  self->figures[self->n_figures++] = copy;
}

void
hc_dataset_set_rate (HcDataset  *self,
                     const char *value_title,
                     double      per)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (per > 0);

  g_free (self->value_title);
  self->value_title = dup_nonempty (value_title);
  self->per = per;
}

void
hc_dataset_set_ordered (HcDataset *self,
                        gboolean   ordered)
{
  g_return_if_fail (self != NULL);

  self->ordered = !!ordered;
}

gboolean
hc_dataset_is_ordered (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->ordered;
}

void
hc_dataset_copy_properties (HcDataset       *self,
                            const HcDataset *other)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (other != NULL);

  hc_dataset_set_title (self, other->title);
  hc_dataset_set_subtitle (self, other->subtitle);
  hc_dataset_set_time_kind (self, other->time_kind);
  hc_dataset_set_source (self, other->source.publisher, other->source.headline,
                         other->source.date, other->source.url);
  if (other->per > 0)
    hc_dataset_set_rate (self, other->value_title, other->per);
  else
    {
      g_clear_pointer (&self->value_title, g_free);
      self->value_title = g_strdup (other->value_title);
      self->per = 0;
    }
  self->ordered = other->ordered;
  self->has_domain = other->has_domain;
  self->domain = other->domain;
  hc_dataset_set_extent (self, other->extent);
}

gboolean
hc_dataset_is_rate (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->per > 0;
}

double
hc_dataset_get_per (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->per;
}

const char *
hc_dataset_get_value_title (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->value_title;
}

void
hc_dataset_set_value_domain (HcDataset           *self,
                             const HcValueDomain *domain)
{
  g_return_if_fail (self != NULL);

  self->has_domain = domain != NULL;
  if (domain != NULL)
    self->domain = *domain;
}

void
hc_dataset_set_extent (HcDataset *self,
                       HcDataset *extent)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (extent != self);

  if (extent != NULL)
    hc_dataset_ref (extent);
  g_clear_pointer (&self->extent, hc_dataset_unref);
  self->extent = extent;
}

HcDataset *
hc_dataset_get_extent (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->extent;
}

const HcValueDomain *
hc_dataset_get_value_domain (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->has_domain ? &self->domain : NULL;
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

  return self->n_figures;
}

const HcFigure *
hc_dataset_get_figure (const HcDataset *self,
                       guint            index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_figures, NULL);

  return &self->figures[index];
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

  for (guint i = 0; i < self->n_figures; i++)
    {
      double v = self->figures[i].value;

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
 * the empty string. The strings belong to the dataset; unref the array. */
GPtrArray *
hc_dataset_get_categories (const HcDataset *self)
{
  HcDataset *mutable_self = (HcDataset *) self;

  g_return_val_if_fail (self != NULL, g_ptr_array_new ());

  if (g_once_init_enter (&mutable_self->categories))
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      GPtrArray *categories = g_ptr_array_new ();

      for (guint i = 0; i < self->n_figures; i++)
        {
          const HcFigure *figure = &self->figures[i];
          const char *category = figure->category != NULL ? figure->category : "";

          if (g_hash_table_add (seen, (gpointer) category))
            g_ptr_array_add (categories, (gpointer) category);
        }

      g_once_init_leave (&mutable_self->categories, categories);
    }

  return g_ptr_array_ref (self->categories);
}

static int
compare_by_value_desc (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  const HcDataset *self = user_data;
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;
  double va = self->figures[ia].value;
  double vb = self->figures[ib].value;

  if (va > vb)
    return -1;
  if (va < vb)
    return 1;
  /* Stable on ties: keep the file's order. */
  return (ia > ib) - (ia < ib);
}

/* Indices of the figures, largest value first, ties in file order. The
 * array belongs to the dataset. */
const guint *
hc_dataset_peek_order (const HcDataset *self)
{
  HcDataset *mutable_self = (HcDataset *) self;

  g_return_val_if_fail (self != NULL, NULL);

  if (g_once_init_enter (&mutable_self->order))
    {
      guint n = self->n_figures;
      guint *order = g_new (guint, MAX (n, 1));

      for (guint i = 0; i < n; i++)
        order[i] = i;
      g_qsort_with_data (order, n, sizeof (guint), compare_by_value_desc, (gpointer) self);
      g_once_init_leave (&mutable_self->order, order);
    }

  return self->order;
}

/* A copy of hc_dataset_peek_order(), to free with g_free(). */
guint *
hc_dataset_sort_by_value (const HcDataset *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (hc_dataset_peek_order (self), sizeof (guint) * MAX (self->n_figures, 1));
}
