/* dl-events-syntax.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the timeline's event extractor takes from the event mentions of
 * the parse (dl-event-mention.h): whether an event word only sets the
 * scene ("during the meeting"), which dates of the sentence belong to
 * another event ("the 2016 elections", "to take effect next week"), and
 * the participants the parse finds by their roles.
 */
#include "config.h"

#include <string.h>

#include "dl-events-syntax.h"

/**
 * dl_events_mention_at:
 * @token: a token of the sentence (dl_sentence_token())
 *
 * Returns: (nullable): the event mention whose trigger overlaps the token
 */
const DlEventMention *
dl_events_mention_at (DlSentence *s,
                      guint       token)
{
  const DlSpan *t;
  DlParsedSentence *p;

  g_return_val_if_fail (s != NULL, NULL);

  /* Tagging and parsing cost more than the rest of the extractor: only
   * the sentences with an event word pay for it */
  if (s->mentions == NULL)
    s->mentions = dl_event_mentions_find_in (s->analysis, s->index);
  if (s->mentions->len == 0)
    return NULL;
  t = dl_sentence_token (s, token);
  p = dl_article_analysis_get_parse (s->analysis, s->index);
  for (guint k = 0; k < s->mentions->len; k++)
    {
      const DlEventMention *m = &g_array_index (s->mentions, DlEventMention, k);
      const DlSpan *light = m->light >= 0 ? &p->tokens[m->light] : NULL;

      if ((m->start < t->end && t->start < m->end)
          || (light != NULL && light->start < t->end && t->start < light->end))
        return m;
    }
  return NULL;
}

/* "During the meeting an agreement was struck": an event noun in an
 * adverbial phrase is when or where the news happened, not the news */
gboolean
dl_events_is_setting (DlSentence           *s,
                      const DlEventMention *m)
{
  DlParsedSentence *p;
  const char *rel;

  g_return_val_if_fail (s != NULL && m != NULL, FALSE);

  p = dl_article_analysis_get_parse (s->analysis, s->index);
  rel = p->deps[m->token].deprel;
  return m->noun && m->light < 0 && (strncmp (rel, "obl", 3) == 0 || strncmp (rel, "advcl", 5) == 0);
}

/* Whether @governor is @m or one of the mentions @m hangs from */
static gboolean
governs (DlSentence           *s,
         const DlEventMention *m,
         guint                 governor)
{
  gint at = m - &g_array_index (s->mentions, DlEventMention, 0);

  for (guint steps = 0; at >= 0 && steps <= s->mentions->len; steps++)
    {
      if ((guint) at == governor)
        return TRUE;
      at = g_array_index (s->mentions, DlEventMention, at).governor;
    }
  return FALSE;
}

/**
 * dl_events_timex_elsewhere:
 * @m: the event's mention
 * @timex: index of a timex of the sentence
 *
 * Returns: %TRUE when the parse attaches the timex to another event of
 *   the sentence, one that @m does not hang from ("meddling in the 2016
 *   elections", "a ceasefire, set to take effect next week")
 */
gboolean
dl_events_timex_elsewhere (DlSentence           *s,
                           const DlEventMention *m,
                           guint                 timex)
{
  g_return_val_if_fail (s != NULL && m != NULL, FALSE);

  /* "an agreement reached in 1991": the date told of the noun is its own */
  if (m->timex == (gint) timex)
    return FALSE;
  for (guint k = 0; k < s->mentions->len; k++)
    {
      const DlEventMention *other = &g_array_index (s->mentions, DlEventMention, k);

      if ((other->timex == (gint) timex && other->anchor == DL_ANCHOR_CLAUSE)
          || other->duration == (gint) timex)
        return !governs (s, m, k);
    }
  return FALSE;
}

static DlActor *
actor_of (DlSentence            *s,
          const DlEventArgument *arg)
{
  GPtrArray *actors = s->analysis->mention_actors;

  if (arg->mention < 0 || (guint) arg->mention >= actors->len)
    return NULL;
  return g_ptr_array_index (actors, arg->mention);
}

static gboolean
is_companion (const DlEventArgument *arg)
{
  return arg->preposition != NULL
         && (g_ascii_strcasecmp (arg->preposition, "with") == 0 || g_ascii_strcasecmp (arg->preposition, "between") == 0);
}

/* The actor named at token @k of the parse, or NULL */
static DlActor *
actor_at_token (DlArticleAnalysis *a,
                DlParsedSentence  *p,
                guint              k)
{
  for (guint i = 0; a->mentions != NULL && i < a->mentions->len; i++)
    {
      DlEntityMention *e = &g_array_index (a->mentions, DlEntityMention, i);

      if (e->start <= p->tokens[k].start && p->tokens[k].end <= e->end)
        return i < a->mention_actors->len ? g_ptr_array_index (a->mention_actors, i) : NULL;
    }
  return NULL;
}

/* "signed a pact with Russia", "opened its border with Austria": the
 * one a thing was done with, named in the object's own phrase */
static void
add_object_companions (DlSentence           *s,
                       const DlEventMention *m,
                       DlSpan                clause,
                       GPtrArray            *subjects,
                       GPtrArray            *objects)
{
  DlParsedSentence *p = dl_article_analysis_get_parse (s->analysis, s->index);
  gint object = m->noun || m->predicate >= 0 ? -1 : dl_parsed_sentence_child (p, m->token, "obj");

  if (object < 0 || p->tokens[object].start < clause.start)
    return;
  for (guint k = object + 1; k < p->n && p->tokens[k].end <= clause.end; k++)
    {
      gint c;
      DlActor *actor;

      if (p->deps[k].head != object || !dl_parsed_sentence_has_rel (p, k, "nmod"))
        continue;
      c = dl_parsed_sentence_child (p, k, "case");
      if (c < 0 || (g_ascii_strcasecmp (p->lemmas[c], "with") != 0 && g_ascii_strcasecmp (p->lemmas[c], "between") != 0))
        continue;
      actor = actor_at_token (s->analysis, p, k);
      if (actor != NULL && !g_ptr_array_find (subjects, actor, NULL) && !g_ptr_array_find (objects, actor, NULL))
        g_ptr_array_add (objects, actor);
    }
}

static gboolean
is_demonym_modifier (DlSentence *s,
                     gint        mention,
                     DlActor    *actor)
{
  DlEntityMention *e = &g_array_index (s->analysis->mentions, DlEntityMention, mention);

  /* "Austria" may carry its own name as its country */
  return e->country != NULL && g_strcmp0 (e->country, e->text) != 0
         && dl_sentence_mention_is_modifier (s, e, actor);
}

/**
 * dl_events_add_arguments:
 * @clause: the bytes of the event's clause; arguments outside it are
 *   left out, as a comparison ("unlike Obama") is
 * @subjects: (element-type DlActor): the actors who act, added to
 * @objects: (element-type DlActor): those acted on or with, added to
 *
 * Adds the actors the parse finds as the event's agents, patients and
 * companions ("met with Putin"), when they are not there yet. Places and
 * other phrases after a preposition are left to the caller.
 */
void
dl_events_add_arguments (DlSentence           *s,
                         const DlEventMention *m,
                         DlSpan                clause,
                         GPtrArray            *subjects,
                         GPtrArray            *objects)
{
  g_return_if_fail (s != NULL && m != NULL);

  for (guint i = 0; i < m->arguments->len; i++)
    {
      const DlEventArgument *arg = &g_array_index (m->arguments, DlEventArgument, i);
      DlActor *actor = actor_of (s, arg);

      /* "East German Prime Minister Hans Modrow": the demonym only says
       * whose minister, whatever the parse made of it */
      if (actor != NULL && is_demonym_modifier (s, arg->mention, actor))
        continue;
      if (actor == NULL || arg->start < clause.start || arg->end > clause.end
          || arg->role == DL_ARGUMENT_PLACE || (arg->role == DL_ARGUMENT_OTHER && !is_companion (arg))
          || g_ptr_array_find (subjects, actor, NULL) || g_ptr_array_find (objects, actor, NULL))
        continue;
      g_ptr_array_add (arg->role == DL_ARGUMENT_AGENT ? subjects : objects, actor);
    }
  add_object_companions (s, m, clause, subjects, objects);
}

static gboolean
is_speech (DlParsedSentence *p,
           guint             i)
{
  static const char * const telling[] = { "announce", "declare", "reveal", "confirm", "say", "tell" };

  for (guint w = 0; w < G_N_ELEMENTS (telling); w++)
    if (g_ascii_strcasecmp (p->lemmas[i], telling[w]) == 0)
      return TRUE;
  return dl_lexicon_event_kind (p->lemmas[i]) == DL_EVENT_KIND_REPORTING;
}

/**
 * dl_events_is_subordinate:
 *
 * Returns: %TRUE when the event is told in a clause that only adds to
 *   another ("since the Wall fell", "who met Bush"); what a reporting
 *   verb reports ("said that they met") is the news, not a subordinate
 */
gboolean
dl_events_is_subordinate (DlSentence           *s,
                          const DlEventMention *m)
{
  static const char * const adding[] = { "advcl", "acl", "csubj" };
  DlParsedSentence *p;
  gint at;

  g_return_val_if_fail (s != NULL && m != NULL, FALSE);

  p = dl_article_analysis_get_parse (s->analysis, s->index);
  at = m->light >= 0 ? m->light : (gint) m->token;
  for (guint steps = 0; at >= 0 && steps < p->n; steps++)
    {
      gint head = p->deps[at].head;

      for (guint r = 0; r < G_N_ELEMENTS (adding); r++)
        if (dl_parsed_sentence_has_rel (p, at, adding[r]))
          return TRUE;
      if (dl_parsed_sentence_has_rel (p, at, "ccomp") && head >= 0 && !is_speech (p, head))
        return TRUE;
      at = head;
    }
  return FALSE;
}

/* "the 2016 elections": a date inside an event noun's own phrase names
 * which one it is; it does not make the noun the news of the day */
gboolean
dl_events_timex_modifies (DlSentence           *s,
                          const DlEventMention *m)
{
  const DlTimex *x;

  g_return_val_if_fail (s != NULL && m != NULL, FALSE);

  if (!m->noun || m->timex < 0 || m->anchor != DL_ANCHOR_CLAUSE)
    return FALSE;
  x = &g_array_index (s->analysis->timexes, DlTimex, m->timex);
  return x->end <= m->start;
}
