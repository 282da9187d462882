/* dl-entities-tokens.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Splits text into the tokens the entity finder works on. Unlike the
 * general tokenizer it keeps what matters for names together ("U.S.",
 * "W.", "Mr.", "O'Brien") and cuts off what does not belong to them
 * (the "'s" of a possessive, the hyphen of "Trump-Putin").
 */
#include "config.h"

#include <string.h>

#include "dl-entities-tokens.h"
#include "dl-gazetteer.h"
#include "dl-segmenter.h"

/* Short forms written with a full stop that do not end a sentence */
static const char * const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "inc", "corp",
  "ltd", "co", "jr", "sr", "lt", "col", "capt", "sgt", "prof", "rev", "mt",
  "adm", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
  "fri", "sat", "sun", "vs", "no", "ft", "dept", "univ", "gov", "pres",
  NULL
};

/* A set of @words, made once: they are asked for at every token */
static GHashTable *
make_set (const char * const *words)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; words[i] != NULL; i++)
    g_hash_table_add (set, (gpointer) words[i]);
  return set;
}

static gboolean
is_abbreviation (const char *word,
                 gsize       length)
{
  static GHashTable *set = NULL;
  char lower[8];

  if (g_once_init_enter (&set))
    g_once_init_leave (&set, make_set (abbreviations));
  /* None is longer than this; a longer word is none of them */
  if (length >= sizeof lower)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    lower[i] = g_ascii_tolower (word[i]);
  lower[length] = '\0';
  return g_hash_table_contains (set, lower);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* The Unicode tests, with a shortcut for ASCII, where they agree with
 * the ASCII ones: most text is ASCII, and every character is tested */
static gboolean
is_alpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

static gboolean
is_lower (gunichar c)
{
  return c < 0x80 ? g_ascii_islower (c) : g_unichar_islower (c);
}

static gboolean
is_upper (gunichar c)
{
  return c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);
}

static gboolean
is_digit (gunichar c)
{
  return c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c);
}

static gboolean
is_alnum (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c);
}

/* No ASCII character is a mark; and of the ASCII controls Unicode counts
 * only these as white space, unlike g_ascii_isspace() ('\v') */
static gboolean
is_mark (gunichar c)
{
  return c >= 0x80 && g_unichar_ismark (c);
}

static gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  return g_unichar_isspace (c);
}

static gunichar
char_at (const char *text,
         gsize       pos,
         gsize       length)
{
  if (pos >= length)
    return 0;
  if ((guchar) text[pos] < 0x80)
    return (guchar) text[pos];
  return g_utf8_get_char (text + pos);
}

static gsize
next_pos (const char *text,
          gsize       pos)
{
  return g_utf8_next_char (text + pos) - text;
}

/* An apostrophe that starts "'s" at the end of a word */
static gboolean
is_possessive_at (const char *text,
                  gsize       pos,
                  gsize       length)
{
  gsize s = next_pos (text, pos);

  if (!is_apostrophe (char_at (text, pos, length)) || s >= length)
    return FALSE;
  if (text[s] != 's' && text[s] != 'S')
    return FALSE;
  return !is_alnum (char_at (text, s + 1, length));
}

static gsize
scan_letters (const char *text,
              gsize       pos,
              gsize       length)
{
  while (pos < length)
    {
      gunichar c = char_at (text, pos, length);
      gsize next = next_pos (text, pos);

      if (is_alnum (c) || is_mark (c))
        pos = next;
      else if (is_apostrophe (c) && is_alpha (char_at (text, next, length))
               && !is_possessive_at (text, pos, length))
        pos = next;
      else
        break;
    }
  return pos;
}

/* "U.S.", "a.m.", "W.", "Mr." keep their full stops */
static gsize
scan_dots (const char *text,
           gsize       start,
           gsize       end,
           gsize       length)
{
  if (end >= length || text[end] != '.')
    return end;
  if (end - start == 1 && g_ascii_isalpha (text[start]))
    {
      while (end + 2 < length && g_ascii_isalpha (text[end + 1]) && text[end + 2] == '.')
        end += 2;
      if (g_ascii_isupper (text[start]) || end - start > 1)
        return end + 1;
      return end;
    }
  if (is_abbreviation (text + start, end - start))
    return end + 1;
  return end;
}

static gsize
scan_token (const char *text,
            gsize       pos,
            gsize       length,
            gboolean   *possessive)
{
  gunichar c = char_at (text, pos, length);
  gsize end;

  *possessive = FALSE;
  if (is_possessive_at (text, pos, length))
    {
      *possessive = TRUE;
      return next_pos (text, next_pos (text, pos));
    }
  if (!is_alnum (c))
    return next_pos (text, pos);
  end = scan_letters (text, pos, length);
  return scan_dots (text, pos, end, length);
}

static void
set_case_flags (DlEntityToken *token)
{
  gunichar first = g_utf8_get_char (token->text);
  guint n_letters = 0;
  gboolean any_lower = FALSE;

  token->is_word = is_alpha (first);
  token->is_number = is_digit (first);
  token->capitalised = token->is_word && is_upper (first);
  token->lower = token->is_word && is_lower (first);
  token->dotted = g_str_has_suffix (token->text, ".");
  for (const char *p = token->text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (guchar) *p : g_utf8_get_char (p);

      n_letters += is_alpha (c) ? 1 : 0;
      any_lower |= is_lower (c);
    }
  token->shouted = n_letters >= 2 && !any_lower && token->is_word;
  token->initial = token->capitalised && n_letters == 1 && token->dotted;
  /* Asked of most tokens, several times over; every connector is in
   * lower case */
  token->title_start = dl_gazetteer_may_start_title (token->text);
  token->connector = token->lower && dl_gazetteer_is_connector (token->text);
}

static void
clear_token (gpointer data)
{
  DlEntityToken *token = data;

  if (token->owns_text)
    g_free (token->text);
  token->text = NULL;
}

/* The texts of all the tokens in one block, each ended by a nul: a long
 * article has thousands of tokens, and a string of its own for each
 * costs more in the allocator than in the tagger. The first token owns
 * the block. */
static void
copy_texts (GArray     *tokens,
            const char *text)
{
  gsize size = 0;
  char *block, *at;

  for (guint i = 0; i < tokens->len; i++)
    {
      DlEntityToken *token = &g_array_index (tokens, DlEntityToken, i);

      size += token->end - token->start + 1;
    }
  at = block = g_malloc (MAX (size, 1));
  for (guint i = 0; i < tokens->len; i++)
    {
      DlEntityToken *token = &g_array_index (tokens, DlEntityToken, i);
      gsize n = token->end - token->start;

      memcpy (at, text + token->start, n);
      at[n] = '\0';
      token->text = at;
      at += n + 1;
    }
  if (tokens->len > 0)
    g_array_index (tokens, DlEntityToken, 0).owns_text = TRUE;
  else
    g_free (block);
}

static GArray *
tokenize (const char *text,
          gsize       length)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (DlEntityToken));
  gboolean space = TRUE, newline = TRUE;
  gsize pos = 0;

  g_array_set_clear_func (tokens, clear_token);
  while (pos < length)
    {
      gunichar c = char_at (text, pos, length);
      DlEntityToken token = { 0 };
      gboolean possessive;

      if (is_space (c) || c == 0xA0)
        {
          space = TRUE;
          newline |= c == '\n';
          pos = next_pos (text, pos);
          continue;
        }
      token.start = pos;
      token.end = scan_token (text, pos, length, &possessive);
      token.space_before = space;
      token.newline_before = newline;
      token.possessive = possessive;
      g_array_append_val (tokens, token);
      pos = token.end;
      space = newline = FALSE;
    }
  copy_texts (tokens, text);
  for (guint i = 0; i < tokens->len; i++)
    set_case_flags (&g_array_index (tokens, DlEntityToken, i));
  return tokens;
}

gboolean
dl_entity_token_is (DlEntityToken *token,
                    const char    *text)
{
  return strcmp (token->text, text) == 0;
}

gboolean
dl_entity_token_is_punct (DlEntityToken *token,
                          const char    *chars)
{
  if (token->is_word || token->is_number)
    return FALSE;
  return strstr (chars, token->text) != NULL;
}

/* A lone apostrophe after a plural ("the Democrats' plan") */
static void
mark_plural_possessives (GArray *tokens)
{
  for (guint i = 1; i < tokens->len; i++)
    {
      DlEntityToken *token = &g_array_index (tokens, DlEntityToken, i);
      DlEntityToken *prev = &g_array_index (tokens, DlEntityToken, i - 1);

      if (!token->space_before && dl_entity_token_is_punct (token, "'’")
          && prev->is_word && g_str_has_suffix (prev->text, "s")
          && (i + 1 == tokens->len
              || g_array_index (tokens, DlEntityToken, i + 1).space_before))
        token->possessive = TRUE;
    }
}

/* After ". ", "? ", a colon, an opening quote, a dash: a new sentence
 * may start even when the segmenter did not say so. */
static gboolean
starts_clause (GArray *tokens,
               guint   i)
{
  DlEntityToken *prev;

  if (i == 0)
    return TRUE;
  prev = &g_array_index (tokens, DlEntityToken, i - 1);
  if (dl_entity_token_is_punct (prev, ".!?:;…“\"‘([–—|•"))
    return TRUE;
  if (i >= 2 && dl_entity_token_is_punct (prev, "”’'\")"))
    return dl_entity_token_is_punct (&g_array_index (tokens, DlEntityToken, i - 2), ".!?");
  return FALSE;
}

static void
mark_sentences (GArray *tokens,
                GArray *sentences)
{
  guint s = 0;

  for (guint i = 0; i < tokens->len; i++)
    {
      DlEntityToken *token = &g_array_index (tokens, DlEntityToken, i);
      DlSpan *span = NULL;

      while (s < sentences->len && g_array_index (sentences, DlSpan, s).end <= token->start)
        s++;
      if (s < sentences->len)
        span = &g_array_index (sentences, DlSpan, s);
      token->in_sentence = span != NULL && span->start <= token->start;
      token->sentence_start = token->newline_before || starts_clause (tokens, i);
      if (token->in_sentence && i > 0
          && g_array_index (tokens, DlEntityToken, i - 1).start < span->start)
        token->sentence_start = TRUE;
    }
}

static gboolean
is_minor_word (DlEntityToken *token)
{
  static const char * const minor[] = {
    "a", "an", "the", "of", "in", "on", "at", "for", "with", "to", "and",
    "or", "by", "from", "as", "vs", "vs.", "it", "is", "than", "but", NULL
  };
  static GHashTable *set = NULL;

  if (g_once_init_enter (&set))
    g_once_init_leave (&set, make_set (minor));
  return g_hash_table_contains (set, token->text);
}

/* A line where almost every word is capitalised is a headline or a
 * heading; its capitals say nothing about names. */
static void
mark_headline (GArray *tokens,
               guint   first,
               guint   last)
{
  guint n_upper = 0, n_lower = 0, n_shouted = 0, n_words = 0;
  gboolean headline;

  for (guint i = first; i < last; i++)
    {
      DlEntityToken *token = &g_array_index (tokens, DlEntityToken, i);

      if (!token->is_word || is_minor_word (token))
        continue;
      n_words++;
      n_upper += token->capitalised ? 1 : 0;
      n_lower += token->lower ? 1 : 0;
      n_shouted += token->shouted ? 1 : 0;
    }
  /* Running text ends with a full stop; a headline seldom does */
  headline = (n_upper >= 2 && n_lower * 5 <= n_upper
              && !dl_entity_token_is_punct (&g_array_index (tokens, DlEntityToken, last - 1), "."))
             || (n_words >= 2 && n_shouted == n_words);
  for (guint i = first; i < last; i++)
    g_array_index (tokens, DlEntityToken, i).headline = headline;
}

static void
mark_headlines (GArray *tokens)
{
  guint first = 0;

  for (guint i = 1; i <= tokens->len; i++)
    {
      if (i < tokens->len && !g_array_index (tokens, DlEntityToken, i).newline_before)
        continue;
      mark_headline (tokens, first, i);
      first = i;
    }
}

/**
 * dl_entity_tokens_new:
 * @text: UTF-8 text
 * @length: its length in bytes
 * @sentences: (element-type DlSpan): sentence spans, sorted
 *
 * Returns: (transfer full) (element-type DlEntityToken): the tokens of
 *   the whole text, marked
 */
GArray *
dl_entity_tokens_new (const char *text,
                      gsize       length,
                      GArray     *sentences)
{
  GArray *tokens = tokenize (text, length);

  mark_plural_possessives (tokens);
  mark_sentences (tokens, sentences);
  mark_headlines (tokens);
  return tokens;
}
