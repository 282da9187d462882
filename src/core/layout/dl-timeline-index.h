/* dl-timeline-index.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The events of a timeline sorted by time, lane by lane, so that a
 * layout finds what a viewport shows by binary search instead of
 * walking every event. Built once per list of events and lane choice;
 * every layout of every viewport reads it.
 */
#pragma once

#include <gio/gio.h>
#include <pango/pango.h>

#include "dl-types.h"

G_BEGIN_DECLS

typedef struct _DlTimelineIndex DlTimelineIndex;

/**
 * DlTimelineLanes:
 * @DL_TIMELINE_LANES_NONE: every event in one lane
 * @DL_TIMELINE_LANES_ACTOR: one lane per actor, the most active first
 * @DL_TIMELINE_LANES_ARTICLE: one lane per article that tells events
 * @DL_TIMELINE_LANES_KIND: one lane per kind of actor
 *
 * How the timeline splits its events into horizontal lanes. An event
 * is in every lane of its actors (or articles, or kinds).
 */
typedef enum
{
  DL_TIMELINE_LANES_NONE,
  DL_TIMELINE_LANES_ACTOR,
  DL_TIMELINE_LANES_ARTICLE,
  DL_TIMELINE_LANES_KIND,
} DlTimelineLanes;

/* More lanes than this are not readable; the rest share one lane */
#define DL_TIMELINE_MAX_LANES 20

/**
 * DlTimelineEntry:
 * @start: start of the event's date, Unix seconds
 * @end: end of the event's date
 * @reach: the latest @end of this entry and every earlier one of its lane
 * @event: position of the event, see dl_timeline_index_get_event()
 * @certainty: a #DlCertainty
 * @lane: the lane
 *
 * One event in one lane, 32 bytes. Entries of a lane are sorted by
 * @start.
 */
typedef struct
{
  gint64 start;
  gint64 end;
  gint64 reach;
  guint32 event;
  guint16 lane;
  guint8 certainty;
  guint8 reserved;
} DlTimelineEntry;

DlTimelineIndex       *dl_timeline_index_new              (GListModel       *events,
                                                           DlTimelineLanes   lanes);
DlTimelineIndex       *dl_timeline_index_ref              (DlTimelineIndex  *self);
void                   dl_timeline_index_unref            (DlTimelineIndex  *self);
DlTimelineLanes        dl_timeline_index_get_lanes        (DlTimelineIndex  *self);
guint                  dl_timeline_index_get_n_lanes      (DlTimelineIndex  *self);
const char            *dl_timeline_index_get_lane_name    (DlTimelineIndex  *self,
                                                           guint             lane);
int                    dl_timeline_index_get_lane_kind    (DlTimelineIndex  *self,
                                                           guint             lane);
const DlTimelineEntry *dl_timeline_index_get_entries      (DlTimelineIndex  *self,
                                                           guint             lane,
                                                           guint            *n_entries);
guint                  dl_timeline_index_lower_bound      (DlTimelineIndex  *self,
                                                           guint             lane,
                                                           gint64            time);
guint                  dl_timeline_index_first_reaching   (DlTimelineIndex  *self,
                                                           guint             lane,
                                                           gint64            time);
DlEvent               *dl_timeline_index_get_event        (DlTimelineIndex  *self,
                                                           guint             event);
guint                  dl_timeline_entries_lower_bound    (const DlTimelineEntry *entries,
                                                           guint             low,
                                                           guint             high,
                                                           gint64            time);
guint                  dl_timeline_index_get_n_dated      (DlTimelineIndex  *self);
guint                  dl_timeline_index_get_n_undated    (DlTimelineIndex  *self);
DlEvent               *dl_timeline_index_get_undated      (DlTimelineIndex  *self,
                                                           guint             position);
gboolean               dl_timeline_index_get_range        (DlTimelineIndex  *self,
                                                           gint64           *start,
                                                           gint64           *end);
double                 dl_timeline_index_label_width      (DlTimelineIndex  *self,
                                                           guint             event,
                                                           PangoLayout      *layout);
void                   dl_timeline_index_forget_labels    (DlTimelineIndex  *self);
gsize                  dl_timeline_index_get_size         (DlTimelineIndex  *self);

const char            *dl_timeline_lanes_to_string        (DlTimelineLanes   lanes);
DlTimelineLanes        dl_timeline_lanes_from_string      (const char       *string);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlTimelineIndex, dl_timeline_index_unref)

G_END_DECLS
