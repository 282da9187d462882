/* test-export.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data exporters (JSON, CSV, TimelineJS, GEXF, GraphML) and the
 * format names, on the corpus built by hand in export-fixture.h;
 * test-export-picture.c has the images.
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-article.h"
#include "dl-corpus.h"
#include "dl-date-span.h"
#include "dl-event.h"
#include "dl-export.h"
#include "export-checks.h"
#include "export-fixture.h"

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
  g_assert_cmpstr ((const char *) root->ns->href, ==, "http://www.gexf.net/1.2draft");
  g_assert_cmpstr ((const char *) version, ==, "1.2");
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
  g_test_add ("/export/error/names-path", Fixture, NULL, fixture_set_up, test_write_error_names_path,
              fixture_tear_down);

  return g_test_run ();
}
