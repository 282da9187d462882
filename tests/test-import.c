/* test-import.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "dl-article.h"
#include "dl-import.h"
#include "dl-timex.h"
#include "import-fixture.h"

static void
assert_import_error (GFile *file,
                     int    code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) article = dl_import_file (file, NULL, &error);
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *quoted = g_strdup_printf ("“%s”", base);

  g_assert_null (article);
  g_assert_error (error, DL_IMPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, quoted));
}

static DlArticle *
import_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "import", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DlArticle *article = dl_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  g_assert_cmpstr (dl_article_get_path (article), ==, path);
  return article;
}

static void
assert_dct (DlArticle   *article,
            const char  *expected,
            DlDctSource  source)
{
  g_autofree char *iso = NULL;

  g_assert_nonnull (dl_article_get_dct (article));
  iso = g_date_time_format_iso8601 (dl_article_get_dct (article));
  g_assert_cmpstr (iso, ==, expected);
  g_assert_cmpint (dl_article_get_dct_source (article), ==, source);
}

static void
test_text_utf8_bom (void)
{
  g_autoptr(DlArticle) article = import_ok ("bom.txt", "\xef\xbb\xbf" "Caf\xc3\xa9 news\nBody.\n", -1);

  g_assert_cmpstr (dl_article_get_text (article), ==, "Café news\nBody.\n");
  g_assert_cmpstr (dl_article_get_title (article), ==, "Café news");
}

static void
test_text_utf16 (void)
{
  /* "Zürich\r\n" in UTF-16, little and big endian, with BOMs */
  static const char le[] = "\xff\xfeZ\0\xfc\0r\0i\0c\0h\0\r\0\n\0";
  static const char be[] = "\xfe\xff\0Z\0\xfc\0r\0i\0c\0h\0\r\0\n";
  g_autoptr(DlArticle) article_le = import_ok ("le.txt", le, sizeof le - 1);
  g_autoptr(DlArticle) article_be = import_ok ("be.txt", be, sizeof be - 1);

  g_assert_cmpstr (dl_article_get_text (article_le), ==, "Zürich\n");
  g_assert_cmpstr (dl_article_get_text (article_be), ==, "Zürich\n");
}

static void
test_text_windows_1252 (void)
{
  /* é, curly quotes and the euro sign as Windows-1252 bytes */
  static const char data[] = "Caf\xe9 prices rose\n\x93Too much,\x94 said one, paying 4 \x80.\n";
  g_autoptr(DlArticle) article = import_ok ("cp1252.txt", data, -1);

  g_assert_cmpstr (dl_article_get_text (article), ==,
                   "Café prices rose\n“Too much,” said one, paying 4 €.\n");
}

static void
test_text_line_ends (void)
{
  g_autoptr(DlArticle) article = import_ok ("crlf.txt", "One\r\nTwo\rThree\r\n\r\nFour\x01\x7f\tend", -1);

  g_assert_cmpstr (dl_article_get_text (article), ==, "One\nTwo\nThree\n\nFour\tend");
}

static void
test_text_nfc (void)
{
  /* e + combining acute becomes the single code point é */
  g_autoptr(DlArticle) article = import_ok ("nfd.txt", "Cafe\xcc\x81 opens", -1);

  g_assert_cmpstr (dl_article_get_text (article), ==, "Caf\xc3\xa9 opens");
}

static void
test_text_nfc_after_quotes (void)
{
  /* Curly quotes and dashes need no normalisation, but they must not
   * hide a combining mark further on, nor the Ohm sign, which NFC makes
   * the Greek omega */
  g_autoptr(DlArticle) quoted = import_ok ("quoted.txt", "\xe2\x80\x9c" "Cafe\xcc\x81\xe2\x80\x9d \xe2\x80\x94 opens", -1);
  g_autoptr(DlArticle) ohm = import_ok ("ohm.txt", "\xe2\x80\x98" "10 k\xe2\x84\xa6\xe2\x80\x99", -1);
  g_autoptr(DlArticle) inert = import_ok ("inert.txt", "\xe2\x80\x9cNo\xe2\x80\x9d \xe2\x80\x93 \xe2\x82\xac" "5", -1);

  g_assert_cmpstr (dl_article_get_text (quoted), ==, "\xe2\x80\x9c" "Caf\xc3\xa9\xe2\x80\x9d \xe2\x80\x94 opens");
  g_assert_cmpstr (dl_article_get_text (ohm), ==, "\xe2\x80\x98" "10 k\xce\xa9\xe2\x80\x99");
  g_assert_cmpstr (dl_article_get_text (inert), ==, "\xe2\x80\x9cNo\xe2\x80\x9d \xe2\x80\x93 \xe2\x82\xac" "5");
}

static void
test_text_title (void)
{
  static const struct
  {
    const char *text;
    const char *title;
  } cases[] = {
    { "Storm closes port\n\nThe port closed.", "Storm closes port" },
    { "\n\n   Spaced   title  \nBody", "Spaced title" },
    { "# Markdown heading\nBody", "Markdown heading" },
  };
  g_autoptr(GString) paragraph = g_string_new ("The harbour master closed the port at dawn. ");
  g_autoptr(GString) run_on = g_string_new (NULL);
  g_autofree char *long_word = g_strnfill (250, 'x');
  g_autoptr(DlArticle) word_article = import_ok ("long-title.txt", long_word, -1);
  g_autoptr(DlArticle) paragraph_article = NULL;
  g_autoptr(DlArticle) run_on_article = NULL;
  const char *title;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DlArticle) article = import_ok ("title.txt", cases[i].text, -1);

      g_assert_cmpstr (dl_article_get_title (article), ==, cases[i].title);
    }

  /* A first line that is a paragraph: its first sentence when short... */
  for (int i = 0; i < 10; i++)
    g_string_append (paragraph, "Ships waited outside while the wind kept rising. ");
  paragraph_article = import_ok ("paragraph.txt", paragraph->str, -1);
  g_assert_cmpstr (dl_article_get_title (paragraph_article), ==,
                   "The harbour master closed the port at dawn");

  /* ...else its first words, cut at a space, with an ellipsis */
  for (int i = 0; i < 30; i++)
    g_string_append (run_on, "ships waited and ");
  run_on_article = import_ok ("run-on.txt", run_on->str, -1);
  title = dl_article_get_title (run_on_article);
  g_assert_true (g_str_has_prefix (title, "ships waited and ships"));
  g_assert_true (g_str_has_suffix (title, "…"));
  g_assert_cmpuint (g_utf8_strlen (title, -1), <=, 91);
  g_assert_false (g_str_has_suffix (title, " …"));

  /* One endless word is cut where it must be */
  g_assert_cmpuint (g_utf8_strlen (dl_article_get_title (word_article), -1), ==, 91);
}

static void
test_text_dct_from_text (void)
{
  static const char text[] = "Port Elwin, 7 July 2017 - The bridge reopened today.\n";
  g_autoptr(DlArticle) article = import_ok ("dated.txt", text, -1);
  g_autoptr(GDateTime) expected = NULL;
  DlSpan where;

  /* The importer dates the article exactly as the temporal tagger does */
  if (dl_timex_find_dct (text, strlen (text), &expected, &where) && expected != NULL)
    {
      g_assert_nonnull (dl_article_get_dct (article));
      g_assert_true (g_date_time_equal (dl_article_get_dct (article), expected));
      g_assert_cmpint (dl_article_get_dct_source (article), ==, DL_DCT_SOURCE_TEXT);
    }
  else
    {
      g_assert_null (dl_article_get_dct (article));
      g_assert_cmpint (dl_article_get_dct_source (article), ==, DL_DCT_SOURCE_NONE);
    }
}

static void
test_error_empty (void)
{
  g_autoptr(GFile) empty = import_write_file ("empty.txt", "", 0);
  g_autoptr(GFile) blank = import_write_file ("blank.txt", " \n\t\r\n  \xc2\xa0\n", -1);
  g_autoptr(GFile) blank_html = import_write_file ("blank.html", "<html><body><script>x()</script> </body></html>", -1);

  assert_import_error (empty, DL_IMPORT_ERROR_EMPTY);
  assert_import_error (blank, DL_IMPORT_ERROR_EMPTY);
  assert_import_error (blank_html, DL_IMPORT_ERROR_EMPTY);
}

static void
test_error_binary (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  static const char pdf[] = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
  static const char control[] = "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" "abcdefghij";
  g_autoptr(GFile) png_file = import_write_file ("photo.png", png, sizeof png - 1);
  g_autoptr(GFile) disguised = import_write_file ("photo.txt", png, sizeof png - 1);
  g_autoptr(GFile) pdf_file = import_write_file ("report.pdf", pdf, sizeof pdf - 1);
  g_autoptr(GFile) control_file = import_write_file ("control.txt", control, sizeof control - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) article = NULL;

  assert_import_error (png_file, DL_IMPORT_ERROR_BINARY);
  assert_import_error (disguised, DL_IMPORT_ERROR_BINARY);
  assert_import_error (control_file, DL_IMPORT_ERROR_BINARY);

  /* A PDF goes to the PDF reader, which finds this one broken (or, in
   * a build without PDF support, says so) */
  article = dl_import_file (pdf_file, NULL, &error);
  g_assert_null (article);
  g_assert_true (g_error_matches (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED)
                 || g_error_matches (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_UNSUPPORTED));
  g_assert_nonnull (strstr (error->message, "“report.pdf”"));
  g_assert_nonnull (strstr (error->message, "PDF"));
}

static void
test_error_encoding (void)
{
  /* Stray high bytes in runs, not Western text and not UTF-8 */
  static const char junk[] = "\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xf8\xa1\xa1\xa1\xa1"
                             "ab\xfc\xa1\xa1\xa1\xa1\xa1\xfe\xfe\xff\xff cd";
  g_autoptr(GFile) file = import_write_file ("junk.txt", junk, sizeof junk - 1);

  assert_import_error (file, DL_IMPORT_ERROR_ENCODING);
}

static void
test_error_missing (void)
{
  g_autofree char *path = g_build_filename (import_tmp_dir, "no-such-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  assert_import_error (file, DL_IMPORT_ERROR_NOT_FOUND);
}

static void
test_error_folder (void)
{
  g_autoptr(GFile) inside = import_write_file ("a-folder/inside.txt", "text", -1);
  g_autoptr(GFile) folder = g_file_get_parent (inside);

  assert_import_error (folder, DL_IMPORT_ERROR_UNSUPPORTED);
}

static void
test_error_permission (void)
{
  g_autoptr(GFile) file = import_write_file ("secret.txt", "Secret text", -1);
  g_autofree char *path = g_file_get_path (file);

  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  if (access (path, R_OK) == 0)
    {
      g_test_skip ("permissions are not enforced for this user");
      return;
    }
  assert_import_error (file, DL_IMPORT_ERROR_READ);
}

static void
test_error_too_large (void)
{
  g_autofree char *path = g_build_filename (import_tmp_dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) article = NULL;
  gint64 start;

  /* 50 MB without writing 50 MB: a sparse file */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (stream), 50 * 1000 * 1000, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  assert_import_error (file, DL_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);

  /* The message gives the size and the limit, as g_format_size() does */
  article = dl_import_file (file, NULL, &error);
  g_assert_nonnull (strstr (error->message, "50.0"));
  g_assert_nonnull (strstr (error->message, "33.6"));
}

static void
test_html_main_text (void)
{
  g_autoptr(DlArticle) article = import_fixture ("article.html");
  const char *text = dl_article_get_text (article);

  g_assert_null (strstr (text, "MUST-NOT-APPEAR"));
  g_assert_null (strstr (text, "  "));
  g_assert_null (strstr (text, "\n\n\n"));
  g_assert_true (g_str_has_prefix (text, "The harbour bridge in Port Elwin reopened to traffic on Saturday morning, "));
  g_assert_nonnull (strstr (text, "cables.\n\nMayor Ilse Brandvold cut the ribbon at nine o’clock, "
                                  "and the first buses crossed shortly after.\n\n"));
  g_assert_nonnull (strstr (text, "41 million euros, the council said."));
  g_assert_true (g_str_has_suffix (text, "First item\n\nSecond item"));
}

static void
test_html_titles (void)
{
  g_autoptr(DlArticle) og = import_fixture ("article.html");
  g_autoptr(DlArticle) title = import_fixture ("json-ld.html");
  g_autoptr(DlArticle) h1 = import_fixture ("time.html");

  g_assert_cmpstr (dl_article_get_title (og), ==, "Harbour bridge reopens after two years of repairs");
  g_assert_cmpstr (dl_article_get_title (title), ==, "Council approves the river park budget");
  g_assert_cmpstr (dl_article_get_title (h1), ==, "Glacier survey finds record melt");
}

static void
test_html_dates (void)
{
  g_autoptr(DlArticle) meta = import_fixture ("article.html");
  g_autoptr(DlArticle) json_ld = import_fixture ("json-ld.html");
  g_autoptr(DlArticle) time = import_fixture ("time.html");

  /* article:published_time wins over the vaguer "date" */
  assert_dct (meta, "2021-03-14T08:30:00Z", DL_DCT_SOURCE_META);
  assert_dct (json_ld, "2019-11-02T00:00:00Z", DL_DCT_SOURCE_META);
  /* The <time> in the article's header, not the one in the sidebar */
  assert_dct (time, "2018-05-20T14:00:00Z", DL_DCT_SOURCE_META);
}

static void
test_html_fallbacks (void)
{
  g_autoptr(DlArticle) json_ld = import_fixture ("json-ld.html");
  g_autoptr(DlArticle) time = import_fixture ("time.html");

  /* Without <article> or <main>: the body, less its newsletter box */
  g_assert_cmpstr (dl_article_get_text (json_ld), ==,
                   "The town council of Riverside approved the budget for the new river park "
                   "on Friday evening by nine votes to four.\n\n"
                   "Work on the park is to begin in the spring.");
  /* <pre> keeps its lines */
  g_assert_nonnull (strstr (dl_article_get_text (time), "Year Loss\n2017 1.2 m\n2018 2.9 m"));
}

static void
test_html_charset (void)
{
  static const char page[] =
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
    "<title>Caf\xe9 reopens</title></head><body><p>The caf\xe9 in M\xfcnster reopened.</p></body></html>";
  static const char stale[] =
    "<html><head><meta charset=\"windows-1251\"></head><body><p>Caf\xc3\xa9 in M\xc3\xbcnster</p></body></html>";
  g_autoptr(DlArticle) article = import_ok ("latin1.htm", page, -1);
  g_autoptr(DlArticle) converted = import_ok ("stale.html", stale, -1);

  g_assert_cmpstr (dl_article_get_title (article), ==, "Café reopens");
  g_assert_cmpstr (dl_article_get_text (article), ==, "The café in Münster reopened.");
  /* Valid UTF-8 wins over a declaration left over from before */
  g_assert_cmpstr (dl_article_get_text (converted), ==, "Café in Münster");
}

static void
test_html_meta_dates (void)
{
  static const struct
  {
    const char *value;
    const char *expected;
  } cases[] = {
    { "2017-07-07", "2017-07-07T00:00:00Z" },
    { "  2017-07-07  ", "2017-07-07T00:00:00Z" },
    { "2017/07/07", "2017-07-07T00:00:00Z" },
    { "2017-07-07T10:00:00Z", "2017-07-07T10:00:00Z" },
    { "2017-07-07T10:00:00+02:00", "2017-07-07T08:00:00Z" },
    { "2017-07-07T10:00:00.000-0500", "2017-07-07T15:00:00Z" },
    { "2017-07-07T10:00", "2017-07-07T10:00:00Z" },
    { "2017-07-07 10:00:00", "2017-07-07T10:00:00Z" },
    { "2017-07-07T99:99:99", "2017-07-07T00:00:00Z" },
    { "2017-13-45", NULL },
    { "July 2017", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = g_strdup_printf ("<html><head><meta name=\"date\" content=\"%s\">"
                                               "</head><body><p>Text</p></body></html>",
                                               cases[i].value);
      g_autoptr(DlArticle) article = import_ok ("dated.html", page, -1);

      if (cases[i].expected != NULL)
        assert_dct (article, cases[i].expected, DL_DCT_SOURCE_META);
      else
        g_assert_cmpint (dl_article_get_dct_source (article), !=, DL_DCT_SOURCE_META);
    }
}

/* The longest <article> among teasers; a class that would hide the
 * whole page is ignored */
static void
test_html_content_root (void)
{
  g_autoptr(GString) teasers = g_string_new ("<html><body><main><article><p>Teaser one</p></article>"
                                             "<article><p>");
  g_autoptr(GString) wrapped = g_string_new ("<html><body><div class=\"content has-sidebar\"><p>");
  g_autoptr(DlArticle) teasers_article = NULL;
  g_autoptr(DlArticle) wrapped_article = NULL;

  for (guint i = 0; i < 20; i++)
    {
      g_string_append (teasers, "The main story. ");
      g_string_append (wrapped, "The wrapped story. ");
    }
  g_string_append (teasers, "</p></article><article><p>Teaser two</p></article></main></body></html>");
  g_string_append (wrapped, "</p></div></body></html>");

  teasers_article = import_ok ("teasers.html", teasers->str, -1);
  wrapped_article = import_ok ("wrapped.html", wrapped->str, -1);
  g_assert_true (g_str_has_prefix (dl_article_get_text (teasers_article), "The main story. The main story."));
  g_assert_null (strstr (dl_article_get_text (teasers_article), "Teaser"));
  g_assert_true (g_str_has_prefix (dl_article_get_text (wrapped_article), "The wrapped story."));
}

static void
test_path (void)
{
  g_autoptr(GFile) file = import_write_file ("given.txt", "Given text", -1);
  g_autofree char *absolute = g_file_get_path (file);
  g_autoptr(DlArticle) plain = dl_import_file (file, NULL, NULL);
  g_autoptr(DlArticle) given = dl_import_file_with_path (file, "some/given.txt", NULL, NULL);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent-dateline-folder/x.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) none = dl_import_file_with_path (missing, "lost.txt", NULL, &error);

  g_assert_cmpstr (dl_article_get_path (plain), ==, absolute);
  g_assert_cmpstr (dl_article_get_path (given), ==, "some/given.txt");
  g_assert_cmpstr (dl_article_get_display_name (given), ==, "given.txt");
  /* Messages name the file as the caller gave it */
  g_assert_null (none);
  g_assert_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“lost.txt”"));
}

/* Something that reports no size and never ends still stops at the limit */
static void
test_error_endless (void)
{
  g_autofree char *link = g_build_filename (import_tmp_dir, "endless.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no endless device to read");
      return;
    }
  g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);
  assert_import_error (file, DL_IMPORT_ERROR_TOO_LARGE);
}

static void
test_bytes (void)
{
  static const char page[] = "\n<!DOCTYPE html><html><head><title>From a pipe</title></head>"
                             "<body><p>Piped <em>page</em>.</p></body></html>";
  g_autoptr(GBytes) html_bytes = g_bytes_new_static (page, sizeof page - 1);
  g_autoptr(GBytes) text_bytes = g_bytes_new_static ("Plain <b>text</b>\n", 18);
  g_autoptr(GBytes) no_bytes = g_bytes_new_static ("", 0);
  g_autoptr(DlArticle) html = dl_import_bytes (NULL, html_bytes, NULL);
  g_autoptr(DlArticle) text = dl_import_bytes ("-", text_bytes, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) none = dl_import_bytes ("-", no_bytes, &error);

  g_assert_cmpstr (dl_article_get_title (html), ==, "From a pipe");
  g_assert_cmpstr (dl_article_get_text (html), ==, "Piped page.");
  g_assert_cmpstr (dl_article_get_text (text), ==, "Plain <b>text</b>\n");
  g_assert_null (none);
  g_assert_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_EMPTY);
}

static void
test_supported (void)
{
  static const struct
  {
    const char *name;
    gboolean supported;
  } cases[] = {
    { "a.txt", TRUE }, { "a.TEXT", TRUE }, { "notes.md", TRUE }, { "page.html", TRUE },
    { "page.HTM", TRUE }, { "page.xhtml", TRUE }, { "README", TRUE },
    { "report.pdf", TRUE }, { "book.EPUB", TRUE }, { "mail.eml", TRUE },
    { "dump.jsonl", TRUE }, { "dump.ndjson", TRUE }, { "notes.markdown", TRUE },
    { "photo.png", FALSE }, { "data.json", FALSE }, { "archive.tar.gz", FALSE },
    { "archive.zip", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (import_tmp_dir, cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_cmpint (dl_import_is_supported (file), ==, cases[i].supported);
    }
}

static char *
relative_path (GFile *file)
{
  g_autoptr(GFile) root = g_file_new_for_path (import_tmp_dir);

  return g_file_get_relative_path (root, file);
}

static void
test_collect (void)
{
  const char *names[] = {
    "walk/b.txt", "walk/a.html", "walk/sub/c.md", "walk/.hidden.txt",
    "walk/.git/config.txt", "walk/photo.png", "walk/backup.txt~", "walk/sub/README",
  };
  const char *expected[] = {
    "walk/a.html", "walk/b.txt", "walk/sub/README", "walk/sub/c.md", "loose.pdf",
  };
  g_autofree char *loop_target = g_build_filename (import_tmp_dir, "walk", NULL);
  g_autofree char *loop_link = g_build_filename (import_tmp_dir, "walk", "sub", "loop", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (loop_target);
  g_autoptr(GFile) loose = import_write_file ("loose.pdf", "%PDF-1.4", -1);
  g_autoptr(GPtrArray) found = NULL;
  GFile *given[3];

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (import_write_file (names[i], "text", -1));
  /* A link back to the top must not make the walk go round */
  g_assert_cmpint (symlink (loop_target, loop_link), ==, 0);

  given[0] = folder;
  given[1] = loose;
  given[2] = folder;
  found = dl_import_collect_files (given, G_N_ELEMENTS (given), NULL);
  g_assert_cmpuint (found->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < found->len; i++)
    {
      g_autofree char *relative = relative_path (g_ptr_array_index (found, i));

      g_assert_cmpstr (relative, ==, expected[i]);
    }
}

/* Deep nesting must neither crash nor hang */
static void
test_robust_deep (void)
{
  GString *deep = g_string_new ("<html><body>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) article = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, "Deep text</div></body></html>");
  bytes = g_bytes_new_take (deep->str, deep->len);
  g_string_free (deep, FALSE);

  article = dl_import_bytes ("deep.html", bytes, &error);
  g_assert_true ((article != NULL) != (error != NULL));
  g_assert_true (article != NULL || error->domain == DL_IMPORT_ERROR);
}

static GBytes *
random_input (GRand *rand,
              guint  i)
{
  static const char *const pieces[] = {
    "<p>", "</p>", "<div", ">", "<script>", "&amp", "\xc3", "\xa9", "<meta ", "charset=",
    "\r", "{\"@graph\":[", "<!--", "word ", "<article>", "<time datetime=\"",
  };
  GString *data = g_string_new (i % 2 ? "<html>" : "");
  guint n = g_rand_int_range (rand, 0, 200);
  gsize length;

  for (guint j = 0; j < n; j++)
    {
      if (g_rand_boolean (rand))
        g_string_append (data, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      else
        g_string_append_c (data, (char) g_rand_int_range (rand, 1, 256));
    }
  length = data->len;
  return g_bytes_new_take (g_string_free (data, FALSE), length);
}

/* Random bytes and mangled markup: an article with valid text, or an
 * import error, and nothing else */
static void
test_robust_fuzz (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);

  for (guint i = 0; i < 500; i++)
    {
      g_autoptr(GBytes) bytes = random_input (rand, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(DlArticle) article = NULL;

      article = dl_import_bytes (i % 3 ? "fuzz.html" : "fuzz.txt", bytes, &error);
      g_assert_true ((article != NULL) != (error != NULL));
      if (error != NULL)
        g_assert_true (error->domain == DL_IMPORT_ERROR);
      else
        g_assert_true (g_utf8_validate (dl_article_get_text (article), -1, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/text/utf8-bom", test_text_utf8_bom);
  g_test_add_func ("/import/text/utf16", test_text_utf16);
  g_test_add_func ("/import/text/windows-1252", test_text_windows_1252);
  g_test_add_func ("/import/text/line-ends", test_text_line_ends);
  g_test_add_func ("/import/text/nfc", test_text_nfc);
  g_test_add_func ("/import/text/nfc-after-quotes", test_text_nfc_after_quotes);
  g_test_add_func ("/import/text/title", test_text_title);
  g_test_add_func ("/import/text/dct", test_text_dct_from_text);
  g_test_add_func ("/import/error/empty", test_error_empty);
  g_test_add_func ("/import/error/binary", test_error_binary);
  g_test_add_func ("/import/error/encoding", test_error_encoding);
  g_test_add_func ("/import/error/missing", test_error_missing);
  g_test_add_func ("/import/error/folder", test_error_folder);
  g_test_add_func ("/import/error/permission", test_error_permission);
  g_test_add_func ("/import/error/too-large", test_error_too_large);
  g_test_add_func ("/import/error/endless", test_error_endless);
  g_test_add_func ("/import/html/main-text", test_html_main_text);
  g_test_add_func ("/import/html/titles", test_html_titles);
  g_test_add_func ("/import/html/dates", test_html_dates);
  g_test_add_func ("/import/html/fallbacks", test_html_fallbacks);
  g_test_add_func ("/import/html/charset", test_html_charset);
  g_test_add_func ("/import/html/meta-dates", test_html_meta_dates);
  g_test_add_func ("/import/html/content-root", test_html_content_root);
  g_test_add_func ("/import/path", test_path);
  g_test_add_func ("/import/bytes", test_bytes);
  g_test_add_func ("/import/supported", test_supported);
  g_test_add_func ("/import/collect", test_collect);
  g_test_add_func ("/import/robust/deep", test_robust_deep);
  g_test_add_func ("/import/robust/fuzz", test_robust_fuzz);

  return import_run_tests ();
}
