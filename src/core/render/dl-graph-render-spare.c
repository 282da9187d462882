/* dl-graph-render-spare.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Memory the raster path lets go of at the end of a frame, kept for
 * the next. A frame of a big graph needs the same big blocks each time
 * (the picture, the edge mask, the lines, each thread's sums), and the
 * system hands out a block that size a page at a time as each page is
 * first written: a thousand faults and more, a millisecond or two of a
 * cold frame. A few blocks are kept, up to a bound; the rest go back.
 */
#include "config.h"

#include <string.h>

#include "dl-graph-render-private.h"

/* Enough for a frame's blocks: a picture, a mask, the lines and their
 * rows, a speck job, and the sums of eight threads; in bytes, a frame
 * of a 4K screen, some forty megabytes, and not much more for good */
#define MAX_SPARE 16
#define MAX_SPARE_BYTES ((gsize) 64 * 1024 * 1024)
/* Smaller blocks come from the heap without faults, and are not kept */
#define MIN_SPARE_BYTES ((gsize) 128 * 1024)
/* Blocks start on a cache line; their header comes before */
#define ALIGNMENT 64

typedef struct
{
  gsize size;        /* what can be used, after the header */
} Header;

G_LOCK_DEFINE_STATIC (spare);
static gpointer spare[MAX_SPARE];
static guint n_spare;
static gsize spare_bytes;

static Header *
header_of (gpointer block)
{
  return (Header *) (gpointer) ((guint8 *) block - ALIGNMENT);
}

static gsize
size_of (gpointer block)
{
  return header_of (block)->size;
}

static gpointer
new_block (gsize size)
{
  guint8 *memory = g_aligned_alloc (1, size + ALIGNMENT, ALIGNMENT);

  ((Header *) (gpointer) memory)->size = size;
  return memory + ALIGNMENT;
}

static void
free_block (gpointer block)
{
  g_aligned_free (header_of (block));
}

/* The index of the smallest spare block of at least @size, but not so
 * much bigger that a small need would keep a big block from a big one;
 * or -1 */
static int
find_fit (gsize size)
{
  int best = -1;

  for (guint i = 0; i < n_spare; i++)
    {
      gsize have = size_of (spare[i]);

      if (have >= size && have / 2 <= size && (best < 0 || have < size_of (spare[best])))
        best = (int) i;
    }
  return best;
}

/**
 * _dl_graph_render_spare_take:
 * @size: bytes needed
 *
 * Returns: (transfer full): a block of at least @size bytes, aligned to
 *   a cache line, its contents undefined; give it back with
 *   _dl_graph_render_spare_give()
 */
gpointer
_dl_graph_render_spare_take (gsize size)
{
  gpointer block = NULL;
  int found;

  size = MAX (size, 1);
  G_LOCK (spare);
  found = find_fit (size);
  if (found >= 0)
    {
      block = spare[found];
      spare[found] = spare[--n_spare];
      spare_bytes -= size_of (block);
    }
  G_UNLOCK (spare);
  return block != NULL ? block : new_block (size);
}

/**
 * _dl_graph_render_spare_give:
 * @block: (nullable) (transfer full): from _dl_graph_render_spare_take()
 *
 * Keeps @block for the next frame, or frees it when enough are kept.
 */
void
_dl_graph_render_spare_give (gpointer block)
{
  if (block == NULL)
    return;
  G_LOCK (spare);
  if (size_of (block) >= MIN_SPARE_BYTES && n_spare < MAX_SPARE && spare_bytes + size_of (block) <= MAX_SPARE_BYTES)
    {
      spare[n_spare++] = block;
      spare_bytes += size_of (block);
      block = NULL;
    }
  G_UNLOCK (spare);
  if (block != NULL)
    free_block (block);
}

static const cairo_user_data_key_t block_key;

/**
 * _dl_graph_render_spare_surface:
 * @format: %CAIRO_FORMAT_ARGB32 or %CAIRO_FORMAT_A8
 *
 * A transparent image surface on a spare block, given back when the
 * surface goes.
 *
 * Returns: (transfer full): the surface; in an error state when no
 *   such surface can be had
 */
cairo_surface_t *
_dl_graph_render_spare_surface (cairo_format_t format,
                                int            width,
                                int            height)
{
  int stride = cairo_format_stride_for_width (format, width);
  cairo_surface_t *surface;
  gpointer block;

  if (stride <= 0 || height <= 0)
    return cairo_image_surface_create (format, width, height);
  block = _dl_graph_render_spare_take ((gsize) stride * height);
  memset (block, 0, (gsize) stride * height);
  surface = cairo_image_surface_create_for_data (block, format, width, height, stride);
  if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS &&
      cairo_surface_set_user_data (surface, &block_key, block, _dl_graph_render_spare_give) == CAIRO_STATUS_SUCCESS)
    return surface;
  cairo_surface_destroy (surface);
  _dl_graph_render_spare_give (block);
  return cairo_image_surface_create (format, width, height);
}
