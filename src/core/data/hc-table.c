/* hc-table.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "hc-countries.h"
#include "hc-table.h"

struct _HcTable
{
  gatomicrefcount  ref_count;
  char            *title;
  HcSource         source;
  char            *encoding;
  HcTimeKind       time_kind;
  guint            n_rows;
  guint            rows_size;
  GPtrArray       *columns;      /* of HcColumn* */
  GArray          *measures;     /* of int */
  gboolean         events;
  guint32         *row_lines;
  GPtrArray       *notes;
  GArray          *file_columns;  /* of HcFileColumn */
  GStringChunk    *strings;
  guint8          *entity_kinds; /* per distinct entity value */
};

G_DEFINE_BOXED_TYPE (HcTable, hc_table, hc_table_ref, hc_table_unref)

static const char * const role_names[HC_N_ROLES] = {
  [HC_ROLE_IGNORED] = "ignored",
  [HC_ROLE_ENTITY] = "entity",
  [HC_ROLE_CODE] = "code",
  [HC_ROLE_TIME] = "time",
  [HC_ROLE_AGE] = "age",
  [HC_ROLE_SEX] = "sex",
  [HC_ROLE_CATEGORY] = "category",
  [HC_ROLE_MEASURE] = "measure",
  [HC_ROLE_LOW] = "low",
  [HC_ROLE_HIGH] = "high",
  [HC_ROLE_UNIT] = "unit",
  [HC_ROLE_QUOTE] = "quote",
  [HC_ROLE_NOTE] = "note",
  [HC_ROLE_SOURCE] = "source",
};

const char *
hc_role_to_string (HcRole role)
{
  g_return_val_if_fail (role < HC_N_ROLES, NULL);

  return role_names[role];
}

gboolean
hc_role_from_string (const char *name,
                     HcRole     *role)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < HC_N_ROLES; i++)
    if (g_ascii_strcasecmp (name, role_names[i]) == 0)
      {
        if (role != NULL)
          *role = i;
        return TRUE;
      }

  return FALSE;
}

char *
hc_role_list_names (void)
{
  return g_strjoinv (", ", (char **) (const char *[]) {
    role_names[0], role_names[1], role_names[2], role_names[3], role_names[4], role_names[5],
    role_names[6], role_names[7], role_names[8], role_names[9], role_names[10], role_names[11],
    role_names[12], role_names[13], NULL });
}

static void
column_free (gpointer data)
{
  HcColumn *column = data;

  g_free (column->name);
  g_free (column->hxl);
  g_free (column->unit);
  g_free (column->reason);
  g_free (column->numbers);
  g_free (column->approximate);
  g_free (column->text);
  g_clear_pointer (&column->values, g_ptr_array_unref);
  g_clear_pointer (&column->dictionary, g_hash_table_unref);
  g_free (column);
}

static void
file_column_clear (gpointer data)
{
  HcFileColumn *column = data;

  g_free (column->name);
  g_free (column->reason);
}

HcTable *
hc_table_new (const char *title)
{
  HcTable *self = g_new0 (HcTable, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_utf8_make_valid (title != NULL ? title : "", -1);
  self->columns = g_ptr_array_new_with_free_func (column_free);
  self->measures = g_array_new (FALSE, FALSE, sizeof (int));
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->file_columns = g_array_new (FALSE, FALSE, sizeof (HcFileColumn));
  g_array_set_clear_func (self->file_columns, file_column_clear);
  self->strings = g_string_chunk_new (64 * 1024);

  return self;
}

HcTable *
hc_table_ref (HcTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/* Text → index + 1, per column, only while rows are added. */
static void
drop_dictionaries (HcTable *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    g_clear_pointer (&((HcColumn *) g_ptr_array_index (self->columns, i))->dictionary,
                     g_hash_table_unref);
}

void
hc_table_unref (HcTable *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  drop_dictionaries (self);
  g_free (self->title);
  hc_source_clear (&self->source);
  g_free (self->encoding);
  g_free (self->row_lines);
  g_free (self->entity_kinds);
  g_ptr_array_unref (self->columns);
  g_array_unref (self->measures);
  g_ptr_array_unref (self->notes);
  g_array_unref (self->file_columns);
  g_string_chunk_free (self->strings);
  g_free (self);
}

const char *
hc_table_get_title (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const HcSource *
hc_table_get_source (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->source;
}

const char *
hc_table_get_encoding (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->encoding != NULL ? self->encoding : "UTF-8";
}

guint
hc_table_get_n_rows (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_rows;
}

guint
hc_table_get_n_columns (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->columns->len;
}

const HcColumn *
hc_table_get_column (const HcTable *self,
                     guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);

  return g_ptr_array_index (self->columns, index);
}

int
hc_table_find_role (const HcTable *self,
                    HcRole         role)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (((HcColumn *) g_ptr_array_index (self->columns, i))->role == role)
      return (int) i;

  return -1;
}

int
hc_table_find_column (const HcTable *self,
                      const char    *name)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (g_utf8_collate (((HcColumn *) g_ptr_array_index (self->columns, i))->name, name) == 0)
      return (int) i;
  for (guint i = 0; i < self->columns->len; i++)
    if (g_ascii_strcasecmp (((HcColumn *) g_ptr_array_index (self->columns, i))->name, name) == 0)
      return (int) i;

  return -1;
}

guint
hc_table_get_n_measures (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->measures->len;
}

const int *
hc_table_get_measures (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const int *) self->measures->data;
}

HcTimeKind
hc_table_get_time_kind (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, HC_TIME_NONE);
  return self->time_kind;
}

guint
hc_table_get_row_line (const HcTable *self,
                       guint          row)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->row_lines != NULL && row < self->n_rows ? self->row_lines[row] : 0;
}

GPtrArray *
hc_table_get_notes (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->notes;
}

GArray *
hc_table_get_file_columns (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->file_columns;
}

void
hc_table_add_file_column (HcTable    *self,
                          const char *name,
                          HcRole      role,
                          const char *reason)
{
  HcFileColumn column = { g_utf8_make_valid (name, -1), role,
                          reason != NULL ? g_utf8_make_valid (reason, -1) : NULL };

  g_return_if_fail (self != NULL);
  g_array_append_val (self->file_columns, column);
}

gboolean
hc_table_is_records (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->measures->len == 0;
}

gboolean
hc_table_is_events (const HcTable *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->events && self->measures->len > 0;
}

void
hc_table_set_events (HcTable  *self,
                     gboolean  events)
{
  g_return_if_fail (self != NULL);
  self->events = events;
}

const char *
hc_table_get_text (const HcTable *self,
                   int            column,
                   guint          row)
{
  const HcColumn *col;

  g_return_val_if_fail (self != NULL, NULL);

  if (column < 0 || (guint) column >= self->columns->len || row >= self->n_rows)
    return NULL;
  col = g_ptr_array_index (self->columns, column);
  if (col->type != HC_COLUMN_TEXT || col->text[row] == HC_TABLE_NO_TEXT)
    return NULL;

  return g_ptr_array_index (col->values, col->text[row]);
}

HcEntityKind
hc_table_get_entity_kind (const HcTable *self,
                          guint          row)
{
  int entity;
  const HcColumn *col;
  guint32 index;

  g_return_val_if_fail (self != NULL, HC_ENTITY_OTHER);

  if (self->entity_kinds == NULL || row >= self->n_rows)
    return HC_ENTITY_OTHER;
  entity = hc_table_find_role (self, HC_ROLE_ENTITY);
  col = g_ptr_array_index (self->columns, entity);
  index = col->text[row];

  return index == HC_TABLE_NO_TEXT ? HC_ENTITY_OTHER : self->entity_kinds[index];
}

/* ---- building --------------------------------------------------------------- */

void
hc_table_set_title (HcTable    *self,
                    const char *title)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  self->title = g_utf8_make_valid (title != NULL ? title : "", -1);
}

void
hc_table_set_source (HcTable    *self,
                     const char *publisher,
                     const char *headline,
                     const char *date,
                     const char *url)
{
  g_return_if_fail (self != NULL);

  hc_source_set (&self->source, publisher, headline, date, url);
}

void
hc_table_set_encoding (HcTable    *self,
                       const char *encoding)
{
  g_return_if_fail (self != NULL);

  g_free (self->encoding);
  self->encoding = g_strdup (encoding);
}

void
hc_table_set_time_kind (HcTable    *self,
                        HcTimeKind  kind)
{
  g_return_if_fail (self != NULL);
  self->time_kind = kind;
}

void
hc_table_add_note (HcTable    *self,
                   const char *note)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (note != NULL);

  g_ptr_array_add (self->notes, g_utf8_make_valid (note, -1));
}

static void
grow_column (HcColumn *column,
             guint     old_size,
             guint     new_size)
{
  if (column->type == HC_COLUMN_NUMBER)
    {
      column->numbers = g_renew (double, column->numbers, new_size);
      for (guint i = old_size; i < new_size; i++)
        column->numbers[i] = NAN;
      if (column->approximate != NULL)
        {
          column->approximate = g_renew (guint8, column->approximate, new_size);
          memset (column->approximate + old_size, 0, new_size - old_size);
        }
    }
  else
    {
      column->text = g_renew (guint32, column->text, new_size);
      for (guint i = old_size; i < new_size; i++)
        column->text[i] = HC_TABLE_NO_TEXT;
    }
}

void
hc_table_set_n_rows (HcTable *self,
                     guint    n_rows)
{
  g_return_if_fail (self != NULL);

  if (n_rows > self->rows_size)
    {
      guint size = MAX (self->rows_size, 64);

      while (size < n_rows)
        size = size > G_MAXUINT / 2 ? n_rows : size * 2;
      for (guint i = 0; i < self->columns->len; i++)
        grow_column (g_ptr_array_index (self->columns, i), self->rows_size, size);
      self->row_lines = g_renew (guint32, self->row_lines, size);
      memset (self->row_lines + self->rows_size, 0, (size - self->rows_size) * sizeof (guint32));
      self->rows_size = size;
    }
  self->n_rows = n_rows;
}

void
hc_table_reserve (HcTable *self,
                  guint    n_rows)
{
  g_return_if_fail (self != NULL);

  if (n_rows <= self->rows_size)
    return;
  for (guint i = 0; i < self->columns->len; i++)
    grow_column (g_ptr_array_index (self->columns, i), self->rows_size, n_rows);
  self->row_lines = g_renew (guint32, self->row_lines, n_rows);
  memset (self->row_lines + self->rows_size, 0, (n_rows - self->rows_size) * sizeof (guint32));
  self->rows_size = n_rows;
}

void
hc_table_set_row_line (HcTable *self,
                       guint    row,
                       guint    line)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (row < self->n_rows);

  self->row_lines[row] = line;
}

HcColumn *
hc_table_add_column (HcTable      *self,
                     const char   *name,
                     HcColumnType  type,
                     HcRole        role)
{
  HcColumn *column;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  column = g_new0 (HcColumn, 1);
  column->name = g_utf8_make_valid (name, -1);
  column->type = type;
  column->role = role;
  column->bound_of = -1;
  if (type == HC_COLUMN_TEXT)
    column->values = g_ptr_array_new ();
  grow_column (column, 0, MAX (self->rows_size, 1));
  g_ptr_array_add (self->columns, column);
  if (role == HC_ROLE_MEASURE)
    {
      int index = (int) self->columns->len - 1;

      g_array_append_val (self->measures, index);
    }

  return column;
}

HcColumn *
hc_table_peek_column (HcTable *self,
                      guint    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);

  return g_ptr_array_index (self->columns, index);
}

guint32
hc_table_intern (HcTable    *self,
                 HcColumn   *column,
                 const char *text)
{
  gpointer found;
  const char *copy;

  g_return_val_if_fail (self != NULL, HC_TABLE_NO_TEXT);
  g_return_val_if_fail (column != NULL && column->type == HC_COLUMN_TEXT, HC_TABLE_NO_TEXT);
  g_return_val_if_fail (text != NULL, HC_TABLE_NO_TEXT);

  /* json-glib turns a lone surrogate ("\ud800") into bytes that are not
   * UTF-8; a table holds only text that is. */
  if (G_UNLIKELY (!g_utf8_validate (text, -1, NULL)))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      return hc_table_intern (self, column, valid);
    }

  if (column->dictionary == NULL)
    column->dictionary = g_hash_table_new (g_str_hash, g_str_equal);
  found = g_hash_table_lookup (column->dictionary, text);
  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  copy = g_string_chunk_insert (self->strings, text);
  g_ptr_array_add (column->values, (gpointer) copy);
  g_hash_table_insert (column->dictionary, (gpointer) copy, GUINT_TO_POINTER (column->values->len));

  return column->values->len - 1;
}

void
hc_table_mark_approximate (HcTable  *self,
                           HcColumn *column,
                           guint     row)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (column != NULL && column->type == HC_COLUMN_NUMBER);
  g_return_if_fail (row < self->n_rows);

  if (column->approximate == NULL)
    column->approximate = g_new0 (guint8, MAX (self->rows_size, 1));
  column->approximate[row] = 1;
}

void
hc_table_set_column_reason (HcTable    *self,
                            HcColumn   *column,
                            const char *reason)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (column != NULL);

  g_free (column->reason);
  column->reason = reason != NULL ? g_utf8_make_valid (reason, -1) : NULL;
}

void
hc_table_relist_measures (HcTable *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->measures, 0);
  for (guint i = 0; i < self->columns->len; i++)
    if (((HcColumn *) g_ptr_array_index (self->columns, i))->role == HC_ROLE_MEASURE)
      {
        int index = (int) i;

        g_array_append_val (self->measures, index);
      }
}

void
hc_table_finish (HcTable *self)
{
  int entity, code;

  g_return_if_fail (self != NULL);

  drop_dictionaries (self);

  entity = hc_table_find_role (self, HC_ROLE_ENTITY);
  if (entity < 0)
    return;

  code = hc_table_find_role (self, HC_ROLE_CODE);
  {
    HcColumn *entities = g_ptr_array_index (self->columns, entity);
    const HcColumn *codes = code >= 0 ? g_ptr_array_index (self->columns, code) : NULL;
    gboolean *seen = g_new0 (gboolean, MAX (entities->values->len, 1));

    self->entity_kinds = g_new0 (guint8, MAX (entities->values->len, 1));
    for (guint row = 0; row < self->n_rows; row++)
      {
        guint32 index = entities->text[row];
        const char *code_text = NULL;

        if (index == HC_TABLE_NO_TEXT || seen[index])
          continue;
        seen[index] = TRUE;
        if (codes != NULL && codes->type == HC_COLUMN_TEXT && codes->text[row] != HC_TABLE_NO_TEXT)
          code_text = g_ptr_array_index (codes->values, codes->text[row]);
        self->entity_kinds[index] =
          hc_countries_classify (g_ptr_array_index (entities->values, index), code_text);
      }
    g_free (seen);
  }
}
