/* hc-export-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hc-export-dialog.h"
#include "hc-file-chooser.h"

struct _HcExportDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  AdwComboRow    *format_row;
  AdwComboRow    *size_row;
  GtkSpinButton  *width_spin;
  GtkSpinButton  *height_spin;
  AdwComboRow    *scale_row;
  AdwComboRow    *theme_row;
  GtkSwitch      *title_switch;
  GtkSwitch      *source_switch;
  GtkDrawingArea *preview;

  /* Owned references */
  GSettings      *settings;
  HcWindow       *window;

  guint           updating_size : 1;
};

G_DEFINE_FINAL_TYPE (HcExportDialog, hc_export_dialog, ADW_TYPE_WINDOW)

static void update_summary (HcExportDialog *self);

/* In the order of size_row's model; the last entry there is "Custom". */
static const struct { int width, height; } size_presets[] = {
  { 1200, 800 },
  { 1600, 1000 },
  { 1920, 1080 },
};

#define CUSTOM_SIZE G_N_ELEMENTS (size_presets)

/* Model orders of the combo rows, as settings strings. */
static const char * const formats[] = { "png", "svg", "pdf", NULL };
static const char * const themes[] = { "light", "dark", "transparent", NULL };

HcExportDialog *
hc_export_dialog_new (HcWindow *window)
{
  HcExportDialog *self;

  g_return_val_if_fail (HC_IS_WINDOW (window), NULL);

  self = g_object_new (HC_TYPE_EXPORT_DIALOG, "transient-for", window, NULL);
  self->window = g_object_ref (window);
  update_summary (self);
  return self;
}

static guint
string_index (const char * const *strings,
              const char         *value)
{
  for (guint i = 0; strings[i] != NULL; i++)
    if (g_strcmp0 (strings[i], value) == 0)
      return i;
  return 0;
}

void
hc_export_dialog_get_settings (HcExportDialog   *self,
                               HcExportSettings *settings)
{
  g_autofree char *format = NULL;
  g_autofree char *theme = NULL;

  g_return_if_fail (HC_IS_EXPORT_DIALOG (self));
  g_return_if_fail (settings != NULL);

  hc_export_settings_init (settings);

  format = g_settings_get_string (self->settings, "export-format");
  theme = g_settings_get_string (self->settings, "export-theme");

  settings->format = string_index (formats, format);
  settings->width = g_settings_get_int (self->settings, "export-width");
  settings->height = g_settings_get_int (self->settings, "export-height");
  settings->scale = CLAMP (g_settings_get_int (self->settings, "export-scale"), 1, HC_EXPORT_MAX_SCALE);
  settings->theme = g_str_equal (theme, "dark") ? HC_THEME_DARK : HC_THEME_LIGHT;
  settings->chart.transparent = g_str_equal (theme, "transparent");
  settings->chart.show_title = g_settings_get_boolean (self->settings, "export-show-title");
  settings->chart.show_source = g_settings_get_boolean (self->settings, "export-show-source");
  if (self->window != NULL)
    hc_window_complete_export_settings (self->window, settings);
}

/* ---- settings ↔ combo rows ------------------------------------------------ */

static gboolean
get_string_index (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *strings = user_data;

  g_value_set_uint (value, string_index (strings, g_variant_get_string (variant, NULL)));
  return TRUE;
}

static GVariant *
set_string_index (const GValue       *value,
                  const GVariantType *type,
                  gpointer            user_data)
{
  const char * const *strings = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((char **) strings))
    return NULL;
  return g_variant_new_string (strings[index]);
}

static gboolean
get_scale_index (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  g_value_set_uint (value, CLAMP (g_variant_get_int32 (variant), 1, HC_EXPORT_MAX_SCALE) - 1);
  return TRUE;
}

static GVariant *
set_scale_index (const GValue       *value,
                 const GVariantType *type,
                 gpointer            user_data)
{
  guint index = g_value_get_uint (value);

  if (index >= HC_EXPORT_MAX_SCALE)
    return NULL;
  return g_variant_new_int32 ((int) index + 1);
}

/* ---- size presets --------------------------------------------------------- */

static void
update_summary (HcExportDialog *self)
{
  HcExportSettings settings;
  g_autofree char *summary = NULL;
  HcDataset *dataset;

  hc_export_dialog_get_settings (self, &settings);

  /* Only a PNG has pixels; the drawings keep the proportions. */
  if (settings.format == HC_EXPORT_PNG)
    /* Translators: the size of the image to export, "3200 × 2000 pixels" */
    summary = g_strdup_printf (_("%d × %d pixels"), settings.width * settings.scale,
                               settings.height * settings.scale);
  else
    /* Translators: the size of an SVG or PDF export, in points (1/72 inch) */
    summary = g_strdup_printf (_("%d × %d points"), settings.width, settings.height);

  adw_window_title_set_subtitle (self->window_title, summary);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), settings.format == HC_EXPORT_PNG);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));

  /* The preview, to a screen reader: what the file will show. */
  dataset = self->window != NULL ? hc_window_get_dataset (self->window) : NULL;
  if (dataset != NULL)
    {
      g_autofree char *description = hc_chart_describe (dataset, &settings.chart);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
    }
}

static void
size_changed_cb (HcExportDialog *self)
{
  int width = gtk_spin_button_get_value_as_int (self->width_spin);
  int height = gtk_spin_button_get_value_as_int (self->height_spin);
  guint preset = CUSTOM_SIZE;

  if (self->updating_size)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (size_presets); i++)
    if (size_presets[i].width == width && size_presets[i].height == height)
      preset = i;

  self->updating_size = TRUE;
  adw_combo_row_set_selected (self->size_row, preset);
  self->updating_size = FALSE;
}

static void
preset_changed_cb (HcExportDialog *self)
{
  guint preset = adw_combo_row_get_selected (self->size_row);

  if (self->updating_size || preset >= G_N_ELEMENTS (size_presets))
    return;

  self->updating_size = TRUE;
  gtk_spin_button_set_value (self->width_spin, size_presets[preset].width);
  gtk_spin_button_set_value (self->height_spin, size_presets[preset].height);
  self->updating_size = FALSE;
}

/* ---- preview -------------------------------------------------------------- */

/* Where a transparent export has no background: the usual checkerboard. */
static void
paint_checkerboard (cairo_t *cr,
                    double   width,
                    double   height)
{
  const double cell = 8;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.65, 0.65, 0.65);
  for (int row = 0; row * cell < height; row++)
    for (int col = row % 2; col * cell < width; col += 2)
      cairo_rectangle (cr, col * cell, row * cell, cell, cell);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The export itself, drawn at its own size in chart units and scaled down
 * to fit: text, margins and marks keep the proportions they have in the
 * file, which a chart drawn at the preview's size would not. */
static void
draw_preview_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  HcExportDialog *self = user_data;
  HcExportSettings settings;
  HcDataset *dataset = self->window != NULL ? hc_window_get_dataset (self->window) : NULL;
  g_autoptr(HcChartLayout) layout = NULL;
  double scale, page_width, page_height;

  if (dataset == NULL || width <= 0 || height <= 0)
    return;

  hc_export_dialog_get_settings (self, &settings);
  scale = MIN ((double) width / settings.width, (double) height / settings.height);
  page_width = settings.width * scale;
  page_height = settings.height * scale;

  cairo_translate (cr, floor ((width - page_width) / 2), floor ((height - page_height) / 2));
  if (settings.chart.transparent)
    paint_checkerboard (cr, page_width, page_height);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  layout = hc_chart_render (cr, settings.width, settings.height, dataset, &settings.chart,
                            hc_chart_style_get (settings.theme));
  cairo_restore (cr);

  /* The edge of the page, so a light chart does not melt into the dialog. */
  cairo_rectangle (cr, 0.5, 0.5, page_width - 1, page_height - 1);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* ---- export --------------------------------------------------------------- */

/* What the Export button does once a file is chosen: writes it in the
 * background, with the options as set, and closes the dialog. */
void
hc_export_dialog_export (HcExportDialog *self,
                         GFile          *file)
{
  HcExportSettings settings;
  g_autofree char *path = NULL;

  g_return_if_fail (HC_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  hc_export_dialog_get_settings (self, &settings);
  path = g_file_get_path (file);
  /* A name typed with another extension says what the user wants. */
  settings.format = hc_export_format_for_path (path, settings.format);
  hc_window_export_file (self->window, file, &settings);

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
file_chosen_cb (gpointer  instance,
                GFile    *file)
{
  HcExportDialog *self = instance;

  /* Cancelling the file chooser goes back to the options, not away. */
  if (file == NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      return;
    }

  hc_export_dialog_export (self, file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HcExportDialog *self = HC_EXPORT_DIALOG (widget);
  HcExportSettings settings;
  g_autofree char *name = NULL;

  hc_export_dialog_get_settings (self, &settings);
  name = hc_window_get_export_name (self->window, settings.format);

  /* Two modal dialogs on top of each other would hide the chart. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  hc_file_chooser_save (GTK_WINDOW (self->window), _("Export Chart"), name, NULL,
                        file_chosen_cb, self);
}

static void
hc_export_dialog_dispose (GObject *object)
{
  HcExportDialog *self = HC_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->settings);
  g_clear_object (&self->window);

  G_OBJECT_CLASS (hc_export_dialog_parent_class)->dispose (object);
}

static void
hc_export_dialog_class_init (HcExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headcount/Headcount/hc-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, title_switch);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, source_switch);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, preview);

  gtk_widget_class_install_action (widget_class, "export.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hc_export_dialog_init (HcExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  /* Every change is kept as it is made, the GNOME way: the next export
   * starts from the last one's options. */
  g_settings_bind (self->settings, "export-width", self->width_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "export-height", self->height_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "export-show-title", self->title_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "export-show-source", self->source_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "export-format", self->format_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, get_string_index, set_string_index,
                                (gpointer) formats, NULL);
  g_settings_bind_with_mapping (self->settings, "export-theme", self->theme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, get_string_index, set_string_index,
                                (gpointer) themes, NULL);
  g_settings_bind_with_mapping (self->settings, "export-scale", self->scale_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, get_scale_index, set_scale_index,
                                NULL, NULL);

  g_signal_connect_object (self->width_spin, "value-changed", G_CALLBACK (size_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->height_spin, "value-changed", G_CALLBACK (size_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->size_row, "notify::selected", G_CALLBACK (preset_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (update_summary),
                           self, G_CONNECT_SWAPPED);
  gtk_drawing_area_set_draw_func (self->preview, draw_preview_cb, self, NULL);
  size_changed_cb (self);
}
