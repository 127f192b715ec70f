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
    case HC_CHART_MAP:     return _("Map");
    case HC_CHART_BARS:
    case HC_N_CHART_KINDS:
    default:               return _("Bar chart");
    }
}

static char *
describe_figure (const HcFigure *figure)
{
  g_autofree char *value = hc_number_format (figure->value, FALSE);

  if (figure->approximate)
    /* Translators: a figure in a chart description: "Serbs, about 120,000". */
    return g_strdup_printf (_("%s, about %s"), figure->label, value);

  return g_strdup_printf ("%s, %s", figure->label, value);
}

char *
hc_chart_layout_describe (const HcChartLayout *layout,
                          const HcDataset     *dataset)
{
  GString *text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (dataset != NULL, NULL);

  n = hc_dataset_get_n_figures (dataset);
  if (layout->kind == HC_CHART_MAP)
    {
      g_string_free (text, TRUE);
      return hc_chart_map_describe (layout, dataset);
    }

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
