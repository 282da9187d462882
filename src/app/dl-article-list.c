/* dl-article-list.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sidebar's list of articles: each row its title, date and number
 * of events, a repeated story dimmed with the article it repeats. A
 * list view makes rows only for what is on screen, so a folder of ten
 * thousand articles costs no more to show, or to add to while an
 * import runs, than a few dozen. Choosing a row, by pointer or by
 * keyboard, emits ::article-activated; a row's menu (secondary click,
 * Shift+F10 or the Menu key) offers the corrections of its article.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-article.h"
#include "dl-article-list.h"

struct _DlArticleList
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkListView *view;
  GtkSingleSelection *selection;
  GtkWidget *menu;            /* a row's context menu */
  guint selecting;            /* selection made here, not by the user */
};

enum {
  ARTICLE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DlArticleList, dl_article_list, GTK_TYPE_WIDGET)

/* Rows ---------------------------------------------------------------------- */

static char *
describe_article_counts (DlArticle *article)
{
  g_autofree char *date = NULL;
  g_autofree char *events = NULL;
  GDateTime *dct = dl_article_get_dct (article);
  guint n_events = dl_article_get_n_events (article);

  /* TRANSLATORS: a short date in the article list, see g_date_time_format() */
  date = dct != NULL ? g_date_time_format (dct, _("%-d %b %Y")) : g_strdup (_("Undated"));
  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events), n_events);
  /* TRANSLATORS: "date · N events" under an article's title */
  return g_strdup_printf (_("%s · %s"), date, events);
}

static void
update_subtitle (GtkLabel   *subtitle,
                 GParamSpec *pspec,
                 DlArticle  *article)
{
  DlArticle *original = dl_article_get_duplicate_of (article);
  g_autofree char *text = NULL;
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (subtitle));

  /* A repeated story is shown, dimmed, but not counted */
  if (original != NULL)
    text = g_strdup_printf (_("Duplicate of “%s”"), dl_article_get_title (original));
  else
    text = describe_article_counts (article);
  gtk_label_set_label (subtitle, text);
  if (original != NULL)
    gtk_widget_add_css_class (box, "dim-label");
  else
    gtk_widget_remove_css_class (box, "dim-label");
}

static void
update_title (GtkLabel   *title,
              GParamSpec *pspec,
              DlArticle  *article)
{
  gtk_label_set_label (title, dl_article_get_title (article));
}

/* The whole title of a row, asked for only when the pointer rests on it:
 * setting it on every row bound costs more than the row */
static gboolean
query_tooltip_cb (GtkWidget  *row,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (row), "list-item");
  DlArticle *article = item != NULL ? gtk_list_item_get_item (item) : NULL;

  if (article == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, dl_article_get_title (article));
  return TRUE;
}

/* The menu of a row: what can be corrected of its article */
static void
popup_menu (DlArticleList *self,
            GtkWidget     *row,
            double         x,
            double         y)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (row), "list-item");
  DlArticle *article = item != NULL ? gtk_list_item_get_item (item) : NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) entry = g_menu_item_new (_("Set Article _Date…"), NULL);
  double list_x, list_y;

  if (article == NULL || !gtk_widget_translate_coordinates (row, GTK_WIDGET (self), x, y, &list_x, &list_y))
    return;
  self->selecting++;
  gtk_single_selection_set_selected (self->selection, gtk_list_item_get_position (item));
  self->selecting--;
  g_menu_item_set_action_and_target_value (entry, "win.set-article-date",
                                           g_variant_new_string (dl_article_get_id (article)));
  g_menu_append_item (menu, entry);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), G_MENU_MODEL (menu));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { list_x, list_y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      DlArticleList   *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  popup_menu (self, row, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              DlArticleList            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkGesture *secondary = gtk_gesture_click_new ();

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (box, "article-row");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "title");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "numeric");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self, 0);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (secondary));
  g_object_set_data (G_OBJECT (box), "list-item", item);
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect (box, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, box);
}

static GtkLabel *
row_label (GtkListItem *item,
           gboolean     subtitle)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  return GTK_LABEL (subtitle ? gtk_widget_get_last_child (box) : gtk_widget_get_first_child (box));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             DlArticleList            *self)
{
  DlArticle *article = gtk_list_item_get_item (item);
  GtkLabel *title = row_label (item, FALSE);
  GtkLabel *subtitle = row_label (item, TRUE);
  static const char * const changes[] = { "notify::n-events", "notify::dct", "notify::duplicate-of" };

  update_title (title, NULL, article);
  update_subtitle (subtitle, NULL, article);
  g_signal_connect_object (article, "notify::title", G_CALLBACK (update_title), title, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    g_signal_connect_object (article, changes[i], G_CALLBACK (update_subtitle), subtitle, G_CONNECT_SWAPPED);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               DlArticleList            *self)
{
  DlArticle *article = gtk_list_item_get_item (item);

  if (article == NULL)
    return;
  g_signal_handlers_disconnect_by_data (article, row_label (item, FALSE));
  g_signal_handlers_disconnect_by_data (article, row_label (item, TRUE));
}

/* Choosing ------------------------------------------------------------------ */

static void
selection_changed_cb (DlArticleList *self)
{
  DlArticle *article = gtk_single_selection_get_selected_item (self->selection);

  if (self->selecting == 0 && article != NULL)
    g_signal_emit (self, signals[ARTICLE_ACTIVATED], 0, article);
}

/* Enter, or a click on the row already chosen, shows its article again */
static void
activate_cb (DlArticleList *self,
             guint          position)
{
  g_autoptr(DlArticle) article = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (article != NULL)
    g_signal_emit (self, signals[ARTICLE_ACTIVATED], 0, article);
}

/* Shift+F10 and the Menu key on the focused row */
static gboolean
menu_key_cb (GtkWidget *list,
             GVariant  *args,
             gpointer   user_data)
{
  DlArticleList *self = user_data;
  GtkWidget *focused = gtk_widget_get_focus_child (list);
  GtkWidget *row = focused != NULL ? gtk_widget_get_first_child (focused) : NULL;

  if (row == NULL || g_object_get_data (G_OBJECT (row), "list-item") == NULL)
    return FALSE;
  popup_menu (self, row, gtk_widget_get_width (row) / 2.0, gtk_widget_get_height (row) / 2.0);
  return TRUE;
}

static void
add_menu (DlArticleList *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK),
                                                             gtk_keyval_trigger_new (GDK_KEY_Menu, 0));

  self->menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (trigger, gtk_callback_action_new (menu_key_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);
}

/* GtkWidget ----------------------------------------------------------------- */

static void
dl_article_list_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  DlArticleList *self = DL_ARTICLE_LIST (widget);

  gtk_widget_measure (self->scroller, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
dl_article_list_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  DlArticleList *self = DL_ARTICLE_LIST (widget);

  gtk_widget_allocate (self->scroller, width, height, baseline, NULL);
  gtk_popover_present (GTK_POPOVER (self->menu));
}

static gboolean
dl_article_list_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (DL_ARTICLE_LIST (widget)->view));
}

static void
dl_article_list_dispose (GObject *object)
{
  DlArticleList *self = DL_ARTICLE_LIST (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (dl_article_list_parent_class)->dispose (object);
}

static void
dl_article_list_class_init (DlArticleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dl_article_list_dispose;
  widget_class->measure = dl_article_list_measure;
  widget_class->size_allocate = dl_article_list_size_allocate;
  widget_class->grab_focus = dl_article_list_grab_focus;

  /**
   * DlArticleList::article-activated:
   * @article: the article the user chose
   */
  signals[ARTICLE_ACTIVATED] =
    g_signal_new ("article-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DL_TYPE_ARTICLE);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dl_article_list_init (DlArticleList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  self->view = GTK_LIST_VIEW (gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)), factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Articles"), -1);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  add_menu (self);

  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
dl_article_list_new (void)
{
  return g_object_new (DL_TYPE_ARTICLE_LIST, NULL);
}

/**
 * dl_article_list_set_model:
 * @articles: (nullable): a #GListModel of #DlArticle
 */
void
dl_article_list_set_model (DlArticleList *self,
                           GListModel    *articles)
{
  g_return_if_fail (DL_IS_ARTICLE_LIST (self));
  g_return_if_fail (articles == NULL || G_IS_LIST_MODEL (articles));

  self->selecting++;
  gtk_single_selection_set_model (self->selection, articles);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->selecting--;
}

/**
 * dl_article_list_select:
 * @article: (nullable): the article to choose, or %NULL for none
 *
 * Chooses @article's row and scrolls to it, without emitting
 * ::article-activated: the list follows what the window shows.
 */
void
dl_article_list_select (DlArticleList *self,
                        DlArticle     *article)
{
  GListModel *articles;
  guint n, position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (DL_IS_ARTICLE_LIST (self));

  articles = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (articles);
  for (guint i = 0; article != NULL && i < n && position == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(DlArticle) item = g_list_model_get_item (articles, i);

      if (item == article)
        position = i;
    }
  self->selecting++;
  gtk_single_selection_set_selected (self->selection, position);
  self->selecting--;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->view), "list.scroll-to-item", "u", position);
}

/**
 * dl_article_list_get_selected:
 *
 * Returns: (transfer none) (nullable): the article chosen
 */
DlArticle *
dl_article_list_get_selected (DlArticleList *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE_LIST (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * dl_article_list_get_menu_model:
 *
 * Returns: (transfer none) (nullable): the model of a row's menu as it
 *   was last shown
 */
GMenuModel *
dl_article_list_get_menu_model (DlArticleList *self)
{
  g_return_val_if_fail (DL_IS_ARTICLE_LIST (self), NULL);
  return gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (self->menu));
}
