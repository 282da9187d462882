/* dl-gazetteer.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DL_GAZETTEER_COUNTRY,
  DL_GAZETTEER_DEMONYM,
  DL_GAZETTEER_PLACE,
  DL_GAZETTEER_ORGANIZATION,
  DL_GAZETTEER_GROUP,
  DL_GAZETTEER_MISC,
  DL_GAZETTEER_ARMED_GROUP,
} DlGazetteerKind;

/**
 * DlGazetteerEntry:
 * @kind: what the name is
 * @canonical: the name the entry stands for: the country of a demonym
 *   ("Russian" → "Russia"), the full name of an acronym ("UN" →
 *   "United Nations"), or the name itself
 *
 * An armed group (%DL_GAZETTEER_ARMED_GROUP) is named like an
 * organisation, and acts as a group.
 */
typedef struct
{
  DlGazetteerKind kind;
  const char *canonical;
} DlGazetteerEntry;

/* The longest phrase, in words, that the gazetteer knows */
#define DL_GAZETTEER_MAX_WORDS 5

const DlGazetteerEntry *dl_gazetteer_lookup         (const char *phrase);
gboolean                dl_gazetteer_is_first_name  (const char *word);
gboolean                dl_gazetteer_is_common_word (const char *word);
gboolean                dl_gazetteer_is_org_word    (const char *word);
gboolean                dl_gazetteer_is_place_word  (const char *word);
gboolean                dl_gazetteer_is_direction   (const char *word);
gboolean                dl_gazetteer_is_calendar    (const char *word);
gboolean                dl_gazetteer_is_connector   (const char *word);
const char             *dl_gazetteer_title          (const char *phrase);
gboolean                dl_gazetteer_is_furniture   (const char *phrase);
const char             *dl_gazetteer_group_phrase   (const char *phrase);

gboolean dl_gazetteer_may_start_title        (const char *word);
gboolean dl_gazetteer_may_start_furniture    (const char *word);
gboolean dl_gazetteer_may_start_group_phrase (const char *word);

G_END_DECLS
