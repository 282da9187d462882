/* dl-events-sentence.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shallow reading of one sentence that the event extractor needs:
 * its words, the clause around a word, and whether a name is a place, a
 * modifier or the one who reports the news. No parser; a few dozen
 * function words carry most of it.
 */
#include "config.h"

#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-events-sentence.h"

static const char * const be_forms[] = {
  "is", "are", "was", "were", "be", "been", "being",
};

static const char * const future_words[] = {
  "will", "shall", "would", "next", "upcoming", "planned", "scheduled", "'ll",
};

static void
join_cease_fire (GPtrArray *words)
{
  for (guint i = 0; i + 1 < words->len; i++)
    if (strcmp (g_ptr_array_index (words, i), "cease") == 0
        && strcmp (g_ptr_array_index (words, i + 1), "fire") == 0)
      {
        g_free (g_ptr_array_index (words, i));
        g_ptr_array_index (words, i) = g_strdup ("ceasefire");
      }
}

void
dl_sentence_init (DlSentence        *s,
                  DlArticleAnalysis *analysis,
                  guint              index,
                  gsize              paragraph_start)
{
  s->analysis = analysis;
  s->text = dl_article_get_text (analysis->article);
  s->span = g_array_index (analysis->sentences, DlSpan, index);
  s->paragraph_start = paragraph_start;
  s->tokens = dl_segment_tokens (s->text, s->span.start, s->span.end);
  s->words = g_ptr_array_new_full (s->tokens->len, g_free);
  for (guint i = 0; i < s->tokens->len; i++)
    {
      const DlSpan *t = &g_array_index (s->tokens, DlSpan, i);
      g_ptr_array_add (s->words, dl_lexicon_strdown (s->text + t->start, t->end - t->start));
    }
  join_cease_fire (s->words);
  s->index = index;
  /* Parsed only when the sentence has an event word: see
   * dl_events_mention_at() */
  s->mentions = NULL;
  s->pair = NULL;
}

void
dl_sentence_clear (DlSentence *s)
{
  g_clear_pointer (&s->tokens, g_array_unref);
  g_clear_pointer (&s->words, g_ptr_array_unref);
  g_clear_pointer (&s->mentions, g_array_unref);
}

const char *
dl_sentence_word (DlSentence *s,
                  guint       i)
{
  return i < s->words->len ? g_ptr_array_index (s->words, i) : "";
}

const DlSpan *
dl_sentence_token (DlSentence *s,
                   guint       i)
{
  return &g_array_index (s->tokens, DlSpan, i);
}

gboolean
dl_sentence_is_word (DlSentence *s,
                     guint       i)
{
  return i < s->tokens->len && g_unichar_isalnum (g_utf8_get_char (s->text + dl_sentence_token (s, i)->start));
}

static gboolean
is_capitalised (DlSentence *s,
                guint       i)
{
  return g_unichar_isupper (g_utf8_get_char (s->text + dl_sentence_token (s, i)->start));
}

/* Index of the first token at or after @byte */
guint
dl_sentence_token_at_or_after (DlSentence *s,
                               gsize       byte)
{
  guint i = 0;

  while (i < s->tokens->len && dl_sentence_token (s, i)->start < byte)
    i++;
  return i;
}

static gboolean
breaks_clause (DlSentence *s,
               guint       i)
{
  const char *w = dl_sentence_word (s, i);

  if (!dl_sentence_is_word (s, i))
    return strcmp (w, ",") == 0 || strcmp (w, ";") == 0 || strcmp (w, ":") == 0
           || strcmp (w, "(") == 0 || strcmp (w, ")") == 0 || strcmp (w, "\u2014") == 0
           || strcmp (w, "\u2013") == 0 || strcmp (w, "-") == 0;
  return dl_lexicon_is_clause_break (w);
}

/**
 * dl_sentence_clause:
 * @start: (out): first token of the clause around @index
 * @end: (out): token after its last
 */
void
dl_sentence_clause (DlSentence *s,
                    guint       index,
                    guint      *start,
                    guint      *end)
{
  guint i = index;

  while (i > 0 && !breaks_clause (s, i - 1))
    i--;
  *start = i;
  i = index + 1;
  while (i < s->tokens->len && !breaks_clause (s, i))
    i++;
  *end = i;
}

static gboolean
is_location (DlEntityMention *mention,
             DlActor         *actor)
{
  return mention->type == DL_ENTITY_LOCATION || mention->country != NULL
         || (actor != NULL && dl_actor_get_kind (actor) == DL_ACTOR_KIND_LOCATION);
}

/* "in Germany", "at the summit in Hamburg, Germany": a place where
 * something happened, not an actor in it */
gboolean
dl_sentence_mention_is_place (DlSentence      *s,
                              DlEntityMention *mention,
                              DlActor         *actor)
{
  guint first = dl_sentence_token_at_or_after (s, mention->start);

  if (!is_location (mention, actor))
    return FALSE;
  for (guint i = first; i > 0 && first - i < 6; i--)
    {
      const char *w = dl_sentence_word (s, i - 1);

      if (dl_lexicon_is_place_preposition (w))
        return TRUE;
      /* "in the south", "in southwestern Syria", "in Hamburg, Germany" */
      if (strcmp (w, "the") != 0 && strcmp (w, ",") != 0 && !is_capitalised (s, i - 1)
          && !g_str_has_suffix (w, "ern") && strcmp (w, "central") != 0)
        return FALSE;
    }
  return FALSE;
}

/* "Russian President", "US fighter jets", "U.S. elections": a country
 * that qualifies the next word rather than acting. "Russia denies",
 * "Russia has" and "the U.S. and Russia" act. */
gboolean
dl_sentence_mention_is_modifier (DlSentence      *s,
                                 DlEntityMention *mention,
                                 DlActor         *actor)
{
  guint next = dl_sentence_token_at_or_after (s, mention->end);
  DlWordForm form;
  const char *w;

  if (!dl_sentence_is_word (s, next))
    return FALSE;
  w = dl_sentence_word (s, next);
  /* "Politburo member Schabowski": a description of the person after it */
  if (mention->type != DL_ENTITY_PERSON && dl_lexicon_is_role_noun (w)
      && next + 1 < s->tokens->len && is_capitalised (s, next + 1))
    return TRUE;
  if (!is_location (mention, actor))
    return FALSE;
  if (dl_lexicon_lookup_trigger (w, &form) != NULL && form != DL_FORM_NOUN)
    return FALSE;
  return !dl_lexicon_is_function_word (w) && !dl_lexicon_is_reporting_verb (w)
         && !dl_lexicon_is_clause_break (w);
}

static gboolean
is_relative_pronoun (const char *word)
{
  return strcmp (word, "who") == 0 || strcmp (word, "which") == 0;
}

/* Where the clause before token @comma begins */
static guint
clause_start_before (DlSentence *s,
                     guint       comma)
{
  guint start, end;

  if (comma == 0)
    return 0;
  dl_sentence_clause (s, comma - 1, &start, &end);
  return start;
}

/**
 * dl_sentence_relative_antecedent:
 * @clause_start: first token of the event word's clause
 * @from: (out): first token of the antecedent's clause
 * @to: (out): the comma after it
 *
 * Who a relative clause is about: "Gorbachev, who met Bush" (the event
 * word in the relative clause) and "Honecker, who has led the party since
 * 1971, resigned" (the event word just after it) both act through the
 * name before ", who".
 *
 * Returns: %TRUE when there is such a name before the clause
 */
gboolean
dl_sentence_relative_antecedent (DlSentence *s,
                                 guint       clause_start,
                                 guint      *from,
                                 guint      *to)
{
  guint i;

  if (clause_start >= 2 && is_relative_pronoun (dl_sentence_word (s, clause_start - 1))
      && strcmp (dl_sentence_word (s, clause_start - 2), ",") == 0)
    {
      *to = clause_start - 2;
      *from = clause_start_before (s, *to);
      return *from < *to;
    }
  if (clause_start == 0 || strcmp (dl_sentence_word (s, clause_start - 1), ",") != 0)
    return FALSE;
  /* Back over the relative clause to the comma that opens it */
  for (i = clause_start - 1; i >= 2 && clause_start - i < 20; i--)
    {
      const char *w = dl_sentence_word (s, i - 1);

      if (strcmp (w, ",") == 0 || strcmp (w, ";") == 0)
        return FALSE;
      if (is_relative_pronoun (w) && strcmp (dl_sentence_word (s, i - 2), ",") == 0)
        {
          *to = i - 2;
          *from = clause_start_before (s, *to);
          return *from < *to;
        }
    }
  return FALSE;
}

static gboolean
is_linking_word (const char *word)
{
  static const char * const linking[] = {
    "a", "an", "the", "his", "her", "its", "their", "with", "and", ",", "to",
    "on", "by", "upon", "formally", "also",
  };

  return dl_lexicon_word_in (word, linking, G_N_ELEMENTS (linking));
}

static gboolean
inside_mention (DlSentence *s,
                guint       i)
{
  GArray *mentions = s->analysis->mentions;
  const DlSpan *t = dl_sentence_token (s, i);

  for (guint m = 0; mentions != NULL && m < mentions->len; m++)
    {
      DlEntityMention *mention = &g_array_index (mentions, DlEntityMention, m);
      if (mention->start <= t->start && t->end <= mention->end)
        return TRUE;
    }
  return FALSE;
}

/**
 * dl_sentence_is_object_position:
 *
 * Whether @mention, after the event word, is what the event acts on:
 * "met with Russian President Putin", "elected Egon Krenz", not "flies to
 * Brussels to brief the leaders of NATO" nor "pressed against the
 * barrier at the foot of the bridge".
 */
gboolean
dl_sentence_is_object_position (DlSentence      *s,
                                guint            trigger,
                                DlEntityMention *mention)
{
  guint first = dl_sentence_token_at_or_after (s, mention->start);
  /* "signed a trade pact with Russia": a short object, then the one it
   * was done with */
  gboolean companion = first > trigger + 1 && first - trigger <= 6
                       && strcmp (dl_sentence_word (s, first - 1), "with") == 0;

  for (guint i = trigger + 1; i < first; i++)
    if (!is_linking_word (dl_sentence_word (s, i)) && !is_capitalised (s, i) && !inside_mention (s, i)
        && !(companion && dl_sentence_is_word (s, i) && !dl_lexicon_is_clause_break (dl_sentence_word (s, i))))
      return FALSE;
  return TRUE;
}

/* The clause that token @i is in opens with a word that makes it a
 * background to the main one: "who has led ... since 1971", "where ...
 * in 1963", "when the Wall went up in 1961" */
gboolean
dl_sentence_in_subordinate_clause (DlSentence *s,
                                   guint       i)
{
  guint start, end;

  dl_sentence_clause (s, i, &start, &end);
  return start > 0 && dl_sentence_is_word (s, start - 1);
}

/**
 * dl_sentence_timex_is_background:
 *
 * Whether @timex dates something other than the event of the clause
 * from @clause_start to @clause_end: a date in another, subordinate
 * clause, or one that only says since when ("since 1971").
 */
gboolean
dl_sentence_timex_is_background (DlSentence *s,
                                 DlTimex    *timex,
                                 guint       clause_start,
                                 guint       clause_end)
{
  guint first = dl_sentence_token_at_or_after (s, timex->start);
  guint after = dl_sentence_token_at_or_after (s, timex->end);

  /* "on the night of Nov. 9, when the crossings opened" */
  if (clause_start >= 2 && after == clause_start - 2
      && strcmp (dl_sentence_word (s, clause_start - 1), "when") == 0)
    return FALSE;
  if (first > 0 && strcmp (dl_sentence_word (s, first - 1), "since") == 0)
    return TRUE;
  if (first >= clause_start && first < clause_end)
    return FALSE;
  return dl_sentence_in_subordinate_clause (s, first);
}

static gboolean
is_reporting (DlSentence *s,
              guint       i)
{
  const char *w = dl_sentence_word (s, i);

  if (strcmp (w, "according") == 0)
    return strcmp (dl_sentence_word (s, i + 1), "to") == 0;
  return dl_lexicon_is_reporting_verb (w);
}

/* Whoever says, tells or reports: "Tillerson said", "said Tillerson",
 * "according to the Daily Mail", "CNN reported" */
gboolean
dl_sentence_mention_is_reporter (DlSentence      *s,
                                 DlEntityMention *mention,
                                 guint            trigger)
{
  guint first = dl_sentence_token_at_or_after (s, mention->start);
  guint after = dl_sentence_token_at_or_after (s, mention->end);

  for (guint r = 0; r < s->tokens->len; r++)
    {
      if (r == trigger || !is_reporting (s, r))
        continue;
      /* "X said", "X has told": the event is not between them */
      if (after <= r && r - after <= 2 && !(trigger >= after && trigger < r))
        return TRUE;
      /* "..., said X" and "according to X" */
      if (first > r && first - r <= 2
          && (trigger < r || strcmp (dl_sentence_word (s, r), "according") == 0))
        return TRUE;
    }
  return FALSE;
}

static gboolean
preceded_by (DlSentence         *s,
             guint               index,
             guint               distance,
             const char * const *list,
             guint               n)
{
  for (guint i = index; i > 0 && index - i < distance; i--)
    if (dl_lexicon_word_in (dl_sentence_word (s, i - 1), list, n))
      return TRUE;
  return FALSE;
}

/* Whether the event has happened or is happening, so that the article's
 * own date can stand for it: not "will meet", "plan to meet", "next
 * week's summit". */
gboolean
dl_sentence_is_realised (DlSentence *s,
                         guint       trigger,
                         DlWordForm  form)
{
  static const char * const to[] = { "to" };

  if (form == DL_FORM_NOUN)
    {
      for (guint i = 0; i < s->words->len; i++)
        if (dl_lexicon_word_in (dl_sentence_word (s, i), future_words, G_N_ELEMENTS (future_words)))
          return FALSE;
      return TRUE;
    }
  for (guint i = trigger; i > 0 && trigger - i < 3; i--)
    if (dl_lexicon_is_modal (dl_sentence_word (s, i - 1)))
      return FALSE;
  if (form == DL_FORM_BASE || form == DL_FORM_GERUND)
    return !preceded_by (s, trigger, 2, to, 1);
  return TRUE;
}

gboolean
dl_sentence_is_passive (DlSentence *s,
                        guint       trigger,
                        DlWordForm  form)
{
  return form == DL_FORM_PAST && preceded_by (s, trigger, 2, be_forms, G_N_ELEMENTS (be_forms));
}

static gboolean
starts_mention (DlSentence *s,
                guint       i)
{
  GArray *mentions = s->analysis->mentions;
  const DlSpan *t = dl_sentence_token (s, i);

  for (guint m = 0; mentions != NULL && m < mentions->len; m++)
    {
      DlEntityMention *mention = &g_array_index (mentions, DlEntityMention, m);
      if (mention->start <= t->start && t->start < mention->end)
        return TRUE;
    }
  return FALSE;
}

static void
append_token_text (GString    *out,
                   DlSentence *s,
                   guint       i,
                   const char *replacement)
{
  const DlSpan *t = dl_sentence_token (s, i);

  if (out->len > 0)
    g_string_append_c (out, ' ');
  if (replacement != NULL)
    g_string_append (out, replacement);
  else
    g_string_append_len (out, s->text + t->start, t->end - t->start);
}

/* "announced that the border was open" → "the border is open"; it
 * does not end on a word like "to" or "the" */
static char *
dup_that_clause (DlSentence *s,
                 guint       from)
{
  static const char * const past[] = { "was", "were", "had", "would", "could" };
  static const char * const present[] = { "is", "are", "has", "will", "can" };
  GString *out = g_string_new (NULL);
  gsize complete = 0;

  for (guint i = from; i < s->tokens->len && i < from + 9; i++)
    {
      const char *w = dl_sentence_word (s, i);
      const char *replacement = NULL;

      if (!dl_sentence_is_word (s, i) || (i > from && dl_lexicon_is_clause_break (w)))
        break;
      for (guint k = 0; k < G_N_ELEMENTS (past); k++)
        if (strcmp (w, past[k]) == 0)
          replacement = present[k];
      append_token_text (out, s, i, replacement);
      if (!dl_lexicon_is_function_word (w))
        complete = out->len;
    }
  g_string_truncate (out, complete);
  return g_string_free (out, out->len == 0);
}

static gboolean
in_timex (DlSentence *s,
          guint       i)
{
  GArray *timexes = s->analysis->timexes;
  const DlSpan *t = dl_sentence_token (s, i);

  for (guint k = 0; timexes != NULL && k < timexes->len; k++)
    {
      DlTimex *timex = &g_array_index (timexes, DlTimex, k);
      if (timex->start < t->end && t->start < timex->end)
        return TRUE;
    }
  return FALSE;
}

/* "opened early", "resigned overnight": how, not what */
static gboolean
is_adverb (const char *word)
{
  static const char * const adverbs[] = {
    "early", "late", "overnight", "soon", "again", "home", "abroad", "back",
    "away", "together", "first", "twice", "once", "ahead", "forward",
  };

  return (g_str_has_suffix (word, "ly") && strlen (word) > 4)
         || dl_lexicon_word_in (word, adverbs, G_N_ELEMENTS (adverbs));
}

static gboolean
can_be_object_word (DlSentence *s,
                    guint       i)
{
  const char *w = dl_sentence_word (s, i);
  DlWordForm form;

  if (!dl_sentence_is_word (s, i) || is_capitalised (s, i) || g_ascii_isdigit (*w))
    return FALSE;
  if (dl_lexicon_is_function_word (w) || dl_lexicon_is_clause_break (w)
      || dl_lexicon_is_reporting_verb (w) || in_timex (s, i) || is_adverb (w))
    return FALSE;
  return dl_lexicon_lookup_trigger (w, &form) == NULL || form == DL_FORM_NOUN;
}

static gboolean
is_event_noun (DlSentence *s,
               guint       i)
{
  DlWordForm form;

  return dl_lexicon_lookup_trigger (dl_sentence_word (s, i), &form) != NULL && form == DL_FORM_NOUN;
}

/**
 * dl_sentence_dup_subject_noun:
 *
 * Returns: (transfer full) (nullable): the common noun just before the
 *   event verb, for a title without names: "the crossings opened",
 *   "the opening had been agreed"
 */
char *
dl_sentence_dup_subject_noun (DlSentence *s,
                              guint       trigger)
{
  static const char * const auxiliaries[] = {
    "had", "has", "have", "been", "was", "were", "is", "are", "be", "also",
  };

  for (guint i = trigger; i > 0 && trigger - i < 4; i--)
    {
      const char *w = dl_sentence_word (s, i - 1);

      if (dl_lexicon_word_in (w, auxiliaries, G_N_ELEMENTS (auxiliaries)))
        continue;
      /* "widely watched met": a verb form, not the one who did it */
      if (!can_be_object_word (s, i - 1) || starts_mention (s, i - 1)
          || g_str_has_suffix (w, "ed") || g_str_has_suffix (w, "ing"))
        return NULL;
      return g_strdup (w);
    }
  return NULL;
}

/**
 * dl_sentence_dup_object:
 *
 * Returns: (transfer full) (nullable): the short noun phrase the event
 *   word acts on, when it is not a name: "interference", "ceasefire
 *   agreement"; for an announcement, what was announced
 */
char *
dl_sentence_dup_object (DlSentence      *s,
                        guint            trigger,
                        const DlTrigger *entry)
{
  static const char * const possessives[] = { "its", "their", "his", "her", "our" };
  GString *out;
  guint i = trigger + 1;
  guint possessive = G_MAXUINT;

  /* "announced, on Thursday evening, that ..." */
  if ((entry->flags & DL_TRIGGER_WEAK) && strcmp (dl_sentence_word (s, i), ",") == 0)
    for (guint k = i + 1; k < s->tokens->len && k < i + 8; k++)
      if (strcmp (dl_sentence_word (s, k), ",") == 0)
        {
          i = k + 1;
          break;
        }
  if ((entry->flags & DL_TRIGGER_WEAK) && strcmp (dl_sentence_word (s, i), "that") == 0)
    return dup_that_clause (s, i + 1);
  while (i < s->tokens->len
         && (strcmp (dl_sentence_word (s, i), "a") == 0 || strcmp (dl_sentence_word (s, i), "an") == 0
             || strcmp (dl_sentence_word (s, i), "the") == 0 || strcmp (dl_sentence_word (s, i), "such") == 0
             || strcmp (dl_sentence_word (s, i), "any") == 0))
    i++;
  if (i >= s->tokens->len || starts_mention (s, i))
    return NULL;
  /* "opened its border": the possessive stays, it says whose */
  if (dl_lexicon_word_in (dl_sentence_word (s, i), possessives, G_N_ELEMENTS (possessives))
      && can_be_object_word (s, i + 1))
    possessive = i++;
  /* People meet "face to face" or "for hours"; what they agree is news */
  if ((entry->flags & DL_TRIGGER_COLLECTIVE) && !is_event_noun (s, i))
    return NULL;

  out = g_string_new (NULL);
  if (possessive != G_MAXUINT)
    append_token_text (out, s, possessive, NULL);
  for (guint n = 0; n < 3 && i < s->tokens->len && can_be_object_word (s, i); n++, i++)
    {
      /* The joined "cease fire" reads better as one word */
      if (strcmp (dl_sentence_word (s, i), "ceasefire") == 0)
        {
          append_token_text (out, s, i, "ceasefire");
          if (strcmp (dl_sentence_word (s, i + 1), "fire") == 0)
            i++;
        }
      else
        append_token_text (out, s, i, NULL);
    }
  return g_string_free (out, out->len == 0);
}

/* Back from token @i over a parenthesis between commas ("The gate,
 * for years the emblem of the city, was opened"); returns the token
 * before it, or @i itself */
static guint
skip_parenthesis_back (DlSentence *s,
                       guint       i)
{
  if (i == 0 || strcmp (dl_sentence_word (s, i), ",") != 0)
    return i;
  for (guint k = i; k > 0 && i - k < 16; k--)
    if (strcmp (dl_sentence_word (s, k - 1), ",") == 0)
      return k >= 2 ? k - 2 : i;
  return i;
}

/**
 * dl_sentence_dup_patient:
 *
 * Returns: (transfer full) (nullable): what a passive event word was done
 *   to, from before it: "the Brandenburg Gate" in "The Brandenburg Gate,
 *   for years a symbol, was opened"
 */
char *
dl_sentence_dup_patient (DlSentence *s,
                         guint       trigger)
{
  GArray *mentions = s->analysis->mentions;
  guint i = trigger;
  const DlSpan *last;
  gboolean the;

  while (i > 0 && dl_lexicon_word_in (dl_sentence_word (s, i - 1), be_forms, G_N_ELEMENTS (be_forms)))
    i--;
  if (i == 0)
    return NULL;
  i = skip_parenthesis_back (s, i - 1);
  last = dl_sentence_token (s, i);
  for (guint m = 0; mentions != NULL && m < mentions->len; m++)
    {
      DlEntityMention *mention = &g_array_index (mentions, DlEntityMention, m);

      if (mention->end != last->end)
        continue;
      i = dl_sentence_token_at_or_after (s, mention->start);
      the = i > 0 && strcmp (dl_sentence_word (s, i - 1), "the") == 0;
      return g_strdup_printf ("%s%.*s", the ? "the " : "", (int) (mention->end - mention->start),
                              s->text + mention->start);
    }
  return NULL;
}

static gboolean
ends_with_final_punct (const char *text,
                       DlSpan     *span)
{
  const char *end = text + span->end;
  gunichar c;

  while (end > text + span->start)
    {
      end = g_utf8_prev_char (end);
      c = g_utf8_get_char (end);
      if (c == '"' || c == '\'' || c == ')' || c == 0x201D || c == 0x2019)
        continue;
      return c == '.' || c == '!' || c == '?' || c == 0x2026;
    }
  return FALSE;
}

/**
 * dl_sentence_paragraph_start:
 * @previous: where the paragraph of sentence @index - 1 starts
 *
 * A blank line, or a line without a full stop (a headline), starts a new
 * paragraph.
 *
 * Returns: the first byte of sentence @index's paragraph
 */
gsize
dl_sentence_paragraph_start (DlArticleAnalysis *analysis,
                             guint              index,
                             gsize              previous)
{
  const char *text = dl_article_get_text (analysis->article);
  DlSpan *cur = &g_array_index (analysis->sentences, DlSpan, index);
  DlSpan *prev;
  guint newlines = 0;

  if (index == 0)
    return cur->start;
  prev = &g_array_index (analysis->sentences, DlSpan, index - 1);
  for (gsize b = prev->end; b < cur->start; b++)
    newlines += text[b] == '\n';
  if (newlines >= 2 || (newlines == 1 && !ends_with_final_punct (text, prev)))
    return cur->start;
  return previous;
}
