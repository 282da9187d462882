/* dl-window-keep.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keeping the selection across a new set of results. A correction or a
 * new analysis replaces every event and actor with new objects, and
 * their ids follow the new order; so what is selected is remembered by
 * what survives: an event by the passage of its first source, an actor
 * by its name and its first mention. After the change the same things
 * are selected again where they still exist: an event whose title was
 * corrected, an actor renamed (its old name is an alias) or merged into
 * another (which holds its mentions). The graph keeps its zoom and pan.
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-event.h"
#include "dl-window-private.h"

typedef struct
{
  DlArticle *article;
  guint start;
  guint end;
} Passage;

typedef struct
{
  char *name;
  gboolean has_mention;
  DlMention mention;
} ActorKey;

struct _DlWindowKept
{
  GArray *timeline;             /* Passage, the primary last */
  gboolean timeline_primary;    /* whether the last one is the primary */
  ActorKey *graph;              /* the graph's selected actor */
  Passage *source_event;        /* what the source pane shows */
  ActorKey *source_actor;
  DlArticle *source_article;
  GPtrArray *chosen_actors;     /* ActorKey, the filter's */
  GStrv chosen_ids;
  gboolean graph_zoomed;        /* the graph's zoom and pan, unless it fits */
  double graph_scale;
  double graph_dx;
  double graph_dy;
};

/* Keys -------------------------------------------------------------------- */

static gboolean
first_passage (DlEvent *event,
               Passage *passage)
{
  GArray *sources = dl_event_get_sources (event);
  const DlSource *source;

  if (sources->len == 0)
    return FALSE;
  source = &g_array_index (sources, DlSource, 0);
  *passage = (Passage) { source->article, source->start, source->end };
  return TRUE;
}

static void
actor_key_free (ActorKey *key)
{
  g_free (key->name);
  g_free (key);
}

static ActorKey *
actor_key_new (DlActor *actor)
{
  ActorKey *key = g_new0 (ActorKey, 1);
  GArray *mentions = dl_actor_get_mentions (actor);

  key->name = g_strdup (dl_actor_get_name (actor));
  key->has_mention = mentions->len > 0;
  if (key->has_mention)
    key->mention = g_array_index (mentions, DlMention, 0);
  return key;
}

static guint
overlap (const DlSource *source,
         const Passage  *passage)
{
  guint start = MAX (source->start, passage->start);
  guint end = MIN (source->end, passage->end);

  if (source->article != passage->article || end <= start)
    return 0;
  return end - start;
}

/* The event told by @passage: the one with that very source, else the
 * one whose source overlaps it most */
static DlEvent *
find_event (DlCorpus      *corpus,
            const Passage *passage)
{
  GListModel *events = dl_corpus_get_events (corpus);
  guint n = g_list_model_get_n_items (events);
  g_autoptr(DlEvent) best = NULL;
  guint best_overlap = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      GArray *sources = dl_event_get_sources (event);

      for (guint s = 0; s < sources->len; s++)
        {
          const DlSource *source = &g_array_index (sources, DlSource, s);
          guint shared = overlap (source, passage);

          if (source->article == passage->article && source->start == passage->start &&
              source->end == passage->end)
            return event;
          if (shared > best_overlap)
            {
              best_overlap = shared;
              g_set_object (&best, event);
            }
        }
    }
  return best;
}

static gboolean
has_mention (DlActor         *actor,
             const DlMention *wanted)
{
  GArray *mentions = dl_actor_get_mentions (actor);

  for (guint i = 0; i < mentions->len; i++)
    {
      const DlMention *mention = &g_array_index (mentions, DlMention, i);

      if (mention->article == wanted->article && mention->start == wanted->start &&
          mention->end == wanted->end)
        return TRUE;
    }
  return FALSE;
}

/* The actor of that name, else the one that has it as an alias (it was
 * renamed), else the one holding its first mention (it was merged) */
static DlActor *
find_actor (DlCorpus       *corpus,
            const ActorKey *key)
{
  GListModel *actors = dl_corpus_get_actors (corpus);
  guint n = g_list_model_get_n_items (actors);
  DlActor *found = dl_corpus_find_actor_by_name (corpus, key->name);

  if (found != NULL)
    return found;
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(DlActor) actor = g_list_model_get_item (actors, i);

        if ((pass == 0 && dl_actor_has_alias (actor, key->name)) ||
            (pass == 1 && key->has_mention && has_mention (actor, &key->mention)))
          return actor;
      }
  return NULL;
}

/* Remembering ------------------------------------------------------------- */

static void
remember_timeline (DlWindow     *self,
                   DlWindowKept *kept)
{
  GPtrArray *selection = dl_timeline_view_get_selection (self->timeline_view);
  DlEvent *primary = dl_timeline_view_get_selected (self->timeline_view);
  Passage passage;

  kept->timeline = g_array_new (FALSE, FALSE, sizeof (Passage));
  for (guint i = 0; i < selection->len; i++)
    if (g_ptr_array_index (selection, i) != primary && first_passage (g_ptr_array_index (selection, i), &passage))
      g_array_append_val (kept->timeline, passage);
  kept->timeline_primary = primary != NULL && first_passage (primary, &passage);
  if (kept->timeline_primary)
    g_array_append_val (kept->timeline, passage);
}

static void
remember_chosen_actors (DlWindow     *self,
                        DlWindowKept *kept)
{
  kept->chosen_ids = dl_event_filter_dup_ids (self->filter, DL_EVENT_FILTER_ACTORS);
  kept->chosen_actors = g_ptr_array_new_with_free_func ((GDestroyNotify) actor_key_free);
  for (guint i = 0; kept->chosen_ids[i] != NULL; i++)
    {
      DlActor *actor = dl_corpus_find_actor (self->corpus, kept->chosen_ids[i]);

      if (actor != NULL)
        g_ptr_array_add (kept->chosen_actors, actor_key_new (actor));
    }
}

/**
 * _dl_window_remember_selection:
 *
 * Returns: (transfer full): what is selected, to select again with
 *   _dl_window_restore_selection() once the results are replaced
 */
DlWindowKept *
_dl_window_remember_selection (DlWindow *self)
{
  DlWindowKept *kept = g_new0 (DlWindowKept, 1);
  DlActor *graph = dl_graph_view_get_selected (self->graph_view);
  DlEvent *event = dl_source_view_get_event (self->source_view);
  DlActor *actor = dl_source_view_get_actor (self->source_view);
  Passage passage;

  remember_timeline (self, kept);
  remember_chosen_actors (self, kept);
  if (graph != NULL)
    kept->graph = actor_key_new (graph);
  if (event != NULL && first_passage (event, &passage))
    kept->source_event = g_memdup2 (&passage, sizeof passage);
  else if (actor != NULL)
    kept->source_actor = actor_key_new (actor);
  kept->source_article = dl_source_view_get_article (self->source_view);
  if (kept->source_article != NULL)
    g_object_ref (kept->source_article);
  kept->graph_zoomed = dl_graph_view_get_transform (self->graph_view, &kept->graph_scale,
                                                    &kept->graph_dx, &kept->graph_dy);
  return kept;
}

/* Selecting again --------------------------------------------------------- */

static void
restore_timeline (DlWindow     *self,
                  DlWindowKept *kept)
{
  gboolean first = TRUE;

  for (guint i = 0; i < kept->timeline->len; i++)
    {
      DlEvent *event = find_event (self->corpus, &g_array_index (kept->timeline, Passage, i));

      if (event == NULL || dl_timeline_view_is_selected (self->timeline_view, event))
        continue;
      if (first)
        dl_timeline_view_set_selected (self->timeline_view, event);
      else
        dl_timeline_view_toggle_selected (self->timeline_view, event);
      first = FALSE;
    }
  if (first)
    dl_timeline_view_set_selected (self->timeline_view, NULL);
}

/* The filter keeps chosen actors by id, and ids follow the new order */
static void
restore_chosen_actors (DlWindow     *self,
                       DlWindowKept *kept)
{
  for (guint i = 0; kept->chosen_ids[i] != NULL; i++)
    {
      DlActor *now = dl_corpus_find_actor (self->corpus, kept->chosen_ids[i]);

      if (now != NULL)
        dl_event_filter_set_actor (self->filter, now, FALSE);
    }
  for (guint i = 0; i < kept->chosen_actors->len; i++)
    {
      DlActor *actor = find_actor (self->corpus, g_ptr_array_index (kept->chosen_actors, i));

      if (actor != NULL)
        dl_event_filter_set_actor (self->filter, actor, TRUE);
    }
}

static void
restore_source (DlWindow     *self,
                DlWindowKept *kept)
{
  DlEvent *event = kept->source_event != NULL ? find_event (self->corpus, kept->source_event) : NULL;
  DlActor *actor = kept->source_actor != NULL ? find_actor (self->corpus, kept->source_actor) : NULL;

  if (event != NULL)
    dl_source_view_show_event (self->source_view, event);
  else if (actor != NULL)
    dl_source_view_show_actor (self->source_view, actor);
  else if (kept->source_article != NULL)
    dl_source_view_show_article (self->source_view, kept->source_article);
}

/**
 * _dl_window_restore_selection:
 * @kept: (transfer full): what _dl_window_remember_selection() gave
 *
 * Selects again what was selected, where it still exists. The timeline
 * keeps its stretch of time: the graph's selection does not fit it to
 * the actor's events here, as it would when picked.
 */
void
_dl_window_restore_selection (DlWindow     *self,
                              DlWindowKept *kept)
{
  DlActor *graph = kept->graph != NULL ? find_actor (self->corpus, kept->graph) : NULL;

  self->keeping_selection++;
  restore_chosen_actors (self, kept);
  dl_graph_view_set_selected (self->graph_view, graph);
  restore_timeline (self, kept);
  restore_source (self, kept);
  /* New actors make a new graph, which would fit itself to the view */
  if (kept->graph_zoomed)
    dl_graph_view_set_transform (self->graph_view, kept->graph_scale, kept->graph_dx, kept->graph_dy);
  self->keeping_selection--;
  _dl_window_kept_free (kept);
}

void
_dl_window_kept_free (DlWindowKept *kept)
{
  g_clear_pointer (&kept->timeline, g_array_unref);
  g_clear_pointer (&kept->graph, actor_key_free);
  g_clear_pointer (&kept->source_event, g_free);
  g_clear_pointer (&kept->source_actor, actor_key_free);
  g_clear_object (&kept->source_article);
  g_clear_pointer (&kept->chosen_actors, g_ptr_array_unref);
  g_clear_pointer (&kept->chosen_ids, g_strfreev);
  g_free (kept);
}

/**
 * _dl_window_find_event_at:
 *
 * Returns: (transfer none) (nullable): the event shown whose source is
 *   (or overlaps most) the passage of @article from @start to @end
 */
DlEvent *
_dl_window_find_event_at (DlWindow  *self,
                          DlArticle *article,
                          guint      start,
                          guint      end)
{
  Passage passage = { article, start, end };

  return find_event (self->corpus, &passage);
}
