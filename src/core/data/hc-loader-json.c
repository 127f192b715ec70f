/* hc-loader-json.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "hc-loader-private.h"
#include "hc-number.h"
#include "hc-table-private.h"
/* json-glib recurses once per nesting level and overflows the stack on
 * input like 100,000 '['; no real dataset nests more than a few levels. */
#define JSON_MAX_DEPTH 64

/* json-glib keeps a node of some 50 bytes, and for objects a hash table,
 * per value: a file under the 512 MiB size limit could need tens of
 * gigabytes. Ten million items (elements and members) stay near a gigabyte,
 * and are as many as the CSV reader's row limit. */
#define JSON_MAX_ITEMS 10000000

typedef struct
{
  const char *name;
  GHashTable *positions;  /* JsonNode* → packed line << 32 | column */
  JsonParser *parser;
} JsonContext;

static void
remember_position (JsonContext *ctx,
                   JsonNode    *node)
{
  guint64 line = json_parser_get_current_line (ctx->parser);
  guint64 column = json_parser_get_current_pos (ctx->parser);

  if (node != NULL)
    g_hash_table_insert (ctx->positions, node, GSIZE_TO_POINTER ((gsize) (line << 32 | column)));
}

static void
object_member_cb (JsonParser *parser,
                  JsonObject *object,
                  const char *member_name,
                  gpointer    user_data)
{
  remember_position (user_data, json_object_get_member (object, member_name));
}

static void
array_element_cb (JsonParser *parser,
                  JsonArray  *array,
                  guint       index,
                  gpointer    user_data)
{
  remember_position (user_data, json_array_get_element (array, index));
}

G_GNUC_PRINTF (5, 6)
static void
set_node_error (GError      **error,
                HcLoadError   code,
                JsonContext  *ctx,
                JsonNode     *node,
                const char   *format,
                ...)
{
  gsize packed = GPOINTER_TO_SIZE (g_hash_table_lookup (ctx->positions, node));
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  hc_set_error_at (error,
                   code,
                   ctx->name,
                   (guint) ((guint64) packed >> 32),
                   (guint) (packed & 0xffffffff),
                   "%s", message);
}

/* json-glib refuses invalid UTF-8 without saying where; the CSV reader
 * says where, and so do we, with the same words, translated the same. */
static gboolean
check_json_encoding (const char  *data,
                     gsize        length,
                     const char  *name,
                     GError     **error)
{
  const char *end = NULL;
  const char *line_start = data;
  guint line = 1;

  if (length >= 2 &&
      (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
       ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      hc_set_error_at (error, HC_LOAD_ERROR_ENCODING, name, 1, 1,
                       _("UTF-16 is not supported; save as UTF-8"));
      return FALSE;
    }

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  for (const char *p = data; p < end; p++)
    if (*p == '\n')
      {
        line++;
        line_start = p + 1;
      }

  if (*end == '\0')
    hc_set_error_at (error, HC_LOAD_ERROR_ENCODING, name, line,
                     (guint) g_utf8_strlen (line_start, end - line_start) + 1,
                     _("the file contains a NUL byte; it is not a text file in UTF-8"));
  else
    hc_set_error_at (error, HC_LOAD_ERROR_ENCODING, name, line,
                     (guint) g_utf8_strlen (line_start, end - line_start) + 1,
                     _("invalid UTF-8 (byte 0x%02X); save the file as UTF-8"), (guchar) *end);
  return FALSE;
}

/* What json-glib would choke on, found in one pass before it parses:
 * nesting that would overflow its recursion, and more items than it can
 * hold in memory. */
static gboolean
check_json_structure (const char  *data,
                      gsize        length,
                      const char  *name,
                      GError     **error)
{
  guint depth = 0;
  guint line = 1;
  gsize line_start = 0;
  guint64 items = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          else if (c == '\n')
            {
              /* json-glib takes raw line breaks in strings, and counts them. */
              line++;
              line_start = i + 1;
            }
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '{':
        case '[':
        case ',':
          /* An item starts after each of these (or the container is
           * empty, which this over-counts harmlessly). */
          if (++items > JSON_MAX_ITEMS)
            {
              hc_set_error_at (error, HC_LOAD_ERROR_LIMIT, name, line,
                               g_utf8_strlen (data + line_start, i - line_start) + 1,
                               "more than %d items in arrays and objects, the limit",
                               JSON_MAX_ITEMS);
              return FALSE;
            }
          if (c != ',' && ++depth > JSON_MAX_DEPTH)
            {
              hc_set_error_at (error, HC_LOAD_ERROR_LIMIT, name, line,
                               g_utf8_strlen (data + line_start, i - line_start) + 1,
                               _("nesting deeper than %d levels"), JSON_MAX_DEPTH);
              return FALSE;
            }
          break;
        case '}':
        case ']':
          if (depth > 0)
            depth--;
          break;
        case '\n':
          line++;
          line_start = i + 1;
          break;
        default:
          break;
        }
    }

  return TRUE;
}

/* json-glib writes "<data>:LINE:COL: Parse error: …". The message goes
 * through hc_set_error_at() like every other, with our name in front:
 * json-glib quotes the offending token, which may span lines or hold
 * control characters. */
static void
set_parser_error (GError       **error,
                  const char    *name,
                  const GError  *parser_error)
{
  HcLoadError code = HC_LOAD_ERROR_SYNTAX;
  const char *message = parser_error->message;
  guint64 line = 0;
  guint64 column = 0;

  if (parser_error->domain == JSON_PARSER_ERROR &&
      parser_error->code == JSON_PARSER_ERROR_INVALID_DATA)
    code = HC_LOAD_ERROR_ENCODING;

  if (g_str_has_prefix (message, "<data>:"))
    {
      const char *p = message + strlen ("<data>:");
      char *end = NULL;

      /* Whatever part of "LINE:COL:" is missing is left out of ours too. */
      message = p;
      line = g_ascii_strtoull (p, &end, 10);
      if (end == p || *end != ':')
        line = 0;
      else
        {
          message = p = end + 1;
          column = g_ascii_strtoull (p, &end, 10);
          if (end == p || *end != ':')
            column = 0;
          else
            message = end + 1;
        }
      while (*message == ' ')
        message++;
    }

  hc_set_error_at (error, code, name, (guint) MIN (line, G_MAXUINT), (guint) MIN (column, G_MAXUINT),
                   "%s", message);
}

static const char *
get_string_member (JsonObject  *object,
                   const char  *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (object, names[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING)
        return json_node_get_string (node);
    }

  return NULL;
}

static JsonNode *
get_member_any (JsonObject         *object,
                const char  *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (object, names[i]);

      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        return node;
    }

  return NULL;
}

static const char * const title_keys[] = { "title", NULL };
static const char * const label_keys[] = { "label", "name", "entity", "country", "country name", NULL };
static const char * const value_keys[] = { "value", "count", "number", "population", "deaths", NULL };
static const char * const category_keys[] = { "category", "group", NULL };
static const char * const unit_keys[] = { "unit", NULL };
static const char * const quote_keys[] = { "quote", NULL };
static const char * const note_keys[] = { "note", NULL };
static const char * const approximate_keys[] = { "approximate", NULL };

/* "label, name, entity, country or country name": the keys that would do,
 * for messages, as the CSV reader names the columns that would. */
static char *
list_keys (const char * const *keys)
{
  GString *text = g_string_new (NULL);
  guint n = g_strv_length ((char **) keys);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        /* Translators: between the last two of a list of key names,
         * "label, name, entity or country". */
        g_string_append (text, i + 1 == n ? _(" or ") : ", ");
      g_string_append_printf (text, "\"%s\"", keys[i]);
    }

  return g_string_free (text, FALSE);
}

static gboolean
read_figure (JsonContext  *ctx,
             JsonNode     *element,
             guint         index,
             HcDataset    *dataset,
             GError      **error)
{
  JsonObject *object;
  JsonNode *value_node;
  JsonNode *approx_node;
  HcFigure figure = { 0 };
  g_autofree char *label = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (element))
    {
      set_node_error (error, HC_LOAD_ERROR_SYNTAX, ctx, element, _("figure %u is not an object"), index + 1);
      return FALSE;
    }

  object = json_node_get_object (element);
  figure.label = (char *) get_string_member (object, label_keys);
  if (figure.label == NULL || *figure.label == '\0')
    {
      JsonNode *label_node = get_member_any (object, label_keys);

      /* A label that is there but not text says so, at the label. */
      if (label_node != NULL && !(JSON_NODE_HOLDS_VALUE (label_node) &&
                                  json_node_get_value_type (label_node) == G_TYPE_STRING))
        set_node_error (error, HC_LOAD_ERROR_VALUE, ctx, label_node,
                        _("the label of figure %u is not text; write it in quotes"), index + 1);
      else
        {
          g_autofree char *keys = list_keys (label_keys);

          set_node_error (error, HC_LOAD_ERROR_MISSING, ctx, element,
                          _("figure %u has no label: give it one of the keys %s"), index + 1,
                          keys);
        }
      return FALSE;
    }

  label = hc_loader_shorten_label (figure.label);

  value_node = get_member_any (object, value_keys);
  if (value_node == NULL)
    {
      g_autofree char *keys = list_keys (value_keys);

      set_node_error (error, HC_LOAD_ERROR_MISSING, ctx, element,
                      _("figure “%s” has no value: give it one of the keys %s"), label, keys);
      return FALSE;
    }

  if (JSON_NODE_HOLDS_VALUE (value_node) &&
      (json_node_get_value_type (value_node) == G_TYPE_INT64 ||
       json_node_get_value_type (value_node) == G_TYPE_DOUBLE))
    {
      figure.value = json_node_get_double (value_node);
    }
  else if (JSON_NODE_HOLDS_VALUE (value_node) &&
           json_node_get_value_type (value_node) == G_TYPE_STRING)
    {
      g_autoptr(GError) local_error = NULL;

      if (!hc_number_parse (json_node_get_string (value_node), &figure.value,
                            &figure.approximate, NULL, &local_error))
        {
          set_node_error (error, HC_LOAD_ERROR_VALUE, ctx, value_node, "the value of “%s”: %s",
                          label, local_error->message);
          return FALSE;
        }
    }
  else
    {
      set_node_error (error, HC_LOAD_ERROR_VALUE, ctx, value_node, _("the value of “%s” is not a number"), label);
      return FALSE;
    }

  if (!isfinite (figure.value))
    {
      set_node_error (error, HC_LOAD_ERROR_VALUE, ctx, value_node, _("the value of “%s” is not finite"), label);
      return FALSE;
    }
  /* JSON can say -0 and -0.0; a chart should not. */
  figure.value += 0.0;

  approx_node = get_member_any (object, approximate_keys);
  if (approx_node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (approx_node) ||
          json_node_get_value_type (approx_node) != G_TYPE_BOOLEAN)
        {
          set_node_error (error, HC_LOAD_ERROR_VALUE, ctx, approx_node, _("\"approximate\" must be true or false"));
          return FALSE;
        }
      figure.approximate = figure.approximate || json_node_get_boolean (approx_node);
    }

  figure.category = (char *) get_string_member (object, category_keys);
  figure.unit = (char *) get_string_member (object, unit_keys);
  figure.quote = (char *) get_string_member (object, quote_keys);
  figure.note = (char *) get_string_member (object, note_keys);

  hc_dataset_add_figure (dataset, &figure);
  return TRUE;
}

static void
read_source (JsonObject *root,
             HcDataset  *dataset)
{
  JsonNode *node = json_object_get_member (root, "source");

  if (node == NULL)
    return;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      hc_dataset_set_source (dataset, json_node_get_string (node), NULL, NULL, NULL);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      static const char * const publisher[] = { "publisher", "name", NULL };
      static const char * const headline[] = { "headline", "title", NULL };
      static const char * const date[] = { "date", NULL };
      static const char * const url[] = { "url", "link", NULL };
      JsonObject *object = json_node_get_object (node);

      hc_dataset_set_source (dataset,
                             get_string_member (object, publisher),
                             get_string_member (object, headline),
                             get_string_member (object, date),
                             get_string_member (object, url));
    }
}

static gboolean
is_figure_key (const char *key)
{
  const char * const *lists[] = {
    label_keys, value_keys, category_keys, unit_keys, quote_keys, note_keys, approximate_keys,
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l][i] != NULL; i++)
      if (g_ascii_strcasecmp (key, lists[l][i]) == 0)
        return TRUE;
  return FALSE;
}

/* Whether the array holds figures (each with a label and a value, the
 * format of the bundled dataset, and nothing a figure does not have)
 * rather than records with keys of their own, such as a year that a
 * figure would drop: the first object decides. */
static gboolean
holds_figures (JsonArray *array)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      JsonObjectIter iter;
      const char *key;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return TRUE;   /* read_figure() says what is wrong */
      object = json_node_get_object (node);
      if (get_member_any (object, label_keys) == NULL ||
          get_member_any (object, value_keys) == NULL)
        return FALSE;
      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &key, NULL))
        if (!is_figure_key (key))
          return FALSE;
      return TRUE;
    }
  return TRUE;
}

typedef struct
{
  char     *key;
  gboolean  text;      /* a string that is no number was seen */
  gboolean  nested;    /* an object or array was seen */
  gboolean  approximate;
  HcColumn *column;
} RecordKey;

static void
record_key_free (gpointer data)
{
  RecordKey *key = data;

  g_free (key->key);
  g_free (key);
}

static guint
node_line (JsonContext *ctx,
           JsonNode    *node)
{
  return (guint) ((guint64) GPOINTER_TO_SIZE (g_hash_table_lookup (ctx->positions, node)) >> 32);
}

/* An array of flat records, any keys: [{"year":1955,"country":"Afghanistan",
 * "pop":8891209}, …] or Nightingale's [{"date":"1854-04-01","disease":1, …}].
 * A key's column holds numbers when every value is a number (or a string
 * that reads as one), text otherwise. */
static HcTable *
read_records (JsonContext  *ctx,
              JsonArray    *array,
              const char   *title,
              GError      **error)
{
  g_autoptr(HcTable) table = hc_table_new (title);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (record_key_free);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = json_array_get_length (array);

  /* First pass: the keys and their types. */
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      GList *members;
      const char *name;
      JsonNode *value;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          set_node_error (error, HC_LOAD_ERROR_SYNTAX, ctx, node,
                          _("record %u is not an object: an array of records has an object "
                            "for each row, such as {\"country\": \"Albania\", \"year\": 2007}"),
                          i + 1);
          return NULL;
        }
      /* In the file's order, which makes the columns' order: the first
       * text column may name the entities. */
      members = json_object_get_members (json_node_get_object (node));
      for (GList *l = members; l != NULL; l = l->next)
        {
          RecordKey *key;

          name = l->data;
          value = json_object_get_member (json_node_get_object (node), name);
          key = g_hash_table_lookup (by_name, name);
          if (key == NULL)
            {
              key = g_new0 (RecordKey, 1);
              key->key = g_strdup (name);
              g_ptr_array_add (keys, key);
              g_hash_table_insert (by_name, key->key, key);
            }
          if (JSON_NODE_HOLDS_OBJECT (value) || JSON_NODE_HOLDS_ARRAY (value))
            key->nested = TRUE;
          else if (JSON_NODE_HOLDS_VALUE (value))
            {
              GType type = json_node_get_value_type (value);

              if (type == G_TYPE_STRING)
                {
                  const char *text = json_node_get_string (value);

                  if (!hc_table_is_missing_text (text) &&
                      !hc_number_parse (text, NULL, NULL, NULL, NULL))
                    key->text = TRUE;
                }
              else if (type == G_TYPE_BOOLEAN)
                key->text = TRUE;
            }
        }
      g_list_free (members);
    }

  if (keys->len == 0)
    {
      hc_set_error_at (error, HC_LOAD_ERROR_EMPTY, ctx->name, 0, 0, _("there are no figures"));
      return NULL;
    }

  for (guint k = 0; k < keys->len; k++)
    {
      RecordKey *key = g_ptr_array_index (keys, k);
      gboolean measure_name, is_id;
      HcRole role = hc_table_role_from_name (key->key, &measure_name, &is_id);
      HcColumnType type = key->text || key->nested ? HC_COLUMN_TEXT : HC_COLUMN_NUMBER;

      /* Codes and names are text even when they look like numbers. */
      if (role == HC_ROLE_ENTITY || role == HC_ROLE_CODE || role == HC_ROLE_CATEGORY ||
          role == HC_ROLE_SEX || role == HC_ROLE_AGE || role == HC_ROLE_TIME)
        type = role == HC_ROLE_TIME && !key->text ? HC_COLUMN_NUMBER : HC_COLUMN_TEXT;
      /* "approximate": true flags its record's values, as in figures. */
      key->approximate = !key->nested && hc_table_name_is_approximate (key->key);
      if (key->approximate)
        type = HC_COLUMN_NUMBER;
      key->column = hc_table_add_column (table, key->key, type,
                                         key->nested || key->approximate ? HC_ROLE_IGNORED
                                                                         : HC_ROLE_UNDECIDED);
      if (key->approximate)
        key->column->reason = g_strdup ("approximate");
      if (key->nested)
        hc_table_set_column_reason (table, key->column,
                                    _("its values are objects or arrays, not numbers or text"));
    }

  hc_table_set_n_rows (table, n);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      hc_table_set_row_line (table, i, node_line (ctx, node));
      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &value))
        {
          RecordKey *key = g_hash_table_lookup (by_name, name);
          HcColumn *column = key->column;

          if (key->nested || JSON_NODE_HOLDS_NULL (value) || !JSON_NODE_HOLDS_VALUE (value))
            continue;

          if (key->approximate)
            {
              GType type = json_node_get_value_type (value);

              column->numbers[i] = (type == G_TYPE_BOOLEAN && json_node_get_boolean (value)) ||
                                   (type == G_TYPE_STRING &&
                                    (g_ascii_strcasecmp (json_node_get_string (value), "true") == 0 ||
                                     g_ascii_strcasecmp (json_node_get_string (value), "yes") == 0))
                                   ? 1 : 0;
              continue;
            }

          if (column->type == HC_COLUMN_TEXT)
            {
              g_autofree char *text = NULL;
              GType type = json_node_get_value_type (value);

              if (type == G_TYPE_STRING)
                text = g_strdup (json_node_get_string (value));
              else if (type == G_TYPE_BOOLEAN)
                text = g_strdup (json_node_get_boolean (value) ? "true" : "false");
              else
                text = hc_number_format_plain (json_node_get_double (value));
              g_strstrip (text);
              if (!hc_table_is_missing_text (text))
                column->text[i] = hc_table_intern (table, column, text);
            }
          else if (json_node_get_value_type (value) == G_TYPE_STRING)
            {
              gboolean approximate = FALSE;
              const char *text = json_node_get_string (value);

              if (!hc_table_is_missing_text (text) &&
                  hc_number_parse (text, &column->numbers[i], &approximate, NULL, NULL) &&
                  approximate)
                hc_table_mark_approximate (table, column, i);
            }
          else
            {
              double number = json_node_get_double (value);

              if (!isfinite (number))
                {
                  set_node_error (error, HC_LOAD_ERROR_VALUE, ctx, value,
                                  _("the value of “%s” is not finite"), name);
                  return NULL;
                }
              column->numbers[i] = number + 0.0;
            }
        }
    }

  /* Dates written as text become times in hc_table_shape(). */
  {
    HcTimeKind finest = HC_TIME_NONE;

    for (guint k = 0; k < keys->len; k++)
      {
        RecordKey *key = g_ptr_array_index (keys, k);
        gboolean measure_name, is_id;

        if (hc_table_role_from_name (key->key, &measure_name, &is_id) == HC_ROLE_TIME &&
            key->column->type == HC_COLUMN_TEXT)
          for (guint v = 0; v < key->column->values->len; v++)
            {
              double t;
              HcTimeKind kind;

              if (!hc_time_parse (g_ptr_array_index (key->column->values, v), &t, &kind))
                {
                  g_autofree char *short_text =
                    hc_loader_shorten_label (g_ptr_array_index (key->column->values, v));
                  guint row = 0;

                  for (guint r = 0; r < n; r++)
                    if (key->column->text[r] == v)
                      {
                        row = r;
                        break;
                      }
                  hc_set_error_at (error, HC_LOAD_ERROR_VALUE, ctx->name,
                                   hc_table_get_row_line (table, row), 1,
                                   _("“%s” is not a year or a date: write 2007, 2007-12 or "
                                     "2007-12-10"), short_text);
                  return NULL;
                }
              finest = MAX (finest, kind);
            }
      }
    hc_table_set_time_kind (table, finest);
  }

  return g_steal_pointer (&table);
}

HcTable *
hc_loader_read_json (const char          *data,
                     gsize                length,
                     const char          *display_name,
                     const HcLoadOptions *options,
                     GError             **error)
{
  g_autoptr(HcTable) table = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) positions = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  g_autofree char *fallback_title = NULL;
  JsonContext ctx;
  JsonNode *root;
  JsonArray *figures = NULL;
  gsize skip = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (data == NULL)
    data = "";
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    skip = 3;

  if (!check_json_encoding (data + skip, length - skip, display_name, error) ||
      !check_json_structure (data + skip, length - skip, display_name, error))
    return NULL;

  parser = json_parser_new_immutable ();
  positions = g_hash_table_new (NULL, NULL);
  ctx.name = display_name;
  ctx.positions = positions;
  ctx.parser = parser;
  g_signal_connect (parser, "object-member", G_CALLBACK (object_member_cb), &ctx);
  g_signal_connect (parser, "array-element", G_CALLBACK (array_element_cb), &ctx);

  if (!json_parser_load_from_data (parser, data + skip, length - skip, &local_error))
    {
      set_parser_error (error, display_name, local_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      hc_set_error_at (error, HC_LOAD_ERROR_EMPTY, display_name, 0, 0, _("the file is empty"));
      return NULL;
    }

  fallback_title = hc_loader_title_from_name (display_name);
  dataset = hc_dataset_new (fallback_title);

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      figures = json_node_get_array (root);
      if (!holds_figures (figures))
        {
          table = read_records (&ctx, figures, fallback_title, error);
          return table != NULL ? hc_table_shape (table, display_name, options, error) : NULL;
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      JsonNode *figures_node = json_object_get_member (object, "figures");
      /* Not json_object_get_string_member_with_default(): it complains
       * (a critical warning, fatal in tests) when "title" is an object. */
      const char *title = get_string_member (object, title_keys);

      if (title != NULL && *title != '\0')
        hc_dataset_set_title (dataset, title);
      read_source (object, dataset);

      if (figures_node != NULL && JSON_NODE_HOLDS_ARRAY (figures_node) &&
          !holds_figures (json_node_get_array (figures_node)))
        {
          const HcSource *source = hc_dataset_get_source (dataset);

          table = read_records (&ctx, json_node_get_array (figures_node),
                                hc_dataset_get_title (dataset), error);
          if (table == NULL)
            return NULL;
          hc_table_set_source (table, source->publisher, source->headline, source->date,
                               source->url);
          return hc_table_shape (table, display_name, options, error);
        }
      if (figures_node == NULL)
        {
          hc_set_error_at (error, HC_LOAD_ERROR_MISSING, display_name, 1, 1,
                           _("no \"figures\" array in the top-level object"));
          return NULL;
        }
      if (!JSON_NODE_HOLDS_ARRAY (figures_node))
        {
          set_node_error (error, HC_LOAD_ERROR_SYNTAX, &ctx, figures_node, _("\"figures\" is not an array"));
          return NULL;
        }
      figures = json_node_get_array (figures_node);
    }
  else
    {
      hc_set_error_at (error, HC_LOAD_ERROR_SYNTAX, display_name, 1, 1,
                       _("expected an object or an array of figures"));
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (figures); i++)
    if (!read_figure (&ctx, json_array_get_element (figures, i), i, dataset, error))
      return NULL;

  if (hc_dataset_get_n_figures (dataset) == 0)
    {
      hc_set_error_at (error, HC_LOAD_ERROR_EMPTY, display_name, 0, 0, _("there are no figures"));
      return NULL;
    }

  return hc_table_new_from_dataset (dataset);
}
