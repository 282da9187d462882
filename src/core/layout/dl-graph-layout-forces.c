/* dl-graph-layout-forces.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fruchterman–Reingold placement of each connected component, a pass
 * that pulls overlapping discs apart, and the packing of components
 * side by side. Nothing here is random: the seed is fixed and nodes
 * come in name order, so a corpus always gives the same picture.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-graph-layout-private.h"

#define SPRING 64.0        /* preferred gap between linked discs */
#define ITERATIONS 400
#define SEED 0x5eed
#define GRAVITY 0.04
#define DISC_GAP 8.0       /* least space between two discs */
#define OVERLAP_PASSES 200
#define COMPONENT_GAP_X 40.0
#define COMPONENT_GAP_Y 28.0
#define GUESSED_CHAR_WIDTH 6.5     /* guess at a label's width before it is measured */
#define GOLDEN_ANGLE 2.399963229728653

typedef struct
{
  guint component;
  guint n_members;
  double x0;
  double y0;
  double width;
  double height;
  double place_x;
  double place_y;
  guint row;
} Box;

/* A sunflower spiral in name order, lightly jittered so that no three
 * nodes start in line. */
static void
seed_positions (DlGraphLayout *self,
                const guint   *members,
                guint          n_members)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  for (guint i = 0; i < n_members; i++)
    {
      DlGraphNode *node = NODE (self, members[i]);
      double r = SPRING * 0.6 * sqrt (i + 0.5);

      node->x = r * cos (i * GOLDEN_ANGLE) + g_rand_double_range (rand, -2, 2);
      node->y = r * sin (i * GOLDEN_ANGLE) + g_rand_double_range (rand, -2, 2);
    }
}

/* Distances are measured between disc edges, so big actors get room */
static void
repel (DlGraphLayout *self,
       const guint   *members,
       guint          n_members,
       double        *disp)
{
  for (guint i = 0; i < n_members; i++)
    for (guint j = i + 1; j < n_members; j++)
      {
        DlGraphNode *a = NODE (self, members[i]);
        DlGraphNode *b = NODE (self, members[j]);
        double dx = a->x - b->x;
        double dy = a->y - b->y;
        double d = MAX (hypot (dx, dy), 0.01);
        double gap = MAX (d - a->radius - b->radius, 1.0);
        double f = SPRING * SPRING / gap;

        disp[2 * members[i]] += dx / d * f;
        disp[2 * members[i] + 1] += dy / d * f;
        disp[2 * members[j]] -= dx / d * f;
        disp[2 * members[j] + 1] -= dy / d * f;
      }
}

static void
attract (DlGraphLayout *self,
         guint          component,
         double        *disp)
{
  for (guint e = 0; e < self->edges->len; e++)
    {
      const DlGraphEdge *edge = EDGE (self, e);
      DlGraphNode *a = NODE (self, edge->source);
      DlGraphNode *b = NODE (self, edge->target);
      double dx, dy, d, gap, f;

      if (a->component != component)
        continue;
      dx = a->x - b->x;
      dy = a->y - b->y;
      d = MAX (hypot (dx, dy), 0.01);
      gap = MAX (d - a->radius - b->radius, 0.0);
      /* Actors who share many events sit closer */
      f = gap * gap / SPRING * (1.0 + 0.5 * log (edge->weight));

      disp[2 * edge->source] -= dx / d * f;
      disp[2 * edge->source + 1] -= dy / d * f;
      disp[2 * edge->target] += dx / d * f;
      disp[2 * edge->target + 1] += dy / d * f;
    }
}

static void
pull_to_centre (DlGraphLayout *self,
                const guint   *members,
                guint          n_members,
                double        *disp)
{
  double cx = 0, cy = 0;

  for (guint i = 0; i < n_members; i++)
    {
      cx += NODE (self, members[i])->x / n_members;
      cy += NODE (self, members[i])->y / n_members;
    }
  for (guint i = 0; i < n_members; i++)
    {
      disp[2 * members[i]] -= (NODE (self, members[i])->x - cx) * GRAVITY * SPRING / 10;
      disp[2 * members[i] + 1] -= (NODE (self, members[i])->y - cy) * GRAVITY * SPRING / 10;
    }
}

static void
move_nodes (DlGraphLayout *self,
            const guint   *members,
            guint          n_members,
            const double  *disp,
            double         temperature)
{
  for (guint i = 0; i < n_members; i++)
    {
      DlGraphNode *node = NODE (self, members[i]);
      double dx = disp[2 * members[i]];
      double dy = disp[2 * members[i] + 1];
      double length = hypot (dx, dy);

      if (node->pinned || length < 1e-9)
        continue;
      node->x += dx / length * MIN (length, temperature);
      node->y += dy / length * MIN (length, temperature);
    }
}

void
_dl_graph_layout_run_forces (DlGraphLayout *self,
                             const guint   *members,
                             guint          n_members)
{
  g_autofree double *disp = NULL;
  guint component;
  double t0;

  if (n_members == 0)
    return;
  component = NODE (self, members[0])->component;
  seed_positions (self, members, n_members);
  if (n_members == 1)
    return;

  disp = g_new (double, 2 * self->nodes->len);
  t0 = SPRING * sqrt (n_members) * 0.5;
  for (guint iter = 0; iter < ITERATIONS; iter++)
    {
      /* Linear cooling: bold moves first, fine adjustment at the end */
      double temperature = t0 * (1.0 - (double) iter / ITERATIONS) + 0.5;

      memset (disp, 0, sizeof (double) * 2 * self->nodes->len);
      repel (self, members, n_members, disp);
      attract (self, component, disp);
      pull_to_centre (self, members, n_members, disp);
      move_nodes (self, members, n_members, disp, temperature);
    }
}

static gboolean
separate_pair (DlGraphNode *a,
               DlGraphNode *b,
               guint        salt)
{
  double dx = b->x - a->x;
  double dy = b->y - a->y;
  double d = hypot (dx, dy);
  double need = a->radius + b->radius + DISC_GAP;
  double push, share_a;

  if (d >= need - 1e-6)
    return FALSE;
  if (a->pinned && b->pinned)
    return FALSE;
  if (d < 1e-6)
    {
      /* Coincident: pick a direction from the pair, not from chance */
      dx = cos (salt * GOLDEN_ANGLE);
      dy = sin (salt * GOLDEN_ANGLE);
      d = 1.0;
    }
  push = need - d;
  share_a = a->pinned ? 0.0 : b->pinned ? 1.0 : 0.5;
  a->x -= dx / d * push * share_a;
  a->y -= dy / d * push * share_a;
  b->x += dx / d * push * (1.0 - share_a);
  b->y += dy / d * push * (1.0 - share_a);
  return TRUE;
}

void
_dl_graph_layout_remove_overlaps (DlGraphLayout *self,
                                  const guint   *members,
                                  guint          n_members)
{
  for (guint pass = 0; pass < OVERLAP_PASSES; pass++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < n_members; i++)
        for (guint j = i + 1; j < n_members; j++)
          moved |= separate_pair (NODE (self, members[i]), NODE (self, members[j]), i * 31 + j);
      if (!moved)
        break;
    }
}

/* The component's box, with room for labels on the right where they
 * go by default. */
static void
measure_box (DlGraphLayout *self,
             Box           *box)
{
  double x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  box->x0 = box->y0 = G_MAXDOUBLE;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const DlGraphNode *node = NODE (self, i);
      const char *name = dl_actor_get_name (node->actor);
      double label = node->label_width > 0 ? node->label_width
                     : MIN (g_utf8_strlen (name, -1) * GUESSED_CHAR_WIDTH, DL_GRAPH_LABEL_MAX_WIDTH);

      if (node->component != box->component)
        continue;
      box->n_members++;
      box->x0 = MIN (box->x0, node->x - node->radius);
      box->y0 = MIN (box->y0, node->y - node->radius);
      x1 = MAX (x1, node->x + node->radius + 4 + label);
      y1 = MAX (y1, node->y + node->radius);
    }
  box->width = x1 - box->x0;
  box->height = y1 - box->y0;
}

static int
compare_boxes (gconstpointer pa,
               gconstpointer pb)
{
  const Box *a = pa;
  const Box *b = pb;

  if (a->n_members != b->n_members)
    return a->n_members > b->n_members ? -1 : 1;
  if (a->height != b->height)
    return a->height > b->height ? -1 : 1;
  return (int) a->component - (int) b->component;
}

/* Shelf packing into rows at most @shelf wide, each row centred, each
 * box centred in its row. Returns the size of the whole. */
static void
place_boxes (Box    *boxes,
             guint   n_boxes,
             double  shelf,
             double *width,
             double *height)
{
  g_autofree double *row_width = g_new0 (double, n_boxes);
  g_autofree double *row_height = g_new0 (double, n_boxes);
  double x = 0, y = 0, max_width = 0;
  guint row = 0;

  for (guint i = 0; i < n_boxes; i++)
    {
      if (x > 0 && x + boxes[i].width > shelf)
        {
          y += row_height[row] + COMPONENT_GAP_Y;
          x = 0;
          row++;
        }
      boxes[i].place_x = x;
      boxes[i].place_y = y;
      boxes[i].row = row;
      x += boxes[i].width + COMPONENT_GAP_X;
      row_width[row] = x - COMPONENT_GAP_X;
      row_height[row] = MAX (row_height[row], boxes[i].height);
      max_width = MAX (max_width, row_width[row]);
    }

  for (guint i = 0; i < n_boxes; i++)
    {
      boxes[i].place_x += (max_width - row_width[boxes[i].row]) / 2;
      boxes[i].place_y += (row_height[boxes[i].row] - boxes[i].height) / 2;
    }
  *width = max_width;
  *height = y + row_height[row];
}

/* Tries a few shelf widths and keeps the one that shows biggest in a
 * landscape picture (3:2, like most windows and exports) */
static void
pack_boxes (Box   *boxes,
            guint  n_boxes)
{
  static const double stretch[] = { 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0 };
  double widest = 0, best_shelf = 0, best_extent = G_MAXDOUBLE, width, height;

  if (n_boxes == 0)
    return;
  for (guint i = 0; i < n_boxes; i++)
    widest = MAX (widest, boxes[i].width);
  for (guint i = 0; i < G_N_ELEMENTS (stretch); i++)
    {
      double extent;

      place_boxes (boxes, n_boxes, widest * stretch[i] + 1e-6, &width, &height);
      extent = MAX (width / 1.5, height);
      if (extent < best_extent - 1e-6)
        {
          best_extent = extent;
          best_shelf = widest * stretch[i] + 1e-6;
        }
    }
  place_boxes (boxes, n_boxes, best_shelf, &width, &height);
}

void
_dl_graph_layout_pack (DlGraphLayout *self)
{
  g_autofree Box *boxes = g_new0 (Box, MAX (self->n_components, 1));
  g_autofree Box **by_component = g_new0 (Box *, MAX (self->n_components, 1));

  for (guint c = 0; c < self->n_components; c++)
    {
      boxes[c].component = c;
      measure_box (self, &boxes[c]);
    }
  qsort (boxes, self->n_components, sizeof (Box), compare_boxes);
  pack_boxes (boxes, self->n_components);

  for (guint c = 0; c < self->n_components; c++)
    by_component[boxes[c].component] = &boxes[c];
  for (guint i = 0; i < self->nodes->len; i++)
    {
      DlGraphNode *node = NODE (self, i);
      const Box *box = by_component[node->component];

      node->x += box->place_x - box->x0;
      node->y += box->place_y - box->y0;
    }
}
