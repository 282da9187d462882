/* test-import-bad.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bad input: each bad file gives an error of its own kind whose message
 * names the file and the reason, while the good files beside it in the
 * same folder load, as they do when the window opens the folder; huge
 * files are refused before they are read, and memory stays bounded.
 */
#include "config.h"

#include <unistd.h>

#include "import-documents-fixture.h"

/* libxml2 stops at 256 levels; this is far past that */
#define N_NESTED 100000
#define MIB (1024 * 1024)
/* Between a size and its unit, as g_format_size() writes them */
#define NBSP "\xc2\xa0"

static const char good_text[] =
  "Ferry service resumes\n\nThe ferry between Elvmouth and Lund sailed again on Monday.\n";
static const char good_page[] =
  "<html><head><title>Bridge reopens</title></head>"
  "<body><p>The bridge in Port Elwin reopened on Saturday.</p></body></html>";

typedef struct
{
  GPtrArray *loaded;   /* the display names of the articles read */
  GPtrArray *errors;   /* GError */
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->loaded, g_ptr_array_unref);
  g_clear_pointer (&outcome->errors, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Outcome, outcome_clear)

/* As the window opens what the user chose: the files the folders hold,
 * each read on its own, a failure kept for the user and the others read */
static void
import_roots (GFile   **roots,
              guint     n_roots,
              Outcome  *outcome)
{
  g_autoptr(GPtrArray) files = dl_import_collect_files (roots, n_roots, NULL);

  outcome->loaded = g_ptr_array_new_with_free_func (g_free);
  outcome->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GPtrArray) articles = NULL;
      GError *error = NULL;

      articles = dl_import_file_articles (g_ptr_array_index (files, i), NULL, outcome->errors,
                                          NULL, &error);
      if (articles == NULL)
        g_ptr_array_add (outcome->errors, error);
      for (guint j = 0; articles != NULL && j < articles->len; j++)
        g_ptr_array_add (outcome->loaded,
                         g_strdup (dl_article_get_display_name (g_ptr_array_index (articles, j))));
    }
}

static GFile *
folder_file (const char *folder)
{
  g_autofree char *path = g_build_filename (import_tmp_dir, folder, NULL);

  g_assert_cmpint (g_mkdir_with_parents (path, 0755), ==, 0);
  return g_file_new_for_path (path);
}

static GFile *
write_in (const char    *folder,
          const char    *name,
          gconstpointer  data,
          gssize         length)
{
  g_autofree char *relative = g_build_filename (folder, name, NULL);

  return import_write_file (relative, data, length);
}

static void
assert_error (const GError *error,
              int           code,
              const char   *name,
              const char   *says)
{
  g_autofree char *quoted = g_strdup_printf ("“%s”", name);

  g_assert_error (error, DL_IMPORT_ERROR, code);
  if (strstr (error->message, quoted) == NULL || strstr (error->message, says) == NULL)
    g_error ("expected %s and “%s” in the message “%s”", quoted, says, error->message);
}

static void
write_good_files (const char *folder)
{
  g_autoptr(GFile) text = write_in (folder, "good-one.txt", good_text, -1);
  g_autoptr(GFile) page = write_in (folder, "good-two.html", good_page, -1);
}

/* The good files load; the bad one gives the one error, of @code,
 * naming it and saying @says */
static void
assert_outcome (GFile      **roots,
                guint        n_roots,
                const char  *bad_name,
                int          code,
                const char  *says)
{
  g_auto(Outcome) outcome = { NULL, };

  import_roots (roots, n_roots, &outcome);
  g_assert_cmpuint (outcome.errors->len, ==, 1);
  assert_error (g_ptr_array_index (outcome.errors, 0), code, bad_name, says);
  g_assert_cmpuint (outcome.loaded->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (outcome.loaded, 0), ==, "good-one.txt");
  g_assert_cmpstr (g_ptr_array_index (outcome.loaded, 1), ==, "good-two.html");
}

static void
assert_folder (const char *folder,
               const char *bad_name,
               int         code,
               const char *says)
{
  g_autoptr(GFile) root = folder_file (folder);

  write_good_files (folder);
  assert_outcome (&root, 1, bad_name, code, says);
}

static void
test_bad_empty (void)
{
  g_autoptr(GFile) bad = write_in ("empty", "empty.txt", "", 0);

  assert_folder ("empty", "empty.txt", DL_IMPORT_ERROR_EMPTY, "is empty");
}

static void
test_bad_binary (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  static const char noise[] = "\x01\x02\x03\0\x7f\x10\x11\x12\x13\x14\x15 words\x16\x17\x18";
  g_autoptr(GFile) image = write_in ("binary", "photo.txt", png, sizeof png - 1);
  g_autoptr(GFile) data = write_in ("binary-noise", "data.txt", noise, sizeof noise - 1);

  assert_folder ("binary", "photo.txt", DL_IMPORT_ERROR_BINARY, "is an image, not a text file");
  assert_folder ("binary-noise", "data.txt", DL_IMPORT_ERROR_BINARY, "is not a text file");
}

/* A page cut in the middle of a tag still gives what came before */
static void
test_bad_truncated_html (void)
{
  static const char cut[] =
    "<html><body><article><p>The council met on Tuesday in Lund.</p><p>It voted on the harbour "
    "budget</p><div cla";
  g_autoptr(DlArticle) article = import_ok ("cut.html", cut, -1);

  g_assert_cmpstr (dl_article_get_text (article), ==,
                   "The council met on Tuesday in Lund.\n\nIt voted on the harbour budget");
}

static void
test_bad_truncated_pdf (void)
{
  static const char * const page[] = { "The port of Elvmouth closed on Tuesday.", NULL };
  static const char * const *const pages[] = { page };
  g_autoptr(GBytes) pdf = make_pdf (pages, 1, "Port closes", NULL);
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);
  g_autoptr(GFile) bad = write_in ("truncated-pdf", "cut.pdf", data, length / 2);

  assert_folder ("truncated-pdf", "cut.pdf", DL_IMPORT_ERROR_MALFORMED,
                 "is a damaged or incomplete PDF document");
}

static GBytes *
make_epub (const char *chapter,
           gsize       chapter_length,
           guint32     declared)
{
  static const char container[] =
    "<?xml version=\"1.0\"?><container version=\"1.0\" "
    "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
    "<rootfile full-path=\"book.opf\" media-type=\"application/oebps-package+xml\"/>"
    "</rootfiles></container>";
  static const char package[] =
    "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
    "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Harbour</dc:title></metadata>"
    "<manifest><item id=\"one\" href=\"one.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
    "<spine><itemref idref=\"one\"/></spine></package>";
  ZipWriter zip;

  zip_init (&zip);
  zip_add_text (&zip, "mimetype", "application/epub+zip");
  zip_add_text (&zip, "META-INF/container.xml", container);
  zip_add_text (&zip, "book.opf", package);
  zip_add (&zip, "one.xhtml", chapter, chapter_length, TRUE, declared);
  return zip_finish (&zip);
}

static void
test_bad_truncated_epub (void)
{
  static const char chapter[] = "<html><body><p>The port reopened on Friday.</p></body></html>";
  g_autoptr(GBytes) epub = make_epub (chapter, strlen (chapter), 0);
  gsize length;
  const char *data = g_bytes_get_data (epub, &length);
  g_autoptr(GFile) whole = import_write_file ("whole.epub", data, length);
  g_autoptr(DlArticle) article = dl_import_file (whole, NULL, NULL);
  g_autoptr(GFile) bad = write_in ("truncated-epub", "cut.epub", data, length - 30);

  /* The book was good before it was cut */
  g_assert_nonnull (article);
  assert_folder ("truncated-epub", "cut.epub", DL_IMPORT_ERROR_MALFORMED,
                 "is damaged or incomplete: its ZIP archive cannot be read");
}

/* Invalid UTF-8 that is neither UTF-16 nor Windows-1252 (bytes that
 * code page leaves undefined, in long runs) is refused rather than
 * guessed at: a wrong guess would fill the timeline with mojibake
 * names. (UTF-8 with a few damaged bytes is read, the damage marked.) */
static void
test_bad_encoding (void)
{
  static const char junk[] = "Talks \x81\x8d\x8f\x90\x9d\xc3\x28\xa0\xa1 in \xe2\x28\xa1\xf0\x28\x8c\xbc"
                             "\xf8\xa1\xa1\xa1\xa1 and \xfc\xa1\xa1\xa1\xa1\xa1\xfe\xfe\xff\xff here";
  g_autoptr(GFile) bad = write_in ("encoding", "junk.txt", junk, sizeof junk - 1);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DlArticle) damaged = NULL;

  assert_folder ("encoding", "junk.txt", DL_IMPORT_ERROR_ENCODING,
                 "is not recognised; save it as UTF-8");
  for (guint i = 0; i < 7; i++)
    g_string_append (text, "Caf\xc3\xa9 in M\xc3\xbcnster, \xc3\xa9t\xc3\xa9. ");
  g_string_append (text, "A \xff byte.");
  damaged = import_ok ("damaged.txt", text->str, text->len);
  g_assert_true (g_str_has_prefix (dl_article_get_text (damaged), "Café in Münster, été. Café"));
  g_assert_true (g_str_has_suffix (dl_article_get_text (damaged), "été. A \xef\xbf\xbd byte."));
}

/* Refused by the size the file system gives, before a byte is read:
 * no time, no memory (a sparse file takes no disk either) */
static void
test_bad_huge (void)
{
  static const struct
  {
    const char *name;
    const char *says;
  } cases[] = {
    { "huge.txt", "is too large (500.0" NBSP "MB); Dateline reads files of up to 33.6" NBSP "MB" },
    { "huge.html", "is too large (500.0" NBSP "MB); Dateline reads files of up to 33.6" NBSP "MB" },
    { "huge.pdf", "is too large (500.0" NBSP "MB); Dateline reads files of up to 268.4" NBSP "MB" },
    { "huge.jsonl", "is too large (500.0" NBSP "MB); Dateline reads files of up to 268.4" NBSP "MB" },
  };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folder = g_strdup_printf ("huge-%u", i);
      g_autofree char *name = g_build_filename (folder, cases[i].name, NULL);
      g_autoptr(GFile) bad = NULL;
      gint64 start;
      glong before;

      bad = import_write_sparse (name, "A", 500 * 1000 * 1000 - 1, "");
      before = import_peak_rss_kib ();
      start = g_get_monotonic_time ();
      assert_folder (folder, cases[i].name, DL_IMPORT_ERROR_TOO_LARGE, cases[i].says);
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
      g_assert_cmpint (import_peak_rss_kib () - before, <, 4 * 1024);
    }
}

/* A 100 MB line: too large for a text file, and skipped in a dump,
 * whose other lines are kept. The dump's reader holds no more of a
 * line than an article may be (32 MiB) and drops the rest as it comes
 * in: memory grows by far less than the line */
static void
test_bad_long_line (void)
{
  static const char head[] = "{\"text\": \"The port reopened on Friday.\"}\n{\"text\": \"";
  static const char tail[] = "\"}\n{\"text\": \"The ferry sailed on Monday.\"}\n";
  g_autoptr(GFile) line = NULL;
  g_autoptr(GFile) dump = NULL;
  g_autoptr(GFile) root = NULL;
  g_auto(Outcome) outcome = { NULL, };
  glong before;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  line = import_write_sparse ("long-line/line.txt", "A", 100 * MIB, "");
  dump = import_write_sparse ("long-line/dump.jsonl", head, 100 * MIB, tail);
  root = folder_file ("long-line");
  before = import_peak_rss_kib ();
  import_roots (&root, 1, &outcome);

  g_assert_cmpuint (outcome.loaded->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (outcome.loaded, 0), ==, "dump.jsonl#1");
  g_assert_cmpstr (g_ptr_array_index (outcome.loaded, 1), ==, "dump.jsonl#3");
  g_assert_cmpuint (outcome.errors->len, ==, 2);
  assert_error (g_ptr_array_index (outcome.errors, 0), DL_IMPORT_ERROR_TOO_LARGE, "dump.jsonl",
                ", line 2 is longer than 33.6" NBSP "MB and was skipped");
  assert_error (g_ptr_array_index (outcome.errors, 1), DL_IMPORT_ERROR_TOO_LARGE, "line.txt",
                "is too large (104.9" NBSP "MB)");
  g_test_message ("peak memory grew by %ld KiB", import_peak_rss_kib () - before);
#ifndef IMPORT_UNDER_ASAN
  /* (AddressSanitizer keeps freed memory in quarantine) */
  g_assert_cmpint (import_peak_rss_kib () - before, <, 48 * 1024);
#endif
}

/* libxml2 stops building the tree 256 levels down; the rest of the
 * page would be lost without a word, so the page is refused. Nothing
 * of ours recurses deeper than that */
static void
test_bad_nested (void)
{
  GString *page = g_string_new ("<html><body><p>A first paragraph that would load.</p>");
  g_autoptr(GFile) bad = NULL;

  for (guint i = 0; i < N_NESTED; i++)
    g_string_append (page, "<div>");
  g_string_append (page, "Deep text</body></html>");
  bad = write_in ("nested", "nested.html", page->str, page->len);
  g_string_free (page, TRUE);
  assert_folder ("nested", "nested.html", DL_IMPORT_ERROR_MALFORMED, "is nested too deeply to read");
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6;
}

/* Elements that nest as deep as the parser goes, around a long text:
 * what is measured or read in each of them must not cost the whole
 * text again for each level (it once took seconds per megabyte) */
static void
test_bad_nested_elements (void)
{
  static const struct
  {
    const char *opening;
    guint n;
  } cases[] = {
    { "<article>", 240 },
    { "<h1>", 240 },
    { "<span itemprop=\"datePublished\">", 240 },
    { "<div class=\"share\"><article>", 120 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GString *page = g_string_new ("<html><body>");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DlArticle) article = NULL;
      double start;

      for (guint j = 0; j < cases[i].n; j++)
        g_string_append (page, cases[i].opening);
      for (guint j = 0; j < 800000; j++)
        g_string_append (page, "word ");
      g_string_append (page, "</body></html>");
      bytes = g_string_free_to_bytes (page);
      start = cpu_seconds ();
      article = dl_import_bytes ("nested.html", bytes, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (dl_article_get_text_length (article), ==, 800000 * 5 - 1);
      g_assert_cmpfloat (cpu_seconds () - start, <, 1.5);
    }
}

static void
test_bad_pdf_without_text (void)
{
  g_autoptr(GBytes) pdf = make_pdf (NULL, 1, NULL, NULL);
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);
  g_autoptr(GFile) bad = write_in ("no-text", "scan.pdf", data, length);

  assert_folder ("no-text", "scan.pdf", DL_IMPORT_ERROR_EMPTY, "has no text: it may be a scanned image");
}

/* An entry that declares 80 MB is refused before it is unpacked; one
 * that declares less than it holds is stopped at what it declared */
static void
test_bad_zip_bomb (void)
{
  gsize huge = 80 * 1000 * 1000;
  g_autofree char *zeros = g_malloc0 (huge);
  g_autoptr(GBytes) honest = make_epub (zeros, huge, 0);
  g_autoptr(GBytes) liar = make_epub (zeros, MIB, 100);
  gsize length;
  const char *data;
  g_autoptr(GFile) bomb = NULL;
  g_autoptr(GFile) lie = NULL;

  data = g_bytes_get_data (honest, &length);
  g_assert_cmpuint (length, <, huge / 100);
  bomb = write_in ("bomb", "bomb.epub", data, length);
  assert_folder ("bomb", "bomb.epub", DL_IMPORT_ERROR_TOO_LARGE,
                 "looks like a zip bomb: “one.xhtml” in it unpacks to 80.0" NBSP "MB, more than the 67.1" NBSP "MB");

  data = g_bytes_get_data (liar, &length);
  lie = write_in ("liar", "liar.epub", data, length);
  assert_folder ("liar", "liar.epub", DL_IMPORT_ERROR_TOO_LARGE,
                 "looks like a zip bomb: “one.xhtml” in it unpacks to more than it declares");
}

/* A link back up the tree is walked once: the folder it leads to was
 * already seen, so the walk ends and each file comes once. A link to
 * itself is neither file nor folder, and is passed over. Both quietly:
 * such links are a normal part of some trees, and lose no article */
static void
test_bad_symlink_loop (void)
{
  g_autoptr(GFile) inner = write_in ("loop/a", "inner.txt", good_text, -1);
  g_autoptr(GFile) root = folder_file ("loop");
  g_autofree char *root_path = g_file_get_path (root);
  g_autofree char *loop = g_build_filename (root_path, "a", "loop", NULL);
  g_autofree char *self = g_build_filename (root_path, "self.txt", NULL);
  g_auto(Outcome) outcome = { NULL, };

  g_assert_cmpint (symlink ("..", loop), ==, 0);
  g_assert_cmpint (symlink ("self.txt", self), ==, 0);
  write_good_files ("loop");
  import_roots (&root, 1, &outcome);
  g_assert_cmpuint (outcome.errors->len, ==, 0);
  g_assert_cmpuint (outcome.loaded->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (outcome.loaded, 0), ==, "inner.txt");
  g_assert_cmpstr (g_ptr_array_index (outcome.loaded, 1), ==, "good-one.txt");
  g_assert_cmpstr (g_ptr_array_index (outcome.loaded, 2), ==, "good-two.html");
}

/* Root reads any file: the check then runs as nobody, who can enter
 * the folders but not read the file. The saved ids stay root's, so
 * that the temporary folder can be removed afterwards */
static gboolean
become_nobody (void)
{
  if (geteuid () != 0)
    return FALSE;
  g_assert_cmpint (g_chmod (import_tmp_dir, 0755), ==, 0);
  g_assert_cmpint (setresgid (65534, 65534, 0), ==, 0);
  g_assert_cmpint (setresuid (65534, 65534, 0), ==, 0);
  return TRUE;
}

static void
become_root_again (void)
{
  g_assert_cmpint (setresuid (0, 0, 0), ==, 0);
  g_assert_cmpint (setresgid (0, 0, 0), ==, 0);
}

static void
test_bad_unreadable (void)
{
  g_autoptr(GFile) root = NULL;
  g_autoptr(GFile) secret = NULL;
  g_autofree char *path = NULL;
  gboolean as_nobody;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  root = folder_file ("unreadable");
  secret = write_in ("unreadable", "secret.txt", good_text, -1);
  path = g_file_get_path (secret);
  write_good_files ("unreadable");
  g_assert_cmpint (g_chmod (path, 0), ==, 0);

  as_nobody = become_nobody ();
  g_assert_cmpint (access (path, R_OK), !=, 0);
  assert_outcome (&root, 1, "secret.txt", DL_IMPORT_ERROR_READ, "You do not have permission to read");
  if (as_nobody)
    become_root_again ();
}

/* A file given by name that is not there; the folder beside it loads */
static void
test_bad_missing (void)
{
  g_autoptr(GFile) folder = folder_file ("missing");
  g_autoptr(GFile) gone = g_file_get_child (folder, "gone.txt");
  GFile *roots[] = { folder, gone };

  write_good_files ("missing");
  assert_outcome (roots, G_N_ELEMENTS (roots), "gone.txt", DL_IMPORT_ERROR_NOT_FOUND, "does not exist");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/bad/empty", test_bad_empty);
  g_test_add_func ("/import/bad/binary", test_bad_binary);
  g_test_add_func ("/import/bad/truncated-html", test_bad_truncated_html);
  g_test_add_func ("/import/bad/truncated-pdf", test_bad_truncated_pdf);
  g_test_add_func ("/import/bad/truncated-epub", test_bad_truncated_epub);
  g_test_add_func ("/import/bad/encoding", test_bad_encoding);
  g_test_add_func ("/import/bad/huge", test_bad_huge);
  g_test_add_func ("/import/bad/long-line", test_bad_long_line);
  g_test_add_func ("/import/bad/nested", test_bad_nested);
  g_test_add_func ("/import/bad/nested-elements", test_bad_nested_elements);
  g_test_add_func ("/import/bad/pdf-without-text", test_bad_pdf_without_text);
  g_test_add_func ("/import/bad/zip-bomb", test_bad_zip_bomb);
  g_test_add_func ("/import/bad/symlink-loop", test_bad_symlink_loop);
  g_test_add_func ("/import/bad/unreadable", test_bad_unreadable);
  g_test_add_func ("/import/bad/missing", test_bad_missing);

  return import_run_tests ();
}
