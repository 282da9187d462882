/* dl-date-span.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dl-types.h"

G_BEGIN_DECLS

/**
 * DlCertainty:
 * @DL_CERTAINTY_STATED: a date written in the passage itself
 * @DL_CERTAINTY_RELATIVE: resolved against the article date or an earlier date
 * @DL_CERTAINTY_INFERRED: placed by tense, order or another article
 * @DL_CERTAINTY_UNKNOWN: not placed in time
 */
typedef enum
{
  DL_CERTAINTY_STATED,
  DL_CERTAINTY_RELATIVE,
  DL_CERTAINTY_INFERRED,
  DL_CERTAINTY_UNKNOWN,
} DlCertainty;

#define DL_TYPE_DATE_SPAN (dl_date_span_get_type ())

GType        dl_date_span_get_type          (void) G_GNUC_CONST;
DlDateSpan  *dl_date_span_new               (const char  *value,
                                             gint64       start,
                                             gint64       end,
                                             DlCertainty  certainty);
DlDateSpan  *dl_date_span_new_from_value    (const char  *value,
                                             DlCertainty  certainty);
DlDateSpan  *dl_date_span_ref               (DlDateSpan  *self);
void         dl_date_span_unref             (DlDateSpan  *self);
const char  *dl_date_span_get_value         (const DlDateSpan *self);
gint64       dl_date_span_get_start         (const DlDateSpan *self);
gint64       dl_date_span_get_end           (const DlDateSpan *self);
gint64       dl_date_span_get_middle        (const DlDateSpan *self);
DlCertainty  dl_date_span_get_certainty     (const DlDateSpan *self);
gboolean     dl_date_span_is_instant        (const DlDateSpan *self);
gboolean     dl_date_span_overlaps          (const DlDateSpan *self,
                                             const DlDateSpan *other);
DlDateSpan  *dl_date_span_with_certainty    (DlDateSpan  *self,
                                             DlCertainty  certainty);
char        *dl_date_span_dup_first_day     (const DlDateSpan *self);
char        *dl_date_span_dup_last_day      (const DlDateSpan *self);
char        *dl_date_span_format            (const DlDateSpan *self);
int          dl_date_span_compare           (const DlDateSpan *a,
                                             const DlDateSpan *b);

const char  *dl_certainty_to_string         (DlCertainty certainty);
const char  *dl_certainty_to_label          (DlCertainty certainty);

gboolean     dl_timex_value_to_range        (const char  *value,
                                             gint64      *start,
                                             gint64      *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlDateSpan, dl_date_span_unref)

G_END_DECLS
