/* dl-entities-model.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adds the names the statistical tagger finds to those of the rules. The
 * rules keep what they know best (titles, nationalities, page furniture,
 * headlines, the gazetteer's countries and organisations); the model
 * brings the long tail of names no list holds. A model name is taken
 * only where the rules found nothing, and cleaned as the rules would
 * clean it: a title before it becomes its role, a possessive goes, and
 * furniture or an ordinary capitalised word is never a name.
 */
#include "config.h"

#include <string.h>

#include "dl-entities-private.h"
#include "dl-gazetteer.h"
#include "dl-ner.h"

/* The tagger's words: the finder's tokens, with "Jean-Claude" or
 * "U.S.-backed" joined into one, as CoNLL writes them */
typedef struct
{
  GPtrArray *words;   /* a token's own text, or one of @joined */
  GPtrArray *joined;  /* the words made of several tokens */
  GArray *first;      /* guint: a word's first token */
  GArray *last;       /* guint: the token after a word */
} Words;

static gboolean
joins_next (Finder *f,
            guint   k,
            guint   end)
{
  DlEntityToken *hyphen;

  if (k + 2 >= end)
    return FALSE;
  hyphen = TOK (f, k + 1);
  return dl_entity_token_is_punct (hyphen, "-‐") && !hyphen->space_before
         && !TOK (f, k + 2)->space_before && !TOK (f, k + 2)->newline_before
         && (TOK (f, k)->is_word || TOK (f, k)->is_number)
         && (TOK (f, k + 2)->is_word || TOK (f, k + 2)->is_number);
}

static void
split_words (Finder *f,
             guint   start,
             guint   end,
             Words  *w)
{
  guint k = start;

  while (k < end)
    {
      guint last = k + 1;

      while (joins_next (f, last - 1, end))
        last += 2;
      if (last == k + 1)
        g_ptr_array_add (w->words, TOK (f, k)->text);
      else
        {
          g_ptr_array_add (w->joined, _dl_entities_phrase_of (f, k, last));
          g_ptr_array_add (w->words, g_ptr_array_index (w->joined, w->joined->len - 1));
        }
      g_array_append_val (w->first, k);
      g_array_append_val (w->last, last);
      k = last;
    }
}

gboolean
_dl_entities_overlaps_mention (Finder *f,
                               gsize   start,
                               gsize   end)
{
  for (guint m = 0; m < f->mentions->len; m++)
    {
      DlEntityMention *mention = &g_array_index (f->mentions, DlEntityMention, m);

      if (mention->start < end && start < mention->end)
        return TRUE;
    }
  return FALSE;
}

static const char *
leading_title (Finder *f,
               guint  *i,
               guint   j)
{
  if (!TOK (f, *i)->title_start)
    return NULL;
  for (guint k = MIN (4, j - *i - 1); k > 0; k--)
    {
      g_autofree char *phrase = _dl_entities_phrase_of (f, *i, *i + k);
      const char *title = dl_gazetteer_title (phrase);

      if (title != NULL)
        {
          *i += k;
          return title;
        }
    }
  return NULL;
}

/* The gazetteer knows better what a country or an organisation is */
static DlEntityType
known_type (const char   *text,
            DlEntityType  type,
            const char  **country)
{
  const DlGazetteerEntry *entry = dl_gazetteer_lookup (text);

  *country = NULL;
  if (entry == NULL)
    return type;
  switch (entry->kind)
    {
    case DL_GAZETTEER_COUNTRY:
    case DL_GAZETTEER_DEMONYM:
      *country = entry->canonical;
      return DL_ENTITY_LOCATION;
    case DL_GAZETTEER_PLACE:
      return DL_ENTITY_LOCATION;
    case DL_GAZETTEER_ORGANIZATION:
    case DL_GAZETTEER_ARMED_GROUP:
      return DL_ENTITY_ORGANIZATION;
    case DL_GAZETTEER_GROUP:
    case DL_GAZETTEER_MISC:
    default:
      return DL_ENTITY_MISC;
    }
}

/* A word usually written in lower case, by the counts of the model or
 * the gazetteer's list. What this one text does is no evidence: a
 * company may be named after its trade ("aluminum") */
static gboolean
is_common_word (DlNerModel    *model,
                DlEntityToken *token)
{
  return token->connector || dl_gazetteer_is_common_word (token->text)
         || dl_ner_model_is_common_word (model, token->text);
}

/* Words usually written in lower case put together with capitals
 * ("National Security", "News Enthusiast"), or a list cut by commas, are
 * a heading or a subject more often than a name */
static gboolean
is_common_phrase (Finder     *f,
                  DlNerModel *model,
                  guint       i,
                  guint       j)
{
  for (guint k = i; k < j; k++)
    if (dl_entity_token_is_punct (TOK (f, k), ",;:()\"“”"))
      return TRUE;
  for (guint k = i; k < j; k++)
    if (TOK (f, k)->is_word && !is_common_word (model, TOK (f, k)))
      return FALSE;
  return TRUE;
}

/* A word alone, unknown to the model's gazetteer, is the model's guess
 * from its spelling and neighbours: the rules must vouch for it */
static gboolean
is_vetoed (Finder     *f,
           DlNerModel *model,
           guint       i,
           guint       j,
           const char *text)
{
  if (!TOK (f, i)->capitalised || TOK (f, i)->headline || !TOK (f, i)->in_sentence)
    return TRUE;
  if (dl_gazetteer_is_furniture (text) || dl_gazetteer_title (text) != NULL
      || dl_gazetteer_title (TOK (f, j - 1)->text) != NULL)
    return TRUE;
  if (j == i + 1 && dl_gazetteer_is_direction (text))
    return TRUE;
  if (j == i + 1 && (dl_gazetteer_is_calendar (text) || _dl_entities_is_ordinary_word (f, i, TRUE)))
    return TRUE;
  if (dl_ner_model_knows_name (model, text))
    return FALSE;
  return j == i + 1 || is_common_phrase (f, model, i, j);
}

static void
add_span (Finder       *f,
          DlNerModel   *model,
          guint         i,
          guint         j,
          DlEntityType  type)
{
  DlEntityMention mention = { 0 };
  const char *role = NULL, *country;
  g_autofree char *text = NULL;

  while (j > i && (TOK (f, j - 1)->possessive || !TOK (f, j - 1)->is_word) && !TOK (f, j - 1)->is_number)
    j--;
  if (j > i + 1 && type == DL_ENTITY_PERSON)
    role = leading_title (f, &i, j);
  if (j <= i)
    return;
  text = _dl_entities_phrase_of (f, i, j);
  if (is_vetoed (f, model, i, j, text)
      || _dl_entities_overlaps_mention (f, TOK (f, i)->start, TOK (f, j - 1)->end))
    return;
  mention.start = TOK (f, i)->start;
  mention.end = TOK (f, j - 1)->end;
  mention.type = known_type (text, type, &country);
  mention.role = g_strdup (role);
  mention.country = g_strdup (country);
  mention.text = g_steal_pointer (&text);
  g_array_append_val (f->mentions, mention);
}

static void
tag_sentence (Finder     *f,
              DlNerModel *model,
              guint       start,
              guint       end)
{
  Words w = { g_ptr_array_new (), g_ptr_array_new_with_free_func (g_free),
              g_array_new (FALSE, FALSE, sizeof (guint)), g_array_new (FALSE, FALSE, sizeof (guint)) };
  g_autoptr(GArray) spans = NULL;

  split_words (f, start, end, &w);
  spans = dl_ner_model_find (model, (const char * const *) w.words->pdata, w.words->len);
  for (guint s = 0; s < spans->len; s++)
    {
      DlNerSpan *span = &g_array_index (spans, DlNerSpan, s);

      add_span (f, model, g_array_index (w.first, guint, span->start),
                g_array_index (w.last, guint, span->end - 1), span->type);
    }
  g_ptr_array_unref (w.words);
  g_ptr_array_unref (w.joined);
  g_array_unref (w.first);
  g_array_unref (w.last);
}

gint
_dl_entities_compare_mentions (gconstpointer a,
                               gconstpointer b)
{
  const DlEntityMention *x = a, *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

/* Sentences as the tagger saw them in training: from a sentence start
 * or a new line to the next, outside the sentence spans left out */
void
_dl_entities_add_model_names (Finder *f)
{
  DlNerModel *model = dl_ner_model_get_default ();
  guint start = 0;

  if (model == NULL)
    return;
  for (guint i = 0; i <= f->tokens->len; i++)
    {
      DlEntityToken *token = i < f->tokens->len ? TOK (f, i) : NULL;

      if (token != NULL && token->in_sentence && !token->sentence_start && !token->newline_before)
        continue;
      if (i > start)
        tag_sentence (f, model, start, i);
      start = token != NULL && !token->in_sentence ? i + 1 : i;
    }
  g_array_sort (f->mentions, _dl_entities_compare_mentions);
}
