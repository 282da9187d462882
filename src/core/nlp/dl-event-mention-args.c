/* dl-event-mention-args.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who took part in an event mention, from its dependents: the subject
 * acts, the object is acted on (turned round in a passive), a phrase
 * after a preposition is another participant or, for a place, where it
 * happened. An event noun takes its participants from a possessive,
 * "of", "by" and "between", or from the light verb before it ("Trump
 * and Putin held talks").
 */
#include "config.h"

#include <string.h>

#include "dl-event-mention-private.h"

static gboolean
rel_is (DlParsedSentence *p,
        guint             i,
        const char       *deprel)
{
  return strcmp (p->deps[i].deprel, deprel) == 0;
}

/* The preposition's lemma before @i ("in" for "in Hamburg"), or NULL */
static const char *
preposition_of (DlParsedSentence *p,
                guint             i)
{
  gint c = dl_parsed_sentence_child (p, i, "case");

  return c >= 0 ? p->lemmas[c] : NULL;
}

/* Dependents that do not belong to the participant's phrase: another
 * conjunct is a participant of its own, a relative clause or an
 * apposition a story of its own, and the subject or copula of a
 * predicate noun ("Apple is the maker") its clause's */
static gboolean
ends_phrase (DlParsedSentence *p,
             guint             k)
{
  static const char * const outside[] = {
    "conj", "cc", "punct", "case", "acl", "appos", "parataxis", "dep", "advcl", "nsubj", "csubj",
    "cop", "aux", "mark", "expl",
  };

  for (guint i = 0; i < G_N_ELEMENTS (outside); i++)
    if (dl_parsed_sentence_has_rel (p, k, outside[i]))
      return TRUE;
  return FALSE;
}

static void
phrase_span (DlParsedSentence *p,
             guint             head,
             gsize            *start,
             gsize            *end)
{
  guint first = head, last = head;

  for (guint k = 0; k < p->n; k++)
    if (p->deps[k].head == (gint) head && !ends_phrase (p, k))
      {
        guint f, l;

        dl_parsed_sentence_subtree (p, k, &f, &l);
        first = MIN (first, f);
        last = MAX (last, l);
      }
  *start = p->tokens[first].start;
  *end = p->tokens[last].end;
}

/* The entity mention that holds the token, or -1 */
static gint
mention_at (DlArticleAnalysis *analysis,
            DlParsedSentence  *p,
            guint              token)
{
  GArray *mentions = analysis->mentions;
  DlSpan t = p->tokens[token];

  for (guint m = 0; mentions != NULL && m < mentions->len; m++)
    {
      DlEntityMention *e = &g_array_index (mentions, DlEntityMention, m);

      if (e->start < t.end && t.start < e->end)
        return m;
      if (e->start >= t.end)
        break;
    }
  return -1;
}

static gboolean
is_location (DlArticleAnalysis *analysis,
             gint               mention)
{
  return mention >= 0 && g_array_index (analysis->mentions, DlEntityMention, mention).type == DL_ENTITY_LOCATION;
}

static gboolean
is_place_preposition (const char *preposition)
{
  static const char * const places[] = { "in", "at", "near", "inside", "outside", "across", "throughout", "within" };

  for (guint i = 0; preposition != NULL && i < G_N_ELEMENTS (places); i++)
    if (g_ascii_strcasecmp (preposition, places[i]) == 0)
      return TRUE;
  return FALSE;
}

/* "in Hamburg", "at the summit in Hamburg": where, rather than with whom */
static DlArgumentRole
oblique_role (DlArticleAnalysis *analysis,
              const char        *preposition,
              gint               mention)
{
  return is_place_preposition (preposition) && is_location (analysis, mention) ? DL_ARGUMENT_PLACE : DL_ARGUMENT_OTHER;
}

/* "the volume" or "Apple", not "that", "to" or "limit": a participant
 * is a noun phrase. Nor is a stretch of time ("for a period") one, or
 * another event ("the announcement came") unless it is the subject
 * acted on ("the treaty was signed"), unless a name says so. */
static gboolean
can_take_part (DlArticleAnalysis *analysis,
               DlParsedSentence  *p,
               guint              head,
               DlArgumentRole     role)
{
  static const char * const times[] = {
    "time", "period", "day", "week", "month", "year", "decade", "hour", "minute", "moment", "age",
  };
  g_autofree char *lower = NULL;

  switch (p->tags[head])
    {
    case DL_UPOS_NOUN:
      break;
    case DL_UPOS_PROPN:
    case DL_UPOS_PRON:
    case DL_UPOS_NUM:
    case DL_UPOS_ADJ:
    case DL_UPOS_SYM:
    case DL_UPOS_X:
      return TRUE;
    default:
      return FALSE;
    }
  if (mention_at (analysis, p, head) >= 0)
    return TRUE;
  lower = g_ascii_strdown (p->lemmas[head], -1);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    if (strcmp (lower, times[i]) == 0)
      return FALSE;
  return (role == DL_ARGUMENT_PATIENT && dl_parsed_sentence_has_rel (p, head, "nsubj"))
         || !dl_lexicon_is_event_noun (lower);
}

/* "who met Bush": the relative pronoun stands for the noun the clause
 * hangs from, or, when the parse missed the relative clause, for the
 * name right before the comma ("Apple, which makes the iPhone") */
static guint
antecedent (DlParsedSentence *p,
            guint             k)
{
  static const char * const relatives[] = { "which", "who", "whom" };
  gint clause = p->deps[k].head;

  if (p->tags[k] != DL_UPOS_PRON)
    return k;
  if (clause >= 0 && rel_is (p, clause, "acl:relcl") && p->deps[clause].head >= 0)
    return p->deps[clause].head;
  for (guint i = 0; k >= 2 && i < G_N_ELEMENTS (relatives); i++)
    if (g_ascii_strcasecmp (p->words[k], relatives[i]) == 0 && strcmp (p->words[k - 1], ",") == 0
        && (p->tags[k - 2] == DL_UPOS_PROPN || p->tags[k - 2] == DL_UPOS_NOUN))
      return k - 2;
  return k;
}

static void
append (DlArticleAnalysis *analysis,
        DlParsedSentence  *p,
        DlEventMention    *m,
        guint              head,
        DlArgumentRole     role,
        const char        *preposition)
{
  DlEventArgument arg = { 0 };
  gint first;

  if (head == m->token || !can_take_part (analysis, p, head, role))
    return;
  arg.head = head;
  arg.preposition = preposition;
  /* The phrase is the pronoun as written, the actor its antecedent's */
  arg.mention = mention_at (analysis, p, antecedent (p, head));
  arg.role = role == DL_ARGUMENT_OTHER ? oblique_role (analysis, preposition, arg.mention) : role;
  phrase_span (p, head, &arg.start, &arg.end);
  /* "agreed in Syria" is where, even when the parse takes "in" for a
   * particle and "Syria" for the object */
  first = dl_parsed_sentence_token_at (p, arg.start);
  if (arg.role != DL_ARGUMENT_PLACE && first > 0 && is_location (analysis, arg.mention)
      && is_place_preposition (p->words[first - 1]))
    {
      arg.role = DL_ARGUMENT_PLACE;
      arg.preposition = p->lemmas[first - 1];
    }
  g_array_append_val (m->arguments, arg);
}

/* The participant, and every participant joined to it by "and" */
static void
append_with_conjuncts (DlArticleAnalysis *analysis,
                       DlParsedSentence  *p,
                       DlEventMention    *m,
                       guint              head,
                       DlArgumentRole     role,
                       const char        *preposition)
{
  append (analysis, p, m, head, role, preposition);
  for (guint k = 0; k < p->n; k++)
    if (p->deps[k].head == (gint) head && rel_is (p, k, "conj") && p->tags[k] != DL_UPOS_VERB)
      append (analysis, p, m, k, role, preposition);
}

static gboolean
is_time_phrase (DlArticleAnalysis *analysis,
                DlParsedSentence  *p,
                guint              k)
{
  GArray *timexes = analysis->timexes;

  if (g_str_has_suffix (p->deps[k].deprel, ":tmod") || g_str_has_suffix (p->deps[k].deprel, ":npmod"))
    return TRUE;
  for (guint t = 0; timexes != NULL && t < timexes->len; t++)
    {
      DlTimex *x = &g_array_index (timexes, DlTimex, t);

      if (x->start <= p->tokens[k].start && p->tokens[k].end <= x->end)
        return TRUE;
    }
  return FALSE;
}

/* A verb's dependents, or the light verb's for its event noun */
static void
clause_arguments (DlArticleAnalysis *analysis,
                  DlParsedSentence  *p,
                  DlEventMention    *m,
                  guint              verb,
                  gboolean           passive)
{
  for (guint k = 0; k < p->n; k++)
    {
      const char *prep;

      if (p->deps[k].head != (gint) verb || k == m->token)
        continue;
      if (rel_is (p, k, "nsubj") || rel_is (p, k, "obl:agent"))
        append_with_conjuncts (analysis, p, m, k,
                               passive && rel_is (p, k, "nsubj") ? DL_ARGUMENT_PATIENT : DL_ARGUMENT_AGENT, NULL);
      else if (rel_is (p, k, "nsubj:pass") || rel_is (p, k, "obj"))
        append_with_conjuncts (analysis, p, m, k, DL_ARGUMENT_PATIENT, NULL);
      else if (rel_is (p, k, "iobj"))
        append_with_conjuncts (analysis, p, m, k, DL_ARGUMENT_OTHER, NULL);
      else if (rel_is (p, k, "obl") && !is_time_phrase (analysis, p, k))
        {
          prep = preposition_of (p, k);
          append_with_conjuncts (analysis, p, m, k,
                                 passive && prep != NULL && g_ascii_strcasecmp (prep, "by") == 0
                                 ? DL_ARGUMENT_AGENT : DL_ARGUMENT_OTHER, prep);
        }
    }
}

static DlArgumentRole
noun_modifier_role (DlArticleAnalysis *analysis,
                    DlParsedSentence  *p,
                    guint              k,
                    const char        *prep)
{
  if (rel_is (p, k, "nmod:poss"))
    return DL_ARGUMENT_AGENT;
  if (rel_is (p, k, "compound") || rel_is (p, k, "amod"))
    {
      gint mention = mention_at (analysis, p, k);
      DlEntityType type = mention >= 0 ? g_array_index (analysis->mentions, DlEntityMention, mention).type : DL_ENTITY_MISC;

      return type == DL_ENTITY_PERSON || type == DL_ENTITY_ORGANIZATION ? DL_ARGUMENT_AGENT : DL_ARGUMENT_PATIENT;
    }
  if (prep != NULL && (g_ascii_strcasecmp (prep, "by") == 0 || g_ascii_strcasecmp (prep, "between") == 0))
    return DL_ARGUMENT_AGENT;
  if (prep != NULL && g_ascii_strcasecmp (prep, "of") == 0)
    return DL_ARGUMENT_PATIENT;
  return DL_ARGUMENT_OTHER;
}

/* "Apple's launch of the iPhone", "the Trump-Putin meeting", "talks
 * between Russia and Ukraine" */
static void
noun_arguments (DlArticleAnalysis *analysis,
                DlParsedSentence  *p,
                DlEventMention    *m)
{
  for (guint k = 0; k < p->n; k++)
    {
      const char *prep;

      if (p->deps[k].head != (gint) m->token)
        continue;
      if (!rel_is (p, k, "nmod") && !rel_is (p, k, "nmod:poss") && !rel_is (p, k, "compound")
          && !(rel_is (p, k, "amod") && mention_at (analysis, p, k) >= 0))
        continue;
      if (rel_is (p, k, "compound") && p->tags[k] != DL_UPOS_PROPN && mention_at (analysis, p, k) < 0)
        continue;
      if (is_time_phrase (analysis, p, k))
        continue;
      prep = preposition_of (p, k);
      append_with_conjuncts (analysis, p, m, k, noun_modifier_role (analysis, p, k, prep), prep);
    }
}

/* The verb whose subject a verb without one shares: "agreed to meet",
 * "met and talked", "was elected and sworn in", "is expected to sell" */
static gint
subject_source (DlParsedSentence *p,
                guint             verb)
{
  gint head = p->deps[verb].head;

  if (head < 0 || !(rel_is (p, verb, "xcomp") || rel_is (p, verb, "conj") || rel_is (p, verb, "advcl")))
    return -1;
  if (p->tags[head] == DL_UPOS_VERB || dl_parsed_sentence_child (p, head, "cop") >= 0)
    return head;
  return -1;
}

static gint
subject_of (DlParsedSentence *p,
            guint             verb)
{
  gint subject = dl_parsed_sentence_child (p, verb, "nsubj");

  return subject >= 0 ? subject : dl_parsed_sentence_child (p, verb, "nsubj:pass");
}

/* Up the chain of verbs without a subject of their own ("plans to
 * begin selling") to the first that has one */
static void
inherit_subject (DlArticleAnalysis *analysis,
                 DlParsedSentence  *p,
                 DlEventMention    *m)
{
  gint at = m->token;
  gint subject = -1;

  if (subject_of (p, m->token) >= 0)
    return;
  for (guint steps = 0; subject < 0 && at >= 0 && steps < p->n; steps++)
    {
      at = subject_source (p, at);
      if (at >= 0)
        subject = subject_of (p, at);
    }
  if (subject >= 0)
    append_with_conjuncts (analysis, p, m, subject, m->passive ? DL_ARGUMENT_PATIENT : DL_ARGUMENT_AGENT, NULL);
}

void
_dl_event_mention_add_arguments (DlArticleAnalysis *analysis,
                                 DlParsedSentence  *p,
                                 DlEventMention    *m)
{
  gint head = p->deps[m->token].head;

  if (m->noun)
    {
      noun_arguments (analysis, p, m);
      if (m->light >= 0)
        clause_arguments (analysis, p, m, m->light, FALSE);
      return;
    }
  /* "The iPod Nano is the second model": both sides of a copula */
  if (m->predicate >= 0)
    {
      clause_arguments (analysis, p, m, m->predicate, FALSE);
      append (analysis, p, m, m->predicate, DL_ARGUMENT_PATIENT, NULL);
      return;
    }
  clause_arguments (analysis, p, m, m->token, m->passive);
  inherit_subject (analysis, p, m);
  /* "the agreement signed by both sides": what the participle hangs
   * from is what was done */
  if (head >= 0 && rel_is (p, m->token, "acl") && m->arguments->len < 3)
    append (analysis, p, m, head, DL_ARGUMENT_PATIENT, NULL);
}
