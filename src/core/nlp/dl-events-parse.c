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

/* Writes at @out the word as the treebank writes it, plain apostrophes
 * and quotes, and a nul; returns where it ends. Never longer than the
 * token and its nul. */
static char *
write_plain_word (char       *out,
                  const char *text,
                  DlSpan      t)
{
  const char *p = text + t.start;
  const char *end = text + t.end;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (c == 0x2019 || c == 0x2018)
        *out++ = '\'';
      else if (c == 0x201c || c == 0x201d)
        *out++ = '"';
      else
        {
          memcpy (out, p, next - p);
          out += next - p;
        }
      p = next;
    }
  *out++ = '\0';
  return out;
}

static gboolean
ends_sentence (const char *word)
{
  return strcmp (word, ".") == 0 || strcmp (word, "!") == 0 || strcmp (word, "?") == 0
         || strcmp (word, ":") == 0 || strcmp (word, "\"") == 0;
}

/* "Honecker Steps Down as Marches Swell in Leipzig": no final stop,
 * and most words of four letters or more capitalised */
static gboolean
is_headline (char  **words,
             guint   n)
{
  guint long_words = 0, capitals = 0;

  if (n < 3 || ends_sentence (words[n - 1]))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_utf8_strlen (words[i], -1) >= 4 && g_unichar_isalpha (g_utf8_get_char (words[i])))
      {
        long_words++;
        capitals += g_unichar_isupper (g_utf8_get_char (words[i]));
      }
  return long_words >= 2 && capitals * 4 >= long_words * 3;
}

static gboolean
inside_any (DlSpan        token,
            const DlSpan *names,
            guint         n_names)
{
  for (guint i = 0; i < n_names; i++)
    if (names[i].start <= token.start && token.end <= names[i].end)
      return TRUE;
  return FALSE;
}

/* The words of a headline as a sentence writes them: the names keep
 * their capitals, the other words lose them, so that "Steps" is read
 * as the verb it is and not as a name */
static char **
dup_sentence_case (DlParsedSentence *self,
                   const DlSpan     *names,
                   guint             n_names)
{
  char **words = g_new0 (char *, self->n + 1);

  for (guint i = 0; i < self->n; i++)
    {
      const char *w = self->words[i];
      gboolean all_caps = g_utf8_strlen (w, -1) > 1;

      for (const char *c = w; *c != '\0' && all_caps; c = g_utf8_next_char (c))
        all_caps = !g_unichar_islower (g_utf8_get_char (c));
      /* "NATO", "SED" stay names */
      words[i] = inside_any (self->tokens[i], names, n_names) || all_caps
                 ? g_strdup (w) : g_utf8_strdown (w, -1);
    }
  return words;
}

/* "Apple unveils iPhone 4", "Jobs resigns", "Jones steps down as
 * crowds gather": the tagger takes a headline's verb for a plural noun;
 * the first word in -s after a name, before any verb, is that verb.
 * Returns whether one was found. */
static gboolean
find_headline_verb (DlParsedSentence *self,
                    char            **words)
{
  for (guint i = 1; i < self->n; i++)
    {
      const char *w = words[i];
      gsize len = strlen (w);

      if (self->tags[i] == DL_UPOS_VERB || self->tags[i] == DL_UPOS_AUX)
        return FALSE;
      if ((self->tags[i] == DL_UPOS_NOUN || self->tags[i] == DL_UPOS_PROPN) && self->tags[i - 1] == DL_UPOS_PROPN
          && len > 3 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != '\''
          && g_ascii_islower (w[0]))
        {
          self->tags[i] = DL_UPOS_VERB;
          return TRUE;
        }
    }
  return FALSE;
}

/* @strings, %NULL-terminated, in one block with their characters: a
 * corpus keeps every sentence of every article parsed until its events
 * are found, and a string of its own per word would cost twice as much.
 * Takes @strings; free the result with g_free(). */
static char **
pack_strings (char **strings,
              guint  n)
{
  gsize size = (n + 1) * sizeof (char *);
  char **packed;
  char *at;

  for (guint i = 0; i < n; i++)
    size += strlen (strings[i]) + 1;
  packed = g_malloc (size);
  at = (char *) (packed + n + 1);
  for (guint i = 0; i < n; i++)
    {
      gsize length = strlen (strings[i]) + 1;

      packed[i] = memcpy (at, strings[i], length);
      at += length;
    }
  packed[n] = NULL;
  g_strfreev (strings);
  return packed;
}

/* The sentence's tokens and words, nothing tagged yet. The words go in
 * one block after their pointers, as pack_strings() lays them out: a
 * corpus keeps every sentence it parsed until its events are found. */
static DlParsedSentence *
split_sentence (const char *text,
                DlSpan      span)
{
  g_autoptr(GArray) tokens = split_tokens (text, span);
  DlParsedSentence *self = g_new0 (DlParsedSentence, 1);
  gsize pointers = (tokens->len + 1) * sizeof (char *), size = pointers;
  char *block, *at;

  self->n = tokens->len;
  self->tokens = (DlSpan *) g_array_steal (tokens, NULL);
  for (guint i = 0; i < self->n; i++)
    size += self->tokens[i].end - self->tokens[i].start + 1;
  block = g_malloc (size);
  at = block + pointers;
  for (guint i = 0; i < self->n; i++)
    at = write_plain_word (at, text, self->tokens[i]);
  /* Plain quotes are shorter than curly ones */
  block = g_realloc (block, at - block);
  self->words = (char **) (gpointer) block;
  at = block + pointers;
  for (guint i = 0; i < self->n; i++)
    {
      self->words[i] = at;
      at += strlen (at) + 1;
    }
  self->words[self->n] = NULL;
  return self;
}

/* The lemmas and the tree of the words as @words writes them, with the
 * tags the sentence has */
static void
lemmatise_and_parse (DlParsedSentence   *self,
                     const char * const *words)
{
  DlPosModel *tagger = dl_pos_model_get_default ();
  DlParserModel *parser = dl_parser_model_get_default ();

  self->lemmas = pack_strings (dl_pos_model_lemmatise (tagger, words, self->tags, self->n), self->n);
  self->deps = dl_parser_model_parse (parser, words, self->tags, self->n);
}

/**
 * dl_parsed_sentence_new_with_names:
 * @text: the article's text
 * @span: one sentence of it, bytes
 * @names: (array length=n_names) (nullable): the spans of the names in
 *   the sentence, bytes
 *
 * Like dl_parsed_sentence_new(), but reads a headline as a sentence: one
 * in title case ("Honecker Steps Down as Marches Swell") is tagged with
 * its words outside @names in lower case, and the verb of one without a
 * verb ("Apple unveils iPhone 4") is made one. The words kept are the
 * headline's own.
 *
 * Returns: (transfer full) (nullable): the sentence tagged and parsed, or
 *   %NULL when the models are not installed
 */
DlParsedSentence *
dl_parsed_sentence_new_with_names (const char   *text,
                                   DlSpan        span,
                                   const DlSpan *names,
                                   guint         n_names)
{
  DlPosModel *tagger = dl_pos_model_get_default ();
  g_auto(GStrv) recased = NULL;
  char **cased;
  DlParsedSentence *self;

  g_return_val_if_fail (text != NULL, NULL);

  if (tagger == NULL || dl_parser_model_get_default () == NULL)
    return NULL;
  self = split_sentence (text, span);
  /* Tagged once, and parsed once, as what the sentence turns out to be */
  if (self->n >= 2 && !ends_sentence (self->words[self->n - 1]) && is_headline (self->words, self->n))
    recased = dup_sentence_case (self, names, n_names);
  cased = recased != NULL ? recased : self->words;
  self->tags = dl_pos_model_tag (tagger, (const char * const *) cased, self->n);
  if (self->n >= 2 && !ends_sentence (self->words[self->n - 1]))
    find_headline_verb (self, cased);
  lemmatise_and_parse (self, (const char * const *) cased);
  return self;
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
  DlParsedSentence *self;

  g_return_val_if_fail (text != NULL, NULL);

  if (tagger == NULL || dl_parser_model_get_default () == NULL)
    return NULL;
  self = split_sentence (text, span);
  self->tags = dl_pos_model_tag (tagger, (const char * const *) self->words, self->n);
  lemmatise_and_parse (self, (const char * const *) self->words);
  return self;
}

void
dl_parsed_sentence_free (DlParsedSentence *self)
{
  if (self == NULL)
    return;
  g_free (self->tokens);
  g_free (self->words);
  g_free (self->tags);
  g_free (self->lemmas);
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
