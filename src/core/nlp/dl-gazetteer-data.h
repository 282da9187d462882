/* dl-gazetteer-data.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tables of dl-gazetteer-data.c, read only by dl-gazetteer.c.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  const char *aliases;
  const char *demonyms;
} DlGazetteerCountry;

extern const DlGazetteerCountry dl_gazetteer_countries[];
extern const char * const dl_gazetteer_places[];
extern const char * const dl_gazetteer_organizations[];
extern const char * const dl_gazetteer_armed_groups[];
extern const char * const dl_gazetteer_group_phrases[];
extern const char * const dl_gazetteer_groups[];
extern const char * const dl_gazetteer_misc[];
extern const char * const dl_gazetteer_first_names[];
extern const char * const dl_gazetteer_common_words[];
extern const char * const dl_gazetteer_org_words[];
extern const char * const dl_gazetteer_place_words[];
extern const char * const dl_gazetteer_directions[];
extern const char * const dl_gazetteer_calendar[];
extern const char * const dl_gazetteer_connectors[];
extern const char * const dl_gazetteer_titles[];
extern const char * const dl_gazetteer_furniture[];

G_END_DECLS
