/* dl-window-edit.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user's corrections and their undo and redo. The window keeps what
 * the last analysis found, never changed, and shows copies of it with
 * the edits applied (dl_edits_apply_to_copies()). A new edit, an undo or
 * a redo makes what is shown again from those results and the edits
 * that remain, which is quick, on the main thread; the selection stays
 * where the selected thing still exists (dl-window-keep.c).
 *
 * An article's own date is the one edit that needs a new analysis, as
 * the article's relative dates resolve from it. Adding articles also
 * analyses again, and the edits are applied over the fresh results:
 * they are never lost.
 *
 * Several edits made at once (the fields of one Edit Event dialog) are
 * one step of undo and redo.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-edit-history.h"
#include "dl-window-private.h"

/* Undo and redo, enabled from the history ---------------------------------- */

static void
update_undo_actions (DlWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", dl_edit_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", dl_edit_history_can_redo (self->history));
}

/* How many edits the step at the top of @groups holds: one for edits
 * the window did not make itself (those of a project) */
static guint
pop_group (GArray *groups)
{
  guint n;

  if (groups->len == 0)
    return 1;
  n = g_array_index (groups, guint, groups->len - 1);
  g_array_set_size (groups, groups->len - 1);
  return n;
}

/* Making what is shown ------------------------------------------------------ */

static GPtrArray *
dup_array (GPtrArray *items)
{
  GPtrArray *copy = g_ptr_array_new_full (items->len, g_object_unref);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (items, i)));
  return copy;
}

/**
 * _dl_window_rebuild:
 *
 * Shows the results of the last analysis with the edits applied. Until
 * an analysis gave results, there is nothing to apply them to: the
 * analysis under way applies them when it ends.
 */
void
_dl_window_rebuild (DlWindow *self)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) events = NULL;
  DlWindowKept *kept;

  if (self->found_actors == NULL)
    return;
  articles = dl_corpus_dup_articles (self->corpus);
  dl_edits_apply_to_copies (dl_edit_history_get_edits (self->history), articles,
                            self->found_actors, self->found_events, &actors, &events);
  kept = _dl_window_remember_selection (self);
  dl_corpus_set_analysis (self->corpus, actors, events);
  _dl_window_restore_selection (self, kept);
}

/**
 * _dl_window_set_found:
 * @actors: (element-type DlActor): what an analysis found, kept as it is
 * @events: (element-type DlEvent): the same
 *
 * Keeps the results of an analysis and shows them with the edits.
 */
void
_dl_window_set_found (DlWindow  *self,
                      GPtrArray *actors,
                      GPtrArray *events)
{
  g_clear_pointer (&self->found_actors, g_ptr_array_unref);
  g_clear_pointer (&self->found_events, g_ptr_array_unref);
  self->found_actors = dup_array (actors);
  self->found_events = dup_array (events);
  _dl_window_rebuild (self);
}

/**
 * _dl_window_forget_found:
 *
 * The results shown are not an analysis's own (a project's, saved with
 * its edits applied): edits wait for the analysis that gives them.
 */
void
_dl_window_forget_found (DlWindow *self)
{
  g_clear_pointer (&self->found_actors, g_ptr_array_unref);
  g_clear_pointer (&self->found_events, g_ptr_array_unref);
}

/* Article dates ------------------------------------------------------------ */

/**
 * _dl_window_prepare_analysis:
 *
 * Gives back their own dates to the articles whose date edits were
 * undone, then gives the articles the dates the user set, before they
 * are analysed. Articles change only here, while no analysis reads
 * them.
 */
void
_dl_window_prepare_analysis (DlWindow *self)
{
  g_autoptr(GPtrArray) articles = dl_corpus_dup_articles (self->corpus);

  for (guint i = 0; i < self->date_restores->len; i++)
    dl_edit_restore_article_date (g_ptr_array_index (self->date_restores, i), articles);
  g_ptr_array_set_size (self->date_restores, 0);
  dl_edits_set_article_dates (dl_edit_history_get_edits (self->history), articles);
}

/* After an edit is made, undone or made again */
static void
edits_changed (DlWindow *self,
               gboolean  dates_changed)
{
  update_undo_actions (self);
  _dl_window_mark_modified (self);
  if (dates_changed)
    _dl_window_reanalyze (self, FALSE);
  else
    _dl_window_rebuild (self);
}

static gboolean
is_date_edit (DlEdit *edit)
{
  return dl_edit_changes_article_dates (edit);
}

/* Toasts -------------------------------------------------------------------- */

/* libadwaita 1.2 crashes when a toast is dismissed while it slides in
 * or out: a toast is left this long before it is dismissed */
#define TOAST_SLIDE_USEC (600 * 1000)

static void
toast_undo_cb (DlWindow *self,
               AdwToast *toast)
{
  /* The toast of an edit undone offers nothing any more */
  if (g_object_get_data (G_OBJECT (toast), "undone") == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.undo", NULL);
}

typedef struct
{
  GWeakRef window;
  AdwToast *toast;
} LateDismissal;

static void
late_dismissal_free (LateDismissal *late)
{
  g_weak_ref_clear (&late->window);
  g_object_unref (late->toast);
  g_free (late);
}

static void
mark_dismissed_cb (AdwToast *toast)
{
  g_object_set_data (G_OBJECT (toast), "dismissed", GINT_TO_POINTER (TRUE));
}

/* Unless it went meanwhile, or its window did */
static gboolean
dismiss_later_cb (gpointer data)
{
  LateDismissal *late = data;
  g_autoptr(GtkWidget) window = g_weak_ref_get (&late->window);

  if (window != NULL && !gtk_widget_in_destruction (window)
      && g_object_get_data (G_OBJECT (late->toast), "dismissed") == NULL)
    adw_toast_dismiss (late->toast);
  return G_SOURCE_REMOVE;
}

/* Takes the last edit's toast away, once it has finished sliding in */
static void
dismiss_edit_toast (DlWindow *self)
{
  gint64 shown_for;

  if (self->last_toast == NULL)
    return;
  g_object_set_data (G_OBJECT (self->last_toast), "undone", GINT_TO_POINTER (TRUE));
  shown_for = g_get_monotonic_time () - self->last_toast_time;
  if (shown_for >= TOAST_SLIDE_USEC)
    adw_toast_dismiss (self->last_toast);
  else
    {
      LateDismissal *late = g_new0 (LateDismissal, 1);

      g_weak_ref_init (&late->window, self);
      late->toast = g_object_ref (self->last_toast);
      g_timeout_add_full (G_PRIORITY_DEFAULT, (TOAST_SLIDE_USEC - shown_for) / 1000, dismiss_later_cb,
                          late, (GDestroyNotify) late_dismissal_free);
    }
  g_clear_object (&self->last_toast);
}

static void
toast_dismissed_cb (DlWindow *self,
                    AdwToast *toast)
{
  if (self->last_toast == toast)
    g_clear_object (&self->last_toast);
}

/* One toast at a time says what the last correction was: a toast still
 * shown takes the new words rather than queueing behind */
static void
show_edit_toast (DlWindow   *self,
                 const char *message)
{
  AdwToast *toast;

  if (self->last_toast != NULL)
    {
      adw_toast_set_title (self->last_toast, message);
      return;
    }
  self->last_toast_time = g_get_monotonic_time ();
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_undo_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (toast, "dismissed", G_CALLBACK (mark_dismissed_cb), NULL);
  self->last_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Public entry points -------------------------------------------------------- */

/**
 * dl_window_apply_edits:
 * @edits: (element-type DlEdit): corrections made together
 *
 * Makes @edits, one step of undo, and shows the results, with a toast
 * that offers to undo them. An article's date analyses again.
 */
void
dl_window_apply_edits (DlWindow  *self,
                       GPtrArray *edits)
{
  g_autofree char *description = NULL;
  gboolean dates = FALSE;
  guint n;

  g_return_if_fail (DL_IS_WINDOW (self));
  g_return_if_fail (edits != NULL);

  n = edits->len;
  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      dl_edit_history_push (self->history, g_ptr_array_index (edits, i));
      dates = dates || is_date_edit (g_ptr_array_index (edits, i));
    }
  g_array_set_size (self->redo_groups, 0);
  g_array_append_val (self->undo_groups, n);
  edits_changed (self, dates);

  description = dl_edit_dup_description (g_ptr_array_index (edits, 0));
  if (n > 1)
    {
      g_autofree char *first = g_steal_pointer (&description);
      /* TRANSLATORS: a toast after several corrections made at once:
       * the first one's description, and how many more */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, and %u more change",
                                                  "%s, and %u more changes", n - 1),
                                     first, n - 1);
    }
  show_edit_toast (self, description);
}

/**
 * dl_window_apply_edit:
 *
 * Makes one correction; see dl_window_apply_edits().
 */
void
dl_window_apply_edit (DlWindow *self,
                      DlEdit   *edit)
{
  g_autoptr(GPtrArray) edits = g_ptr_array_new ();

  g_return_if_fail (DL_IS_WINDOW (self));
  g_return_if_fail (DL_IS_EDIT (edit));

  g_ptr_array_add (edits, edit);
  dl_window_apply_edits (self, edits);
}

/**
 * dl_window_get_edit_history:
 *
 * Returns: (transfer none): the project's edits, saved with it
 */
DlEditHistory *
dl_window_get_edit_history (DlWindow *self)
{
  g_return_val_if_fail (DL_IS_WINDOW (self), NULL);
  return self->history;
}

/**
 * _dl_window_take_edits:
 * @json: (nullable) (element-type utf8): a project's edits
 *
 * Puts a project's edits in the history, which then holds nothing to
 * redo; edits this version cannot read are reported and left out.
 */
void
_dl_window_take_edits (DlWindow  *self,
                       GPtrArray *json)
{
  g_autoptr(GError) error = NULL;

  g_array_set_size (self->undo_groups, 0);
  g_array_set_size (self->redo_groups, 0);
  g_ptr_array_set_size (self->date_restores, 0);
  dl_edit_history_clear (self->history);
  if (json != NULL && !dl_edit_history_set_json (self->history, json, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Some corrections could not be read: %s"), error->message);
      _dl_window_show_toast (self, message);
    }
  update_undo_actions (self);
}

gboolean
_dl_window_has_edits (DlWindow *self)
{
  return dl_edit_history_get_edits (self->history)->len > 0;
}

/* Actions ------------------------------------------------------------------- */

static void
step (DlWindow *self,
      gboolean  undo)
{
  guint n = pop_group (undo ? self->undo_groups : self->redo_groups);
  gboolean dates = FALSE;
  guint done = 0;

  for (guint i = 0; i < n; i++)
    {
      DlEdit *edit = undo ? dl_edit_history_undo (self->history) : dl_edit_history_redo (self->history);

      if (edit == NULL)
        break;
      if (undo && is_date_edit (edit))
        g_ptr_array_add (self->date_restores, g_object_ref (edit));
      dates = dates || is_date_edit (edit);
      done++;
    }
  if (done == 0)
    return;
  g_array_append_val (undo ? self->redo_groups : self->undo_groups, done);
  dismiss_edit_toast (self);
  edits_changed (self, dates);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step (DL_WINDOW (widget), TRUE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step (DL_WINDOW (widget), FALSE);
}

/* Setup --------------------------------------------------------------------- */

void
_dl_window_edit_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
}

void
_dl_window_edit_init (DlWindow *self)
{
  self->history = dl_edit_history_new ();
  self->undo_groups = g_array_new (FALSE, FALSE, sizeof (guint));
  self->redo_groups = g_array_new (FALSE, FALSE, sizeof (guint));
  self->date_restores = g_ptr_array_new_with_free_func (g_object_unref);
  update_undo_actions (self);
}

void
_dl_window_edit_dispose (DlWindow *self)
{
  g_clear_object (&self->last_toast);
}

void
_dl_window_edit_finalize (DlWindow *self)
{
  _dl_window_forget_found (self);
  g_clear_object (&self->history);
  g_clear_pointer (&self->undo_groups, g_array_unref);
  g_clear_pointer (&self->redo_groups, g_array_unref);
  g_clear_pointer (&self->date_restores, g_ptr_array_unref);
}
