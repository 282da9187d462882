/* dl-actor.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real-world actor (person, organisation, place) with every name it
 * went by and every place in every article that mentions it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-actor.h"
#include "dl-model-enums.h"

struct _DlActor
{
  GObject parent_instance;

  char *id;
  char *name;
  char *sort_key;       /* of the name, made when first asked for */
  DlActorKind kind;
  GPtrArray *aliases;
  GPtrArray *roles;
  GArray *mentions;
  guint n_events;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_N_MENTIONS,
  PROP_N_EVENTS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DlActor, dl_actor, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
dl_actor_finalize (GObject *object)
{
  DlActor *self = (DlActor *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->sort_key);
  g_ptr_array_unref (self->aliases);
  g_ptr_array_unref (self->roles);
  g_array_unref (self->mentions);

  G_OBJECT_CLASS (dl_actor_parent_class)->finalize (object);
}

static void
dl_actor_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DlActor *self = DL_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, self->mentions->len);
      break;
    case PROP_N_EVENTS:
      g_value_set_uint (value, self->n_events);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_actor_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  DlActor *self = DL_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      dl_actor_set_id (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      dl_actor_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      dl_actor_set_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_actor_class_init (DlActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dl_actor_finalize;
  object_class->get_property = dl_actor_get_property;
  object_class->set_property = dl_actor_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, DL_TYPE_ACTOR_KIND, DL_ACTOR_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MENTIONS] =
    g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_EVENTS] =
    g_param_spec_uint ("n-events", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dl_actor_init (DlActor *self)
{
  self->kind = DL_ACTOR_KIND_OTHER;
  self->aliases = g_ptr_array_new_with_free_func (g_free);
  self->roles = g_ptr_array_new_with_free_func (g_free);
  self->mentions = g_array_new (FALSE, FALSE, sizeof (DlMention));
}

DlActor *
dl_actor_new (const char  *name,
              DlActorKind  kind)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (DL_TYPE_ACTOR, "name", name, "kind", kind, NULL);
}

/**
 * dl_actor_copy:
 *
 * A deep copy: name, kind, id, aliases, roles, mentions (which point at
 * the same articles) and the count of events. Corrections are made on
 * copies so that the analysis results they start from stay as found.
 *
 * Returns: (transfer full): the copy
 */
DlActor *
dl_actor_copy (DlActor *self)
{
  DlActor *copy;

  g_return_val_if_fail (DL_IS_ACTOR (self), NULL);

  copy = dl_actor_new (self->name, self->kind);
  copy->id = g_strdup (self->id);
  /* The aliases in their own order, not the name first */
  g_ptr_array_set_size (copy->aliases, 0);
  for (guint i = 0; i < self->aliases->len; i++)
    dl_actor_add_alias (copy, g_ptr_array_index (self->aliases, i));
  for (guint i = 0; i < self->roles->len; i++)
    dl_actor_add_role (copy, g_ptr_array_index (self->roles, i));
  g_array_append_vals (copy->mentions, self->mentions->data, self->mentions->len);
  copy->n_events = self->n_events;
  return copy;
}

const char *
dl_actor_get_id (DlActor *self)
{
  g_return_val_if_fail (DL_IS_ACTOR (self), NULL);
  return self->id;
}

void
dl_actor_set_id (DlActor    *self,
                 const char *id)
{
  g_return_if_fail (DL_IS_ACTOR (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
dl_actor_get_name (DlActor *self)
{
  g_return_val_if_fail (DL_IS_ACTOR (self), NULL);
  return self->name;
}

/**
 * dl_actor_get_sort_key:
 *
 * The name's collation key (g_utf8_collate_key()): lists of thousands of
 * actors sort by it with strcmp(), far faster than collating each pair.
 * Made on first use; call it from one thread only.
 *
 * Returns: (transfer none): the key
 */
const char *
dl_actor_get_sort_key (DlActor *self)
{
  g_return_val_if_fail (DL_IS_ACTOR (self), "");

  if (self->sort_key == NULL)
    self->sort_key = g_utf8_collate_key (self->name != NULL ? self->name : "", -1);
  return self->sort_key;
}

void
dl_actor_set_name (DlActor    *self,
                   const char *name)
{
  g_return_if_fail (DL_IS_ACTOR (self));

  if (name == NULL || g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_clear_pointer (&self->sort_key, g_free);
  dl_actor_add_alias (self, name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

DlActorKind
dl_actor_get_kind (DlActor *self)
{
  g_return_val_if_fail (DL_IS_ACTOR (self), DL_ACTOR_KIND_OTHER);
  return self->kind;
}

void
dl_actor_set_kind (DlActor     *self,
                   DlActorKind  kind)
{
  g_return_if_fail (DL_IS_ACTOR (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

static gboolean
str_array_contains (GPtrArray  *array,
                    const char *needle)
{
  for (guint i = 0; i < array->len; i++)
    if (g_strcmp0 (g_ptr_array_index (array, i), needle) == 0)
      return TRUE;
  return FALSE;
}

void
dl_actor_add_alias (DlActor    *self,
                    const char *alias)
{
  g_return_if_fail (DL_IS_ACTOR (self));

  if (alias != NULL && *alias != '\0' && !str_array_contains (self->aliases, alias))
    g_ptr_array_add (self->aliases, g_strdup (alias));
}

/**
 * dl_actor_get_aliases:
 *
 * Returns: (transfer none) (element-type utf8): every name the actor went by
 */
GPtrArray *
dl_actor_get_aliases (DlActor *self)
{
  g_return_val_if_fail (DL_IS_ACTOR (self), NULL);
  return self->aliases;
}

gboolean
dl_actor_has_alias (DlActor    *self,
                    const char *alias)
{
  g_return_val_if_fail (DL_IS_ACTOR (self), FALSE);
  return str_array_contains (self->aliases, alias);
}

void
dl_actor_add_role (DlActor    *self,
                   const char *role)
{
  g_return_if_fail (DL_IS_ACTOR (self));

  if (role != NULL && *role != '\0' && !str_array_contains (self->roles, role))
    g_ptr_array_add (self->roles, g_strdup (role));
}

/**
 * dl_actor_get_roles:
 *
 * Returns: (transfer none) (element-type utf8): titles such as "President"
 */
GPtrArray *
dl_actor_get_roles (DlActor *self)
{
  g_return_val_if_fail (DL_IS_ACTOR (self), NULL);
  return self->roles;
}

void
dl_actor_add_mention (DlActor   *self,
                      DlArticle *article,
                      guint      start,
                      guint      end)
{
  DlMention mention = { article, start, end };

  g_return_if_fail (DL_IS_ACTOR (self));
  g_return_if_fail (end >= start);

  g_array_append_val (self->mentions, mention);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MENTIONS]);
}

/**
 * dl_actor_get_mentions:
 *
 * Returns: (transfer none) (element-type DlMention): the mentions
 */
GArray *
dl_actor_get_mentions (DlActor *self)
{
  g_return_val_if_fail (DL_IS_ACTOR (self), NULL);
  return self->mentions;
}

/* For a correction that gives some mentions to another actor */
void
dl_actor_remove_mention (DlActor *self,
                         guint    index)
{
  g_return_if_fail (DL_IS_ACTOR (self));
  g_return_if_fail (index < self->mentions->len);

  g_array_remove_index (self->mentions, index);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MENTIONS]);
}

guint
dl_actor_get_n_mentions (DlActor *self)
{
  g_return_val_if_fail (DL_IS_ACTOR (self), 0);
  return self->mentions->len;
}

guint
dl_actor_get_n_events (DlActor *self)
{
  g_return_val_if_fail (DL_IS_ACTOR (self), 0);
  return self->n_events;
}

void
dl_actor_set_n_events (DlActor *self,
                       guint    n_events)
{
  g_return_if_fail (DL_IS_ACTOR (self));

  if (self->n_events == n_events)
    return;
  self->n_events = n_events;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_EVENTS]);
}

const char *
dl_actor_kind_to_string (DlActorKind kind)
{
  switch (kind)
    {
    case DL_ACTOR_KIND_PERSON:
      return "person";
    case DL_ACTOR_KIND_ORGANIZATION:
      return "organization";
    case DL_ACTOR_KIND_LOCATION:
      return "location";
    case DL_ACTOR_KIND_GROUP:
      return "group";
    case DL_ACTOR_KIND_OTHER:
    default:
      return "other";
    }
}

const char *
dl_actor_kind_to_label (DlActorKind kind)
{
  switch (kind)
    {
    case DL_ACTOR_KIND_PERSON:
      return _("Person");
    case DL_ACTOR_KIND_ORGANIZATION:
      return _("Organisation");
    case DL_ACTOR_KIND_LOCATION:
      return _("Place");
    case DL_ACTOR_KIND_GROUP:
      return _("Group");
    case DL_ACTOR_KIND_OTHER:
    default:
      return _("Other");
    }
}
