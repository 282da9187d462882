/* dl-entities-groups.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Groups named by common nouns: "rebel forces", "government troops",
 * "protesters". They are no names, and neither the rules for capitalised
 * words nor the tagger see them, yet a reader counts them among the
 * actors. Only the phrases the gazetteer lists are taken, so that a bare
 * plural ("people", "leaders") never becomes an actor.
 */
#include "config.h"

#include "dl-entities-private.h"
#include "dl-gazetteer.h"

/* "pro-government forces" is four tokens */
#define MAX_GROUP_TOKENS 4

/* "anti-government forces": a phrase inside a hyphenated word is no
 * phrase of its own */
static gboolean
is_glued (Finder *f,
          guint   i)
{
  return i < f->tokens->len && !TOK (f, i)->space_before
         && dl_entity_token_is_punct (TOK (f, i), "-‐");
}

/* Lower case, but for the first word of a sentence: "Rebel forces" */
static gboolean
is_phrase_word (Finder *f,
                guint   i,
                guint   first)
{
  DlEntityToken *token = TOK (f, i);

  if (!token->in_sentence || token->headline)
    return FALSE;
  if (i > first && (token->sentence_start || token->newline_before))
    return FALSE;
  return token->lower || (i == first && token->sentence_start && token->capitalised)
         || dl_entity_token_is_punct (token, "-‐");
}

static guint
match_group_phrase (Finder *f,
                    guint   i)
{
  guint max = MIN (MAX_GROUP_TOKENS, f->tokens->len - i);

  if ((i > 0 && is_glued (f, i - 1)) || !dl_gazetteer_may_start_group_phrase (TOK (f, i)->text))
    return 0;
  for (guint k = max; k > 0; k--)
    {
      g_autofree char *phrase = NULL;
      gboolean words_only = TRUE;

      for (guint n = i; n < i + k && words_only; n++)
        words_only = is_phrase_word (f, n, i);
      if (!words_only || !TOK (f, i + k - 1)->is_word || is_glued (f, i + k))
        continue;
      phrase = _dl_entities_phrase_of (f, i, i + k);
      if (dl_gazetteer_group_phrase (phrase) != NULL)
        return k;
    }
  return 0;
}

static void
add_group (Finder *f,
           guint   i,
           guint   j)
{
  DlEntityMention mention = { 0 };

  mention.start = TOK (f, i)->start;
  mention.end = TOK (f, j - 1)->end;
  mention.type = DL_ENTITY_MISC;
  mention.text = _dl_entities_phrase_of (f, i, j);
  g_array_append_val (f->mentions, mention);
}

void
_dl_entities_add_group_phrases (Finder *f)
{
  guint n_before = f->mentions->len;
  guint i = 0;

  while (i < f->tokens->len)
    {
      guint k = TOK (f, i)->is_word ? match_group_phrase (f, i) : 0;

      if (k > 0 && !_dl_entities_overlaps_mention (f, TOK (f, i)->start,
                                                   TOK (f, i + k - 1)->end))
        add_group (f, i, i + k);
      i += MAX (k, 1);
    }
  if (f->mentions->len > n_before)
    g_array_sort (f->mentions, _dl_entities_compare_mentions);
}
