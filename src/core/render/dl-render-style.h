/* dl-render-style.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "dl-actor.h"
#include "dl-types.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} DlColor;

/**
 * DlRenderStyle:
 *
 * The colours and font the renderers draw with. The window fills it from
 * the current theme (light, dark, high contrast, accent); the exporter
 * uses the light or dark defaults.
 */
struct _DlRenderStyle
{
  DlColor background;
  DlColor foreground;
  DlColor dim_foreground;
  DlColor grid;
  DlColor accent;
  DlColor accent_foreground;
  DlColor kinds[DL_ACTOR_KIND_OTHER + 1];
  char *font_family;
  double font_size;
  gboolean dark;
  gboolean high_contrast;
};

void     dl_render_style_init_light   (DlRenderStyle       *style);
void     dl_render_style_init_dark    (DlRenderStyle       *style);
void     dl_render_style_clear        (DlRenderStyle       *style);
DlColor  dl_color_with_alpha          (const DlColor       *color,
                                       double               alpha);
DlColor  dl_color_mix                 (const DlColor       *a,
                                       const DlColor       *b,
                                       double               amount);
void     dl_color_set_source          (cairo_t             *cr,
                                       const DlColor       *color);
void     dl_color_set_source_alpha    (cairo_t             *cr,
                                       const DlColor       *color,
                                       double               alpha);

G_END_DECLS
