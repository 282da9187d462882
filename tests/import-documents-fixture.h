/* import-documents-fixture.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDF documents drawn with cairo and ZIP archives (EPUB books) packed
 * with zlib, for the import suites that read them.
 */
#pragma once

#include <cairo-pdf.h>
#include <zlib.h>

#include "import-fixture.h"

static inline cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static inline void
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
static inline GBytes *
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

typedef struct
{
  GByteArray *data;
  GByteArray *directory;
  guint n_entries;
} ZipWriter;

static inline void
put_u16 (GByteArray *out,
         guint       value)
{
  guint8 bytes[2] = { value & 0xff, (value >> 8) & 0xff };

  g_byte_array_append (out, bytes, 2);
}

static inline void
put_u32 (GByteArray *out,
         guint32     value)
{
  put_u16 (out, value & 0xffff);
  put_u16 (out, value >> 16);
}

static inline GBytes *
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
static inline void
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

static inline void
zip_add_text (ZipWriter  *zip,
              const char *name,
              const char *text)
{
  zip_add (zip, name, text, strlen (text), !g_str_equal (name, "mimetype"), 0);
}

static inline GBytes *
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

static inline void
zip_init (ZipWriter *zip)
{
  zip->data = g_byte_array_new ();
  zip->directory = g_byte_array_new ();
  zip->n_entries = 0;
}
