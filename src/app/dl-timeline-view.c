/* dl-timeline-view.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-event.h"
#include "dl-timeline-view.h"
#include "dl-viewport.h"

/* STUB: replaced by the real widget */
struct _DlTimelineView
{
  GtkWidget parent_instance;

  GListModel *events;
  DlViewport *viewport;
  DlEvent *selected;
};

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DlTimelineView, dl_timeline_view, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static void
dl_timeline_view_dispose (GObject *object)
{
  DlTimelineView *self = (DlTimelineView *) object;

  g_clear_object (&self->events);
  g_clear_object (&self->viewport);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (dl_timeline_view_parent_class)->dispose (object);
}

static void
dl_timeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DlTimelineView *self = DL_TIMELINE_VIEW (object);

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
dl_timeline_view_class_init (DlTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dl_timeline_view_dispose;
  object_class->get_property = dl_timeline_view_get_property;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, DL_TYPE_EVENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dl_timeline_view_init (DlTimelineView *self)
{
  self->viewport = dl_viewport_new ();
}

GtkWidget *
dl_timeline_view_new (void)
{
  return g_object_new (DL_TYPE_TIMELINE_VIEW, NULL);
}

GListModel *
dl_timeline_view_get_events (DlTimelineView *self)
{
  return self->events;
}

void
dl_timeline_view_set_events (DlTimelineView *self,
                             GListModel     *events)
{
  g_set_object (&self->events, events);
}

DlViewport *
dl_timeline_view_get_viewport (DlTimelineView *self)
{
  return self->viewport;
}

void
dl_timeline_view_set_viewport (DlTimelineView *self,
                               DlViewport     *viewport)
{
  g_set_object (&self->viewport, viewport);
}

DlEvent *
dl_timeline_view_get_selected (DlTimelineView *self)
{
  return self->selected;
}

void
dl_timeline_view_set_selected (DlTimelineView *self,
                               DlEvent        *event)
{
  if (g_set_object (&self->selected, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

void
dl_timeline_view_zoom_to_fit (DlTimelineView *self)
{
}
