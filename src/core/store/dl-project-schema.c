/* dl-project-schema.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tables of a project (described in dl-project.c), and the steps
 * that bring a project of an older schema up to this one. A file is
 * never changed when it is opened: an older project is copied into
 * memory and the steps run on the copy.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-project-private.h"

static const char schema_sql[] =
  "CREATE TABLE articles ("
  "  pos INTEGER PRIMARY KEY,"
  "  id TEXT NOT NULL,"
  "  path TEXT,"
  "  title TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  dct TEXT,"
  "  dct_source TEXT NOT NULL);"
  "CREATE TABLE actors ("
  "  pos INTEGER PRIMARY KEY,"
  "  id TEXT,"
  "  name TEXT NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  n_events INTEGER NOT NULL);"
  "CREATE TABLE actor_aliases ("
  "  actor INTEGER NOT NULL REFERENCES actors (pos),"
  "  seq INTEGER NOT NULL,"
  "  alias TEXT NOT NULL,"
  "  PRIMARY KEY (actor, seq)) WITHOUT ROWID;"
  "CREATE TABLE actor_roles ("
  "  actor INTEGER NOT NULL REFERENCES actors (pos),"
  "  seq INTEGER NOT NULL,"
  "  role TEXT NOT NULL,"
  "  PRIMARY KEY (actor, seq)) WITHOUT ROWID;"
  "CREATE TABLE mentions ("
  "  actor INTEGER NOT NULL REFERENCES actors (pos),"
  "  seq INTEGER NOT NULL,"
  "  article INTEGER REFERENCES articles (pos),"
  "  char_start INTEGER NOT NULL,"
  "  char_end INTEGER NOT NULL,"
  "  PRIMARY KEY (actor, seq)) WITHOUT ROWID;"
  "CREATE TABLE events ("
  "  pos INTEGER PRIMARY KEY,"
  "  id TEXT,"
  "  title TEXT,"
  "  predicate TEXT,"
  "  merge_reason TEXT,"
  "  when_value TEXT,"
  "  when_start INTEGER,"
  "  when_end INTEGER,"
  "  when_certainty TEXT,"
  "  hidden INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE event_actors ("
  "  event INTEGER NOT NULL REFERENCES events (pos),"
  "  seq INTEGER NOT NULL,"
  "  actor INTEGER NOT NULL REFERENCES actors (pos),"
  "  PRIMARY KEY (event, seq)) WITHOUT ROWID;"
  "CREATE TABLE sources ("
  "  event INTEGER NOT NULL REFERENCES events (pos),"
  "  seq INTEGER NOT NULL,"
  "  article INTEGER REFERENCES articles (pos),"
  "  char_start INTEGER NOT NULL,"
  "  char_end INTEGER NOT NULL,"
  "  quote TEXT,"
  "  PRIMARY KEY (event, seq)) WITHOUT ROWID;"
  "CREATE TABLE view_state ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL) WITHOUT ROWID;"
  "CREATE TABLE edits ("
  "  seq INTEGER PRIMARY KEY,"
  "  data TEXT NOT NULL);";

/* One step from a schema version to the next, run on an in-memory copy.
 * A new schema version adds its step here and raises
 * DL_PROJECT_SCHEMA_VERSION; the reader then reads the new schema only. */
typedef struct
{
  int from_version;
  const char *sql;
} Migration;

static const Migration migrations[] = {
  /* 2: events the user hid stay hidden, also where no edit is applied
   * again (the command line, the moments before a new analysis) */
  { 1, "ALTER TABLE events ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;" },
  { 0, NULL },
};

/**
 * _dl_project_set_sqlite_error:
 * @db: (nullable): the database, for SQLite's own message
 * @rc: the SQLite result code
 * @fallback: the error code when @rc says nothing more precise
 *
 * Turns a SQLite failure into a #DlProjectError whose message is the
 * reason alone; the caller names the file.
 */
void
_dl_project_set_sqlite_error (GError         **error,
                              sqlite3         *db,
                              int              rc,
                              DlProjectError   fallback)
{
  DlProjectError code = fallback;
  const char *reason = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      code = DL_PROJECT_ERROR_NOT_A_PROJECT;
      break;
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
    case SQLITE_RANGE:
    case SQLITE_MISMATCH:
    case SQLITE_CONSTRAINT:
      code = DL_PROJECT_ERROR_DAMAGED;
      break;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_NOMEM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_INTERRUPT:
      code = DL_PROJECT_ERROR_FAILED;
      break;
    default:
      break;
    }
  g_set_error_literal (error, DL_PROJECT_ERROR, code, reason);
}

/**
 * _dl_project_exec:
 * @sql: one or more statements without results
 * @code: the error code should they fail for no precise reason
 *
 * Returns: %TRUE if every statement ran
 */
gboolean
_dl_project_exec (sqlite3         *db,
                  const char      *sql,
                  DlProjectError   code,
                  GError         **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    return TRUE;
  _dl_project_set_sqlite_error (error, db, rc, code);
  return FALSE;
}

/**
 * _dl_project_create_schema:
 *
 * Creates the tables of the current schema and marks the database as a
 * Dateline project of that version. Call inside the save's transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
_dl_project_create_schema (sqlite3  *db,
                           GError  **error)
{
  g_autofree char *marks = g_strdup_printf ("PRAGMA application_id = %d;"
                                            "PRAGMA user_version = %d;",
                                            (int) DL_PROJECT_APPLICATION_ID,
                                            DL_PROJECT_SCHEMA_VERSION);

  return _dl_project_exec (db, schema_sql, DL_PROJECT_ERROR_FAILED, error) &&
         _dl_project_exec (db, marks, DL_PROJECT_ERROR_FAILED, error);
}

static const Migration *
find_migration (int from_version)
{
  for (guint i = 0; migrations[i].sql != NULL; i++)
    if (migrations[i].from_version == from_version)
      return &migrations[i];
  return NULL;
}

/* SQLite's backup API copies the whole database, whatever its schema */
static sqlite3 *
copy_to_memory (sqlite3  *db,
                GError  **error)
{
  sqlite3 *memory = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      _dl_project_set_sqlite_error (error, memory, rc, DL_PROJECT_ERROR_FAILED);
      sqlite3_close (memory);
      return NULL;
    }
  backup = sqlite3_backup_init (memory, "main", db, "main");
  if (backup == NULL)
    {
      _dl_project_set_sqlite_error (error, memory, sqlite3_errcode (memory), DL_PROJECT_ERROR_FAILED);
      sqlite3_close (memory);
      return NULL;
    }
  sqlite3_backup_step (backup, -1);
  rc = sqlite3_backup_finish (backup);
  if (rc != SQLITE_OK)
    {
      _dl_project_set_sqlite_error (error, memory, rc, DL_PROJECT_ERROR_DAMAGED);
      sqlite3_close (memory);
      return NULL;
    }
  return memory;
}

/**
 * _dl_project_migrate:
 * @db: (inout): the open project; replaced by an in-memory copy when
 *   the project is older than this build's schema
 * @version: the project's schema version (its `user_version`)
 *
 * Brings the project's tables to the current schema, step by step,
 * without changing the file.
 *
 * Returns: %TRUE if *@db now holds the current schema
 */
gboolean
_dl_project_migrate (sqlite3  **db,
                     int        version,
                     GError   **error)
{
  sqlite3 *memory;

  if (version == DL_PROJECT_SCHEMA_VERSION)
    return TRUE;
  for (int v = version; v < DL_PROJECT_SCHEMA_VERSION; v++)
    if (find_migration (v) == NULL)
      {
        g_set_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_DAMAGED,
                     _("its format version %d is unknown"), version);
        return FALSE;
      }

  if ((memory = copy_to_memory (*db, error)) == NULL)
    return FALSE;
  for (int v = version; v < DL_PROJECT_SCHEMA_VERSION; v++)
    if (!_dl_project_exec (memory, find_migration (v)->sql, DL_PROJECT_ERROR_DAMAGED, error))
      {
        sqlite3_close (memory);
        return FALSE;
      }
  sqlite3_close (*db);
  *db = memory;
  return TRUE;
}
