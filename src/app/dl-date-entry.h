/* dl-date-entry.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_DATE_ENTRY (dl_date_entry_get_type ())

G_DECLARE_FINAL_TYPE (DlDateEntry, dl_date_entry, DL, DATE_ENTRY, GtkBox)

GtkWidget  *dl_date_entry_new        (const char  *label);
void        dl_date_entry_set_date   (DlDateEntry *self,
                                      int          year,
                                      int          month,
                                      int          day);
void        dl_date_entry_set_time   (DlDateEntry *self,
                                      gint64       time);
gboolean    dl_date_entry_set_value  (DlDateEntry *self,
                                      const char  *value);
DlDateSpan *dl_date_entry_dup_span   (DlDateEntry *self);

G_END_DECLS
