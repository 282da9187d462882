/* dl-preferences-window.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The preferences: the style, the timeline's default lanes, what the
 * analysis keeps as actors and where untitled work is kept. Every row
 * is bound to its setting, so there is nothing to apply or save: the
 * application and its windows follow the settings as they change.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dl-preferences-window.h"

struct _DlPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwComboRow *color_scheme_row;
  AdwComboRow *lanes_row;
  GtkSwitch *person_switch;
  GtkSwitch *organization_switch;
  GtkSwitch *location_switch;
  GtkSwitch *group_switch;
  GtkSpinButton *min_mentions_spin;
  GtkSwitch *autosave_switch;
  AdwActionRow *folder_row;
  GtkButton *reset_folder_button;

  /* State */
  GSettings *settings;
  GtkFileChooserNative *chooser;
};

enum { PROP_0, PROP_SETTINGS, N_PROPS };

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlPreferencesWindow, dl_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The values of the choices of a combo row's key, in the row's order */
static const char * const color_schemes[] = { "default", "light", "dark", NULL };
static const char * const lanes[] = { "none", "actor", "article", "kind", NULL };

/* The switches of the kinds of actor, in DlActorKind order */
#define N_KIND_SWITCHES (DL_ACTOR_KIND_GROUP + 1)

/* Combo rows and their keys ---------------------------------------------- */

static gboolean
choice_to_selected (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], choice))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
selected_to_choice (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *choices = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **) choices))
    return NULL;
  return g_variant_new_string (choices[selected]);
}

static void
bind_choices (DlPreferencesWindow *self,
              const char          *key,
              AdwComboRow         *row,
              const char * const  *choices)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                choice_to_selected, selected_to_choice, (gpointer) choices, NULL);
}

/* The kinds of actor: one key, four switches -------------------------------- */

static void
kind_switches (DlPreferencesWindow *self,
               GtkSwitch           *switches[N_KIND_SWITCHES])
{
  switches[DL_ACTOR_KIND_PERSON] = self->person_switch;
  switches[DL_ACTOR_KIND_ORGANIZATION] = self->organization_switch;
  switches[DL_ACTOR_KIND_LOCATION] = self->location_switch;
  switches[DL_ACTOR_KIND_GROUP] = self->group_switch;
}

static void
kind_switch_active_cb (DlPreferencesWindow *self)
{
  GtkSwitch *switches[N_KIND_SWITCHES];
  const char *names[N_KIND_SWITCHES + 1] = { NULL };
  guint n = 0;

  kind_switches (self, switches);
  for (DlActorKind kind = 0; kind < N_KIND_SWITCHES; kind++)
    if (gtk_switch_get_active (switches[kind]))
      names[n++] = dl_actor_kind_to_string (kind);
  g_settings_set_strv (self->settings, "actor-kinds", names);
}

static void
actor_kinds_changed_cb (DlPreferencesWindow *self)
{
  g_auto(GStrv) names = g_settings_get_strv (self->settings, "actor-kinds");
  guint kinds = dl_actor_kinds_from_strv ((const char * const *) names);
  GtkSwitch *switches[N_KIND_SWITCHES];

  kind_switches (self, switches);
  for (DlActorKind kind = 0; kind < N_KIND_SWITCHES; kind++)
    {
      /* Set quietly: the switches follow the key, and would otherwise
       * write it back one switch at a time */
      g_signal_handlers_block_by_func (switches[kind], kind_switch_active_cb, self);
      gtk_switch_set_active (switches[kind], (kinds & DL_ACTOR_KIND_BIT (kind)) != 0);
      g_signal_handlers_unblock_by_func (switches[kind], kind_switch_active_cb, self);
    }
}

static void
bind_kinds (DlPreferencesWindow *self)
{
  GtkSwitch *switches[N_KIND_SWITCHES];

  kind_switches (self, switches);
  for (DlActorKind kind = 0; kind < N_KIND_SWITCHES; kind++)
    g_signal_connect_object (switches[kind], "notify::active", G_CALLBACK (kind_switch_active_cb), self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::actor-kinds", G_CALLBACK (actor_kinds_changed_cb), self,
                           G_CONNECT_SWAPPED);
  actor_kinds_changed_cb (self);
}

/* The folder of untitled work --------------------------------------------- */

static void
autosave_folder_changed_cb (DlPreferencesWindow *self)
{
  g_autofree char *chosen = g_settings_get_string (self->settings, "autosave-folder");
  g_autofree char *folder = dl_preferences_dup_autosave_folder (self->settings);
  g_autofree char *name = g_filename_display_basename (folder);
  g_autofree char *path = g_filename_display_name (folder);

  adw_action_row_set_subtitle (self->folder_row, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->folder_row), path);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_folder_button), chosen[0] != '\0');
}

static void
chooser_response_cb (DlPreferencesWindow  *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (folder != NULL)
    path = g_file_get_path (folder);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->chooser);
  /* A folder without a local path (on a remote share) cannot hold
   * recovery files: it is not taken */
  if (path != NULL)
    g_settings_set_string (self->settings, "autosave-folder", path);
}

static void
choose_folder_clicked_cb (DlPreferencesWindow *self)
{
  g_autofree char *current = dl_preferences_dup_autosave_folder (self->settings);
  g_autoptr(GFile) folder = g_file_new_for_path (current);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Folder for Untitled Work"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (g_file_query_exists (folder, NULL))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
reset_folder_clicked_cb (DlPreferencesWindow *self)
{
  g_settings_reset (self->settings, "autosave-folder");
}

/* Rows and keys ------------------------------------------------------------- */

static void
bind_settings (DlPreferencesWindow *self)
{
  bind_choices (self, "color-scheme", self->color_scheme_row, color_schemes);
  bind_choices (self, "timeline-lanes", self->lanes_row, lanes);
  bind_kinds (self);
  g_settings_bind (self->settings, "actor-min-mentions", self->min_mentions_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "autosave", self->autosave_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::autosave-folder", G_CALLBACK (autosave_folder_changed_cb),
                           self, G_CONNECT_SWAPPED);
  autosave_folder_changed_cb (self);
}

/* GObject ----------------------------------------------------------------- */

static void
dl_preferences_window_constructed (GObject *object)
{
  DlPreferencesWindow *self = DL_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (dl_preferences_window_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));
  bind_settings (self);
}

static void
dl_preferences_window_dispose (GObject *object)
{
  DlPreferencesWindow *self = DL_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), DL_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dl_preferences_window_parent_class)->dispose (object);
}

static void
dl_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DlPreferencesWindow *self = DL_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DlPreferencesWindow *self = DL_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dl_preferences_window_class_init (DlPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dl_preferences_window_constructed;
  object_class->dispose = dl_preferences_window_dispose;
  object_class->get_property = dl_preferences_window_get_property;
  object_class->set_property = dl_preferences_window_set_property;

  /**
   * DlPreferencesWindow:settings:
   *
   * The application's settings, which the rows show and change.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/dl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DlPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, DlPreferencesWindow, lanes_row);
  gtk_widget_class_bind_template_child (widget_class, DlPreferencesWindow, person_switch);
  gtk_widget_class_bind_template_child (widget_class, DlPreferencesWindow, organization_switch);
  gtk_widget_class_bind_template_child (widget_class, DlPreferencesWindow, location_switch);
  gtk_widget_class_bind_template_child (widget_class, DlPreferencesWindow, group_switch);
  gtk_widget_class_bind_template_child (widget_class, DlPreferencesWindow, min_mentions_spin);
  gtk_widget_class_bind_template_child (widget_class, DlPreferencesWindow, autosave_switch);
  gtk_widget_class_bind_template_child (widget_class, DlPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, DlPreferencesWindow, reset_folder_button);
  gtk_widget_class_bind_template_callback (widget_class, choose_folder_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reset_folder_clicked_cb);
}

static void
dl_preferences_window_init (DlPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dl_preferences_window_new:
 * @settings: the application's settings, see dl_preferences_dup_settings()
 */
DlPreferencesWindow *
dl_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (DL_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}

/* Reading the settings ------------------------------------------------------ */

/**
 * dl_preferences_dup_settings:
 *
 * Returns: (transfer full) (nullable): the application's settings, or
 *   %NULL when their schema is not installed (run from the build tree
 *   without it): then every preference has its default
 */
GSettings *
dl_preferences_dup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * dl_preferences_get_actor_criteria:
 * @settings: (nullable): the application's settings, %NULL for the
 *   defaults
 * @criteria: (out caller-allocates): what the analysis keeps as actors
 */
void
dl_preferences_get_actor_criteria (GSettings       *settings,
                                   DlActorCriteria *criteria)
{
  g_auto(GStrv) names = NULL;

  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (criteria != NULL);

  dl_actor_criteria_init_default (criteria);
  if (settings == NULL)
    return;
  names = g_settings_get_strv (settings, "actor-kinds");
  /* Actors of no known kind come only from the user's corrections: no
   * switch stands for them, and they are always kept */
  criteria->kinds = dl_actor_kinds_from_strv ((const char * const *) names)
                    | DL_ACTOR_KIND_BIT (DL_ACTOR_KIND_OTHER);
  criteria->min_mentions = g_settings_get_uint (settings, "actor-min-mentions");
}

/**
 * dl_preferences_dup_autosave_folder:
 * @settings: (nullable): the application's settings, %NULL for the
 *   defaults
 *
 * Returns: (type filename): the folder where untitled work is kept:
 *   the one chosen, else one in the user's data folder
 */
char *
dl_preferences_dup_autosave_folder (GSettings *settings)
{
  g_autofree char *chosen = NULL;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  if (settings != NULL)
    chosen = g_settings_get_string (settings, "autosave-folder");
  if (chosen != NULL && chosen[0] != '\0')
    return g_steal_pointer (&chosen);
  return g_build_filename (g_get_user_data_dir (), "dateline", "recovery", NULL);
}
