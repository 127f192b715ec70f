/* hc-records.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Counting a list of people or events: how many per sex, per cause, per
 * age band or per month, or the sum of the dead each event carries. A
 * count of nothing is 0, so the empty age bands and months between the
 * first and the last are figures too, not gaps.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hc-error.h"
#include "hc-loader-private.h"
#include "hc-number.h"
#include "hc-records.h"
#include "hc-table-private.h"

/* ---- dates ------------------------------------------------------------------ */

static gboolean
read_number (const char **p,
             guint        min_digits,
             guint        max_digits,
             int         *out)
{
  guint n = 0;
  int value = 0;

  while (n < max_digits && g_ascii_isdigit ((*p)[n]))
    {
      value = value * 10 + ((*p)[n] - '0');
      n++;
    }
  if (n < min_digits || g_ascii_isdigit ((*p)[n]))
    return FALSE;
  *p += n;
  *out = value;
  return TRUE;
}

static double
day_time (int year,
          int month,
          int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return year + (g_date_get_day_of_year (&date) - 1) /
                (double) (g_date_is_leap_year ((GDateYear) year) ? 366 : 365);
}

gboolean
hc_records_parse_date (const char  *text,
                       HcDateOrder  order,
                       double      *time,
                       HcTimeKind  *kind,
                       HcDateOrder *evidence,
                       gboolean    *slashed)
{
  const char *p = text;
  int a, b = 0, year;

  *evidence = HC_DATE_ORDER_UNKNOWN;
  *slashed = FALSE;
  if (text == NULL)
    return FALSE;
  if (hc_time_parse (text, time, kind))
    return TRUE;

  /* 24/03/1999, 3/4/1999, 24.03.1999; 03/1999 is a month. */
  while (g_ascii_isspace (*p))
    p++;
  if (!read_number (&p, 1, 2, &a) || (*p != '/' && *p != '.'))
    return FALSE;
  {
    char separator = *p++;

    if (read_number (&p, 4, 4, &year))
      {
        b = -1;
      }
    else
      {
        if (!read_number (&p, 1, 2, &b) || *p++ != separator || !read_number (&p, 4, 4, &year))
          return FALSE;
      }
  }
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || year < 1000 || year > 2999)
    return FALSE;

  *slashed = TRUE;
  if (b < 0)
    {
      if (a < 1 || a > 12)
        return FALSE;
      *time = year + (a - 1) / 12.0;
      *kind = HC_TIME_MONTH;
      return TRUE;
    }

  if (a > 12 && b <= 12)
    *evidence = HC_DATE_ORDER_DAY_FIRST;
  else if (b > 12 && a <= 12)
    *evidence = HC_DATE_ORDER_MONTH_FIRST;
  if (order == HC_DATE_ORDER_UNKNOWN)
    order = *evidence != HC_DATE_ORDER_UNKNOWN ? *evidence : HC_DATE_ORDER_DAY_FIRST;
  {
    int day = order == HC_DATE_ORDER_DAY_FIRST ? a : b;
    int month = order == HC_DATE_ORDER_DAY_FIRST ? b : a;

    if (month < 1 || month > 12 || day < 1 ||
        day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
      return FALSE;
    *time = day_time (year, month, day);
    *kind = HC_TIME_DAY;
  }

  return TRUE;
}

/* ---- ages ------------------------------------------------------------------- */

gboolean
hc_records_parse_age (const char *text,
                      double     *age)
{
  g_autofree char *copy = NULL;
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0' || !(g_ascii_isdigit (*copy) || *copy == '.'))
    return FALSE;
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value) || value < 0 ||
      value > HC_RECORDS_MAX_AGE)
    return FALSE;
  *age = value;
  return TRUE;
}

guint
hc_records_age_band (double age)
{
  if (age >= HC_RECORDS_AGE_OPEN_BAND)
    return HC_RECORDS_AGE_OPEN_BAND / HC_RECORDS_AGE_BAND_WIDTH;
  return (guint) floor (MAX (age, 0) / HC_RECORDS_AGE_BAND_WIDTH);
}

char *
hc_records_age_band_label (guint band)
{
  guint from = band * HC_RECORDS_AGE_BAND_WIDTH;

  if (from >= HC_RECORDS_AGE_OPEN_BAND)
    return g_strdup_printf ("%u+", (guint) HC_RECORDS_AGE_OPEN_BAND);
  return g_strdup_printf ("%u-%u", from, from + HC_RECORDS_AGE_BAND_WIDTH - 1);
}

/* The age a band's label starts at, for ordering bands that a file wrote
 * itself ("<1", "5-9", "10-14", "85+"); G_MAXDOUBLE when there is none. */
static double
label_age (const char *text)
{
  const char *p = text;

  while (*p != '\0' && !g_ascii_isdigit (*p))
    {
      if (*p == '<')
        return -1;
      p++;
    }
  if (*p == '\0')
    return G_MAXDOUBLE;
  return g_ascii_strtod (p, NULL);
}

/* ---- periods ---------------------------------------------------------------- */

static void
time_to_date (double      time,
              HcTimeKind  kind,
              GDate      *date)
{
  int year = (int) floor (time + 1e-9);
  double fraction = time - year;

  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, G_DATE_JANUARY, (GDateYear) CLAMP (year, 1, 9999));
  if (kind == HC_TIME_MONTH)
    g_date_set_month (date, (GDateMonth) CLAMP (lround (fraction * 12) + 1, 1, 12));
  else if (kind == HC_TIME_DAY)
    {
      int days = g_date_is_leap_year ((GDateYear) year) ? 366 : 365;

      g_date_add_days (date, (guint) CLAMP (lround (fraction * days), 0, days - 1));
    }
}

gint64
hc_records_period (double     time,
                   HcTimeKind kind,
                   HcTimeKind by)
{
  GDate date;

  time_to_date (time, kind, &date);
  switch (by)
    {
    case HC_TIME_DAY:
      return g_date_get_julian (&date);
    case HC_TIME_MONTH:
      return (gint64) g_date_get_year (&date) * 12 + g_date_get_month (&date) - 1;
    case HC_TIME_NONE:
    case HC_TIME_YEAR:
    default:
      return g_date_get_year (&date);
    }
}

double
hc_records_period_time (gint64     period,
                        HcTimeKind by)
{
  switch (by)
    {
    case HC_TIME_DAY:
      {
        GDate date;

        g_date_clear (&date, 1);
        g_date_set_julian (&date, (guint32) period);
        return day_time (g_date_get_year (&date), g_date_get_month (&date),
                         g_date_get_day (&date));
      }
    case HC_TIME_MONTH:
      return (double) (period / 12) + (period % 12) / 12.0;
    case HC_TIME_NONE:
    case HC_TIME_YEAR:
    default:
      return (double) period;
    }
}

HcTimeKind
hc_records_choose_period (double     first,
                          double     last,
                          HcTimeKind finest)
{
  double span = last - first;

  if (finest >= HC_TIME_DAY && span * 365.25 <= 62)
    return HC_TIME_DAY;
  if (finest >= HC_TIME_MONTH && span < 4)
    return HC_TIME_MONTH;
  return HC_TIME_YEAR;
}

/* ---- the grouping ----------------------------------------------------------- */

typedef enum
{
  GROUP_TEXT,
  GROUP_AGE,
  GROUP_PERIOD,
} GroupKind;

typedef struct
{
  double count;
  double low, high;
  gboolean has_range;
  guint n_known;
  guint n_missing;  /* rows whose count is missing: not 0, unknown */
} Tally;

static void
tally_add (Tally  *tally,
           double  value,
           double  low,
           double  high,
           gboolean has_range)
{
  if (isnan (value))
    {
      tally->n_missing++;
      return;
    }
  tally->n_known++;
  tally->count += value;
  tally->low += has_range ? low : value;
  tally->high += has_range ? high : value;
  tally->has_range |= has_range;
}

/* The dates of a text column, one per row (NAN when empty): the order of
 * its slash dates decided over the whole column. FALSE, with @bad_row
 * set, at the first cell that is no date, or that could be read both
 * ways when nothing tells; with @bad_row G_MAXUINT when the column is
 * mostly not dates (it is then grouped as text). */
static double *
text_dates (const HcTable *table,
            int            column,
            HcTimeKind    *finest,
            guint         *bad_row,
            gboolean      *ambiguous)
{
  const HcColumn *col = hc_table_get_column (table, column);
  guint n_rows = hc_table_get_n_rows (table);
  HcDateOrder order = HC_DATE_ORDER_UNKNOWN;
  guint n_dates = 0, n_other = 0;
  g_autofree double *times = NULL;

  *finest = HC_TIME_NONE;
  *bad_row = G_MAXUINT;
  *ambiguous = FALSE;
  for (guint i = 0; i < col->values->len; i++)
    {
      double t;
      HcTimeKind kind;
      HcDateOrder evidence;
      gboolean slashed;

      if (hc_records_parse_date (g_ptr_array_index (col->values, i), HC_DATE_ORDER_UNKNOWN, &t,
                                 &kind, &evidence, &slashed) && kind >= HC_TIME_MONTH)
        {
          n_dates++;
          if (order == HC_DATE_ORDER_UNKNOWN)
            order = evidence;
        }
      else
        n_other++;
    }
  if (n_dates == 0 || n_dates < n_other)
    return NULL;

  times = g_new (double, MAX (n_rows, 1));
  for (guint r = 0; r < n_rows; r++)
    {
      const char *text = hc_table_get_text (table, column, r);
      HcTimeKind kind;
      HcDateOrder evidence;
      gboolean slashed;

      times[r] = NAN;
      if (text == NULL || hc_table_is_missing_text (text))
        continue;
      if (!hc_records_parse_date (text, order, &times[r], &kind, &evidence, &slashed) ||
          (evidence != HC_DATE_ORDER_UNKNOWN && evidence != order))
        {
          *bad_row = r;
          return NULL;
        }
      if (slashed && kind == HC_TIME_DAY && order == HC_DATE_ORDER_UNKNOWN)
        {
          *bad_row = r;
          *ambiguous = TRUE;
          return NULL;
        }
      *finest = MAX (*finest, kind);
    }
  return g_steal_pointer (&times);
}

static HcTimeKind
column_period (const HcTable *table,
               int            column,
               HcTimeKind    *finest_out)
{
  const HcColumn *col;
  guint n_rows;
  double first = G_MAXDOUBLE, last = -G_MAXDOUBLE;
  HcTimeKind finest;
  g_autofree double *times = NULL;

  g_return_val_if_fail (table != NULL, HC_TIME_NONE);

  if (column < 0 || (guint) column >= hc_table_get_n_columns (table))
    return HC_TIME_NONE;
  col = hc_table_get_column (table, column);
  n_rows = hc_table_get_n_rows (table);
  if (col->type == HC_COLUMN_NUMBER && col->role == HC_ROLE_TIME)
    {
      finest = hc_table_get_time_kind (table);
      for (guint r = 0; r < n_rows; r++)
        if (!isnan (col->numbers[r]))
          {
            first = MIN (first, col->numbers[r]);
            last = MAX (last, col->numbers[r]);
          }
    }
  else if (col->type == HC_COLUMN_TEXT)
    {
      guint bad_row;
      gboolean ambiguous;

      times = text_dates (table, column, &finest, &bad_row, &ambiguous);
      if (times == NULL)
        return HC_TIME_NONE;
      for (guint r = 0; r < n_rows; r++)
        if (!isnan (times[r]))
          {
            first = MIN (first, times[r]);
            last = MAX (last, times[r]);
          }
    }
  else
    return HC_TIME_NONE;

  if (first > last)
    return HC_TIME_NONE;
  *finest_out = finest;
  return hc_records_choose_period (first, last, finest);
}

HcTimeKind
hc_records_column_period (const HcTable *table,
                          int            column)
{
  HcTimeKind finest;

  return column_period (table, column, &finest);
}

guint
hc_records_count_distinct (const HcTable *table,
                           int            column)
{
  const HcColumn *col;
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (table != NULL, 0);

  if (column < 0 || (guint) column >= hc_table_get_n_columns (table))
    return 0;
  col = hc_table_get_column (table, column);
  if (col->type == HC_COLUMN_TEXT)
    return col->values->len;

  seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint r = 0; r < hc_table_get_n_rows (table); r++)
    if (!isnan (col->numbers[r]))
      g_hash_table_add (seen, (gpointer) &col->numbers[r]);
  return g_hash_table_size (seen);
}

typedef enum
{
  BAD_DATE,
  AMBIGUOUS_DATE,
  BAD_AGE,
} BadCell;

static gboolean
fail_at_row (GError       **error,
             const HcTable *table,
             int            column,
             guint          row,
             BadCell        bad)
{
  const char *text = hc_table_get_text (table, column, row);
  const char *name = hc_table_get_column (table, column)->name;
  g_autofree char *short_text = hc_loader_shorten_label (text != NULL ? text : "");
  g_autofree char *full = NULL;

  switch (bad)
    {
    case AMBIGUOUS_DATE:
      full = g_strdup_printf (_("“%s” in “%s” could be day/month or month/day, and no date of "
                                "the column has a part above 12 to tell; write dates as "
                                "1999-03-24"), short_text, name);
      break;
    case BAD_AGE:
      full = g_strdup_printf (_("“%s” in “%s” is not an age: write the age in years, such as "
                                "34, or leave it empty"), short_text, name);
      break;
    case BAD_DATE:
    default:
      full = g_strdup_printf (_("“%s” in “%s” is not a date: write 1999-03-24, 24/03/1999 or "
                                "1999-03"), short_text, name);
      break;
    }
  /* Translators: "line 14: “abc” in “age” is not an age: …" */
  g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE, _("line %u: %s"),
               hc_table_get_row_line (table, row), full);
  return FALSE;
}

static int
compare_text_ages (gconstpointer a,
                   gconstpointer b)
{
  double x = label_age (*(const char * const *) a), y = label_age (*(const char * const *) b);

  return (x > y) - (x < y);
}

static char *
missing_note (guint n)
{
  /* Translators: the note of a sum of events' dead, when some events
   * give no number: "2 events without a count are not in the sum". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event without a count is not in the sum",
                                       "%u events without a count are not in the sum", n), n);
}

gboolean
hc_records_group (HcDataset               *dataset,
                  const HcRecordsGrouping *grouping,
                  guint                   *n_undated,
                  GError                 **error)
{
  const HcTable *table;
  const HcColumn *column;
  const HcColumn *values = NULL;
  const HcColumn *bounds[2] = { NULL, NULL };
  guint n_rows;
  GroupKind kind = GROUP_TEXT;
  HcTimeKind finest = HC_TIME_NONE, by;
  g_autofree double *times = NULL;
  g_autofree double *ages = NULL;
  g_autoptr(GHashTable) tallies = NULL;
  g_autoptr(GPtrArray) order = NULL;
  Tally not_stated = { 0 };
  gboolean any_not_stated = FALSE;
  gint64 first = G_MAXINT64, last = G_MININT64;
  const char *measure_name;
  const char *unit;

  g_return_val_if_fail (dataset != NULL, FALSE);
  g_return_val_if_fail (grouping != NULL && grouping->table != NULL, FALSE);

  if (n_undated != NULL)
    *n_undated = 0;
  table = grouping->table;
  n_rows = hc_table_get_n_rows (table);
  column = hc_table_get_column (table, grouping->group);
  if (grouping->measure >= 0)
    {
      values = hc_table_get_column (table, grouping->measure);
      for (guint c = 0; c < hc_table_get_n_columns (table); c++)
        {
          const HcColumn *bound = hc_table_get_column (table, c);

          if (bound->bound_of == grouping->measure && bound->type == HC_COLUMN_NUMBER)
            bounds[bound->role == HC_ROLE_LOW ? 0 : 1] = bound;
        }
    }
  measure_name = values != NULL ? values->name : _("count");
  unit = values != NULL ? values->unit : _("records");

  /* What the column holds decides how it groups: dates by period, ages
   * in bands, anything else by its values. */
  if (column->type == HC_COLUMN_NUMBER && column->role == HC_ROLE_TIME)
    {
      kind = GROUP_PERIOD;
      finest = hc_table_get_time_kind (table);
      times = g_memdup2 (column->numbers, sizeof (double) * MAX (n_rows, 1));
    }
  else if (column->type == HC_COLUMN_TEXT)
    {
      guint bad_row;
      gboolean ambiguous;

      times = text_dates (table, grouping->group, &finest, &bad_row, &ambiguous);
      if (times != NULL)
        kind = GROUP_PERIOD;
      else if (bad_row != G_MAXUINT)
        return fail_at_row (error, table, grouping->group, bad_row,
                            ambiguous ? AMBIGUOUS_DATE : BAD_DATE);
      else if (column->role == HC_ROLE_AGE)
        {
          guint n_ages = 0, first_bad = G_MAXUINT;

          ages = g_new (double, MAX (n_rows, 1));
          for (guint r = 0; r < n_rows; r++)
            {
              const char *text = hc_table_get_text (table, grouping->group, r);

              ages[r] = NAN;
              if (text == NULL || hc_table_is_missing_text (text))
                continue;
              if (hc_records_parse_age (text, &ages[r]))
                n_ages++;
              else if (first_bad == G_MAXUINT)
                first_bad = r;
            }
          if (n_ages > 0 && first_bad == G_MAXUINT)
            kind = GROUP_AGE;
          else if (n_ages > 0 && first_bad != G_MAXUINT && label_age (hc_table_get_text (
                     table, grouping->group, first_bad)) == G_MAXDOUBLE)
            return fail_at_row (error, table, grouping->group, first_bad, BAD_AGE);
        }
    }
  else
    {
      gboolean empty = TRUE;

      for (guint r = 0; r < n_rows && empty; r++)
        empty = isnan (column->numbers[r]);
      /* A column with nothing in it: everyone is "Not stated". */
      if (!empty)
        {
          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                       _("“%s” holds numbers, not groups: pick a column of names, ages or "
                         "dates"), column->name);
          return FALSE;
        }
    }

  by = grouping->by;
  if (kind == GROUP_PERIOD)
    {
      double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;

      for (guint r = 0; r < n_rows; r++)
        if (grouping->wanted[r] && !isnan (times[r]))
          {
            lo = MIN (lo, times[r]);
            hi = MAX (hi, times[r]);
          }
      if (by == HC_TIME_NONE)
        by = lo <= hi ? hc_records_choose_period (lo, hi, finest) : HC_TIME_YEAR;
      if (by > finest && finest == HC_TIME_YEAR)
        {
          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                       _("the dates of “%s” are years: count them by year"), column->name);
          return FALSE;
        }
      if (by > finest && finest == HC_TIME_MONTH)
        {
          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                       _("the dates of “%s” are months: count them by month or by year"),
                       column->name);
          return FALSE;
        }
      hc_dataset_set_time_kind (dataset, by);
    }
  else if (grouping->series)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                   _("“%s” holds no dates: only a count by date can be drawn over time"),
                   column->name);
      return FALSE;
    }

  tallies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  order = g_ptr_array_new ();
  for (guint r = 0; r < n_rows; r++)
    {
      double value = 1, low = NAN, high = NAN;
      gboolean has_range = FALSE;
      g_autofree char *key = NULL;
      Tally *tally;

      if (!grouping->wanted[r])
        continue;
      if (values != NULL)
        {
          /* A missing count is kept as missing: the group it belongs to
           * is not a known 0. */
          value = values->numbers[r];
          low = bounds[0] != NULL ? bounds[0]->numbers[r] : NAN;
          high = bounds[1] != NULL ? bounds[1]->numbers[r] : NAN;
          has_range = !isnan (low) || !isnan (high);
          if (isnan (low))
            low = value;
          if (isnan (high))
            high = value;
        }

      switch (kind)
        {
        case GROUP_PERIOD:
          if (!isnan (times[r]))
            {
              gint64 period = hc_records_period (times[r], finest, by);

              first = MIN (first, period);
              last = MAX (last, period);
              key = g_strdup_printf ("%" G_GINT64_FORMAT, period);
            }
          break;
        case GROUP_AGE:
          if (!isnan (ages[r]))
            {
              gint64 band = hc_records_age_band (ages[r]);

              first = MIN (first, band);
              last = MAX (last, band);
              key = g_strdup_printf ("%" G_GINT64_FORMAT, band);
            }
          break;
        case GROUP_TEXT:
        default:
          if (column->type == HC_COLUMN_TEXT && hc_table_get_text (table, grouping->group, r) != NULL)
            key = g_strdup (hc_table_get_text (table, grouping->group, r));
          break;
        }

      if (key == NULL)
        {
          if (n_undated != NULL && kind == GROUP_PERIOD && grouping->series)
            (*n_undated)++;
          tally_add (&not_stated, value, low, high, has_range);
          any_not_stated = TRUE;
          continue;
        }
      tally = g_hash_table_lookup (tallies, key);
      if (tally == NULL)
        {
          tally = g_new0 (Tally, 1);
          g_ptr_array_add (order, key);
          g_hash_table_insert (tallies, g_steal_pointer (&key), tally);
        }
      tally_add (tally, value, low, high, has_range);
    }

  if (kind != GROUP_TEXT && first <= last && last - first >= HC_RECORDS_MAX_PERIODS)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_LIMIT,
                   _("the dates of “%s” span more than %u periods: count by month or by year"),
                   column->name, (guint) HC_RECORDS_MAX_PERIODS);
      return FALSE;
    }

  /* File order for names; the ages written as bands by age. */
  if (kind == GROUP_TEXT && column->role == HC_ROLE_AGE)
    g_ptr_array_sort (order, compare_text_ages);

  {
    gboolean has_range = not_stated.has_range;
    g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr(GPtrArray) tally_list = g_ptr_array_new ();
    Tally zero = { 0 };

    if (kind == GROUP_TEXT)
      for (guint i = 0; i < order->len; i++)
        {
          g_ptr_array_add (labels, g_strdup (g_ptr_array_index (order, i)));
          g_ptr_array_add (tally_list, g_hash_table_lookup (tallies, g_ptr_array_index (order, i)));
        }
    else
      for (gint64 k = first; k <= last && first <= last; k++)
        {
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, k);
          Tally *tally = g_hash_table_lookup (tallies, key);

          g_ptr_array_add (labels, kind == GROUP_AGE
                                     ? hc_records_age_band_label ((guint) k)
                                     : hc_time_format_plain (hc_records_period_time (k, by), by));
          g_ptr_array_add (tally_list, tally != NULL ? tally : &zero);
          g_array_append_val (keys, k);
        }
    for (guint i = 0; i < tally_list->len; i++)
      has_range |= ((Tally *) g_ptr_array_index (tally_list, i))->has_range;

    for (guint i = 0; i < labels->len; i++)
      {
        const Tally *tally = g_ptr_array_index (tally_list, i);
        HcFigure figure = { 0 };
        g_autofree char *note = NULL;

        /* Only rows whose count is missing: a gap, not a 0. */
        if (tally->n_known == 0 && tally->n_missing > 0)
          continue;
        if (tally->n_missing > 0)
          note = missing_note (tally->n_missing);
        figure.note = note;
        figure.label = g_ptr_array_index (labels, i);
        figure.entity = figure.label;
        figure.measure = (char *) measure_name;
        figure.unit = (char *) unit;
        figure.value = tally->count;
        /* What the groups are of: the columns view titles its axis with
         * it ("age"), rather than calling the groups uncategorized. */
        figure.category = grouping->series ? NULL : (char *) column->name;
        if (has_range)
          {
            figure.has_range = TRUE;
            figure.low = tally->low;
            figure.high = tally->high;
          }
        if (grouping->series)
          {
            /* One line: the figures are its points. */
            figure.label = (char *) (values != NULL ? values->name : _("records"));
            figure.entity = figure.label;
            figure.has_time = TRUE;
            figure.time = hc_records_period_time (g_array_index (keys, gint64, i), by);
          }
        hc_dataset_add_figure (dataset, &figure);
      }

    /* Rows without a value are counted but have no place on a time axis. */
    if (any_not_stated && !grouping->series && not_stated.n_known > 0)
      {
        HcFigure figure = { 0 };
        g_autofree char *note = not_stated.n_missing > 0 ? missing_note (not_stated.n_missing)
                                                         : NULL;

        figure.note = note;

        figure.label = (char *) _("Not stated");
        figure.entity = figure.label;
        figure.measure = (char *) measure_name;
        figure.unit = (char *) unit;
        figure.value = not_stated.count;
        figure.category = (char *) column->name;
        if (has_range)
          {
            figure.has_range = TRUE;
            figure.low = not_stated.low;
            figure.high = not_stated.high;
          }
        hc_dataset_add_figure (dataset, &figure);
      }

    /* Ages and dates are read in their order, not by size. */
    if (kind != GROUP_TEXT || column->role == HC_ROLE_AGE)
      hc_dataset_set_ordered (dataset, TRUE);
  }

  return TRUE;
}

int
hc_records_default_group (const HcTable *table)
{
  static const HcRole people[] = {
    HC_ROLE_CATEGORY, HC_ROLE_SEX, HC_ROLE_AGE, HC_ROLE_ENTITY, HC_ROLE_NOTE,
  };
  static const HcRole events[] = {
    HC_ROLE_ENTITY, HC_ROLE_CATEGORY, HC_ROLE_SEX, HC_ROLE_AGE,
  };
  gboolean is_events;
  int group = -1;

  g_return_val_if_fail (table != NULL, -1);

  is_events = hc_table_is_events (table);
  for (guint i = 0; i < (is_events ? G_N_ELEMENTS (events) : G_N_ELEMENTS (people)) && group < 0;
       i++)
    group = hc_table_find_role (table, is_events ? events[i] : people[i]);
  return group;
}

static void
group_choice_free (gpointer data)
{
  HcGroupChoice *choice = data;

  g_free (choice->label);
  g_free (choice->column);
  g_free (choice);
}

static void
add_choice (GPtrArray  *choices,
            char       *label,
            const char *column,
            HcTimeKind  by)
{
  HcGroupChoice *choice = g_new0 (HcGroupChoice, 1);

  choice->label = label;
  choice->column = g_strdup (column);
  choice->by = by;
  g_ptr_array_add (choices, choice);
}

GPtrArray *
hc_records_list_groups (const HcTable *table)
{
  GPtrArray *choices = g_ptr_array_new_with_free_func (group_choice_free);
  gboolean counting;

  g_return_val_if_fail (table != NULL, choices);

  counting = hc_table_is_records (table) || hc_table_is_events (table);
  for (guint c = 0; c < hc_table_get_n_columns (table); c++)
    {
      const HcColumn *column = hc_table_get_column (table, c);
      HcTimeKind finest = HC_TIME_NONE;

      if (counting && column_period (table, (int) c, &finest) != HC_TIME_NONE)
        {
          /* Translators: a choice of "Count By": a column of dates,
           * counted per day, per month or per year. */
          if (finest >= HC_TIME_DAY)
            add_choice (choices, g_strdup_printf (_("%s (by day)"), column->name), column->name,
                        HC_TIME_DAY);
          if (finest >= HC_TIME_MONTH)
            add_choice (choices, g_strdup_printf (_("%s (by month)"), column->name),
                        column->name, HC_TIME_MONTH);
          add_choice (choices, g_strdup_printf (_("%s (by year)"), column->name), column->name,
                      HC_TIME_YEAR);
          continue;
        }
      if (column->type != HC_COLUMN_TEXT || column->role == HC_ROLE_QUOTE ||
          (!counting && (column->role == HC_ROLE_IGNORED || column->role == HC_ROLE_NOTE)))
        continue;
      if (counting && column->role == HC_ROLE_AGE && column->values->len > 0)
        {
          gboolean ages = TRUE;
          double age;

          for (guint i = 0; i < column->values->len && ages; i++)
            ages = hc_records_parse_age (g_ptr_array_index (column->values, i), &age);
          if (ages)
            {
              /* Translators: a choice of "Count By": ages in years,
               * counted in bands 0-4, 5-9 … 90+. */
              add_choice (choices, g_strdup_printf (_("%s (in 5-year bands)"), column->name),
                          column->name, HC_TIME_NONE);
              continue;
            }
        }
      /* Translators: a choice of "Count By" or "Add Up By": a column and
       * how many different values it has, "sex (2)". */
      add_choice (choices, g_strdup_printf (_("%s (%u)"), column->name,
                                            hc_records_count_distinct (table, (int) c)),
                  column->name, HC_TIME_NONE);
    }

  return choices;
}
