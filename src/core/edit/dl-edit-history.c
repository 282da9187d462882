/* dl-edit-history.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The edits made, in order, and the edits undone, the last undone on
 * top. A new edit clears the undone ones: they were made over results
 * that no longer are. Only the edits made are saved with a project.
 */
#include "config.h"

#include "dl-edit-history.h"

struct _DlEditHistory
{
  GObject parent_instance;

  GPtrArray *done;
  GPtrArray *undone;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DlEditHistory, dl_edit_history, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Every change goes through here: the properties notify only when they
 * changed, and "changed" is emitted once, after them */
static void
changed (DlEditHistory *self,
         gboolean       could_undo,
         gboolean       could_redo)
{
  if (could_undo != dl_edit_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != dl_edit_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
dl_edit_history_finalize (GObject *object)
{
  DlEditHistory *self = (DlEditHistory *) object;

  g_ptr_array_unref (self->done);
  g_ptr_array_unref (self->undone);

  G_OBJECT_CLASS (dl_edit_history_parent_class)->finalize (object);
}

static void
dl_edit_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DlEditHistory *self = DL_EDIT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, dl_edit_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, dl_edit_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_edit_history_class_init (DlEditHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dl_edit_history_finalize;
  object_class->get_property = dl_edit_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DlEditHistory::changed:
   *
   * Emitted after any change to the edits made: the results shown must
   * be made again from the analysis with dl_edit_history_get_edits().
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dl_edit_history_init (DlEditHistory *self)
{
  self->done = g_ptr_array_new_with_free_func (g_object_unref);
  self->undone = g_ptr_array_new_with_free_func (g_object_unref);
}

DlEditHistory *
dl_edit_history_new (void)
{
  return g_object_new (DL_TYPE_EDIT_HISTORY, NULL);
}

void
dl_edit_history_push (DlEditHistory *self,
                      DlEdit        *edit)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (DL_IS_EDIT_HISTORY (self));
  g_return_if_fail (DL_IS_EDIT (edit));

  could_undo = dl_edit_history_can_undo (self);
  could_redo = dl_edit_history_can_redo (self);
  g_ptr_array_add (self->done, g_object_ref (edit));
  g_ptr_array_set_size (self->undone, 0);
  changed (self, could_undo, could_redo);
}

/* The last of @from goes on top of @to; returns it */
static DlEdit *
move_last (DlEditHistory *self,
           GPtrArray     *from,
           GPtrArray     *to)
{
  gboolean could_undo = dl_edit_history_can_undo (self);
  gboolean could_redo = dl_edit_history_can_redo (self);
  DlEdit *edit;

  if (from->len == 0)
    return NULL;
  edit = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (to, edit);
  changed (self, could_undo, could_redo);
  return edit;
}

/**
 * dl_edit_history_undo:
 *
 * Returns: (transfer none) (nullable): the edit undone, %NULL when
 *   there was none
 */
DlEdit *
dl_edit_history_undo (DlEditHistory *self)
{
  g_return_val_if_fail (DL_IS_EDIT_HISTORY (self), NULL);
  return move_last (self, self->done, self->undone);
}

/**
 * dl_edit_history_redo:
 *
 * Returns: (transfer none) (nullable): the edit made again, %NULL when
 *   there was none
 */
DlEdit *
dl_edit_history_redo (DlEditHistory *self)
{
  g_return_val_if_fail (DL_IS_EDIT_HISTORY (self), NULL);
  return move_last (self, self->undone, self->done);
}

gboolean
dl_edit_history_can_undo (DlEditHistory *self)
{
  g_return_val_if_fail (DL_IS_EDIT_HISTORY (self), FALSE);
  return self->done->len > 0;
}

gboolean
dl_edit_history_can_redo (DlEditHistory *self)
{
  g_return_val_if_fail (DL_IS_EDIT_HISTORY (self), FALSE);
  return self->undone->len > 0;
}

/**
 * dl_edit_history_peek_undo:
 *
 * Returns: (transfer none) (nullable): the edit an undo would undo
 */
DlEdit *
dl_edit_history_peek_undo (DlEditHistory *self)
{
  g_return_val_if_fail (DL_IS_EDIT_HISTORY (self), NULL);
  return self->done->len > 0 ? g_ptr_array_index (self->done, self->done->len - 1) : NULL;
}

/**
 * dl_edit_history_peek_redo:
 *
 * Returns: (transfer none) (nullable): the edit a redo would make again
 */
DlEdit *
dl_edit_history_peek_redo (DlEditHistory *self)
{
  g_return_val_if_fail (DL_IS_EDIT_HISTORY (self), NULL);
  return self->undone->len > 0 ? g_ptr_array_index (self->undone, self->undone->len - 1) : NULL;
}

/**
 * dl_edit_history_get_edits:
 *
 * Returns: (transfer none) (element-type DlEdit): the edits made and
 *   not undone, in the order they were made
 */
GPtrArray *
dl_edit_history_get_edits (DlEditHistory *self)
{
  g_return_val_if_fail (DL_IS_EDIT_HISTORY (self), NULL);
  return self->done;
}

/**
 * dl_edit_history_dup_json:
 *
 * Returns: (transfer full) (element-type utf8): each edit made as JSON,
 *   in order, as the project file keeps them
 */
GPtrArray *
dl_edit_history_dup_json (DlEditHistory *self)
{
  GPtrArray *json;

  g_return_val_if_fail (DL_IS_EDIT_HISTORY (self), NULL);

  json = g_ptr_array_new_full (self->done->len, g_free);
  for (guint i = 0; i < self->done->len; i++)
    g_ptr_array_add (json, dl_edit_to_json (g_ptr_array_index (self->done, i)));
  return json;
}

/**
 * dl_edit_history_set_json:
 * @json: (element-type utf8): edits as dl_edit_history_dup_json() gave
 *   them
 *
 * Replaces the edits made, and forgets the undone ones. When any edit
 * cannot be read, nothing changes.
 *
 * Returns: %TRUE if every edit was read
 */
gboolean
dl_edit_history_set_json (DlEditHistory  *self,
                          GPtrArray      *json,
                          GError        **error)
{
  g_autoptr(GPtrArray) edits = NULL;
  gboolean could_undo, could_redo;

  g_return_val_if_fail (DL_IS_EDIT_HISTORY (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  edits = g_ptr_array_new_full (json->len, g_object_unref);
  for (guint i = 0; i < json->len; i++)
    {
      DlEdit *edit = dl_edit_new_from_json (g_ptr_array_index (json, i), error);

      if (edit == NULL)
        return FALSE;
      g_ptr_array_add (edits, edit);
    }
  could_undo = dl_edit_history_can_undo (self);
  could_redo = dl_edit_history_can_redo (self);
  g_ptr_array_set_size (self->done, 0);
  g_ptr_array_extend_and_steal (self->done, g_steal_pointer (&edits));
  g_ptr_array_set_size (self->undone, 0);
  changed (self, could_undo, could_redo);
  return TRUE;
}

void
dl_edit_history_clear (DlEditHistory *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (DL_IS_EDIT_HISTORY (self));

  could_undo = dl_edit_history_can_undo (self);
  could_redo = dl_edit_history_can_redo (self);
  g_ptr_array_set_size (self->done, 0);
  g_ptr_array_set_size (self->undone, 0);
  changed (self, could_undo, could_redo);
}
