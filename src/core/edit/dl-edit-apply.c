/* dl-edit-apply.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Applying edits over fresh analysis results. What an edit names is
 * looked for again among the results it is applied to:
 *
 * - an article by its path;
 * - an event by its first source when the edit was made: of the events
 *   with a source in that article, the one whose source overlaps the
 *   passage most; of equal ones, one with the same title first, then
 *   the first in order. An event told by no article is known by its
 *   title alone;
 * - an actor by its name, one of the same kind first; when no actor has
 *   the name, by one of its aliases (so that an actor renamed or merged
 *   by an earlier edit is still found under its old name).
 *
 * An edit whose event or actor is gone is skipped; the others still
 * apply, in order, each over the results of those before it.
 *
 * What each does: a date, title or hidden flag is set; an event's
 * actors become those named, an actor gone (or never found) made anew
 * with the kind the edit knew; a deleted event leaves the results; an
 * added one is told by its passage, quoted from the article as it is.
 * A renamed actor keeps its old name as an alias. A merged actor gives
 * the actor that stays its mentions, aliases and roles and its place in
 * every event (once), then leaves. A split moves the listed mentions
 * (any mention of the article that overlaps one) to the actor of the
 * new name, and the events told only by passages that hold them.
 */
#include "config.h"

#include "dl-edit-private.h"

typedef struct
{
  GPtrArray *articles;
  GPtrArray *actors;
  GPtrArray *events;
} Results;

static DlArticle *
find_article (Results    *results,
              const char *path)
{
  for (guint i = 0; results->articles != NULL && i < results->articles->len; i++)
    {
      DlArticle *article = g_ptr_array_index (results->articles, i);

      if (g_strcmp0 (dl_article_get_path (article), path) == 0)
        return article;
    }
  return NULL;
}

/* How much of [@start, @end) @source covers; -1 when nothing. An empty
 * passage counts as covered by a source around it. */
static gint64
overlap (DlSource   *source,
         const char *path,
         guint       start,
         guint       end)
{
  gint64 from = MAX (source->start, start);
  gint64 to = MIN (source->end, end);

  if (g_strcmp0 (dl_article_get_path (source->article), path) != 0)
    return -1;
  if (to > from || (start == end && source->start <= start && start <= source->end))
    return to - from;
  return -1;
}

static gint64
best_overlap (DlEvent        *event,
              DlEditEventRef *ref)
{
  GArray *sources = dl_event_get_sources (event);
  gint64 best = -1;

  for (guint i = 0; i < sources->len; i++)
    best = MAX (best, overlap (&g_array_index (sources, DlSource, i),
                               ref->article, ref->start, ref->end));
  return best;
}

static DlEvent *
find_event (Results        *results,
            DlEditEventRef *ref)
{
  DlEvent *best = NULL;
  gint64 best_score = -1;
  gboolean best_titled = FALSE;

  for (guint i = 0; i < results->events->len; i++)
    {
      DlEvent *event = g_ptr_array_index (results->events, i);
      gboolean titled = g_strcmp0 (dl_event_get_title (event), ref->title) == 0;
      gint64 score;

      if (ref->article == NULL)
        {
          if (titled)
            return event;
          continue;
        }
      score = best_overlap (event, ref);
      if (score > best_score || (score == best_score && score >= 0 && titled && !best_titled))
        {
          best = event;
          best_score = score;
          best_titled = titled;
        }
    }
  return best;
}

static DlActor *
find_actor (Results        *results,
            DlEditActorRef *ref,
            DlActor        *besides)
{
  DlActor *named = NULL;
  DlActor *aliased = NULL;

  for (guint i = 0; i < results->actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (results->actors, i);

      if (actor == besides)
        continue;
      if (g_strcmp0 (dl_actor_get_name (actor), ref->name) == 0)
        {
          if (dl_actor_get_kind (actor) == ref->kind)
            return actor;
          if (named == NULL)
            named = actor;
        }
      else if (aliased == NULL && dl_actor_has_alias (actor, ref->name))
        aliased = actor;
    }
  return named != NULL ? named : aliased;
}

/* The actor an event is said to have, made when there is none */
static DlActor *
find_or_make_actor (Results        *results,
                    DlEditActorRef *ref)
{
  DlActor *actor = find_actor (results, ref, NULL);

  if (actor == NULL)
    {
      actor = dl_actor_new (ref->name, ref->kind);
      g_ptr_array_add (results->actors, actor);
    }
  return actor;
}

static void
set_actors (Results *results,
            DlEvent *event,
            GArray  *refs)
{
  GPtrArray *actors = dl_event_get_actors (event);

  while (actors->len > 0)
    dl_event_remove_actor (event, g_ptr_array_index (actors, actors->len - 1));
  for (guint i = 0; i < refs->len; i++)
    dl_event_add_actor (event, find_or_make_actor (results, &g_array_index (refs, DlEditActorRef, i)));
}

static gboolean
apply_to_event (DlEdit  *self,
                Results *results)
{
  DlEvent *event = find_event (results, &self->event);

  if (event == NULL)
    return FALSE;
  switch (self->kind)
    {
    case DL_EDIT_EVENT_DATE:
      dl_event_set_when (event, self->when);
      break;
    case DL_EDIT_EVENT_TITLE:
      dl_event_set_title (event, self->text);
      break;
    case DL_EDIT_EVENT_ACTORS:
      set_actors (results, event, self->actors);
      break;
    case DL_EDIT_EVENT_HIDE:
      dl_event_set_hidden (event, TRUE);
      break;
    case DL_EDIT_EVENT_DELETE:
    default:
      g_ptr_array_remove (results->events, event);
      break;
    }
  return TRUE;
}

/* The passage is quoted from the article as it is now */
static gboolean
add_event (DlEdit  *self,
           Results *results)
{
  DlArticle *article = find_article (results, self->passage.article);
  g_autofree char *quote = NULL;
  DlEvent *event;

  if (article == NULL || self->passage.end > dl_article_get_n_chars (article))
    return FALSE;
  quote = dl_article_dup_slice (article, self->passage.start, self->passage.end);
  event = dl_event_new (self->text);
  dl_event_add_source (event, article, self->passage.start, self->passage.end, quote);
  dl_event_set_when (event, self->when);
  for (guint i = 0; i < self->actors->len; i++)
    dl_event_add_actor (event, find_or_make_actor (results, &g_array_index (self->actors, DlEditActorRef, i)));
  g_ptr_array_add (results->events, event);
  return TRUE;
}

static void
replace_in_events (Results *results,
                   DlActor *actor,
                   DlActor *by)
{
  for (guint i = 0; i < results->events->len; i++)
    dl_event_replace_actor (g_ptr_array_index (results->events, i), actor, by);
}

static void
copy_strings (GPtrArray *from,
              DlActor   *to,
              void     (*add) (DlActor *, const char *))
{
  for (guint i = 0; i < from->len; i++)
    add (to, g_ptr_array_index (from, i));
}

static gboolean
merge_actors (DlEdit  *self,
              Results *results)
{
  DlActor *actor = find_actor (results, &self->actor, NULL);
  DlActor *into = find_actor (results, &self->into, actor);
  GArray *mentions;

  if (actor == NULL || into == NULL)
    return FALSE;
  mentions = dl_actor_get_mentions (actor);
  for (guint i = 0; i < mentions->len; i++)
    {
      DlMention *mention = &g_array_index (mentions, DlMention, i);

      dl_actor_add_mention (into, mention->article, mention->start, mention->end);
    }
  copy_strings (dl_actor_get_aliases (actor), into, dl_actor_add_alias);
  copy_strings (dl_actor_get_roles (actor), into, dl_actor_add_role);
  replace_in_events (results, actor, into);
  g_ptr_array_remove (results->actors, actor);
  return TRUE;
}

/* The new name, with the old one kept as an alias */
static void
rename_actor (DlActor    *actor,
              const char *name)
{
  g_autofree char *old = g_strdup (dl_actor_get_name (actor));

  dl_actor_set_name (actor, name);
  dl_actor_add_alias (actor, old);
}

static gboolean
spans_meet (guint start,
            guint end,
            guint other_start,
            guint other_end)
{
  if (start == end || other_start == other_end)
    return other_start <= start && end <= other_end;
  return start < other_end && other_start < end;
}

static gboolean
is_listed (DlEdit    *self,
           DlMention *mention)
{
  for (guint i = 0; i < self->mentions->len; i++)
    {
      DlEditPassage *passage = &g_array_index (self->mentions, DlEditPassage, i);

      if (g_strcmp0 (dl_article_get_path (mention->article), passage->article) == 0
          && (spans_meet (mention->start, mention->end, passage->start, passage->end)
              || (mention->start == passage->start && mention->end == passage->end)))
        return TRUE;
    }
  return FALSE;
}

/* Whether a passage that tells @event holds one of @mentions */
static gboolean
sources_hold (DlEvent *event,
              GArray  *mentions)
{
  GArray *sources = dl_event_get_sources (event);

  for (guint i = 0; i < sources->len; i++)
    {
      DlSource *source = &g_array_index (sources, DlSource, i);

      for (guint j = 0; j < mentions->len; j++)
        {
          DlMention *mention = &g_array_index (mentions, DlMention, j);

          if (mention->article == source->article
              && spans_meet (mention->start, mention->end, source->start, source->end))
            return TRUE;
        }
    }
  return FALSE;
}

/* The listed mentions leave @actor, in their order */
static GArray *
take_listed_mentions (DlEdit  *self,
                      DlActor *actor)
{
  GArray *mentions = dl_actor_get_mentions (actor);
  GArray *moved = g_array_new (FALSE, FALSE, sizeof (DlMention));

  for (guint i = mentions->len; i-- > 0;)
    if (is_listed (self, &g_array_index (mentions, DlMention, i)))
      {
        g_array_prepend_val (moved, g_array_index (mentions, DlMention, i));
        dl_actor_remove_mention (actor, i);
      }
  return moved;
}

/* The mentions go to the actor of the new name, made with @actor's
 * kind unless another actor has that name already (a split is then a
 * merge of some mentions into it). An event moves to it when its
 * passages hold a moved mention and none of those @actor keeps. */
static gboolean
split_actor (DlEdit  *self,
             Results *results)
{
  DlActor *actor = find_actor (results, &self->actor, NULL);
  g_autoptr(GArray) moved = NULL;
  DlEditActorRef ref;
  DlActor *target;

  if (actor == NULL)
    return FALSE;
  moved = take_listed_mentions (self, actor);
  if (moved->len == 0)
    return FALSE;
  ref.name = self->text;
  ref.kind = dl_actor_get_kind (actor);
  if ((target = find_actor (results, &ref, actor)) == NULL)
    {
      target = dl_actor_new (self->text, ref.kind);
      g_ptr_array_add (results->actors, target);
    }
  for (guint i = 0; i < moved->len; i++)
    {
      DlMention *mention = &g_array_index (moved, DlMention, i);

      dl_actor_add_mention (target, mention->article, mention->start, mention->end);
    }
  for (guint i = 0; i < results->events->len; i++)
    {
      DlEvent *event = g_ptr_array_index (results->events, i);

      if (dl_event_has_actor (event, actor) && sources_hold (event, moved)
          && !sources_hold (event, dl_actor_get_mentions (actor)))
        dl_event_replace_actor (event, actor, target);
    }
  return TRUE;
}

static gboolean
apply_one (DlEdit  *self,
           Results *results)
{
  DlActor *actor;

  switch (self->kind)
    {
    case DL_EDIT_ARTICLE_DATE:
      return FALSE;
    case DL_EDIT_EVENT_ADD:
      return add_event (self, results);
    case DL_EDIT_ACTOR_MERGE:
      return merge_actors (self, results);
    case DL_EDIT_ACTOR_SPLIT:
      return split_actor (self, results);
    case DL_EDIT_ACTOR_RENAME:
    case DL_EDIT_ACTOR_KIND:
      if ((actor = find_actor (results, &self->actor, NULL)) == NULL)
        return FALSE;
      if (self->kind == DL_EDIT_ACTOR_KIND)
        dl_actor_set_kind (actor, self->new_kind);
      else
        rename_actor (actor, self->text);
      return TRUE;
    default:
      return apply_to_event (self, results);
    }
}

/**
 * dl_edits_set_article_dates:
 * @edits: (element-type DlEdit) (nullable): the edits, in order
 * @articles: (element-type DlArticle): the articles to analyse
 *
 * Gives each article an article-date edit names the user's date
 * (%DL_DCT_SOURCE_OPTION), which analysis keeps and resolves the
 * article's relative dates against. Call before analysis, on the thread
 * that owns the articles; the last edit of an article wins.
 */
void
dl_edits_set_article_dates (GPtrArray *edits,
                            GPtrArray *articles)
{
  Results results = { articles, NULL, NULL };

  g_return_if_fail (articles != NULL);

  for (guint i = 0; edits != NULL && i < edits->len; i++)
    {
      DlEdit *edit = g_ptr_array_index (edits, i);
      DlArticle *article;

      if (edit->kind != DL_EDIT_ARTICLE_DATE)
        continue;
      if ((article = find_article (&results, edit->passage.article)) != NULL)
        dl_article_set_dct (article, edit->date, DL_DCT_SOURCE_OPTION);
    }
}

/**
 * dl_edits_apply:
 * @edits: (element-type DlEdit) (nullable): the edits, in order
 * @articles: (element-type DlArticle): the articles analysed
 * @actors: (element-type DlActor): the actors found; changed in place,
 *   and owning its actors (as the analyzer's arrays do)
 * @events: (element-type DlEvent): the events found; likewise
 *
 * Applies the edits in order over analysis results. Article-date edits
 * are left out: they take effect before analysis, through
 * dl_edits_set_article_dates().
 *
 * Returns: how many edits applied; the others' targets are gone
 */
guint
dl_edits_apply (GPtrArray *edits,
                GPtrArray *articles,
                GPtrArray *actors,
                GPtrArray *events)
{
  Results results = { articles, actors, events };
  guint applied = 0;

  g_return_val_if_fail (actors != NULL && events != NULL, 0);

  for (guint i = 0; edits != NULL && i < edits->len; i++)
    {
      DlEdit *edit = g_ptr_array_index (edits, i);

      g_return_val_if_fail (DL_IS_EDIT (edit), applied);
      if (apply_one (edit, &results))
        applied++;
      else if (edit->kind != DL_EDIT_ARTICLE_DATE)
        g_debug ("An edit (%s) found nothing to change", _dl_edit_kind_to_string (edit->kind));
    }
  return applied;
}

/**
 * dl_edits_apply_to_copies:
 * @edits: (element-type DlEdit) (nullable): the edits, in order
 * @articles: (element-type DlArticle): the articles analysed
 * @actors: (element-type DlActor): the actors analysis found; untouched
 * @events: (element-type DlEvent): the events it found; untouched
 * @edited_actors: (out) (transfer container) (element-type DlActor):
 *   copies of @actors with the edits applied
 * @edited_events: (out) (transfer container) (element-type DlEvent):
 *   copies of @events, which point at the copied actors, likewise
 *
 * The results to show, made from the results found, which stay as they
 * were so that the edits can be applied to them again after an undo.
 * The articles are shared. Hand the copies to dl_corpus_set_analysis().
 */
void
dl_edits_apply_to_copies (GPtrArray  *edits,
                          GPtrArray  *articles,
                          GPtrArray  *actors,
                          GPtrArray  *events,
                          GPtrArray **edited_actors,
                          GPtrArray **edited_events)
{
  g_autoptr(GHashTable) copies = g_hash_table_new (NULL, NULL);
  GPtrArray *new_actors, *new_events;

  g_return_if_fail (actors != NULL && events != NULL);
  g_return_if_fail (edited_actors != NULL && edited_events != NULL);

  new_actors = g_ptr_array_new_full (actors->len, g_object_unref);
  for (guint i = 0; i < actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (actors, i);
      DlActor *copy = dl_actor_copy (actor);

      g_hash_table_insert (copies, actor, copy);
      g_ptr_array_add (new_actors, copy);
    }
  new_events = g_ptr_array_new_full (events->len, g_object_unref);
  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (new_events, dl_event_copy (g_ptr_array_index (events, i), copies));

  dl_edits_apply (edits, articles, new_actors, new_events);
  *edited_actors = new_actors;
  *edited_events = new_events;
}
