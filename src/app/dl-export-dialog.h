/* dl-export-dialog.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dl-export.h"

G_BEGIN_DECLS

/**
 * DlExportScope:
 * @DL_EXPORT_SCOPE_VIEW: what the view shows: its time span, lanes and
 *   filters
 * @DL_EXPORT_SCOPE_EVERYTHING: every event or actor, fitted, in one lane
 */
typedef enum
{
  DL_EXPORT_SCOPE_VIEW,
  DL_EXPORT_SCOPE_EVERYTHING,
} DlExportScope;

#define DL_TYPE_EXPORT_DIALOG (dl_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DlExportDialog, dl_export_dialog, DL, EXPORT_DIALOG, AdwWindow)

DlExportDialog *dl_export_dialog_new              (GtkWindow      *parent,
                                                   DlExportView    view,
                                                   int             width,
                                                   int             height);
DlExportView    dl_export_dialog_get_view         (DlExportDialog *self);
DlExportScope   dl_export_dialog_get_scope        (DlExportDialog *self);
void            dl_export_dialog_set_scope        (DlExportDialog *self,
                                                   DlExportScope   scope);
DlExportFormat  dl_export_dialog_get_format       (DlExportDialog *self);
void            dl_export_dialog_set_format       (DlExportDialog *self,
                                                   DlExportFormat  format);
DlExportStyle   dl_export_dialog_get_style        (DlExportDialog *self);
void            dl_export_dialog_set_style        (DlExportDialog *self,
                                                   DlExportStyle   style);
void            dl_export_dialog_get_size         (DlExportDialog *self,
                                                   int            *width,
                                                   int            *height);
void            dl_export_dialog_set_size         (DlExportDialog *self,
                                                   int             width,
                                                   int             height);
double          dl_export_dialog_get_scale        (DlExportDialog *self);
void            dl_export_dialog_set_scale        (DlExportDialog *self,
                                                   double          scale);
guint           dl_export_dialog_get_pages        (DlExportDialog *self);
void            dl_export_dialog_set_pages        (DlExportDialog *self,
                                                   guint           pages);
void            dl_export_dialog_suggest_pages    (DlExportDialog *self,
                                                   guint           view_pages,
                                                   guint           everything_pages);
char           *dl_export_dialog_dup_file_name    (DlExportDialog *self);
void            dl_export_dialog_export_to        (DlExportDialog *self,
                                                   GFile          *file);

G_END_DECLS
