/* dl-entities-conll.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entity finder seen through CoNLL-2003 glasses: one BIO tag per
 * token of a pre-tokenised sentence.
 */
#include "config.h"

#include "dl-entities.h"
#include "dl-gazetteer.h"
#include "dl-ner.h"

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

/* CoNLL tags a nationality ("Russian") as MISC, its country as LOC */
static const char *
conll_type (const DlEntityMention *mention)
{
  const DlGazetteerEntry *entry;

  if (mention->type == DL_ENTITY_LOCATION && mention->country != NULL)
    {
      entry = dl_gazetteer_lookup (mention->text);
      if (entry != NULL && entry->kind == DL_GAZETTEER_DEMONYM)
        return "MISC";
    }
  return dl_entity_type_to_conll (mention->type);
}

/* "rebel forces" is an actor but no name: CoNLL leaves it out */
static void
drop_group_phrases (GArray *mentions)
{
  for (guint i = mentions->len; i > 0; i--)
    {
      DlEntityMention *mention = &g_array_index (mentions, DlEntityMention, i - 1);

      if (g_unichar_islower (g_utf8_get_char (mention->text))
          && dl_gazetteer_group_phrase (mention->text) != NULL)
        g_array_remove_index (mentions, i - 1);
    }
}

/**
 * dl_entities_tag_tokens:
 * @tokens: (array length=n_tokens): the words of one sentence
 * @n_tokens: how many
 *
 * Tags the words with the statistical model when there is one; without
 * it, runs the rules of dl_entities_find() on the words joined by spaces
 * and maps the names back onto the words.
 *
 * Returns: (transfer full) (element-type utf8): one tag per token:
 *   "O", "B-PER", "I-PER", ... (types PER, ORG, LOC, MISC)
 */
GPtrArray *
dl_entities_tag_tokens (const char * const *tokens,
                        guint               n_tokens)
{
  GPtrArray *tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree gsize *starts = g_new0 (gsize, n_tokens + 1);
  g_autoptr(GArray) mentions = NULL;
  guint m = 0;
  gint last_mention = -1;

  g_return_val_if_fail (tokens != NULL || n_tokens == 0, tags);

  if (dl_ner_model_get_default () != NULL)
    {
      g_ptr_array_unref (tags);
      return dl_ner_model_tag (dl_ner_model_get_default (), tokens, n_tokens);
    }
  for (guint i = 0; i < n_tokens; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      starts[i] = text->len;
      g_string_append (text, tokens[i]);
    }
  starts[n_tokens] = text->len + 1;
  mentions = dl_entities_find (text->str, text->len, NULL);
  drop_group_phrases (mentions);
  for (guint i = 0; i < n_tokens; i++)
    {
      gsize end = starts[i + 1] - 1;
      DlEntityMention *mention;

      while (m < mentions->len && g_array_index (mentions, DlEntityMention, m).end <= starts[i])
        m++;
      mention = m < mentions->len ? &g_array_index (mentions, DlEntityMention, m) : NULL;
      if (mention == NULL || mention->start >= end)
        {
          g_ptr_array_add (tags, g_strdup ("O"));
          continue;
        }
      g_ptr_array_add (tags, g_strdup_printf ("%s-%s", last_mention == (gint) m ? "I" : "B",
                                              conll_type (mention)));
      last_mention = m;
    }
  return tags;
}
