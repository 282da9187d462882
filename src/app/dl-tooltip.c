/* dl-tooltip.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-tooltip.h"

/* About a newspaper column: a quote in a tooltip reads as a paragraph
 * rather than one line running off the screen */
#define TOOLTIP_MAX_CHARS 60

/**
 * dl_tooltip_set_wrapped_markup:
 *
 * Shows @markup in @tooltip, wrapped at a readable width.
 */
void
dl_tooltip_set_wrapped_markup (GtkTooltip *tooltip,
                               const char *markup)
{
  GtkWidget *label;

  g_return_if_fail (GTK_IS_TOOLTIP (tooltip));
  g_return_if_fail (markup != NULL);

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), TOOLTIP_MAX_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_tooltip_set_custom (tooltip, label);
}
