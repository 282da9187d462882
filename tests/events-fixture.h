/* events-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Article analyses built by hand for the event tests, so that they do
 * not depend on the temporal and entity taggers: the text is segmented,
 * the names and dates are given.
 */
#pragma once

#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-article-analysis.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-event-extractor.h"
#include "dl-event-mention.h"
#include "dl-pos.h"

static inline DlActor *
actor (const char  *name,
       DlActorKind  kind)
{
  return dl_actor_new (name, kind);
}


static inline void
clear_mention (gpointer data)
{
  DlEntityMention *m = data;

  g_free (m->text);
  g_free (m->role);
  g_free (m->country);
}

static inline void
clear_timex (gpointer data)
{
  g_free (((DlTimex *) data)->value);
}

static inline DlArticleAnalysis *
analysis_new (const char *text,
              const char *dct)
{
  g_autoptr(DlArticle) article = dl_article_new ("test.txt", NULL, text);
  DlArticleAnalysis *a;

  if (dct != NULL)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autofree char *noon = g_strconcat (dct, "T12:00:00", NULL);
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (noon, utc);
      g_assert_nonnull (when);
      dl_article_set_dct (article, when, DL_DCT_SOURCE_OPTION);
    }
  a = dl_article_analysis_new (article);
  a->sentences = dl_segment_sentences (text, strlen (text));
  a->timexes = g_array_new (FALSE, TRUE, sizeof (DlTimex));
  g_array_set_clear_func (a->timexes, clear_timex);
  a->mentions = g_array_new (FALSE, TRUE, sizeof (DlEntityMention));
  g_array_set_clear_func (a->mentions, clear_mention);
  return a;
}

/* The byte offset of the @nth (from 0) @what in the article */
static inline gsize
find (DlArticleAnalysis *a,
      const char        *what,
      guint              nth)
{
  const char *text = dl_article_get_text (a->article);
  const char *p = strstr (text, what);

  for (guint i = 0; i < nth && p != NULL; i++)
    p = strstr (p + 1, what);
  g_assert_nonnull (p);
  return p - text;
}

static inline void
add_mention (DlArticleAnalysis *a,
             const char        *what,
             guint              nth,
             DlEntityType       type,
             const char        *country,
             DlActor           *actor)
{
  DlEntityMention m = { 0 };

  m.start = find (a, what, nth);
  m.end = m.start + strlen (what);
  m.type = type;
  m.text = g_strdup (what);
  m.country = g_strdup (country);
  g_array_append_val (a->mentions, m);
  g_ptr_array_add (a->mention_actors, actor);
}

static inline void
add_person (DlArticleAnalysis *a,
            const char        *what,
            DlActor           *actor)
{
  add_mention (a, what, 0, DL_ENTITY_PERSON, NULL, actor);
}

static inline void
add_place (DlArticleAnalysis *a,
           const char        *what,
           DlActor           *actor)
{
  add_mention (a, what, 0, DL_ENTITY_LOCATION, NULL, actor);
}

static inline void
add_timex (DlArticleAnalysis *a,
           const char        *what,
           DlTimexType        type,
           const char        *value,
           gboolean           anchored)
{
  DlTimex t = { 0 };

  t.start = find (a, what, 0);
  t.end = t.start + strlen (what);
  t.type = type;
  t.value = g_strdup (value);
  t.anchored = anchored;
  g_array_append_val (a->timexes, t);
}

static inline GPtrArray *
extract (DlArticleAnalysis *a)
{
  return dl_event_extractor_extract (a);
}

static inline DlEvent *
only_event (GPtrArray *events)
{
  g_assert_cmpuint (events->len, ==, 1);
  return g_ptr_array_index (events, 0);
}

static inline void
assert_actors (DlEvent  *event,
               DlActor **expected)
{
  guint n = 0;

  for (; expected[n] != NULL; n++)
    g_assert_true (dl_event_has_actor (event, expected[n]));
  g_assert_cmpuint (dl_event_get_actors (event)->len, ==, n);
}
