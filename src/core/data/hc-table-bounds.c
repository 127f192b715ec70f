/* hc-table-bounds.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bounds of uncertain values (UCDP's low and high estimates): pairing
 * the ones a user named with --role, and refusing bounds that contradict
 * their figure, which a chart would otherwise draw as a whisker pointing
 * the wrong way.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hc-error.h"
#include "hc-number.h"
#include "hc-table-private.h"

/* A bound named by --role has no stem to pair it by: it bounds the
 * measure nearest before it ("estimate,least,most"), else the first
 * after it. */
void
hc_table_pair_chosen_bounds (HcTable *raw)
{
  guint n_columns = hc_table_get_n_columns (raw);

  for (guint i = 0; i < n_columns; i++)
    {
      HcColumn *column = hc_table_peek_column (raw, i);
      int partner = -1;

      if ((column->role != HC_ROLE_LOW && column->role != HC_ROLE_HIGH) || column->bound_of >= 0)
        continue;
      for (guint j = i; j-- > 0 && partner < 0;)
        if (hc_table_get_column (raw, j)->role == HC_ROLE_MEASURE)
          partner = (int) j;
      for (guint j = i + 1; j < n_columns && partner < 0; j++)
        if (hc_table_get_column (raw, j)->role == HC_ROLE_MEASURE)
          partner = (int) j;
      if (partner < 0 || column->type != HC_COLUMN_NUMBER)
        continue;
      column->bound_of = partner;
    }
}

static int
find_partner_bound (const HcTable *table,
                    guint          bound,
                    HcRole         role)
{
  const HcColumn *column = hc_table_get_column (table, bound);

  for (guint j = 0; j < hc_table_get_n_columns (table); j++)
    if (hc_table_get_column (table, j)->role == role &&
        hc_table_get_column (table, j)->bound_of == column->bound_of)
      return (int) j;
  return -1;
}

gboolean
hc_table_check_bounds (const HcTable *table,
                       const char    *display_name,
                       GError       **error)
{
  for (guint c = 0; c < hc_table_get_n_columns (table); c++)
    {
      const HcColumn *low = hc_table_get_column (table, c);
      const HcColumn *best;
      int high_index;
      const HcColumn *high;

      if (low->role != HC_ROLE_LOW || low->bound_of < 0 || low->type != HC_COLUMN_NUMBER)
        continue;
      best = hc_table_get_column (table, low->bound_of);
      high_index = find_partner_bound (table, c, HC_ROLE_HIGH);
      high = high_index >= 0 ? hc_table_get_column (table, high_index) : NULL;
      if (high != NULL && high->type != HC_COLUMN_NUMBER)
        high = NULL;

      for (guint r = 0; r < hc_table_get_n_rows (table); r++)
        {
          double lo = low->numbers[r];
          double hi = high != NULL ? high->numbers[r] : NAN;
          double value = best->type == HC_COLUMN_NUMBER ? best->numbers[r] : NAN;
          guint line = hc_table_get_row_line (table, r);

          if (!isnan (lo) && !isnan (hi) && lo > hi)
            {
              g_autofree char *a = hc_number_format (lo, FALSE);
              g_autofree char *b = hc_number_format (hi, FALSE);

              hc_set_error_at (error, HC_LOAD_ERROR_VALUE, display_name, line, 0,
                               _("the lower bound %s (“%s”) is above the upper bound %s (“%s”)"),
                               a, low->name, b, high->name);
              return FALSE;
            }
          if (!isnan (value) && ((!isnan (lo) && value < lo) || (!isnan (hi) && value > hi)))
            {
              g_autofree char *v = hc_number_format (value, FALSE);
              g_autofree char *a = hc_number_format (!isnan (lo) ? lo : value, FALSE);
              g_autofree char *b = hc_number_format (!isnan (hi) ? hi : value, FALSE);

              hc_set_error_at (error, HC_LOAD_ERROR_VALUE, display_name, line, 0,
                               _("“%s” is %s, outside its bounds %s to %s (“%s”, “%s”)"),
                               best->name, v, a, b, low->name,
                               high != NULL ? high->name : low->name);
              return FALSE;
            }
        }
    }

  /* A high bound alone is checked against its figure too. */
  for (guint c = 0; c < hc_table_get_n_columns (table); c++)
    {
      const HcColumn *high = hc_table_get_column (table, c);
      const HcColumn *best;

      if (high->role != HC_ROLE_HIGH || high->bound_of < 0 || high->type != HC_COLUMN_NUMBER ||
          find_partner_bound (table, c, HC_ROLE_LOW) >= 0)
        continue;
      best = hc_table_get_column (table, high->bound_of);
      if (best->type != HC_COLUMN_NUMBER)
        continue;
      for (guint r = 0; r < hc_table_get_n_rows (table); r++)
        if (!isnan (high->numbers[r]) && !isnan (best->numbers[r]) &&
            best->numbers[r] > high->numbers[r])
          {
            g_autofree char *v = hc_number_format (best->numbers[r], FALSE);
            g_autofree char *b = hc_number_format (high->numbers[r], FALSE);

            hc_set_error_at (error, HC_LOAD_ERROR_VALUE, display_name,
                             hc_table_get_row_line (table, r), 0,
                             _("“%s” is %s, above its upper bound %s (“%s”)"),
                             best->name, v, b, high->name);
            return FALSE;
          }
    }

  return TRUE;
}
