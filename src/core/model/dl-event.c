/* dl-event.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An event: something that happened, when, who took part, and every
 * passage in every article that reports it.
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-date-span.h"
#include "dl-event.h"

struct _DlEvent
{
  GObject parent_instance;

  char *id;
  char *title;
  char *predicate;
  char *merge_reason;
  DlDateSpan *when;
  GPtrArray *actors;
  GArray *sources;
  gboolean hidden;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_WHEN,
  PROP_MERGE_REASON,
  PROP_HIDDEN,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DlEvent, dl_event, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
clear_source (gpointer data)
{
  DlSource *source = data;

  g_clear_pointer (&source->quote, g_free);
}

static void
dl_event_finalize (GObject *object)
{
  DlEvent *self = (DlEvent *) object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->predicate);
  g_free (self->merge_reason);
  g_clear_pointer (&self->when, dl_date_span_unref);
  g_ptr_array_unref (self->actors);
  g_array_unref (self->sources);

  G_OBJECT_CLASS (dl_event_parent_class)->finalize (object);
}

static void
dl_event_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DlEvent *self = DL_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_WHEN:
      g_value_set_boxed (value, self->when);
      break;
    case PROP_MERGE_REASON:
      g_value_set_string (value, self->merge_reason);
      break;
    case PROP_HIDDEN:
      g_value_set_boolean (value, self->hidden);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_event_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  DlEvent *self = DL_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      dl_event_set_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      dl_event_set_title (self, g_value_get_string (value));
      break;
    case PROP_WHEN:
      dl_event_set_when (self, g_value_get_boxed (value));
      break;
    case PROP_MERGE_REASON:
      dl_event_set_merge_reason (self, g_value_get_string (value));
      break;
    case PROP_HIDDEN:
      dl_event_set_hidden (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_event_class_init (DlEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dl_event_finalize;
  object_class->get_property = dl_event_get_property;
  object_class->set_property = dl_event_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHEN] =
    g_param_spec_boxed ("when", NULL, NULL, DL_TYPE_DATE_SPAN,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MERGE_REASON] =
    g_param_spec_string ("merge-reason", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDDEN] =
    g_param_spec_boolean ("hidden", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dl_event_init (DlEvent *self)
{
  self->actors = g_ptr_array_new_with_free_func (g_object_unref);
  self->sources = g_array_new (FALSE, TRUE, sizeof (DlSource));
  g_array_set_clear_func (self->sources, clear_source);
}

DlEvent *
dl_event_new (const char *title)
{
  return g_object_new (DL_TYPE_EVENT, "title", title, NULL);
}

/**
 * dl_event_copy:
 * @actors: (nullable) (element-type DlActor DlActor): the copy of each
 *   actor, when a whole result set is copied; %NULL to keep the same
 *   actors
 *
 * A deep copy: everything the event holds, its sources (which point at
 * the same articles) and its actors, each mapped through @actors when
 * it is in the table.
 *
 * Returns: (transfer full): the copy
 */
DlEvent *
dl_event_copy (DlEvent    *self,
               GHashTable *actors)
{
  DlEvent *copy;

  g_return_val_if_fail (DL_IS_EVENT (self), NULL);

  copy = dl_event_new (self->title);
  copy->id = g_strdup (self->id);
  copy->predicate = g_strdup (self->predicate);
  copy->merge_reason = g_strdup (self->merge_reason);
  copy->when = self->when != NULL ? dl_date_span_ref (self->when) : NULL;
  copy->hidden = self->hidden;
  for (guint i = 0; i < self->actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (self->actors, i);
      DlActor *mapped = actors != NULL ? g_hash_table_lookup (actors, actor) : NULL;

      dl_event_add_actor (copy, mapped != NULL ? mapped : actor);
    }
  for (guint i = 0; i < self->sources->len; i++)
    {
      DlSource *source = &g_array_index (self->sources, DlSource, i);

      dl_event_add_source (copy, source->article, source->start, source->end, source->quote);
    }
  return copy;
}

const char *
dl_event_get_id (DlEvent *self)
{
  g_return_val_if_fail (DL_IS_EVENT (self), NULL);
  return self->id;
}

void
dl_event_set_id (DlEvent    *self,
                 const char *id)
{
  g_return_if_fail (DL_IS_EVENT (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
dl_event_get_title (DlEvent *self)
{
  g_return_val_if_fail (DL_IS_EVENT (self), NULL);
  return self->title;
}

void
dl_event_set_title (DlEvent    *self,
                    const char *title)
{
  g_return_if_fail (DL_IS_EVENT (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* The lemma of the event's trigger ("meet"), used to label relations */
const char *
dl_event_get_predicate (DlEvent *self)
{
  g_return_val_if_fail (DL_IS_EVENT (self), NULL);
  return self->predicate;
}

void
dl_event_set_predicate (DlEvent    *self,
                        const char *predicate)
{
  g_return_if_fail (DL_IS_EVENT (self));

  g_free (self->predicate);
  self->predicate = g_strdup (predicate);
}

/**
 * dl_event_get_merge_reason:
 *
 * Returns: (nullable): why several reports were taken for this one event
 *   ("the same deed on the same thing, on dates that agree"), for the
 *   reader who wonders; %NULL for an event told once
 */
const char *
dl_event_get_merge_reason (DlEvent *self)
{
  g_return_val_if_fail (DL_IS_EVENT (self), NULL);
  return self->merge_reason;
}

void
dl_event_set_merge_reason (DlEvent    *self,
                           const char *reason)
{
  g_return_if_fail (DL_IS_EVENT (self));

  if (g_strcmp0 (self->merge_reason, reason) == 0)
    return;
  g_free (self->merge_reason);
  self->merge_reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MERGE_REASON]);
}

/**
 * dl_event_get_when:
 *
 * Returns: (transfer none) (nullable): when it happened, %NULL if unknown
 */
DlDateSpan *
dl_event_get_when (DlEvent *self)
{
  g_return_val_if_fail (DL_IS_EVENT (self), NULL);
  return self->when;
}

void
dl_event_set_when (DlEvent    *self,
                   DlDateSpan *when)
{
  g_return_if_fail (DL_IS_EVENT (self));

  if (self->when == when)
    return;
  g_clear_pointer (&self->when, dl_date_span_unref);
  self->when = when != NULL ? dl_date_span_ref (when) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHEN]);
}

void
dl_event_add_actor (DlEvent *self,
                    DlActor *actor)
{
  g_return_if_fail (DL_IS_EVENT (self));
  g_return_if_fail (DL_IS_ACTOR (actor));

  if (!dl_event_has_actor (self, actor))
    g_ptr_array_add (self->actors, g_object_ref (actor));
}

gboolean
dl_event_has_actor (DlEvent *self,
                    DlActor *actor)
{
  g_return_val_if_fail (DL_IS_EVENT (self), FALSE);
  return g_ptr_array_find (self->actors, actor, NULL);
}

/**
 * dl_event_get_actors:
 *
 * Returns: (transfer none) (element-type DlActor): the participants
 */
GPtrArray *
dl_event_get_actors (DlEvent *self)
{
  g_return_val_if_fail (DL_IS_EVENT (self), NULL);
  return self->actors;
}

void
dl_event_remove_actor (DlEvent *self,
                       DlActor *actor)
{
  g_return_if_fail (DL_IS_EVENT (self));

  g_ptr_array_remove (self->actors, actor);
}

/* @actor's place goes to @by, or, when @by already took part, @actor
 * just leaves: an actor takes part once */
void
dl_event_replace_actor (DlEvent *self,
                        DlActor *actor,
                        DlActor *by)
{
  guint index;

  g_return_if_fail (DL_IS_EVENT (self));
  g_return_if_fail (DL_IS_ACTOR (by));

  if (!g_ptr_array_find (self->actors, actor, &index) || actor == by)
    return;
  if (dl_event_has_actor (self, by))
    {
      g_ptr_array_remove_index (self->actors, index);
      return;
    }
  g_object_unref (g_ptr_array_index (self->actors, index));
  g_ptr_array_index (self->actors, index) = g_object_ref (by);
}

/* A hidden event is kept, but views leave it out unless asked for it;
 * only a user's correction hides one */
gboolean
dl_event_get_hidden (DlEvent *self)
{
  g_return_val_if_fail (DL_IS_EVENT (self), FALSE);
  return self->hidden;
}

void
dl_event_set_hidden (DlEvent  *self,
                     gboolean  hidden)
{
  g_return_if_fail (DL_IS_EVENT (self));

  hidden = !!hidden;
  if (self->hidden == hidden)
    return;
  self->hidden = hidden;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN]);
}

void
dl_event_add_source (DlEvent    *self,
                     DlArticle  *article,
                     guint       start,
                     guint       end,
                     const char *quote)
{
  DlSource source = { article, start, end, g_strdup (quote) };

  g_return_if_fail (DL_IS_EVENT (self));
  g_return_if_fail (end >= start);

  g_array_append_val (self->sources, source);
}

/**
 * dl_event_get_sources:
 *
 * Returns: (transfer none) (element-type DlSource): the reporting passages
 */
GArray *
dl_event_get_sources (DlEvent *self)
{
  g_return_val_if_fail (DL_IS_EVENT (self), NULL);
  return self->sources;
}

gboolean
dl_event_has_source_in (DlEvent   *self,
                        DlArticle *article)
{
  g_return_val_if_fail (DL_IS_EVENT (self), FALSE);

  for (guint i = 0; i < self->sources->len; i++)
    if (g_array_index (self->sources, DlSource, i).article == article)
      return TRUE;
  return FALSE;
}

/* Dated events first, in time order; undated ones after, by title. */
int
dl_event_compare_by_time (DlEvent *a,
                          DlEvent *b)
{
  if (a->when != NULL && b->when != NULL)
    {
      int cmp = dl_date_span_compare (a->when, b->when);
      if (cmp != 0)
        return cmp;
    }
  else if (a->when != NULL || b->when != NULL)
    return a->when != NULL ? -1 : 1;
  return g_strcmp0 (a->title, b->title);
}
