/* dl-window-project.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's project: opening a .dateline file, saving to it, the
 * title that names it and says whether it changed, and the question
 * before closing with unsaved changes. Loading and saving run on worker
 * threads; a save waits while articles are read or analysed, and new
 * articles wait while a save runs, so that the corpus never changes
 * under a save. A project that cannot be opened costs nothing of what
 * the window shows. A window holds a lock on its project's file, so
 * that no other window, in this process or another, opens it too and
 * throws away the first one's edits with its own saves.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dl-application.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-import.h"
#include "dl-project.h"
#include "dl-window-private.h"

/* How long a suggested file name may be, in characters */
#define MAX_SUGGESTED_CHARS 60

typedef struct
{
  DlWindow *window;
  GFile *file;
  gboolean recovered;
} LoadJob;

typedef struct
{
  DlWindow *window;
  GFile *file;
  gboolean recovery;
  guint64 generation;
  DlProjectLock *lock;   /* of a file that is to become the project's */
} SaveJob;

static void show_save_dialog (DlWindow *self);

static void
load_job_free (LoadJob *job)
{
  g_object_unref (job->window);
  g_object_unref (job->file);
  g_free (job);
}

static void
save_job_free (SaveJob *job)
{
  g_object_unref (job->window);
  g_object_unref (job->file);
  dl_project_lock_release (job->lock);
  g_free (job);
}

/* The lock of the file that is now the project's, in place of the
 * one before */
static void
hold_lock (DlWindow      *self,
           DlProjectLock *lock)
{
  dl_project_lock_release (self->lock);
  self->lock = lock;
}

static gboolean
has_articles (DlWindow *self)
{
  return g_list_model_get_n_items (dl_corpus_get_articles (self->corpus)) > 0;
}

/* Whether a project opened from this window may fill it rather than
 * open in a window of its own */
gboolean
_dl_window_is_empty (DlWindow *self)
{
  return !has_articles (self) && self->file == NULL && !_dl_window_has_edits (self) &&
         self->busy_count == 0 && g_queue_is_empty (&self->pending_loads);
}

/* An error message that names @file, as the store's do */
static char *
dup_error_message (GFile        *file,
                   const GError *error,
                   const char   *format)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *display = g_filename_display_name (name);

  if (strstr (error->message, display) != NULL)
    return g_strdup (error->message);
  return g_strdup_printf (format, display, error->message);
}

/* Title ------------------------------------------------------------------- */

/**
 * _dl_window_dup_project_name:
 *
 * Returns: (transfer full): the project's name as the title shows it,
 *   without the mark of unsaved changes
 */
char *
_dl_window_dup_project_name (DlWindow *self)
{
  if (self->file == NULL)
    return g_strdup (_("Untitled Project"));
  return dl_project_dup_display_name (self->file);
}

/* The folder, with "~" for the home folder as GNOME's editors show it */
static char *
dup_folder (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_strdup ("");
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    {
      g_autofree char *display = g_filename_display_name (relative);
      return g_strdup_printf ("~/%s", display);
    }
  return g_file_get_parse_name (parent);
}

void
_dl_window_update_title (DlWindow *self)
{
  g_autofree char *name = _dl_window_dup_project_name (self);
  g_autofree char *title = NULL;
  g_autofree char *folder = self->file != NULL ? dup_folder (self->file) : g_strdup ("");
  gboolean content = has_articles (self) || self->file != NULL;

  if (!content)
    title = g_strdup (_("Dateline"));
  else if (self->modified)
    /* TRANSLATORS: the title of a project with unsaved changes */
    title = g_strdup_printf (_("• %s"), name);
  else
    title = g_steal_pointer (&name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_subtitle (self->window_title, content ? folder : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_articles (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_articles (self));
}

/* Changes ----------------------------------------------------------------- */

void
_dl_window_mark_modified (DlWindow *self)
{
  if (self->loading_project > 0)
    return;
  self->generation++;
  self->modified = TRUE;
  _dl_window_update_title (self);
  _dl_window_schedule_autosave (self);
}

/* Saving ------------------------------------------------------------------ */

static void
report_save_error (DlWindow     *self,
                   GFile        *file,
                   const GError *error)
{
  /* TRANSLATORS: a file name, then why it could not be saved */
  g_autofree char *message = dup_error_message (file, error, _("Could not save “%s”: %s"));
  AdwToast *toast = adw_toast_new (message);

  /* Until dismissed: the work is not saved */
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  g_clear_pointer (&self->last_errors, g_ptr_array_unref);
  self->last_errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_ptr_array_add (self->last_errors, g_error_new_literal (DL_PROJECT_ERROR, DL_PROJECT_ERROR_FAILED, message));
}

static void
saved (DlWindow *self,
       SaveJob  *job)
{
  if (job->recovery)
    return;
  g_set_object (&self->file, job->file);
  if (job->lock != NULL)
    hold_lock (self, g_steal_pointer (&job->lock));
  /* Changes made while the file was written are still to save */
  if (self->generation == job->generation)
    self->modified = FALSE;
  _dl_window_remove_recovery (self);
  _dl_window_add_recent (self, job->file);
  _dl_window_update_title (self);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveJob *job = user_data;
  DlWindow *self = job->window;
  g_autoptr(GError) error = NULL;

  self->saving--;
  if (dl_project_save_finish (result, &error))
    saved (self, job);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    report_save_error (self, job->file, error);

  if (error != NULL)
    self->close_after_save = FALSE;
  _dl_window_start_next_load (self);
  if (self->close_after_save && self->saving == 0)
    {
      self->close_after_save = FALSE;
      gtk_window_close (GTK_WINDOW (self));
    }
  save_job_free (job);
}

/**
 * _dl_window_start_save:
 * @recovery: whether @file only keeps untitled work safe; it does not
 *   become the project's file
 *
 * Saves the project to @file, or as soon as the window is not busy.
 */
void
_dl_window_start_save (DlWindow *self,
                       GFile    *file,
                       gboolean  recovery)
{
  g_autoptr(GHashTable) view_state = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autofree char *path = g_file_get_path (file);
  SaveJob *job;

  if (self->busy_count > 0 || self->saving > 0)
    {
      g_set_object (&self->save_pending, file);
      self->save_pending_recovery = recovery;
      return;
    }
  if (path == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("Projects can only be saved to local folders"));
      report_save_error (self, file, error);
      self->close_after_save = FALSE;
      return;
    }

  job = g_new0 (SaveJob, 1);
  /* Saved under another name, the project takes that file too */
  if (!recovery && (self->file == NULL || !g_file_equal (self->file, file)))
    {
      g_autoptr(GError) error = NULL;

      job->lock = dl_project_lock (path, &error);
      if (job->lock == NULL)
        {
          report_save_error (self, file, error);
          self->close_after_save = FALSE;
          g_free (job);
          return;
        }
    }
  job->window = g_object_ref (self);
  job->file = g_object_ref (file);
  job->recovery = recovery;
  job->generation = self->generation;
  view_state = _dl_window_collect_view_state (self);
  edits = dl_edit_history_dup_json (self->history);
  self->saving++;
  dl_project_save_async (self->corpus, view_state, edits, path, self->cancellable, save_done_cb, job);
}

/* Starts the save that waited for the window to be idle, if any */
gboolean
_dl_window_project_run_pending (DlWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->save_pending == NULL || self->busy_count > 0 || self->saving > 0)
    return self->saving > 0;
  file = g_steal_pointer (&self->save_pending);
  _dl_window_start_save (self, file, self->save_pending_recovery);
  return TRUE;
}

static GFile *
with_extension (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;

  if (g_str_has_suffix (basename, DL_PROJECT_EXTENSION))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  name = g_strconcat (basename, DL_PROJECT_EXTENSION, NULL);
  return g_file_get_child (parent, name);
}

/**
 * dl_window_save_to_file:
 *
 * Saves the project to @file, adding the extension when it has none,
 * as Save As does after its dialog. @file becomes the project's file.
 */
void
dl_window_save_to_file (DlWindow *self,
                        GFile    *file)
{
  g_autoptr(GFile) target = NULL;

  g_return_if_fail (DL_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  target = with_extension (file);
  _dl_window_start_save (self, target, FALSE);
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     DlWindow         *self)
{
  GFile *target = g_object_get_data (G_OBJECT (dialog), "target");

  if (g_strcmp0 (response, "replace") == 0)
    _dl_window_start_save (self, target, FALSE);
  else
    self->close_after_save = FALSE;
}

/* The chooser asked before replacing the name it was given; with the
 * extension added, the name is another one, which may exist too */
static void
confirm_replace (DlWindow *self,
                 GFile    *target)
{
  g_autofree char *name = g_file_get_basename (target);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);

  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Replace “%s”?"), name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("A project with this name already exists. Replacing it overwrites its contents."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "target", g_object_ref (target), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_response_cb (DlWindow             *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) target = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL)
    self->close_after_save = FALSE;
  else if (!g_file_equal ((target = with_extension (file)), file) && g_file_query_exists (target, NULL))
    confirm_replace (self, target);
  else
    _dl_window_start_save (self, target, FALSE);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

/* "Untitled", or the first article's title as a file name */
static char *
dup_suggested_name (DlWindow *self)
{
  g_autoptr(DlArticle) first = NULL;
  g_autofree char *title = NULL;
  const char *end;

  if (has_articles (self))
    first = g_list_model_get_item (dl_corpus_get_articles (self->corpus), 0);
  title = g_strstrip (g_strdup (first != NULL ? dl_article_get_title (first) : ""));
  if (*title == '\0')
    return g_strconcat (_("Untitled"), DL_PROJECT_EXTENSION, NULL);
  g_strdelimit (title, "/\\:\n\t", '-');
  if (g_utf8_strlen (title, -1) > MAX_SUGGESTED_CHARS)
    {
      end = g_utf8_offset_to_pointer (title, MAX_SUGGESTED_CHARS);
      title[end - title] = '\0';
    }
  return g_strconcat (g_strstrip (title), DL_PROJECT_EXTENSION, NULL);
}

static void
add_project_filter (GtkFileChooser *chooser)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Dateline Projects"));
  gtk_file_filter_add_mime_type (filter, DL_PROJECT_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, DL_PROJECT_EXTENSION + 1);
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

static void
show_save_dialog (DlWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autofree char *last = NULL;

  chooser = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_project_filter (GTK_FILE_CHOOSER (chooser));
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
  else
    {
      name = dup_suggested_name (self);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
      if (self->settings != NULL)
        last = g_settings_get_string (self->settings, "last-folder");
      if (last != NULL && *last != '\0')
        {
          g_autoptr(GFile) folder = g_file_new_for_path (last);
          gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
        }
    }
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlWindow *self = DL_WINDOW (widget);

  if (self->file != NULL)
    _dl_window_start_save (self, self->file, FALSE);
  else
    show_save_dialog (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  show_save_dialog (DL_WINDOW (widget));
}

/* Opening ----------------------------------------------------------------- */

/* The results a project keeps have its edits applied: they are shown
 * as saved, while an analysis finds again what the edits apply over,
 * which undo needs. Without edits, they are an analysis's own. */
static void
show_results (DlWindow  *self,
              GPtrArray *actors,
              GPtrArray *events)
{
  if (!_dl_window_has_edits (self))
    {
      _dl_window_set_found (self, actors, events);
      return;
    }
  _dl_window_forget_found (self);
  dl_corpus_set_analysis (self->corpus, actors, events);
  _dl_window_reanalyze (self, TRUE);
}

/* Puts a loaded project in this empty window */
static void
show_project (DlWindow   *self,
              DlCorpus   *corpus,
              GHashTable *view_state,
              GPtrArray  *edits,
              GFile      *file,
              gboolean    recovered)
{
  g_autoptr(GPtrArray) articles = dl_corpus_dup_articles (corpus);
  g_autoptr(GPtrArray) actors = dl_corpus_dup_actors (corpus);
  g_autoptr(GPtrArray) events = dl_corpus_dup_events (corpus);

  self->loading_project++;
  /* Which articles repeat others is not stored, but found again, before
   * the analysis that follows leaves them out */
  dl_import_mark_duplicates (articles);
  for (guint i = 0; i < articles->len; i++)
    dl_corpus_add_article (self->corpus, g_ptr_array_index (articles, i));
  _dl_window_take_edits (self, edits);
  show_results (self, actors, events);
  self->loading_project--;

  if (recovered)
    {
      /* Still untitled and unsaved: only kept safe */
      _dl_window_adopt_recovery (self, file);
      _dl_window_mark_modified (self);
      _dl_window_show_toast (self, _("Unsaved work was recovered"));
    }
  else
    {
      g_set_object (&self->file, file);
      self->modified = FALSE;
      _dl_window_add_recent (self, file);
    }
  if (view_state != NULL)
    _dl_window_apply_view_state (self, view_state);
  _dl_window_update_title (self);
}

static void
report_load_error (DlWindow     *self,
                   GFile        *file,
                   const GError *error)
{
  /* TRANSLATORS: a file name, then why it could not be opened */
  g_autofree char *message = dup_error_message (file, error, _("Could not open “%s”: %s"));

  g_clear_pointer (&self->last_errors, g_ptr_array_unref);
  self->last_errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_ptr_array_add (self->last_errors, g_error_new_literal (error->domain, error->code, message));
  _dl_window_show_toast (self, message);
}

static DlWindow *
find_project_window (DlWindow *self,
                     GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app != NULL)
    return dl_application_find_project_window (DL_APPLICATION (app), file);
  return self->file != NULL && g_file_equal (self->file, file) ? self : NULL;
}

/* A project fills the window it was opened from when that is empty,
 * else a new one, as GNOME's document applications do */
static DlWindow *
choose_window (DlWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  DlWindow *window;
  int width, height;

  if (_dl_window_is_empty (self))
    return self;
  window = dl_window_new (app != NULL ? DL_APPLICATION (app) : NULL);
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  return window;
}

static DlProjectLock *
lock_project (GFile   *file,
              GError **error)
{
  g_autofree char *path = g_file_get_path (file);

  return dl_project_lock (path, error);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  LoadJob *job = user_data;
  DlWindow *self = job->window;
  g_autoptr(GHashTable) view_state = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlCorpus) corpus = NULL;
  g_autoptr(DlProjectLock) lock = NULL;
  DlWindow *target;

  corpus = dl_project_load_finish (result, &view_state, &edits, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      load_job_free (job);
      return;
    }
  _dl_window_set_busy (self, FALSE);
  if (corpus == NULL)
    {
      report_load_error (self, job->file, error);
      if (job->recovered)
        _dl_window_set_aside_recovery (job->file);
    }
  else if (!job->recovered && (target = find_project_window (self, job->file)) != NULL)
    /* Opened twice at once: the first one won */
    gtk_window_present (GTK_WINDOW (target));
  else if (!job->recovered && (lock = lock_project (job->file, &error)) == NULL)
    report_load_error (self, job->file, error);
  else
    {
      target = choose_window (self);
      show_project (target, corpus, view_state, edits, job->file, job->recovered);
      if (lock != NULL)
        hold_lock (target, g_steal_pointer (&lock));
      gtk_window_present (GTK_WINDOW (target));
    }
  _dl_window_start_next_load (self);
  load_job_free (job);
}

void
_dl_window_load_project (DlWindow *self,
                         GFile    *file,
                         gboolean  recovered)
{
  g_autofree char *path = g_file_get_path (file);
  LoadJob *job;

  if (path == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("Projects can only be opened from local folders"));
      report_load_error (self, file, error);
      return;
    }
  job = g_new0 (LoadJob, 1);
  job->window = g_object_ref (self);
  job->file = g_object_ref (file);
  job->recovered = recovered;
  _dl_window_set_busy (self, TRUE);
  dl_project_load_async (path, self->cancellable, load_done_cb, job);
}

/**
 * dl_window_open_project:
 *
 * Opens the project @file: in this window when it shows nothing yet,
 * else in a new one. A project already open is presented instead.
 * Errors are shown in this window, which keeps what it shows.
 */
void
dl_window_open_project (DlWindow *self,
                        GFile    *file)
{
  DlWindow *shown;

  g_return_if_fail (DL_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  shown = find_project_window (self, file);
  if (shown != NULL)
    {
      gtk_window_present (GTK_WINDOW (shown));
      return;
    }
  _dl_window_load_project (self, file, FALSE);
}

/* Closing ----------------------------------------------------------------- */

/* After the dialog is gone: it is transient for the window */
static gboolean
close_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
save_changes_response_cb (DlWindow         *self,
                          const char       *response,
                          AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      self->modified = FALSE;
      _dl_window_stop_autosave (self);
      _dl_window_remove_recovery (self);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_cb, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      if (self->file != NULL)
        _dl_window_start_save (self, self->file, FALSE);
      else
        show_save_dialog (self);
    }
}

static void
ask_to_save (DlWindow *self)
{
  g_autofree char *name = _dl_window_dup_project_name (self);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” contains unsaved changes. Changes which are not saved will be permanently lost."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_changes_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _dl_window_project_close_request:
 *
 * Returns: %TRUE to keep the window open: a save is under way, or the
 *   user is asked what to do with unsaved changes
 */
gboolean
_dl_window_project_close_request (DlWindow *self)
{
  if (self->saving > 0 || self->save_pending != NULL)
    {
      self->close_after_save = TRUE;
      return TRUE;
    }
  if (!self->modified || (!has_articles (self) && !_dl_window_has_edits (self)))
    return FALSE;
  ask_to_save (self);
  return TRUE;
}

/* Setup ------------------------------------------------------------------- */

void
_dl_window_project_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
}

void
_dl_window_project_init (DlWindow *self)
{
  g_signal_connect_object (self->corpus, "changed", G_CALLBACK (_dl_window_mark_modified), self, G_CONNECT_SWAPPED);
  _dl_window_update_title (self);
}

void
_dl_window_project_finalize (DlWindow *self)
{
  g_clear_object (&self->file);
  g_clear_object (&self->save_pending);
  g_clear_pointer (&self->lock, dl_project_lock_release);
}

/* Public API -------------------------------------------------------------- */

/**
 * dl_window_get_file:
 *
 * Returns: (transfer none) (nullable): the project's file, or %NULL
 *   while it is untitled
 */
GFile *
dl_window_get_file (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return self->file;
}

/**
 * dl_window_get_modified:
 *
 * Returns: whether the project changed since it was opened or saved
 */
gboolean
dl_window_get_modified (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), FALSE);
  return self->modified;
}

/**
 * dl_window_get_subtitle:
 *
 * Returns: what the header shows under the title: the project's folder
 */
const char *
dl_window_get_subtitle (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return adw_window_title_get_subtitle (self->window_title);
}
