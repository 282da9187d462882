/* dl-timex-dct.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-timex-private.h"

/* The article's own date, from a dateline or byline near the top:
 * "July 7, 2017 Updated: July 7, 2017", "WASHINGTON, March 3 (Reuters) -",
 * "Published 7 July 2017". A date inside prose does not count. */

#define HEAD_BYTES 600
#define HEAD_LINES 8

/* Lower-case words a dateline may hold besides dates, names and places */
static const char *const dateline_words[] = {
  "updated", "published", "posted", "by", "on", "last", "modified", "date",
  "dated", "created", "at", "am", "pm", "a", "p", "m", "and", "staff",
  "writer", "reporter", "correspondent", "first", "in", "edited", "news",
  "of", "from", "local", "time", "the", "filed", "issued", "printed",
  "issue", "edition", "revised",
  /* "Updated 6 years ago", "4 min read" */
  "ago", "read", "min", "mins", "minute", "minutes", "hour", "hours", "day",
  "days", "week", "weeks", "month", "months", "year", "years", NULL
};

static gboolean
is_dateline_word (const char *word,
                  gsize       len)
{
  char lower[24];
  gsize k;

  if (len >= sizeof lower)
    return FALSE;
  for (k = 0; k < len; k++)
    lower[k] = g_ascii_tolower (word[k]);
  lower[len] = '\0';
  for (k = 0; dateline_words[k] != NULL; k++)
    if (strcmp (lower, dateline_words[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Counts the words of text[from, to) and says whether any is prose: a
 * lower-case word that is not one of the dateline words. A dash ends
 * the dateline ("WASHINGTON, March 3 (Reuters) - The ..."). */
static gboolean
only_dateline_words (const char *text,
                     gsize       from,
                     gsize       to,
                     gboolean    stop_at_dash,
                     guint      *n_words)
{
  gsize pos = from;

  *n_words = 0;
  while (pos < to)
    {
      gsize start = pos;

      if (stop_at_dash && (text[pos] == '-' || text[pos] == '|'
                           || strncmp (text + pos, "\xe2\x80\x94", 3) == 0
                           || strncmp (text + pos, "\xe2\x80\x93", 3) == 0)
          && (pos == from || g_ascii_isspace (text[pos - 1]) || text[pos - 1] == ')'))
        return TRUE;
      if (!g_ascii_isalpha (text[pos]))
        {
          pos++;
          continue;
        }
      while (pos < to && (g_ascii_isalpha (text[pos]) || text[pos] == '\''))
        pos++;
      (*n_words)++;
      if (g_ascii_islower (text[start]) && !is_dateline_word (text + start, pos - start))
        return FALSE;
    }
  return TRUE;
}

static gsize
line_start (const char *text,
            gsize       pos)
{
  while (pos > 0 && text[pos - 1] != '\n')
    pos--;
  return pos;
}

static gsize
line_end (const char *text,
          gsize       length,
          gsize       pos)
{
  const char *nl = memchr (text + pos, '\n', length - pos);

  return nl != NULL ? (gsize) (nl - text) : length;
}

static gboolean
stands_as_dateline (const char    *text,
                    gsize          length,
                    const DlTimex *timex)
{
  gsize from = line_start (text, timex->start);
  gsize to = line_end (text, length, timex->end);
  guint before, after;

  if (!only_dateline_words (text, from, timex->start, FALSE, &before) || before > 6)
    return FALSE;
  return only_dateline_words (text, timex->end, to, TRUE, &after);
}

/* The most frequent year written out in the text, the later on ties */
static int
year_from_text (const char *text,
                gsize       length)
{
  g_autoptr(GArray) all = dl_timex_find (text, length, NULL);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  int best = 0;
  guint best_count = 0;
  guint k;

  for (k = 0; k < all->len; k++)
    {
      const DlTimex *timex = &g_array_index (all, DlTimex, k);
      int year;
      guint count;

      if (timex->anchored || timex->type != DL_TIMEX_DATE
          || strlen (timex->value) < 4 || !g_ascii_isdigit (timex->value[3])
          || (timex->value[4] != '\0' && timex->value[4] != '-'))
        continue;
      year = (int) g_ascii_strtoll (timex->value, NULL, 10);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (year))) + 1;
      g_hash_table_insert (counts, GINT_TO_POINTER (year), GUINT_TO_POINTER (count));
      if (count > best_count || (count == best_count && year > best))
        {
          best = year;
          best_count = count;
        }
    }
  return best;
}

/* "2017-07-07", "XXXX-03-03", "2017-07-07T10:30" */
static GDateTime *
parse_value (const char *value,
             int         year)
{
  int y, mo, d, h = 0, mi = 0;

  if (strlen (value) < 10 || value[4] != '-' || value[7] != '-')
    return NULL;
  y = value[0] == 'X' ? year : (int) g_ascii_strtoll (value, NULL, 10);
  mo = (int) g_ascii_strtoll (value + 5, NULL, 10);
  d = (int) g_ascii_strtoll (value + 8, NULL, 10);
  if (value[10] == 'T' && g_ascii_isdigit (value[11]) && strlen (value) >= 16)
    {
      h = (int) g_ascii_strtoll (value + 11, NULL, 10);
      mi = (int) g_ascii_strtoll (value + 14, NULL, 10);
    }
  else if (value[10] != '\0' && value[10] != 'T')
    return NULL;
  if (y < 1 || !g_date_valid_dmy (d, mo, y))
    return NULL;
  return g_date_time_new_utc (y, mo, d, h % 24, mi, 0);
}

static gsize
head_length (const char *text,
             gsize       length)
{
  gsize end = 0;
  guint lines = 0;

  while (end < length && end < HEAD_BYTES && lines < HEAD_LINES)
    {
      end = line_end (text, length, end);
      if (end < length)
        end++;
      lines++;
    }
  return end;
}

/**
 * dl_timex_find_dct:
 * @text: UTF-8 text of an article
 * @length: its length in bytes, or -1 when nul-terminated
 * @dct: (out): the article's date, UTC
 * @where: (out) (optional): where it was found
 *
 * Looks for the article's own date in a dateline or byline among the
 * first lines of @text.
 *
 * Returns: %TRUE when a date was found
 */
gboolean
dl_timex_find_dct (const char  *text,
                   gsize        length,
                   GDateTime  **dct,
                   DlSpan      *where)
{
  g_autoptr(GArray) timexes = NULL;
  gsize head;
  guint k;

  g_return_val_if_fail (dct != NULL, FALSE);
  *dct = NULL;
  if (text == NULL)
    return FALSE;
  if (length == (gsize) -1)
    length = strlen (text);
  head = head_length (text, length);
  timexes = dl_timex_find (text, head, NULL);
  for (k = 0; k < timexes->len; k++)
    {
      const DlTimex *timex = &g_array_index (timexes, DlTimex, k);
      int year = 0;

      if (timex->type == DL_TIMEX_DURATION || timex->type == DL_TIMEX_SET
          || strlen (timex->value) < 10 || !stands_as_dateline (text, length, timex))
        continue;
      if (timex->value[0] == 'X' && (year = year_from_text (text, length)) == 0)
        continue;
      *dct = parse_value (timex->value, year);
      if (*dct == NULL)
        continue;
      if (where != NULL)
        *where = (DlSpan) { timex->start, timex->end };
      return TRUE;
    }
  return FALSE;
}
