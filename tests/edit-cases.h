/* edit-cases.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For test-edit: an edit of every kind made on the results of
 * edit-fixture.h, each with the same change made by hand and the
 * description it should have; and edits written wrong, which reading
 * must refuse.
 */
#pragma once

#include "edit-fixture.h"

typedef struct
{
  const char *name;
  DlEdit *(*make) (Results *results);
  void (*expect) (Results *results);
  const char *description;
} EditCase;

static DlDateSpan *
span (const char  *value,
      DlCertainty  certainty)
{
  DlDateSpan *when = dl_date_span_new_from_value (value, certainty);

  g_assert_nonnull (when);
  return when;
}

/* The event's actors, exactly these in this order */
static void
set_actors (DlEvent *event,
            ...)
{
  GPtrArray *actors = dl_event_get_actors (event);
  va_list args;

  while (actors->len > 0)
    dl_event_remove_actor (event, g_ptr_array_index (actors, 0));
  va_start (args, event);
  for (DlActor *actor = va_arg (args, DlActor *); actor != NULL; actor = va_arg (args, DlActor *))
    dl_event_add_actor (event, actor);
  va_end (args);
}

static DlEdit *
make_event_date (Results *results)
{
  g_autoptr(DlDateSpan) when = span ("1989-11-08", DL_CERTAINTY_RELATIVE);

  return dl_edit_new_event_date (results_find_event (results, "Kohl visits Poland"), when);
}

static void
expect_event_date (Results *results)
{
  g_autoptr(DlDateSpan) when = span ("1989-11-08", DL_CERTAINTY_STATED);

  dl_event_set_when (results_find_event (results, "Kohl visits Poland"), when);
}

static DlEdit *
make_event_undated (Results *results)
{
  return dl_edit_new_event_date (results_find_event (results, "The Wall falls"), NULL);
}

static void
expect_event_undated (Results *results)
{
  dl_event_set_when (results_find_event (results, "The Wall falls"), NULL);
}

/* "Kohl is thanked" comes first and has a source in the same passage:
 * the same title decides */
static DlEdit *
make_event_title (Results *results)
{
  return dl_edit_new_event_title (results_find_event (results, "Bush calls Kohl"), "Bush telephones Kohl");
}

static void
expect_event_title (Results *results)
{
  dl_event_set_title (results_find_event (results, "Bush calls Kohl"), "Bush telephones Kohl");
}

static DlEdit *
make_event_actors (Results *results)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (actors, g_object_ref (results_find_actor (results, "Genscher")));
  g_ptr_array_add (actors, dl_actor_new ("Václav Havel", DL_ACTOR_KIND_PERSON));
  return dl_edit_new_event_actors (results_find_event (results, "Genscher speaks in Prague"), actors);
}

static void
expect_event_actors (Results *results)
{
  DlActor *havel = dl_actor_new ("Václav Havel", DL_ACTOR_KIND_PERSON);

  g_ptr_array_add (results->actors, havel);
  set_actors (results_find_event (results, "Genscher speaks in Prague"),
              results_find_actor (results, "Genscher"), havel, NULL);
}

static DlEdit *
make_event_hide (Results *results)
{
  return dl_edit_new_event_hide (results_find_event (results, "The Wall falls"));
}

static void
expect_event_hide (Results *results)
{
  dl_event_set_hidden (results_find_event (results, "The Wall falls"), TRUE);
}

static DlEdit *
make_event_delete (Results *results)
{
  return dl_edit_new_event_delete (results_find_event (results, "Kohl and Mazowiecki meet"));
}

static void
expect_event_delete (Results *results)
{
  g_ptr_array_remove (results->events, results_find_event (results, "Kohl and Mazowiecki meet"));
}

static DlEdit *
make_event_add (Results *results)
{
  DlArticle *two = g_ptr_array_index (results->articles, 1);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DlDateSpan) when = span ("1989-11-10", DL_CERTAINTY_INFERRED);
  guint start, end;

  g_ptr_array_add (actors, g_object_ref (results_find_actor (results, "Genscher")));
  g_ptr_array_add (actors, g_object_ref (results_find_actor (results, "Prague")));
  g_ptr_array_add (actors, dl_actor_new ("Czechoslovakia", DL_ACTOR_KIND_LOCATION));
  find_span (two, "Genscher spoke in Prague.", &start, &end);
  return dl_edit_new_event_add (two, start, end, "Genscher visits Prague", when, actors);
}

static void
expect_event_add (Results *results)
{
  DlArticle *two = g_ptr_array_index (results->articles, 1);
  DlActor *czechoslovakia = add_actor (results, "Czechoslovakia", DL_ACTOR_KIND_LOCATION, NULL, NULL);
  DlEvent *event = add_event (results, "Genscher visits Prague", "1989-11-10", DL_CERTAINTY_STATED,
                              two, "Genscher spoke in Prague.");

  add_actors (event, results_find_actor (results, "Genscher"), results_find_actor (results, "Prague"),
              czechoslovakia, NULL);
}

static DlEdit *
make_actor_rename (Results *results)
{
  return dl_edit_new_actor_rename (results_find_actor (results, "Kohl"), "Helmut Kohl");
}

static void
expect_actor_rename (Results *results)
{
  dl_actor_set_name (results_find_actor (results, "Kohl"), "Helmut Kohl");
}

static DlEdit *
make_actor_kind (Results *results)
{
  return dl_edit_new_actor_kind (results_find_actor (results, "Kraków"), DL_ACTOR_KIND_ORGANIZATION);
}

static void
expect_actor_kind (Results *results)
{
  dl_actor_set_kind (results_find_actor (results, "Kraków"), DL_ACTOR_KIND_ORGANIZATION);
}

static DlEdit *
make_actor_merge (Results *results)
{
  return dl_edit_new_actor_merge (results_find_actor (results, "George Bush"),
                                  results_find_actor (results, "Genscher"));
}

static void
expect_actor_merge (Results *results)
{
  DlActor *bush = results_find_actor (results, "George Bush");
  DlActor *genscher = results_find_actor (results, "Genscher");

  mention_all (genscher, g_ptr_array_index (results->articles, 1), "Bush");
  dl_actor_add_alias (genscher, "George Bush");
  dl_actor_add_alias (genscher, "Bush");
  dl_actor_add_role (genscher, "President");
  set_actors (results_find_event (results, "Bush calls Kohl"), genscher,
              results_find_actor (results, "Kohl"), NULL);
  g_ptr_array_remove (results->actors, bush);
}

/* Both take part in the same events: the one that stays, once */
static DlEdit *
make_actor_merge_shared (Results *results)
{
  return dl_edit_new_actor_merge (results_find_actor (results, "Mazowiecki"),
                                  results_find_actor (results, "Kohl"));
}

static void
expect_actor_merge_shared (Results *results)
{
  DlActor *mazowiecki = results_find_actor (results, "Mazowiecki");
  DlActor *kohl = results_find_actor (results, "Kohl");

  mention_all (kohl, g_ptr_array_index (results->articles, 0), "Mazowiecki");
  dl_actor_add_alias (kohl, "Mazowiecki");
  dl_actor_add_role (kohl, "Prime Minister");
  set_actors (results_find_event (results, "Kohl and Mazowiecki meet"), kohl,
              results_find_actor (results, "Kraków"), NULL);
  set_actors (results_find_event (results, "Kohl is thanked"), kohl, NULL);
  g_ptr_array_remove (results->actors, mazowiecki);
}

/* The Kohl of the second article is another man. "Kohl is thanked" is
 * told in both articles, so it keeps the first Kohl. */
static DlEdit *
make_actor_split (Results *results)
{
  DlActor *kohl = results_find_actor (results, "Kohl");
  GArray *mentions = dl_actor_get_mentions (kohl);
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (DlMention));

  for (guint i = 0; i < mentions->len; i++)
    if (g_array_index (mentions, DlMention, i).article == g_ptr_array_index (results->articles, 1))
      g_array_append_val (moved, g_array_index (mentions, DlMention, i));
  g_assert_cmpuint (moved->len, ==, 1);
  return dl_edit_new_actor_split (kohl, moved, "Walter Kohl");
}

static void
expect_actor_split (Results *results)
{
  DlActor *kohl = results_find_actor (results, "Kohl");
  DlActor *walter = add_actor (results, "Walter Kohl", DL_ACTOR_KIND_PERSON,
                               g_ptr_array_index (results->articles, 1), "Kohl");

  dl_actor_remove_mention (kohl, dl_actor_get_n_mentions (kohl) - 1);
  set_actors (results_find_event (results, "Bush calls Kohl"),
              results_find_actor (results, "George Bush"), walter, NULL);
}

static const EditCase edit_cases[] = {
  { "event-date", make_event_date, expect_event_date,
    "Set the date of “Kohl visits Poland” to 8 November 1989" },
  { "event-undated", make_event_undated, expect_event_undated,
    "Remove the date of “The Wall falls”" },
  { "event-title", make_event_title, expect_event_title,
    "Retitle “Bush calls Kohl” as “Bush telephones Kohl”" },
  { "event-actors", make_event_actors, expect_event_actors,
    "Change who took part in “Genscher speaks in Prague”" },
  { "event-hide", make_event_hide, expect_event_hide, "Hide “The Wall falls”" },
  { "event-delete", make_event_delete, expect_event_delete, "Delete “Kohl and Mazowiecki meet”" },
  { "event-add", make_event_add, expect_event_add, "Add “Genscher visits Prague”" },
  { "actor-rename", make_actor_rename, expect_actor_rename, "Rename “Kohl” to “Helmut Kohl”" },
  { "actor-kind", make_actor_kind, expect_actor_kind, "Make “Kraków” an organisation" },
  { "actor-merge", make_actor_merge, expect_actor_merge, "Merge “George Bush” into “Genscher”" },
  { "actor-merge-shared", make_actor_merge_shared, expect_actor_merge_shared,
    "Merge “Mazowiecki” into “Kohl”" },
  { "actor-split", make_actor_split, expect_actor_split, "Split “Walter Kohl” from “Kohl”" },
};

#define EVENT_REF "\"event\": {\"article\": \"a.txt\", \"start\": 1, \"end\": 5, \"title\": \"t\"}"
#define ACTOR_REF "\"actor\": {\"name\": \"Kohl\", \"kind\": \"person\"}"

static const char *malformed[] = {
  "",
  "   ",
  "{",
  "}",
  "[]",
  "42",
  "null",
  "\"event-hide\"",
  "{}",
  "{\"edit\": null}",
  "{\"edit\": 7}",
  "{\"edit\": \"\"}",
  "{\"edit\": \"event-explode\", " EVENT_REF "}",
  "{\"version\": 2, \"edit\": \"event-hide\", " EVENT_REF "}",
  "{\"version\": \"1\", \"edit\": \"event-hide\", " EVENT_REF "}",
  "{\"version\": 0, \"edit\": \"event-hide\", " EVENT_REF "}",
  "{\"version\": 1.5, \"edit\": \"event-hide\", " EVENT_REF "}",
  "{\"edit\": \"event-hide\"}",
  "{\"edit\": \"event-hide\", \"event\": []}",
  "{\"edit\": \"event-hide\", \"event\": {\"article\": \"a.txt\", \"start\": 1, \"end\": 5}, \"x\": }",
  "{\"edit\": \"event-hide\", \"event\": {\"article\": \"a.txt\", \"start\": -1, \"end\": 5}}",
  "{\"edit\": \"event-hide\", \"event\": {\"article\": \"a.txt\", \"start\": 6, \"end\": 5}}",
  "{\"edit\": \"event-hide\", \"event\": {\"article\": \"a.txt\", \"start\": 1.5, \"end\": 5}}",
  "{\"edit\": \"event-hide\", \"event\": {\"article\": \"a.txt\", \"start\": 1, \"end\": 99999999999}}",
  "{\"edit\": \"event-hide\", \"event\": {\"article\": \"a.txt\", \"start\": \"1\", \"end\": 5}}",
  "{\"edit\": \"event-hide\", \"event\": {\"article\": 3, \"start\": 1, \"end\": 5}}",
  "{\"edit\": \"event-hide\", \"event\": {\"article\": \"a.txt\", \"start\": 1, \"end\": 5, \"title\": 2}}",
  "{\"edit\": \"event-title\", " EVENT_REF "}",
  "{\"edit\": \"event-title\", " EVENT_REF ", \"title\": \"\"}",
  "{\"edit\": \"event-title\", " EVENT_REF ", \"title\": null}",
  "{\"edit\": \"event-title\", " EVENT_REF ", \"title\": [\"x\"]}",
  "{\"edit\": \"event-date\", " EVENT_REF "}",
  "{\"edit\": \"event-date\", " EVENT_REF ", \"when\": \"1989\"}",
  "{\"edit\": \"event-date\", " EVENT_REF ", \"when\": {\"value\": \"1989\", \"start\": 5, \"end\": 4, \"certainty\": \"stated\"}}",
  "{\"edit\": \"event-date\", " EVENT_REF ", \"when\": {\"value\": \"1989\", \"start\": 1, \"end\": 4, \"certainty\": \"sure\"}}",
  "{\"edit\": \"event-date\", " EVENT_REF ", \"when\": {\"value\": \"1989\", \"start\": 1, \"end\": 4}}",
  "{\"edit\": \"event-actors\", " EVENT_REF "}",
  "{\"edit\": \"event-actors\", " EVENT_REF ", \"actors\": {}}",
  "{\"edit\": \"event-actors\", " EVENT_REF ", \"actors\": [1]}",
  "{\"edit\": \"event-actors\", " EVENT_REF ", \"actors\": [{\"name\": \"\", \"kind\": \"person\"}]}",
  "{\"edit\": \"event-actors\", " EVENT_REF ", \"actors\": [{\"name\": \"X\", \"kind\": \"alien\"}]}",
  "{\"edit\": \"event-actors\", " EVENT_REF ", \"actors\": [{\"name\": \"X\"}]}",
  "{\"edit\": \"event-add\", \"article\": \"a.txt\", \"start\": 1, \"end\": 5, \"title\": \"t\", \"when\": null}",
  "{\"edit\": \"event-add\", \"article\": \"\", \"start\": 1, \"end\": 5, \"title\": \"t\", \"when\": null, \"actors\": []}",
  "{\"edit\": \"event-add\", \"start\": 1, \"end\": 5, \"title\": \"t\", \"when\": null, \"actors\": []}",
  "{\"edit\": \"actor-rename\", " ACTOR_REF "}",
  "{\"edit\": \"actor-rename\", \"actor\": \"Kohl\", \"name\": \"Helmut Kohl\"}",
  "{\"edit\": \"actor-kind\", " ACTOR_REF ", \"kind\": \"Person\"}",
  "{\"edit\": \"actor-merge\", " ACTOR_REF "}",
  "{\"edit\": \"actor-merge\", " ACTOR_REF ", \"into\": null}",
  "{\"edit\": \"actor-split\", " ACTOR_REF ", \"name\": \"W\", \"mentions\": []}",
  "{\"edit\": \"actor-split\", " ACTOR_REF ", \"name\": \"W\", \"mentions\": [[1, 2]]}",
  "{\"edit\": \"actor-split\", " ACTOR_REF ", \"name\": \"W\", \"mentions\": [{\"article\": \"a\", \"start\": 2, \"end\": 1}]}",
  "{\"edit\": \"actor-split\", " ACTOR_REF ", \"mentions\": [{\"article\": \"a\", \"start\": 1, \"end\": 2}]}",
  "{\"edit\": \"article-date\", \"article\": \"a.txt\"}",
  "{\"edit\": \"article-date\", \"article\": \"a.txt\", \"date\": \"last Friday\"}",
  "{\"edit\": \"article-date\", \"article\": \"a.txt\", \"date\": \"2019-03-13T00:00:00Z\", \"previous\": 5}",
  "{\"edit\": \"article-date\", \"article\": \"a.txt\", \"date\": \"2019-03-13T00:00:00Z\", "
  "\"previous\": {\"date\": \"2019-03-01T00:00:00Z\", \"source\": \"guess\"}}",
  "{\"edit\": \"event-hide\", " EVENT_REF ",}",
  "{\"edit\": \"event-hide\", " EVENT_REF "} {}",
  "{\"edit\": \"event-hide\xff\", " EVENT_REF "}",
  "{\"edit\": \"event-\xc3\", " EVENT_REF "}",
};
