/* dl-corpus.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The single source of truth: the loaded articles and what analysis
 * found in them. Views observe the four list models and the "changed"
 * signal; they never own data.
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-relation.h"

struct _DlCorpus
{
  GObject parent_instance;

  GListStore *articles;
  GListStore *actors;
  GListStore *events;
  GListStore *relations;
  guint next_article_number;
  /* Articles by id and by path, for imports of thousands of files: the
   * store keeps the references */
  GHashTable *articles_by_id;
  GHashTable *articles_by_path;
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DlCorpus, dl_corpus, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

static void
dl_corpus_dispose (GObject *object)
{
  DlCorpus *self = (DlCorpus *) object;

  g_clear_object (&self->relations);
  g_clear_object (&self->events);
  g_clear_object (&self->actors);
  g_clear_object (&self->articles);
  g_clear_pointer (&self->articles_by_id, g_hash_table_unref);
  g_clear_pointer (&self->articles_by_path, g_hash_table_unref);

  G_OBJECT_CLASS (dl_corpus_parent_class)->dispose (object);
}

static void
dl_corpus_class_init (DlCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dl_corpus_dispose;

  /**
   * DlCorpus::changed:
   *
   * Emitted once after articles were added or a new analysis was set,
   * when every list model is consistent with the others.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dl_corpus_init (DlCorpus *self)
{
  self->articles = g_list_store_new (DL_TYPE_ARTICLE);
  self->actors = g_list_store_new (DL_TYPE_ACTOR);
  self->events = g_list_store_new (DL_TYPE_EVENT);
  self->relations = g_list_store_new (DL_TYPE_RELATION);
  self->next_article_number = 1;
  self->articles_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->articles_by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

DlCorpus *
dl_corpus_new (void)
{
  return g_object_new (DL_TYPE_CORPUS, NULL);
}

/**
 * dl_corpus_get_articles:
 *
 * Returns: (transfer none): a #GListModel of #DlArticle, in load order
 */
GListModel *
dl_corpus_get_articles (DlCorpus *self)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->articles);
}

/**
 * dl_corpus_get_actors:
 *
 * Returns: (transfer none): a #GListModel of #DlActor, most mentioned first
 */
GListModel *
dl_corpus_get_actors (DlCorpus *self)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->actors);
}

/**
 * dl_corpus_get_events:
 *
 * Returns: (transfer none): a #GListModel of #DlEvent, in time order,
 *   undated events last
 */
GListModel *
dl_corpus_get_events (DlCorpus *self)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->events);
}

/**
 * dl_corpus_get_relations:
 *
 * Returns: (transfer none): a #GListModel of #DlRelation, heaviest first
 */
GListModel *
dl_corpus_get_relations (DlCorpus *self)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->relations);
}

/* Gives @article the next id and indexes it */
static void
take_in (DlCorpus  *self,
         DlArticle *article)
{
  char *id = g_strdup_printf ("a%u", self->next_article_number++);
  const char *path = dl_article_get_path (article);

  dl_article_set_id (article, id);
  g_hash_table_replace (self->articles_by_id, id, article);
  /* The first article read from a path is the one found by it */
  if (path != NULL && !g_hash_table_contains (self->articles_by_path, path))
    g_hash_table_insert (self->articles_by_path, g_strdup (path), article);
}

void
dl_corpus_add_article (DlCorpus  *self,
                       DlArticle *article)
{
  g_return_if_fail (DL_IS_CORPUS (self));
  g_return_if_fail (DL_IS_ARTICLE (article));

  take_in (self, article);
  g_list_store_append (self->articles, article);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * dl_corpus_add_articles:
 * @articles: (element-type DlArticle): articles to add at the end
 *
 * As dl_corpus_add_article() for each, with one change of the articles'
 * list and one #DlCorpus::changed.
 */
void
dl_corpus_add_articles (DlCorpus  *self,
                        GPtrArray *articles)
{
  guint n;

  g_return_if_fail (DL_IS_CORPUS (self));
  g_return_if_fail (articles != NULL);

  if (articles->len == 0)
    return;
  for (guint i = 0; i < articles->len; i++)
    take_in (self, g_ptr_array_index (articles, i));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  g_list_store_splice (self->articles, n, 0, articles->pdata, articles->len);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gpointer
find_by_string (GListModel  *model,
                const char  *property,
                const char  *wanted)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *value = NULL;

      g_object_get (item, property, &value, NULL);
      if (g_strcmp0 (value, wanted) == 0)
        return item; /* the store keeps its reference */
    }
  return NULL;
}

/**
 * dl_corpus_find_article:
 *
 * Returns: (transfer none) (nullable): the article with this id
 */
DlArticle *
dl_corpus_find_article (DlCorpus   *self,
                        const char *id)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->articles_by_id, id) : NULL;
}

/**
 * dl_corpus_find_article_by_path:
 *
 * Returns: (transfer none) (nullable): the article loaded from @path
 */
DlArticle *
dl_corpus_find_article_by_path (DlCorpus   *self,
                                const char *path)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);
  return path != NULL ? g_hash_table_lookup (self->articles_by_path, path) : NULL;
}

/**
 * dl_corpus_find_actor:
 *
 * Returns: (transfer none) (nullable): the actor with this id
 */
DlActor *
dl_corpus_find_actor (DlCorpus   *self,
                      const char *id)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);
  return find_by_string (G_LIST_MODEL (self->actors), "id", id);
}

/**
 * dl_corpus_find_actor_by_name:
 *
 * Returns: (transfer none) (nullable): the actor with this canonical name
 */
DlActor *
dl_corpus_find_actor_by_name (DlCorpus   *self,
                              const char *name)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);
  return find_by_string (G_LIST_MODEL (self->actors), "name", name);
}

/**
 * dl_corpus_find_event:
 *
 * Returns: (transfer none) (nullable): the event with this id
 */
DlEvent *
dl_corpus_find_event (DlCorpus   *self,
                      const char *id)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);
  return find_by_string (G_LIST_MODEL (self->events), "id", id);
}

/* A new array with a reference to each item of @model */
static GPtrArray *
dup_items (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

/**
 * dl_corpus_dup_articles:
 *
 * A snapshot of the articles, for analysis on a worker thread (articles
 * are immutable in everything analysis reads).
 *
 * Returns: (transfer full) (element-type DlArticle): the articles
 */
GPtrArray *
dl_corpus_dup_articles (DlCorpus *self)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);

  return dup_items (G_LIST_MODEL (self->articles));
}

/**
 * dl_corpus_dup_actors:
 *
 * A snapshot of the actors: published results are never changed (an
 * edit makes new ones), so it may be read on a worker thread.
 *
 * Returns: (transfer full) (element-type DlActor): the actors
 */
GPtrArray *
dl_corpus_dup_actors (DlCorpus *self)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);

  return dup_items (G_LIST_MODEL (self->actors));
}

/**
 * dl_corpus_dup_events:
 *
 * As dl_corpus_dup_actors(), the events.
 *
 * Returns: (transfer full) (element-type DlEvent): the events
 */
GPtrArray *
dl_corpus_dup_events (DlCorpus *self)
{
  g_return_val_if_fail (DL_IS_CORPUS (self), NULL);

  return dup_items (G_LIST_MODEL (self->events));
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return dl_event_compare_by_time (*(DlEvent **) a, *(DlEvent **) b);
}

static int
compare_actors (gconstpointer a,
                gconstpointer b)
{
  DlActor *x = *(DlActor **) a;
  DlActor *y = *(DlActor **) b;
  guint nx = dl_actor_get_n_mentions (x);
  guint ny = dl_actor_get_n_mentions (y);

  if (nx != ny)
    return nx > ny ? -1 : 1;
  return g_strcmp0 (dl_actor_get_name (x), dl_actor_get_name (y));
}

static int
compare_relations (gconstpointer a,
                   gconstpointer b)
{
  DlRelation *x = *(DlRelation **) a;
  DlRelation *y = *(DlRelation **) b;
  guint wx = dl_relation_get_weight (x);
  guint wy = dl_relation_get_weight (y);

  if (wx != wy)
    return wx > wy ? -1 : 1;
  return g_strcmp0 (dl_actor_get_id (dl_relation_get_source (x)),
                    dl_actor_get_id (dl_relation_get_source (y)));
}

static char
actor_id_prefix (DlActorKind kind)
{
  switch (kind)
    {
    case DL_ACTOR_KIND_PERSON:
      return 'p';
    case DL_ACTOR_KIND_ORGANIZATION:
      return 'o';
    case DL_ACTOR_KIND_LOCATION:
      return 'l';
    case DL_ACTOR_KIND_GROUP:
      return 'g';
    case DL_ACTOR_KIND_OTHER:
    default:
      return 'x';
    }
}

static void
assign_ids (GPtrArray *actors,
            GPtrArray *events)
{
  guint counters[DL_ACTOR_KIND_OTHER + 1] = { 0 };

  for (guint i = 0; i < actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (actors, i);
      DlActorKind kind = dl_actor_get_kind (actor);
      g_autofree char *id = g_strdup_printf ("%c%u", actor_id_prefix (kind), ++counters[kind]);

      dl_actor_set_id (actor, id);
    }
  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i + 1);
      dl_event_set_id (g_ptr_array_index (events, i), id);
    }
}

/* One relation per pair of actors that share an event, keyed by the
 * pair's addresses in a stable order. */
static GPtrArray *
build_relations (GPtrArray *events)
{
  g_autoptr(GHashTable) by_pair = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *relations = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint e = 0; e < events->len; e++)
    {
      DlEvent *event = g_ptr_array_index (events, e);
      GPtrArray *actors = dl_event_get_actors (event);

      /* A hidden event is one the user set aside: it joins nobody */
      if (dl_event_get_hidden (event))
        continue;
      for (guint i = 0; i < actors->len; i++)
        for (guint j = i + 1; j < actors->len; j++)
          {
            DlActor *a = g_ptr_array_index (actors, i);
            DlActor *b = g_ptr_array_index (actors, j);
            g_autofree char *key = NULL;
            DlRelation *relation;

            if (g_strcmp0 (dl_actor_get_id (a), dl_actor_get_id (b)) > 0)
              {
                DlActor *tmp = a;
                a = b;
                b = tmp;
              }
            key = g_strdup_printf ("%s|%s", dl_actor_get_id (a), dl_actor_get_id (b));
            relation = g_hash_table_lookup (by_pair, key);
            if (relation == NULL)
              {
                relation = dl_relation_new (a, b);
                g_ptr_array_add (relations, relation);
                g_hash_table_insert (by_pair, g_steal_pointer (&key), relation);
              }
            dl_relation_add_event (relation, event);
          }
    }
  g_ptr_array_sort (relations, compare_relations);
  return relations;
}

static void
update_counts (DlCorpus  *self,
               GPtrArray *actors,
               GPtrArray *events)
{
  g_autoptr(GHashTable) event_counts = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) actor_sets = g_hash_table_new_full (NULL, NULL, NULL,
                                                            (GDestroyNotify) g_hash_table_unref);
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->articles));

  for (guint i = 0; i < actors->len; i++)
    dl_actor_set_n_events (g_ptr_array_index (actors, i), 0);

  for (guint e = 0; e < events->len; e++)
    {
      DlEvent *event = g_ptr_array_index (events, e);
      GArray *sources = dl_event_get_sources (event);
      GPtrArray *event_actors = dl_event_get_actors (event);

      for (guint i = 0; i < event_actors->len; i++)
        {
          DlActor *actor = g_ptr_array_index (event_actors, i);
          dl_actor_set_n_events (actor, dl_actor_get_n_events (actor) + 1);
        }
      for (guint s = 0; s < sources->len; s++)
        {
          DlArticle *article = g_array_index (sources, DlSource, s).article;
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (event_counts, article));
          g_hash_table_insert (event_counts, article, GUINT_TO_POINTER (count + 1));
        }
    }

  for (guint i = 0; i < actors->len; i++)
    {
      GArray *mentions = dl_actor_get_mentions (g_ptr_array_index (actors, i));

      for (guint m = 0; m < mentions->len; m++)
        {
          DlArticle *article = g_array_index (mentions, DlMention, m).article;
          GHashTable *set = g_hash_table_lookup (actor_sets, article);

          if (set == NULL)
            {
              set = g_hash_table_new (NULL, NULL);
              g_hash_table_insert (actor_sets, article, set);
            }
          g_hash_table_add (set, g_ptr_array_index (actors, i));
        }
    }

  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(DlArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      GHashTable *set = g_hash_table_lookup (actor_sets, article);

      dl_article_set_counts (article,
                             GPOINTER_TO_UINT (g_hash_table_lookup (event_counts, article)),
                             set != NULL ? g_hash_table_size (set) : 0);
    }
}

/**
 * dl_corpus_set_analysis:
 * @actors: (element-type DlActor): every actor found
 * @events: (element-type DlEvent): every event found
 *
 * Replaces the results of analysis. Sorts both, gives them their ids
 * (`p1`, `o1`, `l1`, `e1`, ...), builds the relations and the articles'
 * counts, then emits #DlCorpus::changed. Call on the main thread.
 */
void
dl_corpus_set_analysis (DlCorpus  *self,
                        GPtrArray *actors,
                        GPtrArray *events)
{
  g_autoptr(GPtrArray) relations = NULL;

  g_return_if_fail (DL_IS_CORPUS (self));
  g_return_if_fail (actors != NULL && events != NULL);

  g_ptr_array_sort (actors, compare_actors);
  g_ptr_array_sort (events, compare_events);
  assign_ids (actors, events);
  relations = build_relations (events);
  update_counts (self, actors, events);

  g_list_store_splice (self->relations, 0, g_list_model_get_n_items (G_LIST_MODEL (self->relations)),
                       relations->pdata, relations->len);
  g_list_store_splice (self->events, 0, g_list_model_get_n_items (G_LIST_MODEL (self->events)),
                       events->pdata, events->len);
  g_list_store_splice (self->actors, 0, g_list_model_get_n_items (G_LIST_MODEL (self->actors)),
                       actors->pdata, actors->len);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * dl_corpus_get_time_bounds:
 * @start: (out): first second of the earliest dated event
 * @end: (out): end of the latest one
 *
 * Returns: %TRUE if any event is dated
 */
gboolean
dl_corpus_get_time_bounds (DlCorpus *self,
                           gint64   *start,
                           gint64   *end)
{
  guint n;
  gboolean found = FALSE;

  g_return_val_if_fail (DL_IS_CORPUS (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);
      DlDateSpan *when = dl_event_get_when (event);

      if (when == NULL)
        continue;
      if (!found || dl_date_span_get_start (when) < *start)
        *start = dl_date_span_get_start (when);
      if (!found || dl_date_span_get_end (when) > *end)
        *end = dl_date_span_get_end (when);
      found = TRUE;
    }
  return found;
}
