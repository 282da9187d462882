/* test-export.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exporters on a corpus built by hand, so that these tests do not
 * depend on what extraction finds.
 */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>
#include <unistd.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-export.h"
#include "dl-relation.h"
#include "dl-viewport.h"
#include "export-checks.h"

#define TEXT_ONE \
  "“Notes” from the café: a preface.\n\n" \
  "On July 7, 2017, Trump met Putin in Hamburg. " \
  "Later the talks went on without a date. " \
  "In March 2018 AT&T <Corp> said, \"no comment\", and left."

#define TEXT_TWO \
  "Ünïcode first. Putin spoke with Trump again in 2018."

typedef struct
{
  DlCorpus *corpus;
  DlArticle *one;
  DlArticle *two;
  char *tmpdir;
} Fixture;

/* Code point span of the first @needle in @article's text */
static void
find_span (DlArticle  *article,
           const char *needle,
           guint      *start,
           guint      *end)
{
  const char *text = dl_article_get_text (article);
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  *start = g_utf8_pointer_to_offset (text, found);
  *end = *start + g_utf8_strlen (needle, -1);
}

static DlActor *
make_actor (const char  *name,
            DlActorKind  kind,
            DlArticle   *article,
            const char  *mention)
{
  DlActor *actor = dl_actor_new (name, kind);
  guint start, end;

  find_span (article, mention, &start, &end);
  dl_actor_add_alias (actor, mention);
  dl_actor_add_mention (actor, article, start, end);
  return actor;
}

static DlEvent *
make_event (const char *title,
            const char *value,
            DlCertainty certainty,
            DlArticle  *article,
            const char *sentence)
{
  DlEvent *event = dl_event_new (title);
  g_autofree char *quote = NULL;
  guint start, end;

  if (value != NULL)
    {
      g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (value, certainty);
      dl_event_set_when (event, when);
    }
  find_span (article, sentence, &start, &end);
  quote = dl_article_dup_slice (article, start, end);
  dl_event_add_source (event, article, start, end, quote);
  return event;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) dct = g_date_time_new_utc (2017, 7, 8, 0, 0, 0);
  DlActor *trump, *putin, *hamburg, *att;
  DlEvent *meet, *talks, *comment, *spoke;

  fixture->corpus = dl_corpus_new ();
  fixture->one = dl_article_new ("/articles/one.txt", "Leaders meet, \"finally\"", TEXT_ONE);
  fixture->two = dl_article_new ("/articles/two.txt", NULL, TEXT_TWO);
  dl_article_set_dct (fixture->one, dct, DL_DCT_SOURCE_OPTION);
  dl_corpus_add_article (fixture->corpus, fixture->one);
  dl_corpus_add_article (fixture->corpus, fixture->two);

  trump = make_actor ("Donald Trump", DL_ACTOR_KIND_PERSON, fixture->one, "Trump");
  dl_actor_add_role (trump, "President");
  putin = make_actor ("Vladimir Putin", DL_ACTOR_KIND_PERSON, fixture->one, "Putin");
  hamburg = make_actor ("Hamburg", DL_ACTOR_KIND_LOCATION, fixture->one, "Hamburg");
  att = make_actor ("AT&T <Corp>", DL_ACTOR_KIND_ORGANIZATION, fixture->one, "AT&T <Corp>");
  g_ptr_array_add (actors, trump);
  g_ptr_array_add (actors, putin);
  g_ptr_array_add (actors, hamburg);
  g_ptr_array_add (actors, att);

  meet = make_event ("Trump and Putin meet", "2017-07-07", DL_CERTAINTY_STATED, fixture->one,
                     "On July 7, 2017, Trump met Putin in Hamburg.");
  dl_event_set_predicate (meet, "meet");
  dl_event_add_actor (meet, trump);
  dl_event_add_actor (meet, putin);
  talks = make_event ("Talks go on", NULL, DL_CERTAINTY_UNKNOWN, fixture->one,
                      "Later the talks went on without a date.");
  dl_event_add_actor (talks, trump);
  comment = make_event ("AT&T declines, \"politely\"", "2018-03", DL_CERTAINTY_STATED, fixture->one,
                        "In March 2018 AT&T <Corp> said, \"no comment\", and left.");
  dl_event_add_actor (comment, att);
  spoke = make_event ("Putin and Trump speak", "2018", DL_CERTAINTY_STATED, fixture->two,
                      "Putin spoke with Trump again in 2018.");
  dl_event_set_predicate (spoke, "speak");
  dl_event_add_actor (spoke, putin);
  dl_event_add_actor (spoke, trump);
  g_ptr_array_add (events, meet);
  g_ptr_array_add (events, talks);
  g_ptr_array_add (events, comment);
  g_ptr_array_add (events, spoke);

  dl_corpus_set_analysis (fixture->corpus, actors, events);
  fixture->tmpdir = g_dir_make_tmp ("dateline-export-XXXXXX", NULL);
  g_assert_nonnull (fixture->tmpdir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->tmpdir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->tmpdir);
  g_clear_pointer (&fixture->tmpdir, g_free);
  g_clear_object (&fixture->one);
  g_clear_object (&fixture->two);
  g_clear_object (&fixture->corpus);
}

static char *
tmp_path (Fixture    *fixture,
          const char *name)
{
  return g_build_filename (fixture->tmpdir, name, NULL);
}

/* ---------------------------------------------------------------- names */

static void
test_format_names (void)
{
  static const struct {
    const char *name;
    DlExportFormat format;
    gboolean image;
  } cases[] = {
    { "png", DL_EXPORT_FORMAT_PNG, TRUE },
    { "svg", DL_EXPORT_FORMAT_SVG, TRUE },
    { "pdf", DL_EXPORT_FORMAT_PDF, TRUE },
    { "json", DL_EXPORT_FORMAT_JSON, FALSE },
    { "csv", DL_EXPORT_FORMAT_CSV, FALSE },
    { "timelinejs", DL_EXPORT_FORMAT_TIMELINEJS, FALSE },
    { "gexf", DL_EXPORT_FORMAT_GEXF, FALSE },
    { "graphml", DL_EXPORT_FORMAT_GRAPHML, FALSE },
  };
  DlExportFormat format;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *upper = g_ascii_strup (cases[i].name, -1);

      g_assert_true (dl_export_format_from_string (cases[i].name, &format));
      g_assert_cmpint (format, ==, cases[i].format);
      g_assert_true (dl_export_format_from_string (upper, &format));
      g_assert_cmpint (format, ==, cases[i].format);
      g_assert_cmpstr (dl_export_format_to_string (cases[i].format), ==, cases[i].name);
      g_assert_cmpint (dl_export_format_is_image (cases[i].format), ==, cases[i].image);
    }
  g_assert_false (dl_export_format_from_string ("jpeg", &format));
  g_assert_false (dl_export_format_from_string ("", &format));
  g_assert_false (dl_export_format_from_string (NULL, &format));
}

static void
test_format_from_path (void)
{
  static const struct {
    const char *path;
    gboolean known;
    DlExportFormat format;
  } cases[] = {
    { "out.png", TRUE, DL_EXPORT_FORMAT_PNG },
    { "/a/b/Timeline.SVG", TRUE, DL_EXPORT_FORMAT_SVG },
    { "x.pdf", TRUE, DL_EXPORT_FORMAT_PDF },
    { "x.json", TRUE, DL_EXPORT_FORMAT_JSON },
    { "x.timeline.json", TRUE, DL_EXPORT_FORMAT_TIMELINEJS },
    { "x.csv", TRUE, DL_EXPORT_FORMAT_CSV },
    { "graph.gexf", TRUE, DL_EXPORT_FORMAT_GEXF },
    { "graph.graphml", TRUE, DL_EXPORT_FORMAT_GRAPHML },
    { "noext", FALSE, 0 },
    { ".png", FALSE, 0 },
    { "x.jpeg", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DlExportFormat format = 0;

      g_assert_cmpint (dl_export_format_from_path (cases[i].path, &format), ==, cases[i].known);
      if (cases[i].known)
        g_assert_cmpint (format, ==, cases[i].format);
    }
}

static void
test_view_names (void)
{
  DlExportView view;

  g_assert_true (dl_export_view_from_string ("timeline", &view));
  g_assert_cmpint (view, ==, DL_EXPORT_VIEW_TIMELINE);
  g_assert_true (dl_export_view_from_string ("graph", &view));
  g_assert_cmpint (view, ==, DL_EXPORT_VIEW_GRAPH);
  g_assert_cmpstr (dl_export_view_to_string (DL_EXPORT_VIEW_GRAPH), ==, "graph");
  g_assert_false (dl_export_view_from_string ("map", &view));
  g_assert_false (dl_export_view_from_string (NULL, &view));
}

/* ----------------------------------------------------------------- JSON */

static void
assert_keys (JsonObject         *object,
             const char * const *expected)
{
  g_autoptr(GList) members = json_object_get_members (object);
  GList *l = members;

  for (guint i = 0; expected[i] != NULL; i++, l = l->next)
    {
      g_assert_nonnull (l);
      g_assert_cmpstr (l->data, ==, expected[i]);
    }
  g_assert_null (l);
}

/* Returns the text @span covers, checking it equals @quote if given */
static char *
assert_offsets_match (JsonObject *document,
                      JsonObject *span,
                      const char *quote)
{
  JsonArray *articles = json_object_get_array_member (document, "articles");
  const char *article_id = json_object_get_string_member (span, "article");
  gint64 start = json_object_get_int_member (span, "start");
  gint64 end = json_object_get_int_member (span, "end");

  for (guint i = 0; i < json_array_get_length (articles); i++)
    {
      JsonObject *article = json_array_get_object_element (articles, i);
      const char *text = json_object_get_string_member (article, "text");
      g_autofree char *slice = NULL;

      if (g_strcmp0 (json_object_get_string_member (article, "id"), article_id) != 0)
        continue;
      g_assert_cmpint (start, <, end);
      g_assert_cmpint (end, <=, g_utf8_strlen (text, -1));
      slice = g_utf8_substring (text, start, end);
      if (quote != NULL)
        g_assert_cmpstr (slice, ==, quote);
      return g_steal_pointer (&slice);
    }
  g_assert_not_reached ();
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *wanted)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), wanted) == 0)
      return TRUE;
  return FALSE;
}

static void
test_json_document (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const top_keys[] = { "dateline", "articles", "actors", "events", "relations", NULL };
  static const char * const article_keys[] = { "id", "path", "title", "dct", "dct_source", "text", NULL };
  static const char * const actor_keys[] = { "id", "name", "kind", "aliases", "roles", "mentions", NULL };
  static const char * const event_keys[] = { "id", "title", "when", "actors", "sources", NULL };
  static const char * const when_keys[] = { "value", "start", "end", "certainty", NULL };
  static const char * const source_keys[] = { "article", "start", "end", "quote", NULL };
  static const char * const relation_keys[] = { "source", "target", "weight", "events", "label", NULL };
  g_autoptr(JsonNode) root = dl_export_corpus_to_json (fixture->corpus);
  JsonObject *document = json_node_get_object (root);
  JsonArray *articles, *actors, *events, *relations;
  gboolean saw_undated = FALSE;

  assert_keys (document, top_keys);
  g_assert_cmpint (json_object_get_int_member (document, "dateline"), ==, 1);

  articles = json_object_get_array_member (document, "articles");
  g_assert_cmpuint (json_array_get_length (articles), ==, 2);
  for (guint i = 0; i < 2; i++)
    assert_keys (json_array_get_object_element (articles, i), article_keys);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (articles, 0), "dct"),
                   ==, "2017-07-08");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (articles, 0), "dct_source"),
                   ==, "option");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (articles, 1), "dct"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (articles, 1), "dct_source"),
                   ==, "none");

  actors = json_object_get_array_member (document, "actors");
  g_assert_cmpuint (json_array_get_length (actors), ==, 4);
  for (guint i = 0; i < json_array_get_length (actors); i++)
    {
      JsonObject *actor = json_array_get_object_element (actors, i);
      JsonArray *mentions = json_object_get_array_member (actor, "mentions");
      g_autofree char *mentioned = NULL;

      assert_keys (actor, actor_keys);
      g_assert_cmpuint (json_array_get_length (mentions), ==, 1);
      mentioned = assert_offsets_match (document, json_array_get_object_element (mentions, 0), NULL);
      g_assert_true (array_has_string (json_object_get_array_member (actor, "aliases"), mentioned));
    }

  events = json_object_get_array_member (document, "events");
  g_assert_cmpuint (json_array_get_length (events), ==, 4);
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);
      JsonObject *when = json_object_get_object_member (event, "when");
      JsonArray *sources = json_object_get_array_member (event, "sources");
      JsonObject *source = json_array_get_object_element (sources, 0);
      g_autofree char *quoted = NULL;

      assert_keys (event, event_keys);
      assert_keys (when, when_keys);
      assert_keys (source, source_keys);
      quoted = assert_offsets_match (document, source, json_object_get_string_member (source, "quote"));
      if (json_object_get_null_member (when, "value"))
        {
          saw_undated = TRUE;
          g_assert_true (json_object_get_null_member (when, "start"));
          g_assert_true (json_object_get_null_member (when, "end"));
          g_assert_cmpstr (json_object_get_string_member (when, "certainty"), ==, "unknown");
        }
      else if (g_strcmp0 (json_object_get_string_member (when, "value"), "2018-03") == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (when, "start"), ==, "2018-03-01");
          g_assert_cmpstr (json_object_get_string_member (when, "end"), ==, "2018-03-31");
          g_assert_cmpstr (json_object_get_string_member (when, "certainty"), ==, "stated");
        }
    }
  g_assert_true (saw_undated);

  relations = json_object_get_array_member (document, "relations");
  g_assert_cmpuint (json_array_get_length (relations), ==, 1);
  assert_keys (json_array_get_object_element (relations, 0), relation_keys);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (relations, 0), "weight"), ==, 2);
}

static void
test_json_file (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = tmp_path (fixture, "corpus.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (dl_export_data (fixture->corpus, DL_EXPORT_FORMAT_JSON, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  /* UTF-8 as is, not \u escapes; a final newline; pretty-printed */
  g_assert_nonnull (strstr (contents, "café"));
  g_assert_nonnull (strstr (contents, "“Notes”"));
  g_assert_cmpint (contents[length - 1], ==, '\n');
  g_assert_nonnull (strstr (contents, "\n  \"articles\""));
  g_assert_true (json_parser_load_from_data (parser, contents, length, &error));
  g_assert_no_error (error);
}

/* ------------------------------------------------------------------ CSV */

static GPtrArray *
find_row (GPtrArray  *rows,
          guint       column,
          const char *value)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i);
      if (g_strcmp0 (g_ptr_array_index (row, column), value) == 0)
        return row;
    }
  return NULL;
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  static const char * const header[] = { "date", "end", "certainty", "title", "actors", "article", "quote" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = dl_export_data_to_bytes (fixture->corpus, DL_EXPORT_FORMAT_CSV, &error);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *row;

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  rows = parse_csv (text);
  g_assert_cmpuint (rows->len, ==, 1 + 4);
  for (guint r = 0; r < rows->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, r))->len, ==, G_N_ELEMENTS (header));
  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 0), c), ==, header[c]);

  /* Commas and quotes survive the round trip */
  row = find_row (rows, 3, "AT&T declines, \"politely\"");
  g_assert_nonnull (row);
  g_assert_cmpstr (g_ptr_array_index (row, 0), ==, "2018-03-01");
  g_assert_cmpstr (g_ptr_array_index (row, 1), ==, "2018-03-31");
  g_assert_cmpstr (g_ptr_array_index (row, 5), ==, "Leaders meet, \"finally\"");
  g_assert_cmpstr (g_ptr_array_index (row, 6), ==, "In March 2018 AT&T <Corp> said, \"no comment\", and left.");
  g_assert_nonnull (strstr (text, "\"AT&T declines, \"\"politely\"\"\""));

  row = find_row (rows, 3, "Trump and Putin meet");
  g_assert_nonnull (row);
  g_assert_cmpstr (g_ptr_array_index (row, 0), ==, "2017-07-07");
  g_assert_cmpstr (g_ptr_array_index (row, 2), ==, "stated");
  g_assert_cmpstr (g_ptr_array_index (row, 4), ==, "Donald Trump; Vladimir Putin");

  row = find_row (rows, 3, "Talks go on");
  g_assert_nonnull (row);
  g_assert_cmpstr (g_ptr_array_index (row, 0), ==, "");
  g_assert_cmpstr (g_ptr_array_index (row, 2), ==, "unknown");

  /* An article without a title is named by its file */
  row = find_row (rows, 3, "Putin and Trump speak");
  g_assert_cmpstr (g_ptr_array_index (row, 5), ==, "two.txt");
}

/* ----------------------------------------------------------- TimelineJS */

static JsonObject *
find_slide (JsonArray  *slides,
            const char *headline)
{
  for (guint i = 0; i < json_array_get_length (slides); i++)
    {
      JsonObject *slide = json_array_get_object_element (slides, i);
      JsonObject *text = json_object_get_object_member (slide, "text");

      if (g_strcmp0 (json_object_get_string_member (text, "headline"), headline) == 0)
        return slide;
    }
  return NULL;
}

static void
test_timelinejs (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = tmp_path (fixture, "timeline.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *slides;
  JsonObject *slide, *start;

  g_assert_true (dl_export_data (fixture->corpus, DL_EXPORT_FORMAT_TIMELINEJS, path, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);

  /* Dated events only */
  slides = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "events");
  g_assert_cmpuint (json_array_get_length (slides), ==, 3);
  g_assert_null (find_slide (slides, "Talks go on"));

  slide = find_slide (slides, "Trump and Putin meet");
  g_assert_nonnull (slide);
  start = json_object_get_object_member (slide, "start_date");
  g_assert_cmpint (json_object_get_int_member (start, "year"), ==, 2017);
  g_assert_cmpint (json_object_get_int_member (start, "month"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (start, "day"), ==, 7);
  g_assert_false (json_object_has_member (slide, "end_date"));
  g_assert_cmpstr (json_object_get_string_member (slide, "group"), ==, "Donald Trump");
  g_assert_nonnull (strstr (json_object_get_string_member (json_object_get_object_member (slide, "text"), "text"),
                            "Trump met Putin in Hamburg."));

  /* A month is a month, a year a year: no invented day */
  slide = find_slide (slides, "AT&T declines, \"politely\"");
  start = json_object_get_object_member (slide, "start_date");
  g_assert_cmpint (json_object_get_int_member (start, "month"), ==, 3);
  g_assert_false (json_object_has_member (start, "day"));
  g_assert_nonnull (strstr (json_object_get_string_member (json_object_get_object_member (slide, "text"), "text"),
                            "AT&amp;T &lt;Corp&gt;"));
  slide = find_slide (slides, "Putin and Trump speak");
  start = json_object_get_object_member (slide, "start_date");
  g_assert_cmpint (json_object_get_int_member (start, "year"), ==, 2018);
  g_assert_false (json_object_has_member (start, "month"));
}

/* ---------------------------------------------------------- GEXF, GraphML */

static guint
count_elements (xmlNode    *node,
                const char *name)
{
  guint count = 0;

  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0)
        count++;
      count += count_elements (node->children, name);
    }
  return count;
}

static xmlDoc *
parse_xml_export (Fixture        *fixture,
                  DlExportFormat  format,
                  const char     *name)
{
  g_autofree char *path = tmp_path (fixture, name);
  g_autoptr(GError) error = NULL;
  xmlDoc *doc;

  g_assert_true (dl_export_data (fixture->corpus, format, path, &error));
  g_assert_no_error (error);
  doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  return doc;
}

static gboolean
has_node_label (xmlNode    *node,
                const char *attribute,
                const char *label)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, "node") == 0)
        {
          xmlChar *value = xmlGetProp (node, BAD_CAST attribute);
          gboolean found = value != NULL && strcmp ((const char *) value, label) == 0;

          xmlFree (value);
          if (found)
            return TRUE;
        }
      if (has_node_label (node->children, attribute, label))
        return TRUE;
    }
  return FALSE;
}

static void
test_gexf (Fixture       *fixture,
           gconstpointer  data)
{
  xmlDoc *doc = parse_xml_export (fixture, DL_EXPORT_FORMAT_GEXF, "actors.gexf");
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlChar *version = xmlGetProp (root, BAD_CAST "version");

  g_assert_cmpstr ((const char *) root->name, ==, "gexf");
  g_assert_cmpstr ((const char *) root->ns->href, ==, "http://gexf.net/1.3");
  g_assert_cmpstr ((const char *) version, ==, "1.3");
  g_assert_cmpuint (count_elements (root, "node"), ==, 4);
  g_assert_cmpuint (count_elements (root, "edge"), ==, 1);
  g_assert_true (has_node_label (root, "label", "AT&T <Corp>"));
  xmlFree (version);
  xmlFreeDoc (doc);
}

static void
test_graphml (Fixture       *fixture,
              gconstpointer  data)
{
  xmlDoc *doc = parse_xml_export (fixture, DL_EXPORT_FORMAT_GRAPHML, "actors.graphml");
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *text = NULL;

  g_assert_cmpstr ((const char *) root->name, ==, "graphml");
  g_assert_cmpstr ((const char *) root->ns->href, ==, "http://graphml.graphdrawing.org/xmlns");
  g_assert_cmpuint (count_elements (root, "key"), ==, 5);
  g_assert_cmpuint (count_elements (root, "node"), ==, 4);
  g_assert_cmpuint (count_elements (root, "edge"), ==, 1);
  text = (char *) xmlNodeGetContent (root);
  g_assert_nonnull (strstr (text, "AT&T <Corp>"));
  xmlFreeDoc (doc);
}

/* --------------------------------------------------------------- images */

static void
assert_image_size (DlExportFormat  format,
                   const char     *path,
                   int             width,
                   int             height)
{
  switch (format)
    {
    case DL_EXPORT_FORMAT_PNG:
      assert_png_size (path, width, height);
      break;
    case DL_EXPORT_FORMAT_SVG:
      assert_svg_size (path, width, height);
      break;
    case DL_EXPORT_FORMAT_PDF:
      assert_pdf_size (path, width, height);
      break;
    case DL_EXPORT_FORMAT_JSON:
    case DL_EXPORT_FORMAT_CSV:
    case DL_EXPORT_FORMAT_TIMELINEJS:
    case DL_EXPORT_FORMAT_GEXF:
    case DL_EXPORT_FORMAT_GRAPHML:
    default:
      g_assert_not_reached ();
    }
}

static void
test_image_sizes (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    DlExportFormat format;
    DlExportView view;
    int width;
    int height;
  } cases[] = {
    { DL_EXPORT_FORMAT_PNG, DL_EXPORT_VIEW_TIMELINE, 640, 360 },
    { DL_EXPORT_FORMAT_PNG, DL_EXPORT_VIEW_GRAPH, 16, 16 },
    { DL_EXPORT_FORMAT_SVG, DL_EXPORT_VIEW_TIMELINE, 800, 450 },
    { DL_EXPORT_FORMAT_SVG, DL_EXPORT_VIEW_GRAPH, 300, 500 },
    { DL_EXPORT_FORMAT_PDF, DL_EXPORT_VIEW_TIMELINE, 842, 595 },
    { DL_EXPORT_FORMAT_PDF, DL_EXPORT_VIEW_GRAPH, 1000, 1000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("image-%u.%s", i, dl_export_format_to_string (cases[i].format));
      g_autofree char *path = tmp_path (fixture, name);
      g_autoptr(GError) error = NULL;

      g_assert_true (dl_export_image (fixture->corpus, cases[i].view, NULL, NULL, cases[i].format,
                                      cases[i].width, cases[i].height, path, &error));
      g_assert_no_error (error);
      assert_image_size (cases[i].format, path, cases[i].width, cases[i].height);
    }
}

static void
test_image_invalid_size (Fixture       *fixture,
                         gconstpointer  data)
{
  static const int sizes[][2] = { { 15, 100 }, { 100, 15 }, { 0, 0 }, { -1, 100 }, { 16385, 100 }, { 100, 20000 } };
  g_autofree char *path = tmp_path (fixture, "bad.png");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (dl_export_image (fixture->corpus, DL_EXPORT_VIEW_TIMELINE, NULL, NULL,
                                       DL_EXPORT_FORMAT_PNG, sizes[i][0], sizes[i][1], path, &error));
      g_assert_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_INVALID_SIZE);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

static void
test_write_error_names_path (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "missing-folder", "out.png", NULL);
  g_autofree char *json_path = g_build_filename (fixture->tmpdir, "missing-folder", "out.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) json_error = NULL;

  g_assert_false (dl_export_image (fixture->corpus, DL_EXPORT_VIEW_GRAPH, NULL, NULL,
                                   DL_EXPORT_FORMAT_PNG, 100, 100, path, &error));
  g_assert_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));

  g_assert_false (dl_export_data (fixture->corpus, DL_EXPORT_FORMAT_JSON, json_path, &json_error));
  g_assert_error (json_error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (json_error->message, json_path));
}

/* The style reaches the renderer: a dark export is darker than a light
 * one where the background shows (a corner). */
static double
corner_brightness (GBytes *png)
{
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  guint32 pixel;
  double brightness;
  int fd = g_file_open_tmp ("dateline-corner-XXXXXX.png", &path, NULL);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL));
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  pixel = *(guint32 *) cairo_image_surface_get_data (surface);
  brightness = ((pixel >> 16 & 0xff) + (pixel >> 8 & 0xff) + (pixel & 0xff)) / (3.0 * 255);
  cairo_surface_destroy (surface);
  g_unlink (path);
  return brightness;
}

static void
test_image_style (Fixture       *fixture,
                  gconstpointer  data)
{
  DlRenderStyle dark = { 0 };
  g_autoptr(GBytes) light_png = NULL;
  g_autoptr(GBytes) dark_png = NULL;
  g_autoptr(GError) error = NULL;

  dl_render_style_init_dark (&dark);
  light_png = dl_export_image_to_bytes (fixture->corpus, DL_EXPORT_VIEW_TIMELINE, NULL, NULL,
                                        DL_EXPORT_FORMAT_PNG, 64, 64, &error);
  g_assert_no_error (error);
  dark_png = dl_export_image_to_bytes (fixture->corpus, DL_EXPORT_VIEW_TIMELINE, NULL, &dark,
                                       DL_EXPORT_FORMAT_PNG, 64, 64, &error);
  g_assert_no_error (error);
  dl_render_style_clear (&dark);

  g_assert_cmpfloat (corner_brightness (light_png), >, 0.8);
  g_assert_cmpfloat (corner_brightness (dark_png), <, 0.3);
}

/* -------------------------------------------------------------- pictures */

/* Pages of a PDF as cairo writes it: one "/Type /Page" object per page
 * and the page tree's "/Count" */
static guint
pdf_count_pages (const char *path,
                 guint      *tree_count)
{
  static const char page[] = "/Type /Page";
  static const char pages[] = "/Type /Pages";
  static const char count[] = "/Count ";
  g_autofree char *contents = NULL;
  const char *p, *end, *tree;
  gsize length;
  guint n = 0;

  /* Embedded fonts hold NULs: search the whole length */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  end = contents + length;
  for (p = memmem (contents, length, page, strlen (page)); p != NULL;
       p = memmem (p + 1, end - p - 1, page, strlen (page)))
    if (p + strlen (page) < end && p[strlen (page)] != 's')
      n++;
  tree = memmem (contents, length, pages, strlen (pages));
  g_assert_nonnull (tree);
  p = memmem (tree, end - tree, count, strlen (count));
  g_assert_nonnull (p);
  *tree_count = (guint) g_ascii_strtoull (p + strlen (count), NULL, 10);
  return n;
}

/* The fixture's two dated events of 2017-2018 that Putin is in, as a
 * filtered view would give them */
static GListModel *
putin_events (Fixture *fixture)
{
  GListModel *events = dl_corpus_get_events (fixture->corpus);
  GListStore *store = g_list_store_new (DL_TYPE_EVENT);
  DlActor *putin = dl_corpus_find_actor_by_name (fixture->corpus, "Vladimir Putin");

  g_assert_nonnull (putin);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlEvent) event = g_list_model_get_item (events, i);

      if (dl_event_has_actor (event, putin))
        g_list_store_append (store, event);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  return G_LIST_MODEL (store);
}

static void
test_picture_sizes (Fixture       *fixture,
                    gconstpointer  data)
{
  static const DlExportFormat formats[] = { DL_EXPORT_FORMAT_PNG, DL_EXPORT_FORMAT_SVG, DL_EXPORT_FORMAT_PDF };
  static const double scales[] = { 1.0, 2.0, 1.5 };
  static const DlExportView views[] = { DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_VIEW_GRAPH };
  g_autoptr(GListModel) events = putin_events (fixture);
  g_autoptr(DlViewport) viewport = dl_viewport_new ();
  g_autoptr(GListStore) actors = g_list_store_new (DL_TYPE_ACTOR);
  guint n = 0;

  dl_viewport_set_range (viewport, 1483228800.0 /* 2017-01-01 */, 1546300800.0 /* 2019-01-01 */);
  g_list_store_append (actors, dl_corpus_find_actor_by_name (fixture->corpus, "Vladimir Putin"));
  g_list_store_append (actors, dl_corpus_find_actor_by_name (fixture->corpus, "Donald Trump"));

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        for (guint scope = 0; scope < 2; scope++)
          {
            g_autofree char *name = g_strdup_printf ("picture-%u.%s", n++, dl_export_format_to_string (formats[f]));
            g_autofree char *path = tmp_path (fixture, name);
            g_autoptr(GError) error = NULL;
            DlExportPicture picture;
            int width, height;

            dl_export_picture_init (&picture, views[v], formats[f], 333, 201);
            picture.scale = scales[s];
            /* The current view: its events, actors, span and lanes */
            if (scope == 1)
              {
                picture.events = events;
                picture.actors = G_LIST_MODEL (actors);
                picture.viewport = viewport;
                picture.lanes = DL_TIMELINE_LANES_ACTOR;
              }
            g_assert_true (dl_export_picture (fixture->corpus, &picture, path, &error));
            g_assert_no_error (error);

            dl_export_picture_get_output_size (&picture, &width, &height);
            /* 333 × 1.5 = 499.5: a part of a pixel is a whole one */
            g_assert_cmpint (width, ==, (int) ceil (333 * scales[s]));
            g_assert_cmpint (height, ==, (int) ceil (201 * scales[s]));
            assert_image_size (formats[f], path, width, height);
          }
}

static void
test_picture_pdf_pages (Fixture       *fixture,
                        gconstpointer  data)
{
  static const struct {
    DlExportView view;
    guint pages;
    double scale;
    guint expected;
  } cases[] = {
    { DL_EXPORT_VIEW_TIMELINE, 1, 1.0, 1 },
    { DL_EXPORT_VIEW_TIMELINE, 0, 1.0, 1 },
    { DL_EXPORT_VIEW_TIMELINE, 3, 1.0, 3 },
    { DL_EXPORT_VIEW_TIMELINE, 4, 2.0, 4 },
    /* A graph has no time to split */
    { DL_EXPORT_VIEW_GRAPH, 3, 1.0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("pages-%u.pdf", i);
      g_autofree char *path = tmp_path (fixture, name);
      g_autoptr(GError) error = NULL;
      DlExportPicture picture;
      guint tree_count;

      dl_export_picture_init (&picture, cases[i].view, DL_EXPORT_FORMAT_PDF, 842, 595);
      picture.pages = cases[i].pages;
      picture.scale = cases[i].scale;
      g_assert_cmpuint (dl_export_picture_get_n_pages (&picture), ==, cases[i].expected);
      g_assert_true (dl_export_picture (fixture->corpus, &picture, path, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (pdf_count_pages (path, &tree_count), ==, cases[i].expected);
      g_assert_cmpuint (tree_count, ==, cases[i].expected);
      /* Every page has the size asked for */
      assert_pdf_size (path, (int) (842 * cases[i].scale), (int) (595 * cases[i].scale));
    }

  /* PNG and SVG are one picture whatever the pages */
  {
    DlExportPicture picture;

    dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_SVG, 100, 100);
    picture.pages = 5;
    g_assert_cmpuint (dl_export_picture_get_n_pages (&picture), ==, 1);
  }
}

static GBytes *
picture_png (Fixture         *fixture,
             DlExportPicture *picture)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = dl_export_picture_to_bytes (fixture->corpus, picture, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* The view's events, span and lanes reach the picture */
static void
test_picture_scope (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListModel) events = putin_events (fixture);
  g_autoptr(GBytes) everything = NULL;
  g_autoptr(GBytes) filtered = NULL;
  g_autoptr(GBytes) lanes = NULL;
  g_autoptr(GBytes) again = NULL;
  DlExportPicture picture;

  dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_PNG, 400, 240);
  everything = picture_png (fixture, &picture);
  again = picture_png (fixture, &picture);
  picture.events = events;
  filtered = picture_png (fixture, &picture);
  picture.lanes = DL_TIMELINE_LANES_ACTOR;
  lanes = picture_png (fixture, &picture);

  /* The same choices draw the same picture; other choices another */
  g_assert_true (g_bytes_equal (everything, again));
  g_assert_false (g_bytes_equal (everything, filtered));
  g_assert_false (g_bytes_equal (filtered, lanes));
}

static void
test_picture_invalid (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct {
    int width;
    int height;
    double scale;
    guint pages;
  } cases[] = {
    { 100, 100, 5.0, 1 },
    { 100, 100, -1.0, 1 },
    { 100, 100, 1.0, DL_EXPORT_MAX_PAGES + 1 },
    { 9000, 100, 2.0, 1 },
    { 10, 100, 2.0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      DlExportPicture picture;

      dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_PDF,
                              cases[i].width, cases[i].height);
      picture.scale = cases[i].scale;
      picture.pages = cases[i].pages;
      bytes = dl_export_picture_to_bytes (fixture->corpus, &picture, &error);
      g_assert_null (bytes);
      g_assert_error (error, DL_EXPORT_ERROR, DL_EXPORT_ERROR_INVALID_SIZE);
    }
}

static void
test_export_styles (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct {
    const char *name;
    double min_brightness;
    double max_brightness;
  } cases[] = {
    { "light", 0.8, 1.0 },
    { "dark", 0.0, 0.3 },
    { "print", 0.9, 1.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DlRenderStyle style = { 0 };
      DlExportStyle which;
      DlExportPicture picture;
      g_autoptr(GBytes) png = NULL;
      double brightness;

      g_assert_true (dl_export_style_from_string (cases[i].name, &which));
      g_assert_cmpstr (dl_export_style_to_string (which), ==, cases[i].name);
      dl_export_style_init (&style, which);
      dl_export_picture_init (&picture, DL_EXPORT_VIEW_TIMELINE, DL_EXPORT_FORMAT_PNG, 64, 64);
      picture.style = &style;
      png = picture_png (fixture, &picture);
      brightness = corner_brightness (png);
      g_assert_cmpfloat (brightness, >=, cases[i].min_brightness);
      g_assert_cmpfloat (brightness, <=, cases[i].max_brightness);
      if (which == DL_EXPORT_STYLE_PRINT)
        {
          /* Text on paper is black, not grey */
          g_assert_cmpfloat (style.foreground.alpha, ==, 1.0);
          g_assert_cmpfloat (style.foreground.red + style.foreground.green + style.foreground.blue, ==, 0.0);
        }
      dl_render_style_clear (&style);
    }
  {
    DlExportStyle which;
    g_assert_false (dl_export_style_from_string ("sepia", &which));
    g_assert_false (dl_export_style_from_string (NULL, &which));
  }
}

static void
test_suggest_pages (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListStore) many = g_list_store_new (DL_TYPE_EVENT);
  g_autoptr(DlViewport) viewport = dl_viewport_new ();

  g_assert_cmpuint (dl_export_suggest_pages (dl_corpus_get_events (fixture->corpus), NULL), ==, 1);
  g_assert_cmpuint (dl_export_suggest_pages (G_LIST_MODEL (many), NULL), ==, 1);

  /* One event a day for 100 days of 2001 */
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(DlEvent) event = dl_event_new ("Day");
      g_autoptr(GDateTime) day = g_date_time_add_days (g_date_time_new_utc (2001, 1, 1, 0, 0, 0), (int) i);
      g_autofree char *value = g_date_time_format (day, "%Y-%m-%d");
      g_autoptr(DlDateSpan) when = dl_date_span_new_from_value (value, DL_CERTAINTY_STATED);

      dl_event_set_when (event, when);
      g_list_store_append (many, event);
    }
  g_assert_cmpuint (dl_export_suggest_pages (G_LIST_MODEL (many), NULL), ==, 3);
  /* The view shows January alone: 31 events fit a page */
  dl_viewport_set_range (viewport, 978307200.0 /* 2001-01-01 */, 980985600.0 /* 2001-02-01 */);
  g_assert_cmpuint (dl_export_suggest_pages (G_LIST_MODEL (many), viewport), ==, 1);
}

static void
test_empty_corpus (void)
{
  g_autoptr(DlCorpus) corpus = dl_corpus_new ();
  static const DlExportFormat formats[] = {
    DL_EXPORT_FORMAT_JSON, DL_EXPORT_FORMAT_CSV, DL_EXPORT_FORMAT_TIMELINEJS,
    DL_EXPORT_FORMAT_GEXF, DL_EXPORT_FORMAT_GRAPHML,
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = dl_export_data_to_bytes (corpus, formats[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
    }
  for (guint f = DL_EXPORT_FORMAT_PNG; f <= DL_EXPORT_FORMAT_PDF; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = dl_export_image_to_bytes (corpus, DL_EXPORT_VIEW_TIMELINE, NULL, NULL,
                                                          f, 100, 50, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/format/names", test_format_names);
  g_test_add_func ("/export/format/from-path", test_format_from_path);
  g_test_add_func ("/export/view/names", test_view_names);
  g_test_add_func ("/export/empty-corpus", test_empty_corpus);
  g_test_add ("/export/json/document", Fixture, NULL, fixture_set_up, test_json_document, fixture_tear_down);
  g_test_add ("/export/json/file", Fixture, NULL, fixture_set_up, test_json_file, fixture_tear_down);
  g_test_add ("/export/csv", Fixture, NULL, fixture_set_up, test_csv, fixture_tear_down);
  g_test_add ("/export/timelinejs", Fixture, NULL, fixture_set_up, test_timelinejs, fixture_tear_down);
  g_test_add ("/export/gexf", Fixture, NULL, fixture_set_up, test_gexf, fixture_tear_down);
  g_test_add ("/export/graphml", Fixture, NULL, fixture_set_up, test_graphml, fixture_tear_down);
  g_test_add ("/export/image/sizes", Fixture, NULL, fixture_set_up, test_image_sizes, fixture_tear_down);
  g_test_add ("/export/image/invalid-size", Fixture, NULL, fixture_set_up, test_image_invalid_size,
              fixture_tear_down);
  g_test_add ("/export/image/style", Fixture, NULL, fixture_set_up, test_image_style, fixture_tear_down);
  g_test_add ("/export/picture/sizes", Fixture, NULL, fixture_set_up, test_picture_sizes, fixture_tear_down);
  g_test_add ("/export/picture/pdf-pages", Fixture, NULL, fixture_set_up, test_picture_pdf_pages,
              fixture_tear_down);
  g_test_add ("/export/picture/scope", Fixture, NULL, fixture_set_up, test_picture_scope, fixture_tear_down);
  g_test_add ("/export/picture/invalid", Fixture, NULL, fixture_set_up, test_picture_invalid,
              fixture_tear_down);
  g_test_add ("/export/picture/styles", Fixture, NULL, fixture_set_up, test_export_styles, fixture_tear_down);
  g_test_add ("/export/picture/suggest-pages", Fixture, NULL, fixture_set_up, test_suggest_pages,
              fixture_tear_down);
  g_test_add ("/export/error/names-path", Fixture, NULL, fixture_set_up, test_write_error_names_path,
              fixture_tear_down);

  return g_test_run ();
}
