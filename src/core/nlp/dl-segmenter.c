/* dl-segmenter.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sentences and tokens of news text. Written by hand rather than with
 * ICU's break iterator because news English is full of abbreviations
 * ("U.S.", "Gen.", "Sept.") and headlines without a full stop, which
 * the generic rules split or join wrongly.
 */
#include "config.h"

#include <string.h>

#include "dl-segmenter.h"

/* Abbreviations that stand before a name or number, so a full stop after
 * them never ends a sentence. */
static const char * const prefix_abbreviations[] = {
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
  "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "St",
  "Mt", "Ft", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
  "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Fig", "Vol", "approx",
  "cf", "ca",
};

/* Abbreviations that close a name or a list; they end a sentence only
 * when the next word is one that usually starts one. */
static const char * const suffix_abbreviations[] = {
  "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "etc", "al", "Bros", "Plc",
};

static const char * const sentence_starters[] = {
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This",
  "That", "These", "Those", "There", "But", "And", "In", "On", "At", "His",
  "Her", "Its", "Their", "Our", "As", "After", "Before", "When", "While",
  "If", "Mr", "Mrs", "Ms", "Dr", "Meanwhile", "However",
};

static gboolean
word_in (const char         *word,
         gsize               len,
         const char * const *list,
         guint               n)
{
  for (guint i = 0; i < n; i++)
    if (strlen (list[i]) == len && strncmp (word, list[i], len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_space_at (const char *p)
{
  return g_unichar_isspace (g_utf8_get_char (p));
}

/* Closing quotes and brackets that may follow a full stop */
static gboolean
is_closer (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D
         || c == 0xBB;
}

static gboolean
is_final_punct (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* The word (letters and inner dots) that ends just before @dot */
static const char *
word_before (const char *text,
             const char *dot,
             gsize      *len)
{
  const char *p = dot;

  while (p > text && (g_ascii_isalpha (p[-1]) || (p[-1] == '.' && p - 1 > text && g_ascii_isalpha (p[-2]))))
    p--;
  *len = dot - p;
  return p;
}

/* "U.S", "a.m", "e.g": single letters joined by dots */
static gboolean
is_dotted_acronym (const char *word,
                   gsize       len)
{
  if (len < 3)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if ((i % 2 == 0) != (g_ascii_isalpha (word[i]) != 0))
      return FALSE;
  return TRUE;
}

static gsize
next_word_len (const char *p,
               const char *end)
{
  const char *q = p;

  while (q < end && g_ascii_isalpha (*q))
    q++;
  return q - p;
}

/* Whether the full stop at @dot (followed by space, then @next) belongs to
 * an abbreviation rather than ending the sentence. */
static gboolean
dot_is_abbreviation (const char *text,
                     const char *dot,
                     const char *next,
                     const char *end)
{
  gsize len, next_len;
  const char *word = word_before (text, dot, &len);
  gboolean starter;

  if (len == 0)
    return FALSE;
  next_len = next_word_len (next, end);
  starter = word_in (next, next_len, sentence_starters, G_N_ELEMENTS (sentence_starters));

  /* An initial: "George W. Bush" */
  if (len == 1 && g_ascii_isupper (word[0]))
    return TRUE;
  if (word_in (word, len, prefix_abbreviations, G_N_ELEMENTS (prefix_abbreviations)))
    return TRUE;
  /* "No. 5", but "He said no." */
  if ((len == 2 && strncmp (word, "No", 2) == 0) || (len == 3 && strncmp (word, "Nos", 3) == 0))
    return g_ascii_isdigit (*next);
  if (word_in (word, len, suffix_abbreviations, G_N_ELEMENTS (suffix_abbreviations))
      || is_dotted_acronym (word, len))
    return !starter;
  return FALSE;
}

/* After final punctuation at @p: skip more of it and closing quotes.
 * Returns where the sentence ends. */
static const char *
skip_final (const char *p,
            const char *end)
{
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_final_punct (c) && !is_closer (c))
        break;
      p = g_utf8_next_char (p);
    }
  return p;
}

static const char *
skip_spaces (const char *p,
             const char *end,
             gboolean   *saw_newline)
{
  *saw_newline = FALSE;
  while (p < end && is_space_at (p))
    {
      if (*p == '\n')
        *saw_newline = TRUE;
      p = g_utf8_next_char (p);
    }
  return p;
}

/* Whether the sentence that reached the end of a line stops there:
 * at a blank line, or at a line without final punctuation (a headline)
 * unless the next line plainly continues it. */
static gboolean
line_break_ends (const char *line_end,
                 const char *next,
                 const char *end,
                 const char *text)
{
  const char *p;
  gboolean blank = FALSE;
  gunichar last, first;

  for (p = line_end + 1; p < next; p++)
    if (*p == '\n')
      blank = TRUE;
  if (blank || next >= end)
    return TRUE;

  p = line_end;
  while (p > text && is_space_at (g_utf8_prev_char (p)))
    p = g_utf8_prev_char (p);
  if (p == text)
    return FALSE;
  last = g_utf8_get_char (g_utf8_prev_char (p));
  first = g_utf8_get_char (next);
  if (last == ',' || last == '-' || last == ';' || g_unichar_islower (first))
    return FALSE;
  return TRUE;
}

static void
add_span (GArray     *spans,
          const char *text,
          const char *start,
          const char *end)
{
  DlSpan span;

  while (start < end && is_space_at (start))
    start = g_utf8_next_char (start);
  while (end > start && is_space_at (g_utf8_prev_char (end)))
    end = g_utf8_prev_char (end);
  if (end <= start)
    return;
  span.start = start - text;
  span.end = end - text;
  g_array_append_val (spans, span);
}

/* Handles final punctuation at @p; returns where the sentence ends, or
 * %NULL when it goes on. */
static const char *
final_punct_boundary (const char *text,
                      const char *p,
                      const char *end)
{
  const char *stop = skip_final (p, end);
  gboolean newline;
  const char *next;
  gunichar c;

  if (stop < end && !is_space_at (stop))
    return NULL;
  next = skip_spaces (stop, end, &newline);
  if (next >= end)
    return stop;
  c = g_utf8_get_char (next);
  if (g_unichar_islower (c))
    return NULL;
  /* Only a lone full stop can belong to an abbreviation */
  if (*p == '.' && (p + 1 == stop || p[1] != '.')
      && dot_is_abbreviation (text, p, next, end))
    return NULL;
  return stop;
}

/**
 * dl_segment_sentences:
 * @text: UTF-8 text
 * @length: its length in bytes
 *
 * Returns: (transfer full) (element-type DlSpan): the sentences, in byte
 *   offsets, trimmed of surrounding white space
 */
GArray *
dl_segment_sentences (const char *text,
                      gsize       length)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (DlSpan));
  const char *end = text + length;
  const char *start = text;
  const char *p = text;

  g_return_val_if_fail (text != NULL || length == 0, spans);

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *stop = NULL;
      gboolean newline;

      if (is_final_punct (c))
        stop = final_punct_boundary (text, p, end);
      else if (c == '\n')
        {
          const char *next = skip_spaces (p, end, &newline);
          if (line_break_ends (p, next, end, text))
            {
              add_span (spans, text, start, p);
              start = p = next;
              continue;
            }
        }

      if (stop != NULL)
        {
          add_span (spans, text, start, stop);
          start = p = stop;
          continue;
        }
      p = g_utf8_next_char (p);
    }
  add_span (spans, text, start, end);
  return spans;
}

static gboolean
is_word_char (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return g_unichar_isalnum (c) || type == G_UNICODE_NON_SPACING_MARK
         || type == G_UNICODE_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK;
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* Length of a possessive "'s" at @p that closes a word, or 0 */
static gsize
possessive_at (const char *p,
               const char *end)
{
  gunichar c = g_utf8_get_char (p);
  const char *s;

  if (!is_apostrophe (c))
    return 0;
  s = g_utf8_next_char (p);
  if (s >= end || (*s != 's' && *s != 'S'))
    return 0;
  if (s + 1 < end && is_word_char (g_utf8_get_char (s + 1)))
    return 0;
  return s + 1 - p;
}

/* Where a word starting at @p ends: letters and digits, joined by inner
 * hyphens, apostrophes ("O'Brien") and, between digits, "," and "." */
static const char *
scan_word (const char *p,
           const char *end)
{
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (is_word_char (c))
        {
          p = next;
          continue;
        }
      if (next >= end || possessive_at (p, end) > 0)
        break;
      if ((c == '-' || is_apostrophe (c)) && is_word_char (g_utf8_get_char (next)))
        {
          p = next;
          continue;
        }
      if ((c == ',' || c == '.') && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (*next))
        {
          p = next;
          continue;
        }
      break;
    }
  return p;
}

/* Extends a word by its full stop when it is an abbreviation, an
 * initial or a dotted acronym ("U.S.", "Mr.", "W.") */
static const char *
scan_abbreviation (const char *word,
                   const char *p,
                   const char *end)
{
  const char *q = p;
  gsize len = p - word;

  if (len == 1 && q < end && *q == '.' && g_ascii_isalpha (*word))
    {
      /* "U.S." and "a.m.": letter, dot, letter, dot, ... */
      while (q + 1 < end && q[0] == '.' && g_ascii_isalpha (q[1])
             && (q + 2 == end || !g_ascii_isalnum (q[2])))
        q += 2;
      if (q < end && *q == '.')
        return q + 1;
      return p;
    }
  if (q < end && *q == '.'
      && (word_in (word, len, prefix_abbreviations, G_N_ELEMENTS (prefix_abbreviations))
          || word_in (word, len, suffix_abbreviations, G_N_ELEMENTS (suffix_abbreviations))))
    return q + 1;
  return p;
}

static void
append_token (GArray     *tokens,
              const char *text,
              const char *from,
              const char *to)
{
  DlSpan span = { from - text, to - text };

  g_array_append_val (tokens, span);
}

/**
 * dl_segment_tokens:
 * @text: UTF-8 text
 * @start: first byte to tokenise
 * @end: byte after the last
 *
 * Splits words, numbers and punctuation. Hyphenated words, numbers with
 * separators and abbreviations stay whole; a possessive "'s" is a token
 * of its own, as is each punctuation mark (an ellipsis "..." is one).
 *
 * Returns: (transfer full) (element-type DlSpan): the tokens, in bytes of
 *   @text
 */
GArray *
dl_segment_tokens (const char *text,
                   gsize       start,
                   gsize       end)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (DlSpan));
  const char *stop = text + end;
  const char *p = text + start;

  g_return_val_if_fail (text != NULL || start == end, tokens);

  while (p < stop)
    {
      gunichar c = g_utf8_get_char (p);
      const char *q;
      gsize possessive;

      if (g_unichar_isspace (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      if ((possessive = possessive_at (p, stop)) > 0 && p > text + start && is_word_char (g_utf8_get_char (g_utf8_prev_char (p))))
        q = p + possessive;
      else if (is_word_char (c))
        q = scan_abbreviation (p, scan_word (p, stop), stop);
      else if (c == '.' && p + 2 < stop && p[1] == '.' && p[2] == '.')
        q = p + 3;
      else
        q = g_utf8_next_char (p);
      append_token (tokens, text, p, q);
      p = q;
    }
  return tokens;
}
