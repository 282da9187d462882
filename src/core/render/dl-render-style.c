/* dl-render-style.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Default palettes, taken from the GNOME HIG colour palette so exported
 * pictures look like the window does.
 */
#include "config.h"

#include "dl-render-style.h"

#define RGB(r, g, b) ((DlColor) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 })

static void
init_kinds (DlRenderStyle *style,
            gboolean       dark)
{
  /* Blue, purple, green, orange, grey from the GNOME palette; the dark
   * variants are one step lighter so they keep their contrast. */
  style->kinds[DL_ACTOR_KIND_PERSON] = dark ? RGB (0x62, 0xa0, 0xea) : RGB (0x1c, 0x71, 0xd8);
  style->kinds[DL_ACTOR_KIND_ORGANIZATION] = dark ? RGB (0xc0, 0x61, 0xcb) : RGB (0x81, 0x3d, 0x9c);
  style->kinds[DL_ACTOR_KIND_LOCATION] = dark ? RGB (0x57, 0xe3, 0x89) : RGB (0x26, 0xa2, 0x69);
  style->kinds[DL_ACTOR_KIND_GROUP] = dark ? RGB (0xff, 0xa3, 0x48) : RGB (0xe6, 0x61, 0x00);
  style->kinds[DL_ACTOR_KIND_OTHER] = dark ? RGB (0xc0, 0xbf, 0xbc) : RGB (0x77, 0x76, 0x7b);
}

void
dl_render_style_init_light (DlRenderStyle *style)
{
  g_return_if_fail (style != NULL);

  style->background = RGB (0xff, 0xff, 0xff);
  style->foreground = (DlColor) { 0, 0, 0, 0.8 };
  style->dim_foreground = (DlColor) { 0, 0, 0, 0.55 };
  style->grid = (DlColor) { 0, 0, 0, 0.1 };
  style->accent = RGB (0x1c, 0x71, 0xd8);
  style->accent_foreground = RGB (0xff, 0xff, 0xff);
  init_kinds (style, FALSE);
  style->font_family = g_strdup ("Cantarell");
  style->font_size = 10.0;
  style->dark = FALSE;
  style->high_contrast = FALSE;
}

void
dl_render_style_init_dark (DlRenderStyle *style)
{
  g_return_if_fail (style != NULL);

  style->background = RGB (0x24, 0x24, 0x24);
  style->foreground = RGB (0xff, 0xff, 0xff);
  style->dim_foreground = (DlColor) { 1, 1, 1, 0.55 };
  style->grid = (DlColor) { 1, 1, 1, 0.1 };
  style->accent = RGB (0x78, 0xae, 0xed);
  style->accent_foreground = RGB (0xff, 0xff, 0xff);
  init_kinds (style, TRUE);
  style->font_family = g_strdup ("Cantarell");
  style->font_size = 10.0;
  style->dark = TRUE;
  style->high_contrast = FALSE;
}

void
dl_render_style_clear (DlRenderStyle *style)
{
  g_return_if_fail (style != NULL);
  g_clear_pointer (&style->font_family, g_free);
}

DlColor
dl_color_with_alpha (const DlColor *color,
                     double         alpha)
{
  DlColor result = *color;

  result.alpha = color->alpha * alpha;
  return result;
}

DlColor
dl_color_mix (const DlColor *a,
              const DlColor *b,
              double         amount)
{
  return (DlColor) {
    a->red + (b->red - a->red) * amount,
    a->green + (b->green - a->green) * amount,
    a->blue + (b->blue - a->blue) * amount,
    a->alpha + (b->alpha - a->alpha) * amount,
  };
}

void
dl_color_set_source (cairo_t       *cr,
                     const DlColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* The colour with its alpha multiplied by @alpha */
void
dl_color_set_source_alpha (cairo_t       *cr,
                           const DlColor *color,
                           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}
