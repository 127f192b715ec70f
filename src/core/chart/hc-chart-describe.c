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
hc_chart_describe (const HcDataset      *dataset,
                   const HcChartOptions *options)
{
  GString *text = g_string_new (NULL);
  HcChartKind kind;
  guint n;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  kind = options->kind < HC_N_CHART_KINDS ? options->kind : HC_CHART_BARS;
  n = hc_dataset_get_n_figures (dataset);

  g_string_append (text, chart_kind_phrase (kind));
  if (hc_chart_kind_has_scale (kind))
    {
      g_string_append (text, ", ");
      g_string_append (text, hc_chart_resolve_scale (dataset, options->scale_mode) == HC_SCALE_LOG
                               ? _("log scale") : _("linear scale"));
    }
  if (kind == HC_CHART_UNITS)
    {
      double unit = hc_chart_units_choose_unit (dataset);
      g_autofree char *unit_text = hc_number_format (unit, FALSE);

      g_string_append (text, ", ");
      /* Translators: in a chart description: "Unit chart, one square for 1,000 people". */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "one square for %s person",
                                                 "one square for %s people",
                                                 hc_chart_plural_n (unit)), unit_text);
    }
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u figure", "%u figures", n), n);
  g_string_append (text, ".");

  if (n > 0)
    {
      g_autofree guint *order = hc_dataset_sort_by_value (dataset);
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
