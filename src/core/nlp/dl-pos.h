/* dl-pos.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DlUpos:
 *
 * The seventeen parts of speech of Universal Dependencies.
 */
typedef enum
{
  DL_UPOS_ADJ,
  DL_UPOS_ADP,
  DL_UPOS_ADV,
  DL_UPOS_AUX,
  DL_UPOS_CCONJ,
  DL_UPOS_DET,
  DL_UPOS_INTJ,
  DL_UPOS_NOUN,
  DL_UPOS_NUM,
  DL_UPOS_PART,
  DL_UPOS_PRON,
  DL_UPOS_PROPN,
  DL_UPOS_PUNCT,
  DL_UPOS_SCONJ,
  DL_UPOS_SYM,
  DL_UPOS_VERB,
  DL_UPOS_X,
} DlUpos;

#define DL_UPOS_N 17

const char  *dl_upos_to_string          (DlUpos              upos);
gboolean     dl_upos_from_string        (const char         *name,
                                         DlUpos             *upos);

typedef struct _DlPosModel DlPosModel;

DlPosModel  *dl_pos_model_load          (const char         *path,
                                         GError            **error);
void         dl_pos_model_free          (DlPosModel         *model);
DlPosModel  *dl_pos_model_get_default   (void);
double       dl_pos_model_get_load_time (DlPosModel         *model);
DlUpos      *dl_pos_model_tag           (DlPosModel         *model,
                                         const char * const *tokens,
                                         guint               n_tokens);
char       **dl_pos_model_lemmatise     (DlPosModel         *model,
                                         const char * const *tokens,
                                         const DlUpos       *tags,
                                         guint               n_tokens);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlPosModel, dl_pos_model_free)

G_END_DECLS
