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
#include "dl-graph-render-private.h"
#include "dl-relation.h"

#define MARGIN 24.0
#define LEGEND_HEIGHT 28.0
#define DIMMED 0.22
#define PLAIN_RADIUS 3.0     /* discs this small on screen skip ring and outline */
#define LEGEND_COMMUNITIES 6

/* The GNOME palette, one hue per community, light and dark */
static const guint32 community_light[DL_GRAPH_RENDER_N_COMMUNITY_COLORS] = {
  0x1c71d8, 0xe66100, 0x26a269, 0xc01c28, 0x813d9c, 0x986a44, 0x2190a4, 0xc88800,
};
static const guint32 community_dark[DL_GRAPH_RENDER_N_COMMUNITY_COLORS] = {
  0x62a0ea, 0xffa348, 0x57e389, 0xf66151, 0xc061cb, 0xcdab8f, 0x5bc8de, 0xf8e45c,
};

/**
 * dl_graph_render_state_init:
 *
 * Nothing selected or hovered, the legend shown, colours by kind.
 */
void
dl_graph_render_state_init (DlGraphRenderState *state)
{
  g_return_if_fail (state != NULL);

  *state = (DlGraphRenderState) { -1, -1, TRUE, DL_GRAPH_COLOR_BY_KIND, -1 };
}

static DlColor
rgb (guint32 value)
{
  return (DlColor) { ((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0, (value & 0xff) / 255.0, 1.0 };
}

/**
 * dl_graph_render_node_color:
 *
 * Returns: the fill of @node's disc: its kind's colour, or its
 *   community's (the neutral colour when it has none, or one of the
 *   small ones past the palette)
 */
DlColor
dl_graph_render_node_color (const DlRenderStyle *style,
                            const DlGraphNode   *node,
                            DlGraphColorBy       color_by)
{
  DlColor black = { 0, 0, 0, 1 };

  g_return_val_if_fail (style != NULL && node != NULL, black);

  if (color_by == DL_GRAPH_COLOR_BY_COMMUNITY)
    {
      if (node->community >= DL_GRAPH_RENDER_N_COMMUNITY_COLORS)
        return style->kinds[DL_ACTOR_KIND_OTHER];
      return rgb (style->dark ? community_dark[node->community] : community_light[node->community]);
    }
  return style->kinds[MIN (dl_actor_get_kind (node->actor), DL_ACTOR_KIND_OTHER)];
}

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
is_active (const DlGraphPainter *p,
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

static gboolean
touches (const DlGraphEdge *edge,
         int                node)
{
  return node >= 0 && (edge->source == (guint) node || edge->target == (guint) node);
}

/* Lines entirely off the surface cost nothing */
static gboolean
add_edge_path (const DlGraphPainter     *p,
               const DlGraphEdge *edge,
               double             width,
               double             height)
{
  double ax, ay, bx, by;

  to_surface (p->transform, dl_graph_layout_get_node (p->layout, edge->source), &ax, &ay);
  to_surface (p->transform, dl_graph_layout_get_node (p->layout, edge->target), &bx, &by);
  if (MAX (ax, bx) < 0 || MIN (ax, bx) > width || MAX (ay, by) < 0 || MIN (ay, by) > height)
    return FALSE;
  cairo_move_to (p->cr, ax, ay);
  cairo_line_to (p->cr, bx, by);
  return TRUE;
}

static void
stroke_edge (const DlGraphPainter     *p,
             const DlGraphEdge *edge,
             const DlColor     *color,
             double             alpha)
{
  if (!add_edge_path (p, edge, p->width, p->height))
    return;
  cairo_set_line_width (p->cr, dl_graph_layout_edge_width (edge));
  dl_color_set_source_alpha (p->cr, color, alpha);
  cairo_stroke (p->cr);
}

/**
 * _dl_graph_render_edge_alpha:
 *
 * Returns: the opacity of one edge, where nothing is selected
 */
double
_dl_graph_render_edge_alpha (const DlRenderStyle *style)
{
  return style->high_contrast ? 0.45 : style->dark ? 0.22 : 0.18;
}

static double
strong_alpha (const DlRenderStyle *style)
{
  return style->high_contrast ? 0.9 : 0.6;
}

/* The selection's edges stand out, over the others */
static void
draw_edges (const DlGraphPainter *p)
{
  const DlRenderStyle *style = p->style;
  int selected = p->state->selected;
  guint n_edges = dl_graph_layout_get_n_edges (p->layout);
  double alpha = _dl_graph_render_edge_alpha (style);

  /* The raster path keeps every edge in one mask, whatever is
   * selected; the strong ones are drawn again on top */
  if (p->raster)
    _dl_graph_render_raster_edges ((DlGraphPainter *) p, &style->foreground, alpha, selected >= 0 ? 0.4 : 1.0);
  else
    for (guint i = 0; i < n_edges; i++)
      if (!touches (dl_graph_layout_get_edge (p->layout, i), selected))
        stroke_edge (p, dl_graph_layout_get_edge (p->layout, i), &style->foreground, selected >= 0 ? alpha * 0.4 : alpha);

  for (guint i = 0; selected >= 0 && i < n_edges; i++)
    if (touches (dl_graph_layout_get_edge (p->layout, i), selected))
      stroke_edge (p, dl_graph_layout_get_edge (p->layout, i), &style->accent, strong_alpha (style));
}

static void
draw_edge_label (const DlGraphPainter *p,
                 guint          index)
{
  const DlGraphEdge *edge = dl_graph_layout_get_edge (p->layout, index);
  g_autoptr(PangoFontDescription) small = dl_graph_layout_edge_font (p->font);
  DlGraphText text;
  DlGraphRect rect;

  pango_font_description_set_style (small, PANGO_STYLE_ITALIC);
  dl_graph_layout_get_edge_label_rect (p->layout, p->transform, index, &rect);
  text = (DlGraphText) { p->context, small, dl_relation_get_label (edge->relation), rect.x, rect.y,
                         &p->style->dim_foreground, 1.0 };
  _dl_graph_render_text (p->cr, &text, p->style);
}

/* Discs waiting in the raster path go in before anything over them */
static void
flush_specks (const DlGraphPainter *p)
{
  if (p->specks == NULL || p->specks->len == 0)
    return;
  cairo_surface_flush (p->picture);
  _dl_graph_render_raster_specks ((DlGraphPainter *) p, (const DlGraphSpeck *) (gpointer) p->specks->data,
                                  p->specks->len);
  g_array_set_size (p->specks, 0);
}

static void
draw_node (const DlGraphPainter *p,
           guint          index)
{
  cairo_t *cr = p->cr;
  const DlRenderStyle *style = p->style;
  const DlGraphRenderState *state = p->state;
  const DlGraphNode *node = dl_graph_layout_get_node (p->layout, index);
  DlColor base = dl_graph_render_node_color (style, node, state->color_by);
  gboolean active = is_active (p, index) || (int) index == state->hovered;
  double r = dl_graph_layout_node_radius (node, p->transform);
  DlColor fill = (int) index == state->hovered ? dl_color_mix (&base, &style->background, 0.2) : base;
  DlColor outline = dl_color_mix (&base, &style->foreground, style->dark ? 0.15 : 0.3);
  gboolean plain = r <= PLAIN_RADIUS && (int) index != state->selected && (int) index != state->hovered;
  double x, y;

  /* Dimmed discs fade into the background but stay opaque, so the
   * lines behind them do not show through */
  if (!active)
    {
      fill = dl_color_mix (&fill, &style->background, 1.0 - DIMMED);
      outline = dl_color_mix (&outline, &style->background, 1.0 - DIMMED);
    }
  to_surface (p->transform, node, &x, &y);
  if (x + r + 6 < 0 || y + r + 6 < 0 || x - r - 6 > p->width || y - r - 6 > p->height)
    return;
  /* The raster path blends every disc but the selected one itself */
  if (p->specks != NULL && (int) index != state->selected)
    {
      DlGraphSpeck speck = { x, y, r, fill, outline, plain ? 0 : style->high_contrast ? 1.5 : 1.0, !plain };

      g_array_append_val (p->specks, speck);
      return;
    }
  flush_specks (p);
  if (plain)
    {
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      dl_color_set_source (cr, &fill);
      cairo_fill (cr);
      return;
    }

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
draw_node_label (const DlGraphPainter *p,
                 guint          index)
{
  const DlGraphNode *node = dl_graph_layout_get_node (p->layout, index);
  const DlGraphRenderState *state = p->state;
  DlGraphLabelSide side = node->label_side;
  g_autoptr(PangoFontDescription) bold = NULL;
  DlGraphText text;
  DlGraphRect rect;

  /* The hovered name shows even where it did not fit */
  if (side == DL_GRAPH_LABEL_HIDDEN && (int) index == state->hovered)
    side = DL_GRAPH_LABEL_RIGHT;
  if (!dl_graph_layout_get_label_rect (p->layout, p->transform, index, side, &rect))
    return;

  if ((int) index == state->selected)
    {
      bold = pango_font_description_copy (p->font);
      pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
    }
  text = (DlGraphText) { p->context, bold != NULL ? bold : p->font, dl_actor_get_name (node->actor), rect.x, rect.y,
                         &p->style->foreground,
                         is_active (p, index) || (int) index == state->hovered ? 1.0 : DIMMED * 1.5 };
  _dl_graph_render_text (p->cr, &text, p->style);
}

static void
draw_legend_item (const DlGraphPainter *p,
                  const DlColor *color,
                  const char    *label,
                  double        *x,
                  double         y)
{
  cairo_t *cr = p->cr;
  g_autoptr(PangoLayout) text = NULL;
  PangoRectangle logical;

  text = dl_graph_layout_create_label (p->context, p->font, label);
  pango_layout_get_pixel_extents (text, NULL, &logical);

  cairo_arc (cr, *x + 5, y, 5, 0, 2 * G_PI);
  dl_color_set_source (cr, color);
  cairo_fill (cr);
  cairo_move_to (cr, *x + 14, y - logical.height / 2.0);
  dl_color_set_source (cr, &p->style->dim_foreground);
  pango_cairo_show_layout (cr, text);
  *x += 14 + logical.width + 18;
}

static void
draw_kind_legend (const DlGraphPainter *p,
                  double        *x,
                  double         y)
{
  gboolean present[DL_ACTOR_KIND_OTHER + 1] = { FALSE };

  for (guint i = 0; i < dl_graph_layout_get_n_nodes (p->layout); i++)
    present[MIN (dl_actor_get_kind (dl_graph_layout_get_node (p->layout, i)->actor), DL_ACTOR_KIND_OTHER)] = TRUE;
  for (guint k = 0; k <= DL_ACTOR_KIND_OTHER; k++)
    if (present[k])
      draw_legend_item (p, &p->style->kinds[k], dl_actor_kind_to_label (k), x, y);
}

/* A community goes by the name of its biggest actor */
static void
draw_community_legend (const DlGraphPainter *p,
                       double        *x,
                       double         y)
{
  const guint *order = dl_graph_layout_get_size_order (p->layout);
  guint n_nodes = dl_graph_layout_get_n_nodes (p->layout);
  guint n = MIN (dl_graph_layout_get_n_communities (p->layout), LEGEND_COMMUNITIES);
  gboolean named[LEGEND_COMMUNITIES] = { FALSE };

  for (guint i = 0; i < n_nodes; i++)
    {
      const DlGraphNode *node = dl_graph_layout_get_node (p->layout, order[i]);
      DlColor color;
      g_autofree char *label = NULL;

      if (node->community >= n || named[node->community])
        continue;
      named[node->community] = TRUE;
      color = dl_graph_render_node_color (p->style, node, DL_GRAPH_COLOR_BY_COMMUNITY);
      /* TRANSLATORS: in the graph's key, the community around an actor */
      label = g_strdup_printf (_("%s’s circle"), dl_actor_get_name (node->actor));
      draw_legend_item (p, &color, label, x, y);
    }
}

static void
draw_backdrop (const DlGraphPainter *p,
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

/* The key to the colours that appear */
static void
draw_legend (const DlGraphPainter *p,
             double         height)
{
  double y = height - MARGIN / 2 - LEGEND_HEIGHT / 2;
  double x = MARGIN;

  /* Measure first: the key sits on a backdrop, as the graph may be
   * zoomed or panned under it. The group only covers the key's strip. */
  cairo_save (p->cr);
  cairo_rectangle (p->cr, 0, y - LEGEND_HEIGHT / 2, p->width, LEGEND_HEIGHT);
  cairo_clip (p->cr);
  cairo_push_group (p->cr);
  if (p->state->color_by == DL_GRAPH_COLOR_BY_COMMUNITY)
    draw_community_legend (p, &x, y);
  else
    draw_kind_legend (p, &x, y);
  cairo_pop_group_to_source (p->cr);
  if (x > MARGIN)
    {
      draw_backdrop (p, MARGIN - 8, y - LEGEND_HEIGHT / 2, x - 18 - MARGIN + 16, LEGEND_HEIGHT);
      cairo_paint (p->cr);
    }
  cairo_restore (p->cr);
}

/**
 * _dl_graph_render_empty:
 *
 * What a graph without actors shows.
 */
void
_dl_graph_render_empty (cairo_t                    *cr,
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
  dl_graph_render_cached (cr, layout, transform, width, height, style, state, NULL);
}

/**
 * _dl_graph_render_base:
 *
 * Everything but what the hover adds: lines, discs, labels and the key.
 * Small discs go last, so they stay on top of big neighbours.
 */
void
_dl_graph_render_base (DlGraphPainter *p)
{
  guint n_nodes = dl_graph_layout_get_n_nodes (p->layout);
  const guint *order = dl_graph_layout_get_size_order (p->layout);
  gboolean fused;

  cairo_save (p->cr);
  cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_ROUND);
  p->coarse = p->raster && !p->full_detail && _dl_graph_render_wants_coarse (p);
  if (p->raster)
    p->specks = g_array_sized_new (FALSE, FALSE, sizeof (DlGraphSpeck), n_nodes);
  /* Without a selection, nothing drawn with cairo comes between lines
   * and discs: the discs of a coarse frame go in with its lines */
  fused = p->coarse && p->state->selected < 0;
  for (guint i = 0; fused && i < n_nodes; i++)
    draw_node (p, order[i]);
  draw_edges (p);
  for (guint i = 0; !fused && i < n_nodes; i++)
    draw_node (p, order[i]);
  if (p->specks != NULL)
    {
      flush_specks (p);
      g_clear_pointer (&p->specks, g_array_unref);
    }

  for (guint i = 0; i < dl_graph_layout_get_n_edges (p->layout); i++)
    if (dl_graph_layout_get_edge (p->layout, i)->label_visible)
      draw_edge_label (p, i);
  for (guint i = n_nodes; i > 0; i--)
    draw_node_label (p, order[i - 1]);

  if (p->state->show_legend)
    draw_legend (p, p->height);
  cairo_restore (p->cr);
}

/**
 * _dl_graph_render_hover:
 *
 * What the pointer picks out, over the rest: the hovered edge with the
 * discs at its ends, and the hovered disc with its name.
 */
void
_dl_graph_render_hover (DlGraphPainter *p)
{
  const DlGraphRenderState *state = p->state;
  guint n_nodes = dl_graph_layout_get_n_nodes (p->layout);

  cairo_save (p->cr);
  cairo_set_line_cap (p->cr, CAIRO_LINE_CAP_ROUND);
  if (state->hovered_edge >= 0 && (guint) state->hovered_edge < dl_graph_layout_get_n_edges (p->layout))
    {
      const DlGraphEdge *edge = dl_graph_layout_get_edge (p->layout, state->hovered_edge);

      stroke_edge (p, edge, &p->style->accent, strong_alpha (p->style));
      draw_node (p, edge->source);
      draw_node (p, edge->target);
    }
  if (state->hovered >= 0 && (guint) state->hovered < n_nodes)
    {
      draw_node (p, state->hovered);
      draw_node_label (p, state->hovered);
    }
  cairo_restore (p->cr);
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
  DlGraphRenderState state;
  DlGraphRect area, visible = { 0, 0, width, height };
  DlGraphTransform transform;

  g_return_if_fail (cr != NULL && style != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (actors) && G_IS_LIST_MODEL (relations));

  dl_graph_render_state_init (&state);
  layout = dl_graph_layout_new (actors, relations);
  context = pango_cairo_create_context (cr);
  font = dl_graph_render_get_font (style);
  dl_graph_layout_measure_labels (layout, context, font);
  g_object_unref (context);
  dl_graph_render_get_area (width, height, state.show_legend, &area);
  dl_graph_layout_fit_labelled (layout, &area, &visible, -1, &transform);

  dl_color_set_source (cr, &style->background);
  cairo_paint (cr);
  /* A picture to keep shows every line, however long it takes */
  _dl_graph_render_frame (cr, layout, &transform, width, height, style, &state, NULL, TRUE);
}
