/* hc-countries.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include <json-glib/json-glib.h>

#include "hc-countries.h"

typedef struct
{
  GPtrArray  *countries;  /* of HcCountry*, strings in @strings */
  GHashTable *by_code;    /* upper-case code → HcCountry* */
  GHashTable *by_name;    /* case-folded name → HcCountry* */
  GStringChunk *strings;
  gboolean    available;
} Registry;

/* Kosovo declared independence in 2008 and is not in ISO 3166-1; the World
 * Bank codes it XKX, OWID OWID_KOS. */
static const HcCountry kosovo = { "XK", "XKX", 0, "Kosovo" };

static void
add_key (GHashTable *table,
         char       *key,
         HcCountry  *country)
{
  if (!g_hash_table_contains (table, key))
    g_hash_table_insert (table, key, country);
  else
    g_free (key);
}

static void
add_name (Registry   *registry,
          const char *name,
          HcCountry  *country)
{
  if (name != NULL && *name != '\0')
    add_key (registry->by_name, g_utf8_casefold (name, -1), country);
}

static const char *
member_string (JsonObject *object,
               const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

static void
load_registry (Registry *registry)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonArray *array;
  const char *path = g_getenv ("HC_ISO_CODES_JSON");

  if (path == NULL)
    path = ISO_CODES_JSON;
  if (!json_parser_load_from_file (parser, path, NULL))
    return;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;
  root = json_object_get_member (json_node_get_object (root), "3166-1");
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return;

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      HcCountry *country;
      const char *alpha_2, *alpha_3, *name, *numeric;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      alpha_2 = member_string (object, "alpha_2");
      alpha_3 = member_string (object, "alpha_3");
      name = member_string (object, "name");
      numeric = member_string (object, "numeric");
      if (alpha_3 == NULL || name == NULL)
        continue;

      country = g_new0 (HcCountry, 1);
      country->alpha_2 = alpha_2 != NULL ? g_string_chunk_insert (registry->strings, alpha_2) : "";
      country->alpha_3 = g_string_chunk_insert (registry->strings, alpha_3);
      country->name = g_string_chunk_insert (registry->strings, name);
      country->numeric = numeric != NULL ? atoi (numeric) : 0;
      g_ptr_array_add (registry->countries, country);

      add_key (registry->by_code, g_ascii_strup (alpha_3, -1), country);
      if (alpha_2 != NULL)
        add_key (registry->by_code, g_ascii_strup (alpha_2, -1), country);
      add_name (registry, name, country);
      add_name (registry, member_string (object, "official_name"), country);
      add_name (registry, member_string (object, "common_name"), country);
    }

  registry->available = registry->countries->len > 0;
}

static Registry *
get_registry (void)
{
  static Registry *registry;

  if (g_once_init_enter (&registry))
    {
      Registry *r = g_new0 (Registry, 1);
      /* Names publishers use for countries that iso-codes spells otherwise. */
      static const struct { const char *name; const char *alpha_3; } aliases[] = {
        { "Russia", "RUS" }, { "Iran", "IRN" }, { "Syria", "SYR" }, { "Vietnam", "VNM" },
        { "Laos", "LAO" }, { "South Korea", "KOR" }, { "North Korea", "PRK" },
        { "Bolivia", "BOL" }, { "Venezuela", "VEN" }, { "Tanzania", "TZA" },
        { "Moldova", "MDA" }, { "Czech Republic", "CZE" }, { "Turkey", "TUR" },
        { "Cape Verde", "CPV" }, { "Ivory Coast", "CIV" }, { "Cote d'Ivoire", "CIV" },
        { "Democratic Republic of Congo", "COD" }, { "Congo, Dem. Rep.", "COD" },
        { "Congo, Rep.", "COG" }, { "Egypt, Arab Rep.", "EGY" }, { "Gambia, The", "GMB" },
        { "Iran, Islamic Rep.", "IRN" }, { "Korea, Rep.", "KOR" },
        { "Korea, Dem. People's Rep.", "PRK" }, { "Yemen, Rep.", "YEM" },
        { "Venezuela, RB", "VEN" }, { "Slovak Republic", "SVK" }, { "Kyrgyz Republic", "KGZ" },
        { "Lao PDR", "LAO" }, { "Micronesia, Fed. Sts.", "FSM" }, { "Brunei", "BRN" },
        { "Macedonia, FYR", "MKD" }, { "Macedonia", "MKD" }, { "Swaziland", "SWZ" },
        { "East Timor", "TLS" }, { "Palestine", "PSE" }, { "Taiwan", "TWN" },
        { "United States", "USA" }, { "United Kingdom", "GBR" }, { "Hong Kong SAR, China", "HKG" },
        { "Macao SAR, China", "MAC" }, { "St. Lucia", "LCA" }, { "St. Kitts and Nevis", "KNA" },
        { "St. Vincent and the Grenadines", "VCT" }, { "Bahamas, The", "BHS" },
        { "Micronesia", "FSM" }, { "Kyrgyzstan", "KGZ" }, { "Turkiye", "TUR" },
      };

      r->countries = g_ptr_array_new_with_free_func (g_free);
      r->by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      r->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      r->strings = g_string_chunk_new (8192);
      load_registry (r);

      add_key (r->by_code, g_strdup ("XKX"), (HcCountry *) &kosovo);
      add_key (r->by_code, g_strdup ("XK"), (HcCountry *) &kosovo);
      add_key (r->by_code, g_strdup ("OWID_KOS"), (HcCountry *) &kosovo);
      add_name (r, "Kosovo", (HcCountry *) &kosovo);
      for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
        {
          HcCountry *country = g_hash_table_lookup (r->by_code, aliases[i].alpha_3);

          if (country != NULL)
            add_name (r, aliases[i].name, country);
        }

      g_once_init_leave (&registry, r);
    }

  return registry;
}

static gpointer
preload_thread (gpointer data)
{
  get_registry ();
  return NULL;
}

void
hc_countries_preload (void)
{
  g_thread_unref (g_thread_new ("hc-countries", preload_thread, NULL));
}

gboolean
hc_countries_available (void)
{
  return get_registry ()->available;
}

const HcCountry *
hc_countries_lookup_code (const char *code)
{
  g_autofree char *key = NULL;

  if (code == NULL || *code == '\0')
    return NULL;

  key = g_ascii_strup (code, -1);
  g_strstrip (key);
  return g_hash_table_lookup (get_registry ()->by_code, key);
}

const HcCountry *
hc_countries_lookup_numeric (int numeric)
{
  GPtrArray *countries = get_registry ()->countries;

  if (numeric <= 0)
    return NULL;

  for (guint i = 0; i < countries->len; i++)
    {
      const HcCountry *country = g_ptr_array_index (countries, i);

      if (country->numeric == numeric)
        return country;
    }

  return NULL;
}

const HcCountry *
hc_countries_lookup_name (const char *name)
{
  g_autofree char *key = NULL;

  if (name == NULL || *name == '\0')
    return NULL;

  key = g_utf8_casefold (name, -1);
  return g_hash_table_lookup (get_registry ()->by_name, key);
}

/* NULL when the user's language has no name of its own for the country:
 * the file's spelling is then the one to show ("Korea, Rep." rather than
 * iso-codes' "Korea, Republic of"). */
const char *
hc_countries_get_name (const HcCountry *country)
{
  const char *name;

  g_return_val_if_fail (country != NULL, NULL);

  if (country == &kosovo)
    {
      name = _("Kosovo");
      return name != kosovo.name && strcmp (name, kosovo.name) != 0 ? name : NULL;
    }
  name = g_dgettext ("iso_3166-1", country->name);
  return name != country->name ? name : NULL;
}

static gboolean
is_world (const char *name,
          const char *code)
{
  return (code != NULL && (g_ascii_strcasecmp (code, "WLD") == 0 ||
                           g_ascii_strcasecmp (code, "OWID_WRL") == 0 ||
                           g_ascii_strcasecmp (code, "WORLD") == 0)) ||
         (name != NULL && g_ascii_strcasecmp (name, "World") == 0);
}

/* Regions and groups that publishers list among countries. A name that
 * is none of these and no country is "other": a group of people, a
 * force, a cause. */
static gboolean
looks_like_aggregate (const char *name)
{
  static const char * const names[] = {
    "Africa", "Asia", "Europe", "Americas", "Oceania", "North America", "South America",
    "Latin America", "Middle East", "Asia & Oceania", "European Union", "Sub-Saharan Africa",
    "Caribbean", "Central America", "Central Asia", "Eastern Europe", "Western Europe",
    "Southern Europe", "Northern Europe", "Eastern Africa", "Western Africa",
    "Northern Africa", "Southern Africa", "Middle Africa", "South-Eastern Asia",
    "Southern Asia", "Eastern Asia", "Western Asia", "Melanesia", "Micronesia (region)",
    "Polynesia", "Australia and New Zealand",
  };
  static const char * const words[] = {
    "income", "countries", "region", "IDA", "IBRD", "dividend", "(excluding", "area",
    "& ", "OECD", "members", "World", "states", "total", "Union", "(WB)", "(UN)", "(WHO)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (name, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

HcEntityKind
hc_countries_classify (const char *name,
                       const char *code)
{
  if (is_world (name, code))
    return HC_ENTITY_WORLD;

  if (code != NULL && *code != '\0')
    {
      if (hc_countries_lookup_code (code) != NULL)
        return HC_ENTITY_COUNTRY;
      /* OWID_* and the World Bank's aggregate codes (ARB, HIC, EUU …) are
       * not countries; any other code is a publisher's own for a place
       * ISO does not list, which says nothing either way. */
      if (g_str_has_prefix (code, "OWID_") || (name != NULL && looks_like_aggregate (name)) ||
          strlen (code) == 3)
        return HC_ENTITY_AGGREGATE;
      return HC_ENTITY_OTHER;
    }

  if (name == NULL)
    return HC_ENTITY_OTHER;
  if (hc_countries_lookup_name (name) != NULL)
    return HC_ENTITY_COUNTRY;
  if (looks_like_aggregate (name))
    return HC_ENTITY_AGGREGATE;

  return HC_ENTITY_OTHER;
}
