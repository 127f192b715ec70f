/* hc-figure-item.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hc-figure-item.h"

/* One row of the table. It points into the dataset rather than copying the
 * figure: datasets never change once loaded. The properties exist so that
 * the column sorters can reach the values through GtkPropertyExpression. */
struct _HcFigureItem
{
  GObject    parent_instance;

  /* Owned references */
  HcDataset *dataset;

  guint      index;
  double     share;
};

G_DEFINE_FINAL_TYPE (HcFigureItem, hc_figure_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_VALUE,
  PROP_CATEGORY,
  PROP_SHARE,
  PROP_APPROXIMATE,
  PROP_QUOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

HcFigureItem *
hc_figure_item_new (HcDataset *dataset,
                    guint      index,
                    double     share)
{
  HcFigureItem *self;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (index < hc_dataset_get_n_figures (dataset), NULL);

  self = g_object_new (HC_TYPE_FIGURE_ITEM, NULL);
  self->dataset = hc_dataset_ref (dataset);
  self->index = index;
  self->share = share;

  return self;
}

static void
hc_figure_item_finalize (GObject *object)
{
  HcFigureItem *self = HC_FIGURE_ITEM (object);

  g_clear_pointer (&self->dataset, hc_dataset_unref);

  G_OBJECT_CLASS (hc_figure_item_parent_class)->finalize (object);
}

static void
hc_figure_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HcFigureItem *self = HC_FIGURE_ITEM (object);
  const HcFigure *figure = hc_figure_item_get_figure (self);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, figure->label);
      break;
    case PROP_VALUE:
      g_value_set_double (value, figure->value);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, figure->category);
      break;
    case PROP_SHARE:
      g_value_set_double (value, self->share);
      break;
    case PROP_APPROXIMATE:
      g_value_set_boolean (value, figure->approximate);
      break;
    case PROP_QUOTE:
      g_value_set_string (value, figure->quote);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_figure_item_class_init (HcFigureItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hc_figure_item_finalize;
  object_class->get_property = hc_figure_item_get_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARE] =
    g_param_spec_double ("share", NULL, NULL, -1, G_MAXDOUBLE, -1,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPROXIMATE] =
    g_param_spec_boolean ("approximate", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hc_figure_item_init (HcFigureItem *self)
{
  self->share = -1;
}

HcDataset *
hc_figure_item_get_dataset (HcFigureItem *self)
{
  g_return_val_if_fail (HC_IS_FIGURE_ITEM (self), NULL);

  return self->dataset;
}

guint
hc_figure_item_get_index (HcFigureItem *self)
{
  g_return_val_if_fail (HC_IS_FIGURE_ITEM (self), 0);

  return self->index;
}

const HcFigure *
hc_figure_item_get_figure (HcFigureItem *self)
{
  g_return_val_if_fail (HC_IS_FIGURE_ITEM (self), NULL);

  return hc_dataset_get_figure (self->dataset, self->index);
}

double
hc_figure_item_get_share (HcFigureItem *self)
{
  g_return_val_if_fail (HC_IS_FIGURE_ITEM (self), -1);

  return self->share;
}
