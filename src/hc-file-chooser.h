/* hc-file-chooser.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called once the dialog closes, with the chosen file or with %NULL when
 * the user cancelled. @instance is the object passed in, kept alive until
 * then. */
typedef void (*HcFileChosenFunc) (gpointer  instance,
                                  GFile    *file);

void hc_file_chooser_open (GtkWindow        *parent,
                           GFile            *folder,
                           HcFileChosenFunc  callback,
                           gpointer          instance);

void hc_file_chooser_save (GtkWindow        *parent,
                           const char       *title,
                           const char       *initial_name,
                           GFile            *folder,
                           HcFileChosenFunc  callback,
                           gpointer          instance);

G_END_DECLS
