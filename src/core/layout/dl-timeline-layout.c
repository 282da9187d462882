/* dl-timeline-layout.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-timeline-layout.h"

/* STUB: replaced by the real layout */
struct _DlTimelineLayout
{
  double width;
  double height;
};

DlTimelineLayout *
dl_timeline_layout_new (GListModel   *events,
                        DlViewport   *viewport,
                        double        width,
                        double        height,
                        PangoContext *context)
{
  DlTimelineLayout *self = g_new0 (DlTimelineLayout, 1);

  self->width = width;
  self->height = height;
  return self;
}

void
dl_timeline_layout_free (DlTimelineLayout *self)
{
  g_free (self);
}

DlEvent *
dl_timeline_layout_hit_test (DlTimelineLayout  *self,
                             double             x,
                             double             y,
                             cairo_rectangle_t *area)
{
  return NULL;
}
