/* hc-data-panel.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "hc-data-panel.h"
#include "hc-rates.h"
#include "hc-records.h"

struct _HcDataPanel
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *scroller;
  AdwComboRow         *measure_row;
  AdwComboRow         *time_row;
  AdwComboRow         *group_row;
  AdwComboRow         *divide_row;
  AdwComboRow         *per_row;
  GtkSwitch           *aggregates_switch;
  AdwPreferencesGroup *entities_group;
  GtkButton           *entities_reset;
  GtkSearchEntry      *entity_search;
  GtkListView         *entity_list;
  AdwPreferencesGroup *columns_group;
  GtkLabel            *notes_label;

  /* Owned references */
  HcTable             *table;
  GtkStringList       *entity_names;
  GtkStringFilter     *entity_filter;
  GHashTable          *checked;        /* entity names; NULL for the default */
  GHashTable          *defaults;       /* entity names the default selection shows */
  GArray              *times;          /* of double, the time row's items after "Latest" */
  GPtrArray           *role_rows;      /* of AdwComboRow, one per file column */
  GPtrArray           *roles;          /* "COLUMN=ROLE", NULL-terminated */

  gboolean             updating;       /* filling the rows: no signals */
};

G_DEFINE_FINAL_TYPE (HcDataPanel, hc_data_panel, GTK_TYPE_WIDGET)

enum {
  SELECTION_CHANGED,
  ROLES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The roles in HcRole's order, as the panel names them. */
static const char *
role_title (HcRole role)
{
  switch (role)
    {
    case HC_ROLE_ENTITY: return _("Entity");
    case HC_ROLE_CODE: return _("Code");
    case HC_ROLE_TIME: return _("Time");
    case HC_ROLE_AGE: return _("Age");
    case HC_ROLE_SEX: return _("Sex");
    case HC_ROLE_CATEGORY: return _("Category");
    case HC_ROLE_MEASURE: return _("Measure");
    case HC_ROLE_LOW: return _("Lower bound");
    case HC_ROLE_HIGH: return _("Upper bound");
    case HC_ROLE_UNIT: return _("Unit");
    case HC_ROLE_QUOTE: return _("Quote");
    case HC_ROLE_NOTE: return _("Note");
    case HC_ROLE_SOURCE: return _("Source");
    case HC_ROLE_IGNORED:
    case HC_N_ROLES:
    default: return _("Not used");
    }
}

GtkWidget *
hc_data_panel_new (void)
{
  return g_object_new (HC_TYPE_DATA_PANEL, NULL);
}

static void
emit_selection_changed (HcDataPanel *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static const char *
selected_string (AdwComboRow *row)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

/* ---- rates: the Divide By and Per rows --------------------------------------- */

static const double per_choices[] = { 0, 1, 100, 1000, 100000 };

static void fill_times (HcDataPanel *self,
                        gboolean     keep_selection);

static void
get_rate_selection (HcDataPanel *self,
                    HcSelection *selection)
{
  guint per = adw_combo_row_get_selected (self->per_row);

  if (adw_combo_row_get_selected (self->divide_row) == 0 ||
      adw_combo_row_get_selected (self->divide_row) == GTK_INVALID_LIST_POSITION)
    return;
  selection->divide_by = g_strdup (selected_string (self->divide_row));
  if (per != GTK_INVALID_LIST_POSITION && per < G_N_ELEMENTS (per_choices))
    selection->per = per_choices[per];
}

static void
update_per_row (HcDataPanel *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->per_row),
                            adw_combo_row_get_selected (self->divide_row) > 0);
}

/* The measures to divide by, a population first; none picked unless the
 * user picks one, so that a file opens as counts. */
static void
fill_rate_rows (HcDataPanel *self,
                const char  *old_divide_by)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const int *measures = hc_table_get_measures (self->table);
  int population = hc_rates_find_population (self->table);
  guint index = 0;

  /* Translators: the first choice of "Divide By": figures as they are. */
  gtk_string_list_append (names, C_("divide by", "Nothing"));
  if (population >= 0)
    gtk_string_list_append (names, hc_table_get_column (self->table, population)->name);
  for (guint m = 0; m < hc_table_get_n_measures (self->table); m++)
    if (measures[m] != population)
      gtk_string_list_append (names, hc_table_get_column (self->table, measures[m])->name);
  adw_combo_row_set_model (self->divide_row, G_LIST_MODEL (names));
  for (guint i = 1; old_divide_by != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (names));
       i++)
    if (g_strcmp0 (gtk_string_list_get_string (names, i), old_divide_by) == 0)
      index = i;
  adw_combo_row_set_selected (self->divide_row, index);
  gtk_widget_set_visible (GTK_WIDGET (self->divide_row), hc_table_get_n_measures (self->table) > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->per_row), hc_table_get_n_measures (self->table) > 1);
  update_per_row (self);
}

static void
setup_per_row (HcDataPanel *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  /* Translators: the first choice of "Per": the one that reads best. */
  gtk_string_list_append (choices, C_("rate per", "Automatic"));
  for (guint i = 1; i < G_N_ELEMENTS (per_choices); i++)
    {
      g_autofree char *amount = hc_rates_format_per (per_choices[i]);

      gtk_string_list_append (choices, amount);
    }
  adw_combo_row_set_model (self->per_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->per_row, 0);
}

/* A measure divided by itself is 1 everywhere: dividing by the measure
 * shown shows the count beside it instead (deaths over population). */
static void
move_measure_off_divisor (HcDataPanel *self)
{
  const char *divisor = selected_string (self->divide_row);
  GListModel *measures = adw_combo_row_get_model (self->measure_row);
  guint n = measures != NULL ? g_list_model_get_n_items (measures) : 0;
  int population = hc_rates_find_population (self->table);
  guint other = GTK_INVALID_LIST_POSITION;

  if (adw_combo_row_get_selected (self->divide_row) == 0 ||
      g_strcmp0 (divisor, selected_string (self->measure_row)) != 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (measures), i);

      if (g_strcmp0 (name, divisor) == 0)
        continue;
      if (other == GTK_INVALID_LIST_POSITION ||
          (population >= 0 &&
           g_strcmp0 (name, hc_table_get_column (self->table, population)->name) != 0 &&
           g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (measures), other),
                      hc_table_get_column (self->table, population)->name) == 0))
        other = i;
    }
  if (other != GTK_INVALID_LIST_POSITION)
    {
      self->updating = TRUE;
      adw_combo_row_set_selected (self->measure_row, other);
      fill_times (self, TRUE);
      self->updating = FALSE;
    }
}

static void
rate_changed_cb (HcDataPanel *self)
{
  update_per_row (self);
  if (!self->updating && self->table != NULL)
    move_measure_off_divisor (self);
  if (!self->updating && self->table != NULL)
    emit_selection_changed (self);
}

/* The group row's choices, beside its labels: "sex (2)" is the column
 * "sex". Item 0 is "Nothing". */
#define GROUP_CHOICES_KEY "hc-group-choices"

static const HcGroupChoice *
selected_group (HcDataPanel *self)
{
  GPtrArray *choices = g_object_get_data (G_OBJECT (self->group_row), GROUP_CHOICES_KEY);
  guint index = adw_combo_row_get_selected (self->group_row);

  if (choices == NULL || index == 0 || index == GTK_INVALID_LIST_POSITION ||
      index - 1 >= choices->len)
    return NULL;
  return g_ptr_array_index (choices, index - 1);
}

static void
fill_groups (HcDataPanel   *self,
             const HcTable *table,
             const char    *old_column,
             HcTimeKind     old_by)
{
  g_autoptr(GtkStringList) groups = gtk_string_list_new (NULL);
  GPtrArray *choices = hc_records_list_groups (table);
  guint index = 0;

  /* Translators: the first choice of "Add Up By": one figure per row. */
  gtk_string_list_append (groups, _("Nothing"));
  for (guint i = 0; i < choices->len; i++)
    {
      const HcGroupChoice *choice = g_ptr_array_index (choices, i);

      gtk_string_list_append (groups, choice->label);
      if (index == 0 && g_strcmp0 (choice->column, old_column) == 0 &&
          (choice->by == old_by || old_by == HC_TIME_NONE))
        index = i + 1;
    }
  /* Records are always counted by something: the row says by what. */
  if (index == 0 && old_column == NULL &&
      (hc_table_is_records (table) || hc_table_is_events (table)) &&
      hc_records_default_group (table) >= 0)
    {
      const char *name = hc_table_get_column (table, hc_records_default_group (table))->name;

      for (guint i = 0; i < choices->len && index == 0; i++)
        if (g_strcmp0 (((HcGroupChoice *) g_ptr_array_index (choices, i))->column, name) == 0)
          index = i + 1;
    }
  g_object_set_data_full (G_OBJECT (self->group_row), GROUP_CHOICES_KEY, choices,
                          (GDestroyNotify) g_ptr_array_unref);
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (groups));
  adw_combo_row_set_selected (self->group_row, index);
}

void
hc_data_panel_get_selection (HcDataPanel *self,
                             HcSelection *selection)
{
  guint time_index;

  g_return_if_fail (HC_IS_DATA_PANEL (self));
  g_return_if_fail (selection != NULL);

  hc_selection_init (selection);
  if (self->table == NULL)
    return;

  if (hc_table_get_n_measures (self->table) > 0)
    selection->measure = g_strdup (selected_string (self->measure_row));

  time_index = adw_combo_row_get_selected (self->time_row);
  if (time_index != GTK_INVALID_LIST_POSITION && time_index > 0 &&
      time_index - 1 < self->times->len)
    {
      selection->has_time = TRUE;
      selection->time = g_array_index (self->times, double, time_index - 1);
    }

  {
    const HcGroupChoice *choice = selected_group (self);

    if (choice != NULL)
      {
        selection->group = g_strdup (choice->column);
        selection->group_by = choice->by;
      }
  }

  selection->aggregates = gtk_switch_get_active (self->aggregates_switch);
  get_rate_selection (self, selection);

  if (self->checked != NULL)
    {
      GPtrArray *names = g_ptr_array_new ();
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entity_names));

      /* In the file's order, as the list shows them. */
      for (guint i = 0; i < n; i++)
        {
          const char *name = gtk_string_list_get_string (self->entity_names, i);

          if (g_hash_table_contains (self->checked, name))
            g_ptr_array_add (names, g_strdup (name));
        }
      g_ptr_array_add (names, NULL);
      selection->entities = (char **) g_ptr_array_free (names, FALSE);
    }
}

void
hc_data_panel_set_time (HcDataPanel *self,
                        double       time)
{
  g_return_if_fail (HC_IS_DATA_PANEL (self));

  for (guint i = 0; i < self->times->len; i++)
    if (g_array_index (self->times, double, i) == time)
      {
        adw_combo_row_set_selected (self->time_row, i + 1);
        return;
      }
}

const char * const *
hc_data_panel_get_roles (HcDataPanel *self)
{
  g_return_val_if_fail (HC_IS_DATA_PANEL (self), NULL);

  return self->roles->len > 1 ? (const char * const *) self->roles->pdata : NULL;
}

HcTable *
hc_data_panel_get_table (HcDataPanel *self)
{
  g_return_val_if_fail (HC_IS_DATA_PANEL (self), NULL);

  return self->table;
}

/* ---- the time row, which follows the measure ---------------------------------- */

static void
fill_times (HcDataPanel *self,
            gboolean     keep)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autofree char *measure = g_strdup (selected_string (self->measure_row));
  double kept = NAN;
  guint selected = 0;
  guint old = adw_combo_row_get_selected (self->time_row);

  if (keep && old != GTK_INVALID_LIST_POSITION && old > 0 && old - 1 < self->times->len)
    kept = g_array_index (self->times, double, old - 1);

  g_clear_pointer (&self->times, g_array_unref);
  self->times = hc_selection_get_times (self->table, measure);

  /* A list of people or events is counted whole unless a date is picked. */
  if (hc_table_is_records (self->table) || hc_table_is_events (self->table))
    /* Translators: the first choice of the year row for a list of people
     * or events: every row is counted, whatever its date. */
    gtk_string_list_append (items, C_("time", "All"));
  else
    /* Translators: the first choice of the year row: the latest year that
     * most entities have. */
    gtk_string_list_append (items, _("Latest"));
  for (guint i = 0; i < self->times->len; i++)
    {
      double t = g_array_index (self->times, double, i);
      g_autofree char *text = hc_selection_format_time (self->table, t);

      gtk_string_list_append (items, text);
      if (t == kept)
        selected = i + 1;
    }

  adw_combo_row_set_model (self->time_row, G_LIST_MODEL (items));
  adw_combo_row_set_selected (self->time_row, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->time_row), self->times->len > 0);
}

/* ---- entities ------------------------------------------------------------------- */

static void
entity_toggled_cb (GtkCheckButton *button,
                   HcDataPanel    *self)
{
  const char *name = g_object_get_data (G_OBJECT (button), "hc-entity");

  if (self->updating || name == NULL)
    return;

  /* The first pick starts from what the chart showed by default. */
  if (self->checked == NULL)
    {
      GHashTableIter iter;
      gpointer name_in_default;

      self->checked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_iter_init (&iter, self->defaults);
      while (g_hash_table_iter_next (&iter, &name_in_default, NULL))
        g_hash_table_add (self->checked, g_strdup (name_in_default));
      gtk_widget_set_sensitive (GTK_WIDGET (self->entities_reset), TRUE);
    }

  if (gtk_check_button_get_active (button))
    g_hash_table_add (self->checked, g_strdup (name));
  else
    g_hash_table_remove (self->checked, name);

  emit_selection_changed (self);
}

static void
entity_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HcDataPanel              *self)
{
  GtkWidget *button = gtk_check_button_new ();

  gtk_widget_set_margin_start (button, 6);
  gtk_widget_set_margin_end (button, 6);
  g_signal_connect (button, "toggled", G_CALLBACK (entity_toggled_cb), self);
  gtk_list_item_set_child (item, button);
}

static gboolean
entity_is_shown (HcDataPanel *self,
                 const char  *name)
{
  return g_hash_table_contains (self->checked != NULL ? self->checked : self->defaults, name);
}

static void
entity_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HcDataPanel              *self)
{
  GtkCheckButton *button = GTK_CHECK_BUTTON (gtk_list_item_get_child (item));
  GtkStringObject *string = gtk_list_item_get_item (item);
  const char *name = gtk_string_object_get_string (string);

  self->updating = TRUE;
  g_object_set_data (G_OBJECT (button), "hc-entity", (gpointer) name);
  gtk_check_button_set_label (button, name);
  gtk_check_button_set_active (button, entity_is_shown (self, name));
  self->updating = FALSE;
}

static void
entity_search_changed_cb (GtkSearchEntry *entry,
                          HcDataPanel    *self)
{
  gtk_string_filter_set_search (self->entity_filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Rows are bound again (their ticks read again) when their items are new. */
static void
rebind_entities (HcDataPanel *self)
{
  g_auto(GStrv) names = hc_selection_list_entities (self->table);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entity_names));

  gtk_string_list_splice (self->entity_names, 0, n, (const char * const *) names);
}

/* Which entities the default selection shows: ticked until the user picks. */
static void
mark_default_entities (HcDataPanel *self)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_auto(HcSelection) selection = { 0 };

  g_hash_table_remove_all (self->defaults);
  hc_data_panel_get_selection (self, &selection);
  g_clear_pointer (&selection.entities, g_strfreev);
  dataset = hc_selection_apply (self->table, &selection, NULL);
  for (guint i = 0; dataset != NULL && i < hc_dataset_get_n_figures (dataset); i++)
    {
      const char *entity = hc_dataset_get_figure (dataset, i)->entity;

      if (entity != NULL)
        g_hash_table_add (self->defaults, g_strdup (entity));
    }
}

static void
entities_reset_cb (GtkButton   *button,
                   HcDataPanel *self)
{
  g_clear_pointer (&self->checked, g_hash_table_unref);
  gtk_widget_set_sensitive (GTK_WIDGET (self->entities_reset), FALSE);
  mark_default_entities (self);
  rebind_entities (self);
  emit_selection_changed (self);
}

/* ---- columns and their roles ------------------------------------------------------ */

static void
role_selected_cb (AdwComboRow *row,
                  GParamSpec  *pspec,
                  HcDataPanel *self)
{
  const char *name = g_object_get_data (G_OBJECT (row), "hc-column");
  guint role = adw_combo_row_get_selected (row);
  g_autofree char *prefix = NULL;

  if (self->updating || name == NULL || role >= HC_N_ROLES)
    return;

  /* One override a column: the newest wins. */
  prefix = g_strconcat (name, "=", NULL);
  g_ptr_array_remove_index (self->roles, self->roles->len - 1);   /* the NULL */
  for (guint i = self->roles->len; i-- > 0;)
    if (g_str_has_prefix (g_ptr_array_index (self->roles, i), prefix))
      g_ptr_array_remove_index (self->roles, i);
  g_ptr_array_add (self->roles, g_strconcat (prefix, hc_role_to_string (role), NULL));
  g_ptr_array_add (self->roles, NULL);

  g_signal_emit (self, signals[ROLES_CHANGED], 0);
}

static void
fill_columns (HcDataPanel *self)
{
  GArray *columns = hc_table_get_file_columns (self->table);
  GPtrArray *notes = hc_table_get_notes (self->table);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);

  for (guint r = 0; r < HC_N_ROLES; r++)
    gtk_string_list_append (roles, role_title (r));

  for (guint i = 0; i < self->role_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->role_rows, i));
  g_ptr_array_set_size (self->role_rows, 0);

  for (guint i = 0; i < columns->len; i++)
    {
      const HcFileColumn *column = &g_array_index (columns, HcFileColumn, i);
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), column->name);
      if (column->reason != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), column->reason);
      adw_combo_row_set_model (row, G_LIST_MODEL (roles));
      adw_combo_row_set_selected (row, column->role);
      g_object_set_data_full (G_OBJECT (row), "hc-column", g_strdup (column->name), g_free);
      g_signal_connect (row, "notify::selected", G_CALLBACK (role_selected_cb), self);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      g_ptr_array_add (self->role_rows, row);
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows",
                                             hc_table_get_n_rows (self->table)),
                          hc_table_get_n_rows (self->table));
  g_string_append (text, ". ");
  g_string_append_printf (text, _("Encoding: %s"), hc_table_get_encoding (self->table));
  g_string_append (text, ".");
  if (hc_table_is_records (self->table))
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("No column holds figures, so rows are counted."));
    }
  for (guint i = 0; i < notes->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (notes, i));
  gtk_label_set_text (self->notes_label, text->str);
}

/* The rows' arrows and check marks are decoration: GTK 4.8 would name them
 * "GtkImage" to screen readers, which say the row's title and value
 * already. */
static void
hide_decorations (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_IMAGE (child))
        gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                     -1);
      hide_decorations (child);
    }
}

/* ---- the table -------------------------------------------------------------------- */

static guint
find_string (GtkStringList *list,
             const char    *text)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; text != NULL && i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (list, i), text) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

void
hc_data_panel_set_table (HcDataPanel *self,
                         HcTable     *table,
                         gboolean     keep_selection)
{
  g_autoptr(GtkStringList) measures = gtk_string_list_new (NULL);
  g_autofree char *old_measure = NULL;
  g_autofree char *old_group = NULL;
  g_autofree char *old_divide_by = NULL;
  HcTimeKind old_group_by = HC_TIME_NONE;
  g_auto(GStrv) entities = NULL;
  const int *measure_columns;
  guint index;

  g_return_if_fail (HC_IS_DATA_PANEL (self));
  g_return_if_fail (table != NULL);

  if (keep_selection && self->table != NULL)
    {
      old_measure = g_strdup (selected_string (self->measure_row));
      if (adw_combo_row_get_selected (self->group_row) > 0)
        old_group = g_strdup (selected_string (self->group_row));
      if (adw_combo_row_get_selected (self->divide_row) > 0)
        old_divide_by = g_strdup (selected_string (self->divide_row));
      if (selected_group (self) != NULL)
        {
          old_group = g_strdup (selected_group (self)->column);
          old_group_by = selected_group (self)->by;
        }
    }
  else
    {
      g_clear_pointer (&self->checked, g_hash_table_unref);
      gtk_switch_set_active (self->aggregates_switch, FALSE);
      g_ptr_array_set_size (self->roles, 0);
      g_ptr_array_add (self->roles, NULL);
    }

  self->updating = TRUE;
  g_clear_pointer (&self->table, hc_table_unref);
  self->table = hc_table_ref (table);

  measure_columns = hc_table_get_measures (table);
  for (guint m = 0; m < hc_table_get_n_measures (table); m++)
    gtk_string_list_append (measures, hc_table_get_column (table, measure_columns[m])->name);
  adw_combo_row_set_model (self->measure_row, G_LIST_MODEL (measures));
  {
    /* The measure the default selection picks. */
    g_autoptr(HcDataset) dataset = hc_selection_apply (table, NULL, NULL);
    const char *measure = old_measure;

    if (measure == NULL && dataset != NULL && hc_dataset_get_n_figures (dataset) > 0)
      measure = hc_dataset_get_figure (dataset, 0)->measure;
    index = find_string (measures, measure);
    adw_combo_row_set_selected (self->measure_row, index != GTK_INVALID_LIST_POSITION ? index : 0);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->measure_row), hc_table_get_n_measures (table) > 1);

  fill_times (self, keep_selection);

  fill_groups (self, table, old_group, old_group_by);
  /* Records are always counted by something. */
  if (hc_table_is_records (table) || hc_table_is_events (table))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->group_row), _("Count By"));
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->group_row), _("Add Up By"));

  fill_rate_rows (self, old_divide_by);

  entities = hc_selection_list_entities (table);
  gtk_widget_set_visible (GTK_WIDGET (self->entities_group), entities[0] != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->entities_reset), self->checked != NULL);
  mark_default_entities (self);
  rebind_entities (self);

  fill_columns (self);
  hide_decorations (GTK_WIDGET (self));
  self->updating = FALSE;
}

static void
measure_selected_cb (AdwComboRow *row,
                     GParamSpec  *pspec,
                     HcDataPanel *self)
{
  if (self->updating || self->table == NULL)
    return;
  self->updating = TRUE;
  fill_times (self, TRUE);
  self->updating = FALSE;
  emit_selection_changed (self);
}

static void
changed_cb (HcDataPanel *self)
{
  if (self->updating || self->table == NULL)
    return;
  if (self->checked == NULL)
    {
      mark_default_entities (self);
      rebind_entities (self);
    }
  emit_selection_changed (self);
}

static void
hc_data_panel_dispose (GObject *object)
{
  HcDataPanel *self = HC_DATA_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_DATA_PANEL);
  g_clear_pointer (&self->table, hc_table_unref);
  g_clear_object (&self->entity_names);
  g_clear_object (&self->entity_filter);
  g_clear_pointer (&self->checked, g_hash_table_unref);
  g_clear_pointer (&self->defaults, g_hash_table_unref);
  g_clear_pointer (&self->times, g_array_unref);
  g_clear_pointer (&self->role_rows, g_ptr_array_unref);
  g_clear_pointer (&self->roles, g_ptr_array_unref);

  G_OBJECT_CLASS (hc_data_panel_parent_class)->dispose (object);
}

static void
hc_data_panel_class_init (HcDataPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_data_panel_dispose;

  /* The user picked another measure, year, grouping or set of entities. */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  /* The user gave a column another role: the file must be read again. */
  signals[ROLES_CHANGED] = g_signal_new ("roles-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/headcount/Headcount/hc-data-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, measure_row);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, time_row);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, group_row);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, divide_row);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, per_row);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, aggregates_switch);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, entities_group);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, entities_reset);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, entity_search);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, entity_list);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, columns_group);
  gtk_widget_class_bind_template_child (widget_class, HcDataPanel, notes_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hc-data-panel");
}

static void
hc_data_panel_init (HcDataPanel *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *filtered;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->roles = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->roles, NULL);
  self->role_rows = g_ptr_array_new ();
  self->times = g_array_new (FALSE, FALSE, sizeof (double));
  self->defaults = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->entity_names = gtk_string_list_new (NULL);
  self->entity_filter =
    gtk_string_filter_new (gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_string_filter_set_match_mode (self->entity_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->entity_names)),
                                        g_object_ref (GTK_FILTER (self->entity_filter)));
  gtk_list_view_set_model (self->entity_list,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (filtered))));
  g_signal_connect (factory, "setup", G_CALLBACK (entity_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (entity_bind_cb), self);
  gtk_list_view_set_factory (self->entity_list, factory);

  g_signal_connect (self->entity_search, "search-changed", G_CALLBACK (entity_search_changed_cb),
                    self);
  g_signal_connect (self->entities_reset, "clicked", G_CALLBACK (entities_reset_cb), self);
  g_signal_connect (self->measure_row, "notify::selected", G_CALLBACK (measure_selected_cb), self);
  g_signal_connect_swapped (self->time_row, "notify::selected", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->group_row, "notify::selected", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (self->aggregates_switch, "notify::active", G_CALLBACK (changed_cb),
                            self);
  setup_per_row (self);
  g_signal_connect_swapped (self->divide_row, "notify::selected", G_CALLBACK (rate_changed_cb),
                            self);
  g_signal_connect_swapped (self->per_row, "notify::selected", G_CALLBACK (rate_changed_cb),
                            self);
  hide_decorations (GTK_WIDGET (self));
}
