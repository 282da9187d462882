/* test-date-span.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dl-date-span.h"

typedef struct
{
  const char *value;
  const char *first_day;
  const char *last_day;
} RangeCase;

static void
test_date_span_ranges (void)
{
  static const RangeCase cases[] = {
    { "2017-07-07", "2017-07-07", "2017-07-07" },
    { "2017-07", "2017-07-01", "2017-07-31" },
    { "2016-02", "2016-02-01", "2016-02-29" },
    { "2017", "2017-01-01", "2017-12-31" },
    { "199", "1990-01-01", "1999-12-31" },
    { "199X", "1990-01-01", "1999-12-31" },
    { "19", "1900-01-01", "1999-12-31" },
    { "2017-W27", "2017-07-03", "2017-07-09" },
    { "2017-W27-WE", "2017-07-08", "2017-07-09" },
    { "2020-W53", "2020-12-28", "2021-01-03" },
    { "2017-SU", "2017-06-01", "2017-08-31" },
    { "2017-WI", "2017-12-01", "2018-02-28" },
    { "2017-Q3", "2017-07-01", "2017-09-30" },
    { "2017-H1", "2017-01-01", "2017-06-30" },
    { "2017-07-09T12:00", "2017-07-09", "2017-07-09" },
    { "2017-07-09TAF", "2017-07-09", "2017-07-09" },
    { "1989-11-09T18:53", "1989-11-09", "1989-11-09" },
    { "1066-10-14", "1066-10-14", "1066-10-14" },
    { "9999", "9999-01-01", "9999-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DlDateSpan) span = dl_date_span_new_from_value (cases[i].value, DL_CERTAINTY_STATED);
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;

      g_test_message ("value %s", cases[i].value);
      g_assert_nonnull (span);
      first = dl_date_span_dup_first_day (span);
      last = dl_date_span_dup_last_day (span);
      g_assert_cmpstr (first, ==, cases[i].first_day);
      g_assert_cmpstr (last, ==, cases[i].last_day);
      g_assert_cmpstr (dl_date_span_get_value (span), ==, cases[i].value);
    }
}

static void
test_date_span_rejects (void)
{
  static const char *values[] = {
    "PAST_REF", "PRESENT_REF", "XXXX-07-07", "PT2H", "P5Y", "2017-13", "2017-02-30",
    "2017-W60", "", "1", "2017-07-07T25:00", "2017-07-07X", "abcd",
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_test_message ("value %s", values[i]);
      g_assert_null (dl_date_span_new_from_value (values[i], DL_CERTAINTY_STATED));
    }
  g_assert_null (dl_date_span_new_from_value (NULL, DL_CERTAINTY_STATED));
}

static void
test_date_span_time_of_day (void)
{
  g_autoptr(DlDateSpan) noon = dl_date_span_new_from_value ("2017-07-09T12:00", DL_CERTAINTY_STATED);
  g_autoptr(DlDateSpan) day = dl_date_span_new_from_value ("2017-07-09", DL_CERTAINTY_STATED);

  g_assert_cmpint (dl_date_span_get_start (noon) - dl_date_span_get_start (day), ==, 12 * 3600);
  g_assert_true (dl_date_span_is_instant (noon));
  g_assert_true (dl_date_span_is_instant (day));
  g_assert_true (dl_date_span_overlaps (noon, day));
}

static void
test_date_span_order_and_overlap (void)
{
  g_autoptr(DlDateSpan) july = dl_date_span_new_from_value ("2017-07", DL_CERTAINTY_STATED);
  g_autoptr(DlDateSpan) seventh = dl_date_span_new_from_value ("2017-07-07", DL_CERTAINTY_RELATIVE);
  g_autoptr(DlDateSpan) august = dl_date_span_new_from_value ("2017-08-01", DL_CERTAINTY_STATED);
  g_autoptr(DlDateSpan) inferred = dl_date_span_with_certainty (seventh, DL_CERTAINTY_INFERRED);

  g_assert_false (dl_date_span_is_instant (july));
  g_assert_true (dl_date_span_overlaps (july, seventh));
  g_assert_false (dl_date_span_overlaps (july, august));
  g_assert_cmpint (dl_date_span_compare (july, seventh), <, 0);
  g_assert_cmpint (dl_date_span_compare (seventh, august), <, 0);
  g_assert_cmpint (dl_date_span_compare (august, july), >, 0);
  g_assert_cmpint (dl_date_span_get_certainty (inferred), ==, DL_CERTAINTY_INFERRED);
  g_assert_cmpint (dl_date_span_get_start (inferred), ==, dl_date_span_get_start (seventh));
  g_assert_cmpstr (dl_certainty_to_string (DL_CERTAINTY_RELATIVE), ==, "relative");
}

static void
test_date_span_format (void)
{
  static const struct { const char *value; const char *label; } cases[] = {
    { "1989-11-09", "9 November 1989" },
    { "1989-11", "November 1989" },
    { "1989", "1989" },
    { "198", "1980s" },
    { "1989-11-09T18:53", "9 November 1989, 18:53" },
    { "1989-W45", "6 November 1989 – 12 November 1989" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DlDateSpan) span = dl_date_span_new_from_value (cases[i].value, DL_CERTAINTY_STATED);
      g_autofree char *label = dl_date_span_format (span);

      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date-span/ranges", test_date_span_ranges);
  g_test_add_func ("/date-span/rejects", test_date_span_rejects);
  g_test_add_func ("/date-span/time-of-day", test_date_span_time_of_day);
  g_test_add_func ("/date-span/order-and-overlap", test_date_span_order_and_overlap);
  g_test_add_func ("/date-span/format", test_date_span_format);

  return g_test_run ();
}
