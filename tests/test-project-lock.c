/* test-project-lock.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One window at a time on a project: in this process, in another, and
 * after the other one died.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dl-project.h"

typedef struct
{
  char *folder;
  char *project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->folder = g_dir_make_tmp ("dateline-lock-XXXXXX", &error);
  g_assert_no_error (error);
  f->project = g_build_filename (f->folder, "news.dateline", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->folder);
  g_free (f->project);
  g_free (f->folder);
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_twice_in_one_process (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DlProjectLock *first = dl_project_lock (f->project, &error);
  DlProjectLock *second;

  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (dl_project_lock_is_held (first));

  second = dl_project_lock (f->project, &error);
  g_assert_null (second);
  g_assert_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "news.dateline"));
  g_clear_error (&error);

  /* Let go: the lock file goes, and the project can be taken again */
  dl_project_lock_release (first);
  g_assert_cmpuint (count_files (f->folder), ==, 0);
  second = dl_project_lock (f->project, &error);
  g_assert_no_error (error);
  g_assert_true (dl_project_lock_is_held (second));
  dl_project_lock_release (second);
}

/* A child takes the lock and waits; returns its pid once it holds it */
static GPid
lock_in_child (const char *project)
{
  int ready[2];
  char byte;
  pid_t pid;

  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      DlProjectLock *lock = dl_project_lock (project, NULL);

      close (ready[0]);
      if (write (ready[1], lock != NULL ? "y" : "n", 1) != 1)
        _exit (2);
      pause ();
      _exit (0);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);
  g_assert_cmpint (byte, ==, 'y');
  return pid;
}

static void
test_other_process (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GPid child = lock_in_child (f->project);
  DlProjectLock *lock = dl_project_lock (f->project, &error);
  int status;

  g_assert_null (lock);
  g_assert_error (error, DL_PROJECT_ERROR, DL_PROJECT_ERROR_LOCKED);
  g_clear_error (&error);

  /* Killed outright, it could not tidy up: its lock file stays, but the
   * kernel let go of the lock */
  kill (child, SIGKILL);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_cmpuint (count_files (f->folder), ==, 1);
  lock = dl_project_lock (f->project, &error);
  g_assert_no_error (error);
  g_assert_true (dl_project_lock_is_held (lock));
  dl_project_lock_release (lock);
}

/* Locks belong to one project each */
static void
test_projects_apart (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_build_filename (f->folder, "other.dateline", NULL);
  g_autoptr(DlProjectLock) first = dl_project_lock (f->project, &error);
  g_autoptr(DlProjectLock) second = dl_project_lock (other, &error);

  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/project-lock/twice-in-one-process", Fixture, NULL,
              fixture_set_up, test_twice_in_one_process, fixture_tear_down);
  g_test_add ("/project-lock/other-process", Fixture, NULL,
              fixture_set_up, test_other_process, fixture_tear_down);
  g_test_add ("/project-lock/projects-apart", Fixture, NULL,
              fixture_set_up, test_projects_apart, fixture_tear_down);

  return g_test_run ();
}
