/* dl-entities.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-segmenter.h"

G_BEGIN_DECLS

typedef enum
{
  DL_ENTITY_PERSON,
  DL_ENTITY_ORGANIZATION,
  DL_ENTITY_LOCATION,
  DL_ENTITY_MISC,
} DlEntityType;

/**
 * DlEntityMention:
 * @start: first byte of the name (without any title before it)
 * @end: byte after the name
 * @type: what kind of name it is
 * @text: the name as written, possessive "'s" removed
 * @role: (nullable): a title written before the name ("President",
 *   "Secretary of State"), or %NULL
 * @country: (nullable): for a nationality or demonym ("Russian", "U.S."),
 *   the country it stands for ("Russia", "United States"), else %NULL
 */
typedef struct
{
  gsize start;
  gsize end;
  DlEntityType type;
  char *text;
  char *role;
  char *country;
} DlEntityMention;

GArray      *dl_entities_find            (const char         *text,
                                          gsize               length,
                                          GArray             *sentences);
GPtrArray   *dl_entities_tag_tokens      (const char * const *tokens,
                                          guint               n_tokens);
const char  *dl_entity_type_to_conll     (DlEntityType        type);

G_END_DECLS
