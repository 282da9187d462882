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

static gboolean
word_in (const char         *word,
         const char * const *list,
         guint               n)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

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
      g_ptr_array_add (s->words, g_utf8_strdown (s->text + t->start, t->end - t->start));
    }
  join_cease_fire (s->words);
}

void
dl_sentence_clear (DlSentence *s)
{
  g_clear_pointer (&s->tokens, g_array_unref);
  g_clear_pointer (&s->words, g_ptr_array_unref);
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
static guint
token_at_or_after (DlSentence *s,
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
  guint first = token_at_or_after (s, mention->start);

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
  guint next = token_at_or_after (s, mention->end);
  DlWordForm form;
  const char *w;

  if (!is_location (mention, actor) || !dl_sentence_is_word (s, next))
    return FALSE;
  w = dl_sentence_word (s, next);
  if (dl_lexicon_lookup_trigger (w, &form) != NULL && form != DL_FORM_NOUN)
    return FALSE;
  return !dl_lexicon_is_function_word (w) && !dl_lexicon_is_reporting_verb (w)
         && !dl_lexicon_is_clause_break (w);
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
  guint first = token_at_or_after (s, mention->start);
  guint after = token_at_or_after (s, mention->end);

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
    if (word_in (dl_sentence_word (s, i - 1), list, n))
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
        if (word_in (dl_sentence_word (s, i), future_words, G_N_ELEMENTS (future_words)))
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

/* "announced that the border was open" → "the border is open" */
static char *
dup_that_clause (DlSentence *s,
                 guint       from)
{
  static const char * const past[] = { "was", "were", "had", "would" };
  static const char * const present[] = { "is", "are", "has", "will" };
  GString *out = g_string_new (NULL);

  for (guint i = from; i < s->tokens->len && i < from + 6; i++)
    {
      const char *w = dl_sentence_word (s, i);
      const char *replacement = NULL;

      if (!dl_sentence_is_word (s, i) || (i > from && dl_lexicon_is_clause_break (w)))
        break;
      for (guint k = 0; k < G_N_ELEMENTS (past); k++)
        if (strcmp (w, past[k]) == 0)
          replacement = present[k];
      append_token_text (out, s, i, replacement);
    }
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

static gboolean
can_be_object_word (DlSentence *s,
                    guint       i)
{
  const char *w = dl_sentence_word (s, i);
  DlWordForm form;

  if (!dl_sentence_is_word (s, i) || is_capitalised (s, i) || g_ascii_isdigit (*w))
    return FALSE;
  if (dl_lexicon_is_function_word (w) || dl_lexicon_is_clause_break (w)
      || dl_lexicon_is_reporting_verb (w) || in_timex (s, i))
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

      if (word_in (w, auxiliaries, G_N_ELEMENTS (auxiliaries)))
        continue;
      if (!can_be_object_word (s, i - 1) || starts_mention (s, i - 1))
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
  GString *out;
  guint i = trigger + 1;

  if ((entry->flags & DL_TRIGGER_WEAK) && strcmp (dl_sentence_word (s, i), "that") == 0)
    return dup_that_clause (s, i + 1);
  while (i < s->tokens->len
         && (strcmp (dl_sentence_word (s, i), "a") == 0 || strcmp (dl_sentence_word (s, i), "an") == 0
             || strcmp (dl_sentence_word (s, i), "the") == 0 || strcmp (dl_sentence_word (s, i), "such") == 0
             || strcmp (dl_sentence_word (s, i), "any") == 0))
    i++;
  if (i >= s->tokens->len || starts_mention (s, i))
    return NULL;
  /* People meet "face to face" or "for hours"; what they agree is news */
  if ((entry->flags & DL_TRIGGER_COLLECTIVE) && !is_event_noun (s, i))
    return NULL;

  out = g_string_new (NULL);
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
