/* dl-project-file.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whole project files. A save writes a new file, ".NAME.XXXXXX" beside
 * the target, in one transaction without a journal (nothing else sees
 * the file until it is complete), flushes it to the disk, renames it
 * over the target and flushes the folder: at every moment the target
 * is either the old project or the new one.
 *
 * The temporary file is locked (flock) for as long as it is written. A
 * save first removes the temporary files of earlier saves of the same
 * target that nobody holds any more: those of a process that was
 * killed or crashed. A lock is released by the kernel when its holder
 * dies, so a file that can be locked is abandoned; the age check only
 * spares a file in the instant between its creation and its locking.
 *
 * A load reads the file read-only and as immutable (no lock, no journal,
 * no change, ever): saves replace the file and never change it in
 * place, so an open project cannot change under the reader.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dl-project-private.h"

/* A temporary file younger than this is never taken for abandoned */
#define STALE_SECONDS 30

/* Length of the random part of a temporary file's name */
#define TEMPLATE_LENGTH 6

typedef struct
{
  char *path;       /* the target, absolute, symbolic links resolved */
  char *temporary;  /* until it is renamed or removed */
  int fd;           /* the temporary file, locked */
  sqlite3 *db;
} Save;

static void
save_clear (Save *self)
{
  g_clear_pointer (&self->db, sqlite3_close);
  if (self->temporary != NULL)
    g_unlink (self->temporary);
  if (self->fd >= 0)
    close (self->fd);
  self->fd = -1;
  g_clear_pointer (&self->temporary, g_free);
  g_clear_pointer (&self->path, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Save, save_clear)

static guint32
read_be32 (const guint8 *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) |
         ((guint32) bytes[2] << 8) | (guint32) bytes[3];
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno)
{
  g_set_error_literal (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_FAILED, g_strerror (saved_errno));
  return FALSE;
}

/**
 * _dl_project_read_header:
 * @fd: an open file, at its start
 * @header: (out caller-allocates): room for %DL_PROJECT_HEADER_SIZE bytes
 *
 * Returns: how many bytes of the header the file has, or -1 on an error
 *   (errno set)
 */
gssize
_dl_project_read_header (int     fd,
                         guint8 *header)
{
  gsize done = 0;

  while (done < DL_PROJECT_HEADER_SIZE)
    {
      gssize n = read (fd, header + done, DL_PROJECT_HEADER_SIZE - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return -1;
      if (n == 0)
        break;
      done += n;
    }
  return done;
}

static gboolean
has_magic (const guint8 *header,
           gsize         length)
{
  return length >= DL_PROJECT_MAGIC_SIZE &&
         memcmp (header, DL_PROJECT_MAGIC, DL_PROJECT_MAGIC_SIZE) == 0;
}

/**
 * _dl_project_header_is_ours:
 *
 * Returns: %TRUE if @header is a whole SQLite header with Dateline's
 *   application id
 */
gboolean
_dl_project_header_is_ours (const guint8 *header,
                            gsize         length)
{
  return length == DL_PROJECT_HEADER_SIZE && has_magic (header, length) &&
         read_be32 (header + DL_PROJECT_APP_ID_OFFSET) == DL_PROJECT_APPLICATION_ID;
}

/* ---------------------------------------------------------------- save */

static void
remove_if_abandoned (const char *path)
{
  struct stat st;
  int fd = open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);

  if (fd < 0)
    return;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) &&
      st.st_mtime + STALE_SECONDS < g_get_real_time () / G_USEC_PER_SEC &&
      flock (fd, LOCK_EX | LOCK_NB) == 0)
    g_unlink (path);
  close (fd);
}

static void
remove_abandoned_temporaries (const char *folder,
                              const char *base)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  gsize prefix_length = strlen (prefix);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && strlen (name) == prefix_length + TEMPLATE_LENGTH)
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);
        remove_if_abandoned (path);
      }
}

/* A symbolic link to a project stays one: the file it points to is
 * replaced. Paths are made absolute so that SQLite never reads one as
 * a URI. */
static char *
resolve_target (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  char *real;
  char *resolved;

  if (!g_file_test (absolute, G_FILE_TEST_IS_SYMLINK) || (real = realpath (absolute, NULL)) == NULL)
    return g_steal_pointer (&absolute);
  resolved = g_strdup (real);
  free (real);
  return resolved;
}

static gboolean
save_begin (Save        *self,
            const char  *path,
            GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  struct stat st;
  gboolean exists;

  self->path = resolve_target (path);
  exists = g_stat (self->path, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    return set_errno_error (error, EISDIR);

  folder = g_path_get_dirname (self->path);
  base = g_path_get_basename (self->path);
  remove_abandoned_temporaries (folder, base);

  name = g_strdup_printf (".%s.XXXXXX", base);
  self->temporary = g_build_filename (folder, name, NULL);
  self->fd = g_mkstemp_full (self->temporary, O_RDWR | O_CLOEXEC, 0666);
  if (self->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temporary, g_free);
      return set_errno_error (error, saved_errno);
    }
  flock (self->fd, LOCK_EX | LOCK_NB);
  if (exists && S_ISREG (st.st_mode))
    fchmod (self->fd, st.st_mode & 07777);
  return TRUE;
}

/* No journal and no syncing inside SQLite: the file is new, nobody else
 * reads it, and the rename is what makes the save atomic */
static gboolean
save_write (Save               *self,
            DlProjectSnapshot  *snapshot,
            GCancellable       *cancellable,
            GError            **error)
{
  int rc = sqlite3_open_v2 (self->temporary, &self->db, SQLITE_OPEN_READWRITE, NULL);

  if (rc != SQLITE_OK)
    {
      _dl_project_set_sqlite_error (error, self->db, rc, DL_PROJECT_ERROR_FAILED);
      return FALSE;
    }
  if (!_dl_project_exec (self->db,
                         "PRAGMA journal_mode = OFF;"
                         "PRAGMA synchronous = OFF;"
                         "PRAGMA locking_mode = EXCLUSIVE;"
                         "BEGIN;", DL_PROJECT_ERROR_FAILED, error) ||
      !_dl_project_create_schema (self->db, error) ||
      !_dl_project_write_tables (self->db, snapshot, cancellable, error) ||
      !_dl_project_exec (self->db, "COMMIT;", DL_PROJECT_ERROR_FAILED, error))
    return FALSE;

  rc = sqlite3_close (self->db);
  self->db = NULL;
  if (rc != SQLITE_OK)
    {
      _dl_project_set_sqlite_error (error, NULL, rc, DL_PROJECT_ERROR_FAILED);
      return FALSE;
    }
  return TRUE;
}

/* The new file reaches the disk before it takes the target's name, and
 * the name reaches it after */
static gboolean
save_commit (Save          *self,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *folder = g_path_get_dirname (self->path);
  int dir_fd;

  if (fsync (self->fd) != 0)
    return set_errno_error (error, errno);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (g_rename (self->temporary, self->path) != 0)
    return set_errno_error (error, errno);
  g_clear_pointer (&self->temporary, g_free);

  /* The project is saved; a folder that cannot be synced (some file
   * systems refuse) only loses the guarantee against a power cut */
  dir_fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      if (fsync (dir_fd) != 0)
        g_debug ("Could not flush the folder of a project: %s", g_strerror (errno));
      close (dir_fd);
    }
  return TRUE;
}

/**
 * _dl_project_write_file:
 * @snapshot: what to save
 * @path: the project file
 *
 * Writes @snapshot to @path atomically. On failure, @path is as it was
 * and no temporary file is left.
 *
 * Returns: %TRUE on success; the error's message is the reason alone
 */
gboolean
_dl_project_write_file (DlProjectSnapshot  *snapshot,
                        const char         *path,
                        GCancellable       *cancellable,
                        GError            **error)
{
  g_auto(Save) save = { .fd = -1 };

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return save_begin (&save, path, error) &&
         save_write (&save, snapshot, cancellable, error) &&
         save_commit (&save, cancellable, error);
}

/* ---------------------------------------------------------------- load */

static gboolean
set_reason (GError         **error,
            DlProjectError   code,
            const char      *reason)
{
  g_set_error_literal (error, DL_PROJECT_ERROR, code, reason != NULL ? reason : "");
  return FALSE;
}

/* A file shorter than its header says was cut off: SQLite would only
 * find out page by page */
static gboolean
check_length (const guint8  *header,
              goffset        size,
              GError       **error)
{
  guint32 page_size = ((guint32) header[16] << 8) | header[17];
  guint32 n_pages = read_be32 (header + 28);
  gboolean n_pages_valid = read_be32 (header + 24) == read_be32 (header + 92);

  if (page_size == 1)
    page_size = 65536;
  if (page_size < 512 || (page_size & (page_size - 1)) != 0)
    return set_reason (error, DL_PROJECT_ERROR_DAMAGED, _("its header is corrupted"));
  if (n_pages_valid && n_pages > 0 && size < (goffset) n_pages * page_size)
    return set_reason (error, DL_PROJECT_ERROR_DAMAGED,
                       _("it is shorter than it should be, as if it had been cut off"));
  return TRUE;
}

static gboolean
check_header (int      fd,
              goffset  size,
              GError **error)
{
  guint8 header[DL_PROJECT_HEADER_SIZE];
  gssize length;

  if (size == 0)
    return set_reason (error, DL_PROJECT_ERROR_NOT_A_PROJECT, _("it is empty"));
  if ((length = _dl_project_read_header (fd, header)) < 0)
    return set_errno_error (error, errno);
  if (!has_magic (header, length))
    return set_reason (error, DL_PROJECT_ERROR_NOT_A_PROJECT, NULL);
  if (length < DL_PROJECT_HEADER_SIZE)
    return set_reason (error, DL_PROJECT_ERROR_DAMAGED,
                       _("it is shorter than it should be, as if it had been cut off"));
  if (!_dl_project_header_is_ours (header, length))
    return set_reason (error, DL_PROJECT_ERROR_NOT_A_PROJECT, _("it is another program’s database"));
  return check_length (header, size, error);
}

/* Before SQLite sees the file: what it is, whether it can be read, and
 * whether its header is a Dateline project's. O_NONBLOCK: a named pipe
 * must not hang the caller. */
static gboolean
check_file (const char  *path,
            GError     **error)
{
  struct stat st;
  gboolean ok;
  int fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);

  if (fd < 0)
    return set_errno_error (error, errno);
  if (fstat (fd, &st) != 0)
    ok = set_errno_error (error, errno);
  else if (S_ISDIR (st.st_mode))
    ok = set_reason (error, DL_PROJECT_ERROR_FAILED, _("it is a folder"));
  else if (!S_ISREG (st.st_mode))
    ok = set_reason (error, DL_PROJECT_ERROR_NOT_A_PROJECT, _("it is not a regular file"));
  else
    ok = check_header (fd, st.st_size, error);
  close (fd);
  return ok;
}

static sqlite3 *
open_read_only (const char  *path,
                GError     **error)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", TRUE);
  g_autofree char *uri = g_strconcat ("file://", escaped, "?immutable=1", NULL);
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);

  if (rc == SQLITE_OK)
    return db;
  _dl_project_set_sqlite_error (error, db, rc, DL_PROJECT_ERROR_FAILED);
  sqlite3_close (db);
  return NULL;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *value,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *value = sqlite3_column_int (stmt, 0);
      return TRUE;
    }
  _dl_project_set_sqlite_error (error, db, rc, DL_PROJECT_ERROR_DAMAGED);
  return FALSE;
}

/* quick_check reads every page: the damage a header does not show */
static gboolean
quick_check (sqlite3  *db,
             GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *result;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);

  if (rc != SQLITE_OK || (rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      _dl_project_set_sqlite_error (error, db, rc, DL_PROJECT_ERROR_DAMAGED);
      return FALSE;
    }
  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") == 0)
    return TRUE;
  /* SQLite's own words are for developers ("Page 3: btreeInitPage()") */
  g_debug ("quick_check: %s", result);
  return set_reason (error, DL_PROJECT_ERROR_DAMAGED, _("some of its pages are unreadable"));
}

static gboolean
check_database (sqlite3  *db,
                int      *version,
                GError  **error)
{
  int application_id;

  if (!query_int (db, "PRAGMA application_id", &application_id, error))
    return FALSE;
  if ((guint32) application_id != DL_PROJECT_APPLICATION_ID)
    return set_reason (error, DL_PROJECT_ERROR_NOT_A_PROJECT, _("it is another program’s database"));
  if (!query_int (db, "PRAGMA user_version", version, error))
    return FALSE;
  if (*version > DL_PROJECT_SCHEMA_VERSION)
    return set_reason (error, DL_PROJECT_ERROR_TOO_NEW, NULL);
  return quick_check (db, error);
}

/**
 * _dl_project_read_file:
 * @path: a project file
 *
 * Returns: (transfer full) (nullable): the project's contents; on
 *   failure the error's message is the reason alone
 */
DlProjectContents *
_dl_project_read_file (const char    *path,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autoptr(sqlite3) db = NULL;
  int version = 0;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !check_file (absolute, error) ||
      (db = open_read_only (absolute, error)) == NULL ||
      !check_database (db, &version, error) ||
      !_dl_project_migrate (&db, version, error))
    return NULL;
  return _dl_project_read_tables (db, cancellable, error);
}
