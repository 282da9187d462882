/* dl-viewport.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_VIEWPORT (dl_viewport_get_type ())

G_DECLARE_FINAL_TYPE (DlViewport, dl_viewport, DL, VIEWPORT, GObject)

DlViewport *dl_viewport_new              (void);
double      dl_viewport_get_start        (DlViewport *self);
double      dl_viewport_get_end          (DlViewport *self);
void        dl_viewport_set_range        (DlViewport *self,
                                          double      start,
                                          double      end);
void        dl_viewport_zoom             (DlViewport *self,
                                          double      factor,
                                          double      anchor_time);
void        dl_viewport_pan              (DlViewport *self,
                                          double      seconds);
void        dl_viewport_fit              (DlViewport *self,
                                          gint64      start,
                                          gint64      end);
void        dl_viewport_fit_with_margins (DlViewport *self,
                                          gint64      start,
                                          gint64      end,
                                          double      width,
                                          double      left,
                                          double      right);
double      dl_viewport_time_to_x        (DlViewport *self,
                                          double      time,
                                          double      width);
double      dl_viewport_x_to_time        (DlViewport *self,
                                          double      x,
                                          double      width);

G_END_DECLS
