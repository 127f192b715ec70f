/* window-wait.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the GUI tests share: running the main loop until the window has
 * done something, always with a time limit; opening and closing windows
 * with a leak check; and running each test in a process of its own, so
 * that whatever happens in one (a failed assertion, a crash, a hang)
 * leaves no files, windows or settings behind for the next.
 */
#pragma once

#include "hc-chart-view.h"
#include "hc-window.h"

G_BEGIN_DECLS

/* How long any wait may take before the test fails. */
#define WINDOW_WAIT_SECONDS 10

/* How long one test may run, in its own process, before it is killed. */
#define WINDOW_TEST_SECONDS 30

typedef gboolean (*WindowWaitFunc) (gpointer data);

gboolean  window_wait_timeout_cb (gpointer        data);
void      window_wait_until      (WindowWaitFunc  condition,
                                  gpointer        data,
                                  const char     *what);
void      window_wait_for_draw   (HcChartView    *view);
void      window_wait_for_kind   (HcChartView    *view,
                                  HcChartKind     kind);
void      window_wait_idle       (HcWindow       *window);
/* Runs the main loop until @widget's window has painted a frame. */
void      window_wait_for_frame  (GtkWidget      *widget);

HcWindow *window_test_new        (void);
void      window_test_destroy    (gpointer        window);
void      window_test_finalize   (gpointer        object);

/* @widget's last frame rendered as the compositor would (NULL when it
 * has none to give), and one of its pixels as 0xRRGGBB. */
GdkTexture *window_test_render   (GtkWidget      *widget);
/* The preferences row titled @title under @root, found the way a person
 * finds it: by what it says; NULL when there is none. */
GtkWidget  *window_test_find_row (GtkWidget      *root,
                                  const char     *title);
/* Picks @text in the combo row @row, as a person would; fails the test
 * when the row does not offer it. */
void        window_test_select   (GtkWidget      *row,
                                  const char     *text);

/* What the chart's own drawing gives now, not the last frame's. */
GdkTexture *window_test_render_chart (HcChartView *view);
guint32   window_test_pixel      (GdkTexture     *texture,
                                  int             x,
                                  int             y);

typedef struct
{
  char *dir;  /* this test's own folder for files; removed after the test whatever happened */
} WindowTest;

typedef void (*WindowTestFunc) (WindowTest *test);

void      window_test_init       (int            *argc,
                                  char         ***argv);
void      window_test_add        (const char     *path,
                                  WindowTestFunc  func);
char     *window_test_write_file (WindowTest     *test,
                                  const char     *name,
                                  const char     *contents,
                                  gssize          length);

G_END_DECLS
