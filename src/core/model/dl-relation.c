/* dl-relation.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two actors who take part in the same events. The weight is the number
 * of shared events; the label their most frequent predicate.
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-event.h"
#include "dl-relation.h"

struct _DlRelation
{
  GObject parent_instance;

  DlActor *source;
  DlActor *target;
  GPtrArray *events;
  char *label;
};

G_DEFINE_FINAL_TYPE (DlRelation, dl_relation, G_TYPE_OBJECT)

static void
dl_relation_finalize (GObject *object)
{
  DlRelation *self = (DlRelation *) object;

  g_clear_object (&self->source);
  g_clear_object (&self->target);
  g_ptr_array_unref (self->events);
  g_free (self->label);

  G_OBJECT_CLASS (dl_relation_parent_class)->finalize (object);
}

static void
dl_relation_class_init (DlRelationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dl_relation_finalize;
}

static void
dl_relation_init (DlRelation *self)
{
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
}

DlRelation *
dl_relation_new (DlActor *source,
                 DlActor *target)
{
  DlRelation *self;

  g_return_val_if_fail (DL_IS_ACTOR (source), NULL);
  g_return_val_if_fail (DL_IS_ACTOR (target), NULL);

  self = g_object_new (DL_TYPE_RELATION, NULL);
  self->source = g_object_ref (source);
  self->target = g_object_ref (target);
  return self;
}

DlActor *
dl_relation_get_source (DlRelation *self)
{
  g_return_val_if_fail (DL_IS_RELATION (self), NULL);
  return self->source;
}

DlActor *
dl_relation_get_target (DlRelation *self)
{
  g_return_val_if_fail (DL_IS_RELATION (self), NULL);
  return self->target;
}

guint
dl_relation_get_weight (DlRelation *self)
{
  g_return_val_if_fail (DL_IS_RELATION (self), 0);
  return self->events->len;
}

/**
 * dl_relation_get_events:
 *
 * Returns: (transfer none) (element-type DlEvent): the shared events
 */
GPtrArray *
dl_relation_get_events (DlRelation *self)
{
  g_return_val_if_fail (DL_IS_RELATION (self), NULL);
  return self->events;
}

static void
update_label (DlRelation *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = NULL;
  guint best_count = 0;

  for (guint i = 0; i < self->events->len; i++)
    {
      const char *predicate = dl_event_get_predicate (g_ptr_array_index (self->events, i));
      guint count;

      if (predicate == NULL)
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, predicate)) + 1;
      g_hash_table_insert (counts, (gpointer) predicate, GUINT_TO_POINTER (count));
      /* Ties go to the earliest predicate, so labels are stable */
      if (count > best_count)
        {
          best = predicate;
          best_count = count;
        }
    }
  g_free (self->label);
  self->label = g_strdup (best);
}

void
dl_relation_add_event (DlRelation *self,
                       DlEvent    *event)
{
  g_return_if_fail (DL_IS_RELATION (self));
  g_return_if_fail (DL_IS_EVENT (event));

  g_ptr_array_add (self->events, g_object_ref (event));
  update_label (self);
}

/**
 * dl_relation_get_label:
 *
 * Returns: (nullable): the most frequent predicate of the shared events
 */
const char *
dl_relation_get_label (DlRelation *self)
{
  g_return_val_if_fail (DL_IS_RELATION (self), NULL);
  return self->label;
}
