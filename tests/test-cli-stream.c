/* test-cli-stream.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dateline-cli extract --stream`, run against the built tool: one
 * document per article and per line, in the order the articles were
 * read, the same document that `extract` gives for the article alone;
 * bad records reported by file and line while the others are printed;
 * and memory that does not grow with the number of articles.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli-fixture.h"
#include "document-checks.h"

/* More articles in a dump than the tool keeps in flight on any machine
 * this runs on, so that the order is put to the test */
#define N_DUMP_ARTICLES 25
#define N_SMALL_RUN 200
#define N_LARGE_RUN 20000

typedef struct
{
  int status;
  GPtrArray *lines;            /* JsonNode, one per line of output */
  char *err;
} Result;

static char *tmpdir;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->lines, g_ptr_array_unref);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static JsonNode *
parse_line (const char *line)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

/* Every line of @out, each of which must be a JSON document */
static GPtrArray *
parse_lines (GBytes *out)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autofree char *text = cli_bytes_to_string (out);
  g_auto(GStrv) split = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (split);

  /* The output ends with a newline, or is empty */
  if (n == 0)
    return lines;
  g_assert_cmpstr (split[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    g_ptr_array_add (lines, parse_line (split[i]));
  return lines;
}

/* Runs dateline-cli with @args, NULL-terminated */
static void
run_cli (Result             *result,
         const char * const *args)
{
  g_autoptr(GBytes) out = NULL;

  result->status = cli_run (NULL, args, &out, &result->err);
  result->lines = parse_lines (out);
}

#define RUN(result, ...) \
  run_cli (result, (const char * const[]) { __VA_ARGS__, NULL })

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* A short news text of its own for article @index */
static char *
fixture_text (guint index)
{
  static const char * const people[] = { "Anna Berg", "Tomas Lind", "Maria Costa", "Jon Eide" };
  static const char * const cities[] = { "Oslo", "Lisbon", "Vienna", "Accra", "Lima" };
  const char *who = people[index % G_N_ELEMENTS (people)];
  const char *other = people[(index / 4 + 1) % G_N_ELEMENTS (people)];
  const char *city = cities[index % G_N_ELEMENTS (cities)];

  return g_strdup_printf ("Report number %u from %s.\n\n"
                          "%s met %s in %s on March %u, 2021, to discuss a new port. "
                          "\"We agreed on the first steps,\" %s said after the meeting. "
                          "The two sides will meet again in %s next month, officials said.",
                          index, city, who, other == who ? "the mayor" : other, city,
                          1 + index % 28, who, city);
}

static const char *
document_path (JsonNode *document)
{
  JsonArray *articles = json_object_get_array_member (json_node_get_object (document), "articles");

  g_assert_cmpuint (json_array_get_length (articles), ==, 1);
  return json_object_get_string_member (json_array_get_object_element (articles, 0), "path");
}

static const char *
document_text (JsonNode *document)
{
  JsonArray *articles = json_object_get_array_member (json_node_get_object (document), "articles");

  return json_object_get_string_member (json_array_get_object_element (articles, 0), "text");
}

static char *
json_line (const char *title,
           const char *text)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/* A JSON Lines dump of @n articles, numbered from @first */
static void
write_dump (const char *path,
            guint       first,
            guint       n)
{
  g_autoptr(GString) dump = g_string_new (NULL);

  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *text = fixture_text (i);
      g_autofree char *title = g_strdup_printf ("Report %u", i);
      g_autofree char *line = json_line (title, text);

      g_string_append (dump, line);
      g_string_append_c (dump, '\n');
    }
  write_file (path, dump->str);
}

/* A file, a folder of two and a dump: the documents come in that order */
static void
test_order (void)
{
  g_autofree char *one = tmp_path ("one.txt");
  g_autofree char *folder = tmp_path ("folder");
  g_autofree char *b = g_build_filename (folder, "b.txt", NULL);
  g_autofree char *c = g_build_filename (folder, "c.txt", NULL);
  g_autofree char *dump = tmp_path ("order.jsonl");
  g_auto(Result) result = { 0 };
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_ptr_array_add (texts, fixture_text (1000));
  g_ptr_array_add (texts, fixture_text (1001));
  g_ptr_array_add (texts, fixture_text (1002));
  write_file (one, g_ptr_array_index (texts, 0));
  write_file (b, g_ptr_array_index (texts, 1));
  write_file (c, g_ptr_array_index (texts, 2));
  write_dump (dump, 0, N_DUMP_ARTICLES);
  g_ptr_array_add (expected, g_strdup (one));
  g_ptr_array_add (expected, g_strdup (b));
  g_ptr_array_add (expected, g_strdup (c));
  for (guint i = 0; i < N_DUMP_ARTICLES; i++)
    {
      g_ptr_array_add (expected, g_strdup_printf ("%s#%u", dump, i + 1));
      g_ptr_array_add (texts, fixture_text (i));
    }

  RUN (&result, "extract", "--stream", one, folder, dump);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpuint (result.lines->len, ==, expected->len);
  for (guint i = 0; i < result.lines->len; i++)
    {
      JsonNode *document = g_ptr_array_index (result.lines, i);

      check_document (document);
      g_assert_cmpstr (document_path (document), ==, g_ptr_array_index (expected, i));
      g_assert_cmpstr (document_text (document), ==, g_ptr_array_index (texts, i));
    }
}

/* Each line is what `extract` prints for its article alone */
static void
test_same_as_extract (void)
{
  g_autofree char *path = tmp_path ("alone.txt");
  g_autofree char *text = fixture_text (7);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) whole = NULL;
  g_autofree char *printed = NULL;
  g_auto(Result) result = { 0 };

  write_file (path, text);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              g_getenv ("DATELINE_CLI"), "extract", "--dct", "2021-03-09", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  printed = cli_bytes_to_string (out);
  whole = parse_line (printed);

  RUN (&result, "extract", "--stream", "--dct", "2021-03-09", path);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpuint (result.lines->len, ==, 1);
  g_assert_true (json_node_equal (whole, g_ptr_array_index (result.lines, 0)));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (whole),
                                                                          "events")), >, 0);
}

/* Bad records are named by file and line; the others are printed, and
 * the exit status says that not everything could be read */
static void
test_bad_lines (void)
{
  g_autofree char *dump = tmp_path ("bad.jsonl");
  g_autofree char *good = fixture_text (3);
  g_autofree char *line = json_line ("Good", good);
  g_autofree char *contents = g_strdup_printf ("%s\n{\"title\": \"cut\n%s\n[1, 2]\n{\"title\": \"no text\"}\n%s\n",
                                               line, line, line);
  g_auto(Result) result = { 0 };
  static const guint good_lines[] = { 1, 3, 6 };

  write_file (dump, contents);
  RUN (&result, "extract", "--stream", dump);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "bad.jsonl”, line 2"));
  g_assert_nonnull (strstr (result.err, "bad.jsonl”, line 4"));
  g_assert_nonnull (strstr (result.err, "bad.jsonl”, line 5"));
  g_assert_null (strstr (result.err, "line 1:"));
  g_assert_cmpuint (result.lines->len, ==, G_N_ELEMENTS (good_lines));
  for (guint i = 0; i < G_N_ELEMENTS (good_lines); i++)
    {
      JsonNode *document = g_ptr_array_index (result.lines, i);
      g_autofree char *path = g_strdup_printf ("%s#%u", dump, good_lines[i]);

      check_document (document);
      g_assert_cmpstr (document_path (document), ==, path);
      g_assert_cmpstr (document_text (document), ==, good);
    }
}

/* A file that cannot be read is named; the ones after it are printed */
static void
test_missing_file (void)
{
  g_autofree char *missing = tmp_path ("missing.txt");
  g_autofree char *present = tmp_path ("present.txt");
  g_autofree char *text = fixture_text (11);
  g_auto(Result) result = { 0 };

  write_file (present, text);
  RUN (&result, "extract", "--stream", missing, present);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "missing.txt"));
  g_assert_cmpuint (result.lines->len, ==, 1);
  g_assert_cmpstr (document_path (g_ptr_array_index (result.lines, 0)), ==, present);
}

static void
test_usage (void)
{
  g_autofree char *project = tmp_path ("saved.dateline");
  g_auto(Result) no_input = { 0 };
  g_auto(Result) with_project = { 0 };
  g_autoptr(GSubprocess) help = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *help_text = NULL;

  write_file (project, "");
  RUN (&no_input, "extract", "--stream");
  g_assert_cmpint (no_input.status, ==, 2);
  g_assert_cmpuint (no_input.lines->len, ==, 0);
  RUN (&with_project, "extract", "--stream", project);
  g_assert_cmpint (with_project.status, ==, 2);
  g_assert_nonnull (strstr (with_project.err, "saved.dateline"));
  g_assert_cmpuint (with_project.lines->len, ==, 0);

  help = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                           g_getenv ("DATELINE_CLI"), "extract", "--help", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (help, NULL, NULL, &help_text, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (help), ==, 0);
  g_assert_nonnull (strstr (help_text, "--stream"));
}

/* Runs `extract --stream` on @dump, counting the lines it prints
 * without keeping them, and returns its peak resident size */
static gsize
stream_peak_rss (const char *dump,
                 guint      *n_lines)
{
  const char *argv[] = { g_getenv ("DATELINE_CLI"), "extract", "--stream", dump, NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *asan = NULL;
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  char buffer[64 * 1024];
  GPid pid;
  int out, status;
  gssize n;

  /* In a build with AddressSanitizer, freed memory waits in its
   * quarantine and would count as kept: none is asked for */
  asan = g_strconcat (g_environ_getenv (env, "ASAN_OPTIONS") != NULL ? g_environ_getenv (env, "ASAN_OPTIONS") : "",
                      ":quarantine_size_mb=0:thread_local_quarantine_size_kb=0", NULL);
  env = g_environ_setenv (env, "ASAN_OPTIONS", asan, TRUE);
  g_spawn_async_with_pipes (NULL, (char **) argv, env,
                            G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                            NULL, NULL, &pid, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  *n_lines = 0;
  while ((n = read (out, buffer, sizeof buffer)) > 0)
    for (gssize i = 0; i < n; i++)
      *n_lines += buffer[i] == '\n';
  close (out);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_spawn_close_pid (pid);
  return (gsize) usage.ru_maxrss * 1024;
}

/* A hundred times the articles in about the same memory: what grows
 * must stay well under half the dump's size, where an extraction that
 * kept every article (let alone its analysis and its document) would
 * hold at least the whole dump */
static void
test_constant_memory (void)
{
  g_autofree char *small = tmp_path ("small.jsonl");
  g_autofree char *large = tmp_path ("large.jsonl");
  GStatBuf info;
  gsize small_rss, large_rss;
  guint n_lines;

  write_dump (small, 0, N_SMALL_RUN);
  write_dump (large, 0, N_LARGE_RUN);
  g_assert_cmpint (g_stat (large, &info), ==, 0);

  small_rss = stream_peak_rss (small, &n_lines);
  g_assert_cmpuint (n_lines, ==, N_SMALL_RUN);
  large_rss = stream_peak_rss (large, &n_lines);
  g_assert_cmpuint (n_lines, ==, N_LARGE_RUN);
  g_test_message ("peak RSS: %u articles %.1f MB, %u articles %.1f MB; dump %.1f MB",
                  N_SMALL_RUN, small_rss / 1048576.0, N_LARGE_RUN, large_rss / 1048576.0,
                  info.st_size / 1048576.0);
  g_assert_cmpuint (large_rss, <, small_rss + (gsize) info.st_size / 2);
  g_unlink (small);
  g_unlink (large);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("dateline-cli-stream-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/cli-stream/order", test_order);
  g_test_add_func ("/cli-stream/same-as-extract", test_same_as_extract);
  g_test_add_func ("/cli-stream/bad-lines", test_bad_lines);
  g_test_add_func ("/cli-stream/missing-file", test_missing_file);
  g_test_add_func ("/cli-stream/usage", test_usage);
  g_test_add_func ("/cli-stream/constant-memory", test_constant_memory);

  status = g_test_run ();
  cli_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
