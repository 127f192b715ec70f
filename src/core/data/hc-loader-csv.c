/* hc-loader-csv.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hc-csv.h"
#include "hc-loader-private.h"
#include "hc-number.h"

typedef enum
{
  ROLE_LABEL,
  ROLE_VALUE,
  ROLE_CATEGORY,
  ROLE_UNIT,
  ROLE_APPROXIMATE,
  ROLE_NOTE,
  ROLE_QUOTE,
  ROLE_SOURCE,
  N_ROLES
} Role;

#define NO_COLUMN G_MAXUINT

/* The same names the JSON loader accepts as keys, so a table exported from
 * one form reads in the other; plus "Country Name", the World Bank's. */
static const char * const role_names[N_ROLES][6] = {
  [ROLE_LABEL] = { "label", "name", "entity", "country", "country name", NULL },
  [ROLE_VALUE] = { "value", "count", "number", "population", "deaths", NULL },
  [ROLE_CATEGORY] = { "category", "group", NULL },
  [ROLE_UNIT] = { "unit", NULL },
  [ROLE_APPROXIMATE] = { "approximate", NULL },
  [ROLE_NOTE] = { "note", NULL },
  [ROLE_QUOTE] = { "quote", NULL },
  [ROLE_SOURCE] = { "source", NULL },
};

typedef struct
{
  const char  *name;
  guint        n_columns;
  guint        columns[N_ROLES];   /* field index per role, or NO_COLUMN */
  char        *shared_source;
  gboolean     source_differs;
} CsvContext;

static void
csv_context_clear (CsvContext *ctx)
{
  g_clear_pointer (&ctx->shared_source, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CsvContext, csv_context_clear)

static gboolean
is_ascii_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Trims the field in place (the reader allows it) and returns its text. */
static char *
trim_field (HcCsvField *field)
{
  char *start = field->text;
  char *end = field->text + field->length;

  g_assert (field != NULL);

  while (start < end && is_ascii_space (*start))
    start++;
  while (end > start && is_ascii_space (end[-1]))
    end--;
  *end = '\0';

  field->length = end - start;
  field->text = start;
  return start;
}

static Role
role_for_header (const char *header)
{
  g_assert (header != NULL);

  for (guint role = 0; role < N_ROLES; role++)
    for (guint i = 0; role_names[role][i] != NULL; i++)
      if (g_ascii_strcasecmp (header, role_names[role][i]) == 0)
        return role;

  return N_ROLES;
}

static char *
describe_names (Role role)
{
  GString *names = g_string_new (NULL);
  const char * const *list = role_names[role];
  guint n = g_strv_length ((char **) list);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        /* Translators: between the last two of a list of column names,
         * "label, name, entity or country". */
        g_string_append (names, i + 1 == n ? _(" or ") : ", ");
      g_string_append (names, list[i]);
    }

  return g_string_free (names, FALSE);
}

/* A first row such as "Serbs,120000" is data without a header. Reading
 * it as data would mean guessing which column is which, so the error stays,
 * but it says what is wrong. */
static gboolean
looks_like_data (HcCsvReader *reader,
                 CsvContext  *ctx)
{
  for (guint role = 0; role < N_ROLES; role++)
    if (ctx->columns[role] != NO_COLUMN)
      return FALSE;

  return hc_csv_reader_get_n_fields (reader) == 2 &&
         hc_number_parse (hc_csv_reader_get_field (reader, 1)->text, NULL, NULL, NULL, NULL);
}

static gboolean
report_missing_role (HcCsvReader  *reader,
                     CsvContext   *ctx,
                     Role          role,
                     GError      **error)
{
  g_autofree char *names = describe_names (role);

  g_assert (role == ROLE_LABEL || role == ROLE_VALUE);

  hc_set_error_at (error, HC_LOAD_ERROR_MISSING, ctx->name, hc_csv_reader_get_line (reader), 1,
                   /* Translators: the first %s is "label" or "value", the header
                    * names a file must use, so they stay in English; the second is
                    * the list of names; the third is empty or the hint below. */
                   _("there is no %s column: expected a header named %s%s"),
                   role == ROLE_LABEL ? "label" : "value", names,
                   looks_like_data (reader, ctx)
                     ? _(" (the first row looks like data: add a header row that names the columns)")
                     : "");
  return FALSE;
}

static gboolean
read_header (HcCsvReader  *reader,
             CsvContext   *ctx,
             GError      **error)
{
  /* The header's own spelling, for messages; valid while this record is. */
  const char *first_names[N_ROLES] = { NULL };
  guint n_fields = hc_csv_reader_get_n_fields (reader);

  for (guint role = 0; role < N_ROLES; role++)
    ctx->columns[role] = NO_COLUMN;
  ctx->n_columns = n_fields;

  for (guint i = 0; i < n_fields; i++)
    {
      HcCsvField *field = hc_csv_reader_get_field (reader, i);
      const char *header = trim_field (field);
      Role role = role_for_header (header);

      if (role == N_ROLES)
        continue;

      if (ctx->columns[role] != NO_COLUMN)
        {
          hc_set_error_at (error, HC_LOAD_ERROR_SYNTAX, ctx->name, field->line, field->column,
                           _("the column “%s” has the same meaning as “%s” in column %u; "
                             "keep only one of them"),
                           header, first_names[role], ctx->columns[role] + 1);
          return FALSE;
        }

      ctx->columns[role] = i;
      first_names[role] = header;
    }

  if (ctx->columns[ROLE_LABEL] == NO_COLUMN)
    return report_missing_role (reader, ctx, ROLE_LABEL, error);
  if (ctx->columns[ROLE_VALUE] == NO_COLUMN)
    return report_missing_role (reader, ctx, ROLE_VALUE, error);

  return TRUE;
}

static gboolean
is_blank_record (HcCsvReader *reader)
{
  guint n_fields = hc_csv_reader_get_n_fields (reader);

  for (guint i = 0; i < n_fields; i++)
    {
      const HcCsvField *field = hc_csv_reader_get_field (reader, i);

      for (gsize j = 0; j < field->length; j++)
        if (!is_ascii_space (field->text[j]))
          return FALSE;
    }

  return TRUE;
}

static HcCsvField *
get_role_field (HcCsvReader *reader,
                CsvContext  *ctx,
                Role         role)
{
  g_assert (role < N_ROLES);

  if (ctx->columns[role] == NO_COLUMN)
    return NULL;
  return hc_csv_reader_get_field (reader, ctx->columns[role]);
}

static const char *
get_role_text (HcCsvReader *reader,
               CsvContext  *ctx,
               Role         role)
{
  HcCsvField *field = get_role_field (reader, ctx, role);

  return field != NULL ? trim_field (field) : NULL;
}

static gboolean
parse_approximate (const char *text,
                   gboolean   *approximate)
{
  static const char * const yes[] = { "true", "yes", "1", "\xE2\x89\x88", NULL };
  static const char * const no[] = { "false", "no", "0", "", NULL };

  g_assert (text != NULL);

  for (guint i = 0; yes[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, yes[i]) == 0)
      {
        *approximate = TRUE;
        return TRUE;
      }

  for (guint i = 0; no[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, no[i]) == 0)
      {
        *approximate = FALSE;
        return TRUE;
      }

  return FALSE;
}

static gboolean
read_value (HcCsvReader  *reader,
            CsvContext   *ctx,
            const char   *label,
            HcFigure     *figure,
            GError      **error)
{
  HcCsvField *field = get_role_field (reader, ctx, ROLE_VALUE);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *short_label = NULL;
  gsize offset = 0;
  const char *p;

  g_assert (field != NULL);

  for (p = field->text; *p != '\0' && is_ascii_space (*p); p++)
    ;
  if (*p == '\0')
    {
      short_label = hc_loader_shorten_label (label);
      hc_set_error_at (error, HC_LOAD_ERROR_MISSING, ctx->name, field->line, field->column,
                       _("“%s” has no value"), short_label);
      return FALSE;
    }

  if (!hc_number_parse (field->text, &figure->value, &figure->approximate, &offset, &local_error))
    {
      /* The offset is in bytes of the unquoted text; the column counts
       * characters and starts at the opening quote, if any. */
      guint column = field->column + (field->quoted ? 1 : 0) +
                     (guint) g_utf8_strlen (field->text, offset);

      short_label = hc_loader_shorten_label (label);
      hc_set_error_at (error, HC_LOAD_ERROR_VALUE, ctx->name, field->line, column,
                       _("the value of “%s”: %s"), short_label, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_figure (HcCsvReader  *reader,
             CsvContext   *ctx,
             HcDataset    *dataset,
             GError      **error)
{
  guint n_fields = hc_csv_reader_get_n_fields (reader);
  HcCsvField *label_field;
  HcCsvField *approx_field;
  HcFigure figure = { 0 };
  const char *source;

  if (n_fields != ctx->n_columns)
    {
      /* Point at the first field too many, or at the last one of a row
       * that stops early. */
      guint index = n_fields > ctx->n_columns ? ctx->n_columns : n_fields - 1;
      HcCsvField *field = hc_csv_reader_get_field (reader, index);

      hc_set_error_at (error, HC_LOAD_ERROR_SYNTAX, ctx->name, field->line, field->column,
                       _("expected %u fields as in the header, got %u"), ctx->n_columns, n_fields);
      return FALSE;
    }

  label_field = get_role_field (reader, ctx, ROLE_LABEL);
  figure.label = trim_field (label_field);
  if (*figure.label == '\0')
    {
      hc_set_error_at (error, HC_LOAD_ERROR_MISSING, ctx->name,
                       label_field->line, label_field->column, _("the label is empty"));
      return FALSE;
    }

  if (!read_value (reader, ctx, figure.label, &figure, error))
    return FALSE;

  approx_field = get_role_field (reader, ctx, ROLE_APPROXIMATE);
  if (approx_field != NULL)
    {
      const char *text = trim_field (approx_field);
      gboolean approximate = FALSE;

      if (!parse_approximate (text, &approximate))
        {
          g_autofree char *short_text = hc_loader_shorten_label (text);

          hc_set_error_at (error, HC_LOAD_ERROR_VALUE, ctx->name,
                           approx_field->line, approx_field->column,
                           _("“%s” is not an approximate flag: use true, false, yes, no, 1, 0, "
                             "≈ or nothing"), short_text);
          return FALSE;
        }
      figure.approximate = figure.approximate || approximate;
    }

  figure.category = (char *) get_role_text (reader, ctx, ROLE_CATEGORY);
  figure.unit = (char *) get_role_text (reader, ctx, ROLE_UNIT);
  figure.note = (char *) get_role_text (reader, ctx, ROLE_NOTE);
  figure.quote = (char *) get_role_text (reader, ctx, ROLE_QUOTE);

  /* A source column that says the same on every row names the dataset's
   * source; rows that disagree leave the dataset without one. */
  source = get_role_text (reader, ctx, ROLE_SOURCE);
  if (source != NULL && !ctx->source_differs)
    {
      if (ctx->shared_source == NULL)
        ctx->shared_source = g_strdup (source);
      else if (strcmp (ctx->shared_source, source) != 0)
        ctx->source_differs = TRUE;
    }

  hc_dataset_add_figure (dataset, &figure);
  return TRUE;
}

HcDataset *
hc_loader_load_csv (const char  *data,
                    gsize        length,
                    const char  *display_name,
                    GError     **error)
{
  return hc_loader_load_csv_cancellable (data, length, display_name, NULL, error);
}

/* Checks @cancellable every so many rows: often enough that Cancel on a
 * million-row file answers at once, rarely enough to cost nothing. */
#define CANCEL_CHECK_ROWS 8192

HcDataset *
hc_loader_load_csv_cancellable (const char   *data,
                                gsize         length,
                                const char   *display_name,
                                GCancellable *cancellable,
                                GError      **error)
{
  g_autoptr(HcCsvReader) reader = NULL;
  g_autoptr(HcDataset) dataset = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *title = NULL;
  g_auto(CsvContext) ctx = { 0 };
  gboolean have_header = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = "<data>";

  ctx.name = display_name;
  reader = hc_csv_reader_new (data, length, display_name);
  title = hc_loader_title_from_name (display_name);
  dataset = hc_dataset_new (title);

  while (hc_csv_reader_next (reader, &local_error))
    {
      gboolean ok;

      if (hc_csv_reader_get_n_records (reader) % CANCEL_CHECK_ROWS == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      if (is_blank_record (reader))
        continue;

      if (!have_header)
        {
          ok = read_header (reader, &ctx, error);
          have_header = TRUE;
        }
      else
        {
          ok = read_figure (reader, &ctx, dataset, error);
        }

      if (!ok)
        return NULL;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!have_header)
    {
      hc_set_error_at (error, HC_LOAD_ERROR_EMPTY, display_name, 0, 0, _("the file is empty"));
      return NULL;
    }

  if (hc_dataset_get_n_figures (dataset) == 0)
    {
      hc_set_error_at (error, HC_LOAD_ERROR_EMPTY, display_name, 0, 0, _("there are no figures"));
      return NULL;
    }

  if (ctx.shared_source != NULL && !ctx.source_differs)
    hc_dataset_set_source (dataset, ctx.shared_source, NULL, NULL, NULL);

  return g_steal_pointer (&dataset);
}
