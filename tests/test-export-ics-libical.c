/* test-export-ics-libical.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The iCalendar export read by libical, as calendar applications built
 * on it (Evolution among them) read it: no line it cannot parse, no
 * rule of icalrestriction_check broken, and every dated event's dates,
 * title, sources and actors as exported. Built where libical is found.
 */
#include <json-glib/json-glib.h>
#include <libical/ical.h>
#include <stdio.h>
#include <string.h>

#include "export-ics-fixture.h"

/* libical ----------------------------------------------------------------- */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

/* Every X-LIC-ERROR libical put in @component or below: one for each
 * line it could not read and each rule icalrestriction_check found broken */
static void
append_ical_errors (icalcomponent *component,
                    GString       *errors)
{
  icalproperty *property;
  icalcomponent *child;

  for (property = icalcomponent_get_first_property (component, ICAL_XLICERROR_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (component, ICAL_XLICERROR_PROPERTY))
    g_string_append_printf (errors, "%s\n", icalproperty_get_xlicerror (property));
  for (child = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
       child != NULL;
       child = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
    append_ical_errors (child, errors);
}

/* The calendar as libical reads it, with nothing that RFC 5545 or its
 * METHOD (RFC 5546) forbids or misses */
static icalcomponent *
ical_parse (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = g_strndup (data, size);
  g_autoptr(GString) errors = g_string_new (NULL);
  icalcomponent *calendar;
  int valid;

  icalerror_set_errors_are_fatal (0);
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  valid = icalrestriction_check (calendar);
  append_ical_errors (calendar, errors);
  g_assert_cmpstr (errors->str, ==, "");
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_true (valid);
  return calendar;
}

static icalcomponent *
ical_find_event (icalcomponent *calendar,
                 const char    *summary)
{
  icalcomponent *event;

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_summary (event), summary) == 0)
      return event;
  return NULL;
}

static const char *
ical_get_x (icalcomponent *event,
            const char    *name)
{
  icalproperty *property;

  for (property = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    if (g_str_equal (icalproperty_get_x_name (property), name))
      return icalproperty_get_x (property);
  return NULL;
}

/* @expected as the strict reader's cases say it: ";VALUE=DATE:20160307"
 * or ":20160307T120000Z" */
static void
check_ical_time (struct icaltimetype  time,
                 const char          *expected)
{
  g_assert_false (icaltime_is_null_time (time));
  g_assert_cmpstr (icaltime_as_ical_string (time), ==, strchr (expected, ':') + 1);
  g_assert_cmpint (time.is_date, ==, g_str_has_prefix (expected, ";VALUE=DATE:"));
  g_assert_true (time.is_date || icaltime_is_utc (time));
}

static void
check_ical_event (icalcomponent   *event,
                  const EventCase *c)
{
  const char *description = icalcomponent_get_description (event);

  check_ical_time (icalcomponent_get_dtstart (event), c->start);
  check_ical_time (icalcomponent_get_dtend (event), c->end);
  g_assert_cmpstr (ical_get_x (event, "X-DATELINE-CERTAINTY"), ==, c->certainty);
  g_assert_nonnull (description);
  g_assert_nonnull (strstr (description, c->quote));
}

static void
test_libical_validates (void)
{
  g_autoptr(DlCorpus) corpus = build_corpus ();
  g_autoptr(GBytes) bytes = export_ics (corpus);
  g_autoptr(icalcomponent) calendar = ical_parse (bytes);
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);
  int n_dated = 0;

  for (guint i = 0; i < G_N_ELEMENTS (event_cases); i++)
    {
      const EventCase *c = &event_cases[i];
      icalcomponent *event = ical_find_event (calendar, c->title);

      if (c->start == NULL)
        {
          g_assert_null (event);
          continue;
        }
      n_dated++;
      g_assert_nonnull (event);
      check_ical_event (event, c);
      g_assert_true (g_hash_table_add (uids, (gpointer) icalcomponent_get_uid (event)));
    }
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, n_dated);
}

/* libical reads a multi-valued CATEGORIES as one property per name */
static GPtrArray *
ical_dup_categories (icalcomponent *event)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  icalproperty *property;

  for (property = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    g_ptr_array_add (names, g_strdup (icalproperty_get_categories (property)));
  return names;
}

static const char *
ical_get_url (icalcomponent *event)
{
  icalproperty *property = icalcomponent_get_first_property (event, ICAL_URL_PROPERTY);

  return property != NULL ? icalproperty_get_url (property) : NULL;
}

static void
test_libical_sources_and_actors (void)
{
  g_autoptr(DlCorpus) corpus = build_corpus ();
  g_autoptr(GBytes) bytes = export_ics (corpus);
  g_autoptr(icalcomponent) calendar = ical_parse (bytes);
  icalcomponent *ferry = ical_find_event (calendar, event_cases[0].title);
  icalcomponent *quay = ical_find_event (calendar, event_cases[1].title);
  const char *description = icalcomponent_get_description (ferry);
  g_autoptr(GPtrArray) categories = ical_dup_categories (ferry);
  g_autoptr(GPtrArray) none = ical_dup_categories (quay);
  const char *first, *second;

  first = strstr (description, event_cases[0].quote);
  second = strstr (description, "“Grüße”");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_true (first < second);
  g_assert_nonnull (strstr (description, "Harbour, news; \\daily\\ (/news/harbour.txt)"));
  g_assert_nonnull (strstr (description, "Zürich Post (https://example.org/zurich?id=1)"));

  g_assert_cmpuint (categories->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (categories, 0), ==, "Smith, John; Jr.");
  g_assert_cmpstr (g_ptr_array_index (categories, 1), ==, "Zürich");
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpstr (ical_get_url (ferry), ==, "https://example.org/zurich?id=1");
  g_assert_null (ical_get_url (quay));
}

/* dateline-cli on the sample corpus: the calendar against the JSON of
 * the same articles */

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (paths, compare_paths);
  return paths;
}

static GBytes *
export_files (const char *format,
              GPtrArray  *files)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  GBytes *out = NULL;

  g_ptr_array_add (args, (gpointer) "export");
  g_ptr_array_add (args, (gpointer) "--format");
  g_ptr_array_add (args, (gpointer) format);
  g_ptr_array_add (args, (gpointer) "-o");
  g_ptr_array_add (args, (gpointer) "-");
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (args, g_ptr_array_index (files, i));
  g_ptr_array_add (args, NULL);
  g_assert_cmpint (run_cli ((const char * const *) args->pdata, &out), ==, 0);
  return out;
}

static icalcomponent *
ical_find_uid (icalcomponent *calendar,
               const char    *id)
{
  g_autofree char *prefix = g_strconcat (id, "-", NULL);
  icalcomponent *event;

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_str_has_prefix (icalcomponent_get_uid (event), prefix))
      return event;
  return NULL;
}

/* "1989-11-09" as a DATE: "19891109", @days_after later */
static char *
ical_day (const char *iso,
          guint       days_after)
{
  int year, month, day;
  g_autoptr(GDate) date = NULL;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &year, &month, &day), ==, 3);
  date = g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_date_add_days (date, days_after);
  return g_strdup_printf ("%04u%02u%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* One dated event of the JSON, as the calendar holds it */
static void
check_ical_json_event (icalcomponent *event,
                       JsonObject    *object)
{
  JsonObject *when = json_object_get_object_member (object, "when");
  JsonArray *sources = json_object_get_array_member (object, "sources");
  JsonObject *source = json_array_get_object_element (sources, 0);
  struct icaltimetype start = icalcomponent_get_dtstart (event);
  struct icaltimetype end = icalcomponent_get_dtend (event);
  g_autofree char *first = ical_day (json_object_get_string_member (when, "start"), 0);
  g_autofree char *after = ical_day (json_object_get_string_member (when, "end"), 1);

  g_assert_cmpstr (icalcomponent_get_summary (event), ==, json_object_get_string_member (object, "title"));
  g_assert_nonnull (strstr (icalcomponent_get_description (event),
                            json_object_get_string_member (source, "quote")));
  g_assert_true (g_str_has_prefix (icaltime_as_ical_string (start), first));
  g_assert_cmpint (icaltime_compare (start, end), <, 0);
  if (start.is_date)
    g_assert_cmpstr (icaltime_as_ical_string (end), ==, after);
}

static void
test_libical_cli_sample (void)
{
  const char *dir = g_getenv ("DATELINE_SAMPLE_DIR");
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GBytes) ics = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *events;
  int n_dated = 0;

  if (g_getenv ("DATELINE_CLI") == NULL || dir == NULL)
    {
      g_test_skip ("DATELINE_CLI or DATELINE_SAMPLE_DIR is not set");
      return;
    }
  files = list_files (dir);
  ics = export_files ("ics", files);
  json = export_files ("json", files);
  calendar = ical_parse (ics);
  json_parser_load_from_data (parser, g_bytes_get_data (json, NULL), (gssize) g_bytes_get_size (json), &error);
  g_assert_no_error (error);

  events = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "events");
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *object = json_array_get_object_element (events, i);
      JsonObject *when = json_object_get_object_member (object, "when");
      icalcomponent *event = ical_find_uid (calendar, json_object_get_string_member (object, "id"));

      if (json_object_get_string_member_with_default (when, "start", NULL) == NULL)
        {
          g_assert_null (event);
          continue;
        }
      n_dated++;
      g_assert_nonnull (event);
      check_ical_json_event (event, object);
    }
  g_assert_cmpint (n_dated, >, 0);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, n_dated);
  g_test_message ("libical read %d events of the sample", n_dated);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-ics-libical/validates", test_libical_validates);
  g_test_add_func ("/export-ics-libical/sources-and-actors", test_libical_sources_and_actors);
  g_test_add_func ("/export-ics-libical/cli-sample", test_libical_cli_sample);

  return g_test_run ();
}
