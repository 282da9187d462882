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
#include "dl-import.h"

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

/* ----------------------------------------------------------- monitor */

typedef struct
{
  GThread *thread;        /* the one that runs the analysis */
  GArray *progress;       /* guint done, as told */
  guint total;
  guint n_partials;
  guint max_partial_events;
  gboolean on_other_thread;
  GCancellable *cancel_at_half;
} Watch;

static void
watch_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  Watch *watch = user_data;

  watch->on_other_thread |= g_thread_self () != watch->thread;
  watch->total = total;
  g_array_append_val (watch->progress, done);
  if (watch->cancel_at_half != NULL && done >= total / 2)
    g_cancellable_cancel (watch->cancel_at_half);
}

static void
watch_partial (DlAnalysisResult *partial,
               gpointer          user_data)
{
  Watch *watch = user_data;

  watch->on_other_thread |= g_thread_self () != watch->thread;
  g_assert_nonnull (partial->actors);
  g_assert_nonnull (partial->events);
  /* Partial results never carry dates inferred from a part of the corpus */
  g_assert_null (partial->inferred_dcts);
  watch->n_partials++;
  watch->max_partial_events = MAX (watch->max_partial_events, partial->events->len);
  dl_analysis_result_free (partial);
}

static GPtrArray *
many_meeting_articles (guint n)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (texts, (gpointer) meeting_articles[i % G_N_ELEMENTS (meeting_articles)]);
  return make_articles ((const char **) texts->pdata, texts->len);
}

/* Progress climbs to the number of articles, on the analysing thread,
 * and the results are those of an analysis without a monitor */
static void
test_monitor_progress (void)
{
  g_autoptr(GPtrArray) articles = many_meeting_articles (30);
  g_autoptr(GArray) told = g_array_new (FALSE, FALSE, sizeof (guint));
  Watch watch = { g_thread_self (), told, 0, 0, 0, FALSE, NULL };
  DlAnalyzerMonitor monitor = { watch_progress, watch_partial, &watch, 1 };
  g_autoptr(DlAnalysisResult) monitored = NULL;
  g_autoptr(DlAnalysisResult) plain = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dl_analyzer_run_monitored (articles, &monitor, &monitored, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (dl_analyzer_run_full (articles, &plain, NULL, NULL));

  g_assert_false (watch.on_other_thread);
  g_assert_cmpuint (watch.total, ==, articles->len);
  g_assert_cmpuint (told->len, >=, 2);
  g_assert_cmpuint (g_array_index (told, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (told, guint, told->len - 1), ==, articles->len);
  for (guint i = 1; i < told->len; i++)
    g_assert_cmpuint (g_array_index (told, guint, i), >=, g_array_index (told, guint, i - 1));
  g_assert_cmpuint (monitored->events->len, ==, plain->events->len);
  g_assert_cmpuint (monitored->actors->len, ==, plain->actors->len);
  g_assert_cmpuint (watch.max_partial_events, <=, plain->events->len);
}

/* With many articles on several threads, partial results come before
 * the end; a single thread reads them all at once and shows none */
static void
test_monitor_partial (void)
{
  g_autoptr(GPtrArray) articles = many_meeting_articles (150);
  g_autoptr(GArray) told = g_array_new (FALSE, FALSE, sizeof (guint));
  Watch watch = { g_thread_self (), told, 0, 0, 0, FALSE, NULL };
  DlAnalyzerMonitor monitor = { watch_progress, watch_partial, &watch, 1 };
  g_autoptr(DlAnalysisResult) result = NULL;

  dl_analyzer_set_max_threads (2);
  g_assert_true (dl_analyzer_run_monitored (articles, &monitor, &result, NULL, NULL));
  dl_analyzer_set_max_threads (0);
  g_assert_cmpuint (watch.n_partials, >=, 1);
  g_assert_cmpuint (watch.max_partial_events, >=, 1);
  g_assert_false (watch.on_other_thread);
}

/* Cancelled halfway, the analysis stops without reading the rest */
static void
test_monitor_cancel_midway (void)
{
  g_autoptr(GPtrArray) articles = many_meeting_articles (300);
  g_autoptr(GArray) told = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Watch watch = { g_thread_self (), told, 0, 0, 0, FALSE, cancellable };
  DlAnalyzerMonitor monitor = { watch_progress, NULL, &watch, 0 };
  DlAnalysisResult *result = NULL;
  g_autoptr(GError) error = NULL;

  dl_analyzer_set_max_threads (2);
  g_assert_false (dl_analyzer_run_monitored (articles, &monitor, &result, cancellable, &error));
  dl_analyzer_set_max_threads (0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (result);
  /* Never told that every article was read */
  g_assert_cmpuint (g_array_index (told, guint, told->len - 1), <, articles->len);
}

/* ------------------------------------------------------------- seeds */

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The seed articles, imported as the command line imports them, in
 * the order of their names; NULL when they are not there */
static GPtrArray *
load_seeds (void)
{
  const char *dir = g_getenv ("DATELINE_SEEDS_DIR");
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) seeds = NULL;
  GPtrArray *articles;
  const char *name;

  if (dir == NULL || (seeds = g_dir_open (dir, 0, NULL)) == NULL)
    return NULL;
  while ((name = g_dir_read_name (seeds)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (names, i));
      g_autoptr(GError) error = NULL;
      DlArticle *article = dl_import_file (file, NULL, &error);

      g_assert_no_error (error);
      g_ptr_array_add (articles, article);
    }
  return articles;
}

static guint
count_articles (DlEvent *event)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *sources = dl_event_get_sources (event);

  for (guint i = 0; i < sources->len; i++)
    g_hash_table_add (seen, g_array_index (sources, DlSource, i).article);
  return g_hash_table_size (seen);
}

/* The event of @predicate with both people, told by the most articles */
static DlEvent *
find_shared (GPtrArray  *events,
             const char *predicate,
             DlActor    *first,
             DlActor    *second)
{
  DlEvent *best = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      DlEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (dl_event_get_predicate (event), predicate) == 0 && dl_event_has_actor (event, first)
          && (second == NULL || dl_event_has_actor (event, second))
          && (best == NULL || count_articles (event) > count_articles (best)))
        best = event;
    }
  return best;
}

static DlEvent *
find_quoting (GPtrArray  *events,
              const char *words)
{
  for (guint i = 0; i < events->len; i++)
    {
      GArray *sources = dl_event_get_sources (g_ptr_array_index (events, i));

      for (guint k = 0; k < sources->len; k++)
        if (strstr (g_array_index (sources, DlSource, k).quote, words) != NULL)
          return g_ptr_array_index (events, i);
    }
  return NULL;
}

static gboolean
is_day (DlEvent    *event,
        const char *day)
{
  DlDateSpan *when = dl_event_get_when (event);
  g_autofree char *first = when != NULL ? dl_date_span_dup_first_day (when) : NULL;
  g_autofree char *last = when != NULL ? dl_date_span_dup_last_day (when) : NULL;

  return g_strcmp0 (first, day) == 0 && g_strcmp0 (last, day) == 0;
}

/* What the seed articles about the Hamburg summit of July 2017 must
 * give: one meeting and one ceasefire, each dated and told by at least
 * three articles; a denial of meddling with both men in it; the undated
 * Hamburg reports dated from the others; and the article about an
 * earlier Obama-Putin meeting kept out of July 2017. */
static void
test_seeds (void)
{
  g_autoptr(GPtrArray) articles = load_seeds ();
  g_autoptr(DlAnalysisResult) result = NULL;
  DlEvent *meeting, *ceasefire, *denial;
  DlActor *trump, *putin;

  if (articles == NULL)
    {
      g_test_skip ("no seed articles");
      return;
    }
  g_assert_true (dl_analyzer_run_full (articles, &result, NULL, NULL));
  dl_analysis_result_apply_dcts (result, articles);
  trump = find_person (result->actors, "Trump");
  putin = find_person (result->actors, "Putin");
  g_assert_nonnull (trump);
  g_assert_nonnull (putin);

  meeting = find_shared (result->events, "meet", trump, putin);
  g_assert_nonnull (meeting);
  g_assert_true (is_day (meeting, "2017-07-07"));
  g_assert_cmpuint (count_articles (meeting), >=, 3);

  ceasefire = find_quoting (result->events, "ceasefire agreement");
  g_assert_nonnull (ceasefire);
  g_assert_cmpstr (dl_event_get_predicate (ceasefire), ==, "agree");
  g_assert_true (is_day (ceasefire, "2017-07-07"));
  g_assert_cmpuint (count_articles (ceasefire), >=, 3);

  denial = find_shared (result->events, "deny", putin, trump);
  g_assert_nonnull (denial);

  for (guint i = 0; i < articles->len; i++)
    {
      DlArticle *article = g_ptr_array_index (articles, i);
      const char *text = dl_article_get_text (article);
      g_autofree char *dct = dl_article_dup_dct_string (article);

      g_test_message ("%s: %s", dl_article_get_path (article), dct != NULL ? dct : "undated");
      if (strstr (text, "Obama") != NULL && strstr (text, "Trump") == NULL)
        g_assert_true (dct == NULL || !g_str_has_prefix (dct, "2017-07"));
      else if (strstr (text, "Hamburg") != NULL || strstr (text, "G20") != NULL || strstr (text, "G-20") != NULL)
        g_assert_true (g_strcmp0 (dct, "2017-07-07") == 0 || g_strcmp0 (dct, "2017-07-08") == 0);
    }
  /* Nor are the events of the Obama-Putin meeting */
  for (guint i = 0; i < result->events->len; i++)
    {
      DlEvent *event = g_ptr_array_index (result->events, i);
      DlDateSpan *when = dl_event_get_when (event);
      g_autofree char *first = when != NULL ? dl_date_span_dup_first_day (when) : NULL;

      if (find_person (dl_event_get_actors (event), "Obama") != NULL && !dl_event_has_actor (event, trump))
        g_assert_false (first != NULL && g_str_has_prefix (first, "2017-07"));
    }
}

/* The sample corpus and the seeds, where they are, in the order of
 * their names */
static GPtrArray *
load_corpora (void)
{
  const char *dirs[] = { g_getenv ("DATELINE_SAMPLE_DIR"), g_getenv ("DATELINE_SEEDS_DIR") };
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GDir) dir = dirs[d] != NULL ? g_dir_open (dirs[d], 0, NULL) : NULL;
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (dirs[d], name, NULL));
      g_ptr_array_sort (names, compare_paths);
      for (guint i = 0; i < names->len; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (names, i));
          DlArticle *article = dl_import_file (file, NULL, NULL);

          if (article != NULL)
            g_ptr_array_add (articles, article);
        }
    }
  return articles;
}

/* Everything a result says, one line an actor or event */
static char *
describe_result (DlAnalysisResult *result)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < result->actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (result->actors, i);

      g_string_append_printf (out, "actor %s %d %u\n", dl_actor_get_name (actor), dl_actor_get_kind (actor),
                              dl_actor_get_mentions (actor)->len);
    }
  for (guint i = 0; i < result->events->len; i++)
    {
      DlEvent *event = g_ptr_array_index (result->events, i);
      DlDateSpan *when = dl_event_get_when (event);
      g_autofree char *first = when != NULL ? dl_date_span_dup_first_day (when) : NULL;
      GPtrArray *actors = dl_event_get_actors (event);
      GArray *sources = dl_event_get_sources (event);

      g_string_append_printf (out, "event %s|%s|%s|%u sources|", dl_event_get_title (event),
                              first != NULL ? first : "-", dl_event_get_predicate (event), sources->len);
      for (guint a = 0; a < actors->len; a++)
        g_string_append_printf (out, "%s;", dl_actor_get_name (g_ptr_array_index (actors, a)));
      for (guint k = 0; k < sources->len; k++)
        g_string_append_printf (out, "%u-%u;", g_array_index (sources, DlSource, k).start,
                                g_array_index (sources, DlSource, k).end);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; result->inferred_dcts != NULL && i < result->inferred_dcts->len; i++)
    {
      GDateTime *dct = g_ptr_array_index (result->inferred_dcts, i);
      g_autofree char *day = dct != NULL ? g_date_time_format (dct, "%F") : NULL;

      g_string_append_printf (out, "inferred %u %s\n", i, day != NULL ? day : "-");
    }
  return g_string_free (out, FALSE);
}

/* Events are extracted, and articles read again with inferred dates, on
 * several threads: the results are those of one thread, to the byte */
static void
test_threads_agree (void)
{
  g_autoptr(GPtrArray) articles = load_corpora ();
  g_autofree char *alone = NULL;
  g_autofree char *shared = NULL;
  DlAnalysisResult *result = NULL;

  if (articles->len < 2)
    {
      g_test_skip ("no sample articles");
      return;
    }
  dl_analyzer_set_max_threads (1);
  g_assert_true (dl_analyzer_run_full (articles, &result, NULL, NULL));
  alone = describe_result (result);
  g_clear_pointer (&result, dl_analysis_result_free);
  dl_analyzer_set_max_threads (4);
  g_assert_true (dl_analyzer_run_full (articles, &result, NULL, NULL));
  dl_analyzer_set_max_threads (0);
  shared = describe_result (result);
  g_clear_pointer (&result, dl_analysis_result_free);
  g_assert_cmpuint (strlen (alone), >, 1000);
  g_assert_cmpstr (shared, ==, alone);
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
  g_test_add_func ("/analyzer/monitor/progress", test_monitor_progress);
  g_test_add_func ("/analyzer/monitor/partial", test_monitor_partial);
  g_test_add_func ("/analyzer/monitor/cancel-midway", test_monitor_cancel_midway);
  g_test_add_func ("/analyzer/seeds", test_seeds);
  g_test_add_func ("/analyzer/threads-agree", test_threads_agree);

  return g_test_run ();
}
