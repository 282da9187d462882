/* dl-export-ics.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * iCalendar (RFC 5545), for calendar applications: one VEVENT per dated
 * event that is not hidden. A span of whole days (a day, a month, a
 * year, a week) is an all-day event with an exclusive end; a time of
 * day is a date-time in UTC. The quotes and where they come from go in
 * the description. Lines end in CRLF and are folded at 75 octets,
 * never inside a UTF-8 sequence.
 */
#include "config.h"

#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-export-private.h"

#define SECONDS_PER_DAY (G_GINT64_CONSTANT (86400))
#define MAX_LINE_OCTETS 75
/* Hex digits of the title and date's checksum in a UID */
#define UID_HASH_CHARS 16
/* 9999-12-31T23:59:59Z, the last second a DATE-TIME can hold */
#define MAX_STAMP G_GINT64_CONSTANT (253402300799)

/* Where a line longer than the room left after @pos is cut: never
 * between the bytes of one character, nor inside an escape such as
 * \, or \n (which RFC 5545 allows, but some readers unfold badly) */
static gsize
fold_point (const char *line,
            gsize       pos,
            gsize       cut)
{
  gsize n_backslashes = 0;

  while (cut > pos + 1 && ((guchar) line[cut] & 0xC0) == 0x80)
    cut--;
  while (n_backslashes < cut && line[cut - n_backslashes - 1] == '\\')
    n_backslashes++;
  if (n_backslashes % 2 == 1 && cut > pos + 1)
    cut--;
  return cut;
}

/* Appends one content line, folded: a line longer than 75 octets goes
 * on in lines that start with a space. */
static void
append_line (GString    *out,
             const char *line)
{
  gsize len = strlen (line);
  gsize pos = 0;
  gsize room = MAX_LINE_OCTETS;

  while (len - pos > room)
    {
      gsize cut = fold_point (line, pos, pos + room);

      g_string_append_len (out, line + pos, (gssize) (cut - pos));
      g_string_append (out, "\r\n ");
      pos = cut;
      /* The leading space counts */
      room = MAX_LINE_OCTETS - 1;
    }
  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");
}

/* A TEXT value: backslash, semicolon, comma and line breaks escaped,
 * other control characters left out */
static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
      else if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p == '\r')
        {
          if (p[1] != '\n')
            g_string_append (out, "\\n");
        }
      else if (((guchar) *p < 0x20 && *p != '\t') || *p == 0x7F)
        continue;
      else
        g_string_append_c (out, *p);
    }
}

static void
append_text_property (GString    *out,
                      const char *name,
                      const char *text)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  append_escaped (line, text);
  append_line (out, line->str);
}

static char *
format_utc (gint64      t,
            const char *format)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (t);

  return dt != NULL ? g_date_time_format (dt, format) : NULL;
}

/* SOURCE_DATE_EPOCH makes the file the same from one export to the
 * next, as reproducible builds expect */
static gint64
stamp_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL &&
      g_ascii_string_to_unsigned (epoch, 10, 0, MAX_STAMP, &seconds, NULL))
    return (gint64) seconds;
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* The event's id keeps two events of one project apart; the checksum of
 * its title and date keeps "e1" of one project from replacing "e1" of
 * another in the calendar, and is the same on every export. */
static char *
build_uid (DlEvent *event,
           guint    index)
{
  DlDateSpan *when = dl_event_get_when (event);
  const char *id = dl_event_get_id (event);
  g_autofree char *key = g_strdup_printf ("%s\n%" G_GINT64_FORMAT "\n%" G_GINT64_FORMAT,
                                          dl_event_get_title (event) != NULL ? dl_event_get_title (event) : "",
                                          dl_date_span_get_start (when), dl_date_span_get_end (when));
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  g_autofree char *fallback = NULL;

  if (id == NULL || *id == '\0')
    id = fallback = g_strdup_printf ("event%u", index);
  return g_strdup_printf ("%s-%.*s@dateline", id, UID_HASH_CHARS, hash);
}

static gboolean
is_whole_days (DlDateSpan *when)
{
  gint64 start = dl_date_span_get_start (when);
  gint64 end = dl_date_span_get_end (when);

  return end > start && start % SECONDS_PER_DAY == 0 && end % SECONDS_PER_DAY == 0;
}

/* All-day: DTEND is the day after the last; a span that ends past what
 * a DATE can hold (year 9999) says how long it is instead */
static void
append_all_day (GString    *out,
                DlDateSpan *when)
{
  gint64 start = dl_date_span_get_start (when);
  gint64 end = dl_date_span_get_end (when);
  g_autofree char *first = format_utc (start, "%Y%m%d");
  g_autofree char *after = format_utc (end, "%Y%m%d");
  g_autofree char *line = NULL;

  line = g_strdup_printf ("DTSTART;VALUE=DATE:%s", first);
  append_line (out, line);
  g_free (line);
  if (after != NULL)
    line = g_strdup_printf ("DTEND;VALUE=DATE:%s", after);
  else
    line = g_strdup_printf ("DURATION:P%" G_GINT64_FORMAT "D", (end - start) / SECONDS_PER_DAY);
  append_line (out, line);
}

static void
append_timed (GString    *out,
              DlDateSpan *when)
{
  g_autofree char *start = format_utc (dl_date_span_get_start (when), "%Y%m%dT%H%M%SZ");
  g_autofree char *end = format_utc (dl_date_span_get_end (when), "%Y%m%dT%H%M%SZ");
  g_autofree char *line = g_strdup_printf ("DTSTART:%s", start);

  append_line (out, line);
  g_free (line);
  line = g_strdup_printf ("DTEND:%s", end);
  append_line (out, line);
}

/* Only what a calendar can hold: years 1 to 9999 */
static gboolean
can_place (DlDateSpan *when)
{
  g_autofree char *start = format_utc (dl_date_span_get_start (when), "%Y");
  g_autofree char *end = format_utc (dl_date_span_get_end (when), "%Y");

  return start != NULL && (end != NULL || is_whole_days (when));
}

/* Each quote, then the article it is from: its title and its file or
 * address; a blank line between sources */
static char *
build_description (DlEvent *event)
{
  GArray *sources = dl_event_get_sources (event);
  GString *text = g_string_new (NULL);

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const DlSource *source = &g_array_index (sources, DlSource, i);
      g_autofree char *title = _dl_export_dup_source_title (source->article);
      const char *path = dl_article_get_path (source->article);

      if (i > 0)
        g_string_append (text, "\n\n");
      if (source->quote != NULL && *source->quote != '\0')
        g_string_append_printf (text, "“%s”\n", source->quote);
      g_string_append_printf (text, "— %s", title);
      if (path != NULL && *path != '\0' && g_strcmp0 (path, title) != 0)
        g_string_append_printf (text, " (%s)", path);
    }
  return g_string_free (text, FALSE);
}

static void
append_categories (GString *out,
                   DlEvent *event)
{
  GPtrArray *actors = dl_event_get_actors (event);
  g_autoptr(GString) line = NULL;

  if (actors == NULL || actors->len == 0)
    return;
  line = g_string_new ("CATEGORIES:");
  for (guint i = 0; i < actors->len; i++)
    {
      if (i > 0)
        g_string_append_c (line, ',');
      append_escaped (line, dl_actor_get_name (g_ptr_array_index (actors, i)));
    }
  append_line (out, line->str);
}

static const char *
first_url (DlEvent *event)
{
  GArray *sources = dl_event_get_sources (event);

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const char *url = dl_article_get_url (g_array_index (sources, DlSource, i).article);

      if (url != NULL)
        return url;
    }
  return NULL;
}

static void
append_event (GString    *out,
              DlEvent    *event,
              guint       index,
              const char *stamp)
{
  DlDateSpan *when = dl_event_get_when (event);
  g_autofree char *uid = build_uid (event, index);
  g_autofree char *description = build_description (event);
  g_autofree char *line = NULL;
  const char *url = first_url (event);

  append_line (out, "BEGIN:VEVENT");
  append_text_property (out, "UID", uid);
  line = g_strdup_printf ("DTSTAMP:%s", stamp);
  append_line (out, line);
  if (is_whole_days (when))
    append_all_day (out, when);
  else
    append_timed (out, when);
  append_text_property (out, "SUMMARY", dl_event_get_title (event));
  if (*description != '\0')
    append_text_property (out, "DESCRIPTION", description);
  append_categories (out, event);
  /* A past event takes up no one's time */
  append_line (out, "TRANSP:TRANSPARENT");
  append_text_property (out, "X-DATELINE-CERTAINTY",
                        dl_certainty_to_string (dl_date_span_get_certainty (when)));
  if (url != NULL && strpbrk (url, "\r\n") == NULL)
    {
      g_free (line);
      line = g_strdup_printf ("URL:%s", url);
      append_line (out, line);
    }
  append_line (out, "END:VEVENT");
}

GBytes *
_dl_export_ics_to_bytes (DlCorpus *corpus)
{
  GListModel *events = dl_corpus_get_events (corpus);
  guint n = g_list_model_get_n_items (events);
  GString *out = g_string_new (NULL);
  g_autofree char *stamp = format_utc (stamp_time (), "%Y%m%dT%H%M%SZ");

  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//Dateline//Dateline//EN");
  append_line (out, "CALSCALE:GREGORIAN");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      DlDateSpan *when = dl_event_get_when (event);

      if (when != NULL && !dl_event_get_hidden (event) && can_place (when))
        append_event (out, event, i, stamp);
    }
  append_line (out, "END:VCALENDAR");
  return g_string_free_to_bytes (out);
}
