/* dl-event-filter.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One filter state for the whole window: words, chosen actors and
 * articles, a date range, and whether the events the user hid (a
 * correction kept with the project, see dl_event_get_hidden()) are
 * shown all the same. It gives three GtkFilters
 * that agree with each other: the events that match, the articles that
 * tell a matching event (or whose title has the words), and the actors
 * of matching events. The graph's focus actor narrows the events only,
 * so that the graph keeps its other actors to pick from.
 */
#include "config.h"

#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event-filter.h"
#include "dl-event.h"

struct _DlEventFilter
{
  GObject parent_instance;

  DlCorpus *corpus;
  GtkCustomFilter *events_filter;
  GtkCustomFilter *articles_filter;
  GtkCustomFilter *actors_filter;

  char *text;
  GStrv terms;
  GHashTable *actor_ids;
  GHashTable *article_ids;
  gboolean show_hidden;
  guint n_hidden;             /* hidden events in the corpus */
  DlDateSpan *from;
  DlDateSpan *to;
  DlActor *focus;

  /* Folded text of each event, built on the first search */
  GHashTable *haystacks;
  /* What the articles and actors filters show, from the matching events */
  GHashTable *matched_articles;
  GHashTable *matched_actors;
  gboolean derived_valid;
};

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DlEventFilter, dl_event_filter, G_TYPE_OBJECT)

/* Text ------------------------------------------------------------------- */

/* Case and accents do not count: "schoneberg" finds "Schöneberg" and
 * "strasse" finds "Straße" */
static char *
fold_text (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFKD);
  GString *bare = g_string_new (NULL);
  g_autofree char *joined = NULL;

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (bare, c);
    }
  joined = g_string_free (bare, FALSE);
  return g_utf8_casefold (joined, -1);
}

static GStrv
split_terms (const char *text)
{
  g_autofree char *folded = fold_text (text);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (builder, words[i]);
  return g_strv_builder_end (builder);
}

static char *
build_haystack (DlEvent *event)
{
  GPtrArray *actors = dl_event_get_actors (event);
  GArray *sources = dl_event_get_sources (event);
  g_autoptr(GString) text = g_string_new (dl_event_get_title (event));

  for (guint i = 0; i < actors->len; i++)
    g_string_append_printf (text, "\n%s", dl_actor_get_name (g_ptr_array_index (actors, i)));
  for (guint i = 0; i < sources->len; i++)
    g_string_append_printf (text, "\n%s", g_array_index (sources, DlSource, i).quote);
  return fold_text (text->str);
}

static gboolean
has_every_term (const char  *haystack,
                char       **terms)
{
  for (guint i = 0; terms[i] != NULL; i++)
    if (strstr (haystack, terms[i]) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
event_has_text (DlEventFilter *self,
                DlEvent       *event)
{
  const char *haystack = g_hash_table_lookup (self->haystacks, event);

  if (haystack == NULL)
    {
      haystack = build_haystack (event);
      g_hash_table_insert (self->haystacks, g_object_ref (event), (char *) haystack);
    }
  return has_every_term (haystack, self->terms);
}

static gboolean
has_terms (DlEventFilter *self)
{
  return self->terms != NULL && self->terms[0] != NULL;
}

/* Matching --------------------------------------------------------------- */

static gboolean
event_has_chosen_actor (DlEventFilter *self,
                        DlEvent       *event)
{
  GPtrArray *actors = dl_event_get_actors (event);

  for (guint i = 0; i < actors->len; i++)
    if (g_hash_table_contains (self->actor_ids, dl_actor_get_id (g_ptr_array_index (actors, i))))
      return TRUE;
  return FALSE;
}

static gboolean
event_has_chosen_article (DlEventFilter *self,
                          DlEvent       *event)
{
  GArray *sources = dl_event_get_sources (event);

  for (guint i = 0; i < sources->len; i++)
    if (g_hash_table_contains (self->article_ids,
                               dl_article_get_id (g_array_index (sources, DlSource, i).article)))
      return TRUE;
  return FALSE;
}

/* An event is in the range when some of its time is */
static gboolean
event_in_range (DlEventFilter *self,
                DlEvent       *event)
{
  DlDateSpan *when = dl_event_get_when (event);

  if (when == NULL)
    return FALSE;
  if (self->from != NULL && dl_date_span_get_end (when) <= dl_date_span_get_start (self->from))
    return FALSE;
  if (self->to != NULL && dl_date_span_get_start (when) >= dl_date_span_get_end (self->to))
    return FALSE;
  return TRUE;
}

/**
 * dl_event_filter_match_event:
 *
 * Returns: whether @event passes the filter bar's filters (the graph's
 *   focus aside)
 */
gboolean
dl_event_filter_match_event (DlEventFilter *self,
                             DlEvent       *event)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), FALSE);
  g_return_val_if_fail (DL_IS_EVENT (event), FALSE);

  if (!self->show_hidden && dl_event_get_hidden (event))
    return FALSE;
  if (g_hash_table_size (self->actor_ids) > 0 && !event_has_chosen_actor (self, event))
    return FALSE;
  if (g_hash_table_size (self->article_ids) > 0 && !event_has_chosen_article (self, event))
    return FALSE;
  if ((self->from != NULL || self->to != NULL) && !event_in_range (self, event))
    return FALSE;
  return !has_terms (self) || event_has_text (self, event);
}

static gboolean
events_filter_func (gpointer item,
                    gpointer user_data)
{
  DlEventFilter *self = user_data;
  DlEvent *event = item;

  if (self->focus != NULL && !dl_event_has_actor (event, self->focus))
    return FALSE;
  return dl_event_filter_match_event (self, event);
}

/* One pass over the events finds the articles and actors to show */
static void
update_derived (DlEventFilter *self)
{
  GListModel *events = dl_corpus_get_events (self->corpus);
  guint n = g_list_model_get_n_items (events);

  if (self->derived_valid)
    return;
  g_hash_table_remove_all (self->matched_articles);
  g_hash_table_remove_all (self->matched_actors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);
      GPtrArray *actors = dl_event_get_actors (event);
      GArray *sources = dl_event_get_sources (event);

      if (!dl_event_filter_match_event (self, event))
        continue;
      for (guint j = 0; j < actors->len; j++)
        g_hash_table_add (self->matched_actors, g_ptr_array_index (actors, j));
      for (guint j = 0; j < sources->len; j++)
        g_hash_table_add (self->matched_articles, g_array_index (sources, DlSource, j).article);
    }
  self->derived_valid = TRUE;
}

/* With only words (and articles) to match, an article whose title has
 * the words is shown even when none of its events has them */
static gboolean
article_title_matches (DlEventFilter *self,
                       DlArticle     *article)
{
  g_autofree char *title = NULL;

  if (!has_terms (self) || g_hash_table_size (self->actor_ids) > 0 ||
      self->from != NULL || self->to != NULL)
    return FALSE;
  if (g_hash_table_size (self->article_ids) > 0 &&
      !g_hash_table_contains (self->article_ids, dl_article_get_id (article)))
    return FALSE;
  title = fold_text (dl_article_get_title (article));
  return has_every_term (title, self->terms);
}

/* Whether the actors need the events to tell which to show: hidden
 * events take their actors out of the graph too. The articles stay:
 * an article is no less there for an event hidden from it. */
static gboolean
narrows (DlEventFilter *self)
{
  return dl_event_filter_is_active (self) || (!self->show_hidden && self->n_hidden > 0);
}

static gboolean
articles_filter_func (gpointer item,
                      gpointer user_data)
{
  DlEventFilter *self = user_data;

  if (!dl_event_filter_is_active (self))
    return TRUE;
  update_derived (self);
  return g_hash_table_contains (self->matched_articles, item) || article_title_matches (self, item);
}

static gboolean
actors_filter_func (gpointer item,
                    gpointer user_data)
{
  DlEventFilter *self = user_data;

  if (!narrows (self))
    return TRUE;
  update_derived (self);
  return g_hash_table_contains (self->matched_actors, item);
}

/* Telling the views ------------------------------------------------------ */

static void
refilter (DlEventFilter    *self,
          GtkFilterChange   change)
{
  self->derived_valid = FALSE;
  gtk_filter_changed (GTK_FILTER (self->events_filter), change);
  gtk_filter_changed (GTK_FILTER (self->articles_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->actors_filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
count_hidden (DlEventFilter *self)
{
  GListModel *events = dl_corpus_get_events (self->corpus);
  guint n = g_list_model_get_n_items (events);

  self->n_hidden = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);

      if (dl_event_get_hidden (event))
        self->n_hidden++;
    }
}

static void
events_changed_cb (DlEventFilter *self)
{
  g_hash_table_remove_all (self->haystacks);
  self->derived_valid = FALSE;
  count_hidden (self);
}

/* A new analysis replaces every actor: a focus on an old one is void.
 * Chosen actors are kept by id, so they survive. */
static void
corpus_changed_cb (DlEventFilter *self)
{
  if (self->focus != NULL &&
      dl_corpus_find_actor (self->corpus, dl_actor_get_id (self->focus)) != self->focus)
    g_clear_object (&self->focus);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/* GObject ---------------------------------------------------------------- */

static void
dl_event_filter_dispose (GObject *object)
{
  DlEventFilter *self = DL_EVENT_FILTER (object);

  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (dl_corpus_get_events (self->corpus), self);
  g_clear_object (&self->corpus);
  g_clear_object (&self->focus);
  g_clear_object (&self->events_filter);
  g_clear_object (&self->articles_filter);
  g_clear_object (&self->actors_filter);
  g_hash_table_remove_all (self->haystacks);

  G_OBJECT_CLASS (dl_event_filter_parent_class)->dispose (object);
}

static void
dl_event_filter_finalize (GObject *object)
{
  DlEventFilter *self = DL_EVENT_FILTER (object);

  g_free (self->text);
  g_strfreev (self->terms);
  g_hash_table_unref (self->actor_ids);
  g_hash_table_unref (self->article_ids);
  g_hash_table_unref (self->haystacks);
  g_hash_table_unref (self->matched_articles);
  g_hash_table_unref (self->matched_actors);
  g_clear_pointer (&self->from, dl_date_span_unref);
  g_clear_pointer (&self->to, dl_date_span_unref);

  G_OBJECT_CLASS (dl_event_filter_parent_class)->finalize (object);
}

static void
dl_event_filter_class_init (DlEventFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dl_event_filter_dispose;
  object_class->finalize = dl_event_filter_finalize;

  /**
   * DlEventFilter::changed:
   *
   * Something the filter matches changed; the three filters have been
   * told already.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dl_event_filter_init (DlEventFilter *self)
{
  self->actor_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->article_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->haystacks = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->matched_articles = g_hash_table_new (NULL, NULL);
  self->matched_actors = g_hash_table_new (NULL, NULL);
  self->events_filter = gtk_custom_filter_new (events_filter_func, self, NULL);
  self->articles_filter = gtk_custom_filter_new (articles_filter_func, self, NULL);
  self->actors_filter = gtk_custom_filter_new (actors_filter_func, self, NULL);
}

/* Public API ------------------------------------------------------------- */

DlEventFilter *
dl_event_filter_new (DlCorpus *corpus)
{
  DlEventFilter *self;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), NULL);

  self = g_object_new (DL_TYPE_EVENT_FILTER, NULL);
  self->corpus = g_object_ref (corpus);
  g_signal_connect_object (dl_corpus_get_events (corpus), "items-changed",
                           G_CALLBACK (events_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (corpus, "changed", G_CALLBACK (corpus_changed_cb), self, G_CONNECT_SWAPPED);
  count_hidden (self);
  return self;
}

/**
 * dl_event_filter_get_corpus:
 *
 * Returns: (transfer none): the corpus whose events are filtered
 */
DlCorpus *
dl_event_filter_get_corpus (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), NULL);
  return self->corpus;
}

/**
 * dl_event_filter_get_events_filter:
 *
 * Returns: (transfer none): a filter of #DlEvent: the bar's filters and
 *   the focus actor
 */
GtkFilter *
dl_event_filter_get_events_filter (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), NULL);
  return GTK_FILTER (self->events_filter);
}

/**
 * dl_event_filter_get_articles_filter:
 *
 * Returns: (transfer none): a filter of #DlArticle
 */
GtkFilter *
dl_event_filter_get_articles_filter (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), NULL);
  return GTK_FILTER (self->articles_filter);
}

/**
 * dl_event_filter_get_actors_filter:
 *
 * Returns: (transfer none): a filter of #DlActor
 */
GtkFilter *
dl_event_filter_get_actors_filter (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), NULL);
  return GTK_FILTER (self->actors_filter);
}

const char *
dl_event_filter_get_text (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), NULL);
  return self->text != NULL ? self->text : "";
}

/**
 * dl_event_filter_set_text:
 * @text: (nullable): words that a matching event has, each of them, in
 *   its title, its actors' names or its passages
 */
void
dl_event_filter_set_text (DlEventFilter *self,
                          const char    *text)
{
  g_autofree char *old_folded = NULL;
  g_autofree char *new_folded = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (DL_IS_EVENT_FILTER (self));

  if (g_strcmp0 (text, self->text) == 0)
    return;
  /* Typing on only narrows: the filter models keep what they hide */
  old_folded = fold_text (self->text);
  new_folded = fold_text (text);
  if (strstr (new_folded, old_folded) != NULL && !strchr (old_folded, ' '))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  g_free (self->text);
  self->text = g_strdup (text);
  g_strfreev (self->terms);
  self->terms = split_terms (text);
  refilter (self, change);
}

gboolean
dl_event_filter_has_actor (DlEventFilter *self,
                           DlActor       *actor)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), FALSE);
  g_return_val_if_fail (DL_IS_ACTOR (actor), FALSE);
  return g_hash_table_contains (self->actor_ids, dl_actor_get_id (actor));
}

/* Adds @id to @set or takes it out; TRUE if that changed anything */
static gboolean
choose_id (GHashTable *set,
           const char *id,
           gboolean    chosen)
{
  if (chosen == g_hash_table_contains (set, id))
    return FALSE;
  if (chosen)
    g_hash_table_add (set, g_strdup (id));
  else
    g_hash_table_remove (set, id);
  return TRUE;
}

/**
 * dl_event_filter_set_actor:
 * @chosen: whether events of @actor are shown
 *
 * Once some actor is chosen, only the events of the chosen actors match.
 */
void
dl_event_filter_set_actor (DlEventFilter *self,
                           DlActor       *actor,
                           gboolean       chosen)
{
  g_return_if_fail (DL_IS_EVENT_FILTER (self));
  g_return_if_fail (DL_IS_ACTOR (actor));

  if (choose_id (self->actor_ids, dl_actor_get_id (actor), chosen))
    refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * dl_event_filter_set_only_actor:
 *
 * Makes @actor the only chosen actor.
 */
void
dl_event_filter_set_only_actor (DlEventFilter *self,
                                DlActor       *actor)
{
  g_return_if_fail (DL_IS_EVENT_FILTER (self));
  g_return_if_fail (DL_IS_ACTOR (actor));

  if (g_hash_table_size (self->actor_ids) == 1 && dl_event_filter_has_actor (self, actor))
    return;
  g_hash_table_remove_all (self->actor_ids);
  g_hash_table_add (self->actor_ids, g_strdup (dl_actor_get_id (actor)));
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

guint
dl_event_filter_get_n_actors (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), 0);
  return g_hash_table_size (self->actor_ids);
}

gboolean
dl_event_filter_has_article (DlEventFilter *self,
                             DlArticle     *article)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), FALSE);
  g_return_val_if_fail (DL_IS_ARTICLE (article), FALSE);
  return g_hash_table_contains (self->article_ids, dl_article_get_id (article));
}

/**
 * dl_event_filter_set_article:
 * @chosen: whether events told by @article are shown
 *
 * Once some article is chosen, only the events they tell match.
 */
void
dl_event_filter_set_article (DlEventFilter *self,
                             DlArticle     *article,
                             gboolean       chosen)
{
  g_return_if_fail (DL_IS_EVENT_FILTER (self));
  g_return_if_fail (DL_IS_ARTICLE (article));

  if (choose_id (self->article_ids, dl_article_get_id (article), chosen))
    refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

guint
dl_event_filter_get_n_articles (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), 0);
  return g_hash_table_size (self->article_ids);
}

static gboolean
same_span (DlDateSpan *a,
           DlDateSpan *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return dl_date_span_get_start (a) == dl_date_span_get_start (b) &&
         dl_date_span_get_end (a) == dl_date_span_get_end (b);
}

/**
 * dl_event_filter_set_range:
 * @from: (nullable): the first day, month or year to show, or %NULL
 * @to: (nullable): the last one, included, or %NULL
 *
 * With either end set, only dated events with some of their time
 * between @from and @to match.
 */
void
dl_event_filter_set_range (DlEventFilter *self,
                           DlDateSpan    *from,
                           DlDateSpan    *to)
{
  g_return_if_fail (DL_IS_EVENT_FILTER (self));

  if (same_span (from, self->from) && same_span (to, self->to))
    return;
  g_clear_pointer (&self->from, dl_date_span_unref);
  g_clear_pointer (&self->to, dl_date_span_unref);
  self->from = from != NULL ? dl_date_span_ref (from) : NULL;
  self->to = to != NULL ? dl_date_span_ref (to) : NULL;
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * dl_event_filter_get_from:
 *
 * Returns: (transfer none) (nullable): the start of the date range
 */
DlDateSpan *
dl_event_filter_get_from (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), NULL);
  return self->from;
}

/**
 * dl_event_filter_get_to:
 *
 * Returns: (transfer none) (nullable): the end of the date range
 */
DlDateSpan *
dl_event_filter_get_to (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), NULL);
  return self->to;
}

/**
 * dl_event_filter_get_n_hidden:
 *
 * Returns: how many events of the corpus the user hid, shown or not
 */
guint
dl_event_filter_get_n_hidden (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), 0);
  return self->n_hidden;
}

gboolean
dl_event_filter_get_show_hidden (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), FALSE);
  return self->show_hidden;
}

/**
 * dl_event_filter_set_show_hidden:
 * @show_hidden: whether the events the user hid are shown all the same
 */
void
dl_event_filter_set_show_hidden (DlEventFilter *self,
                                 gboolean       show_hidden)
{
  g_return_if_fail (DL_IS_EVENT_FILTER (self));

  show_hidden = !!show_hidden;
  if (self->show_hidden == show_hidden)
    return;
  self->show_hidden = show_hidden;
  refilter (self, show_hidden ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/**
 * dl_event_filter_dup_ids:
 *
 * Returns: (transfer full): the ids of the chosen actors or articles,
 *   sorted, for a project to keep
 */
GStrv
dl_event_filter_dup_ids (DlEventFilter    *self,
                         DlEventFilterIds  which)
{
  GHashTable *sets[] = { self->actor_ids, self->article_ids };
  g_autofree const char **ids = NULL;
  guint n;

  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), NULL);
  g_return_val_if_fail (which <= DL_EVENT_FILTER_ARTICLES, NULL);

  ids = (const char **) g_hash_table_get_keys_as_array (sets[which], &n);
  g_qsort_with_data (ids, n, sizeof (char *), compare_ids, NULL);
  return g_strdupv ((char **) ids);
}

/**
 * dl_event_filter_get_focus:
 *
 * Returns: (transfer none) (nullable): the actor whose events alone the
 *   events filter shows, as picked in the graph
 */
DlActor *
dl_event_filter_get_focus (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), NULL);
  return self->focus;
}

/**
 * dl_event_filter_set_focus:
 * @actor: (nullable): the actor to focus on, or %NULL for none
 *
 * Narrows the events, not the articles or the actors, to those of
 * @actor.
 */
void
dl_event_filter_set_focus (DlEventFilter *self,
                           DlActor       *actor)
{
  g_return_if_fail (DL_IS_EVENT_FILTER (self));
  g_return_if_fail (actor == NULL || DL_IS_ACTOR (actor));

  if (!g_set_object (&self->focus, actor))
    return;
  gtk_filter_changed (GTK_FILTER (self->events_filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * dl_event_filter_is_active:
 *
 * Returns: whether any of the bar's filters (words, actors, articles,
 *   dates) leaves something out; the focus and hidden events aside
 */
gboolean
dl_event_filter_is_active (DlEventFilter *self)
{
  g_return_val_if_fail (DL_IS_EVENT_FILTER (self), FALSE);

  return has_terms (self) ||
         g_hash_table_size (self->actor_ids) > 0 ||
         g_hash_table_size (self->article_ids) > 0 ||
         self->from != NULL || self->to != NULL;
}

/**
 * dl_event_filter_clear:
 *
 * Shows everything the bar filters again: no words, actors, articles
 * or dates. The focus stays: it follows the graph's selection; hidden
 * events stay hidden unless asked for, as they are a correction.
 */
void
dl_event_filter_clear (DlEventFilter *self)
{
  g_return_if_fail (DL_IS_EVENT_FILTER (self));

  if (!dl_event_filter_is_active (self) && self->text == NULL)
    return;
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->terms, g_strfreev);
  g_hash_table_remove_all (self->actor_ids);
  g_hash_table_remove_all (self->article_ids);
  g_clear_pointer (&self->from, dl_date_span_unref);
  g_clear_pointer (&self->to, dl_date_span_unref);
  refilter (self, GTK_FILTER_CHANGE_LESS_STRICT);
}
