/* test-events.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The event extractor and merger on analyses built by hand, so that
 * they do not depend on the temporal and entity taggers.
 */
#include "config.h"

#include "events-fixture.h"

static DlActor *trump, *putin, *tillerson, *russia, *united_states, *syria, *germany,
               *hamburg, *schabowski, *kennedy, *dallas, *obama, *washington, *moscow;

static void
test_trigger_verb (void)
{
  const char *text = "Leaders Gather\n\nDonald Trump met Vladimir Putin in Hamburg. It was hot.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (text, NULL);
  g_autoptr(GPtrArray) events = NULL;
  DlEvent *event;
  DlSource *source;

  add_person (a, "Donald Trump", trump);
  add_person (a, "Vladimir Putin", putin);
  add_place (a, "Hamburg", hamburg);
  events = extract (a);
  event = only_event (events);

  g_assert_cmpstr (dl_event_get_predicate (event), ==, "meet");
  g_assert_cmpstr (dl_event_get_title (event), ==, "Trump and Putin meet");
  assert_actors (event, (DlActor *[]) { trump, putin, NULL });
  g_assert_null (dl_event_get_when (event));

  g_assert_cmpuint (dl_event_get_sources (event)->len, ==, 1);
  source = &g_array_index (dl_event_get_sources (event), DlSource, 0);
  g_assert_true (source->article == a->article);
  g_assert_cmpuint (source->start, ==, 16);
  g_assert_cmpuint (source->end, ==, 16 + strlen ("Donald Trump met Vladimir Putin in Hamburg."));
  g_assert_cmpstr (source->quote, ==, "Donald Trump met Vladimir Putin in Hamburg.");
}

/* Offsets of sources are code points, not bytes */
static void
test_source_code_points (void)
{
  const char *text = "Z\u00fcrich \u00e9t\u00e9. Donald Trump met Vladimir Putin.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (text, NULL);
  g_autoptr(GPtrArray) events = NULL;
  DlSource *source;

  add_person (a, "Donald Trump", trump);
  add_person (a, "Vladimir Putin", putin);
  events = extract (a);
  source = &g_array_index (dl_event_get_sources (only_event (events)), DlSource, 0);
  g_assert_cmpuint (source->start, ==, 12);
  g_assert_cmpuint (source->end, ==, 12 + strlen ("Donald Trump met Vladimir Putin."));
}

static void
add_known_names (DlArticleAnalysis *a)
{
  static const struct { const char *name; DlEntityType type; DlActor **actor; } known[] = {
    { "Donald Trump", DL_ENTITY_PERSON, &trump },
    { "Vladimir Putin", DL_ENTITY_PERSON, &putin },
    { "Barack Obama", DL_ENTITY_PERSON, &obama },
    { "Guenter Schabowski", DL_ENTITY_PERSON, &schabowski },
    { "John F. Kennedy", DL_ENTITY_PERSON, &kennedy },
    { "Rex Tillerson", DL_ENTITY_PERSON, &tillerson },
    { "Germany", DL_ENTITY_LOCATION, &germany },
    { "Russia", DL_ENTITY_LOCATION, &russia },
    { "Washington", DL_ENTITY_LOCATION, &washington },
    { "Moscow", DL_ENTITY_LOCATION, &moscow },
    { "Syria", DL_ENTITY_LOCATION, &syria },
    { "Hamburg", DL_ENTITY_LOCATION, &hamburg },
    { "Dallas", DL_ENTITY_LOCATION, &dallas },
  };
  const char *text = dl_article_get_text (a->article);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Mentions are in text order, as the tagger gives them */
  for (const char *p = text; *p != '\0'; p++)
    for (guint k = 0; k < G_N_ELEMENTS (known); k++)
      if (strncmp (p, known[k].name, strlen (known[k].name)) == 0)
        {
          DlEntityMention m = { p - text, p - text + strlen (known[k].name), known[k].type,
                                g_strdup (known[k].name), NULL, NULL };
          g_array_append_val (a->mentions, m);
          g_ptr_array_add (a->mention_actors, *known[k].actor);
        }
}

typedef struct
{
  const char *name;
  const char *text;
  guint n_events;
} CountCase;

static void
test_no_event (void)
{
  static const CountCase cases[] = {
    { "no-trigger", "Donald Trump was in Hamburg with Vladimir Putin.", 0 },
    { "no-actor", "The meeting went very well.", 0 },
    { "collective-alone", "Donald Trump met in Hamburg.", 0 },
    { "single-actor", "Vladimir Putin denied it.", 1 },
    { "reporting-only", "Rex Tillerson said Donald Trump was tired.", 0 },
    { "adjective", "The border with Germany is open.", 0 },
    { "agree-that", "Barack Obama agreed that Vladimir Putin was tough.", 0 },
    { "background-undated", "The summit of Barack Obama and Vladimir Putin ended.", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DlArticleAnalysis) a = analysis_new (cases[i].text, NULL);
      g_autoptr(GPtrArray) events = NULL;

      g_test_message ("case %s", cases[i].name);
      add_known_names (a);
      events = extract (a);
      g_assert_cmpuint (events->len, ==, cases[i].n_events);
    }
}

/* The event is the complement of "said", and the one who says it is no
 * participant */
static void
test_reporting (void)
{
  const char *text = "Rex Tillerson said that Vladimir Putin denied any interference. "
                     "Donald Trump met Vladimir Putin twice, Rex Tillerson told reporters.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (text, NULL);
  g_autoptr(GPtrArray) events = NULL;
  DlEvent *deny, *meet;

  add_mention (a, "Rex Tillerson", 0, DL_ENTITY_PERSON, NULL, tillerson);
  add_mention (a, "Vladimir Putin", 0, DL_ENTITY_PERSON, NULL, putin);
  add_mention (a, "Donald Trump", 0, DL_ENTITY_PERSON, NULL, trump);
  add_mention (a, "Vladimir Putin", 1, DL_ENTITY_PERSON, NULL, putin);
  add_mention (a, "Rex Tillerson", 1, DL_ENTITY_PERSON, NULL, tillerson);
  events = extract (a);
  g_assert_cmpuint (events->len, ==, 2);
  deny = g_ptr_array_index (events, 0);
  meet = g_ptr_array_index (events, 1);

  g_assert_cmpstr (dl_event_get_predicate (deny), ==, "deny");
  g_assert_cmpstr (dl_event_get_title (deny), ==, "Putin denies interference");
  assert_actors (deny, (DlActor *[]) { putin, NULL });
  g_assert_cmpstr (dl_event_get_predicate (meet), ==, "meet");
  assert_actors (meet, (DlActor *[]) { trump, putin, NULL });
}

/* A country that acts is a participant; the place and the adjective are not */
static void
test_participants_places (void)
{
  const char *text = "Russia denied meddling in the U.S. elections. "
                     "Russian President Vladimir Putin met Donald Trump in Hamburg, Germany.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (text, NULL);
  g_autoptr(GPtrArray) events = NULL;
  DlEvent *deny, *meet;

  add_mention (a, "Russia", 0, DL_ENTITY_LOCATION, NULL, russia);
  add_mention (a, "U.S.", 0, DL_ENTITY_LOCATION, "United States", united_states);
  add_mention (a, "Russian", 0, DL_ENTITY_MISC, "Russia", russia);
  add_person (a, "Vladimir Putin", putin);
  add_person (a, "Donald Trump", trump);
  add_place (a, "Hamburg", hamburg);
  add_place (a, "Germany", germany);
  events = extract (a);
  g_assert_cmpuint (events->len, ==, 2);
  deny = g_ptr_array_index (events, 0);
  meet = g_ptr_array_index (events, 1);

  assert_actors (deny, (DlActor *[]) { russia, NULL });
  g_assert_cmpstr (dl_event_get_title (deny), ==, "Russia denies meddling");
  assert_actors (meet, (DlActor *[]) { putin, trump, NULL });
  g_assert_cmpstr (dl_event_get_title (meet), ==, "Putin and Trump meet");
}

typedef struct
{
  const char *name;
  const char *text;
  const char *dct;
  const char *timex;     /* NULL: none */
  DlTimexType type;
  const char *value;
  gboolean anchored;
  const char *expected;  /* NULL: not placed in time */
  DlCertainty certainty;
} TimeCase;

static const TimeCase time_cases[] = {
  { "stated", "Donald Trump met Vladimir Putin on July 7, 2017.", "2017-07-10",
    "July 7, 2017", DL_TIMEX_DATE, "2017-07-07", FALSE, "2017-07-07", DL_CERTAINTY_STATED },
  { "anchored", "Donald Trump met Vladimir Putin on Friday.", "2017-07-08",
    "Friday", DL_TIMEX_DATE, "2017-07-07", TRUE, "2017-07-07", DL_CERTAINTY_RELATIVE },
  { "time", "Donald Trump met Vladimir Putin at 3 p.m. on Friday.", "2017-07-08",
    "3 p.m. on Friday", DL_TIMEX_TIME, "2017-07-07T15:00", TRUE, "2017-07-07T15:00", DL_CERTAINTY_RELATIVE },
  { "duration-dct", "Donald Trump met Vladimir Putin for two hours.", "2017-07-08",
    "two hours", DL_TIMEX_DURATION, "PT2H", FALSE, "2017-07-08", DL_CERTAINTY_INFERRED },
  { "duration-no-dct", "Donald Trump met Vladimir Putin for two hours.", NULL,
    "two hours", DL_TIMEX_DURATION, "PT2H", FALSE, NULL, DL_CERTAINTY_UNKNOWN },
  { "unresolved", "Donald Trump met Vladimir Putin today.", NULL,
    "today", DL_TIMEX_DATE, "PRESENT_REF", TRUE, NULL, DL_CERTAINTY_UNKNOWN },
  { "paragraph", "Leaders came on July 6, 2017. Donald Trump met Vladimir Putin.", "2017-07-08",
    "July 6, 2017", DL_TIMEX_DATE, "2017-07-06", FALSE, "2017-07-06", DL_CERTAINTY_RELATIVE },
  { "other-paragraph", "Leaders came on July 6, 2017.\n\nDonald Trump met Vladimir Putin.", "2017-07-08",
    "July 6, 2017", DL_TIMEX_DATE, "2017-07-06", FALSE, "2017-07-08", DL_CERTAINTY_INFERRED },
  { "present", "Donald Trump meets Vladimir Putin.", "2017-07-07",
    NULL, 0, NULL, FALSE, "2017-07-07", DL_CERTAINTY_INFERRED },
  { "future", "Donald Trump will meet Vladimir Putin.", "2017-07-07",
    NULL, 0, NULL, FALSE, NULL, DL_CERTAINTY_UNKNOWN },
  { "infinitive", "Donald Trump plans to meet Vladimir Putin.", "2017-07-07",
    NULL, 0, NULL, FALSE, NULL, DL_CERTAINTY_UNKNOWN },
};

static void
test_time (gconstpointer data)
{
  const TimeCase *c = data;
  g_autoptr(DlArticleAnalysis) a = analysis_new (c->text, c->dct);
  g_autoptr(GPtrArray) events = NULL;
  DlDateSpan *when;

  add_person (a, "Donald Trump", trump);
  add_person (a, "Vladimir Putin", putin);
  if (c->timex != NULL)
    add_timex (a, c->timex, c->type, c->value, c->anchored);
  events = extract (a);
  when = dl_event_get_when (only_event (events));

  if (c->expected == NULL)
    {
      g_assert_null (when);
      return;
    }
  g_assert_nonnull (when);
  g_assert_cmpstr (dl_date_span_get_value (when), ==, c->expected);
  g_assert_cmpint (dl_date_span_get_certainty (when), ==, c->certainty);
}

/* A summit is an event when it has a date of its own */
static void
test_dated_background (void)
{
  const char *text = "The summit of Barack Obama and Vladimir Putin ended on Monday.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (text, "2016-09-06");
  g_autoptr(GPtrArray) events = NULL;
  DlEvent *event;

  add_known_names (a);
  add_timex (a, "Monday", DL_TIMEX_DATE, "2016-09-05", TRUE);
  events = extract (a);
  event = only_event (events);
  g_assert_cmpstr (dl_event_get_title (event), ==, "Obama and Putin summit");
  g_assert_cmpstr (dl_event_get_predicate (event), ==, "summit");
  assert_actors (event, (DlActor *[]) { obama, putin, NULL });
}

/* A date in the sentence makes an event even without actors */
static void
test_dated_without_actors (void)
{
  const char *text = "A ceasefire was agreed in Syria on Sunday.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (text, "2017-07-08");
  g_autoptr(GPtrArray) events = NULL;
  DlEvent *event;

  add_place (a, "Syria", syria);
  add_timex (a, "Sunday", DL_TIMEX_DATE, "2017-07-09", TRUE);
  events = extract (a);
  event = only_event (events);
  g_assert_cmpstr (dl_event_get_title (event), ==, "Ceasefire agreed in Syria");
  g_assert_cmpstr (dl_event_get_predicate (event), ==, "agree");
  g_assert_cmpuint (dl_event_get_actors (event)->len, ==, 0);
  g_assert_cmpstr (dl_date_span_get_value (dl_event_get_when (event)), ==, "2017-07-09");
}

typedef struct
{
  const char *text;
  const char *title;
  const char *predicate;
} TitleCase;

static const TitleCase title_cases[] = {
  { "Donald Trump met Vladimir Putin.", "Trump and Putin meet", "meet" },
  { "Donald Trump and Vladimir Putin held talks in Hamburg.", "Trump and Putin talk", "talk" },
  { "Russia denied interference in the election.", "Russia denies interference", "deny" },
  { "Russia denied it.", "Russia denies", "deny" },
  { "Guenter Schabowski announced that the border was open.", "Schabowski announces the border is open", "announce" },
  { "Washington and Moscow reached a ceasefire agreement in Syria.",
    "Washington and Moscow reach ceasefire agreement", "agree" },
  { "Washington and Moscow agreed a cease fire.", "Washington and Moscow agree ceasefire", "agree" },
  { "John F. Kennedy was killed in Dallas.", "Kennedy killed in Dallas", "kill" },
  { "Donald Trump pressed Vladimir Putin on the hacking.", "Trump presses Putin", "press" },
  { "Barack Obama praised Vladimir Putin and Donald Trump.", "Obama praises Putin and Trump", "praise" },
  /* The object, then the name after its preposition */
  { "Germany signed a trade pact with Russia.", "Germany signs trade pact with Russia", "sign" },
  /* Places are talked with, they do not talk; as subjects they act */
  { "Donald Trump talked with Moscow and Washington.", "Trump talks with Moscow and Washington", "talk" },
  { "Russia and Germany talked.", "Russia and Germany talk", "talk" },
};

static void
test_titles (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (title_cases); i++)
    {
      g_autoptr(DlArticleAnalysis) a = analysis_new (title_cases[i].text, NULL);
      g_autoptr(GPtrArray) events = NULL;
      DlEvent *event;

      g_test_message ("case: %s", title_cases[i].text);
      add_known_names (a);
      events = extract (a);
      event = only_event (events);
      g_assert_cmpstr (dl_event_get_title (event), ==, title_cases[i].title);
      g_assert_cmpstr (dl_event_get_predicate (event), ==, title_cases[i].predicate);
    }
}

static DlEvent *
make_event (const char  *title,
            const char  *predicate,
            DlArticle   *article,
            guint        start,
            const char  *value,
            DlCertainty  certainty,
            DlActor    **actors)
{
  DlEvent *event = dl_event_new (title);

  dl_event_set_predicate (event, predicate);
  if (value != NULL)
    {
      g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (value, certainty);
      dl_event_set_when (event, when);
    }
  for (guint i = 0; actors[i] != NULL; i++)
    dl_event_add_actor (event, actors[i]);
  dl_event_add_source (event, article, start, start + 10, title);
  return event;
}

/* Two articles, one dated and one not, report one meeting */
static void
test_merge_two_articles (void)
{
  g_autoptr(DlArticleAnalysis) a = analysis_new ("Donald Trump met Vladimir Putin on Friday.", "2017-07-08");
  g_autoptr(DlArticleAnalysis) b = analysis_new ("Vladimir Putin and Donald Trump talked for two hours.", NULL);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) from_a = NULL;
  g_autoptr(GPtrArray) from_b = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  DlEvent *event;

  add_person (a, "Donald Trump", trump);
  add_person (a, "Vladimir Putin", putin);
  add_timex (a, "Friday", DL_TIMEX_DATE, "2017-07-07", TRUE);
  add_person (b, "Vladimir Putin", putin);
  add_person (b, "Donald Trump", trump);
  from_a = extract (a);
  from_b = extract (b);
  g_assert_cmpuint (from_a->len, ==, 1);
  g_assert_cmpuint (from_b->len, ==, 1);
  g_assert_null (dl_event_get_when (g_ptr_array_index (from_b, 0)));

  /* The undated report comes first and still joins the dated one */
  g_ptr_array_add (all, g_object_ref (g_ptr_array_index (from_b, 0)));
  g_ptr_array_add (all, g_object_ref (g_ptr_array_index (from_a, 0)));
  merged = dl_event_extractor_merge (all);
  event = only_event (merged);

  g_assert_cmpuint (dl_event_get_sources (event)->len, ==, 2);
  g_assert_true (dl_event_has_source_in (event, a->article));
  g_assert_true (dl_event_has_source_in (event, b->article));
  g_assert_cmpstr (dl_date_span_get_value (dl_event_get_when (event)), ==, "2017-07-07");
  g_assert_cmpint (dl_date_span_get_certainty (dl_event_get_when (event)), ==, DL_CERTAINTY_RELATIVE);
  assert_actors (event, (DlActor *[]) { trump, putin, NULL });
  g_assert_cmpstr (dl_event_get_title (event), ==, "Trump and Putin meet");

  /* The input is left as it was */
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpuint (dl_event_get_sources (g_ptr_array_index (all, 0))->len, ==, 1);
}

/* The same meeting told twice in one article */
static void
test_merge_within_article (void)
{
  const char *text = "Donald Trump met Vladimir Putin on Friday. "
                     "The meeting between Donald Trump and Vladimir Putin lasted two hours.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (text, "2017-07-08");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) merged = NULL;

  add_mention (a, "Donald Trump", 0, DL_ENTITY_PERSON, NULL, trump);
  add_mention (a, "Vladimir Putin", 0, DL_ENTITY_PERSON, NULL, putin);
  add_timex (a, "Friday", DL_TIMEX_DATE, "2017-07-07", TRUE);
  add_mention (a, "Donald Trump", 1, DL_ENTITY_PERSON, NULL, trump);
  add_mention (a, "Vladimir Putin", 1, DL_ENTITY_PERSON, NULL, putin);
  events = extract (a);
  g_assert_cmpuint (events->len, ==, 2);
  merged = dl_event_extractor_merge (events);
  g_assert_cmpuint (dl_event_get_sources (only_event (merged))->len, ==, 2);
}

typedef struct
{
  const char *name;
  const char *predicate_b;
  const char *value_a;
  DlCertainty certainty_a;
  const char *value_b;
  DlCertainty certainty_b;
  gboolean shares_two;
  guint expected;
} MergeCase;

static const MergeCase merge_cases[] = {
  { "same", "meet", "2017-07-07", DL_CERTAINTY_STATED, "2017-07-07", DL_CERTAINTY_RELATIVE, TRUE, 1 },
  { "synonym", "talk", "2017-07-07", DL_CERTAINTY_STATED, NULL, 0, TRUE, 1 },
  { "other-predicate", "deny", "2017-07-07", DL_CERTAINTY_STATED, "2017-07-07", DL_CERTAINTY_STATED, TRUE, 2 },
  { "other-date", "meet", "2017-07-07", DL_CERTAINTY_STATED, "2016-09-05", DL_CERTAINTY_STATED, TRUE, 2 },
  { "inferred-date", "meet", "2017-07-07", DL_CERTAINTY_STATED, "2017-07-20", DL_CERTAINTY_INFERRED, TRUE, 1 },
  { "month-day", "meet", "2017-07", DL_CERTAINTY_STATED, "2017-07-07", DL_CERTAINTY_STATED, TRUE, 1 },
  { "one-actor-same-day", "meet", "2017-07-07", DL_CERTAINTY_STATED, "2017-07-07", DL_CERTAINTY_STATED, FALSE, 1 },
  { "one-actor-no-date", "meet", "2017-07-07", DL_CERTAINTY_STATED, NULL, 0, FALSE, 2 },
};

static void
test_merge_rules (gconstpointer data)
{
  const MergeCase *c = data;
  g_autoptr(DlArticle) article = dl_article_new ("x.txt", NULL, "Some text to point into.");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) merged = NULL;

  g_ptr_array_add (events, make_event ("A", "meet", article, 0, c->value_a, c->certainty_a,
                                       (DlActor *[]) { trump, putin, NULL }));
  g_ptr_array_add (events, make_event ("B", c->predicate_b, article, 5, c->value_b, c->certainty_b,
                                       c->shares_two ? (DlActor *[]) { putin, trump, NULL }
                                                     : (DlActor *[]) { putin, obama, NULL }));
  merged = dl_event_extractor_merge (events);
  g_assert_cmpuint (merged->len, ==, c->expected);
  if (c->expected == 1)
    {
      DlEvent *event = g_ptr_array_index (merged, 0);
      g_assert_cmpuint (dl_event_get_sources (event)->len, ==, 2);
      /* The stated date wins */
      g_assert_cmpstr (dl_date_span_get_value (dl_event_get_when (event)), ==, c->value_a);
    }
}

/* The title shared by most reports wins, and the actors are the union */
static void
test_merge_best_title (void)
{
  g_autoptr(DlArticle) article = dl_article_new ("x.txt", NULL, "Some text to point into.");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) merged = NULL;
  DlEvent *event;

  g_ptr_array_add (events, make_event ("Trump, Obama and Putin meet", "meet", article, 0, NULL, 0,
                                       (DlActor *[]) { trump, obama, putin, NULL }));
  g_ptr_array_add (events, make_event ("Trump and Putin meet", "meet", article, 5, NULL, 0,
                                       (DlActor *[]) { trump, putin, NULL }));
  g_ptr_array_add (events, make_event ("Putin and Trump talk", "talk", article, 9, NULL, 0,
                                       (DlActor *[]) { putin, trump, NULL }));
  merged = dl_event_extractor_merge (events);
  event = only_event (merged);
  g_assert_cmpstr (dl_event_get_title (event), ==, "Trump and Putin meet");
  assert_actors (event, (DlActor *[]) { trump, obama, putin, NULL });
  g_assert_cmpuint (dl_event_get_sources (event)->len, ==, 3);
}

/* A title names who did what; a sentence that gives neither makes no
 * event rather than a fragment */
typedef struct
{
  const char *text;
  const char *title;  /* NULL: no event */
} BareCase;

static const BareCase bare_cases[] = {
  { "They signed on 3 May 1990.", NULL },
  { "An announcement came on 3 May 1990.", NULL },
  { "Guenter Schabowski announced on 3 May 1990.", NULL },
  { "Guenter Schabowski announced, on 3 May 1990, that the gates were open.",
    "Schabowski announces the gates are open" },
  { "The shops opened early on 3 May 1990.", "Shops opened" },
  { "The treaty was signed on 3 May 1990.", "Treaty signed" },
  { "Some who reach Germany on 3 May 1990 stay.", NULL },
};

static void
test_no_bare_titles (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bare_cases); i++)
    {
      g_autoptr(DlArticleAnalysis) a = analysis_new (bare_cases[i].text, "1990-05-04");
      g_autoptr(GPtrArray) events = NULL;

      g_test_message ("case: %s", bare_cases[i].text);
      add_known_names (a);
      add_timex (a, "3 May 1990", DL_TIMEX_DATE, "1990-05-03", FALSE);
      events = extract (a);
      if (bare_cases[i].title == NULL)
        {
          g_assert_cmpuint (events->len, ==, 0);
          continue;
        }
      g_assert_cmpstr (dl_event_get_title (only_event (events)), ==, bare_cases[i].title);
    }
}

/* "who has led the party since 1971": the year dates the leading, not
 * the resignation; the subject before the relative clause acts */
static void
test_background_year (void)
{
  const char *text = "Donald Trump, who has led the club since 1971, resigned yesterday.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (text, "1990-05-04");
  g_autoptr(DlArticleAnalysis) undated = analysis_new (text, NULL);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) undated_events = NULL;
  DlEvent *event;

  add_known_names (a);
  add_timex (a, "1971", DL_TIMEX_DATE, "1971", FALSE);
  add_timex (a, "yesterday", DL_TIMEX_DATE, "1990-05-03", TRUE);
  events = extract (a);
  event = only_event (events);
  g_assert_cmpstr (dl_event_get_title (event), ==, "Trump resigns");
  assert_actors (event, (DlActor *[]) { trump, NULL });
  g_assert_cmpstr (dl_date_span_get_value (dl_event_get_when (event)), ==, "1990-05-03");

  /* Without "yesterday" nothing dates it: undated, not 1971 */
  add_known_names (undated);
  add_timex (undated, "1971", DL_TIMEX_DATE, "1971", FALSE);
  undated_events = extract (undated);
  event = only_event (undated_events);
  g_assert_null (dl_event_get_when (event));
}

/* A relative date counted from a year the text named as a memory */
typedef struct
{
  const char *name;
  const char *dct;
  const char *value;
  const char *expected;  /* NULL: undated */
} MisanchoredCase;

static const MisanchoredCase misanchored_cases[] = {
  { "undated-article", NULL, "1961-08-13", NULL },
  { "years-from-dct", "1989-12-22", "1961-11", NULL },
  { "near-dct", "1989-12-22", "1989-11", "1989-11" },
};

static void
test_misanchored (gconstpointer data)
{
  const MisanchoredCase *c = data;
  const char *text = "The wall went up in 1961. Donald Trump resigned on Sunday.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (text, c->dct);
  g_autoptr(GPtrArray) events = NULL;
  DlDateSpan *when;

  add_known_names (a);
  add_timex (a, "1961", DL_TIMEX_DATE, "1961", FALSE);
  add_timex (a, "Sunday", DL_TIMEX_DATE, c->value, TRUE);
  events = extract (a);
  when = dl_event_get_when (only_event (events));
  if (c->expected == NULL)
    g_assert_null (when);
  else
    g_assert_cmpstr (dl_date_span_get_value (when), ==, c->expected);
}

/* The participants come from the event's clause, not from a comparison
 * elsewhere in the sentence; the one a relative clause is about acts in it */
static void
test_participants_clause (void)
{
  const char *comparison = "Donald Trump met him on 7 July 2017, unlike Barack Obama in 2016.";
  const char *relative = "Vladimir Putin, who met Donald Trump on 7 July 2017, spoke later.";
  g_autoptr(DlArticleAnalysis) a = analysis_new (comparison, "2017-07-08");
  g_autoptr(DlArticleAnalysis) b = analysis_new (relative, "2017-07-08");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) b_events = NULL;

  add_known_names (a);
  add_timex (a, "7 July 2017", DL_TIMEX_DATE, "2017-07-07", FALSE);
  add_timex (a, "2016", DL_TIMEX_DATE, "2016", FALSE);
  events = extract (a);
  assert_actors (only_event (events), (DlActor *[]) { trump, NULL });
  g_assert_cmpstr (dl_date_span_get_value (dl_event_get_when (only_event (events))), ==, "2017-07-07");

  add_known_names (b);
  add_timex (b, "7 July 2017", DL_TIMEX_DATE, "2017-07-07", FALSE);
  b_events = extract (b);
  assert_actors (only_event (b_events), (DlActor *[]) { putin, trump, NULL });
  g_assert_cmpstr (dl_event_get_title (only_event (b_events)), ==, "Putin and Trump meet");
}

/* A meeting told by one article and the deed the same two did, told by
 * another, are one happening; within one article they stay two */
static void
test_merge_meeting_across (void)
{
  g_autoptr(DlArticle) first = dl_article_new ("a.txt", NULL, "Some text to point into.");
  g_autoptr(DlArticle) second = dl_article_new ("b.txt", NULL, "Other text to point into.");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) same_article = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) kept = NULL;

  g_ptr_array_add (events, make_event ("Trump and Putin sign the pact", "sign", first, 0, "2017-07-07",
                                       DL_CERTAINTY_STATED, (DlActor *[]) { trump, putin, NULL }));
  g_ptr_array_add (events, make_event ("Trump and Putin meet", "meet", second, 0, NULL, 0,
                                       (DlActor *[]) { trump, putin, NULL }));
  merged = dl_event_extractor_merge (events);
  g_assert_cmpuint (merged->len, ==, 1);
  g_assert_cmpuint (dl_event_get_sources (g_ptr_array_index (merged, 0))->len, ==, 2);

  g_ptr_array_add (same_article, make_event ("Trump and Putin sign the pact", "sign", first, 0, "2017-07-07",
                                             DL_CERTAINTY_STATED, (DlActor *[]) { trump, putin, NULL }));
  g_ptr_array_add (same_article, make_event ("Trump and Putin meet", "meet", first, 12, NULL, 0,
                                             (DlActor *[]) { trump, putin, NULL }));
  kept = dl_event_extractor_merge (same_article);
  g_assert_cmpuint (kept->len, ==, 2);
}

/* "Putin denied it" and "Putin denied it to Trump" of one day are one
 * denial, even when the day is only the article's */
static void
test_merge_same_day_subset (void)
{
  g_autoptr(DlArticle) first = dl_article_new ("a.txt", NULL, "...");
  g_autoptr(DlArticle) second = dl_article_new ("b.txt", NULL, "...");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) apart = NULL;

  g_ptr_array_add (events, make_event ("Putin denies involvement", "deny", first, 0, "2017-07-07",
                                       DL_CERTAINTY_INFERRED, (DlActor *[]) { putin, NULL }));
  g_ptr_array_add (events, make_event ("Putin denies", "deny", second, 0, "2017-07-07",
                                       DL_CERTAINTY_INFERRED, (DlActor *[]) { putin, trump, NULL }));
  merged = dl_event_extractor_merge (events);
  assert_actors (only_event (merged), (DlActor *[]) { putin, trump, NULL });
  g_assert_cmpstr (dl_event_get_title (only_event (merged)), ==, "Putin denies involvement");

  /* A day apart, two denials */
  g_ptr_array_add (events, make_event ("Putin denies", "deny", second, 0, "2017-07-09",
                                       DL_CERTAINTY_INFERRED, (DlActor *[]) { putin, trump, NULL }));
  g_ptr_array_remove_index (events, 1);
  apart = dl_event_extractor_merge (events);
  g_assert_cmpuint (apart->len, ==, 2);
}

/* One ceasefire of one day, told by three articles: one names the
 * countries, one the leaders, one nobody. A ceasefire Obama and Putin
 * talked of, or one of another day, is another. */
typedef struct
{
  const char *title;
  const char *value;
  DlActor **actors;
  gboolean joins;
} DeedCase;

static void
test_merge_specific_deed (void)
{
  DlActor *countries[] = { NULL, NULL, NULL };
  DlActor *leaders[] = { NULL, NULL, NULL };
  DlActor *others[] = { NULL, NULL, NULL };
  DlActor *nobody[] = { NULL };
  const DeedCase cases[] = {
    { "United States and Russia reach ceasefire agreement", "2017-07-07", countries, TRUE },
    { "Trump and Putin agree ceasefire", "2017-07-07", leaders, TRUE },
    { "Ceasefire agreed in Syria", "2017-07-07", nobody, TRUE },
    { "Obama and Putin agree ceasefire", "2017-07-07", others, FALSE },
    { "Ceasefire agreed in Syria", "2016-09-05", nobody, FALSE },
    { "Trump and Putin agree trade deal", "2017-07-07", leaders, FALSE },
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) merged = NULL;
  DlEvent *deed = NULL;

  countries[0] = united_states;
  countries[1] = russia;
  leaders[0] = trump;
  leaders[1] = putin;
  others[0] = obama;
  others[1] = putin;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("%u.txt", i);
      DlArticle *article = dl_article_new (path, NULL, "...");

      g_ptr_array_add (articles, article);
      g_ptr_array_add (events, make_event (cases[i].title, "agree", article, 0, cases[i].value,
                                           DL_CERTAINTY_INFERRED, cases[i].actors));
    }
  merged = dl_event_extractor_merge (events);
  for (guint i = 0; i < merged->len; i++)
    if (dl_event_get_sources (g_ptr_array_index (merged, i))->len == 3)
      deed = g_ptr_array_index (merged, i);
  g_assert_nonnull (deed);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (dl_event_has_source_in (deed, g_ptr_array_index (articles, i)), ==, cases[i].joins);
  assert_actors (deed, (DlActor *[]) { united_states, russia, trump, putin, NULL });
}

#include "events-reader-cases.h"

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  trump = actor ("Donald Trump", DL_ACTOR_KIND_PERSON);
  putin = actor ("Vladimir Putin", DL_ACTOR_KIND_PERSON);
  tillerson = actor ("Rex Tillerson", DL_ACTOR_KIND_PERSON);
  obama = actor ("Barack Obama", DL_ACTOR_KIND_PERSON);
  schabowski = actor ("Guenter Schabowski", DL_ACTOR_KIND_PERSON);
  kennedy = actor ("John F. Kennedy", DL_ACTOR_KIND_PERSON);
  russia = actor ("Russia", DL_ACTOR_KIND_LOCATION);
  united_states = actor ("United States", DL_ACTOR_KIND_LOCATION);
  syria = actor ("Syria", DL_ACTOR_KIND_LOCATION);
  germany = actor ("Germany", DL_ACTOR_KIND_LOCATION);
  hamburg = actor ("Hamburg", DL_ACTOR_KIND_LOCATION);
  dallas = actor ("Dallas", DL_ACTOR_KIND_LOCATION);
  washington = actor ("Washington", DL_ACTOR_KIND_LOCATION);
  moscow = actor ("Moscow", DL_ACTOR_KIND_LOCATION);

  g_test_add_func ("/events/extract/trigger-verb", test_trigger_verb);
  g_test_add_func ("/events/extract/source-code-points", test_source_code_points);
  g_test_add_func ("/events/extract/no-event", test_no_event);
  g_test_add_func ("/events/extract/reporting", test_reporting);
  g_test_add_func ("/events/extract/places", test_participants_places);
  g_test_add_func ("/events/extract/dated-without-actors", test_dated_without_actors);
  g_test_add_func ("/events/extract/titles", test_titles);
  g_test_add_func ("/events/extract/dated-background", test_dated_background);
  g_test_add_func ("/events/extract/no-bare-titles", test_no_bare_titles);
  g_test_add_func ("/events/extract/background-year", test_background_year);
  g_test_add_func ("/events/extract/participants-clause", test_participants_clause);
  g_test_add_func ("/events/extract/title-names", test_title_names);
  g_test_add_func ("/events/extract/dateline-overnight", test_dateline_overnight);
  for (guint i = 0; i < G_N_ELEMENTS (gap_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/events/extract/gap/%u", i);
      g_test_add_data_func (path, &gap_cases[i], test_gap);
    }
  for (guint i = 0; i < G_N_ELEMENTS (misanchored_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/events/time/misanchored/%s", misanchored_cases[i].name);
      g_test_add_data_func (path, &misanchored_cases[i], test_misanchored);
    }
  for (guint i = 0; i < G_N_ELEMENTS (time_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/events/time/%s", time_cases[i].name);
      g_test_add_data_func (path, &time_cases[i], test_time);
    }
  g_test_add_func ("/events/merge/two-articles", test_merge_two_articles);
  g_test_add_func ("/events/merge/same-day-subset", test_merge_same_day_subset);
  g_test_add_func ("/events/merge/specific-deed", test_merge_specific_deed);
  g_test_add_func ("/events/merge/within-article", test_merge_within_article);
  g_test_add_func ("/events/merge/best-title", test_merge_best_title);
  g_test_add_func ("/events/merge/meeting-across-articles", test_merge_meeting_across);
  g_test_add_func ("/events/merge/same-theme", test_merge_same_theme);
  for (guint i = 0; i < G_N_ELEMENTS (merge_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/events/merge/rules/%s", merge_cases[i].name);
      g_test_add_data_func (path, &merge_cases[i], test_merge_rules);
    }

  status = g_test_run ();

  g_object_unref (trump);
  g_object_unref (putin);
  g_object_unref (tillerson);
  g_object_unref (obama);
  g_object_unref (schabowski);
  g_object_unref (kennedy);
  g_object_unref (russia);
  g_object_unref (united_states);
  g_object_unref (syria);
  g_object_unref (germany);
  g_object_unref (hamburg);
  g_object_unref (dallas);
  g_object_unref (washington);
  g_object_unref (moscow);
  return status;
}
