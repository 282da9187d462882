/* test-entities.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-entities.h"

/* Each expected mention is "TYPE|text|role|country", empty fields for
 * none; a case lists every mention the sentence must give, in order. */
typedef struct
{
  const char *name;
  const char *text;
  const char *expected[8];
} EntityCase;

static const EntityCase cases[] = {
  { "titles-and-demonyms",
    "US President Donald Trump met Russian President Vladimir Putin in Hamburg.",
    { "LOC|US||United States", "PER|Donald Trump|President|", "LOC|Russian||Russia",
      "PER|Vladimir Putin|President|", "LOC|Hamburg||" } },
  { "possessives",
    "Aides close to Trump's team said Putin’s reply was firm.",
    { "PER|Trump||", "PER|Putin||" } },
  { "sentence-initial-word",
    "During the talks, Secretary of State Rex Tillerson spoke to reporters.",
    { "PER|Rex Tillerson|Secretary of State|" } },
  { "lower-case-title",
    "The meeting was chaired by British prime minister Theresa May.",
    { "LOC|British||United Kingdom", "PER|Theresa May|Prime Minister|" } },
  { "abbreviated-title",
    "After the vote, Mr. Smith left for Paris.",
    { "PER|Smith|Mr.|", "LOC|Paris||" } },
  { "initials-and-hyphenated-name",
    "Former president George W. Bush met Jean-Claude Juncker in Brussels.",
    { "PER|George W. Bush|President|", "PER|Jean-Claude Juncker||", "LOC|Brussels||" } },
  { "hyphenated-pair",
    "The Obama-Castro talks ended without a deal.",
    { "PER|Obama||", "PER|Castro||" } },
  { "name-prefix",
    "Syrian President Bashar al-Assad spoke to U.S.-backed fighters.",
    { "LOC|Syrian||Syria", "PER|Bashar al-Assad|President|", "LOC|U.S.||United States" } },
  { "organisations",
    "Rebels fought near Aleppo while the Kremlin and NATO watched.",
    { "MISC|Rebels||", "LOC|Aleppo||", "ORG|Kremlin||", "ORG|NATO||" } },
  { "organisation-suffix",
    "Officials of the Baltic Shipping Agency and Acme Widgets Inc. objected.",
    { "ORG|Baltic Shipping Agency||", "ORG|Acme Widgets Inc.||" } },
  { "compound-demonyms",
    "East German border guards and Soviet troops stayed in their barracks.",
    { "LOC|East German||East Germany", "LOC|Soviet||Soviet Union" } },
  { "g20",
    "Leaders met at the G20 summit, then at the G-20 dinner and the G 7 lunch.",
    { "MISC|G20||", "MISC|G-20||", "MISC|G 7||" } },
  { "calendar-words",
    "On Monday, July 7, Merkel arrived in Berlin.",
    { "PER|Merkel||", "LOC|Berlin||" } },
  { "month-as-surname",
    "Prime Minister Theresa May spoke in May.",
    { "PER|Theresa May|Prime Minister|" } },
  { "directed-place",
    "A truce took effect in Southwest Syria at noon.",
    { "LOC|Syria||Syria" } },
  { "furniture",
    "Share This Story\nNotify of\nInline Feedbacks\nView all comments\nContinue reading\n"
    "Advertisement\nRead more",
    { NULL } },
  { "headline-without-context",
    "BREAKING: Obama Visits Cuba As Crowds Gather",
    { "LOC|Cuba||Cuba" } },
  { "headline-with-context",
    "President Trump Talks With Putin At G-20 Summit\n\n"
    "Donald Trump met Vladimir Putin on Friday.",
    { "PER|Trump|President|", "PER|Putin||", "MISC|G-20||", "PER|Donald Trump||",
      "PER|Vladimir Putin||" } },
  { "title-case-line",
    "A Nation Must Think Before It Acts",
    { NULL } },
  { "dateline",
    "MOSCOW — Officials in the Kremlin denied it.",
    { "LOC|MOSCOW||", "ORG|Kremlin||" } },
  { "title-alone",
    "The president said the Chancellor would travel.",
    { NULL } },
  { "place-suffixes",
    "A nurse crossed the Lindenbrücke and climbed to Wendeler Berg.",
    { "LOC|Lindenbrücke||", "LOC|Wendeler Berg||" } },
  { "surname-with-place-suffix",
    "The composer Alban Steinberg lived on Kessler Street.",
    { "PER|Alban Steinberg||", "LOC|Kessler Street||" } },
  { "place-word-with-article",
    "The children sat on the Wall, then ran to a Square.",
    { "LOC|Wall||" } },
  { "dateline-in-capitals",
    "KASTELLO, Freedonia, May 2 — The harbour was quiet.",
    { "LOC|KASTELLO||", "LOC|Freedonia||" } },
  { "lower-case-title-alone",
    "The visit of president Trump ended early.",
    { "PER|Trump|President|" } },
  { "headline-in-capitals",
    "PRESIDENT TRUMP MEETS PUTIN\n\nDonald Trump met Vladimir Putin on Friday.",
    { "PER|TRUMP|President|", "PER|PUTIN||", "PER|Donald Trump||", "PER|Vladimir Putin||" } },
  { "names-at-sentence-start",
    "Merkel spoke first. Macron answered an hour later.",
    { "PER|Merkel||", "PER|Macron||" } },
  { "quoted-names",
    "“Putin is strong,” said Trump, and ‘Merkel’ was the reply.",
    { "PER|Putin||", "PER|Trump||", "PER|Merkel||" } },
  { "breaking-alone",
    "BREAKING\nCrowds cheered Obama in Havana.",
    { "PER|Obama||", "LOC|Havana||" } },
  { "group-phrases",
    "Government troops shelled the town as rebel forces and protesters fled; "
    "people and leaders watched.",
    { "MISC|Government troops||", "MISC|rebel forces||", "MISC|protesters||" } },
  { "group-phrase-edges",
    "The rebels' base fell, and anti-government forces regrouped.",
    { "MISC|rebels||" } },
  { "armed-groups",
    "Hezbollah and the Nusra Front fought ISIS near Idlib.",
    { "ORG|Hezbollah||", "ORG|Nusra Front||", "ORG|ISIS||", "LOC|Idlib||" } },
};

/* Filler that makes a text long enough to count as an article, and
 * that holds no name */
static const char *filler =
  "Nobody wanted to leave the room before the talks were over, and the night "
  "was long and cold.\n";

/* In an article a lone capitalised word needs evidence to be a name.
 * Each case lists mentions that must be found ("TYPE|text") and words
 * that must not be names. */
typedef struct
{
  const char *name;
  const char *text;
  const char *present[4];
  const char *absent[4];
} DocumentCase;

static const DocumentCase document_cases[] = {
  { "no-evidence",
    "Crowds sang an old song about the Glimmer, and small Pellwick cars rolled past.\n",
    { NULL }, { "Glimmer", "Pellwick" } },
  { "repeated",
    "Dunmore spoke first, and later the crowd cheered Dunmore again.\n",
    { "PER|Dunmore" }, { NULL } },
  { "person-cue",
    "The march was led by Quillon, who waved a flag.\n",
    { "PER|Quillon" }, { NULL } },
  { "surname-of-full-name",
    "Marta Kessling arrived at noon. An hour later Kessling left.\n",
    { "PER|Marta Kessling", "PER|Kessling" }, { NULL } },
  { "place-cues",
    "Families came from Oberhain and rested in the Rosengarten; others went "
    "home to the district of Vellmar.\n",
    { "LOC|Oberhain", "LOC|Rosengarten", "LOC|Vellmar" }, { NULL } },
  { "place-word-and-connector",
    "They walked down the Straße des Sieges and along the Straße des 17. Juni.\n",
    { "LOC|Straße des Sieges" }, { "Straße", "Juni" } },
  { "place-suffix",
    "A nurse from Ostbrunner Berg crossed the Talbrücke.\n",
    { "LOC|Ostbrunner Berg", "LOC|Talbrücke" }, { NULL } },
  /* The author's note under an article: words usually written in lower
   * case, capitalised as a heading would be, are no name */
  { "author-biography",
    "Marta Kessling teaches in Leeds and cares about National Security. 31 News "
    "Enthusiast, amateur baker and keen walker.\n",
    { "PER|Marta Kessling", "LOC|Leeds" }, { "National Security", "News Enthusiast" } },
};

static gboolean
has_mention (GArray     *mentions,
             const char *type,
             const char *text)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      DlEntityMention *mention = &g_array_index (mentions, DlEntityMention, i);

      if (g_str_equal (mention->text, text)
          && (type == NULL || g_str_equal (dl_entity_type_to_conll (mention->type), type)))
        return TRUE;
    }
  return FALSE;
}

static void
check_document_case (gconstpointer data)
{
  const DocumentCase *c = data;
  g_autoptr(GString) text = g_string_new (c->text);
  g_autoptr(GArray) mentions = NULL;

  for (guint i = 0; i < 12; i++)
    g_string_append (text, filler);
  mentions = dl_entities_find (text->str, text->len, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (c->present) && c->present[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (c->present[i], "|", 2);

      if (!has_mention (mentions, parts[0], parts[1]))
        g_error ("%s: %s not found", c->name, c->present[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (c->absent) && c->absent[i] != NULL; i++)
    if (has_mention (mentions, NULL, c->absent[i]))
      g_error ("%s: %s found", c->name, c->absent[i]);
}

/* Without an article around it, a lone word keeps the old guess */
static void
test_sentence_keeps_guess (void)
{
  const char *text = "Crowds cheered Dunmore.";
  g_autoptr(GArray) mentions = dl_entities_find (text, strlen (text), NULL);

  g_assert_true (has_mention (mentions, "PER", "Dunmore"));
}

static char *
describe (const DlEntityMention *mention)
{
  return g_strdup_printf ("%s|%s|%s|%s", dl_entity_type_to_conll (mention->type),
                          mention->text, mention->role != NULL ? mention->role : "",
                          mention->country != NULL ? mention->country : "");
}

static void
check_case (gconstpointer data)
{
  const EntityCase *c = data;
  g_autoptr(GArray) mentions = dl_entities_find (c->text, strlen (c->text), NULL);
  guint n_expected = 0;

  while (n_expected < G_N_ELEMENTS (c->expected) && c->expected[n_expected] != NULL)
    n_expected++;
  for (guint i = 0; i < mentions->len; i++)
    {
      DlEntityMention *mention = &g_array_index (mentions, DlEntityMention, i);
      g_autofree char *got = describe (mention);
      g_autofree char *slice = g_strndup (c->text + mention->start, mention->end - mention->start);

      g_test_message ("%s: %s", c->name, got);
      /* the offsets cover exactly the name, whatever the spacing */
      g_assert_cmpstr (slice, ==, mention->text);
      if (i < n_expected)
        g_assert_cmpstr (got, ==, c->expected[i]);
    }
  g_assert_cmpuint (mentions->len, ==, n_expected);
}

static void
test_sentence_spans (void)
{
  const char *text = "Ignored Person spoke. Angela Merkel replied.";
  g_autoptr(GArray) sentences = g_array_new (FALSE, FALSE, sizeof (DlSpan));
  DlSpan span = { 22, strlen (text) };
  g_autoptr(GArray) mentions = NULL;
  DlEntityMention *mention;

  g_array_append_val (sentences, span);
  mentions = dl_entities_find (text, strlen (text), sentences);
  g_assert_cmpuint (mentions->len, ==, 1);
  mention = &g_array_index (mentions, DlEntityMention, 0);
  g_assert_cmpstr (mention->text, ==, "Angela Merkel");
  g_assert_cmpuint (mention->start, ==, 22);
  g_assert_cmpuint (mention->end, ==, 35);
}

static void
test_empty (void)
{
  g_autoptr(GArray) mentions = dl_entities_find ("", 0, NULL);

  g_assert_cmpuint (mentions->len, ==, 0);
}

/* In an article, a word capitalised only where sentences start is an
 * ordinary word, while a name that recurs mid-sentence is kept there */
static void
test_document_evidence (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) mentions = NULL;
  guint n_hundreds = 0, n_kovacs = 0;

  for (guint i = 0; i < 12; i++)
    g_string_append (text, "Hundreds gathered in the square while the speaker, "
                           "Kovacs, waited for the crowd to settle down.\n"
                           "Kovacs then spoke for an hour about the future.\n");
  mentions = dl_entities_find (text->str, text->len, NULL);
  for (guint i = 0; i < mentions->len; i++)
    {
      DlEntityMention *mention = &g_array_index (mentions, DlEntityMention, i);

      n_hundreds += g_str_equal (mention->text, "Hundreds") ? 1 : 0;
      n_kovacs += g_str_equal (mention->text, "Kovacs") ? 1 : 0;
    }
  g_assert_cmpuint (n_hundreds, ==, 0);
  g_assert_cmpuint (n_kovacs, ==, 24);
}

static void
test_tag_tokens (void)
{
  const char *tokens[] = {
    "US", "President", "Donald", "Trump", "met", "Russian", "officials", "in",
    "Hamburg", "."
  };
  const char *expected[] = {
    "B-LOC", "O", "B-PER", "I-PER", "O", "B-MISC", "O", "O", "B-LOC", "O"
  };
  g_autoptr(GPtrArray) tags = dl_entities_tag_tokens (tokens, G_N_ELEMENTS (tokens));

  g_assert_cmpuint (tags->len, ==, G_N_ELEMENTS (tokens));
  for (guint i = 0; i < tags->len; i++)
    g_assert_cmpstr (g_ptr_array_index (tags, i), ==, expected[i]);
}

static void
test_tag_tokens_adjacent (void)
{
  const char *tokens[] = { "Talks", "between", "NATO", "Russia", "failed" };
  const char *expected[] = { "O", "O", "B-ORG", "B-LOC", "O" };
  g_autoptr(GPtrArray) tags = dl_entities_tag_tokens (tokens, G_N_ELEMENTS (tokens));

  for (guint i = 0; i < tags->len; i++)
    g_assert_cmpstr (g_ptr_array_index (tags, i), ==, expected[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/entities/find/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], check_case);
    }
  for (guint i = 0; i < G_N_ELEMENTS (document_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/entities/document/%s", document_cases[i].name);

      g_test_add_data_func (path, &document_cases[i], check_document_case);
    }
  g_test_add_func ("/entities/find/sentence-keeps-guess", test_sentence_keeps_guess);
  g_test_add_func ("/entities/find/sentence-spans", test_sentence_spans);
  g_test_add_func ("/entities/find/empty", test_empty);
  g_test_add_func ("/entities/find/document-evidence", test_document_evidence);
  g_test_add_func ("/entities/conll/tags", test_tag_tokens);
  g_test_add_func ("/entities/conll/adjacent-names", test_tag_tokens_adjacent);
  return g_test_run ();
}
