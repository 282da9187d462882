/* dl-window-autosave.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Never lose work: a few seconds after the last change, a project that
 * has a file is saved to it, and untitled work is kept in a recovery
 * file of the window's own. A recovery file goes when the project is
 * saved properly or its changes are discarded; one left behind by a
 * process that ended is opened again at the next start.
 *
 * Recovery files are named after the process that writes them, so that
 * a second Dateline running at the same time leaves them alone.
 *
 * Both follow the preferences: autosave can be turned off (then nothing
 * is saved unasked, though files left behind are still recovered), and
 * the recovery folder can be one the user chose.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <unistd.h>

#include "dl-corpus.h"
#include "dl-preferences-window.h"
#include "dl-project.h"
#include "dl-window-private.h"

/* After the last change */
#define AUTOSAVE_DELAY_MSEC 5000

static gboolean
autosave_cb (gpointer user_data)
{
  DlWindow *self = user_data;
  g_autoptr(GFile) recovery = NULL;

  self->autosave_source = 0;
  if (!self->modified)
    return G_SOURCE_REMOVE;
  if (self->file != NULL)
    {
      _dl_window_start_save (self, self->file, FALSE);
      return G_SOURCE_REMOVE;
    }
  if (g_list_model_get_n_items (dl_corpus_get_articles (self->corpus)) == 0 && !_dl_window_has_edits (self))
    return G_SOURCE_REMOVE;
  if (self->recovery_path == NULL)
    {
      static guint counter;
      g_autofree char *dir = _dl_window_dup_recovery_dir ();
      g_autofree char *name = g_strdup_printf ("%d-%u%s", (int) getpid (), ++counter, DL_PROJECT_EXTENSION);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          g_warning ("Cannot create %s: %s", dir, g_strerror (errno));
          return G_SOURCE_REMOVE;
        }
      self->recovery_path = g_build_filename (dir, name, NULL);
    }
  recovery = g_file_new_for_path (self->recovery_path);
  _dl_window_start_save (self, recovery, TRUE);
  return G_SOURCE_REMOVE;
}

static gboolean
autosave_enabled (DlWindow *self)
{
  return self->settings == NULL || g_settings_get_boolean (self->settings, "autosave");
}

/* Called on every change: the save waits for a pause */
void
_dl_window_schedule_autosave (DlWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (autosave_enabled (self))
    self->autosave_source = g_timeout_add (self->autosave_delay, autosave_cb, self);
}

void
_dl_window_stop_autosave (DlWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
}

/**
 * _dl_window_dup_recovery_dir:
 *
 * Returns: the folder of recovery files: the one chosen in the
 *   preferences, else one in the user's data folder
 */
char *
_dl_window_dup_recovery_dir (void)
{
  g_autoptr(GSettings) settings = dl_preferences_dup_settings ();

  return dl_preferences_dup_autosave_folder (settings);
}

void
_dl_window_remove_recovery (DlWindow *self)
{
  if (self->recovery_path == NULL)
    return;
  if (g_unlink (self->recovery_path) != 0 && errno != ENOENT)
    g_warning ("Cannot remove %s: %s", self->recovery_path, g_strerror (errno));
  g_clear_pointer (&self->recovery_path, g_free);
}

/* The window keeps a recovered file as its own, under its own name so
 * that another Dateline starting now does not recover it too */
void
_dl_window_adopt_recovery (DlWindow *self,
                           GFile    *file)
{
  static guint counter;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = _dl_window_dup_recovery_dir ();
  g_autofree char *name = g_strdup_printf ("%d-r%u%s", (int) getpid (), ++counter, DL_PROJECT_EXTENSION);
  g_autofree char *own = g_build_filename (dir, name, NULL);

  _dl_window_remove_recovery (self);
  if (g_rename (path, own) == 0)
    self->recovery_path = g_steal_pointer (&own);
  else
    self->recovery_path = g_steal_pointer (&path);
}

/* Whether the process that named a recovery file still runs */
static gboolean
writer_is_running (const char *name)
{
  char *end = NULL;
  gint64 pid = g_ascii_strtoll (name, &end, 10);

  if (end == name || *end != '-' || pid <= 0 || pid > G_MAXINT)
    return FALSE;
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

/**
 * dl_window_recover:
 *
 * Opens the untitled work that a Dateline that ended left unsaved:
 * each recovery file in this window if it is empty, else in a new one.
 * Recovered work stays untitled and modified.
 *
 * Returns: whether there was any
 */
gboolean
dl_window_recover (DlWindow *self)
{
  g_autofree char *dir_path = _dl_window_dup_recovery_dir ();
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean found = FALSE;

  g_return_val_if_fail (DL_IS_WINDOW (self), FALSE);

  dir = g_dir_open (dir_path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;

      if (!g_str_has_suffix (name, DL_PROJECT_EXTENSION) || writer_is_running (name))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      file = g_file_new_for_path (path);
      _dl_window_load_project (self, file, TRUE);
      found = TRUE;
    }
  return found;
}

/**
 * _dl_window_set_aside_recovery:
 *
 * A recovery file that cannot be opened is kept, for whoever wants to
 * look into it, under a name no later start tries again: it is reported
 * once, not at every start.
 */
void
_dl_window_set_aside_recovery (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *aside = NULL;

  if (path == NULL)
    return;
  aside = g_strconcat (path, ".damaged", NULL);
  if (g_rename (path, aside) != 0 && errno != ENOENT)
    g_warning ("Cannot set aside %s: %s", path, g_strerror (errno));
}

/**
 * dl_window_set_autosave_delay:
 * @msec: how long after the last change the project is saved
 */
void
dl_window_set_autosave_delay (DlWindow *self,
                              guint     msec)
{
  g_return_if_fail (DL_IS_WINDOW (self));

  self->autosave_delay = msec;
  if (self->autosave_source != 0)
    _dl_window_schedule_autosave (self);
}

/**
 * dl_window_get_recovery_path:
 *
 * Returns: (nullable): where the window keeps its untitled work, once
 *   it has kept it
 */
const char *
dl_window_get_recovery_path (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return self->recovery_path;
}

/* Turned on, changes made meanwhile are saved after the usual pause;
 * turned off, a save that waits is not made */
static void
autosave_changed_cb (DlWindow *self)
{
  if (autosave_enabled (self) && self->modified)
    _dl_window_schedule_autosave (self);
  else if (!autosave_enabled (self))
    _dl_window_stop_autosave (self);
}

/* The delay of new windows; autosave is on from the start, unless the
 * preferences turned it off */
void
_dl_window_autosave_init (DlWindow *self)
{
  self->autosave_delay = AUTOSAVE_DELAY_MSEC;
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::autosave", G_CALLBACK (autosave_changed_cb), self,
                             G_CONNECT_SWAPPED);
}
