/* test-import-duplicates.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same story twice is found and marked; two stories on the same
 * topic are not.
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "dl-article.h"
#include "dl-import.h"

/* A wire story, as two sites would run it */
static const char * const story[] = {
  "The port of Elvmouth closed on Tuesday after dock workers walked out over a new shift plan.",
  "Union leaders said the plan would add four night shifts a month without extra pay.",
  "The city council, which owns the port, called the strike unlawful and asked for talks.",
  "About two hundred ships were waiting outside the harbour by Wednesday evening.",
  "Fishing boats were allowed to land their catch under an agreement reached at dawn.",
  "Mayor Ilse Marten told reporters that the council would not negotiate under pressure.",
  "The union answered that its members had waited two years for a fair hearing.",
  "Ferry services to the islands were cancelled, leaving hundreds of travellers stranded.",
  "Local shops reported that fresh goods had started to run short by Thursday morning.",
  "The regional chamber of commerce estimated the daily loss at several million crowns.",
  "A mediator from the labour ministry arrived in Elvmouth late on Thursday night.",
  "She met both sides separately on Friday and proposed a cooling off period of ten days.",
  "The union accepted the proposal on the condition that the new plan be suspended.",
  "The council agreed after a vote of seven to four in an emergency session.",
  "Workers returned to the cranes on Saturday morning, cheered by a small crowd.",
  "The first container ship docked shortly before noon and was unloaded by evening.",
  "Ferry services resumed on Sunday with extra sailings to clear the backlog.",
  "Talks on a new agreement are due to start next week at the town hall.",
  "Both sides said they hoped to reach a deal before the summer season begins.",
  "The strike was the first at the port in more than twenty years, historians noted.",
  "Older workers recalled the long dispute of the early years as far more bitter.",
  "The shipping line that operates most routes said its schedules would be normal by Tuesday.",
  NULL
};

static char *
tell_story (const char *byline,
            guint       changed,
            const char *replacement)
{
  GString *text = g_string_new (byline);

  for (guint i = 0; story[i] != NULL; i++)
    {
      g_string_append (text, i % 4 == 0 ? "\n\n" : " ");
      g_string_append (text, i == changed && replacement != NULL ? replacement : story[i]);
    }
  return g_string_free (text, FALSE);
}

static DlArticle *
new_article (const char *path,
             const char *text)
{
  return dl_article_new (path, NULL, text);
}

static GPtrArray *
articles_of (DlArticle *first,
             ...)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, first);
  for (DlArticle *a = first; a != NULL; a = va_arg (args, DlArticle *))
    g_ptr_array_add (articles, a);
  va_end (args);
  return articles;
}

/* The same words, however cased, spaced and punctuated */
static void
test_duplicates_exact (void)
{
  g_autofree char *text = tell_story ("By Anna Berg, Harbour Wire", G_MAXUINT, NULL);
  g_autofree char *shouted = g_utf8_strup (text, -1);
  g_autoptr(GPtrArray) articles = NULL;

  articles = articles_of (new_article ("a.txt", text),
                          new_article ("short.txt", "Ships wait."),
                          new_article ("b.txt", shouted),
                          new_article ("c.txt", "  ships — WAIT!  "),
                          NULL);
  g_assert_cmpuint (dl_import_mark_duplicates (articles), ==, 2);
  g_assert_null (dl_article_get_duplicate_of (g_ptr_array_index (articles, 0)));
  g_assert_null (dl_article_get_duplicate_of (g_ptr_array_index (articles, 1)));
  g_assert_true (dl_article_get_duplicate_of (g_ptr_array_index (articles, 2)) == g_ptr_array_index (articles, 0));
  g_assert_true (dl_article_get_duplicate_of (g_ptr_array_index (articles, 3)) == g_ptr_array_index (articles, 1));
}

/* The same wire story with another byline and a sentence rewritten;
 * a third copy points to the first, not to the second */
static void
test_duplicates_near (void)
{
  g_autofree char *wire = tell_story ("By Anna Berg, Harbour Wire", G_MAXUINT, NULL);
  g_autofree char *site = tell_story ("Tomas Lind for the Coastal Daily, updated at noon", 9,
                                      "Traders told the paper that losses ran into the millions every single day.");
  g_autofree char *third = tell_story ("Staff report", 3, "Nearly two hundred vessels lay at anchor by Wednesday.");
  g_autoptr(GPtrArray) articles = NULL;
  DlArticle *original;

  articles = articles_of (new_article ("wire.txt", wire), new_article ("site.html", site),
                          new_article ("third.txt", third), NULL);
  g_assert_cmpuint (dl_import_mark_duplicates (articles), ==, 2);
  original = g_ptr_array_index (articles, 0);
  g_assert_null (dl_article_get_duplicate_of (original));
  g_assert_true (dl_article_get_duplicate_of (g_ptr_array_index (articles, 1)) == original);
  g_assert_true (dl_article_get_duplicate_of (g_ptr_array_index (articles, 2)) == original);
}

/* Two reports of the same strike, in other words, share names and
 * phrases but are two stories */
static void
test_duplicates_same_topic (void)
{
  static const char other[] =
    "ELVMOUTH (Harbour Wire) - Dock workers in Elvmouth ended their five day strike on Saturday "
    "after the city council suspended a disputed shift plan. The port of Elvmouth had been closed "
    "since Tuesday. A mediator from the labour ministry proposed a cooling off period, which both "
    "the union and Mayor Ilse Marten accepted. Ferry services to the islands are expected to resume "
    "on Sunday. Businesses in the town said the closure had cost them dearly, and several hotels "
    "reported cancellations. Negotiations on a permanent agreement begin next week. Historians say "
    "the walkout was the first at the port in over two decades.";
  g_autofree char *wire = tell_story ("By Anna Berg, Harbour Wire", G_MAXUINT, NULL);
  g_autoptr(GPtrArray) articles = NULL;

  articles = articles_of (new_article ("wire.txt", wire), new_article ("other.txt", other), NULL);
  g_assert_cmpuint (dl_import_mark_duplicates (articles), ==, 0);
  g_assert_null (dl_article_get_duplicate_of (g_ptr_array_index (articles, 1)));
}

/* Half the story is not the story */
static void
test_duplicates_partial (void)
{
  g_autofree char *wire = tell_story ("By Anna Berg, Harbour Wire", G_MAXUINT, NULL);
  g_autofree char *half = g_strndup (wire, strlen (wire) / 2);
  g_autoptr(GPtrArray) articles = NULL;

  articles = articles_of (new_article ("wire.txt", wire), new_article ("half.txt", half), NULL);
  g_assert_cmpuint (dl_import_mark_duplicates (articles), ==, 0);
}

/* Articles added later are checked against those already there; marks
 * already made stay */
static void
test_duplicates_incremental (void)
{
  g_autofree char *wire = tell_story ("By Anna Berg, Harbour Wire", G_MAXUINT, NULL);
  g_autofree char *site = tell_story ("Coastal Daily", 0,
                                      "Elvmouth's port shut on Tuesday when dockers struck over a new rota.");
  g_autoptr(GPtrArray) articles = NULL;
  DlArticle *copy;

  articles = articles_of (new_article ("wire.txt", wire), new_article ("other.txt", "A different note."), NULL);
  g_assert_cmpuint (dl_import_mark_duplicates (articles), ==, 0);
  copy = new_article ("site.txt", site);
  g_ptr_array_add (articles, copy);
  g_assert_cmpuint (dl_import_mark_duplicates (articles), ==, 1);
  g_assert_true (dl_article_get_duplicate_of (copy) == g_ptr_array_index (articles, 0));
  g_assert_cmpuint (dl_import_mark_duplicates (articles), ==, 0);
  g_assert_true (dl_article_get_duplicate_of (copy) == g_ptr_array_index (articles, 0));

  /* Marking can be undone */
  dl_article_set_duplicate_of (copy, NULL);
  g_assert_null (dl_article_get_duplicate_of (copy));
}

/* Many articles: pairs are found through the signature bands, not by
 * comparing every article with every other */
static void
test_duplicates_many (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  gint64 start;
  guint marked;

  for (guint i = 0; i < 2000; i++)
    {
      GString *text = g_string_new (NULL);

      /* Random words from a small vocabulary: no two alike */
      for (guint w = 0; w < 300; w++)
        g_string_append_printf (text, "w%u ", g_rand_int_range (rand, 0, 5000));
      g_ptr_array_add (articles, new_article (NULL, text->str));
      g_string_free (text, TRUE);
    }
  g_ptr_array_add (articles, new_article (NULL, dl_article_get_text (g_ptr_array_index (articles, 7))));

  start = g_get_monotonic_time ();
  marked = dl_import_mark_duplicates (articles);
  g_test_message ("2001 articles of 300 words: %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (marked, ==, 1);
  g_assert_true (dl_article_get_duplicate_of (g_ptr_array_index (articles, 2000))
                 == g_ptr_array_index (articles, 7));
}

/* 300 stories, one in five a near copy of an earlier one */
static GPtrArray *
make_mixed_stories (void)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *text = NULL;

      if (i >= 10 && i % 5 == 0)
        {
          /* An earlier story with one sentence rewritten */
          const char *earlier = dl_article_get_text (g_ptr_array_index (articles, g_rand_int_range (rand, 0, i)));

          text = g_strconcat (earlier, " A late edit said more.", NULL);
        }
      else
        {
          GString *words = g_string_new (NULL);

          for (guint w = 0; w < 200; w++)
            g_string_append_printf (words, "w%u ", g_rand_int_range (rand, 0, 3000));
          text = g_string_free (words, FALSE);
        }
      g_ptr_array_add (articles, new_article (NULL, text));
    }
  return articles;
}

/* Marking a batch at once, its fingerprints made on every processor,
 * marks what adding the articles one by one does */
static void
test_duplicates_batch_as_incremental (void)
{
  g_autoptr(GPtrArray) batch = make_mixed_stories ();
  g_autoptr(GPtrArray) one_by_one = make_mixed_stories ();
  g_autoptr(DlDuplicateFinder) finder = dl_duplicate_finder_new ();
  guint marked, expected = 0;

  /* Already marked: both ways leave it alone */
  dl_article_set_duplicate_of (g_ptr_array_index (batch, 3), g_ptr_array_index (batch, 1));
  dl_article_set_duplicate_of (g_ptr_array_index (one_by_one, 3), g_ptr_array_index (one_by_one, 1));
  marked = dl_import_mark_duplicates (batch);
  for (guint i = 0; i < one_by_one->len; i++)
    {
      DlArticle *article = g_ptr_array_index (one_by_one, i);
      DlArticle *original = dl_duplicate_finder_add (finder, article);

      if (original != NULL)
        {
          dl_article_set_duplicate_of (article, original);
          expected++;
        }
    }
  g_assert_cmpuint (marked, ==, expected);
  g_assert_cmpuint (marked, >=, 50);
  for (guint i = 0; i < batch->len; i++)
    {
      DlArticle *a = dl_article_get_duplicate_of (g_ptr_array_index (batch, i));
      DlArticle *b = dl_article_get_duplicate_of (g_ptr_array_index (one_by_one, i));
      guint at_a = 0, at_b = 0;

      g_assert_true ((a == NULL) == (b == NULL));
      if (a == NULL)
        continue;
      g_assert_true (g_ptr_array_find (batch, a, &at_a));
      g_assert_true (g_ptr_array_find (one_by_one, b, &at_b));
      g_assert_cmpuint (at_a, ==, at_b);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/duplicates/exact", test_duplicates_exact);
  g_test_add_func ("/import/duplicates/near", test_duplicates_near);
  g_test_add_func ("/import/duplicates/same-topic", test_duplicates_same_topic);
  g_test_add_func ("/import/duplicates/partial", test_duplicates_partial);
  g_test_add_func ("/import/duplicates/incremental", test_duplicates_incremental);
  g_test_add_func ("/import/duplicates/many", test_duplicates_many);
  g_test_add_func ("/import/duplicates/batch-as-incremental", test_duplicates_batch_as_incremental);

  return g_test_run ();
}
