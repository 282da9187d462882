/* dl-window-open.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening articles: the Open dialogs, drag and drop, and the two worker
 * tasks behind them. Projects found among the files go to
 * dl-window-project.c. Importing runs on a worker thread and hands back
 * new articles; they join the corpus on the main thread, then the whole
 * corpus is analysed again on a worker thread (actors and events are
 * resolved across articles) and the result replaces the old one, with
 * the user's corrections applied over it (dl-window-edit.c). The
 * window keeps drawing throughout, and a file that cannot be read never
 * costs the others.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-import.h"
#include "dl-project.h"
#include "dl-window-private.h"

typedef struct
{
  GPtrArray *files;     /* GFile, as the user gave them */
  GPtrArray *articles;  /* DlArticle */
  GPtrArray *errors;    /* GError */
} ImportJob;

typedef struct
{
  GPtrArray *articles;
  DlAnalysisResult *result;
  gboolean quiet;       /* the results are no change to the project */
} AnalysisJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_pointer (&job->errors, g_ptr_array_unref);
  g_free (job);
}

static void
analysis_job_free (AnalysisJob *job)
{
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_pointer (&job->result, dl_analysis_result_free);
  g_free (job);
}

/* Busy state -------------------------------------------------------------- */

static gboolean
pulse_cb (gpointer user_data)
{
  DlWindow *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

void
_dl_window_set_busy (DlWindow *self,
                     gboolean  busy)
{
  if (busy)
    self->busy_count++;
  else if (self->busy_count > 0)
    self->busy_count--;

  /* Shown and hidden outright: a progress bar fading out in a revealer
   * keeps pulsing without an allocation */
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), self->busy_count > 0);
  if (self->busy_count > 0 && self->pulse_source == 0)
    self->pulse_source = g_timeout_add (100, pulse_cb, self);
  else if (self->busy_count == 0)
    g_clear_handle_id (&self->pulse_source, g_source_remove);
}

/**
 * dl_window_is_busy:
 *
 * Returns: %TRUE while articles or a project are being read or
 *   analysed (or wait to be), or the project is being saved
 */
gboolean
dl_window_is_busy (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), FALSE);
  return self->busy_count > 0 || self->saving > 0 || self->save_pending != NULL ||
         self->analysis_wanted || !g_queue_is_empty (&self->pending_loads);
}

/**
 * dl_window_get_last_errors:
 *
 * Returns: (transfer none) (element-type GError): why the files of the
 *   last load that could not be opened were refused
 */
GPtrArray *
dl_window_get_last_errors (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return self->last_errors;
}

/* Analysis ---------------------------------------------------------------- */

static void
analyze_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AnalysisJob *job = task_data;
  GError *error = NULL;

  if (!dl_analyzer_run_full (job->articles, &job->result, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
analyze_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  DlWindow *self = DL_WINDOW (object);
  AnalysisJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* The articles belong to this thread: their inferred dates are
       * set here, before the views see the new events */
      dl_analysis_result_apply_dcts (job->result, job->articles);
      if (job->quiet)
        self->loading_project++;
      _dl_window_set_found (self, job->result->actors, job->result->events);
      if (job->quiet)
        self->loading_project--;
      _dl_window_analysis_done (self);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _dl_window_show_toast (self, error->message);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      _dl_window_set_busy (self, FALSE);
      _dl_window_start_next_load (self);
    }
}

static void
start_analysis (DlWindow *self,
                gboolean  quiet)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, analyze_done_cb, NULL);
  AnalysisJob *job = g_new0 (AnalysisJob, 1);

  /* This analysis answers every wish for one made so far */
  self->analysis_wanted = FALSE;
  _dl_window_prepare_analysis (self);
  job->articles = dl_corpus_dup_articles (self->corpus);
  /* A story read twice (a wire story on two sites) counts once */
  for (guint i = job->articles->len; i-- > 0;)
    if (dl_article_get_duplicate_of (g_ptr_array_index (job->articles, i)) != NULL)
      g_ptr_array_remove_index (job->articles, i);
  job->quiet = quiet;
  g_task_set_source_tag (task, start_analysis);
  g_task_set_task_data (task, job, (GDestroyNotify) analysis_job_free);
  g_task_run_in_thread (task, analyze_thread);
}

/**
 * _dl_window_reanalyze:
 * @quiet: whether the results are no change to the project (those of a
 *   project opened, analysed again for its edits)
 *
 * Analyses the corpus again as soon as the window is idle: an article's
 * date changed.
 */
void
_dl_window_reanalyze (DlWindow *self,
                      gboolean  quiet)
{
  self->analysis_quiet = self->analysis_wanted ? self->analysis_quiet && quiet : quiet;
  self->analysis_wanted = TRUE;
  _dl_window_start_next_load (self);
}

/* Import ------------------------------------------------------------------ */

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(GPtrArray) files = NULL;

  files = dl_import_collect_files ((GFile **) job->files->pdata, job->files->len, cancellable);
  for (guint i = 0; i < files->len; i++)
    {
      GError *error = NULL;
      g_autoptr(GPtrArray) articles = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      /* One file may hold many articles (a JSON Lines dump) */
      articles = dl_import_file_articles (g_ptr_array_index (files, i), NULL, job->errors,
                                          cancellable, &error);
      if (articles != NULL)
        g_ptr_array_extend_and_steal (job->articles, g_steal_pointer (&articles));
      else
        g_ptr_array_add (job->errors, error);
    }
  g_task_return_boolean (task, TRUE);
}

static char *
join_error_messages (GPtrArray *errors)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < errors->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, ((GError *) g_ptr_array_index (errors, i))->message);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_error_details_cb (AdwToast *toast,
                       DlWindow *self)
{
  GPtrArray *errors = g_object_get_data (G_OBJECT (toast), "errors");
  g_autofree char *body = join_error_messages (errors);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Some Files Could Not Be Opened"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
report_errors (DlWindow  *self,
               GPtrArray *errors)
{
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (errors->len == 0)
    return;
  if (errors->len == 1)
    {
      _dl_window_show_toast (self, ((GError *) g_ptr_array_index (errors, 0))->message);
      return;
    }

  /* Many toasts in a row would take minutes to read: one says how many,
   * and its button lists every file with its reason */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u file could not be opened",
                                          "%u files could not be opened",
                                          errors->len),
                             errors->len);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Details"));
  g_object_set_data_full (G_OBJECT (toast), "errors", g_ptr_array_ref (errors),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (show_error_details_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static guint
add_new_articles (DlWindow  *self,
                  GPtrArray *articles)
{
  guint added = 0;

  for (guint i = 0; i < articles->len; i++)
    {
      DlArticle *article = g_ptr_array_index (articles, i);
      const char *path = dl_article_get_path (article);

      /* Opening the same file twice would count its events twice */
      if (path != NULL && dl_corpus_find_article_by_path (self->corpus, path) != NULL)
        continue;
      dl_corpus_add_article (self->corpus, article);
      added++;
    }
  if (added > 0)
    {
      g_autoptr(GPtrArray) all = dl_corpus_dup_articles (self->corpus);

      dl_import_mark_duplicates (all);
    }
  return added;
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DlWindow *self = DL_WINDOW (object);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean was_empty;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      _dl_window_show_toast (self, error->message);
      _dl_window_set_busy (self, FALSE);
      _dl_window_start_next_load (self);
      return;
    }

  g_clear_pointer (&self->last_errors, g_ptr_array_unref);
  self->last_errors = g_ptr_array_ref (job->errors);
  report_errors (self, job->errors);

  was_empty = g_list_model_get_n_items (dl_corpus_get_articles (self->corpus)) == 0;
  if (add_new_articles (self, job->articles) == 0)
    {
      _dl_window_set_busy (self, FALSE);
      _dl_window_start_next_load (self);
      return;
    }
  self->fit_after_analysis = self->fit_after_analysis || was_empty;
  /* The busy state goes on through the analysis */
  start_analysis (self, FALSE);
}

/* Starts the next load that waits, unless the window is busy: a save
 * asked for meanwhile goes first, as new articles would change the
 * corpus under it */
void
_dl_window_start_next_load (DlWindow *self)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  if (_dl_window_project_run_pending (self))
    return;
  if (self->busy_count > 0 || self->saving > 0)
    return;
  if (self->analysis_wanted)
    {
      _dl_window_set_busy (self, TRUE);
      start_analysis (self, self->analysis_quiet);
      return;
    }
  if (g_queue_is_empty (&self->pending_loads))
    return;

  job = g_new0 (ImportJob, 1);
  job->files = g_queue_pop_head (&self->pending_loads);
  job->articles = g_ptr_array_new_with_free_func (g_object_unref);
  job->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  _dl_window_set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, _dl_window_start_next_load);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

static gboolean
is_project_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, DL_PROJECT_EXTENSION);
}

/**
 * dl_window_open_files:
 * @files: (array length=n_files): files and folders
 *
 * Reads the articles in the background and adds them to the corpus.
 * Loads asked for while another runs wait their turn. Projects among
 * @files open as dl_window_open_project() does.
 */
void
dl_window_open_files (DlWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  GPtrArray *list;

  g_return_if_fail (DL_IS_WINDOW (self));

  list = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    {
      if (is_project_file (files[i]))
        dl_window_open_project (self, files[i]);
      else
        g_ptr_array_add (list, g_object_ref (files[i]));
    }
  if (list->len == 0)
    {
      g_ptr_array_unref (list);
      return;
    }
  g_queue_push_tail (&self->pending_loads, list);
  _dl_window_start_next_load (self);
}

/* Dialogs ----------------------------------------------------------------- */

static void
remember_folder (DlWindow *self,
                 GFile    *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = NULL;

  if (self->settings == NULL || parent == NULL)
    return;
  path = g_file_get_path (parent);
  if (path != NULL)
    g_settings_set_string (self->settings, "last-folder", path);
}

static void
open_response_cb (DlWindow             *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = NULL;
  guint n;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  n = g_list_model_get_n_items (files);
  array = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));
  if (n > 0)
    remember_folder (self, g_ptr_array_index (array, 0));
  dl_window_open_files (self, (GFile **) array->pdata, array->len);

out:
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
add_article_types (GtkFileFilter *filter)
{
  static const char * const suffixes[] = {
    "txt", "html", "htm", "xhtml", "md", "markdown", "pdf", "epub", "eml", "jsonl", "ndjson",
  };

  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/html");
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
}

static void
add_project_types (GtkFileFilter *filter)
{
  gtk_file_filter_add_mime_type (filter, DL_PROJECT_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, DL_PROJECT_EXTENSION + 1);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            gboolean        articles,
            gboolean        projects)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (articles)
    add_article_types (filter);
  if (projects)
    add_project_types (filter);
  if (!articles && !projects)
    gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

static void
add_open_filters (GtkFileChooser *chooser)
{
  add_filter (chooser, _("All Supported Files"), TRUE, TRUE);
  add_filter (chooser, _("Dateline Projects"), FALSE, TRUE);
  add_filter (chooser, _("Articles (text, web pages, PDF, books, mail, dumps)"), TRUE, FALSE);
  add_filter (chooser, _("All Files"), FALSE, FALSE);
}

static void
show_open_dialog (DlWindow             *self,
                  GtkFileChooserAction  action)
{
  gboolean folders = action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;
  GtkFileChooserNative *chooser;
  g_autofree char *last = NULL;

  chooser = gtk_file_chooser_native_new (folders ? _("Open Folder") : _("Open"),
                                         GTK_WINDOW (self), action, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  if (!folders)
    add_open_filters (GTK_FILE_CHOOSER (chooser));
  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-folder");
  if (last != NULL && *last != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_path (last);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_open_dialog (DL_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  show_open_dialog (DL_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

/* Drag and drop ----------------------------------------------------------- */

static gboolean
drop_cb (DlWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, g_object_ref (l->data));
  dl_window_open_files (self, (GFile **) files->pdata, files->len);
  return files->len > 0;
}

void
_dl_window_open_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.open-folder", NULL);
}

void
_dl_window_open_init (DlWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_queue_init (&self->pending_loads);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_dl_window_open_finalize (DlWindow *self)
{
  g_queue_clear_full (&self->pending_loads, (GDestroyNotify) g_ptr_array_unref);
  g_clear_pointer (&self->last_errors, g_ptr_array_unref);
}
