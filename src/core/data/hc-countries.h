/* hc-countries.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Countries as ISO 3166-1 knows them, through Debian's iso-codes (names,
 * codes, and their translations in the gettext domain "iso_3166-1"), and
 * the aggregates that publishers list among them.
 */
#pragma once

#include "hc-table.h"

G_BEGIN_DECLS

typedef struct
{
  const char *alpha_2;
  const char *alpha_3;
  int         numeric;   /* 0 when ISO 3166-1 has none (Kosovo) */
  const char *name;      /* English, as iso-codes spells it */
} HcCountry;

/* By alpha-3 ("DEU"), alpha-2 ("DE"), or a publisher's code for a country
 * ISO 3166-1 does not list ("XKX", "OWID_KOS"): NULL when not a country. */
const HcCountry *hc_countries_lookup_code  (const char      *code);
/* By ISO 3166-1 numeric code (276 for Germany): NULL when none has it. */
const HcCountry *hc_countries_lookup_numeric (int          numeric);
/* By English name, official or common name, case-insensitively. */
const HcCountry *hc_countries_lookup_name  (const char      *name);
/* The country's name in the user's language, or NULL when it has none
 * (in English the file's spelling is kept). */
const char      *hc_countries_get_name     (const HcCountry *country);
HcEntityKind     hc_countries_classify     (const char      *name,
                                            const char      *code);
/* FALSE when iso-codes is not installed: every entity is then "other". */
gboolean         hc_countries_available    (void);
/* Reads iso-codes in a thread of its own, for a program that will need it
 * soon and has other things to do first (a window starting up). */
void             hc_countries_preload      (void);

G_END_DECLS
