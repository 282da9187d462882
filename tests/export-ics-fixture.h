/* export-ics-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The corpus that test-export-ics and test-export-ics-libical export to
 * iCalendar, with what each event should become, and dateline-cli run
 * with a fixed DTSTAMP.
 */
#pragma once

#include <gio/gio.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-export.h"

#define STAMP_EPOCH "1500000000"

#define PAPER_TEXT \
  "Harbour news.\n" \
  "On 7 March 2016 the ferry, late again; \"as usual\", left at noon.\n" \
  "In May 2016 the quay was rebuilt.\n" \
  "The town was founded long ago.\n"

#define WEB_TEXT \
  "Grüße aus Zürich: the café “Über” opened in 2015.\n"

/* Long enough to fold several times, with two- and three-octet
 * characters at every offset and escapes that must not be cut */
#define LONG_QUOTE \
  "Ééé ÿ€ — the council’s report, read aloud; \\ it ran on and on, page after page, " \
  "naïve résumé façade — 東京 大阪 京都, a;b,c;d\\e\nand a second line: €€€€€€€€€€€€€€€€€€€€€€€€€€"

typedef struct
{
  const char *title;
  const char *value;        /* NULL: undated */
  gboolean hidden;
  const char *quote;
  const char *start;        /* what DTSTART and DTEND should say */
  const char *end;
  const char *certainty;
} EventCase;

static const EventCase event_cases[] = {
  { "Ferry leaves, late; \"as usual\"", "2016-03-07", FALSE,
    "On 7 March 2016 the ferry, late again; \"as usual\", left at noon.",
    ";VALUE=DATE:20160307", ";VALUE=DATE:20160308", "stated" },
  { "Quay rebuilt", "2016-05", FALSE, "In May 2016 the quay was rebuilt.",
    ";VALUE=DATE:20160501", ";VALUE=DATE:20160601", "relative" },
  { "Café “Über” opens in Zürich", "2015", FALSE,
    "Grüße aus Zürich: the café “Über” opened in 2015.",
    ";VALUE=DATE:20150101", ";VALUE=DATE:20160101", "inferred" },
  { "Ferry at noon", "2016-03-07T12:00", FALSE, "the ferry left\nat noon",
    ":20160307T120000Z", ":20160307T120100Z", "stated" },
  { "Afternoon session", "2016-03-08TAF", FALSE, LONG_QUOTE,
    ":20160308T120000Z", ":20160308T180000Z", "stated" },
  { "Week of the fair", "2016-W10", FALSE, "the fair week",
    ";VALUE=DATE:20160307", ";VALUE=DATE:20160314", "stated" },
  { "Town founded", NULL, FALSE, "The town was founded long ago.", NULL, NULL, NULL },
  { "Rumour, hidden", "2016-04-01", TRUE, "a rumour", NULL, NULL, NULL },
};

static const DlCertainty certainties[] = {
  DL_CERTAINTY_STATED, DL_CERTAINTY_RELATIVE, DL_CERTAINTY_INFERRED,
  DL_CERTAINTY_STATED, DL_CERTAINTY_STATED, DL_CERTAINTY_STATED,
  DL_CERTAINTY_UNKNOWN, DL_CERTAINTY_STATED,
};

static DlEvent *
make_event (const EventCase *c,
            DlCertainty      certainty,
            DlArticle       *article)
{
  DlEvent *event = dl_event_new (c->title);

  if (c->value != NULL)
    {
      g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (c->value, certainty);

      g_assert_nonnull (when);
      dl_event_set_when (event, when);
    }
  dl_event_set_hidden (event, c->hidden);
  dl_event_add_source (event, article, 0, g_utf8_strlen (c->quote, -1), c->quote);
  return event;
}

static DlCorpus *
build_corpus (void)
{
  DlCorpus *corpus = dl_corpus_new ();
  g_autoptr(DlArticle) paper = dl_article_new ("/news/harbour.txt", "Harbour, news; \\daily\\", PAPER_TEXT);
  g_autoptr(DlArticle) web = dl_article_new ("https://example.org/zurich?id=1", "Zürich Post", WEB_TEXT);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  dl_corpus_add_article (corpus, paper);
  dl_corpus_add_article (corpus, web);
  g_ptr_array_add (actors, dl_actor_new ("Smith, John; Jr.", DL_ACTOR_KIND_PERSON));
  g_ptr_array_add (actors, dl_actor_new ("Zürich", DL_ACTOR_KIND_LOCATION));
  for (guint i = 0; i < G_N_ELEMENTS (event_cases); i++)
    g_ptr_array_add (events, make_event (&event_cases[i], certainties[i], i == 2 ? web : paper));

  /* The ferry: two actors, and a second report from the web */
  dl_event_add_actor (g_ptr_array_index (events, 0), g_ptr_array_index (actors, 0));
  dl_event_add_actor (g_ptr_array_index (events, 0), g_ptr_array_index (actors, 1));
  dl_event_add_source (g_ptr_array_index (events, 0), web, 0, 5, "Grüße");
  dl_corpus_set_analysis (corpus, actors, events);
  return corpus;
}

static GBytes *
export_ics (DlCorpus *corpus)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = dl_export_data_to_bytes (corpus, DL_EXPORT_FORMAT_ICS, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* dateline-cli with @args and a fixed DTSTAMP; its exit status, and
 * what it wrote in @out when @out is not NULL */
static int
run_cli (const char * const *args,
         GBytes            **out)
{
  const char *cli = g_getenv ("DATELINE_CLI");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_setenv (launcher, "SOURCE_DATE_EPOCH", STAMP_EPOCH, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}
