/* dl-timex-times.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-timex-private.h"

/* Clock times: "3 p.m.", "10:30 a.m. local time", "noon", and a time
 * next to the day it belongs to: "noon Sunday", "Friday at 3 p.m.". */

/* "a.m.", "p.m", "am", "PM" after a number; returns 0, 'a' or 'p' */
static char
meridian_at (const DlTxScanner *sc,
             guint              i,
             guint             *end)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  if (tok == NULL || tok->kind != DL_TX_WORD)
    return 0;
  /* Without dots, a full stop after "pm" ends the sentence */
  if (strcmp (tok->lower, "am") == 0 || strcmp (tok->lower, "pm") == 0)
    {
      *end = i + 1;
      return tok->lower[0];
    }
  if ((strcmp (tok->lower, "a") == 0 || strcmp (tok->lower, "p") == 0)
      && dl_tx_is_punct (sc, i + 1, '.') && dl_tx_attached (sc, i + 1)
      && dl_tx_is (sc, i + 2, "m") && dl_tx_attached (sc, i + 2))
    {
      *end = dl_tx_skip_period (sc, i + 3);
      return tok->lower[0];
    }
  return 0;
}

static guint
skip_zone (const DlTxScanner *sc,
           guint              i)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);

  if (dl_tx_is (sc, i, "local") && dl_tx_is (sc, i + 1, "time"))
    return i + 2;
  if (tok != NULL && tok->space_before && dl_tx_is_any (sc, i, dl_tx_zones)
      && g_ascii_isupper (sc->text[tok->start + 1]))
    return i + 1;
  return i;
}

/* A clock time at @i: hours and minutes, with the end of the time */
static gboolean
clock_at (const DlTxScanner *sc,
          guint              i,
          int               *hour,
          int               *minute,
          guint             *end)
{
  const DlTxToken *tok = dl_tx_tok (sc, i);
  const DlTxToken *mins;
  guint j = i + 1;
  char meridian;

  if (tok == NULL)
    return FALSE;
  /* "12 noon", "12 midnight" */
  if (tok->kind == DL_TX_NUM && tok->num == 12 && tok->ndigits == 2
      && (dl_tx_is (sc, i + 1, "noon") || dl_tx_is (sc, i + 1, "midnight")))
    i++;
  if (dl_tx_is (sc, i, "noon") || dl_tx_is (sc, i, "midday") || dl_tx_is (sc, i, "midnight"))
    {
      /* "midnight Friday" ends Friday: TIDES writes it T24:00 of that day */
      *hour = dl_tx_is (sc, i, "midnight") ? 24 : 12;
      *minute = 0;
      *end = skip_zone (sc, i + 1);
      return TRUE;
    }
  /* "0730 GMT", "1400 hours": the 24-hour clock of wire copy, which
   * the zone or the word after tells from a year */
  if (tok->kind == DL_TX_NUM && tok->ndigits == 4 && tok->num / 100 <= 23 && tok->num % 100 < 60)
    {
      *end = dl_tx_is (sc, j, "hours") || dl_tx_is (sc, j, "hrs") ? j + 1 : skip_zone (sc, j);
      *hour = tok->num / 100;
      *minute = tok->num % 100;
      return *end > j;
    }
  if (tok->kind != DL_TX_NUM || tok->ndigits > 2 || tok->num > 23)
    return FALSE;
  *hour = tok->num;
  *minute = 0;
  mins = dl_tx_tok (sc, i + 2);
  /* "6:30", and "6.30 a.m." as British papers write it, where only the
   * "a.m." tells it from a number */
  if ((dl_tx_is_punct (sc, i + 1, ':')
       || (dl_tx_is_punct (sc, i + 1, '.') && meridian_at (sc, i + 3, end) != 0))
      && mins != NULL && mins->kind == DL_TX_NUM
      && mins->ndigits == 2 && mins->num < 60 && dl_tx_attached (sc, i + 1) && dl_tx_attached (sc, i + 2))
    {
      *minute = mins->num;
      j = i + 3;
    }
  meridian = meridian_at (sc, j, end);
  if (meridian != 0 && *hour >= 1 && *hour <= 12)
    {
      *hour = (*hour % 12) + (meridian == 'p' ? 12 : 0);
      *end = skip_zone (sc, *end);
      return TRUE;
    }
  /* A 24-hour time needs minutes and something that says it is a time */
  if (j == i + 1 || meridian != 0)
    return FALSE;
  *end = skip_zone (sc, j);
  return *end > j || (i > 0 && (dl_tx_is (sc, i - 1, "at") || dl_tx_is (sc, i - 1, "by")));
}

static void
set_time (DlTxScanner *sc,
          DlTxMatch   *m,
          guint        end,
          const char  *day,
          gboolean     anchored,
          int          hour,
          int          minute)
{
  char *value = g_strdup_printf ("%sT%02d:%02d", day, hour, minute);

  dl_tx_set_match (m, end, DL_TIMEX_TIME, value, anchored);
}

/* Past the time in another zone that wire copy puts between a time and
 * its day, "10:30 a.m. (0730 GMT) Friday", or the closing bracket of
 * such an aside, the time at @i being the one inside */
static guint
skip_aside (const DlTxScanner *sc,
            guint              i)
{
  guint k;

  if (dl_tx_is_punct (sc, i, ')'))
    return i + 1;
  if (!dl_tx_is_punct (sc, i, '('))
    return i;
  for (k = i + 1; k < i + 6 && dl_tx_tok (sc, k) != NULL; k++)
    if (dl_tx_is_punct (sc, k, ')'))
      return k + 1;
  return i;
}

/* A day expression that a time can attach to: a full day, no time yet */
static gboolean
day_at (DlTxScanner *sc,
        guint        i,
        DlTxMatch   *day)
{
  if (!dl_tx_match_day (sc, i, day))
    return FALSE;
  if (day->type == DL_TIMEX_DATE && day->value != NULL && strlen (day->value) == 10)
    return TRUE;
  g_clear_pointer (&day->value, g_free);
  return FALSE;
}

/* "3 p.m.", "noon Sunday", "midday on Sunday", "3 p.m. on July 7" */
static gboolean
match_time_first (DlTxScanner *sc,
                  guint        i,
                  DlTxMatch   *m)
{
  DlTxMatch day = { 0 };
  DlTxDate date;
  int hour, minute;
  guint end, aside, j;

  if (!clock_at (sc, i, &hour, &minute, &end))
    return FALSE;
  aside = skip_aside (sc, end);
  j = dl_tx_is (sc, aside, "on") || dl_tx_is_punct (sc, aside, ',') ? aside + 1 : aside;
  if (day_at (sc, j, &day))
    {
      /* Across an aside, the day is an expression of its own */
      set_time (sc, m, aside > end ? end : day.end, day.value, day.anchored, hour, minute);
      m->moves_ref = day.moves_ref;
      m->date = day.date;
      g_free (day.value);
      return TRUE;
    }
  /* A time alone belongs to the day the text is talking about; after
   * "since 1991" that is still the document's day */
  if ((dl_tx_anaphoric_anchor (sc, &date) && date.day > 0)
      || (dl_tx_deictic_anchor (sc, &date) && date.day > 0))
    {
      g_autofree char *value = dl_tx_format_date (&date);

      set_time (sc, m, end, value, TRUE, hour, minute);
    }
  else
    set_time (sc, m, end, "XXXX-XX-XX", FALSE, hour, minute);
  return TRUE;
}

/* Whether a clock time may follow within a day expression's length:
 * saves looking for the day at every token */
static gboolean
clock_ahead (const DlTxScanner *sc,
             guint              i)
{
  guint k;

  for (k = i; k < i + 12 && k < sc->tokens->len; k++)
    {
      const DlTxToken *tok = dl_tx_tok (sc, k);

      if (tok->kind == DL_TX_NUM || dl_tx_is (sc, k, "noon") || dl_tx_is (sc, k, "midday")
          || dl_tx_is (sc, k, "midnight"))
        return TRUE;
    }
  return FALSE;
}

/* "Sunday at noon", "July 7, 2017, at 3 p.m." */
static gboolean
match_day_first (DlTxScanner *sc,
                 guint        i,
                 DlTxMatch   *m)
{
  DlTxMatch day = { 0 };
  int hour, minute;
  guint end, j;

  if (!clock_ahead (sc, i) || !day_at (sc, i, &day))
    return FALSE;
  j = day.end;
  if (dl_tx_is_punct (sc, j, ','))
    j++;
  if (dl_tx_is (sc, j, "at"))
    j++;
  if (!clock_at (sc, j, &hour, &minute, &end))
    {
      g_free (day.value);
      return FALSE;
    }
  set_time (sc, m, end, day.value, day.anchored, hour, minute);
  m->moves_ref = day.moves_ref;
  m->date = day.date;
  g_free (day.value);
  return TRUE;
}

gboolean
dl_tx_match_time (DlTxScanner *sc,
                  guint        i,
                  DlTxMatch   *m)
{
  return match_time_first (sc, i, m) || match_day_first (sc, i, m);
}
