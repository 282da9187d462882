/* test-text-offsets.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dl-text-offsets.h"

/* Every byte offset that starts a character maps to the code point count
 * g_utf8_pointer_to_offset gives, and back. */
static void
check_against_glib (const char *text)
{
  gsize length = strlen (text);
  g_autoptr(DlTextOffsets) offsets = dl_text_offsets_new (text, length);
  const char *p;

  g_assert_cmpuint (dl_text_offsets_get_n_chars (offsets), ==, g_utf8_strlen (text, -1));
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize byte = (gsize) (p - text);
      guint chr = (guint) g_utf8_pointer_to_offset (text, p);

      g_assert_cmpuint (dl_text_offsets_byte_to_char (offsets, byte), ==, chr);
      g_assert_cmpuint (dl_text_offsets_char_to_byte (offsets, chr), ==, byte);
    }
  g_assert_cmpuint (dl_text_offsets_byte_to_char (offsets, length), ==, g_utf8_strlen (text, -1));
  g_assert_cmpuint (dl_text_offsets_char_to_byte (offsets, G_MAXUINT), ==, length);
}

static void
test_text_offsets_ascii (void)
{
  check_against_glib ("The wall opened on 9 November 1989.");
}

static void
test_text_offsets_multibyte (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Long enough to cross many strides, with 1- to 4-byte characters */
  for (int i = 0; i < 300; i++)
    g_string_append (text, "Günter “said” – ß € 𝄞 ok. ");
  check_against_glib (text->str);
}

static void
test_text_offsets_empty (void)
{
  g_autoptr(DlTextOffsets) offsets = dl_text_offsets_new ("", 0);

  g_assert_cmpuint (dl_text_offsets_get_n_chars (offsets), ==, 0);
  g_assert_cmpuint (dl_text_offsets_byte_to_char (offsets, 0), ==, 0);
  g_assert_cmpuint (dl_text_offsets_char_to_byte (offsets, 0), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-offsets/ascii", test_text_offsets_ascii);
  g_test_add_func ("/text-offsets/multibyte", test_text_offsets_multibyte);
  g_test_add_func ("/text-offsets/empty", test_text_offsets_empty);

  return g_test_run ();
}
