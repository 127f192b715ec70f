/* hc-chart.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-number.h"

typedef struct
{
  const char *name;
  const char *title;
  gboolean    has_scale;
  gboolean    series;     /* draws figures over time, and names its lines itself */
  gboolean    stacks;
  void      (*draw) (HcChartContext *ctx);
} HcChartKindInfo;

/* Views without a draw function are not offered anywhere yet. */
static const HcChartKindInfo kinds[HC_N_CHART_KINDS] = {
  [HC_CHART_BARS]    = { "bars",    N_("Bars"),    TRUE,  FALSE, FALSE, hc_chart_draw_bars },
  [HC_CHART_COLUMNS] = { "columns", N_("Columns"), TRUE,  FALSE, FALSE, hc_chart_draw_columns },
  [HC_CHART_CIRCLES] = { "circles", N_("Circles"), FALSE, FALSE, FALSE, hc_chart_draw_circles },
  [HC_CHART_TREEMAP] = { "treemap", N_("Treemap"), FALSE, FALSE, FALSE, hc_chart_draw_treemap },
  [HC_CHART_SHARES]  = { "shares",  N_("Shares"),  FALSE, FALSE, FALSE, hc_chart_draw_shares },
  [HC_CHART_UNITS]   = { "units",   N_("Units"),   FALSE, FALSE, FALSE, hc_chart_draw_units },
  [HC_CHART_LINE]    = { "line",    N_("Line"),    TRUE,  TRUE,  FALSE, hc_chart_draw_line },
  [HC_CHART_AREA]    = { "area",    N_("Area"),    FALSE, TRUE,  TRUE,  hc_chart_draw_area },
  [HC_CHART_SLOPE]   = { "slope",   N_("Slope"),   TRUE,  TRUE,  FALSE, hc_chart_draw_slope },
  [HC_CHART_MAP]     = { "map",     N_("Map"),     TRUE,  FALSE, FALSE, hc_chart_draw_map },
  [HC_CHART_PYRAMID] = { "pyramid", N_("Pyramid"), FALSE, FALSE, FALSE, hc_chart_draw_pyramid },
};

static const char * const scale_modes[] = { "auto", "linear", "log" };

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 }

/* Okabe–Ito: distinguishable with the common colour-vision deficiencies.
 * Dark backgrounds start from the lighter hues so marks keep 3:1. */
static const HcChartStyle light_style = {
  .background = RGB (0xff, 0xff, 0xff),
  .foreground = RGB (0x1e, 0x1e, 0x1e),
  .secondary = RGB (0x5e, 0x5c, 0x64),
  .grid = RGB (0xde, 0xdd, 0xda),
  .focus = RGB (0x1c, 0x71, 0xd8),
  .on_mark = RGB (0xff, 0xff, 0xff),
  .palette = {
    RGB (0x00, 0x72, 0xb2), RGB (0xe6, 0x9f, 0x00), RGB (0x00, 0x9e, 0x73),
    RGB (0xd5, 0x5e, 0x00), RGB (0x56, 0xb4, 0xe9), RGB (0xcc, 0x79, 0xa7),
    RGB (0xf0, 0xe4, 0x42),
  },
  .font_family = "Cantarell, DejaVu Sans, sans-serif",
  .dark = FALSE,
};

static const HcChartStyle dark_style = {
  .background = RGB (0x24, 0x24, 0x24),
  .foreground = RGB (0xff, 0xff, 0xff),
  .secondary = RGB (0xc0, 0xbf, 0xbc),
  .grid = RGB (0x48, 0x48, 0x48),
  .focus = RGB (0x78, 0xae, 0xed),
  .on_mark = RGB (0x00, 0x00, 0x00),
  .palette = {
    RGB (0x56, 0xb4, 0xe9), RGB (0xe6, 0x9f, 0x00), RGB (0x00, 0x9e, 0x73),
    RGB (0xcc, 0x79, 0xa7), RGB (0xf0, 0xe4, 0x42), RGB (0xd5, 0x5e, 0x00),
    RGB (0x00, 0x72, 0xb2),
  },
  .font_family = "Cantarell, DejaVu Sans, sans-serif",
  .dark = TRUE,
};

void
hc_chart_options_init (HcChartOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->kind = HC_CHART_BARS;
  options->scale_mode = HC_SCALE_MODE_AUTO;
  options->show_title = TRUE;
  options->show_source = TRUE;
  options->transparent = FALSE;
  options->focused = -1;
}

const HcChartStyle *
hc_chart_style_get (HcTheme theme)
{
  return theme == HC_THEME_DARK ? &dark_style : &light_style;
}

const char *
hc_chart_kind_to_string (HcChartKind kind)
{
  g_return_val_if_fail (kind < HC_N_CHART_KINDS, NULL);

  return kinds[kind].name;
}

gboolean
hc_chart_kind_from_string (const char  *name,
                           HcChartKind *kind)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < HC_N_CHART_KINDS; i++)
    if (kinds[i].draw != NULL && g_ascii_strcasecmp (name, kinds[i].name) == 0)
      {
        if (kind != NULL)
          *kind = i;
        return TRUE;
      }

  return FALSE;
}

const char *
hc_chart_kind_get_title (HcChartKind kind)
{
  g_return_val_if_fail (kind < HC_N_CHART_KINDS, NULL);

  return _(kinds[kind].title);
}

/* "bars, columns, …": the views that can be drawn, for error messages. */
char *
hc_chart_kind_list_names (void)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < HC_N_CHART_KINDS; i++)
    if (kinds[i].draw != NULL)
      {
        if (names->len > 0)
          g_string_append (names, ", ");
        g_string_append (names, kinds[i].name);
      }

  return g_string_free (names, FALSE);
}

gboolean
hc_chart_kind_has_scale (HcChartKind kind)
{
  g_return_val_if_fail (kind < HC_N_CHART_KINDS, FALSE);

  return kinds[kind].has_scale;
}

gboolean
hc_chart_kind_is_series (HcChartKind kind)
{
  g_return_val_if_fail (kind < HC_N_CHART_KINDS, FALSE);

  return kinds[kind].series;
}

gboolean
hc_chart_kind_stacks (HcChartKind kind)
{
  g_return_val_if_fail (kind < HC_N_CHART_KINDS, FALSE);

  return kinds[kind].stacks;
}

gboolean
hc_chart_kind_supports (HcChartKind      kind,
                        const HcDataset *dataset)
{
  g_return_val_if_fail (kind < HC_N_CHART_KINDS, FALSE);
  g_return_val_if_fail (dataset != NULL, FALSE);

  if (kinds[kind].draw == NULL)
    return FALSE;
  if (kind == HC_CHART_PYRAMID)
    return hc_chart_pyramid_supports (dataset);
  if (!kinds[kind].series)
    return TRUE;
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (hc_dataset_get_figure (dataset, i)->has_time)
      return TRUE;

  return FALSE;
}

const char *
hc_scale_mode_to_string (HcScaleMode mode)
{
  g_return_val_if_fail (mode < G_N_ELEMENTS (scale_modes), NULL);

  return scale_modes[mode];
}

gboolean
hc_scale_mode_from_string (const char  *name,
                           HcScaleMode *mode)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (scale_modes); i++)
    if (g_ascii_strcasecmp (name, scale_modes[i]) == 0)
      {
        if (mode != NULL)
          *mode = i;
        return TRUE;
      }

  return FALSE;
}

HcScaleKind
hc_chart_resolve_scale (double      min_positive,
                        double      max,
                        HcScaleMode mode)
{
  if (mode == HC_SCALE_MODE_LINEAR)
    return HC_SCALE_LINEAR;

  /* Log needs something positive to stand on. */
  if (!(min_positive > 0) || !isfinite (max) || max < min_positive)
    return HC_SCALE_LINEAR;

  if (mode == HC_SCALE_MODE_LOG)
    return HC_SCALE_LOG;

  return hc_scale_choose (min_positive, max);
}

/* "Source: Reuters, 10 December 2007", or NULL when the dataset names none. */
char *
hc_dataset_format_source (const HcDataset *dataset)
{
  const HcSource *source;
  g_autofree char *date = NULL;

  g_return_val_if_fail (dataset != NULL, NULL);

  source = hc_dataset_get_source (dataset);
  if (source->publisher == NULL && source->headline == NULL)
    return NULL;

  if (source->date != NULL)
    {
      int y = 0, m = 0, d = 0;

      if (sscanf (source->date, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
          g_date_valid_dmy (d, m, y))
        {
          g_autoptr(GDateTime) dt = g_date_time_new_utc (y, m, d, 0, 0, 0);

          /* Translators: a date in a chart's source line, see strftime(3). */
          date = g_date_time_format (dt, C_("source date", "%-d %B %Y"));
        }
      else
        {
          date = g_strdup (source->date);
        }
    }

  return g_strdup_printf (date != NULL ? _("Source: %s, %s") : _("Source: %s%s"),
                          source->publisher != NULL ? source->publisher : source->headline,
                          date != NULL ? date : "");
}

/* ---- legend, header and footer -------------------------------------------------- */

static PangoLayout *
legend_more_new (HcChartContext *ctx,
                 guint           rest)
{
  g_autofree char *count = hc_number_format (rest, FALSE);
  g_autofree char *text = NULL;

  /* Translators: the end of a legend that has no room for every
   * category: "+ 12 more". */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+ %s more", "+ %s more",
                                       hc_chart_plural_n (rest)), count);
  return hc_chart_text_new (ctx, text, HC_TEXT_SMALL);
}

typedef struct
{
  PangoLayout *text;
  double       x, y, width, height;
} LegendItem;

/* Places @n items of @widths in rows from (@x0, @y0) within @width;
 * returns how many fit above @bottom and stores each one's place. */
static guint
legend_flow (LegendItem *items,
             guint       n,
             double      x0,
             double      y0,
             double      width,
             double      bottom,
             double      spacing,
             double      row_gap)
{
  double x = x0, y = y0, row_height = 0;

  for (guint i = 0; i < n; i++)
    {
      if (x > x0 && x + items[i].width > x0 + width + 0.01)
        {
          x = x0;
          y += row_height + row_gap;
          row_height = 0;
        }
      if (y + items[i].height > bottom + 0.01)
        return i;
      items[i].x = x;
      items[i].y = y;
      row_height = MAX (row_height, items[i].height);
      x += items[i].width + spacing;
    }

  return n;
}

/* One swatch per category, in rows that wrap; nothing when there is only
 * one category (a legend with one entry explains nothing). The legend
 * takes a row for every twelve lines of text that fit in the area, so a
 * single row on a small canvas, and ends with "+ N more" for the
 * categories it has no room to name: hundreds of categories would
 * otherwise push the marks off the canvas, and the palette repeats long
 * before that anyway. */
void
hc_chart_draw_legend (HcChartContext *ctx)
{
  double swatch = ctx->unit * 0.8;
  double gap = ctx->unit * 0.4;
  double spacing = ctx->unit * 1.2;
  double line_height, bottom, end = ctx->area.y;
  guint n = ctx->categories->len, fits;
  gboolean has_more = FALSE;
  g_autofree LegendItem *items = NULL;

  /* A map's colours are its own legend's; a pyramid's are the sexes. */
  if (n < 2 || ctx->layout->kind == HC_CHART_MAP || ctx->layout->kind == HC_CHART_PYRAMID)
    return;

  /* Past a few hundred the rest would never fit anyway. */
  n = MIN (n, 400);
  items = g_new0 (LegendItem, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const char *category = g_ptr_array_index (ctx->categories, i);
      double tw;

      items[i].text = hc_chart_text_new (ctx, *category ? category : _("Uncategorized"),
                                         HC_TEXT_SMALL);
      pango_layout_set_width (items[i].text,
                              (int) (MAX (ctx->area.width - swatch - gap, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (items[i].text, PANGO_ELLIPSIZE_END);
      hc_chart_text_size (items[i].text, &tw, &items[i].height);
      items[i].width = swatch + gap + tw;
    }

  line_height = items[0].height;
  /* A row of legend for every twelve lines of text the area has room
   * for, so that a small canvas keeps its height for the marks. */
  bottom = ctx->area.y + MIN (ctx->area.height / 3,
                              MAX (floor (ctx->area.height / (line_height * 12)), 1) *
                              (line_height + gap * 0.5));

  fits = legend_flow (items, n, ctx->area.x, ctx->area.y, ctx->area.width, bottom, spacing,
                      gap * 0.5);
  /* Make room for "+ N more" after the last category named, giving up
   * categories until it fits. */
  while (fits < ctx->categories->len && fits > 0)
    {
      g_clear_object (&items[fits].text);
      items[fits].text = legend_more_new (ctx, ctx->categories->len - fits);
      hc_chart_text_size (items[fits].text, &items[fits].width, &items[fits].height);
      if (legend_flow (items, fits + 1, ctx->area.x, ctx->area.y, ctx->area.width, bottom,
                       spacing, gap * 0.5) == fits + 1)
        {
          has_more = TRUE;
          break;
        }
      fits--;
    }

  for (guint i = 0; i < fits; i++)
    {
      hc_chart_set_color (ctx, &ctx->style->palette[i % HC_PALETTE_SIZE]);
      cairo_rectangle (ctx->cr, items[i].x, items[i].y + (items[i].height - swatch) / 2,
                       swatch, swatch);
      cairo_fill (ctx->cr);
      hc_chart_text_draw (ctx, items[i].text, items[i].x + swatch + gap, items[i].y,
                          &ctx->style->foreground);
      end = MAX (end, items[i].y + items[i].height);
    }
  if (has_more)
    {
      hc_chart_text_draw (ctx, items[fits].text, items[fits].x, items[fits].y,
                          &ctx->style->secondary);
      end = MAX (end, items[fits].y + items[fits].height);
    }
  for (guint i = 0; i <= n; i++)
    g_clear_object (&items[i].text);
  /* Not even one category fits: the legend gives its room to the marks. */
  if (fits == 0)
    return;

  end += ctx->unit * 0.9;
  ctx->area.height -= end - ctx->area.y;
  ctx->area.y = end;
}

static void
draw_title (HcChartContext *ctx)
{
  g_autoptr(PangoLayout) title = NULL;
  double th;

  title = hc_chart_text_new (ctx, hc_dataset_get_title (ctx->dataset), HC_TEXT_TITLE);
  pango_layout_set_width (title, (int) (ctx->area.width * PANGO_SCALE));
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  hc_chart_text_size (title, NULL, &th);
  hc_chart_text_draw (ctx, title, ctx->area.x, ctx->area.y, &ctx->style->foreground);

  ctx->area.y += th + ctx->unit * 0.6;
  ctx->area.height -= th + ctx->unit * 0.6;
}

/* What was cut from a table ("Population, total · 2023 · 217 countries"):
 * drawn even without the title, because without it a chart of one year
 * or of some of a file's entities would not say which. */
static void
draw_subtitle (HcChartContext *ctx)
{
  const char *subtitle = hc_dataset_get_subtitle (ctx->dataset);
  g_autoptr(PangoLayout) text = NULL;
  double th;

  if (subtitle == NULL)
    return;

  text = hc_chart_text_new (ctx, subtitle, HC_TEXT_BODY);
  pango_layout_set_width (text, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  hc_chart_text_size (text, NULL, &th);
  /* A thumbnail has room for the marks or for this line, not both. */
  if (ctx->area.height < th * 3)
    return;
  hc_chart_text_draw (ctx, text, ctx->area.x, ctx->area.y, &ctx->style->secondary);

  ctx->area.y += th + ctx->unit * 0.6;
  ctx->area.height -= th + ctx->unit * 0.6;
}

static gboolean
dataset_has_approximate (const HcDataset *dataset)
{
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    if (hc_dataset_get_figure (dataset, i)->approximate)
      return TRUE;

  return FALSE;
}

/* Source on the left, the "≈" key on the right; the source gives way
 * (ellipsized) before the key does. */
static void
draw_footer (HcChartContext *ctx)
{
  g_autofree char *source = NULL;
  g_autoptr(PangoLayout) key = NULL;
  double key_width = 0, height = 0;
  double bottom = ctx->area.y + ctx->area.height;

  if (ctx->options->show_source)
    source = hc_dataset_format_source (ctx->dataset);

  if (dataset_has_approximate (ctx->dataset))
    {
      key = hc_chart_text_new (ctx, _("≈ approximate figure"), HC_TEXT_SMALL);
      /* On a thumbnail even the key must give way, or it would start left
       * of the canvas. */
      pango_layout_set_width (key, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (key, PANGO_ELLIPSIZE_END);
      hc_chart_text_size (key, &key_width, &height);
    }

  if (source != NULL)
    {
      g_autoptr(PangoLayout) text = hc_chart_text_new (ctx, source, HC_TEXT_SMALL);
      double available = ctx->area.width - (key != NULL ? key_width + ctx->unit : 0);

      pango_layout_set_width (text, (int) (MAX (available, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      hc_chart_text_size (text, NULL, &height);
      hc_chart_text_draw (ctx, text, ctx->area.x, bottom - height, &ctx->style->secondary);
    }

  if (key != NULL)
    {
      double kh;

      hc_chart_text_size (key, NULL, &kh);
      hc_chart_text_draw (ctx, key, ctx->area.x + ctx->area.width - key_width, bottom - kh,
                          &ctx->style->secondary);
      height = MAX (height, kh);
    }

  if (height > 0)
    ctx->area.height -= height + ctx->unit * 0.8;
}

/* ---- the renderer ------------------------------------------------------------------ */

double
hc_chart_unit_for_size (int width,
                        int height)
{
  /* Text scales with the geometric mean of the sides, within what stays
   * readable on a small window and does not shout on a 4K export. */
  return CLAMP (sqrt ((double) width * height) / 50.0, HC_TEXT_MIN_SIZE * 1.1, 60.0);
}

void
hc_chart_context_setup_pango (HcChartContext *ctx)
{
  cairo_font_options_t *font_options = cairo_font_options_create ();

  ctx->pango = pango_cairo_create_context (ctx->cr);
  /* Hinted metrics would make text widths depend on the device scale, and
   * a 2× export would then lay out differently from the window. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (ctx->pango, font_options);
  pango_context_set_round_glyph_positions (ctx->pango, FALSE);
  cairo_font_options_destroy (font_options);
}

static void
mark_path_free (gpointer data)
{
  HcMarkPath *path = data;

  g_free (path->ring_ends);
  g_free (path->points);
  g_free (path);
}

HcChartLayout *
hc_chart_render (cairo_t              *cr,
                 int                   width,
                 int                   height,
                 const HcDataset      *dataset,
                 const HcChartOptions *options,
                 const HcChartStyle   *style)
{
  HcChartContext ctx = { .whole_values = -1 };
  HcChartLayout *layout;
  HcChartOptions default_options;
  double margin;
  HcChartKind kind;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (dataset != NULL, NULL);

  if (options == NULL)
    {
      hc_chart_options_init (&default_options);
      options = &default_options;
    }
  if (style == NULL)
    style = hc_chart_style_get (HC_THEME_LIGHT);

  kind = options->kind < HC_N_CHART_KINDS && kinds[options->kind].draw != NULL
       ? options->kind : HC_CHART_BARS;

  layout = g_new0 (HcChartLayout, 1);
  layout->width = width;
  layout->height = height;
  layout->kind = kind;
  layout->marks = g_array_new (FALSE, TRUE, sizeof (HcMark));
  layout->labels = g_array_new (FALSE, TRUE, sizeof (cairo_rectangle_t));
  layout->texts = g_ptr_array_new_with_free_func (g_free);
  layout->series = g_array_new (FALSE, TRUE, sizeof (HcChartSeries));
  layout->times = g_array_new (FALSE, FALSE, sizeof (double));
  layout->time_kind = hc_dataset_get_time_kind (dataset);
  layout->paths = g_ptr_array_new_with_free_func (mark_path_free);

  if (width <= 0 || height <= 0)
    return layout;

  ctx.cr = cr;
  ctx.dataset = dataset;
  ctx.options = options;
  ctx.style = style;
  ctx.layout = layout;
  ctx.width = width;
  ctx.height = height;
  ctx.unit = hc_chart_unit_for_size (width, height);
  ctx.categories = hc_dataset_get_categories (dataset);
  /* Views that compare figures one with another (lengths, circles) do not
   * draw a sum among them: it is not a figure, and would be the longest
   * bar or the largest circle only because it adds up many. Views of parts
   * of a whole (rectangles, slices, squares) do: there the sum is a part. */
  ctx.other_written = kind == HC_CHART_BARS || kind == HC_CHART_COLUMNS ||
                      kind == HC_CHART_CIRCLES;

  margin = ctx.unit * 1.2;
  ctx.area.x = margin;
  ctx.area.y = margin;
  ctx.area.width = MAX (width - 2 * margin, 1);
  ctx.area.height = MAX (height - 2 * margin, 1);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  if (!options->transparent)
    {
      hc_chart_set_color (&ctx, &style->background);
      cairo_paint (cr);
    }

  hc_chart_context_setup_pango (&ctx);

  if (options->show_title)
    draw_title (&ctx);
  draw_subtitle (&ctx);
  draw_footer (&ctx);
  /* Views over time name their lines where they end. */
  if (!kinds[kind].series)
    hc_chart_draw_legend (&ctx);

  if (hc_dataset_get_n_figures (dataset) > 0 && ctx.area.height > 1)
    kinds[kind].draw (&ctx);

  if (options->focused >= 0)
    {
      const HcMark *mark = hc_chart_layout_find_mark (layout, options->focused);

      if (mark != NULL)
        hc_chart_outline_focus (&ctx, mark);
    }

  cairo_restore (cr);

  g_clear_object (&ctx.pango);
  g_clear_pointer (&ctx.category_positions, g_hash_table_unref);
  g_clear_pointer (&ctx.categories, g_ptr_array_unref);

  return layout;
}

void
hc_chart_layout_free (HcChartLayout *layout)
{
  if (layout == NULL)
    return;

  g_clear_pointer (&layout->marks, g_array_unref);
  g_clear_pointer (&layout->labels, g_array_unref);
  g_clear_pointer (&layout->texts, g_ptr_array_unref);
  g_clear_pointer (&layout->series, g_array_unref);
  g_clear_pointer (&layout->times, g_array_unref);
  g_clear_pointer (&layout->paths, g_ptr_array_unref);
  g_clear_pointer (&layout->map, g_free);
  g_clear_pointer (&layout->pyramid, g_free);
  g_free (layout);
}

static gboolean
mark_contains (const HcMark *mark,
               double        x,
               double        y)
{
  double dx, dy, r, angle;

  if (x < mark->x || x > mark->x + mark->width || y < mark->y || y > mark->y + mark->height)
    return FALSE;

  switch (mark->shape)
    {
    case HC_MARK_CIRCLE:
      dx = x - mark->cx;
      dy = y - mark->cy;
      return dx * dx + dy * dy <= mark->outer_radius * mark->outer_radius;

    case HC_MARK_WEDGE:
      dx = x - mark->cx;
      dy = y - mark->cy;
      r = sqrt (dx * dx + dy * dy);
      if (r < mark->inner_radius || r > mark->outer_radius)
        return FALSE;
      angle = atan2 (dy, dx);
      while (angle < mark->angle1)
        angle += 2 * G_PI;
      return angle <= mark->angle2;

    case HC_MARK_PATH:
      return mark->path != NULL && hc_mark_path_contains (mark->path, x, y);

    case HC_MARK_RECT:
    default:
      return TRUE;
    }
}

/* The figure drawn at (@x, @y), or -1. Later marks are on top. */
int
hc_chart_layout_hit_test (const HcChartLayout *layout,
                          double               x,
                          double               y)
{
  g_return_val_if_fail (layout != NULL, -1);

  for (guint i = layout->marks->len; i > 0; i--)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, i - 1);

      if (mark->figure >= 0 && mark_contains (mark, x, y))
        return mark->figure;
    }

  return -1;
}

const HcMark *
hc_chart_layout_mark_at (const HcChartLayout *layout,
                         double               x,
                         double               y)
{
  g_return_val_if_fail (layout != NULL, NULL);

  for (guint i = layout->marks->len; i > 0; i--)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, i - 1);

      if (mark_contains (mark, x, y))
        return mark;
    }

  return NULL;
}

const HcMark *
hc_chart_layout_find_mark (const HcChartLayout *layout,
                           int                  figure)
{
  g_return_val_if_fail (layout != NULL, NULL);

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, i);

      if (mark->figure == figure)
        return mark;
    }

  return NULL;
}

/* ---- views over time ------------------------------------------------------------- */

gboolean
hc_chart_layout_time_at (const HcChartLayout *layout,
                         double               x,
                         double              *time)
{
  const HcScale *scale;
  double wanted, best = G_MAXDOUBLE;

  g_return_val_if_fail (layout != NULL, FALSE);

  if (!layout->has_time_axis || layout->times->len == 0 ||
      x < layout->plot.x || x > layout->plot.x + layout->plot.width)
    return FALSE;

  scale = &layout->time_scale;
  wanted = scale->domain_min + (x - scale->range_min) / (scale->range_max - scale->range_min) *
                               (scale->domain_max - scale->domain_min);
  for (guint i = 0; i < layout->times->len; i++)
    {
      double t = g_array_index (layout->times, double, i);

      if (fabs (t - wanted) < best)
        {
          best = fabs (t - wanted);
          if (time != NULL)
            *time = t;
        }
    }

  return TRUE;
}

/* The index in marks of the point of @series at @time, or -1. */
static int
series_point_at (const HcChartLayout *layout,
                 const HcChartSeries *series,
                 double               time)
{
  guint lo = series->first_mark, hi = series->first_mark + series->n_points;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      double t = g_array_index (layout->marks, HcMark, mid).time;

      if (fabs (t - time) < 1e-9)
        return (int) mid;
      if (t < time)
        lo = mid + 1;
      else
        hi = mid;
    }

  return -1;
}

GArray *
hc_chart_layout_points_at (const HcChartLayout *layout,
                           double               time)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (layout != NULL, points);

  for (guint s = 0; s < layout->series->len; s++)
    {
      int index = series_point_at (layout, &g_array_index (layout->series, HcChartSeries, s),
                                   time);

      if (index >= 0)
        {
          guint mark = (guint) index;

          g_array_append_val (points, mark);
        }
    }

  return points;
}

const HcMark *
hc_chart_layout_nearest_point (const HcChartLayout *layout,
                               double               x,
                               double               y,
                               double               radius)
{
  const HcMark *nearest = NULL;
  double best = radius * radius;

  g_return_val_if_fail (layout != NULL, NULL);

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, i);
      double dx = mark->cx - x, dy = mark->cy - y;

      if (mark->series < 0)
        continue;
      /* A band is hit anywhere inside it. */
      if (mark->shape == HC_MARK_RECT && x >= mark->x && x <= mark->x + mark->width &&
          y >= mark->y && y <= mark->y + mark->height)
        return mark;
      if (dx * dx + dy * dy <= best)
        {
          best = dx * dx + dy * dy;
          nearest = mark;
        }
    }

  return nearest;
}

int
hc_chart_layout_navigate (const HcChartLayout *layout,
                          int                  figure,
                          HcDirection          direction)
{
  const HcMark *mark = NULL;
  guint index = 0;
  const HcChartSeries *series;

  g_return_val_if_fail (layout != NULL, -1);

  for (guint i = 0; i < layout->marks->len && mark == NULL; i++)
    if (g_array_index (layout->marks, HcMark, i).figure == figure && figure >= 0 &&
        g_array_index (layout->marks, HcMark, i).series >= 0)
      {
        mark = &g_array_index (layout->marks, HcMark, i);
        index = i;
      }

  if (mark == NULL)
    {
      /* Nothing focused yet: the first point of the top line. */
      for (guint s = 0; s < layout->series->len; s++)
        {
          series = &g_array_index (layout->series, HcChartSeries, s);
          if (series->n_points > 0)
            return g_array_index (layout->marks, HcMark, series->first_mark).figure;
        }
      return -1;
    }

  series = &g_array_index (layout->series, HcChartSeries, mark->series);
  switch (direction)
    {
    case HC_DIRECTION_LEFT:
      return index > series->first_mark ? g_array_index (layout->marks, HcMark, index - 1).figure
                                        : figure;
    case HC_DIRECTION_RIGHT:
      return index + 1 < series->first_mark + series->n_points
        ? g_array_index (layout->marks, HcMark, index + 1).figure : figure;
    case HC_DIRECTION_HOME:
      return g_array_index (layout->marks, HcMark, series->first_mark).figure;
    case HC_DIRECTION_END:
      return g_array_index (layout->marks, HcMark,
                            series->first_mark + series->n_points - 1).figure;
    case HC_DIRECTION_UP:
    case HC_DIRECTION_DOWN:
      {
        /* The next line up or down on the screen at this time (or, for
         * a line without a point here, at its nearest time). */
        const HcMark *best = NULL;
        double best_distance = G_MAXDOUBLE;

        for (guint s = 0; s < layout->series->len; s++)
          {
            const HcChartSeries *other = &g_array_index (layout->series, HcChartSeries, s);
            const HcMark *candidate = NULL;
            double nearest = G_MAXDOUBLE, distance;

            if ((int) s == mark->series || other->n_points == 0)
              continue;
            for (guint i = other->first_mark; i < other->first_mark + other->n_points; i++)
              {
                const HcMark *m = &g_array_index (layout->marks, HcMark, i);

                if (fabs (m->time - mark->time) < nearest)
                  {
                    nearest = fabs (m->time - mark->time);
                    candidate = m;
                  }
              }
            distance = direction == HC_DIRECTION_UP ? mark->cy - candidate->cy
                                                    : candidate->cy - mark->cy;
            /* Lines that meet here are told apart by their order. */
            if (distance == 0)
              distance = direction == HC_DIRECTION_UP ? (mark->series - (int) s) * 1e-6
                                                      : ((int) s - mark->series) * 1e-6;
            distance += nearest * 1e-3;
            if (distance > 0 && distance < best_distance)
              {
                best_distance = distance;
                best = candidate;
              }
          }
        return best != NULL ? best->figure : figure;
      }
    default:
      return figure;
    }
}

void
hc_chart_render_overlay (cairo_t              *cr,
                         const HcChartLayout  *layout,
                         const HcDataset      *dataset,
                         const HcChartOptions *options,
                         const HcChartStyle   *style)
{
  HcChartContext ctx = { .whole_values = -1 };
  HcChartLayout scratch;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (dataset != NULL);
  g_return_if_fail (options != NULL);

  if (!options->has_guide || layout->kind != HC_CHART_LINE || layout->width <= 0 ||
      layout->height <= 0)
    return;
  if (style == NULL)
    style = hc_chart_style_get (HC_THEME_LIGHT);

  /* The layout is the chart's: what the guide writes goes on a copy's
   * list of text. */
  scratch = *layout;
  scratch.labels = g_array_new (FALSE, TRUE, sizeof (cairo_rectangle_t));
  ctx.cr = cr;
  ctx.dataset = dataset;
  ctx.options = options;
  ctx.style = style;
  ctx.layout = &scratch;
  ctx.width = layout->width;
  ctx.height = layout->height;
  ctx.unit = hc_chart_unit_for_size (layout->width, layout->height);
  ctx.area = (cairo_rectangle_t) { 0, 0, layout->width, layout->height };

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_clip (cr);
  hc_chart_context_setup_pango (&ctx);
  hc_chart_draw_guide (&ctx);
  cairo_restore (cr);

  g_clear_object (&ctx.pango);
  g_array_unref (scratch.labels);
}
