/* dl-entities.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-entities.h"

static void
clear_mention (gpointer data)
{
  DlEntityMention *mention = data;

  g_clear_pointer (&mention->text, g_free);
  g_clear_pointer (&mention->role, g_free);
  g_clear_pointer (&mention->country, g_free);
}

/* STUB: replaced by the real tagger */
GArray *
dl_entities_find (const char *text,
                  gsize       length,
                  GArray     *sentences)
{
  GArray *mentions = g_array_new (FALSE, TRUE, sizeof (DlEntityMention));

  g_array_set_clear_func (mentions, clear_mention);
  return mentions;
}

GPtrArray *
dl_entities_tag_tokens (const char * const *tokens,
                        guint               n_tokens)
{
  GPtrArray *tags = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_tokens; i++)
    g_ptr_array_add (tags, g_strdup ("O"));
  return tags;
}

const char *
dl_entity_type_to_conll (DlEntityType type)
{
  switch (type)
    {
    case DL_ENTITY_PERSON:
      return "PER";
    case DL_ENTITY_ORGANIZATION:
      return "ORG";
    case DL_ENTITY_LOCATION:
      return "LOC";
    case DL_ENTITY_MISC:
    default:
      return "MISC";
    }
}
