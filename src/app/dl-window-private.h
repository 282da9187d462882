/* dl-window-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is split by concern: dl-window.c (views and selection),
 * dl-window-open.c (the ways to open articles), dl-window-import.c
 * (reading and analysing them in the background, with their progress),
 * dl-window-filter.c (the filter bar and the actions that filter),
 * dl-window-export.c, dl-window-copy.c (copying an event as a citation),
 * dl-window-project.c (opening and saving projects, the title, closing
 * with unsaved changes), dl-window-autosave.c (autosave and recovery),
 * dl-window-recent.c (recent projects), dl-window-state.c (the view
 * state a project keeps), dl-window-edit.c (corrections, undo and
 * redo), dl-window-keep.c (the selection kept across new results) and
 * dl-window-correct.c (the actions and dialogs that make corrections).
 */
#pragma once

#include "dl-analyzer.h"
#include "dl-article-list.h"
#include "dl-edit-history.h"
#include "dl-event-filter.h"
#include "dl-filter-bar.h"
#include "dl-graph-view.h"
#include "dl-project.h"
#include "dl-source-view.h"
#include "dl-timeline-view.h"
#include "dl-window.h"

G_BEGIN_DECLS

/* What the strip at the window's foot says is under way */
typedef enum
{
  DL_LOAD_STAGE_OPENING,      /* a project */
  DL_LOAD_STAGE_READING,      /* articles' files */
  DL_LOAD_STAGE_ANALYSING,
} DlLoadStage;

typedef struct _DlLoadProgress DlLoadProgress;

/* The MIME type of projects, see data/io.github.dateline.Dateline.mime.xml */
#define DL_PROJECT_MIME_TYPE "application/x-dateline-project"

struct _DlWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  AdwViewSwitcher *view_switcher;
  GMenu *open_menu;
  GtkToggleButton *sidebar_button;
  GtkToggleButton *search_button;
  DlFilterBar *filter_bar;
  GtkRevealer *progress_revealer;
  GtkLabel *progress_label;
  GtkLabel *progress_file_label;
  GtkProgressBar *progress_bar;
  GtkButton *cancel_button;
  GtkStack *main_stack;
  GtkLabel *articles_heading;
  DlArticleList *articles_list;
  AdwViewStack *view_stack;
  GtkRevealer *filter_revealer;
  GtkLabel *filter_label;
  GtkStack *timeline_stack;
  AdwStatusPage *no_events_page;
  DlTimelineView *timeline_view;
  DlGraphView *graph_view;
  DlSourceView *source_view;

  /* State */
  GSettings *settings;
  DlCorpus *corpus;
  DlViewport *viewport;
  DlEventFilter *filter;
  GtkFilterListModel *shown_events;
  GtkFilterListModel *shown_articles;
  GtkFilterListModel *shown_actors;
  GCancellable *cancellable;
  GQueue pending_loads;
  guint busy_count;
  guint progress_source;
  GCancellable *load_cancellable;   /* the import or analysis under way */
  DlLoadProgress *load_progress;    /* what its workers hand over */
  DlLoadStage load_stage;
  gboolean analysis_quiet_now;      /* the one under way gives no change */
  guint first_partial_ms;           /* 0: the analyzer's own delay */
  GPtrArray *last_errors;
  gboolean fit_after_analysis;

  /* The project: the file it was opened from or saved to (NULL while
   * untitled), whether it changed since, and the user's edits */
  GFile *file;
  DlProjectLock *lock;        /* keeps other windows off the file */
  gboolean modified;
  guint64 generation;         /* counts changes, to tell those made while saving */
  guint loading_project;      /* a loaded project's contents are no change */
  guint saving;               /* saves under way */
  GFile *save_pending;        /* a save asked for while busy, done after */
  gboolean save_pending_recovery;
  gboolean close_after_save;
  guint autosave_delay;       /* milliseconds */
  guint autosave_source;
  char *recovery_path;        /* where untitled work is kept, once it is */

  /* Corrections: the edits, and what the last analysis found, kept as it
   * was to apply them over (NULL until an analysis gave results) */
  DlEditHistory *history;
  GPtrArray *found_actors;
  GPtrArray *found_events;
  GArray *undo_groups;        /* how many edits each step of undo takes back */
  GArray *redo_groups;
  GPtrArray *date_restores;   /* date edits undone, to take back before analysing */
  gboolean analysis_wanted;   /* an analysis waits for the window to be idle */
  gboolean analysis_quiet;    /* and its results are no change */
  guint keeping_selection;
  AdwToast *last_toast;
  gint64 last_toast_time;     /* when it was shown */
  GtkPrintSettings *print_settings; /* the last print's, for the session */
  GtkPageSetup *page_setup;

  /* The welcome page (dl-window-welcome.c) */
  GtkWidget *welcome_open_button;
  GtkWidget *welcome_recent;
  GtkListBox *welcome_recent_list;
};

typedef struct _DlWindowKept DlWindowKept;

void  _dl_window_open_class_init    (GtkWidgetClass *widget_class);
void  _dl_window_open_init          (DlWindow       *self);
void  _dl_window_open_finalize      (DlWindow       *self);
void  _dl_window_import_class_init  (GtkWidgetClass *widget_class);
void  _dl_window_import_dispose     (DlWindow       *self);
void  _dl_window_import_finalize    (DlWindow       *self);
void  _dl_window_export_class_init  (GtkWidgetClass *widget_class);
void  _dl_window_print_class_init   (GtkWidgetClass *widget_class);
void  _dl_window_print_init         (DlWindow       *self);
void  _dl_window_print_dispose      (DlWindow       *self);
GtkPrintOperation *_dl_window_create_print_operation (DlWindow *self);
void  _dl_window_copy_class_init    (GtkWidgetClass *widget_class);
void  _dl_window_copy_init          (DlWindow       *self);
void  _dl_window_help_class_init    (GtkWidgetClass *widget_class);
void  _dl_window_filter_class_init  (GtkWidgetClass *widget_class);
void  _dl_window_filter_init        (DlWindow       *self);
void  _dl_window_filter_set_focus   (DlWindow       *self,
                                     DlActor        *actor);
void  _dl_window_update_event_views (DlWindow       *self);
void  _dl_window_show_toast         (DlWindow       *self,
                                     const char     *message);
void  _dl_window_analysis_done      (DlWindow       *self);
void  _dl_window_set_busy           (DlWindow       *self,
                                     gboolean        busy);
void  _dl_window_start_next_load    (DlWindow       *self);

/* dl-window-project.c */
void      _dl_window_project_class_init  (GtkWidgetClass *widget_class);
void      _dl_window_project_init        (DlWindow       *self);
void      _dl_window_project_finalize    (DlWindow       *self);
gboolean  _dl_window_project_close_request (DlWindow     *self);
gboolean  _dl_window_project_run_pending (DlWindow       *self);
gboolean  _dl_window_is_empty            (DlWindow       *self);
void      _dl_window_mark_modified       (DlWindow       *self);
void      _dl_window_update_title        (DlWindow       *self);
void      _dl_window_start_save          (DlWindow       *self,
                                          GFile          *file,
                                          gboolean        recovery);
void      _dl_window_load_project        (DlWindow       *self,
                                          GFile          *file,
                                          gboolean        recovered);

/* dl-window-autosave.c */
void      _dl_window_autosave_init       (DlWindow       *self);
void      _dl_window_schedule_autosave   (DlWindow       *self);
void      _dl_window_stop_autosave       (DlWindow       *self);
void      _dl_window_remove_recovery     (DlWindow       *self);
void      _dl_window_set_aside_recovery  (GFile          *file);
void      _dl_window_adopt_recovery      (DlWindow       *self,
                                          GFile          *file);
char     *_dl_window_dup_recovery_dir    (void);

/* dl-window-recent.c */
void      _dl_window_recent_class_init   (GtkWidgetClass *widget_class);
void      _dl_window_recent_init         (DlWindow       *self);
void      _dl_window_add_recent          (DlWindow       *self,
                                          GFile          *file);
char      *_dl_window_dup_project_name   (DlWindow       *self);
GPtrArray *_dl_window_dup_recent_projects (void);
char      *_dl_window_dup_recent_name    (GtkRecentInfo  *info);

/* dl-window-welcome.c: the page of an empty window */
void      _dl_window_welcome_class_init  (GtkWidgetClass *widget_class);
void      _dl_window_welcome_init        (DlWindow       *self);
char     *_dl_window_dup_sample_dir      (void);
char     *_dl_window_format_relative_time (GDateTime     *time,
                                          GDateTime      *now);

/* dl-window-open.c */
void      _dl_window_reanalyze           (DlWindow       *self,
                                          gboolean        quiet);

/* dl-window-preferences.c */
void      _dl_window_preferences_init    (DlWindow       *self);
void      _dl_window_restrict_actors     (DlWindow       *self,
                                          DlAnalysisResult *result);

/* dl-window-edit.c */
void      _dl_window_edit_class_init     (GtkWidgetClass *widget_class);
void      _dl_window_edit_init           (DlWindow       *self);
void      _dl_window_edit_dispose        (DlWindow       *self);
void      _dl_window_edit_finalize       (DlWindow       *self);
void      _dl_window_rebuild             (DlWindow       *self);
void      _dl_window_set_found           (DlWindow       *self,
                                          GPtrArray      *actors,
                                          GPtrArray      *events);
void      _dl_window_forget_found        (DlWindow       *self);
void      _dl_window_prepare_analysis    (DlWindow       *self);
void      _dl_window_take_edits          (DlWindow       *self,
                                          GPtrArray      *json);
gboolean  _dl_window_has_edits           (DlWindow       *self);

/* dl-window-keep.c */
DlWindowKept *_dl_window_remember_selection (DlWindow    *self);
void      _dl_window_restore_selection   (DlWindow       *self,
                                          DlWindowKept   *kept);
void      _dl_window_kept_free           (DlWindowKept   *kept);
DlEvent  *_dl_window_find_event_at       (DlWindow       *self,
                                          DlArticle      *article,
                                          guint           start,
                                          guint           end);

/* dl-window-correct.c */
void      _dl_window_correct_class_init  (GtkWidgetClass *widget_class);

/* dl-window-state.c */
GHashTable *_dl_window_collect_view_state (DlWindow      *self);
void      _dl_window_apply_view_state    (DlWindow       *self,
                                          GHashTable     *state);

G_END_DECLS
