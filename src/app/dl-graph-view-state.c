/* dl-graph-view-state.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a project keeps of the graph view beyond its properties: the
 * zoom and pan, and the actor an ego network is drawn round. A layout
 * is only made when the graph is drawn, and a new layout fits itself
 * to the view; a saved zoom and pan wait for the first layout with
 * actors, as the layout is the same for the same corpus.
 */
#include "config.h"

#include <math.h>

#include "dl-graph-view-private.h"

/* Called by _dl_graph_view_ensure_layout() for each new layout */
void
_dl_graph_view_apply_pending_transform (DlGraphView *self)
{
  if (!self->has_pending_transform || dl_graph_layout_get_n_nodes (self->layout) == 0)
    return;
  self->transform = self->pending_transform;
  self->fitted = FALSE;
  self->has_pending_transform = FALSE;
}

/**
 * dl_graph_view_get_transform:
 * @scale: (out): pixels per layout unit
 * @dx: (out): horizontal pan, in pixels
 * @dy: (out): vertical pan, in pixels
 *
 * Returns: %FALSE while the view follows its size (no zoom or pan of
 *   the user's), and then leaves the out arguments alone
 */
gboolean
dl_graph_view_get_transform (DlGraphView *self,
                             double      *scale,
                             double      *dx,
                             double      *dy)
{
  const DlGraphTransform *transform;

  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (scale != NULL && dx != NULL && dy != NULL, FALSE);

  if (self->has_pending_transform)
    transform = &self->pending_transform;
  else if (!self->fitted)
    transform = &self->transform;
  else
    return FALSE;
  *scale = transform->scale;
  *dx = transform->dx;
  *dy = transform->dy;
  return TRUE;
}

/**
 * dl_graph_view_set_transform:
 *
 * Zooms and pans as dl_graph_view_get_transform() said; before the
 * graph has a layout, once it has one.
 */
void
dl_graph_view_set_transform (DlGraphView *self,
                             double       scale,
                             double       dx,
                             double       dy)
{
  g_return_if_fail (DL_IS_GRAPH_VIEW (self));
  g_return_if_fail (isfinite (scale) && scale > 0 && isfinite (dx) && isfinite (dy));

  self->pending_transform.scale = scale;
  self->pending_transform.dx = dx;
  self->pending_transform.dy = dy;
  self->has_pending_transform = TRUE;
  if (self->layout != NULL)
    _dl_graph_view_apply_pending_transform (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * dl_graph_view_get_ego:
 *
 * Returns: (transfer none) (nullable): the actor the network is drawn
 *   round, or %NULL when the graph shows every actor
 */
DlActor *
dl_graph_view_get_ego (DlGraphView *self)
{
  g_return_val_if_fail (DL_IS_GRAPH_VIEW (self), NULL);
  return self->ego_steps > 0 ? self->ego : NULL;
}

/**
 * dl_graph_view_set_ego:
 * @actor: (nullable): the actor to draw the network round, or %NULL
 *   for every actor
 * @steps: 1 or 2 relations from @actor
 *
 * Unlike the ego-steps property, which takes the selected actor, this
 * draws round @actor whatever is selected.
 */
void
dl_graph_view_set_ego (DlGraphView *self,
                       DlActor     *actor,
                       guint        steps)
{
  g_return_if_fail (DL_IS_GRAPH_VIEW (self));
  g_return_if_fail (actor == NULL || DL_IS_ACTOR (actor));

  steps = actor != NULL ? CLAMP (steps, 1, 2) : 0;
  if (self->ego_steps == steps && (steps == 0 || self->ego == actor))
    return;
  g_set_object (&self->ego, actor);
  self->ego_steps = steps;
  g_clear_pointer (&self->layout, dl_graph_layout_free);
  _dl_graph_view_relayout (self);
  g_object_notify (G_OBJECT (self), "ego-steps");
}
