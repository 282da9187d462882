/* dl-event-mention.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Event mentions read from the dependency parse: every verb that is not
 * an auxiliary or a light verb before an event noun, every noun that
 * names a happening, and "be" linking a subject to what it is ("the
 * phone is available"), as MEANTIME counts states too. Their participants are found in
 * dl-event-mention-args.c, their dates in dl-event-mention-time.c.
 */
#include "config.h"

#include <string.h>

#include "dl-event-mention-private.h"

static void
clear_mention (gpointer data)
{
  DlEventMention *m = data;

  g_clear_pointer (&m->arguments, g_array_unref);
}

gboolean
_dl_event_mention_is_word (DlParsedSentence *p,
                           guint             i,
                           const char       *lemma)
{
  return g_ascii_strcasecmp (p->lemmas[i], lemma) == 0;
}

static gboolean
has_child_word (DlParsedSentence   *p,
                guint               head,
                const char         *deprel,
                const char * const *lemmas)
{
  for (guint k = 0; k < p->n; k++)
    if (p->deps[k].head == (gint) head && dl_parsed_sentence_has_rel (p, k, deprel))
      for (guint w = 0; lemmas[w] != NULL; w++)
        if (_dl_event_mention_is_word (p, k, lemmas[w]))
          return TRUE;
  return FALSE;
}

static gboolean
is_event_noun_at (DlParsedSentence *p,
                  guint             i)
{
  g_autofree char *lower = NULL;

  if (p->tags[i] != DL_UPOS_NOUN)
    return FALSE;
  lower = g_ascii_strdown (p->lemmas[i], -1);
  return dl_lexicon_is_event_noun (lower);
}

/* "held talks", "reached an agreement": the light verb's event noun */
static gint
light_object (DlParsedSentence *p,
              guint             verb)
{
  gint obj;

  if (!dl_lexicon_is_light_verb (p->lemmas[verb]))
    return -1;
  obj = dl_parsed_sentence_child (p, verb, "obj");
  return obj >= 0 && is_event_noun_at (p, obj) ? obj : -1;
}

/* "is" in "the phone is available": the state is the event, unless
 * the word it links to names one by itself ("the launch was a success"
 * has "launch") */
static gboolean
is_copula (DlParsedSentence *p,
           guint             i)
{
  gint head = p->deps[i].head;

  return head >= 0 && dl_parsed_sentence_has_rel (p, i, "cop") && _dl_event_mention_is_word (p, i, "be")
         && p->tags[head] != DL_UPOS_VERB && !is_event_noun_at (p, head);
}

/* "iTunes", "iPhone": a capital after a small letter makes a name,
 * whatever the tagger made of it */
static gboolean
is_camel_case (const char *word)
{
  for (const char *c = word; c[0] != '\0' && c[1] != '\0'; c++)
    if (g_ascii_islower (c[0]) && g_ascii_isupper (c[1]))
      return TRUE;
  return FALSE;
}

static gboolean
is_trigger (DlParsedSentence *p,
            guint             i)
{
  const char *rel = p->deps[i].deprel;

  if (is_copula (p, i))
    return TRUE;
  if (is_camel_case (p->words[i]))
    return FALSE;
  if (p->tags[i] == DL_UPOS_VERB)
    return !dl_lexicon_is_void_verb (p->lemmas[i])
           && strcmp (rel, "aux") != 0 && strcmp (rel, "aux:pass") != 0 && strcmp (rel, "cop") != 0
           && light_object (p, i) < 0;
  return is_event_noun_at (p, i);
}

static gboolean
is_passive (DlParsedSentence *p,
            guint             i)
{
  return dl_parsed_sentence_child (p, i, "aux:pass") >= 0
         || dl_parsed_sentence_child (p, i, "nsubj:pass") >= 0
         || dl_parsed_sentence_child (p, i, "obl:agent") >= 0;
}

static gboolean
is_negated (DlParsedSentence *p,
            guint             i)
{
  static const char * const negations[] = { "not", "n't", "never", NULL };

  return has_child_word (p, i, "advmod", negations) || has_child_word (p, i, "det", (const char *[]) { "no", NULL });
}

/* "will meet", "is to meet", "plans to meet" */
static gboolean
is_future (DlParsedSentence *p,
           guint             i)
{
  static const char * const auxiliaries[] = { "will", "shall", "'ll", NULL };
  static const char * const plans[] = {
    "plan", "expect", "intend", "schedule", "hope", "want", "aim", "prepare", "set", NULL,
  };
  gint head = p->deps[i].head;

  if (has_child_word (p, i, "aux", auxiliaries))
    return TRUE;
  if (head >= 0 && dl_parsed_sentence_has_rel (p, i, "xcomp"))
    for (guint w = 0; plans[w] != NULL; w++)
      if (_dl_event_mention_is_word (p, head, plans[w]))
        return TRUE;
  return FALSE;
}

/* "rolled out", "step down": the particle belongs to the trigger */
static gsize
trigger_end (DlParsedSentence *p,
             guint             i)
{
  gint prt = dl_parsed_sentence_child (p, i, "compound:prt");

  if (prt == (gint) i + 1)
    return p->tokens[prt].end;
  return p->tokens[i].end;
}

/* The token that heads the mention's clause: the light verb before an
 * event noun, the word a copula links to, or the trigger itself */
static guint
clause_head (const DlEventMention *m)
{
  if (m->light >= 0)
    return m->light;
  return m->predicate >= 0 ? (guint) m->predicate : m->token;
}

static void
fill_mention (DlParsedSentence *p,
              guint             sentence,
              guint             i,
              DlEventMention   *m)
{
  gint head = p->deps[i].head;

  m->sentence = sentence;
  m->token = i;
  m->start = p->tokens[i].start;
  m->end = trigger_end (p, i);
  m->lemma = p->lemmas[i];
  m->noun = p->tags[i] == DL_UPOS_NOUN;
  m->predicate = is_copula (p, i) ? head : -1;
  m->kind = m->predicate >= 0 ? DL_EVENT_KIND_STATE : dl_lexicon_event_kind (m->lemma);
  m->light = head >= 0 && m->noun && dl_parsed_sentence_has_rel (p, i, "obj") && light_object (p, head) == (gint) i
             ? head : -1;
  m->passive = !m->noun && is_passive (p, i);
  m->negated = is_negated (p, clause_head (m));
  m->future = is_future (p, clause_head (m));
  m->governor = -1;
  m->timex = -1;
  m->duration = -1;
  m->anchor = DL_ANCHOR_NONE;
  m->arguments = g_array_new (FALSE, FALSE, sizeof (DlEventArgument));
}

/* The nearest mention above @m in the tree: the verb whose complement
 * or object it is, the noun it modifies */
static gint
find_governor (DlParsedSentence *p,
               const gint       *by_token,
               DlEventMention   *m)
{
  gint at = p->deps[clause_head (m)].head;

  for (guint steps = 0; at >= 0 && steps < p->n; steps++)
    {
      if (by_token[at] >= 0)
        return by_token[at];
      at = p->deps[at].head;
    }
  return -1;
}

/**
 * dl_event_mentions_find_in:
 * @analysis: an article's analysis with its sentences, timexes and
 *   entity mentions
 * @sentence: index of one sentence
 *
 * Returns: (transfer full) (element-type DlEventMention): the event
 *   mentions of the sentence, in text order; @governor indexes this
 *   array. Empty when the tagger and parser models are not installed.
 */
GArray *
dl_event_mentions_find_in (DlArticleAnalysis *analysis,
                           guint              sentence)
{
  GArray *mentions = g_array_new (FALSE, TRUE, sizeof (DlEventMention));
  DlParsedSentence *p;
  g_autofree gint *by_token = NULL;

  g_array_set_clear_func (mentions, clear_mention);
  g_return_val_if_fail (analysis != NULL && analysis->sentences != NULL, mentions);
  g_return_val_if_fail (sentence < analysis->sentences->len, mentions);

  p = dl_article_analysis_get_parse (analysis, sentence);
  if (p == NULL)
    return mentions;
  by_token = g_new (gint, p->n + 1);
  for (guint i = 0; i < p->n; i++)
    {
      by_token[i] = -1;
      if (!is_trigger (p, i))
        continue;
      g_array_set_size (mentions, mentions->len + 1);
      fill_mention (p, sentence, i, &g_array_index (mentions, DlEventMention, mentions->len - 1));
      by_token[i] = mentions->len - 1;
    }
  for (guint k = 0; k < mentions->len; k++)
    {
      DlEventMention *m = &g_array_index (mentions, DlEventMention, k);

      if (m->light >= 0)
        by_token[m->light] = k;
      if (m->predicate >= 0 && by_token[m->predicate] < 0)
        by_token[m->predicate] = k;
    }
  for (guint k = 0; k < mentions->len; k++)
    {
      DlEventMention *m = &g_array_index (mentions, DlEventMention, k);

      m->governor = find_governor (p, by_token, m);
      _dl_event_mention_add_arguments (analysis, p, m);
    }
  _dl_event_mentions_anchor (analysis, sentence, p, mentions);
  return mentions;
}

/**
 * dl_event_mentions_find:
 * @analysis: an article's analysis
 *
 * Returns: (transfer full) (element-type DlEventMention): the event
 *   mentions of every sentence, in text order; @governor indexes this
 *   array
 */
GArray *
dl_event_mentions_find (DlArticleAnalysis *analysis)
{
  GArray *all = g_array_new (FALSE, TRUE, sizeof (DlEventMention));

  g_array_set_clear_func (all, clear_mention);
  g_return_val_if_fail (analysis != NULL && analysis->sentences != NULL, all);

  for (guint s = 0; s < analysis->sentences->len; s++)
    {
      g_autoptr(GArray) found = dl_event_mentions_find_in (analysis, s);
      guint base = all->len;

      for (guint k = 0; k < found->len; k++)
        {
          DlEventMention *m = &g_array_index (found, DlEventMention, k);

          if (m->governor >= 0)
            m->governor += base;
          g_array_append_val (all, *m);
          m->arguments = NULL;
        }
    }
  return all;
}

/**
 * dl_event_mention_count_role:
 *
 * Returns: how many of @mention's arguments have @role
 */
guint
dl_event_mention_count_role (const DlEventMention *mention,
                             DlArgumentRole        role)
{
  guint n = 0;

  g_return_val_if_fail (mention != NULL, 0);

  for (guint i = 0; i < mention->arguments->len; i++)
    n += g_array_index (mention->arguments, DlEventArgument, i).role == role;
  return n;
}
