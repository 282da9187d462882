/* dl-theme.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dl-render-style.h"

G_BEGIN_DECLS

void dl_theme_fill_render_style (GtkWidget     *widget,
                                 DlRenderStyle *style);

G_END_DECLS
