/* dl-startup-report.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dl-window.h"

G_BEGIN_DECLS

void dl_startup_report_watch (DlWindow *window);

G_END_DECLS
