/* hc-chart-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hc-chart-view.h"
#include "hc-dataset-diff.h"
#include "hc-map.h"
#include "hc-number.h"

struct _HcChartView
{
  GtkWidget       parent_instance;

  /* Owned references */
  HcDataset      *dataset;
  HcChartLayout  *layout;   /* from the last snapshot: hit tests and focus use it */
  char           *described;  /* the description screen readers were last given */
  HcChartKind     layout_kind;       /* what the layout was drawn with */
  HcScaleMode     layout_scale_mode;
  HcDataset      *layout_dataset;    /* not a reference: compared, never used */
  /* Moving to another year: the figures drawn on the way there. */
  HcDataset      *shown;     /* what is drawn now; NULL when it is the dataset */
  HcDataset      *from;      /* where the move started */
  gint64          move_start;
  guint           move_tick;
  /* The chart as last drawn, kept while only the guide moves over it. */
  GskRenderNode  *chart_node;
  HcChartOptions  node_options;
  int             node_width;
  int             node_height;
  int             node_scale;
  gboolean        node_dark;

  /* Template widgets */
  GtkPopover     *details;        /* the focused figure's tooltip, for the keyboard */
  GtkLabel       *details_label;

  HcChartKind     kind;
  HcScaleMode     scale_mode;
  int             focused;
  GdkRectangle    details_area;   /* where details points to */
  double          pointer_x;      /* where the pointer was when the details showed */
  double          pointer_y;
  guint           dark : 1;
  guint           pressing : 1;   /* a click is giving the chart the focus */
  guint           pointer_known : 1;
  guint           relative : 1;
  guint           pyramid_percent : 1;
  guint           pyramid_adaptive : 1;
  guint           has_compare : 1;
  double          compare_time;
  guint           guide_shown : 1;   /* lines: the guide at guide_time */
  double          guide_time;
  HcMapRegion     map_region;
};

G_DEFINE_FINAL_TYPE (HcChartView, hc_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_KIND,
  PROP_SCALE_MODE,
  PROP_DARK,
  PROP_FOCUSED,
  PROP_RELATIVE,
  PROP_MAP_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
hc_chart_view_new (void)
{
  return g_object_new (HC_TYPE_CHART_VIEW, NULL);
}

void
hc_chart_view_get_options (HcChartView    *self,
                           HcChartOptions *options)
{
  g_return_if_fail (HC_IS_CHART_VIEW (self));
  g_return_if_fail (options != NULL);

  hc_chart_options_init (options);
  options->kind = self->kind;
  options->scale_mode = self->scale_mode;
  options->focused = gtk_widget_has_focus (GTK_WIDGET (self)) ? self->focused : -1;
  options->relative = self->relative;
  options->map_region = self->map_region;
  options->pyramid_percent = self->pyramid_percent;
  options->pyramid_adaptive = self->pyramid_adaptive;
  options->has_compare = self->has_compare;
  options->compare_time = self->compare_time;
}

char *
hc_chart_view_get_description (HcChartView *self)
{
  HcChartOptions options;

  g_return_val_if_fail (HC_IS_CHART_VIEW (self), NULL);

  if (self->dataset == NULL)
    return g_strdup (_("No data"));

  /* What is shown depends on the size: once drawn, say what was drawn,
   * unless the view, the scale or the figures changed since. */
  if (self->layout != NULL && self->layout_kind == self->kind &&
      self->layout_scale_mode == self->scale_mode && self->layout_dataset == self->dataset)
    return hc_chart_layout_describe (self->layout, self->dataset);

  hc_chart_view_get_options (self, &options);
  return hc_chart_describe (self->dataset, &options);
}

/* The figures in reading order (the order the arrow keys take them in),
 * from the last layout. */
static GArray *
reading_order (HcChartView *self)
{
  GArray *figures = g_array_new (FALSE, FALSE, sizeof (int));

  if (self->layout == NULL)
    return figures;

  for (guint i = 0; i < self->layout->marks->len; i++)
    {
      int figure = g_array_index (self->layout->marks, HcMark, i).figure;

      if (figure >= 0)
        g_array_append_val (figures, figure);
    }

  return figures;
}

/* "Serbs, about 120,000 people": what a screen reader says first; on a
 * view over time, "Albania, 1990, 3,286,542". */
static char *
figure_name (HcChartView    *self,
             const HcFigure *figure)
{
  g_autofree char *number = hc_number_format (figure->value, FALSE);
  g_autofree char *value = figure->unit != NULL ? g_strdup_printf ("%s %s", number, figure->unit)
                                                : g_strdup (number);

  if (figure->has_time && hc_chart_kind_is_series (self->kind))
    {
      g_autofree char *when = hc_chart_format_time (figure->time,
                                                    hc_dataset_get_time_kind (self->dataset));
      g_autofree char *at = g_strdup_printf ("%s, %s", when, value);

      g_free (value);
      value = g_steal_pointer (&at);
    }

  if (figure->approximate)
    /* Translators: a figure in a chart description: "Serbs, about 120,000". */
    return g_strdup_printf (_("%s, about %s"), figure->label, value);

  return g_strdup_printf ("%s, %s", figure->label, value);
}

/* "Population. “Around 120,000 Serbs remain …” Figure 2 of 5." */
static char *
figure_details (HcChartView    *self,
                int             index,
                const HcFigure *figure)
{
  g_autoptr(GArray) order = reading_order (self);
  GString *text = g_string_new (NULL);
  guint position = 0;

  if (figure->category != NULL)
    g_string_append (text, figure->category);
  if (figure->note != NULL)
    g_string_append_printf (text, text->len > 0 ? " · %s" : "%s", figure->note);
  if (text->len > 0)
    g_string_append (text, ". ");
  if (figure->quote != NULL)
    {
      g_string_append_printf (text, C_("quotation", "“%s”"), figure->quote);
      g_string_append_c (text, ' ');
    }

  while (position < order->len && g_array_index (order, int, position) != index)
    position++;
  if (position < order->len)
    /* Translators: where the focused figure is among those on the chart */
    g_string_append_printf (text, _("Figure %u of %u."), position + 1, order->len);

  return g_string_free (text, FALSE);
}

/* With the keyboard on a figure, the chart is that figure to a screen
 * reader: its name and description change with each arrow key, which
 * is what makes a screen reader say the new one. Otherwise it is the
 * whole chart. */
static void
update_accessible (HcChartView *self)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;

  if (self->dataset != NULL && self->focused >= 0 && gtk_widget_has_focus (GTK_WIDGET (self)))
    {
      const HcFigure *figure = hc_dataset_get_figure (self->dataset, self->focused);

      name = figure_name (self, figure);
      description = figure_details (self, self->focused, figure);
    }
  else
    {
      name = g_strdup (self->dataset != NULL ? hc_dataset_get_title (self->dataset) : _("Chart"));
      /* Before the chart is drawn its description would cost a drawing of
       * its own: the first snapshot tells it. */
      if (self->layout != NULL || self->dataset == NULL)
        description = hc_chart_view_get_description (self);
    }

  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static gboolean
mark_area (HcChartView  *self,
           int           figure,
           GdkRectangle *area)
{
  const HcMark *mark = self->layout != NULL ? hc_chart_layout_find_mark (self->layout, figure) : NULL;

  if (mark == NULL)
    return FALSE;

  *area = (GdkRectangle) { (int) mark->x, (int) mark->y,
                           MAX ((int) mark->width, 1), MAX ((int) mark->height, 1) };
  return TRUE;
}

static char *figure_tooltip (HcChartView *self,
                             int          figure);

/* What hovering shows, for the figure the keyboard is on: a tooltip does
 * not follow the focus in GTK 4, so a popover that takes no focus stands
 * in for it. */
static void
show_details (HcChartView *self)
{
  g_autofree char *text = NULL;
  GdkRectangle area;

  if (self->dataset == NULL || self->focused < 0 || !gtk_widget_has_focus (GTK_WIDGET (self)) ||
      !mark_area (self, self->focused, &area))
    {
      gtk_popover_popdown (self->details);
      return;
    }

  text = figure_tooltip (self, self->focused);
  gtk_label_set_text (self->details_label, text);
  self->details_area = area;
  gtk_popover_set_pointing_to (self->details, &area);
  gtk_popover_popup (self->details);
}

static void
hide_details (HcChartView *self)
{
  gtk_popover_popdown (self->details);
}

/* Whether the details of the focused figure are on screen (for tests). */
gboolean
hc_chart_view_get_details_visible (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->details));
}

/* The text of the details popover: the figure's tooltip. */
const char *
hc_chart_view_get_details_text (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), NULL);

  return gtk_label_get_text (self->details_label);
}

static void
draw_guide (HcChartView          *self,
            GtkSnapshot          *snapshot,
            HcChartOptions       *options,
            const HcChartStyle   *style)
{
  cairo_t *cr;

  if (!self->guide_shown || self->layout == NULL || self->layout->kind != HC_CHART_LINE)
    return;
  options->has_guide = TRUE;
  options->guide_time = self->guide_time;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, self->layout->width,
                                                                 self->layout->height));
  hc_chart_render_overlay (cr, self->layout, self->dataset, options, style);
  cairo_destroy (cr);
}

static void
hc_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  HcChartView *self = HC_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const HcChartStyle *style;
  HcChartOptions options;
  cairo_t *cr;

  if (self->dataset == NULL || width <= 0 || height <= 0)
    return;

  hc_chart_view_get_options (self, &options);
  style = hc_chart_style_get (self->dark ? HC_THEME_DARK : HC_THEME_LIGHT);

  /* The guide follows the pointer at the pointer's pace: over a chart
   * drawn as before, only the guide is drawn again. */
  if (self->chart_node != NULL && self->node_width == width && self->node_height == height &&
      self->node_scale == gtk_widget_get_scale_factor (widget) && self->node_dark == self->dark && self->node_options.kind == options.kind &&
      self->node_options.scale_mode == options.scale_mode &&
      self->node_options.focused == options.focused &&
      self->node_options.relative == options.relative &&
      self->node_options.map_region == options.map_region &&
      self->node_options.pyramid_percent == options.pyramid_percent &&
      self->node_options.pyramid_adaptive == options.pyramid_adaptive &&
      self->node_options.has_compare == options.has_compare &&
      self->node_options.compare_time == options.compare_time && self->layout != NULL)
    {
      gtk_snapshot_append_node (snapshot, self->chart_node);
      draw_guide (self, snapshot, &options, style);
      return;
    }

  /* A line chart is drawn into pixels at the screen's density, as an
   * export is: its lines are then rasterised by the core itself, in less
   * than half the time a cairo node replayed by GTK takes to stroke them,
   * and the window shows the very pixels a PNG of that size would hold.
   * The other views stay a cairo node, which GTK draws straight onto the
   * window with no image in between. */
  {
    GtkSnapshot *chart = gtk_snapshot_new ();
    int scale = gtk_widget_get_scale_factor (widget);
    cairo_surface_t *surface = options.kind == HC_CHART_LINE
      ? cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale)
      : NULL;

    g_clear_pointer (&self->layout, hc_chart_layout_free);
    if (surface != NULL && cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
      {
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(GdkTexture) texture = NULL;

        cairo_surface_set_device_scale (surface, scale, scale);
        cr = cairo_create (surface);
        self->layout = hc_chart_render (cr, width, height,
                                        self->shown != NULL ? self->shown : self->dataset,
                                        &options, style);
        cairo_destroy (cr);
        cairo_surface_flush (surface);
        bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                            (gsize) cairo_image_surface_get_stride (surface) *
                                            (gsize) (height * scale),
                                            (GDestroyNotify) cairo_surface_destroy,
                                            cairo_surface_reference (surface));
        texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT,
                                          bytes, (gsize) cairo_image_surface_get_stride (surface));
        gtk_snapshot_append_texture (chart, texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
      }
    else
      {
        cr = gtk_snapshot_append_cairo (chart, &GRAPHENE_RECT_INIT (0, 0, width, height));
        self->layout = hc_chart_render (cr, width, height,
                                        self->shown != NULL ? self->shown : self->dataset,
                                        &options, style);
        cairo_destroy (cr);
      }
    g_clear_pointer (&surface, cairo_surface_destroy);
    g_clear_pointer (&self->chart_node, gsk_render_node_unref);
    self->chart_node = gtk_snapshot_free_to_node (chart);
  }
  self->node_scale = gtk_widget_get_scale_factor (widget);
  self->node_options = options;
  self->node_width = width;
  self->node_height = height;
  self->node_dark = self->dark;
  self->layout_kind = self->kind;
  self->layout_scale_mode = self->scale_mode;
  self->layout_dataset = self->dataset;
  if (self->chart_node != NULL)
    gtk_snapshot_append_node (snapshot, self->chart_node);
  draw_guide (self, snapshot, &options, style);

  /* The description follows what this size shows (how many figures are
   * folded into Other, say); told again only when it changed, and of the
   * figures the chart moves to, not of those on the way. */
  if ((self->focused < 0 || !gtk_widget_has_focus (widget)) && self->shown == NULL)
    {
      g_autofree char *description = hc_chart_layout_describe (self->layout, self->dataset);

      if (g_strcmp0 (description, self->described) != 0)
        {
          g_free (self->described);
          self->described = g_steal_pointer (&description);
          update_accessible (self);
        }
    }

  /* A new layout (another view, size or scale) moves the focused mark. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->details)))
    {
      GdkRectangle area;

      if (!mark_area (self, self->focused, &area))
        hide_details (self);
      else if (!gdk_rectangle_equal (&area, &self->details_area))
        {
          self->details_area = area;
          gtk_popover_set_pointing_to (self->details, &area);
        }
    }
}

static void
hc_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  HcChartView *self = HC_CHART_VIEW (widget);

  gtk_popover_present (self->details);
}

/* A view that says more than the figure does (a map: the year and the
 * rank) gives its mark the whole text. */
static char *
figure_tooltip (HcChartView *self,
                int          figure)
{
  const HcMark *mark = self->layout != NULL ? hc_chart_layout_find_mark (self->layout, figure)
                                            : NULL;

  if (mark != NULL && mark->summary != NULL)
    return g_strdup (mark->summary);
  return hc_chart_figure_tooltip (self->dataset, figure);
}

/* What the tooltip at (@x, @y) says, and the area it belongs to; NULL
 * over no mark. */
static char *
tooltip_at (HcChartView  *self,
            double        x,
            double        y,
            gboolean      keyboard_mode,
            GdkRectangle *area)
{
  const HcMark *mark;
  int figure;

  if (self->layout == NULL || self->dataset == NULL)
    return NULL;

  if (!keyboard_mode)
    {
      const HcMark *other = hc_chart_layout_mark_at (self->layout, x, y);

      /* "Other" holds many figures: its tooltip says which. */
      if (other != NULL && other->figure < 0 && other->summary != NULL)
        {
          *area = (GdkRectangle) { (int) other->x, (int) other->y, MAX ((int) other->width, 1),
                                   MAX ((int) other->height, 1) };
          return g_strdup (other->summary);
        }
    }

  figure = keyboard_mode ? self->focused : hc_chart_layout_hit_test (self->layout, x, y);
  if (figure < 0 || (guint) figure >= hc_dataset_get_n_figures (self->dataset))
    return NULL;

  mark = hc_chart_layout_find_mark (self->layout, figure);
  *area = mark != NULL
    ? (GdkRectangle) { (int) mark->x, (int) mark->y, MAX ((int) mark->width, 1),
                       MAX ((int) mark->height, 1) }
    : (GdkRectangle) { (int) x, (int) y, 1, 1 };
  return figure_tooltip (self, figure);
}

/* The text a tooltip at (@x, @y) shows, or NULL: for tests. */
char *
hc_chart_view_get_tooltip_at (HcChartView *self,
                              double       x,
                              double       y)
{
  GdkRectangle area;

  g_return_val_if_fail (HC_IS_CHART_VIEW (self), NULL);

  return tooltip_at (self, x, y, FALSE, &area);
}

static gboolean
hc_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  HcChartView *self = HC_CHART_VIEW (widget);
  g_autofree char *text = NULL;
  GdkRectangle area;
  GtkWidget *label;

  /* Plain text: labels and quotes come from files and are not markup. */
  text = tooltip_at (self, x, y, keyboard_mode, &area);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_tip_area (tooltip, &area);
  /* A quote is a whole sentence: wrap it rather than let the tooltip run
   * across the screen. */
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_tooltip_set_custom (tooltip, label);
  return TRUE;
}

/* Arrow keys walk the marks in the order the view drew them (reading
 * order), and show the figure they land on as hovering would. */
static void
move_focus (HcChartView *self,
            int          delta)
{
  g_autoptr(GArray) figures = reading_order (self);
  int position = -1;

  if (figures->len == 0)
    return;

  for (guint i = 0; i < figures->len; i++)
    if (g_array_index (figures, int, i) == self->focused)
      position = (int) i;

  if (position < 0)
    position = delta > 0 ? 0 : (int) figures->len - 1;
  else
    position = CLAMP (position + delta, 0, (int) figures->len - 1);

  hc_chart_view_set_focused (self, g_array_index (figures, int, position));
  show_details (self);
}

static void
set_guide (HcChartView *self,
           gboolean     shown,
           double       time)
{
  if (self->guide_shown == shown && (!shown || self->guide_time == time))
    return;
  self->guide_shown = shown;
  self->guide_time = time;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Views over time: left and right go along a line, up and down to the
 * line above or below at the same time, Home and End to its ends; the
 * guide comes along and shows every line's value at the focused time. */
static gboolean
navigate_series (HcChartView *self,
                 guint        keyval)
{
  HcDirection direction;
  const HcMark *mark;
  int figure;

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: direction = HC_DIRECTION_LEFT; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: direction = HC_DIRECTION_RIGHT; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: direction = HC_DIRECTION_UP; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: direction = HC_DIRECTION_DOWN; break;
    case GDK_KEY_Home: case GDK_KEY_KP_Home: direction = HC_DIRECTION_HOME; break;
    case GDK_KEY_End: case GDK_KEY_KP_End: direction = HC_DIRECTION_END; break;
    default: return FALSE;
    }

  figure = hc_chart_layout_navigate (self->layout, self->focused, direction);
  if (figure < 0)
    return FALSE;
  hc_chart_view_set_focused (self, figure);
  mark = hc_chart_layout_find_mark (self->layout, figure);
  if (mark != NULL && self->layout->kind == HC_CHART_LINE)
    set_guide (self, TRUE, mark->time);
  show_details (self);
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                HcChartView           *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;

  /* On a map, left and right go by rank, up and down by name. */
  if (self->kind == HC_CHART_MAP && self->layout != NULL && self->dataset != NULL &&
      (keyval == GDK_KEY_Up || keyval == GDK_KEY_Down ||
       keyval == GDK_KEY_KP_Up || keyval == GDK_KEY_KP_Down))
    {
      int delta = keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down ? 1 : -1;
      int figure = hc_chart_layout_step_map (self->layout, self->dataset, self->focused, delta,
                                             TRUE);

      if (figure >= 0)
        {
          hc_chart_view_set_focused (self, figure);
          show_details (self);
        }
      return GDK_EVENT_STOP;
    }

  if (self->layout != NULL && self->dataset != NULL &&
      hc_chart_kind_is_series (self->layout->kind) &&
      self->layout->series != NULL && self->layout->series->len > 0 &&
      navigate_series (self, keyval))
    return GDK_EVENT_STOP;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
      move_focus (self, 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
      move_focus (self, -1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Home:
      self->focused = -1;
      move_focus (self, 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_End:
      self->focused = -1;
      move_focus (self, -1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Escape:
      if (!gtk_widget_get_visible (GTK_WIDGET (self->details)))
        return GDK_EVENT_PROPAGATE;
      hide_details (self);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            HcChartView     *self)
{
  int figure = self->layout != NULL ? hc_chart_layout_hit_test (self->layout, x, y) : -1;

  /* The pointer shows its own tooltip; the keyboard's would be in the way. */
  hide_details (self);
  self->pressing = TRUE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->pressing = FALSE;
  if (figure >= 0)
    hc_chart_view_set_focused (self, figure);
}

/* A pointer that moves over the chart shows its own tooltips, and the
 * keyboard's details would only be in the way. GTK also reports motion
 * when nothing moved (a popover appearing over a resting pointer), so
 * only a move of some pixels from where the pointer was counts. */
#define POINTER_MOVE_PX 6

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           HcChartView              *self)
{
  if (self->pointer_known && (fabs (x - self->pointer_x) > POINTER_MOVE_PX ||
                              fabs (y - self->pointer_y) > POINTER_MOVE_PX))
    hide_details (self);

  /* On lines, a guide at the time nearest the pointer. */
  if (self->layout != NULL && self->layout->kind == HC_CHART_LINE)
    {
      double time;

      if (hc_chart_layout_time_at (self->layout, x, &time))
        set_guide (self, TRUE, time);
      else
        set_guide (self, FALSE, 0);
    }

  if (!self->pointer_known || !gtk_widget_get_visible (GTK_WIDGET (self->details)))
    {
      self->pointer_x = x;
      self->pointer_y = y;
      self->pointer_known = TRUE;
    }
}

static void
leave_cb (GtkEventControllerMotion *controller,
          HcChartView              *self)
{
  self->pointer_known = FALSE;
  set_guide (self, FALSE, 0);
}

/* Where the guide over a line chart is, if it shows: for tests. */
gboolean
hc_chart_view_get_guide (HcChartView *self,
                         double      *time)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), FALSE);

  if (time != NULL)
    *time = self->guide_time;
  return self->guide_shown && self->layout != NULL && self->layout->kind == HC_CHART_LINE;
}

/* Tab onto the chart lands on a figure at once, outlined and told, rather
 * than on a chart that shows no focus until an arrow key is pressed. */
static void
focus_changed_cb (HcChartView *self)
{
  if (gtk_widget_has_focus (GTK_WIDGET (self)))
    {
      if (self->focused < 0)
        move_focus (self, 1);
      else if (!self->pressing)
        show_details (self);
    }
  else
    hide_details (self);

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void stop_moving (HcChartView *self);

static void
hc_chart_view_dispose (GObject *object)
{
  HcChartView *self = HC_CHART_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_CHART_VIEW);
  stop_moving (self);
  g_clear_pointer (&self->dataset, hc_dataset_unref);
  g_clear_pointer (&self->layout, hc_chart_layout_free);
  g_clear_pointer (&self->chart_node, gsk_render_node_unref);
  g_clear_pointer (&self->described, g_free);

  G_OBJECT_CLASS (hc_chart_view_parent_class)->dispose (object);
}

static void
hc_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HcChartView *self = HC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_boxed (value, self->dataset);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_SCALE_MODE:
      g_value_set_int (value, self->scale_mode);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    case PROP_FOCUSED:
      g_value_set_int (value, self->focused);
      break;
    case PROP_RELATIVE:
      g_value_set_boolean (value, self->relative);
      break;
    case PROP_MAP_REGION:
      g_value_set_int (value, self->map_region);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HcChartView *self = HC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      hc_chart_view_set_dataset (self, g_value_get_boxed (value));
      break;
    case PROP_KIND:
      hc_chart_view_set_kind (self, g_value_get_int (value));
      break;
    case PROP_SCALE_MODE:
      hc_chart_view_set_scale_mode (self, g_value_get_int (value));
      break;
    case PROP_DARK:
      hc_chart_view_set_dark (self, g_value_get_boolean (value));
      break;
    case PROP_FOCUSED:
      hc_chart_view_set_focused (self, g_value_get_int (value));
      break;
    case PROP_RELATIVE:
      hc_chart_view_set_relative (self, g_value_get_boolean (value));
      break;
    case PROP_MAP_REGION:
      hc_chart_view_set_map_region (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_chart_view_class_init (HcChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_chart_view_dispose;
  object_class->get_property = hc_chart_view_get_property;
  object_class->set_property = hc_chart_view_set_property;

  widget_class->snapshot = hc_chart_view_snapshot;
  widget_class->size_allocate = hc_chart_view_size_allocate;
  widget_class->query_tooltip = hc_chart_view_query_tooltip;

  properties[PROP_DATASET] =
    g_param_spec_boxed ("dataset", NULL, NULL, HC_TYPE_DATASET,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, HC_N_CHART_KINDS - 1, HC_CHART_BARS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE_MODE] =
    g_param_spec_int ("scale-mode", NULL, NULL, HC_SCALE_MODE_AUTO, HC_SCALE_MODE_LOG,
                      HC_SCALE_MODE_AUTO,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUSED] =
    g_param_spec_int ("focused", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Lines: change since the first year; areas: shares of the total. */
  properties[PROP_RELATIVE] =
    g_param_spec_boolean ("relative", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAP_REGION] =
    g_param_spec_int ("map-region", NULL, NULL, 0, HC_N_MAP_REGIONS - 1, HC_MAP_REGION_DATA,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headcount/Headcount/hc-chart-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HcChartView, details);
  gtk_widget_class_bind_template_child (widget_class, HcChartView, details_label);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hc_chart_view_init (HcChartView *self)
{
  GtkEventController *key;
  GtkEventController *motion;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->kind = HC_CHART_BARS;
  self->scale_mode = HC_SCALE_MODE_AUTO;
  self->focused = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 240);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (self, "notify::has-focus", G_CALLBACK (focus_changed_cb), NULL);

  update_accessible (self);
}

HcDataset *
hc_chart_view_get_dataset (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), NULL);

  return self->dataset;
}

/* A quarter of a second, easing out: long enough to follow a bar, short
 * enough for play, which starts the next move from wherever this one is. */
#define MOVE_USEC (250 * G_TIME_SPAN_MILLISECOND)

static void
stop_moving (HcChartView *self)
{
  if (self->move_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->move_tick);
  self->move_tick = 0;
  g_clear_pointer (&self->shown, hc_dataset_unref);
  g_clear_pointer (&self->from, hc_dataset_unref);
}

static gboolean
move_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  HcChartView *self = HC_CHART_VIEW (widget);
  double t = (double) (gdk_frame_clock_get_frame_time (clock) - self->move_start) / MOVE_USEC;
  HcDataset *shown = NULL;

  if (t < 1)
    shown = hc_dataset_interpolate (self->from, self->dataset, 1 - pow (1 - MAX (t, 0), 3));
  g_clear_pointer (&self->shown, hc_dataset_unref);
  self->shown = shown;
  g_clear_pointer (&self->chart_node, gsk_render_node_unref);
  gtk_widget_queue_draw (widget);
  if (shown != NULL)
    return G_SOURCE_CONTINUE;

  self->move_tick = 0;
  g_clear_pointer (&self->from, hc_dataset_unref);
  return G_SOURCE_REMOVE;
}

/* Going from what is drawn to @dataset is a move of the same figures
 * (another year of a view of one year), drawn as one: its first frame, or
 * NULL when it is not. */
static HcDataset *
start_of_move (HcChartView *self,
               HcDataset   *dataset)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  gboolean animations = TRUE;

  if (self->dataset == NULL || dataset == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      hc_chart_kind_is_series (self->kind))
    return NULL;
  g_object_get (settings, "gtk-enable-animations", &animations, NULL);
  if (!animations)
    return NULL;
  return hc_dataset_interpolate (self->shown != NULL ? self->shown : self->dataset, dataset, 0);
}

void
hc_chart_view_set_dataset (HcChartView *self,
                           HcDataset   *dataset)
{
  HcDataset *first;

  g_return_if_fail (HC_IS_CHART_VIEW (self));

  if (self->dataset == dataset)
    return;

  first = start_of_move (self, dataset);
  if (first != NULL)
    {
      HcDataset *from = hc_dataset_ref (self->shown != NULL ? self->shown : self->dataset);

      stop_moving (self);
      self->from = from;
      self->move_start =
        gdk_frame_clock_get_frame_time (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
      self->shown = first;
      self->move_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), move_tick_cb, NULL, NULL);
    }
  else
    stop_moving (self);

  g_clear_pointer (&self->dataset, hc_dataset_unref);
  if (dataset != NULL)
    self->dataset = hc_dataset_ref (dataset);
  self->focused = -1;
  /* No layout of the new figures yet: the first arrow key starts over. */
  g_clear_pointer (&self->layout, hc_chart_layout_free);
  g_clear_pointer (&self->chart_node, gsk_render_node_unref);
  g_clear_pointer (&self->described, g_free);
  hide_details (self);

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

HcChartKind
hc_chart_view_get_kind (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), HC_CHART_BARS);

  return self->kind;
}

void
hc_chart_view_set_kind (HcChartView *self,
                        HcChartKind  kind)
{
  g_return_if_fail (HC_IS_CHART_VIEW (self));
  g_return_if_fail (kind < HC_N_CHART_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  /* The shapes take a moment to decode: start on them now, off the main
   * thread, rather than in the first frame. */
  if (kind == HC_CHART_MAP)
    {
      hc_map_atlas_preload (HC_MAP_DETAIL_110M);
      hc_map_atlas_preload (HC_MAP_DETAIL_50M);
    }
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

HcScaleMode
hc_chart_view_get_scale_mode (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), HC_SCALE_MODE_AUTO);

  return self->scale_mode;
}

void
hc_chart_view_set_scale_mode (HcChartView *self,
                              HcScaleMode  mode)
{
  g_return_if_fail (HC_IS_CHART_VIEW (self));
  g_return_if_fail (mode <= HC_SCALE_MODE_LOG);

  if (self->scale_mode == mode)
    return;

  self->scale_mode = mode;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MODE]);
}

gboolean
hc_chart_view_get_dark (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), FALSE);

  return self->dark;
}

void
hc_chart_view_set_dark (HcChartView *self,
                        gboolean     dark)
{
  g_return_if_fail (HC_IS_CHART_VIEW (self));

  dark = !!dark;
  if (self->dark == dark)
    return;

  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

int
hc_chart_view_get_focused (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), -1);

  return self->focused;
}

void
hc_chart_view_set_focused (HcChartView *self,
                           int          figure)
{
  g_return_if_fail (HC_IS_CHART_VIEW (self));

  if (self->dataset == NULL || figure < 0 || (guint) figure >= hc_dataset_get_n_figures (self->dataset))
    figure = -1;

  if (self->focused == figure)
    return;

  self->focused = figure;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED]);
}

const HcChartLayout *
hc_chart_view_get_layout (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), NULL);

  return self->layout;
}

gboolean
hc_chart_view_get_relative (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), FALSE);

  return self->relative;
}

void
hc_chart_view_set_relative (HcChartView *self,
                            gboolean     relative)
{
  g_return_if_fail (HC_IS_CHART_VIEW (self));

  relative = !!relative;
  if (self->relative == (guint) relative)
    return;
  self->relative = relative;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATIVE]);
}

HcMapRegion
hc_chart_view_get_map_region (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), HC_MAP_REGION_DATA);

  return self->map_region;
}

void
hc_chart_view_set_map_region (HcChartView *self,
                              HcMapRegion  region)
{
  g_return_if_fail (HC_IS_CHART_VIEW (self));
  g_return_if_fail (region < HC_N_MAP_REGIONS);

  if (self->map_region == region)
    return;
  self->map_region = region;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP_REGION]);
}

/* What the chart draws now: the dataset, or on the way to it the figures
 * part of the way there (for tests). */
HcDataset *
hc_chart_view_get_shown_dataset (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), NULL);

  return self->shown != NULL ? self->shown : self->dataset;
}

gboolean
hc_chart_view_is_moving (HcChartView *self)
{
  g_return_val_if_fail (HC_IS_CHART_VIEW (self), FALSE);

  return self->move_tick != 0;
}

/* The pyramid view's options: shares instead of numbers, an axis fitted to
 * each year, and a second year drawn as an outline. */
void
hc_chart_view_set_pyramid (HcChartView *self,
                           gboolean     percent,
                           gboolean     adaptive,
                           gboolean     has_compare,
                           double       compare_time)
{
  g_return_if_fail (HC_IS_CHART_VIEW (self));

  self->pyramid_percent = !!percent;
  self->pyramid_adaptive = !!adaptive;
  self->has_compare = !!has_compare;
  self->compare_time = has_compare ? compare_time : 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
