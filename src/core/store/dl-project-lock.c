/* dl-project-lock.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One window at a time on a project. Saves are atomic, so two windows
 * saving the same project never damage it, but each would silently
 * throw away the other's edits. A window that opens a project holds a
 * lock on a file beside it, ".~lock.NAME#" (as office suites name
 * theirs), with flock(): the kernel lets it go when the process ends,
 * however it ends, so a crash leaves no project locked for ever.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dl-project.h"

struct _DlProjectLock
{
  char *path;   /* of the lock file; NULL when none could be made */
  int fd;
};

static char *
lock_path_for (const char *project)
{
  g_autofree char *absolute = g_canonicalize_filename (project, NULL);
  g_autofree char *folder = g_path_get_dirname (absolute);
  g_autofree char *base = g_path_get_basename (absolute);
  g_autofree char *name = g_strdup_printf (".~lock.%s#", base);

  return g_build_filename (folder, name, NULL);
}

/* Whether @fd is still the file at @path: another window may have
 * removed it, releasing its lock, between our open() and our flock() */
static gboolean
is_still_at (int         fd,
             const char *path)
{
  struct stat held, named;

  return fstat (fd, &held) == 0 && g_stat (path, &named) == 0 &&
         held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

static void
set_locked_error (GError     **error,
                  const char  *project)
{
  g_autofree char *name = g_filename_display_basename (project);

  g_set_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_LOCKED,
               _("“%s” is already open in another Dateline window"), name);
}

/* Opens and locks the lock file: -1 with errno EWOULDBLOCK when someone
 * else holds it, or another errno when it cannot be made */
static int
take (const char *path)
{
  for (guint attempt = 0; attempt < 8; attempt++)
    {
      int fd = open (path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);

      if (fd < 0)
        return -1;
      if (flock (fd, LOCK_EX | LOCK_NB) != 0)
        {
          int saved = errno;

          close (fd);
          errno = saved;
          return -1;
        }
      if (is_still_at (fd, path))
        return fd;
      close (fd);
    }
  errno = EAGAIN;
  return -1;
}

/**
 * dl_project_lock:
 * @path: a project file, which need not exist yet
 * @error: return location for a #GError
 *
 * Takes the project for this window. Where no lock file can be made (a
 * folder one may not write to), the project is not locked, and the
 * lock returned holds nothing: such a project cannot be saved there
 * either.
 *
 * Returns: (transfer full) (nullable): the lock, or %NULL with @error
 *   set to %DL_PROJECT_ERROR_LOCKED when another window holds it
 */
DlProjectLock *
dl_project_lock (const char  *path,
                 GError     **error)
{
  g_autofree char *lock_path = NULL;
  DlProjectLock *lock;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  lock_path = lock_path_for (path);
  fd = take (lock_path);
  if (fd < 0 && (errno == EWOULDBLOCK || errno == EAGAIN))
    {
      set_locked_error (error, path);
      return NULL;
    }
  lock = g_new0 (DlProjectLock, 1);
  lock->fd = fd;
  if (fd >= 0)
    lock->path = g_steal_pointer (&lock_path);
  return lock;
}

/**
 * dl_project_lock_release:
 * @lock: (transfer full) (nullable): a lock
 *
 * Lets the project go, and removes the lock file.
 */
void
dl_project_lock_release (DlProjectLock *lock)
{
  if (lock == NULL)
    return;
  /* Removed while still held, so that nobody locks a file on its way out */
  if (lock->path != NULL)
    g_unlink (lock->path);
  if (lock->fd >= 0)
    close (lock->fd);
  g_free (lock->path);
  g_free (lock);
}

/**
 * dl_project_lock_is_held:
 * @lock: a lock
 *
 * Returns: whether @lock keeps other windows off the project (%FALSE
 *   when no lock file could be made)
 */
gboolean
dl_project_lock_is_held (DlProjectLock *lock)
{
  g_return_val_if_fail (lock != NULL, FALSE);

  return lock->fd >= 0;
}
