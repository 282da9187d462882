/* dl-types.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Forward declarations of every Dateline type, so headers need not
 * include each other.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DlActor          DlActor;
typedef struct _DlArticle        DlArticle;
typedef struct _DlCorpus         DlCorpus;
typedef struct _DlDateSpan       DlDateSpan;
typedef struct _DlEvent          DlEvent;
typedef struct _DlRelation       DlRelation;
typedef struct _DlTextOffsets    DlTextOffsets;
typedef struct _DlViewport       DlViewport;
typedef struct _DlTimelineLayout DlTimelineLayout;
typedef struct _DlGraphLayout    DlGraphLayout;
typedef struct _DlRenderStyle    DlRenderStyle;

G_END_DECLS
