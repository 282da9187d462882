/* dl-timeline-layout-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline layout is split by concern: dl-timeline-layout.c (metrics,
 * lanes, tray, queries) and dl-timeline-layout-pack.c (what a viewport
 * shows of each lane, clusters and label packing).
 */
#pragma once

#include "dl-timeline-layout.h"

G_BEGIN_DECLS

/* Half the diagonal of an instant's diamond */
#define DL_TIMELINE_MARK_HALF 6.0
/* The narrowest a cluster is; it is at most twice as wide */
#define DL_TIMELINE_CLUSTER_WIDTH 28.0

struct _DlTimelineLayout
{
  DlTimelineIndex *index;
  double width;
  double height;
  double time_width;
  double start;
  double end;
  double px_per_second;
  /* Seconds a cluster gathers: a power of two, so that zooming in
   * splits each cluster in two */
  gint64 stretch;
  double line_height;
  double row_height;
  double lane_row_height;
  double area_top;
  guint n_rows;
  double today_x;
  DlTimelineHeader header;
  DlTimelineTray tray;
  PangoFontDescription *fonts[DL_TIMELINE_FONT_MAJOR_TICK + 1];
  DlTimeScale *scale;
  PangoLayout *measure;
  GArray *items;
  GArray *clusters;
  GArray *lanes;
  GArray *undated;
};

void _dl_timeline_layout_pack_lanes (DlTimelineLayout *self);

/* The right edge of what @item draws: its mark, and its label when shown */
static inline double
_dl_timeline_item_right (const DlTimelineItem *item)
{
  double right = item->mark.x + item->mark.width;

  if (item->label_visible)
    right = MAX (right, item->label.x + item->label.width);
  return right;
}

G_END_DECLS
