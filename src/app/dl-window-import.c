/* dl-window-import.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading articles and analysing them, in the background. An import
 * reads its files on a worker thread, finds which repeat an article
 * already there, and hands the new articles over as they are read;
 * they join the corpus a batch at a time, so the list fills while the
 * window keeps drawing. Then the whole corpus is analysed again on the
 * worker threads of the analyzer (actors and events are resolved across
 * articles), showing the results of the articles read so far now and
 * then, and the final result replaces them, with the user's corrections
 * applied over it (dl-window-edit.c).
 *
 * A strip at the foot of the window says how far the work is, and its
 * Cancel button stops it: the articles read stay, the results shown
 * stay, and a toast offers to analyse everything again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-analyzer.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-import.h"
#include "dl-window-private.h"

/* How often the main thread takes what the workers left it: often
 * enough that the count moves smoothly, rarely enough that a batch of
 * new rows costs one frame at most */
#define PROGRESS_INTERVAL_MS 100

/* What the workers hand over to the main thread */
struct _DlLoadProgress
{
  GMutex lock;
  guint done;
  guint total;
  char *current;              /* the name of the file being read */
  GPtrArray *arrived;         /* DlArticle read, not yet in the corpus */
  DlAnalysisResult *partial;  /* the latest partial results, not yet shown */
};

typedef struct
{
  GPtrArray *files;           /* GFile as the user gave them, or DlArticle pasted */
  GPtrArray *known;           /* DlArticle already in the corpus */
  GPtrArray *errors;          /* GError */
  DlLoadProgress *progress;
  guint n_files;              /* found in the files and folders given */
  guint n_new;                /* new articles read */
} ImportJob;

typedef struct
{
  GPtrArray *articles;
  DlAnalysisResult *result;
  DlLoadProgress *progress;
  gboolean quiet;             /* the results are no change to the project */
  guint first_partial_ms;     /* 0 for the analyzer's own */
} AnalysisJob;

/* Progress ---------------------------------------------------------------- */

static void
progress_clear (DlLoadProgress *progress)
{
  g_mutex_clear (&progress->lock);
  g_free (progress->current);
  g_ptr_array_unref (progress->arrived);
  g_clear_pointer (&progress->partial, dl_analysis_result_free);
}

static DlLoadProgress *
progress_new (void)
{
  DlLoadProgress *progress = g_atomic_rc_box_new0 (DlLoadProgress);

  g_mutex_init (&progress->lock);
  progress->arrived = g_ptr_array_new_with_free_func (g_object_unref);
  return progress;
}

static DlLoadProgress *
progress_ref (DlLoadProgress *progress)
{
  return g_atomic_rc_box_acquire (progress);
}

static void
progress_unref (DlLoadProgress *progress)
{
  g_atomic_rc_box_release_full (progress, (GDestroyNotify) progress_clear);
}

static void
progress_set (DlLoadProgress *progress,
              guint           done,
              guint           total,
              const char     *current)
{
  g_mutex_lock (&progress->lock);
  progress->done = done;
  progress->total = total;
  g_free (progress->current);
  progress->current = g_strdup (current);
  g_mutex_unlock (&progress->lock);
}

static guint
progress_get_done (DlLoadProgress *progress)
{
  guint done;

  g_mutex_lock (&progress->lock);
  done = progress->done;
  g_mutex_unlock (&progress->lock);
  return done;
}

static void
progress_add_article (DlLoadProgress *progress,
                      DlArticle      *article)
{
  g_mutex_lock (&progress->lock);
  g_ptr_array_add (progress->arrived, g_object_ref (article));
  g_mutex_unlock (&progress->lock);
}

/* Called by the analyzer on the thread that runs it */
static void
analysis_progress_cb (guint    done,
                      guint    total,
                      gpointer user_data)
{
  progress_set (user_data, done, total, NULL);
}

static void
analysis_partial_cb (DlAnalysisResult *partial,
                     gpointer          user_data)
{
  DlLoadProgress *progress = user_data;

  g_mutex_lock (&progress->lock);
  g_clear_pointer (&progress->partial, dl_analysis_result_free);
  progress->partial = partial;
  g_mutex_unlock (&progress->lock);
}

/* The strip ----------------------------------------------------------------- */

static char *
describe_progress (DlWindow *self,
                   guint     done,
                   guint     total,
                   gboolean *counted)
{
  *counted = total > 0 && done < total;
  switch (self->load_stage)
    {
    case DL_LOAD_STAGE_READING:
      if (total == 0)
        {
          *counted = FALSE;
          return g_strdup (_("Looking for articles…"));
        }
      /* Translators: reading files, e.g. "Reading 12 of 340 files" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reading %u of %u file", "Reading %u of %u files", total),
                              MIN (done + 1, total), total);
    case DL_LOAD_STAGE_ANALYSING:
      if (*counted)
        /* Translators: e.g. "Analysing 120 of 340 articles" */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Analysing %u of %u article",
                                             "Analysing %u of %u articles", total),
                                done, total);
      return g_strdup (_("Finding events across articles…"));
    case DL_LOAD_STAGE_OPENING:
    default:
      return g_strdup (_("Opening project…"));
    }
}

static void
show_progress (DlWindow   *self,
               guint       done,
               guint       total,
               const char *current)
{
  gboolean counted;
  g_autofree char *text = describe_progress (self, done, total, &counted);

  gtk_label_set_text (self->progress_label, text);
  gtk_label_set_text (self->progress_file_label, current != NULL ? current : "");
  gtk_widget_set_visible (GTK_WIDGET (self->progress_file_label), current != NULL);
  if (counted)
    gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
  else
    gtk_progress_bar_pulse (self->progress_bar);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), self->load_cancellable != NULL);
}

static void
take_arrivals (DlWindow  *self,
               GPtrArray *arrived)
{
  if (arrived->len == 0)
    return;
  self->fit_after_analysis = self->fit_after_analysis
                             || g_list_model_get_n_items (dl_corpus_get_articles (self->corpus)) == 0;
  dl_corpus_add_articles (self->corpus, arrived);
}

static void
show_found (DlWindow         *self,
            DlAnalysisResult *result,
            gboolean          quiet)
{
  _dl_window_restrict_actors (self, result);
  if (quiet)
    self->loading_project++;
  _dl_window_set_found (self, result->actors, result->events);
  if (quiet)
    self->loading_project--;
  _dl_window_analysis_done (self);
}

/* Takes what the workers left: new articles, partial results, counts */
static void
poll_progress (DlWindow *self)
{
  DlLoadProgress *progress = self->load_progress;
  g_autoptr(GPtrArray) arrived = NULL;
  g_autoptr(DlAnalysisResult) partial = NULL;
  g_autofree char *current = NULL;
  guint done, total;

  if (progress == NULL)
    {
      show_progress (self, 0, 0, NULL);
      return;
    }
  g_mutex_lock (&progress->lock);
  arrived = g_steal_pointer (&progress->arrived);
  progress->arrived = g_ptr_array_new_with_free_func (g_object_unref);
  partial = g_steal_pointer (&progress->partial);
  current = g_strdup (progress->current);
  done = progress->done;
  total = progress->total;
  g_mutex_unlock (&progress->lock);

  take_arrivals (self, arrived);
  if (partial != NULL)
    show_found (self, partial, self->analysis_quiet_now);
  show_progress (self, done, total, current);
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  poll_progress (user_data);
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

  gtk_revealer_set_reveal_child (self->progress_revealer, self->busy_count > 0);
  if (self->busy_count > 0 && self->progress_source == 0)
    {
      self->progress_source = g_timeout_add (PROGRESS_INTERVAL_MS, progress_tick_cb, self);
      poll_progress (self);
    }
  else if (self->busy_count == 0)
    g_clear_handle_id (&self->progress_source, g_source_remove);
}

/* Starts a job of @stage: its progress is shown, and Cancel stops it */
static GCancellable *
begin_job (DlWindow       *self,
           DlLoadStage     stage,
           DlLoadProgress *progress)
{
  g_clear_object (&self->load_cancellable);
  g_clear_pointer (&self->load_progress, progress_unref);
  self->load_cancellable = g_cancellable_new ();
  self->load_progress = progress_ref (progress);
  self->load_stage = stage;
  _dl_window_set_busy (self, TRUE);
  _dl_window_update_event_views (self);
  return self->load_cancellable;
}

/* Ends the job: whatever its workers left is taken first */
static void
end_job (DlWindow *self)
{
  poll_progress (self);
  g_clear_object (&self->load_cancellable);
  g_clear_pointer (&self->load_progress, progress_unref);
  self->load_stage = DL_LOAD_STAGE_OPENING;
  _dl_window_set_busy (self, FALSE);
  _dl_window_update_event_views (self);
}

/* Runs @thread on a worker with @job, @done on this thread after */
static void
run_job (DlWindow            *self,
         DlLoadStage          stage,
         DlLoadProgress      *progress,
         gpointer             job,
         GDestroyNotify       free_job,
         GTaskThreadFunc      thread,
         GAsyncReadyCallback  done,
         gpointer             source_tag)
{
  GCancellable *cancellable = begin_job (self, stage, progress);
  /* The window goes to @done, not to the task: the worker may let the
   * task go last, and a window must never be let go off this thread */
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, done, g_object_ref (self));

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, free_job);
  g_task_run_in_thread (task, thread);
}

/* Whether the window is closing: then nothing of it may be touched */
static gboolean
window_closing (DlWindow *self)
{
  return g_cancellable_is_cancelled (self->cancellable);
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

/**
 * dl_window_set_partial_results_delay:
 * @msec: how long an analysis runs before the results of the articles
 *   read so far are shown, 0 for the usual second
 *
 * For tests, whose analyses are short.
 */
void
dl_window_set_partial_results_delay (DlWindow *self,
                                     guint     msec)
{
  g_return_if_fail (DL_IS_WINDOW (self));
  self->first_partial_ms = msec;
}

/**
 * dl_window_cancel_load:
 *
 * Stops the import or analysis under way, as the Cancel button does,
 * and drops the loads that wait.
 */
void
dl_window_cancel_load (DlWindow *self)
{
  g_return_if_fail (DL_IS_WINDOW (self));

  g_queue_clear_full (&self->pending_loads, (GDestroyNotify) g_ptr_array_unref);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
}

static void
toast_stopped (DlWindow   *self,
               const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Analyse All"));
  adw_toast_set_action_name (toast, "win.analyse");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Analysis ---------------------------------------------------------------- */

static void
analysis_job_free (AnalysisJob *job)
{
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_pointer (&job->result, dl_analysis_result_free);
  g_clear_pointer (&job->progress, progress_unref);
  g_free (job);
}

static void
analyze_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AnalysisJob *job = task_data;
  DlAnalyzerMonitor monitor = { analysis_progress_cb, analysis_partial_cb, job->progress, job->first_partial_ms };
  GError *error = NULL;

  if (!dl_analyzer_run_monitored (job->articles, &monitor, &job->result, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
analysis_stopped (DlWindow    *self,
                  AnalysisJob *job)
{
  g_autofree char *message = NULL;
  guint done = progress_get_done (job->progress);

  /* Translators: the analysis was cancelled, e.g. "Analysis stopped after 120 of 340 articles" */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Analysis stopped after %u of %u article",
                                          "Analysis stopped after %u of %u articles", job->articles->len),
                             done, job->articles->len);
  toast_stopped (self, message);
}

static void
analyze_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(DlWindow) self = user_data;
  AnalysisJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (window_closing (self))
    return;
  end_job (self);
  if (ok)
    {
      /* The articles belong to this thread: their inferred dates are
       * set here, before the views see the new events */
      dl_analysis_result_apply_dcts (job->result, job->articles);
      show_found (self, job->result, job->quiet);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    analysis_stopped (self, job);
  else
    _dl_window_show_toast (self, error->message);
  _dl_window_start_next_load (self);
}

static void
start_analysis (DlWindow *self,
                gboolean  quiet)
{
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
  job->first_partial_ms = self->first_partial_ms;
  job->progress = progress_new ();
  progress_set (job->progress, 0, job->articles->len, NULL);
  self->analysis_quiet_now = quiet;
  run_job (self, DL_LOAD_STAGE_ANALYSING, job->progress, job, (GDestroyNotify) analysis_job_free,
           analyze_thread, analyze_done_cb, start_analysis);
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

static void
analyse_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _dl_window_reanalyze (DL_WINDOW (widget), FALSE);
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  dl_window_cancel_load (DL_WINDOW (widget));
}

/* Import ------------------------------------------------------------------ */

static void
import_job_free (ImportJob *job)
{
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_clear_pointer (&job->known, g_ptr_array_unref);
  g_clear_pointer (&job->errors, g_ptr_array_unref);
  g_clear_pointer (&job->progress, progress_unref);
  g_free (job);
}

/* Hands a new article over, marked when it repeats an earlier one; a
 * file opened twice gives nothing new */
static void
take_article (ImportJob         *job,
              DlDuplicateFinder *finder,
              GHashTable        *paths,
              DlArticle         *article)
{
  const char *path = dl_article_get_path (article);
  DlArticle *original;

  if (path != NULL && !g_hash_table_add (paths, g_strdup (path)))
    return;
  original = dl_duplicate_finder_add (finder, article);
  if (original != NULL)
    dl_article_set_duplicate_of (article, original);
  progress_add_article (job->progress, article);
  job->n_new++;
}

static void
read_file (ImportJob         *job,
           GFile             *file,
           DlDuplicateFinder *finder,
           GHashTable        *paths,
           GCancellable      *cancellable)
{
  g_autoptr(GPtrArray) articles = NULL;
  GError *error = NULL;

  /* One file may hold many articles (a JSON Lines dump) */
  articles = dl_import_file_articles (file, NULL, job->errors, cancellable, &error);
  if (articles == NULL)
    {
      g_ptr_array_add (job->errors, error);
      return;
    }
  for (guint k = 0; k < articles->len; k++)
    take_article (job, finder, paths, g_ptr_array_index (articles, k));
}

/* The files to read: those given, and those in the folders given */
static GPtrArray *
collect_files (GPtrArray    *given,
               GCancellable *cancellable)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  for (guint i = 0; i < given->len; i++)
    if (G_IS_FILE (g_ptr_array_index (given, i)))
      g_ptr_array_add (files, g_ptr_array_index (given, i));
  return dl_import_collect_files ((GFile **) files->pdata, files->len, cancellable);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(DlDuplicateFinder) finder = dl_duplicate_finder_new ();
  g_autoptr(GHashTable) paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GError *error = NULL;

  files = collect_files (job->files, cancellable);
  job->n_files = files->len;
  progress_set (job->progress, 0, files->len, NULL);
  for (guint i = 0; i < job->known->len; i++)
    {
      DlArticle *known = g_ptr_array_index (job->known, i);

      if (dl_article_get_path (known) != NULL)
        g_hash_table_add (paths, g_strdup (dl_article_get_path (known)));
      dl_duplicate_finder_add (finder, known);
    }

  /* Pasted text is an article already */
  for (guint i = 0; i < job->files->len; i++)
    if (DL_IS_ARTICLE (g_ptr_array_index (job->files, i)))
      take_article (job, finder, paths, g_ptr_array_index (job->files, i));
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *name = g_file_get_basename (g_ptr_array_index (files, i));

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      progress_set (job->progress, i, files->len, name);
      read_file (job, g_ptr_array_index (files, i), finder, paths, cancellable);
    }
  progress_set (job->progress, files->len, files->len, NULL);
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

  g_clear_pointer (&self->last_errors, g_ptr_array_unref);
  self->last_errors = g_ptr_array_ref (errors);
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

static void
import_stopped (DlWindow  *self,
                ImportJob *job)
{
  g_autofree char *message = NULL;
  guint done = progress_get_done (job->progress);

  /* Translators: the import was cancelled, e.g. "Import stopped after 12 of 340 files" */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import stopped after %u of %u file",
                                          "Import stopped after %u of %u files", job->n_files),
                             done, job->n_files);
  if (job->n_new > 0)
    toast_stopped (self, message);
  else
    _dl_window_show_toast (self, message);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DlWindow) self = user_data;
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (window_closing (self))
    return;
  end_job (self);
  report_errors (self, job->errors);
  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    import_stopped (self, job);
  else if (!ok)
    _dl_window_show_toast (self, error->message);
  if (ok && job->n_new > 0)
    _dl_window_reanalyze (self, FALSE);
  else
    _dl_window_start_next_load (self);
}

static void
start_import (DlWindow  *self,
              GPtrArray *files)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  job->files = files;
  job->known = dl_corpus_dup_articles (self->corpus);
  job->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  job->progress = progress_new ();
  run_job (self, DL_LOAD_STAGE_READING, job->progress, job, (GDestroyNotify) import_job_free,
           import_thread, import_done_cb, start_import);
}

/* Starts the next load that waits, unless the window is busy: a save
 * asked for meanwhile goes first, as new articles would change the
 * corpus under it */
void
_dl_window_start_next_load (DlWindow *self)
{
  if (_dl_window_project_run_pending (self))
    return;
  if (self->busy_count > 0 || self->saving > 0)
    return;
  if (self->analysis_wanted)
    start_analysis (self, self->analysis_quiet);
  else if (!g_queue_is_empty (&self->pending_loads))
    start_import (self, g_queue_pop_head (&self->pending_loads));
}

void
_dl_window_import_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.analyse", NULL, analyse_action);
}

/* Stops the workers of a closing window and the strip's timer */
void
_dl_window_import_dispose (DlWindow *self)
{
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
}

void
_dl_window_import_finalize (DlWindow *self)
{
  g_clear_object (&self->load_cancellable);
  g_clear_pointer (&self->load_progress, progress_unref);
  g_clear_pointer (&self->last_errors, g_ptr_array_unref);
}
