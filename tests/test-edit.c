/* test-edit.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user's corrections: each kind of edit against the same change
 * made by hand, undo and redo, JSON both ways, and edits that outlive
 * a new analysis.
 */
#include "config.h"

#include "dl-analyzer.h"
#include "dl-edit-history.h"
#include "edit-cases.h"

static char *
expected_snapshot (const EditCase *edit_case)
{
  g_autoptr(Results) expected = make_results ();

  edit_case->expect (expected);
  return snapshot (expected->actors, expected->events);
}

/* dl_edits_apply() in place, on copies made without edits */
static char *
snapshot_applied_in_place (Results   *results,
                           GPtrArray *edits,
                           guint      n_applied)
{
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) events = NULL;

  dl_edits_apply_to_copies (NULL, results->articles, results->actors, results->events, &actors, &events);
  g_assert_cmpuint (dl_edits_apply (edits, results->articles, actors, events), ==, n_applied);
  return snapshot (actors, events);
}

/* The edit does what the same change by hand does, and nothing else;
 * undone, the results are as found; redone, edited again */
static void
test_edit_case (gconstpointer data)
{
  const EditCase *edit_case = data;
  g_autoptr(Results) results = make_results ();
  g_autoptr(DlEditHistory) history = dl_edit_history_new ();
  g_autoptr(DlEdit) edit = edit_case->make (results);
  g_autofree char *found = snapshot (results->actors, results->events);
  g_autofree char *want = expected_snapshot (edit_case);
  g_autofree char *got = NULL, *in_place = NULL, *untouched = NULL;
  g_autofree char *undone = NULL, *redone = NULL, *description = NULL;

  g_assert_cmpstr (want, !=, found);
  dl_edit_history_push (history, edit);
  got = snapshot_edited (results, dl_edit_history_get_edits (history));
  g_assert_cmpstr (got, ==, want);
  untouched = snapshot (results->actors, results->events);
  g_assert_cmpstr (untouched, ==, found);
  in_place = snapshot_applied_in_place (results, dl_edit_history_get_edits (history), 1);
  g_assert_cmpstr (in_place, ==, want);

  g_assert_true (dl_edit_history_undo (history) == edit);
  undone = snapshot_edited (results, dl_edit_history_get_edits (history));
  g_assert_cmpstr (undone, ==, found);
  g_assert_true (dl_edit_history_redo (history) == edit);
  redone = snapshot_edited (results, dl_edit_history_get_edits (history));
  g_assert_cmpstr (redone, ==, want);

  description = dl_edit_dup_description (edit);
  g_assert_cmpstr (description, ==, edit_case->description);
}

/* Read back, an edit writes the same JSON and makes the same change */
static void
test_json_case (gconstpointer data)
{
  const EditCase *edit_case = data;
  g_autoptr(Results) results = make_results ();
  g_autoptr(DlEdit) edit = edit_case->make (results);
  g_autoptr(DlEdit) again = NULL;
  g_autoptr(GPtrArray) edits = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = dl_edit_to_json (edit);
  g_autofree char *json_again = NULL, *got = NULL, *want = expected_snapshot (edit_case);

  g_test_message ("%s", json);
  again = dl_edit_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dl_edit_get_kind (again), ==, dl_edit_get_kind (edit));
  json_again = dl_edit_to_json (again);
  g_assert_cmpstr (json_again, ==, json);
  g_ptr_array_add (edits, again);
  got = snapshot_edited (results, edits);
  g_assert_cmpstr (got, ==, want);
}

/* Any two edits: after the second is undone the results are those of
 * the first alone */
static void
test_undo_exact (void)
{
  g_autoptr(Results) results = make_results ();

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    for (guint j = 0; j < G_N_ELEMENTS (edit_cases); j++)
      {
        g_autoptr(DlEditHistory) history = dl_edit_history_new ();
        g_autoptr(DlEdit) first = edit_cases[i].make (results);
        g_autoptr(DlEdit) second = edit_cases[j].make (results);
        g_autoptr(GPtrArray) only_first = g_ptr_array_new ();
        g_autofree char *want = NULL, *got = NULL;

        g_ptr_array_add (only_first, first);
        want = snapshot_edited (results, only_first);
        dl_edit_history_push (history, first);
        dl_edit_history_push (history, second);
        g_assert_true (dl_edit_history_undo (history) == second);
        got = snapshot_edited (results, dl_edit_history_get_edits (history));
        g_assert_cmpstr (got, ==, want);
      }
}

/* With nothing to change, an edit is skipped; only an added event,
 * which needs no more than its article, still applies */
static void
test_target_gone (void)
{
  g_autoptr(Results) results = make_results ();
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) no_articles = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autoptr(DlEdit) edit = edit_cases[i].make (results);
      g_autoptr(GPtrArray) edits = g_ptr_array_new ();
      guint applied;

      g_ptr_array_add (edits, edit);
      applied = dl_edits_apply (edits, no_articles, actors, events);
      g_assert_cmpuint (applied, ==, 0);
      applied = dl_edits_apply (edits, results->articles, actors, events);
      g_assert_cmpuint (applied, ==, dl_edit_get_kind (edit) == DL_EDIT_EVENT_ADD ? 1 : 0);
      g_ptr_array_set_size (events, 0);
      g_ptr_array_set_size (actors, 0);
    }
}

/* After a new analysis a passage may be cut a little differently: the
 * event whose source overlaps the old passage most is the one */
static void
test_event_found_by_overlap (void)
{
  g_autoptr(Results) results = make_results ();
  g_autoptr(DlEdit) edit = dl_edit_new_event_title (results_find_event (results, "Kohl visits Poland"),
                                                    "Kohl travels to Poland");
  g_autoptr(GPtrArray) edits = g_ptr_array_new ();
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  DlArticle *one = g_ptr_array_index (results->articles, 0);
  DlEvent *across = dl_event_new ("Across");
  DlEvent *visit = dl_event_new ("A visit");

  dl_event_add_source (across, one, 12, 30, NULL);
  dl_event_add_source (visit, one, 0, 18, NULL);
  g_ptr_array_add (events, across);
  g_ptr_array_add (events, visit);
  g_ptr_array_add (edits, edit);
  g_assert_cmpuint (dl_edits_apply (edits, results->articles, actors, events), ==, 1);
  g_assert_cmpstr (dl_event_get_title (visit), ==, "Kohl travels to Poland");
  g_assert_cmpstr (dl_event_get_title (across), ==, "Across");
}

/* An actor renamed or merged by an earlier edit is still found by the
 * name a later edit knew it by */
static void
test_actor_found_by_alias (void)
{
  g_autoptr(Results) results = make_results ();
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) events = NULL;
  DlActor *prague;

  g_ptr_array_add (edits, dl_edit_new_actor_merge (results_find_actor (results, "Prague"),
                                                   results_find_actor (results, "Poland")));
  g_ptr_array_add (edits, dl_edit_new_actor_kind (results_find_actor (results, "Prague"),
                                                  DL_ACTOR_KIND_GROUP));
  dl_edits_apply_to_copies (edits, results->articles, results->actors, results->events, &actors, &events);
  prague = NULL;
  for (guint i = 0; i < actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (actors, i);

      g_assert_cmpstr (dl_actor_get_name (actor), !=, "Prague");
      if (dl_actor_has_alias (actor, "Prague"))
        prague = actor;
    }
  g_assert_nonnull (prague);
  g_assert_cmpstr (dl_actor_get_name (prague), ==, "Poland");
  g_assert_cmpint (dl_actor_get_kind (prague), ==, DL_ACTOR_KIND_GROUP);
}

typedef struct
{
  guint can_undo;
  guint can_redo;
  guint changed;
} Counts;

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              Counts     *counts)
{
  if (g_str_equal (pspec->name, "can-undo"))
    counts->can_undo++;
  else if (g_str_equal (pspec->name, "can-redo"))
    counts->can_redo++;
}

static void
count_changed (DlEditHistory *history,
               Counts        *counts)
{
  counts->changed++;
}

static void
assert_state (DlEditHistory *history,
              Counts        *counts,
              gboolean       can_undo,
              gboolean       can_redo,
              guint          n_undo_notifies,
              guint          n_redo_notifies,
              guint          n_changed)
{
  gboolean undo_property, redo_property;

  g_object_get (history, "can-undo", &undo_property, "can-redo", &redo_property, NULL);
  g_assert_cmpint (dl_edit_history_can_undo (history), ==, can_undo);
  g_assert_cmpint (dl_edit_history_can_redo (history), ==, can_redo);
  g_assert_cmpint (undo_property, ==, can_undo);
  g_assert_cmpint (redo_property, ==, can_redo);
  g_assert_cmpuint (counts->can_undo, ==, n_undo_notifies);
  g_assert_cmpuint (counts->can_redo, ==, n_redo_notifies);
  g_assert_cmpuint (counts->changed, ==, n_changed);
}

static void
test_history_sequence (void)
{
  g_autoptr(Results) results = make_results ();
  g_autoptr(DlEditHistory) history = dl_edit_history_new ();
  g_autoptr(DlEdit) a = make_actor_rename (results);
  g_autoptr(DlEdit) b = make_event_hide (results);
  g_autoptr(DlEdit) c = make_event_delete (results);
  Counts counts = { 0, 0, 0 };
  GPtrArray *edits;

  g_signal_connect (history, "notify", G_CALLBACK (count_notify), &counts);
  g_signal_connect (history, "changed", G_CALLBACK (count_changed), &counts);
  g_assert_null (dl_edit_history_undo (history));
  g_assert_null (dl_edit_history_redo (history));
  assert_state (history, &counts, FALSE, FALSE, 0, 0, 0);

  dl_edit_history_push (history, a);
  assert_state (history, &counts, TRUE, FALSE, 1, 0, 1);
  dl_edit_history_push (history, b);
  assert_state (history, &counts, TRUE, FALSE, 1, 0, 2);
  g_assert_true (dl_edit_history_peek_undo (history) == b);

  g_assert_true (dl_edit_history_undo (history) == b);
  assert_state (history, &counts, TRUE, TRUE, 1, 1, 3);
  g_assert_true (dl_edit_history_peek_undo (history) == a);
  g_assert_true (dl_edit_history_peek_redo (history) == b);
  g_assert_true (dl_edit_history_undo (history) == a);
  assert_state (history, &counts, FALSE, TRUE, 2, 1, 4);
  g_assert_null (dl_edit_history_undo (history));
  assert_state (history, &counts, FALSE, TRUE, 2, 1, 4);
  g_assert_true (dl_edit_history_redo (history) == a);
  assert_state (history, &counts, TRUE, TRUE, 3, 1, 5);

  /* A new edit: b can no longer be made again */
  dl_edit_history_push (history, c);
  assert_state (history, &counts, TRUE, FALSE, 3, 2, 6);
  g_assert_null (dl_edit_history_redo (history));
  edits = dl_edit_history_get_edits (history);
  g_assert_cmpuint (edits->len, ==, 2);
  g_assert_true (g_ptr_array_index (edits, 0) == a);
  g_assert_true (g_ptr_array_index (edits, 1) == c);

  dl_edit_history_clear (history);
  assert_state (history, &counts, FALSE, FALSE, 4, 2, 7);
  g_assert_cmpuint (dl_edit_history_get_edits (history)->len, ==, 0);
}

static void
assert_same_json (GPtrArray *json,
                  GPtrArray *edits)
{
  g_assert_cmpuint (json->len, ==, edits->len);
  for (guint i = 0; i < json->len; i++)
    {
      g_autofree char *written = dl_edit_to_json (g_ptr_array_index (edits, i));

      g_assert_cmpstr (written, ==, g_ptr_array_index (json, i));
    }
}

/* What is saved is the edits made; undone ones are not */
static void
test_history_json (void)
{
  g_autoptr(Results) results = make_results ();
  g_autoptr(DlEditHistory) history = dl_edit_history_new ();
  g_autoptr(DlEditHistory) loaded = dl_edit_history_new ();
  g_autoptr(GPtrArray) json = NULL;
  g_autoptr(GPtrArray) bad = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Counts counts = { 0, 0, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autoptr(DlEdit) edit = edit_cases[i].make (results);

      dl_edit_history_push (history, edit);
    }
  dl_edit_history_undo (history);
  json = dl_edit_history_dup_json (history);
  g_assert_cmpuint (json->len, ==, G_N_ELEMENTS (edit_cases) - 1);

  dl_edit_history_push (loaded, dl_edit_history_peek_redo (history));
  dl_edit_history_undo (loaded);
  g_signal_connect (loaded, "notify", G_CALLBACK (count_notify), &counts);
  g_signal_connect (loaded, "changed", G_CALLBACK (count_changed), &counts);
  g_assert_true (dl_edit_history_set_json (loaded, json, &error));
  g_assert_no_error (error);
  assert_state (loaded, &counts, TRUE, FALSE, 1, 1, 1);
  assert_same_json (json, dl_edit_history_get_edits (loaded));

  /* One edit that cannot be read, and nothing changes */
  g_ptr_array_add (bad, g_ptr_array_index (json, 0));
  g_ptr_array_add (bad, (gpointer) "{\"edit\": \"event-hide\"}");
  g_assert_false (dl_edit_history_set_json (loaded, bad, &error));
  g_assert_error (error, DL_EDIT_ERROR, DL_EDIT_ERROR_INVALID);
  assert_state (loaded, &counts, TRUE, FALSE, 1, 1, 1);
  assert_same_json (json, dl_edit_history_get_edits (loaded));
}

/* The format as FORMAT.md's readers would write it: without a version */
static void
test_json_format (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlEdit) edit = dl_edit_new_from_json (
    "{\"edit\": \"event-title\", \"event\": {\"article\": \"a/b.txt\", \"start\": 120, "
    "\"end\": 240, \"title\": \"old title\"}, \"title\": \"New title\", \"later\": [1]}", &error);
  g_autofree char *json = NULL;
  g_autofree char *description = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (dl_edit_get_kind (edit), ==, DL_EDIT_EVENT_TITLE);
  json = dl_edit_to_json (edit);
  g_assert_cmpstr (json, ==,
                   "{\"version\":1,\"edit\":\"event-title\",\"event\":{\"article\":\"a/b.txt\","
                   "\"start\":120,\"end\":240,\"title\":\"old title\"},\"title\":\"New title\"}");
  description = dl_edit_dup_description (edit);
  g_assert_cmpstr (description, ==, "Retitle “old title” as “New title”");
}


static void
assert_invalid (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlEdit) edit = dl_edit_new_from_json (json, &error);

  g_assert_null (edit);
  g_assert_error (error, DL_EDIT_ERROR, DL_EDIT_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_json_malformed (void)
{
  GString *deep = g_string_new ("{\"edit\": \"event-hide\", \"event\": ");

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      if (g_utf8_validate (malformed[i], -1, NULL))
        g_test_message ("%s", malformed[i]);
      assert_invalid (malformed[i]);
    }
  for (guint i = 0; i < 500; i++)
    g_string_append (deep, "[");
  for (guint i = 0; i < 500; i++)
    g_string_append (deep, "]");
  g_string_append (deep, "}");
  assert_invalid (deep->str);
  g_string_free (deep, TRUE);
}

/* Every edit cut short, and with any one character changed: an error
 * or an edit that writes itself again, never a crash */
static void
test_json_damaged (void)
{
  static const char replacements[] = { 'x', '"', '{', '}', '[', ':', ',', '1', '-', ' ', '\\' };
  g_autoptr(Results) results = make_results ();

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autoptr(DlEdit) edit = edit_cases[i].make (results);
      g_autofree char *json = dl_edit_to_json (edit);
      gsize length = strlen (json);

      for (gsize cut = 0; cut < length; cut++)
        {
          g_autofree char *prefix = g_strndup (json, cut);

          assert_invalid (prefix);
        }
      for (gsize at = 0; at < length; at++)
        for (guint r = 0; r < G_N_ELEMENTS (replacements); r++)
          {
            g_autofree char *damaged = g_strdup (json);
            g_autoptr(GError) error = NULL;
            g_autoptr(DlEdit) read = NULL;

            damaged[at] = replacements[r];
            read = dl_edit_new_from_json (damaged, &error);
            if (read == NULL)
              g_assert_error (error, DL_EDIT_ERROR, DL_EDIT_ERROR_INVALID);
            else
              g_free (dl_edit_to_json (read));
          }
    }
}

/* Analysis: articles written for this test */

static const char *article_texts[] = {
  "Kohl Visits Warsaw\n\n"
  "Chancellor Helmut Kohl arrived in Warsaw on November 9, 1989. "
  "Kohl met Prime Minister Tadeusz Mazowiecki in the evening.\n",

  "Wall Opens\n\n"
  "East Germany opened the Berlin Wall on November 9, 1989. "
  "Helmut Kohl flew back to Berlin on November 10, 1989. "
  "Mazowiecki thanked Kohl for the visit.\n",

  "Minister Speaks\n\n"
  "Foreign Minister Hans-Dietrich Genscher spoke in Prague on September 30, 1989. "
  "Genscher praised the refugees.\n",
};

static GPtrArray *
make_articles (guint n)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("news/article-%u.txt", i);

      g_ptr_array_add (articles, dl_article_new (path, NULL, article_texts[i]));
    }
  return articles;
}

static Results *
analyse (GPtrArray *articles)
{
  Results *results = g_new0 (Results, 1);
  g_autoptr(GError) error = NULL;

  results->articles = g_ptr_array_ref (articles);
  g_assert_true (dl_analyzer_run (articles, &results->actors, &results->events, NULL, &error));
  g_assert_no_error (error);
  return results;
}

static gboolean
told_in (DlEvent    *event,
         const char *path)
{
  GArray *sources = dl_event_get_sources (event);

  for (guint i = 0; i < sources->len; i++)
    if (g_str_equal (dl_article_get_path (g_array_index (sources, DlSource, i).article), path))
      return TRUE;
  return FALSE;
}

static DlEvent *
first_told_in (GPtrArray  *events,
               const char *path)
{
  for (guint i = 0; i < events->len; i++)
    if (told_in (g_ptr_array_index (events, i), path))
      return g_ptr_array_index (events, i);
  g_assert_not_reached ();
  return NULL;
}

static DlActor *
find_actor_by (GPtrArray   *actors,
               const char  *suffix,
               DlActorKind  kind,
               guint        nth)
{
  for (guint i = 0; i < actors->len; i++)
    {
      DlActor *actor = g_ptr_array_index (actors, i);

      if (dl_actor_get_kind (actor) == kind && g_str_has_suffix (dl_actor_get_name (actor), suffix)
          && nth-- == 0)
        return actor;
    }
  return NULL;
}

/* Edits as a user makes them: each on the results as they are shown,
 * with the edits before it applied */
typedef struct
{
  Results *found;
  DlEditHistory *history;
  GPtrArray *actors;
  GPtrArray *events;
  char *deleted;
  char *merged;
  char *after_first;            /* the results shown after the first edit */
} Session;

static void
session_refresh (Session *session)
{
  g_clear_pointer (&session->actors, g_ptr_array_unref);
  g_clear_pointer (&session->events, g_ptr_array_unref);
  dl_edits_apply_to_copies (dl_edit_history_get_edits (session->history), session->found->articles,
                            session->found->actors, session->found->events,
                            &session->actors, &session->events);
}

static void
session_push (Session *session,
              DlEdit  *edit)
{
  g_assert_nonnull (edit);
  dl_edit_history_push (session->history, edit);
  g_object_unref (edit);
  session_refresh (session);
}

static void
make_user_edits (Session *session)
{
  DlArticle *first = g_ptr_array_index (session->found->articles, 0);
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(DlDateSpan) when = span ("1989-11-09", DL_CERTAINTY_STATED);
  DlActor *kohl, *place, *into;
  DlEvent *event;
  guint start, end;

  session_refresh (session);
  kohl = find_actor_by (session->actors, "Kohl", DL_ACTOR_KIND_PERSON, 0);
  g_assert_nonnull (kohl);
  session_push (session, dl_edit_new_actor_rename (kohl, "Helmut Josef Michael Kohl"));
  session->after_first = snapshot (session->actors, session->events);

  place = find_actor_by (session->actors, "", DL_ACTOR_KIND_LOCATION, 0);
  into = find_actor_by (session->actors, "", DL_ACTOR_KIND_LOCATION, 1);
  g_assert_nonnull (into);
  session->merged = g_strdup (dl_actor_get_name (place));
  session_push (session, dl_edit_new_actor_merge (place, into));

  event = first_told_in (session->events, "news/article-1.txt");
  session->deleted = g_strdup (dl_event_get_title (event));
  session_push (session, dl_edit_new_event_delete (event));

  event = first_told_in (session->events, "news/article-0.txt");
  session_push (session, dl_edit_new_event_title (event, "Talks in Warsaw"));

  kohl = find_actor_by (session->actors, "Helmut Josef Michael Kohl", DL_ACTOR_KIND_PERSON, 0);
  g_assert_nonnull (kohl);
  g_ptr_array_add (actors, kohl);
  find_span (first, "Chancellor Helmut Kohl arrived in Warsaw on November 9, 1989.", &start, &end);
  session_push (session, dl_edit_new_event_add (first, start, end, "Kohl arrives in Warsaw", when, actors));
}

static void
session_clear (Session *session)
{
  g_clear_pointer (&session->found, results_free);
  g_clear_object (&session->history);
  g_clear_pointer (&session->actors, g_ptr_array_unref);
  g_clear_pointer (&session->events, g_ptr_array_unref);
  g_clear_pointer (&session->deleted, g_free);
  g_clear_pointer (&session->merged, g_free);
  g_clear_pointer (&session->after_first, g_free);
}

static gboolean
has_event (GPtrArray  *events,
           const char *title)
{
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (dl_event_get_title (g_ptr_array_index (events, i)), title) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_edits_landed (Session   *session,
                     GPtrArray *actors,
                     GPtrArray *events)
{
  DlActor *kohl = find_actor_by (actors, "Helmut Josef Michael Kohl", DL_ACTOR_KIND_PERSON, 0);

  g_assert_nonnull (kohl);
  g_assert_true (dl_actor_has_alias (kohl, "Helmut Kohl"));
  for (guint i = 0; i < actors->len; i++)
    g_assert_cmpstr (dl_actor_get_name (g_ptr_array_index (actors, i)), !=, session->merged);
  g_assert_false (has_event (events, session->deleted));
  g_assert_true (has_event (events, "Talks in Warsaw"));
  g_assert_true (has_event (events, "Kohl arrives in Warsaw"));
}

/* Analysed again from scratch, with the same articles or one more, the
 * same edits make the same changes */
static void
test_survives_analysis (void)
{
  g_autoptr(GPtrArray) articles = make_articles (2);
  g_autoptr(GPtrArray) fresh = make_articles (2);
  g_autoptr(GPtrArray) more = make_articles (3);
  g_autoptr(Results) again = NULL;
  g_autoptr(Results) grown = NULL;
  g_autoptr(GPtrArray) edited_actors = NULL;
  g_autoptr(GPtrArray) edited_events = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *first = NULL, *second = NULL, *third = NULL;
  Session session = { analyse (articles), dl_edit_history_new (), NULL, NULL, NULL, NULL, NULL };
  GPtrArray *edits;

  make_user_edits (&session);
  edits = dl_edit_history_get_edits (session.history);
  g_assert_cmpuint (edits->len, ==, 5);
  first = snapshot (session.actors, session.events);
  assert_edits_landed (&session, session.actors, session.events);

  again = analyse (fresh);
  second = snapshot_edited (again, edits);
  g_assert_cmpstr (second, ==, first);

  grown = analyse (more);
  dl_edits_apply_to_copies (NULL, grown->articles, grown->actors, grown->events,
                            &edited_actors, &edited_events);
  g_assert_cmpuint (dl_edits_apply (edits, grown->articles, edited_actors, edited_events), ==, 5);
  assert_edits_landed (&session, edited_actors, edited_events);
  g_assert_true (has_event (edited_events, "Genscher praises refugees")
                 || find_actor_by (edited_actors, "Genscher", DL_ACTOR_KIND_PERSON, 0) != NULL);
  /* What the first two articles tell is as edited before */
  third = snapshot (edited_actors, edited_events);
  lines = g_strsplit (first, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "event "))
      g_assert_nonnull (strstr (third, lines[i]));
  session_clear (&session);
}

/* Undone down to the first edit, the results are those shown when it
 * was the only one; undone wholly, those found */
static void
test_analysis_undo_exact (void)
{
  g_autoptr(GPtrArray) articles = make_articles (2);
  Session session = { analyse (articles), dl_edit_history_new (), NULL, NULL, NULL, NULL, NULL };
  GPtrArray *edits = dl_edit_history_get_edits (session.history);
  g_autofree char *found = NULL, *only_first = NULL, *none = NULL;

  make_user_edits (&session);
  while (edits->len > 1)
    dl_edit_history_undo (session.history);
  only_first = snapshot_edited (session.found, edits);
  g_assert_cmpstr (only_first, ==, session.after_first);
  dl_edit_history_undo (session.history);
  none = snapshot_edited (session.found, edits);
  found = snapshot (session.found->actors, session.found->events);
  g_assert_cmpstr (none, ==, found);
  session_clear (&session);
}

static const char *
date_of_praise (GPtrArray *articles)
{
  g_autoptr(Results) results = analyse (articles);
  static char value[32];

  value[0] = '\0';
  for (guint i = 0; i < results->events->len; i++)
    {
      DlEvent *event = g_ptr_array_index (results->events, i);
      DlDateSpan *when = dl_event_get_when (event);

      g_test_message ("%s: %s", dl_event_get_title (event), when ? dl_date_span_get_value (when) : "undated");
      if (strstr (dl_event_get_title (event), "Genscher") != NULL && when != NULL
          && dl_date_span_get_value (when) != NULL)
        g_strlcpy (value, dl_date_span_get_value (when), sizeof value);
    }
  return value;
}

static DlEdit *
push_article_date (DlEditHistory *history,
                   GPtrArray     *articles,
                   int            day)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2019, 3, day, 0, 0, 0);
  g_autoptr(DlEdit) edit = dl_edit_new_article_date (g_ptr_array_index (articles, 0), date);

  dl_edit_history_push (history, edit);
  dl_edits_set_article_dates (dl_edit_history_get_edits (history), articles);
  return edit;
}

/* "On Friday" finds its day once the article has a date, and moves
 * when the date is changed */
static void
test_article_date (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DlEditHistory) history = dl_edit_history_new ();
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DlEdit) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL, *json_again = NULL, *description = NULL;
  DlArticle *article;
  DlEdit *edit;

  article = dl_article_new ("news/friday.txt", NULL,
                            "Minister Speaks\n\nForeign Minister Hans-Dietrich Genscher spoke in Prague "
                            "on Friday. Genscher praised the refugees.\n");
  g_ptr_array_add (articles, article);
  g_assert_null (dl_article_get_dct (article));
  g_assert_false (g_str_has_prefix (date_of_praise (articles), "2019"));

  edit = push_article_date (history, articles, 13);
  g_assert_cmpint (dl_article_get_dct_source (article), ==, DL_DCT_SOURCE_OPTION);
  g_assert_cmpstr (date_of_praise (articles), ==, "2019-03-08");
  g_assert_cmpuint (dl_edits_apply (dl_edit_history_get_edits (history), articles, actors, events), ==, 0);
  g_assert_true (dl_edit_changes_article_dates (edit));
  description = dl_edit_dup_description (edit);
  g_assert_cmpstr (description, ==, "Set the date of “friday.txt” to 13 March 2019");

  /* Changed: undone, the article has no date again, then a new one */
  g_assert_true (dl_edit_history_undo (history) == edit);
  dl_edit_restore_article_date (edit, articles);
  g_assert_null (dl_article_get_dct (article));
  g_assert_cmpint (dl_article_get_dct_source (article), ==, DL_DCT_SOURCE_NONE);
  edit = push_article_date (history, articles, 20);
  g_assert_cmpstr (date_of_praise (articles), ==, "2019-03-15");

  json = dl_edit_to_json (edit);
  again = dl_edit_new_from_json (json, &error);
  g_assert_no_error (error);
  json_again = dl_edit_to_json (again);
  g_assert_cmpstr (json_again, ==, json);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autofree char *apply = g_strdup_printf ("/edit/apply/%s", edit_cases[i].name);
      g_autofree char *json = g_strdup_printf ("/edit/json/%s", edit_cases[i].name);

      g_test_add_data_func (apply, &edit_cases[i], test_edit_case);
      g_test_add_data_func (json, &edit_cases[i], test_json_case);
    }
  g_test_add_func ("/edit/apply/undo-exact", test_undo_exact);
  g_test_add_func ("/edit/apply/target-gone", test_target_gone);
  g_test_add_func ("/edit/apply/event-by-overlap", test_event_found_by_overlap);
  g_test_add_func ("/edit/apply/actor-by-alias", test_actor_found_by_alias);
  g_test_add_func ("/edit/history/sequence", test_history_sequence);
  g_test_add_func ("/edit/history/json", test_history_json);
  g_test_add_func ("/edit/json/format", test_json_format);
  g_test_add_func ("/edit/json/malformed", test_json_malformed);
  g_test_add_func ("/edit/json/damaged", test_json_damaged);
  g_test_add_func ("/edit/analysis/survives", test_survives_analysis);
  g_test_add_func ("/edit/analysis/undo-exact", test_analysis_undo_exact);
  g_test_add_func ("/edit/analysis/article-date", test_article_date);
  return g_test_run ();
}
