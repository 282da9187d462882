/* dl-tooltip.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void dl_tooltip_set_wrapped_markup (GtkTooltip *tooltip,
                                    const char *markup);

G_END_DECLS
