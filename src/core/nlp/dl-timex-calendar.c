/* dl-timex-calendar.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-timex-private.h"

/* How many tokens, about two sentences, a year mentioned in passing in
 * news lends itself to the dates without one that follow */

/* Calendar arithmetic on partial dates and the TIMEX3 value strings
 * (TimeML/TIDES conventions: "2017-W27", "2017-Q3", "199", "PT2H"; TimeML
 * writes vague decades and centuries "PXE" and "PXC"). */

/* Deictic expressions ("yesterday", "next week", "on Friday") count from
 * the document date; without one, the last date in the text is the best
 * guess of "now". */
gboolean
dl_tx_deictic_anchor (const DlTxScanner *sc,
                      DlTxDate          *date)
{
  if (sc->has_dct)
    *date = sc->dct;
  else if (sc->has_ref)
    *date = sc->ref;
  else
    return FALSE;
  return TRUE;
}

/* Anaphoric expressions ("two days later", "the next day") count from
 * the last date the text mentioned. */
gboolean
dl_tx_anaphoric_anchor (const DlTxScanner *sc,
                        DlTxDate          *date)
{
  if (sc->has_ref)
    *date = sc->ref;
  else if (sc->has_dct)
    *date = sc->dct;
  else
    return FALSE;
  return TRUE;
}

static void
clamp_day (DlTxDate *date)
{
  guint8 days;

  if (date->day == 0 || date->month < 1 || date->month > 12 || date->year < 1)
    return;
  days = g_date_get_days_in_month (date->month, date->year);
  if (date->day > days)
    date->day = days;
}

static void
shift_months (DlTxDate *date,
              int       n)
{
  int index = date->year * 12 + (date->month - 1) + n;

  date->year = index / 12;
  date->month = index % 12 + 1;
  clamp_day (date);
}

static void
shift_days (DlTxDate *date,
            int       n)
{
  GDate g;

  if (!g_date_valid_dmy (date->day, date->month, date->year))
    return;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, date->day, date->month, date->year);
  if (n >= 0)
    g_date_add_days (&g, n);
  else
    g_date_subtract_days (&g, -n);
  date->year = g_date_get_year (&g);
  date->month = g_date_get_month (&g);
  date->day = g_date_get_day (&g);
}

void
dl_tx_shift (DlTxDate *date,
             DlTxUnit  unit,
             int       n)
{
  switch (unit)
    {
    case DL_TX_UNIT_DAY:
      shift_days (date, n);
      break;
    case DL_TX_UNIT_WEEK:
      shift_days (date, 7 * n);
      break;
    case DL_TX_UNIT_MONTH:
      shift_months (date, n);
      break;
    case DL_TX_UNIT_QUARTER:
      shift_months (date, 3 * n);
      break;
    case DL_TX_UNIT_YEAR:
      date->year += n;
      clamp_day (date);
      break;
    case DL_TX_UNIT_DECADE:
      date->year += 10 * n;
      clamp_day (date);
      break;
    case DL_TX_UNIT_CENTURY:
      date->year += 100 * n;
      clamp_day (date);
      break;
    case DL_TX_UNIT_NONE:
    case DL_TX_UNIT_SECOND:
    case DL_TX_UNIT_MINUTE:
    case DL_TX_UNIT_HOUR:
    default:
      break;
    }
}

/* 1 (Monday) to 7, 0 for an incomplete date */
int
dl_tx_weekday_of (const DlTxDate *date)
{
  GDate g;

  if (!g_date_valid_dmy (date->day, date->month, date->year))
    return 0;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, date->day, date->month, date->year);
  return g_date_get_weekday (&g);
}

char *
dl_tx_format_date (const DlTxDate *date)
{
  /* "4,500 years ago": there is no year 0, 1 BC comes before AD 1 */
  if (date->month == 0 && date->year <= 0)
    return g_strdup_printf ("BC%04d", 1 - date->year);
  if (date->month == 0)
    return g_strdup_printf ("%04d", date->year);
  if (date->day == 0)
    return g_strdup_printf ("%04d-%02d", date->year, date->month);
  return g_strdup_printf ("%04d-%02d-%02d", date->year, date->month, date->day);
}

static char *
format_week (const DlTxDate *date)
{
  DlTxDate thursday = *date;
  GDate g;
  guint week;

  /* The ISO week belongs to the year of its Thursday */
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, date->day, date->month, date->year);
  week = g_date_get_iso8601_week_of_year (&g);
  shift_days (&thursday, 4 - dl_tx_weekday_of (date));
  return g_strdup_printf ("%04d-W%02u", thursday.year, week);
}

char *
dl_tx_format_unit (const DlTxDate *date,
                   DlTxUnit        unit)
{
  switch (unit)
    {
    case DL_TX_UNIT_WEEK:
      return format_week (date);
    case DL_TX_UNIT_MONTH:
      return g_strdup_printf ("%04d-%02d", date->year, date->month);
    case DL_TX_UNIT_QUARTER:
      return g_strdup_printf ("%04d-Q%d", date->year, (date->month - 1) / 3 + 1);
    case DL_TX_UNIT_YEAR:
      return dl_tx_format_date (&(DlTxDate) { date->year, 0, 0 });
    case DL_TX_UNIT_DECADE:
      return g_strdup_printf ("%03d", date->year / 10);
    case DL_TX_UNIT_CENTURY:
      return g_strdup_printf ("%02d", date->year / 100);
    case DL_TX_UNIT_NONE:
    case DL_TX_UNIT_SECOND:
    case DL_TX_UNIT_MINUTE:
    case DL_TX_UNIT_HOUR:
    case DL_TX_UNIT_DAY:
    default:
      return dl_tx_format_date (date);
    }
}

static const char *
underspecified (DlTxUnit unit)
{
  switch (unit)
    {
    case DL_TX_UNIT_WEEK:
      return "XXXX-WXX";
    case DL_TX_UNIT_MONTH:
      return "XXXX-XX";
    case DL_TX_UNIT_QUARTER:
      return "XXXX-QX";
    case DL_TX_UNIT_YEAR:
      return "XXXX";
    case DL_TX_UNIT_DECADE:
      return "XXX";
    case DL_TX_UNIT_CENTURY:
      return "XX";
    case DL_TX_UNIT_NONE:
    case DL_TX_UNIT_SECOND:
    case DL_TX_UNIT_MINUTE:
    case DL_TX_UNIT_HOUR:
    case DL_TX_UNIT_DAY:
    default:
      return "XXXX-XX-XX";
    }
}

char *
dl_tx_format_duration (DlTxUnit unit,
                       int      n)
{
  g_autofree char *count = n < 0 ? g_strdup ("X") : g_strdup_printf ("%d", n);

  switch (unit)
    {
    case DL_TX_UNIT_SECOND:
      return g_strdup_printf ("PT%sS", count);
    case DL_TX_UNIT_MINUTE:
      return g_strdup_printf ("PT%sM", count);
    case DL_TX_UNIT_HOUR:
      return g_strdup_printf ("PT%sH", count);
    case DL_TX_UNIT_WEEK:
      return g_strdup_printf ("P%sW", count);
    case DL_TX_UNIT_MONTH:
      return g_strdup_printf ("P%sM", count);
    case DL_TX_UNIT_QUARTER:
      return g_strdup_printf ("P%sQ", count);
    case DL_TX_UNIT_YEAR:
      return g_strdup_printf ("P%sY", count);
    case DL_TX_UNIT_DECADE:
      return n < 0 ? g_strdup ("PXE") : g_strdup_printf ("P%dY", 10 * n);
    case DL_TX_UNIT_CENTURY:
      return n < 0 ? g_strdup ("PXC") : g_strdup_printf ("P%dY", 100 * n);
    case DL_TX_UNIT_NONE:
    case DL_TX_UNIT_DAY:
    default:
      return g_strdup_printf ("P%sD", count);
    }
}

/* A narrative about another time keeps the year it last wrote out. In
 * news, which speaks of "today" and "Tuesday" and seldom of other
 * years, a year mentioned in passing ("the August 1988 cease-fire") only
 * carries to dates in its sentence. */
static gboolean
narrative_year (const DlTxScanner *sc)
{
  if (sc->ref_year <= 0)
    return FALSE;
  if (!sc->has_dct)
    return TRUE;
  /* Nobody tells the story of years to come: "by 2000" is a deadline */
  if (ABS (sc->ref_year - sc->dct.year) < 2 || sc->ref_year > sc->dct.year)
    return FALSE;
  /* In news a year named in passing carries within its sentence only,
   * and not past "next month", which is news back in its own time: "in
   * power since 1989 ... the treaty to be signed next month ... the
   * November 3 polls" */
  if (dl_tx_news_now (sc))
    return sc->present_at <= sc->ref_year_at && dl_tx_same_sentence (sc, sc->ref_year_at, sc->pos);
  return TRUE;
}

/* News that counts days from its own date ("on Tuesday") means the
 * last few weeks by "on Aug. 2", even right after an older year */
static gboolean
just_before (const DlTxScanner *sc,
             int                month,
             int                day)
{
  GDate date, dct;
  int days;

  if (!sc->has_dct || !sc->deictic_seen || sc->n_far_years >= 3 || day == 0
      || !g_date_valid_dmy (day, month, sc->dct.year))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_clear (&dct, 1);
  g_date_set_dmy (&date, day, month, sc->dct.year);
  g_date_set_dmy (&dct, sc->dct.day, sc->dct.month, sc->dct.year);
  days = g_date_days_between (&date, &dct);
  return days >= 0 && days <= 31;
}

/* Whether the text is news of its own days: it counts days from its
 * date ("Tuesday") and writes few other years out. There a year named in
 * passing carries only to what is told in the past: "the war, launched
 * in 1989, ... the deal sets disarmament by the end of January", "founded
 * in 1999 ... will visit France on July 14" */
gboolean
dl_tx_news_now (const DlTxScanner *sc)
{
  return sc->has_dct && sc->deictic_seen && sc->n_far_years < 3;
}

/* A story of another year is told in the past: "the season opener is
 * Aug. 12", in July, speaks of this year's, after "founded in 1962" */
static gboolean
just_ahead (const DlTxScanner *sc,
            int                month,
            DlTxTense          tense)
{
  return sc->has_dct && tense == DL_TX_TENSE_PRESENT && month >= sc->dct.month && month - sc->dct.month <= 6;
}

/* Whether "would" comes shortly before token @i */
static gboolean
would_before (const DlTxScanner *sc,
              guint              i)
{
  for (guint k = i; k > 0 && i - k < 12; k--)
    if (dl_tx_is (sc, k - 1, "would"))
      return TRUE;
  return FALSE;
}

/* The year of a month (and day) written without one: the narrative's
 * year (see above); otherwise the document's year, moved by one when the
 * tense puts the month well before or after the document date, or when
 * the month is more than half a year away. 0 when there is nothing to go
 * by. */
int
dl_tx_pick_year (const DlTxScanner *sc,
                 int                month,
                 int                day,
                 DlTxTense          tense)
{
  int ahead;

  if (narrative_year (sc) && !just_before (sc, month, day) && !just_ahead (sc, month, tense)
      && !(dl_tx_news_now (sc) && tense != DL_TX_TENSE_PAST))
    return sc->ref_year;
  if (!sc->has_dct)
    return sc->has_ref ? sc->ref.year : 0;
  ahead = month - sc->dct.month;
  /* "will visit on July 14", written in August: next year's; but "said
   * he would go on July 14" may be a plan of the past */
  if (tense == DL_TX_TENSE_FUTURE && day > 0 && (ahead < 0 || (ahead == 0 && day < sc->dct.day))
      && !would_before (sc, sc->pos))
    return sc->dct.year + 1;
  if (tense == DL_TX_TENSE_PAST)
    return ahead >= 3 ? sc->dct.year - 1 : sc->dct.year;
  if (tense == DL_TX_TENSE_FUTURE)
    return ahead <= -2 ? sc->dct.year + 1 : sc->dct.year;
  if (ahead > 6)
    return sc->dct.year - 1;
  if (ahead < -6)
    return sc->dct.year + 1;
  return sc->dct.year;
}

static gboolean
fine_enough (const DlTxDate *date,
             DlTxUnit        unit)
{
  if (unit <= DL_TX_UNIT_WEEK)
    return date->day > 0;
  if (unit <= DL_TX_UNIT_QUARTER)
    return date->month > 0;
  return date->year > 0;
}

/* What a date @unit from now or then counts from: the document date, or
 * for an anaphoric expression the date the text last named (for months,
 * the month last named); FALSE when there is none fine enough */
gboolean
dl_tx_unit_anchor (const DlTxScanner *sc,
                   gboolean           anaphoric,
                   DlTxUnit           unit,
                   DlTxDate          *date)
{
  gboolean ok;

  if (anaphoric && unit == DL_TX_UNIT_MONTH && sc->has_month_ref)
    {
      *date = sc->month_ref;
      ok = TRUE;
    }
  else
    ok = anaphoric ? dl_tx_anaphoric_anchor (sc, date) : dl_tx_deictic_anchor (sc, date);
  return ok && fine_enough (date, unit);
}

/* A date @n units from the anchor, written at the unit's granularity;
 * underspecified when there is no anchor fine enough. */
void
dl_tx_resolve_unit (const DlTxScanner *sc,
                    DlTxMatch         *m,
                    guint              end,
                    gboolean           anaphoric,
                    DlTxUnit           unit,
                    int                n)
{
  DlTxDate date;

  if (!dl_tx_unit_anchor (sc, anaphoric, unit, &date))
    {
      dl_tx_set_match (m, end, DL_TIMEX_DATE, g_strdup (underspecified (unit)), FALSE);
      return;
    }
  dl_tx_shift (&date, unit, n);
  dl_tx_set_match (m, end, DL_TIMEX_DATE, dl_tx_format_unit (&date, unit), TRUE);
  m->deictic = !anaphoric && sc->has_dct && unit == DL_TX_UNIT_DAY;
  m->from_dct = !anaphoric && sc->has_dct && unit <= DL_TX_UNIT_MONTH;
  if (unit <= DL_TX_UNIT_DAY)
    {
      m->moves_ref = TRUE;
      m->date = date;
    }
}

void
dl_tx_set_match (DlTxMatch   *m,
                 guint        end,
                 DlTimexType  type,
                 char        *value,
                 gboolean     anchored)
{
  g_free (m->value);
  m->end = end;
  m->type = type;
  m->value = value;
  m->anchored = anchored;
}
