/* test-segmenter.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-segmenter.h"

typedef struct
{
  const char *name;
  const char *text;
  /* The expected pieces, separated by "|" */
  const char *expected;
} Case;

static const Case sentence_cases[] = {
  { "plain", "The talks ended. Both sides left.", "The talks ended.|Both sides left." },
  { "question-exclaim", "Did they meet? Yes! They did.", "Did they meet?|Yes!|They did." },
  { "us-midsentence", "The U.S. Army left Iraq. Troops cheered.", "The U.S. Army left Iraq.|Troops cheered." },
  { "us-final", "He flew to the U.S. The trip was short.", "He flew to the U.S.|The trip was short." },
  { "titles", "Mr. Smith met Dr. Jones and Gen. Mattis. They talked.",
    "Mr. Smith met Dr. Jones and Gen. Mattis.|They talked." },
  { "month", "It began on Sept. 11, 2001 in New York. Nobody forgot.",
    "It began on Sept. 11, 2001 in New York.|Nobody forgot." },
  { "inc", "She works for Acme Inc. The firm is small.", "She works for Acme Inc.|The firm is small." },
  { "inc-name", "Acme Inc. Chief Ann Lee quit.", "Acme Inc. Chief Ann Lee quit." },
  { "am", "They met at 10 a.m. Officials were there.", "They met at 10 a.m. Officials were there." },
  { "initials", "George W. Bush met Putin. It was brief.", "George W. Bush met Putin.|It was brief." },
  { "quote-after-stop", "He said, \"We agreed.\" Then he left.", "He said, \"We agreed.\"|Then he left." },
  { "curly-quote", "She said \u201cNo.\u201d The vote failed.", "She said \u201cNo.\u201d|The vote failed." },
  { "quote-lowercase", "\"Stop!\" he shouted. They stopped.", "\"Stop!\" he shouted.|They stopped." },
  { "ellipsis-mid", "They waited... and waited. Then rain.", "They waited... and waited.|Then rain." },
  { "ellipsis-end", "They waited\u2026 The rain came.", "They waited\u2026|The rain came." },
  { "headline", "Leaders Meet In Hamburg\nThe leaders met on Friday.",
    "Leaders Meet In Hamburg|The leaders met on Friday." },
  { "paragraphs", "First part without stop\n\nSecond part.", "First part without stop|Second part." },
  { "wrapped", "The two leaders met for over\ntwo hours in Hamburg.", "The two leaders met for over\ntwo hours in Hamburg." },
  { "decimal", "Shares fell 3.5 percent. Oil rose.", "Shares fell 3.5 percent.|Oil rose." },
  { "trim", "  \n Hello there.  \n\n  ", "Hello there." },
  { "empty", "", "" },
};

static GPtrArray *
slices (const char *text,
        GArray     *spans)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < spans->len; i++)
    {
      DlSpan *span = &g_array_index (spans, DlSpan, i);

      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, strlen (text));
      g_ptr_array_add (out, g_strndup (text + span->start, span->end - span->start));
    }
  g_ptr_array_add (out, NULL);
  return out;
}

static void
test_sentences (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GArray) spans = dl_segment_sentences (c->text, strlen (c->text));
  g_autoptr(GPtrArray) got = slices (c->text, spans);
  g_autofree char *joined = g_strjoinv ("|", (char **) got->pdata);

  g_assert_cmpstr (joined, ==, c->expected);
}

static void
test_sentence_offsets (void)
{
  const char *text = "Z\u00fcrich voted. \u00c9lys\u00e9e agreed.";
  g_autoptr(GArray) spans = dl_segment_sentences (text, strlen (text));

  g_assert_cmpuint (spans->len, ==, 2);
  g_assert_cmpuint (g_array_index (spans, DlSpan, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (spans, DlSpan, 0).end, ==, 14);
  g_assert_cmpuint (g_array_index (spans, DlSpan, 1).start, ==, 15);
  g_assert_cmpuint (g_array_index (spans, DlSpan, 1).end, ==, strlen (text));
}

static const Case token_cases[] = {
  { "words", "Trump met Putin.", "Trump|met|Putin|." },
  { "us", "The U.S. and Russia agreed.", "The|U.S.|and|Russia|agreed|." },
  { "possessive", "Putin's aide and Assad\u2019s army", "Putin|'s|aide|and|Assad|\u2019s|army" },
  { "hyphen", "a cease-fire, face-to-face", "a|cease-fire|,|face-to-face" },
  { "numbers", "300,000 people, 3.5 percent, 2017-07-07", "300,000|people|,|3.5|percent|,|2017-07-07" },
  { "quotes", "\"tremendous,\" he said", "\"|tremendous|,|\"|he|said" },
  { "abbrev", "Mr. Lee and George W. Bush at 9 a.m.", "Mr.|Lee|and|George|W.|Bush|at|9|a.m." },
  { "ellipsis", "wait... now", "wait|...|now" },
  { "apostrophe", "O'Brien didn't", "O'Brien|didn't" },
};

static void
test_tokens (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GArray) spans = dl_segment_tokens (c->text, 0, strlen (c->text));
  g_autoptr(GPtrArray) got = slices (c->text, spans);
  g_autofree char *joined = g_strjoinv ("|", (char **) got->pdata);

  g_assert_cmpstr (joined, ==, c->expected);
}

static void
test_tokens_range (void)
{
  const char *text = "Skip this. Keep these words.";
  g_autoptr(GArray) spans = dl_segment_tokens (text, 11, strlen (text));

  g_assert_cmpuint (spans->len, ==, 4);
  g_assert_cmpuint (g_array_index (spans, DlSpan, 0).start, ==, 11);
  g_assert_cmpuint (g_array_index (spans, DlSpan, 0).end, ==, 15);
  g_assert_cmpuint (g_array_index (spans, DlSpan, 3).start, ==, strlen (text) - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sentence_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/segmenter/sentences/%s", sentence_cases[i].name);
      g_test_add_data_func (path, &sentence_cases[i], test_sentences);
    }
  for (guint i = 0; i < G_N_ELEMENTS (token_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/segmenter/tokens/%s", token_cases[i].name);
      g_test_add_data_func (path, &token_cases[i], test_tokens);
    }
  g_test_add_func ("/segmenter/sentences/offsets", test_sentence_offsets);
  g_test_add_func ("/segmenter/tokens/range", test_tokens_range);

  return g_test_run ();
}
