/* hc-chart-pyramid.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The population pyramid: males to the left, females to the right, the
 * youngest band at the bottom. The dataset holds every time of one
 * entity (hc_selection_apply_pyramid()); the time drawn is the first
 * figure's, so that the axis can stay the same over all of them and a
 * played sequence of years shows the population ageing rather than the
 * axis moving.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hc-age.h"
#include "hc-chart-private.h"
#include "hc-number.h"

enum { MALE, FEMALE };

typedef struct
{
  HcAgeBand   band;
  const char *label;
  double      value[2];     /* as drawn: a number, or a percent of the total */
  double      raw[2];       /* the figure's */
  int         figure[2];    /* -1 when the time drawn has none */
  double      compare[2];   /* as drawn, NAN without */
} Band;

typedef struct
{
  double time;              /* first: the key of the table */
  double total;
  double largest;           /* the largest value of one band and sex */
} TimeStat;

/* The side and band of @figure; FALSE for a figure that is neither (a
 * total, an unknown age). */
static gboolean
figure_place (const HcFigure *figure,
              int            *side,
              HcAgeBand      *band)
{
  HcSex sex = figure->sex != NULL ? hc_sex_parse (figure->sex)
                                  : hc_sex_from_name (figure->measure);

  if (sex != HC_SEX_MALE && sex != HC_SEX_FEMALE)
    return FALSE;
  if (!(figure->value >= 0) || !isfinite (figure->value))
    return FALSE;
  if (hc_age_parse (figure->age != NULL ? figure->age : figure->label, band) != HC_AGE_BAND)
    return FALSE;
  *side = sex == HC_SEX_MALE ? MALE : FEMALE;
  return TRUE;
}

static gboolean
same_time (const HcFigure *figure,
           gboolean        has_time,
           double          time)
{
  return figure->has_time == has_time && (!has_time || fabs (figure->time - time) < 1e-9);
}

gboolean
hc_chart_pyramid_supports (const HcDataset *dataset)
{
  gboolean sides[2] = { FALSE, FALSE };
  const HcFigure *first;

  if (hc_dataset_get_n_figures (dataset) == 0)
    return FALSE;
  first = hc_dataset_get_figure (dataset, 0);
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);
      HcAgeBand band;
      int side;

      if (same_time (figure, first->has_time, first->time) &&
          figure_place (figure, &side, &band))
        sides[side] = TRUE;
    }

  return sides[MALE] && sides[FEMALE];
}

static Band *
find_band (GArray          *bands,
           const HcAgeBand *band,
           const char      *label)
{
  Band added = { 0 };

  for (guint i = 0; i < bands->len; i++)
    if (hc_age_band_compare (&g_array_index (bands, Band, i).band, band) == 0)
      return &g_array_index (bands, Band, i);

  added.band = *band;
  added.label = label;
  added.value[0] = added.value[1] = NAN;
  added.raw[0] = added.raw[1] = NAN;
  added.figure[0] = added.figure[1] = -1;
  added.compare[0] = added.compare[1] = NAN;
  g_array_append_val (bands, added);
  return &g_array_index (bands, Band, bands->len - 1);
}

static int
compare_bands (gconstpointer a,
               gconstpointer b)
{
  return hc_age_band_compare (&((const Band *) a)->band, &((const Band *) b)->band);
}

static TimeStat *
time_stat (GHashTable     *stats,
           const HcFigure *figure)
{
  double key = figure->has_time ? figure->time : NAN;
  TimeStat *stat = g_hash_table_lookup (stats, &key);

  if (stat == NULL)
    {
      stat = g_new0 (TimeStat, 1);
      stat->time = key;
      g_hash_table_insert (stats, &stat->time, stat);
    }
  return stat;
}

static gboolean
nan_equal (gconstpointer a,
           gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (isnan (x) && isnan (y)) || x == y;
}

static guint
nan_hash (gconstpointer v)
{
  double x = *(const double *) v;

  return isnan (x) ? 0 : g_double_hash (v);
}

/* "4.2 %": shares of a pyramid's bands are mostly a few percent, where
 * whole percents would make most bands look alike. */
static char *
percent_text (double percent,
              int    decimals)
{
  g_autofree char *number = NULL;

  if (percent > 0 && percent < 0.05 && decimals <= 1)
    return g_strdup ("<\u20090.1\u202f%");
  number = hc_number_format_full (percent, decimals, FALSE);
  return g_strdup_printf ("%s\u202f%%", number);
}

static char *
value_text (const HcChartPyramid *pyramid,
            double                value)
{
  if (pyramid->percent)
    return percent_text (value, value < 10 ? 1 : 0);
  return hc_chart_format_short (value, FALSE);
}

/* A tick of the axis: as many decimals as the step needs. */
static char *
tick_text (const HcChartPyramid *pyramid,
           double                value,
           double                step)
{
  int decimals = 0;

  if (!pyramid->percent)
    return hc_chart_format_short (value, FALSE);
  while (decimals < 3 && fabs (step * pow (10, decimals) - round (step * pow (10, decimals))) >
                         1e-9)
    decimals++;
  return percent_text (value, decimals);
}

static char *
time_text (HcChartContext *ctx,
           double          time)
{
  return hc_chart_format_time (time, hc_dataset_get_time_kind (ctx->dataset));
}

/* "Ages 40-44, females, 2000: 1,234,000 (3.4 % of the total); 1950: 800,000" */
static char *
band_tooltip (HcChartContext       *ctx,
              const HcChartPyramid *pyramid,
              const Band           *band,
              int                   side)
{
  const HcFigure *figure = hc_dataset_get_figure (ctx->dataset, band->figure[side]);
  g_autofree char *number = hc_number_format (band->raw[side], figure->approximate);
  g_autofree char *share = percent_text (pyramid->total > 0
                                         ? band->raw[side] / pyramid->total * 100 : 0, 1);
  g_autofree char *when = pyramid->has_time ? time_text (ctx, pyramid->time) : NULL;
  GString *text = g_string_new (NULL);

  if (when != NULL)
    g_string_append_printf (text, side == MALE
                              /* Translators: a pyramid's tooltip: "Ages 40-44, males, 2000" */
                              ? _("Ages %s, males, %s") : _("Ages %s, females, %s"),
                            band->label, when);
  else
    g_string_append_printf (text, side == MALE ? _("Ages %s, males") : _("Ages %s, females"),
                            band->label);
  /* Translators: ": 1,234,000 (3.4 % of the total)", the total of both sexes */
  g_string_append_printf (text, _(": %s (%s of the total)"), number, share);
  if (pyramid->has_compare && !isnan (band->compare[side]))
    {
      g_autofree char *then = time_text (ctx, pyramid->compare_time);
      g_autofree char *value = value_text (pyramid, band->compare[side]);

      g_string_append_printf (text, "; %s: %s", then, value);
    }

  return g_string_free (text, FALSE);
}

/* The outline of the compared time on one side: a staircase from the
 * zero line at the bottom to the zero line at the top. */
static void
draw_outline (HcChartContext       *ctx,
              const HcChartPyramid *pyramid,
              GArray               *bands,
              const cairo_rectangle_t *plot,
              double                row_height,
              int                   side)
{
  double zero = side == MALE ? pyramid->male_zero : pyramid->female_zero;
  double direction = side == MALE ? -1 : 1;
  double bottom = plot->y + plot->height;

  cairo_move_to (ctx->cr, zero, bottom);
  for (guint i = 0; i < bands->len; i++)
    {
      const Band *band = &g_array_index (bands, Band, i);
      double value = isnan (band->compare[side]) ? 0 : band->compare[side];
      double x = zero + direction * value * pyramid->pixels_per_unit;

      cairo_line_to (ctx->cr, x, bottom - row_height * i);
      cairo_line_to (ctx->cr, x, bottom - row_height * (i + 1));
    }
  cairo_line_to (ctx->cr, zero, bottom - row_height * bands->len);
}

/* What the bands count, from the measure's name: "Number of deaths" of
 * "Male (number of deaths)"; NULL for a population ("PopMale", "value"). */
static char *
measure_stem (const char *measure)
{
  static const char * const sexes[] = {
    "male", "males", "female", "females", "men", "women", "boys", "girls", NULL,
  };
  static const char * const generic[] = {
    "", "value", "values", "population", "pop", "total", "count", "number", "obs value",
    "people", "persons", NULL,
  };
  g_auto(GStrv) words = NULL;
  GString *stem;
  char *lower;

  if (measure == NULL || !g_utf8_validate (measure, -1, NULL))
    return NULL;
  words = g_strsplit_set (measure, " ,;:()[]_", -1);
  stem = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_utf8_strdown (words[i], -1);

      if (word[0] == '\0' || g_strv_contains (sexes, word) ||
          (g_str_has_prefix (word, "pop") && g_strv_contains (sexes, word + 3)))
        continue;
      g_string_append_printf (stem, "%s%s", stem->len > 0 ? " " : "", words[i]);
    }
  lower = g_utf8_strdown (stem->str, -1);
  if (g_strv_contains (generic, lower))
    {
      g_free (lower);
      g_string_free (stem, TRUE);
      return NULL;
    }
  g_free (lower);
  /* "number of deaths" begins the caption: "Number of deaths". */
  {
    gunichar c = g_utf8_get_char (stem->str);
    char upper[8] = { 0 };

    g_unichar_to_utf8 (g_unichar_totitle (c), upper);
    g_string_erase (stem, 0, g_utf8_next_char (stem->str) - stem->str);
    g_string_prepend (stem, upper);
  }
  return g_string_free (stem, FALSE);
}

/* One swatch and its name at (@x, @y); returns the width used. @filled
 * FALSE draws an outline, as the compared time is drawn. */
static double
draw_key (HcChartContext *ctx,
          const char     *name,
          const HcColor  *color,
          gboolean        filled,
          double          x,
          double          y,
          gboolean        measure_only)
{
  g_autoptr(PangoLayout) text = hc_chart_text_new (ctx, name, HC_TEXT_SMALL);
  double swatch = ctx->unit * 0.8, gap = ctx->unit * 0.4;
  double tw, th;

  hc_chart_text_size (text, &tw, &th);
  if (measure_only)
    return swatch + gap + tw;

  if (filled)
    {
      hc_chart_set_color (ctx, color);
      cairo_rectangle (ctx->cr, x, y + (th - swatch) / 2, swatch, swatch);
      cairo_fill (ctx->cr);
    }
  else
    {
      double line = MAX (1.5, ctx->unit * 0.14);

      hc_chart_set_color (ctx, color);
      cairo_set_line_width (ctx->cr, line);
      cairo_rectangle (ctx->cr, x + line / 2, y + (th - swatch) / 2 + line / 2, swatch - line,
                       swatch - line);
      cairo_stroke (ctx->cr);
    }
  hc_chart_text_draw (ctx, text, x + swatch + gap, y, &ctx->style->foreground);
  return swatch + gap + tw;
}

/* What a pyramid of figures without ages and sexes says instead. */
static void
draw_nothing (HcChartContext *ctx)
{
  hc_chart_draw_notice (ctx, _("These figures have no ages and sexes: a population pyramid "
                               "needs an age column and a sex column, or a measure for each "
                               "sex. Choose bars or another view."), 3);
}

/* The line under the axis: what the bands count, the scale, and whether
 * it is the same for every year; two lines at most on a narrow canvas. */
static PangoLayout *
caption_new (HcChartContext       *ctx,
             const HcChartPyramid *pyramid,
             const HcFigure       *first,
             gboolean              fixed)
{
  g_autofree char *caption = NULL;
  g_autofree char *stem = measure_stem (first->measure);
  const char *what = pyramid->percent ? _("Percent of the total of both sexes")
                                      : stem != NULL ? stem : _("Population");
  PangoLayout *layout;

  if (!fixed)
    /* Translators: the caption under a pyramid's axis: "Population · linear scale" */
    caption = g_strdup_printf (_("%s · linear scale, starting at zero"), what);
  else
    caption = g_strdup_printf (_("%s · linear scale, starting at zero, the same for every "
                                 "year"), what);
  if (pyramid->uneven_bands)
    {
      /* Translators: appended to the caption under a pyramid's axis */
      char *longer = g_strconcat (caption, _(" · age bands of unequal width, drawn at one "
                                             "height"), NULL);

      g_free (caption);
      caption = longer;
    }
  layout = hc_chart_text_new (ctx, caption, HC_TEXT_SMALL);
  pango_layout_set_width (layout, (int) (MAX (ctx->area.width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_height (layout, -2);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

void
hc_chart_draw_pyramid (HcChartContext *ctx)
{
  const HcDataset *dataset = ctx->dataset;
  const HcFigure *first = hc_dataset_get_figure (dataset, 0);
  HcChartPyramid *pyramid = g_new0 (HcChartPyramid, 1);
  g_autoptr(GArray) bands = g_array_new (FALSE, TRUE, sizeof (Band));
  g_autoptr(GHashTable) stats = g_hash_table_new_full (nan_hash, nan_equal, NULL, g_free);
  const HcColor *colors[2] = { &ctx->style->palette[0], &ctx->style->palette[1] };
  g_autofree char *male_name = NULL, *female_name = NULL, *compare_name = NULL;
  double gap = ctx->unit * 0.4;
  double small_height, key_height, axis_height, caption_height;
  double centre_width = 0, value_width = 0, half, row_height, bar_height;
  double sums[2] = { 0, 0 };
  double axis_max = 0;
  TimeStat *drawn_stat, *compare_stat = NULL;
  g_autoptr(PangoLayout) caption = NULL;
  cairo_rectangle_t plot;
  HcScale scale;
  g_autoptr(GArray) ticks = NULL;
  gboolean write_values;
  guint label_step;
  int largest = -1;

  ctx->layout->pyramid = pyramid;
  pyramid->has_time = first->has_time;
  pyramid->time = first->time;
  pyramid->percent = ctx->options->pyramid_percent;
  pyramid->adaptive = ctx->options->pyramid_adaptive;
  pyramid->has_compare = ctx->options->has_compare && first->has_time &&
                         fabs (ctx->options->compare_time - first->time) > 1e-9;
  pyramid->compare_time = ctx->options->compare_time;

  /* What every time adds up to, and its largest band: the fixed axis and
   * the shares need them. */
  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);
      TimeStat *stat;
      HcAgeBand band;
      int side;

      if (!figure_place (figure, &side, &band))
        {
          if (same_time (figure, pyramid->has_time, pyramid->time))
            pyramid->n_left_out++;
          continue;
        }
      stat = time_stat (stats, figure);
      stat->total += figure->value;
      stat->largest = MAX (stat->largest, figure->value);
    }
  {
    double key = pyramid->has_time ? pyramid->time : NAN;

    drawn_stat = g_hash_table_lookup (stats, &key);
    if (pyramid->has_compare)
      {
        compare_stat = g_hash_table_lookup (stats, &pyramid->compare_time);
        pyramid->has_compare = compare_stat != NULL;
      }
  }
  if (drawn_stat == NULL)
    {
      draw_nothing (ctx);
      return;
    }
  pyramid->total = drawn_stat->total;

  for (guint i = 0; i < hc_dataset_get_n_figures (dataset); i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);
      gboolean drawn = same_time (figure, pyramid->has_time, pyramid->time);
      gboolean compared = pyramid->has_compare && same_time (figure, TRUE,
                                                             pyramid->compare_time);
      HcAgeBand age;
      Band *band;
      int side;

      if ((!drawn && !compared) || !figure_place (figure, &side, &age))
        continue;
      band = find_band (bands, &age, figure->age != NULL ? figure->age : figure->label);
      if (drawn)
        {
          band->raw[side] = figure->value;
          band->figure[side] = (int) i;
          band->value[side] = pyramid->percent ? (drawn_stat->total > 0
                                                  ? figure->value / drawn_stat->total * 100 : 0)
                                               : figure->value;
          band->label = figure->age != NULL ? figure->age : figure->label;
          sums[side] += figure->value;
        }
      else
        band->compare[side] = pyramid->percent ? (compare_stat->total > 0
                                                  ? figure->value / compare_stat->total * 100
                                                  : 0)
                                               : figure->value;
    }
  g_array_sort (bands, compare_bands);
  pyramid->n_bands = bands->len;
  if (bands->len == 0)
    return;
  for (guint i = 1; i < bands->len; i++)
    {
      const HcAgeBand *a = &g_array_index (bands, Band, 0).band;
      const HcAgeBand *b = &g_array_index (bands, Band, i).band;

      if (isfinite (b->high) && fabs ((b->high - b->low) - (a->high - a->low)) > 1e-9)
        pyramid->uneven_bands = TRUE;
    }
  pyramid->female_share = sums[MALE] + sums[FEMALE] > 0
                        ? sums[FEMALE] / (sums[MALE] + sums[FEMALE]) : 0;
  {
    double best = -1;

    for (guint i = 0; i < bands->len; i++)
      {
        const Band *band = &g_array_index (bands, Band, i);
        double both = (isnan (band->raw[MALE]) ? 0 : band->raw[MALE]) +
                      (isnan (band->raw[FEMALE]) ? 0 : band->raw[FEMALE]);

        if (both > best)
          {
            best = both;
            largest = (int) i;
          }
      }
    pyramid->largest_band = g_array_index (bands, Band, largest).label;
  }

  /* The axis: over every time, unless adaptive. */
  if (pyramid->adaptive)
    {
      for (guint i = 0; i < bands->len; i++)
        for (int side = 0; side < 2; side++)
          {
            const Band *band = &g_array_index (bands, Band, i);

            if (!isnan (band->value[side]))
              axis_max = MAX (axis_max, band->value[side]);
            if (!isnan (band->compare[side]))
              axis_max = MAX (axis_max, band->compare[side]);
          }
    }
  else
    {
      GHashTableIter iter;
      TimeStat *stat;

      g_hash_table_iter_init (&iter, stats);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &stat))
        axis_max = MAX (axis_max, pyramid->percent ? (stat->total > 0
                                                      ? stat->largest / stat->total * 100 : 0)
                                                   : stat->largest);
    }

  /* Room: the key above, the axis and its caption below, the ages in a
   * column between the two sides, values at the ends of the bars. */
  {
    g_autoptr(PangoLayout) probe = hc_chart_text_new (ctx, "0", HC_TEXT_SMALL);

    hc_chart_text_size (probe, NULL, &small_height);
  }
  key_height = small_height;
  male_name = g_strdup (_("Males"));
  female_name = g_strdup (_("Females"));
  if (pyramid->has_compare)
    {
      g_autofree char *then = time_text (ctx, pyramid->compare_time);

      /* Translators: the key of a pyramid's outline: "Outline: 1950" */
      compare_name = g_strdup_printf (_("Outline: %s"), then);
    }
  {
    double widths = draw_key (ctx, male_name, NULL, TRUE, 0, 0, TRUE) +
                    draw_key (ctx, female_name, NULL, TRUE, 0, 0, TRUE) +
                    (compare_name != NULL ? draw_key (ctx, compare_name, NULL, FALSE, 0, 0, TRUE)
                                          : 0) + ctx->unit * 3;

    /* The outline's key goes on a line of its own when the three do not fit. */
    if (compare_name != NULL && widths > ctx->area.width)
      key_height = small_height * 2 + gap * 0.5;
  }
  axis_height = small_height + ctx->unit * 0.3;
  caption = caption_new (ctx, pyramid, first, !pyramid->adaptive &&
                                              g_hash_table_size (stats) >= 2);
  hc_chart_text_size (caption, NULL, &caption_height);
  caption_height += ctx->unit * 0.25;

  for (guint i = 0; i < bands->len; i++)
    {
      const Band *band = &g_array_index (bands, Band, i);
      g_autoptr(PangoLayout) label = hc_chart_text_new (ctx, band->label, HC_TEXT_SMALL);
      double w;

      hc_chart_text_size (label, &w, NULL);
      centre_width = MAX (centre_width, w);
    }
  centre_width = MIN (centre_width, ctx->area.width * 0.2) + 2 * gap;

  plot.x = ctx->area.x;
  plot.y = ctx->area.y + key_height + gap;
  plot.width = ctx->area.width;
  plot.height = ctx->area.y + ctx->area.height - axis_height - caption_height - plot.y;
  if (plot.height < bands->len || plot.width < centre_width + 4 * ctx->unit)
    return;
  /* A few bands are not drawn as slabs: the rows keep a bar's height and
   * the pyramid stands on its axis. */
  row_height = MIN (plot.height / bands->len, ctx->unit * 3.2);
  plot.y += plot.height - row_height * bands->len;
  plot.height = row_height * bands->len;
  bar_height = row_height > 6 ? row_height * 0.84 : row_height;

  /* Values at the ends of the bars when each row has the height for one. */
  write_values = row_height >= small_height * 0.95;
  if (write_values)
    {
      g_autofree char *widest = value_text (pyramid, axis_max);
      g_autoptr(PangoLayout) text = hc_chart_text_new (ctx, widest, HC_TEXT_SMALL);

      hc_chart_text_size (text, &value_width, NULL);
      value_width += gap;
      if (value_width > plot.width * 0.15)
        {
          write_values = FALSE;
          value_width = 0;
        }
    }
  {
    /* The tick labels centred on the ends of the axis need half their
     * width beyond it. */
    g_autofree char *widest = value_text (pyramid, axis_max);
    g_autoptr(PangoLayout) text = hc_chart_text_new (ctx, widest, HC_TEXT_SMALL);
    double w;

    hc_chart_text_size (text, &w, NULL);
    value_width = MAX (value_width, w / 2 + 1);
  }

  half = (plot.width - centre_width) / 2 - value_width;
  hc_scale_init_linear (&scale, axis_max, 0, half);
  pyramid->axis_max = scale.domain_max;
  pyramid->pixels_per_unit = half / scale.domain_max;
  pyramid->male_zero = plot.x + value_width + half;
  pyramid->female_zero = pyramid->male_zero + centre_width;
  ctx->layout->plot = plot;
  ctx->layout->has_scale = TRUE;
  ctx->layout->scale_kind = HC_SCALE_LINEAR;
  ctx->layout->value_scale = scale;

  /* The key. */
  {
    double key_y = plot.y - gap - key_height;
    double male_width = draw_key (ctx, male_name, colors[MALE], TRUE, 0, 0, TRUE);

    draw_key (ctx, male_name, colors[MALE], TRUE, pyramid->male_zero - male_width,
              key_y, FALSE);
    draw_key (ctx, female_name, colors[FEMALE], TRUE, pyramid->female_zero, key_y, FALSE);
    if (compare_name != NULL)
      {
        double w = draw_key (ctx, compare_name, NULL, FALSE, 0, 0, TRUE);
        gboolean own_line = key_height > small_height * 1.5;

        draw_key (ctx, compare_name, &ctx->style->foreground, FALSE,
                  own_line ? (pyramid->male_zero + pyramid->female_zero - w) / 2
                           : plot.x + plot.width - w,
                  key_y + (own_line ? small_height + gap * 0.5 : 0), FALSE);
      }
  }

  /* The grid and the axis, the same ticks on both sides. */
  {
    guint max_ticks;
    g_autofree char *widest = value_text (pyramid, axis_max);
    g_autoptr(PangoLayout) text = hc_chart_text_new (ctx, widest, HC_TEXT_SMALL);
    double w;
    double last_end[2] = { -G_MAXDOUBLE, -G_MAXDOUBLE };

    hc_chart_text_size (text, &w, NULL);
    max_ticks = (guint) CLAMP (half / (w * 1.8), 3, 6);
    ticks = hc_scale_ticks (&scale, max_ticks);
    cairo_set_line_width (ctx->cr, 1);
    for (guint t = 0; t < ticks->len; t++)
      {
        double v = g_array_index (ticks, double, t);
        double offset = hc_scale_map (&scale, v);

        for (int side = 0; side < 2; side++)
          {
            double x = side == MALE ? pyramid->male_zero - offset
                                    : pyramid->female_zero + offset;
            g_autofree char *label = tick_text (pyramid, v, ticks->len > 1
                                                    ? g_array_index (ticks, double, 1) -
                                                      g_array_index (ticks, double, 0) : v);
            g_autoptr(PangoLayout) tick = hc_chart_text_new (ctx, label, HC_TEXT_SMALL);
            double tw, start, end;

            hc_chart_set_color (ctx, v == 0 ? &ctx->style->secondary : &ctx->style->grid);
            cairo_move_to (ctx->cr, round (x) + 0.5, plot.y);
            cairo_line_to (ctx->cr, round (x) + 0.5, plot.y + plot.height);
            cairo_stroke (ctx->cr);

            /* Labels that would touch the one before are left out; the
             * males' side is read from the centre outwards too. */
            hc_chart_text_size (tick, &tw, NULL);
            start = side == MALE ? -(x + tw / 2) : x - tw / 2;
            end = start + tw;
            if (start < last_end[side] + gap)
              continue;
            last_end[side] = end;
            hc_chart_text_draw (ctx, tick, x - tw / 2, plot.y + plot.height + ctx->unit * 0.3,
                                &ctx->style->secondary);
          }
      }
  }
  hc_chart_text_draw (ctx, caption, ctx->area.x, plot.y + plot.height + axis_height,
                      &ctx->style->secondary);

  /* The bands, the oldest first so that the marks read top to bottom. */
  /* Every band named when they have the room, else every 2nd, 5th, 10th
   * … from the youngest (0, 10, 20 of single years), and the open top. */
  {
    static const guint steps[] = { 1, 2, 5, 10, 20, 25, 50, 100 };
    double needed = ceil (small_height * 1.1 / row_height);

    label_step = G_MAXUINT;
    for (guint k = 0; k < G_N_ELEMENTS (steps) && label_step == G_MAXUINT; k++)
      if (steps[k] >= needed)
        label_step = steps[k];
  }
  for (guint i = bands->len; i-- > 0;)
    {
      const Band *band = &g_array_index (bands, Band, i);
      double row_y = plot.y + plot.height - row_height * (i + 1);
      double bar_y = row_y + (row_height - bar_height) / 2;

      if (label_step != G_MAXUINT &&
          (i % label_step == 0 ||
           (i == bands->len - 1 && (i % label_step) * row_height >= small_height * 1.1)))
        {
          g_autoptr(PangoLayout) label = hc_chart_text_new (ctx, band->label, HC_TEXT_SMALL);
          double lw, lh;

          pango_layout_set_width (label, (int) ((centre_width - 2 * gap + 2) * PANGO_SCALE));
          pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
          hc_chart_text_size (label, &lw, &lh);
          hc_chart_text_draw (ctx, label, (pyramid->male_zero + pyramid->female_zero - lw) / 2,
                              row_y + (row_height - lh) / 2, &ctx->style->foreground);
        }

      for (int side = 0; side < 2; side++)
        {
          double length, x, outer;
          HcChartEntry entry = { 0 };

          if (band->figure[side] < 0)
            continue;
          length = band->value[side] * pyramid->pixels_per_unit;
          x = side == MALE ? pyramid->male_zero - length : pyramid->female_zero;
          hc_chart_set_color (ctx, colors[side]);
          cairo_rectangle (ctx->cr, x, bar_y, length, bar_height);
          cairo_fill (ctx->cr);

          entry.figure = band->figure[side];
          entry.n_figures = 1;
          entry.summary = hc_chart_layout_take_text (ctx, band_tooltip (ctx, pyramid, band,
                                                                        side));
          hc_chart_add_rect_mark (ctx, &entry, x, bar_y, length, bar_height);

          if (!write_values)
            continue;
          outer = MAX (length, isnan (band->compare[side])
                                 ? 0 : band->compare[side] * pyramid->pixels_per_unit);
          {
            g_autofree char *value = value_text (pyramid, band->value[side]);
            g_autoptr(PangoLayout) text = hc_chart_text_new (ctx, value, HC_TEXT_SMALL);
            double vw, vh;

            hc_chart_text_size (text, &vw, &vh);
            hc_chart_text_draw (ctx, text,
                                side == MALE ? pyramid->male_zero - outer - gap * 0.5 - vw
                                             : pyramid->female_zero + outer + gap * 0.5,
                                row_y + (row_height - vh) / 2, &ctx->style->secondary);
          }
        }
    }

  if (pyramid->has_compare)
    {
      cairo_save (ctx->cr);
      hc_chart_set_color (ctx, &ctx->style->foreground);
      cairo_set_line_width (ctx->cr, MAX (1.5, ctx->unit * 0.14));
      cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_MITER);
      for (int side = 0; side < 2; side++)
        {
          draw_outline (ctx, pyramid, bands, &plot, row_height, side);
          cairo_stroke (ctx->cr);
        }
      cairo_restore (ctx->cr);
    }

  ctx->layout->n_shown = ctx->layout->marks->len;
}

char *
hc_chart_pyramid_describe (const HcChartLayout *layout,
                           const HcDataset     *dataset)
{
  const HcChartPyramid *pyramid = layout->pyramid;
  g_autofree char *head = NULL;
  g_autofree char *share = NULL;
  GString *text;

  if (pyramid == NULL || pyramid->n_bands == 0)
    return g_strdup (_("Population pyramid, with nothing to draw"));

  if (pyramid->has_time)
    {
      g_autofree char *when = hc_chart_format_time (pyramid->time,
                                                    hc_dataset_get_time_kind (dataset));

      /* Translators: "Population pyramid, 2000" */
      head = g_strdup_printf (_("Population pyramid, %s"), when);
    }
  else
    head = g_strdup (_("Population pyramid"));
  share = hc_number_format_percent (pyramid->female_share);
  text = g_string_new (NULL);
  /* Translators: "Population pyramid, 2000: 19 age bands, 52 % female; the largest band is
   * 40-44" */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "%s: %u age band, %s female; the largest band is %s",
                                             "%s: %u age bands, %s female; the largest band is %s",
                                             pyramid->n_bands),
                          head, pyramid->n_bands, share, pyramid->largest_band);
  if (pyramid->uneven_bands)
    g_string_append (text, _("; the bands are not all of one width"));
  if (pyramid->percent)
    g_string_append (text, _("; drawn as percent of the total"));
  if (pyramid->has_compare)
    {
      g_autofree char *then = hc_chart_format_time (pyramid->compare_time,
                                                    hc_dataset_get_time_kind (dataset));

      g_string_append_printf (text, _("; the outline shows %s"), then);
    }
  if (pyramid->n_left_out > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "; %u figure of no age band or sex is left out",
                                               "; %u figures of no age band or sex are left out",
                                               pyramid->n_left_out),
                            pyramid->n_left_out);
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}
