/* dl-timex.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-timex.h"

static void
clear_timex (gpointer data)
{
  DlTimex *timex = data;

  g_clear_pointer (&timex->value, g_free);
}

/* STUB: replaced by the real tagger */
GArray *
dl_timex_find (const char *text,
               gsize       length,
               GDateTime  *dct)
{
  GArray *timexes = g_array_new (FALSE, TRUE, sizeof (DlTimex));

  g_array_set_clear_func (timexes, clear_timex);
  return timexes;
}

gboolean
dl_timex_find_dct (const char  *text,
                   gsize        length,
                   GDateTime  **dct,
                   DlSpan      *where)
{
  return FALSE;
}

const char *
dl_timex_type_to_string (DlTimexType type)
{
  switch (type)
    {
    case DL_TIMEX_TIME:
      return "TIME";
    case DL_TIMEX_DURATION:
      return "DURATION";
    case DL_TIMEX_SET:
      return "SET";
    case DL_TIMEX_DATE:
    default:
      return "DATE";
    }
}
