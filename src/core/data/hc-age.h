/* hc-age.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Age bands and sexes as publishers write them: "0-4", "0–4", "85+",
 * "Under 5", "<1 year old", "95 and over"; 1/2, M/F, Males/Females.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HC_AGE_INVALID,   /* not an age: "abc" */
  HC_AGE_BAND,      /* a band: [low, high), high INFINITY when open */
  HC_AGE_ALL,       /* "Total", "All ages": the sum of the bands */
  HC_AGE_UNKNOWN,   /* "Unknown", "Not stated" */
} HcAgeKind;

typedef struct
{
  double low;       /* years, included */
  double high;      /* years, excluded; INFINITY for "85+" */
} HcAgeBand;

HcAgeKind   hc_age_parse          (const char      *text,
                                   HcAgeBand       *band);
/* Youngest first: by the band's start, then its end. */
int         hc_age_band_compare   (const HcAgeBand *a,
                                   const HcAgeBand *b);

typedef enum
{
  HC_SEX_INVALID,
  HC_SEX_MALE,
  HC_SEX_FEMALE,
  HC_SEX_TOTAL,     /* "Total", "Both sexes": not a side of a pyramid */
  HC_SEX_UNKNOWN,   /* "Unknown", "Not stated", 9 */
} HcSex;

/* A value of a sex column: 1/2 (census convention, 1 = male), M/F,
 * male/female, Males/Females, any case. */
HcSex       hc_sex_parse          (const char      *text);
/* The sex a measure is of, from its name: "PopMale", "PopFemale",
 * "Male (number of deaths)", "Females"; HC_SEX_INVALID when the name
 * names none. */
HcSex       hc_sex_from_name      (const char      *name);

G_END_DECLS
