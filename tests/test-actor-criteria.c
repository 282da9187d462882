/* test-actor-criteria.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the preferences make of an analysis's actors: only the kinds
 * chosen, only names mentioned often enough, and the events kept with
 * their dates and sources, whoever is left in them.
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-actor-criteria.h"
#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-date-span.h"
#include "dl-event.h"

#define TEXT "Ana Ruiz of the Harbour Board met Tom Ode in Lisbon. The dockers struck. " \
             "Ruiz spoke for the board. The dockers went home; Ruiz stayed."

#define PERSON DL_ACTOR_KIND_BIT (DL_ACTOR_KIND_PERSON)
#define ORGANIZATION DL_ACTOR_KIND_BIT (DL_ACTOR_KIND_ORGANIZATION)
#define LOCATION DL_ACTOR_KIND_BIT (DL_ACTOR_KIND_LOCATION)
#define GROUP DL_ACTOR_KIND_BIT (DL_ACTOR_KIND_GROUP)

typedef struct
{
  const char *name;
  DlActorKind kind;
  guint n_mentions;
} ActorCase;

/* The actors of the fixture, each mentioned as often as it says */
static const ActorCase actor_cases[] = {
  { "Ana Ruiz", DL_ACTOR_KIND_PERSON, 3 },
  { "Harbour Board", DL_ACTOR_KIND_ORGANIZATION, 2 },
  { "Tom Ode", DL_ACTOR_KIND_PERSON, 1 },
  { "Lisbon", DL_ACTOR_KIND_LOCATION, 1 },
  { "dockers", DL_ACTOR_KIND_GROUP, 2 },
};

typedef struct
{
  const char *title;
  const char *when;
  const char *participants;   /* names, comma-separated */
} EventCase;

static const EventCase event_cases[] = {
  { "Ruiz met Ode", "2003-03-04", "Ana Ruiz,Harbour Board,Tom Ode,Lisbon" },
  { "The dockers struck", "2003-03-05", "dockers" },
  { "Ruiz spoke for the board", "2003-03-06", "Ana Ruiz,Harbour Board" },
};

static DlArticle *article;

static DlActor *
find_actor (GPtrArray  *actors,
            const char *name)
{
  for (guint i = 0; i < actors->len; i++)
    if (g_str_equal (dl_actor_get_name (g_ptr_array_index (actors, i)), name))
      return g_ptr_array_index (actors, i);
  return NULL;
}

static DlActor *
make_actor (const ActorCase *c)
{
  DlActor *actor = dl_actor_new (c->name, c->kind);

  for (guint k = 0; k < c->n_mentions; k++)
    dl_actor_add_mention (actor, article, 10 * k, 10 * k + 4);
  return actor;
}

static DlEvent *
make_event (const EventCase *c,
            GPtrArray       *actors)
{
  DlEvent *event = dl_event_new (c->title);
  g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (c->when, DL_CERTAINTY_STATED);
  g_auto(GStrv) names = g_strsplit (c->participants, ",", -1);

  dl_event_set_when (event, when);
  dl_event_add_source (event, article, 0, 20, c->title);
  for (guint i = 0; names[i] != NULL; i++)
    dl_event_add_actor (event, find_actor (actors, names[i]));
  return event;
}

/* A result as the analyzer gives it, of the fixture's actors and events */
static DlAnalysisResult *
make_result (void)
{
  DlAnalysisResult *result = g_new0 (DlAnalysisResult, 1);

  result->actors = g_ptr_array_new_with_free_func (g_object_unref);
  result->events = g_ptr_array_new_with_free_func (g_object_unref);
  result->inferred_dcts = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (actor_cases); i++)
    g_ptr_array_add (result->actors, make_actor (&actor_cases[i]));
  for (guint i = 0; i < G_N_ELEMENTS (event_cases); i++)
    g_ptr_array_add (result->events, make_event (&event_cases[i], result->actors));
  return result;
}

/* "a,b" of the names of @actors, in their order */
static char *
join_names (GPtrArray *actors)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < actors->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      g_string_append (text, dl_actor_get_name (g_ptr_array_index (actors, i)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
join_participants (DlAnalysisResult *result,
                   guint             index)
{
  return join_names (dl_event_get_actors (g_ptr_array_index (result->events, index)));
}

/* Kinds by name ------------------------------------------------------------ */

typedef struct
{
  const char *names;          /* comma-separated, "" for none */
  guint kinds;
} KindsCase;

static void
test_kinds_from_strv (void)
{
  static const KindsCase cases[] = {
    { "", 0 },
    { "person", PERSON },
    { "person,organization,location,group", PERSON | ORGANIZATION | LOCATION | GROUP },
    { "group,location", LOCATION | GROUP },
    { "person,person", PERSON },
    { "people,Person,", 0 },
    { "other", DL_ACTOR_KIND_BIT (DL_ACTOR_KIND_OTHER) },
  };

  g_assert_cmpuint (dl_actor_kinds_from_strv (NULL), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) names = g_strsplit (cases[i].names, ",", -1);

      g_test_message ("kinds \"%s\"", cases[i].names);
      g_assert_cmpuint (dl_actor_kinds_from_strv ((const char * const *) names), ==, cases[i].kinds);
    }
}

/* Restricting a result ------------------------------------------------------ */

typedef struct
{
  const char *what;
  guint kinds;
  guint min_mentions;
  const char *actors;                                /* kept, in order */
  const char *participants[G_N_ELEMENTS (event_cases)];
} RestrictCase;

static const RestrictCase restrict_cases[] = {
  { "no people", ORGANIZATION | LOCATION | GROUP, 1,
    "Harbour Board,Lisbon,dockers",
    { "Harbour Board,Lisbon", "dockers", "Harbour Board" } },
  { "people only", PERSON, 1,
    "Ana Ruiz,Tom Ode",
    { "Ana Ruiz,Tom Ode", "", "Ana Ruiz" } },
  { "no groups", PERSON | ORGANIZATION | LOCATION, 1,
    "Ana Ruiz,Harbour Board,Tom Ode,Lisbon",
    { "Ana Ruiz,Harbour Board,Tom Ode,Lisbon", "", "Ana Ruiz,Harbour Board" } },
  { "twice or more", DL_ACTOR_KINDS_ALL, 2,
    "Ana Ruiz,Harbour Board,dockers",
    { "Ana Ruiz,Harbour Board", "dockers", "Ana Ruiz,Harbour Board" } },
  { "three times or more", DL_ACTOR_KINDS_ALL, 3,
    "Ana Ruiz",
    { "Ana Ruiz", "", "Ana Ruiz" } },
  { "people twice or more", PERSON, 2,
    "Ana Ruiz",
    { "Ana Ruiz", "", "Ana Ruiz" } },
  { "more than anyone", DL_ACTOR_KINDS_ALL, 20,
    "",
    { "", "", "" } },
  { "no kind at all", 0, 1,
    "",
    { "", "", "" } },
};

static void
test_restrict (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (restrict_cases); i++)
    {
      const RestrictCase *c = &restrict_cases[i];
      g_autoptr(DlAnalysisResult) result = make_result ();
      DlActorCriteria criteria = { c->kinds, c->min_mentions };
      g_autofree char *kept = NULL;

      g_test_message ("criteria: %s", c->what);
      dl_analysis_result_restrict_actors (result, &criteria);
      kept = join_names (result->actors);
      g_assert_cmpstr (kept, ==, c->actors);
      g_assert_cmpuint (result->events->len, ==, G_N_ELEMENTS (event_cases));
      for (guint j = 0; j < result->events->len; j++)
        {
          g_autofree char *participants = join_participants (result, j);

          g_assert_cmpstr (participants, ==, c->participants[j]);
        }
    }
}

/* An event left with no actor is still the event it was */
static void
test_events_keep_date (void)
{
  g_autoptr(DlAnalysisResult) result = make_result ();
  DlActorCriteria criteria = { PERSON, 1 };
  DlEvent *strike = g_ptr_array_index (result->events, 1);
  g_autoptr(DlEvent) kept = g_object_ref (strike);
  GArray *sources;

  dl_analysis_result_restrict_actors (result, &criteria);
  g_assert_true (g_ptr_array_index (result->events, 1) == kept);
  g_assert_cmpuint (dl_event_get_actors (kept)->len, ==, 0);
  g_assert_cmpstr (dl_event_get_title (kept), ==, "The dockers struck");
  g_assert_nonnull (dl_event_get_when (kept));
  g_assert_cmpstr (dl_date_span_get_value (dl_event_get_when (kept)), ==, "2003-03-05");
  sources = dl_event_get_sources (kept);
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_true (g_array_index (sources, DlSource, 0).article == article);
  g_assert_cmpstr (g_array_index (sources, DlSource, 0).quote, ==, "The dockers struck");
}

/* Criteria that keep every actor change nothing, not even the order */
static void
test_keep_all (void)
{
  DlActorCriteria defaults, none = { DL_ACTOR_KINDS_ALL, 0 };
  const DlActorCriteria *all[] = { &defaults, &none };

  dl_actor_criteria_init_default (&defaults);
  g_assert_true (dl_actor_criteria_keeps_all (&defaults));
  g_assert_true (dl_actor_criteria_keeps_all (&none));
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      g_autoptr(DlAnalysisResult) result = make_result ();
      g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint j = 0; j < result->actors->len; j++)
        g_ptr_array_add (before, g_object_ref (g_ptr_array_index (result->actors, j)));
      dl_analysis_result_restrict_actors (result, all[i]);
      g_assert_cmpuint (result->actors->len, ==, before->len);
      for (guint j = 0; j < before->len; j++)
        g_assert_true (g_ptr_array_index (result->actors, j) == g_ptr_array_index (before, j));
      g_assert_cmpuint (result->events->len, ==, G_N_ELEMENTS (event_cases));
      for (guint j = 0; j < result->events->len; j++)
        {
          g_autofree char *participants = join_participants (result, j);

          g_assert_cmpstr (participants, ==, event_cases[j].participants);
        }
    }
}

/* One actor at a time */
static void
test_keeps (void)
{
  g_autoptr(DlActor) once = dl_actor_new ("Tom Ode", DL_ACTOR_KIND_PERSON);
  DlActorCriteria people = { PERSON, 1 }, places = { LOCATION, 1 }, twice = { PERSON, 2 };

  dl_actor_add_mention (once, article, 34, 41);
  g_assert_true (dl_actor_criteria_keeps (&people, once));
  g_assert_false (dl_actor_criteria_keeps (&places, once));
  g_assert_false (dl_actor_criteria_keeps (&twice, once));
  dl_actor_add_mention (once, article, 34, 41);
  g_assert_true (dl_actor_criteria_keeps (&twice, once));
  g_assert_false (dl_actor_criteria_keeps_all (&people));
  g_assert_false (dl_actor_criteria_keeps_all (&twice));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  article = dl_article_new ("harbour.txt", "Harbour", TEXT);

  g_test_add_func ("/actor-criteria/kinds-from-strv", test_kinds_from_strv);
  g_test_add_func ("/actor-criteria/keeps", test_keeps);
  g_test_add_func ("/actor-criteria/restrict", test_restrict);
  g_test_add_func ("/actor-criteria/events-keep-date", test_events_keep_date);
  g_test_add_func ("/actor-criteria/keep-all", test_keep_all);

  status = g_test_run ();
  g_object_unref (article);
  return status;
}
