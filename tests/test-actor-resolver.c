/* test-actor-resolver.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-actor.h"
#include "dl-actor-resolver.h"
#include "dl-article.h"
#include "dl-article-analysis.h"
#include "dl-entities.h"
#include "dl-gazetteer.h"

/* Opens with typographic quotes and a dash, so byte and code point
 * offsets differ for every name */
static const char *first_article =
  "“Historic” — US President Donald Trump met Russian President Vladimir Putin "
  "on Friday at the G20 summit. Trump's aides said Putin’s tone was calm. "
  "Melania Trump joined them later. President Trump then flew home, and "
  "Secretary of State Rex Tilerson briefed reporters. The Democrats objected.";

static const char *second_article =
  "Rex Tillerson said the Kremlin agreed to a ceasefire. Tillerson added that "
  "Putin and Trump would meet again, and the Kremlin confirmed it. Japanese "
  "PM Shinzo Abe had to wait; Shinzo later met the U.S. delegation in Hamburg.";

static DlArticleAnalysis *
analyse (const char *path,
         const char *text)
{
  g_autoptr(DlArticle) article = dl_article_new (path, NULL, text);
  DlArticleAnalysis *analysis = dl_article_analysis_new (article);

  analysis->mentions = dl_entities_find (dl_article_get_text (article),
                                         dl_article_get_text_length (article), NULL);
  return analysis;
}

static GPtrArray *
analyse_both (void)
{
  GPtrArray *analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_article_analysis_free);

  g_ptr_array_add (analyses, analyse ("one.txt", first_article));
  g_ptr_array_add (analyses, analyse ("two.txt", second_article));
  return analyses;
}

static DlActor *
find_actor (GPtrArray  *actors,
            const char *name)
{
  DlActor *found = NULL;

  for (guint i = 0; i < actors->len; i++)
    if (g_str_equal (dl_actor_get_name (g_ptr_array_index (actors, i)), name))
      {
        g_assert_null (found);
        found = g_ptr_array_index (actors, i);
      }
  return found;
}

static guint
count_actors_with_alias (GPtrArray  *actors,
                         const char *alias)
{
  guint n = 0;

  for (guint i = 0; i < actors->len; i++)
    n += dl_actor_has_alias (g_ptr_array_index (actors, i), alias) ? 1 : 0;
  return n;
}

static gboolean
has_string (GPtrArray  *array,
            const char *string)
{
  for (guint i = 0; i < array->len; i++)
    if (g_str_equal (g_ptr_array_index (array, i), string))
      return TRUE;
  return FALSE;
}

static void
test_one_person_many_names (void)
{
  g_autoptr(GPtrArray) analyses = analyse_both ();
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *trump = find_actor (actors, "Donald Trump");
  DlActor *putin = find_actor (actors, "Vladimir Putin");

  g_assert_nonnull (trump);
  g_assert_cmpint (dl_actor_get_kind (trump), ==, DL_ACTOR_KIND_PERSON);
  /* "Donald Trump", "Trump's", "President Trump", and "Trump" in the second article */
  g_assert_cmpuint (dl_actor_get_n_mentions (trump), ==, 4);
  g_assert_true (dl_actor_has_alias (trump, "Trump"));
  g_assert_true (dl_actor_has_alias (trump, "President Donald Trump"));
  g_assert_true (has_string (dl_actor_get_roles (trump), "President"));
  g_assert_cmpuint (count_actors_with_alias (actors, "Trump"), ==, 1);

  g_assert_nonnull (putin);
  g_assert_cmpuint (dl_actor_get_n_mentions (putin), ==, 3);
  g_assert_cmpuint (count_actors_with_alias (actors, "Putin"), ==, 1);
}

static void
test_different_first_names (void)
{
  g_autoptr(GPtrArray) analyses = analyse_both ();
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *melania = find_actor (actors, "Melania Trump");

  g_assert_nonnull (melania);
  g_assert_true (melania != find_actor (actors, "Donald Trump"));
  g_assert_cmpuint (dl_actor_get_n_mentions (melania), ==, 1);
  g_assert_false (has_string (dl_actor_get_roles (melania), "President"));
}

static void
test_spelling_variants_merge (void)
{
  g_autoptr(GPtrArray) analyses = analyse_both ();
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *rex = find_actor (actors, "Rex Tillerson");

  g_assert_nonnull (rex);
  g_assert_null (find_actor (actors, "Rex Tilerson"));
  g_assert_null (find_actor (actors, "Tillerson"));
  g_assert_true (dl_actor_has_alias (rex, "Rex Tilerson"));
  g_assert_cmpuint (dl_actor_get_n_mentions (rex), ==, 3);
  g_assert_true (has_string (dl_actor_get_roles (rex), "Secretary of State"));
}

static void
test_given_name_alone (void)
{
  g_autoptr(GPtrArray) analyses = analyse_both ();
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *abe = find_actor (actors, "Shinzo Abe");

  g_assert_nonnull (abe);
  g_assert_cmpuint (dl_actor_get_n_mentions (abe), ==, 2);
  g_assert_null (find_actor (actors, "Shinzo"));
}

static void
test_places_and_organisations (void)
{
  g_autoptr(GPtrArray) analyses = analyse_both ();
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *russia = find_actor (actors, "Russia");
  DlActor *us = find_actor (actors, "United States");
  DlActor *kremlin = find_actor (actors, "Kremlin");
  DlActor *democrats = find_actor (actors, "Democrats");

  g_assert_nonnull (russia);
  g_assert_cmpint (dl_actor_get_kind (russia), ==, DL_ACTOR_KIND_LOCATION);
  g_assert_true (dl_actor_has_alias (russia, "Russian"));
  g_assert_nonnull (us);
  g_assert_cmpuint (dl_actor_get_n_mentions (us), ==, 2);
  g_assert_nonnull (find_actor (actors, "Japan"));
  g_assert_nonnull (kremlin);
  g_assert_cmpint (dl_actor_get_kind (kremlin), ==, DL_ACTOR_KIND_ORGANIZATION);
  g_assert_cmpuint (dl_actor_get_n_mentions (kremlin), ==, 2);
  g_assert_nonnull (democrats);
  g_assert_cmpint (dl_actor_get_kind (democrats), ==, DL_ACTOR_KIND_GROUP);
  g_assert_null (find_actor (actors, "G20"));
}

static void
test_mention_actors (void)
{
  g_autoptr(GPtrArray) analyses = analyse_both ();
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);

  for (guint a = 0; a < analyses->len; a++)
    {
      DlArticleAnalysis *analysis = g_ptr_array_index (analyses, a);

      g_assert_cmpuint (analysis->mention_actors->len, ==, analysis->mentions->len);
      for (guint i = 0; i < analysis->mentions->len; i++)
        {
          DlEntityMention *mention = &g_array_index (analysis->mentions, DlEntityMention, i);
          DlActor *actor = g_ptr_array_index (analysis->mention_actors, i);

          if (g_str_equal (mention->text, "G20"))
            g_assert_null (actor);
          else
            g_assert_true (actor != NULL && g_ptr_array_find (actors, actor, NULL));
        }
    }
}

/* Mentions are in code points: the slice of the article at a mention's
 * offsets is the name, although typographic quotes come before it */
static void
test_mention_offsets (void)
{
  g_autoptr(GPtrArray) analyses = analyse_both ();
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *trump = find_actor (actors, "Donald Trump");
  GArray *mentions = dl_actor_get_mentions (trump);
  DlMention *first = &g_array_index (mentions, DlMention, 0);
  g_autofree char *slice = dl_article_dup_slice (first->article, first->start, first->end);
  const char *at = strstr (first_article, "Donald Trump");

  g_assert_cmpstr (slice, ==, "Donald Trump");
  g_assert_cmpuint (first->start, ==, g_utf8_pointer_to_offset (first_article, at));
  g_assert_cmpuint (first->start, <, at - first_article);
  for (guint i = 0; i < mentions->len; i++)
    {
      DlMention *m = &g_array_index (mentions, DlMention, i);
      g_autofree char *name = dl_article_dup_slice (m->article, m->start, m->end);

      g_assert_true (g_str_has_suffix (name, "Trump"));
    }
}

static char *
describe_actors (GPtrArray *actors)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < actors->len; i++)
    g_string_append_printf (out, "%s:%u;", dl_actor_get_name (g_ptr_array_index (actors, i)),
                            dl_actor_get_n_mentions (g_ptr_array_index (actors, i)));
  return g_string_free (out, FALSE);
}

static void
test_deterministic (void)
{
  g_autoptr(GPtrArray) analyses1 = analyse_both ();
  g_autoptr(GPtrArray) analyses2 = analyse_both ();
  g_autoptr(GPtrArray) actors1 = dl_actor_resolver_resolve (analyses1);
  g_autoptr(GPtrArray) actors2 = dl_actor_resolver_resolve (analyses2);
  g_autofree char *one = describe_actors (actors1);
  g_autofree char *two = describe_actors (actors2);

  g_assert_cmpstr (one, ==, two);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_article_analysis_free);
  g_autoptr(GPtrArray) actors = NULL;

  g_ptr_array_add (analyses, analyse ("empty.txt", "nothing to see here."));
  actors = dl_actor_resolver_resolve (analyses);
  g_assert_cmpuint (actors->len, ==, 0);
}

/* The seed articles (not part of the project): each leader is one actor */
/* The seed articles, read at run time when they are beside the project,
 * resolved together. Returns %NULL (and marks the test skipped) when
 * they are not there; @analyses keeps the articles the actors point to. */
static GPtrArray *
resolve_seed_articles (GPtrArray *analyses)
{
  const char *dir = g_getenv ("DATELINE_SEEDS_DIR");
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL || (d = g_dir_open (dir, 0, NULL)) == NULL)
    {
      g_test_skip ("no seed articles");
      return NULL;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (g_ptr_array_index (names, i), &text, NULL, NULL));
      g_ptr_array_add (analyses, analyse (g_ptr_array_index (names, i), text));
    }
  return dl_actor_resolver_resolve (analyses);
}

static void
test_seeds (void)
{
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_article_analysis_free);
  g_autoptr(GPtrArray) actors = NULL;

  actors = resolve_seed_articles (analyses);
  if (actors == NULL)
    return;
  g_assert_cmpuint (count_actors_with_alias (actors, "Trump"), <=, 1);
  g_assert_cmpuint (count_actors_with_alias (actors, "Putin"), <=, 1);
  g_assert_cmpuint (count_actors_with_alias (actors, "Tillerson"), <=, 1);
  if (find_actor (actors, "Donald Trump") != NULL && find_actor (actors, "Melania Trump") != NULL)
    g_assert_true (find_actor (actors, "Donald Trump") != find_actor (actors, "Melania Trump"));
  g_assert_cmpuint (count_actors_with_alias (actors, "Share This Story"), ==, 0);
  g_assert_cmpuint (count_actors_with_alias (actors, "Notify"), ==, 0);
  g_assert_cmpuint (count_actors_with_alias (actors, "Inline Feedbacks"), ==, 0);
  g_assert_cmpuint (count_actors_with_alias (actors, "BREAKING"), ==, 0);
  g_assert_cmpuint (count_actors_with_alias (actors, "G20"), ==, 0);
}

/* Short names of things: an acronym after a name, an organisation word
 * standing for "X of the Y", a place word for the longer place name, a
 * dateline in capitals */
static const char *harbour_article =
  "KASTELLO, Freedonia — The Harbour Workers League (HWL) met "
  "the Council of the Northern Federation on Monday. The Council said the "
  "Harlan Wall would stay closed. Later the HWL marched along the Wall.";

static const char *talks_article =
  "The HWL and the Council held talks in Kastello. Crowds gathered at the Wall.";

static const char *southern_article =
  "The Council of the Southern Federation objected.";

static GPtrArray *
analyse_texts (const char * const *texts)
{
  GPtrArray *analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_article_analysis_free);

  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("short-%u.txt", i);

      g_ptr_array_add (analyses, analyse (path, texts[i]));
    }
  return analyses;
}

static void
test_acronym_alias (void)
{
  const char *texts[] = { harbour_article, talks_article, NULL };
  g_autoptr(GPtrArray) analyses = analyse_texts (texts);
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *league = find_actor (actors, "Harbour Workers League");

  g_assert_nonnull (league);
  g_assert_cmpint (dl_actor_get_kind (league), ==, DL_ACTOR_KIND_ORGANIZATION);
  g_assert_true (dl_actor_has_alias (league, "HWL"));
  /* the full name and "HWL" three times, one in the other article */
  g_assert_cmpuint (dl_actor_get_n_mentions (league), ==, 4);
  g_assert_null (find_actor (actors, "HWL"));
}

static void
test_head_of_long_name (void)
{
  const char *texts[] = { harbour_article, talks_article, NULL };
  g_autoptr(GPtrArray) analyses = analyse_texts (texts);
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *council = find_actor (actors, "Council of the Northern Federation");

  g_assert_nonnull (council);
  g_assert_cmpint (dl_actor_get_kind (council), ==, DL_ACTOR_KIND_ORGANIZATION);
  /* in its own article, and in the other one, the corpus knowing no
   * other council */
  g_assert_cmpuint (dl_actor_get_n_mentions (council), ==, 3);
  g_assert_null (find_actor (actors, "Council"));
}

/* With two councils in the corpus, "the Council" of a third article
 * could be either, and stays itself */
static void
test_ambiguous_head (void)
{
  const char *texts[] = { harbour_article, talks_article, southern_article, NULL };
  g_autoptr(GPtrArray) analyses = analyse_texts (texts);
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *northern = find_actor (actors, "Council of the Northern Federation");
  DlActor *council = find_actor (actors, "Council");

  g_assert_nonnull (northern);
  g_assert_cmpuint (dl_actor_get_n_mentions (northern), ==, 2);
  g_assert_nonnull (council);
  g_assert_cmpuint (dl_actor_get_n_mentions (council), ==, 1);
  g_assert_nonnull (find_actor (actors, "Council of the Southern Federation"));
}

static void
test_short_place_name (void)
{
  const char *texts[] = { harbour_article, talks_article, NULL };
  const char *alone[] = { talks_article, NULL };
  g_autoptr(GPtrArray) analyses = analyse_texts (texts);
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  g_autoptr(GPtrArray) analyses_alone = analyse_texts (alone);
  g_autoptr(GPtrArray) actors_alone = dl_actor_resolver_resolve (analyses_alone);
  DlActor *wall = find_actor (actors, "Harlan Wall");

  g_assert_nonnull (wall);
  g_assert_cmpint (dl_actor_get_kind (wall), ==, DL_ACTOR_KIND_LOCATION);
  g_assert_true (dl_actor_has_alias (wall, "Wall"));
  g_assert_cmpuint (dl_actor_get_n_mentions (wall), ==, 3);
  g_assert_null (find_actor (actors, "Wall"));
  /* with no longer name to stand for, it is a place of its own */
  g_assert_nonnull (find_actor (actors_alone, "Wall"));
}

static void
test_dateline_in_capitals (void)
{
  const char *texts[] = { harbour_article, talks_article, NULL };
  const char *renamed[] = { "MCKENZIE, Freedonia — Talks began.",
                            "The delegates stayed in McKenzie.", NULL };
  g_autoptr(GPtrArray) analyses = analyse_texts (texts);
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  g_autoptr(GPtrArray) analyses_renamed = analyse_texts (renamed);
  g_autoptr(GPtrArray) actors_renamed = dl_actor_resolver_resolve (analyses_renamed);
  DlActor *town = find_actor (actors, "Kastello");

  g_assert_nonnull (town);
  g_assert_cmpint (dl_actor_get_kind (town), ==, DL_ACTOR_KIND_LOCATION);
  g_assert_cmpuint (dl_actor_get_n_mentions (town), ==, 2);
  g_assert_null (find_actor (actors, "KASTELLO"));
  g_assert_nonnull (find_actor (actors, "Freedonia"));
  /* the spelling of running text wins over the one made from capitals */
  g_assert_nonnull (find_actor (actors_renamed, "McKenzie"));
  g_assert_null (find_actor (actors_renamed, "Mckenzie"));
}

static GPtrArray *
analyse_list (const char * const *texts)
{
  GPtrArray *analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_article_analysis_free);

  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("rule-%u.txt", i);

      g_ptr_array_add (analyses, analyse (path, texts[i]));
    }
  return analyses;
}

static DlActor *
actor_with_alias (GPtrArray  *actors,
                  const char *alias)
{
  DlActor *found = NULL;

  for (guint i = 0; i < actors->len; i++)
    if (dl_actor_has_alias (g_ptr_array_index (actors, i), alias))
      {
        g_assert_null (found);
        found = g_ptr_array_index (actors, i);
      }
  return found;
}

/* A bare surname goes to the person of that name its article speaks of,
 * though another one is named more often in the corpus; a role decides
 * where the article names both */
static void
test_salient_surname (void)
{
  const char *texts[] = {
    "Donald Trump flew to Ohio. Donald Trump spoke at a rally, and Donald Trump "
    "thanked the crowd.",
    "Melania Trump opened a hospital wing in Ohio. Trump, who wore a blue coat, "
    "spoke to nurses.",
    "Melania Trump and President Donald Trump arrived. President Trump spoke first.",
    NULL
  };
  g_autoptr(GPtrArray) analyses = analyse_list (texts);
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *donald = find_actor (actors, "Donald Trump");
  DlActor *melania = find_actor (actors, "Melania Trump");

  g_assert_nonnull (donald);
  g_assert_nonnull (melania);
  g_assert_cmpuint (dl_actor_get_n_mentions (melania), ==, 3);
  g_assert_cmpuint (dl_actor_get_n_mentions (donald), ==, 5);
  g_assert_true (dl_actor_has_alias (melania, "Trump"));
  g_assert_true (dl_actor_has_alias (donald, "President Trump"));
  g_assert_false (dl_actor_has_alias (melania, "President Trump"));
}

/* "US", "U.S.", "United States", "America" and "American" are one country */
static void
test_one_country (void)
{
  const char *texts[] = {
    "The US and Russia talked. Later the U.S. envoy left, and the United States "
    "said America would wait.",
    "American officials agreed.",
    NULL
  };
  g_autoptr(GPtrArray) analyses = analyse_list (texts);
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *us = find_actor (actors, "United States");
  const char *names[] = { "US", "U.S.", "United States", "America", "American" };

  g_assert_nonnull (us);
  g_assert_cmpint (dl_actor_get_kind (us), ==, DL_ACTOR_KIND_LOCATION);
  g_assert_cmpuint (dl_actor_get_n_mentions (us), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (actor_with_alias (actors, names[i]) == us);
}

/* Armed groups are written like organisations and are groups; the
 * names of one group are one actor */
static void
test_armed_groups (void)
{
  const char *texts[] = {
    "Yesterday fighters loyal to ISIS clashed with the Nusra Front near Idlib.",
    "Islamic State later withdrew, and al-Nusra claimed the town; Hezbollah stayed out.",
    NULL
  };
  g_autoptr(GPtrArray) analyses = analyse_list (texts);
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *isis = find_actor (actors, "ISIS");
  DlActor *nusra = find_actor (actors, "Nusra Front");
  DlActor *hezbollah = find_actor (actors, "Hezbollah");

  g_assert_nonnull (isis);
  g_assert_nonnull (nusra);
  g_assert_nonnull (hezbollah);
  g_assert_cmpint (dl_actor_get_kind (isis), ==, DL_ACTOR_KIND_GROUP);
  g_assert_cmpint (dl_actor_get_kind (nusra), ==, DL_ACTOR_KIND_GROUP);
  g_assert_cmpint (dl_actor_get_kind (hezbollah), ==, DL_ACTOR_KIND_GROUP);
  g_assert_true (dl_actor_has_alias (isis, "Islamic State"));
  g_assert_cmpuint (dl_actor_get_n_mentions (isis), ==, 2);
  g_assert_true (dl_actor_has_alias (nusra, "al-Nusra"));
  g_assert_cmpuint (dl_actor_get_n_mentions (nusra), ==, 2);
  g_assert_null (find_actor (actors, "Islamic State"));
}

/* Groups named by common nouns: one actor per group within an article,
 * named as it was first written; bare plurals are no actors */
static void
test_group_phrases (void)
{
  const char *texts[] = {
    "Government troops shelled the town while rebel forces dug in. The rebels said "
    "people and leaders of the town had fled; later government forces withdrew.",
    "The rebels in the north signed a truce, and protesters cheered.",
    NULL
  };
  g_autoptr(GPtrArray) analyses = analyse_list (texts);
  g_autoptr(GPtrArray) actors = dl_actor_resolver_resolve (analyses);
  DlActor *troops = find_actor (actors, "Government troops");
  DlActor *rebel_forces = find_actor (actors, "rebel forces");
  DlActor *rebels = find_actor (actors, "rebels");

  g_assert_nonnull (troops);
  g_assert_cmpint (dl_actor_get_kind (troops), ==, DL_ACTOR_KIND_GROUP);
  g_assert_true (dl_actor_has_alias (troops, "government forces"));
  g_assert_nonnull (rebel_forces);
  g_assert_cmpint (dl_actor_get_kind (rebel_forces), ==, DL_ACTOR_KIND_GROUP);
  g_assert_true (dl_actor_has_alias (rebel_forces, "rebels"));
  g_assert_cmpuint (dl_actor_get_n_mentions (rebel_forces), ==, 2);
  /* the rebels of another article may be other people */
  g_assert_nonnull (rebels);
  g_assert_true (rebels != rebel_forces);
  g_assert_nonnull (find_actor (actors, "protesters"));
  g_assert_null (actor_with_alias (actors, "people"));
  g_assert_null (actor_with_alias (actors, "leaders"));
}

static const char *
kind_name (DlActor *actor)
{
  static const char * const names[] = { "person", "organization", "location", "group", "other" };

  return names[dl_actor_get_kind (actor)];
}

/* Every actor a reader would name in the seed articles, each one actor,
 * and no page furniture or author's note among them */
static void
test_seeds_actor_list (void)
{
  static const char * const expected[] = {
    "Donald Trump:person", "Vladimir Putin:person", "Rex Tillerson:person",
    "Melania Trump:person", "Theresa May:person", "Shinzo Abe:person",
    "Sergey Lavrov:person", "John Kerry:person", "Barack Obama:person",
    "Assad:person", "George W. Bush:person", "Kremlin:organization",
    "White House:organization", "NATO:organization", "United States:location",
    "Russia:location", "Syria:location", "Germany:location", "Japan:location",
    "China:location", "Iran:location", "Ukraine:location", "North Korea:location",
    "Hamburg:location", "Aleppo:location", "ISIS:group", "Nusra Front:group",
  };
  static const char * const noise[] = {
    "National Security", "News Enthusiast", "Share This Story", "Notify of",
    "Inline Feedbacks", "BREAKING", "Continue Reading", "View all comments",
  };
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) dl_article_analysis_free);
  g_autoptr(GPtrArray) actors = NULL;
  DlActor *actor;

  actors = resolve_seed_articles (analyses);
  if (actors == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) parts = g_strsplit (expected[i], ":", 2);

      actor = find_actor (actors, parts[0]);
      if (actor == NULL)
        g_error ("no actor %s", parts[0]);
      g_assert_cmpstr (kind_name (actor), ==, parts[1]);
    }
  actor = find_actor (actors, "Donald Trump");
  g_assert_true (actor_with_alias (actors, "Trump") == actor);
  g_assert_true (actor_with_alias (actors, "President Trump") == actor);
  g_assert_true (find_actor (actors, "Melania Trump") != actor);
  actor = find_actor (actors, "Vladimir Putin");
  g_assert_true (actor_with_alias (actors, "Putin") == actor);
  g_assert_true (actor_with_alias (actors, "President Vladimir Putin") == actor);
  actor = find_actor (actors, "Rex Tillerson");
  g_assert_true (actor_with_alias (actors, "Rex Tilerson") == actor);
  g_assert_true (actor_with_alias (actors, "Tillerson") == actor);
  g_assert_true (has_string (dl_actor_get_roles (actor), "Secretary of State"));
  actor = find_actor (actors, "United States");
  g_assert_true (actor_with_alias (actors, "U.S.") == actor);
  g_assert_true (actor_with_alias (actors, "US") == actor);
  g_assert_true (actor_with_alias (actors, "America") == actor);
  g_assert_nonnull (actor_with_alias (actors, "rebel forces"));
  g_assert_cmpint (dl_actor_get_kind (actor_with_alias (actors, "rebel forces")), ==,
                   DL_ACTOR_KIND_GROUP);
  for (guint i = 0; i < actors->len; i++)
    g_assert_false (dl_gazetteer_is_furniture (dl_actor_get_name (g_ptr_array_index (actors, i))));
  for (guint i = 0; i < G_N_ELEMENTS (noise); i++)
    g_assert_null (actor_with_alias (actors, noise[i]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/actor-resolver/one-person-many-names", test_one_person_many_names);
  g_test_add_func ("/actor-resolver/different-first-names", test_different_first_names);
  g_test_add_func ("/actor-resolver/spelling-variants", test_spelling_variants_merge);
  g_test_add_func ("/actor-resolver/given-name-alone", test_given_name_alone);
  g_test_add_func ("/actor-resolver/places-and-organisations", test_places_and_organisations);
  g_test_add_func ("/actor-resolver/mention-actors", test_mention_actors);
  g_test_add_func ("/actor-resolver/mention-offsets", test_mention_offsets);
  g_test_add_func ("/actor-resolver/deterministic", test_deterministic);
  g_test_add_func ("/actor-resolver/empty", test_empty);
  g_test_add_func ("/actor-resolver/seeds", test_seeds);
  g_test_add_func ("/actor-resolver/acronym-alias", test_acronym_alias);
  g_test_add_func ("/actor-resolver/head-of-long-name", test_head_of_long_name);
  g_test_add_func ("/actor-resolver/ambiguous-head", test_ambiguous_head);
  g_test_add_func ("/actor-resolver/short-place-name", test_short_place_name);
  g_test_add_func ("/actor-resolver/dateline-in-capitals", test_dateline_in_capitals);
  g_test_add_func ("/actor-resolver/salient-surname", test_salient_surname);
  g_test_add_func ("/actor-resolver/one-country", test_one_country);
  g_test_add_func ("/actor-resolver/armed-groups", test_armed_groups);
  g_test_add_func ("/actor-resolver/group-phrases", test_group_phrases);
  g_test_add_func ("/actor-resolver/seeds-actor-list", test_seeds_actor_list);
  return g_test_run ();
}
