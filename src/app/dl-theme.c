/* dl-theme.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fills the renderers' style from the widget's theme, so the timeline and
 * the graph follow light, dark, high contrast and the accent colour.
 */
#include "config.h"

#include <adwaita.h>

#include "dl-theme.h"

static DlColor
color_from_rgba (const GdkRGBA *rgba)
{
  return (DlColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              DlColor         *out)
{
  GdkRGBA rgba;

  /* GTK 4.8 has no gtk_widget_get_color(); the style context is how
   * named theme colours are read there. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (gtk_style_context_lookup_color (context, name, &rgba))
    *out = color_from_rgba (&rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

void
dl_theme_fill_render_style (GtkWidget     *widget,
                            DlRenderStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context;
  PangoFontDescription *font;
  GdkRGBA fg;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (adw_style_manager_get_dark (manager))
    dl_render_style_init_dark (style);
  else
    dl_render_style_init_light (style);
  style->high_contrast = adw_style_manager_get_high_contrast (manager);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  style->foreground = color_from_rgba (&fg);
  style->dim_foreground = dl_color_with_alpha (&style->foreground, style->high_contrast ? 0.8 : 0.55);
  style->grid = dl_color_with_alpha (&style->foreground, style->high_contrast ? 0.3 : 0.1);
  lookup_color (context, "view_bg_color", &style->background);
  lookup_color (context, "accent_color", &style->accent);
  lookup_color (context, "accent_fg_color", &style->accent_foreground);

  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      g_free (style->font_family);
      style->font_family = g_strdup (pango_font_description_get_family (font));
      style->font_size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
    }
}
