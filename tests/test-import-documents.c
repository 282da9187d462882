/* test-import-documents.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDF documents, drawn here with cairo, and EPUB books, packed here
 * with zlib, with known text, title and date.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <zlib.h>

#include "import-fixture.h"

/* PDF ------------------------------------------------------------------------- */

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
draw_lines (cairo_t            *cr,
            const char * const *lines)
{
  for (guint i = 0; lines[i] != NULL; i++)
    {
      cairo_move_to (cr, 60, 80 + 20 * i);
      cairo_show_text (cr, lines[i]);
    }
}

/* Three pages under one running head, numbered at the foot; NULL
 * @pages draws a page with a picture and no text */
static GBytes *
make_pdf (const char * const *const *pages,
          guint                      n_pages,
          const char                *title,
          const char                *date)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_array, out, 595, 842);
  cairo_t *cr = cairo_create (surface);

  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (date != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 12);
  for (guint p = 0; p < MAX (n_pages, 1); p++)
    {
      g_autofree char *number = g_strdup_printf ("%u", p + 1);

      if (pages == NULL)
        {
          cairo_rectangle (cr, 100, 100, 200, 300);
          cairo_fill (cr);
        }
      else
        {
          cairo_move_to (cr, 60, 40);
          cairo_show_text (cr, "The Harbour Gazette");
          draw_lines (cr, pages[p]);
          cairo_move_to (cr, 290, 800);
          cairo_show_text (cr, number);
        }
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}

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

typedef struct
{
  GByteArray *data;
  GByteArray *directory;
  guint n_entries;
} ZipWriter;

static void
put_u16 (GByteArray *out,
         guint       value)
{
  guint8 bytes[2] = { value & 0xff, (value >> 8) & 0xff };

  g_byte_array_append (out, bytes, 2);
}

static void
put_u32 (GByteArray *out,
         guint32     value)
{
  put_u16 (out, value & 0xffff);
  put_u16 (out, value >> 16);
}

static GBytes *
deflate_raw (const void *data,
             gsize       length)
{
  z_stream stream = { 0, };
  gsize bound;
  guchar *out;

  g_assert_cmpint (deflateInit2 (&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), ==, Z_OK);
  bound = deflateBound (&stream, length);
  out = g_malloc (bound);
  stream.next_in = (Bytef *) data;
  stream.avail_in = length;
  stream.next_out = out;
  stream.avail_out = bound;
  g_assert_cmpint (deflate (&stream, Z_FINISH), ==, Z_STREAM_END);
  deflateEnd (&stream);
  return g_bytes_new_take (out, stream.total_out);
}

/* Adds an entry; @declared, when not 0, is the size the headers claim */
static void
zip_add (ZipWriter  *zip,
         const char *name,
         const void *content,
         gsize       length,
         gboolean    compress,
         guint32     declared)
{
  g_autoptr(GBytes) packed = compress ? deflate_raw (content, length) : g_bytes_new (content, length);
  guint32 crc = crc32 (0, content, length);
  guint32 offset = zip->data->len;
  gsize packed_length = g_bytes_get_size (packed);
  guint32 size = declared != 0 ? declared : length;

  g_byte_array_append (zip->data, (const guint8 *) "PK\3\4", 4);
  put_u16 (zip->data, 20);
  put_u16 (zip->data, 0);
  put_u16 (zip->data, compress ? 8 : 0);
  put_u32 (zip->data, 0);
  put_u32 (zip->data, crc);
  put_u32 (zip->data, packed_length);
  put_u32 (zip->data, size);
  put_u16 (zip->data, strlen (name));
  put_u16 (zip->data, 0);
  g_byte_array_append (zip->data, (const guint8 *) name, strlen (name));
  g_byte_array_append (zip->data, g_bytes_get_data (packed, NULL), packed_length);

  g_byte_array_append (zip->directory, (const guint8 *) "PK\1\2", 4);
  put_u16 (zip->directory, 20);
  put_u16 (zip->directory, 20);
  put_u16 (zip->directory, 0);
  put_u16 (zip->directory, compress ? 8 : 0);
  put_u32 (zip->directory, 0);
  put_u32 (zip->directory, crc);
  put_u32 (zip->directory, packed_length);
  put_u32 (zip->directory, size);
  put_u16 (zip->directory, strlen (name));
  for (guint i = 0; i < 4; i++)
    put_u16 (zip->directory, 0);
  put_u32 (zip->directory, 0);
  put_u32 (zip->directory, offset);
  g_byte_array_append (zip->directory, (const guint8 *) name, strlen (name));
  zip->n_entries++;
}

static void
zip_add_text (ZipWriter  *zip,
              const char *name,
              const char *text)
{
  zip_add (zip, name, text, strlen (text), !g_str_equal (name, "mimetype"), 0);
}

static GBytes *
zip_finish (ZipWriter *zip)
{
  guint32 offset = zip->data->len;

  g_byte_array_append (zip->data, zip->directory->data, zip->directory->len);
  g_byte_array_append (zip->data, (const guint8 *) "PK\5\6", 4);
  put_u16 (zip->data, 0);
  put_u16 (zip->data, 0);
  put_u16 (zip->data, zip->n_entries);
  put_u16 (zip->data, zip->n_entries);
  put_u32 (zip->data, zip->directory->len);
  put_u32 (zip->data, offset);
  put_u16 (zip->data, 0);
  g_byte_array_unref (zip->directory);
  return g_byte_array_free_to_bytes (zip->data);
}

static void
zip_init (ZipWriter *zip)
{
  zip->data = g_byte_array_new ();
  zip->directory = g_byte_array_new ();
  zip->n_entries = 0;
}

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
