/* dl-graph-layout-labels.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the names go. Labels keep their size whatever the zoom, so they
 * are placed on the surface, for one transform: each tries the right
 * and the left of its disc, its four corners, then below and above, as
 * a map's names do, and takes the first spot that covers no disc and no
 * other label. The biggest actors and the focused
 * one always get a label; the others lose theirs when nothing fits.
 */
#include "config.h"

#include <math.h>

#include "dl-actor.h"
#include "dl-graph-layout-private.h"
#include "dl-relation.h"

#define LABEL_GAP 4.0
#define ALWAYS_LABELLED 5
#define MAX_EDGE_LABELS 12
#define DISC_MARGIN 2.0
/* Hidden labels that may try to make room, the biggest actors' first:
 * each try costs a few look-ups on every side */
#define MAX_MOVES 300

static const DlGraphLabelSide sides[] = {
  DL_GRAPH_LABEL_RIGHT,
  DL_GRAPH_LABEL_LEFT,
  DL_GRAPH_LABEL_ABOVE_RIGHT,
  DL_GRAPH_LABEL_BELOW_RIGHT,
  DL_GRAPH_LABEL_ABOVE_LEFT,
  DL_GRAPH_LABEL_BELOW_LEFT,
  DL_GRAPH_LABEL_BELOW,
  DL_GRAPH_LABEL_ABOVE,
};

/**
 * dl_graph_layout_create_label:
 *
 * A label as the layout measures it; renderers draw this same one.
 *
 * Returns: (transfer full): a new layout for @text
 */
PangoLayout *
dl_graph_layout_create_label (PangoContext               *context,
                              const PangoFontDescription *font,
                              const char                 *text)
{
  PangoLayout *layout;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (font != NULL && text != NULL, NULL);

  layout = pango_layout_new (context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_width (layout, DL_GRAPH_LABEL_MAX_WIDTH * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
measure_text (PangoContext               *context,
              const PangoFontDescription *font,
              const char                 *text,
              double                     *width,
              double                     *height)
{
  g_autoptr(PangoLayout) layout = dl_graph_layout_create_label (context, font, text);
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  *width = logical.width;
  *height = logical.height;
}

/**
 * dl_graph_layout_edge_font:
 *
 * Returns: (transfer full): the smaller font of edge labels
 */
PangoFontDescription *
dl_graph_layout_edge_font (const PangoFontDescription *font)
{
  PangoFontDescription *small;
  int size;

  g_return_val_if_fail (font != NULL, NULL);

  small = pango_font_description_copy (font);
  size = pango_font_description_get_size (font);

  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (small, size * DL_GRAPH_EDGE_LABEL_SCALE);
  else
    pango_font_description_set_size (small, (int) (size * DL_GRAPH_EDGE_LABEL_SCALE));
  return small;
}

/**
 * dl_graph_layout_measure_labels:
 * @context: the context the labels will be drawn with
 * @font: the node labels' font; edge labels are set smaller
 *
 * Measures every name and predicate, so labels can be placed, and
 * packs the components again to leave room for the names.
 */
void
dl_graph_layout_measure_labels (DlGraphLayout              *self,
                                PangoContext               *context,
                                const PangoFontDescription *font)
{
  g_autoptr(PangoFontDescription) small = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (font != NULL);

  small = dl_graph_layout_edge_font (font);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      DlGraphNode *node = NODE (self, i);

      measure_text (context, font, dl_actor_get_name (node->actor),
                    &node->label_width, &node->label_height);
    }
  for (guint i = 0; i < self->edges->len; i++)
    {
      DlGraphEdge *edge = EDGE (self, i);
      const char *label = dl_relation_get_label (edge->relation);

      if (label != NULL && *label != '\0')
        measure_text (context, small, label, &edge->label_width, &edge->label_height);
    }

  /* Components were packed on a guess at the names' widths; now that
   * they are known, pack again, unless the user has moved something */
  for (guint i = 0; i < self->nodes->len; i++)
    if (NODE (self, i)->pinned)
      return;
  _dl_graph_layout_pack (self);
}

/**
 * dl_graph_layout_get_label_rect:
 * @side: where the label would go
 *
 * Where a node's label would be on the surface.
 *
 * Returns: %FALSE when there is no label (hidden or not measured)
 */
gboolean
dl_graph_layout_get_label_rect (DlGraphLayout          *self,
                                const DlGraphTransform *transform,
                                guint                   index,
                                DlGraphLabelSide        side,
                                DlGraphRect            *rect)
{
  const DlGraphNode *node;
  double cx, cy, r, w, h, corner;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (index < self->nodes->len, FALSE);

  node = NODE (self, index);
  if (side == DL_GRAPH_LABEL_HIDDEN || node->label_width <= 0)
    return FALSE;
  cx = node->x * transform->scale + transform->dx;
  cy = node->y * transform->scale + transform->dy;
  r = dl_graph_layout_node_radius (node, transform);
  w = node->label_width;
  h = node->label_height;
  /* Where the disc's diagonal meets its edge, a gap beyond */
  corner = (r + LABEL_GAP / 2) * G_SQRT2 / 2;

  switch (side)
    {
    case DL_GRAPH_LABEL_RIGHT:
      *rect = (DlGraphRect) { cx + r + LABEL_GAP, cy - h / 2, w, h };
      break;
    case DL_GRAPH_LABEL_LEFT:
      *rect = (DlGraphRect) { cx - r - LABEL_GAP - w, cy - h / 2, w, h };
      break;
    case DL_GRAPH_LABEL_BELOW:
      *rect = (DlGraphRect) { cx - w / 2, cy + r + LABEL_GAP / 2, w, h };
      break;
    case DL_GRAPH_LABEL_ABOVE_RIGHT:
      *rect = (DlGraphRect) { cx + corner, cy - corner - h, w, h };
      break;
    case DL_GRAPH_LABEL_BELOW_RIGHT:
      *rect = (DlGraphRect) { cx + corner, cy + corner, w, h };
      break;
    case DL_GRAPH_LABEL_ABOVE_LEFT:
      *rect = (DlGraphRect) { cx - corner - w, cy - corner - h, w, h };
      break;
    case DL_GRAPH_LABEL_BELOW_LEFT:
      *rect = (DlGraphRect) { cx - corner - w, cy + corner, w, h };
      break;
    case DL_GRAPH_LABEL_ABOVE:
    case DL_GRAPH_LABEL_HIDDEN:
    default:
      *rect = (DlGraphRect) { cx - w / 2, cy - r - LABEL_GAP / 2 - h, w, h };
      break;
    }
  return TRUE;
}

/**
 * dl_graph_layout_get_edge_label_rect:
 *
 * Where an edge's predicate goes: centred on the visible part of the
 * line, between the two discs.
 */
void
dl_graph_layout_get_edge_label_rect (DlGraphLayout          *self,
                                     const DlGraphTransform *transform,
                                     guint                   index,
                                     DlGraphRect            *rect)
{
  const DlGraphEdge *edge;
  const DlGraphNode *a, *b;
  double ax, ay, bx, by, d, ra, rb, ux, uy, mx, my;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->edges->len);

  edge = EDGE (self, index);
  a = NODE (self, edge->source);
  b = NODE (self, edge->target);
  ax = a->x * transform->scale + transform->dx;
  ay = a->y * transform->scale + transform->dy;
  bx = b->x * transform->scale + transform->dx;
  by = b->y * transform->scale + transform->dy;
  d = MAX (hypot (bx - ax, by - ay), 1e-6);
  ux = (bx - ax) / d;
  uy = (by - ay) / d;
  ra = dl_graph_layout_node_radius (a, transform);
  rb = dl_graph_layout_node_radius (b, transform);
  mx = (ax + ux * ra + bx - ux * rb) / 2;
  my = (ay + uy * ra + by - uy * rb) / 2;
  *rect = (DlGraphRect) { mx - edge->label_width / 2, my - edge->label_height / 2,
                          edge->label_width, edge->label_height };
}

static double
overlap_area (const DlGraphRect *a,
              const DlGraphRect *b)
{
  double w = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
  double h = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

  return w > 0 && h > 0 ? w * h : 0;
}

/* What labels must not cover, discs and labels already placed, in
 * cells of the surface, so a big graph does not compare every label
 * with every disc. Anything off the grid goes in its border cells. */
typedef struct
{
  DlGraphRect rect;
  int owner;   /* the node of a disc, LABEL_OWNER of a node's label,
                * -1 for an edge's */
} Obstacle;

#define LABEL_OWNER(node) (-2 - (int) (node))
#define LABEL_NODE(owner) (-2 - (owner))

typedef struct
{
  double x0;
  double y0;
  int columns;
  int rows;
  GArray **cells;
} Grid;

#define GRID_CELL 64.0
#define GRID_MAX_CELLS 4096

static void
grid_init (Grid              *grid,
           const DlGraphRect *area)
{
  grid->x0 = area->x;
  grid->y0 = area->y;
  grid->columns = CLAMP ((int) ceil (area->width / GRID_CELL), 1, GRID_MAX_CELLS);
  grid->rows = CLAMP ((int) ceil (area->height / GRID_CELL), 1, GRID_MAX_CELLS / grid->columns);
  grid->cells = g_new0 (GArray *, grid->columns * grid->rows);
}

static void
grid_clear (Grid *grid)
{
  for (int i = 0; i < grid->columns * grid->rows; i++)
    if (grid->cells[i] != NULL)
      g_array_unref (grid->cells[i]);
  g_free (grid->cells);
}

static void
grid_span (const Grid        *grid,
           const DlGraphRect *rect,
           int               *c0,
           int               *r0,
           int               *c1,
           int               *r1)
{
  *c0 = CLAMP ((int) floor ((rect->x - grid->x0) / GRID_CELL), 0, grid->columns - 1);
  *c1 = CLAMP ((int) floor ((rect->x + rect->width - grid->x0) / GRID_CELL), 0, grid->columns - 1);
  *r0 = CLAMP ((int) floor ((rect->y - grid->y0) / GRID_CELL), 0, grid->rows - 1);
  *r1 = CLAMP ((int) floor ((rect->y + rect->height - grid->y0) / GRID_CELL), 0, grid->rows - 1);
}

static void
grid_add (Grid              *grid,
          const DlGraphRect *rect,
          int                owner)
{
  Obstacle obstacle = { *rect, owner };
  int c0, r0, c1, r1;

  grid_span (grid, rect, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        GArray **cell = &grid->cells[r * grid->columns + c];

        if (*cell == NULL)
          *cell = g_array_new (FALSE, FALSE, sizeof (Obstacle));
        g_array_append_val (*cell, obstacle);
      }
}

static void
grid_remove (Grid              *grid,
             const DlGraphRect *rect,
             int                owner)
{
  int c0, r0, c1, r1;

  grid_span (grid, rect, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        GArray *cell = grid->cells[r * grid->columns + c];

        for (guint i = cell != NULL ? cell->len : 0; i > 0; i--)
          if (g_array_index (cell, Obstacle, i - 1).owner == owner)
            g_array_remove_index_fast (cell, i - 1);
      }
}

typedef struct
{
  const DlGraphTransform *transform;
  const DlGraphRect *visible;
  Grid grid;
} Placement;

static void
disc_rect (const DlGraphNode      *node,
           const DlGraphTransform *transform,
           DlGraphRect            *rect)
{
  double r = dl_graph_layout_node_radius (node, transform) + DISC_MARGIN;

  *rect = (DlGraphRect) { node->x * transform->scale + transform->dx - r,
                          node->y * transform->scale + transform->dy - r, 2 * r, 2 * r };
}

typedef gboolean (*ObstacleFunc) (const Obstacle *obstacle,
                                  gpointer        data);

/* Calls @func on every obstacle in the cells @rect spans, until it
 * returns %FALSE. An obstacle in several cells is met more than once. */
static void
grid_foreach (const Grid        *grid,
              const DlGraphRect *rect,
              ObstacleFunc       func,
              gpointer           data)
{
  int c0, r0, c1, r1;

  grid_span (grid, rect, &c0, &r0, &c1, &r1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        GArray *cell = grid->cells[r * grid->columns + c];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          if (!func (&g_array_index (cell, Obstacle, i), data))
            return;
      }
}

typedef struct
{
  const DlGraphRect *rect;
  int owner;
  double cost;
  int blocker;
} Covering;

static gboolean
add_cost (const Obstacle *obstacle,
          gpointer        data)
{
  Covering *covering = data;

  if (obstacle->owner < 0 || obstacle->owner != covering->owner)
    covering->cost += overlap_area (covering->rect, &obstacle->rect);
  return TRUE;
}

/* How much of other things a label would cover: discs count as their
 * bounding squares, which is a little cautious at the corners. Whatever
 * falls off the surface counts as covered. An obstacle in several cells
 * counts more than once, which only makes a crowded spot look worse. */
static double
rect_cost (DlGraphLayout     *self,
           const Placement   *p,
           const DlGraphRect *rect,
           int                owner)
{
  Covering covering = { rect, owner, 0, -1 };

  if (p->visible != NULL)
    covering.cost += rect->width * rect->height - overlap_area (rect, p->visible);
  grid_foreach (&p->grid, rect, add_cost, &covering);
  return covering.cost;
}

static void drawn_bounds (DlGraphLayout          *self,
                          const DlGraphTransform *transform,
                          DlGraphRect            *bounds);

static void
place_node_label (DlGraphLayout   *self,
                  Placement       *p,
                  guint            index,
                  gboolean         forced)
{
  DlGraphLabelSide best = DL_GRAPH_LABEL_HIDDEN;
  double best_cost = G_MAXDOUBLE;
  DlGraphRect rect;

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      double cost;

      if (!dl_graph_layout_get_label_rect (self, p->transform, index, sides[s], &rect))
        return;
      cost = rect_cost (self, p, &rect, (int) index);
      if (cost < best_cost)
        {
          best = sides[s];
          best_cost = cost;
        }
      if (cost == 0)
        break;
    }
  if (best_cost > 0 && !forced)
    return;
  NODE (self, index)->label_side = best;
  dl_graph_layout_get_label_rect (self, p->transform, index, best, &rect);
  grid_add (&p->grid, &rect, LABEL_OWNER (index));
}

/* Stops at anything but the label of one node in the way */
static gboolean
find_blocker (const Obstacle *obstacle,
              gpointer        data)
{
  Covering *covering = data;

  if (obstacle->owner == covering->owner || overlap_area (covering->rect, &obstacle->rect) <= 0)
    return TRUE;
  if (obstacle->owner > -2 || (covering->blocker >= 0 && covering->blocker != LABEL_NODE (obstacle->owner)))
    {
      covering->cost = 1;
      return FALSE;
    }
  covering->blocker = LABEL_NODE (obstacle->owner);
  return TRUE;
}

/* The node whose label alone keeps @rect from being free, or -1 when
 * nothing does, or a disc, the edge of the surface or several labels */
static int
sole_blocking_label (const Placement   *p,
                     const DlGraphRect *rect,
                     int                owner)
{
  Covering covering = { rect, owner, 0, -1 };

  if (p->visible != NULL && overlap_area (rect, p->visible) < rect->width * rect->height)
    return -1;
  grid_foreach (&p->grid, rect, find_blocker, &covering);
  return covering.cost > 0 ? -1 : covering.blocker;
}

/* Moves the label of @node to another free side, with @taken (the spot
 * a hidden label wants) now in the way too. Returns whether it found one. */
static gboolean
move_label (DlGraphLayout     *self,
            Placement         *p,
            guint              node,
            const DlGraphRect *taken,
            int                taker)
{
  DlGraphLabelSide current = NODE (self, node)->label_side;
  DlGraphRect from, to;

  dl_graph_layout_get_label_rect (self, p->transform, node, current, &from);
  grid_remove (&p->grid, &from, LABEL_OWNER (node));
  grid_add (&p->grid, taken, LABEL_OWNER (taker));
  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      if (sides[s] == current)
        continue;
      dl_graph_layout_get_label_rect (self, p->transform, node, sides[s], &to);
      if (rect_cost (self, p, &to, (int) node) == 0)
        {
          NODE (self, node)->label_side = sides[s];
          grid_add (&p->grid, &to, LABEL_OWNER (node));
          return TRUE;
        }
    }
  grid_remove (&p->grid, taken, LABEL_OWNER (taker));
  grid_add (&p->grid, &from, LABEL_OWNER (node));
  return FALSE;
}

/* A label that found no free spot may take one that a single other
 * label holds, when that one can go elsewhere */
static void
place_by_moving (DlGraphLayout *self,
                 Placement     *p,
                 guint          index)
{
  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      DlGraphRect rect;
      int blocker;

      if (!dl_graph_layout_get_label_rect (self, p->transform, index, sides[s], &rect))
        return;
      blocker = sole_blocking_label (p, &rect, (int) index);
      if (blocker >= 0 && move_label (self, p, (guint) blocker, &rect, (int) index))
        {
          NODE (self, index)->label_side = sides[s];
          return;
        }
    }
}

/* The focus first, then its neighbours, then everyone by size */
static guint *
label_order (DlGraphLayout *self,
             int            focus)
{
  guint *order = g_new (guint, MAX (self->nodes->len, 1));
  guint n = 0;

  if (focus >= 0)
    order[n++] = (guint) focus;
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->nodes->len; i++)
      {
        guint node = self->size_order[i];
        gboolean near = focus >= 0 && (guint) focus != node &&
                        dl_graph_layout_are_adjacent (self, (guint) focus, node);

        if ((int) node != focus && near == (pass == 0))
          order[n++] = node;
      }
  return order;
}

static gboolean
edge_label_fits (DlGraphLayout          *self,
                 const DlGraphTransform *transform,
                 guint                   index,
                 const DlGraphRect      *rect)
{
  const DlGraphEdge *edge = EDGE (self, index);
  const DlGraphNode *a = NODE (self, edge->source);
  const DlGraphNode *b = NODE (self, edge->target);
  double dx = (b->x - a->x) * transform->scale;
  double dy = (b->y - a->y) * transform->scale;
  double d = MAX (hypot (dx, dy), 1e-6);
  double visible = d - dl_graph_layout_node_radius (a, transform) - dl_graph_layout_node_radius (b, transform);
  /* The label's extent along the line */
  double along = fabs (dx / d) * rect->width + fabs (dy / d) * rect->height;

  return visible >= along + 2 * LABEL_GAP;
}

static int
compare_edges (gconstpointer pa,
               gconstpointer pb,
               gpointer      user_data)
{
  DlGraphLayout *self = user_data;
  guint a = *(const guint *) pa;
  guint b = *(const guint *) pb;

  if (EDGE (self, a)->weight != EDGE (self, b)->weight)
    return EDGE (self, a)->weight > EDGE (self, b)->weight ? -1 : 1;
  return (int) a - (int) b;
}

static gboolean
touches (const DlGraphEdge *edge,
         int                focus)
{
  return focus >= 0 && (edge->source == (guint) focus || edge->target == (guint) focus);
}

static void
place_edge_labels (DlGraphLayout   *self,
                   Placement       *p,
                   int              focus)
{
  g_autofree guint *order = g_new (guint, MAX (self->edges->len, 1));
  guint shown = 0;

  for (guint i = 0; i < self->edges->len; i++)
    order[i] = i;
  g_qsort_with_data (order, self->edges->len, sizeof (guint), compare_edges, self);

  /* The focus's edges first, then the heavier ones */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->edges->len; i++)
      {
        DlGraphEdge *edge = EDGE (self, order[i]);
        gboolean focused = touches (edge, focus);
        DlGraphRect rect;

        if (focused != (pass == 0) || edge->label_width <= 0)
          continue;
        /* With a focus, only its own edges speak */
        if (!focused && (focus >= 0 || edge->weight < 2 || shown >= MAX_EDGE_LABELS))
          continue;
        dl_graph_layout_get_edge_label_rect (self, p->transform, order[i], &rect);
        if (!edge_label_fits (self, p->transform, order[i], &rect) ||
            rect_cost (self, p, &rect, -1) > 0)
          continue;
        edge->label_visible = TRUE;
        grid_add (&p->grid, &rect, -1);
        shown++;
      }
}

/**
 * dl_graph_layout_place_labels:
 * @visible: (nullable): the part of the surface that shows
 * @focus: a node whose label and edges come first, or -1
 *
 * Decides which labels show, and where, for @transform. The result is
 * in each node's @label_side and each edge's @label_visible.
 */
void
dl_graph_layout_place_labels (DlGraphLayout          *self,
                              const DlGraphTransform *transform,
                              const DlGraphRect      *visible,
                              int                     focus)
{
  g_autofree guint *order = NULL;
  Placement p = { transform, visible, { 0 } };
  DlGraphRect area, disc;

  g_return_if_fail (self != NULL);
  g_return_if_fail (transform != NULL);
  g_return_if_fail (focus < (int) self->nodes->len);

  for (guint i = 0; i < self->nodes->len; i++)
    NODE (self, i)->label_side = DL_GRAPH_LABEL_HIDDEN;
  for (guint i = 0; i < self->edges->len; i++)
    EDGE (self, i)->label_visible = FALSE;

  if (visible != NULL)
    area = *visible;
  else
    drawn_bounds (self, transform, &area);
  grid_init (&p.grid, &area);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      disc_rect (NODE (self, i), transform, &disc);
      grid_add (&p.grid, &disc, (int) i);
    }

  order = label_order (self, focus);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      gboolean forced = (int) order[i] == focus;

      for (guint k = 0; k < MIN (ALWAYS_LABELLED, self->nodes->len); k++)
        forced |= self->size_order[k] == order[i];
      place_node_label (self, &p, order[i], forced);
    }
  for (guint i = 0, tried = 0; i < self->nodes->len && tried < MAX_MOVES; i++)
    if (NODE (self, order[i])->label_side == DL_GRAPH_LABEL_HIDDEN && NODE (self, order[i])->label_width > 0)
      {
        place_by_moving (self, &p, order[i]);
        tried++;
      }
  place_edge_labels (self, &p, focus);
  grid_clear (&p.grid);
}

/* Discs and visible labels together, on the surface */
static void
drawn_bounds (DlGraphLayout          *self,
              const DlGraphTransform *transform,
              DlGraphRect            *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const DlGraphNode *node = NODE (self, i);
      double r = dl_graph_layout_node_radius (node, transform);
      double cx = node->x * transform->scale + transform->dx;
      double cy = node->y * transform->scale + transform->dy;
      DlGraphRect rect;

      x0 = MIN (x0, cx - r);
      y0 = MIN (y0, cy - r);
      x1 = MAX (x1, cx + r);
      y1 = MAX (y1, cy + r);
      if (dl_graph_layout_get_label_rect (self, transform, i, node->label_side, &rect))
        {
          x0 = MIN (x0, rect.x);
          y0 = MIN (y0, rect.y);
          x1 = MAX (x1, rect.x + rect.width);
          y1 = MAX (y1, rect.y + rect.height);
        }
    }
  *bounds = (DlGraphRect) { x0, y0, x1 - x0, y1 - y0 };
}

/**
 * dl_graph_layout_fit_labelled:
 * @area: where the graph should go
 * @visible: (nullable): the part of the surface that shows
 * @focus: as for dl_graph_layout_place_labels()
 *
 * Like dl_graph_layout_fit(), then places the labels and fits again so
 * that discs and names together are centred in @area and stay inside
 * it where they can.
 */
void
dl_graph_layout_fit_labelled (DlGraphLayout     *self,
                              const DlGraphRect *area,
                              const DlGraphRect *visible,
                              int                focus,
                              DlGraphTransform  *transform)
{
  DlGraphRect drawn;
  double shrink;

  g_return_if_fail (self != NULL);
  g_return_if_fail (area != NULL && transform != NULL);

  dl_graph_layout_fit (self, area, transform);
  if (self->nodes->len == 0)
    return;
  dl_graph_layout_place_labels (self, transform, visible, focus);
  drawn_bounds (self, transform, &drawn);

  /* Labels keep their size, so only the spread between discs shrinks */
  shrink = MIN (area->width / MAX (drawn.width, 1), area->height / MAX (drawn.height, 1));
  if (shrink < 1.0)
    {
      transform->scale *= MAX (shrink, 0.5);
      dl_graph_layout_place_labels (self, transform, visible, focus);
      drawn_bounds (self, transform, &drawn);
    }
  transform->dx += area->x + area->width / 2 - (drawn.x + drawn.width / 2);
  transform->dy += area->y + area->height / 2 - (drawn.y + drawn.height / 2);
  dl_graph_layout_place_labels (self, transform, visible, focus);
}
