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
 * date of the clause it hangs from ("agreed on Friday to meet").
 */
#include "config.h"

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

/* A mention without a date of its own takes its governor's */
static void
inherit (GArray *mentions)
{
  for (guint k = 0; k < mentions->len; k++)
    {
      DlEventMention *m = &g_array_index (mentions, DlEventMention, k);
      gint g = m->governor;

      for (guint steps = 0; m->timex < 0 && g >= 0 && steps < mentions->len; steps++)
        {
          DlEventMention *up = &g_array_index (mentions, DlEventMention, g);

          if (up->anchor == DL_ANCHOR_CLAUSE)
            {
              m->timex = up->timex;
              m->anchor = DL_ANCHOR_GOVERNOR;
            }
          g = up->governor;
        }
    }
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

  if (timexes == NULL || mentions->len == 0)
    return;
  by_token = index_tokens (p, mentions);
  for (guint t = 0; t < timexes->len; t++)
    {
      const DlTimex *x = &g_array_index (timexes, DlTimex, t);
      gint head, k;

      if (x->start < span.start || x->end > span.end)
        continue;
      head = timex_head (p, x);
      k = head >= 0 ? governing_mention (p, by_token, head) : -1;
      if (k >= 0)
        attach (&g_array_index (mentions, DlEventMention, k), x, t);
    }
  inherit (mentions);
}
