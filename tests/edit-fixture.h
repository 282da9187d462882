/* edit-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Analysis results built by hand for test-edit, so that each edit can
 * be checked against the same change made by hand, and a snapshot of
 * results as text, to compare results whole.
 */
#pragma once

#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-date-span.h"
#include "dl-edit.h"
#include "dl-event.h"

#define TEXT_ONE \
  "Kohl visits Poland. Kohl met Mazowiecki in Kraków. Mazowiecki thanked Kohl."
#define TEXT_TWO \
  "On 9 November 1989 the Wall fell. Genscher spoke in Prague. Bush called Kohl."

typedef struct
{
  GPtrArray *articles;
  GPtrArray *actors;
  GPtrArray *events;
} Results;

static void
results_free (Results *results)
{
  g_clear_pointer (&results->articles, g_ptr_array_unref);
  g_clear_pointer (&results->actors, g_ptr_array_unref);
  g_clear_pointer (&results->events, g_ptr_array_unref);
  g_free (results);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Results, results_free)

/* Code point span of the first @needle in @article's text */
static void
find_span (DlArticle  *article,
           const char *needle,
           guint      *start,
           guint      *end)
{
  const char *text = dl_article_get_text (article);
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  *start = g_utf8_pointer_to_offset (text, found);
  *end = *start + g_utf8_strlen (needle, -1);
}

/* Every place @needle is written in @article, as mentions of @actor */
static void
mention_all (DlActor    *actor,
             DlArticle  *article,
             const char *needle)
{
  const char *text = dl_article_get_text (article);

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    {
      guint start = g_utf8_pointer_to_offset (text, p);

      dl_actor_add_mention (actor, article, start, start + g_utf8_strlen (needle, -1));
    }
}

static DlActor *
results_find_actor (Results    *results,
                    const char *name)
{
  for (guint i = 0; i < results->actors->len; i++)
    if (g_strcmp0 (dl_actor_get_name (g_ptr_array_index (results->actors, i)), name) == 0)
      return g_ptr_array_index (results->actors, i);
  g_assert_not_reached ();
  return NULL;
}

static DlEvent *
results_find_event (Results    *results,
                    const char *title)
{
  for (guint i = 0; i < results->events->len; i++)
    if (g_strcmp0 (dl_event_get_title (g_ptr_array_index (results->events, i)), title) == 0)
      return g_ptr_array_index (results->events, i);
  g_assert_not_reached ();
  return NULL;
}

static DlActor *
add_actor (Results     *results,
           const char  *name,
           DlActorKind  kind,
           DlArticle   *article,
           const char  *needle)
{
  DlActor *actor = dl_actor_new (name, kind);

  if (article != NULL)
    mention_all (actor, article, needle);
  g_ptr_array_add (results->actors, actor);
  return actor;
}

static void
add_source (DlEvent    *event,
            DlArticle  *article,
            const char *sentence)
{
  guint start, end;

  find_span (article, sentence, &start, &end);
  dl_event_add_source (event, article, start, end, sentence);
}

static DlEvent *
add_event (Results    *results,
           const char *title,
           const char *value,
           DlCertainty certainty,
           DlArticle  *article,
           const char *sentence)
{
  DlEvent *event = dl_event_new (title);

  if (value != NULL)
    {
      g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (value, certainty);

      dl_event_set_when (event, when);
    }
  add_source (event, article, sentence);
  g_ptr_array_add (results->events, event);
  return event;
}

static void
add_actors (DlEvent *event,
            ...)
{
  va_list args;

  va_start (args, event);
  for (DlActor *actor = va_arg (args, DlActor *); actor != NULL; actor = va_arg (args, DlActor *))
    dl_event_add_actor (event, actor);
  va_end (args);
}

/* Two articles; "Kohl" is mentioned in both, which a split can undo */
static Results *
make_results (void)
{
  Results *results = g_new0 (Results, 1);
  DlArticle *one, *two;
  DlActor *kohl, *mazowiecki, *poland, *krakow, *genscher, *bush, *prague;
  DlEvent *event;

  results->articles = g_ptr_array_new_with_free_func (g_object_unref);
  results->actors = g_ptr_array_new_with_free_func (g_object_unref);
  results->events = g_ptr_array_new_with_free_func (g_object_unref);
  one = dl_article_new ("news/one.txt", NULL, TEXT_ONE);
  two = dl_article_new ("news/two.txt", NULL, TEXT_TWO);
  g_ptr_array_add (results->articles, one);
  g_ptr_array_add (results->articles, two);

  kohl = add_actor (results, "Kohl", DL_ACTOR_KIND_PERSON, one, "Kohl");
  mention_all (kohl, two, "Kohl");
  dl_actor_add_role (kohl, "Chancellor");
  mazowiecki = add_actor (results, "Mazowiecki", DL_ACTOR_KIND_PERSON, one, "Mazowiecki");
  dl_actor_add_role (mazowiecki, "Prime Minister");
  poland = add_actor (results, "Poland", DL_ACTOR_KIND_LOCATION, one, "Poland");
  krakow = add_actor (results, "Kraków", DL_ACTOR_KIND_LOCATION, one, "Kraków");
  genscher = add_actor (results, "Genscher", DL_ACTOR_KIND_PERSON, two, "Genscher");
  bush = add_actor (results, "George Bush", DL_ACTOR_KIND_PERSON, two, "Bush");
  dl_actor_add_alias (bush, "Bush");
  dl_actor_add_role (bush, "President");
  prague = add_actor (results, "Prague", DL_ACTOR_KIND_LOCATION, two, "Prague");

  event = add_event (results, "Kohl visits Poland", NULL, DL_CERTAINTY_UNKNOWN, one, "Kohl visits Poland.");
  add_actors (event, kohl, poland, NULL);
  event = add_event (results, "Kohl and Mazowiecki meet", "1989-11-09", DL_CERTAINTY_RELATIVE, one,
                     "Kohl met Mazowiecki in Kraków.");
  dl_event_set_predicate (event, "meet");
  add_actors (event, kohl, mazowiecki, krakow, NULL);
  event = add_event (results, "Kohl is thanked", NULL, DL_CERTAINTY_UNKNOWN, one, "Mazowiecki thanked Kohl.");
  add_source (event, two, "Bush called Kohl.");
  add_actors (event, mazowiecki, kohl, NULL);
  event = add_event (results, "The Wall falls", "1989-11-09", DL_CERTAINTY_STATED, two,
                     "On 9 November 1989 the Wall fell.");
  event = add_event (results, "Genscher speaks in Prague", NULL, DL_CERTAINTY_UNKNOWN, two,
                     "Genscher spoke in Prague.");
  add_actors (event, genscher, prague, NULL);
  event = add_event (results, "Bush calls Kohl", NULL, DL_CERTAINTY_UNKNOWN, two, "Bush called Kohl.");
  dl_event_set_predicate (event, "call");
  add_actors (event, bush, kohl, NULL);
  return results;
}

static void
append_strings (GString   *out,
                GPtrArray *strings)
{
  for (guint i = 0; i < strings->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "," : "", (char *) g_ptr_array_index (strings, i));
}

static void
append_actor (GString *out,
              DlActor *actor)
{
  GArray *mentions = dl_actor_get_mentions (actor);

  g_string_append_printf (out, "actor %s (%s) aliases ", dl_actor_get_name (actor),
                          dl_actor_kind_to_string (dl_actor_get_kind (actor)));
  append_strings (out, dl_actor_get_aliases (actor));
  g_string_append (out, " roles ");
  append_strings (out, dl_actor_get_roles (actor));
  g_string_append (out, " at");
  for (guint i = 0; i < mentions->len; i++)
    {
      DlMention *mention = &g_array_index (mentions, DlMention, i);

      g_string_append_printf (out, " %s:%u-%u", dl_article_get_path (mention->article),
                              mention->start, mention->end);
    }
  g_string_append_c (out, '\n');
}

static void
append_event (GString *out,
              DlEvent *event)
{
  DlDateSpan *when = dl_event_get_when (event);
  GPtrArray *actors = dl_event_get_actors (event);
  GArray *sources = dl_event_get_sources (event);
  const char *predicate = dl_event_get_predicate (event);

  g_string_append_printf (out, "event “%s” (%s)%s", dl_event_get_title (event),
                          predicate != NULL ? predicate : "-", dl_event_get_hidden (event) ? " hidden" : "");
  if (when != NULL)
    g_string_append_printf (out, " when %s %" G_GINT64_FORMAT "-%" G_GINT64_FORMAT " %s",
                            dl_date_span_get_value (when), dl_date_span_get_start (when),
                            dl_date_span_get_end (when),
                            dl_certainty_to_string (dl_date_span_get_certainty (when)));
  g_string_append (out, " with");
  for (guint i = 0; i < actors->len; i++)
    g_string_append_printf (out, " [%s]", dl_actor_get_name (g_ptr_array_index (actors, i)));
  g_string_append (out, " from");
  for (guint i = 0; i < sources->len; i++)
    {
      DlSource *source = &g_array_index (sources, DlSource, i);

      g_string_append_printf (out, " %s:%u-%u “%s”", dl_article_get_path (source->article),
                              source->start, source->end, source->quote);
    }
  g_string_append_c (out, '\n');
}

/* Everything results hold but ids, in their order */
static char *
snapshot (GPtrArray *actors,
          GPtrArray *events)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < actors->len; i++)
    append_actor (out, g_ptr_array_index (actors, i));
  for (guint i = 0; i < events->len; i++)
    append_event (out, g_ptr_array_index (events, i));
  return g_string_free (out, FALSE);
}

/* The results with @edits applied, as text */
static char *
snapshot_edited (Results   *results,
                 GPtrArray *edits)
{
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) events = NULL;

  dl_edits_apply_to_copies (edits, results->articles, results->actors, results->events,
                            &actors, &events);
  return snapshot (actors, events);
}
