/* test-analyzer.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole pipeline on short articles written for this test. These
 * checks rest on the temporal tagger, the entity finder and the actor
 * resolver as well as on the event extractor: "July 7, 2017" must be
 * found as a date, and "Donald Trump", "Trump", "Vladimir Putin" and
 * "Putin" resolved to two person actors.
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-date-span.h"
#include "dl-event.h"

static const char *meeting_articles[] = {
  "Leaders Meet in Hamburg\n\n"
  "President Donald Trump met President Vladimir Putin in Hamburg on July 7, 2017. "
  "The two leaders talked for more than two hours.\n",

  "Donald Trump and Vladimir Putin held their first meeting at the summit. "
  "Aides said the talks were friendly.\n",

  "Trump and Putin met behind closed doors, officials said. "
  "Reporters waited outside the hall.\n",
};

static GPtrArray *
make_articles (const char **texts,
               guint        n)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("article-%u.txt", i);
      g_ptr_array_add (articles, dl_article_new (path, NULL, texts[i]));
    }
  return articles;
}

static DlActor *
find_person (GPtrArray  *actors,
             const char *surname)
{
  for (guint i = 0; i < actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (actors, i);

      if (dl_actor_get_kind (actor) == DL_ACTOR_KIND_PERSON
          && g_str_has_suffix (dl_actor_get_name (actor), surname))
        return actor;
    }
  return NULL;
}

static void
test_one_meeting (void)
{
  g_autoptr(GPtrArray) articles = make_articles (meeting_articles, G_N_ELEMENTS (meeting_articles));
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  DlEvent *meeting = NULL;
  DlActor *trump, *putin;
  DlDateSpan *when;

  g_assert_true (dl_analyzer_run (articles, &actors, &events, NULL, &error));
  g_assert_no_error (error);

  /* Needs the entity finder and the actor resolver */
  trump = find_person (actors, "Trump");
  putin = find_person (actors, "Putin");
  g_assert_nonnull (trump);
  g_assert_nonnull (putin);

  for (guint i = 0; i < events->len; i++)
    {
      DlEvent *event = g_ptr_array_index (events, i);
      g_test_message ("event: %s", dl_event_get_title (event));
      if (dl_event_has_actor (event, trump) && dl_event_has_actor (event, putin))
        {
          g_assert_null (meeting);
          meeting = event;
        }
    }
  g_assert_nonnull (meeting);
  g_assert_cmpstr (dl_event_get_predicate (meeting), ==, "meet");
  g_assert_cmpstr (dl_event_get_title (meeting), ==, "Trump and Putin meet");
  for (guint i = 0; i < articles->len; i++)
    g_assert_true (dl_event_has_source_in (meeting, g_ptr_array_index (articles, i)));

  /* Needs the temporal tagger */
  when = dl_event_get_when (meeting);
  g_assert_nonnull (when);
  g_assert_cmpstr (dl_date_span_get_value (when), ==, "2017-07-07");
  g_assert_cmpint (dl_date_span_get_certainty (when), ==, DL_CERTAINTY_STATED);
}

/* Sources point at the sentence, in code points */
static void
test_source_offsets (void)
{
  static const char *texts[] = {
    "\u00c9t\u00e9 \u00e0 Hambourg.\n\nDonald Trump met Vladimir Putin on July 7, 2017.",
  };
  g_autoptr(GPtrArray) articles = make_articles (texts, 1);
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) events = NULL;
  DlArticle *article = g_ptr_array_index (articles, 0);
  g_autofree char *slice = NULL;
  DlSource *source;

  g_assert_true (dl_analyzer_run (articles, &actors, &events, NULL, NULL));
  g_assert_cmpuint (events->len, ==, 1);
  source = &g_array_index (dl_event_get_sources (g_ptr_array_index (events, 0)), DlSource, 0);
  slice = dl_article_dup_slice (article, source->start, source->end);
  g_assert_cmpstr (slice, ==, "Donald Trump met Vladimir Putin on July 7, 2017.");
  g_assert_cmpstr (source->quote, ==, slice);
}

static void
test_empty (void)
{
  static const char *texts[] = { "", "No news today" };
  g_autoptr(GPtrArray) articles = make_articles (texts, 2);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) events = NULL;

  g_assert_true (dl_analyzer_run (articles, &actors, &events, NULL, NULL));
  g_assert_cmpuint (events->len, ==, 0);
  g_clear_pointer (&actors, g_ptr_array_unref);
  g_clear_pointer (&events, g_ptr_array_unref);
  g_assert_true (dl_analyzer_run (none, &actors, &events, NULL, NULL));
  g_assert_cmpuint (actors->len, ==, 0);
  g_assert_cmpuint (events->len, ==, 0);
}

static void
test_cancelled (void)
{
  g_autoptr(GPtrArray) articles = make_articles (meeting_articles, G_N_ELEMENTS (meeting_articles));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *actors = NULL;
  GPtrArray *events = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (dl_analyzer_run (articles, &actors, &events, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (actors);
  g_assert_null (events);
}

typedef struct
{
  GPtrArray *articles;
  guint n_events;
} ThreadData;

static gpointer
run_in_thread (gpointer data)
{
  ThreadData *td = data;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) events = NULL;

  if (dl_analyzer_run (td->articles, &actors, &events, NULL, NULL))
    td->n_events = events->len;
  return NULL;
}

/* On a worker thread, with many articles at once, the result is the
 * same as on the main thread */
static void
test_worker_thread (void)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) events = NULL;
  ThreadData td = { NULL, G_MAXUINT };
  GThread *thread;

  for (guint i = 0; i < 12; i++)
    g_ptr_array_add (texts, (gpointer) meeting_articles[i % G_N_ELEMENTS (meeting_articles)]);
  articles = make_articles ((const char **) texts->pdata, texts->len);
  g_assert_true (dl_analyzer_run (articles, &actors, &events, NULL, NULL));

  td.articles = articles;
  thread = g_thread_new ("analyzer", run_in_thread, &td);
  g_thread_join (thread);
  g_assert_cmpuint (td.n_events, ==, events->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analyzer/one-meeting", test_one_meeting);
  g_test_add_func ("/analyzer/source-offsets", test_source_offsets);
  g_test_add_func ("/analyzer/empty", test_empty);
  g_test_add_func ("/analyzer/cancelled", test_cancelled);
  g_test_add_func ("/analyzer/worker-thread", test_worker_thread);

  return g_test_run ();
}
