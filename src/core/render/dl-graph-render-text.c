/* dl-graph-render-text.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names and predicates over the graph, each with a halo of the
 * background around it, so that they stay legible over lines and discs.
 *
 * On pixels, the text is drawn once into a small alpha mask and the
 * halo grown from that mask by a dilation, a few rows of bytes at a
 * time: drawing the text in eight directions instead cost about forty
 * microseconds a label, a tenth of a frame for ninety labels. Vector
 * pictures (SVG, PDF, print) still get the eight copies, which stay
 * paths there.
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "dl-graph-layout.h"
#include "dl-graph-render-private.h"

#define HALO_REACH 1.75      /* how far the halo reaches past the glyphs */
#define MAX_SPRITE_AREA (1 << 20)
#define MAX_OFFSETS 64
#define MAX_KEPT_MASKS 4096

typedef struct
{
  int dx;
  int dy;
  guint weight;                 /* out of 256 */
} DilationOffset;

/* The neighbourhood of a pixel the halo takes from: a disc of radius
 * @reach device pixels, its rim weighted by how much of each pixel it
 * covers */
static guint
dilation_offsets (double          reach,
                  DilationOffset *offsets)
{
  int bound = (int) ceil (reach + 0.5);
  guint n = 0;

  for (int dy = -bound; dy <= bound; dy++)
    for (int dx = -bound; dx <= bound && n < MAX_OFFSETS; dx++)
      {
        double cover = CLAMP (reach + 0.5 - hypot (dx, dy), 0, 1);

        if (cover >= 1.0 / 32)
          offsets[n++] = (DilationOffset) { dx, dy, (guint) (cover * 256 + 0.5) };
      }
  return n;
}

typedef guint16 WidePixels __attribute__ ((vector_size (16)));
typedef guint8 Pixels __attribute__ ((vector_size (8)));

/* @halo with @text weighted over it, eight pixels at once, as copies
 * of the text drawn one over another would cover them */
static Pixels
cover (Pixels halo,
       Pixels text,
       guint  weight)
{
  WidePixels under = __builtin_convertvector (halo, WidePixels);
  WidePixels over = (__builtin_convertvector (text, WidePixels) * (guint16) weight) >> 8;

  return __builtin_convertvector (under + over - ((under * over + 255) >> 8), Pixels);
}

/* One row of the text, shifted by @dx and weighted, over one row of
 * the halo */
static void
dilate_row (guint8       *halo,
            const guint8 *text,
            int           width,
            int           dx,
            guint         weight)
{
  int x = MAX (0, -dx), last = MIN (width, width - dx);

  for (; x + 8 <= last; x += 8)
    {
      Pixels out, in;

      memcpy (&out, halo + x, sizeof out);
      memcpy (&in, text + x + dx, sizeof in);
      out = cover (out, in, weight);
      memcpy (halo + x, &out, sizeof out);
    }
  for (; x < last; x++)
    {
      guint under = halo[x], over = (text[x + dx] * weight) >> 8;

      halo[x] = (guint8) (under + over - ((under * over + 255) >> 8));
    }
}

static void
dilate (cairo_surface_t *text,
        cairo_surface_t *halo,
        double           reach)
{
  DilationOffset offsets[MAX_OFFSETS];
  guint n_offsets = dilation_offsets (reach, offsets);
  int width = cairo_image_surface_get_width (text);
  int height = cairo_image_surface_get_height (text);
  int text_stride = cairo_image_surface_get_stride (text);
  int halo_stride = cairo_image_surface_get_stride (halo);
  const guint8 *text_data = cairo_image_surface_get_data (text);
  guint8 *halo_data = cairo_image_surface_get_data (halo);

  for (guint i = 0; i < n_offsets; i++)
    for (int y = MAX (0, -offsets[i].dy); y < MIN (height, height - offsets[i].dy); y++)
      dilate_row (halo_data + (gsize) y * halo_stride, text_data + (gsize) (y + offsets[i].dy) * text_stride,
                  width, offsets[i].dx, offsets[i].weight);
  cairo_surface_mark_dirty (halo);
}

/* An A8 image in @scale device pixels a unit, clear */
static cairo_surface_t *
new_mask (int    width,
          int    height,
          double scale)
{
  cairo_surface_t *mask = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);

  cairo_surface_set_device_scale (mask, scale, scale);
  return mask;
}

/* Whether @cr's units are the target's pixels (times its device
 * scale), as in the picture the renderer draws: then a mask made
 * apart lands exactly where the text would */
static gboolean
draws_plain_pixels (cairo_t *cr)
{
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  return cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE &&
         matrix.xx == 1 && matrix.yy == 1 && matrix.xy == 0 && matrix.yx == 0 &&
         matrix.x0 == 0 && matrix.y0 == 0;
}

/* A label's text and its halo as alpha masks, with where they go from
 * the text's origin, in device pixels */
typedef struct
{
  cairo_surface_t *glyphs;
  cairo_surface_t *halo;
  int left;
  int top;
} LabelMasks;

static void
label_masks_clear (gpointer data)
{
  LabelMasks *masks = data;

  cairo_surface_destroy (masks->glyphs);
  cairo_surface_destroy (masks->halo);
}

/* Masks are shared: a drawing holds its own reference, so that another
 * thread emptying the kept ones cannot take them from under it */
static void
label_masks_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, label_masks_clear);
}

/* The masks of @text drawn with its origin on a whole device pixel, or
 * %NULL where there is no memory for them */
static LabelMasks *
make_label_masks (PangoLayout *text,
                  double       scale)
{
  /* A quarter of a pixel more for the soft rims of the copies */
  double reach = HALO_REACH * scale + 0.25;
  int margin = (int) ceil (reach + 0.5) + 1;
  LabelMasks *masks;
  PangoRectangle ink;
  int width, height;
  cairo_t *cr;

  pango_layout_get_pixel_extents (text, &ink, NULL);
  width = (int) ceil ((ink.x + ink.width) * scale) - (int) floor (ink.x * scale) + 2 * margin;
  height = (int) ceil ((ink.y + ink.height) * scale) - (int) floor (ink.y * scale) + 2 * margin;
  if ((gint64) width * height > MAX_SPRITE_AREA)
    return NULL;

  masks = g_atomic_rc_box_new0 (LabelMasks);
  masks->left = (int) floor (ink.x * scale) - margin;
  masks->top = (int) floor (ink.y * scale) - margin;
  masks->glyphs = new_mask (width, height, scale);
  masks->halo = new_mask (width, height, scale);
  if (cairo_surface_status (masks->glyphs) != CAIRO_STATUS_SUCCESS ||
      cairo_surface_status (masks->halo) != CAIRO_STATUS_SUCCESS)
    {
      label_masks_release (masks);
      return NULL;
    }
  cr = cairo_create (masks->glyphs);
  cairo_move_to (cr, -masks->left / scale, -masks->top / scale);
  pango_cairo_show_layout (cr, text);
  cairo_destroy (cr);
  cairo_surface_flush (masks->glyphs);
  cairo_surface_flush (masks->halo);
  dilate (masks->glyphs, masks->halo, reach);
  return masks;
}

/* The masks of labels drawn lately, by font, scale and text, as the
 * glyphs of a font are kept: a frame after a zoom or a hover shows the
 * same names. Dropped all at once when there are too many. */
static GHashTable *kept_masks;
G_LOCK_DEFINE_STATIC (kept_masks);

static char *
label_key (PangoContext               *context,
           const PangoFontDescription *font,
           const char                 *string,
           double                      scale)
{
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  g_autofree char *font_name = pango_font_description_to_string (font);

  return g_strdup_printf ("%s|%lu|%g|%s", font_name, options != NULL ? cairo_font_options_hash (options) : 0, scale,
                          string);
}

/* The kept masks of a label, made and kept if need be, with a reference
 * for the caller; %NULL when there is no memory for them */
static LabelMasks *
get_label_masks (PangoContext               *context,
                 const PangoFontDescription *font,
                 const char                 *string,
                 double                      scale)
{
  char *key = label_key (context, font, string, scale);
  LabelMasks *masks;

  G_LOCK (kept_masks);
  if (kept_masks == NULL)
    kept_masks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, label_masks_release);
  masks = g_hash_table_lookup (kept_masks, key);
  if (masks == NULL)
    {
      g_autoptr(PangoLayout) text = dl_graph_layout_create_label (context, font, string);

      masks = make_label_masks (text, scale);
      if (masks != NULL && g_hash_table_size (kept_masks) >= MAX_KEPT_MASKS)
        g_hash_table_remove_all (kept_masks);
      if (masks != NULL)
        g_hash_table_insert (kept_masks, g_steal_pointer (&key), masks);
    }
  if (masks != NULL)
    g_atomic_rc_box_acquire (masks);
  G_UNLOCK (kept_masks);
  g_free (key);
  return masks;
}

/* The halo's opacity for a text of @alpha: a little stronger */
static double
halo_alpha (double alpha)
{
  return 0.85 * MIN (alpha * 2, 1.0);
}

/* The label from its kept masks, its origin on the nearest device
 * pixel; %FALSE when there are none */
static gboolean
draw_label_masks (cairo_t             *cr,
                  const DlGraphText   *text,
                  const DlRenderStyle *style)
{
  double scale = _dl_graph_render_device_scale (cr);
  LabelMasks *masks = get_label_masks (text->context, text->font, text->string, scale);
  double left, top;

  if (masks == NULL)
    return FALSE;
  left = (round (text->x * scale) + masks->left) / scale;
  top = (round (text->y * scale) + masks->top) / scale;
  dl_color_set_source_alpha (cr, &style->background, halo_alpha (text->alpha));
  cairo_mask_surface (cr, masks->halo, left, top);
  dl_color_set_source_alpha (cr, text->color, text->alpha);
  cairo_mask_surface (cr, masks->glyphs, left, top);
  label_masks_release (masks);
  return TRUE;
}

/* The halo as the text itself in the background colour, drawn around
 * its place in eight directions, through one group only as large as the
 * text, so that where the copies overlap the halo is no darker */
static void
draw_halo_copies (cairo_t             *cr,
                  PangoLayout         *text,
                  double               x,
                  double               y,
                  const DlRenderStyle *style,
                  double               alpha)
{
  double diagonal = HALO_REACH * G_SQRT2 / 2;
  const double offsets[8][2] = {
    { -HALO_REACH, 0 }, { HALO_REACH, 0 }, { 0, -HALO_REACH }, { 0, HALO_REACH },
    { -diagonal, -diagonal }, { diagonal, -diagonal }, { -diagonal, diagonal }, { diagonal, diagonal },
  };
  cairo_pattern_t *halo;
  PangoRectangle ink;

  pango_layout_get_pixel_extents (text, &ink, NULL);
  cairo_save (cr);
  cairo_rectangle (cr, floor (x + ink.x - HALO_REACH - 1), floor (y + ink.y - HALO_REACH - 1),
                   ceil (ink.width + 2 * HALO_REACH + 3), ceil (ink.height + 2 * HALO_REACH + 3));
  cairo_clip (cr);
  cairo_push_group_with_content (cr, CAIRO_CONTENT_ALPHA);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      cairo_move_to (cr, x + offsets[i][0], y + offsets[i][1]);
      pango_cairo_show_layout (cr, text);
    }
  halo = cairo_pop_group (cr);
  dl_color_set_source_alpha (cr, &style->background, halo_alpha (alpha));
  cairo_mask (cr, halo);
  cairo_pattern_destroy (halo);
  cairo_restore (cr);
}

/**
 * _dl_graph_render_text:
 *
 * Draws @text with a halo of @style's background, legible over lines
 * and discs in light and dark alike.
 */
void
_dl_graph_render_text (cairo_t             *cr,
                       const DlGraphText   *text,
                       const DlRenderStyle *style)
{
  g_autoptr(PangoLayout) layout = NULL;

  cairo_save (cr);
  if (!draws_plain_pixels (cr) || !draw_label_masks (cr, text, style))
    {
      layout = dl_graph_layout_create_label (text->context, text->font, text->string);
      draw_halo_copies (cr, layout, text->x, text->y, style, text->alpha);
      cairo_move_to (cr, text->x, text->y);
      dl_color_set_source_alpha (cr, text->color, text->alpha);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_restore (cr);
}
