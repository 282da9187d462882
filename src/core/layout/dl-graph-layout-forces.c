/* dl-graph-layout-forces.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the discs go. igraph's Fruchterman-Reingold places each
 * connected component, a pass on a grid pulls overlapping discs apart,
 * and the components are packed side by side. When an earlier layout
 * is given, its positions seed a short, cool run over the whole graph
 * instead, so that a growing corpus moves the picture as little as it
 * can. Nothing here is random: the seed is fixed and nodes come in name
 * order, so a corpus always gives the same picture.
 */
#include "config.h"

#include <igraph.h>
#include <math.h>
#include <string.h>

#include "dl-actor.h"
#include "dl-graph-layout-private.h"

#define SPRING 64.0        /* preferred gap between linked discs */
#define SEED 0x5eed
#define ITERATIONS 500
#define LARGE_GRAPH 1000   /* nodes; above this fewer, grid-based iterations */
#define LARGE_ITERATIONS 300
#define GROW_ITERATIONS 80
#define GROW_TEMPERATURE 0.25
#define GROW_SLACK 4.0     /* how far, in layout units, the forces may move a known actor */
#define DISC_GAP 8.0       /* least space between two discs */
#define OVERLAP_PASSES 200
#define EXPAND_EVERY 25
#define EXPAND_FACTOR 1.15
#define CROWDING 3.0       /* picture area per area of disc, at least */
#define COMPONENT_GAP_X 40.0
#define COMPONENT_GAP_Y 28.0
#define GUESSED_CHAR_WIDTH 6.5     /* guess at a label's width before it is measured */
#define GOLDEN_ANGLE 2.399963229728653

typedef struct
{
  guint *members;
  guint n_members;
  guint *edges;
  guint n_edges;
} Part;

typedef struct
{
  guint component;
  guint n_members;
  double x0;
  double y0;
  double x1;
  double y1;
  double width;
  double height;
  double place_x;
  double place_y;
  guint row;
} Box;

/**
 * _dl_graph_layout_igraph_init:
 *
 * igraph aborts on errors by default; the layout checks what it calls
 * instead, and its warnings would only be noise.
 */
void
_dl_graph_layout_igraph_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      igraph_set_error_handler (igraph_error_handler_ignore);
      igraph_set_warning_handler (igraph_warning_handler_ignore);
      g_once_init_leave (&initialized, 1);
    }
}

/* Force-model positions in and out, one pair per member */
typedef struct
{
  const guint *members;
  guint n_members;
  const guint *edges;
  guint n_edges;
  const guint *local;   /* node index -> member position */
  double *xy;
  const double *slack;  /* (nullable) how far each member may move */
} Run;

static void
fill_bounds (DlGraphLayout *self,
             const Run     *run,
             igraph_vector_t bounds[4])
{
  for (guint k = 0; k < 4; k++)
    igraph_vector_init (&bounds[k], run->n_members);
  for (guint i = 0; i < run->n_members; i++)
    {
      double slack = NODE (self, run->members[i])->pinned ? 0 : run->slack[i];

      VECTOR (bounds[0])[i] = run->xy[2 * i] - slack;
      VECTOR (bounds[1])[i] = run->xy[2 * i] + slack;
      VECTOR (bounds[2])[i] = run->xy[2 * i + 1] - slack;
      VECTOR (bounds[3])[i] = run->xy[2 * i + 1] + slack;
    }
}

/* Fruchterman-Reingold from the positions in @run; with slack, each
 * node is held within its slack of where it starts (pinned ones
 * exactly) */
static void
run_forces (DlGraphLayout *self,
            const Run     *run,
            guint          iterations,
            double         temperature)
{
  gboolean hold_pins = run->slack != NULL;
  igraph_t graph;
  igraph_vector_int_t ends;
  igraph_vector_t weights;
  igraph_vector_t bounds[4];
  igraph_matrix_t positions;

  igraph_vector_int_init (&ends, 2 * run->n_edges);
  igraph_vector_init (&weights, run->n_edges);
  for (guint e = 0; e < run->n_edges; e++)
    {
      const DlGraphEdge *edge = EDGE (self, run->edges[e]);

      VECTOR (ends)[2 * e] = run->local[edge->source];
      VECTOR (ends)[2 * e + 1] = run->local[edge->target];
      /* Actors who share many events sit closer */
      VECTOR (weights)[e] = 1.0 + 0.5 * log (edge->weight);
    }
  igraph_matrix_init (&positions, run->n_members, 2);
  for (guint i = 0; i < run->n_members; i++)
    {
      MATRIX (positions, i, 0) = run->xy[2 * i];
      MATRIX (positions, i, 1) = run->xy[2 * i + 1];
    }
  if (hold_pins)
    fill_bounds (self, run, bounds);

  if (igraph_create (&graph, &ends, run->n_members, IGRAPH_UNDIRECTED) == IGRAPH_SUCCESS)
    {
      igraph_rng_seed (igraph_rng_default (), SEED);
      if (igraph_layout_fruchterman_reingold (&graph, &positions, TRUE, iterations, temperature,
                                              IGRAPH_LAYOUT_AUTOGRID, &weights,
                                              hold_pins ? &bounds[0] : NULL, hold_pins ? &bounds[1] : NULL,
                                              hold_pins ? &bounds[2] : NULL,
                                              hold_pins ? &bounds[3] : NULL) == IGRAPH_SUCCESS)
        for (guint i = 0; i < run->n_members; i++)
          {
            run->xy[2 * i] = MATRIX (positions, i, 0);
            run->xy[2 * i + 1] = MATRIX (positions, i, 1);
          }
      igraph_destroy (&graph);
    }

  if (hold_pins)
    for (guint k = 0; k < 4; k++)
      igraph_vector_destroy (&bounds[k]);
  igraph_matrix_destroy (&positions);
  igraph_vector_destroy (&weights);
  igraph_vector_int_destroy (&ends);
}

/* A sunflower spiral in name order, lightly jittered so that no three
 * nodes start in line: an even, repeatable start for the forces */
static void
seed_spiral (double *xy,
             guint   n_members)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  for (guint i = 0; i < n_members; i++)
    {
      double r = 0.5 * sqrt (i + 0.5);

      xy[2 * i] = r * cos (i * GOLDEN_ANGLE) + g_rand_double_range (rand, -0.02, 0.02);
      xy[2 * i + 1] = r * sin (i * GOLDEN_ANGLE) + g_rand_double_range (rand, -0.02, 0.02);
    }
}

static int
compare_doubles (gconstpointer pa,
                 gconstpointer pb)
{
  double a = *(const double *) pa;
  double b = *(const double *) pb;

  return a < b ? -1 : a > b ? 1 : 0;
}

/* Big graphs come out of the forces denser than their discs allow:
 * the scale that gives the discs room enough, in the box they fill */
static double
unit_for_room (DlGraphLayout *self,
               const Run     *run)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double discs = 0;

  for (guint i = 0; i < run->n_members; i++)
    {
      double r = NODE (self, run->members[i])->radius + DISC_GAP / 2;

      discs += G_PI * r * r;
      x0 = MIN (x0, run->xy[2 * i]);
      x1 = MAX (x1, run->xy[2 * i]);
      y0 = MIN (y0, run->xy[2 * i + 1]);
      y1 = MAX (y1, run->xy[2 * i + 1]);
    }
  return sqrt (CROWDING * discs / MAX ((x1 - x0) * (y1 - y0), 1e-6));
}

/* Layout units per model unit: the median link becomes a spring's
 * length plus the discs at its ends, unless the discs need more room */
static double
unit_for (DlGraphLayout *self,
          const Run     *run)
{
  g_autofree double *lengths = NULL;
  double radii = 0, median;

  if (run->n_edges == 0)
    return SPRING;
  lengths = g_new (double, run->n_edges);
  radii = 0;
  for (guint e = 0; e < run->n_edges; e++)
    {
      const DlGraphEdge *edge = EDGE (self, run->edges[e]);
      guint a = run->local[edge->source];
      guint b = run->local[edge->target];

      lengths[e] = hypot (run->xy[2 * a] - run->xy[2 * b], run->xy[2 * a + 1] - run->xy[2 * b + 1]);
      radii += (NODE (self, edge->source)->radius + NODE (self, edge->target)->radius) / run->n_edges;
    }
  qsort (lengths, run->n_edges, sizeof (double), compare_doubles);
  median = lengths[run->n_edges / 2];
  return MAX ((SPRING + radii) / MAX (median, 1e-6), unit_for_room (self, run));
}

static gboolean
separate_pair (DlGraphNode *a,
               DlGraphNode *b,
               guint        salt)
{
  double dx = b->x - a->x;
  double dy = b->y - a->y;
  double need = a->radius + b->radius + DISC_GAP;
  double d, push, share_a;

  /* Most pairs are far apart: no square root for them */
  if (dx * dx + dy * dy >= (need - 1e-6) * (need - 1e-6))
    return FALSE;
  if (a->pinned && b->pinned)
    return FALSE;
  d = hypot (dx, dy);
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

/* Both cell coordinates in one key; shifted as unsigned, since they
 * may be negative */
static gint64
cell_key (gint64 cx,
          gint64 cy)
{
  return (gint64) (((guint64) cx << 32) ^ ((guint64) cy & 0xffffffff));
}

/* Discs into cells as wide as the biggest pair, so a disc can only
 * touch discs in its own and the eight cells around */
static GHashTable *
fill_grid (DlGraphLayout *self,
           const guint   *members,
           guint          n_members,
           double         cell)
{
  GHashTable *grid = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                            (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n_members; i++)
    {
      const DlGraphNode *node = NODE (self, members[i]);
      gint64 key = cell_key ((gint64) floor (node->x / cell), (gint64) floor (node->y / cell));
      GArray *list = g_hash_table_lookup (grid, &key);

      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (grid, g_memdup2 (&key, sizeof key), list);
        }
      g_array_append_val (list, i);
    }
  return grid;
}

static gboolean
separate_near (DlGraphLayout *self,
               const guint   *members,
               GHashTable    *grid,
               guint          i,
               double         cell)
{
  DlGraphNode *a = NODE (self, members[i]);
  gint64 cx = (gint64) floor (a->x / cell);
  gint64 cy = (gint64) floor (a->y / cell);
  gboolean moved = FALSE;

  for (gint64 ox = -1; ox <= 1; ox++)
    for (gint64 oy = -1; oy <= 1; oy++)
      {
        gint64 key = cell_key (cx + ox, cy + oy);
        GArray *list = g_hash_table_lookup (grid, &key);

        for (guint k = 0; list != NULL && k < list->len; k++)
          {
            guint j = g_array_index (list, guint, k);

            if (j > i)
              moved |= separate_pair (a, NODE (self, members[j]), i * 31 + j);
          }
      }
  return moved;
}

static void
expand (DlGraphLayout *self,
        const guint   *members,
        guint          n_members)
{
  double cx = 0, cy = 0;

  for (guint i = 0; i < n_members; i++)
    {
      cx += NODE (self, members[i])->x / n_members;
      cy += NODE (self, members[i])->y / n_members;
    }
  for (guint i = 0; i < n_members; i++)
    {
      DlGraphNode *node = NODE (self, members[i]);

      if (node->pinned)
        continue;
      node->x = cx + (node->x - cx) * EXPAND_FACTOR;
      node->y = cy + (node->y - cy) * EXPAND_FACTOR;
    }
}

/* @spread: whether a crowd may be spread out to settle it; a grown
 * layout only pushes, so the known actors stay put */
static void
remove_overlaps (DlGraphLayout *self,
                 const guint   *members,
                 guint          n_members,
                 gboolean       spread)
{
  double cell = DISC_GAP;

  for (guint i = 0; i < n_members; i++)
    cell = MAX (cell, 2 * NODE (self, members[i])->radius + DISC_GAP);

  for (guint pass = 0; pass < OVERLAP_PASSES; pass++)
    {
      g_autoptr(GHashTable) grid = fill_grid (self, members, n_members, cell);
      gboolean moved = FALSE;

      for (guint i = 0; i < n_members; i++)
        moved |= separate_near (self, members, grid, i, cell);
      /* Crowds that pushing alone does not settle: spread everything a
       * little, which only ever adds room */
      if (spread && moved && pass % EXPAND_EVERY == EXPAND_EVERY - 1)
        expand (self, members, n_members);
      if (!moved)
        break;
    }
}

/* Members and edges of each component, in node and edge order */
static Part *
split_components (DlGraphLayout *self,
                  guint         *member_store,
                  guint         *edge_store)
{
  Part *parts = g_new0 (Part, MAX (self->n_components, 1));
  guint offset = 0;

  for (guint i = 0; i < self->nodes->len; i++)
    parts[NODE (self, i)->component].n_members++;
  for (guint e = 0; e < self->edges->len; e++)
    parts[NODE (self, EDGE (self, e)->source)->component].n_edges++;
  for (guint c = 0; c < self->n_components; c++)
    {
      parts[c].members = member_store + offset;
      offset += parts[c].n_members;
      parts[c].n_members = 0;
    }
  offset = 0;
  for (guint c = 0; c < self->n_components; c++)
    {
      parts[c].edges = edge_store + offset;
      offset += parts[c].n_edges;
      parts[c].n_edges = 0;
    }
  for (guint i = 0; i < self->nodes->len; i++)
    {
      Part *part = &parts[NODE (self, i)->component];

      part->members[part->n_members++] = i;
    }
  for (guint e = 0; e < self->edges->len; e++)
    {
      Part *part = &parts[NODE (self, EDGE (self, e)->source)->component];

      part->edges[part->n_edges++] = e;
    }
  return parts;
}

static void
place_part (DlGraphLayout *self,
            const Part    *part,
            guint         *local)
{
  g_autofree double *xy = g_new (double, 2 * MAX (part->n_members, 1));
  Run run = { part->members, part->n_members, part->edges, part->n_edges, local, xy, NULL };
  double unit;

  for (guint i = 0; i < part->n_members; i++)
    local[part->members[i]] = i;
  seed_spiral (xy, part->n_members);
  if (part->n_members > 1)
    run_forces (self, &run, part->n_members > LARGE_GRAPH ? LARGE_ITERATIONS : ITERATIONS,
                sqrt (part->n_members) / 10.0);
  unit = unit_for (self, &run);
  for (guint i = 0; i < part->n_members; i++)
    {
      NODE (self, part->members[i])->x = xy[2 * i] * unit;
      NODE (self, part->members[i])->y = xy[2 * i + 1] * unit;
    }
  remove_overlaps (self, part->members, part->n_members, TRUE);
}

static void
place_fresh (DlGraphLayout *self)
{
  guint n = MAX (self->nodes->len, 1);
  g_autofree guint *member_store = g_new (guint, n);
  g_autofree guint *edge_store = g_new (guint, MAX (self->edges->len, 1));
  g_autofree guint *local = g_new (guint, n);
  g_autofree Part *parts = split_components (self, member_store, edge_store);

  for (guint c = 0; c < self->n_components; c++)
    place_part (self, &parts[c], local);
  _dl_graph_layout_pack (self);
}

static char *
dup_node_key (const DlGraphNode *node)
{
  return g_strdup_printf ("%d:%s", (int) dl_actor_get_kind (node->actor), dl_actor_get_name (node->actor));
}

/* Known actors start where they were; returns how many there were */
static guint
seed_known (DlGraphLayout *self,
            DlGraphLayout *previous,
            double        *xy,
            gboolean      *known,
            double         unit)
{
  g_autoptr(GHashTable) before = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_known = 0;

  for (guint i = 0; i < previous->nodes->len; i++)
    g_hash_table_insert (before, dup_node_key (NODE (previous, i)), NODE (previous, i));
  for (guint i = 0; i < self->nodes->len; i++)
    {
      g_autofree char *key = dup_node_key (NODE (self, i));
      const DlGraphNode *old = g_hash_table_lookup (before, key);

      known[i] = old != NULL;
      if (old == NULL)
        continue;
      xy[2 * i] = old->x / unit;
      xy[2 * i + 1] = old->y / unit;
      NODE (self, i)->pinned = old->pinned;
      n_known++;
    }
  return n_known;
}

/* A newcomer starts beside the known actors it is linked to */
static gboolean
seed_from_neighbours (DlGraphLayout *self,
                      double        *xy,
                      gboolean      *known,
                      guint          i)
{
  double x = 0, y = 0;
  guint n = 0;

  for (guint e = 0; e < self->edges->len; e++)
    {
      const DlGraphEdge *edge = EDGE (self, e);
      guint other = edge->source == i ? edge->target : edge->target == i ? edge->source : G_MAXUINT;

      if (other == G_MAXUINT || !known[other])
        continue;
      x += xy[2 * other];
      y += xy[2 * other + 1];
      n++;
    }
  if (n == 0)
    return FALSE;
  xy[2 * i] = x / n + 0.3 * cos (i * GOLDEN_ANGLE);
  xy[2 * i + 1] = y / n + 0.3 * sin (i * GOLDEN_ANGLE);
  return TRUE;
}

/* Newcomers with no known neighbour go round the outside */
static void
seed_outside (DlGraphLayout *self,
              double        *xy,
              gboolean      *known)
{
  double cx = 0, cy = 0, reach = 0;
  guint n = 0, k = 0;

  for (guint i = 0; i < self->nodes->len; i++)
    if (known[i])
      {
        cx += xy[2 * i];
        cy += xy[2 * i + 1];
        n++;
      }
  cx /= MAX (n, 1);
  cy /= MAX (n, 1);
  for (guint i = 0; i < self->nodes->len; i++)
    if (known[i])
      reach = MAX (reach, hypot (xy[2 * i] - cx, xy[2 * i + 1] - cy));
  for (guint i = 0; i < self->nodes->len; i++)
    if (!known[i])
      {
        xy[2 * i] = cx + (reach + 1.0) * cos (k * GOLDEN_ANGLE);
        xy[2 * i + 1] = cy + (reach + 1.0) * sin (k * GOLDEN_ANGLE);
        known[i] = TRUE;
        k++;
      }
}

static gboolean
place_grown (DlGraphLayout *self,
             DlGraphLayout *previous)
{
  guint n = self->nodes->len;
  g_autofree double *xy = g_new0 (double, 2 * MAX (n, 1));
  g_autofree gboolean *known = g_new0 (gboolean, MAX (n, 1));
  g_autofree guint *members = g_new (guint, MAX (n, 1));
  g_autofree guint *edges = g_new (guint, MAX (self->edges->len, 1));
  g_autofree double *slack = g_new (double, MAX (n, 1));
  Run run = { members, n, edges, self->edges->len, members, xy, slack };
  DlGraphRect bounds;
  double unit;

  /* The force model runs fastest, and is tuned, at the spread of its
   * own random start: a box about as wide as the root of the nodes */
  dl_graph_layout_get_bounds (previous, &bounds);
  unit = MAX (MAX (bounds.width, bounds.height) / sqrt (MAX (n, 1)), 1e-3);

  if (seed_known (self, previous, xy, known, unit) == 0)
    return FALSE;
  /* Known actors may settle a little around the newcomers, no more */
  for (guint i = 0; i < n; i++)
    slack[i] = known[i] ? GROW_SLACK / unit : IGRAPH_INFINITY;
  /* Twice, so that a newcomer linked only to another newcomer joins it */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      if (!known[i])
        known[i] = seed_from_neighbours (self, xy, known, i);
  seed_outside (self, xy, known);

  for (guint i = 0; i < n; i++)
    members[i] = i;
  for (guint e = 0; e < self->edges->len; e++)
    edges[e] = e;
  run_forces (self, &run, GROW_ITERATIONS, GROW_TEMPERATURE);

  for (guint i = 0; i < n; i++)
    {
      NODE (self, i)->x = xy[2 * i] * unit;
      NODE (self, i)->y = xy[2 * i + 1] * unit;
    }
  remove_overlaps (self, members, n, FALSE);
  return TRUE;
}

/**
 * _dl_graph_layout_place:
 * @previous: (nullable): a layout to start from
 *
 * Places every node: from scratch, or from @previous when it shares
 * actors with this one.
 */
void
_dl_graph_layout_place (DlGraphLayout *self,
                        DlGraphLayout *previous)
{
  _dl_graph_layout_igraph_init ();
  if (previous != NULL && self->nodes->len > 0 && place_grown (self, previous))
    return;
  place_fresh (self);
}

/* Each component's box, with room for labels on the right where they
 * go by default. */
static void
measure_boxes (DlGraphLayout *self,
               Box           *boxes)
{
  for (guint c = 0; c < self->n_components; c++)
    {
      boxes[c].component = c;
      boxes[c].x0 = boxes[c].y0 = G_MAXDOUBLE;
      boxes[c].x1 = boxes[c].y1 = -G_MAXDOUBLE;
    }
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const DlGraphNode *node = NODE (self, i);
      Box *box = &boxes[node->component];
      const char *name = dl_actor_get_name (node->actor);
      double label = node->label_width > 0 ? node->label_width
                     : MIN (g_utf8_strlen (name, -1) * GUESSED_CHAR_WIDTH, DL_GRAPH_LABEL_MAX_WIDTH);

      box->n_members++;
      box->x0 = MIN (box->x0, node->x - node->radius);
      box->y0 = MIN (box->y0, node->y - node->radius);
      box->x1 = MAX (box->x1, node->x + node->radius + 4 + label);
      box->y1 = MAX (box->y1, node->y + node->radius);
    }
  for (guint c = 0; c < self->n_components; c++)
    {
      boxes[c].width = boxes[c].x1 - boxes[c].x0;
      boxes[c].height = boxes[c].y1 - boxes[c].y0;
    }
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
  static const double stretch[] = { 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 6.0, 8.0 };
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

  measure_boxes (self, boxes);
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
