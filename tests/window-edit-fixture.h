/* window-edit-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two articles of the tests' own for test-window-edit and
 * test-window-edit-actors, written to a temporary folder; helpers to
 * open them in a window and find their events and actors by what they
 * are called; an edit of each kind with the change it makes, and the
 * dialogs that make them.
 */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-edit-history.h"
#include "dl-edit.h"
#include "dl-event.h"
#include "dl-timeline-view.h"
#include "dl-window.h"

#include "window-fixture.h"

static const char harbour_text[] =
  "Harbour Bridge Opens After Years of Delay\n"
  "\n"
  "Published: 12 June 2004\n"
  "\n"
  "PORTSMOUTH – The new harbour bridge opened to traffic on 11 June 2004, two years later than "
  "planned. Mayor Ellen Carver cut the ribbon before a crowd of several thousand people.\n"
  "\n"
  "The Harbour Trust, which paid for most of the work, said the bridge would carry 40,000 cars a "
  "day. Engineer Tomas Reyes, who led the design team, thanked the workers who had built the "
  "towers through two hard winters.\n"
  "\n"
  "On 3 March 2002 a storm damaged the half-finished deck, and the Harbour Trust stopped the work "
  "for four months. Ellen Carver visited the site on 5 March 2002 and promised that the bridge "
  "would be finished.\n";

/* No date of its own: its days of the week wait for one */
static const char ferry_text[] =
  "Ferry Crews Walk Out\n"
  "\n"
  "The ferry crews of the Channel Line went on strike on Friday, leaving hundreds of passengers "
  "stranded at the quay. Union leader Marta Holm said the crews would not return until the company "
  "restored their pay.\n"
  "\n"
  "The Channel Line said on Saturday that it would meet the union next week. Marta Holm met the "
  "company's directors in Portsmouth on Sunday.\n";

static char *fixture_dir;

/* Helpers ----------------------------------------------------------------- */

static inline char *
fixture_path (const char *name)
{
  return g_build_filename (fixture_dir, name, NULL);
}

static inline void
write_fixture (const char *name,
               const char *text)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static inline void
open_fixture (DlWindow   *window,
              const char *name)
{
  g_autofree char *path = fixture_path (name);

  open_path (window, path);
}

static inline DlWindow *
open_harbour (void)
{
  DlWindow *window = new_window (NULL);

  open_fixture (window, "harbour.txt");
  return window;
}

static inline DlCorpus *
corpus_of (DlWindow *window)
{
  return dl_window_get_corpus (window);
}

static inline DlEvent *
find_event (DlWindow   *window,
            const char *title)
{
  GListModel *events = dl_corpus_get_events (corpus_of (window));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (dl_event_get_title (event), title) == 0)
        return event;
    }
  return NULL;
}

/* @found, which the fixture's articles are sure to give */
static inline gpointer
must_exist (gpointer    found,
            const char *what,
            const char *name)
{
  if (found == NULL)
    g_error ("No %s “%s” in the fixture's corpus", what, name);
  return found;
}

static inline DlEvent *
get_event (DlWindow   *window,
           const char *title)
{
  return must_exist (find_event (window, title), "event", title);
}

static inline DlActor *
find_actor (DlWindow   *window,
            const char *name)
{
  return dl_corpus_find_actor_by_name (corpus_of (window), name);
}

static inline DlActor *
get_actor (DlWindow   *window,
           const char *name)
{
  return must_exist (find_actor (window, name), "actor", name);
}

static inline DlArticle *
get_article (DlWindow   *window,
             const char *name)
{
  g_autofree char *path = fixture_path (name);
  DlArticle *article = dl_corpus_find_article_by_path (corpus_of (window), path);

  g_assert_nonnull (article);
  return article;
}

/* The code points of @words in @article's text */
static inline void
find_passage (DlArticle  *article,
              const char *words,
              guint      *start,
              guint      *end)
{
  const char *text = dl_article_get_text (article);
  const char *found = strstr (text, words);

  g_assert_nonnull (found);
  *start = (guint) g_utf8_pointer_to_offset (text, found);
  *end = *start + (guint) g_utf8_strlen (words, -1);
}

static inline void
activate (DlWindow   *window,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  settle ();
}

static inline GListModel *
shown_events (DlWindow *window)
{
  return dl_timeline_view_get_events (DL_TIMELINE_VIEW (dl_window_get_timeline_view (window)));
}

/* What win.undo and win.redo follow */
static inline gboolean
action_enabled (DlWindow   *window,
                const char *name)
{
  DlEditHistory *history = dl_window_get_edit_history (window);

  return g_str_equal (name, "undo") ? dl_edit_history_can_undo (history) : dl_edit_history_can_redo (history);
}

/* Each kind of edit, made, undone and made again --------------------------- */

typedef struct
{
  const char *name;
  DlEdit *(*make) (DlWindow *window);
  gboolean (*applied) (DlWindow *window);
} EditCase;

static inline DlEdit *
make_title (DlWindow *window)
{
  return dl_edit_new_event_title (get_event (window, "Bridge opened"), "Harbour bridge opens to traffic");
}

static inline gboolean
title_applied (DlWindow *window)
{
  return find_event (window, "Harbour bridge opens to traffic") != NULL && find_event (window, "Bridge opened") == NULL;
}

static inline DlEdit *
make_date (DlWindow *window)
{
  g_autoptr(DlDateSpan) when = dl_date_span_new_from_value ("2002-03-06", DL_CERTAINTY_STATED);

  return dl_edit_new_event_date (get_event (window, "Carver visits site"), when);
}

static inline gboolean
date_applied (DlWindow *window)
{
  DlDateSpan *when = dl_event_get_when (get_event (window, "Carver visits site"));

  return when != NULL && g_strcmp0 (dl_date_span_get_value (when), "2002-03-06") == 0 &&
         dl_date_span_get_certainty (when) == DL_CERTAINTY_STATED;
}

static inline DlEdit *
make_actors (DlWindow *window)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (actors, g_object_ref (get_actor (window, "Ellen Carver")));
  g_ptr_array_add (actors, dl_actor_new ("Ada Brightwater", DL_ACTOR_KIND_PERSON));
  return dl_edit_new_event_actors (get_event (window, "Bridge opened"), actors);
}

static inline gboolean
actors_applied (DlWindow *window)
{
  GPtrArray *actors = dl_event_get_actors (get_event (window, "Bridge opened"));
  DlActor *ada = find_actor (window, "Ada Brightwater");

  return actors->len == 2 && ada != NULL && dl_actor_get_kind (ada) == DL_ACTOR_KIND_PERSON &&
         g_ptr_array_index (actors, 0) == get_actor (window, "Ellen Carver") &&
         g_ptr_array_index (actors, 1) == ada;
}

static inline DlEdit *
make_hide (DlWindow *window)
{
  return dl_edit_new_event_hide (get_event (window, "Carver visits site"));
}

static inline gboolean
hide_applied (DlWindow *window)
{
  DlEvent *event = get_event (window, "Carver visits site");

  g_assert_cmpint (dl_event_get_hidden (event), !=, model_contains (shown_events (window), event));
  return dl_event_get_hidden (event);
}

static inline DlEdit *
make_delete (DlWindow *window)
{
  return dl_edit_new_event_delete (get_event (window, "Carver visits site"));
}

static inline gboolean
delete_applied (DlWindow *window)
{
  return find_event (window, "Carver visits site") == NULL;
}

#define TRUST_SAYS "The Harbour Trust, which paid for most of the work, said the bridge would carry 40,000 cars a day."

static inline DlEdit *
make_add (DlWindow *window)
{
  DlArticle *article = get_article (window, "harbour.txt");
  g_autoptr(DlDateSpan) when = dl_date_span_new_from_value ("2004-06-12", DL_CERTAINTY_STATED);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  guint start, end;

  find_passage (article, TRUST_SAYS, &start, &end);
  g_ptr_array_add (actors, g_object_ref (get_actor (window, "Harbour Trust")));
  return dl_edit_new_event_add (article, start, end, "Trust forecasts traffic", when, actors);
}

static inline gboolean
add_applied (DlWindow *window)
{
  DlEvent *event = find_event (window, "Trust forecasts traffic");
  DlArticle *article = get_article (window, "harbour.txt");
  const DlSource *source;
  guint start, end;

  if (event == NULL)
    return FALSE;
  find_passage (article, TRUST_SAYS, &start, &end);
  source = &g_array_index (dl_event_get_sources (event), DlSource, 0);
  g_assert_true (source->article == article);
  g_assert_cmpuint (source->start, ==, start);
  g_assert_cmpuint (source->end, ==, end);
  g_assert_true (dl_event_has_actor (event, get_actor (window, "Harbour Trust")));
  g_assert_cmpstr (dl_date_span_get_value (dl_event_get_when (event)), ==, "2004-06-12");
  return TRUE;
}

static inline DlEdit *
make_rename (DlWindow *window)
{
  return dl_edit_new_actor_rename (get_actor (window, "Engineer Tomas Reyes"), "Tomas Reyes");
}

static inline gboolean
rename_applied (DlWindow *window)
{
  DlActor *renamed = find_actor (window, "Tomas Reyes");

  if (renamed == NULL)
    return FALSE;
  g_assert_null (find_actor (window, "Engineer Tomas Reyes"));
  g_assert_true (dl_actor_has_alias (renamed, "Engineer Tomas Reyes"));
  return TRUE;
}

static inline DlEdit *
make_kind (DlWindow *window)
{
  return dl_edit_new_actor_kind (get_actor (window, "Harbour Trust"), DL_ACTOR_KIND_GROUP);
}

static inline gboolean
kind_applied (DlWindow *window)
{
  return dl_actor_get_kind (get_actor (window, "Harbour Trust")) == DL_ACTOR_KIND_GROUP;
}

static inline DlEdit *
make_merge (DlWindow *window)
{
  return dl_edit_new_actor_merge (get_actor (window, "Engineer Tomas Reyes"), get_actor (window, "Ellen Carver"));
}

static inline gboolean
merge_applied (DlWindow *window)
{
  guint n = dl_actor_get_n_mentions (get_actor (window, "Ellen Carver"));

  g_assert_cmpuint (n, ==, find_actor (window, "Engineer Tomas Reyes") == NULL ? 3 : 2);
  return n == 3;
}

static inline DlEdit *
make_split (DlWindow *window)
{
  DlActor *carver = get_actor (window, "Ellen Carver");
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (DlMention));

  /* The second mention, in the passage of the site visit */
  g_array_append_val (mentions, g_array_index (dl_actor_get_mentions (carver), DlMention, 1));
  return dl_edit_new_actor_split (carver, mentions, "Ellen Carver (site visit)");
}

static inline gboolean
split_applied (DlWindow *window)
{
  DlActor *split = find_actor (window, "Ellen Carver (site visit)");

  if (split == NULL)
    return FALSE;
  g_assert_cmpuint (dl_actor_get_n_mentions (split), ==, 1);
  g_assert_cmpuint (dl_actor_get_n_mentions (get_actor (window, "Ellen Carver")), ==, 1);
  g_assert_true (dl_event_has_actor (get_event (window, "Carver visits site"), split));
  return TRUE;
}

static const EditCase edit_cases[] = {
  { "event-title", make_title, title_applied },
  { "event-date", make_date, date_applied },
  { "event-actors", make_actors, actors_applied },
  { "event-hide", make_hide, hide_applied },
  { "event-delete", make_delete, delete_applied },
  { "event-add", make_add, add_applied },
  { "actor-rename", make_rename, rename_applied },
  { "actor-kind", make_kind, kind_applied },
  { "actor-merge", make_merge, merge_applied },
  { "actor-split", make_split, split_applied },
};

static inline void
test_edit_undo_redo (gconstpointer data)
{
  const EditCase *edit_case = data;
  DlWindow *window = open_harbour ();
  guint n_events = g_list_model_get_n_items (dl_corpus_get_events (corpus_of (window)));
  g_autoptr(DlEdit) edit = NULL;
  g_autofree char *description = NULL;

  g_assert_false (edit_case->applied (window));
  g_assert_false (action_enabled (window, "undo"));
  g_assert_false (action_enabled (window, "redo"));

  edit = edit_case->make (window);
  description = dl_edit_dup_description (edit);
  dl_window_apply_edit (window, edit);
  settle ();
  g_assert_true (edit_case->applied (window));
  g_assert_true (dl_window_get_modified (window));
  g_assert_true (action_enabled (window, "undo"));
  g_assert_false (action_enabled (window, "redo"));
  /* A toast says what was done, and offers to undo it */
  g_assert_true (has_label (GTK_WIDGET (window), description));

  activate (window, "win.undo");
  g_assert_false (edit_case->applied (window));
  g_assert_cmpuint (g_list_model_get_n_items (dl_corpus_get_events (corpus_of (window))), ==, n_events);
  g_assert_false (action_enabled (window, "undo"));
  g_assert_true (action_enabled (window, "redo"));

  activate (window, "win.redo");
  g_assert_true (edit_case->applied (window));
  g_assert_cmpuint (dl_edit_history_get_edits (dl_window_get_edit_history (window))->len, ==, 1);

  destroy_window (window);
}

/* The cases of edit_cases[] whose names start with @prefix */
static inline void
add_undo_redo_tests (const char *prefix)
{
  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/window-edit/undo-redo/%s", edit_cases[i].name);

      if (g_str_has_prefix (edit_cases[i].name, prefix))
        g_test_add_data_func (path, &edit_cases[i], test_edit_undo_redo);
    }
}

/* The dialogs, driven as a person would ---------------------------------------- */

static inline AdwMessageDialog *
open_dialog (DlWindow   *window,
             const char *action,
             GVariant   *target)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, target));
  settle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  return dialog;
}

static inline void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  settle ();
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();
}

/* Suites ----------------------------------------------------------------------- */

/* window_tests_init(), and the articles written */
static inline char *
window_edit_tests_init (int    *argc,
                        char ***argv)
{
  char *data_home = window_tests_init (argc, argv);

  fixture_dir = g_dir_make_tmp ("dateline-window-edit-fixtures-XXXXXX", NULL);
  g_assert_nonnull (fixture_dir);
  write_fixture ("harbour.txt", harbour_text);
  write_fixture ("ferry.txt", ferry_text);
  return data_home;
}

static inline int
window_edit_tests_run (char *data_home)
{
  int status = window_tests_run (data_home);

  remove_tree (fixture_dir);
  g_clear_pointer (&fixture_dir, g_free);
  return status;
}
