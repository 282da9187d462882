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

/* One opening told by three articles: the first dated, the other two
 * not. The undated ones take the first one's date, and their own
 * relative dates are read again with it. */
static const char *bridge_articles[] = {
  "Bridge Opens\n\n"
  "Angela Merkel and Emmanuel Macron opened the new bridge over the river on Thursday evening. "
  "Thousands of people watched from the banks.\n",

  "Angela Merkel and Emmanuel Macron opened the bridge on Thursday evening, in front of a large crowd.\n\n"
  "On Friday, Emmanuel Macron resigned.\n",

  "On Thursday evening Angela Merkel and Emmanuel Macron opened the bridge. Bands played until late.\n",
};

static GPtrArray *
make_bridge_articles (void)
{
  GPtrArray *articles = make_articles (bridge_articles, G_N_ELEMENTS (bridge_articles));
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) friday = g_date_time_new (utc, 2004, 3, 5, 0, 0, 0);

  dl_article_set_dct (g_ptr_array_index (articles, 0), friday, DL_DCT_SOURCE_TEXT);
  return articles;
}

static DlEvent *
find_event (GPtrArray  *events,
            const char *predicate)
{
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (dl_event_get_predicate (g_ptr_array_index (events, i)), predicate) == 0)
      return g_ptr_array_index (events, i);
  return NULL;
}

static void
assert_dct (DlArticle   *article,
            const char  *expected,
            DlDctSource  source)
{
  g_autofree char *dct = dl_article_dup_dct_string (article);

  g_assert_cmpstr (dct, ==, expected);
  g_assert_cmpint (dl_article_get_dct_source (article), ==, source);
}

static void
test_inferred_dct (void)
{
  g_autoptr(GPtrArray) articles = make_bridge_articles ();
  g_autoptr(DlAnalysisResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *opened_on = NULL;
  DlEvent *opening, *resignation;
  GDateTime *inferred;

  g_assert_true (dl_analyzer_run_full (articles, &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->inferred_dcts->len, ==, 3);

  /* Needs the entity finder to know both names */
  opening = find_event (result->events, "open");
  g_assert_nonnull (opening);
  for (guint i = 0; i < articles->len; i++)
    g_assert_true (dl_event_has_source_in (opening, g_ptr_array_index (articles, i)));
  opened_on = dl_date_span_dup_first_day (dl_event_get_when (opening));
  g_assert_cmpstr (opened_on, ==, "2004-03-04");

  /* The dated article keeps its own date; the others get it */
  g_assert_null (g_ptr_array_index (result->inferred_dcts, 0));
  for (guint i = 1; i < 3; i++)
    {
      inferred = g_ptr_array_index (result->inferred_dcts, i);
      g_assert_nonnull (inferred);
      g_assert_cmpint (g_date_time_get_day_of_month (inferred), ==, 5);
    }

  /* "On Friday" in the second article, read again with that date */
  resignation = find_event (result->events, "resign");
  g_assert_nonnull (resignation);
  g_assert_nonnull (dl_event_get_when (resignation));
  g_assert_cmpstr (dl_date_span_get_value (dl_event_get_when (resignation)), ==, "2004-03-05");

  /* The articles are untouched until the caller applies the dates */
  assert_dct (g_ptr_array_index (articles, 1), NULL, DL_DCT_SOURCE_NONE);
  dl_analysis_result_apply_dcts (result, articles);
  assert_dct (g_ptr_array_index (articles, 0), "2004-03-05", DL_DCT_SOURCE_TEXT);
  assert_dct (g_ptr_array_index (articles, 1), "2004-03-05", DL_DCT_SOURCE_INFERRED);
  assert_dct (g_ptr_array_index (articles, 2), "2004-03-05", DL_DCT_SOURCE_INFERRED);
}

/* A date inferred by an earlier analysis is no date of the article's
 * own: analysed again without the dated report, the article is undated
 * again, and "on Friday" cannot be placed */
static void
test_inferred_dct_ignored (void)
{
  g_autoptr(GPtrArray) articles = make_bridge_articles ();
  g_autoptr(GPtrArray) alone = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DlAnalysisResult) first = NULL;
  g_autoptr(DlAnalysisResult) again = NULL;
  g_autoptr(DlAnalysisResult) without = NULL;
  DlArticle *second = g_ptr_array_index (articles, 1);
  DlEvent *resignation;

  g_assert_true (dl_analyzer_run_full (articles, &first, NULL, NULL));
  dl_analysis_result_apply_dcts (first, articles);
  assert_dct (second, "2004-03-05", DL_DCT_SOURCE_INFERRED);

  /* All three again: inferred again, not taken as the article's own */
  g_assert_true (dl_analyzer_run_full (articles, &again, NULL, NULL));
  g_assert_nonnull (g_ptr_array_index (again->inferred_dcts, 1));

  /* Without the dated article */
  g_ptr_array_add (alone, g_object_ref (second));
  g_assert_true (dl_analyzer_run_full (alone, &without, NULL, NULL));
  g_assert_null (g_ptr_array_index (without->inferred_dcts, 0));
  resignation = find_event (without->events, "resign");
  g_assert_nonnull (resignation);
  g_assert_null (dl_event_get_when (resignation));
  dl_analysis_result_apply_dcts (without, alone);
  assert_dct (second, NULL, DL_DCT_SOURCE_NONE);
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
  g_test_add_func ("/analyzer/inferred-dct", test_inferred_dct);
  g_test_add_func ("/analyzer/inferred-dct-ignored", test_inferred_dct_ignored);
  g_test_add_func ("/analyzer/cancelled", test_cancelled);
  g_test_add_func ("/analyzer/worker-thread", test_worker_thread);

  return g_test_run ();
}
