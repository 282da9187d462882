/* export-checks.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks shared by test-export, test-export-picture and test-cli: what
 * an exported file holds, read back with the libraries other tools use.
 * Inline, so that a test may use only some of them.
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

static inline void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
  cairo_surface_destroy (surface);
}

static inline void
assert_svg_size (const char *path,
                 int         width,
                 int         height)
{
  xmlDoc *doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlNode *root;
  xmlChar *w, *h;

  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  w = xmlGetProp (root, BAD_CAST "width");
  h = xmlGetProp (root, BAD_CAST "height");
  g_assert_cmpfloat (g_ascii_strtod ((const char *) w, NULL), ==, width);
  g_assert_cmpfloat (g_ascii_strtod ((const char *) h, NULL), ==, height);
  xmlFree (w);
  xmlFree (h);
  xmlFreeDoc (doc);
}

static inline void
assert_pdf_size (const char *path,
                 int         width,
                 int         height)
{
  g_autofree char *contents = NULL;
  g_autofree char *media_box = g_strdup_printf ("/MediaBox [ 0 0 %d %d ]", width, height);
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (length > 5 && memcmp (contents, "%PDF-", 5) == 0);
  g_assert_nonnull (memmem (contents, length, media_box, strlen (media_box)));
}

/* A strict RFC 4180 reader: rows of fields, CRLF line ends */
static inline GPtrArray *
parse_csv (const char *data)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = data;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; !(p[0] == '"' && p[1] != '"'); p++)
            {
              g_assert_cmpint (*p, !=, '\0');
              if (p[0] == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
        }
      else if (*p == ',' || (p[0] == '\r' && p[1] == '\n'))
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (*p == '\r')
            {
              g_ptr_array_add (rows, row);
              row = g_ptr_array_new_with_free_func (g_free);
              p++;
            }
          p++;
        }
      else
        {
          g_assert_cmpint (*p, !=, '\n');
          g_assert_cmpint (*p, !=, '"');
          g_string_append_c (field, *p++);
        }
    }
  g_assert_cmpuint (row->len, ==, 0);
  g_assert_cmpuint (field->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}
