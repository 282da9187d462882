/* dl-events-parse.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One sentence read by the part-of-speech tagger, the lemmatiser and the
 * dependency parser, for the event mentions. The models were trained on
 * Universal Dependencies, so the words are handed over as the treebank
 * writes them: contractions split, typographic quotes made plain.
 */
#include "config.h"

#include <string.h>

#include "dl-events-parse.h"

static gboolean
is_apostrophe_at (const char *p)
{
  return *p == '\'' || strncmp (p, "\u2019", 3) == 0;
}

/* Where a contraction's clitic starts in the token [@start, @end): "n't"
 * in "don't", "'re" in "they're"; or @end when there is none */
static gsize
clitic_start (const char *text,
              gsize       start,
              gsize       end)
{
  static const char * const clitics[] = { "re", "ve", "ll", "d", "m", "RE", "VE", "LL", "D", "M" };

  for (gsize i = start + 1; i < end; i++)
    {
      gsize after;

      if (!is_apostrophe_at (text + i))
        continue;
      after = i + (text[i] == '\'' ? 1 : 3);
      if ((text[i - 1] == 'n' || text[i - 1] == 'N') && i - 1 > start
          && after + 1 == end && (text[after] == 't' || text[after] == 'T'))
        return i - 1;
      for (guint k = 0; k < G_N_ELEMENTS (clitics); k++)
        if (end - after == strlen (clitics[k]) && strncmp (text + after, clitics[k], end - after) == 0)
          return i;
      break;
    }
  return end;
}

static GArray *
split_tokens (const char *text,
              DlSpan      span)
{
  g_autoptr(GArray) raw = dl_segment_tokens (text, span.start, span.end);
  GArray *tokens = g_array_sized_new (FALSE, FALSE, sizeof (DlSpan), raw->len + 4);

  for (guint i = 0; i < raw->len; i++)
    {
      DlSpan t = g_array_index (raw, DlSpan, i);
      gsize at = clitic_start (text, t.start, t.end);

      if (at < t.end)
        {
          DlSpan head = { t.start, at };
          DlSpan clitic = { at, t.end };

          g_array_append_val (tokens, head);
          g_array_append_val (tokens, clitic);
        }
      else
        g_array_append_val (tokens, t);
    }
  return tokens;
}

/* The word as the treebank writes it: plain apostrophes and quotes */
static char *
plain_word (const char *text,
            DlSpan      t)
{
  GString *word = g_string_sized_new (t.end - t.start);
  const char *p = text + t.start;
  const char *end = text + t.end;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2019 || c == 0x2018)
        g_string_append_c (word, '\'');
      else if (c == 0x201c || c == 0x201d)
        g_string_append_c (word, '"');
      else
        g_string_append_unichar (word, c);
      p = g_utf8_next_char (p);
    }
  return g_string_free (word, FALSE);
}

/**
 * dl_parsed_sentence_new:
 * @text: the article's text
 * @span: one sentence of it, bytes
 *
 * Returns: (transfer full) (nullable): the sentence tagged and parsed, or
 *   %NULL when the models are not installed
 */
DlParsedSentence *
dl_parsed_sentence_new (const char *text,
                        DlSpan      span)
{
  DlPosModel *tagger = dl_pos_model_get_default ();
  DlParserModel *parser = dl_parser_model_get_default ();
  g_autoptr(GArray) tokens = NULL;
  DlParsedSentence *self;

  g_return_val_if_fail (text != NULL, NULL);

  if (tagger == NULL || parser == NULL)
    return NULL;
  tokens = split_tokens (text, span);
  self = g_new0 (DlParsedSentence, 1);
  self->n = tokens->len;
  self->tokens = (DlSpan *) g_array_steal (tokens, NULL);
  self->words = g_new0 (char *, self->n + 1);
  for (guint i = 0; i < self->n; i++)
    self->words[i] = plain_word (text, self->tokens[i]);
  self->tags = dl_pos_model_tag (tagger, (const char * const *) self->words, self->n);
  self->lemmas = dl_pos_model_lemmatise (tagger, (const char * const *) self->words, self->tags, self->n);
  self->deps = dl_parser_model_parse (parser, (const char * const *) self->words, self->tags, self->n);
  return self;
}

void
dl_parsed_sentence_free (DlParsedSentence *self)
{
  if (self == NULL)
    return;
  g_free (self->tokens);
  g_strfreev (self->words);
  g_free (self->tags);
  g_strfreev (self->lemmas);
  g_free (self->deps);
  g_free (self);
}

/**
 * dl_parsed_sentence_token_at:
 * @byte: a byte of the article's text
 *
 * Returns: the token that holds @byte, or -1
 */
gint
dl_parsed_sentence_token_at (DlParsedSentence *self,
                             gsize             byte)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->n; i++)
    if (self->tokens[i].start <= byte && byte < self->tokens[i].end)
      return i;
  return -1;
}

/* Whether @i is @ancestor or hangs below it */
gboolean
dl_parsed_sentence_dominates (DlParsedSentence *self,
                              guint             ancestor,
                              guint             i)
{
  gint at = i;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint steps = 0; at >= 0 && steps <= self->n; steps++)
    {
      if ((guint) at == ancestor)
        return TRUE;
      at = self->deps[at].head;
    }
  return FALSE;
}

/**
 * dl_parsed_sentence_subtree:
 * @first: (out): the first token under @i, @i included
 * @last: (out): the last
 */
void
dl_parsed_sentence_subtree (DlParsedSentence *self,
                            guint             i,
                            guint            *first,
                            guint            *last)
{
  g_return_if_fail (self != NULL && i < self->n);

  *first = *last = i;
  for (guint k = 0; k < self->n; k++)
    if (self->deps[k].head == (gint) i)
      {
        guint f, l;

        dl_parsed_sentence_subtree (self, k, &f, &l);
        *first = MIN (*first, f);
        *last = MAX (*last, l);
      }
}

/* Whether the relation of @i is @deprel or a subtype of it ("obl" for
 * "obl:tmod") */
gboolean
dl_parsed_sentence_has_rel (DlParsedSentence *self,
                            guint             i,
                            const char       *deprel)
{
  const char *rel;
  gsize len = strlen (deprel);

  g_return_val_if_fail (self != NULL && i < self->n, FALSE);

  rel = self->deps[i].deprel;
  return strncmp (rel, deprel, len) == 0 && (rel[len] == '\0' || (rel[len] == ':' && strchr (deprel, ':') == NULL));
}

/**
 * dl_parsed_sentence_child:
 * @deprel: a relation, or its main type ("obl")
 *
 * Returns: the first dependent of @head with that relation, or -1
 */
gint
dl_parsed_sentence_child (DlParsedSentence *self,
                          guint             head,
                          const char       *deprel)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint k = 0; k < self->n; k++)
    if (self->deps[k].head == (gint) head && dl_parsed_sentence_has_rel (self, k, deprel))
      return k;
  return -1;
}
