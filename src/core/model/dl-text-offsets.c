/* dl-text-offsets.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The analysers work on UTF-8 bytes, but every offset Dateline shows or
 * prints counts code points. This table converts between the two in
 * constant time: it remembers the byte offset of every STRIDE-th code
 * point, so a lookup walks at most STRIDE characters.
 */
#include "config.h"

#include "dl-text-offsets.h"

#define STRIDE 64

struct _DlTextOffsets
{
  const char *text;
  gsize length;
  guint n_chars;
  GArray *bytes_at_stride;   /* byte offset of code point i * STRIDE */
};

/**
 * dl_text_offsets_new:
 * @text: valid UTF-8; must outlive the table
 * @length: its length in bytes
 */
DlTextOffsets *
dl_text_offsets_new (const char *text,
                     gsize       length)
{
  DlTextOffsets *self = g_new0 (DlTextOffsets, 1);
  const char *p = text;
  const char *end = text + length;
  guint n = 0;

  self->text = text;
  self->length = length;
  self->bytes_at_stride = g_array_new (FALSE, FALSE, sizeof (gsize));

  while (p < end)
    {
      if (n % STRIDE == 0)
        {
          gsize offset = (gsize) (p - text);
          g_array_append_val (self->bytes_at_stride, offset);
        }
      p = g_utf8_next_char (p);
      n++;
    }
  self->n_chars = n;
  return self;
}

void
dl_text_offsets_free (DlTextOffsets *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->bytes_at_stride);
  g_free (self);
}

guint
dl_text_offsets_get_n_chars (const DlTextOffsets *self)
{
  return self->n_chars;
}

static guint
find_stride (const DlTextOffsets *self,
             gsize                byte_offset)
{
  guint lo = 0, hi = self->bytes_at_stride->len;

  /* Last stride entry whose byte offset is <= byte_offset */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (self->bytes_at_stride, gsize, mid) <= byte_offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

guint
dl_text_offsets_byte_to_char (const DlTextOffsets *self,
                              gsize                byte_offset)
{
  guint stride;
  const char *p;
  const char *target;
  guint n;

  g_return_val_if_fail (self != NULL, 0);

  if (byte_offset >= self->length || self->bytes_at_stride->len == 0)
    return self->n_chars;

  stride = find_stride (self, byte_offset);
  p = self->text + g_array_index (self->bytes_at_stride, gsize, stride);
  target = self->text + byte_offset;
  n = stride * STRIDE;
  while (p < target)
    {
      p = g_utf8_next_char (p);
      n++;
    }
  return n;
}

gsize
dl_text_offsets_char_to_byte (const DlTextOffsets *self,
                              guint                char_offset)
{
  const char *p;
  guint stride;

  g_return_val_if_fail (self != NULL, 0);

  if (char_offset >= self->n_chars)
    return self->length;

  stride = char_offset / STRIDE;
  p = self->text + g_array_index (self->bytes_at_stride, gsize, stride);
  for (guint i = stride * STRIDE; i < char_offset; i++)
    p = g_utf8_next_char (p);
  return (gsize) (p - self->text);
}
