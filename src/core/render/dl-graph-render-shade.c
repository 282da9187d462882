/* dl-graph-render-shade.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the rim of a disc colours the pixels it covers in part, for the
 * raster path (dl-graph-render-raster.c). A rim pixel is the ring of
 * background around a disc, its fill and its outline laid one over the
 * other, each by the part of the pixel it covers; that part depends
 * only on how far the pixel's centre lies from the disc's edge. So for
 * each look of disc (its colours and outline) a table by that distance
 * says what the three layers add to a pixel and how much of the pixel
 * under them shows: a rim pixel then costs one look-up and one blend,
 * not three. Thousands of discs share a few looks, and the tables are
 * kept from frame to frame.
 */
#include "config.h"

#include <math.h>

#include "dl-graph-render-private.h"

/* Entries a pixel of distance: coverage errs by under 1/128 */
#define SHADE_STEPS DL_GRAPH_SHADE_STEPS
/* Looks kept; past that many the cache starts again */
#define MAX_SHADES 4096

static guint
shade_hash (gconstpointer data)
{
  const DlGraphShade *shade = data;
  guint hash = shade->fill;

  hash = hash * 31 + shade->outline;
  hash = hash * 31 + shade->ring;
  hash = hash * 31 + (guint) (shade->half_outline * 1024);
  return hash * 31 + (guint) (shade->ring_width * 1024);
}

static gboolean
shade_equal (gconstpointer a,
             gconstpointer b)
{
  const DlGraphShade *x = a, *y = b;

  return x->fill == y->fill && x->outline == y->outline && x->ring == y->ring &&
         x->half_outline == y->half_outline && x->ring_width == y->ring_width;
}

static void
shade_clear (gpointer data)
{
  DlGraphShade *shade = data;

  g_free (shade->color);
  g_free (shade->keep);
}

/* The part of a pixel whose centre is @e past a disc's edge that a disc
 * @grow wider covers, as the blend takes it: in 256ths */
static float
cover (float grow,
       float e)
{
  return floorf (CLAMP (grow + 0.5f - e, 0.0f, 1.0f) * 256) / 256;
}

/* @color (premultiplied, opaque) over what @c holds already, by @a */
static void
lay (float   *c,
     float   *keep,
     guint32  color,
     float    a)
{
  for (guint k = 0; k < 4; k++)
    c[k] = ((color >> (8 * k)) & 0xff) * a + c[k] * (1 - a);
  *keep *= 1 - a;
}

static void
fill_entry (DlGraphShade *shade,
            guint         i)
{
  float e = shade->start + (float) i / SHADE_STEPS;
  float c[4] = { 0, 0, 0, 0 }, keep = 1;
  guint32 color = 0;

  if (shade->ring_width > 0)
    lay (c, &keep, shade->ring, cover (shade->ring_width, e));
  lay (c, &keep, shade->fill, cover (0, e));
  if (shade->half_outline > 0)
    lay (c, &keep, shade->outline, cover (shade->half_outline, e) - cover (-shade->half_outline, e));
  /* Down, so that what shows of the pixel under can never carry a
   * channel past 255 */
  for (guint k = 0; k < 4; k++)
    color |= (guint32) MIN (floorf (c[k]), 255.0f) << (8 * k);
  shade->color[i] = color;
  shade->keep[i] = (guint16) lroundf (keep * 256);
}

static DlGraphShade *
shade_new (const DlGraphShade *look)
{
  DlGraphShade *shade = g_atomic_rc_box_new0 (DlGraphShade);
  float reach = MAX (look->ring_width, look->half_outline) + 0.5f;

  *shade = *look;
  /* From where the fill and the outline cover a pixel whole to where
   * nothing covers it, and a step either side */
  shade->start = -(look->half_outline + 0.5f) - 1.0f / SHADE_STEPS;
  shade->n = (guint) ceilf ((reach - shade->start) * SHADE_STEPS) + 2;
  shade->color = g_new (guint32, shade->n);
  shade->keep = g_new (guint16, shade->n);
  for (guint i = 0; i < shade->n; i++)
    fill_entry (shade, i);
  return shade;
}

G_LOCK_DEFINE_STATIC (shades);
static GHashTable *shades;

/**
 * _dl_graph_render_shade_get:
 * @fill: the disc's fill, premultiplied and opaque
 * @outline: its outline, likewise
 * @ring: the background around it, likewise
 * @half_outline: half the outline's width, in pixels; 0 for none
 * @ring_width: how far past the disc the ring of background reaches,
 *   in pixels; 0 for none
 *
 * Returns: (transfer full): the rim table of a disc of this look, from
 *   those kept when there is one; release it with
 *   _dl_graph_render_shade_unref()
 */
DlGraphShade *
_dl_graph_render_shade_get (guint32  fill,
                            guint32  outline,
                            guint32  ring,
                            float    half_outline,
                            float    ring_width)
{
  DlGraphShade look = { fill, outline, ring, half_outline, ring_width };
  DlGraphShade *shade;

  G_LOCK (shades);
  if (shades == NULL || g_hash_table_size (shades) >= MAX_SHADES)
    {
      g_clear_pointer (&shades, g_hash_table_unref);
      shades = g_hash_table_new_full (shade_hash, shade_equal, _dl_graph_render_shade_unref, NULL);
    }
  shade = g_hash_table_lookup (shades, &look);
  if (shade == NULL)
    {
      shade = shade_new (&look);
      g_hash_table_add (shades, shade);
    }
  g_atomic_rc_box_acquire (shade);
  G_UNLOCK (shades);
  return shade;
}

/* Shades are shared between threads: a drawing holds its own
 * reference, so that another emptying the cache cannot take them from
 * under it */
void
_dl_graph_render_shade_unref (gpointer shade)
{
  g_atomic_rc_box_release_full (shade, shade_clear);
}
