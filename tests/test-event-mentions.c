/* test-event-mentions.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The event mentions of the parse (dl-event-mention.h): triggers, their
 * participants and their dates, on analyses built by hand; and what the
 * extractor takes from them and from the sentences before. They need
 * the tagger and parser models and are skipped without them.
 */
#include "config.h"

#include "events-fixture.h"

static DlActor *trump, *putin, *russia, *united_states, *syria, *hamburg, *apple, *cisco;

/* The event mentions of the parse: these need the tagger and parser
 * models, and are skipped without them */
static gboolean
have_models (void)
{
  if (dl_pos_model_get_default () != NULL && dl_parser_model_get_default () != NULL)
    return TRUE;
  g_test_skip ("no tagger or parser model");
  return FALSE;
}

/* The mention whose trigger is @word, or NULL */
static const DlEventMention *
mention_of (DlArticleAnalysis *a,
            GArray            *mentions,
            const char        *word)
{
  const char *text = dl_article_get_text (a->article);

  for (guint k = 0; k < mentions->len; k++)
    {
      const DlEventMention *m = &g_array_index (mentions, DlEventMention, k);

      if (m->end - m->start == strlen (word) && strncmp (text + m->start, word, m->end - m->start) == 0)
        return m;
    }
  return NULL;
}

/* The text of the @nth argument of @m with @role */
static char *
argument_text (DlArticleAnalysis    *a,
               const DlEventMention *m,
               DlArgumentRole        role,
               guint                 nth)
{
  const char *text = dl_article_get_text (a->article);

  for (guint i = 0; i < m->arguments->len; i++)
    {
      const DlEventArgument *arg = &g_array_index (m->arguments, DlEventArgument, i);

      if (arg->role == role && nth-- == 0)
        return g_strndup (text + arg->start, arg->end - arg->start);
    }
  return NULL;
}

typedef struct
{
  const char *text;
  const char *trigger;   /* NULL: the word is no mention */
  const char *lemma;
  gboolean noun;
  DlEventKind kind;
} TriggerCase;

static const TriggerCase trigger_cases[] = {
  { "Rebels seized the airport yesterday.", "seized", "seize", FALSE, DL_EVENT_KIND_OCCURRENCE },
  { "The talks lasted all night.", "talks", "talk", TRUE, DL_EVENT_KIND_OCCURRENCE },
  { "The ceasefire held.", "ceasefire", "ceasefire", TRUE, DL_EVENT_KIND_OCCURRENCE },
  { "The negotiations failed.", "negotiations", "negotiation", TRUE, DL_EVENT_KIND_OCCURRENCE },
  { "Officials said the border was closed.", "said", "say", FALSE, DL_EVENT_KIND_REPORTING },
  { "The company began selling phones.", "began", "begin", FALSE, DL_EVENT_KIND_ASPECTUAL },
};

static void
test_mention_triggers (void)
{
  if (!have_models ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (trigger_cases); i++)
    {
      const TriggerCase *c = &trigger_cases[i];
      g_autoptr(DlArticleAnalysis) a = analysis_new (c->text, NULL);
      g_autoptr(GArray) mentions = dl_event_mentions_find (a);
      const DlEventMention *m = mention_of (a, mentions, c->trigger);

      g_test_message ("%s", c->text);
      g_assert_nonnull (m);
      g_assert_cmpstr (m->lemma, ==, c->lemma);
      g_assert_cmpint (m->noun, ==, c->noun);
      g_assert_cmpint (m->kind, ==, c->kind);
    }
}

/* Auxiliaries and a light verb before an event noun are no events of
 * their own; the noun takes the light verb's subject */
static void
test_mention_not_triggers (void)
{
  const char *text = "Trump and Putin have held talks. The station is new.";
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autofree char *first = NULL, *second = NULL;
  const DlEventMention *talks;

  if (!have_models ())
    return;
  a = analysis_new (text, NULL);
  add_person (a, "Trump", trump);
  add_person (a, "Putin", putin);
  mentions = dl_event_mentions_find (a);
  g_assert_null (mention_of (a, mentions, "have"));
  g_assert_null (mention_of (a, mentions, "held"));
  g_assert_null (mention_of (a, mentions, "station"));
  talks = mention_of (a, mentions, "talks");
  g_assert_nonnull (talks);
  g_assert_cmpint (talks->light, >=, 0);
  first = argument_text (a, talks, DL_ARGUMENT_AGENT, 0);
  second = argument_text (a, talks, DL_ARGUMENT_AGENT, 1);
  g_assert_cmpstr (first, ==, "Trump");
  g_assert_cmpstr (second, ==, "Putin");
}

/* MEANTIME counts states: "is" links its two sides, which both take
 * part; a copula before an event noun leaves the event to the noun */
static void
test_mention_copula (void)
{
  const char *text = "The iPod Nano is the second model. The launch was a success.";
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autofree char *agent = NULL, *patient = NULL;
  const DlEventMention *is;

  if (!have_models ())
    return;
  a = analysis_new (text, NULL);
  mentions = dl_event_mentions_find (a);
  is = mention_of (a, mentions, "is");
  g_assert_nonnull (is);
  g_assert_cmpint (is->kind, ==, DL_EVENT_KIND_STATE);
  g_assert_cmpint (is->predicate, >=, 0);
  g_assert_false (is->noun);
  agent = argument_text (a, is, DL_ARGUMENT_AGENT, 0);
  patient = argument_text (a, is, DL_ARGUMENT_PATIENT, 0);
  g_assert_cmpstr (agent, ==, "The iPod Nano");
  g_assert_cmpstr (patient, ==, "the second model");
  g_assert_nonnull (mention_of (a, mentions, "launch"));
}

static void
test_mention_roles (void)
{
  const char *text = "Donald Trump met Vladimir Putin in Hamburg. Trump spoke with Putin.";
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autofree char *agent = NULL, *patient = NULL, *place = NULL, *other = NULL;
  const DlEventMention *met, *spoke;
  const DlEventArgument *arg;

  if (!have_models ())
    return;
  a = analysis_new (text, NULL);
  add_person (a, "Donald Trump", trump);
  add_person (a, "Vladimir Putin", putin);
  add_place (a, "Hamburg", hamburg);
  mentions = dl_event_mentions_find (a);
  met = mention_of (a, mentions, "met");
  g_assert_nonnull (met);
  agent = argument_text (a, met, DL_ARGUMENT_AGENT, 0);
  patient = argument_text (a, met, DL_ARGUMENT_PATIENT, 0);
  place = argument_text (a, met, DL_ARGUMENT_PLACE, 0);
  g_assert_cmpstr (agent, ==, "Donald Trump");
  g_assert_cmpstr (patient, ==, "Vladimir Putin");
  g_assert_cmpstr (place, ==, "Hamburg");
  arg = &g_array_index (met->arguments, DlEventArgument, 0);
  g_assert_cmpint (arg->mention, ==, 0);

  spoke = mention_of (a, mentions, "spoke");
  g_assert_nonnull (spoke);
  other = argument_text (a, spoke, DL_ARGUMENT_OTHER, 0);
  g_assert_cmpstr (other, ==, "Putin");
}

/* The subject of a passive is what was done to; "by" names the doer */
static void
test_mention_passive (void)
{
  const char *text = "The treaty was signed by Russia.";
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autofree char *agent = NULL, *patient = NULL;
  const DlEventMention *signed_;

  if (!have_models ())
    return;
  a = analysis_new (text, NULL);
  add_mention (a, "Russia", 0, DL_ENTITY_LOCATION, NULL, russia);
  mentions = dl_event_mentions_find (a);
  signed_ = mention_of (a, mentions, "signed");
  g_assert_nonnull (signed_);
  g_assert_true (signed_->passive);
  patient = argument_text (a, signed_, DL_ARGUMENT_PATIENT, 0);
  agent = argument_text (a, signed_, DL_ARGUMENT_AGENT, 0);
  g_assert_cmpstr (patient, ==, "The treaty");
  g_assert_cmpstr (agent, ==, "Russia");
}

/* "said" governs what it reports; a date belongs to the nearest event
 * above it and is passed down to the events below without one; a
 * duration is the extent of its event */
static void
test_mention_time (void)
{
  const char *text = "On Friday, officials said Putin denied meddling in the 2016 elections. "
                     "The two leaders talked for two hours.";
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GArray) mentions = NULL;
  const DlEventMention *said, *denied, *elections, *talked, *meddling;

  if (!have_models ())
    return;
  a = analysis_new (text, "2017-07-08");
  add_timex (a, "2016", DL_TIMEX_DATE, "2016", FALSE);
  add_timex (a, "Friday", DL_TIMEX_DATE, "2017-07-07", TRUE);
  add_timex (a, "two hours", DL_TIMEX_DURATION, "PT2H", FALSE);
  mentions = dl_event_mentions_find (a);
  said = mention_of (a, mentions, "said");
  denied = mention_of (a, mentions, "denied");
  meddling = mention_of (a, mentions, "meddling");
  elections = mention_of (a, mentions, "elections");
  talked = mention_of (a, mentions, "talked");
  g_assert_nonnull (said);
  g_assert_nonnull (denied);
  g_assert_nonnull (elections);
  g_assert_nonnull (talked);
  g_assert_true (&g_array_index (mentions, DlEventMention, denied->governor) == said);
  g_assert_cmpint (elections->timex, ==, 0);
  g_assert_cmpint (elections->anchor, ==, DL_ANCHOR_CLAUSE);
  g_assert_cmpint (said->timex, ==, 1);
  g_assert_cmpint (said->anchor, ==, DL_ANCHOR_CLAUSE);
  /* Told on Friday, so no later than that */
  g_assert_cmpint (denied->timex, ==, 1);
  g_assert_cmpint (denied->anchor, ==, DL_ANCHOR_GOVERNOR);
  /* The year names the elections, not the meddling */
  if (meddling != NULL)
    g_assert_cmpint (meddling->timex, !=, 0);
  g_assert_cmpint (talked->duration, ==, 2);
  g_assert_cmpint (talked->timex, ==, -1);
}

/* A participant is the argument's noun phrase: not its relative clause
 * or apposition, not a clause, a particle or another event */
typedef struct
{
  const char *text;
  const char *trigger;
  DlArgumentRole role;
  const char *expected;  /* the first argument with @role; NULL: none */
} SpanCase;

static const SpanCase span_cases[] = {
  { "Apple, which makes the iPod, sued Cisco.", "sued", DL_ARGUMENT_AGENT, "Apple" },
  { "Steve Jobs, the chief executive, unveiled the phone.", "unveiled", DL_ARGUMENT_AGENT, "Steve Jobs" },
  /* Up a chain of verbs without a subject */
  { "Apple wants to begin selling films.", "selling", DL_ARGUMENT_AGENT, "Apple" },
  { "Apple said that the store would open.", "said", DL_ARGUMENT_PATIENT, NULL },
  { "The announcement came on Monday.", "came", DL_ARGUMENT_AGENT, NULL },
};

static void
test_mention_spans (gconstpointer data)
{
  const SpanCase *c = data;
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autofree char *text = NULL;
  const DlEventMention *m;

  if (!have_models ())
    return;
  a = analysis_new (c->text, NULL);
  mentions = dl_event_mentions_find (a);
  m = mention_of (a, mentions, c->trigger);
  g_assert_nonnull (m);
  text = argument_text (a, m, c->role, 0);
  g_assert_cmpstr (text, ==, c->expected);
}

/* "which makes the iPhone": the phrase is the pronoun as written, as
 * MEANTIME marks it; the actor is its antecedent's */
static void
test_mention_relative (void)
{
  const char *text = "Cisco sued Apple, which makes the iPhone.";
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autofree char *agent = NULL;
  const DlEventMention *makes;

  if (!have_models ())
    return;
  a = analysis_new (text, NULL);
  add_mention (a, "Cisco", 0, DL_ENTITY_ORGANIZATION, NULL, cisco);
  add_mention (a, "Apple", 0, DL_ENTITY_ORGANIZATION, NULL, apple);
  mentions = dl_event_mentions_find (a);
  makes = mention_of (a, mentions, "makes");
  g_assert_nonnull (makes);
  agent = argument_text (a, makes, DL_ARGUMENT_AGENT, 0);
  g_assert_cmpstr (agent, ==, "which");
  g_assert_cmpint (g_array_index (makes->arguments, DlEventArgument, 0).mention, ==, 1);
}

static int
compare_timex (gconstpointer a,
               gconstpointer b)
{
  const DlTimex *x = a, *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

/* Which date or duration an event word is anchored to */
typedef struct
{
  const char *name;
  const char *text;
  const char *trigger;
  const char *timexes[3];  /* DATE timexes, then (prefixed with "P") a duration */
  const char *values[3];
  gint timex;              /* expected index, -1 for none */
  gint duration;
} AnchorCase;

static const AnchorCase anchor_cases[] = {
  /* Next to the verb, however the parse hangs it */
  { "adjacent", "Apple announced Friday that it will give owners a free case.", "announced",
    { "Friday" }, { "2010-07-16" }, 0, -1 },
  /* The participle's date is the noun's */
  { "participle", "The label says the computer maker broke an agreement signed in 1991.",
    "agreement", { "1991" }, { "1991" }, 0, -1 },
  /* A gap before "before" measures the event after it */
  { "gap-before", "The software will be available on June 17, two days before the phone launches.", "launches",
    { "June 17", "two days" }, { "2009-06-17", "P2D" }, -1, 1 },
  /* Between the subject and its verb */
  { "adjacent-before", "Apple on Tuesday unveiled the new phone.", "unveiled",
    { "Tuesday" }, { "2010-07-13" }, 0, -1 },
  /* After a later dated conjunct, that conjunct's date */
  { "conjunct", "He fought cancer in 2004 and took six months off in 2009, later revealing he had undergone a transplant.",
    "undergone", { "2004", "2009" }, { "2004", "2009" }, 1, -1 },
  /* A date inside the noun's own phrase stays with the noun */
  { "noun-phrase", "Putin denied meddling in the 2016 elections.", "elections", { "2016" }, { "2016" }, 0, -1 },
};

static void
test_mention_anchor (gconstpointer data)
{
  const AnchorCase *c = data;
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GArray) mentions = NULL;
  const DlEventMention *m;

  if (!have_models ())
    return;
  a = analysis_new (c->text, "2010-07-17");
  for (guint i = 0; i < G_N_ELEMENTS (c->timexes) && c->timexes[i] != NULL; i++)
    add_timex (a, c->timexes[i], c->values[i][0] == 'P' ? DL_TIMEX_DURATION : DL_TIMEX_DATE, c->values[i], FALSE);
  g_array_sort (a->timexes, compare_timex);
  mentions = dl_event_mentions_find (a);
  m = mention_of (a, mentions, c->trigger);
  g_assert_nonnull (m);
  g_assert_cmpint (m->timex, ==, c->timex);
  g_assert_cmpint (m->duration, ==, c->duration);
}

/* A noun that only sets the scene ("during the meeting") is not the
 * news: the title tells the agreement */
static void
test_mention_setting_title (void)
{
  const char *text = "During the meeting, Russia and the United States reached an agreement on a ceasefire in Syria.";
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GPtrArray) events = NULL;
  DlEvent *event;

  if (!have_models ())
    return;
  a = analysis_new (text, "2017-07-07");
  add_mention (a, "Russia", 0, DL_ENTITY_LOCATION, NULL, russia);
  add_mention (a, "United States", 0, DL_ENTITY_LOCATION, NULL, united_states);
  add_place (a, "Syria", syria);
  events = extract (a);
  event = only_event (events);
  g_test_message ("title: %s", dl_event_get_title (event));
  g_assert_cmpstr (dl_event_get_predicate (event), ==, "agree");
  assert_actors (event, (DlActor *[]) { russia, united_states, NULL });
  g_assert_null (strstr (dl_event_get_title (event), "met"));
}

/* "the two leaders" are the two people of the last event with two */
static void
test_discourse_pair (void)
{
  const char *text = "Donald Trump met Vladimir Putin in Hamburg. Later the two leaders agreed a ceasefire in Syria.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (text, "2017-07-07");
  g_autoptr(GPtrArray) events = NULL;
  DlEvent *agreed;

  add_person (a, "Donald Trump", trump);
  add_person (a, "Vladimir Putin", putin);
  add_place (a, "Hamburg", hamburg);
  add_mention (a, "Syria", 0, DL_ENTITY_LOCATION, NULL, syria);
  events = extract (a);
  g_assert_cmpuint (events->len, ==, 2);
  agreed = g_ptr_array_index (events, 1);
  g_assert_cmpstr (dl_event_get_predicate (agreed), ==, "agree");
  assert_actors (agreed, (DlActor *[]) { trump, putin, NULL });
}

/* A denial that says not to whom answers the one who just pressed the
 * denier; the title stays the denier's */
static void
test_discourse_asker (void)
{
  const char *text = "Donald Trump pressed Vladimir Putin on the hacking. Putin denied it.";
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GPtrArray) events = NULL;
  DlEvent *denial = NULL;

  if (!have_models ())
    return;
  a = analysis_new (text, "2017-07-07");
  add_person (a, "Donald Trump", trump);
  add_person (a, "Vladimir Putin", putin);
  add_mention (a, "Putin", 1, DL_ENTITY_PERSON, NULL, putin);
  events = extract (a);
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (dl_event_get_predicate (g_ptr_array_index (events, i)), "deny") == 0)
      denial = g_ptr_array_index (events, i);
  g_assert_nonnull (denial);
  g_assert_cmpstr (dl_event_get_title (denial), ==, "Putin denies");
  assert_actors (denial, (DlActor *[]) { putin, trump, NULL });
}

typedef struct
{
  const char *text;
  const char *name;
  const char *verb;
  const char *lemma;
} HeadlineCase;

/* A headline's verb is found whether the headline is in title case or
 * has no other verb; names keep their capitals; a sentence with a full
 * stop is read as it is */
static const HeadlineCase headline_cases[] = {
  { "Acme unveils rocket engine", "Acme", "unveils", "unveil" },
  { "Mayor Jones resigns", "Jones", "resigns", "resign" },
  { "Acme Corp sues Globex over patent", "Acme Corp", "sues", "sue" },
  { "Jones Steps Down as Crowds Gather in Springfield", "Jones", "Steps Down", "step" },
};

static void
test_headline (gconstpointer data)
{
  const HeadlineCase *c = data;
  g_autoptr(DlArticleAnalysis) a = NULL;
  g_autoptr(GArray) mentions = NULL;
  const DlEventMention *m;

  if (!have_models ())
    return;
  a = analysis_new (c->text, NULL);
  add_mention (a, c->name, 0, DL_ENTITY_ORGANIZATION, NULL, NULL);
  mentions = dl_event_mentions_find (a);
  m = mention_of (a, mentions, c->verb);
  g_assert_nonnull (m);
  g_assert_false (m->noun);
  g_assert_cmpstr (m->lemma, ==, c->lemma);
  g_assert_cmpuint (dl_event_mention_count_role (m, DL_ARGUMENT_AGENT), >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  trump = actor ("Donald Trump", DL_ACTOR_KIND_PERSON);
  putin = actor ("Vladimir Putin", DL_ACTOR_KIND_PERSON);
  russia = actor ("Russia", DL_ACTOR_KIND_LOCATION);
  united_states = actor ("United States", DL_ACTOR_KIND_LOCATION);
  syria = actor ("Syria", DL_ACTOR_KIND_LOCATION);
  hamburg = actor ("Hamburg", DL_ACTOR_KIND_LOCATION);
  apple = actor ("Apple", DL_ACTOR_KIND_ORGANIZATION);
  cisco = actor ("Cisco", DL_ACTOR_KIND_ORGANIZATION);

  g_test_add_func ("/event-mentions/triggers", test_mention_triggers);
  for (guint i = 0; i < G_N_ELEMENTS (headline_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/event-mentions/headline/%u", i);
      g_test_add_data_func (path, &headline_cases[i], test_headline);
    }
  g_test_add_func ("/event-mentions/not-triggers", test_mention_not_triggers);
  g_test_add_func ("/event-mentions/copula", test_mention_copula);
  g_test_add_func ("/event-mentions/roles", test_mention_roles);
  g_test_add_func ("/event-mentions/passive", test_mention_passive);
  g_test_add_func ("/event-mentions/time", test_mention_time);
  g_test_add_func ("/event-mentions/relative", test_mention_relative);
  g_test_add_func ("/event-mentions/extract/setting-title", test_mention_setting_title);
  g_test_add_func ("/event-mentions/extract/pair", test_discourse_pair);
  g_test_add_func ("/event-mentions/extract/asker", test_discourse_asker);
  for (guint i = 0; i < G_N_ELEMENTS (span_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/event-mentions/spans/%u", i);
      g_test_add_data_func (path, &span_cases[i], test_mention_spans);
    }
  for (guint i = 0; i < G_N_ELEMENTS (anchor_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/event-mentions/anchor/%s", anchor_cases[i].name);
      g_test_add_data_func (path, &anchor_cases[i], test_mention_anchor);
    }

  status = g_test_run ();

  g_object_unref (trump);
  g_object_unref (putin);
  g_object_unref (russia);
  g_object_unref (united_states);
  g_object_unref (syria);
  g_object_unref (hamburg);
  g_object_unref (apple);
  g_object_unref (cisco);
  return status;
}
