/* dl-graph-render-private.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files the graph renderer is split over: drawing
 * with cairo (dl-graph-render.c), the fast raster path for big graphs
 * (dl-graph-render-raster.c), its edges (dl-graph-render-lines.c) and
 * their level of detail (dl-graph-render-lod.c), the picture kept
 * between frames (dl-graph-render-cache.c), the rims of its discs
 * (dl-graph-render-shade.c), and the memory kept for the next frame
 * (dl-graph-render-spare.c).
 */
#pragma once

#include "dl-graph-render.h"

G_BEGIN_DECLS

/* From this many edges or discs, the raster path pays */
#define DL_GRAPH_RENDER_RASTER_MIN_ITEMS 400

/* Edges that would touch more pixels than this at full resolution go
 * at half of it (dl-graph-render-lod.c): eight a pixel of a full-HD
 * picture, a thicket where single lines are lost anyway, and where the
 * full scan starts to cost more than a frame */
#define DL_GRAPH_RENDER_COARSE_TOUCHES 8e6

/* A disc as the raster path draws it, in surface units: a ring of
 * background (when @ring), the fill, and an outline (when @outline_width
 * is above zero) */
typedef struct
{
  double x;
  double y;
  double radius;
  DlColor color;
  DlColor outline;
  double outline_width;
  gboolean ring;
} DlGraphSpeck;

/* Discs ready to go into a picture, a strip of rows at a time */
typedef struct _DlGraphSpeckJob DlGraphSpeckJob;

/* Everything one frame draws with */
typedef struct
{
  cairo_t *cr;
  DlGraphLayout *layout;
  const DlGraphTransform *transform;
  const DlRenderStyle *style;
  const DlGraphRenderState *state;
  PangoContext *context;
  PangoFontDescription *font;
  double width;
  double height;
  gboolean raster;              /* big graph on a picture of our own */
  cairo_surface_t *picture;     /* the image @cr draws on, or NULL */
  GArray *specks;               /* DlGraphSpeck waiting to be drawn */
  DlGraphRenderCache *cache;
  gboolean full_detail;         /* no coarser edges, however dense */
  gboolean coarse;              /* dense edges at half resolution */
} DlGraphPainter;

struct _DlGraphRenderCache
{
  /* The A8 mask of every edge, kept while only the selection changes */
  cairo_surface_t *edges;
  guint64 edges_generation;
  DlGraphTransform edges_transform;
  double edges_width;
  double edges_height;
  double edges_scale;
  double edges_alpha;
  gboolean edges_coarse;        /* at half resolution */

  /* The whole picture but what the hover adds */
  cairo_surface_t *picture;
  guint64 generation;
  DlGraphTransform transform;
  double width;
  double height;
  double scale;
  int selected;
  gboolean show_legend;
  DlGraphColorBy color_by;
  guint labels;                 /* which labels were placed */
  DlRenderStyle style;
};

/* dl-graph-render.c */
void     _dl_graph_render_base          (DlGraphPainter         *p);
void     _dl_graph_render_hover         (DlGraphPainter         *p);
double   _dl_graph_render_edge_alpha    (const DlRenderStyle    *style);
void     _dl_graph_render_empty         (cairo_t                *cr,
                                         const DlRenderStyle    *style,
                                         const PangoFontDescription *font,
                                         double                  width,
                                         double                  height);

/* dl-graph-render-text.c */

/* A name or predicate over the graph, and how to draw it */
typedef struct
{
  PangoContext *context;               /* for the font options */
  const PangoFontDescription *font;
  const char *string;                  /* laid out as dl_graph_layout_create_label() does */
  double x;                            /* where its logical rectangle starts */
  double y;
  const DlColor *color;
  double alpha;                        /* the text's; the halo is a little stronger */
} DlGraphText;

void     _dl_graph_render_text          (cairo_t                *cr,
                                         const DlGraphText      *text,
                                         const DlRenderStyle    *style);

/* dl-graph-render-cache.c */
void     _dl_graph_render_frame         (cairo_t                  *cr,
                                         DlGraphLayout            *layout,
                                         const DlGraphTransform   *transform,
                                         double                    width,
                                         double                    height,
                                         const DlRenderStyle      *style,
                                         const DlGraphRenderState *state,
                                         DlGraphRenderCache       *cache,
                                         gboolean                  full_detail);

/* dl-graph-render-lines.c */
cairo_surface_t *_dl_graph_render_edge_mask (DlGraphLayout          *layout,
                                             const DlGraphTransform *transform,
                                             int                     width,
                                             int                     height,
                                             double                  scale,
                                             double                  line_alpha);
void     _dl_graph_render_edge_lines    (DlGraphLayout          *layout,
                                         const DlGraphTransform *transform,
                                         double                  scale,
                                         double                  line_alpha,
                                         cairo_surface_t        *mask,
                                         cairo_surface_t        *picture,
                                         const guint32          *tints);
void     _dl_graph_render_coarse_lines  (DlGraphLayout          *layout,
                                         const DlGraphTransform *transform,
                                         double                  scale,
                                         double                  line_alpha,
                                         cairo_surface_t        *mask);
gboolean _dl_graph_render_clip_segment  (int                     width,
                                         int                     height,
                                         double                  margin,
                                         double                 *ax,
                                         double                 *ay,
                                         double                 *bx,
                                         double                 *by);

/* dl-graph-render-lod.c */
void     _dl_graph_render_set_coarse_edges (gboolean            allowed);
double   _dl_graph_render_edge_touches  (DlGraphLayout          *layout,
                                         const DlGraphTransform *transform,
                                         double                  scale,
                                         int                     width,
                                         int                     height);
gboolean _dl_graph_render_wants_coarse  (const DlGraphPainter   *p);
void     _dl_graph_render_coarse_size   (int                     width,
                                         int                     height,
                                         int                    *coarse_width,
                                         int                    *coarse_height);
void     _dl_graph_render_tint_coarse   (cairo_surface_t        *picture,
                                         cairo_surface_t        *mask,
                                         const guint32          *tints,
                                         const DlGraphSpeckJob  *specks);
cairo_surface_t *_dl_graph_render_edge_layer (DlGraphLayout          *layout,
                                              const DlGraphTransform *transform,
                                              const DlRenderStyle    *style,
                                              int                     width,
                                              int                     height,
                                              gboolean                coarse);

/* dl-graph-render-raster.c */
typedef void (*DlGraphChunkFunc) (gpointer  data,
                                  guint     chunk,
                                  gpointer *scratch);

gboolean _dl_graph_render_can_raster    (cairo_t                *cr);
double   _dl_graph_render_device_scale  (cairo_t                *cr);
void     _dl_graph_render_raster_edges  (DlGraphPainter         *p,
                                         const DlColor          *color,
                                         double                  line_alpha,
                                         double                  paint_alpha);
void     _dl_graph_render_raster_specks (DlGraphPainter         *p,
                                         const DlGraphSpeck     *specks,
                                         guint                   n_specks);
DlGraphSpeckJob *_dl_graph_render_speck_job_new (DlGraphPainter     *p,
                                                 const DlGraphSpeck *specks,
                                                 guint               n_specks);
void     _dl_graph_render_speck_job_free (DlGraphSpeckJob       *job);
void     _dl_graph_render_speck_job_draw (const DlGraphSpeckJob *job);
void     _dl_graph_render_speck_rows    (const DlGraphSpeckJob  *job,
                                         int                     top,
                                         int                     bottom);
void     _dl_graph_render_fill_tints    (guint32                *tints,
                                         const DlColor          *color,
                                         double                  paint_alpha);
void     _dl_graph_render_tint_row      (guint32                *row,
                                         const guint8           *cover,
                                         int                     width,
                                         const guint32          *tints);
void     _dl_graph_render_tint_mask     (cairo_surface_t        *picture,
                                         cairo_surface_t        *mask,
                                         const guint32          *tints);
void     _dl_graph_render_parallel      (guint                   n_chunks,
                                         guint                   max_threads,
                                         DlGraphChunkFunc        func,
                                         gpointer                data);

/* dl-graph-render-shade.c: what a disc's rim puts into a pixel, by the
 * distance of the pixel's centre past the disc's edge */
typedef struct
{
  guint32 fill;
  guint32 outline;
  guint32 ring;
  float half_outline;
  float ring_width;  /* 0 for none */
  float start;       /* the distance of the first entry */
  guint n;
  guint32 *color;    /* what the layers add, premultiplied */
  guint16 *keep;     /* how much of the pixel under them shows, /256 */
} DlGraphShade;

#define DL_GRAPH_SHADE_STEPS 64

DlGraphShade *_dl_graph_render_shade_get  (guint32             fill,
                                           guint32             outline,
                                           guint32             ring,
                                           float               half_outline,
                                           float               ring_width);
void     _dl_graph_render_shade_unref   (gpointer                shade);

/* @pixel (premultiplied) with the rim of @shade over it, its centre @e
 * pixels past the disc's edge */
static inline guint32
_dl_graph_render_shade_pixel (const DlGraphShade *shade,
                              guint32             pixel,
                              float               e)
{
  int i = (int) ((e - shade->start) * DL_GRAPH_SHADE_STEPS + 0.5f);
  guint32 keep, rb, ag;

  if (i >= (int) shade->n)
    return pixel;
  i = MAX (i, 0);
  keep = shade->keep[i];
  rb = (((pixel & 0xff00ff) * keep) >> 8) & 0xff00ff;
  ag = (((pixel >> 8) & 0xff00ff) * keep) & 0xff00ff00;
  return shade->color[i] + (rb | ag);
}

/* dl-graph-render-spare.c */
gpointer _dl_graph_render_spare_take    (gsize                   size);
void     _dl_graph_render_spare_give    (gpointer                block);
cairo_surface_t *_dl_graph_render_spare_surface (cairo_format_t  format,
                                                 int             width,
                                                 int             height);

G_END_DECLS
