/* test-export-ics.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The iCalendar export, read back by a strict RFC 5545 reader written
 * here: CRLF line ends, lines of at most 75 octets that each hold whole
 * characters, BEGIN/END nesting, the properties a calendar requires,
 * and TEXT values that unescape to exactly what was exported.
 * test-export-ics-libical reads the same calendars with libical.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "export-ics-fixture.h"

#define MAX_OCTETS 75
#define STAMP_VALUE "20170714T024000Z"

/* The strict reader ------------------------------------------------------- */

typedef struct
{
  char *name;
  char *params;   /* ";VALUE=DATE" or "" */
  char *value;
} Property;

typedef struct _Component Component;
struct _Component
{
  char *name;
  GPtrArray *properties;
  GPtrArray *children;
};

static void
property_free (Property *property)
{
  g_free (property->name);
  g_free (property->params);
  g_free (property->value);
  g_free (property);
}

static void
component_free (Component *component)
{
  g_free (component->name);
  g_ptr_array_unref (component->properties);
  g_ptr_array_unref (component->children);
  g_free (component);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Component, component_free)

static Component *
component_new (const char *name)
{
  Component *component = g_new0 (Component, 1);

  component->name = g_strdup (name);
  component->properties = g_ptr_array_new_with_free_func ((GDestroyNotify) property_free);
  component->children = g_ptr_array_new_with_free_func ((GDestroyNotify) component_free);
  return component;
}

/* Every line ends in CRLF, holds at most 75 octets and whole UTF-8
 * characters; returns the lines unfolded */
static GPtrArray *
unfold (const char *data,
        gsize       size)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  gsize pos = 0;

  g_assert_cmpuint (size, >, 2);
  g_assert_true (data[size - 2] == '\r' && data[size - 1] == '\n');
  while (pos < size)
    {
      const char *end = memchr (data + pos, '\n', size - pos);
      gsize length;

      g_assert_nonnull (end);
      length = (gsize) (end - (data + pos));
      g_assert_cmpuint (length, >=, 1);
      g_assert_cmpint (data[pos + length - 1], ==, '\r');
      length--;
      g_assert_null (memchr (data + pos, '\r', length));
      g_assert_cmpuint (length, <=, MAX_OCTETS);
      g_assert_true (g_utf8_validate (data + pos, (gssize) length, NULL));
      if (data[pos] == ' ' || data[pos] == '\t')
        {
          g_assert_cmpuint (lines->len, >, 0);
          g_assert_cmpuint (length, >, 1);
          g_string_append_len (g_ptr_array_index (lines, lines->len - 1), data + pos + 1, (gssize) length - 1);
        }
      else
        {
          g_assert_cmpuint (length, >, 0);
          g_ptr_array_add (lines, g_string_new_len (data + pos, (gssize) length));
        }
      pos += length + 2;
    }
  for (guint i = 0; i < lines->len; i++)
    lines->pdata[i] = g_string_free (lines->pdata[i], FALSE);
  return g_steal_pointer (&lines);
}

/* name *(";" param) ":" value, names of letters, digits and "-" */
static Property *
parse_line (const char *line)
{
  Property *property = g_new0 (Property, 1);
  const char *p = line;
  const char *colon;

  while (g_ascii_isalnum (*p) || *p == '-')
    p++;
  g_assert_cmpuint (p - line, >, 0);
  property->name = g_strndup (line, (gsize) (p - line));
  colon = strchr (p, ':');
  g_assert_nonnull (colon);
  property->params = g_strndup (p, (gsize) (colon - p));
  g_assert_true (*property->params == '\0' || *property->params == ';');
  g_assert_null (strchr (property->params, '"'));
  property->value = g_strdup (colon + 1);
  return property;
}

static Component *
parse_calendar (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GPtrArray) lines = unfold (data, size);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  Component *root = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      Property *property = parse_line (g_ptr_array_index (lines, i));
      Component *top = stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;

      /* Nothing after the calendar's END */
      g_assert_true (root == NULL || top != NULL);
      if (g_str_equal (property->name, "BEGIN"))
        {
          Component *child = component_new (property->value);

          if (top == NULL)
            root = child;
          else
            g_ptr_array_add (top->children, child);
          g_ptr_array_add (stack, child);
          property_free (property);
        }
      else if (g_str_equal (property->name, "END"))
        {
          g_assert_nonnull (top);
          g_assert_cmpstr (top->name, ==, property->value);
          g_ptr_array_remove_index (stack, stack->len - 1);
          property_free (property);
        }
      else
        {
          g_assert_nonnull (top);
          g_ptr_array_add (top->properties, property);
        }
    }
  g_assert_cmpuint (stack->len, ==, 0);
  g_assert_nonnull (root);
  return root;
}

static const Property *
find_property (const Component *component,
               const char      *name)
{
  const Property *found = NULL;

  for (guint i = 0; i < component->properties->len; i++)
    {
      const Property *property = g_ptr_array_index (component->properties, i);

      if (g_str_equal (property->name, name))
        {
          /* Every property checked here may occur once */
          g_assert_null (found);
          found = property;
        }
    }
  return found;
}

static const char *
get_value (const Component *component,
           const char      *name)
{
  const Property *property = find_property (component, name);

  return property != NULL ? property->value : NULL;
}

/* A TEXT value: "\\", "\;", "\,", "\n" and "\N" only, and no bare ";"
 * or "," (@list allows bare commas between the items of a list) */
static char *
unescape_text (const char *value,
               gboolean    list)
{
  GString *text = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\\')
        {
          p++;
          g_assert_true (*p == '\\' || *p == ';' || *p == ',' || *p == 'n' || *p == 'N');
          g_string_append_c (text, *p == 'n' || *p == 'N' ? '\n' : *p);
        }
      else
        {
          g_assert_true (*p != ';' && (*p != ',' || list));
          g_assert_true ((guchar) *p >= 0x20 || *p == '\t');
          g_string_append_c (text, *p == ',' ? '\x1f' : *p);
        }
    }
  return g_string_free (text, FALSE);
}

static char *
get_text (const Component *component,
          const char      *name)
{
  const char *value = get_value (component, name);

  return value != NULL ? unescape_text (value, FALSE) : NULL;
}

/* The items of a list such as CATEGORIES, each unescaped */
static char **
get_list (const Component *component,
          const char      *name)
{
  const char *value = get_value (component, name);
  g_autofree char *text = NULL;

  if (value == NULL)
    return NULL;
  text = unescape_text (value, TRUE);
  return g_strsplit (text, "\x1f", -1);
}

static gboolean
is_digits (const char *text,
           gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* DATE: 8 digits; DATE-TIME in UTC: 8 digits, "T", 6 digits, "Z" */
static void
check_date_value (const Property *property)
{
  g_assert_nonnull (property);
  if (g_str_equal (property->params, ";VALUE=DATE"))
    g_assert_true (strlen (property->value) == 8 && is_digits (property->value, 8));
  else
    {
      g_assert_cmpstr (property->params, ==, "");
      g_assert_cmpuint (strlen (property->value), ==, 16);
      g_assert_true (is_digits (property->value, 8) && property->value[8] == 'T' &&
                     is_digits (property->value + 9, 6) && property->value[15] == 'Z');
    }
}

/* The calendar's own properties, and those every VEVENT needs */
static void
check_calendar (const Component *calendar)
{
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (calendar->name, ==, "VCALENDAR");
  g_assert_cmpstr (get_value (calendar, "VERSION"), ==, "2.0");
  g_assert_cmpstr (get_value (calendar, "PRODID"), ==, "-//Dateline//Dateline//EN");
  g_assert_cmpstr (get_value (calendar, "CALSCALE"), ==, "GREGORIAN");
  for (guint i = 0; i < calendar->children->len; i++)
    {
      const Component *event = g_ptr_array_index (calendar->children, i);
      const char *uid = get_value (event, "UID");
      const Property *start = find_property (event, "DTSTART");
      const Property *end = find_property (event, "DTEND");

      g_assert_cmpstr (event->name, ==, "VEVENT");
      g_assert_cmpuint (event->children->len, ==, 0);
      g_assert_nonnull (uid);
      g_assert_true (g_str_has_suffix (uid, "@dateline"));
      g_assert_true (g_hash_table_add (uids, (gpointer) uid));
      g_assert_nonnull (get_value (event, "DTSTAMP"));
      check_date_value (find_property (event, "DTSTAMP"));
      check_date_value (start);
      g_assert_nonnull (end);
      check_date_value (end);
      /* Both dates or both date-times, the end after the start */
      g_assert_cmpstr (start->params, ==, end->params);
      g_assert_cmpstr (start->value, <, end->value);
      g_assert_nonnull (get_value (event, "SUMMARY"));
    }
}

static const Component *
find_event (const Component *calendar,
            const char      *summary)
{
  for (guint i = 0; i < calendar->children->len; i++)
    {
      const Component *event = g_ptr_array_index (calendar->children, i);
      g_autofree char *text = get_text (event, "SUMMARY");

      if (g_strcmp0 (text, summary) == 0)
        return event;
    }
  return NULL;
}

/* Tests ------------------------------------------------------------------- */

static void
test_format_names (void)
{
  DlExportFormat format = DL_EXPORT_FORMAT_PNG;

  g_assert_true (dl_export_format_from_string ("ICS", &format));
  g_assert_cmpint (format, ==, DL_EXPORT_FORMAT_ICS);
  g_assert_cmpstr (dl_export_format_to_string (DL_EXPORT_FORMAT_ICS), ==, "ics");
  g_assert_false (dl_export_format_is_image (DL_EXPORT_FORMAT_ICS));
  format = DL_EXPORT_FORMAT_PNG;
  g_assert_true (dl_export_format_from_path ("/tmp/Events.ICS", &format));
  g_assert_cmpint (format, ==, DL_EXPORT_FORMAT_ICS);
  g_assert_false (dl_export_format_from_path ("/tmp/events.icsx", &format));
}

static void
check_event_dates (const Component *event,
                   const EventCase *c)
{
  const Property *start = find_property (event, "DTSTART");
  const Property *end = find_property (event, "DTEND");
  g_autofree char *start_text = g_strconcat (start->params, ":", start->value, NULL);
  g_autofree char *end_text = g_strconcat (end->params, ":", end->value, NULL);

  g_assert_cmpstr (start_text, ==, c->start);
  g_assert_cmpstr (end_text, ==, c->end);
}

static void
test_validates (void)
{
  g_autoptr(DlCorpus) corpus = build_corpus ();
  g_autoptr(GBytes) bytes = export_ics (corpus);
  g_autoptr(Component) calendar = parse_calendar (bytes);
  guint n_dated = 0;

  check_calendar (calendar);
  for (guint i = 0; i < G_N_ELEMENTS (event_cases); i++)
    {
      const EventCase *c = &event_cases[i];
      const Component *event = find_event (calendar, c->title);
      g_autofree char *description = NULL;

      if (c->start == NULL)
        {
          /* Undated and hidden events have no place in a calendar */
          g_assert_null (event);
          continue;
        }
      n_dated++;
      g_assert_nonnull (event);
      check_event_dates (event, c);
      g_assert_cmpstr (get_value (event, "X-DATELINE-CERTAINTY"), ==, c->certainty);
      description = get_text (event, "DESCRIPTION");
      g_assert_nonnull (description);
      g_assert_nonnull (strstr (description, c->quote));
    }
  g_assert_cmpuint (calendar->children->len, ==, n_dated);
}

static void
test_sources_and_actors (void)
{
  g_autoptr(DlCorpus) corpus = build_corpus ();
  g_autoptr(GBytes) bytes = export_ics (corpus);
  g_autoptr(Component) calendar = parse_calendar (bytes);
  const Component *ferry = find_event (calendar, event_cases[0].title);
  const Component *quay = find_event (calendar, event_cases[1].title);
  const Component *cafe = find_event (calendar, event_cases[2].title);
  g_autofree char *description = get_text (ferry, "DESCRIPTION");
  g_auto(GStrv) categories = get_list (ferry, "CATEGORIES");
  const char *first, *second;

  /* Both reports, each with its article's title and where it is */
  first = strstr (description, event_cases[0].quote);
  second = strstr (description, "“Grüße”");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpuint (first - description, <, second - description);
  g_assert_nonnull (strstr (description, "Harbour, news; \\daily\\"));
  g_assert_nonnull (strstr (description, "/news/harbour.txt"));
  g_assert_nonnull (strstr (description, "Zürich Post"));
  g_assert_nonnull (strstr (description, "https://example.org/zurich?id=1"));

  /* Names with commas and semicolons come back whole */
  g_assert_nonnull (categories);
  g_assert_cmpuint (g_strv_length (categories), ==, 2);
  g_assert_cmpstr (categories[0], ==, "Smith, John; Jr.");
  g_assert_cmpstr (categories[1], ==, "Zürich");
  g_assert_null (get_value (quay, "CATEGORIES"));

  /* The web's address is the event's URL; a file is not */
  g_assert_cmpstr (get_value (cafe, "URL"), ==, "https://example.org/zurich?id=1");
  g_assert_cmpstr (get_value (ferry, "URL"), ==, "https://example.org/zurich?id=1");
  g_assert_null (get_value (quay, "URL"));
}

/* The long quote is folded, and no fold cuts a character or an escape */
static void
test_folding (void)
{
  g_autoptr(DlCorpus) corpus = build_corpus ();
  g_autoptr(GBytes) bytes = export_ics (corpus);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = g_strndup (data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n_folded = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize length = strlen (lines[i]);
      gsize n_backslashes = 0;

      if (lines[i][0] == ' ')
        n_folded++;
      while (n_backslashes < length && lines[i][length - n_backslashes - 1] == '\\')
        n_backslashes++;
      g_assert_cmpuint (n_backslashes % 2, ==, 0);
    }
  g_assert_cmpuint (n_folded, >=, 3);
}

/* The UID of the event whose id is @id */
static char *
find_uid (GBytes     *bytes,
          const char *id)
{
  g_autoptr(Component) calendar = parse_calendar (bytes);
  g_autofree char *prefix = g_strconcat (id, "-", NULL);

  for (guint i = 0; i < calendar->children->len; i++)
    {
      const char *uid = get_value (g_ptr_array_index (calendar->children, i), "UID");

      if (g_str_has_prefix (uid, prefix))
        return g_strdup (uid);
    }
  return NULL;
}

/* SOURCE_DATE_EPOCH fixes DTSTAMP; UIDs are the same on every export
 * and change with the title */
static void
test_reproducible (void)
{
  g_autoptr(DlCorpus) corpus = build_corpus ();
  g_autoptr(DlCorpus) other = build_corpus ();
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) renamed = NULL;
  g_autoptr(Component) calendar = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *renamed_uid = NULL;

  g_setenv ("SOURCE_DATE_EPOCH", STAMP_EPOCH, TRUE);
  first = export_ics (corpus);
  second = export_ics (other);
  g_assert_true (g_bytes_equal (first, second));
  calendar = parse_calendar (first);
  g_assert_cmpstr (get_value (g_ptr_array_index (calendar->children, 0), "DTSTAMP"), ==, STAMP_VALUE);

  dl_event_set_title (dl_corpus_find_event (other, "e1"), "Ferry leaves on time");
  renamed = export_ics (other);
  uid = find_uid (first, "e1");
  renamed_uid = find_uid (renamed, "e1");
  g_assert_nonnull (uid);
  g_assert_nonnull (renamed_uid);
  g_assert_cmpstr (uid, !=, renamed_uid);
  g_unsetenv ("SOURCE_DATE_EPOCH");
}

static void
test_stamp_is_now (void)
{
  g_autoptr(DlCorpus) corpus = build_corpus ();
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(Component) calendar = NULL;
  g_autofree char *low = g_date_time_format (before, "%Y%m%dT%H%M%SZ");
  g_autofree char *high = NULL;
  g_autoptr(GDateTime) after = NULL;
  const char *stamp;

  g_unsetenv ("SOURCE_DATE_EPOCH");
  bytes = export_ics (corpus);
  after = g_date_time_new_now_utc ();
  high = g_date_time_format (after, "%Y%m%dT%H%M%SZ");
  calendar = parse_calendar (bytes);
  stamp = get_value (g_ptr_array_index (calendar->children, 0), "DTSTAMP");
  g_assert_cmpstr (stamp, >=, low);
  g_assert_cmpstr (stamp, <=, high);
}

/* dateline-cli ------------------------------------------------------------ */

#define CLI_ARTICLE \
  "Bridge reopens\n\n" \
  "On 7 July 2017, the mayor of Hamburg opened the new bridge; the crowd cheered.\n"

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize size = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, size);
}

static void
check_cli_calendar (GBytes *bytes)
{
  g_autoptr(Component) calendar = parse_calendar (bytes);

  check_calendar (calendar);
  /* A date written out in full is an event */
  g_assert_cmpuint (calendar->children->len, >=, 1);
}

static void
test_cli (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *input = NULL;
  g_autofree char *named = NULL;
  g_autofree char *detected = NULL;
  g_autofree char *unknown = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) named_bytes = NULL;
  g_autoptr(GBytes) detected_bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("DATELINE_CLI") == NULL)
    {
      g_test_skip ("DATELINE_CLI is not set");
      return;
    }
  dir = g_dir_make_tmp ("dateline-ics-XXXXXX", &error);
  g_assert_no_error (error);
  input = g_build_filename (dir, "bridge.txt", NULL);
  named = g_build_filename (dir, "named.out", NULL);
  detected = g_build_filename (dir, "Detected.ICS", NULL);
  unknown = g_build_filename (dir, "events.cal", NULL);
  g_file_set_contents (input, CLI_ARTICLE, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpint (run_cli ((const char * const[]) { "export", "--format", "ics", "-o", named, input, NULL }, NULL), ==, 0);
  g_assert_cmpint (run_cli ((const char * const[]) { "export", "-o", detected, input, NULL }, NULL), ==, 0);
  g_assert_cmpint (run_cli ((const char * const[]) { "export", "--format", "ics", "-o", "-", input, NULL }, &out), ==, 0);
  /* No format, and an extension that names none: a usage error */
  g_assert_cmpint (run_cli ((const char * const[]) { "export", "-o", unknown, input, NULL }, NULL), ==, 2);
  g_assert_false (g_file_test (unknown, G_FILE_TEST_EXISTS));

  named_bytes = read_bytes (named);
  detected_bytes = read_bytes (detected);
  check_cli_calendar (named_bytes);
  g_assert_true (g_bytes_equal (named_bytes, detected_bytes));
  g_assert_true (g_bytes_equal (named_bytes, out));

  g_unlink (named);
  g_unlink (detected);
  g_unlink (input);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-ics/format-names", test_format_names);
  g_test_add_func ("/export-ics/validates", test_validates);
  g_test_add_func ("/export-ics/sources-and-actors", test_sources_and_actors);
  g_test_add_func ("/export-ics/folding", test_folding);
  g_test_add_func ("/export-ics/reproducible", test_reproducible);
  g_test_add_func ("/export-ics/stamp-is-now", test_stamp_is_now);
  g_test_add_func ("/export-ics/cli", test_cli);

  return g_test_run ();
}
