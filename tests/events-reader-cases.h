/* events-reader-cases.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a reader sees of the extracted events, for test-events.c: titles
 * that name each actor once, dates of events told as lying before or
 * after another ("three weeks after"), a dateline's date and
 * "overnight", and reports of one deed done to one thing merged with
 * the reason why. Included once, after test-events.c's helpers.
 */
#pragma once

#include "dl-events-title.h"
#include "dl-lexicon.h"

/* A title names an actor once, and tells apart two of one surname */
static void
test_title_names (void)
{
  g_autoptr(DlActor) country = actor ("Ruritania", DL_ACTOR_KIND_LOCATION);
  g_autoptr(DlActor) people = actor ("Ruritania", DL_ACTOR_KIND_GROUP);
  g_autoptr(DlActor) john = actor ("John Smith", DL_ACTOR_KIND_PERSON);
  g_autoptr(DlActor) mary = actor ("Mary Smith", DL_ACTOR_KIND_PERSON);
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();
  DlWordForm form;
  DlTitleParts parts = { 0 };
  g_autofree char *visit = NULL;
  g_autofree char *meet = NULL;

  parts.trigger = dl_lexicon_lookup_trigger ("visited", &form);
  parts.word = "visited";
  parts.subjects = subjects;
  parts.objects = objects;
  g_ptr_array_add (subjects, country);
  g_ptr_array_add (objects, people);
  /* Nor is it the place of its own visit */
  parts.place = "Ruritania";
  visit = dl_events_build_title (&parts);
  g_assert_cmpstr (visit, ==, "Ruritania visits");

  parts.trigger = dl_lexicon_lookup_trigger ("met", &form);
  parts.word = "met";
  parts.place = NULL;
  g_ptr_array_set_size (subjects, 0);
  g_ptr_array_set_size (objects, 0);
  g_ptr_array_add (subjects, john);
  g_ptr_array_add (objects, mary);
  meet = dl_events_build_title (&parts);
  g_assert_cmpstr (meet, ==, "John Smith and Mary Smith meet");
}

typedef struct
{
  const char *text;
  const char *duration;
  const char *value;
  const char *expected;
  DlCertainty certainty;
} GapCase;

/* An event in a clause of "after", "since" or "before" lies that far
 * from the time of the sentence, not on the article's day */
static const GapCase gap_cases[] = {
  { "Three weeks after Germany signed the pact with Russia, prices rose.", "Three weeks", "P3W", "2001-05",
    DL_CERTAINTY_INFERRED },
  { "Two days before Germany signed the pact with Russia, prices rose.", "Two days", "P2D", "2001-05-26",
    DL_CERTAINTY_INFERRED },
  { "Two years since Germany signed the pact with Russia, prices rose.", "Two years", "P2Y", "1999",
    DL_CERTAINTY_INFERRED },
  { "Since Germany signed the pact with Russia, prices have risen.", NULL, NULL, NULL, 0 },
  { "Germany signed the pact with Russia, and prices rose.", NULL, NULL, "2001-05-24", DL_CERTAINTY_INFERRED },
};

static void
test_gap (gconstpointer data)
{
  const GapCase *c = data;
  g_autoptr(DlArticleAnalysis) a = analysis_new (c->text, "2001-05-24");
  g_autoptr(GPtrArray) events = NULL;
  DlEvent *event;
  DlDateSpan *when;

  add_known_names (a);
  if (c->duration != NULL)
    add_timex (a, c->duration, DL_TIMEX_DURATION, c->value, FALSE);
  events = extract (a);
  event = only_event (events);
  g_assert_cmpstr (dl_event_get_predicate (event), ==, "sign");
  when = dl_event_get_when (event);
  if (c->expected == NULL)
    {
      g_assert_null (when);
      return;
    }
  g_assert_nonnull (when);
  g_assert_cmpstr (dl_date_span_get_value (when), ==, c->expected);
  g_assert_cmpint (dl_date_span_get_certainty (when), ==, c->certainty);
}

/* The date of a dateline is the day of the report; "overnight" in it
 * is the night before, and what was done years before in a relative
 * clause is not of the article's day */
static void
test_dateline_overnight (void)
{
  const char *dateline = "HAMBURG, May 24, 2001 \u2014 Germany opened its ports overnight.";
  const char *pluperfect = "For Donald Trump, who had spent years seeking talks with Moscow and Washington, it was a quiet day.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (dateline, "2001-05-24");
  g_autoptr(DlArticleAnalysis) b = analysis_new (pluperfect, "2001-05-24");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) b_events = NULL;
  DlDateSpan *when;

  add_known_names (a);
  add_timex (a, "May 24, 2001", DL_TIMEX_DATE, "2001-05-24", FALSE);
  events = extract (a);
  g_assert_cmpstr (dl_event_get_title (only_event (events)), ==, "Germany opens its ports");
  when = dl_event_get_when (only_event (events));
  g_assert_cmpstr (dl_date_span_get_value (when), ==, "2001-05-23");
  g_assert_cmpint (dl_date_span_get_certainty (when), ==, DL_CERTAINTY_RELATIVE);

  add_known_names (b);
  b_events = extract (b);
  g_assert_cmpstr (dl_event_get_title (only_event (b_events)), ==, "Trump talks with Moscow and Washington");
  g_assert_null (dl_event_get_when (only_event (b_events)));
}

typedef struct
{
  const char *title;
  const char *value;
  DlCertainty certainty;
  DlActor *actor;
  gboolean joins;
} ThemeCase;

/* The same deed done to the same thing, told three ways on dates a
 * night apart, is one; another thing, another month or other people
 * make another. The merged event says why. */
static void
test_merge_same_theme (void)
{
  g_autoptr(DlActor) ruritania = actor ("Ruritania", DL_ACTOR_KIND_LOCATION);
  g_autoptr(DlActor) jones = actor ("Anna Jones", DL_ACTOR_KIND_PERSON);
  g_autoptr(DlActor) smith = actor ("John Smith", DL_ACTOR_KIND_PERSON);
  const ThemeCase cases[] = {
    { "Checkpoints opened", "2001-05-23", DL_CERTAINTY_RELATIVE, NULL, TRUE },
    { "Ruritania opens its borders", "2001-05-24", DL_CERTAINTY_STATED, ruritania, TRUE },
    { "Frontier opened", "2001-05", DL_CERTAINTY_INFERRED, NULL, TRUE },
    { "Jones opens the border", "2001-05-23", DL_CERTAINTY_RELATIVE, jones, TRUE },
    { "Smith opens the border", "2001-05-23", DL_CERTAINTY_RELATIVE, smith, FALSE },
    { "Ruritania opens the Royal Gate", "2001-05-23", DL_CERTAINTY_RELATIVE, ruritania, FALSE },
    { "Frontier opened", "2001-07-10", DL_CERTAINTY_RELATIVE, NULL, FALSE },
    { "Checkpoints opened", "2001-05-21", DL_CERTAINTY_RELATIVE, NULL, FALSE },
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) merged = NULL;
  DlEvent *opening = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("%u.txt", i);
      DlArticle *article = dl_article_new (path, NULL, "...");
      DlActor *actors[] = { cases[i].actor, NULL };

      g_ptr_array_add (articles, article);
      g_ptr_array_add (events, make_event (cases[i].title, "open", article, 0, cases[i].value,
                                           cases[i].certainty, actors));
    }
  merged = dl_event_extractor_merge (events);
  for (guint i = 0; i < merged->len; i++)
    {
      DlEvent *event = g_ptr_array_index (merged, i);

      if (dl_event_get_sources (event)->len > 1)
        {
          g_assert_null (opening);
          opening = event;
        }
      else
        g_assert_null (dl_event_get_merge_reason (event));
    }
  g_assert_nonnull (opening);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (dl_event_has_source_in (opening, g_ptr_array_index (articles, i)), ==, cases[i].joins);
  /* The best-dated report dates it */
  g_assert_cmpstr (dl_date_span_get_value (dl_event_get_when (opening)), ==, "2001-05-24");
  g_assert_nonnull (strstr (dl_event_get_merge_reason (opening), "4 articles"));
  g_assert_nonnull (strstr (dl_event_get_merge_reason (opening), "same thing"));
}
