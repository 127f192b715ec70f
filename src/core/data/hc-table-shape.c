/* hc-table-shape.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From columns as a file had them to a table of observations: roles
 * decided, years as headers turned into a time column, a column of measure
 * names turned into measures, each row one entity at one time.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hc-loader-private.h"
#include "hc-number.h"
#include "hc-table-private.h"

typedef struct
{
  const char *name;
  HcTable    *raw;
  int         measure_name;   /* the column naming each row's measure, or -1 */
  GArray     *years;          /* of int: column index of each year header */
} Shape;

static gboolean
column_is_empty (const HcColumn *column,
                 guint           n_rows)
{
  if (column->type == HC_COLUMN_TEXT)
    return column->values->len == 0;
  for (guint i = 0; i < n_rows; i++)
    if (!isnan (column->numbers[i]))
      return FALSE;
  return TRUE;
}

/* A number column used as a key (sex coded 1 and 2, an age of 5) becomes
 * text, as the file wrote it. */
static void
make_text (HcTable  *table,
           HcColumn *column)
{
  guint n_rows = hc_table_get_n_rows (table);
  double *numbers;

  if (column->type == HC_COLUMN_TEXT)
    return;

  numbers = g_steal_pointer (&column->numbers);
  g_clear_pointer (&column->approximate, g_free);
  column->type = HC_COLUMN_TEXT;
  column->values = g_ptr_array_new ();
  column->text = g_new (guint32, MAX (n_rows, 1) + 1);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *text = NULL;

      if (isnan (numbers[i]))
        {
          column->text[i] = HC_TABLE_NO_TEXT;
          continue;
        }
      text = hc_number_format_plain (numbers[i]);
      column->text[i] = hc_table_intern (table, column, text);
    }
  g_free (numbers);
}

static gboolean
all_dates (const HcColumn *column)
{
  if (column->type != HC_COLUMN_TEXT || column->values->len == 0)
    return FALSE;
  for (guint i = 0; i < column->values->len; i++)
    {
      double t;
      HcTimeKind kind;

      if (!hc_time_parse (g_ptr_array_index (column->values, i), &t, &kind) ||
          kind == HC_TIME_YEAR)
        return FALSE;
    }
  return TRUE;
}

static void
text_to_time (HcTable  *table,
              HcColumn *column)
{
  guint n_rows = hc_table_get_n_rows (table);
  double *times = g_new (double, MAX (n_rows, 1) + 1);
  HcTimeKind finest = HC_TIME_YEAR;

  for (guint i = 0; i < n_rows; i++)
    {
      HcTimeKind kind = HC_TIME_YEAR;

      times[i] = NAN;
      if (column->text[i] != HC_TABLE_NO_TEXT)
        hc_time_parse (g_ptr_array_index (column->values, column->text[i]), &times[i], &kind);
      finest = MAX (finest, kind);
    }
  g_clear_pointer (&column->text, g_free);
  g_clear_pointer (&column->values, g_ptr_array_unref);
  column->type = HC_COLUMN_NUMBER;
  column->numbers = times;
  hc_table_set_time_kind (table, finest);
}

static gboolean
apply_overrides (Shape               *shape,
                 const HcLoadOptions *options,
                 GError             **error)
{
  if (options == NULL || options->roles == NULL)
    return TRUE;

  for (guint i = 0; options->roles[i] != NULL; i++)
    {
      const char *spec = options->roles[i];
      const char *equals = strrchr (spec, '=');
      g_autofree char *name = NULL;
      HcRole role;
      int index;

      if (equals == NULL || !hc_role_from_string (equals + 1, &role))
        {
          g_autofree char *roles = hc_role_list_names ();

          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                       _("“%s” does not give a column a role: write COLUMN=ROLE, with one of "
                         "the roles %s"), spec, roles);
          return FALSE;
        }
      name = g_strndup (spec, equals - spec);
      index = hc_table_find_column (shape->raw, name);
      if (index < 0)
        {
          GString *names = g_string_new (NULL);

          for (guint c = 0; c < hc_table_get_n_columns (shape->raw); c++)
            g_string_append_printf (names, "%s“%s”", c > 0 ? ", " : "",
                                    hc_table_get_column (shape->raw, c)->name);
          g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_MISSING,
                       _("%s: there is no column “%s”; the columns are %s"), shape->name, name,
                       names->str);
          g_string_free (names, TRUE);
          return FALSE;
        }
      {
        HcColumn *column = hc_table_peek_column (shape->raw, index);

        column->role = role;
        hc_table_set_column_reason (shape->raw, column, _("as asked"));
        if (role == HC_ROLE_MEASURE || role == HC_ROLE_LOW || role == HC_ROLE_HIGH)
          {
            if (column->type == HC_COLUMN_TEXT)
              {
                g_set_error (error, HC_LOAD_ERROR, HC_LOAD_ERROR_VALUE,
                             _("%s: the column “%s” holds text, not numbers, so it cannot be "
                               "a measure"), shape->name, column->name);
                return FALSE;
              }
          }
      }
    }

  return TRUE;
}

/* Whether a text column names few enough things to group by. */
static gboolean
is_categorical (const HcColumn *column,
                guint           n_rows)
{
  return column->values->len <= MAX (2, MIN (1000, n_rows / 2));
}

static void
decide_roles (Shape *shape)
{
  HcTable *raw = shape->raw;
  guint n_rows = hc_table_get_n_rows (raw);
  guint n_columns = hc_table_get_n_columns (raw);
  gboolean have[HC_N_ROLES] = { FALSE };

  shape->measure_name = -1;
  shape->years = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < n_columns; i++)
    {
      HcColumn *column = hc_table_peek_column (raw, i);

      /* A time column with no times (--print's of a table without them). */
      if (column->role == HC_ROLE_TIME && column_is_empty (column, n_rows))
        {
          column->role = HC_ROLE_IGNORED;
          hc_table_set_column_reason (raw, column, _("it has no values"));
        }
      if (column->role != HC_ROLE_UNDECIDED && column->role != HC_ROLE_IGNORED)
        have[column->role] = TRUE;
    }

  for (guint i = 0; i < n_columns; i++)
    if (hc_table_peek_column (raw, i)->role == HC_ROLE_UNDECIDED &&
        hc_table_header_year (hc_table_peek_column (raw, i)->name) >= 0)
      g_array_append_val (shape->years, i);
  if (shape->years->len < 2)
    g_array_set_size (shape->years, 0);

  for (guint i = 0; i < n_columns; i++)
    {
      HcColumn *column = hc_table_peek_column (raw, i);
      gboolean measure_name = FALSE, is_id = FALSE;
      HcRole role = HC_N_ROLES;

      if (column->role != HC_ROLE_UNDECIDED)
        continue;

      if (shape->years->len > 0 && hc_table_header_year (column->name) >= 0)
        {
          column->role = HC_ROLE_IGNORED;   /* melted below */
          continue;
        }
      if (*column->name == '\0' && column_is_empty (column, n_rows))
        {
          column->role = HC_ROLE_IGNORED;
          hc_table_set_column_reason (raw, column, _("it has no name and no values"));
          continue;
        }

      if (column->hxl != NULL && *column->hxl != '\0')
        role = hc_table_role_from_hxl (column->hxl, &measure_name);
      if (role == HC_N_ROLES)
        role = hc_table_role_from_name (column->name, &measure_name, &is_id);

      if (role == HC_ROLE_IGNORED && is_id)
        {
          column->role = HC_ROLE_IGNORED;
          hc_table_set_column_reason (raw, column, _("it holds identifiers, not figures"));
          continue;
        }
      if (measure_name && shape->measure_name < 0 && column->type == HC_COLUMN_TEXT)
        {
          shape->measure_name = i;
          column->role = HC_ROLE_IGNORED;
          hc_table_set_column_reason (raw, column, _("it names the measure of each row"));
          continue;
        }

      if (role == HC_N_ROLES)
        {
          /* Content decides: dates are times, the first text column
           * names the entities, other text groups them or is a note;
           * numbers are measures. */
          if (column->type == HC_COLUMN_TEXT)
            {
              if (!have[HC_ROLE_TIME] && all_dates (column))
                role = HC_ROLE_TIME;
              else if (!have[HC_ROLE_ENTITY])
                role = HC_ROLE_ENTITY;
              else if (is_categorical (column, n_rows))
                role = HC_ROLE_CATEGORY;
              else
                role = HC_ROLE_NOTE;
            }
          else
            role = HC_ROLE_MEASURE;
        }

      /* One column for each key role; a second region column groups. */
      if (role == HC_ROLE_ENTITY && have[HC_ROLE_ENTITY])
        role = column->type == HC_COLUMN_TEXT && is_categorical (column, n_rows)
                 ? HC_ROLE_CATEGORY : HC_ROLE_NOTE;
      if ((role == HC_ROLE_CODE || role == HC_ROLE_TIME || role == HC_ROLE_AGE ||
           role == HC_ROLE_SEX || role == HC_ROLE_CATEGORY) && have[role])
        {
          column->role = HC_ROLE_IGNORED;
          hc_table_set_column_reason (raw, column, _("another column already has that role"));
          continue;
        }
      if ((role == HC_ROLE_MEASURE) && column->type == HC_COLUMN_TEXT)
        role = is_categorical (column, n_rows) ? HC_ROLE_CATEGORY : HC_ROLE_NOTE;
      /* A column named "value" stays the measure even with no values:
       * the chart then says there is nothing to show. */
      if (role == HC_ROLE_MEASURE && column_is_empty (column, n_rows) &&
          !hc_table_name_is_value (column->name))
        {
          column->role = HC_ROLE_IGNORED;
          hc_table_set_column_reason (raw, column, _("it has no values"));
          continue;
        }

      column->role = role;
      have[role] = TRUE;
    }

  /* Key columns hold text; a time column held as text (dates) becomes
   * numbers. */
  for (guint i = 0; i < n_columns; i++)
    {
      HcColumn *column = hc_table_peek_column (raw, i);

      switch (column->role)
        {
        case HC_ROLE_ENTITY:
        case HC_ROLE_CODE:
        case HC_ROLE_AGE:
        case HC_ROLE_SEX:
        case HC_ROLE_CATEGORY:
        case HC_ROLE_UNIT:
        case HC_ROLE_QUOTE:
        case HC_ROLE_NOTE:
        case HC_ROLE_SOURCE:
          make_text (raw, column);
          break;
        case HC_ROLE_TIME:
          if (column->type == HC_COLUMN_TEXT)
            text_to_time (raw, column);
          else if (hc_table_get_time_kind (raw) == HC_TIME_NONE)
            hc_table_set_time_kind (raw, HC_TIME_YEAR);
          break;
        default:
          break;
        }
    }
}

/* Bounds by name: "bd_low" and "bd_high" bound "bd_best"; "low" and
 * "high" bound "best", or the only measure. */
static void
pair_bounds (Shape *shape)
{
  HcTable *raw = shape->raw;
  guint n_columns = hc_table_get_n_columns (raw);

  for (guint i = 0; i < n_columns; i++)
    {
      HcColumn *column = hc_table_peek_column (raw, i);
      g_autofree char *stem = NULL;
      HcRole role;
      int partner = -1;
      guint n_measures = 0;

      if (column->role != HC_ROLE_MEASURE || !hc_table_bound_stem (column->name, &stem, &role))
        continue;

      for (guint j = 0; j < n_columns; j++)
        {
          HcColumn *other = hc_table_peek_column (raw, j);
          g_autofree char *other_stem = NULL;
          g_autofree char *bound_stem = NULL;
          HcRole other_role;

          if (j == i || other->role != HC_ROLE_MEASURE ||
              hc_table_bound_stem (other->name, &bound_stem, &other_role))
            continue;
          n_measures++;
          other_stem = hc_table_measure_stem (other->name);
          if (strcmp (other_stem, stem) == 0)
            partner = j;
        }
      if (partner < 0 && *stem == '\0' && n_measures == 1)
        for (guint j = 0; j < n_columns; j++)
          {
            HcColumn *other = hc_table_peek_column (raw, j);
            HcRole other_role;
            g_autofree char *ignored = NULL;

            if (j != i && other->role == HC_ROLE_MEASURE &&
                !hc_table_bound_stem (other->name, &ignored, &other_role))
              partner = j;
          }
      if (partner < 0)
        continue;

      column->role = role;
      column->bound_of = partner;
      {
        g_autofree char *reason =
          g_strdup_printf (role == HC_ROLE_LOW ? _("the lower bound of “%s”")
                                               : _("the upper bound of “%s”"),
                           hc_table_peek_column (raw, partner)->name);
        hc_table_set_column_reason (raw, column, reason);
      }
    }
}

/* ---- reshaping ----------------------------------------------------------------- */

typedef struct
{
  HcTable    *table;
  GHashTable *rows;        /* key bytes → row + 1 */
  GHashTable *measures;    /* measure name → column index in @table */
  int         key_columns[HC_N_ROLES];  /* column in @table per key role, or -1 */
  int         time_column;
  GArray     *raw_keys;    /* of int: the raw key columns, in order */
  GArray     *out_keys;    /* of int: where each goes in @table */
} Builder;

static void
builder_init (Builder    *builder,
              HcTable    *raw,
              const char *title)
{
  guint n_columns = hc_table_get_n_columns (raw);

  builder->table = hc_table_new (title);
  builder->rows = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                         (GDestroyNotify) g_bytes_unref, NULL);
  builder->measures = g_hash_table_new (g_str_hash, g_str_equal);
  builder->raw_keys = g_array_new (FALSE, FALSE, sizeof (int));
  builder->out_keys = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint r = 0; r < HC_N_ROLES; r++)
    builder->key_columns[r] = -1;

  for (guint i = 0; i < n_columns; i++)
    {
      const HcColumn *column = hc_table_get_column (raw, i);
      int raw_index = i;
      int out_index;

      if (column->role != HC_ROLE_ENTITY && column->role != HC_ROLE_CODE &&
          column->role != HC_ROLE_AGE && column->role != HC_ROLE_SEX &&
          column->role != HC_ROLE_CATEGORY && column->role != HC_ROLE_UNIT &&
          column->role != HC_ROLE_NOTE && column->role != HC_ROLE_SOURCE &&
          column->role != HC_ROLE_QUOTE)
        continue;
      hc_table_add_column (builder->table, column->name, HC_COLUMN_TEXT, column->role);
      out_index = hc_table_get_n_columns (builder->table) - 1;
      hc_table_peek_column (builder->table, out_index)->reason = g_strdup (column->reason);
      builder->key_columns[column->role] = out_index;
      g_array_append_val (builder->raw_keys, raw_index);
      g_array_append_val (builder->out_keys, out_index);
    }
}

static int
builder_measure (Builder    *builder,
                 const char *name)
{
  gpointer found;
  HcColumn *column;

  if (g_hash_table_lookup_extended (builder->measures, name, NULL, &found))
    return GPOINTER_TO_INT (found);

  column = hc_table_add_column (builder->table, name, HC_COLUMN_NUMBER, HC_ROLE_MEASURE);
  g_hash_table_insert (builder->measures, column->name,
                       GINT_TO_POINTER (hc_table_get_n_columns (builder->table) - 1));
  return hc_table_get_n_columns (builder->table) - 1;
}

/* The row of @builder's table for raw row @raw_row at @time: a new one the
 * first time that key is seen. @is_new says which. */
static guint
builder_row (Builder  *builder,
             HcTable  *raw,
             guint     raw_row,
             double    time,
             gboolean *is_new)
{
  guint n_keys = builder->raw_keys->len;
  g_autofree guint32 *key = g_new (guint32, n_keys + 2);
  g_autoptr(GBytes) bytes = NULL;
  gpointer found;
  guint row;

  for (guint k = 0; k < n_keys; k++)
    {
      const HcColumn *column = hc_table_get_column (raw, g_array_index (builder->raw_keys, int, k));
      HcRole role = column->role;

      /* Units and notes travel with the row but do not tell rows apart. */
      key[k] = (role == HC_ROLE_UNIT || role == HC_ROLE_NOTE || role == HC_ROLE_SOURCE ||
                role == HC_ROLE_QUOTE) ? 0 : column->text[raw_row];
    }
  memcpy (&key[n_keys], &time, sizeof (double));
  bytes = g_bytes_new (key, (n_keys + 2) * sizeof (guint32));

  if (g_hash_table_lookup_extended (builder->rows, bytes, NULL, &found))
    {
      *is_new = FALSE;
      return GPOINTER_TO_UINT (found) - 1;
    }

  row = hc_table_get_n_rows (builder->table);
  hc_table_set_n_rows (builder->table, row + 1);
  hc_table_set_row_line (builder->table, row, hc_table_get_row_line (raw, raw_row));
  for (guint k = 0; k < n_keys; k++)
    {
      const HcColumn *from = hc_table_get_column (raw, g_array_index (builder->raw_keys, int, k));
      HcColumn *to = hc_table_peek_column (builder->table, g_array_index (builder->out_keys, int, k));

      if (from->text[raw_row] != HC_TABLE_NO_TEXT)
        to->text[row] = hc_table_intern (builder->table, to,
                                         g_ptr_array_index (from->values, from->text[raw_row]));
    }
  if (builder->time_column >= 0)
    hc_table_peek_column (builder->table, builder->time_column)->numbers[row] = time;

  g_hash_table_insert (builder->rows, g_steal_pointer (&bytes), GUINT_TO_POINTER (row + 1));
  *is_new = TRUE;
  return row;
}

static gboolean
duplicate_error (Shape       *shape,
                 HcTable     *table,
                 guint        row,
                 guint        line,
                 const char  *measure,
                 GError     **error)
{
  int entity = hc_table_find_role (table, HC_ROLE_ENTITY);
  int time = hc_table_find_role (table, HC_ROLE_TIME);
  const char *name = hc_table_get_text (table, entity, row);
  g_autofree char *when = time >= 0
    ? hc_time_format_plain (hc_table_get_column (table, time)->numbers[row],
                            hc_table_get_time_kind (table))
    : g_strdup ("");
  g_autofree char *short_name = hc_loader_shorten_label (name != NULL ? name : "");

  hc_set_error_at (error, HC_LOAD_ERROR_VALUE, shape->name, line, 1,
                   _("a second value of “%s” for “%s” in %s (the first is on line %u); "
                     "a table has one row per entity and time"),
                   measure, short_name, when, hc_table_get_row_line (table, row));
  return FALSE;
}

static void
builder_clear (Builder *builder)
{
  g_clear_pointer (&builder->table, hc_table_unref);
  g_clear_pointer (&builder->rows, g_hash_table_unref);
  g_clear_pointer (&builder->measures, g_hash_table_unref);
  g_clear_pointer (&builder->raw_keys, g_array_unref);
  g_clear_pointer (&builder->out_keys, g_array_unref);
}

static const char *
measure_name_of (Shape   *shape,
                 guint    raw_row,
                 const char *fallback)
{
  const char *name = shape->measure_name >= 0
    ? hc_table_get_text (shape->raw, shape->measure_name, raw_row) : NULL;

  return name != NULL ? name : fallback;
}

/* Years as headers (the World Bank's bulk layout): one row per entity and
 * year, the measure named by the "Indicator Name" column. */
static HcTable *
melt_years (Shape   *shape,
            GError **error)
{
  HcTable *raw = shape->raw;
  guint n_rows = hc_table_get_n_rows (raw);
  Builder builder = { 0 };
  HcTable *table;

  /* Numbers that are not by year ("Total" after the years) have no place
   * in a table by year: set aside, and said, never dropped unsaid. */
  for (guint i = 0; i < hc_table_get_n_columns (raw); i++)
    {
      HcColumn *column = hc_table_peek_column (raw, i);

      if (column->role == HC_ROLE_MEASURE || column->role == HC_ROLE_LOW ||
          column->role == HC_ROLE_HIGH)
        {
          column->role = HC_ROLE_IGNORED;
          hc_table_set_column_reason (raw, column,
                                      _("the other numbers are by year, under year headers, "
                                        "and this column is not a year"));
        }
    }

  builder_init (&builder, raw, hc_table_get_title (raw));
  hc_table_add_column (builder.table, _("Year"), HC_COLUMN_NUMBER, HC_ROLE_TIME);
  builder.time_column = hc_table_get_n_columns (builder.table) - 1;
  hc_table_set_time_kind (builder.table, HC_TIME_YEAR);

  for (guint r = 0; r < n_rows; r++)
    {
      const char *measure = measure_name_of (shape, r, _("Value"));
      int measure_column = builder_measure (&builder, measure);

      for (guint y = 0; y < shape->years->len; y++)
        {
          const HcColumn *cell = hc_table_get_column (raw, g_array_index (shape->years, int, y));
          double value = cell->numbers[r];
          gboolean is_new;
          guint row;
          HcColumn *out;

          if (isnan (value))
            continue;
          row = builder_row (&builder, raw, r, hc_table_header_year (cell->name), &is_new);
          out = hc_table_peek_column (builder.table, measure_column);
          if (!isnan (out->numbers[row]))
            {
              duplicate_error (shape, builder.table, row, hc_table_get_row_line (raw, r),
                               measure, error);
              builder_clear (&builder);
              return NULL;
            }
          out->numbers[row] = value;
          if (cell->approximate != NULL && cell->approximate[r])
            hc_table_mark_approximate (builder.table, out, row);
        }
    }

  {
    g_autofree char *note = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "Years were read from %u column header (%s to %s).",
                   "Years were read from %u column headers (%s to %s).", shape->years->len),
      shape->years->len,
      hc_table_get_column (raw, g_array_index (shape->years, int, 0))->name,
      hc_table_get_column (raw, g_array_index (shape->years, int, shape->years->len - 1))->name);
    hc_table_add_note (builder.table, note);
  }

  table = g_steal_pointer (&builder.table);
  builder_clear (&builder);
  return table;
}

/* A column of measure names beside one of values (entity,time,measure,
 * value: the form --print writes): one measure per name. */
static HcTable *
pivot_measures (Shape   *shape,
                int      value_column,
                GError **error)
{
  HcTable *raw = shape->raw;
  guint n_rows = hc_table_get_n_rows (raw);
  int raw_time = hc_table_find_role (raw, HC_ROLE_TIME);
  const HcColumn *values = hc_table_get_column (raw, value_column);
  Builder builder = { 0 };
  HcTable *table;

  builder_init (&builder, raw, hc_table_get_title (raw));
  builder.time_column = -1;
  if (raw_time >= 0)
    {
      hc_table_add_column (builder.table, hc_table_get_column (raw, raw_time)->name,
                           HC_COLUMN_NUMBER, HC_ROLE_TIME);
      builder.time_column = hc_table_get_n_columns (builder.table) - 1;
      hc_table_set_time_kind (builder.table, hc_table_get_time_kind (raw));
    }

  for (guint r = 0; r < n_rows; r++)
    {
      const char *measure = measure_name_of (shape, r, values->name);
      int measure_column = builder_measure (&builder, measure);
      double time = raw_time >= 0 ? hc_table_get_column (raw, raw_time)->numbers[r] : NAN;
      gboolean is_new;
      guint row;
      HcColumn *out;

      if (isnan (values->numbers[r]))
        continue;
      row = builder_row (&builder, raw, r, time, &is_new);
      out = hc_table_peek_column (builder.table, measure_column);
      if (!isnan (out->numbers[row]))
        {
          duplicate_error (shape, builder.table, row, hc_table_get_row_line (raw, r), measure,
                           error);
          builder_clear (&builder);
          return NULL;
        }
      out->numbers[row] = values->numbers[r];
      if (values->approximate != NULL && values->approximate[r])
        hc_table_mark_approximate (builder.table, out, row);
    }

  table = g_steal_pointer (&builder.table);
  builder_clear (&builder);
  return table;
}

/* One row per entity and time (and age, sex, category): a second row for
 * the same is an error, because a chart would have to pick one or add
 * them up, and either would be wrong. */
typedef struct
{
  guint32 keys[4];
  double  time;
} RowKey;

static guint
row_key_hash (gconstpointer data)
{
  const RowKey *key = data;
  guint64 bits;
  guint hash;

  memcpy (&bits, &key->time, sizeof bits);
  hash = (guint) (bits ^ (bits >> 32));
  for (guint k = 0; k < G_N_ELEMENTS (key->keys); k++)
    hash = hash * 31 + key->keys[k];
  return hash;
}

static gboolean
row_key_equal (gconstpointer a,
               gconstpointer b)
{
  const RowKey *x = a, *y = b;

  return memcmp (x->keys, y->keys, sizeof x->keys) == 0 &&
         memcmp (&x->time, &y->time, sizeof x->time) == 0;
}

static gboolean
has_id_column (HcTable *raw)
{
  for (guint i = 0; i < hc_table_get_n_columns (raw); i++)
    {
      g_autofree char *name = hc_table_normalize_name (hc_table_get_column (raw, i)->name);

      if (hc_table_get_column (raw, i)->role == HC_ROLE_IGNORED &&
          (strcmp (name, "id") == 0 || g_str_has_suffix (name, " id")))
        return TRUE;
    }
  return FALSE;
}

static gboolean
check_duplicates (Shape    *shape,
                  HcTable  *table,
                  GError  **error)
{
  static const HcRole roles[] = {
    HC_ROLE_ENTITY, HC_ROLE_AGE, HC_ROLE_SEX, HC_ROLE_CATEGORY,
  };
  int columns[G_N_ELEMENTS (roles)];
  int time = hc_table_find_role (table, HC_ROLE_TIME);
  guint n_rows = hc_table_get_n_rows (table);
  g_autoptr(GHashTable) seen = NULL;
  g_autofree RowKey *keys = NULL;
  const int *measures = hc_table_get_measures (table);

  G_STATIC_ASSERT (G_N_ELEMENTS (roles) == G_N_ELEMENTS (((RowKey *) NULL)->keys));

  if (time < 0 || hc_table_is_records (table))
    return TRUE;

  for (guint k = 0; k < G_N_ELEMENTS (roles); k++)
    columns[k] = hc_table_find_role (table, roles[k]);

  /* One block of keys, not an allocation a row. */
  keys = g_new0 (RowKey, MAX (n_rows, 1));
  for (guint r = 0; r < n_rows; r++)
    {
      for (guint k = 0; k < G_N_ELEMENTS (roles); k++)
        keys[r].keys[k] = columns[k] >= 0 ? hc_table_get_column (table, columns[k])->text[r] : 0;
      keys[r].time = hc_table_get_column (table, time)->numbers[r];
    }

  /* Files sorted by entity and time (most are) cannot repeat a key: each
   * row's comes after the one before. */
  {
    gboolean ascending = TRUE;

    for (guint r = 1; r < n_rows && ascending; r++)
      {
        int order = 0;

        for (guint k = 0; k < G_N_ELEMENTS (roles) && order == 0; k++)
          order = (keys[r - 1].keys[k] > keys[r].keys[k]) - (keys[r - 1].keys[k] < keys[r].keys[k]);
        if (order == 0)
          order = keys[r - 1].time < keys[r].time ? -1 : 1;
        ascending = order < 0;
      }
    if (ascending)
      return TRUE;
  }

  seen = g_hash_table_new (row_key_hash, row_key_equal);
  for (guint r = 0; r < n_rows; r++)
    {
      RowKey *key = &keys[r];
      gpointer found;

      if (g_hash_table_lookup_extended (seen, key, &found, NULL))
        {
          /* Rows that each have an identifier are events: several in
           * one place on one day are no contradiction. */
          if (has_id_column (shape->raw))
            {
              hc_table_set_events (table, TRUE);
              return TRUE;
            }
          return duplicate_error (shape, table, (guint) ((RowKey *) found - keys),
                                hc_table_get_row_line (table, r),
                                hc_table_get_column (table, measures[0])->name, error);
        }
      g_hash_table_add (seen, key);
    }

  return TRUE;
}

/* The UN's World Population Prospects give PopMale, PopFemale and
 * PopTotal in thousands. */
static void
scale_wpp (HcTable *table)
{
  gboolean is_wpp = FALSE;

  for (guint i = 0; i < hc_table_get_n_columns (table); i++)
    if (strcmp (hc_table_get_column (table, i)->name, "PopTotal") == 0)
      is_wpp = TRUE;
  if (!is_wpp)
    return;

  for (guint i = 0; i < hc_table_get_n_columns (table); i++)
    {
      HcColumn *column = hc_table_peek_column (table, i);

      if (column->type != HC_COLUMN_NUMBER || !g_str_has_prefix (column->name, "Pop") ||
          strcmp (column->name, "PopDensity") == 0 || strcmp (column->name, "PopSexRatio") == 0)
        continue;
      for (guint r = 0; r < hc_table_get_n_rows (table); r++)
        column->numbers[r] *= 1000;
      g_free (column->unit);
      column->unit = g_strdup (_("people"));
    }
  hc_table_add_note (table, _("PopMale, PopFemale and PopTotal are in thousands in the UN's "
                              "World Population Prospects; they were multiplied by 1,000."));
}

static void
describe_roles (HcTable *table,
                HcTable *raw)
{
  int entity = hc_table_find_role (table, HC_ROLE_ENTITY);
  int time = hc_table_find_role (table, HC_ROLE_TIME);

  if (entity >= 0)
    {
      const HcColumn *column = hc_table_get_column (table, entity);
      guint n = column->values->len;
      g_autofree char *note = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u entity in “%s”.", "%u entities in “%s”.", n), n,
        column->name);

      hc_table_add_note (table, note);
    }
  if (time >= 0)
    {
      const HcColumn *column = hc_table_get_column (table, time);
      double lo = INFINITY, hi = -INFINITY;

      for (guint r = 0; r < hc_table_get_n_rows (table); r++)
        if (!isnan (column->numbers[r]))
          {
            lo = MIN (lo, column->numbers[r]);
            hi = MAX (hi, column->numbers[r]);
          }
      if (isfinite (lo))
        {
          g_autofree char *from = hc_time_format_plain (lo, hc_table_get_time_kind (table));
          g_autofree char *to = hc_time_format_plain (hi, hc_table_get_time_kind (table));
          g_autofree char *note = g_strdup_printf (_("Times from %s to %s."), from, to);

          hc_table_add_note (table, note);
        }
    }
  if (raw != table)
    for (guint i = 0; i < hc_table_get_n_columns (raw); i++)
      {
        const HcColumn *column = hc_table_get_column (raw, i);

        if (column->role == HC_ROLE_IGNORED && column->reason != NULL &&
            strcmp (column->reason, "approximate") != 0)
          {
            g_autofree char *note = g_strdup_printf (_("“%s” was not used: %s."), column->name,
                                                     column->reason);
            hc_table_add_note (table, note);
          }
      }
}

/* The "approximate" column flags its row's value. */
static void
apply_approximate_column (HcTable *table)
{
  for (guint i = 0; i < hc_table_get_n_columns (table); i++)
    {
      HcColumn *flags = hc_table_peek_column (table, i);
      const int *measures = hc_table_get_measures (table);

      if (flags->role != HC_ROLE_IGNORED || g_strcmp0 (flags->reason, "approximate") != 0 ||
          hc_table_get_n_measures (table) == 0)
        continue;
      for (guint r = 0; r < hc_table_get_n_rows (table); r++)
        if (flags->numbers[r] == 1)
          for (guint m = 0; m < hc_table_get_n_measures (table); m++)
            hc_table_mark_approximate (table, hc_table_peek_column (table, measures[m]), r);
    }
}

/* Times held as numbers (a JSON year, a column given the time role) must
 * be years a chart can place: 1000 to 2999, as hc_time_parse() reads. */
static gboolean
check_times (Shape   *shape,
             GError **error)
{
  int time = hc_table_find_role (shape->raw, HC_ROLE_TIME);
  const HcColumn *column;

  if (time < 0)
    return TRUE;
  column = hc_table_get_column (shape->raw, time);
  if (column->type != HC_COLUMN_NUMBER)
    return TRUE;

  for (guint r = 0; r < hc_table_get_n_rows (shape->raw); r++)
    {
      double t = column->numbers[r];

      if (isnan (t) || (t >= 1000 && t < 3000))
        continue;
      {
        g_autofree char *text = hc_number_format_plain (t);

        hc_set_error_at (error, HC_LOAD_ERROR_VALUE, shape->name,
                         hc_table_get_row_line (shape->raw, r), 1,
                         _("“%s” in “%s” is not a year: write 2007, 2007-12 or 2007-12-10"),
                         text, column->name);
        return FALSE;
      }
    }

  return TRUE;
}

HcTable *
hc_table_shape (HcTable             *raw,
                const char          *display_name,
                const HcLoadOptions *options,
                GError             **error)
{
  Shape shape = { .name = display_name, .raw = raw, .measure_name = -1 };
  g_autoptr(HcTable) table = NULL;
  int value_column = -1;
  guint n_values = 0;

  if (!apply_overrides (&shape, options, error))
    return NULL;
  decide_roles (&shape);
  if (!check_times (&shape, error))
    {
      g_array_unref (shape.years);
      return NULL;
    }
  pair_bounds (&shape);
  hc_table_pair_chosen_bounds (raw);
  if (!hc_table_check_bounds (raw, display_name, error))
    {
      g_array_unref (shape.years);
      return NULL;
    }
  hc_table_relist_measures (raw);
  apply_approximate_column (raw);

  for (guint i = 0; i < hc_table_get_n_columns (raw); i++)
    if (hc_table_get_column (raw, i)->role == HC_ROLE_MEASURE)
      {
        value_column = i;
        n_values++;
      }

  if (shape.years->len > 0)
    table = melt_years (&shape, error);
  else if (shape.measure_name >= 0 && n_values == 1)
    table = pivot_measures (&shape, value_column, error);
  else
    {
      if (shape.measure_name >= 0)
        {
          /* Several measures already: the names column just groups. */
          HcColumn *column = hc_table_peek_column (raw, shape.measure_name);

          column->role = HC_ROLE_CATEGORY;
          g_clear_pointer (&column->reason, g_free);
        }
      hc_table_relist_measures (raw);
      table = hc_table_ref (raw);
    }
  g_array_unref (shape.years);
  if (table == NULL)
    return NULL;

  if (table != raw)
    {
      const HcSource *source = hc_table_get_source (raw);

      hc_table_set_title (table, hc_table_get_title (raw));
      if (hc_table_get_source (table)->publisher == NULL)
        hc_table_set_source (table, source->publisher, source->headline, source->date,
                             source->url);
    }

  /* Years as headers or measures in a column, all of them empty. */
  if (hc_table_get_n_rows (table) == 0)
    {
      hc_set_error_at (error, HC_LOAD_ERROR_EMPTY, display_name, 0, 0, _("there are no figures"));
      return NULL;
    }

  if (!check_duplicates (&shape, table, error))
    return NULL;

  /* A source column that says the same on every row is the table's
   * source. */
  {
    int source = hc_table_find_role (table, HC_ROLE_SOURCE);

    if (source >= 0 && hc_table_get_column (table, source)->values->len == 1 &&
        hc_table_get_source (table)->publisher == NULL)
      hc_table_set_source (table, g_ptr_array_index (hc_table_get_column (table, source)->values, 0),
                           NULL, NULL, NULL);
  }

  /* What became of each of the file's columns, for the window to show and
   * let the user change; years as headers are summed up in a note. */
  {
    for (guint i = 0; i < hc_table_get_n_columns (raw); i++)
      {
        const HcColumn *column = hc_table_get_column (raw, i);

        if (table != raw && column->role == HC_ROLE_IGNORED && column->reason == NULL &&
            hc_table_header_year (column->name) >= 0)
          continue;
        if (*column->name == '\0')
          continue;
        hc_table_add_file_column (table, column->name,
                                  column->role == HC_ROLE_UNDECIDED ? HC_ROLE_IGNORED : column->role,
                                  g_strcmp0 (column->reason, "approximate") == 0
                                    ? _("it marks values as approximate") : column->reason);
      }
  }

  scale_wpp (table);
  describe_roles (table, raw);
  hc_table_finish (table);

  return g_steal_pointer (&table);
}

HcTable *
hc_table_new_from_dataset (const HcDataset *dataset)
{
  HcTable *table = hc_table_new (hc_dataset_get_title (dataset));
  const HcSource *source = hc_dataset_get_source (dataset);
  guint n = hc_dataset_get_n_figures (dataset);
  HcColumn *label, *value, *category, *unit, *quote, *note;

  hc_table_set_source (table, source->publisher, source->headline, source->date, source->url);
  label = hc_table_add_column (table, "label", HC_COLUMN_TEXT, HC_ROLE_ENTITY);
  category = hc_table_add_column (table, "category", HC_COLUMN_TEXT, HC_ROLE_CATEGORY);
  value = hc_table_add_column (table, "value", HC_COLUMN_NUMBER, HC_ROLE_MEASURE);
  unit = hc_table_add_column (table, "unit", HC_COLUMN_TEXT, HC_ROLE_UNIT);
  quote = hc_table_add_column (table, "quote", HC_COLUMN_TEXT, HC_ROLE_QUOTE);
  note = hc_table_add_column (table, "note", HC_COLUMN_TEXT, HC_ROLE_NOTE);
  hc_table_set_n_rows (table, n);

  for (guint i = 0; i < n; i++)
    {
      const HcFigure *figure = hc_dataset_get_figure (dataset, i);
      struct { HcColumn *column; const char *text; } texts[] = {
        { label, figure->label }, { category, figure->category }, { unit, figure->unit },
        { quote, figure->quote }, { note, figure->note },
      };

      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        if (texts[t].text != NULL && *texts[t].text != '\0')
          texts[t].column->text[i] = hc_table_intern (table, texts[t].column, texts[t].text);
      value->numbers[i] = figure->value;
      if (figure->approximate)
        hc_table_mark_approximate (table, value, i);
    }

  /* Columns the figures do not use are not part of the table. */
  for (guint i = hc_table_get_n_columns (table); i-- > 0;)
    {
      HcColumn *column = hc_table_peek_column (table, i);

      if (column->type == HC_COLUMN_TEXT && column->values->len == 0)
        {
          column->role = HC_ROLE_IGNORED;
          hc_table_set_column_reason (table, column, _("no figure has one"));
        }
    }

  hc_table_finish (table);
  return table;
}
