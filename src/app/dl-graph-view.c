/* dl-graph-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-actor.h"
#include "dl-graph-view.h"

/* STUB: replaced by the real widget */
struct _DlGraphView
{
  GtkWidget parent_instance;

  GListModel *actors;
  GListModel *relations;
  DlActor *selected;
};

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DlGraphView, dl_graph_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
dl_graph_view_dispose (GObject *object)
{
  DlGraphView *self = (DlGraphView *) object;

  g_clear_object (&self->actors);
  g_clear_object (&self->relations);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (dl_graph_view_parent_class)->dispose (object);
}

static void
dl_graph_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DlGraphView *self = DL_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_graph_view_class_init (DlGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dl_graph_view_dispose;
  object_class->get_property = dl_graph_view_get_property;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, DL_TYPE_ACTOR,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dl_graph_view_init (DlGraphView *self)
{
}

GtkWidget *
dl_graph_view_new (void)
{
  return g_object_new (DL_TYPE_GRAPH_VIEW, NULL);
}

DlActor *
dl_graph_view_get_selected (DlGraphView *self)
{
  return self->selected;
}

void
dl_graph_view_set_selected (DlGraphView *self,
                               DlActor        *event)
{
  if (g_set_object (&self->selected, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

void
dl_graph_view_set_models (DlGraphView *self,
                          GListModel  *actors,
                          GListModel  *relations)
{
  g_set_object (&self->actors, actors);
  g_set_object (&self->relations, relations);
}
