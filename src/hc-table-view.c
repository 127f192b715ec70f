/* hc-table-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hc-compare.h"
#include "hc-figure-item.h"
#include "hc-number.h"
#include "hc-table-view.h"

struct _HcTableView
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkColumnView      *column_view;
  GtkLabel           *heading_label;
  GtkLabel           *comparison_label;

  /* Owned references */
  HcDataset          *dataset;
  GListStore         *store;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
};

/* Up to this many others, each gets its line; past it, the few that say
 * most (hc_compare_highlights()). */
#define COMPARE_ALL_UP_TO 8

G_DEFINE_FINAL_TYPE (HcTableView, hc_table_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  COLUMN_LABEL,
  COLUMN_VALUE,
  COLUMN_CATEGORY,
  COLUMN_SHARE,
  COLUMN_APPROXIMATE,
  COLUMN_QUOTE,
} Column;

GtkWidget *
hc_table_view_new (void)
{
  return g_object_new (HC_TYPE_TABLE_VIEW, NULL);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = column == COLUMN_VALUE || column == COLUMN_SHARE;

  /* Numbers line up on their last digit, as in any printed table. */
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  /* Only the quote gives way in a narrow window; the short columns stay
   * whole and the table scrolls sideways when even that is not enough. */
  if (column == COLUMN_QUOTE)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 24);
    }
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (column == COLUMN_APPROXIMATE)
    gtk_label_set_xalign (GTK_LABEL (label), 0.5);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  HcFigureItem *item = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  const HcFigure *figure = hc_figure_item_get_figure (item);
  g_autofree char *text = NULL;
  const char *tooltip = NULL;
  const char *spoken;

  switch (column)
    {
    case COLUMN_LABEL:
      text = g_strdup (figure->label);
      tooltip = figure->note;
      break;
    case COLUMN_VALUE:
      text = hc_number_format (figure->value, FALSE);
      break;
    case COLUMN_CATEGORY:
      text = g_strdup (figure->category);
      break;
    case COLUMN_SHARE:
      if (hc_figure_item_get_share (item) >= 0)
        text = hc_number_format_percent (hc_figure_item_get_share (item));
      break;
    case COLUMN_APPROXIMATE:
      text = g_strdup (figure->approximate ? "≈" : NULL);
      break;
    case COLUMN_QUOTE:
      /* Quotes run long: the cell shows the start and the tooltip all of it. */
      text = g_strdup (figure->quote);
      tooltip = figure->quote;
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);

  /* What a screen reader says for the cell: "≈" in words, and something
   * for an empty cell, which GTK would otherwise name "GtkLabel". */
  if (column == COLUMN_APPROXIMATE)
    spoken = figure->approximate ? _("approximate") : _("exact");
  else if (text == NULL || *text == '\0')
    /* Translators: an empty cell of the table, to a screen reader */
    spoken = _("none");
  else
    spoken = text;
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static void
add_column (HcTableView *self,
            Column       column,
            const char  *id,
            const char  *title,
            const char  *property,
            gboolean     numeric,
            gboolean     expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  GtkExpression *expression;
  GtkSorter *sorter;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (column));

  expression = gtk_property_expression_new (HC_TYPE_FIGURE_ITEM, NULL, property);
  if (numeric)
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));

  view_column = gtk_column_view_column_new (title, g_steal_pointer (&factory));
  /* gtk_column_view_column_set_id() needs GTK 4.10. */
  g_object_set_data (G_OBJECT (view_column), "hc-column-id", (gpointer) id);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (sorter);
}

static GtkColumnViewColumn *
find_column (HcTableView *self,
             const char  *id)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "hc-column-id"), id) == 0)
        return column;
    }

  return NULL;
}

/* Only the columns the data has: a plain label,value file would otherwise
 * show four empty ones. Label and value are always there. */
static void
update_columns (HcTableView  *self,
                const double *shares)
{
  gboolean category = FALSE, share = FALSE, approximate = FALSE, quote = FALSE;
  guint n = self->dataset != NULL ? hc_dataset_get_n_figures (self->dataset) : 0;

  for (guint i = 0; i < n && !(category && share && approximate && quote); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (self->dataset, i);

      category |= figure->category != NULL;
      share |= shares[i] >= 0;
      approximate |= figure->approximate;
      quote |= figure->quote != NULL;
    }

  gtk_column_view_column_set_visible (find_column (self, HC_TABLE_COLUMN_CATEGORY), category);
  gtk_column_view_column_set_visible (find_column (self, HC_TABLE_COLUMN_SHARE), share);
  gtk_column_view_column_set_visible (find_column (self, HC_TABLE_COLUMN_APPROXIMATE), approximate);
  gtk_column_view_column_set_visible (find_column (self, HC_TABLE_COLUMN_QUOTE), quote);
}

static void
selection_changed_cb (HcTableView *self)
{
  HcFigureItem *item = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GPtrArray) sentences = NULL;
  g_autofree char *value = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *text = NULL;
  const HcFigure *figure;

  if (item == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->heading_label), FALSE);
      gtk_label_set_text (self->comparison_label,
                          _("Select a row to compare it with the others."));
      gtk_widget_add_css_class (GTK_WIDGET (self->comparison_label), "dim-label");
      return;
    }

  figure = hc_figure_item_get_figure (item);
  value = hc_number_format (figure->value, figure->approximate);
  /* Translators: "Ethnic Albanians, ≈ 2,000,000, compared with the others" */
  heading = g_strdup_printf (_("%s, %s, compared with the others"), figure->label, value);

  sentences = hc_compare_highlights (hc_figure_item_get_dataset (item),
                                     hc_figure_item_get_index (item), COMPARE_ALL_UP_TO);
  g_ptr_array_add (sentences, NULL);
  text = g_strjoinv ("\n", (char **) sentences->pdata);

  gtk_label_set_text (self->heading_label, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), TRUE);
  gtk_label_set_text (self->comparison_label,
                      sentences->len > 1 ? text : _("There is nothing else to compare it with."));
  gtk_widget_remove_css_class (GTK_WIDGET (self->comparison_label), "dim-label");
}

static void
hc_table_view_dispose (GObject *object)
{
  HcTableView *self = HC_TABLE_VIEW (object);
  GtkWidget *child;

  /* Tearing down the column view changes the selection: nothing to show
   * it in any more. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_TABLE_VIEW);
  /* That only takes the children with an id; the scrolled windows remain. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->store);
  g_clear_pointer (&self->dataset, hc_dataset_unref);

  G_OBJECT_CLASS (hc_table_view_parent_class)->dispose (object);
}

static void
hc_table_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HcTableView *self = HC_TABLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_boxed (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_table_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HcTableView *self = HC_TABLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      hc_table_view_set_dataset (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_table_view_class_init (HcTableViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_table_view_dispose;
  object_class->get_property = hc_table_view_get_property;
  object_class->set_property = hc_table_view_set_property;

  properties[PROP_DATASET] =
    g_param_spec_boxed ("dataset", NULL, NULL, HC_TYPE_DATASET,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headcount/Headcount/hc-table-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HcTableView, column_view);
  gtk_widget_class_bind_template_child (widget_class, HcTableView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HcTableView, comparison_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tableview");
}

static void
hc_table_view_init (HcTableView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  add_column (self, COLUMN_LABEL, HC_TABLE_COLUMN_LABEL, _("Label"), "label", FALSE, FALSE);
  add_column (self, COLUMN_VALUE, HC_TABLE_COLUMN_VALUE, _("Value"), "value", TRUE, FALSE);
  add_column (self, COLUMN_CATEGORY, HC_TABLE_COLUMN_CATEGORY, _("Category"), "category", FALSE, FALSE);
  add_column (self, COLUMN_SHARE, HC_TABLE_COLUMN_SHARE, _("Share of Category"), "share", TRUE, FALSE);
  /* Translators: column heading; the cells hold "≈" for approximate figures. */
  add_column (self, COLUMN_APPROXIMATE, HC_TABLE_COLUMN_APPROXIMATE, _("Approx."), "approximate", TRUE, FALSE);
  add_column (self, COLUMN_QUOTE, HC_TABLE_COLUMN_QUOTE, _("Quote"), "quote", FALSE, TRUE);

  self->store = g_list_store_new (HC_TYPE_FIGURE_ITEM);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  /* Largest first, the order the charts use. */
  hc_table_view_sort_by (self, HC_TABLE_COLUMN_VALUE, GTK_SORT_DESCENDING);
}

HcDataset *
hc_table_view_get_dataset (HcTableView *self)
{
  g_return_val_if_fail (HC_IS_TABLE_VIEW (self), NULL);

  return self->dataset;
}

void
hc_table_view_set_dataset (HcTableView *self,
                           HcDataset   *dataset)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree double *shares = NULL;
  guint n;

  g_return_if_fail (HC_IS_TABLE_VIEW (self));

  if (self->dataset == dataset)
    return;

  g_clear_pointer (&self->dataset, hc_dataset_unref);
  if (dataset != NULL)
    self->dataset = hc_dataset_ref (dataset);

  n = dataset != NULL ? hc_dataset_get_n_figures (dataset) : 0;
  items = g_ptr_array_new_full (n, g_object_unref);
  if (dataset != NULL)
    shares = hc_compare_category_shares (dataset);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, hc_figure_item_new (dataset, i, shares[i]));
  update_columns (self, shares);

  /* One splice, so the sort model sorts once rather than once a row. */
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
  /* The first row (the largest figure) starts selected, so the comparisons
   * show from the start and say what selecting a row does. */
  gtk_single_selection_set_selected (self->selection, n > 0 ? 0 : GTK_INVALID_LIST_POSITION);
  selection_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/* The rows as shown, in their current sort order. */
GListModel *
hc_table_view_get_rows (HcTableView *self)
{
  g_return_val_if_fail (HC_IS_TABLE_VIEW (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

gboolean
hc_table_view_sort_by (HcTableView *self,
                       const char  *column_id,
                       GtkSortType  order)
{
  GtkColumnViewColumn *column;

  g_return_val_if_fail (HC_IS_TABLE_VIEW (self), FALSE);
  g_return_val_if_fail (column_id != NULL, FALSE);

  column = find_column (self, column_id);
  if (column == NULL)
    return FALSE;

  gtk_column_view_sort_by_column (self->column_view, column, order);
  return TRUE;
}

void
hc_table_view_select_row (HcTableView *self,
                          guint        position)
{
  g_return_if_fail (HC_IS_TABLE_VIEW (self));

  gtk_single_selection_set_selected (self->selection, position);
}

/* The sentences under the table, one a line. */
const char *
hc_table_view_get_comparison (HcTableView *self)
{
  g_return_val_if_fail (HC_IS_TABLE_VIEW (self), NULL);

  return gtk_label_get_text (self->comparison_label);
}
