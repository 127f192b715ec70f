/* hc-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <string.h>

#include <glib/gi18n.h>

#include "hc-dataset-diff.h"
#include "hc-loader.h"
#include "hc-window-private.h"

G_DEFINE_FINAL_TYPE (HcWindow, hc_window, ADW_TYPE_APPLICATION_WINDOW)

static gboolean view_to_kind (const char  *view,
                              HcChartKind *kind);
static void start_load (HcWindow *self,
                        GFile    *file);

/* An icon button's name for screen readers, which would otherwise hear
 * "GtkMenuButton": a tooltip is only its description. (The button inside
 * a GtkMenuButton is labelled by it.) */
static void
set_button_label (GtkWidget  *button,
                  const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* A bar that is not shown is hidden outright once it has slid away, so
 * that screen readers do not find its empty labels. */
static void
reveal (GtkRevealer *revealer,
        gboolean     shown)
{
  if (shown)
    gtk_widget_set_visible (GTK_WIDGET (revealer), TRUE);
  gtk_revealer_set_reveal_child (revealer, shown);
}

static void
child_revealed_cb (GtkRevealer *revealer)
{
  if (!gtk_revealer_get_reveal_child (revealer) && !gtk_revealer_get_child_revealed (revealer))
    gtk_widget_set_visible (GTK_WIDGET (revealer), FALSE);
}

/* The page name and view key of the table; every other view is a chart kind. */
#define TABLE_VIEW "table"

HcWindow *
hc_window_new (HcApplication *application)
{
  return g_object_new (HC_TYPE_WINDOW, "application", application, NULL);
}

/* The toast about @topic (a file's URI, "clipboard" …) is over. */
static void
toast_dismissed_cb (AdwToast *toast,
                    HcWindow *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->toasts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == toast)
      {
        g_signal_handlers_disconnect_by_func (toast, toast_dismissed_cb, self);
        g_hash_table_iter_remove (&iter);
        return;
      }
}

static void
dismiss_toast (HcWindow   *self,
               const char *topic)
{
  AdwToast *toast = topic != NULL ? g_hash_table_lookup (self->toasts, topic) : NULL;

  /* Dismissing also takes a queued toast out of the queue. */
  if (toast != NULL)
    adw_toast_dismiss (toast);
}

/* A new message about a topic replaces the one before, shown or still
 * queued: after three saves of a file only the last reload is news, and an
 * error that was fixed must not linger. @topic may be %NULL. */
void
_hc_window_add_toast (HcWindow   *self,
                      const char *topic,
                      AdwToast   *toast)
{
  g_autofree char *message = g_strdup (adw_toast_get_title (toast));

  dismiss_toast (self, topic);
  if (topic != NULL)
    {
      g_hash_table_insert (self->toasts, g_strdup (topic), g_object_ref (toast));
      g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self);
    }

  g_free (self->last_message);
  self->last_message = g_steal_pointer (&message);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Errors stay until dismissed: a file:line:column is something to read
 * while fixing the file. Confirmations go away by themselves. */
void
_hc_window_show_message (HcWindow   *self,
                         const char *topic,
                         const char *message,
                         gboolean    persistent)
{
  AdwToast *toast = adw_toast_new (message);

  if (persistent)
    {
      /* A toast title is one ellipsized line, which would cut an error
       * message right where it says what is wrong: let it wrap instead. */
      GtkWidget *label = gtk_label_new (message);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "heading");
      adw_toast_set_custom_title (toast, label);
      adw_toast_set_timeout (toast, 0);
    }
  _hc_window_add_toast (self, topic, toast);
}

void
_hc_window_busy_changed (HcWindow *self,
                         int       delta)
{
  self->n_busy += delta;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->n_busy > 0 ? "progress" : NULL);
}

/* The header names the file the chart came from, or, while a load error
 * stands, says that the chart is the one from before. */
static void
update_subtitle (HcWindow *self)
{
  g_autofree char *subtitle = NULL;

  if (self->load_error != NULL && self->file != NULL && g_file_equal (self->file, self->error_file))
    {
      /* Translators: the header's subtitle while the chart on screen is an
       * older version of the file, which could not be read again. */
      subtitle = g_strdup (_("Last version that could be read"));
    }
  else if (self->load_error != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->error_file);

      /* Translators: the header's subtitle while the chart on screen is not
       * the one of the file just opened; %s is that file's name. */
      subtitle = g_strdup_printf (_("Previous chart: %s could not be opened"), name);
    }
  else if (self->file != NULL)
    subtitle = g_file_get_path (self->file);

  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
}

/* Says in the window itself, above the chart, that @file could not be
 * opened and why, and what the chart shows instead. It stays until the user
 * dismisses it or a file opens: a toast that goes away would leave a window
 * that looks as if the file had opened. */
static void
show_load_error (HcWindow   *self,
                 GFile      *file,
                 const char *message)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *title = NULL;
  g_autofree char *previous = NULL;
  HcDataset *dataset = hc_window_get_dataset (self);

  /* Translators: %s is a file name */
  title = g_strdup_printf (_("%s could not be opened"), name);
  if (dataset == NULL)
    previous = NULL;
  else if (self->file != NULL && g_file_equal (self->file, file))
    /* Translators: %s is a file name */
    previous = g_strdup_printf (_("The chart below is still the last version of %s that could be read."),
                                name);
  else
    /* Translators: %s is the title of the chart still on screen */
    previous = g_strdup_printf (_("The chart below is still the previous one, “%s”."),
                                hc_dataset_get_title (dataset));

  g_set_object (&self->error_file, file);
  g_free (self->load_error);
  self->load_error = g_strdup (message);
  g_free (self->last_message);
  self->last_message = g_strdup (message);

  /* Whatever was said about the file before is stale now. */
  dismiss_toast (self, uri);

  gtk_label_set_text (self->error_title, title);
  gtk_label_set_text (self->error_detail, message);
  gtk_label_set_text (self->error_previous, previous != NULL ? previous : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_previous), previous != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);
  reveal (self->error_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.retry-load", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error", TRUE);
  update_subtitle (self);
}

void
_hc_window_dismiss_load_error (HcWindow *self)
{
  g_clear_pointer (&self->load_error, g_free);
  g_clear_object (&self->error_file);
  reveal (self->error_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.retry-load", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error", FALSE);
  update_subtitle (self);
}

/* The file of the error bar, once more: for a file fixed in another program. */
void
_hc_window_retry_load (HcWindow *self)
{
  g_autoptr(GFile) file = self->error_file != NULL ? g_object_ref (self->error_file) : NULL;

  if (file != NULL)
    start_load (self, file);
}

/* What the error bar says ("figures.csv:3:7: …"), or %NULL when there is
 * no error bar. */
const char *
hc_window_get_load_error (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  return self->load_error;
}

void
hc_window_set_dataset (HcWindow  *self,
                       HcDataset *dataset)
{
  const char *title;

  g_return_if_fail (HC_IS_WINDOW (self));
  g_return_if_fail (dataset != NULL);

  title = hc_dataset_get_title (dataset);
  hc_chart_view_set_dataset (self->chart_view, dataset);
  if (self->table_view != NULL)
    hc_table_view_set_dataset (self->table_view, dataset);
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  _hc_window_actions_update (self);
}

HcDataset *
hc_window_get_dataset (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  return hc_chart_view_get_dataset (self->chart_view);
}

HcChartView *
hc_window_get_chart_view (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  return self->chart_view;
}

/* The table page is built the first time it is wanted: a column view is
 * a good part of the window, and most people start with a chart. */
static void
ensure_table_view (HcWindow *self)
{
  if (self->table_view != NULL)
    return;

  self->table_view = HC_TABLE_VIEW (hc_table_view_new ());
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->table_view), TABLE_VIEW, _("Table"));
  if (hc_window_get_dataset (self) != NULL)
    hc_table_view_set_dataset (self->table_view, hc_window_get_dataset (self));
}

HcTableView *
hc_window_get_table_view (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  ensure_table_view (self);
  return self->table_view;
}

/* The file the figures came from, or %NULL for the built-in dataset. */
GFile *
hc_window_get_file (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  return self->file;
}

/* Whether a load or an export is still running in the background. */
gboolean
hc_window_is_busy (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), FALSE);

  return self->n_busy > 0;
}

/* The text of the last toast: what the user was last told. */
const char *
hc_window_get_last_message (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  return self->last_message;
}

/* Whether a message about @topic ("selection": what the data panel or
 * the view picked cannot show) is on show or waiting to be. */
gboolean
hc_window_shows_message (HcWindow   *self,
                         const char *topic)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (topic != NULL, FALSE);

  return g_hash_table_contains (self->toasts, topic);
}

/* ---- loading -------------------------------------------------------------- */

/* Loads shorter than this show no progress at all: a bar that flashes up
 * and away is noise. */
#define LOADING_BAR_DELAY_MS 150

/* Editors save in several steps (truncate, write, rename); wait for the
 * last one before reading. */
#define RELOAD_DELAY_MS 250

static gboolean
loading_pulse_cb (gpointer user_data)
{
  HcWindow *self = user_data;

  gtk_progress_bar_pulse (self->loading_progress);
  return G_SOURCE_CONTINUE;
}

static gboolean
loading_timeout_cb (gpointer user_data)
{
  HcWindow *self = user_data;

  self->loading_timeout = 0;
  reveal (self->loading_revealer, TRUE);
  self->loading_pulse = g_timeout_add (100, loading_pulse_cb, self);
  return G_SOURCE_REMOVE;
}

static void
loading_finished (HcWindow *self)
{
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  g_clear_handle_id (&self->loading_pulse, g_source_remove);
  reveal (self->loading_revealer, FALSE);
}

/* Whether the loading bar is on screen: a slow load is under way. */
gboolean
hc_window_is_loading_visible (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->loading_revealer);
}

/* The chart on screen stays; the load's result, when it comes, is dropped. */
void
_hc_window_cancel_load (HcWindow *self)
{
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  loading_finished (self);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  HcWindow *self = user_data;

  self->reload_timeout = 0;
  if (self->file != NULL)
    start_load (self, self->file);
  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 HcWindow          *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      g_clear_handle_id (&self->reload_timeout, g_source_remove);
  g_clear_handle_id (&self->play_timeout, g_source_remove);
  g_clear_pointer (&self->times, g_array_unref);
      self->reload_timeout = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
      break;

    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      /* A file that went away keeps its last chart on screen. */
      break;
    }
}

static void
watch_file (HcWindow *self,
            GFile    *file)
{
  g_autoptr(GError) error = NULL;

  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_func (self->monitor, file_changed_cb, self);
  g_clear_object (&self->monitor);

  /* WATCH_MOVES: a save that renames a temporary file over this one
   * arrives as one event, not a deletion and a creation. */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching %s for changes: %s", g_file_peek_path (file), error->message);
      return;
    }
  g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
}

typedef struct
{
  char  *path;
  char **roles;   /* "COLUMN=ROLE" the user gave in the data panel */
} LoadJob;

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_free (job->path);
  g_strfreev (job->roles);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  HcLoadOptions options = {
    .roles = (const char * const *) job->roles,
    .max_size = HC_LOADER_DEFAULT_MAX_SIZE,
  };
  GError *error = NULL;
  HcTable *table = hc_loader_read_path (job->path, &options, cancellable, &error);

  if (table != NULL)
    g_task_return_pointer (task, table, (GDestroyNotify) hc_table_unref);
  else
    g_task_return_error (task, error);
}

/* What the view on show needs of the table: one time, every time of a
 * range, or parts of a whole over time. */
static HcSelectionShape
selection_shape (HcWindow *self)
{
  g_autofree char *view = g_settings_get_string (self->settings, "view");
  HcChartKind kind;

  if (view_to_kind (view, &kind) && kind == HC_CHART_PYRAMID)
    return HC_SELECTION_PYRAMID;
  if (!view_to_kind (view, &kind) || !hc_chart_kind_is_series (kind))
    return HC_SELECTION_ONE_TIME;
  return hc_chart_kind_stacks (kind) ? HC_SELECTION_PARTS : HC_SELECTION_SERIES;
}

/* What the data panel picks; before the panel is first shown, the default
 * selection at the year the slider picked. */
static void
get_selection (HcWindow    *self,
               HcSelection *selection)
{
  if (self->data_panel != NULL)
    {
      hc_data_panel_get_selection (self->data_panel, selection);
      return;
    }
  hc_selection_init (selection);
  selection->has_time = self->has_pending_time;
  selection->time = self->pending_time;
}

/* The figures of @table that the data panel picks for the view on show:
 * a view over time the whole span (or the range picked), the others the
 * year picked. Data that a view over time or a pyramid cannot draw (no
 * times; no ages and sexes) gets the figures of one year instead, and
 * @why_not says why. NULL, with @error set, when the pick shows nothing
 * (a year no entity has …). */
static HcDataset *
cut_table (HcWindow  *self,
           HcTable   *table,
           GError   **why_not,
           GError   **error)
{
  g_auto(HcSelection) selection = { 0 };
  g_autoptr(GError) shape_error = NULL;
  HcDataset *dataset;

  get_selection (self, &selection);
  selection.shape = selection_shape (self);
  self->applied_shape = selection.shape;
  if (selection.shape != HC_SELECTION_ONE_TIME && selection.shape != HC_SELECTION_PYRAMID)
    {
      selection.has_time = FALSE;
      selection.has_range = self->has_range;
      selection.from = self->range_from;
      selection.to = self->range_to;
    }
  dataset = hc_selection_apply (table, &selection, &shape_error);
  if (dataset != NULL || selection.shape == HC_SELECTION_ONE_TIME)
    {
      if (shape_error != NULL)
        g_propagate_error (error, g_steal_pointer (&shape_error));
      return dataset;
    }

  /* Figures that cannot be drawn so are still shown, and why not said. */
  g_propagate_error (why_not, g_steal_pointer (&shape_error));
  hc_selection_clear (&selection);
  get_selection (self, &selection);
  selection.shape = self->applied_shape = HC_SELECTION_ONE_TIME;
  return hc_selection_apply (table, &selection, error);
}

/* A view over time, or a pyramid, of figures it cannot draw (a file
 * without times, say, opened while the window shows lines): the figures
 * in bars, and why, as when such a view is picked with the file open. */
static void
show_view_problem (HcWindow   *self,
                   const char *message)
{
  HcDataset *dataset = hc_window_get_dataset (self);

  _hc_window_show_message (self, "selection", message, FALSE);
  if (dataset != NULL && !hc_chart_kind_supports (hc_chart_view_get_kind (self->chart_view),
                                                  dataset))
    hc_chart_view_set_kind (self->chart_view, HC_CHART_BARS);
}

/* The chart of what the data panel picks from the table. FALSE, with
 * @error set, when the pick shows nothing (a year no entity has …) or
 * not in the view on show. */
static gboolean
apply_selection (HcWindow  *self,
                 GError   **error)
{
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(GError) why_not = NULL;

  if (self->table == NULL)
    return TRUE;

  dataset = cut_table (self, self->table, &why_not, error);
  if (dataset != NULL)
    hc_window_set_dataset (self, dataset);
  if (why_not != NULL)
    {
      g_clear_error (error);
      g_propagate_error (error, g_steal_pointer (&why_not));
      return FALSE;
    }
  return dataset != NULL;
}

/* ---- the years ------------------------------------------------------------- */

static void stop_playing (HcWindow *self);

/* The first and the last year, and every tenth, marked; named too when
 * @named and there is room. */
static void
set_marks (HcWindow *self,
           GtkScale *scale,
           gboolean  named)
{
  gtk_scale_clear_marks (scale);
  for (guint i = 0; i < self->times->len; i++)
    {
      double t = g_array_index (self->times, double, i);

      if (i == 0 || i + 1 == self->times->len || fmod (t, 10) == 0)
        {
          g_autofree char *text = hc_selection_format_time (self->table, t);
          gboolean with_text = named && (i == 0 || i + 1 == self->times->len ||
                                         (fmod (t, 10) == 0 && self->times->len <= 80));

          gtk_scale_add_mark (scale, i, GTK_POS_BOTTOM, with_text ? text : NULL);
        }
    }
}

static void
set_time_label (HcWindow *self,
                GtkLabel *label,
                guint     index)
{
  g_autofree char *text = hc_selection_format_time (self->table,
                                                    g_array_index (self->times, double, index));

  gtk_label_set_text (label, text);
}

static guint
time_index (HcWindow *self,
            double    time,
            guint     fallback)
{
  for (guint i = 0; i < self->times->len; i++)
    if (g_array_index (self->times, double, i) == time)
      return i;
  return fallback;
}

/* Views over time show a range: every year unless the user narrowed it. */
static void
update_range_bar (HcWindow *self)
{
  guint last = self->times->len - 1;
  guint from = self->has_range ? time_index (self, self->range_from, 0) : 0;
  guint to = self->has_range ? time_index (self, self->range_to, last) : last;

  stop_playing (self);
  self->moving_time = TRUE;
  set_marks (self, self->from_scale, FALSE);
  set_marks (self, self->to_scale, TRUE);
  gtk_adjustment_configure (self->from_adjustment, from, 0, last, 1, MAX (1, last / 10), 0);
  gtk_adjustment_configure (self->to_adjustment, to, 0, last, 1, MAX (1, last / 10), 0);
  self->moving_time = FALSE;
  set_time_label (self, self->from_label, from);
  set_time_label (self, self->to_label, to);
  gtk_stack_set_visible_child_name (self->time_stack, "range");
  reveal (self->time_revealer, TRUE);
}

/* The slider shows the years of the measure on show: for the views of one
 * year at the year the chart shows, for the views over time the first and
 * the last year of the range. */
static void
update_time_bar (HcWindow *self)
{
  HcDataset *dataset = hc_window_get_dataset (self);
  g_auto(HcSelection) selection = { 0 };
  gboolean show;
  double shown = NAN;
  guint index = 0;

  g_clear_pointer (&self->times, g_array_unref);
  if (self->table != NULL)
    {
      get_selection (self, &selection);
      self->times = hc_selection_get_times (self->table, selection.measure);
    }
  /* A list of people or events is counted whole: a slider at one of its
   * dates would say it shows that date. */
  show = self->times != NULL && self->times->len >= 2 &&
         !hc_table_is_records (self->table) && !hc_table_is_events (self->table) &&
         g_strcmp0 (hc_window_get_view (self), TABLE_VIEW) != 0;
  if (!show)
    {
      stop_playing (self);
      reveal (self->time_revealer, FALSE);
      return;
    }
  if (selection_shape (self) != HC_SELECTION_ONE_TIME &&
      selection_shape (self) != HC_SELECTION_PYRAMID)
    {
      update_range_bar (self);
      return;
    }

  for (guint i = 0; dataset != NULL && i < hc_dataset_get_n_figures (dataset); i++)
    if (hc_dataset_get_figure (dataset, i)->has_time)
      {
        shown = hc_dataset_get_figure (dataset, i)->time;
        break;
      }
  for (guint i = 0; i < self->times->len; i++)
    if (g_array_index (self->times, double, i) == shown)
      index = i;

  self->moving_time = TRUE;
  set_marks (self, self->time_scale, TRUE);
  gtk_adjustment_configure (self->time_adjustment, index, 0, self->times->len - 1, 1,
                            MAX (1, self->times->len / 10), 0);
  self->moving_time = FALSE;
  set_time_label (self, self->time_label, index);
  gtk_stack_set_visible_child_name (self->time_stack, "year");
  reveal (self->time_revealer, TRUE);
}

static void selection_changed_cb (HcWindow *self);

static void
time_value_changed_cb (HcWindow *self)
{
  guint index;

  if (self->moving_time || self->times == NULL || self->times->len == 0)
    return;
  index = (guint) CLAMP (round (gtk_adjustment_get_value (self->time_adjustment)), 0,
                         self->times->len - 1);
  /* Through the panel, whose year row then says the same. */
  if (self->data_panel != NULL)
    {
      hc_data_panel_set_time (self->data_panel, g_array_index (self->times, double, index));
      return;
    }
  self->has_pending_time = TRUE;
  self->pending_time = g_array_index (self->times, double, index);
  selection_changed_cb (self);
}

/* One handle pushes the other along rather than pass it. */
static void
range_changed_cb (HcWindow      *self,
                  GtkAdjustment *moved)
{
  guint last, from, to;

  if (self->moving_time || self->times == NULL || self->times->len == 0)
    return;
  last = self->times->len - 1;
  from = (guint) CLAMP (round (gtk_adjustment_get_value (self->from_adjustment)), 0, last);
  to = (guint) CLAMP (round (gtk_adjustment_get_value (self->to_adjustment)), 0, last);
  if (from > to)
    {
      self->moving_time = TRUE;
      if (moved == self->from_adjustment)
        gtk_adjustment_set_value (self->to_adjustment, to = from);
      else
        gtk_adjustment_set_value (self->from_adjustment, from = to);
      self->moving_time = FALSE;
    }
  self->has_range = from != 0 || to != last;
  self->range_from = g_array_index (self->times, double, from);
  self->range_to = g_array_index (self->times, double, to);
  selection_changed_cb (self);
}

static gboolean
play_step_cb (gpointer user_data)
{
  HcWindow *self = user_data;
  double value = gtk_adjustment_get_value (self->time_adjustment);

  if (value >= gtk_adjustment_get_upper (self->time_adjustment))
    {
      self->play_timeout = 0;
      gtk_toggle_button_set_active (self->play_button, FALSE);
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (self->time_adjustment, value + 1);
  return G_SOURCE_CONTINUE;
}

static void
stop_playing (HcWindow *self)
{
  g_clear_handle_id (&self->play_timeout, g_source_remove);
  if (gtk_toggle_button_get_active (self->play_button))
    gtk_toggle_button_set_active (self->play_button, FALSE);
}

/* All the years in about four seconds, one frame at least per year. */
static void
play_toggled_cb (HcWindow *self)
{
  gboolean playing = gtk_toggle_button_get_active (self->play_button);
  guint n = self->times != NULL ? self->times->len : 0;

  gtk_button_set_icon_name (GTK_BUTTON (self->play_button),
                            playing ? "media-playback-pause-symbolic"
                                    : "media-playback-start-symbolic");
  if (!playing)
    {
      g_clear_handle_id (&self->play_timeout, g_source_remove);
      return;
    }
  if (n < 2)
    return;
  /* From the start again when the last year is on show. */
  if (gtk_adjustment_get_value (self->time_adjustment) >= n - 1)
    gtk_adjustment_set_value (self->time_adjustment, 0);
  g_clear_handle_id (&self->play_timeout, g_source_remove);
  self->play_timeout = g_timeout_add (CLAMP (4000 / n, 17, 400), play_step_cb, self);
}

gboolean
hc_window_is_playing (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), FALSE);

  return self->play_timeout != 0;
}

static void
selection_changed_cb (HcWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!apply_selection (self, &error))
    /* The chart stays as it was; the message says why. */
    _hc_window_show_message (self, "selection", error->message, FALSE);
  else
    dismiss_toast (self, "selection");
  update_time_bar (self);
}

static void
roles_changed_cb (HcWindow *self)
{
  /* Roles decide how the file is read: read it again. */
  if (self->file != NULL)
    start_load (self, self->file);
}

HcTable *
hc_window_get_table (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  return self->table;
}

/* The panel is built when it is first shown: most charts are looked at
 * without it, and the window opens faster without its rows. */
static HcDataPanel *
ensure_data_panel (HcWindow *self)
{
  GtkWidget *panel;

  if (self->data_panel != NULL)
    return self->data_panel;

  panel = hc_data_panel_new ();
  gtk_widget_add_css_class (panel, "background");
  self->data_panel = HC_DATA_PANEL (panel);
  adw_flap_set_flap (self->flap, panel);
  if (self->table != NULL)
    hc_data_panel_set_table (self->data_panel, self->table, FALSE);
  if (self->has_pending_time)
    hc_data_panel_set_time (self->data_panel, self->pending_time);
  self->has_pending_time = FALSE;

  g_signal_connect_object (self->data_panel, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->data_panel, "roles-changed", G_CALLBACK (roles_changed_cb),
                           self, G_CONNECT_SWAPPED);
  return self->data_panel;
}

static void
reveal_flap_cb (HcWindow *self)
{
  if (adw_flap_get_reveal_flap (self->flap))
    ensure_data_panel (self);
}

HcDataPanel *
hc_window_get_data_panel (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  return ensure_data_panel (self);
}

void
_hc_window_toggle_data (HcWindow *self)
{
  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  HcWindow *self = HC_WINDOW (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(HcTable) table = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(HcDataset) previous = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) why_not = NULL;
  gboolean same_file;

  _hc_window_busy_changed (self, -1);

  /* Superseded by a newer load, cancelled, or the window is gone. */
  table = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  loading_finished (self);

  same_file = self->file != NULL && g_file_equal (self->file, file) &&
              hc_window_get_dataset (self) != NULL;
  if (table != NULL)
    {
      g_autoptr(HcTable) old_table = self->table != NULL ? hc_table_ref (self->table) : NULL;
      g_autoptr(GError) selection_error = NULL;

      /* A reload keeps what the user picked, where the file still has it. */
      if (self->data_panel != NULL)
        hc_data_panel_set_table (self->data_panel, table, same_file);
      else if (!same_file)
        self->has_pending_time = FALSE;
      /* Another file starts with all its years. */
      if (!same_file)
        self->has_range = FALSE;
      dataset = cut_table (self, table, &why_not, &selection_error);
      if (dataset == NULL)
        {
          g_autofree char *path = g_file_get_path (file);

          /* Back to what the panel showed before: the chart stays too. */
          if (old_table != NULL && self->data_panel != NULL)
            hc_data_panel_set_table (self->data_panel, old_table, TRUE);
          error = g_error_new (selection_error->domain, selection_error->code, "%s: %s", path,
                               selection_error->message);
        }
    }

  if (dataset == NULL)
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = NULL;

      /* "figures.csv:3:7: …" reads better than the whole path, which the
       * header bar already shows for the file that is open. */
      if (g_str_has_prefix (error->message, path) && error->message[strlen (path)] == ':')
        message = g_strconcat (name, error->message + strlen (path), NULL);

      show_load_error (self, file, message != NULL ? message : error->message);
      return;
    }

  g_clear_pointer (&self->table, hc_table_unref);
  self->table = hc_table_ref (table);
  previous = hc_window_get_dataset (self) != NULL ? hc_dataset_ref (hc_window_get_dataset (self))
                                                  : NULL;

  /* The same file again (edited on disk, or reloaded): say what changed. */
  if (same_file)
    {
      g_autofree char *changes = hc_dataset_describe_changes (previous, dataset, 3);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *uri = g_file_get_uri (file);
      /* Translators: "figures.csv reloaded: Serbs 120,000 → 130,000; 1 figure added" */
      g_autofree char *message = g_strdup_printf (_("%s reloaded: %s"), name, changes);

      _hc_window_show_message (self, uri, message, FALSE);
    }
  else
    {
      g_set_object (&self->file, file);
      watch_file (self, file);
    }


  /* Whatever failed before, the chart is now the file's. */
  _hc_window_dismiss_load_error (self);
  hc_window_set_dataset (self, dataset);
  if (why_not != NULL)
    show_view_problem (self, why_not->message);
  else
    {
      g_autofree char *view = g_settings_get_string (self->settings, "view");
      HcChartKind kind;

      /* The view picked draws these figures, whatever the last ones fell
       * back to. */
      dismiss_toast (self, "selection");
      if (view_to_kind (view, &kind))
        hc_chart_view_set_kind (self->chart_view, kind);
    }
  update_subtitle (self);
  update_time_bar (self);
}

/* Loads in a worker thread: a big file must not freeze the window. A file
 * that fails to load leaves the chart as it was and says why. */
void
hc_window_open_file (HcWindow *self,
                     GFile    *file)
{
  g_return_if_fail (HC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  start_load (self, file);
}

static void
start_load (HcWindow *self,
            GFile    *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *loading = NULL;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *message = g_strdup_printf (_("%s: only local files can be opened"), uri);

      show_load_error (self, file, message);
      return;
    }

  name = g_file_get_basename (file);
  loading = g_strdup_printf (_("Loading %s…"), name);
  gtk_label_set_text (self->loading_label, loading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->loading_progress),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, loading, -1);
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  if (!gtk_revealer_get_reveal_child (self->loading_revealer))
    self->loading_timeout = g_timeout_add (LOADING_BAR_DELAY_MS, loading_timeout_cb, self);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  _hc_window_busy_changed (self, 1);
  task = g_task_new (self, self->load_cancellable, load_done_cb, g_object_ref (file));
  g_task_set_source_tag (task, hc_window_open_file);
  {
    LoadJob *job = g_new0 (LoadJob, 1);
    const char * const *roles = NULL;

    /* The roles the user gave are the file's: another file starts afresh. */
    if (self->file != NULL && g_file_equal (self->file, file) && self->data_panel != NULL)
      roles = hc_data_panel_get_roles (self->data_panel);
    job->path = g_steal_pointer (&path);
    job->roles = g_strdupv ((char **) roles);
    g_task_set_task_data (task, job, load_job_free);
  }
  g_task_run_in_thread (task, load_thread);
}

/* ---- views ---------------------------------------------------------------- */

static gboolean
view_to_kind (const char  *view,
              HcChartKind *kind)
{
  /* Not hc_chart_kind_from_string(): that one only knows the views that
   * can be drawn today, and the menu offers all of them. */
  for (guint i = 0; i < HC_N_CHART_KINDS; i++)
    if (g_strcmp0 (view, hc_chart_kind_to_string (i)) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

/* "bars", "treemap" … or "table": what the window shows now. */
const char *
hc_window_get_view (HcWindow *self)
{
  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), TABLE_VIEW) == 0)
    return TABLE_VIEW;

  return hc_chart_kind_to_string (hc_chart_view_get_kind (self->chart_view));
}

static void
view_changed_cb (HcWindow *self)
{
  g_autofree char *view = g_settings_get_string (self->settings, "view");
  g_autofree char *icon = NULL;
  HcChartKind kind = HC_CHART_BARS;
  gboolean table = g_str_equal (view, TABLE_VIEW);
  g_autofree char *button_label = NULL;
  gboolean has_scale;

  if (!table && !view_to_kind (view, &kind))
    kind = HC_CHART_BARS;

  /* A view over time and a view of one year cut different figures; views
   * of the same shape share them. */
  if (self->table != NULL && !table && selection_shape (self) != self->applied_shape)
    {
      g_autoptr(GError) error = NULL;

      if (!apply_selection (self, &error))
        {
          _hc_window_show_message (self, "selection", error->message, FALSE);
          /* The figures shown stay; a view that cannot draw them falls
           * back to bars rather than an empty chart. */
          if (!hc_chart_kind_supports (kind, hc_window_get_dataset (self)))
            kind = HC_CHART_BARS;
        }
      else
        dismiss_toast (self, "selection");
    }

  if (!table)
    hc_chart_view_set_kind (self->chart_view, kind);
  else
    ensure_table_view (self);
  g_simple_action_set_enabled (self->relative_action,
                               !table && (kind == HC_CHART_LINE || kind == HC_CHART_AREA));
  g_simple_action_set_enabled (self->region_action, !table && kind == HC_CHART_MAP);
  g_simple_action_set_enabled (self->percent_action, !table && kind == HC_CHART_PYRAMID);
  g_simple_action_set_enabled (self->adaptive_action, !table && kind == HC_CHART_PYRAMID);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_button), !table && kind == HC_CHART_PYRAMID);
  if (kind != HC_CHART_PYRAMID && gtk_toggle_button_get_active (self->compare_button))
    gtk_toggle_button_set_active (self->compare_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, table ? TABLE_VIEW : "chart");

  icon = g_strdup_printf ("hc-view-%s-symbolic", table ? TABLE_VIEW : hc_chart_kind_to_string (kind));
  gtk_image_set_from_icon_name (self->view_image, icon);
  gtk_stack_set_visible_child_name (self->view_labels, table ? TABLE_VIEW : hc_chart_kind_to_string (kind));
  self->view_label = GTK_LABEL (gtk_stack_get_visible_child (self->view_labels));
  /* Translators: the view menu button to a screen reader: "View: Bars" */
  button_label = g_strdup_printf (_("View: %s"), gtk_label_get_text (self->view_label));
  set_button_label (GTK_WIDGET (self->view_button), button_label);

  /* Treemaps, circles and shares encode by area: a log scale there would
   * be a lie, so the toggle only shows where it means something. */
  if (self->table != NULL)
    update_time_bar (self);

  has_scale = !table && hc_chart_kind_has_scale (kind);
  gtk_widget_set_visible (self->scale_box, has_scale);
  gtk_stack_set_visible_child_name (self->scale_slot, has_scale ? "scale" : "none");
  _hc_window_actions_update (self);
}

static void
relative_changed_cb (HcWindow *self)
{
  gboolean relative = g_settings_get_boolean (self->settings, "relative");

  g_simple_action_set_state (self->relative_action, g_variant_new_boolean (relative));
  hc_chart_view_set_relative (self->chart_view, relative);
}

static void
map_region_changed_cb (HcWindow *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "map-region");
  HcMapRegion region = HC_MAP_REGION_DATA;

  hc_map_region_from_string (name, &region);
  g_simple_action_set_state (self->region_action, g_variant_new_string (name));
  hc_chart_view_set_map_region (self->chart_view, region);
}

/* Percent and the fitted axis are settings; the outline is this window's
 * year, kept while the slider moves on. */
static void
pyramid_changed_cb (HcWindow *self)
{
  gboolean percent = g_settings_get_boolean (self->settings, "pyramid-percent");
  gboolean adaptive = g_settings_get_boolean (self->settings, "pyramid-adaptive");

  g_simple_action_set_state (self->percent_action, g_variant_new_boolean (percent));
  g_simple_action_set_state (self->adaptive_action, g_variant_new_boolean (adaptive));
  hc_chart_view_set_pyramid (self->chart_view, percent, adaptive, self->has_compare,
                             self->compare_time);
}

static void
compare_toggled_cb (HcWindow *self)
{
  guint index;

  self->has_compare = FALSE;
  if (gtk_toggle_button_get_active (self->compare_button) && self->times != NULL &&
      self->times->len > 0)
    {
      index = (guint) CLAMP (round (gtk_adjustment_get_value (self->time_adjustment)), 0,
                             self->times->len - 1);
      self->has_compare = TRUE;
      self->compare_time = g_array_index (self->times, double, index);
    }
  pyramid_changed_cb (self);
}

static void
scale_changed_cb (HcWindow *self)
{
  g_autofree char *scale = g_settings_get_string (self->settings, "scale");
  HcScaleMode mode = HC_SCALE_MODE_AUTO;

  hc_scale_mode_from_string (scale, &mode);
  hc_chart_view_set_scale_mode (self->chart_view, mode);
}

/* ---- window state --------------------------------------------------------- */

static void
restore_size (HcWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
hc_window_close_request (GtkWindow *window)
{
  HcWindow *self = HC_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);
  int width, height;

  /* A maximized size says nothing about the size to come back to. */
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (!maximized)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (hc_window_parent_class)->close_request (window);
}

static void
dark_changed_cb (HcWindow        *self,
                 GParamSpec      *pspec,
                 AdwStyleManager *style_manager)
{
  hc_chart_view_set_dark (self->chart_view, adw_style_manager_get_dark (style_manager));
}

static void
hc_window_dispose (GObject *object)
{
  HcWindow *self = HC_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_handle_id (&self->loading_timeout, g_source_remove);
  g_clear_handle_id (&self->loading_pulse, g_source_remove);
  g_clear_handle_id (&self->reload_timeout, g_source_remove);
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_func (self->monitor, file_changed_cb, self);
  g_clear_object (&self->monitor);

  /* The settings actions outlive a closed window as long as the settings
   * do; once removed they no longer report changes to a dead action map. */
  g_action_map_remove_action (G_ACTION_MAP (self), "view");
  g_action_map_remove_action (G_ACTION_MAP (self), "scale");
  g_action_map_remove_action (G_ACTION_MAP (self), "relative");
  g_action_map_remove_action (G_ACTION_MAP (self), "map-region");
  g_action_map_remove_action (G_ACTION_MAP (self), "pyramid-percent");
  g_action_map_remove_action (G_ACTION_MAP (self), "pyramid-adaptive");
  g_clear_object (&self->relative_action);
  g_clear_object (&self->region_action);
  g_clear_object (&self->percent_action);
  g_clear_object (&self->adaptive_action);

  if (self->toasts != NULL)
    {
      GHashTableIter iter;
      gpointer toast;

      g_hash_table_iter_init (&iter, self->toasts);
      while (g_hash_table_iter_next (&iter, NULL, &toast))
        g_signal_handlers_disconnect_by_func (toast, toast_dismissed_cb, self);
      g_clear_pointer (&self->toasts, g_hash_table_unref);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_WINDOW);
  self->data_panel = NULL;  /* went with the flap */
  g_clear_pointer (&self->table, hc_table_unref);
  self->table_view = NULL;  /* went with the stack */
  g_clear_object (&self->file);
  g_clear_object (&self->error_file);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->load_cancellable);

  G_OBJECT_CLASS (hc_window_parent_class)->dispose (object);
}

static void
hc_window_finalize (GObject *object)
{
  HcWindow *self = HC_WINDOW (object);

  g_clear_pointer (&self->last_message, g_free);
  g_clear_pointer (&self->load_error, g_free);

  G_OBJECT_CLASS (hc_window_parent_class)->finalize (object);
}

static void
hc_window_class_init (HcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hc_window_dispose;
  object_class->finalize = hc_window_finalize;
  window_class->close_request = hc_window_close_request;

  g_type_ensure (HC_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headcount/Headcount/hc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, chart_view);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, view_button);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, primary_button);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, view_menu);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, view_image);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, view_labels);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, scale_slot);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, scale_box);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, loading_revealer);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, error_title);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, error_detail);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, error_previous);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, data_button);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, time_revealer);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, play_button);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, time_scale);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, time_adjustment);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, time_label);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, time_stack);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, compare_button);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, from_scale);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, to_scale);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, from_adjustment);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, to_adjustment);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, from_label);
  gtk_widget_class_bind_template_child (widget_class, HcWindow, to_label);

  _hc_window_class_actions_init (widget_class);
}

/* A menu button builds its whole popover when it is given a menu: half of
 * the window's template. Both menus wait until they are first opened. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       menu)
{
  gtk_menu_button_set_menu_model (button, menu);
}

static void
hc_window_init (HcWindow *self)
{
  g_autoptr(GError) error = NULL;
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();
  self->toasts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  gtk_menu_button_set_create_popup_func (self->view_button, create_popup_cb,
                                         self->view_menu, NULL);
  gtk_menu_button_set_create_popup_func (self->primary_button, create_popup_cb,
                                         self->primary_menu, NULL);

  _hc_window_actions_init (self);
  _hc_window_dnd_init (self);

  set_button_label (GTK_WIDGET (self->primary_button), _("Main Menu"));
  set_button_label (GTK_WIDGET (self->data_button), _("Data"));
  g_signal_connect (self->error_revealer, "notify::child-revealed", G_CALLBACK (child_revealed_cb), NULL);
  g_signal_connect (self->loading_revealer, "notify::child-revealed", G_CALLBACK (child_revealed_cb), NULL);

  for (guint i = 0; i <= HC_N_CHART_KINDS; i++)
    {
      gboolean table = i == HC_N_CHART_KINDS;
      GtkWidget *label = gtk_label_new (table ? _("Table") : hc_chart_kind_get_title (i));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_stack_add_named (self->view_labels, label, table ? TABLE_VIEW : hc_chart_kind_to_string (i));
    }

  g_signal_connect_object (self->settings, "changed::view", G_CALLBACK (view_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::scale", G_CALLBACK (scale_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::relative", G_CALLBACK (relative_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::map-region",
                           G_CALLBACK (map_region_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::pyramid-percent",
                           G_CALLBACK (pyramid_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::pyramid-adaptive",
                           G_CALLBACK (pyramid_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->compare_button, "toggled", G_CALLBACK (compare_toggled_cb),
                           self, G_CONNECT_SWAPPED);
  view_changed_cb (self);
  scale_changed_cb (self);
  relative_changed_cb (self);
  map_region_changed_cb (self);
  pyramid_changed_cb (self);
  restore_size (self);

  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (dark_changed_cb),
                           self, G_CONNECT_SWAPPED);
  dark_changed_cb (self, NULL, style_manager);

  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (reveal_flap_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_bind_property (self->flap, "reveal-flap", self->data_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (self->time_adjustment, "value-changed",
                           G_CALLBACK (time_value_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_adjustment, "value-changed",
                           G_CALLBACK (range_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_adjustment, "value-changed",
                           G_CALLBACK (range_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->play_button, "toggled", G_CALLBACK (play_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self->time_revealer, "notify::child-revealed",
                    G_CALLBACK (child_revealed_cb), NULL);

  _hc_window_dismiss_load_error (self);
  self->table = hc_loader_read_default (&error);
  if (self->table == NULL)
    _hc_window_show_message (self, NULL, error->message, TRUE);
  else if (!apply_selection (self, &error))
    {
      if (hc_window_get_dataset (self) != NULL)
        show_view_problem (self, error->message);
      else
        _hc_window_show_message (self, NULL, error->message, TRUE);
    }
}
