/* bench-import-frames.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Frame times of the window while it imports a folder of made-up
 * articles (bench/make-articles) and analyses them: a real window of
 * 1280×800 redrawn whole on every frame of the GTK frame clock, as an
 * animation would, from the moment the folder is opened until the last
 * result is shown. Prints, for the reading and for the analysis, the
 * frames per second, the median, 99th percentile and longest time
 * between frames, and the work in a frame. Needs a display; skips
 * without one. Never fails on time.
 *
 *   bench-import-frames [N_ARTICLES]   (default 2000, or $DATELINE_BENCH_ARTICLES)
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-articles.h"
#include "bench-common.h"
#include "dl-corpus.h"
#include "dl-window.h"

typedef enum
{
  PHASE_READING,
  PHASE_ANALYSING,
  N_PHASES
} Phase;

typedef struct
{
  GArray *intervals;
  GArray *work;
  gint64 first;
  gint64 last;
} Frames;

typedef struct
{
  DlWindow *window;
  guint n_articles;
  Frames phases[N_PHASES];
  gint64 paint_start;
  gint64 last_frame;
  gint64 began;
  gint64 read_at;     /* when the last article joined the list */
  gboolean done;
} Bench;

static Phase
current_phase (Bench *bench)
{
  guint n = g_list_model_get_n_items (dl_corpus_get_articles (dl_window_get_corpus (bench->window)));

  if (n < bench->n_articles)
    return PHASE_READING;
  if (bench->read_at == 0)
    bench->read_at = g_get_monotonic_time ();
  return PHASE_ANALYSING;
}

/* Every frame redraws the whole window, as an animation would */
static gboolean
redraw_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Bench *bench = user_data;

  if (bench->done)
    return G_SOURCE_REMOVE;
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static void
update_cb (GdkFrameClock *clock,
           Bench         *bench)
{
  bench->paint_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();
  Frames *frames = &bench->phases[current_phase (bench)];
  double work = (now - bench->paint_start) / 1000.0;

  if (bench->done)
    return;
  g_array_append_val (frames->work, work);
  if (bench->last_frame != 0)
    {
      double interval = (now - bench->last_frame) / 1000.0;

      g_array_append_val (frames->intervals, interval);
    }
  if (frames->first == 0)
    frames->first = now;
  frames->last = now;
  bench->last_frame = now;
}

static void
print_phase (const char *name,
             Frames     *frames)
{
  double seconds = frames->last > frames->first ? (frames->last - frames->first) / (double) G_USEC_PER_SEC : 0;

  if (frames->intervals->len == 0)
    {
      printf ("%-10s no frames\n", name);
      return;
    }
  printf ("%-10s %5.1f s, %5u frames, %5.1f fps | between frames median %6.2f ms, p99 %6.2f ms, longest %7.2f ms"
          " | work in a frame median %5.2f ms, p99 %6.2f ms\n",
          name, seconds, frames->work->len, seconds > 0 ? frames->work->len / seconds : 0,
          bench_percentile (frames->intervals, 0.5), bench_percentile (frames->intervals, 0.99),
          bench_percentile (frames->intervals, 1.0), bench_percentile (frames->work, 0.5), bench_percentile (frames->work, 0.99));
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
frames_init (Frames *frames)
{
  frames->intervals = g_array_new (FALSE, FALSE, sizeof (double));
  frames->work = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
measure (Bench      *bench,
         const char *dir)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  gulong update_id, paint_id;

  update_id = g_signal_connect (clock, "update", G_CALLBACK (update_cb), bench);
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
  gtk_widget_add_tick_callback (GTK_WIDGET (bench->window), redraw_tick_cb, bench, NULL);
  bench->began = g_get_monotonic_time ();
  dl_window_open_files (bench->window, &folder, 1);
  while (dl_window_is_busy (bench->window))
    g_main_context_iteration (NULL, TRUE);
  bench->done = TRUE;
  g_signal_handler_disconnect (clock, update_id);
  g_signal_handler_disconnect (clock, paint_id);
}

int
main (int   argc,
      char *argv[])
{
  const char *env = g_getenv ("DATELINE_BENCH_ARTICLES");
  guint n = argc > 1 ? (guint) atoi (argv[1]) : env != NULL ? (guint) atoi (env) : 2000;
  g_autofree char *data_home = NULL;
  g_autofree char *dir = NULL;
  Bench bench = { 0 };
  gint64 end;

  /* The window keeps untitled work in a recovery file: not the user's */
  data_home = g_dir_make_tmp ("dateline-bench-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (!gtk_init_check ())
    {
      printf ("no display: skipped\n");
      return 77;
    }
  adw_init ();
  if ((dir = bench_make_articles ("bench-import-frames", n, "txt")) == NULL)
    return 1;
  bench.n_articles = count_files (dir);
  for (guint p = 0; p < N_PHASES; p++)
    frames_init (&bench.phases[p]);

  bench.window = dl_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1280, 800);
  gtk_window_present (GTK_WINDOW (bench.window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (bench.window)))
    g_main_context_iteration (NULL, TRUE);

  measure (&bench, dir);
  end = g_get_monotonic_time ();
  printf ("import-frames: %u files, read in %.1f s, analysed in %.1f s more\n", bench.n_articles,
          ((bench.read_at ? bench.read_at : end) - bench.began) / (double) G_USEC_PER_SEC,
          (end - (bench.read_at ? bench.read_at : end)) / (double) G_USEC_PER_SEC);
  print_phase ("reading", &bench.phases[PHASE_READING]);
  print_phase ("analysing", &bench.phases[PHASE_ANALYSING]);

  gtk_window_destroy (GTK_WINDOW (bench.window));
  bench_remove_folder (dir);
  bench_remove_folder (data_home);
  return 0;
}
