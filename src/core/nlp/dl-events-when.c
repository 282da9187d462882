/* dl-events-when.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When an event of the timeline happened: a date written in its
 * sentence; else the last date of its paragraph; else, for what has
 * happened, the article's own date.
 *
 * Some clauses tell that an event lies before or after the one the
 * sentence is about, and then neither the paragraph's date nor the
 * article's is the event's: "Less than four weeks after the Berlin Wall
 * was opened, Gorbachev cautioned ..." places the opening about four
 * weeks before the article's day, "since the Wall fell" only somewhere
 * before it. Nor is the date in a dateline ("BERLIN, Nov. 10, 1989 —")
 * the date of what the sentence tells: it is the day of the report, and
 * what it reports "overnight" happened the night before.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dl-date-span.h"
#include "dl-events-syntax.h"
#include "dl-events-when.h"

#define SECONDS_PER_DAY (G_GINT64_CONSTANT (86400))

/* A date as coarse as a year ("the 2016 elections") qualifies a noun
 * more often than it sets the scene for the sentences after it */
#define MAX_SCENE_SPAN (31 * SECONDS_PER_DAY)

static gboolean
is_dated (const DlTimex *timex)
{
  return timex->type == DL_TIMEX_DATE || timex->type == DL_TIMEX_TIME;
}

static gboolean
is_dash (const char *word)
{
  return strcmp (word, "\u2014") == 0 || strcmp (word, "\u2013") == 0 || strcmp (word, "-") == 0
         || strcmp (word, "--") == 0;
}

/* "BERLIN, Nov. 10, 1989 — East Germany ...": a date after a place in
 * capitals at the start of the sentence, before a dash, is the day of
 * the report */
static gboolean
is_dateline (DlSentence    *s,
             const DlTimex *timex)
{
  guint first = dl_sentence_token_at_or_after (s, timex->start);
  guint after = dl_sentence_token_at_or_after (s, timex->end);

  if (first == 0 || first > 6 || !is_dash (dl_sentence_word (s, after)))
    return FALSE;
  for (guint i = 0; i < first; i++)
    {
      const char *w = dl_sentence_word (s, i);

      if (strcmp (w, ",") != 0 && !g_unichar_isupper (g_utf8_get_char (s->text + dl_sentence_token (s, i)->start)))
        return FALSE;
    }
  return TRUE;
}

/* In an article without a date, a relative date ("on Sunday", "in
 * November") was counted from the last date the text happened to name,
 * which is as likely a memory ("in 1961") as the day of the news; and in
 * a dated one, a relative date that lands years away from the article's
 * own was counted from such a memory. Either way it cannot be trusted. */
static gboolean
is_misanchored (DlSentence    *s,
                const DlTimex *timex)
{
  GDateTime *dct = s->analysis->dct;
  int year;

  if (!timex->anchored)
    return FALSE;
  if (dct == NULL)
    return TRUE;
  year = atoi (timex->value);
  return year > 0 && ABS (year - g_date_time_get_year (dct)) > 1;
}

/* The date written in the event's clause, or in the sentence outside a
 * background clause; the nearest one to the event word when there are
 * several. @at is set to the timex's first token. */
static DlDateSpan *
sentence_date (DlSentence         *s,
               const DlEventPlace *place,
               gboolean           *misplaced,
               guint              *at)
{
  GArray *timexes = s->analysis->timexes;
  gsize trigger = dl_sentence_token (s, place->index)->start;
  DlDateSpan *best = NULL;
  gsize best_distance = G_MAXSIZE;

  for (guint i = 0; timexes != NULL && i < timexes->len; i++)
    {
      DlTimex *timex = &g_array_index (timexes, DlTimex, i);
      DlCertainty certainty = timex->anchored ? DL_CERTAINTY_RELATIVE : DL_CERTAINTY_STATED;
      gsize distance = timex->start > trigger ? timex->start - trigger : trigger - timex->start;
      DlDateSpan *span;

      if (timex->start < s->span.start || timex->end > s->span.end || !is_dated (timex)
          || distance >= best_distance || is_dateline (s, timex)
          || dl_sentence_timex_is_background (s, timex, place->clause_start, place->clause_end)
          || (place->mention != NULL && dl_events_timex_elsewhere (s, place->mention, i)))
        continue;
      if (is_misanchored (s, timex))
        {
          *misplaced = TRUE;
          continue;
        }
      span = dl_date_span_new_from_value (timex->value, certainty);
      if (span == NULL)
        continue;
      g_clear_pointer (&best, dl_date_span_unref);
      best = span;
      best_distance = distance;
      *at = dl_sentence_token_at_or_after (s, timex->start);
    }
  return best;
}

/* The latest date named earlier in the same paragraph */
static DlDateSpan *
paragraph_date (DlSentence *s)
{
  GArray *timexes = s->analysis->timexes;

  for (guint i = timexes != NULL ? timexes->len : 0; i > 0; i--)
    {
      DlTimex *timex = &g_array_index (timexes, DlTimex, i - 1);
      DlDateSpan *span;

      if (timex->end > s->span.start || !is_dated (timex) || is_misanchored (s, timex))
        continue;
      if (timex->start < s->paragraph_start)
        break;
      span = dl_date_span_new_from_value (timex->value, DL_CERTAINTY_RELATIVE);
      if (span != NULL && dl_date_span_get_end (span) - dl_date_span_get_start (span) <= MAX_SCENE_SPAN)
        return span;
      g_clear_pointer (&span, dl_date_span_unref);
    }
  return NULL;
}

/* The article's day, @days_before it */
static DlDateSpan *
article_date (DlSentence  *s,
              int          days_before,
              DlCertainty  certainty)
{
  GDateTime *dct = s->analysis->dct;
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *value = NULL;

  if (dct == NULL)
    return NULL;
  day = g_date_time_add_days (dct, -days_before);
  value = g_date_time_format (day, "%Y-%m-%d");
  return dl_date_span_new_from_value (value, certainty);
}

/* The word that opens the event's clause when it tells of something
 * before or after the sentence's time: "after", "since" or "before";
 * @duration is set to the length of the gap written before it ("less
 * than four weeks after"), or NULL */
static const char *
gap_word (DlSentence         *s,
          const DlEventPlace *place,
          const DlTimex     **duration)
{
  static const char * const words[] = { "after", "since", "before" };
  GArray *timexes = s->analysis->timexes;
  const char *w;
  guint at = place->clause_start;

  *duration = NULL;
  if (at == 0)
    return NULL;
  w = dl_sentence_word (s, at - 1);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (w, words[i]) == 0)
      {
        gsize before = dl_sentence_token (s, at - 1)->start;

        for (guint k = 0; timexes != NULL && k < timexes->len; k++)
          {
            const DlTimex *x = &g_array_index (timexes, DlTimex, k);

            if (x->type == DL_TIMEX_DURATION && x->end <= before && x->end + 2 >= before)
              *duration = x;
          }
        return words[i];
      }
  return NULL;
}

/* "P4W" → 4 and 'W'; FALSE for "PXW", "PT2H" and the like */
static gboolean
parse_duration (const char *value,
                guint64    *n,
                char       *unit)
{
  char *end;

  if (value == NULL || value[0] != 'P' || !g_ascii_isdigit (value[1]))
    return FALSE;
  *n = g_ascii_strtoull (value + 1, &end, 10);
  *unit = *end;
  return end[1] == '\0' && strchr ("DWMY", *unit) != NULL;
}

/**
 * dl_events_date_across_gap:
 * @reference: the date the gap is counted from
 * @duration: a TIMEX3 duration ("P4W")
 * @sign: -1 for a gap before @reference, 1 for one after it
 *
 * Returns: (transfer full) (nullable): the day, month or year (as fine
 *   as the duration's unit) that lies @duration away from @reference,
 *   inferred; %NULL when the duration has no number
 */
DlDateSpan *
dl_events_date_across_gap (DlDateSpan *reference,
                           const char *duration,
                           int         sign)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *value = NULL;
  guint64 n;
  char unit;

  g_return_val_if_fail (reference != NULL, NULL);

  if (!parse_duration (duration, &n, &unit) || n > 1000)
    return NULL;
  from = g_date_time_new_from_unix_utc (dl_date_span_get_start (reference));
  if (unit == 'D')
    to = g_date_time_add_days (from, sign * (int) n);
  else if (unit == 'W')
    to = g_date_time_add_weeks (from, sign * (int) n);
  else if (unit == 'M')
    to = g_date_time_add_months (from, sign * (int) n);
  else
    to = g_date_time_add_years (from, sign * (int) n);
  if (to == NULL)
    return NULL;
  /* "four weeks after" is not to the day: the month it falls in */
  value = g_date_time_format (to, unit == 'D' ? "%Y-%m-%d" : unit == 'Y' ? "%Y" : "%Y-%m");
  return dl_date_span_new_from_value (value, DL_CERTAINTY_INFERRED);
}

/* The time the sentence is about, which a clause of "after", "since"
 * or "before" counts from: a date outside the clause, else the
 * paragraph's, else the article's */
static DlDateSpan *
gap_date (DlSentence    *s,
          DlDateSpan    *outside,
          const char    *word,
          const DlTimex *duration)
{
  g_autoptr(DlDateSpan) reference = NULL;

  if (duration == NULL)
    return NULL;
  if (outside != NULL)
    reference = dl_date_span_ref (outside);
  if (reference == NULL)
    reference = paragraph_date (s);
  if (reference == NULL)
    reference = article_date (s, 0, DL_CERTAINTY_INFERRED);
  if (reference == NULL)
    return NULL;
  return dl_events_date_across_gap (reference, duration->value, strcmp (word, "before") == 0 ? 1 : -1);
}

static gboolean
clause_has_word (DlSentence         *s,
                 const DlEventPlace *place,
                 const char         *word,
                 guint               end)
{
  for (guint i = place->clause_start; i < end; i++)
    if (strcmp (dl_sentence_word (s, i), word) == 0)
      return TRUE;
  return FALSE;
}

/* "who had spent years seeking talks": told in the past perfect in a
 * clause that adds to another, it happened before the time of the
 * news, and the article's day is not its day */
static gboolean
is_earlier_background (DlSentence         *s,
                       const DlEventPlace *place)
{
  return dl_sentence_in_subordinate_clause (s, place->index)
         && clause_has_word (s, place, "had", place->index);
}

/**
 * dl_events_find_when:
 * @place: where the event is told
 * @dated_here: (out): whether the date was written in the sentence
 *
 * Returns: (transfer full) (nullable): when the event happened, or
 *   %NULL when nothing places it
 */
DlDateSpan *
dl_events_find_when (DlSentence         *s,
                     const DlEventPlace *place,
                     gboolean           *dated_here)
{
  gboolean misplaced = FALSE;
  guint at = 0;
  const DlTimex *duration;
  const char *gap = gap_word (s, place, &duration);
  DlDateSpan *when = sentence_date (s, place, &misplaced, &at);

  *dated_here = when != NULL;
  /* "On Dec. 3, less than four weeks after the Wall was opened, ...": a
   * date before the clause is what the gap is counted from; one after
   * "after" is the event's own ("a day after Schabowski announced, on
   * Thursday evening, that ...") */
  if (gap != NULL && (when == NULL || at < place->clause_start))
    {
      DlDateSpan *across = gap_date (s, when, gap, duration);

      g_clear_pointer (&when, dl_date_span_unref);
      *dated_here = FALSE;
      return across;
    }
  /* "on Sunday" that cannot be placed is not the paragraph's or the
   * article's day either */
  if (when != NULL || misplaced)
    return when;
  when = paragraph_date (s);
  if (when != NULL || !dl_sentence_is_realised (s, place->index, place->form)
      || is_earlier_background (s, place))
    return when;
  /* "threw open its borders overnight", in the next morning's paper */
  if (clause_has_word (s, place, "overnight", place->clause_end))
    return article_date (s, 1, DL_CERTAINTY_RELATIVE);
  return article_date (s, 0, DL_CERTAINTY_INFERRED);
}
