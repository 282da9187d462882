/* test-corpus.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-relation.h"

typedef struct
{
  DlCorpus *corpus;
  DlArticle *first;
  DlArticle *second;
  DlActor *kohl;
  DlActor *krenz;
  DlActor *berlin;
  guint changed;
} Fixture;

static DlEvent *
make_event (const char *title,
            const char *when,
            const char *predicate,
            DlArticle  *article,
            DlActor    *a,
            DlActor    *b)
{
  DlEvent *event = dl_event_new (title);

  if (when != NULL)
    {
      g_autoptr(DlDateSpan) span = dl_date_span_new_from_value (when, DL_CERTAINTY_STATED);
      dl_event_set_when (event, span);
    }
  dl_event_set_predicate (event, predicate);
  dl_event_add_source (event, article, 0, 10, "quote text");
  if (a != NULL)
    dl_event_add_actor (event, a);
  if (b != NULL)
    dl_event_add_actor (event, b);
  return event;
}

static void
changed_cb (DlCorpus *corpus,
            Fixture  *fixture)
{
  fixture->changed++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  fixture->corpus = dl_corpus_new ();
  g_signal_connect (fixture->corpus, "changed", G_CALLBACK (changed_cb), fixture);
  fixture->first = dl_article_new ("one.txt", "One", "Kohl met Krenz in Berlin.");
  fixture->second = dl_article_new ("two.txt", "Two", "Krenz spoke. Kohl answered.");
  dl_corpus_add_article (fixture->corpus, fixture->first);
  dl_corpus_add_article (fixture->corpus, fixture->second);

  fixture->kohl = dl_actor_new ("Helmut Kohl", DL_ACTOR_KIND_PERSON);
  fixture->krenz = dl_actor_new ("Egon Krenz", DL_ACTOR_KIND_PERSON);
  fixture->berlin = dl_actor_new ("Berlin", DL_ACTOR_KIND_LOCATION);
  dl_actor_add_mention (fixture->kohl, fixture->first, 0, 4);
  dl_actor_add_mention (fixture->kohl, fixture->second, 13, 17);
  dl_actor_add_mention (fixture->kohl, fixture->second, 0, 0);
  dl_actor_add_mention (fixture->krenz, fixture->first, 9, 14);
  dl_actor_add_mention (fixture->berlin, fixture->first, 18, 24);
  g_ptr_array_add (actors, g_object_ref (fixture->berlin));
  g_ptr_array_add (actors, g_object_ref (fixture->krenz));
  g_ptr_array_add (actors, g_object_ref (fixture->kohl));

  g_ptr_array_add (events, make_event ("Undated talk", NULL, "talk", fixture->second, fixture->kohl, fixture->krenz));
  g_ptr_array_add (events, make_event ("Later meeting", "1989-12-19", "meet", fixture->first, fixture->kohl, fixture->krenz));
  g_ptr_array_add (events, make_event ("First meeting", "1989-11-11", "meet", fixture->first, fixture->krenz, fixture->kohl));
  g_ptr_array_add (events, make_event ("Visit", "1989-11", "visit", fixture->second, fixture->kohl, fixture->berlin));

  dl_corpus_set_analysis (fixture->corpus, actors, events);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->first);
  g_clear_object (&fixture->second);
  g_clear_object (&fixture->kohl);
  g_clear_object (&fixture->krenz);
  g_clear_object (&fixture->berlin);
  g_assert_finalize_object (fixture->corpus);
}

static void
test_corpus_ids_and_order (Fixture       *fixture,
                           gconstpointer  data)
{
  GListModel *events = dl_corpus_get_events (fixture->corpus);
  GListModel *actors = dl_corpus_get_actors (fixture->corpus);
  g_autoptr(DlEvent) first = g_list_model_get_item (events, 0);
  g_autoptr(DlEvent) last = g_list_model_get_item (events, 3);
  g_autoptr(DlActor) top = g_list_model_get_item (actors, 0);

  g_assert_cmpstr (dl_article_get_id (fixture->first), ==, "a1");
  g_assert_cmpstr (dl_article_get_id (fixture->second), ==, "a2");
  g_assert_cmpuint (fixture->changed, ==, 3);

  /* The month-long visit starts first; undated events come last */
  g_assert_cmpstr (dl_event_get_title (first), ==, "Visit");
  g_assert_cmpstr (dl_event_get_id (first), ==, "e1");
  g_assert_cmpstr (dl_event_get_title (last), ==, "Undated talk");

  /* The most mentioned actor first; ids by kind */
  g_assert_true (top == fixture->kohl);
  g_assert_cmpstr (dl_actor_get_id (fixture->kohl), ==, "p1");
  g_assert_cmpstr (dl_actor_get_id (fixture->berlin), ==, "l1");
  g_assert_true (dl_corpus_find_actor (fixture->corpus, "p2") == fixture->krenz);
  g_assert_true (dl_corpus_find_actor_by_name (fixture->corpus, "Berlin") == fixture->berlin);
  g_assert_true (dl_corpus_find_article (fixture->corpus, "a2") == fixture->second);
  g_assert_true (dl_corpus_find_article_by_path (fixture->corpus, "one.txt") == fixture->first);
  g_assert_null (dl_corpus_find_event (fixture->corpus, "e99"));
}

static void
test_corpus_relations (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *relations = dl_corpus_get_relations (fixture->corpus);
  g_autoptr(DlRelation) heaviest = NULL;
  g_autoptr(DlRelation) lightest = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 2);
  heaviest = g_list_model_get_item (relations, 0);
  lightest = g_list_model_get_item (relations, 1);

  /* Kohl and Krenz share three events, two of them meetings */
  g_assert_cmpuint (dl_relation_get_weight (heaviest), ==, 3);
  g_assert_cmpstr (dl_relation_get_label (heaviest), ==, "meet");
  g_assert_true ((dl_relation_get_source (heaviest) == fixture->kohl &&
                  dl_relation_get_target (heaviest) == fixture->krenz) ||
                 (dl_relation_get_source (heaviest) == fixture->krenz &&
                  dl_relation_get_target (heaviest) == fixture->kohl));
  g_assert_cmpuint (dl_relation_get_weight (lightest), ==, 1);
  g_assert_cmpstr (dl_relation_get_label (lightest), ==, "visit");
}

/* An event the user hid joins nobody: Kohl and Krenz share two events
 * once the undated talk is set aside, and the Berlin visit's pair none */
static void
test_corpus_relations_without_hidden (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *relations = dl_corpus_get_relations (fixture->corpus);
  g_autoptr(DlRelation) only = NULL;
  DlEvent *talk, *visit;

  g_ptr_array_add (actors, g_object_ref (fixture->kohl));
  g_ptr_array_add (actors, g_object_ref (fixture->krenz));
  g_ptr_array_add (actors, g_object_ref (fixture->berlin));
  talk = make_event ("Undated talk", NULL, "talk", fixture->second, fixture->kohl, fixture->krenz);
  visit = make_event ("Visit", "1989-11", "visit", fixture->second, fixture->kohl, fixture->berlin);
  dl_event_set_hidden (talk, TRUE);
  dl_event_set_hidden (visit, TRUE);
  g_ptr_array_add (events, talk);
  g_ptr_array_add (events, visit);
  g_ptr_array_add (events, make_event ("Meeting", "1989-12-19", "meet", fixture->first, fixture->kohl, fixture->krenz));
  g_ptr_array_add (events, make_event ("Meeting again", "1989-12-20", "meet", fixture->first, fixture->krenz, fixture->kohl));
  dl_corpus_set_analysis (fixture->corpus, actors, events);

  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 1);
  only = g_list_model_get_item (relations, 0);
  g_assert_cmpuint (dl_relation_get_weight (only), ==, 2);
  g_assert_cmpstr (dl_relation_get_label (only), ==, "meet");
}

static void
test_corpus_counts (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 start = 0, end = 0;
  g_autoptr(DlDateSpan) november = dl_date_span_new_from_value ("1989-11", DL_CERTAINTY_STATED);
  g_autoptr(DlDateSpan) december = dl_date_span_new_from_value ("1989-12-19", DL_CERTAINTY_STATED);

  g_assert_cmpuint (dl_article_get_n_events (fixture->first), ==, 2);
  g_assert_cmpuint (dl_article_get_n_events (fixture->second), ==, 2);
  g_assert_cmpuint (dl_article_get_n_actors (fixture->first), ==, 3);
  g_assert_cmpuint (dl_article_get_n_actors (fixture->second), ==, 1);
  g_assert_cmpuint (dl_actor_get_n_events (fixture->kohl), ==, 4);
  g_assert_cmpuint (dl_actor_get_n_events (fixture->berlin), ==, 1);

  g_assert_true (dl_corpus_get_time_bounds (fixture->corpus, &start, &end));
  g_assert_cmpint (start, ==, dl_date_span_get_start (november));
  g_assert_cmpint (end, ==, dl_date_span_get_end (december));
}

static void
test_corpus_replace_analysis (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 start, end;

  dl_corpus_set_analysis (fixture->corpus, actors, events);
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_events (fixture->corpus)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_relations (fixture->corpus)), ==, 0);
  g_assert_cmpuint (dl_article_get_n_events (fixture->first), ==, 0);
  g_assert_false (dl_corpus_get_time_bounds (fixture->corpus, &start, &end));
  g_assert_cmpuint (fixture->changed, ==, 4);
}

static void
count_changes (DlCorpus *corpus,
               guint    *n)
{
  (*n)++;
}

/* Many articles join at once, in order, with one change told; each is
 * found by its id and by its path, the first read from a path winning */
static void
test_corpus_add_many (void)
{
  g_autoptr(DlCorpus) corpus = dl_corpus_new ();
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DlArticle) first = dl_article_new ("one.txt", NULL, "First.");
  guint n_changes = 0;

  dl_corpus_add_article (corpus, first);
  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *path = g_strdup_printf ("many-%u.txt", i);
      g_ptr_array_add (articles, dl_article_new (path, NULL, "Text."));
    }
  g_ptr_array_add (articles, dl_article_new ("one.txt", NULL, "Again."));
  g_signal_connect (corpus, "changed", G_CALLBACK (count_changes), &n_changes);
  dl_corpus_add_articles (corpus, articles);

  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_articles (corpus)), ==, 502);
  g_assert_cmpstr (dl_article_get_id (g_ptr_array_index (articles, 0)), ==, "a2");
  g_assert_true (dl_corpus_find_article (corpus, "a501") == g_ptr_array_index (articles, 499));
  g_assert_true (dl_corpus_find_article_by_path (corpus, "many-250.txt") == g_ptr_array_index (articles, 250));
  g_assert_true (dl_corpus_find_article_by_path (corpus, "one.txt") == first);
  g_assert_null (dl_corpus_find_article_by_path (corpus, "none.txt"));
  g_assert_null (dl_corpus_find_article (corpus, "a503"));
  g_assert_null (dl_corpus_find_article_by_path (corpus, NULL));
}

static void
test_article_basics (void)
{
  g_autoptr(DlArticle) article = dl_article_new ("/tmp/x/é.txt", NULL, "Günter “said” yes.");
  g_autoptr(GDateTime) dct = g_date_time_new_utc (1989, 11, 9, 0, 0, 0);
  g_autoptr(GDateTime) timed = g_date_time_new_utc (1989, 11, 9, 18, 53, 0);
  g_autofree char *slice = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *full = NULL;

  g_assert_cmpstr (dl_article_get_title (article), ==, "é.txt");
  g_assert_cmpuint (dl_article_get_n_chars (article), ==, 18);
  slice = dl_article_dup_slice (article, 7, 13);
  g_assert_cmpstr (slice, ==, "“said”");
  g_assert_cmpuint (dl_article_char_to_byte (article, 7), ==, 8);
  g_assert_cmpuint (dl_article_byte_to_char (article, 8), ==, 7);

  g_assert_null (dl_article_dup_dct_string (article));
  dl_article_set_dct (article, dct, DL_DCT_SOURCE_TEXT);
  plain = dl_article_dup_dct_string (article);
  g_assert_cmpstr (plain, ==, "1989-11-09");
  dl_article_set_dct (article, timed, DL_DCT_SOURCE_META);
  full = dl_article_dup_dct_string (article);
  g_assert_cmpstr (full, ==, "1989-11-09T18:53:00Z");
  g_assert_cmpstr (dl_dct_source_to_string (dl_article_get_dct_source (article)), ==, "meta");
}

static void
test_actor_aliases_and_roles (void)
{
  g_autoptr(DlActor) actor = dl_actor_new ("Helmut Kohl", DL_ACTOR_KIND_PERSON);

  dl_actor_add_alias (actor, "Kohl");
  dl_actor_add_alias (actor, "Kohl");
  dl_actor_add_alias (actor, "");
  dl_actor_add_role (actor, "Chancellor");
  dl_actor_add_role (actor, "Chancellor");

  g_assert_cmpuint (dl_actor_get_aliases (actor)->len, ==, 2);
  g_assert_true (dl_actor_has_alias (actor, "Helmut Kohl"));
  g_assert_true (dl_actor_has_alias (actor, "Kohl"));
  g_assert_cmpuint (dl_actor_get_roles (actor)->len, ==, 1);
  g_assert_cmpstr (dl_actor_kind_to_string (DL_ACTOR_KIND_ORGANIZATION), ==, "organization");
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

/* Why reports were merged: set once, notified once, cleared to NULL */
static void
test_event_merge_reason (void)
{
  g_autoptr(DlEvent) event = dl_event_new ("Crossings opened");
  g_autofree char *read = NULL;
  guint notified = 0;

  g_assert_null (dl_event_get_merge_reason (event));
  g_signal_connect (event, "notify::merge-reason", G_CALLBACK (notify_cb), &notified);
  dl_event_set_merge_reason (event, "the same deed on the same thing");
  dl_event_set_merge_reason (event, "the same deed on the same thing");
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (event, "merge-reason", &read, NULL);
  g_assert_cmpstr (read, ==, "the same deed on the same thing");
  g_object_set (event, "merge-reason", NULL, NULL);
  g_assert_null (dl_event_get_merge_reason (event));
  g_assert_cmpuint (notified, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/corpus/ids-and-order", Fixture, NULL, fixture_setup, test_corpus_ids_and_order, fixture_teardown);
  g_test_add ("/corpus/relations", Fixture, NULL, fixture_setup, test_corpus_relations, fixture_teardown);
  g_test_add ("/corpus/relations-without-hidden", Fixture, NULL, fixture_setup, test_corpus_relations_without_hidden,
              fixture_teardown);
  g_test_add ("/corpus/counts", Fixture, NULL, fixture_setup, test_corpus_counts, fixture_teardown);
  g_test_add ("/corpus/replace-analysis", Fixture, NULL, fixture_setup, test_corpus_replace_analysis, fixture_teardown);
  g_test_add_func ("/corpus/add-many", test_corpus_add_many);
  g_test_add_func ("/article/basics", test_article_basics);
  g_test_add_func ("/actor/aliases-and-roles", test_actor_aliases_and_roles);
  g_test_add_func ("/event/merge-reason", test_event_merge_reason);

  return g_test_run ();
}
