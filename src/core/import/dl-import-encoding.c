/* dl-import-encoding.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dl-import-private.h"

/* More control bytes than this (in percent) and it is not text */
#define MAX_CONTROL_PERCENT 10
/* Western text in a single-byte encoding is mostly ASCII: accented
 * letters and typographic quotes are a small share of it */
#define MAX_HIGH_PERCENT 30
/* How much of the start is enough to recognise UTF-16 without a BOM */
#define SNIFF_LENGTH 4096

typedef enum
{
  BINARY_PDF,
  BINARY_IMAGE,
  BINARY_ARCHIVE,
} BinaryKind;

static const struct
{
  const char *magic;
  gsize length;
  BinaryKind kind;
} magics[] = {
  { "%PDF-", 5, BINARY_PDF },
  { "\x89PNG\r\n\x1a\n", 8, BINARY_IMAGE },
  { "\xff\xd8\xff", 3, BINARY_IMAGE },
  { "GIF87a", 6, BINARY_IMAGE },
  { "GIF89a", 6, BINARY_IMAGE },
  { "II*\0", 4, BINARY_IMAGE },
  { "MM\0*", 4, BINARY_IMAGE },
  { "PK\x03\x04", 4, BINARY_ARCHIVE },
  { "\x1f\x8b", 2, BINARY_ARCHIVE },
  { "7z\xbc\xaf\x27\x1c", 6, BINARY_ARCHIVE },
  { "Rar!\x1a\x07", 6, BINARY_ARCHIVE },
  { "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, BINARY_ARCHIVE },
};

static int
find_magic (const char *data,
            gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (length >= magics[i].length && memcmp (data, magics[i].magic, magics[i].length) == 0)
      return i;
  return -1;
}

static gboolean
set_binary_error (GError     **error,
                  const char  *name,
                  const char  *data,
                  gsize        length)
{
  int found = find_magic (data, length);

  if (found >= 0 && magics[found].kind == BINARY_PDF)
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_BINARY,
                 _("“%s” is a PDF document, not a text file"), name);
  else if (found >= 0 && magics[found].kind == BINARY_IMAGE)
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_BINARY,
                 _("“%s” is an image, not a text file"), name);
  else if (found >= 0)
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_BINARY,
                 _("“%s” is an archive or an office document, not a text file"), name);
  else
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_BINARY,
                 _("“%s” is not a text file"), name);
  return FALSE;
}

static gboolean
is_control_byte (guchar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
         || c == 0x7f;
}

/* Known binary formats, NUL bytes, or a high share of control bytes */
static gboolean
check_not_binary (const char  *name,
                  const char  *data,
                  gsize        length,
                  GError     **error)
{
  gsize n_control = 0;

  if (find_magic (data, length) >= 0 || memchr (data, '\0', length) != NULL)
    return set_binary_error (error, name, data, length);
  for (gsize i = 0; i < length; i++)
    n_control += is_control_byte (data[i]);
  if (n_control * 100 > length * MAX_CONTROL_PERCENT)
    return set_binary_error (error, name, data, length);
  return TRUE;
}

static const struct
{
  const char *bom;
  gsize length;
  const char *charset;
} boms[] = {
  /* UTF-32LE before UTF-16LE: its BOM starts the same way */
  { "\xff\xfe\0\0", 4, "UTF-32LE" },
  { "\0\0\xfe\xff", 4, "UTF-32BE" },
  { "\xff\xfe", 2, "UTF-16LE" },
  { "\xfe\xff", 2, "UTF-16BE" },
  { "\xef\xbb\xbf", 3, NULL },
};

/* Returns the wide encoding a BOM names, or NULL for UTF-8 or no BOM */
static const char *
charset_from_bom (const char *data,
                  gsize       length,
                  gsize      *bom_length)
{
  *bom_length = 0;
  for (guint i = 0; i < G_N_ELEMENTS (boms); i++)
    if (length >= boms[i].length && memcmp (data, boms[i].bom, boms[i].length) == 0)
      {
        *bom_length = boms[i].length;
        return boms[i].charset;
      }
  return NULL;
}

/* UTF-16 without a BOM: Latin text has a NUL in every other byte */
static const char *
guess_utf16 (const char *data,
             gsize       length)
{
  gsize n_pairs = MIN (length, SNIFF_LENGTH) / 2;
  gsize even = 0, odd = 0;

  if (n_pairs < 2)
    return NULL;
  for (gsize i = 0; i < n_pairs; i++)
    {
      even += data[2 * i] == '\0';
      odd += data[2 * i + 1] == '\0';
    }
  if (odd * 10 >= n_pairs * 4 && even * 20 <= n_pairs)
    return "UTF-16LE";
  if (even * 10 >= n_pairs * 4 && odd * 20 <= n_pairs)
    return "UTF-16BE";
  return NULL;
}

static char *
convert_wide (const char  *name,
              const char  *data,
              gsize        length,
              const char  *charset,
              gsize       *out_length,
              GError     **error)
{
  gsize unit = g_str_has_prefix (charset, "UTF-32") ? 4 : 2;
  char *text;

  /* A truncated last code unit is not worth refusing the file for */
  length -= length % unit;
  text = g_convert (data, length, "UTF-8", charset, NULL, out_length, NULL);
  if (text == NULL)
    g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_ENCODING,
                 _("The text in “%s” is damaged: it is not valid %s"), name, charset);
  return text;
}

/* What a page declares, when the bytes agree with it. HTML treats
 * Latin-1 and ASCII as Windows-1252, and a declared UTF-16 in bytes
 * that reached here is a mistake */
static char *
convert_declared (const char *data,
                  gsize       length,
                  const char *charset,
                  gsize      *out_length)
{
  g_autofree char *lower = g_ascii_strdown (charset, -1);

  if (g_str_has_prefix (lower, "utf-16") || g_str_has_prefix (lower, "utf-32"))
    return NULL;
  if (g_str_equal (lower, "utf-8") || g_str_equal (lower, "utf8"))
    return NULL;
  if (g_str_equal (lower, "iso-8859-1") || g_str_equal (lower, "latin1")
      || g_str_equal (lower, "us-ascii") || g_str_equal (lower, "ascii"))
    charset = "WINDOWS-1252";
  return g_convert (data, length, "UTF-8", charset, NULL, out_length, NULL);
}

typedef struct
{
  gsize n_high;
  gsize n_valid;
  gsize n_invalid;
  gsize n_runs;
  gboolean has_undefined;
} ByteCounts;

static void
count_bytes (const char *data,
             gsize       length,
             ByteCounts *counts)
{
  const char *p = data;
  const char *end = data + length;

  memset (counts, 0, sizeof *counts);
  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];

      if (c < 0x80)
        continue;
      counts->n_high++;
      if (c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 || c == 0x9d)
        counts->has_undefined = TRUE;
      if (i >= 1 && i + 1 < length && (guchar) data[i - 1] >= 0x80 && (guchar) data[i + 1] >= 0x80)
        counts->n_runs++;
    }
  /* Count the lead bytes of the valid stretches between damaged bytes */
  while (p < end)
    {
      const char *bad = end;
      gboolean valid = g_utf8_validate_len (p, end - p, &bad);

      for (const char *q = p; q < bad; q++)
        counts->n_valid += (guchar) *q >= 0xc0;
      if (valid)
        break;
      counts->n_invalid++;
      p = bad + 1;
    }
}

/* Accented letters sit between ASCII letters; long runs of high bytes
 * are another encoding or noise */
static gboolean
looks_western (const ByteCounts *counts,
               gsize             length)
{
  return !counts->has_undefined
         && counts->n_high * 100 <= length * MAX_HIGH_PERCENT
         && counts->n_runs * 10 <= counts->n_high
         && counts->n_valid <= counts->n_invalid;
}

/* Bytes that are not valid UTF-8: UTF-8 with a little damage, or
 * single-byte Western text, or neither */
static char *
decode_unlabelled (const char  *name,
                   const char  *data,
                   gsize        length,
                   gsize       *out_length,
                   GError     **error)
{
  ByteCounts counts;
  char *text = NULL;

  count_bytes (data, length, &counts);
  /* UTF-8 with a few damaged bytes: keep the text, mark the damage */
  if (counts.n_valid > 0 && counts.n_invalid * 20 <= counts.n_valid)
    text = g_utf8_make_valid (data, length);
  else if (looks_western (&counts, length))
    text = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);

  if (text == NULL)
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_ENCODING,
                   _("The text encoding of “%s” is not recognised; "
                     "save it as UTF-8 and try again"), name);
      return NULL;
    }
  *out_length = strlen (text);
  return text;
}

/**
 * _dl_import_decode:
 * @name: the file name for messages
 * @charset: (nullable): the encoding the document declares
 * @out_length: (out): bytes in the result, which may hold NULs
 *
 * Turns the bytes of a text file into UTF-8, or says why it cannot.
 */
char *
_dl_import_decode (const char  *name,
                   const char  *data,
                   gsize        length,
                   const char  *charset,
                   gsize       *out_length,
                   GError     **error)
{
  const char *wide;
  gsize bom_length;
  char *text;

  wide = charset_from_bom (data, length, &bom_length);
  if (wide == NULL && bom_length == 0)
    wide = guess_utf16 (data, length);
  if (wide != NULL)
    return convert_wide (name, data + bom_length, length - bom_length, wide, out_length, error);

  data += bom_length;
  length -= bom_length;
  if (!check_not_binary (name, data, length, error))
    return NULL;
  /* Legacy encodings hardly ever form valid UTF-8 by accident, while
   * pages converted to UTF-8 often keep their old declaration */
  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return g_strndup (data, length);
    }
  if (charset != NULL && (text = convert_declared (data, length, charset, out_length)) != NULL)
    return text;
  return decode_unlabelled (name, data, length, out_length, error);
}

/* Whether @c is stable under NFC, and nothing before it combines with
 * it: the code points below U+0300, and the punctuation and currency
 * signs of news (U+2002 to U+206F: dashes, curly quotes, ellipses; U+20A0
 * to U+20CF), none of which decomposes or combines */
static gboolean
is_nfc_inert (gunichar c)
{
  return c < 0x300 || (c >= 0x2002 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf);
}

/* Only text with other code points needs the (slow) normalisation */
static gboolean
may_need_nfc (const GString *text)
{
  const char *end = text->str + text->len;

  for (const char *p = text->str; p < end; p++)
    if ((guchar) *p >= 0xcc)
      {
        if (!is_nfc_inert (g_utf8_get_char (p)))
          return TRUE;
        p = g_utf8_next_char (p) - 1;
      }
  return FALSE;
}

static void
append_clean_char (GString    *out,
                   const char *p,
                   gsize       length)
{
  gunichar ch = g_utf8_get_char (p);

  if ((ch >= 0x80 && ch <= 0x9f) || ch == 0xfeff)
    return;
  if (ch == 0x2028 || ch == 0x2029)
    g_string_append_c (out, '\n');
  else
    g_string_append_len (out, p, length);
}

/**
 * _dl_import_clean_text:
 * @text: valid UTF-8, possibly with NULs
 *
 * Unix line ends, no control characters but newline and tab, NFC.
 */
char *
_dl_import_clean_text (const char *text,
                       gsize       length)
{
  GString *out = g_string_sized_new (length + 1);
  const char *p = text;
  const char *end = text + length;
  gsize cleaned;

  while (p < end)
    {
      const char *run = p;
      const char *next;
      guchar c;

      /* Most text needs no change: copy it in runs */
      while (p < end && ((*p >= 0x20 && *p < 0x7f) || *p == '\n' || *p == '\t'))
        p++;
      g_string_append_len (out, run, p - run);
      if (p >= end)
        break;

      c = *p;
      next = (c < 0x80) ? p + 1 : g_utf8_next_char (p);
      if (c == '\r' && next < end && *next == '\n')
        next++;
      if (c == '\r' || c == '\f' || c == '\v')
        g_string_append_c (out, '\n');
      else if (c >= 0x80)
        append_clean_char (out, p, MIN (next, end) - p);
      p = next;
    }

  if (may_need_nfc (out))
    {
      char *nfc = g_utf8_normalize (out->str, out->len, G_NORMALIZE_NFC);

      if (nfc != NULL)
        {
          g_string_free (out, TRUE);
          return nfc;
        }
    }
  /* An article keeps its text as long as it is open: without the slack
   * a string grows with */
  cleaned = out->len;
  return g_realloc (g_string_free (out, FALSE), cleaned + 1);
}

gboolean
_dl_import_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}
