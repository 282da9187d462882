/* dl-article-analysis.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-article.h"
#include "dl-article-analysis.h"
#include "dl-entities.h"
#include "dl-lexicon.h"
#include "dl-segmenter.h"
#include "dl-timex.h"

DlArticleAnalysis *
dl_article_analysis_new (DlArticle *article)
{
  DlArticleAnalysis *self = g_new0 (DlArticleAnalysis, 1);

  self->article = g_object_ref (article);
  if (dl_article_get_dct_source (article) != DL_DCT_SOURCE_INFERRED)
    self->dct = dl_article_get_dct (article);
  if (self->dct != NULL)
    g_date_time_ref (self->dct);
  self->mention_actors = g_ptr_array_new ();
  return self;
}

void
dl_article_analysis_free (DlArticleAnalysis *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->article);
  g_clear_pointer (&self->dct, g_date_time_unref);
  g_clear_pointer (&self->sentences, g_array_unref);
  g_clear_pointer (&self->timexes, g_array_unref);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->mention_actors, g_ptr_array_unref);
  g_clear_pointer (&self->parses, g_ptr_array_unref);
  g_free (self);
}

/* The spans of the names in @span, for reading a headline */
static GArray *
names_within (DlArticleAnalysis *self,
              DlSpan             span)
{
  GArray *names = g_array_new (FALSE, FALSE, sizeof (DlSpan));

  for (guint m = 0; self->mentions != NULL && m < self->mentions->len; m++)
    {
      DlEntityMention *e = &g_array_index (self->mentions, DlEntityMention, m);
      DlSpan name = { e->start, e->end };

      if (e->start >= span.start && e->end <= span.end)
        g_array_append_val (names, name);
    }
  return names;
}

/**
 * dl_article_analysis_get_parse:
 * @sentence: index of a sentence
 *
 * Tags and parses the sentence the first time it is asked for; the
 * second reading of an article (with an inferred date) reuses it.
 *
 * Returns: (transfer none) (nullable): the parse, or %NULL without models
 */
DlParsedSentence *
dl_article_analysis_get_parse (DlArticleAnalysis *self,
                               guint              sentence)
{
  DlParsedSentence *parse;

  g_return_val_if_fail (self != NULL && self->sentences != NULL, NULL);
  g_return_val_if_fail (sentence < self->sentences->len, NULL);

  if (self->parses == NULL)
    {
      self->parses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_parsed_sentence_free);
      g_ptr_array_set_size (self->parses, self->sentences->len);
    }
  parse = g_ptr_array_index (self->parses, sentence);
  if (parse == NULL)
    {
      DlSpan span = g_array_index (self->sentences, DlSpan, sentence);
      g_autoptr(GArray) names = names_within (self, span);

      parse = dl_parsed_sentence_new_with_names (dl_article_get_text (self->article), span,
                                                 (const DlSpan *) (gpointer) names->data, names->len);
      g_ptr_array_index (self->parses, sentence) = parse;
    }
  return parse;
}

/* Whether an element of @array (sorted, each starting with the start
 * and end bytes of a span) lies within @span */
static gboolean
any_within (GArray *array,
            DlSpan  span)
{
  guint low = 0, high = array != NULL ? array->len : 0;
  gsize size;

  if (high == 0)
    return FALSE;
  size = g_array_get_element_size (array);
  while (low < high)
    {
      guint mid = (low + high) / 2;
      const gsize *at = (const gsize *) (gpointer) (array->data + mid * size);

      if (at[0] < span.start)
        low = mid + 1;
      else
        high = mid;
    }
  return low < array->len && ((const gsize *) (gpointer) (array->data + low * size))[1] <= span.end;
}

/* The event words of the lexicon in @span ("cease" for "cease fire",
 * "open" for "threw open") that the event extractor would read the
 * sentence for: those that tell a deed, and with @dated those that
 * only set the scene ("the summit") too, as the extractor reads a
 * sentence of the latter only when it has a date of its own */
static gboolean
has_event_word (const char *text,
                DlSpan      span,
                gboolean    dated)
{
  g_autoptr(GArray) tokens = dl_segment_tokens (text, span.start, span.end);

  for (guint i = 0; i < tokens->len; i++)
    {
      DlSpan *t = &g_array_index (tokens, DlSpan, i);
      const DlTrigger *trigger;
      char word[32];
      DlWordForm form;
      gsize n = t->end - t->start;

      if (n >= sizeof word || !g_ascii_isalpha (text[t->start]))
        continue;
      for (gsize k = 0; k < n; k++)
        word[k] = g_ascii_tolower (text[t->start + k]);
      word[n] = '\0';
      if (strcmp (word, "cease") == 0 || strcmp (word, "open") == 0)
        return TRUE;
      trigger = dl_lexicon_lookup_trigger (word, &form);
      if (trigger != NULL && (dated || !(trigger->flags & DL_TRIGGER_BACKGROUND)))
        return TRUE;
    }
  return FALSE;
}

/**
 * dl_article_analysis_has_name_or_date:
 * @sentence: index of a sentence
 *
 * Returns: whether an entity mention or a timex lies in the sentence
 */
gboolean
dl_article_analysis_has_name_or_date (DlArticleAnalysis *self,
                                      guint              sentence)
{
  DlSpan span;

  g_return_val_if_fail (self != NULL && self->sentences != NULL, FALSE);
  g_return_val_if_fail (sentence < self->sentences->len, FALSE);

  span = g_array_index (self->sentences, DlSpan, sentence);
  return any_within (self->mentions, span) || any_within (self->timexes, span);
}

/**
 * dl_article_analysis_may_tell_event:
 * @sentence: index of a sentence
 *
 * Whether the sentence is one the timeline's event extractor reads with
 * the parse: it has a name of someone who took part or a date, and an
 * event word that tells a deed, or one that sets the scene and a date.
 * (A few more may make events without names or by looking back: "the
 * two leaders", "a ceasefire was agreed"; their parses are made when
 * the extractor asks for them.)
 *
 * Returns: %TRUE when the sentence may tell an event
 */
gboolean
dl_article_analysis_may_tell_event (DlArticleAnalysis *self,
                                    guint              sentence)
{
  DlSpan span;

  g_return_val_if_fail (self != NULL && self->sentences != NULL, FALSE);
  g_return_val_if_fail (sentence < self->sentences->len, FALSE);

  span = g_array_index (self->sentences, DlSpan, sentence);
  if (!any_within (self->mentions, span) && !any_within (self->timexes, span))
    return FALSE;
  return has_event_word (dl_article_get_text (self->article), span, any_within (self->timexes, span));
}

/**
 * dl_article_analysis_parse:
 *
 * Tags and parses now, so that it can be done on a worker thread with
 * the rest of the article's analysis, the sentences the event extractor
 * will read with the parse (dl_article_analysis_may_tell_event()). The
 * others are parsed when asked for; dl_event_mentions_find() asks for
 * all.
 */
void
dl_article_analysis_parse (DlArticleAnalysis *self)
{
  g_return_if_fail (self != NULL && self->sentences != NULL);

  for (guint i = 0; i < self->sentences->len; i++)
    if (dl_article_analysis_may_tell_event (self, i))
      dl_article_analysis_get_parse (self, i);
}

/**
 * dl_article_analysis_read:
 * @article: an article
 *
 * Reads @article on its own: its sentences, its temporal expressions
 * (relative ones resolved only when it has a date), its names, and
 * each sentence tagged and parsed. Safe on any thread.
 *
 * Returns: (transfer full): the analysis
 */
DlArticleAnalysis *
dl_article_analysis_read (DlArticle *article)
{
  DlArticleAnalysis *analysis = dl_article_analysis_new (article);
  const char *text = dl_article_get_text (article);
  gsize length = dl_article_get_text_length (article);

  analysis->sentences = dl_segment_sentences (text, length);
  /* Without a date of its own the article's relative dates stay
   * unresolved, but its written-out dates are still worth finding */
  analysis->timexes = dl_timex_find (text, length, analysis->dct);
  analysis->mentions = dl_entities_find (text, length, analysis->sentences);
  /* Tagging and parsing cost most; here they run on the worker threads
   * rather than later, article by article, in the event extractor */
  dl_article_analysis_parse (analysis);
  return analysis;
}
