/* dl-project-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the project store share: the snapshot a save
 * writes, the contents a load returns, and the functions of each layer
 * (whole files, schema, tables).
 */
#pragma once

#include <sqlite3.h>

#include "dl-project.h"

G_BEGIN_DECLS

/* "DLN1": the SQLite application id of every Dateline project */
#define DL_PROJECT_APPLICATION_ID 0x444C4E31

/* The schema this build writes, and the newest one it can read */
#define DL_PROJECT_SCHEMA_VERSION 2

/* The SQLite file header: its magic, and where the application id is */
#define DL_PROJECT_HEADER_SIZE    100
#define DL_PROJECT_MAGIC          "SQLite format 3"
#define DL_PROJECT_MAGIC_SIZE     16
#define DL_PROJECT_APP_ID_OFFSET  68

/* Everything a save writes, taken on the calling thread so that the
 * writing may happen on another one */
typedef struct
{
  GPtrArray  *articles;    /* (element-type DlArticle), the corpus's order */
  GPtrArray  *actors;      /* (element-type DlActor) */
  GPtrArray  *events;      /* (element-type DlEvent) */
  GHashTable *view_state;  /* string → string, never NULL */
  GPtrArray  *edits;       /* strings, never NULL */
} DlProjectSnapshot;

/* Everything a load returns */
typedef struct
{
  DlCorpus   *corpus;
  GHashTable *view_state;
  GPtrArray  *edits;
} DlProjectContents;

DlProjectSnapshot *_dl_project_snapshot_new        (DlCorpus           *corpus,
                                                    GHashTable         *view_state,
                                                    GPtrArray          *edits);
void               _dl_project_snapshot_free       (DlProjectSnapshot  *snapshot);
void               _dl_project_contents_free       (DlProjectContents  *contents);

/* dl-project-file.c: whole files, atomically written, read-only read */
gboolean           _dl_project_header_is_ours      (const guint8       *header,
                                                    gsize               length);
gssize             _dl_project_read_header         (int                 fd,
                                                    guint8             *header);
gboolean           _dl_project_write_file          (DlProjectSnapshot  *snapshot,
                                                    const char         *path,
                                                    GCancellable       *cancellable,
                                                    GError            **error);
DlProjectContents *_dl_project_read_file           (const char         *path,
                                                    GCancellable       *cancellable,
                                                    GError            **error);

/* dl-project-schema.c: the tables, and the steps from older schemas */
gboolean           _dl_project_exec                (sqlite3            *db,
                                                    const char         *sql,
                                                    DlProjectError      code,
                                                    GError            **error);
void               _dl_project_set_sqlite_error    (GError            **error,
                                                    sqlite3            *db,
                                                    int                 rc,
                                                    DlProjectError      fallback);
gboolean           _dl_project_create_schema       (sqlite3            *db,
                                                    GError            **error);
gboolean           _dl_project_migrate             (sqlite3           **db,
                                                    int                 version,
                                                    GError            **error);

/* dl-project-write.c and dl-project-read.c: the tables' rows */
gboolean           _dl_project_write_tables        (sqlite3            *db,
                                                    DlProjectSnapshot  *snapshot,
                                                    GCancellable       *cancellable,
                                                    GError            **error);
DlProjectContents *_dl_project_read_tables         (sqlite3            *db,
                                                    GCancellable       *cancellable,
                                                    GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlProjectSnapshot, _dl_project_snapshot_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlProjectContents, _dl_project_contents_free)

G_END_DECLS
