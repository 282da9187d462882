/* dl-actor-resolver.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decides which mentions, in all articles, name the same actor. Places
 * and organisations are matched by their normalised name; a nationality
 * stands for its country. People are harder: full names are gathered
 * first, across the corpus (forgiving one typo in the surname), and only
 * then are lone surnames and given names given to the most salient full
 * name of their article, or of the corpus. Short names of things go the
 * same way: "the Politburo" to "Politburo of the Socialist Unity Party",
 * "the Wall" to "Berlin Wall", "SED" to the name it was written after.
 */
#include "config.h"

#include <string.h>

#include "dl-actor.h"
#include "dl-actor-resolver.h"
#include "dl-actor-resolver-private.h"
#include "dl-article.h"
#include "dl-gazetteer.h"

/* Where a role written before a lone surname ("President Trump") counts
 * against mere frequency when choosing between people of that surname */
#define ROLE_WEIGHT 1000

static void
person_free (gpointer data)
{
  Person *person = data;

  g_free (person->first);
  g_free (person->last);
  g_hash_table_unref (person->surnames);
  g_hash_table_unref (person->forms);
  g_free (person);
}

static void
resolver_init (Resolver *self)
{
  self->actors = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->persons = g_ptr_array_new_with_free_func (person_free);
  self->person_by_actor = g_hash_table_new (NULL, NULL);
  self->person_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->lone_persons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_given_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->long_forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_ptr_array_unref);
  self->long_form_verdicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->from_capitals = g_hash_table_new (NULL, NULL);
}

static void
resolver_clear (Resolver *self)
{
  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->person_by_actor, g_hash_table_unref);
  g_clear_pointer (&self->person_by_name, g_hash_table_unref);
  g_clear_pointer (&self->lone_persons, g_hash_table_unref);
  g_clear_pointer (&self->by_given_name, g_hash_table_unref);
  g_clear_pointer (&self->by_surname, g_hash_table_unref);
  g_clear_pointer (&self->acronyms, g_hash_table_unref);
  g_clear_pointer (&self->long_forms, g_hash_table_unref);
  g_clear_pointer (&self->long_form_verdicts, g_hash_table_unref);
  g_clear_pointer (&self->from_capitals, g_hash_table_unref);
  g_clear_pointer (&self->persons, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
}

static DlActor *
add_actor (Resolver    *self,
           const char  *name,
           DlActorKind  kind)
{
  DlActor *actor = dl_actor_new (name, kind);

  g_ptr_array_add (self->actors, actor);
  return actor;
}

/* -- places, organisations, groups -------------------------------------- */

char *
_dl_resolver_make_key (const char *prefix,
          const char *words)
{
  g_autofree char *folded = g_utf8_casefold (words, -1);

  return g_strconcat (prefix, folded, NULL);
}

static DlActor *
actor_for_key (Resolver    *self,
               const char  *prefix,
               const char  *name,
               DlActorKind  kind)
{
  g_autofree char *key = _dl_resolver_make_key (prefix, name);
  DlActor *actor = g_hash_table_lookup (self->by_key, key);

  if (actor == NULL)
    {
      actor = add_actor (self, name, kind);
      g_hash_table_insert (self->by_key, g_steal_pointer (&key), actor);
    }
  return actor;
}

/* "the Kremlin", "The National Interest", "UN" → "United Nations" */
char *
_dl_resolver_organization_name (const char *text)
{
  const DlGazetteerEntry *entry = dl_gazetteer_lookup (text);

  if (entry != NULL && entry->kind == DL_GAZETTEER_ORGANIZATION)
    text = entry->canonical;
  if (g_ascii_strncasecmp (text, "the ", 4) == 0)
    text += 4;
  return g_strdup (text);
}

/* The name of a place as the gazetteer spells it, or as written */
const char *
_dl_resolver_place_name (const DlEntityMention *mention)
{
  const DlGazetteerEntry *entry = dl_gazetteer_lookup (mention->text);

  if (entry != NULL && entry->kind == DL_GAZETTEER_PLACE)
    return entry->canonical;
  return mention->text;
}

/* "MARSAXLOKK" → "Marsaxlokk"; short words in capitals ("UK") and dotted
 * ones ("U.S.") are abbreviations and stay */
static char *
title_case_place (const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);
  GString *out;
  gboolean word_start = TRUE;

  if (strcmp (upper, text) != 0 || strlen (text) <= 3 || strchr (text, '.') != NULL)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, word_start ? c : g_unichar_tolower (c));
      word_start = !g_unichar_isalpha (c) && c != '\'' && c != 0x2019;
    }
  return g_string_free (out, FALSE);
}

/* A place first seen in capitals takes the first spelling in ordinary
 * case that comes along */
static DlActor *
place_actor (Resolver   *self,
             const char *name)
{
  g_autofree char *titled = title_case_place (name);
  guint n_actors = self->actors->len;
  DlActor *actor = actor_for_key (self, "loc:", titled != NULL ? titled : name,
                                  DL_ACTOR_KIND_LOCATION);

  if (titled != NULL && self->actors->len > n_actors)
    g_hash_table_add (self->from_capitals, actor);
  else if (titled == NULL && g_hash_table_remove (self->from_capitals, actor))
    dl_actor_set_name (actor, name);
  return actor;
}

/* "rebels" and "rebel forces" are one actor within an article; the
 * rebels of another article may be other people. The actor is named as
 * its article first wrote it. */
static DlActor *
group_phrase_actor (Resolver          *self,
                    DlArticleAnalysis *analysis,
                    const char        *text,
                    const char        *group)
{
  g_autofree char *key = g_strdup_printf ("grp:%p:%s", (gpointer) analysis, group);
  DlActor *actor = g_hash_table_lookup (self->by_key, key);

  if (actor == NULL)
    {
      actor = add_actor (self, text, DL_ACTOR_KIND_GROUP);
      g_hash_table_insert (self->by_key, g_steal_pointer (&key), actor);
    }
  return actor;
}

static DlActor *
resolve_misc (Resolver              *self,
              DlArticleAnalysis     *analysis,
              const DlEntityMention *mention)
{
  const DlGazetteerEntry *entry = dl_gazetteer_lookup (mention->text);
  const char *group = dl_gazetteer_group_phrase (mention->text);

  if (group != NULL)
    return group_phrase_actor (self, analysis, mention->text, group);
  if (entry != NULL && entry->kind == DL_GAZETTEER_GROUP)
    return actor_for_key (self, "grp:", entry->canonical, DL_ACTOR_KIND_GROUP);
  return NULL;
}

static DlActor *
resolve_thing (Resolver              *self,
               DlArticleAnalysis     *analysis,
               const DlEntityMention *mention)
{
  const DlGazetteerEntry *entry = dl_gazetteer_lookup (mention->text);
  g_autofree char *name = _dl_resolver_expand_short_form (self, analysis, mention);

  switch (mention->type)
    {
    case DL_ENTITY_LOCATION:
      if (mention->country != NULL)
        return actor_for_key (self, "loc:", mention->country, DL_ACTOR_KIND_LOCATION);
      return place_actor (self, name != NULL ? name : _dl_resolver_place_name (mention));
    case DL_ENTITY_ORGANIZATION:
      /* "ISIS", "Nusra": written as organisations, acting as groups */
      if (entry != NULL && entry->kind == DL_GAZETTEER_ARMED_GROUP)
        return actor_for_key (self, "grp:", entry->canonical, DL_ACTOR_KIND_GROUP);
      if (name == NULL)
        name = _dl_resolver_organization_name (mention->text);
      return actor_for_key (self, "org:", name, DL_ACTOR_KIND_ORGANIZATION);
    case DL_ENTITY_MISC:
      return resolve_misc (self, analysis, mention);
    case DL_ENTITY_PERSON:
    default:
      return NULL;
    }
}

/* -- people ------------------------------------------------------------- */

static char *
surname_key (const char *word)
{
  g_autofree char *lower = g_utf8_casefold (word, -1);
  const char *prefixes[] = { "al-", "el-", "bin-", "ibn-" };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (lower, prefixes[i]) && strlen (lower) > strlen (prefixes[i]))
      return g_strdup (lower + strlen (prefixes[i]));
  return g_steal_pointer (&lower);
}

static guint
edit_distance (const char *a,
               const char *b)
{
  glong la, lb;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, &la);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, &lb);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (glong j = 0; j <= lb; j++)
    row[j] = j;
  for (glong i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = diagonal + (ua[i - 1] == ub[j - 1] ? 0 : 1);

          row[j] = MIN (MIN (row[j - 1] + 1, above + 1), cost);
          diagonal = above;
        }
    }
  return row[lb];
}

/* "Rex Tilerson" is "Rex Tillerson"; "George Bush" is "George W. Bush";
 * "Melania Trump" is not "Donald Trump" */
static gboolean
same_person (Person     *person,
             const char *first,
             const char *last)
{
  if (person->first == NULL || g_strcmp0 (person->first, first) != 0)
    return FALSE;
  if (strcmp (person->last, last) == 0)
    return TRUE;
  return MIN (g_utf8_strlen (last, -1), g_utf8_strlen (person->last, -1)) >= 5
         && edit_distance (person->last, last) <= 1;
}

/* The persons filed under @key in @index, made when there are none */
static GPtrArray *
filed_under (GHashTable *index,
             const char *key)
{
  GPtrArray *persons = g_hash_table_lookup (index, key);

  if (persons == NULL)
    {
      persons = g_ptr_array_new ();
      g_hash_table_insert (index, (gpointer) key, persons);
    }
  return persons;
}

/* Files @person under @surname too, among the others in their order, so
 * that a look-up meets them as a walk through all persons would */
static void
add_surname (Resolver   *self,
             Person     *person,
             const char *surname)
{
  GPtrArray *persons;
  char *kept;
  guint at;

  if (g_hash_table_contains (person->surnames, surname))
    return;
  kept = g_strdup (surname);
  g_hash_table_add (person->surnames, kept);
  if (person->first == NULL)
    return;
  persons = filed_under (self->by_surname, kept);
  for (at = persons->len; at > 0; at--)
    if (((Person *) g_ptr_array_index (persons, at - 1))->order < person->order)
      break;
  g_ptr_array_insert (persons, at, person);
}

static Person *
add_person (Resolver   *self,
            const char *text,
            char       *first,
            char       *last)
{
  Person *person = g_new0 (Person, 1);

  person->actor = add_actor (self, text, DL_ACTOR_KIND_PERSON);
  person->first = first;
  person->last = last;
  person->surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  person->forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  person->order = self->persons->len;
  g_ptr_array_add (self->persons, person);
  g_hash_table_insert (self->person_by_actor, person->actor, person);
  if (first != NULL)
    g_ptr_array_add (filed_under (self->by_given_name, first), person);
  add_surname (self, person, last);
  return person;
}

/* The persons named in full who may be called @word: by surname or by
 * given name, in their order; none when there are none */
static GPtrArray *
persons_called (Resolver   *self,
                const char *word,
                gboolean    by_surname)
{
  return g_hash_table_lookup (by_surname ? self->by_surname : self->by_given_name, word);
}

static guint
count_words (const char *text)
{
  guint n = 1;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == ' ' ? 1 : 0;
  return n;
}

static Person *
resolve_full_name (Resolver   *self,
                   const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);
  g_autofree char *key = g_utf8_casefold (text, -1);
  g_autofree char *first = g_utf8_casefold (words[0], -1);
  g_autofree char *last = surname_key (words[n - 1]);
  Person *person = g_hash_table_lookup (self->person_by_name, key);
  GPtrArray *namesakes = persons_called (self, first, FALSE);

  /* same_person() asks for the same given name */
  for (guint i = 0; person == NULL && namesakes != NULL && i < namesakes->len; i++)
    if (same_person (g_ptr_array_index (namesakes, i), first, last))
      person = g_ptr_array_index (namesakes, i);
  if (person == NULL)
    person = add_person (self, text, g_steal_pointer (&first), g_strdup (last));
  add_surname (self, person, last);
  if (!g_hash_table_contains (self->person_by_name, key))
    g_hash_table_insert (self->person_by_name, g_steal_pointer (&key), person);
  g_hash_table_insert (person->forms, g_strdup (text),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (person->forms, text)) + 1));
  person->n_full++;
  return person;
}

static gboolean
has_role (Person     *person,
          const char *role)
{
  GPtrArray *roles = dl_actor_get_roles (person->actor);

  if (role == NULL)
    return FALSE;
  for (guint i = 0; i < roles->len; i++)
    if (g_strcmp0 (g_ptr_array_index (roles, i), role) == 0)
      return TRUE;
  return FALSE;
}

typedef enum
{
  MATCH_SURNAME,
  MATCH_GIVEN_NAME,
} MatchBy;

/* The most salient person named in full and called @word: by role,
 * then by how often they are named (in @counts, or in the corpus when
 * %NULL), then the first */
static Person *
best_person (Resolver   *self,
             GHashTable *counts,
             const char *word,
             const char *role,
             MatchBy     by)
{
  GPtrArray *called = persons_called (self, word, by == MATCH_SURNAME);
  Person *best = NULL;
  guint best_score = 0;

  for (guint i = 0; called != NULL && i < called->len; i++)
    {
      Person *person = g_ptr_array_index (called, i);
      guint score;

      if (counts != NULL && !g_hash_table_contains (counts, person))
        continue;
      score = counts != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, person))
                             : person->n_full;
      score += has_role (person, role) ? ROLE_WEIGHT : 0;
      if (best == NULL || score > best_score)
        {
          best = person;
          best_score = score;
        }
    }
  return best;
}

static Person *
resolve_lone_name (Resolver              *self,
                   GHashTable            *counts,
                   const DlEntityMention *mention)
{
  g_autofree char *surname = surname_key (mention->text);
  g_autofree char *given = g_utf8_casefold (mention->text, -1);
  Person *person;

  person = best_person (self, counts, surname, mention->role, MATCH_SURNAME);
  if (person == NULL)
    person = best_person (self, counts, given, mention->role, MATCH_GIVEN_NAME);
  if (person == NULL)
    person = best_person (self, NULL, surname, mention->role, MATCH_SURNAME);
  if (person == NULL)
    person = g_hash_table_lookup (self->lone_persons, surname);
  if (person == NULL)
    {
      person = add_person (self, mention->text, NULL, g_strdup (surname));
      g_hash_table_insert (self->lone_persons, g_strdup (surname), person);
    }
  return person;
}

static DlEntityMention *
mention_at (DlArticleAnalysis *analysis,
            guint              i)
{
  return &g_array_index (analysis->mentions, DlEntityMention, i);
}

static gboolean
is_full_name (const DlEntityMention *mention)
{
  return mention->type == DL_ENTITY_PERSON && strchr (mention->text, ' ') != NULL;
}

/* First pass over one article: everything but lone names */
static void
resolve_names (Resolver          *self,
               DlArticleAnalysis *analysis)
{
  for (guint i = 0; i < analysis->mentions->len; i++)
    {
      DlEntityMention *mention = mention_at (analysis, i);
      DlEntityMention *expanded = g_hash_table_lookup (self->acronyms, mention->text);
      DlActor *actor = NULL;

      if (expanded != NULL)
        actor = resolve_thing (self, analysis, expanded);
      else if (is_full_name (mention))
        {
          actor = resolve_full_name (self, mention->text)->actor;
          dl_actor_add_role (actor, mention->role);
        }
      else if (mention->type != DL_ENTITY_PERSON)
        actor = resolve_thing (self, analysis, mention);
      g_ptr_array_index (analysis->mention_actors, i) = actor;
    }
}

static void
count_person (GHashTable *counts,
              Person     *person)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, person));

  g_hash_table_insert (counts, person, GUINT_TO_POINTER (n + 1));
}

/* Second pass over one article: lone surnames and given names */
static void
resolve_lone_names (Resolver          *self,
                    DlArticleAnalysis *analysis)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < analysis->mentions->len; i++)
    if (is_full_name (mention_at (analysis, i)))
      count_person (counts, g_hash_table_lookup (self->person_by_actor,
                                                 g_ptr_array_index (analysis->mention_actors, i)));
  for (guint i = 0; i < analysis->mentions->len; i++)
    {
      DlEntityMention *mention = mention_at (analysis, i);
      Person *person;

      if (mention->type != DL_ENTITY_PERSON || is_full_name (mention)
          || g_ptr_array_index (analysis->mention_actors, i) != NULL)
        continue;
      person = resolve_lone_name (self, counts, mention);
      count_person (counts, person);
      g_ptr_array_index (analysis->mention_actors, i) = person->actor;
    }
}

/* -- output ------------------------------------------------------------- */

/* The longest full name, then the most frequent spelling of it */
static gboolean
better_form (const char *form,
             guint       count,
             const char *best,
             guint       best_count)
{
  guint words = count_words (form), best_words = count_words (best);

  if (words != best_words)
    return words > best_words;
  if (count != best_count)
    return count > best_count;
  if (strlen (form) != strlen (best))
    return strlen (form) > strlen (best);
  return strcmp (form, best) < 0;
}

static void
name_person (Person *person)
{
  GHashTableIter iter;
  gpointer form, count;
  const char *best = NULL;
  guint best_count = 0;

  g_hash_table_iter_init (&iter, person->forms);
  while (g_hash_table_iter_next (&iter, &form, &count))
    if (best == NULL || better_form (form, GPOINTER_TO_UINT (count), best, best_count))
      {
        best = form;
        best_count = GPOINTER_TO_UINT (count);
      }
  if (best != NULL)
    dl_actor_set_name (person->actor, best);
}

static void
record_mentions (DlArticleAnalysis *analysis)
{
  DlArticle *article = analysis->article;

  for (guint i = 0; i < analysis->mentions->len; i++)
    {
      DlEntityMention *mention = mention_at (analysis, i);
      DlActor *actor = g_ptr_array_index (analysis->mention_actors, i);
      g_autofree char *titled = NULL;

      if (actor == NULL)
        continue;
      dl_actor_add_mention (actor, article,
                            dl_article_byte_to_char (article, mention->start),
                            dl_article_byte_to_char (article, mention->end));
      dl_actor_add_alias (actor, mention->text);
      if (mention->role == NULL || dl_actor_get_kind (actor) != DL_ACTOR_KIND_PERSON)
        continue;
      dl_actor_add_role (actor, mention->role);
      titled = g_strdup_printf ("%s %s", mention->role, mention->text);
      dl_actor_add_alias (actor, titled);
    }
}

static void
prepare (DlArticleAnalysis *analysis)
{
  if (analysis->mentions == NULL)
    analysis->mentions = g_array_new (FALSE, TRUE, sizeof (DlEntityMention));
  if (analysis->mention_actors == NULL)
    analysis->mention_actors = g_ptr_array_new ();
  g_ptr_array_set_size (analysis->mention_actors, analysis->mentions->len);
  for (guint i = 0; i < analysis->mentions->len; i++)
    g_ptr_array_index (analysis->mention_actors, i) = NULL;
}

/**
 * dl_actor_resolver_resolve:
 * @analyses: (element-type DlArticleAnalysis): every article's analysis,
 *   with its mentions found
 *
 * Creates the actors of the whole corpus and fills each analysis's
 * mention_actors, one entry per mention (%NULL for a mention that is no
 * actor, such as "G20"). Mentions are added to the actors in code points.
 * The same input always gives the same actors in the same order.
 *
 * Returns: (transfer full) (element-type DlActor): the actors
 */
GPtrArray *
dl_actor_resolver_resolve (GPtrArray *analyses)
{
  Resolver self = { 0 };
  GPtrArray *actors;

  g_return_val_if_fail (analyses != NULL, NULL);

  resolver_init (&self);
  for (guint a = 0; a < analyses->len; a++)
    {
      prepare (g_ptr_array_index (analyses, a));
      _dl_resolver_collect_acronyms (&self, g_ptr_array_index (analyses, a));
      _dl_resolver_collect_long_forms (&self, g_ptr_array_index (analyses, a));
    }
  for (guint a = 0; a < analyses->len; a++)
    resolve_names (&self, g_ptr_array_index (analyses, a));
  for (guint a = 0; a < analyses->len; a++)
    resolve_lone_names (&self, g_ptr_array_index (analyses, a));
  for (guint i = 0; i < self.persons->len; i++)
    name_person (g_ptr_array_index (self.persons, i));
  for (guint a = 0; a < analyses->len; a++)
    record_mentions (g_ptr_array_index (analyses, a));
  actors = g_steal_pointer (&self.actors);
  resolver_clear (&self);
  return actors;
}
