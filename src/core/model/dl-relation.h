/* dl-relation.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_RELATION (dl_relation_get_type ())

G_DECLARE_FINAL_TYPE (DlRelation, dl_relation, DL, RELATION, GObject)

DlRelation  *dl_relation_new          (DlActor    *source,
                                       DlActor    *target);
DlActor     *dl_relation_get_source   (DlRelation *self);
DlActor     *dl_relation_get_target   (DlRelation *self);
guint        dl_relation_get_weight   (DlRelation *self);
GPtrArray   *dl_relation_get_events   (DlRelation *self);
void         dl_relation_add_event    (DlRelation *self,
                                       DlEvent    *event);
const char  *dl_relation_get_label    (DlRelation *self);

G_END_DECLS
