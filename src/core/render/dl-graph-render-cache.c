/* dl-graph-render-cache.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The picture a frame keeps for the next. On pixel surfaces everything
 * but the hover (lines, discs, labels and the key) is drawn into an
 * image of the surface's size, and each frame paints that image and
 * draws the hovered edge and disc over it. The window redraws on every
 * move of the pointer; with thousands of actors only a change of the
 * layout, the view, the labels, the selection or the colours costs a
 * whole drawing. Vector surfaces (SVG, PDF) get real paths instead.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dl-graph-render-private.h"

/**
 * dl_graph_render_cache_new:
 *
 * Returns: (transfer full): an empty cache for dl_graph_render_cached()
 */
DlGraphRenderCache *
dl_graph_render_cache_new (void)
{
  DlGraphRenderCache *cache = g_new0 (DlGraphRenderCache, 1);

  cache->selected = -1;
  return cache;
}

void
dl_graph_render_cache_free (DlGraphRenderCache *cache)
{
  if (cache == NULL)
    return;
  g_clear_pointer (&cache->edges, cairo_surface_destroy);
  g_clear_pointer (&cache->picture, cairo_surface_destroy);
  dl_render_style_clear (&cache->style);
  g_free (cache);
}

/* Placing labels does not move nodes, so the layout's generation does
 * not tell: which labels show is part of the picture's key */
static guint
label_fingerprint (DlGraphLayout *layout)
{
  guint hash = 5381;

  for (guint i = 0; i < dl_graph_layout_get_n_nodes (layout); i++)
    hash = hash * 33 + dl_graph_layout_get_node (layout, i)->label_side;
  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    hash = hash * 33 + (dl_graph_layout_get_edge (layout, i)->label_visible ? 1 : 0);
  return hash;
}

/* The colours come first in the style, a block of doubles */
static gboolean
style_equal (const DlRenderStyle *a,
             const DlRenderStyle *b)
{
  return memcmp (a, b, G_STRUCT_OFFSET (DlRenderStyle, font_family)) == 0 &&
         g_strcmp0 (a->font_family, b->font_family) == 0 && a->font_size == b->font_size &&
         a->dark == b->dark && a->high_contrast == b->high_contrast;
}

static gboolean
picture_matches (const DlGraphRenderCache *cache,
                 const DlGraphPainter     *p,
                 double                    scale,
                 guint                     labels)
{
  return cache->picture != NULL && cache->generation == dl_graph_layout_get_generation (p->layout) &&
         memcmp (&cache->transform, p->transform, sizeof *p->transform) == 0 &&
         cache->width == p->width && cache->height == p->height && cache->scale == scale &&
         cache->selected == p->state->selected && cache->show_legend == p->state->show_legend &&
         cache->color_by == p->state->color_by && cache->labels == labels &&
         style_equal (&cache->style, p->style);
}

static void
keep_picture (DlGraphRenderCache   *cache,
              const DlGraphPainter *p,
              cairo_surface_t      *picture,
              double                scale,
              guint                 labels)
{
  g_clear_pointer (&cache->picture, cairo_surface_destroy);
  cache->picture = cairo_surface_reference (picture);
  cache->generation = dl_graph_layout_get_generation (p->layout);
  cache->transform = *p->transform;
  cache->width = p->width;
  cache->height = p->height;
  cache->scale = scale;
  cache->selected = p->state->selected;
  cache->show_legend = p->state->show_legend;
  cache->color_by = p->state->color_by;
  cache->labels = labels;
  dl_render_style_clear (&cache->style);
  cache->style = *p->style;
  cache->style.font_family = g_strdup (p->style->font_family);
}

static void
painter_init (DlGraphPainter           *p,
              cairo_t                  *cr,
              const DlGraphPainter     *from,
              const DlGraphRenderState *state)
{
  *p = *from;
  p->cr = cr;
  p->state = state;
  p->context = pango_cairo_create_context (cr);
}

/* Everything but the hover, on an image of @target's pixels */
static cairo_surface_t *
draw_picture (const DlGraphPainter     *from,
              const DlGraphRenderState *base,
              double                    scale)
{
  cairo_surface_t *picture;
  DlGraphPainter p;
  cairo_t *cr;

  picture = _dl_graph_render_spare_surface (CAIRO_FORMAT_ARGB32, (int) ceil (from->width * scale),
                                            (int) ceil (from->height * scale));
  if (cairo_surface_status (picture) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (picture);
      return NULL;
    }
  cairo_surface_set_device_scale (picture, scale, scale);
  cr = cairo_create (picture);
  painter_init (&p, cr, from, base);
  p.picture = picture;
  p.raster = dl_graph_layout_get_n_edges (p.layout) >= DL_GRAPH_RENDER_RASTER_MIN_ITEMS ||
             dl_graph_layout_get_n_nodes (p.layout) >= DL_GRAPH_RENDER_RASTER_MIN_ITEMS;
  _dl_graph_render_base (&p);
  g_object_unref (p.context);
  cairo_destroy (cr);
  cairo_surface_flush (picture);
  return picture;
}

/* The kept picture when it still holds, else a new one, kept */
static cairo_surface_t *
get_picture (const DlGraphPainter     *from,
             const DlGraphRenderState *base)
{
  double scale = _dl_graph_render_device_scale (from->cr);
  DlGraphRenderCache *cache = from->cache;
  guint labels = cache != NULL ? label_fingerprint (from->layout) : 0;
  DlGraphPainter keyed = *from;
  cairo_surface_t *picture;

  keyed.state = base;
  if (cache != NULL && picture_matches (cache, &keyed, scale, labels))
    return cairo_surface_reference (cache->picture);
  picture = draw_picture (from, base, scale);
  if (cache != NULL && picture != NULL)
    keep_picture (cache, &keyed, picture, scale, labels);
  return picture;
}

/* Vector surfaces, or no memory for a picture: paths straight onto @cr */
static void
draw_direct (const DlGraphPainter     *from,
             const DlGraphRenderState *base)
{
  DlGraphPainter p;

  painter_init (&p, from->cr, from, base);
  _dl_graph_render_base (&p);
  g_object_unref (p.context);
}

/**
 * _dl_graph_render_frame:
 * @cache: (nullable): what the last frame kept
 * @full_detail: draw dense edges at full resolution too, as a picture
 *   to keep needs, where time matters less than on screen
 *
 * dl_graph_render_cached(), with a say on the level of detail.
 */
void
_dl_graph_render_frame (cairo_t                  *cr,
                        DlGraphLayout            *layout,
                        const DlGraphTransform   *transform,
                        double                    width,
                        double                    height,
                        const DlRenderStyle      *style,
                        const DlGraphRenderState *state,
                        DlGraphRenderCache       *cache,
                        gboolean                  full_detail)
{
  g_autoptr(PangoFontDescription) font = NULL;
  DlGraphPainter p = { cr, layout, transform, style, state, NULL, NULL, width, height, FALSE, NULL, NULL, cache,
                       full_detail };
  DlGraphRenderState base;
  cairo_surface_t *picture = NULL;

  p.font = font = dl_graph_render_get_font (style);
  if (dl_graph_layout_get_n_nodes (layout) == 0)
    {
      _dl_graph_render_empty (cr, style, font, width, height);
      return;
    }
  base = *state;
  base.hovered = -1;
  base.hovered_edge = -1;
  if (_dl_graph_render_can_raster (cr))
    picture = get_picture (&p, &base);
  if (picture != NULL)
    {
      cairo_save (cr);
      cairo_set_source_surface (cr, picture, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
      cairo_surface_destroy (picture);
    }
  else
    draw_direct (&p, &base);

  p.context = pango_cairo_create_context (cr);
  _dl_graph_render_hover (&p);
  g_object_unref (p.context);
}

/**
 * dl_graph_render_cached:
 * @cache: (nullable): what the last frame kept
 *
 * Like dl_graph_render(), keeping in @cache what the next frame can
 * reuse: the window redraws on every hover. A frame drawn with a cache
 * looks exactly like one drawn without.
 */
void
dl_graph_render_cached (cairo_t                  *cr,
                        DlGraphLayout            *layout,
                        const DlGraphTransform   *transform,
                        double                    width,
                        double                    height,
                        const DlRenderStyle      *style,
                        const DlGraphRenderState *state,
                        DlGraphRenderCache       *cache)
{
  g_return_if_fail (cr != NULL && layout != NULL && transform != NULL);
  g_return_if_fail (style != NULL && state != NULL);

  _dl_graph_render_frame (cr, layout, transform, width, height, style, state, cache, FALSE);
}
