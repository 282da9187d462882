/* test-import-formats.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Markdown, mail messages and JSON Lines dumps.
 */
#include "config.h"

#include "import-fixture.h"

static const char png_bytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";

static void
assert_dct (DlArticle  *article,
            const char *expected,
            DlDctSource source)
{
  g_autofree char *dct = dl_article_dup_dct_string (article);

  g_assert_cmpstr (dct, ==, expected);
  g_assert_cmpint (dl_article_get_dct_source (article), ==, source);
}

/* Markdown ------------------------------------------------------------------ */

static void
test_markdown_strip (void)
{
  static const char markdown[] =
    "---\n"
    "title: \"Harbour talks: day two\"\n"
    "date: 2024-03-05\n"
    "author: K. Varga\n"
    "---\n"
    "# The harbour talks ##\n"
    "\n"
    "Negotiators in **Elvmouth** met on _Tuesday_ with the [port authority](https://example.org/p \"P\").\n"
    "\n"
    "![A crane at dawn](crane.jpg)\n"
    "\n"
    "- Wages rose by 4%\n"
    "* Shifts were *shortened*\n"
    "1. A first point\n"
    "\n"
    "> Quoted `remark` here, see <https://example.org/q>.\n"
    "\n"
    "```c\n"
    "int x = 1;\n"
    "```\n"
    "\n"
    "***\n"
    "\n"
    "Résumé of snake_case, 3 * 4 and \\*stars\\* stays.\n"
    "\n"
    "[ref]: https://example.org\n";
  static const char expected[] =
    "The harbour talks\n"
    "\n"
    "Negotiators in Elvmouth met on Tuesday with the port authority.\n"
    "\n"
    "Wages rose by 4%\n"
    "Shifts were shortened\n"
    "A first point\n"
    "\n"
    "Quoted remark here, see https://example.org/q.\n"
    "\n"
    "int x = 1;\n"
    "\n"
    "Résumé of snake_case, 3 * 4 and *stars* stays.";
  g_autoptr(DlArticle) article = import_ok ("talks.md", markdown, -1);

  g_assert_cmpstr (dl_article_get_text (article), ==, expected);
  g_assert_cmpstr (dl_article_get_title (article), ==, "Harbour talks: day two");
  assert_dct (article, "2024-03-05", DL_DCT_SOURCE_META);
  /* Offsets count code points of the stripped text */
  import_assert_word_at (article, "Elvmouth");
  import_assert_word_at (article, "stays");
}

static void
test_markdown_titles (void)
{
  static const struct
  {
    const char *markdown;
    const char *title;
  } cases[] = {
    { "Lead line\n\nBig News\n========\n\nBody text here.\n", "Big News" },
    { "## Second level *title*\n\nBody.\n", "Second level title" },
    { "+++\ntitle = \"From TOML\"\ndate = \"2023-01-02\"\n+++\n# Heading\n\nBody.\n", "From TOML" },
    { "No heading at all, only a paragraph.\n", "No heading at all, only a paragraph." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DlArticle) article = import_ok ("title.markdown", cases[i].markdown, -1);

      g_assert_cmpstr (dl_article_get_title (article), ==, cases[i].title);
    }
}

static void
test_markdown_errors (void)
{
  import_assert_error ("photo.md", png_bytes, sizeof png_bytes - 1, DL_IMPORT_ERROR_BINARY, NULL);
  import_assert_error ("marks.md", "---\n***\n\n![](x.png)\n", -1, DL_IMPORT_ERROR_EMPTY, "Markdown");
  import_assert_error ("empty.md", "", 0, DL_IMPORT_ERROR_EMPTY, NULL);
}

/* Mail ---------------------------------------------------------------------- */

static void
test_email_plain (void)
{
  static const char message[] =
    "From: Kira Varga <kira@example.org>\r\n"
    "To: desk@example.org\r\n"
    "Subject: =?UTF-8?Q?Harbour_talks_in_Elvm=C3=B6uth?=\r\n"
    "  =?UTF-8?B?cmVzdW1l?=\r\n"
    "Date: Tue, 5 Mar 2024 14:03:00 +0100\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Negotiators met again on Tuesday. The talks went on until=\r\n"
    " late in the evening, caf=C3=A9 owners said.\r\n";
  g_autoptr(DlArticle) article = import_ok ("talks.eml", message, -1);

  g_assert_cmpstr (dl_article_get_title (article), ==, "Harbour talks in Elvmöuthresume");
  g_assert_cmpstr (dl_article_get_text (article), ==,
                   "Negotiators met again on Tuesday. The talks went on until late in "
                   "the evening, café owners said.");
  assert_dct (article, "2024-03-05T13:03:00Z", DL_DCT_SOURCE_META);
  import_assert_word_at (article, "owners");
}

static void
test_email_multipart (void)
{
  /* "Caf\xe9 prices rose." in Windows-1252, base64 */
  static const char alternative[] =
    "From: desk@example.org\n"
    "Subject: Prices\n"
    "Date: 6 Mar 2024 09:00 GMT\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/alternative; boundary=\"outer-b\"\n"
    "\n"
    "This is a multi-part message.\n"
    "--outer-b\n"
    "Content-Type: text/html; charset=utf-8\n"
    "\n"
    "<html><body><p>HTML version</p></body></html>\n"
    "--outer-b\n"
    "Content-Type: text/plain; charset=windows-1252\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "Q2Fm6SBwcmljZXMgcm9zZS4=\n"
    "--outer-b--\n";
  static const char html_only[] =
    "From: desk@example.org\n"
    "Subject: Nested\n"
    "Content-Type: multipart/mixed; boundary=mixed\n"
    "\n"
    "--mixed\n"
    "Content-Type: multipart/alternative; boundary=inner\n"
    "\n"
    "--inner\n"
    "Content-Type: text/html; charset=us-ascii\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "<html><body><nav>Menu</nav><article><p>The ferry resumed service=\n"
    " on Friday.</p></article></body></html>\n"
    "--inner--\n"
    "--mixed\n"
    "Content-Type: application/pdf\n"
    "Content-Transfer-Encoding: base64\n"
    "\n"
    "JVBERi0xLjQK\n"
    "--mixed--\n";
  g_autoptr(DlArticle) plain = import_ok ("prices.eml", alternative, -1);
  g_autoptr(DlArticle) html = import_ok ("nested.eml", html_only, -1);

  g_assert_cmpstr (dl_article_get_text (plain), ==, "Café prices rose.");
  g_assert_cmpstr (dl_article_get_title (plain), ==, "Prices");
  assert_dct (plain, "2024-03-06T09:00:00Z", DL_DCT_SOURCE_META);
  g_assert_cmpstr (dl_article_get_text (html), ==, "The ferry resumed service on Friday.");
}

static void
test_email_dates (void)
{
  static const struct
  {
    const char *date;
    const char *expected;
  } cases[] = {
    { "Tue, 05 Mar 24 14:03:00 -0500", "2024-03-05T19:03:00Z" },
    { "5 Mar 2024 14:03 GMT", "2024-03-05T14:03:00Z" },
    { "Tue, 5 Mar 2024 23:30:00 -0100 (XYZ)", "2024-03-06T00:30:00Z" },
    { "Sat, 1 Jun 2019 00:00:00 +0000", "2019-06-01" },
    { "Mon, 31 Feb 2024 10:00:00 +0000", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = g_strdup_printf ("Subject: Dated\nDate: %s\n\nBody text.\n", cases[i].date);
      g_autoptr(DlArticle) article = import_ok ("dated.eml", message, -1);
      g_autofree char *dct = dl_article_dup_dct_string (article);

      g_assert_cmpstr (dct, ==, cases[i].expected);
    }
}

static void
test_email_errors (void)
{
  import_assert_error ("nobody.eml", "From: a@example.org\nSubject: Empty\n\n  \n", -1,
                       DL_IMPORT_ERROR_EMPTY, "body");
  import_assert_error ("attached.eml",
                       "Subject: Only a file\nContent-Type: multipart/mixed; boundary=b\n\n"
                       "--b\nContent-Type: image/png\n\nxxxx\n--b--\n", -1,
                       DL_IMPORT_ERROR_EMPTY, "body");
  import_assert_error ("notmail.eml", "Just some words\nwithout any header.\n", -1,
                       DL_IMPORT_ERROR_MALFORMED, "mail");
  import_assert_error ("binary.eml", png_bytes, sizeof png_bytes - 1, DL_IMPORT_ERROR_MALFORMED, NULL);
}

/* JSON Lines ------------------------------------------------------------------ */

static const char dump[] =
  "\xef\xbb\xbf{\"title\": \"Port reopens\", \"text\": \"The port of Elvmouth reopened on Wednesday.\", "
  "\"date_publish\": \"2024-03-06 08:00:00\", \"url\": \"https://example.org/a\"}\n"
  "{\"title\": \"Broken\", \"text\": \n"
  "{\"title\": \"No text here\", \"url\": \"https://example.org/c\"}\n"
  "\n"
  "[1, 2, 3]\n"
  "{\"headline\": \"Second day\", \"maintext\": \"Talks resumed on Thursday morning.\", "
  "\"published\": \"2024-03-07T09:30:00+01:00\"}";

static void
test_jsonl_dump (void)
{
  g_autoptr(GFile) file = import_write_file ("dump.jsonl", dump, -1);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *first_path = g_strconcat (path, "#1", NULL);
  g_autofree char *last_path = g_strconcat (path, "#6", NULL);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const bad_lines[] = { "line 2", "line 3", "line 5" };
  DlArticle *first, *last;

  articles = dl_import_file_articles (file, path, errors, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 2);
  first = g_ptr_array_index (articles, 0);
  last = g_ptr_array_index (articles, 1);
  g_assert_cmpstr (dl_article_get_path (first), ==, first_path);
  g_assert_cmpstr (dl_article_get_display_name (first), ==, "dump.jsonl#1");
  g_assert_cmpstr (dl_article_get_path (last), ==, last_path);
  g_assert_cmpstr (dl_article_get_title (first), ==, "Port reopens");
  g_assert_cmpstr (dl_article_get_text (first), ==, "The port of Elvmouth reopened on Wednesday.");
  assert_dct (first, "2024-03-06T08:00:00Z", DL_DCT_SOURCE_META);
  g_assert_cmpstr (dl_article_get_title (last), ==, "Second day");
  assert_dct (last, "2024-03-07T08:30:00Z", DL_DCT_SOURCE_META);

  g_assert_cmpuint (errors->len, ==, G_N_ELEMENTS (bad_lines));
  for (guint i = 0; i < errors->len; i++)
    {
      GError *line_error = g_ptr_array_index (errors, i);

      g_assert_true (line_error->domain == DL_IMPORT_ERROR);
      g_assert_nonnull (strstr (line_error->message, "“dump.jsonl”"));
      g_assert_nonnull (strstr (line_error->message, bad_lines[i]));
    }
}

static void
test_jsonl_single (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (dump, sizeof dump - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) first = dl_import_bytes ("news.ndjson", bytes, &error);

  /* Who asks for one article gets the first */
  g_assert_no_error (error);
  g_assert_cmpstr (dl_article_get_path (first), ==, "news.ndjson#1");
}

static void
test_jsonl_errors (void)
{
  import_assert_error ("bad.jsonl", "{\"text\": 1}\nnot json\n", -1, DL_IMPORT_ERROR_MALFORMED, "2 lines");
  import_assert_error ("one.jsonl", "{oops}\n", -1, DL_IMPORT_ERROR_MALFORMED, "line 1");
  import_assert_error ("blank.jsonl", "\n\n  \n", -1, DL_IMPORT_ERROR_EMPTY, NULL);
  import_assert_error ("deep.jsonl", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]\n",
                       -1, DL_IMPORT_ERROR_MALFORMED, "line 1");
}

/* Escapes that pair are read; what the JSON parser would leak memory
 * on (a broken surrogate pair, a second value on the line) is a bad
 * line like any other */
static void
test_jsonl_escapes (void)
{
  static const char lines[] =
    "{\"text\": \"A smile \\ud83d\\ude00 and \\u00e9 and \\\\ud83d\\u0041.\"}\n"
    "{\"text\": \"Broken \\ud83d\\u0041 pair\"}\n"
    "{\"text\": \"Low first \\udd83\\ude00\"}\n"
    "{\"text\": \"One\"}{\"text\": \"Two\"}\n"
    "\"A string\" [1]\n";
  g_autoptr(GFile) file = import_write_file ("escapes.jsonl", lines, -1);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;

  articles = dl_import_file_articles (file, NULL, errors, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpstr (dl_article_get_text (g_ptr_array_index (articles, 0)), ==,
                   "A smile 😀 and é and \\ud83dA.");
  g_assert_cmpuint (errors->len, ==, 4);
  for (guint i = 0; i < errors->len; i++)
    {
      GError *line_error = g_ptr_array_index (errors, i);
      g_autofree char *says = g_strdup_printf ("“escapes.jsonl”, line %u: not valid JSON", i + 2);

      g_assert_error (line_error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED);
      g_assert_cmpstr (line_error->message, ==, says);
    }
}

/* A line longer than an article may be is skipped, not held whole */
static void
test_jsonl_long_line (void)
{
  gsize long_length = DL_IMPORT_MAX_SIZE + 1024;
  g_autofree char *data = g_malloc (long_length + 200);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  GError *line_error;
  int n;

  memcpy (data, "{\"text\": \"", 10);
  memset (data + 10, 'a', long_length - 10);
  n = g_snprintf (data + long_length, 200, "\"}\n{\"text\": \"Short and fine.\"}\n");
  file = import_write_file ("long.jsonl", data, long_length + n);

  articles = dl_import_file_articles (file, NULL, errors, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpstr (dl_article_get_text (g_ptr_array_index (articles, 0)), ==, "Short and fine.");
  g_assert_cmpstr (dl_article_get_display_name (g_ptr_array_index (articles, 0)), ==, "long.jsonl#2");
  g_assert_cmpuint (errors->len, ==, 1);
  line_error = g_ptr_array_index (errors, 0);
  g_assert_error (line_error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (line_error->message, "line 1"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/markdown/strip", test_markdown_strip);
  g_test_add_func ("/import/markdown/titles", test_markdown_titles);
  g_test_add_func ("/import/markdown/errors", test_markdown_errors);
  g_test_add_func ("/import/email/plain", test_email_plain);
  g_test_add_func ("/import/email/multipart", test_email_multipart);
  g_test_add_func ("/import/email/dates", test_email_dates);
  g_test_add_func ("/import/email/errors", test_email_errors);
  g_test_add_func ("/import/jsonl/dump", test_jsonl_dump);
  g_test_add_func ("/import/jsonl/single", test_jsonl_single);
  g_test_add_func ("/import/jsonl/errors", test_jsonl_errors);
  g_test_add_func ("/import/jsonl/escapes", test_jsonl_escapes);
  g_test_add_func ("/import/jsonl/long-line", test_jsonl_long_line);

  return import_run_tests ();
}
