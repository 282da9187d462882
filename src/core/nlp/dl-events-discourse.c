/* dl-events-discourse.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Participants that a sentence leaves to the ones before it: "the two
 * leaders" are the two people the text has just been about, and whoever denies
 * something without saying to whom answers the one who just asked ("Trump
 * pressed Putin on meddling. Putin denied it.").
 */
#include "config.h"

#include <string.h>

#include "dl-actor.h"
#include "dl-event-mention.h"
#include "dl-events-discourse.h"
#include "dl-lexicon.h"

/* How far back "the two leaders" may look for their names */
#define PAIR_SENTENCES 8

/* "the two leaders", "both presidents", "the two men" */
static gboolean
has_pair_phrase (DlSentence *s,
                 guint       from,
                 guint       to)
{
  static const char * const people[] = {
    "leaders", "men", "presidents", "heads", "ministers", "women", "statesmen",
  };

  for (guint i = from; i + 1 < to; i++)
    {
      const char *w = dl_sentence_word (s, i);
      guint noun = i + 1;

      if (strcmp (w, "two") == 0 && i > 0 && strcmp (dl_sentence_word (s, i - 1), "the") == 0)
        noun = i + 1;
      else if (strcmp (w, "both") != 0)
        continue;
      if (dl_lexicon_word_in (dl_sentence_word (s, noun), people, G_N_ELEMENTS (people)))
        return TRUE;
    }
  return FALSE;
}

static DlActor *
person_of (DlArticleAnalysis *a,
           guint              mention)
{
  DlActor *actor = mention < a->mention_actors->len ? g_ptr_array_index (a->mention_actors, mention) : NULL;

  return actor != NULL && dl_actor_get_kind (actor) == DL_ACTOR_KIND_PERSON ? actor : NULL;
}

typedef struct
{
  guint count;
  guint last;
} Named;

/* How often, and how lately, each person is named between @earliest
 * and @before */
static GHashTable *
count_people (DlArticleAnalysis *a,
              gsize              earliest,
              gsize              before)
{
  GHashTable *counts = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint m = 0; m < a->mentions->len; m++)
    {
      DlEntityMention *mention = &g_array_index (a->mentions, DlEntityMention, m);
      DlActor *actor = person_of (a, m);
      Named *named;

      if (mention->end > before)
        break;
      if (mention->start < earliest || actor == NULL)
        continue;
      named = g_hash_table_lookup (counts, actor);
      if (named == NULL)
        {
          named = g_new0 (Named, 1);
          g_hash_table_insert (counts, actor, named);
        }
      named->count++;
      named->last = m;
    }
  return counts;
}

/* The most named, and of those named as often the latest */
static DlActor *
most_named (GHashTable *counts,
            DlActor    *besides)
{
  GHashTableIter iter;
  gpointer actor, value;
  DlActor *best = NULL;
  Named *best_named = NULL;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &actor, &value))
    {
      Named *named = value;

      if (actor == besides)
        continue;
      if (best_named == NULL || named->count > best_named->count
          || (named->count == best_named->count && named->last > best_named->last))
        {
          best = actor;
          best_named = named;
        }
    }
  return best;
}

static gboolean
add_pair (GPtrArray *subjects,
          DlActor   *first,
          DlActor   *second)
{
  if (!g_ptr_array_find (subjects, first, NULL))
    g_ptr_array_add (subjects, first);
  if (!g_ptr_array_find (subjects, second, NULL))
    g_ptr_array_add (subjects, second);
  return TRUE;
}

/**
 * dl_events_add_named_pair:
 * @from: first token of the event's clause
 * @to: the token after it
 * @subjects: (element-type DlActor): the event's actors, added to
 *
 * When the clause speaks of "the two leaders", adds the two people of
 * the last event that had two (@s->pair), or else the two people the
 * text has named most in the sentences before it: a passer-by named
 * once in between is not one of the two.
 *
 * Returns: %TRUE when actors were added
 */
gboolean
dl_events_add_named_pair (DlSentence *s,
                          guint       from,
                          guint       to,
                          GPtrArray  *subjects)
{
  DlArticleAnalysis *a;
  g_autoptr(GHashTable) counts = NULL;
  DlActor *first, *second;
  gsize earliest;

  g_return_val_if_fail (s != NULL && subjects != NULL, FALSE);

  a = s->analysis;
  if (a->mentions == NULL || !has_pair_phrase (s, from, to))
    return FALSE;
  if (s->pair != NULL && s->pair->len >= 2)
    return add_pair (subjects, g_ptr_array_index (s->pair, 0), g_ptr_array_index (s->pair, 1));
  earliest = g_array_index (a->sentences, DlSpan, s->index >= PAIR_SENTENCES ? s->index - PAIR_SENTENCES : 0).start;
  counts = count_people (a, earliest, dl_sentence_token (s, from)->start);
  first = most_named (counts, NULL);
  second = first != NULL ? most_named (counts, first) : NULL;
  if (second == NULL)
    return FALSE;
  return add_pair (subjects, first, second);
}

/**
 * dl_events_is_reply_verb:
 * @lemma: a predicate
 *
 * Returns: whether the event answers someone ("deny", "reply")
 */
gboolean
dl_events_is_reply_verb (const char *lemma)
{
  static const char * const replies[] = { "deny", "reply", "respond", "answer", "refute", "dismiss" };

  g_return_val_if_fail (lemma != NULL, FALSE);

  return dl_lexicon_word_in (lemma, replies, G_N_ELEMENTS (replies));
}

static DlActor *
argument_actor (DlArticleAnalysis     *a,
                const DlEventArgument *arg)
{
  return arg->mention >= 0 ? person_of (a, arg->mention) : NULL;
}

/* "Putin", "him", "the Russian president": the denier, or words that
 * can stand for him and name nobody else */
static gboolean
stands_for (DlArticleAnalysis     *a,
            DlParsedSentence      *p,
            const DlEventArgument *arg,
            DlActor               *denier)
{
  DlActor *actor = argument_actor (a, arg);
  g_autofree char *lemma = NULL;

  if (actor != NULL)
    return actor == denier;
  if (arg->mention >= 0 && dl_actor_get_kind (g_ptr_array_index (a->mention_actors, arg->mention)) == DL_ACTOR_KIND_PERSON)
    return FALSE;
  lemma = g_ascii_strdown (p->lemmas[arg->head], -1);
  return p->tags[arg->head] == DL_UPOS_PRON || dl_lexicon_is_role_noun (lemma);
}

/* Whether @denier is acted on in @m; if so, @agent is the person who
 * acts, if any */
static gboolean
asks (DlArticleAnalysis    *a,
      DlParsedSentence     *p,
      const DlEventMention *m,
      DlActor              *denier,
      DlActor             **agent)
{
  gboolean asked = FALSE;

  *agent = NULL;
  for (guint i = 0; i < m->arguments->len; i++)
    {
      const DlEventArgument *arg = &g_array_index (m->arguments, DlEventArgument, i);

      if (arg->role == DL_ARGUMENT_AGENT && *agent == NULL)
        *agent = argument_actor (a, arg);
      /* "asked the president about it": the one asked may be read as
       * the indirect object */
      else if ((arg->role == DL_ARGUMENT_PATIENT || (arg->role == DL_ARGUMENT_OTHER && arg->preposition == NULL))
               && stands_for (a, p, arg, denier))
        asked = TRUE;
    }
  return asked;
}

/**
 * dl_events_find_asker:
 * @s: the sentence of a reply or a denial
 * @denier: who replies or denies
 *
 * Returns: (transfer none) (nullable): the person who, in the event
 *   the sentence before tells last with @denier as its patient, acted on
 *   @denier ("Trump" in "Trump asked the Russian president about it");
 *   %NULL when that event has no such agent
 */
DlActor *
dl_events_find_asker (DlSentence *s,
                      DlActor    *denier)
{
  g_autoptr(GArray) mentions = NULL;
  DlParsedSentence *p;

  g_return_val_if_fail (s != NULL && denier != NULL, NULL);

  if (s->index == 0)
    return NULL;
  p = dl_article_analysis_get_parse (s->analysis, s->index - 1);
  if (p == NULL)
    return NULL;
  mentions = dl_event_mentions_find_in (s->analysis, s->index - 1);
  for (guint k = mentions->len; k > 0; k--)
    {
      const DlEventMention *m = &g_array_index (mentions, DlEventMention, k - 1);
      DlActor *agent;

      if (m->noun || m->predicate >= 0 || !asks (s->analysis, p, m, denier, &agent))
        continue;
      return agent != denier ? agent : NULL;
    }
  return NULL;
}
