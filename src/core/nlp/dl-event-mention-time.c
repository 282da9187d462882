/* dl-event-mention-time.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When an event mention happened, from the tree: a date belongs to the
 * nearest event word above it ("met on Friday", "the 2016 elections"),
 * so that a date inside a noun phrase dates that noun's event and not
 * the sentence's; a duration above it is the event's extent ("talked
 * for over two hours"). An event without a date of its own takes the
 * date of the clause it hangs from ("agreed on Friday to meet"), of the
 * participle that tells it ("an agreement reached in 1991") or of the
 * verb that says when it starts ("the trial is set to begin on
 * Wednesday"). A duration before "before" or "after" measures the gap
 * to the event that follows ("two days before the phone launches"),
 * and a date the parse hangs from no event word dates the sentence's
 * main event ("Yesterday, at the conference, Jobs unveiled ...").
 */
#include "config.h"

#include <string.h>

#include "dl-event-mention-private.h"

/* The timex's own head: its token whose head lies outside it */
static gint
timex_head (DlParsedSentence *p,
            const DlTimex    *x)
{
  gint first = -1, last = -1;

  for (guint i = 0; i < p->n; i++)
    if (p->tokens[i].start >= x->start && p->tokens[i].end <= x->end)
      {
        if (first < 0)
          first = i;
        last = i;
      }
  for (gint i = first; i >= 0 && i <= last; i++)
    if (p->deps[i].head < first || p->deps[i].head > last)
      return i;
  return -1;
}

/* The mention that the timex's head hangs from, nearest first */
static gint
governing_mention (DlParsedSentence *p,
                   const gint       *by_token,
                   gint              at)
{
  for (guint steps = 0; at >= 0 && steps < p->n; steps++)
    {
      at = p->deps[at].head;
      if (at >= 0 && by_token[at] >= 0)
        return by_token[at];
    }
  return -1;
}

static gint *
index_tokens (DlParsedSentence *p,
              GArray           *mentions)
{
  gint *by_token = g_new (gint, p->n + 1);

  for (guint i = 0; i < p->n; i++)
    by_token[i] = -1;
  for (guint k = 0; k < mentions->len; k++)
    {
      DlEventMention *m = &g_array_index (mentions, DlEventMention, k);

      by_token[m->token] = k;
      if (m->light >= 0)
        by_token[m->light] = k;
      if (m->predicate >= 0 && by_token[m->predicate] < 0)
        by_token[m->predicate] = k;
    }
  return by_token;
}

static void
attach (DlEventMention *m,
        const DlTimex  *x,
        guint           timex)
{
  if (x->type == DL_TIMEX_DURATION)
    {
      if (m->duration < 0)
        m->duration = timex;
    }
  else if ((x->type == DL_TIMEX_DATE || x->type == DL_TIMEX_TIME) && m->timex < 0)
    {
      m->timex = timex;
      m->anchor = DL_ANCHOR_CLAUSE;
    }
}

/* "He fought it in 2004 and took time off in 2009, later revealing
 * ...": what hangs from a coordination after its last dated conjunct
 * follows that conjunct, not the first */
static gint
dated_conjunct (DlParsedSentence *p,
                GArray           *mentions,
                const gint       *by_token,
                gint              governor,
                guint             before)
{
  const DlEventMention *up = &g_array_index (mentions, DlEventMention, governor);
  gint best = governor;

  for (guint k = up->token + 1; k < before; k++)
    if (p->deps[k].head == (gint) up->token && dl_parsed_sentence_has_rel (p, k, "conj") && by_token[k] >= 0
        && g_array_index (mentions, DlEventMention, by_token[k]).anchor == DL_ANCHOR_CLAUSE)
      best = by_token[k];
  return best;
}

/* A mention without a date of its own takes its governor's, unless
 * it is told as a gap from it ("two days before the phone launches") */
static void
inherit (DlParsedSentence *p,
         GArray           *mentions,
         const gint       *by_token,
         const gboolean   *gapped)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      DlEventMention *m = &g_array_index (mentions, DlEventMention, k);
      guint from = m->token;
      gint g = gapped[k] ? -1 : m->governor;

      for (guint steps = 0; m->timex < 0 && g >= 0 && steps < mentions->len; steps++)
        {
          DlEventMention *up;

          if (!dl_parsed_sentence_has_rel (p, from, "conj"))
            g = dated_conjunct (p, mentions, by_token, g, from);
          up = &g_array_index (mentions, DlEventMention, g);
          if (up->anchor == DL_ANCHOR_CLAUSE)
            {
              m->timex = up->timex;
              m->anchor = DL_ANCHOR_GOVERNOR;
            }
          from = up->token;
          g = up->governor;
        }
    }
}

static gboolean
takes_place (const DlEventMention *m)
{
  static const char * const verbs[] = { "happen", "occur", "hold", "schedule", "take" };

  if (m->kind == DL_EVENT_KIND_ASPECTUAL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_ascii_strcasecmp (m->lemma, verbs[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The dated mention that says when the event noun at @noun happens: a
 * participle that hangs from it ("an agreement reached in 1991"), or a
 * verb of starting or taking place it is the subject of, down a chain
 * of complements ("the trial is set to begin on Wednesday") */
static gint
telling_mention (DlParsedSentence *p,
                 GArray           *mentions,
                 const gint       *by_token,
                 guint             noun)
{
  gint head = p->deps[noun].head;

  for (guint k = 0; k < p->n; k++)
    if (p->deps[k].head == (gint) noun && dl_parsed_sentence_has_rel (p, k, "acl") && by_token[k] >= 0
        && g_array_index (mentions, DlEventMention, by_token[k]).anchor == DL_ANCHOR_CLAUSE)
      return by_token[k];
  /* The parse often hangs "signed in 1991" from the verb before the
   * noun; a participle right after the noun is still the noun's */
  if (noun + 1 < p->n && by_token[noun + 1] >= 0 && p->tags[noun + 1] == DL_UPOS_VERB
      && dl_parsed_sentence_has_rel (p, noun + 1, "xcomp") && g_str_has_suffix (p->words[noun + 1], "ed")
      && g_array_index (mentions, DlEventMention, by_token[noun + 1]).anchor == DL_ANCHOR_CLAUSE)
    return by_token[noun + 1];
  if (head < 0 || !dl_parsed_sentence_has_rel (p, noun, "nsubj"))
    return -1;
  for (guint steps = 0; head >= 0 && steps < p->n; steps++)
    {
      gint k = by_token[head];

      if (k >= 0 && takes_place (&g_array_index (mentions, DlEventMention, k))
          && g_array_index (mentions, DlEventMention, k).anchor == DL_ANCHOR_CLAUSE)
        return k;
      head = dl_parsed_sentence_child (p, head, "xcomp");
    }
  return -1;
}

static void
date_event_nouns (DlParsedSentence *p,
                  GArray           *mentions,
                  const gint       *by_token)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      DlEventMention *m = &g_array_index (mentions, DlEventMention, k);
      gint from;

      if (!m->noun || m->timex >= 0)
        continue;
      from = telling_mention (p, mentions, by_token, m->token);
      if (from < 0)
        continue;
      m->timex = g_array_index (mentions, DlEventMention, from).timex;
      m->anchor = DL_ANCHOR_GOVERNOR;
    }
}

/* "two days before the phone launches": the first event word after the
 * preposition, within a short phrase */
static gint
measured_mention (DlParsedSentence *p,
                  const gint       *by_token,
                  const DlTimex    *x)
{
  static const char * const relations[] = { "before", "after", "earlier", "later", "ago" };
  guint i = 0;

  while (i < p->n && p->tokens[i].start < x->end)
    i++;
  if (i >= p->n)
    return -1;
  for (guint r = 0; r < G_N_ELEMENTS (relations); r++)
    if (g_ascii_strcasecmp (p->words[i], relations[r]) == 0)
      for (guint k = i + 1; k < p->n && k <= i + 5; k++)
        if (by_token[k] >= 0)
          return by_token[k];
  return -1;
}

/* The event the sentence tells first in its main clause: a verb that
 * hangs from no other event word */
static gint
main_mention (GArray *mentions)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      DlEventMention *m = &g_array_index (mentions, DlEventMention, k);

      if (m->governor < 0 && !m->noun && m->predicate < 0)
        return k;
    }
  return -1;
}

/* "announced Friday", "released on April 3", "on Tuesday unveiled":
 * a date written next to a verb is that verb's, however the parse
 * hangs it */
static gint
adjacent_verb (DlParsedSentence *p,
               GArray           *mentions,
               const gint       *by_token,
               const DlTimex    *x)
{
  static const char * const prepositions[] = { "on", "in", "at", "during", "since" };
  guint first = 0, last;
  gint before;

  while (first < p->n && p->tokens[first].end <= x->start)
    first++;
  last = first;
  while (last + 1 < p->n && p->tokens[last + 1].start < x->end)
    last++;
  before = (gint) first - 1;
  for (guint i = 0; before >= 1 && i < G_N_ELEMENTS (prepositions); i++)
    if (g_ascii_strcasecmp (p->words[before], prepositions[i]) == 0)
      before--;
  if (before >= 0 && by_token[before] >= 0 && !g_array_index (mentions, DlEventMention, by_token[before]).noun
      && p->tags[before] == DL_UPOS_VERB)
    return by_token[before];
  if (last + 1 < p->n && by_token[last + 1] >= 0 && p->tags[last + 1] == DL_UPOS_VERB)
    return by_token[last + 1];
  return -1;
}

/* Which mention the timex belongs to */
static gint
timex_owner (DlParsedSentence *p,
             GArray           *mentions,
             const gint       *by_token,
             const DlTimex    *x,
             gboolean         *gap)
{
  gint head = timex_head (p, x);
  gint k;

  *gap = FALSE;
  if (head < 0)
    return -1;
  if (x->type == DL_TIMEX_DURATION)
    {
      k = measured_mention (p, by_token, x);
      *gap = k >= 0;
      if (k >= 0)
        return k;
    }
  k = x->type != DL_TIMEX_DURATION ? adjacent_verb (p, mentions, by_token, x) : -1;
  if (k < 0)
    k = governing_mention (p, by_token, head);
  if (k < 0 && x->type != DL_TIMEX_DURATION)
    k = main_mention (mentions);
  return k;
}

void
_dl_event_mentions_anchor (DlArticleAnalysis *analysis,
                           guint              sentence,
                           DlParsedSentence  *p,
                           GArray            *mentions)
{
  GArray *timexes = analysis->timexes;
  DlSpan span = g_array_index (analysis->sentences, DlSpan, sentence);
  g_autofree gint *by_token = NULL;
  g_autofree gboolean *gapped = NULL;

  if (timexes == NULL || mentions->len == 0)
    return;
  by_token = index_tokens (p, mentions);
  gapped = g_new0 (gboolean, mentions->len);
  for (guint t = 0; t < timexes->len; t++)
    {
      const DlTimex *x = &g_array_index (timexes, DlTimex, t);
      gboolean gap;
      gint k;

      if (x->start < span.start || x->end > span.end)
        continue;
      k = timex_owner (p, mentions, by_token, x, &gap);
      if (k < 0)
        continue;
      attach (&g_array_index (mentions, DlEventMention, k), x, t);
      gapped[k] |= gap;
    }
  date_event_nouns (p, mentions, by_token);
  inherit (p, mentions, by_token, gapped);
}
