/* dl-import-zip.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Just enough of ZIP to read an EPUB book held in memory: the central
 * directory, stored and deflated entries. Every size is checked before
 * anything is unpacked, and unpacking never writes past the size an
 * entry declares, so a zip bomb costs nothing but its own bytes.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <zlib.h>

#include "dl-import-private.h"

/* No chapter of a book is larger; a larger one is a bomb */
#define MAX_ENTRY_SIZE ((gsize) 64 * 1024 * 1024)
/* All that is unpacked from one archive */
#define MAX_TOTAL_SIZE ((gsize) 256 * 1024 * 1024)

#define END_RECORD_SIZE 22
#define CENTRAL_RECORD_SIZE 46
#define LOCAL_RECORD_SIZE 30
#define MAX_COMMENT_SIZE 65535

#define FLAG_ENCRYPTED 0x0001
#define METHOD_STORED 0
#define METHOD_DEFLATED 8

typedef struct
{
  guint16 flags;
  guint16 method;
  guint32 crc;
  guint32 compressed_size;
  guint32 size;
  guint32 offset;
} ZipEntry;

struct _DlZip
{
  char *name;
  const guchar *data;
  gsize length;
  GHashTable *entries;  /* name → ZipEntry */
  gsize unpacked;
};

static guint16
read_u16 (const guchar *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
read_u32 (const guchar *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static gboolean
set_damaged_error (GError     **error,
                   const char  *name)
{
  g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
               _("“%s” is damaged or incomplete: its ZIP archive cannot be read"), name);
  return FALSE;
}

static gboolean
set_bomb_error (GError     **error,
                const char  *name,
                const char  *entry,
                guint64      size,
                gsize        limit)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *limit_text = g_format_size (limit);

  g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE,
               _("“%s” looks like a zip bomb: “%s” in it unpacks to %s, "
                 "more than the %s Dateline unpacks"), name, entry, size_text, limit_text);
  return FALSE;
}

/* The end record is last, unless a comment follows it */
static const guchar *
find_end_record (const guchar *data,
                 gsize         length)
{
  gsize lowest;

  if (length < END_RECORD_SIZE)
    return NULL;
  lowest = length > END_RECORD_SIZE + MAX_COMMENT_SIZE ? length - END_RECORD_SIZE - MAX_COMMENT_SIZE : 0;
  for (gsize at = length - END_RECORD_SIZE + 1; at-- > lowest;)
    if (memcmp (data + at, "PK\5\6", 4) == 0)
      return data + at;
  return NULL;
}

static gboolean
read_central_directory (DlZip   *self,
                        GError **error)
{
  const guchar *end = find_end_record (self->data, self->length);
  guint32 offset, size;
  guint n_entries;
  const guchar *p, *stop;

  if (end == NULL)
    return set_damaged_error (error, self->name);
  n_entries = read_u16 (end + 10);
  size = read_u32 (end + 12);
  offset = read_u32 (end + 16);
  if ((guint64) offset + size > (guint64) (end - self->data))
    return set_damaged_error (error, self->name);

  p = self->data + offset;
  stop = p + size;
  for (guint i = 0; i < n_entries; i++)
    {
      ZipEntry *entry;
      guint name_length;

      if (stop - p < CENTRAL_RECORD_SIZE || memcmp (p, "PK\1\2", 4) != 0)
        return set_damaged_error (error, self->name);
      name_length = read_u16 (p + 28);
      if ((gsize) (stop - p) < CENTRAL_RECORD_SIZE + name_length)
        return set_damaged_error (error, self->name);
      entry = g_new0 (ZipEntry, 1);
      entry->flags = read_u16 (p + 8);
      entry->method = read_u16 (p + 10);
      entry->crc = read_u32 (p + 16);
      entry->compressed_size = read_u32 (p + 20);
      entry->size = read_u32 (p + 24);
      entry->offset = read_u32 (p + 42);
      g_hash_table_replace (self->entries, g_strndup ((const char *) p + CENTRAL_RECORD_SIZE, name_length),
                            entry);
      p += CENTRAL_RECORD_SIZE + name_length + read_u16 (p + 30) + read_u16 (p + 32);
    }
  return TRUE;
}

/**
 * _dl_zip_open:
 * @name: the file's name, for messages
 * @data: the whole archive, which must outlive the result
 *
 * Returns: (transfer full) (nullable): the archive's directory
 */
DlZip *
_dl_zip_open (const char  *name,
              const char  *data,
              gsize        length,
              GError     **error)
{
  DlZip *self = g_new0 (DlZip, 1);

  self->name = g_strdup (name);
  self->data = (const guchar *) data;
  self->length = length;
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!read_central_directory (self, error))
    g_clear_pointer (&self, _dl_zip_free);
  return self;
}

void
_dl_zip_free (DlZip *self)
{
  g_hash_table_unref (self->entries);
  g_free (self->name);
  g_free (self);
}

gboolean
_dl_zip_has (DlZip      *self,
             const char *entry)
{
  return g_hash_table_contains (self->entries, entry);
}

/* Where an entry's packed bytes start, after its local header */
static const guchar *
find_packed_data (DlZip          *self,
                  const ZipEntry *entry)
{
  const guchar *local = self->data + entry->offset;
  gsize start;

  if ((guint64) entry->offset + LOCAL_RECORD_SIZE > self->length || memcmp (local, "PK\3\4", 4) != 0)
    return NULL;
  start = entry->offset + LOCAL_RECORD_SIZE + read_u16 (local + 26) + read_u16 (local + 28);
  if ((guint64) start + entry->compressed_size > self->length)
    return NULL;
  return self->data + start;
}

/* Inflates into exactly the declared size: one byte more is a lie
 * about the size, and a bomb */
static gboolean
inflate_entry (const guchar    *packed,
               const ZipEntry  *entry,
               guchar          *out,
               gboolean        *too_large)
{
  z_stream stream = { 0, };
  guchar spare;
  int status;

  *too_large = FALSE;
  if (inflateInit2 (&stream, -MAX_WBITS) != Z_OK)
    return FALSE;
  stream.next_in = (Bytef *) packed;
  stream.avail_in = entry->compressed_size;
  stream.next_out = entry->size > 0 ? out : &spare;
  stream.avail_out = entry->size > 0 ? entry->size : 1;
  status = inflate (&stream, Z_FINISH);
  if (status != Z_STREAM_END && stream.avail_out == 0)
    *too_large = TRUE;
  else if (status == Z_STREAM_END && entry->size == 0 && stream.total_out > 0)
    *too_large = TRUE;
  inflateEnd (&stream);
  return status == Z_STREAM_END && stream.total_out == entry->size;
}

static gboolean
check_entry (DlZip           *self,
             const char      *entry_name,
             const ZipEntry  *entry,
             GError         **error)
{
  if (entry->flags & FLAG_ENCRYPTED)
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is encrypted and cannot be read"), self->name);
      return FALSE;
    }
  if (entry->method != METHOD_STORED && entry->method != METHOD_DEFLATED)
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is compressed in a way Dateline does not read"), self->name);
      return FALSE;
    }
  if (entry->size > MAX_ENTRY_SIZE)
    return set_bomb_error (error, self->name, entry_name, entry->size, MAX_ENTRY_SIZE);
  if (self->unpacked + entry->size > MAX_TOTAL_SIZE)
    return set_bomb_error (error, self->name, entry_name, self->unpacked + entry->size, MAX_TOTAL_SIZE);
  return TRUE;
}

/**
 * _dl_zip_read:
 * @entry: the entry's name in the archive
 *
 * Returns: (transfer full) (nullable): the entry's content, or %NULL
 *   with an error in %DL_IMPORT_ERROR naming the archive
 */
GBytes *
_dl_zip_read (DlZip       *self,
              const char  *entry_name,
              GError     **error)
{
  const ZipEntry *entry = g_hash_table_lookup (self->entries, entry_name);
  const guchar *packed;
  gboolean too_large = FALSE;
  guchar *out;

  if (entry == NULL)
    {
      g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_MALFORMED,
                   _("“%s” is incomplete: “%s” is missing from it"), self->name, entry_name);
      return NULL;
    }
  if (!check_entry (self, entry_name, entry, error))
    return NULL;
  packed = find_packed_data (self, entry);
  if (packed == NULL || (entry->method == METHOD_STORED && entry->compressed_size != entry->size))
    {
      set_damaged_error (error, self->name);
      return NULL;
    }

  out = g_malloc (entry->size + 1);
  if (entry->method == METHOD_STORED)
    memcpy (out, packed, entry->size);
  else if (!inflate_entry (packed, entry, out, &too_large))
    {
      g_free (out);
      if (too_large)
        g_set_error (error, DL_IMPORT_ERROR, DL_IMPORT_ERROR_TOO_LARGE,
                     _("“%s” looks like a zip bomb: “%s” in it unpacks to more "
                       "than it declares"), self->name, entry_name);
      else
        set_damaged_error (error, self->name);
      return NULL;
    }
  if (crc32 (0, out, entry->size) != entry->crc)
    {
      g_free (out);
      set_damaged_error (error, self->name);
      return NULL;
    }
  self->unpacked += entry->size;
  return g_bytes_new_take (out, entry->size);
}
