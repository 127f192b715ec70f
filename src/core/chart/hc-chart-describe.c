/* hc-chart-describe.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a screen reader says for a chart, and what exports carry as its description.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hc-chart-private.h"
#include "hc-countries.h"
#include "hc-number.h"

static const char *
chart_kind_phrase (HcChartKind kind)
{
  switch (kind)
    {
    case HC_CHART_COLUMNS: return _("Column chart grouped by category");
    case HC_CHART_CIRCLES: return _("Proportional circle chart, circle area shows the value");
    case HC_CHART_TREEMAP: return _("Treemap by category, rectangle area shows the value");
    case HC_CHART_SHARES:  return _("Donut charts of shares within each category");
    case HC_CHART_UNITS:   return _("Unit chart");
    case HC_CHART_LINE:    return _("Line chart");
    case HC_CHART_AREA:    return _("Stacked area chart");
    case HC_CHART_SLOPE:   return _("Slope chart");
    case HC_CHART_MAP:     return _("Map");
    case HC_CHART_PYRAMID: return _("Population pyramid");
    case HC_CHART_BARS:
    case HC_N_CHART_KINDS:
    default:               return _("Bar chart");
    }
}

static char *
describe_figure (const HcFigure *figure)
{
  g_autofree char *value = hc_number_format (figure->value, FALSE);
  g_autofree char *with_range = NULL;

  if (figure->has_range)
    {
      g_autofree char *low = hc_number_format (figure->low, FALSE);
      g_autofree char *high = hc_number_format (figure->high, FALSE);

      /* Translators: an uncertain figure and its bounds: "10,000, between
       * 8,000 and 12,000". */
      with_range = g_strdup_printf (_("%1$s, between %2$s and %3$s"), value, low, high);
    }
  if (figure->approximate)
    /* Translators: a figure in a chart description: "Serbs, about 120,000". */
    return g_strdup_printf (_("%s, about %s"), figure->label,
                            with_range != NULL ? with_range : value);

  return g_strdup_printf ("%s, %s", figure->label, with_range != NULL ? with_range : value);
}

/* ---- views over time -------------------------------------------------------------- */

/* An amount in words, as a sentence says it: "1.6 million", "2.9 billion",
 * "120,000". */
/* The n that chooses the plural of "%s million": a fraction ("1.5
 * million") takes the plural that its next whole number does, as German,
 * Albanian and Serbian want. */
static gulong
amount_plural_n (double amount)
{
  return hc_chart_plural_n (ceil (fabs (amount) - 1e-9));
}

static char *
describe_amount (double value)
{
  double magnitude = fabs (value);
  g_autofree char *number = NULL;

  if (magnitude >= 1e9 && isfinite (value))
    {
      double billions = value / 1e9;

      number = hc_number_format_full (billions, fabs (billions) < 100 ? 1 : 0, FALSE);
      /* Translators: an amount in a chart description, "2.9 billion". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s billion", "%s billion",
                                           amount_plural_n (billions)), number);
    }
  if (magnitude >= 1e6)
    {
      double millions = value / 1e6;

      number = hc_number_format_full (millions, fabs (millions) < 100 ? 1 : 0, FALSE);
      /* Translators: an amount in a chart description, "1.6 million". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s million", "%s million",
                                           amount_plural_n (millions)), number);
    }

  return hc_number_format (value, FALSE);
}

typedef struct
{
  double time;
  double value;
} Moment;

/* "Albania rose from 1.6 million to 2.9 million, peaking at 3.3 million
 * in 1990": the ends of @n moments, and a peak or a low between them that
 * stands out from both. The years are said when the line does not span
 * the chart's @from to @to. */
static void
describe_trend (GString         *text,
                const char      *name,
                const Moment    *moments,
                guint            n,
                double           from,
                double           to,
                HcTimeKind       kind,
                gboolean         with_change)
{
  const Moment *first = &moments[0], *last = &moments[n - 1];
  const Moment *peak = first, *low = first;
  g_autofree char *a = describe_amount (first->value);
  g_autofree char *b = describe_amount (last->value);
  double range;

  for (guint i = 1; i < n; i++)
    {
      if (moments[i].value > peak->value)
        peak = &moments[i];
      if (moments[i].value < low->value)
        low = &moments[i];
    }
  range = peak->value - low->value;

  if (n == 1)
    {
      g_autofree char *when = hc_chart_format_time (first->time, kind);

      /* Translators: a line of one point in a chart description:
       * "Kosovo: 1.7 million in 2007." */
      g_string_append_printf (text, _("%1$s: %2$s in %3$s."), name, a, when);
      return;
    }

  if (fabs (last->value - first->value) <= 0.02 * MAX (fabs (first->value), fabs (last->value)))
    /* Translators: a line that ends where it started, in a chart description. */
    g_string_append_printf (text, _("%1$s stayed at about %2$s"), name, b);
  else if (fabs (first->time - from) > 1e-9 || fabs (last->time - to) > 1e-9)
    {
      g_autofree char *since = hc_chart_format_time (first->time, kind);
      g_autofree char *until = hc_chart_format_time (last->time, kind);

      g_string_append_printf (text, last->value > first->value
                                      /* Translators: "Kosovo rose from 1.7 million in 2000
                                       * to 1.8 million in 2016". */
                                      ? _("%1$s rose from %2$s in %3$s to %4$s in %5$s")
                                      : _("%1$s fell from %2$s in %3$s to %4$s in %5$s"),
                              name, a, since, b, until);
    }
  else
    g_string_append_printf (text, last->value > first->value
                                    /* Translators: "Albania rose from 1.6 million to 2.9
                                     * million". */
                                    ? _("%1$s rose from %2$s to %3$s")
                                    : _("%1$s fell from %2$s to %3$s"),
                            name, a, b);

  if (with_change && first->value > 0)
    {
      g_autofree char *change = hc_chart_format_value (last->value / first->value - 1,
                                                       HC_TICKS_CHANGE);

      g_string_append_printf (text, " (%s)", change);
    }
  if (peak != first && peak != last && range > 0 &&
      peak->value - MAX (first->value, last->value) > 0.05 * range)
    {
      g_autofree char *amount = describe_amount (peak->value);
      g_autofree char *when = hc_chart_format_time (peak->time, kind);

      /* Translators: the end of a trend in a chart description:
       * ", peaking at 3.3 million in 1990". */
      g_string_append_printf (text, _(", peaking at %1$s in %2$s"), amount, when);
    }
  if (low != first && low != last && range > 0 &&
      MIN (first->value, last->value) - low->value > 0.05 * range)
    {
      g_autofree char *amount = describe_amount (low->value);
      g_autofree char *when = hc_chart_format_time (low->time, kind);

      /* Translators: the end of a trend in a chart description:
       * ", with a low of 1.2 million in 1950". */
      g_string_append_printf (text, _(", with a low of %1$s in %2$s"), amount, when);
    }
  g_string_append_c (text, '.');
}

/* The figures' own values along a series of the layout: what a reader
 * is told, whether the chart draws them as changes or shares. */
static Moment *
series_moments (const HcChartLayout *layout,
                const HcChartSeries *series,
                const HcDataset     *dataset)
{
  Moment *moments = g_new (Moment, MAX (series->n_points, 1));

  for (guint i = 0; i < series->n_points; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, series->first_mark + i);

      moments[i].time = mark->time;
      moments[i].value = mark->figure >= 0 ? hc_dataset_get_figure (dataset, mark->figure)->value
                                           : mark->value;
    }

  return moments;
}

static gboolean
series_is_country (const HcChartLayout *layout,
                   const HcChartSeries *series,
                   const HcDataset     *dataset)
{
  const HcMark *mark;
  const HcFigure *figure;

  if (series->n_points == 0)
    return FALSE;
  mark = &g_array_index (layout->marks, HcMark, series->first_mark);
  if (mark->figure < 0)
    return FALSE;
  figure = hc_dataset_get_figure (dataset, mark->figure);
  /* A line per entity, not a measure of one. */
  if (figure->entity == NULL || g_strcmp0 (figure->label, figure->measure) == 0)
    return FALSE;
  return hc_countries_classify (figure->entity, figure->code) == HC_ENTITY_COUNTRY;
}

#define DESCRIBED_SERIES 5

static char *
describe_series (const HcChartLayout *layout,
                 const HcDataset     *dataset)
{
  GString *text;
  guint n = layout->series->len, n_countries = 0;
  double from = 0, to = 0;

  if (n == 0)
    /* Translators: the description of a line, area or slope chart of
     * figures without times: "Line chart: these figures have no times." */
    return g_strdup_printf (_("%s: these figures have no times."),
                            chart_kind_phrase (layout->kind));
  text = g_string_new (chart_kind_phrase (layout->kind));

  for (guint s = 0; s < n; s++)
    n_countries += series_is_country (layout, &g_array_index (layout->series, HcChartSeries, s),
                                      dataset);

  if (layout->kind != HC_CHART_AREA && layout->scale_kind == HC_SCALE_LOG)
    g_string_append_printf (text, ", %s", _("log scale"));
  if (layout->relative)
    g_string_append_printf (text, ", %s", layout->kind == HC_CHART_AREA
                                            ? _("as shares of the total")
                                            : _("as the change since the first value"));
  g_string_append (text, ", ");
  if (n > 0 && n_countries == n)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u country", "%u countries", n),
                            n);
  else if (layout->kind == HC_CHART_AREA)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u part", "%u parts", n), n);
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u line", "%u lines", n), n);

  if (layout->times->len > 0)
    {
      g_autofree char *since = NULL;
      g_autofree char *until = NULL;

      from = g_array_index (layout->times, double, 0);
      to = g_array_index (layout->times, double, layout->times->len - 1);
      since = hc_chart_format_time (from, layout->time_kind);
      until = hc_chart_format_time (to, layout->time_kind);
      g_string_append (text, ", ");
      if (layout->times->len == 1)
        g_string_append (text, since);
      else if (layout->kind == HC_CHART_SLOPE)
        /* Translators: the two times of a slope chart, "1960 and 2024". */
        g_string_append_printf (text, _("%1$s and %2$s"), since, until);
      else
        g_string_append_printf (text, "%s–%s", since, until);
    }
  g_string_append_c (text, '.');

  if (layout->kind == HC_CHART_AREA)
    {
      /* The whole first, then the largest part at the end. */
      g_autoptr(GHashTable) totals = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                            g_free, g_free);
      g_autoptr(GArray) moments = g_array_new (FALSE, FALSE, sizeof (Moment));
      const HcChartSeries *largest = NULL;
      double largest_value = -G_MAXDOUBLE, end_total = 0, end_time = -G_MAXDOUBLE;

      for (guint i = 0; i < layout->marks->len; i++)
        {
          const HcMark *mark = &g_array_index (layout->marks, HcMark, i);
          double value = mark->figure >= 0 ? hc_dataset_get_figure (dataset, mark->figure)->value
                                           : NAN;
          gint64 key = (gint64) llround (mark->time * 1e6);
          double *total;

          if (mark->series < 0)
            continue;
          /* "Others" has no figure: its band's own value, unless that
           * is a share. */
          if (mark->figure < 0)
            value = layout->relative ? NAN : mark->value;
          total = g_hash_table_lookup (totals, &key);
          if (total == NULL)
            {
              Moment moment = { mark->time, 0 };

              total = g_new0 (double, 1);
              g_hash_table_insert (totals, g_memdup2 (&key, sizeof key), total);
              g_array_append_val (moments, moment);
            }
          if (isfinite (value))
            *total += value;
          end_time = MAX (end_time, mark->time);
        }
      for (guint i = 0; i < moments->len; i++)
        {
          Moment *moment = &g_array_index (moments, Moment, i);
          gint64 key = (gint64) llround (moment->time * 1e6);

          moment->value = *(double *) g_hash_table_lookup (totals, &key);
          if (moment->time == end_time)
            end_total = moment->value;
        }
      if (moments->len > 0 && !layout->relative)
        {
          g_string_append_c (text, ' ');
          /* Translators: the subject of a trend in the description of a
           * stacked area: "The total rose from 1.2 million to …". */
          describe_trend (text, _("The total"), (Moment *) moments->data, moments->len, from, to,
                          layout->time_kind, FALSE);
        }
      for (guint s = 0; s < n; s++)
        {
          const HcChartSeries *series = &g_array_index (layout->series, HcChartSeries, s);
          const HcMark *mark;

          if (series->n_points == 0)
            continue;
          mark = &g_array_index (layout->marks, HcMark, series->first_mark + series->n_points - 1);
          if (mark->time == end_time && mark->value > largest_value)
            {
              largest = series;
              largest_value = mark->value;
            }
        }
      if (largest != NULL)
        {
          g_autofree char *when = hc_chart_format_time (end_time, layout->time_kind);
          g_autofree char *share = hc_number_format_percent (
            layout->relative ? largest_value : end_total > 0 ? largest_value / end_total : 0);

          g_string_append_c (text, ' ');
          /* Translators: in the description of a stacked area: "In 2020
           * the largest part was Deaths in civil conflicts, 52 % of the
           * total." */
          g_string_append_printf (text, _("In %1$s the largest part was %2$s, %3$s of the total."),
                                  when, largest->label, share);
        }
      return g_string_free (text, FALSE);
    }

  /* One more line is said rather than counted. */
  for (guint s = 0; s < (n <= DESCRIBED_SERIES + 1 ? n : DESCRIBED_SERIES); s++)
    {
      const HcChartSeries *series = &g_array_index (layout->series, HcChartSeries, s);
      g_autofree Moment *moments = NULL;

      if (series->n_points == 0)
        continue;
      moments = series_moments (layout, series, dataset);
      g_string_append_c (text, ' ');
      describe_trend (text, series->label, moments, series->n_points, from, to,
                      layout->time_kind, layout->relative);
    }
  if (n > DESCRIBED_SERIES + 1)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u more line.",
                                                 "%u more lines.", n - DESCRIBED_SERIES),
                              n - DESCRIBED_SERIES);
    }

  return g_string_free (text, FALSE);
}

char *
hc_chart_layout_describe_time (const HcChartLayout *layout,
                               const HcDataset     *dataset,
                               double               time)
{
  g_autoptr(GArray) points = NULL;
  g_autofree char *when = NULL;
  GString *text;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (dataset != NULL, NULL);

  points = hc_chart_layout_points_at (layout, time);
  when = hc_chart_format_time (time, layout->time_kind);
  text = g_string_new (when);
  for (guint i = 0; i < points->len; i++)
    {
      const HcMark *mark = &g_array_index (layout->marks, HcMark, g_array_index (points, guint, i));
      const HcChartSeries *series = &g_array_index (layout->series, HcChartSeries, mark->series);
      double raw = mark->figure >= 0 ? hc_dataset_get_figure (dataset, mark->figure)->value
                                     : mark->value;
      g_autofree char *value = hc_number_format (raw, mark->figure >= 0 &&
                                                 hc_dataset_get_figure (dataset,
                                                                        mark->figure)->approximate);

      g_string_append (text, i == 0 ? ": " : "; ");
      if (layout->relative)
        {
          g_autofree char *relative = hc_chart_format_value (mark->value,
                                                             layout->kind == HC_CHART_AREA
                                                               ? HC_TICKS_SHARE
                                                               : HC_TICKS_CHANGE);

          g_string_append_printf (text, "%s, %s (%s)", series->label, value, relative);
        }
      else if (mark->figure >= 0 && hc_dataset_get_figure (dataset, mark->figure)->has_range)
        {
          const HcFigure *figure = hc_dataset_get_figure (dataset, mark->figure);
          g_autofree char *low = hc_number_format (figure->low, FALSE);
          g_autofree char *high = hc_number_format (figure->high, FALSE);
          g_autofree char *ranged = g_strdup_printf (_("%1$s, between %2$s and %3$s"), value, low,
                                                     high);

          g_string_append_printf (text, "%s, %s", series->label, ranged);
        }
      else
        g_string_append_printf (text, "%s, %s", series->label, value);
    }

  return g_string_free (text, FALSE);
}

static char *describe_one_time (const HcChartLayout *layout,
                                const HcDataset     *dataset);

/* Rates say what they are, which the figures' names do not: "Values:
 * Deaths per 1,000 people." */
char *
hc_chart_layout_describe (const HcChartLayout *layout,
                          const HcDataset     *dataset)
{
  char *text;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (dataset != NULL, NULL);

  if (hc_chart_kind_is_series (layout->kind))
    text = describe_series (layout, dataset);
  else if (layout->kind == HC_CHART_MAP)
    text = hc_chart_map_describe (layout, dataset);
  else if (layout->kind == HC_CHART_PYRAMID)
    text = hc_chart_pyramid_describe (layout, dataset);
  else
    text = describe_one_time (layout, dataset);
  if (hc_dataset_get_value_title (dataset) != NULL)
    {
      char *with;

      /* Translators: the end of a chart's description, for rates:
       * "Values: Deaths per 1,000 people." */
      with = g_strdup_printf (_("%s Values: %s."), text, hc_dataset_get_value_title (dataset));
      g_free (text);
      text = with;
    }
  return text;
}

static char *
describe_one_time (const HcChartLayout *layout,
                   const HcDataset     *dataset)
{
  GString *text = g_string_new (NULL);
  guint n = hc_dataset_get_n_figures (dataset);

  g_string_append (text, chart_kind_phrase (layout->kind));
  if (hc_chart_kind_has_scale (layout->kind))
    {
      g_string_append (text, ", ");
      g_string_append (text, layout->scale_kind == HC_SCALE_LOG ? _("log scale")
                                                                : _("linear scale"));
    }
  if (layout->kind == HC_CHART_UNITS && layout->square_value > 0)
    {
      g_autofree char *unit_text = hc_number_format (layout->square_value, FALSE);

      g_string_append (text, ", ");
      /* Translators: in a chart description: "Unit chart, one square for 1,000 people". */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "one square for %s person",
                                                 "one square for %s people",
                                                 hc_chart_plural_n (layout->square_value)),
                              unit_text);
    }
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u figure", "%u figures", n), n);
  if (layout->n_folded > 0)
    {
      g_autofree char *shown = hc_number_format (layout->n_shown, FALSE);
      g_autofree char *folded = hc_number_format (layout->n_folded, FALSE);

      g_string_append (text, ", ");
      /* Translators: in a chart description: "188 figures, the 19 largest
       * shown one by one and 169 added up as Other". The plural follows
       * the second number. */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "the %1$s largest shown one "
                                                 "by one and %2$s added up as Other",
                                                 "the %1$s largest shown one "
                                                 "by one and %2$s added up as Other",
                                                 hc_chart_plural_n (layout->n_folded)),
                              shown, folded);
    }
  g_string_append (text, ".");

  if (n > 0)
    {
      const guint *order = hc_dataset_peek_order (dataset);
      g_autofree char *largest = describe_figure (hc_dataset_get_figure (dataset, order[0]));

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Largest: %s."), largest);
      if (n > 1)
        {
          g_autofree char *smallest = describe_figure (hc_dataset_get_figure (dataset, order[n - 1]));

          g_string_append_c (text, ' ');
          g_string_append_printf (text, _("Smallest: %s."), smallest);
        }
    }

  return g_string_free (text, FALSE);
}

/* What the chart shows depends on its size (how many figures fit, and so
 * the scale and the unit), so the description is that of a chart laid out
 * at the size exports have by default. Nothing is painted: the layout is
 * computed on a surface of one pixel. */
char *
hc_chart_describe (const HcDataset      *dataset,
                   const HcChartOptions *options)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(HcChartLayout) layout = NULL;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);
  layout = hc_chart_render (cr, 1600, 1000, dataset, options, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return hc_chart_layout_describe (layout, dataset);
}
