/* dl-date-entry.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A date as day, month and year, each its own field, so that a date can
 * be as precise as what is known: a year alone is the whole year, a
 * month without a day the whole month. The day and month drop-downs
 * start with "—", none.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "dl-date-entry.h"
#include "dl-date-span.h"

#define MIN_YEAR 1
#define MAX_YEAR 9999

struct _DlDateEntry
{
  GtkBox parent_instance;

  GtkDropDown *day;
  GtkDropDown *month;
  GtkSpinButton *year;
};

enum { CHANGED, N_SIGNALS };

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DlDateEntry, dl_date_entry, GTK_TYPE_BOX)

static GtkDropDown *
new_month_drop_down (void)
{
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);

  /* TRANSLATORS: no month chosen: the date is a whole year */
  gtk_string_list_append (months, C_("month", "—"));
  for (int m = 1; m <= 12; m++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2000, m, 1, 0, 0, 0);
      g_autofree char *name = g_date_time_format (date, "%B");

      gtk_string_list_append (months, name);
    }
  return GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&months)), NULL));
}

static GtkDropDown *
new_day_drop_down (void)
{
  g_autoptr(GtkStringList) days = gtk_string_list_new (NULL);

  /* TRANSLATORS: no day chosen: the date is a whole month */
  gtk_string_list_append (days, C_("day", "—"));
  for (int d = 1; d <= 31; d++)
    {
      g_autofree char *number = g_strdup_printf ("%d", d);
      gtk_string_list_append (days, number);
    }
  return GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&days)), NULL));
}

static void
emit_changed (DlDateEntry *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
dl_date_entry_class_init (DlDateEntryClass *klass)
{
  /**
   * DlDateEntry::changed:
   *
   * The day, the month or the year changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dl_date_entry_init (DlDateEntry *self)
{
  gtk_box_set_spacing (GTK_BOX (self), 6);
  self->day = new_day_drop_down ();
  self->month = new_month_drop_down ();
  self->year = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (MIN_YEAR, MAX_YEAR, 1));
  gtk_spin_button_set_numeric (self->year, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->year), 4);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->day));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->month));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->year));
  g_signal_connect_swapped (self->day, "notify::selected", G_CALLBACK (emit_changed), self);
  g_signal_connect_swapped (self->month, "notify::selected", G_CALLBACK (emit_changed), self);
  g_signal_connect_swapped (self->year, "value-changed", G_CALLBACK (emit_changed), self);
}

/**
 * dl_date_entry_new:
 * @label: what the date is, read out before "Day", "Month" and "Year"
 */
GtkWidget *
dl_date_entry_new (const char *label)
{
  DlDateEntry *self = g_object_new (DL_TYPE_DATE_ENTRY, NULL);
  g_autofree char *day = g_strdup_printf ("%s: %s", label, _("Day"));
  g_autofree char *month = g_strdup_printf ("%s: %s", label, _("Month"));
  g_autofree char *year = g_strdup_printf ("%s: %s", label, _("Year"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->day), GTK_ACCESSIBLE_PROPERTY_LABEL, day, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->month), GTK_ACCESSIBLE_PROPERTY_LABEL, month, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year), GTK_ACCESSIBLE_PROPERTY_LABEL, year, -1);
  return GTK_WIDGET (self);
}

/**
 * dl_date_entry_set_date:
 * @month: 1 to 12, or 0 for none: the whole year
 * @day: 1 to 31, or 0 for none: the whole month
 *
 * Fills in the fields as a person would, even with a day the month
 * does not have.
 */
void
dl_date_entry_set_date (DlDateEntry *self,
                        int          year,
                        int          month,
                        int          day)
{
  g_return_if_fail (DL_IS_DATE_ENTRY (self));

  gtk_spin_button_set_value (self->year, CLAMP (year, MIN_YEAR, MAX_YEAR));
  gtk_drop_down_set_selected (self->month, (guint) CLAMP (month, 0, 12));
  gtk_drop_down_set_selected (self->day, (guint) CLAMP (day, 0, 31));
}

/**
 * dl_date_entry_set_time:
 * @time: Unix time, UTC
 *
 * Shows the day of @time.
 */
void
dl_date_entry_set_time (DlDateEntry *self,
                        gint64       time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (time);

  g_return_if_fail (DL_IS_DATE_ENTRY (self));

  if (date != NULL)
    dl_date_entry_set_date (self, g_date_time_get_year (date), g_date_time_get_month (date),
                            g_date_time_get_day_of_month (date));
}

/**
 * dl_date_entry_set_value:
 * @value: a TIMEX3 value
 *
 * Shows @value when the fields can show it exactly: "1989",
 * "1989-11" or "1989-11-09".
 *
 * Returns: %FALSE, the fields unchanged, for any other value
 */
gboolean
dl_date_entry_set_value (DlDateEntry *self,
                         const char  *value)
{
  gsize len = value != NULL ? strlen (value) : 0;
  int year, month = 0, day = 0;
  gboolean plain;
  char tail;

  g_return_val_if_fail (DL_IS_DATE_ENTRY (self), FALSE);

  if (len == 4)
    plain = sscanf (value, "%4d%c", &year, &tail) == 1;
  else if (len == 7)
    plain = sscanf (value, "%4d-%2d%c", &year, &month, &tail) == 2;
  else if (len == 10)
    plain = sscanf (value, "%4d-%2d-%2d%c", &year, &month, &day, &tail) == 3;
  else
    plain = FALSE;
  if (plain)
    dl_date_entry_set_date (self, year, month, day);
  return plain;
}

/**
 * dl_date_entry_dup_span:
 *
 * Returns: (transfer full) (nullable): the stretch of time the fields
 *   give, a stated one; %NULL when they give none: a day without a
 *   month, or a day the month does not have
 */
DlDateSpan *
dl_date_entry_dup_span (DlDateEntry *self)
{
  int year;
  guint month, day;
  g_autofree char *value = NULL;

  g_return_val_if_fail (DL_IS_DATE_ENTRY (self), NULL);

  year = gtk_spin_button_get_value_as_int (self->year);
  month = gtk_drop_down_get_selected (self->month);
  day = gtk_drop_down_get_selected (self->day);
  if (month == 0 && day > 0)
    return NULL;
  if (month == 0)
    value = g_strdup_printf ("%04d", year);
  else if (day == 0)
    value = g_strdup_printf ("%04d-%02u", year, month);
  else
    value = g_strdup_printf ("%04d-%02u-%02u", year, month, day);
  return dl_date_span_new_from_value (value, DL_CERTAINTY_STATED);
}
