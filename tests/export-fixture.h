/* export-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The corpus built by hand that test-export and test-export-picture
 * export, so that they do not depend on what extraction finds, and a
 * folder for the files they write.
 */
#pragma once

#include <glib/gstdio.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"

#define TEXT_ONE \
  "“Notes” from the café: a preface.\n\n" \
  "On July 7, 2017, Trump met Putin in Hamburg. " \
  "Later the talks went on without a date. " \
  "In March 2018 AT&T <Corp> said, \"no comment\", and left."

#define TEXT_TWO \
  "Ünïcode first. Putin spoke with Trump again in 2018."

typedef struct
{
  DlCorpus *corpus;
  DlArticle *one;
  DlArticle *two;
  char *tmpdir;
} Fixture;

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

static DlActor *
make_actor (const char  *name,
            DlActorKind  kind,
            DlArticle   *article,
            const char  *mention)
{
  DlActor *actor = dl_actor_new (name, kind);
  guint start, end;

  find_span (article, mention, &start, &end);
  dl_actor_add_alias (actor, mention);
  dl_actor_add_mention (actor, article, start, end);
  return actor;
}

static DlEvent *
make_event (const char *title,
            const char *value,
            DlCertainty certainty,
            DlArticle  *article,
            const char *sentence)
{
  DlEvent *event = dl_event_new (title);
  g_autofree char *quote = NULL;
  guint start, end;

  if (value != NULL)
    {
      g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (value, certainty);
      dl_event_set_when (event, when);
    }
  find_span (article, sentence, &start, &end);
  quote = dl_article_dup_slice (article, start, end);
  dl_event_add_source (event, article, start, end, quote);
  return event;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) dct = g_date_time_new_utc (2017, 7, 8, 0, 0, 0);
  DlActor *trump, *putin, *hamburg, *att;
  DlEvent *meet, *talks, *comment, *spoke;

  fixture->corpus = dl_corpus_new ();
  fixture->one = dl_article_new ("/articles/one.txt", "Leaders meet, \"finally\"", TEXT_ONE);
  fixture->two = dl_article_new ("/articles/two.txt", NULL, TEXT_TWO);
  dl_article_set_dct (fixture->one, dct, DL_DCT_SOURCE_OPTION);
  dl_corpus_add_article (fixture->corpus, fixture->one);
  dl_corpus_add_article (fixture->corpus, fixture->two);

  trump = make_actor ("Donald Trump", DL_ACTOR_KIND_PERSON, fixture->one, "Trump");
  dl_actor_add_role (trump, "President");
  putin = make_actor ("Vladimir Putin", DL_ACTOR_KIND_PERSON, fixture->one, "Putin");
  hamburg = make_actor ("Hamburg", DL_ACTOR_KIND_LOCATION, fixture->one, "Hamburg");
  att = make_actor ("AT&T <Corp>", DL_ACTOR_KIND_ORGANIZATION, fixture->one, "AT&T <Corp>");
  g_ptr_array_add (actors, trump);
  g_ptr_array_add (actors, putin);
  g_ptr_array_add (actors, hamburg);
  g_ptr_array_add (actors, att);

  meet = make_event ("Trump and Putin meet", "2017-07-07", DL_CERTAINTY_STATED, fixture->one,
                     "On July 7, 2017, Trump met Putin in Hamburg.");
  dl_event_set_predicate (meet, "meet");
  dl_event_add_actor (meet, trump);
  dl_event_add_actor (meet, putin);
  talks = make_event ("Talks go on", NULL, DL_CERTAINTY_UNKNOWN, fixture->one,
                      "Later the talks went on without a date.");
  dl_event_add_actor (talks, trump);
  comment = make_event ("AT&T declines, \"politely\"", "2018-03", DL_CERTAINTY_STATED, fixture->one,
                        "In March 2018 AT&T <Corp> said, \"no comment\", and left.");
  dl_event_add_actor (comment, att);
  spoke = make_event ("Putin and Trump speak", "2018", DL_CERTAINTY_STATED, fixture->two,
                      "Putin spoke with Trump again in 2018.");
  dl_event_set_predicate (spoke, "speak");
  dl_event_add_actor (spoke, putin);
  dl_event_add_actor (spoke, trump);
  g_ptr_array_add (events, meet);
  g_ptr_array_add (events, talks);
  g_ptr_array_add (events, comment);
  g_ptr_array_add (events, spoke);

  dl_corpus_set_analysis (fixture->corpus, actors, events);
  fixture->tmpdir = g_dir_make_tmp ("dateline-export-XXXXXX", NULL);
  g_assert_nonnull (fixture->tmpdir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->tmpdir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->tmpdir);
  g_clear_pointer (&fixture->tmpdir, g_free);
  g_clear_object (&fixture->one);
  g_clear_object (&fixture->two);
  g_clear_object (&fixture->corpus);
}

static char *
tmp_path (Fixture    *fixture,
          const char *name)
{
  return g_build_filename (fixture->tmpdir, name, NULL);
}
