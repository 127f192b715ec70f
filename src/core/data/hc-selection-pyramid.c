/* hc-selection-pyramid.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cutting a population pyramid from a table: one entity's bands of age by
 * sex. Every time comes along so that the chart can fix its axis over
 * the years; the time to draw comes first.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hc-age.h"
#include "hc-error.h"
#include "hc-number.h"
#include "hc-selection.h"
#include "hc-table-private.h"

typedef struct
{
  const HcTable *table;
  const char    *filename;
  int            age;
  int            sex;          /* the sex column, or -1 with two measures */
  int            measure;      /* with a sex column */
  int            by_sex[2];    /* without: the measures of males and females */
  int            entity;       /* the column that tells entities apart, or -1 */
  const char    *chosen;       /* the entity drawn */
  int            time;
} Pyramid;

/* The column's place in the file, 1-based, for messages; 0 when it was
 * not a column of the file. */
static guint
file_column (const HcTable *table,
             int            column)
{
  GArray *columns = hc_table_get_file_columns (table);
  const char *name = hc_table_get_column (table, column)->name;

  for (guint i = 0; columns != NULL && i < columns->len; i++)
    if (g_strcmp0 (g_array_index (columns, HcFileColumn, i).name, name) == 0)
      return i + 1;
  return 0;
}

static void set_cell_error (GError **error, const Pyramid *p, guint row, int column,
                            const char *format, ...) G_GNUC_PRINTF (5, 6);

static void
set_cell_error (GError        **error,
                const Pyramid  *p,
                guint           row,
                int             column,
                const char     *format,
                ...)
{
  g_autofree char *message = NULL;
  guint line = hc_table_get_row_line (p->table, row);
  guint col = column >= 0 ? file_column (p->table, column) : 0;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (p->filename != NULL)
    hc_set_error_at (error, HC_LOAD_ERROR_VALUE, p->filename, line, col, "%s", message);
  else if (line > 0 && col > 0)
    /* Translators: "line 12, column 3: “abc” is not an age band …" */
    g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE, _("line %u, column %u: %s"), line,
                 col, message);
  else if (line > 0)
    g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE, _("line %u: %s"), line, message);
  else
    g_set_error_literal (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE, message);
}

static gboolean
find_sexes (Pyramid            *p,
            const HcSelection  *selection,
            GError            **error)
{
  const int *measures = hc_table_get_measures (p->table);
  guint n = hc_table_get_n_measures (p->table);
  gboolean has_age = p->age >= 0;

  p->by_sex[0] = p->by_sex[1] = -1;
  p->measure = -1;
  if (p->sex < 0)
    for (guint m = 0; m < n; m++)
      {
        HcSex sex = hc_sex_from_name (hc_table_get_column (p->table, measures[m])->name);

        if (sex == HC_SEX_MALE && p->by_sex[0] < 0)
          p->by_sex[0] = measures[m];
        else if (sex == HC_SEX_FEMALE && p->by_sex[1] < 0)
          p->by_sex[1] = measures[m];
      }
  if (p->sex < 0 && (p->by_sex[0] < 0 || p->by_sex[1] < 0))
    {
      g_set_error_literal (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                           has_age
                             ? _("a population pyramid needs a sex column (male, female; 1, 2) "
                                 "or a measure for each sex, such as PopMale and PopFemale; "
                                 "this table has ages but no sexes")
                             : _("a population pyramid needs an age column (0-4, 5-9 … 85+) "
                                 "and a sex column, or a measure for each sex such as PopMale "
                                 "and PopFemale; this table has neither"));
      return FALSE;
    }
  if (!has_age)
    {
      g_set_error_literal (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                           _("a population pyramid needs an age column (0-4, 5-9 … 85+); this "
                             "table has sexes but no ages"));
      return FALSE;
    }
  if (n == 0)
    {
      g_set_error_literal (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                           _("a population pyramid needs a measure (a column of numbers) to "
                             "draw by age and sex; this table has none"));
      return FALSE;
    }
  if (p->sex >= 0)
    {
      p->measure = measures[0];
      if (selection->measure != NULL)
        {
          p->measure = -1;
          for (guint m = 0; m < n; m++)
            if (g_strcmp0 (hc_table_get_column (p->table, measures[m])->name,
                           selection->measure) == 0)
              p->measure = measures[m];
          if (p->measure < 0)
            {
              g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                           _("there is no measure “%s”"), selection->measure);
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* The entity drawn: the one asked for (by name or code), or the first. */
static gboolean
choose_entity (Pyramid            *p,
               const HcSelection  *selection,
               GError            **error)
{
  int code = hc_table_find_role (p->table, HC_ROLE_CODE);
  guint n_rows = hc_table_get_n_rows (p->table);
  const char *wanted = selection->entities != NULL ? selection->entities[0] : NULL;

  p->entity = hc_table_find_role (p->table, HC_ROLE_ENTITY);
  if (p->entity < 0)
    p->entity = code;
  p->chosen = NULL;
  if (p->entity < 0)
    return TRUE;

  for (guint r = 0; r < n_rows && p->chosen == NULL; r++)
    {
      const char *name = hc_table_get_text (p->table, p->entity, r);
      const char *its_code = hc_table_get_text (p->table, code, r);

      if (name == NULL)
        continue;
      if (wanted == NULL || g_utf8_collate (name, wanted) == 0 ||
          (its_code != NULL && g_ascii_strcasecmp (its_code, wanted) == 0) ||
          g_strcmp0 (hc_selection_entity_label (p->table, r), wanted) == 0)
        p->chosen = name;
    }
  if (p->chosen == NULL && wanted != NULL)
    {
      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                   _("there is no entity “%s” in this table"), wanted);
      return FALSE;
    }
  return TRUE;
}

static gboolean
row_wanted (const Pyramid *p,
            guint          row)
{
  return p->entity < 0 || g_strcmp0 (hc_table_get_text (p->table, p->entity, row),
                                     p->chosen) == 0;
}

static double
row_time (const Pyramid *p,
          guint          row)
{
  return p->time >= 0 ? hc_table_get_column (p->table, p->time)->numbers[row] : NAN;
}

static const char *
sex_name (HcSex sex)
{
  return sex == HC_SEX_MALE ? "male" : "female";
}

/* Checks a value of one sex of row @row and adds it to @figures. */
static gboolean
take_value (const Pyramid  *p,
            guint           row,
            int             measure,
            HcSex           sex,
            const char     *age_text,
            const HcAgeBand *band,
            GHashTable     *seen,
            GPtrArray      *figures,
            GError        **error)
{
  const HcColumn *column = hc_table_get_column (p->table, measure);
  double value = column->numbers[row];
  double t = row_time (p, row);
  g_autofree char *key = NULL;
  HcFigure *figure;
  gpointer first;

  if (isnan (value))
    return TRUE;
  if (value < 0)
    {
      g_autofree char *text = hc_number_format (value, FALSE);

      set_cell_error (error, p, row, measure,
                      _("a population cannot be negative (%s, ages %s)"), text, age_text);
      return FALSE;
    }

  key = g_strdup_printf ("%.17g/%.17g/%.17g/%d", t, band->low, band->high, sex);
  if (g_hash_table_lookup_extended (seen, key, NULL, &first))
    {
      set_cell_error (error, p, row, p->age,
                      _("a second figure for ages %s, %s (the first is on line %u); give "
                        "each band once"),
                      age_text, sex == HC_SEX_MALE ? _("male") : _("female"),
                      GPOINTER_TO_UINT (first));
      return FALSE;
    }
  g_hash_table_insert (seen, g_steal_pointer (&key),
                       GUINT_TO_POINTER (hc_table_get_row_line (p->table, row)));

  figure = g_new0 (HcFigure, 1);
  figure->label = g_strdup (age_text);
  figure->age = g_strdup (age_text);
  figure->sex = g_strdup (sex_name (sex));
  figure->value = value;
  figure->approximate = column->approximate != NULL && column->approximate[row];
  figure->measure = g_strdup (column->name);
  figure->unit = g_strdup (column->unit);
  figure->entity = g_strdup (p->chosen);
  figure->code = g_strdup (hc_table_get_text (p->table, hc_table_find_role (p->table,
                                                                            HC_ROLE_CODE), row));
  figure->has_time = !isnan (t);
  figure->time = isnan (t) ? 0 : t;
  g_ptr_array_add (figures, figure);
  return TRUE;
}

static void
figure_free (gpointer data)
{
  HcFigure *figure = data;

  g_free (figure->label);
  g_free (figure->age);
  g_free (figure->sex);
  g_free (figure->measure);
  g_free (figure->unit);
  g_free (figure->entity);
  g_free (figure->code);
  g_free (figure);
}

typedef struct
{
  double     time;
  HcAgeBand  band;
  guint      row;
  const char *text;
} BandRow;

static int
compare_band_rows (gconstpointer a,
                   gconstpointer b)
{
  const BandRow *x = a, *y = b;

  if (x->time != y->time)
    return x->time < y->time ? -1 : 1;
  return hc_age_band_compare (&x->band, &y->band);
}

/* Bands that overlap ("0-4" beside "<1" and "1-4") would count people
 * twice. */
static gboolean
check_overlaps (const Pyramid  *p,
                GArray         *rows,
                GError        **error)
{
  g_array_sort (rows, compare_band_rows);
  for (guint i = 1; i < rows->len; i++)
    {
      const BandRow *a = &g_array_index (rows, BandRow, i - 1);
      const BandRow *b = &g_array_index (rows, BandRow, i);

      if (a->time != b->time || hc_age_band_compare (&a->band, &b->band) == 0)
        continue;
      if (b->band.low < a->band.high)
        {
          const BandRow *later = a->row > b->row ? a : b;
          const BandRow *earlier = later == a ? b : a;

          set_cell_error (error, p, later->row, p->age,
                          _("the ages %s overlap the ages %s of line %u; a pyramid needs bands "
                            "that do not overlap"),
                          later->text, earlier->text,
                          hc_table_get_row_line (p->table, earlier->row));
          return FALSE;
        }
    }
  return TRUE;
}

/* Every figure of the entity, checked, in the file's order. */
static GPtrArray *
collect (const Pyramid  *p,
         GError        **error)
{
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func (figure_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) band_rows = g_array_new (FALSE, FALSE, sizeof (BandRow));
  guint n_rows = hc_table_get_n_rows (p->table);

  for (guint r = 0; r < n_rows; r++)
    {
      const char *age_text = hc_table_get_text (p->table, p->age, r);
      HcAgeBand band;
      HcAgeKind kind;
      HcSex sex = HC_SEX_INVALID;

      if (!row_wanted (p, r) || age_text == NULL)
        continue;
      if (p->time >= 0 && isnan (row_time (p, r)))
        continue;
      kind = hc_age_parse (age_text, &band);
      if (kind == HC_AGE_INVALID)
        {
          set_cell_error (error, p, r, p->age,
                          _("“%s” is not an age band; write bands such as 0-4, 5-9, 85+, "
                            "Under 5 or 95 and over"), age_text);
          return NULL;
        }
      if (kind != HC_AGE_BAND)
        continue;   /* totals and unknown ages are not bands */
      {
        BandRow entry = { .time = p->time >= 0 ? row_time (p, r) : 0, .band = band, .row = r,
                          .text = age_text };

        g_array_append_val (band_rows, entry);
      }

      if (p->sex >= 0)
        {
          const char *sex_text = hc_table_get_text (p->table, p->sex, r);

          if (sex_text == NULL)
            continue;
          sex = hc_sex_parse (sex_text);
          if (sex == HC_SEX_INVALID)
            {
              set_cell_error (error, p, r, p->sex,
                              _("“%s” is not a sex; write 1 or 2 (1 = male), M or F, male or "
                                "female, or Total for both"), sex_text);
              return NULL;
            }
          if ((sex == HC_SEX_MALE || sex == HC_SEX_FEMALE) &&
              !take_value (p, r, p->measure, sex, age_text, &band, seen, figures, error))
            return NULL;
        }
      else
        {
          if (!take_value (p, r, p->by_sex[0], HC_SEX_MALE, age_text, &band, seen, figures,
                           error) ||
              !take_value (p, r, p->by_sex[1], HC_SEX_FEMALE, age_text, &band, seen, figures,
                           error))
            return NULL;
        }
    }

  if (!check_overlaps (p, band_rows, error))
    return NULL;
  return g_steal_pointer (&figures);
}

/* The time to draw: the one asked for, the latest of the range, or the
 * latest of all. */
static gboolean
choose_time (const Pyramid     *p,
             const HcSelection *selection,
             GPtrArray         *figures,
             double            *time,
             GError           **error)
{
  double first = INFINITY, last = -INFINITY, best = -INFINITY;
  gboolean found = FALSE;

  if (p->time < 0)
    return TRUE;
  for (guint i = 0; i < figures->len; i++)
    {
      const HcFigure *f = g_ptr_array_index (figures, i);

      first = MIN (first, f->time);
      last = MAX (last, f->time);
      if (selection->has_time && !selection->has_range)
        found |= fabs (f->time - selection->time) < 1e-9;
      else if (!selection->has_range ||
               (f->time >= selection->from - 1e-9 && f->time <= selection->to + 1e-9))
        {
          best = MAX (best, f->time);
          found = TRUE;
        }
    }
  if (selection->has_time && !selection->has_range)
    best = selection->time;
  if (!found && figures->len > 0)
    {
      g_autofree char *asked = hc_time_format_plain (selection->has_range ? selection->from
                                                                          : selection->time,
                                                     hc_table_get_time_kind (p->table));
      g_autofree char *from = hc_time_format_plain (first, hc_table_get_time_kind (p->table));
      g_autofree char *to = hc_time_format_plain (last, hc_table_get_time_kind (p->table));

      g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY,
                   _("no ages and sexes at %s; the pyramid’s data spans %s to %s"), asked, from,
                   to);
      return FALSE;
    }
  *time = best;
  return TRUE;
}

static HcDataset *
apply_pyramid (const HcTable     *table,
               const HcSelection *selection,
               const char        *filename,
               GError           **error)
{
  HcSelection empty = { 0 };
  Pyramid p = { 0 };
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  gboolean sexes[2] = { FALSE, FALSE };
  double time = NAN;
  GString *subtitle;

  g_return_val_if_fail (table != NULL, NULL);

  if (selection == NULL)
    selection = &empty;
  p.table = table;
  p.filename = filename;
  p.age = hc_table_find_role (table, HC_ROLE_AGE);
  p.sex = hc_table_find_role (table, HC_ROLE_SEX);
  p.time = hc_table_find_role (table, HC_ROLE_TIME);

  if (!find_sexes (&p, selection, error) || !choose_entity (&p, selection, error))
    return NULL;
  figures = collect (&p, error);
  if (figures == NULL || !choose_time (&p, selection, figures, &time, error))
    return NULL;

  dataset = hc_dataset_new (hc_table_get_title (table));
  {
    const HcSource *source = hc_table_get_source (table);

    hc_dataset_set_source (dataset, source->publisher, source->headline, source->date,
                           source->url);
  }
  hc_dataset_set_time_kind (dataset, hc_table_get_time_kind (table));

  /* The time drawn first, then the others. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < figures->len; i++)
      {
        const HcFigure *f = g_ptr_array_index (figures, i);
        gboolean drawn = p.time < 0 || fabs (f->time - time) < 1e-9;

        if (drawn != (pass == 0))
          continue;
        if (drawn)
          sexes[g_str_equal (f->sex, "female")] = TRUE;
        hc_dataset_add_figure (dataset, f);
      }

  if (!sexes[0] || !sexes[1])
    {
      g_set_error_literal (error, HC_LOAD_ERROR, HC_LOAD_ERROR_EMPTY,
                           !sexes[0] && !sexes[1]
                             ? _("nothing to draw: no row has a population by age and sex")
                             : !sexes[0] ? _("a population pyramid needs both sexes, and there "
                                             "are no males here")
                                         : _("a population pyramid needs both sexes, and there "
                                             "are no females here"));
      return NULL;
    }

  subtitle = g_string_new (NULL);
  if (p.chosen != NULL)
    g_string_append (subtitle, p.chosen);
  if (p.time >= 0)
    {
      g_autofree char *when = hc_time_format_plain (time, hc_table_get_time_kind (table));

      g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", when);
    }
  if (p.sex >= 0 && hc_table_get_n_measures (table) > 1)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "",
                            hc_table_get_column (table, p.measure)->name);
  hc_dataset_set_subtitle (dataset, subtitle->len > 0 ? subtitle->str : NULL);
  g_string_free (subtitle, TRUE);

  return g_steal_pointer (&dataset);
}

HcDataset *
hc_selection_apply_pyramid (const HcTable     *table,
                            const HcSelection *selection,
                            const char        *filename,
                            GError           **error)
{
  GError *local = NULL;
  HcDataset *dataset;

  g_return_val_if_fail (table != NULL, NULL);

  dataset = apply_pyramid (table, selection, filename, &local);
  if (local != NULL)
    {
      /* Errors of a cell name the file already; the others get it here. */
      if (filename != NULL && !g_str_has_prefix (local->message, filename))
        g_prefix_error (&local, "%s: ", filename);
      g_propagate_error (error, local);
    }
  return dataset;
}
