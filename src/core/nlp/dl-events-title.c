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

/* How the title names @actor among @all: by its short name, or by its
 * whole name when another one of them shares the short one ("John
 * Smith meets Mary Smith"); NULL when another actor of the same name
 * comes before it, since "West Germany visits West Germany" says
 * nothing the text does */
static char *
dup_name_among (DlActor   *actor,
                GPtrArray *all)
{
  g_autofree char *short_name = dl_events_dup_short_name (actor);
  gboolean clash = FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      DlActor *other = g_ptr_array_index (all, i);
      g_autofree char *other_short = NULL;

      if (other == actor)
        continue;
      if (g_strcmp0 (dl_actor_get_name (other), dl_actor_get_name (actor)) == 0)
        {
          guint at;

          if (g_ptr_array_find (all, actor, &at) && i < at)
            return NULL;
          continue;
        }
      other_short = dl_events_dup_short_name (other);
      clash |= g_strcmp0 (other_short, short_name) == 0;
    }
  return clash ? g_strdup (dl_actor_get_name (actor)) : g_steal_pointer (&short_name);
}

/* "A", "A and B", "A, B and C"; at most three names */
static void
append_names (GString   *out,
              GPtrArray *a,
              GPtrArray *b)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n;

  if (a != NULL)
    g_ptr_array_extend (all, a, NULL, NULL);
  if (b != NULL)
    g_ptr_array_extend (all, b, NULL, NULL);
  for (guint i = 0; i < all->len; i++)
    {
      char *name = dup_name_among (g_ptr_array_index (all, i), all);

      if (name != NULL)
        g_ptr_array_add (names, name);
    }

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

/* The actors after the event word that the title names: not one that
 * bears the name of one before it */
static GPtrArray *
dup_others (const DlTitleParts *parts)
{
  GPtrArray *others = g_ptr_array_new ();

  for (guint i = 0; i < count (parts->objects); i++)
    {
      DlActor *actor = g_ptr_array_index (parts->objects, i);
      gboolean named = FALSE;

      for (guint k = 0; k < count (parts->subjects); k++)
        named |= g_strcmp0 (dl_actor_get_name (g_ptr_array_index (parts->subjects, k)),
                            dl_actor_get_name (actor)) == 0;
      if (!named)
        g_ptr_array_add (others, actor);
    }
  return others;
}

/* "Brandt talks with East Berlin and Moscow": a place does not talk;
 * with someone named before the event word, the places it was done
 * with come after "with" rather than among those who did it */
static GPtrArray *
take_places (GPtrArray *actors)
{
  GPtrArray *places = g_ptr_array_new ();

  for (guint i = 0; i < actors->len;)
    {
      DlActor *actor = g_ptr_array_index (actors, i);

      if (dl_actor_get_kind (actor) == DL_ACTOR_KIND_LOCATION)
        g_ptr_array_add (places, g_ptr_array_steal_index (actors, i));
      else
        i++;
    }
  return places;
}

static guint
count_words (const char *text)
{
  guint n = 1;

  for (const char *c = text; *c != '\0'; c++)
    n += *c == ' ';
  return n;
}

/* Longer than this, a title loses the phrase after its object */
#define MAX_TITLE_WORDS 8

/* "its border with Austria": what was acted on, then the actors after
 * their preposition when the title stays short */
static void
append_object (GString            *out,
               const DlTitleParts *parts,
               const char         *object,
               GPtrArray          *others)
{
  g_autoptr(GString) oblique = g_string_new (NULL);

  if (others->len > 0 && (object == NULL || parts->preposition == NULL))
    {
      g_string_append_c (out, ' ');
      append_names (out, others, NULL);
      return;
    }
  if (object == NULL)
    return;
  g_string_append_printf (out, " %s", object);
  if (others->len == 0)
    return;
  g_string_append_printf (oblique, " %s ", parts->preposition);
  append_names (oblique, others, NULL);
  if (count_words (out->str) + count_words (oblique->str) - 1 <= MAX_TITLE_WORDS)
    g_string_append (out, oblique->str);
}

static void
build_clause (GString            *out,
              const DlTitleParts *parts)
{
  const DlTrigger *t = parts->trigger;
  gboolean together = (t->flags & DL_TRIGGER_COLLECTIVE) != 0 || parts->noun
                      || count (parts->subjects) == 0;
  g_autoptr(GPtrArray) others = dup_others (parts);
  g_autoptr(GPtrArray) places = NULL;
  const char *object = parts->object != NULL ? parts->object : t->object;
  guint n_subjects;

  if (together && count (parts->subjects) > 0)
    places = take_places (others);
  n_subjects = together ? count (parts->subjects) + others->len : count (parts->subjects);
  append_names (out, parts->subjects, together ? others : NULL);

  /* Only the one acted on is known: "Putin pressed"; a passive with
   * the doers named reads as active: "Kohl and Modrow open the gate" */
  if ((parts->passive && parts->object == NULL)
      || (count (parts->subjects) == 0 && !parts->noun && !parts->passive
          && !(t->flags & DL_TRIGGER_COLLECTIVE)))
    g_string_append_printf (out, " %s", t->participle);
  else
    g_string_append_printf (out, " %s", verb_for (parts, n_subjects, first_is_group (parts)));

  if (together)
    g_ptr_array_set_size (others, 0);
  append_object (out, parts, object, others);
  if (places != NULL && places->len > 0)
    {
      g_string_append (out, " with ");
      append_names (out, places, NULL);
    }
}

/* Whether one of the participants is called @name: "West Germans
 * visit" names no place to visit in their own country */
static gboolean
names_actor (const DlTitleParts *parts,
             const char         *name)
{
  for (guint i = 0; i < count (parts->subjects); i++)
    if (g_strcmp0 (dl_actor_get_name (g_ptr_array_index (parts->subjects, i)), name) == 0)
      return TRUE;
  for (guint i = 0; i < count (parts->objects); i++)
    if (g_strcmp0 (dl_actor_get_name (g_ptr_array_index (parts->objects, i)), name) == 0)
      return TRUE;
  return FALSE;
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
  if (parts->place != NULL && (n_actors == 0 || (n_actors == 1 && parts->object == NULL))
      && !names_actor (parts, parts->place))
    g_string_append_printf (out, !(parts->trigger->flags & DL_TRIGGER_TO_PLACE) ? " in %s"
                                 : parts->noun && n_actors == 0 ? " to %s" : " %s",
                            parts->place);

  /* Upper-case the first letter; the rest is as written */
  if (out->len > 0 && g_ascii_islower (out->str[0]))
    out->str[0] = g_ascii_toupper (out->str[0]);
  return g_string_free (out, FALSE);
}
