/* dl-import-duplicates.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same story twice: the same file opened under two names, or one
 * wire story on two sites with its own byline and a sentence changed.
 * Exact copies have the same words once case, punctuation and spacing
 * are set aside. Near copies share most of their runs of five words
 * (shingles): a Jaccard similarity of 0.8 or more. MinHash signatures
 * in bands find the candidate pairs without comparing every article to
 * every other, and each candidate is then measured exactly.
 */
#include "config.h"

#include <string.h>

#include "dl-import-private.h"
#include "dl-parallel.h"

#define SHINGLE_WORDS 5
#define N_HASHES 100
#define N_BANDS 25
#define BAND_ROWS (N_HASHES / N_BANDS)
/* Shared shingles over all distinct shingles of the two */
#define NEAR_THRESHOLD 0.8

typedef struct
{
  guint64 exact;               /* of the normalised words */
  guint64 *signature;          /* N_HASHES minimums, or NULL when short */
  GArray *shingles;            /* sorted, distinct; made when needed */
} Fingerprint;

struct _DlDuplicateFinder
{
  GPtrArray *articles;         /* DlArticle, every one added */
  GArray *prints;              /* Fingerprint, one per article */
  GHashTable *exact;           /* hash → index + 1 */
  GHashTable *buckets;         /* band key → GArray of indices */
};

typedef DlDuplicateFinder Finder;

#define PRINT(self, i) (&g_array_index ((self)->prints, Fingerprint, (i)))

static guint64
mix64 (guint64 x)
{
  x ^= x >> 30;
  x *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  x ^= x >> 27;
  x *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  x ^= x >> 31;
  return x;
}

static guint64
hash_bytes (const char *data,
            gsize       length)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) data[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  return mix64 (h);
}

/* Lower-case words, one space apart; @starts gets each word's offset */
static GString *
normalise (const char *text,
           GArray     *starts)
{
  GString *out = g_string_new (NULL);
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      /* Most news is mostly ASCII, which needs no table */
      gboolean ascii = (guchar) *p < 0x80;
      gunichar c = ascii ? (gunichar) *p : g_utf8_get_char (p);

      if (ascii ? !g_ascii_isalnum (c) : !g_unichar_isalnum (c))
        {
          in_word = FALSE;
          continue;
        }
      if (!in_word)
        {
          guint start;

          if (out->len > 0)
            g_string_append_c (out, ' ');
          start = out->len;
          g_array_append_val (starts, start);
          in_word = TRUE;
        }
      if (ascii)
        g_string_append_c (out, g_ascii_tolower (c));
      else
        g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return out;
}

static int
compare_u64 (gconstpointer a,
             gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* The hashes of every run of SHINGLE_WORDS words, in text order */
static GArray *
hash_shingles (const GString *words,
               GArray        *starts)
{
  GArray *shingles = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (guint i = 0; i + SHINGLE_WORDS <= starts->len; i++)
    {
      guint from = g_array_index (starts, guint, i);
      guint to = i + SHINGLE_WORDS < starts->len
                 ? g_array_index (starts, guint, i + SHINGLE_WORDS) - 1 : words->len;
      guint64 h = hash_bytes (words->str + from, to - from);

      g_array_append_val (shingles, h);
    }
  return shingles;
}

/* The hashes of every run of SHINGLE_WORDS words, sorted and distinct */
static GArray *
make_shingles (const GString *words,
               GArray        *starts)
{
  GArray *shingles = hash_shingles (words, starts);
  guint kept = 0;

  g_array_sort (shingles, compare_u64);
  for (guint i = 0; i < shingles->len; i++)
    if (kept == 0 || g_array_index (shingles, guint64, i) != g_array_index (shingles, guint64, kept - 1))
      g_array_index (shingles, guint64, kept++) = g_array_index (shingles, guint64, i);
  g_array_set_size (shingles, kept);
  return shingles;
}

static guint64 *
make_signature (GArray *shingles)
{
  guint64 seeds[N_HASHES];
  guint64 *signature;

  if (shingles->len == 0)
    return NULL;
  signature = g_new (guint64, N_HASHES);
  /* The seed of each hash once, not once per shingle */
  for (guint k = 0; k < N_HASHES; k++)
    {
      seeds[k] = mix64 (k + 1);
      signature[k] = G_MAXUINT64;
    }
  for (guint i = 0; i < shingles->len; i++)
    {
      guint64 shingle = g_array_index (shingles, guint64, i);

      for (guint k = 0; k < N_HASHES; k++)
        signature[k] = MIN (signature[k], mix64 (shingle ^ seeds[k]));
    }
  return signature;
}

static void
fingerprint_init (Fingerprint *print,
                  DlArticle   *article)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) words = normalise (dl_article_get_text (article), starts);

  g_autoptr(GArray) shingles = hash_shingles (words, starts);

  print->exact = words->len > 0 ? hash_bytes (words->str, words->len) : 0;
  /* A minimum does not care for order or repeats: the shingles are
   * sorted, and made again, only for the few pairs worth measuring */
  print->signature = make_signature (shingles);
}

static GArray *
fingerprint_shingles (Fingerprint *print,
                      DlArticle   *article)
{
  if (print->shingles == NULL)
    {
      g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GString) words = normalise (dl_article_get_text (article), starts);

      print->shingles = make_shingles (words, starts);
    }
  return print->shingles;
}

static double
jaccard (GArray *a,
         GArray *b)
{
  guint i = 0, j = 0, shared = 0;

  while (i < a->len && j < b->len)
    {
      guint64 x = g_array_index (a, guint64, i), y = g_array_index (b, guint64, j);

      shared += x == y;
      i += x <= y;
      j += y <= x;
    }
  return (a->len + b->len - shared) > 0 ? (double) shared / (a->len + b->len - shared) : 0;
}

static guint64
band_key (const guint64 *signature,
          guint          band)
{
  guint64 key = mix64 (band + 1);

  for (guint r = 0; r < BAND_ROWS; r++)
    key = mix64 (key ^ signature[band * BAND_ROWS + r]);
  return key;
}

static gboolean
is_near_copy (Finder *self,
              guint   i,
              guint   j)
{
  GArray *a = fingerprint_shingles (PRINT (self, i), g_ptr_array_index (self->articles, i));
  GArray *b = fingerprint_shingles (PRINT (self, j), g_ptr_array_index (self->articles, j));

  return jaccard (a, b) >= NEAR_THRESHOLD;
}

/* The earliest article @i nearly repeats, or -1 */
static int
find_near_original (Finder *self,
                    guint   i)
{
  const guint64 *signature = PRINT (self, i)->signature;
  g_autoptr(GHashTable) tried = g_hash_table_new (NULL, NULL);
  int best = -1;

  for (guint band = 0; signature != NULL && band < N_BANDS; band++)
    {
      guint64 key = band_key (signature, band);
      GArray *bucket = g_hash_table_lookup (self->buckets, &key);

      for (guint k = 0; bucket != NULL && k < bucket->len; k++)
        {
          guint j = g_array_index (bucket, guint, k);

          if ((best >= 0 && j >= (guint) best) || !g_hash_table_add (tried, GUINT_TO_POINTER (j + 1)))
            continue;
          /* The earlier article keeps its shingles: with common
           * boilerplate it is a candidate again and again */
          if (is_near_copy (self, i, j))
            best = j;
        }
    }
  g_clear_pointer (&PRINT (self, i)->shingles, g_array_unref);
  return best;
}

static void
remember (Finder *self,
          guint   i)
{
  const Fingerprint *print = PRINT (self, i);
  const guint64 *signature = print->signature;

  if (print->exact != 0 && !g_hash_table_contains (self->exact, &print->exact))
    g_hash_table_insert (self->exact, g_memdup2 (&print->exact, sizeof print->exact), GUINT_TO_POINTER (i + 1));
  for (guint band = 0; signature != NULL && band < N_BANDS; band++)
    {
      guint64 key = band_key (signature, band);
      GArray *bucket = g_hash_table_lookup (self->buckets, &key);

      if (bucket == NULL)
        {
          bucket = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (self->buckets, g_memdup2 (&key, sizeof key), bucket);
        }
      g_array_append_val (bucket, i);
    }
}

static int
find_original (Finder *self,
               guint   i)
{
  gpointer found = g_hash_table_lookup (self->exact, &PRINT (self, i)->exact);

  if (PRINT (self, i)->exact != 0 && found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  return find_near_original (self, i);
}

static void
fingerprint_clear (Fingerprint *print)
{
  g_free (print->signature);
  g_clear_pointer (&print->shingles, g_array_unref);
}

/**
 * dl_duplicate_finder_new:
 *
 * Finds, among the articles added one by one, those that repeat an
 * earlier one; an import adds the articles already loaded first.
 *
 * Returns: (transfer full): a finder, for one thread at a time
 */
DlDuplicateFinder *
dl_duplicate_finder_new (void)
{
  Finder *self = g_new0 (Finder, 1);

  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->prints = g_array_new (FALSE, TRUE, sizeof (Fingerprint));
  g_array_set_clear_func (self->prints, (GDestroyNotify) fingerprint_clear);
  self->exact = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->buckets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                         (GDestroyNotify) g_array_unref);
  return self;
}

/**
 * dl_duplicate_finder_add:
 * @self: a finder
 * @article: the next article; only its text is read
 *
 * An article already marked as a duplicate is passed over. Safe on a
 * worker thread while nothing changes the texts of the articles added.
 *
 * Returns: (transfer none) (nullable): the earlier article that
 *   @article repeats word for word or nearly, %NULL when it is new
 */
/* Adds @article with its fingerprint, which the finder takes */
static DlArticle *
add_with_print (Finder      *self,
                DlArticle   *article,
                Fingerprint *print)
{
  guint i = self->articles->len;
  int original;

  g_ptr_array_add (self->articles, g_object_ref (article));
  g_array_append_val (self->prints, *print);
  original = find_original (self, i);
  if (original >= 0)
    {
      /* A copy is no original for later articles: forget it */
      g_ptr_array_set_size (self->articles, i);
      g_array_set_size (self->prints, i);
      return g_ptr_array_index (self->articles, original);
    }
  remember (self, i);
  return NULL;
}

DlArticle *
dl_duplicate_finder_add (DlDuplicateFinder *self,
                         DlArticle         *article)
{
  Fingerprint print = { 0, };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (DL_IS_ARTICLE (article), NULL);

  if (dl_article_get_duplicate_of (article) != NULL)
    return NULL;
  fingerprint_init (&print, article);
  return add_with_print (self, article, &print);
}

void
dl_duplicate_finder_free (DlDuplicateFinder *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->articles);
  g_array_unref (self->prints);
  g_hash_table_unref (self->exact);
  g_hash_table_unref (self->buckets);
  g_free (self);
}

/**
 * dl_import_mark_duplicates:
 * @articles: (element-type DlArticle): articles in the order they
 *   were added, the ones already in the corpus first
 *
 * Marks each article that repeats an earlier one, word for word or
 * nearly (dl_article_set_duplicate_of()); the first copy stays the
 * original. Articles already marked are left as they are. Safe on a
 * worker thread while nothing else changes the articles.
 *
 * Returns: how many articles were newly marked
 */
typedef struct
{
  GPtrArray *articles;
  Fingerprint *prints;
} Prints;

static void
print_one (guint    index,
           gpointer data)
{
  Prints *prints = data;
  DlArticle *article = g_ptr_array_index (prints->articles, index);

  if (dl_article_get_duplicate_of (article) == NULL)
    fingerprint_init (&prints->prints[index], article);
}

/* The fingerprint of each article not yet marked, on every processor:
 * finding the words and hashing them costs far more than comparing
 * fingerprints, and one article's does not depend on another's */
static Fingerprint *
fingerprint_all (GPtrArray *articles)
{
  Prints prints = { articles, g_new0 (Fingerprint, articles->len + 1) };

  dl_parallel_for (articles->len, MIN (g_get_num_processors (), articles->len / 64 + 1), print_one, &prints, NULL);
  return prints.prints;
}

guint
dl_import_mark_duplicates (GPtrArray *articles)
{
  g_autoptr(DlDuplicateFinder) finder = dl_duplicate_finder_new ();
  g_autofree Fingerprint *prints = NULL;
  guint n_marked = 0;

  g_return_val_if_fail (articles != NULL, 0);

  prints = fingerprint_all (articles);
  for (guint i = 0; i < articles->len; i++)
    {
      DlArticle *article = g_ptr_array_index (articles, i);
      DlArticle *original;

      if (dl_article_get_duplicate_of (article) != NULL)
        continue;
      original = add_with_print (finder, article, &prints[i]);
      if (original != NULL)
        {
          dl_article_set_duplicate_of (article, original);
          n_marked++;
        }
    }
  return n_marked;
}
