/* dl-timex.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dl-segmenter.h"

G_BEGIN_DECLS

typedef enum
{
  DL_TIMEX_DATE,
  DL_TIMEX_TIME,
  DL_TIMEX_DURATION,
  DL_TIMEX_SET,
} DlTimexType;

/**
 * DlTimex:
 * @start: first byte of the expression
 * @end: byte after it
 * @type: TIMEX3 type
 * @value: TIMEX3 value ("2017-07-07", "PT2H", "PAST_REF", ...)
 * @anchored: %TRUE when @value was resolved against the document date or
 *   an earlier date in the text rather than written out in full
 * @mod: (nullable): TIMEX3 mod, a static string: "APPROX" ("about two
 *   years"), "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
 *   "START", "MID", "END" ("late 1990"), "ON_OR_AFTER", "ON_OR_BEFORE";
 *   %NULL when the expression has no modifier. As in TimeML, the
 *   modifier's words are part of the span.
 */
typedef struct
{
  gsize start;
  gsize end;
  DlTimexType type;
  char *value;
  gboolean anchored;
  const char *mod;
} DlTimex;

GArray      *dl_timex_find            (const char  *text,
                                       gsize        length,
                                       GDateTime   *dct);
gboolean     dl_timex_find_dct        (const char  *text,
                                       gsize        length,
                                       GDateTime  **dct,
                                       DlSpan      *where);
const char  *dl_timex_type_to_string  (DlTimexType  type);

G_END_DECLS
