/* hc-time.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "hc-table-private.h"

static int
days_in_year (int year)
{
  return g_date_is_leap_year ((GDateYear) year) ? 366 : 365;
}

static gboolean
read_digits (const char **p,
             guint        n,
             int         *out)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      value = value * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *out = value;
  return TRUE;
}

/* Years from 1000 to 2999, as files of population and casualties have
 * them; a day count or a Unix time is not a year. */
gboolean
hc_time_parse (const char *text,
               double     *time,
               HcTimeKind *kind)
{
  const char *p = text;
  int year, month = 0, day = 0;

  while (g_ascii_isspace (*p))
    p++;
  if (!read_digits (&p, 4, &year) || year < 1000 || year > 2999)
    return FALSE;
  if (*p == '.' && p[1] == '0' && p[2] == '\0')
    p += 2;   /* "1960.0", as spreadsheets export a year */
  if (*p == '-' || *p == '/')
    {
      char separator = *p++;

      if (!read_digits (&p, 2, &month) || month < 1 || month > 12)
        return FALSE;
      if (*p == separator)
        {
          p++;
          if (!read_digits (&p, 2, &day) || day < 1 ||
              day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
            return FALSE;
          /* "1854-04-01T00:00:00", "1854-04-01 00:00" */
          if (*p == 'T' || *p == ' ')
            while (*p != '\0' && !g_ascii_isspace (*p))
              p++;
        }
    }
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0')
    return FALSE;

  if (day > 0)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
      *time = year + (g_date_get_day_of_year (&date) - 1) / (double) days_in_year (year);
      *kind = HC_TIME_DAY;
    }
  else if (month > 0)
    {
      *time = year + (month - 1) / 12.0;
      *kind = HC_TIME_MONTH;
    }
  else
    {
      *time = year;
      *kind = HC_TIME_YEAR;
    }

  return TRUE;
}

char *
hc_time_format_plain (double     time,
                      HcTimeKind kind)
{
  int year;
  double fraction;

  /* Only years a file can hold come here; anything else is shown as the
   * number it is rather than wrapped into a wrong year. */
  if (!(time >= 0 && time < 10000))
    return g_strdup_printf ("%g", time);

  year = (int) floor (time + 1e-9);
  fraction = time - year;

  switch (kind)
    {
    case HC_TIME_MONTH:
      return g_strdup_printf ("%04d-%02d", year, (int) lround (fraction * 12) + 1);

    case HC_TIME_DAY:
      {
        GDate date;
        int day_of_year = (int) lround (fraction * days_in_year (year)) + 1;

        g_date_clear (&date, 1);
        g_date_set_dmy (&date, 1, G_DATE_JANUARY, (GDateYear) year);
        g_date_add_days (&date, (guint) (day_of_year - 1));
        return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                g_date_get_month (&date), g_date_get_day (&date));
      }

    case HC_TIME_NONE:
    case HC_TIME_YEAR:
    default:
      return g_strdup_printf ("%d", year);
    }
}
