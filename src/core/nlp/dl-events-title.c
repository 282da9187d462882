/* dl-events-title.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Short headline-style titles for events: "Trump and Putin meet",
 * "Russia denies interference", "Ceasefire agreed in Syria".
 *
 * The titles are built in English from English verb forms, so they do
 * not go through gettext piece by piece; a translation would need its
 * own verb forms and word order, and this is the one place to add them.
 */
#include "config.h"

#include <string.h>

#include "dl-actor.h"
#include "dl-events-title.h"

static const char * const name_suffixes[] = { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

static gboolean
is_suffix (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (name_suffixes); i++)
    if (strcmp (word, name_suffixes[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * dl_events_dup_short_name:
 *
 * Returns: (transfer full): how a headline names @actor: the surname of
 *   a person, the whole name of anything else
 */
char *
dl_events_dup_short_name (DlActor *actor)
{
  const char *name = dl_actor_get_name (actor);
  g_auto(GStrv) words = NULL;
  guint n;

  if (dl_actor_get_kind (actor) != DL_ACTOR_KIND_PERSON || name == NULL)
    return g_strdup (name);

  words = g_strsplit (name, " ", -1);
  n = g_strv_length (words);
  while (n > 1 && is_suffix (words[n - 1]))
    n--;
  return g_strdup (n > 0 ? words[n - 1] : name);
}

/* "A", "A and B", "A, B and C"; at most three names */
static void
append_names (GString   *out,
              GPtrArray *a,
              GPtrArray *b)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n;

  for (guint i = 0; a != NULL && i < a->len; i++)
    g_ptr_array_add (names, dl_events_dup_short_name (g_ptr_array_index (a, i)));
  for (guint i = 0; b != NULL && i < b->len; i++)
    g_ptr_array_add (names, dl_events_dup_short_name (g_ptr_array_index (b, i)));

  n = MIN (names->len, 3);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == n ? " and " : ", ");
      g_string_append (out, g_ptr_array_index (names, i));
    }
}

static guint
count (GPtrArray *actors)
{
  return actors != NULL ? actors->len : 0;
}

static const char *
verb_for (const DlTitleParts *parts,
          guint               n_subjects,
          gboolean            plural)
{
  const DlTrigger *t = parts->trigger;

  if (t->present == NULL)
    return t->participle;
  return n_subjects == 1 && !plural ? t->present : t->lemma;
}

/* No actor: "Ceasefire agreed", "Border opened"; the caller has made
 * sure that there is something to name */
static void
build_without_actors (GString            *out,
                      const DlTitleParts *parts)
{
  const char *what = parts->object != NULL ? parts->object : parts->trigger->object;

  g_string_append_printf (out, "%s %s", what, parts->trigger->participle);
}

/* A title needs someone or something besides the event word: "Signed",
 * "Announcement" or "Kennedy declares" say nothing. What is announced
 * or declared is the news, so those need it. */
static gboolean
has_enough (const DlTitleParts *parts,
            guint               n_actors)
{
  if (parts->trigger->flags & DL_TRIGGER_WEAK)
    return parts->object != NULL;
  return n_actors > 0 || parts->object != NULL || parts->trigger->object != NULL;
}

/* "G20 summit", "Syria war": a background noun after its actor */
static void
build_background (GString            *out,
                  const DlTitleParts *parts)
{
  append_names (out, parts->subjects, parts->objects);
  g_string_append_printf (out, " %s", parts->word);
}

/* "West Berliners visit": a group takes a plural verb */
static gboolean
first_is_group (const DlTitleParts *parts)
{
  GPtrArray *first = count (parts->subjects) > 0 ? parts->subjects : parts->objects;

  return count (first) > 0
         && dl_actor_get_kind (g_ptr_array_index (first, 0)) == DL_ACTOR_KIND_GROUP;
}

static void
build_clause (GString            *out,
              const DlTitleParts *parts)
{
  const DlTrigger *t = parts->trigger;
  gboolean together = (t->flags & DL_TRIGGER_COLLECTIVE) != 0 || parts->noun
                      || count (parts->subjects) == 0;
  GPtrArray *subjects = parts->subjects;
  GPtrArray *objects = together ? NULL : parts->objects;
  const char *object = parts->object != NULL ? parts->object : t->object;
  guint n_subjects = together ? count (parts->subjects) + count (parts->objects) : count (subjects);

  if (together)
    append_names (out, subjects, parts->objects);
  else
    append_names (out, subjects, NULL);

  /* Only the one acted on is known: "Putin pressed"; a passive with
   * the doers named reads as active: "Kohl and Modrow open the gate" */
  if ((parts->passive && parts->object == NULL)
      || (count (parts->subjects) == 0 && !parts->noun && !parts->passive
          && !(t->flags & DL_TRIGGER_COLLECTIVE)))
    g_string_append_printf (out, " %s", t->participle);
  else
    g_string_append_printf (out, " %s", verb_for (parts, n_subjects, first_is_group (parts)));

  if (count (objects) > 0)
    {
      g_string_append_c (out, ' ');
      append_names (out, objects, NULL);
    }
  else if (object != NULL)
    g_string_append_printf (out, " %s", object);
}

/**
 * dl_events_build_title:
 *
 * Returns: (transfer full) (nullable): a short title: the participants'
 *   short names, the event in the present tense, and what it was about;
 *   %NULL when the parts name neither who nor what, and the event is
 *   better left out than shown as a fragment
 */
char *
dl_events_build_title (const DlTitleParts *parts)
{
  GString *out;
  guint n_actors;

  g_return_val_if_fail (parts != NULL && parts->trigger != NULL, NULL);

  n_actors = count (parts->subjects) + count (parts->objects);
  if (!has_enough (parts, n_actors))
    return NULL;
  out = g_string_new (NULL);
  if (n_actors == 0)
    build_without_actors (out, parts);
  else if (parts->trigger->present == NULL && parts->trigger->object == NULL)
    build_background (out, parts);
  else
    build_clause (out, parts);

  /* "Ceasefire agreed in Syria", "Kennedy killed in Dallas"; a title
   * with two names or an object is long enough without the place */
  if (parts->place != NULL && (n_actors == 0 || (n_actors == 1 && parts->object == NULL)))
    g_string_append_printf (out, !(parts->trigger->flags & DL_TRIGGER_TO_PLACE) ? " in %s"
                                 : parts->noun && n_actors == 0 ? " to %s" : " %s",
                            parts->place);

  /* Upper-case the first letter; the rest is as written */
  if (out->len > 0 && g_ascii_islower (out->str[0]))
    out->str[0] = g_ascii_toupper (out->str[0]);
  return g_string_free (out, FALSE);
}
