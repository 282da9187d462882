/* dl-article-list.h
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dl-types.h"

G_BEGIN_DECLS

#define DL_TYPE_ARTICLE_LIST (dl_article_list_get_type ())

G_DECLARE_FINAL_TYPE (DlArticleList, dl_article_list, DL, ARTICLE_LIST, GtkWidget)

GtkWidget  *dl_article_list_new            (void);
void        dl_article_list_set_model      (DlArticleList *self,
                                            GListModel    *articles);
void        dl_article_list_select         (DlArticleList *self,
                                            DlArticle     *article);
DlArticle  *dl_article_list_get_selected   (DlArticleList *self);
GMenuModel *dl_article_list_get_menu_model (DlArticleList *self);

G_END_DECLS
