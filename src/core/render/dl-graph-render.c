/* dl-graph-render.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws a placed actor graph onto any cairo_t: the window's snapshot
 * and the image exporter call the same code.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "dl-actor.h"
#include "dl-graph-render.h"
#include "dl-relation.h"

#define MARGIN 24.0
#define LEGEND_HEIGHT 28.0
#define DIMMED 0.22
#define HALO_WIDTH 3.5

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
} Painter;

/**
 * dl_graph_render_get_font:
 *
 * Returns: (transfer full): the font of node labels
 */
PangoFontDescription *
dl_graph_render_get_font (const DlRenderStyle *style)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_size (font, (int) (MAX (style->font_size, 6.0) * PANGO_SCALE));
  return font;
}

/**
 * dl_graph_render_get_area:
 *
 * The part of a @width × @height surface the graph is fitted into.
 */
void
dl_graph_render_get_area (double       width,
                          double       height,
                          gboolean     show_legend,
                          DlGraphRect *area)
{
  double bottom = MARGIN + (show_legend ? LEGEND_HEIGHT : 0);

  g_return_if_fail (area != NULL);

  *area = (DlGraphRect) { MARGIN, MARGIN, MAX (width - 2 * MARGIN, 1), MAX (height - MARGIN - bottom, 1) };
}

static gboolean
is_active (const Painter *p,
           guint          node)
{
  if (p->state->selected < 0 || (guint) p->state->selected == node)
    return TRUE;
  return dl_graph_layout_are_adjacent (p->layout, (guint) p->state->selected, node);
}

static void
to_surface (const DlGraphTransform *transform,
            const DlGraphNode      *node,
            double                 *x,
            double                 *y)
{
  *x = node->x * transform->scale + transform->dx;
  *y = node->y * transform->scale + transform->dy;
}

static void
draw_edge (const Painter     *p,
           const DlGraphEdge *edge)
{
  cairo_t *cr = p->cr;
  const DlRenderStyle *style = p->style;
  const DlGraphNode *a = dl_graph_layout_get_node (p->layout, edge->source);
  const DlGraphNode *b = dl_graph_layout_get_node (p->layout, edge->target);
  int selected = p->state->selected;
  gboolean touches_selection = selected >= 0 &&
    (edge->source == (guint) selected || edge->target == (guint) selected);
  double alpha = style->high_contrast ? 0.45 : style->dark ? 0.22 : 0.18;
  double ax, ay, bx, by;

  if (touches_selection)
    alpha = style->high_contrast ? 0.9 : 0.6;
  else if (selected >= 0)
    alpha *= 0.4;

  to_surface (p->transform, a, &ax, &ay);
  to_surface (p->transform, b, &bx, &by);
  cairo_move_to (cr, ax, ay);
  cairo_line_to (cr, bx, by);
  cairo_set_line_width (cr, MIN (1.0 + 1.4 * log2 (edge->weight), 7.0));
  dl_color_set_source_alpha (cr, touches_selection ? &style->accent : &style->foreground, alpha);
  cairo_stroke (cr);
}

/* Text with a halo in the background colour, legible over lines and
 * discs in light and dark alike. */
static void
draw_text (cairo_t             *cr,
           PangoLayout         *text,
           double               x,
           double               y,
           const DlRenderStyle *style,
           const DlColor       *color,
           double               alpha)
{
  cairo_save (cr);
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, text);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, HALO_WIDTH);
  dl_color_set_source_alpha (cr, &style->background, 0.85 * MIN (alpha * 2, 1.0));
  cairo_stroke (cr);
  cairo_move_to (cr, x, y);
  dl_color_set_source_alpha (cr, color, alpha);
  pango_cairo_show_layout (cr, text);
  cairo_restore (cr);
}

static void
draw_edge_label (const Painter *p,
                 guint          index)
{
  const DlGraphEdge *edge = dl_graph_layout_get_edge (p->layout, index);
  g_autoptr(PangoFontDescription) small = dl_graph_layout_edge_font (p->font);
  g_autoptr(PangoLayout) text = NULL;
  DlGraphRect rect;

  pango_font_description_set_style (small, PANGO_STYLE_ITALIC);
  text = dl_graph_layout_create_label (p->context, small, dl_relation_get_label (edge->relation));
  dl_graph_layout_get_edge_label_rect (p->layout, p->transform, index, &rect);
  draw_text (p->cr, text, rect.x, rect.y, p->style, &p->style->dim_foreground, 1.0);
}

static void
draw_node (const Painter *p,
           guint          index)
{
  cairo_t *cr = p->cr;
  const DlRenderStyle *style = p->style;
  const DlGraphRenderState *state = p->state;
  const DlGraphNode *node = dl_graph_layout_get_node (p->layout, index);
  const DlColor *kind = &style->kinds[MIN (dl_actor_get_kind (node->actor), DL_ACTOR_KIND_OTHER)];
  gboolean active = is_active (p, index) || (int) index == state->hovered;
  double r = dl_graph_layout_node_radius (node, p->transform);
  DlColor fill = (int) index == state->hovered ? dl_color_mix (kind, &style->background, 0.2) : *kind;
  DlColor outline = dl_color_mix (kind, &style->foreground, style->dark ? 0.15 : 0.3);
  double x, y;

  /* Dimmed discs fade into the background but stay opaque, so the
   * lines behind them do not show through */
  if (!active)
    {
      fill = dl_color_mix (&fill, &style->background, 1.0 - DIMMED);
      outline = dl_color_mix (&outline, &style->background, 1.0 - DIMMED);
    }
  to_surface (p->transform, node, &x, &y);

  /* A ring of background keeps discs apart from the lines under them */
  cairo_arc (cr, x, y, r + 1.5, 0, 2 * G_PI);
  dl_color_set_source (cr, &style->background);
  cairo_fill (cr);

  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  dl_color_set_source (cr, &fill);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, style->high_contrast ? 1.5 : 1.0);
  dl_color_set_source (cr, &outline);
  cairo_stroke (cr);

  if ((int) index == state->selected || (int) index == state->hovered)
    {
      cairo_arc (cr, x, y, r + 4, 0, 2 * G_PI);
      cairo_set_line_width (cr, (int) index == state->selected ? 2.5 : 1.5);
      if ((int) index == state->selected)
        dl_color_set_source (cr, &style->accent);
      else
        dl_color_set_source_alpha (cr, &style->foreground, 0.5);
      cairo_stroke (cr);
    }
}

static void
draw_node_label (const Painter *p,
                 guint          index)
{
  const DlGraphNode *node = dl_graph_layout_get_node (p->layout, index);
  const DlGraphRenderState *state = p->state;
  DlGraphLabelSide side = node->label_side;
  g_autoptr(PangoFontDescription) bold = NULL;
  g_autoptr(PangoLayout) text = NULL;
  DlGraphRect rect;

  /* The hovered name shows even where it did not fit */
  if (side == DL_GRAPH_LABEL_HIDDEN && (int) index == state->hovered)
    side = DL_GRAPH_LABEL_RIGHT;
  if (!dl_graph_layout_get_label_rect (p->layout, p->transform, index, side, &rect))
    return;

  bold = pango_font_description_copy (p->font);
  if ((int) index == state->selected)
    pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
  text = dl_graph_layout_create_label (p->context, bold, dl_actor_get_name (node->actor));
  draw_text (p->cr, text, rect.x, rect.y, p->style, &p->style->foreground,
             is_active (p, index) || (int) index == state->hovered ? 1.0 : DIMMED * 1.5);
}

static void
draw_legend_item (const Painter *p,
                  DlActorKind    kind,
                  double        *x,
                  double         y)
{
  cairo_t *cr = p->cr;
  const DlRenderStyle *style = p->style;
  g_autoptr(PangoLayout) text = NULL;
  PangoRectangle logical;

  text = dl_graph_layout_create_label (p->context, p->font, dl_actor_kind_to_label (kind));
  pango_layout_get_pixel_extents (text, NULL, &logical);

  cairo_arc (cr, *x + 5, y, 5, 0, 2 * G_PI);
  dl_color_set_source (cr, &style->kinds[kind]);
  cairo_fill (cr);
  cairo_move_to (cr, *x + 14, y - logical.height / 2.0);
  dl_color_set_source (cr, &style->dim_foreground);
  pango_cairo_show_layout (cr, text);
  *x += 14 + logical.width + 18;
}

static void
draw_backdrop (const Painter *p,
               double         x,
               double         y,
               double         width,
               double         height)
{
  cairo_pattern_t *content = cairo_get_source (p->cr);
  double r = height / 2;

  cairo_pattern_reference (content);
  cairo_new_sub_path (p->cr);
  cairo_arc (p->cr, x + width - r, y + r, r, -G_PI / 2, G_PI / 2);
  cairo_arc (p->cr, x + r, y + r, r, G_PI / 2, 3 * G_PI / 2);
  cairo_close_path (p->cr);
  dl_color_set_source_alpha (p->cr, &p->style->background, 0.9);
  cairo_fill_preserve (p->cr);
  cairo_set_line_width (p->cr, 1.0);
  dl_color_set_source (p->cr, &p->style->grid);
  cairo_stroke (p->cr);
  cairo_set_source (p->cr, content);
  cairo_pattern_destroy (content);
}

/* The key to the colours, for the kinds that appear */
static void
draw_legend (const Painter *p,
             double         height)
{
  gboolean present[DL_ACTOR_KIND_OTHER + 1] = { FALSE };
  double y = height - MARGIN / 2 - LEGEND_HEIGHT / 2;
  double x = MARGIN;

  for (guint i = 0; i < dl_graph_layout_get_n_nodes (p->layout); i++)
    present[MIN (dl_actor_get_kind (dl_graph_layout_get_node (p->layout, i)->actor), DL_ACTOR_KIND_OTHER)] = TRUE;

  /* Measure first: the key sits on a backdrop, as the graph may be
   * zoomed or panned under it */
  cairo_save (p->cr);
  cairo_push_group (p->cr);
  for (guint k = 0; k <= DL_ACTOR_KIND_OTHER; k++)
    if (present[k])
      draw_legend_item (p, k, &x, y);
  cairo_pop_group_to_source (p->cr);
  draw_backdrop (p, MARGIN - 8, y - LEGEND_HEIGHT / 2, x - 18 - MARGIN + 16, LEGEND_HEIGHT);
  cairo_paint (p->cr);
  cairo_restore (p->cr);
}

static void
draw_empty (cairo_t                    *cr,
            const DlRenderStyle        *style,
            const PangoFontDescription *font,
            double                      width,
            double                      height)
{
  g_autoptr(PangoLayout) text = pango_cairo_create_layout (cr);
  PangoRectangle logical;

  pango_layout_set_font_description (text, font);
  pango_layout_set_text (text, _("No actors to show"), -1);
  pango_layout_get_pixel_extents (text, NULL, &logical);
  cairo_move_to (cr, (width - logical.width) / 2, (height - logical.height) / 2);
  dl_color_set_source (cr, &style->dim_foreground);
  pango_cairo_show_layout (cr, text);
}

/**
 * dl_graph_render:
 *
 * Draws @layout, whose labels were placed for @transform, onto @cr.
 * The background is left to the caller.
 */
void
dl_graph_render (cairo_t                  *cr,
                 DlGraphLayout            *layout,
                 const DlGraphTransform   *transform,
                 double                    width,
                 double                    height,
                 const DlRenderStyle      *style,
                 const DlGraphRenderState *state)
{
  g_autoptr(PangoFontDescription) font = NULL;
  Painter p = { cr, layout, transform, style, state, NULL, NULL };
  guint n_nodes;
  const guint *order;

  g_return_if_fail (cr != NULL && layout != NULL && transform != NULL);
  g_return_if_fail (style != NULL && state != NULL);

  p.font = font = dl_graph_render_get_font (style);
  n_nodes = dl_graph_layout_get_n_nodes (layout);
  if (n_nodes == 0)
    {
      draw_empty (cr, style, font, width, height);
      return;
    }
  p.context = pango_cairo_create_context (cr);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    draw_edge (&p, dl_graph_layout_get_edge (layout, i));

  /* Small discs last, so they stay on top of big neighbours */
  order = dl_graph_layout_get_size_order (layout);
  for (guint i = 0; i < n_nodes; i++)
    draw_node (&p, order[i]);

  for (guint i = 0; i < dl_graph_layout_get_n_edges (layout); i++)
    if (dl_graph_layout_get_edge (layout, i)->label_visible)
      draw_edge_label (&p, i);
  for (guint i = n_nodes; i > 0; i--)
    draw_node_label (&p, order[i - 1]);

  if (state->show_legend)
    draw_legend (&p, height);
  cairo_restore (cr);
  g_object_unref (p.context);
}

/**
 * dl_graph_render_full:
 *
 * Lays out and draws the whole graph, fitted to @width × @height, with
 * its background: what an exported picture shows.
 */
void
dl_graph_render_full (cairo_t             *cr,
                      GListModel          *actors,
                      GListModel          *relations,
                      double               width,
                      double               height,
                      const DlRenderStyle *style)
{
  g_autoptr(DlGraphLayout) layout = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  PangoContext *context;
  DlGraphRenderState state = { -1, -1, TRUE };
  DlGraphRect area, visible = { 0, 0, width, height };
  DlGraphTransform transform;

  g_return_if_fail (cr != NULL && style != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (actors) && G_IS_LIST_MODEL (relations));

  layout = dl_graph_layout_new (actors, relations);
  context = pango_cairo_create_context (cr);
  font = dl_graph_render_get_font (style);
  dl_graph_layout_measure_labels (layout, context, font);
  g_object_unref (context);
  dl_graph_render_get_area (width, height, state.show_legend, &area);
  dl_graph_layout_fit_labelled (layout, &area, &visible, -1, &transform);

  dl_color_set_source (cr, &style->background);
  cairo_paint (cr);
  dl_graph_render (cr, layout, &transform, width, height, style, &state);
}
