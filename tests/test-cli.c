/* test-cli.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command-line contract of FORMAT.md, checked against the built
 * dateline-cli: exit statuses, the JSON documents' shape, code point
 * offsets, and the files export writes.
 */
#include "config.h"

#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "cli-fixture.h"
#include "document-checks.h"
#include "export-checks.h"

typedef struct
{
  int status;
  GBytes *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_bytes_unref);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static char *tmpdir;

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "cli", name, NULL);
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
run_cli (Result             *result,
         const char         *input,
         const char * const *args)
{
  result->status = cli_run (input, args, &result->out, &result->err);
}

#define RUN(result, input, ...) \
  run_cli (result, input, (const char * const[]) { __VA_ARGS__, NULL })

static char *
out_text (const Result *result)
{
  return cli_bytes_to_string (result->out);
}

static JsonNode *
parse_json (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

/* Runs dateline-cli with @args (NULL-terminated) followed by the two
 * articles of the fixtures */
static void
run_on_articles (Result             *result,
                 const char * const *args)
{
  g_autofree char *hamburg = fixture_path ("articles/hamburg.txt");
  g_autofree char *lisbon = fixture_path ("articles/lisbon.txt");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, hamburg);
  g_ptr_array_add (argv, lisbon);
  g_ptr_array_add (argv, NULL);
  run_cli (result, NULL, (const char * const *) argv->pdata);
}

#define RUN_ON_ARTICLES(result, ...) \
  run_on_articles (result, (const char * const[]) { __VA_ARGS__, NULL })

static JsonArray *
articles_of (JsonNode *document)
{
  return json_object_get_array_member (json_node_get_object (document), "articles");
}

/* The document @bytes hold, as FORMAT.md has it, with @n_articles
 * articles */
static JsonNode *
parse_document (GBytes *bytes,
                guint   n_articles)
{
  JsonNode *root = parse_json (bytes);

  check_document (root);
  g_assert_cmpuint (json_array_get_length (articles_of (root)), ==, n_articles);
  return root;
}

/* The text of the document's article @index */
static const char *
nth_article_text (JsonNode *document,
                  guint     index)
{
  return json_object_get_string_member (json_array_get_object_element (articles_of (document), index), "text");
}

/* -------------------------------------------------------- help, usage */

static void
test_help_version (void)
{
  static const char * const commands[] = { "extract", "timex", "entities", "export", "save" };
  g_auto(Result) help = { 0 };
  g_auto(Result) version = { 0 };
  g_autofree char *help_text = NULL;
  g_autofree char *version_text = NULL;

  RUN (&help, NULL, "--help");
  g_assert_cmpint (help.status, ==, 0);
  help_text = out_text (&help);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_assert_nonnull (strstr (help_text, commands[i]));

  RUN (&version, NULL, "--version");
  g_assert_cmpint (version.status, ==, 0);
  version_text = out_text (&version);
  g_assert_true (g_str_has_prefix (version_text, "dateline-cli"));
  g_assert_nonnull (strstr (version_text, PACKAGE_VERSION));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Result) sub = { 0 };
      g_autofree char *text = NULL;

      RUN (&sub, NULL, commands[i], "--help");
      g_assert_cmpint (sub.status, ==, 0);
      text = out_text (&sub);
      g_assert_nonnull (strstr (text, "Usage:"));
      g_assert_cmpstr (sub.err, ==, "");
    }
}

static void
test_usage_errors (void)
{
  g_autofree char *article = fixture_path ("articles/lisbon.txt");
  g_autofree char *out = tmp_path ("usage.png");
  g_autofree char *project = tmp_path ("usage.dateline");
  const char * const cases[][8] = {
    { NULL },
    { "--bogus", NULL },
    { "frobnicate", NULL },
    { "extract", NULL },
    { "extract", "--nope", article, NULL },
    { "extract", "--dct", "yesterday", article, NULL },
    { "extract", "--dct", "2017-02-30", article, NULL },
    { "timex", article, NULL },
    { "timex", "--dct", "July", article, NULL },
    { "timex", "--dct", "2017-07-07", article, article, NULL },
    { "entities", article, NULL },
    { "export", article, NULL },
    { "export", "-o", out, NULL },
    { "export", "--format", "jpeg", "-o", out, article, NULL },
    { "export", "-o", "no-extension", article, NULL },
    { "export", "--view", "map", "-o", out, article, NULL },
    { "export", "--width", "10", "-o", out, article, NULL },
    { "export", "--height", "many", "-o", out, article, NULL },
    { "extract", project, article, NULL },
    { "export", "-o", out, article, project, NULL },
    { "save", article, NULL },
    { "save", "-o", "-", article, NULL },
    { "save", "-o", project, project, NULL },
    { "save", "-o", project, article, article, project, NULL },
    { "save", "--dct", "never", "-o", project, article, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) result = { 0 };

      run_cli (&result, NULL, cases[i]);
      g_test_message ("case %u: %s", i, result.err);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_cmpuint (g_bytes_get_size (result.out), ==, 0);
      g_assert_cmpstr (result.err, !=, "");
    }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (project, G_FILE_TEST_EXISTS));
}

/* Nothing is ever written to an input file */
static void
test_export_refuses_input (void)
{
  g_autofree char *source = fixture_path ("articles/lisbon.txt");
  g_autofree char *copy = tmp_path ("input.json");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Result) result = { 0 };

  g_assert_true (g_file_get_contents (source, &before, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, before, -1, NULL));

  RUN (&result, NULL, "export", "--format", "json", "-o", copy, copy);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "input.json"));
  g_assert_true (g_file_get_contents (copy, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

/* ------------------------------------------------------------- extract */

static void
test_extract_schema (void)
{
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  JsonObject *second;

  RUN_ON_ARTICLES (&result, "extract", "--dct", "2017-07-08");
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);

  /* Pretty-printed UTF-8, not \u escapes */
  text = out_text (&result);
  g_assert_nonnull (strstr (text, "café"));
  g_assert_nonnull (strchr (text, '\n'));

  root = parse_document (result.out, 2);

  /* The second article has no date of its own: --dct gives it one */
  second = json_array_get_object_element (articles_of (root), 1);
  g_assert_cmpstr (json_object_get_string_member (second, "dct"), ==, "2017-07-08");
  g_assert_cmpstr (json_object_get_string_member (second, "dct_source"), ==, "option");
  g_assert_nonnull (strstr (json_object_get_string_member (second, "text"), "water agreement"));
}

static void
test_extract_missing_file (void)
{
  g_autofree char *good = fixture_path ("articles/lisbon.txt");
  g_autofree char *missing = tmp_path ("no-such-article.txt");
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;

  RUN (&result, NULL, "extract", missing, good);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "no-such-article.txt"));

  root = parse_document (result.out, 1);
  g_assert_nonnull (strstr (nth_article_text (root, 0), "Lisbon"));
}

static void
test_extract_stdin (void)
{
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;

  RUN (&result, "The council of Évora approved the budget on Tuesday.\n", "extract", "--dct", "2020-02-02T10:30:00Z", "-");
  g_assert_cmpint (result.status, ==, 0);
  root = parse_document (result.out, 1);
  g_assert_nonnull (strstr (nth_article_text (root, 0), "Évora"));
  g_assert_true (g_str_has_prefix (json_object_get_string_member (json_array_get_object_element (articles_of (root), 0),
                                                                  "dct"),
                                   "2020-02-02"));
}

/* Needs the importers: a folder stands for the articles in it */
static void
test_extract_folder (void)
{
  g_autofree char *folder = fixture_path ("articles");
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;

  RUN (&result, NULL, "extract", folder);
  g_assert_cmpint (result.status, ==, 0);
  root = parse_document (result.out, 2);
}

static gboolean
has_actor_named (JsonObject *document,
                 const char *part)
{
  JsonArray *actors = json_object_get_array_member (document, "actors");

  for (guint i = 0; i < json_array_get_length (actors); i++)
    if (strstr (json_object_get_string_member (json_array_get_object_element (actors, i), "name"), part))
      return TRUE;
  return FALSE;
}

/* Needs the analysis: the meeting is found, dated and sourced, with its
 * offsets right after the non-ASCII characters before it */
static void
test_extract_content (void)
{
  g_autofree char *hamburg = fixture_path ("articles/hamburg.txt");
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *document;
  JsonArray *events;
  gboolean found = FALSE;

  /* This checks another part's results: report, do not stop the suite */
  g_test_set_nonfatal_assertions ();

  RUN (&result, NULL, "extract", "--dct", "2017-07-08", hamburg);
  g_assert_cmpint (result.status, ==, 0);
  root = parse_document (result.out, 1);
  document = json_node_get_object (root);
  g_assert_true (has_actor_named (document, "Putin"));
  g_assert_true (has_actor_named (document, "Trump"));

  events = json_object_get_array_member (document, "events");
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);
      JsonObject *when = json_object_get_object_member (event, "when");
      JsonObject *source = json_array_get_object_element (json_object_get_array_member (event, "sources"), 0);

      if (strstr (json_object_get_string_member (source, "quote"), "met Russian President") != NULL &&
          g_strcmp0 (json_object_get_string_member (when, "start"), "2017-07-07") == 0)
        found = TRUE;
    }
  g_assert_true (found);
}

/* Every seed article goes through; offsets hold on real text */
static void
test_extract_seeds (void)
{
  const char *dir = g_getenv ("DATELINE_SEEDS_DIR");
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) seeds = NULL;
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;
  const char *name;

  if (dir == NULL || (seeds = g_dir_open (dir, 0, NULL)) == NULL)
    {
      g_test_skip ("no seed articles");
      return;
    }
  g_ptr_array_add (args, g_strdup ("extract"));
  while ((name = g_dir_read_name (seeds)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (args, g_build_filename (dir, name, NULL));
  g_ptr_array_add (args, NULL);

  run_cli (&result, NULL, (const char * const *) args->pdata);
  g_assert_cmpint (result.status, ==, 0);
  root = parse_document (result.out, args->len - 2);
}

/* --------------------------------------------------------------- timex */

static void
check_timexes (GBytes     *out,
               const char *text)
{
  static const char * const types[] = { "DATE", "TIME", "DURATION", "SET", NULL };
  g_autoptr(JsonNode) root = parse_json (out);
  JsonArray *timexes;

  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  timexes = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (timexes); i++)
    {
      JsonObject *timex = json_array_get_object_element (timexes, i);
      gint64 start = json_object_get_int_member (timex, "start");
      gint64 end = json_object_get_int_member (timex, "end");
      g_autofree char *covered = NULL;

      g_assert_cmpint (start, <, end);
      g_assert_cmpint (end, <=, g_utf8_strlen (text, -1));
      covered = g_utf8_substring (text, start, end);
      g_assert_cmpstr (covered, ==, json_object_get_string_member (timex, "text"));
      g_assert_true (is_one_of (json_object_get_string_member (timex, "type"), types));
      g_assert_true (is_nullable_string (timex, "value"));
    }
}

static gboolean
has_timex_value (GBytes     *out,
                 const char *text,
                 const char *value)
{
  g_autoptr(JsonNode) root = parse_json (out);
  JsonArray *timexes = json_node_get_array (root);

  for (guint i = 0; i < json_array_get_length (timexes); i++)
    {
      JsonObject *timex = json_array_get_object_element (timexes, i);

      if (g_strcmp0 (json_object_get_string_member (timex, "text"), text) == 0 &&
          g_strcmp0 (json_object_get_string_member (timex, "value"), value) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_timex_shape (void)
{
  g_autofree char *path = fixture_path ("timex.txt");
  g_autofree char *text = NULL;
  g_auto(Result) from_file = { 0 };
  g_auto(Result) from_stdin = { 0 };

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  RUN (&from_file, NULL, "timex", "--dct", "2017-07-08", path);
  g_assert_cmpint (from_file.status, ==, 0);
  check_timexes (from_file.out, text);

  RUN (&from_stdin, text, "timex", "--dct", "2017-07-08");
  g_assert_cmpint (from_stdin.status, ==, 0);
  g_assert_true (g_bytes_equal (from_file.out, from_stdin.out));
}

/* Needs the temporal tagger */
static void
test_timex_content (void)
{
  g_autofree char *path = fixture_path ("timex.txt");
  g_autofree char *text = NULL;
  g_auto(Result) result = { 0 };

  /* This checks another part's results: report, do not stop the suite */
  g_test_set_nonfatal_assertions ();

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  RUN (&result, NULL, "timex", "--dct", "2017-07-08", path);
  g_assert_cmpint (result.status, ==, 0);
  check_timexes (result.out, text);
  g_assert_true (has_timex_value (result.out, "12 July 2017", "2017-07-12"));
}

static void
test_timex_invalid_utf8 (void)
{
  g_autofree char *path = tmp_path ("latin1.txt");
  g_auto(Result) result = { 0 };

  g_assert_true (g_file_set_contents (path, "Caf\xe9 on Friday\n", -1, NULL));
  RUN (&result, NULL, "timex", "--dct", "2017-07-08", path);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "latin1.txt"));
  g_assert_cmpuint (g_bytes_get_size (result.out), ==, 0);
}

/* ------------------------------------------------------------ entities */

static gboolean
is_bio_tag (const char *tag)
{
  static const char * const types[] = { "PER", "ORG", "LOC", "MISC", NULL };

  if (strcmp (tag, "O") == 0)
    return TRUE;
  return (g_str_has_prefix (tag, "B-") || g_str_has_prefix (tag, "I-")) && is_one_of (tag + 2, types);
}

static void
test_entities_conll (void)
{
  g_autofree char *path = fixture_path ("sample.conll");
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) in_lines = NULL;
  g_auto(GStrv) out_lines = NULL;
  g_auto(Result) result = { 0 };

  g_assert_true (g_file_get_contents (path, &input, NULL, NULL));
  RUN (&result, NULL, "entities", "--conll", path);
  g_assert_cmpint (result.status, ==, 0);
  output = out_text (&result);

  in_lines = g_strsplit (input, "\n", -1);
  out_lines = g_strsplit (output, "\n", -1);
  g_assert_cmpuint (g_strv_length (out_lines), ==, g_strv_length (in_lines));
  for (guint i = 0; in_lines[i] != NULL; i++)
    {
      const char *tag;

      if (*in_lines[i] == '\0')
        {
          g_assert_cmpstr (out_lines[i], ==, "");
          continue;
        }
      /* The line as it was, one space, one tag */
      g_assert_true (g_str_has_prefix (out_lines[i], in_lines[i]));
      g_assert_cmpint (out_lines[i][strlen (in_lines[i])], ==, ' ');
      tag = out_lines[i] + strlen (in_lines[i]) + 1;
      g_assert_true (is_bio_tag (tag));
      if (g_str_has_prefix (in_lines[i], "-DOCSTART-"))
        g_assert_cmpstr (tag, ==, "O");
    }
}

/* Needs the entity tagger */
static void
test_entities_content (void)
{
  g_autofree char *path = fixture_path ("sample.conll");
  g_autofree char *output = NULL;
  g_auto(Result) result = { 0 };

  /* This checks another part's results: report, do not stop the suite */
  g_test_set_nonfatal_assertions ();

  RUN (&result, NULL, "entities", "--conll", path);
  g_assert_cmpint (result.status, ==, 0);
  output = out_text (&result);
  g_assert_nonnull (strstr (output, "\nPutin NNP I-NP I-PER I-PER\n"));
  g_assert_nonnull (strstr (output, "\nmet VBD B-VP O O\n"));
}

/* -------------------------------------------------------------- export */

static void
test_export_images (void)
{
  static const struct {
    const char *format;
    const char *view;
    const char *width;
    const char *height;
    void (*check) (const char *path, int width, int height);
  } cases[] = {
    { "png", "timeline", "640", "360", assert_png_size },
    { "png", "graph", "300", "200", assert_png_size },
    { "svg", "timeline", "800", "450", assert_svg_size },
    { "svg", "graph", "500", "500", assert_svg_size },
    { "pdf", "timeline", "842", "595", assert_pdf_size },
    { "pdf", "graph", "595", "842", assert_pdf_size },
  };
  g_autofree char *article = fixture_path ("articles/hamburg.txt");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s.%s", cases[i].view, cases[i].width, cases[i].format);
      g_autofree char *out = tmp_path (name);
      g_auto(Result) result = { 0 };

      RUN (&result, NULL, "export", "--format", cases[i].format, "--view", cases[i].view,
           "--width", cases[i].width, "--height", cases[i].height, "-o", out, article);
      g_assert_cmpstr (result.err, ==, "");
      g_assert_cmpint (result.status, ==, 0);
      cases[i].check (out, atoi (cases[i].width), atoi (cases[i].height));
    }
}

static void
test_export_image_defaults (void)
{
  g_autofree char *article = fixture_path ("articles/hamburg.txt");
  g_autofree char *out = tmp_path ("default.png");
  g_autofree char *dark = tmp_path ("dark.png");
  g_auto(Result) result = { 0 };
  g_auto(Result) dark_result = { 0 };

  /* The format comes from the extension; the size is 1600 x 900 */
  RUN (&result, NULL, "export", "-o", out, article);
  g_assert_cmpint (result.status, ==, 0);
  assert_png_size (out, 1600, 900);

  RUN (&dark_result, NULL, "export", "--dark", "--width", "64", "--height", "48", "-o", dark, article);
  g_assert_cmpint (dark_result.status, ==, 0);
  assert_png_size (dark, 64, 48);
}

static xmlDoc *
read_xml (const char *path)
{
  xmlDoc *doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  g_assert_nonnull (doc);
  return doc;
}

static JsonNode *
read_json_file (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  return parse_json (bytes);
}

static void
test_export_data (void)
{
  g_autofree char *article = fixture_path ("articles/hamburg.txt");
  g_autofree char *json = tmp_path ("corpus.json");
  g_autofree char *csv = tmp_path ("events.csv");
  g_autofree char *timelinejs = tmp_path ("events.timeline.json");
  g_autofree char *gexf = tmp_path ("actors.gexf");
  g_autofree char *graphml = tmp_path ("actors.graphml");
  const char * const outputs[] = { json, csv, timelinejs, gexf, graphml };
  const char * const formats[] = { "json", "csv", "timelinejs", "gexf", "graphml" };
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(JsonNode) timeline = NULL;
  g_autofree char *csv_text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint n_events;
  xmlDoc *doc;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Result) result = { 0 };

      RUN (&result, NULL, "export", "--dct", "2017-07-08", "--format", formats[i], "-o", outputs[i], article);
      g_assert_cmpint (result.status, ==, 0);
    }

  document = read_json_file (json);
  check_document (document);
  n_events = json_array_get_length (json_object_get_array_member (json_node_get_object (document), "events"));

  g_assert_true (g_file_get_contents (csv, &csv_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv_text, "date,end,certainty,title,actors,article,quote\r\n"));
  rows = parse_csv (csv_text);
  g_assert_cmpuint (rows->len, ==, n_events + 1);
  if (n_events > 0)
    {
      /* The article's title, which holds a comma and quotes, is quoted */
      JsonArray *articles = json_object_get_array_member (json_node_get_object (document), "articles");
      const char *title = json_object_get_string_member (json_array_get_object_element (articles, 0), "title");
      g_auto(GStrv) parts = g_strsplit (title, "\"", -1);
      g_autofree char *doubled = g_strjoinv ("\"\"", parts);
      g_autofree char *field = g_strdup_printf (",\"%s\",", doubled);

      g_assert_nonnull (strpbrk (title, ",\""));
      g_assert_nonnull (strstr (csv_text, field));
    }

  timeline = read_json_file (timelinejs);
  g_assert_nonnull (json_object_get_array_member (json_node_get_object (timeline), "events"));

  doc = read_xml (gexf);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "gexf");
  xmlFreeDoc (doc);
  doc = read_xml (graphml);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "graphml");
  xmlFreeDoc (doc);
}

static void
test_export_stdout (void)
{
  g_autofree char *article = fixture_path ("articles/lisbon.txt");
  g_autofree char *missing = tmp_path ("missing.txt");
  g_autofree char *out = tmp_path ("partial.json");
  g_auto(Result) result = { 0 };
  g_auto(Result) partial = { 0 };
  g_autoptr(JsonNode) root = NULL;

  RUN (&result, NULL, "export", "--format", "json", "-o", "-", article);
  g_assert_cmpint (result.status, ==, 0);
  root = parse_document (result.out, 1);

  /* A missing input is reported; the rest is still written */
  RUN (&partial, NULL, "export", "-o", out, missing, article);
  g_assert_cmpint (partial.status, ==, 1);
  g_assert_nonnull (strstr (partial.err, "missing.txt"));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
}

/* ------------------------------------------------------------ projects */

static char *
save_project (const char *name)
{
  char *project = tmp_path (name);
  g_auto(Result) result = { 0 };
  g_autofree char *header = NULL;
  gsize length;

  RUN_ON_ARTICLES (&result, "save", "--dct", "2017-07-08", "-o", project);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpuint (g_bytes_get_size (result.out), ==, 0);
  g_assert_true (g_file_get_contents (project, &header, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  g_assert_cmpstr (header, ==, "SQLite format 3");
  return project;
}

/* A saved project gives the document its articles gave, byte for byte */
static void
test_project_extract (void)
{
  g_autofree char *project = save_project ("extract.dateline");
  g_autofree char *copy = tmp_path ("extract-copy.dateline");
  g_auto(Result) from_articles = { 0 };
  g_auto(Result) from_project = { 0 };
  g_auto(Result) copied = { 0 };
  g_auto(Result) from_copy = { 0 };
  g_autoptr(JsonNode) root = NULL;

  RUN_ON_ARTICLES (&from_articles, "extract", "--dct", "2017-07-08");
  g_assert_cmpint (from_articles.status, ==, 0);
  RUN (&from_project, NULL, "extract", project);
  g_assert_cmpstr (from_project.err, ==, "");
  g_assert_cmpint (from_project.status, ==, 0);
  g_assert_true (g_bytes_equal (from_articles.out, from_project.out));
  root = parse_document (from_project.out, 2);

  /* A project given to "save" is copied */
  RUN (&copied, NULL, "save", "-o", copy, project);
  g_assert_cmpint (copied.status, ==, 0);
  RUN (&from_copy, NULL, "extract", copy);
  g_assert_cmpint (from_copy.status, ==, 0);
  g_assert_true (g_bytes_equal (from_articles.out, from_copy.out));
}

static void
test_project_export (void)
{
  g_autofree char *project = save_project ("export.dateline");
  g_autofree char *png = tmp_path ("project.png");
  const char * const formats[] = { "json", "csv", "graphml" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Result) from_articles = { 0 };
      g_auto(Result) from_project = { 0 };

      RUN_ON_ARTICLES (&from_articles, "export", "--dct", "2017-07-08", "-f", formats[i], "-o", "-");
      RUN (&from_project, NULL, "export", "-f", formats[i], "-o", "-", project);
      g_assert_cmpint (from_articles.status, ==, 0);
      g_assert_cmpint (from_project.status, ==, 0);
      g_assert_cmpuint (g_bytes_get_size (from_project.out), >, 0);
      g_assert_true (g_bytes_equal (from_articles.out, from_project.out));
    }

  {
    g_auto(Result) image = { 0 };

    RUN (&image, NULL, "export", "-o", png, project);
    g_assert_cmpint (image.status, ==, 0);
    g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  }
}

/* A damaged project is an input that cannot be used: status 1, named */
static void
test_project_damaged (void)
{
  g_autofree char *project = save_project ("whole.dateline");
  g_autofree char *damaged = tmp_path ("cut.dateline");
  g_autofree char *foreign = tmp_path ("not-sqlite.dateline");
  g_autofree char *contents = NULL;
  gsize length;
  const char *inputs[] = { damaged, foreign };

  g_assert_true (g_file_get_contents (project, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (damaged, contents, length / 2, NULL));
  g_assert_true (g_file_set_contents (foreign, "Not a project at all.\n", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *base = g_path_get_basename (inputs[i]);
      g_auto(Result) extract = { 0 };
      g_auto(Result) export = { 0 };
      g_autoptr(JsonNode) root = NULL;

      RUN (&extract, NULL, "extract", inputs[i]);
      g_assert_cmpint (extract.status, ==, 1);
      g_assert_nonnull (strstr (extract.err, base));
      root = parse_document (extract.out, 0);

      RUN (&export, NULL, "export", "-f", "csv", "-o", "-", inputs[i]);
      g_assert_cmpint (export.status, ==, 1);
      g_assert_nonnull (strstr (export.err, base));
    }
}

static void
remove_tmpdir (void)
{
  cli_remove_tree (tmpdir);
  g_free (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("dateline-cli-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/cli/help-version", test_help_version);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/extract/schema", test_extract_schema);
  g_test_add_func ("/cli/extract/missing-file", test_extract_missing_file);
  g_test_add_func ("/cli/extract/stdin", test_extract_stdin);
  g_test_add_func ("/cli/extract/folder", test_extract_folder);
  g_test_add_func ("/cli/extract/seeds", test_extract_seeds);
  g_test_add_func ("/cli/timex/shape", test_timex_shape);
  g_test_add_func ("/cli/timex/invalid-utf8", test_timex_invalid_utf8);
  g_test_add_func ("/cli/entities/conll", test_entities_conll);
  g_test_add_func ("/cli/export/images", test_export_images);
  g_test_add_func ("/cli/export/image-defaults", test_export_image_defaults);
  g_test_add_func ("/cli/export/data", test_export_data);
  g_test_add_func ("/cli/export/stdout", test_export_stdout);
  g_test_add_func ("/cli/export/refuses-input", test_export_refuses_input);
  g_test_add_func ("/cli/project/extract", test_project_extract);
  g_test_add_func ("/cli/project/export", test_project_export);
  g_test_add_func ("/cli/project/damaged", test_project_damaged);

  /* These depend on what the analysis finds */
  g_test_add_func ("/cli/with-analysis/extract", test_extract_content);
  g_test_add_func ("/cli/with-analysis/timex", test_timex_content);
  g_test_add_func ("/cli/with-analysis/entities", test_entities_content);

  status = g_test_run ();
  remove_tmpdir ();
  return status;
}
