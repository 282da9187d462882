/* graph-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Made-up actors and relations for the graph's tests: a newsroom of two
 * clusters and a bridge, built from tables, and a corpus as analysis
 * leaves it. Shared by test-graph-layout, test-graph-render and
 * test-graph-export.
 */
#pragma once

#include <math.h>

#include "dl-actor.h"
#include "dl-corpus.h"
#include "dl-event.h"
#include "dl-graph-layout.h"
#include "dl-relation.h"

typedef struct
{
  const char *name;
  DlActorKind kind;
  guint mentions;
} ActorSpec;

typedef struct
{
  guint source;
  guint target;
  guint weight;
  const char *predicate;
} RelationSpec;

/* A made-up newsroom: two clusters joined by one bridge, a pair on its
 * own and a few loners. */
static const ActorSpec newsroom_actors[] = {
  { "Ada Quill", DL_ACTOR_KIND_PERSON, 40 },
  { "Bram Oster", DL_ACTOR_KIND_PERSON, 22 },
  { "Cato Rinn", DL_ACTOR_KIND_PERSON, 9 },
  { "Dunmore Mills", DL_ACTOR_KIND_ORGANIZATION, 30 },
  { "Eastport", DL_ACTOR_KIND_LOCATION, 18 },
  { "Fen Council", DL_ACTOR_KIND_ORGANIZATION, 12 },
  { "Gale Ferris", DL_ACTOR_KIND_PERSON, 7 },
  { "Holt Valley", DL_ACTOR_KIND_LOCATION, 5 },
  { "Iris Vance", DL_ACTOR_KIND_PERSON, 15 },
  { "Jetty Union", DL_ACTOR_KIND_GROUP, 4 },
  { "Kell Harbour", DL_ACTOR_KIND_LOCATION, 3 },
  { "Lark Press", DL_ACTOR_KIND_ORGANIZATION, 2 },
  { "Mona Pike", DL_ACTOR_KIND_PERSON, 1 },
};

static const RelationSpec newsroom_relations[] = {
  { 0, 1, 5, "met" }, { 0, 3, 4, "led" }, { 1, 3, 2, "sued" }, { 0, 4, 3, "visited" },
  { 3, 4, 2, "built" }, { 2, 1, 1, "joined" }, { 4, 5, 1, "hosted" },
  { 5, 6, 3, "elected" }, { 6, 7, 2, "toured" }, { 5, 7, 1, "funded" }, { 6, 8, 1, "met" },
  { 9, 10, 2, "marched" },
};

typedef struct
{
  GListStore *actors;
  GListStore *relations;
} Corpus;

static inline void
corpus_clear (Corpus *corpus)
{
  g_clear_object (&corpus->actors);
  g_clear_object (&corpus->relations);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Corpus, corpus_clear)

static inline DlActor *
make_actor (const char  *name,
            DlActorKind  kind,
            guint        mentions)
{
  DlActor *actor = dl_actor_new (name, kind);

  for (guint m = 0; m < mentions; m++)
    dl_actor_add_mention (actor, NULL, m * 10, m * 10 + 4);
  return actor;
}

static inline DlRelation *
make_relation (DlActor    *source,
               DlActor    *target,
               guint       weight,
               const char *predicate)
{
  DlRelation *relation = dl_relation_new (source, target);

  for (guint w = 0; w < weight; w++)
    {
      g_autoptr(DlEvent) event = dl_event_new ("shared event");

      dl_event_set_predicate (event, predicate);
      dl_relation_add_event (relation, event);
    }
  return relation;
}

static inline void
corpus_init (Corpus             *corpus,
             const ActorSpec    *actors,
             guint               n_actors,
             const RelationSpec *relations,
             guint               n_relations)
{
  corpus->actors = g_list_store_new (DL_TYPE_ACTOR);
  corpus->relations = g_list_store_new (DL_TYPE_RELATION);

  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(DlActor) actor = make_actor (actors[i].name, actors[i].kind, actors[i].mentions);

      g_list_store_append (corpus->actors, actor);
    }
  for (guint i = 0; i < n_relations; i++)
    {
      g_autoptr(DlActor) source = g_list_model_get_item (G_LIST_MODEL (corpus->actors), relations[i].source);
      g_autoptr(DlActor) target = g_list_model_get_item (G_LIST_MODEL (corpus->actors), relations[i].target);
      g_autoptr(DlRelation) relation = make_relation (source, target, relations[i].weight,
                                                      relations[i].predicate);

      g_list_store_append (corpus->relations, relation);
    }
}

static inline void
newsroom_init (Corpus *corpus)
{
  corpus_init (corpus, newsroom_actors, G_N_ELEMENTS (newsroom_actors),
               newsroom_relations, G_N_ELEMENTS (newsroom_relations));
}

static inline DlGraphLayout *
layout_corpus (Corpus *corpus)
{
  return dl_graph_layout_new (G_LIST_MODEL (corpus->actors), G_LIST_MODEL (corpus->relations));
}

static inline double
node_distance (const DlGraphNode *a,
               const DlGraphNode *b)
{
  return hypot (a->x - b->x, a->y - b->y);
}

/* A corpus as the analysis leaves it: events joining actors, relations
 * built from them */
static inline DlCorpus *
make_corpus (void)
{
  static const struct { const char *id; const char *name; DlActorKind kind; } people[] = {
    { "p1", "Ada Quill", DL_ACTOR_KIND_PERSON },
    { "p2", "Bram Oster", DL_ACTOR_KIND_PERSON },
    { "o1", "Dunmore & <Mills>", DL_ACTOR_KIND_ORGANIZATION },
    { "l1", "Eastport", DL_ACTOR_KIND_LOCATION },
  };
  /* Who takes part in each event, and its predicate */
  static const struct { const char *actors; const char *predicate; } happenings[] = {
    { "01", "met" }, { "01", "met" }, { "01", "denied" }, { "01", "met" },
    { "02", "sued" }, { "012", "signed" }, { "3", "flooded" },
  };
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  DlCorpus *corpus = dl_corpus_new ();

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      DlActor *actor = dl_actor_new (people[i].name, people[i].kind);

      dl_actor_set_id (actor, people[i].id);
      for (guint m = 0; m < 10 - 2 * i; m++)
        dl_actor_add_mention (actor, NULL, m, m + 3);
      g_ptr_array_add (actors, actor);
    }
  for (guint e = 0; e < G_N_ELEMENTS (happenings); e++)
    {
      DlEvent *event = dl_event_new ("happening");
      g_autofree char *id = g_strdup_printf ("e%u", e + 1);

      dl_event_set_id (event, id);
      dl_event_set_predicate (event, happenings[e].predicate);
      for (const char *a = happenings[e].actors; *a != '\0'; a++)
        dl_event_add_actor (event, g_ptr_array_index (actors, *a - '0'));
      g_ptr_array_add (events, event);
    }
  dl_corpus_set_analysis (corpus, actors, events);
  return corpus;
}
