/* dl-project.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving and opening projects, at once or on a worker thread.
 *
 * A project is a SQLite 3 database with the application id 0x444C4E31
 * ("DLN1") and the schema version in `user_version` (2). Its tables:
 *
 *   articles       (pos, id, path, title, text, dct, dct_source)
 *                  pos is the article's place in the corpus, from 0;
 *                  dct an ISO 8601 date-time in UTC or NULL; dct_source
 *                  and the other enumerations are stored by name
 *                  ("meta", "person", "stated") as FORMAT.md spells them
 *   actors         (pos, id, name, kind, n_events)
 *   actor_aliases  (actor, seq, alias)      every name, in order
 *   actor_roles    (actor, seq, role)
 *   mentions       (actor, seq, article, char_start, char_end)
 *   events         (pos, id, title, predicate, merge_reason,
 *                   when_value, when_start, when_end, when_certainty,
 *                   hidden)
 *                  when_start and when_end are Unix times in seconds
 *                  (end exclusive), all four NULL for an undated event;
 *                  hidden 1 for an event the user set aside (version 2)
 *   event_actors   (event, seq, actor)      the participants, in order
 *   sources        (event, seq, article, char_start, char_end, quote)
 *   view_state     (key, value)             the window's state
 *   edits          (seq, data)              the user's edits, each a
 *                                           JSON object, from seq 1
 *
 * Articles, actors and events are referred to by pos; offsets are code
 * points, end exclusive, as everywhere in Dateline. Relations are not
 * stored: dl_corpus_set_analysis() builds them again from the events.
 * A later schema raises user_version and adds one migration step in
 * dl-project-schema.c.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-event.h"
#include "dl-project-private.h"

/**
 * dl_project_error_quark:
 *
 * Returns: the #GError domain of #DlProjectError
 */
G_DEFINE_QUARK (dl-project-error-quark, dl_project_error)

typedef struct
{
  DlProjectSnapshot *snapshot;
  char *path;
} SaveData;

static void
save_data_free (SaveData *data)
{
  _dl_project_snapshot_free (data->snapshot);
  g_free (data->path);
  g_free (data);
}

static GHashTable *
copy_view_state (GHashTable *view_state)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  if (view_state == NULL)
    return copy;
  g_hash_table_iter_init (&iter, view_state);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_strdup (value));
  return copy;
}

static GPtrArray *
copy_edits (GPtrArray *edits)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; edits != NULL && i < edits->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (edits, i)));
  return copy;
}

/**
 * _dl_project_snapshot_new:
 *
 * Takes references to the corpus's current objects and copies of the
 * rest. Published model objects are not changed (an edit replaces
 * them), so the snapshot may be written on another thread.
 *
 * Returns: (transfer full): the snapshot
 */
DlProjectSnapshot *
_dl_project_snapshot_new (DlCorpus   *corpus,
                          GHashTable *view_state,
                          GPtrArray  *edits)
{
  DlProjectSnapshot *snapshot = g_new0 (DlProjectSnapshot, 1);

  snapshot->articles = dl_corpus_dup_articles (corpus);
  snapshot->actors = dl_corpus_dup_actors (corpus);
  snapshot->events = dl_corpus_dup_events (corpus);
  snapshot->view_state = copy_view_state (view_state);
  snapshot->edits = copy_edits (edits);
  return snapshot;
}

/**
 * _dl_project_snapshot_free:
 * @snapshot: (nullable): a snapshot
 *
 * Drops the snapshot's references and copies.
 */
void
_dl_project_snapshot_free (DlProjectSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_ptr_array_unref (snapshot->articles);
  g_ptr_array_unref (snapshot->actors);
  g_ptr_array_unref (snapshot->events);
  g_hash_table_unref (snapshot->view_state);
  g_ptr_array_unref (snapshot->edits);
  g_free (snapshot);
}

/**
 * _dl_project_contents_free:
 * @contents: (nullable): what a load read
 *
 * Frees whatever of @contents was not handed over.
 */
void
_dl_project_contents_free (DlProjectContents *contents)
{
  if (contents == NULL)
    return;
  g_clear_object (&contents->corpus);
  g_clear_pointer (&contents->view_state, g_hash_table_unref);
  g_clear_pointer (&contents->edits, g_ptr_array_unref);
  g_free (contents);
}

/* The layers below report the reason alone; the message the user reads
 * names the file and says what it means for them. */
static void
name_file (GError     **error,
           GError      *reason,
           const char  *path,
           gboolean     saving)
{
  g_autofree char *name = g_filename_display_basename (path);
  const char *why = reason->message;

  if (reason->domain != DL_PROJECT_ERROR)
    {
      g_propagate_error (error, reason);
      return;
    }

  switch ((DlProjectError) reason->code)
    {
    case DL_PROJECT_ERROR_NOT_A_PROJECT:
      if (*why != '\0')
        g_set_error (error, DL_PROJECT_ERROR, reason->code, _("“%s” is not a Dateline project: %s"), name, why);
      else
        g_set_error (error, DL_PROJECT_ERROR, reason->code, _("“%s” is not a Dateline project"), name);
      break;
    case DL_PROJECT_ERROR_DAMAGED:
      g_set_error (error, DL_PROJECT_ERROR, reason->code, _("“%s” is damaged (%s)"), name, why);
      break;
    case DL_PROJECT_ERROR_TOO_NEW:
      g_set_error (error, DL_PROJECT_ERROR, reason->code,
                   _("“%s” was saved by a newer version of Dateline; this version cannot open it"), name);
      break;
    case DL_PROJECT_ERROR_FAILED:
    default:
      g_set_error (error, DL_PROJECT_ERROR, reason->code,
                   saving ? _("Could not save “%s”: %s") : _("Could not open “%s”: %s"), name, why);
      break;
    }
  g_error_free (reason);
}

/**
 * dl_project_dup_display_name:
 * @file: a project file
 *
 * Returns: (transfer full): the project's name as users know it: its
 *   file's name, readable in any encoding, without the extension
 */
char *
dl_project_dup_display_name (GFile *file)
{
  g_autofree char *basename = NULL;
  char *name;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  name = g_filename_display_name (basename);
  length = strlen (name);
  if (g_str_has_suffix (name, DL_PROJECT_EXTENSION) && length > strlen (DL_PROJECT_EXTENSION))
    name[length - strlen (DL_PROJECT_EXTENSION)] = '\0';
  return name;
}

/**
 * dl_project_file_is_project:
 * @path: a file name
 *
 * Tells a project from an article by its first bytes: the SQLite
 * header with Dateline's application id. Cheap: reads 100 bytes, and
 * never blocks on a named pipe.
 *
 * Returns: %TRUE if @path is a regular file that says it is a project
 *   (it may still be damaged)
 */
gboolean
dl_project_file_is_project (const char *path)
{
  guint8 header[DL_PROJECT_HEADER_SIZE];
  struct stat st;
  gssize length = -1;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0)
    return FALSE;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode))
    length = _dl_project_read_header (fd, header);
  close (fd);
  return length > 0 && _dl_project_header_is_ours (header, length);
}

/**
 * dl_project_save:
 * @corpus: the articles and their analysis
 * @view_state: (nullable) (element-type utf8 utf8): the window's state
 * @edits: (nullable) (element-type utf8): the user's edits, in order,
 *   each a JSON object; stored as they are
 * @path: the project file to write
 * @error: return location for a #DlProjectError
 *
 * Saves the whole project to @path, atomically: if the save fails, or
 * the process dies while saving, @path keeps its old contents, and its
 * permissions are kept too.
 *
 * Returns: %TRUE on success
 */
gboolean
dl_project_save (DlCorpus    *corpus,
                 GHashTable  *view_state,
                 GPtrArray   *edits,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(DlProjectSnapshot) snapshot = NULL;
  GError *reason = NULL;

  g_return_val_if_fail (DL_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  snapshot = _dl_project_snapshot_new (corpus, view_state, edits);
  if (_dl_project_write_file (snapshot, path, NULL, &reason))
    return TRUE;
  name_file (error, reason, path, TRUE);
  return FALSE;
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *reason = NULL;
  GError *error = NULL;

  if (_dl_project_write_file (data->snapshot, data->path, cancellable, &reason))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  name_file (&error, reason, data->path, TRUE);
  g_task_return_error (task, error);
}

/**
 * dl_project_save_async:
 * @corpus: the articles and their analysis
 * @view_state: (nullable) (element-type utf8 utf8): the window's state
 * @edits: (nullable) (element-type utf8): the user's edits
 * @path: the project file to write
 * @cancellable: (nullable): stops the save, leaving @path as it was
 * @callback: called on the calling thread's main context when done
 * @user_data: for @callback
 *
 * Like dl_project_save(), but the file is written on a worker thread.
 * What is saved is taken now: the corpus's current articles, actors
 * and events (by reference; they are not changed once published) and
 * copies of @view_state and @edits.
 */
void
dl_project_save_async (DlCorpus            *corpus,
                       GHashTable          *view_state,
                       GPtrArray           *edits,
                       const char          *path,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (DL_IS_CORPUS (corpus));
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (SaveData, 1);
  data->snapshot = _dl_project_snapshot_new (corpus, view_state, edits);
  data->path = g_strdup (path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dl_project_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_in_thread);
}

/**
 * dl_project_save_finish:
 * @result: the result given to the callback
 * @error: return location for a #DlProjectError, or
 *   %G_IO_ERROR_CANCELLED
 *
 * Returns: %TRUE if the project was saved
 */
gboolean
dl_project_save_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dl_project_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Hands the contents over to the caller's out parameters */
static DlCorpus *
unpack_contents (DlProjectContents  *contents,
                 GHashTable        **view_state,
                 GPtrArray         **edits)
{
  DlCorpus *corpus = g_steal_pointer (&contents->corpus);

  if (view_state != NULL)
    *view_state = g_steal_pointer (&contents->view_state);
  if (edits != NULL)
    *edits = g_steal_pointer (&contents->edits);
  _dl_project_contents_free (contents);
  return corpus;
}

/**
 * dl_project_load:
 * @path: a project file
 * @view_state: (out) (optional) (transfer full) (element-type utf8 utf8):
 *   the window's state as saved; empty if none was
 * @edits: (out) (optional) (transfer full) (element-type utf8): the
 *   user's edits as saved, in order; empty if none were
 * @error: return location for a #DlProjectError
 *
 * Opens a project read-only: the file is never changed, whatever it
 * holds. A project of an older schema is brought up to date in memory.
 * The error's message names the file and says what is wrong with it.
 *
 * Returns: (transfer full) (nullable): a new corpus with the project's
 *   articles and analysis, equal to the one saved, ids included
 */
DlCorpus *
dl_project_load (const char   *path,
                 GHashTable  **view_state,
                 GPtrArray   **edits,
                 GError      **error)
{
  DlProjectContents *contents;
  GError *reason = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = _dl_project_read_file (path, NULL, &reason);
  if (contents == NULL)
    {
      name_file (error, reason, path, FALSE);
      return NULL;
    }
  return unpack_contents (contents, view_state, edits);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *path = task_data;
  DlProjectContents *contents;
  GError *reason = NULL;
  GError *error = NULL;

  contents = _dl_project_read_file (path, cancellable, &reason);
  if (contents == NULL)
    {
      name_file (&error, reason, path, FALSE);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, contents, (GDestroyNotify) _dl_project_contents_free);
}

/**
 * dl_project_load_async:
 * @path: a project file
 * @cancellable: (nullable): stops the loading
 * @callback: called on the calling thread's main context when done
 * @user_data: for @callback
 *
 * Like dl_project_load(), on a worker thread. The corpus is built
 * there and handed over whole; nothing is connected to it before.
 */
void
dl_project_load_async (const char          *path,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dl_project_load_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * dl_project_load_finish:
 * @result: the result given to the callback
 * @view_state: (out) (optional) (transfer full) (element-type utf8 utf8):
 *   the window's state as saved
 * @edits: (out) (optional) (transfer full) (element-type utf8): the
 *   user's edits as saved
 * @error: return location for a #DlProjectError, or
 *   %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full) (nullable): the project's corpus
 */
DlCorpus *
dl_project_load_finish (GAsyncResult  *result,
                        GHashTable   **view_state,
                        GPtrArray    **edits,
                        GError       **error)
{
  DlProjectContents *contents;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dl_project_load_async, NULL);

  contents = g_task_propagate_pointer (G_TASK (result), error);
  if (contents == NULL)
    return NULL;
  return unpack_contents (contents, view_state, edits);
}
