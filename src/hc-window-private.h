/* hc-window-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is one class split by concern: hc-window.c (state, loading,
 * settings), hc-window-actions.c (what the menus and shortcuts do),
 * hc-window-dnd.c (dropping files). They share this struct.
 */
#pragma once

#include "hc-data-panel.h"
#include "hc-window.h"

G_BEGIN_DECLS

struct _HcWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  HcChartView          *chart_view;
  HcTableView          *table_view;       /* on the stack once first shown */
  GtkMenuButton        *view_button;
  GtkMenuButton        *primary_button;
  GMenuModel           *view_menu;
  GMenuModel           *primary_menu;
  GtkImage             *view_image;
  GtkStack             *view_labels;
  GtkLabel             *view_label;        /* the one of view_labels on show */
  GtkStack             *scale_slot;
  GtkWidget            *scale_box;
  GtkRevealer          *loading_revealer;
  GtkLabel             *loading_label;
  GtkProgressBar       *loading_progress;
  GtkRevealer          *error_revealer;
  GtkWidget            *error_bar;
  GtkLabel             *error_title;
  GtkLabel             *error_detail;
  GtkLabel             *error_previous;
  AdwFlap              *flap;
  HcDataPanel          *data_panel;     /* NULL until first shown */
  gboolean              has_pending_time; /* the slider's year, while there is no panel */
  double                pending_time;
  GtkToggleButton      *data_button;
  GtkRevealer          *time_revealer;
  GtkToggleButton      *play_button;
  GtkScale             *time_scale;
  GtkAdjustment        *time_adjustment;
  GtkLabel             *time_label;
  GtkStack             *time_stack;
  GtkScale             *from_scale;
  GtkScale             *to_scale;
  GtkAdjustment        *from_adjustment;
  GtkAdjustment        *to_adjustment;
  GtkLabel             *from_label;
  GtkLabel             *to_label;
  gboolean              has_range;      /* views over time: the user narrowed the years */
  double                range_from;
  double                range_to;

  /* Owned references */
  GSettings            *settings;
  GSimpleAction        *relative_action;  /* win.relative, for lines and areas */
  GSimpleAction        *region_action;    /* win.map-region, for the map */
  GSimpleAction        *percent_action;   /* win.pyramid-percent */
  GSimpleAction        *adaptive_action;  /* win.pyramid-adaptive */
  GtkToggleButton      *compare_button;
  gboolean              has_compare;      /* pyramids: the year kept as an outline */
  double                compare_time;
  HcTable              *table;             /* what the chart is cut from */
  GFile                *file;
  GCancellable         *cancellable;       /* cancelled on dispose: late results are dropped */
  GCancellable         *load_cancellable;  /* of the running load: a newer one replaces it */
  char                 *last_message;
  char                 *load_error;        /* what the error bar says, or NULL */
  GFile                *error_file;        /* the file it is about */
  GHashTable           *toasts;            /* topic → the AdwToast shown or queued about it */
  GFileMonitor         *monitor;           /* of self->file: changes on disk reload it */

  guint                 loading_timeout;   /* shows the loading bar once a load is slow */
  guint                 loading_pulse;
  guint                 reload_timeout;    /* coalesces the events of one save */

  guint                 n_busy;        /* loads and exports still running */
  GArray               *times;         /* of double: the slider's years */
  guint                 play_timeout;
  gboolean              moving_time;   /* the slider follows the chart: no feedback */
  HcSelectionShape      applied_shape; /* of the figures on show */
};

void _hc_window_class_actions_init (GtkWidgetClass *widget_class);
void _hc_window_actions_init       (HcWindow       *self);
void _hc_window_actions_update     (HcWindow       *self);
void _hc_window_dnd_init           (HcWindow       *self);
void _hc_window_busy_changed       (HcWindow       *self,
                                    int             delta);
void _hc_window_cancel_load        (HcWindow       *self);
void _hc_window_show_message       (HcWindow       *self,
                                    const char     *topic,
                                    const char     *message,
                                    gboolean        persistent);
void _hc_window_add_toast          (HcWindow       *self,
                                    const char     *topic,
                                    AdwToast       *toast);
void _hc_window_dismiss_load_error (HcWindow       *self);
void _hc_window_retry_load         (HcWindow       *self);
void _hc_window_toggle_data        (HcWindow       *self);

G_END_DECLS
