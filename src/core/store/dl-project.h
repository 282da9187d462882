/* dl-project.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project file: a corpus (its articles and what analysis found in
 * them), the state of the window that showed it, and the user's edits,
 * in one SQLite database, ".dateline".
 *
 * A project is always written whole to a new file beside the old one,
 * which then takes the old one's name: a save that is interrupted, or
 * a process that is killed while saving, leaves the last good project
 * as it was. A project is only ever opened read-only: a damaged or
 * foreign file is reported, never changed.
 */
#pragma once

#include <gio/gio.h>

#include "dl-corpus.h"

G_BEGIN_DECLS

#define DL_PROJECT_ERROR (dl_project_error_quark ())

typedef enum
{
  DL_PROJECT_ERROR_NOT_A_PROJECT,   /* not SQLite, or another program's */
  DL_PROJECT_ERROR_DAMAGED,         /* truncated or corrupted */
  DL_PROJECT_ERROR_TOO_NEW,         /* written by a later Dateline */
  DL_PROJECT_ERROR_FAILED,          /* could not be read or written */
  DL_PROJECT_ERROR_LOCKED,          /* open in another window */
} DlProjectError;

/* A window's hold on a project (dl-project-lock.c) */
typedef struct _DlProjectLock DlProjectLock;

/* The file name extension of projects, with its dot */
#define DL_PROJECT_EXTENSION ".dateline"

GQuark      dl_project_error_quark (void);

gboolean    dl_project_file_is_project (const char *path);
char       *dl_project_dup_display_name (GFile     *file);

gboolean    dl_project_save        (DlCorpus             *corpus,
                                    GHashTable           *view_state,
                                    GPtrArray            *edits,
                                    const char           *path,
                                    GError              **error);
void        dl_project_save_async  (DlCorpus             *corpus,
                                    GHashTable           *view_state,
                                    GPtrArray            *edits,
                                    const char           *path,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
gboolean    dl_project_save_finish (GAsyncResult         *result,
                                    GError              **error);

DlCorpus   *dl_project_load        (const char           *path,
                                    GHashTable          **view_state,
                                    GPtrArray           **edits,
                                    GError              **error);
void        dl_project_load_async  (const char           *path,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
DlCorpus   *dl_project_load_finish (GAsyncResult         *result,
                                    GHashTable          **view_state,
                                    GPtrArray           **edits,
                                    GError              **error);

DlProjectLock *dl_project_lock         (const char     *path,
                                       GError        **error);
void           dl_project_lock_release (DlProjectLock  *lock);
gboolean       dl_project_lock_is_held (DlProjectLock  *lock);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlProjectLock, dl_project_lock_release)

G_END_DECLS
