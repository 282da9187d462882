/* test-import-documents.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDF documents, drawn here with cairo, and EPUB books, packed here
 * with zlib, with known text, title and date.
 */
#include "config.h"

#include "import-documents-fixture.h"

/* PDF ------------------------------------------------------------------------- */

static const char * const page_one[] = {
  "The port of Elvmouth closed on Tuesday after a long elec-",
  "tion dispute between the dock workers and the city.",
  NULL
};
static const char * const page_two[] = {
  "Talks resumed on Wednesday morning.",
  NULL
};
static const char * const page_three[] = {
  "The port reopened on Friday.",
  NULL
};
static const char * const *const three_pages[] = { page_one, page_two, page_three };

static gboolean
pdf_supported (void)
{
  g_autoptr(GBytes) pdf = make_pdf (three_pages, 3, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlArticle) article = dl_import_bytes ("probe.pdf", pdf, &error);

  if (g_error_matches (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_UNSUPPORTED))
    {
      g_test_skip ("built without PDF support");
      return FALSE;
    }
  return TRUE;
}

static void
test_pdf_text (void)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(DlArticle) article = NULL;
  const char *text;
  gsize length;
  gconstpointer data;

  if (!pdf_supported ())
    return;
  pdf = make_pdf (three_pages, 3, "Port closes over election dispute", "2024-03-05T10:30:00Z");
  data = g_bytes_get_data (pdf, &length);
  article = import_ok ("port.pdf", data, length);
  text = dl_article_get_text (article);

  g_assert_cmpstr (dl_article_get_title (article), ==, "Port closes over election dispute");
  g_assert_cmpint (dl_article_get_dct_source (article), ==, DL_DCT_SOURCE_META);
  {
    g_autofree char *dct = dl_article_dup_dct_string (article);

    g_assert_cmpstr (dct, ==, "2024-03-05T10:30:00Z");
  }
  /* The pages in order, the split word joined, the running head and
   * the page numbers gone */
  g_assert_cmpstr (text, ==,
                   "The port of Elvmouth closed on Tuesday after a long election dispute between the dock "
                   "workers and the city.\n\n"
                   "Talks resumed on Wednesday morning.\n\n"
                   "The port reopened on Friday.");
  import_assert_word_at (article, "Friday");
}

/* Without a title in its metadata, the first line stands in; a lone
 * page number goes all the same */
static void
test_pdf_untitled (void)
{
  static const char * const page[] = { "Ferry service resumes", "", "The ferry sailed again.", NULL };
  static const char * const *const pages[] = { page };
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(DlArticle) article = NULL;
  gsize length;
  gconstpointer data;

  if (!pdf_supported ())
    return;
  pdf = make_pdf (pages, 1, NULL, NULL);
  data = g_bytes_get_data (pdf, &length);
  article = import_ok ("ferry.pdf", data, length);
  /* A single page keeps its first line (no running head to tell),
   * and that line is the title */
  g_assert_cmpstr (dl_article_get_title (article), ==, "The Harbour Gazette");
  g_assert_cmpstr (dl_article_get_text (article), ==,
                   "The Harbour Gazette\nFerry service resumes\nThe ferry sailed again.");
}

static void
test_pdf_errors (void)
{
  g_autoptr(GBytes) scanned = NULL;
  g_autoptr(GBytes) good = NULL;
  const char *data;
  gsize length;

  if (!pdf_supported ())
    return;
  scanned = make_pdf (NULL, 2, "A scan", NULL);
  data = g_bytes_get_data (scanned, &length);
  import_assert_error ("scan.pdf", data, length, DL_IMPORT_ERROR_EMPTY, "has no text");

  good = make_pdf (three_pages, 3, NULL, NULL);
  data = g_bytes_get_data (good, &length);
  import_assert_error ("cut.pdf", data, 300, DL_IMPORT_ERROR_MALFORMED, "PDF");
  import_assert_error ("fake.pdf", "%PDF-1.4\nnothing else", -1, DL_IMPORT_ERROR_MALFORMED, "PDF");
}

/* EPUB ------------------------------------------------------------------------ */

static const char container[] =
  "<?xml version=\"1.0\"?>\n"
  "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
  "  <rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
  "</rootfiles>\n</container>\n";

/* The spine reads the chapters in another order than the manifest lists them */
static const char package[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">\n"
  "  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
  "    <dc:title>A Year in Elvmouth</dc:title>\n"
  "    <dc:date>2023-11-20</dc:date>\n"
  "  </metadata>\n"
  "  <manifest>\n"
  "    <item id=\"two\" href=\"Text/chapter%202.xhtml\" media-type=\"application/xhtml+xml\"/>\n"
  "    <item id=\"one\" href=\"Text/one.xhtml#start\" media-type=\"application/xhtml+xml\"/>\n"
  "    <item id=\"css\" href=\"../Styles/book.css\" media-type=\"text/css\"/>\n"
  "  </manifest>\n"
  "  <spine><itemref idref=\"one\"/><itemref idref=\"two\"/></spine>\n"
  "</package>\n";

static const char chapter_one[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>One</title></head>\n"
  "<body><nav>Contents</nav><h1>Winter</h1><p>The harbour froze in January.</p></body></html>\n";

static const char chapter_two[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Two</title></head>\n"
  "<body><h1>Spring</h1><p>The ferries returned in April, caf&#233;s opened.</p></body></html>\n";

static GBytes *
make_epub (gboolean with_container)
{
  ZipWriter zip;

  zip_init (&zip);
  zip_add_text (&zip, "mimetype", "application/epub+zip");
  if (with_container)
    zip_add_text (&zip, "META-INF/container.xml", container);
  zip_add_text (&zip, "OEBPS/content.opf", package);
  zip_add_text (&zip, "OEBPS/Text/chapter 2.xhtml", chapter_two);
  zip_add_text (&zip, "OEBPS/Text/one.xhtml", chapter_one);
  return zip_finish (&zip);
}

static void
test_epub_book (void)
{
  g_autoptr(GBytes) epub = make_epub (TRUE);
  g_autoptr(DlArticle) article = NULL;
  g_autofree char *dct = NULL;
  gsize length;
  gconstpointer data = g_bytes_get_data (epub, &length);

  /* Named like text, it is still read as the book it is */
  article = import_ok ("book.txt", data, length);
  g_assert_cmpstr (dl_article_get_title (article), ==, "A Year in Elvmouth");
  dct = dl_article_dup_dct_string (article);
  g_assert_cmpstr (dct, ==, "2023-11-20");
  g_assert_cmpint (dl_article_get_dct_source (article), ==, DL_DCT_SOURCE_META);
  g_assert_cmpstr (dl_article_get_text (article), ==,
                   "Winter\n\nThe harbour froze in January.\n\n"
                   "Spring\n\nThe ferries returned in April, cafés opened.");
  import_assert_word_at (article, "opened");
}

static void
test_epub_errors (void)
{
  g_autoptr(GBytes) no_container = make_epub (FALSE);
  g_autoptr(GBytes) good = make_epub (TRUE);
  const char *data;
  gsize length;

  data = g_bytes_get_data (no_container, &length);
  import_assert_error ("nocontainer.epub", data, length, DL_IMPORT_ERROR_MALFORMED, "container.xml");
  data = g_bytes_get_data (good, &length);
  import_assert_error ("cut.epub", data, length / 2, DL_IMPORT_ERROR_MALFORMED, NULL);
  import_assert_error ("plain.epub", "not a zip at all", -1, DL_IMPORT_ERROR_MALFORMED, NULL);
}

/* A chapter that unpacks to more than a book holds, whether its
 * header says so or hides it */
static void
test_epub_bomb (void)
{
  gsize huge = 80 * 1024 * 1024;
  g_autofree char *zeros = g_malloc0 (huge);
  g_autoptr(GBytes) honest = NULL;
  g_autoptr(GBytes) lying = NULL;
  ZipWriter zip;
  const char *data;
  gsize length;

  zip_init (&zip);
  zip_add_text (&zip, "mimetype", "application/epub+zip");
  zip_add_text (&zip, "META-INF/container.xml", container);
  zip_add_text (&zip, "OEBPS/content.opf", package);
  zip_add (&zip, "OEBPS/Text/one.xhtml", zeros, huge, TRUE, 0);
  honest = zip_finish (&zip);
  data = g_bytes_get_data (honest, &length);
  g_assert_cmpuint (length, <, huge / 100);
  import_assert_error ("bomb.epub", data, length, DL_IMPORT_ERROR_TOO_LARGE, "zip bomb");

  zip_init (&zip);
  zip_add_text (&zip, "mimetype", "application/epub+zip");
  zip_add_text (&zip, "META-INF/container.xml", container);
  zip_add_text (&zip, "OEBPS/content.opf", package);
  zip_add (&zip, "OEBPS/Text/one.xhtml", zeros, 1024 * 1024, TRUE, 100);
  lying = zip_finish (&zip);
  data = g_bytes_get_data (lying, &length);
  import_assert_error ("liar.epub", data, length, DL_IMPORT_ERROR_TOO_LARGE, "zip bomb");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/pdf/text", test_pdf_text);
  g_test_add_func ("/import/pdf/untitled", test_pdf_untitled);
  g_test_add_func ("/import/pdf/errors", test_pdf_errors);
  g_test_add_func ("/import/epub/book", test_epub_book);
  g_test_add_func ("/import/epub/errors", test_epub_errors);
  g_test_add_func ("/import/epub/bomb", test_epub_bomb);

  return import_run_tests ();
}
