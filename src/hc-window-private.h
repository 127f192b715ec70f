/* hc-window-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is one class split by concern: hc-window.c (state, loading,
 * settings), hc-window-actions.c (what the menus and shortcuts do),
 * hc-window-dnd.c (dropping files). They share this struct.
 */
#pragma once

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
  GtkLabel             *view_label;
  GtkWidget            *scale_box;
  GtkRevealer          *loading_revealer;
  GtkLabel             *loading_label;
  GtkProgressBar       *loading_progress;

  /* Owned references */
  GSettings            *settings;
  GFile                *file;
  GCancellable         *cancellable;       /* cancelled on dispose: late results are dropped */
  GCancellable         *load_cancellable;  /* of the running load: a newer one replaces it */
  char                 *last_message;
  GFileMonitor         *monitor;           /* of self->file: changes on disk reload it */

  guint                 loading_timeout;   /* shows the loading bar once a load is slow */
  guint                 loading_pulse;
  guint                 reload_timeout;    /* coalesces the events of one save */

  guint                 n_busy;        /* loads and exports still running */
};

void _hc_window_class_actions_init (GtkWidgetClass *widget_class);
void _hc_window_actions_init       (HcWindow       *self);
void _hc_window_actions_update     (HcWindow       *self);
void _hc_window_dnd_init           (HcWindow       *self);
void _hc_window_busy_changed       (HcWindow       *self,
                                    int             delta);
void _hc_window_cancel_load        (HcWindow       *self);
void _hc_window_show_message       (HcWindow       *self,
                                    const char     *message,
                                    gboolean        persistent);

G_END_DECLS
