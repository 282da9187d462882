/* test-timex.c
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "dl-timex.h"

/* Most cases use a document date of Saturday 8 July 2017. */
#define SAT "2017-07-08"

typedef struct
{
  const char *text;
  const char *dct;          /* ISO date or NULL */
  const char *span;         /* the expression, as it occurs in @text */
  DlTimexType type;
  const char *value;        /* NULL: @span must not be tagged at all */
  gboolean anchored;
} Case;

static const Case explicit_cases[] = {
  { "He came home on July the 7th.", SAT, "July the 7th", DL_TIMEX_DATE, "2017-07-07", TRUE },
  { "The file is dated 2017/07/07 at the top.", SAT, "2017/07/07", DL_TIMEX_DATE, "2017-07-07", FALSE },
  { "Posted on 07.07.2017 by the desk.", SAT, "07.07.2017", DL_TIMEX_DATE, "2017-07-07", FALSE },
  { "Published 3:45 PM ET, Fri July 7, 2017.", SAT, "3:45 PM ET, Fri July 7, 2017", DL_TIMEX_TIME, "2017-07-07T15:45", FALSE },
  { "Updated Fri, Jul 7, 2017 4:02 PM EDT.", SAT, "Fri, Jul 7, 2017 4:02 PM EDT", DL_TIMEX_TIME, "2017-07-07T16:02", FALSE },
  { "The treaty was signed on July 7, 2017 in Vienna.", SAT, "July 7, 2017", DL_TIMEX_DATE, "2017-07-07", FALSE },
  { "It took effect on 7 July 2017 after a vote.", SAT, "7 July 2017", DL_TIMEX_DATE, "2017-07-07", FALSE },
  { "Talks resumed on July 7th in Geneva.", SAT, "July 7th", DL_TIMEX_DATE, "2017-07-07", TRUE },
  { "The memo is dated 7/7/2017 and unsigned.", SAT, "7/7/2017", DL_TIMEX_DATE, "2017-07-07", FALSE },
  { "The order was filed 2017-07-07 by the clerk.", SAT, "2017-07-07", DL_TIMEX_DATE, "2017-07-07", FALSE },
  { "Sales fell sharply in July 2017 across Europe.", SAT, "July 2017", DL_TIMEX_DATE, "2017-07", FALSE },
  { "The law passed in 2017 with a narrow majority.", SAT, "2017", DL_TIMEX_DATE, "2017", FALSE },
  { "Prices rose steadily through the 1990s.", SAT, "the 1990s", DL_TIMEX_DATE, "199", FALSE },
  { "Construction began in mid-2016 near the river.", SAT, "mid-2016", DL_TIMEX_DATE, "2016", FALSE },
  { "Revenue grew by a fifth in Q3 2017.", SAT, "Q3 2017", DL_TIMEX_DATE, "2017-Q3", FALSE },
  { "The budget for fiscal 2012 was cut again.", SAT, "fiscal 2012", DL_TIMEX_DATE, "2012", FALSE },
  { "The border opened in September 1989 without warning.", SAT, "September 1989", DL_TIMEX_DATE, "1989-09", FALSE },
  { "He resigned on Sept. 5, 2016, citing health.", SAT, "Sept. 5, 2016", DL_TIMEX_DATE, "2016-09-05", FALSE },
  { "The ballot is on Nov. 10 in every district.", SAT, "Nov. 10", DL_TIMEX_DATE, "2017-11-10", TRUE },
  { "She arrived in December with two aides.", SAT, "December", DL_TIMEX_DATE, "2016-12", TRUE },
  { "The summit will open in December in Oslo.", SAT, "December", DL_TIMEX_DATE, "2017-12", TRUE },
  { "The plant closed on March 3 after a fire.", NULL, "March 3", DL_TIMEX_DATE, "XXXX-03-03", FALSE },
  { "Voters in the 2016 U.S. elections were split.", SAT, "2016", DL_TIMEX_DATE, "2016", FALSE },
  { "The regime lasted from 1947-54 in the north.", SAT, "54", DL_TIMEX_DATE, "1954", FALSE },
  { "The Terror (1793-1794) ended abruptly.", SAT, "1793", DL_TIMEX_DATE, "1793", FALSE },
  { "Carthage fell in 146 BC after a siege.", SAT, "146 BC", DL_TIMEX_DATE, "BC0146", FALSE },
  { "Shops close on Christmas Day this year.", SAT, "Christmas Day", DL_TIMEX_DATE, "2017-12-25", TRUE },
  { "Sales rose in H1 2018 as forecast.", SAT, "H1 2018", DL_TIMEX_DATE, "2018-H1", FALSE },
  { "The H1N1 virus spread widely.", SAT, "H1", DL_TIMEX_DATE, NULL, FALSE },
  { "The first week of March was cold.", SAT, "The first week of March", DL_TIMEX_DATE, "2017-W09", TRUE },
  { "Heat hit in the last week of June 2016.", SAT, "the last week of June 2016", DL_TIMEX_DATE, "2016-W26", FALSE },
  { "He left the party a year and a half ago.", SAT, "a year and a half ago", DL_TIMEX_DATE, "2016-01", TRUE },
  { "The deadline is ten days from now.", SAT, "ten days from now", DL_TIMEX_DATE, "2017-07-18", TRUE },
  { "The 19th-century church burned.", SAT, "19th-century", DL_TIMEX_DATE, "18", FALSE },
  { "Crowds gathered on Easter Sunday.", SAT, "Easter Sunday", DL_TIMEX_DATE, "2017-04-16", TRUE },
  { "Good Friday was calm in the city.", SAT, "Good Friday", DL_TIMEX_DATE, "2017-04-14", TRUE },
  { "Stores close on Labor Day.", SAT, "Labor Day", DL_TIMEX_DATE, "2017-09-04", TRUE },
  { "The parade was held on Memorial Day.", SAT, "Memorial Day", DL_TIMEX_DATE, "2017-05-29", TRUE },
  { "Roses sold out on Valentine's Day.", SAT, "Valentine's Day", DL_TIMEX_DATE, "2017-02-14", TRUE },
  { "On Election Day 2016 turnout was high.", SAT, "Election Day 2016", DL_TIMEX_DATE, "2016-11-08", FALSE },
  { "Mother's Day 2016 was sunny.", SAT, "Mother's Day 2016", DL_TIMEX_DATE, "2016-05-08", FALSE },
  { "The deal should close by the end of the year.", SAT, "the end of the year", DL_TIMEX_DATE, "2017", TRUE },
  { "Crops failed in the winter of 1946.", SAT, "the winter of 1946", DL_TIMEX_DATE, "1946-WI", FALSE },
};

static const Case weekday_cases[] = {
  { "Ministers gather Friday in Brussels.", SAT, "Friday", DL_TIMEX_DATE, "2017-07-14", TRUE },
  { "Apple unveils new laptops. In a Wednesday media event, Apple released them.", SAT, "Wednesday", DL_TIMEX_DATE, "2017-07-05", TRUE },
  { "Smith founded the club in 1962. The season opener is Aug. 12.", SAT, "Aug. 12", DL_TIMEX_DATE, "2017-08-12", TRUE },
  { "Revenue was a record in the June quarter.", SAT, "the June quarter", DL_TIMEX_DATE, "2017-Q2", TRUE },
  { "Costs will rise in the second half of the year.", SAT, "the second half of the year", DL_TIMEX_DATE, "2017-H2", TRUE },
  { "Net income for the year ended June 30 fell.", SAT, "the year", DL_TIMEX_DURATION, "P1Y", FALSE },
  { "The company's fiscal fourth quarter ends Sept. 30.", SAT, "fiscal fourth quarter", DL_TIMEX_DATE, "2017-Q4", TRUE },
  { "The firm expects to close the deal in the fourth quarter.", SAT, "the fourth quarter", DL_TIMEX_DATE, "2017-Q4", TRUE },
  { "Profit fell in the fourth quarter.", SAT, "the fourth quarter", DL_TIMEX_DATE, "2016-Q4", TRUE },
  { "Markets reopen Monday after the holiday.", SAT, "Monday", DL_TIMEX_DATE, "2017-07-10", TRUE },
  { "Prosecutors have until Friday to file charges.", SAT, "Friday", DL_TIMEX_DATE, "2017-07-14", TRUE },
  { "The ambassador, who returns Friday, spoke to reporters.", SAT, "Friday", DL_TIMEX_DATE, "2017-07-14", TRUE },
  { "Rescuers have worked since Friday to free survivors.", SAT, "Friday", DL_TIMEX_DATE, "2017-07-07", TRUE },
  { "Investigators on Tuesday found a truck.", SAT, "Tuesday", DL_TIMEX_DATE, "2017-07-04", TRUE },
  { "The two leaders met on Friday in Hamburg.", SAT, "Friday", DL_TIMEX_DATE, "2017-07-07", TRUE },
  { "They will meet again on Friday, aides said.", SAT, "Friday", DL_TIMEX_DATE, "2017-07-14", TRUE },
  { "The vote was held Sunday under heavy rain.", SAT, "Sunday", DL_TIMEX_DATE, "2017-07-02", TRUE },
  { "Talks would resume next Monday, officials said.", SAT, "next Monday", DL_TIMEX_DATE, "2017-07-10", TRUE },
  { "He spoke to reporters last Tuesday.", SAT, "last Tuesday", DL_TIMEX_DATE, "2017-07-04", TRUE },
  { "They met on Friday behind closed doors.", NULL, "Friday", DL_TIMEX_DATE, "XXXX-WXX-5", FALSE },
  { "Rescuers worked through Friday night.", SAT, "Friday night", DL_TIMEX_TIME, "2017-07-07TNI", TRUE },
  { "The ban lasts until Friday.", SAT, "Friday", DL_TIMEX_DATE, "2017-07-14", TRUE },
  { "The camp will stay closed until Monday.", SAT, "Monday", DL_TIMEX_DATE, "2017-07-10", TRUE },
  { "The road is closed until Monday.", SAT, "Monday", DL_TIMEX_DATE, "2017-07-10", TRUE },
  { "The road was closed until Monday.", SAT, "Monday", DL_TIMEX_DATE, "2017-07-03", TRUE },
  { "The talks went on until Friday.", SAT, "Friday", DL_TIMEX_DATE, "2017-07-07", TRUE },
  { "Voters go to the polls Sunday.", SAT, "Sunday", DL_TIMEX_DATE, "2017-07-09", TRUE },
  { "The leaders meet Friday in Rome.", SAT, "Friday", DL_TIMEX_DATE, "2017-07-14", TRUE },
  { "The offer had been due to expire Friday.", SAT, "Friday", DL_TIMEX_DATE, "2017-07-07", TRUE },
  { "Campaigning ended ahead of Sunday's election.", SAT, "Sunday", DL_TIMEX_DATE, "2017-07-09", TRUE },
  { "Sunday's election was calm.", "2017-07-11", "Sunday", DL_TIMEX_DATE, "2017-07-09", TRUE },
  { "On Monday, March 2, 2015, the yard closed.", SAT, "Monday, March 2, 2015", DL_TIMEX_DATE,
    "2015-03-02", FALSE },
  { "The ferry sank over the weekend.", "2017-07-12", "the weekend", DL_TIMEX_DATE, "2017-W27-WE", TRUE },
};

static const Case relative_cases[] = {
  { "The minister resigned today.", SAT, "today", DL_TIMEX_DATE, "2017-07-08", TRUE },
  { "The bridge was closed yesterday.", SAT, "yesterday", DL_TIMEX_DATE, "2017-07-07", TRUE },
  { "The court rules tomorrow.", SAT, "tomorrow", DL_TIMEX_DATE, "2017-07-09", TRUE },
  { "Crowds are expected tonight.", SAT, "tonight", DL_TIMEX_TIME, "2017-07-08TNI", TRUE },
  { "Power returned this morning.", SAT, "this morning", DL_TIMEX_TIME, "2017-07-08TMO", TRUE },
  { "Sales will rise in the current year.", SAT, "the current year", DL_TIMEX_DATE, "2017", TRUE },
  { "Sales fell in the current fiscal year.", SAT, "the current fiscal year", DL_TIMEX_DATE, "2017", TRUE },
  { "The deal should close by year-end.", SAT, "year-end", DL_TIMEX_DATE, "2017-12-31", TRUE },
  { "The index has gained 4% since year-end.", SAT, "year-end", DL_TIMEX_DATE, "2016-12-31", TRUE },
  { "The deal should close by year's end.", SAT, "year's end", DL_TIMEX_DATE, "2017", TRUE },
  { "The rules apply by year's end.", SAT, "year's end", DL_TIMEX_DATE, "2017", TRUE },
  { "Prices peaked in the spring of last year.", SAT, "the spring of last year", DL_TIMEX_DATE, "2016-SP", TRUE },
  { "The plant closed this past spring.", SAT, "this past spring", DL_TIMEX_DATE, "2017-SP", TRUE },
  { "The plant closed last spring.", SAT, "last spring", DL_TIMEX_DATE, "2016-SP", TRUE },
  { "The plant reopens this coming fall.", SAT, "this coming fall", DL_TIMEX_DATE, "2017-FA", TRUE },
  { "Fans rallied this past weekend.", SAT, "this past weekend", DL_TIMEX_DATE, "2017-W26-WE", TRUE },
  { "Islam will one day be the largest faith there.", SAT, "one day", DL_TIMEX_DATE, "FUTURE_REF", FALSE },
  { "The strike lasted one day.", SAT, "one day", DL_TIMEX_DURATION, "P1D", FALSE },
  { "Police raided the house at dawn Tuesday.", SAT, "dawn Tuesday", DL_TIMEX_TIME, "2017-07-04TMO", TRUE },
  { "The column moved out at dawn.", SAT, "dawn", DL_TIMEX_TIME, NULL, FALSE },
  { "By mid afternoon the square was empty.", SAT, "mid afternoon", DL_TIMEX_TIME, "2017-07-08TAF", TRUE },
  { "Police came on July 3 and left late in the evening.", SAT, "late in the evening", DL_TIMEX_TIME, "2017-07-03TEV", TRUE },
  { "Bakers rise early and bake in the morning.", SAT, "the morning", DL_TIMEX_TIME, NULL, FALSE },
  { "Police came on May 3. The day after, they left.", SAT, "The day after", DL_TIMEX_DATE, "2017-05-04", TRUE },
  { "The day after the election, markets fell.", SAT, "The day after", DL_TIMEX_DATE, NULL, FALSE },
  { "He met Putin on Friday and flew home later in the day.", SAT, "the day", DL_TIMEX_DATE, "2017-07-07", TRUE },
  { "Profits fell in May, and earlier in the year.", SAT, "the year", DL_TIMEX_DATE, "2017", TRUE },
  { "Exports fell last week.", SAT, "last week", DL_TIMEX_DATE, "2017-W26", TRUE },
  { "The report is due next week.", SAT, "next week", DL_TIMEX_DATE, "2017-W28", TRUE },
  { "Inflation eased last month.", SAT, "last month", DL_TIMEX_DATE, "2017-06", TRUE },
  { "Elections are planned next year.", SAT, "next year", DL_TIMEX_DATE, "2018", TRUE },
  { "The plant opened last April.", SAT, "last April", DL_TIMEX_DATE, "2017-04", TRUE },
  { "The plant opened last June.", SAT, "last June", DL_TIMEX_DATE, "2016-06", TRUE },
  { "The plant opened last July.", SAT, "last July", DL_TIMEX_DATE, "2016-07", TRUE },
  { "The plant opened last December.", "2018-01-05", "last December", DL_TIMEX_DATE, "2017-12", TRUE },
  { "The plant opens next March.", SAT, "next March", DL_TIMEX_DATE, "2018-03", TRUE },
  { "Growth has been weak this year.", SAT, "this year", DL_TIMEX_DATE, "2017", TRUE },
  { "The mine closed two years ago.", SAT, "two years ago", DL_TIMEX_DATE, "2015", TRUE },
  { "A truce was agreed earlier this year.", SAT, "earlier this year", DL_TIMEX_DATE, "2017", TRUE },
  { "Crime fell over the past decade.", SAT, "the past decade", DL_TIMEX_DATE, "200", TRUE },
  { "Sales doubled during the past year.", SAT, "the past year", DL_TIMEX_DATE, "2016", TRUE },
  { "Crime fell over the past ten years.", SAT, "the past ten years", DL_TIMEX_DURATION, "P10Y", FALSE },
  { "More layoffs are expected in the weeks ahead.", SAT, "the weeks ahead", DL_TIMEX_DURATION, "PXW", FALSE },
  { "The three months ahead will be hard.", SAT, "The three months ahead", DL_TIMEX_DURATION, "P3M", FALSE },
  { "Aid will arrive in the days to come.", SAT, "the days to come", DL_TIMEX_DURATION, "PXD", FALSE },
  { "The rules changed recently.", SAT, "recently", DL_TIMEX_DATE, "PAST_REF", FALSE },
  { "The town is now quiet.", SAT, "now", DL_TIMEX_DATE, "PRESENT_REF", FALSE },
  { "Nine people are currently held.", SAT, "currently", DL_TIMEX_DATE, "PRESENT_REF", FALSE },
  { "Such deals failed in the past.", SAT, "the past", DL_TIMEX_DATE, "PAST_REF", FALSE },
  { "Nobody knows what the future holds.", SAT, "the future", DL_TIMEX_DATE, "FUTURE_REF", FALSE },
  { "The yard closed on March 3, 2015. Two days later, workers marched.", SAT, "Two days later",
    DL_TIMEX_DATE, "2015-03-05", TRUE },
  { "The yard closed on March 3, 2015; the next day, workers marched.", SAT, "the next day",
    DL_TIMEX_DATE, "2015-03-04", TRUE },
  { "The dam broke in May 1998. A week later the valley was empty.", SAT, "A week later",
    DL_TIMEX_DATE, "XXXX-WXX", FALSE },
};

static const Case time_cases[] = {
  { "The match starts at 3pm. Fans are queuing.", SAT, "3pm", DL_TIMEX_TIME, "2017-07-08T15:00", TRUE },
  { "The polls closed at 12 noon.", SAT, "12 noon", DL_TIMEX_TIME, "2017-07-08T12:00", TRUE },
  { "The launch slipped by 48hrs.", SAT, "48hrs", DL_TIMEX_DURATION, "PT48H", FALSE },
  { "The blast came at about 1400 GMT near the port.", SAT, "1400 GMT", DL_TIMEX_TIME, "2017-07-08T14:00", TRUE },
  { "Troops moved in at 0600 hours.", SAT, "0600 hours", DL_TIMEX_TIME, "2017-07-08T06:00", TRUE },
  { "A bomb exploded at 10:30 a.m. (0730 GMT) Friday.", SAT, "10:30 a.m.", DL_TIMEX_TIME, "2017-07-07T10:30", TRUE },
  { "A bomb exploded at 10:30 a.m. (0730 GMT) Friday.", SAT, "0730 GMT", DL_TIMEX_TIME, "2017-07-07T07:30", TRUE },
  { "The league was founded in 1995 and has 1400 members.", SAT, "1400", DL_TIMEX_TIME, NULL, FALSE },
  { "Talks began at midday in the hall.", SAT, "midday", DL_TIMEX_TIME, "2017-07-08T12:00", TRUE },
  { "The doors open at noon.", SAT, "noon", DL_TIMEX_TIME, "2017-07-08T12:00", TRUE },
  { "The polls close at 3 p.m. sharp.", SAT, "3 p.m.", DL_TIMEX_TIME, "2017-07-08T15:00", TRUE },
  { "The blast hit at 3 p.m. local time near the port.", SAT, "3 p.m. local time", DL_TIMEX_TIME,
    "2017-07-08T15:00", TRUE },
  { "The march starts at noon Sunday.", SAT, "noon Sunday", DL_TIMEX_TIME, "2017-07-09T12:00", TRUE },
  { "The ceremony is set for midday on Sunday.", SAT, "midday on Sunday", DL_TIMEX_TIME,
    "2017-07-09T12:00", TRUE },
  { "The ship docked on July 7, 2017 at 10:30 a.m.", SAT, "July 7, 2017 at 10:30 a.m.", DL_TIMEX_TIME,
    "2017-07-07T10:30", FALSE },
};

static const Case duration_cases[] = {
  { "The leaders talked for over two hours.", SAT, "two hours", DL_TIMEX_DURATION, "PT2H", FALSE },
  { "They spoke for thirty minutes.", SAT, "thirty minutes", DL_TIMEX_DURATION, "PT30M", FALSE },
  { "The call lasted 30 minutes.", SAT, "30 minutes", DL_TIMEX_DURATION, "PT30M", FALSE },
  { "A break of 30minutes followed.", SAT, "30minutes", DL_TIMEX_DURATION, "PT30M", FALSE },
  { "The slot was 30minutess long.", SAT, "30minutess", DL_TIMEX_DURATION, "PT30M", FALSE },
  { "Both sides lost in a five-year conflict.", SAT, "five-year", DL_TIMEX_DURATION, "P5Y", FALSE },
  { "The roads were blocked for weeks.", SAT, "weeks", DL_TIMEX_DURATION, "PXW", FALSE },
  { "The meeting lasted several hours.", SAT, "several hours", DL_TIMEX_DURATION, "PTXH", FALSE },
  { "The first session ran ninety minutes.", SAT, "ninety minutes", DL_TIMEX_DURATION, "PT90M", FALSE },
  { "The strike lasted twenty-four hours.", SAT, "twenty-four hours", DL_TIMEX_DURATION, "PT24H", FALSE },
  { "The siege lasted two and a half years.", SAT, "two and a half years", DL_TIMEX_DURATION, "P2Y6M", FALSE },
  { "Refugees lived in the camps for 2 1/2 years.", SAT, "2 1/2 years", DL_TIMEX_DURATION, "P2Y6M", FALSE },
  { "Rates will fall in coming weeks.", SAT, "coming weeks", DL_TIMEX_DURATION, "PXW", FALSE },
  { "It turned a profit after several quarters of losses.", SAT, "several quarters", DL_TIMEX_DURATION, "PXQ", FALSE },
  { "Eight trading days later the index had recovered.", SAT, "Eight trading days", DL_TIMEX_DURATION, "P8D", FALSE },
  { "Payment is due within 10 business days.", SAT, "10 business days", DL_TIMEX_DURATION, "P10D", FALSE },
  { "The vote took 2.5 hours.", SAT, "2.5 hours", DL_TIMEX_DURATION, "PT2H30M", FALSE },
  { "A decade-long war ended.", SAT, "decade-long", DL_TIMEX_DURATION, "P10Y", FALSE },
  { "A year-long inquiry began.", SAT, "year-long", DL_TIMEX_DURATION, "P1Y", FALSE },
  { "Crowds came for the two day rally.", SAT, "two day", DL_TIMEX_DURATION, "P2D", FALSE },
  { "Nothing moved in the four days of talks.", SAT, "the four days", DL_TIMEX_DURATION, "P4D", FALSE },
  { "They met in a 2.5-hour session.", SAT, "2.5-hour", DL_TIMEX_DURATION, "PT2H30M", FALSE },
  { "The meeting lasted two hours and 16 minutes.", SAT, "two hours and 16 minutes", DL_TIMEX_DURATION, "PT2H16M", FALSE },
  { "They talked for 2 hours 15 minutes.", SAT, "2 hours 15 minutes", DL_TIMEX_DURATION, "PT2H15M", FALSE },
  { "He served two years and six months in jail.", SAT, "two years and six months", DL_TIMEX_DURATION, "P2Y6M", FALSE },
  { "It took two hours and 16 trucks.", SAT, "two hours", DL_TIMEX_DURATION, "PT2H", FALSE },
  { "Trump spoke for 2 1/4 hours.", SAT, "2 1/4 hours", DL_TIMEX_DURATION, "PT2H15M", FALSE },
  { "The ship sailed for 1 3/4 days.", SAT, "1 3/4 days", DL_TIMEX_DURATION, "P1DT18H", FALSE },
  { "The fleet may stay for 20 more years.", SAT, "20 more years", DL_TIMEX_DURATION, "P20Y", FALSE },
  { "The court gave them two more weeks.", SAT, "two more weeks", DL_TIMEX_DURATION, "P2W", FALSE },
  { "The village has stood for a hundred years.", SAT, "a hundred years", DL_TIMEX_DURATION, "P100Y", FALSE },
  { "Glassmakers kept the secret for two thousand years.", SAT, "two thousand years", DL_TIMEX_DURATION, "P2000Y", FALSE },
  { "The road is 2,000 years old in parts, and was paved for 1,500 years.", SAT, "1,500 years", DL_TIMEX_DURATION, "P1500Y", FALSE },
};

static const Case set_cases[] = {
  { "The council meets every Monday.", SAT, "every Monday", DL_TIMEX_SET, "XXXX-WXX-1", FALSE },
  { "The prize is awarded annually.", SAT, "annually", DL_TIMEX_SET, "P1Y", FALSE },
  { "Ferries leave daily from the pier.", SAT, "daily", DL_TIMEX_SET, "P1D", FALSE },
  { "The paper appears weekly.", SAT, "weekly", DL_TIMEX_SET, "P1W", FALSE },
  { "Inspectors visit twice a year.", SAT, "twice a year", DL_TIMEX_SET, "P1Y", FALSE },
  { "Trains run 40 times per day.", SAT, "40 times per day", DL_TIMEX_SET, "P1D", FALSE },
  { "Fares rose by a cent per day.", SAT, "per day", DL_TIMEX_SET, "P1D", FALSE },
  { "Take two pills twice daily.", SAT, "twice daily", DL_TIMEX_SET, "P1D", FALSE },
  { "The newsletter comes out biweekly.", SAT, "biweekly", DL_TIMEX_SET, "P2W", FALSE },
  { "The market is open on weekends.", SAT, "weekends", DL_TIMEX_SET, "XXXX-WXX-WE", FALSE },
  { "Tourists crowd the beach every summer.", SAT, "every summer", DL_TIMEX_SET, "XXXX-SU", FALSE },
  { "Orangemen march each July from the church.", SAT, "each July", DL_TIMEX_SET, "XXXX-07", FALSE },
  { "The fair opens every Sept. in the square.", SAT, "every Sept.", DL_TIMEX_SET, "XXXX-09", FALSE },
};

static const Case negative_cases[] = {
  { "Leaders gathered at the G20 summit.", SAT, "G20", DL_TIMEX_DATE, NULL, FALSE },
  { "Leaders gathered at the G-20 summit.", SAT, "G-20", DL_TIMEX_DATE, NULL, FALSE },
  { "The war has killed 300,000 people.", SAT, "300,000", DL_TIMEX_DATE, NULL, FALSE },
  { "The clip aired on 24 News at length.", SAT, "24 News", DL_TIMEX_DATE, NULL, FALSE },
  { "The envoy waited in Room 2017 all day.", SAT, "Room 2017", DL_TIMEX_DATE, NULL, FALSE },
  { "The count found 2,017 spoiled votes.", SAT, "2,017", DL_TIMEX_DATE, NULL, FALSE },
  { "The 6-year-old boy was found safe.", SAT, "6-year-old", DL_TIMEX_DATE, NULL, FALSE },
  { "She moved abroad in her 30s.", SAT, "30s", DL_TIMEX_DATE, NULL, FALSE },
  { "Some 1500 troops crossed the border.", SAT, "1500", DL_TIMEX_DATE, NULL, FALSE },
  { "He later said he had been misquoted.", SAT, "later", DL_TIMEX_DATE, NULL, FALSE },
  { "She may come back, her lawyer said.", SAT, "may", DL_TIMEX_DATE, NULL, FALSE },
  { "They will march on the capital.", SAT, "march", DL_TIMEX_DATE, NULL, FALSE },
  { "The story ran in the Daily Mail first.", SAT, "Daily", DL_TIMEX_DATE, NULL, FALSE },
  { "A second round of talks is due.", SAT, "A second", DL_TIMEX_DATE, NULL, FALSE },
  { "Turnout reached 40% in the north.", SAT, "40%", DL_TIMEX_DATE, NULL, FALSE },
  { "The Sun reported the story first.", SAT, "Sun", DL_TIMEX_DATE, NULL, FALSE },
  { "Highs will be in the low 90s all week.", SAT, "90s", DL_TIMEX_DATE, NULL, FALSE },
  { "Rebels hold three quarters of the city.", SAT, "three quarters", DL_TIMEX_DURATION, NULL, FALSE },
  { "The academy has twelve hundred students.", SAT, "twelve hundred", DL_TIMEX_DATE, NULL, FALSE },
};

/* Rules of issue 3: modifiers, vague stretches of the past, centuries,
 * months of a relative year, the year of a narrative */
static const Case issue3_cases[] = {
  { "Talks stalled for more than four hours.", SAT, "more than four hours", DL_TIMEX_DURATION, "PT4H", FALSE },
  { "Banks must wait at least 30 days first.", SAT, "at least 30 days", DL_TIMEX_DURATION, "P30D", FALSE },
  { "Troops may stay for up to 180 days.", SAT, "up to 180 days", DL_TIMEX_DURATION, "P180D", FALSE },
  { "The tour should last over a week.", SAT, "a week", DL_TIMEX_DURATION, "P1W", FALSE },
  { "The talks were cut off for nearly two years.", SAT, "two years", DL_TIMEX_DURATION, "P2Y", FALSE },
  { "The plant opened about two years ago.", SAT, "two years ago", DL_TIMEX_DATE, "2015", TRUE },
  { "Rebels clashed with police early Tuesday.", SAT, "early Tuesday", DL_TIMEX_DATE, "2017-07-04", TRUE },
  { "Plants will close over the next year or so.", SAT, "the next year or so", DL_TIMEX_DATE, "2018", TRUE },
  { "Profits are not expected until 2019 or later.", SAT, "2019 or later", DL_TIMEX_DATE, "2019", FALSE },
  { "For the nine months, the firm lost money.", SAT, "the nine months", DL_TIMEX_DURATION, "P9M", FALSE },
  { "The fleet could sail within a few days.", SAT, "a few days", DL_TIMEX_DURATION, "PXD", FALSE },
  { "Crime has risen in recent years here.", SAT, "recent years", DL_TIMEX_DATE, "PAST_REF", FALSE },
  { "Rates have fallen in the past few months.", SAT, "the past few months", DL_TIMEX_DURATION, "PXM", FALSE },
  { "Rates have fallen in recent weeks.", SAT, "recent weeks", DL_TIMEX_DURATION, "PXW", FALSE },
  { "In nineteen ninety-one he was convicted.", SAT, "nineteen ninety-one", DL_TIMEX_DATE, "1991", FALSE },
  { "January nineteen ninety-seven. Atlanta again.", SAT, "January nineteen ninety-seven", DL_TIMEX_DATE, "1997-01", FALSE },
  { "The war began in eighteen sixty-one.", SAT, "eighteen sixty-one", DL_TIMEX_DATE, "1861", FALSE },
  { "He promised it by the year two thousand.", SAT, "the year two thousand", DL_TIMEX_DATE, "2000", FALSE },
  { "Groups grew through the nineties.", SAT, "the nineties", DL_TIMEX_DATE, "199", FALSE },
  { "Nineteen people died in the fire.", SAT, "Nineteen", DL_TIMEX_DATE, NULL, FALSE },
  { "The thrift announced the plan Aug. 21.", "2017-10-27", "Aug. 21", DL_TIMEX_DATE, "2017-08-21", TRUE },
  { "The thrift plans to sell it Aug. 21.", "2017-10-27", "Aug. 21", DL_TIMEX_DATE, "2018-08-21", TRUE },
  { "The city was ruled from abroad for centuries.", SAT, "centuries", DL_TIMEX_DURATION, "PXC", FALSE },
  { "The abbey was built in the 11th century.", SAT, "the 11th century", DL_TIMEX_DATE, "10", FALSE },
  { "It was the bloodiest war of the twentieth century.", SAT, "the twentieth century", DL_TIMEX_DATE, "19", FALSE },
  { "In January this year, the port reopened.", SAT, "January this year", DL_TIMEX_DATE, "2017-01", TRUE },
  { "But in June last year, the leaders fell out.", SAT, "June last year", DL_TIMEX_DATE, "2016-06", TRUE },
  /* A year mentioned in passing in news does not carry far */
  { "The minister spoke today. He accepted the treaty signed after the August 2014 "
    "ceasefire that ended the war, which had been rejected at the time by both sides, "
    "and again later in peace talks, in part over the border, as the rebels and the "
    "army kept fighting in the hills, the valleys and the towns along the river, "
    "where the worst damage was done. The council condemned the attack on July 2.",
    SAT, "July 2", DL_TIMEX_DATE, "2017-07-02", TRUE },
  /* ... but a narrative about another time keeps its year */
  { "The siege began in August 1941. On September 8 the last road was cut.",
    SAT, "September 8", DL_TIMEX_DATE, "1941-09-08", TRUE },
};

/* Round two of issue 3: values. Business news on Monday 30 October
 * 1989 reports the third quarter. */
#define OCT30 "1989-10-30"

/* A stretch of prose with no date in it, to move past the reach of a
 * year mentioned in passing */
#define FILLER "The board met and talked about the plan, the staff, the offices, " \
  "the customers and the suppliers, and it asked the managers for a full report " \
  "on costs, prices and sales in every region where the company does business. "

static const Case value_cases[] = {
  /* The year of a month without one */
  { "The plant closed in October, the firm said.", SAT, "October", DL_TIMEX_DATE, "2016-10", TRUE },
  { "Directors approved a payment in September to holders.", SAT, "September", DL_TIMEX_DATE,
    "2017-09", TRUE },
  { "Directors declared a dividend, payable Dec. 7 to holders.", OCT30, "Dec. 7", DL_TIMEX_DATE,
    "1989-12-07", TRUE },
  { "The law requires thrifts to sell the bonds by 1994. " FILLER "Shares fell from $8 on Oct. 9.",
    "1989-10-26", "Oct. 9", DL_TIMEX_DATE, "1989-10-09", TRUE },
  { "The king met the president on Tuesday. The two countries signed a truce in 1988. "
    "The king condemned the invasion on Aug. 2 in a speech.", "1990-08-15", "Aug. 2", DL_TIMEX_DATE,
    "1990-08-02", TRUE },
  { "The fighting went on in January and February 1943 near the river.", SAT, "January",
    DL_TIMEX_DATE, "1943-01", FALSE },
  /* Weekdays */
  { "The offer was 24% over Thursday's closing price.", OCT30, "Thursday", DL_TIMEX_DATE,
    "1989-10-26", TRUE },
  { "The offer had been due to expire Friday evening.", OCT30, "Friday evening", DL_TIMEX_TIME,
    "1989-10-27TEV", TRUE },
  /* Earnings reports: the quarter and its comparisons */
  { "Net rose in the third quarter to $5 million from $3 million a year earlier.", OCT30,
    "a year earlier", DL_TIMEX_DATE, "1988-Q3", TRUE },
  { "Net rose in the third quarter. In the year-ago quarter, it fell.", OCT30,
    "the year-ago quarter", DL_TIMEX_DATE, "1988-Q3", TRUE },
  { "Net rose in the third quarter, against year-earlier profit of $2 million.", OCT30,
    "year-earlier", DL_TIMEX_DATE, "1988-Q3", TRUE },
  { "Net rose in the third quarter. In the 1988 period, it fell.", OCT30, "the 1988 period",
    DL_TIMEX_DATE, "1988-Q3", FALSE },
  { "Net rose in the third quarter. Sales for last year's quarter were flat.", OCT30,
    "last year's quarter", DL_TIMEX_DATE, "1988-Q3", TRUE },
  { "Net sales for this year's third quarter were $14 million.", OCT30, "this year's third quarter",
    DL_TIMEX_DATE, "1989-Q3", TRUE },
  { "Net rose in the third quarter, up from the same period last year.", OCT30,
    "the same period last year", DL_TIMEX_DATE, "1988-Q3", TRUE },
  { "The bank had a charge of $14 million in the latest quarter.", OCT30, "the latest quarter",
    DL_TIMEX_DATE, "1989-Q3", TRUE },
  { "A major factor in the third-quarter loss was a write-down.", OCT30, "third-quarter",
    DL_TIMEX_DATE, "1989-Q3", TRUE },
  { "Net rose in the third quarter. For the nine months, net fell from $9 million a year earlier.",
    OCT30, "a year earlier", DL_TIMEX_DATE, "1988", TRUE },
  { "The mill closed two years ago, the town recalls.", OCT30, "two years ago", DL_TIMEX_DATE,
    "1987", TRUE },
  /* Halves, parts of a day, ages */
  { "Profits fell in the first half of 1989 across the group.", OCT30, "the first half of 1989",
    DL_TIMEX_DATE, "1989-H1", FALSE },
  { "Sales should recover in the second half of this year.", SAT, "the second half of this year",
    DL_TIMEX_DATE, "2017-H2", TRUE },
  { "The planes struck on the morning of 7 December 1941 without warning.", SAT,
    "the morning of 7 December 1941", DL_TIMEX_TIME, "1941-12-07TMO", FALSE },
  { "The talks resumed on the morning of July 7 in Geneva.", SAT, "July 7", DL_TIMEX_DATE,
    "2017-07-07", TRUE },
  { "He was 37 years old when he was kidnapped.", SAT, "37 years", DL_TIMEX_DURATION, NULL, FALSE },
};

/* Round four: news values. A full stop inside a number or after an
 * abbreviation does not end the sentence whose tense a date takes */
#define FILLER4 FILLER FILLER FILLER FILLER

static const Case news_cases[] = {
  { "Shares rose to $42.875 a share in June from $29.75 in March.", OCT30, "March", DL_TIMEX_DATE,
    "1989-03", TRUE },
  { "The talks ended with U.S. officials in March.", OCT30, "March", DL_TIMEX_DATE, "1989-03", TRUE },
  { "\"The talks will fail.\" Officials on Monday agreed.", SAT, "Monday", DL_TIMEX_DATE, "2017-07-03", TRUE },
  { "The split would be paid on a still unspecified date in January.", "1989-10-26", "January",
    DL_TIMEX_DATE, "1990-01", TRUE },
  { "The index closed within 70 points of its record high set on Aug. 6.", "1998-02-06", "Aug. 6",
    DL_TIMEX_DATE, "1997-08-06", TRUE },
  { "Clinton, who leaves for Moscow on Sunday, spoke briefly.", "1998-08-29", "Sunday", DL_TIMEX_DATE,
    "1998-08-30", TRUE },
  /* The quarter a report is about has ended, and stays its subject */
  { "Net rose in the third quarter. Fourth-quarter results will suffer from the storm. "
    "In the latest quarter, sales fell.", "1989-11-02", "the latest quarter", DL_TIMEX_DATE, "1989-Q3", TRUE },
  { "Net rose in the third quarter, after a flat second quarter. In the year-earlier period, "
    "it fell.", "1989-11-01", "the year-earlier period", DL_TIMEX_DATE, "1988-Q3", TRUE },
  { "Net rose for the fourth quarter ended Aug. 26. A year earlier, it earned $2 million.",
    "1989-11-01", "A year earlier", DL_TIMEX_DATE, "1988-Q4", TRUE },
  { "In this year's third quarter, net was $10 million, against $9 million a year earlier.",
    "1989-10-26", "a year earlier", DL_TIMEX_DATE, "1988-Q3", TRUE },
  { "Net rose in the third quarter. " FILLER4 "Sales in the latest quarter rose. " FILLER4
    "Profit fell from $9 million a year earlier.", OCT30, "a year earlier", DL_TIMEX_DATE, "1988-Q3", TRUE },
  /* Days and months that count from the one the text last named */
  { "In January, the firm hired a chief. In March, it got an offer. The following month, it "
    "put itself up for sale.", "1989-10-27", "The following month", DL_TIMEX_DATE, "1989-04", TRUE },
  { "London shares closed lower Friday, down 4.5% from the previous Friday.", OCT30,
    "the previous Friday", DL_TIMEX_DATE, "1989-10-20", TRUE },
  { "$14 million seeped out Friday Oct. 13 alone.", "1989-10-27", "Friday Oct. 13", DL_TIMEX_DATE,
    "1989-10-13", TRUE },
  { "He has been president since 1991. Trading was halted at 2:30 p.m.", SAT, "2:30 p.m.",
    DL_TIMEX_TIME, "2017-07-08T14:30", TRUE },
  { "The offer was due to expire at midnight Friday.", OCT30, "midnight Friday", DL_TIMEX_TIME,
    "1989-10-27T24:00", TRUE },
  { "Prices fell to a level we saw in the winter of nineteen ninety-four.", SAT,
    "the winter of nineteen ninety-four", DL_TIMEX_DATE, "1994-WI", FALSE },
  /* Parts of a weekday in the plural repeat */
  { "Flights leave on Monday and Tuesday nights.", SAT, "Tuesday nights", DL_TIMEX_SET, "XXXX-WXX-2TNI", FALSE },
  { "Flights leave on Monday and Tuesday nights.", SAT, "Monday", DL_TIMEX_SET, "XXXX-WXX-1TNI", FALSE },
};

/* Narrative English of histories: each expression must be found, with
 * its value */
static const Case narrative_cases[] = {
  { "The offensive began in June 1941. The following year, the army retreated.", SAT,
    "The following year", DL_TIMEX_DATE, "1942", TRUE },
  { "Revenue grew in 1999. The year before, it had fallen.", SAT, "The year before", DL_TIMEX_DATE,
    "1998", TRUE },
  { "The strike began on March 3, 2015. The week after, talks resumed.", SAT, "The week after",
    DL_TIMEX_DATE, "2015-W11", TRUE },
  { "The offensive began in June 1941. That summer, the front collapsed.", SAT, "That summer",
    DL_TIMEX_DATE, "1941-SU", TRUE },
  { "The city fell on 6 June 1944. The next day, the bridge was blown.", SAT, "The next day",
    DL_TIMEX_DATE, "1944-06-07", TRUE },
  { "The city fell on 6 June 1944. The same day, the king fled.", SAT, "The same day",
    DL_TIMEX_DATE, "1944-06-06", TRUE },
  { "The city fell on 6 June 1944. A month later, the treaty was signed.", SAT, "A month later",
    DL_TIMEX_DATE, "1944-07", TRUE },
  { "The siege began in 1941. Within weeks, the city was cut off.", SAT, "weeks",
    DL_TIMEX_DURATION, "PXW", FALSE },
  { "By the end of 1944, the front had moved west.", SAT, "the end of 1944", DL_TIMEX_DATE,
    "1944", FALSE },
  { "By the end of the war, millions had died.", SAT, "the end of the war", DL_TIMEX_DATE, NULL,
    FALSE },
  { "In the 1930s, the party rose to power.", SAT, "the 1930s", DL_TIMEX_DATE, "193", FALSE },
  { "In late 1942, the tide turned.", SAT, "late 1942", DL_TIMEX_DATE, "1942", FALSE },
  { "The war lasted from 1939 to 1945 in Europe.", SAT, "1945", DL_TIMEX_DATE, "1945", FALSE },
  { "The war began in 1939. On 6 June, the landings began.", SAT, "6 June", DL_TIMEX_DATE,
    "1939-06-06", TRUE },
  { "In March 1941 the army moved. Over the following weeks, it withdrew.", SAT,
    "the following weeks", DL_TIMEX_DURATION, "PXW", FALSE },
  { "The winter of 1941 was harsh for the troops.", SAT, "The winter of 1941", DL_TIMEX_DATE,
    "1941-WI", FALSE },
};

/* Wire copy: dates that lean on the month last named, on what the news
 * waits for, and words that look like dates and are not. The document
 * date is Tuesday 11 August 1998. */
#define WIRE "1998-08-11"

static const Case wire_cases[] = {
  { "The two were kidnapped in June last year and freed nine months later.", WIRE, "nine months later",
    DL_TIMEX_DATE, "1998-03", TRUE },
  { "Exports in July rose 4 percent over the same month last year.", WIRE, "the same month last year",
    DL_TIMEX_DATE, "1997-07", TRUE },
  { "Sales rose on Tuesday, the board said. July sales were up 3 percent from the prior month.", WIRE,
    "the prior month", DL_TIMEX_DATE, "1998-06", TRUE },
  { "Sales rose on Tuesday, the board said. July sales were up 3 percent.", WIRE, "July", DL_TIMEX_DATE,
    "1998-07", TRUE },
  { "August's rains were the heaviest in years.", WIRE, "August", DL_TIMEX_DATE, "1998-08", TRUE },
  { "April Jones, a teacher, was hurt.", WIRE, "April", DL_TIMEX_DATE, NULL, FALSE },
  { "Traders may sell before the vote.", WIRE, "may", DL_TIMEX_DATE, NULL, FALSE },
  { "The party ruled for half a century before the coup.", WIRE, "half a century", DL_TIMEX_DURATION,
    "P50Y", FALSE },
  { "The Socialist daily said the vote was rigged.", WIRE, "daily", DL_TIMEX_SET, NULL, FALSE },
  { "The weekly Der Spiegel reported the deal.", WIRE, "weekly", DL_TIMEX_SET, NULL, FALSE },
  { "Ferries leave daily from the port.", WIRE, "daily", DL_TIMEX_SET, "P1D", FALSE },
  { "The couple were kidnapped last New Year's Eve in the north.", WIRE, "last New Year's Eve",
    DL_TIMEX_DATE, "1997-12-31", TRUE },
  { "Bonds slipped ahead of the trade figures out on Wednesday.", WIRE, "Wednesday", DL_TIMEX_DATE,
    "1998-08-12", TRUE },
  { "Stocks closed lower, with the jobs report due Friday.", WIRE, "Friday", DL_TIMEX_DATE, "1998-08-14",
    TRUE },
  { "Unions protested on Monday against the mill's sale, slated for December.", WIRE, "December",
    DL_TIMEX_DATE, "1998-12", TRUE },
  { "Flights were cancelled on Friday due to the storm.", WIRE, "Friday", DL_TIMEX_DATE, "1998-08-07", TRUE },
  { "The offer had been scheduled to expire Friday.", WIRE, "Friday", DL_TIMEX_DATE, "1998-08-07", TRUE },
  /* The second day of a pair follows the first; "Friday and Thursday"
   * are told backwards */
  { "The government declared Tuesday and Wednesday days of mourning.", WIRE, "Wednesday", DL_TIMEX_DATE,
    "1998-08-12", TRUE },
  { "Statements were made Monday and Sunday by the lawyers.", WIRE, "Sunday", DL_TIMEX_DATE,
    "1998-08-09", TRUE },
  { "Officials said the rain that fell on Monday should stop by Thursday.", WIRE, "Thursday",
    DL_TIMEX_DATE, "1998-08-13", TRUE },
  { "The shooting happened at 6.30 a.m. on Monday near the port.", WIRE, "6.30 a.m. on Monday",
    DL_TIMEX_TIME, "1998-08-10T06:30", TRUE },
  { "Rates rose 2.30 percent on the week.", WIRE, "2.30", DL_TIMEX_TIME, NULL, FALSE },
  { "It aims to be the biggest maker by the year 2000.", WIRE, "the year 2000", DL_TIMEX_DATE, "2000",
    FALSE },
  { "Dole closed the gap in advance of the Nov. 3 election.", WIRE, "Nov. 3", DL_TIMEX_DATE, "1998-11-03",
    TRUE },
  { "Japan reported output for the April-June quarter.", WIRE, "the April-June quarter", DL_TIMEX_DATE,
    "1998-Q2", TRUE },
  { "For Nantes the fall is very painful.", WIRE, "fall", DL_TIMEX_DATE, NULL, FALSE },
  { "The school reopens in the fall.", WIRE, "the fall", DL_TIMEX_DATE, "1998-FA", TRUE },
  { "The president will make news in the coming week.", WIRE, "the coming week", DL_TIMEX_DATE, "1998-W34",
    TRUE },
  { "The town was dropped from the tour at the last minute.", WIRE, "the last minute", DL_TIMEX_DURATION,
    NULL, FALSE },
  { "Paes beat Ondruska 6-2 7-5\nJan Siemerink beat Steeb.", WIRE, "5\nJan", DL_TIMEX_DATE, NULL, FALSE },
  { "Mills sold well, with demand rising for October to March positions.", WIRE, "March", DL_TIMEX_DATE,
    "1999-03", TRUE },
  { "In January, sales rose. Profit was $8 million in the quarter ended June 30.", WIRE, "the quarter",
    DL_TIMEX_DATE, "1998-Q2", TRUE },
  { "Here is the draw for the championships beginning Monday.", WIRE, "Monday", DL_TIMEX_DATE, "1998-08-17",
    TRUE },
  { "Rain helped the fall planting of winter wheat.", WIRE, "winter", DL_TIMEX_DATE, NULL, FALSE },
  { "The anniversary falls on October 1 next year.", WIRE, "October 1 next year", DL_TIMEX_DATE,
    "1999-10-01", TRUE },
  { "Clinton spoke in Dublin on December 1, last year.", WIRE, "December 1, last year", DL_TIMEX_DATE,
    "1997-12-01", TRUE },
  { "In January-July, imports fell.", WIRE, "July", DL_TIMEX_DATE, "1998-07", TRUE },
  { "The favourite finished one and a quarter lengths away.", WIRE, "a quarter", DL_TIMEX_DURATION, NULL,
    FALSE },
  { "He performed in summer stock before films.", WIRE, "summer", DL_TIMEX_DATE, NULL, FALSE },
  { "In the late 1980's, the firm added sound.", WIRE, "the late 1980's", DL_TIMEX_DATE, "198", FALSE },
  { "He has been on leave since January of this year.", WIRE, "January of this year", DL_TIMEX_DATE,
    "1998-01", TRUE },
  { "Stages in the square await Sunday's festivities.", WIRE, "Sunday", DL_TIMEX_DATE, "1998-08-16", TRUE },
  { "In after hours trading the bond rose.", WIRE, "hours", DL_TIMEX_DURATION, NULL, FALSE },
  { "In 1993, she fell in Rome. In August the same year, she visited Delhi.", WIRE, "August the same year",
    DL_TIMEX_DATE, "1993-08", TRUE },
  { "Flooding was feared from spring tides and high winds.", WIRE, "spring", DL_TIMEX_DATE, NULL, FALSE },
  { "The president declared Sunday a national day of mourning.", WIRE, "Sunday", DL_TIMEX_DATE, "1998-08-16",
    TRUE },
  { "This past Thursday night our grandchild was born.", WIRE, "This past Thursday night", DL_TIMEX_TIME,
    "1998-08-06TNI", TRUE },
  { "In my early 20s I rode horses.", WIRE, "20s", DL_TIMEX_DATE, NULL, FALSE },
  { "We adjust prices on a day to day basis.", WIRE, "a day", DL_TIMEX_DURATION, NULL, FALSE },
  { "You will never find a dentist open on a Sunday.", WIRE, "Sunday", DL_TIMEX_DATE, "XXXX-WXX-7", FALSE },
  { "In a Wednesday media event, the firm showed new laptops.", WIRE, "Wednesday", DL_TIMEX_DATE,
    "1998-08-05", TRUE },
  { "Sales rose 8 percent in the first nine months of the year.", WIRE, "the year", DL_TIMEX_DATE, "1998",
    TRUE },
  { "Then, a week or so ago, the general picked a date.", WIRE, "a week or so ago", DL_TIMEX_DATE,
    "1998-W32", TRUE },
  { "She meets Graf in the quarter-finals.", WIRE, "the quarter", DL_TIMEX_DATE, NULL, FALSE },
  { "The pyramid was built more than 4,500 years ago.", WIRE, "4,500 years ago", DL_TIMEX_DATE, "BC2503",
    TRUE },
  /* Rates: of counted things TimeBank tags none; a speed is no set */
  { "The plant will make 600,000 engines a year.", WIRE, "a year", DL_TIMEX_DURATION, NULL, FALSE },
  { "About 100 refugees a week go home.", WIRE, "a week", DL_TIMEX_DURATION, NULL, FALSE },
  { "He spent a year in jail.", WIRE, "a year", DL_TIMEX_DURATION, "P1Y", FALSE },
  { "Winds of 200 miles per hour hit the coast.", WIRE, "per hour", DL_TIMEX_SET, NULL, FALSE },
  { "Rebels fired 80 rockets per day at the city.", WIRE, "per day", DL_TIMEX_SET, "P1D", FALSE },
  { "The summit opens at 9:30 a.m. ET Friday in the capital.", WIRE, "9:30 a.m. ET Friday", DL_TIMEX_TIME,
    "1998-08-14T09:30", TRUE },
  { "The forum was founded in 1989. Leaders met on Monday. The president will visit Paris on "
    "September 14.", WIRE, "September 14", DL_TIMEX_DATE, "1998-09-14", TRUE },
  { "The president will visit Paris on July 14.", WIRE, "July 14", DL_TIMEX_DATE, "1999-07-14", TRUE },
  { "Aides said the president would visit Paris on July 14.", WIRE, "July 14", DL_TIMEX_DATE, "1998-07-14",
    TRUE },
  { "Talks resumed on Monday. The war, launched in 1989, has killed thousands. The latest deal sets "
    "disarmament by the end of January.", WIRE, "the end of January", DL_TIMEX_DATE, "1999-01", TRUE },
  /* A year in passing carries within its sentence only; planned and
   * traded months lie ahead, "since" looks back, an election is the
   * nearest */
  { "Talks began on Monday. The group entered the market in 1990. In June, it signed a deal.", WIRE,
    "June", DL_TIMEX_DATE, "1998-06", TRUE },
  { "Bonilla has hit well since coming off the disabled list on August 6.", WIRE, "August 6",
    DL_TIMEX_DATE, "1998-08-06", TRUE },
  { "At the close, December bonds were off 27/32.", WIRE, "December", DL_TIMEX_DATE, "1998-12", TRUE },
  { "The movement named its nominee for the Nov. 3 election.", WIRE, "Nov. 3", DL_TIMEX_DATE, "1998-11-03",
    TRUE },
  { "Bonds slipped due to lower than expected June output.", WIRE, "June", DL_TIMEX_DATE, "1998-06", TRUE },
  { "The bank said in 2000 it would sell land. It will start selling on September 9.", WIRE, "September 9",
    DL_TIMEX_DATE, "1998-09-09", TRUE },
  /* A year in passing, then the news's own time again */
  { "The president, in power since 1989, faces a vote next month. His campaign opens before the "
    "November 3 polls.", WIRE, "November 3", DL_TIMEX_DATE, "1998-11-03", TRUE },
};

/* Round three: the narrative English of histories, where days lean on
 * the dates around them */
static const Case history_cases[] = {
  { "The army crossed the river in June 1944. On the 3rd, the bridge was blown.", SAT, "the 3rd",
    DL_TIMEX_DATE, "1944-06-03", TRUE },
  { "The front held in June 1944 until the 21st when the rains came.", SAT, "the 21st",
    DL_TIMEX_DATE, "1944-06-21", TRUE },
  { "In June 1944 the bridge was held by the 3rd Army.", SAT, "the 3rd", DL_TIMEX_DATE, NULL, FALSE },
  { "In June 1944 it was taken by the 3rd and 4th Armies.", SAT, "the 3rd", DL_TIMEX_DATE, NULL, FALSE },
  { "The bridge was held by the 3rd, a reserve regiment.", SAT, "the 3rd", DL_TIMEX_DATE, NULL, FALSE },
  { "The winter of 1941\xe2\x80\x93" "42 was the coldest in memory.", SAT, "The winter of 1941\xe2\x80\x93" "42",
    DL_TIMEX_DATE, "1941-WI", FALSE },
  { "In winter 1939-40 the lakes froze.", SAT, "winter 1939-40", DL_TIMEX_DATE, "1939-WI", FALSE },
  { "The battle raged on 1 and 2 July 1916 along the river.", SAT, "1", DL_TIMEX_DATE, "1916-07-01", FALSE },
  { "The battle raged on 1 and 2 July 1916 along the river.", SAT, "2 July 1916", DL_TIMEX_DATE,
    "1916-07-02", FALSE },
  { "The siege lasted from 5 to 8 May 1945 in the city.", SAT, "5", DL_TIMEX_DATE, "1945-05-05", FALSE },
  { "The city was shelled on the 5th and 6th of June 1944.", SAT, "the 5th", DL_TIMEX_DATE,
    "1944-06-05", FALSE },
  { "The talks of June 1 and 2 ended well.", SAT, "2", DL_TIMEX_DATE, "2017-06-02", TRUE },
  { "The march of June 1 and 2 days of rest followed.", SAT, "2 days", DL_TIMEX_DURATION, "P2D", FALSE },
  { "The scores were 5 to 8 in May 1945 and later.", SAT, "5", DL_TIMEX_DATE, NULL, FALSE },
  { "Fighting resumed early in 1945 across the front.", SAT, "early in 1945", DL_TIMEX_DATE, "1945", FALSE },
  { "The army was exhausted late in 1944 after the campaign.", SAT, "late in 1944", DL_TIMEX_DATE,
    "1944", FALSE },
  { "The war began in 1939. In September the army invaded. The following month, the capital fell.",
    SAT, "The following month", DL_TIMEX_DATE, "1939-10", TRUE },
  { "The spring offensive of 1918 failed.", SAT, "spring", DL_TIMEX_DATE, "1918-SP", FALSE },
  { "The spring offensive of 1918 failed.", SAT, "1918", DL_TIMEX_DATE, "1918", FALSE },
  { "The war began in 1942. The army launched the summer campaign.", SAT, "summer", DL_TIMEX_DATE,
    "1942-SU", TRUE },
  { "At that time, the city had no walls.", SAT, "that time", DL_TIMEX_DATE, NULL, FALSE },
  { "The king died on 24 March 1603. Two days later, his heir was crowned.", SAT, "Two days later",
    DL_TIMEX_DATE, "1603-03-26", TRUE },
  /* With no count, the day cannot be known */
  { "The king died on 24 March 1603. Days later, his heir was crowned.", SAT, "Days later",
    DL_TIMEX_DATE, "FUTURE_REF", FALSE },
  { "The king died on 24 March 1603. A few weeks later, riots broke out.", SAT, "A few weeks later",
    DL_TIMEX_DATE, "FUTURE_REF", FALSE },
  { "The king died on 24 March 1603. That night, riots broke out.", SAT, "That night", DL_TIMEX_TIME,
    "1603-03-24TNI", TRUE },
  { "The king died on 24 March 1603. The next morning, riots broke out.", SAT, "The next morning",
    DL_TIMEX_TIME, "1603-03-25TMO", TRUE },
  { "The king died on 24 March 1603. Within a week, riots broke out.", SAT, "a week",
    DL_TIMEX_DURATION, "P1W", FALSE },
  { "The war began in 1939. By mid-1943, the tide had turned.", SAT, "mid-1943", DL_TIMEX_DATE,
    "1943", FALSE },
  { "The war began in 1939. The landings came on June 6th at dawn.", SAT, "June 6th", DL_TIMEX_DATE,
    "1939-06-06", TRUE },
  { "The war began in 1944. The landings came on the 6th of June at dawn.", SAT, "the 6th of June",
    DL_TIMEX_DATE, "1944-06-06", TRUE },
  { "The war began in 1939. In summer 1940, the bombing began.", SAT, "summer 1940", DL_TIMEX_DATE,
    "1940-SU", FALSE },
};

static GDateTime *
parse_dct (const char *iso)
{
  int y, m, d;

  if (iso == NULL)
    return NULL;
  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

static const DlTimex *
find_overlapping (GArray *timexes,
                  gsize   start,
                  gsize   end)
{
  guint k;

  for (k = 0; k < timexes->len; k++)
    {
      const DlTimex *timex = &g_array_index (timexes, DlTimex, k);

      if (timex->start < end && start < timex->end)
        return timex;
    }
  return NULL;
}

static void
check_case (const Case *c)
{
  g_autoptr(GDateTime) dct = parse_dct (c->dct);
  g_autoptr(GArray) timexes = dl_timex_find (c->text, strlen (c->text), dct);
  const char *at = strstr (c->text, c->span);
  gsize start, end;
  const DlTimex *timex;

  g_test_message ("%s", c->text);
  g_assert_nonnull (at);
  start = at - c->text;
  end = start + strlen (c->span);
  timex = find_overlapping (timexes, start, end);
  if (c->value == NULL)
    {
      g_assert_null (timex);
      return;
    }
  g_assert_nonnull (timex);
  g_assert_cmpuint (timex->start, ==, start);
  g_assert_cmpuint (timex->end, ==, end);
  g_assert_cmpstr (dl_timex_type_to_string (timex->type), ==, dl_timex_type_to_string (c->type));
  g_assert_cmpstr (timex->value, ==, c->value);
  g_assert_cmpint (timex->anchored, ==, c->anchored);
}

static void
check_cases (gconstpointer data)
{
  const Case *cases = ((const Case * const *) data)[0];
  gsize n = GPOINTER_TO_SIZE (((gconstpointer const *) data)[1]);
  gsize k;

  for (k = 0; k < n; k++)
    check_case (&cases[k]);
}

/* Without any date to count from, a relative week stays open */
static void
test_unanchored_week (void)
{
  g_autoptr(GArray) timexes = dl_timex_find ("It happened a week later.", (gsize) -1, NULL);
  const DlTimex *timex;

  g_assert_cmpuint (timexes->len, ==, 1);
  timex = &g_array_index (timexes, DlTimex, 0);
  g_assert_cmpstr (timex->value, ==, "XXXX-WXX");
  g_assert_false (timex->anchored);
}

static void
test_order (void)
{
  const char *text = "On Friday, July 7, 2017, the two men met for two hours. "
                     "They will meet again next year, and talks now run weekly.";
  g_autoptr(GDateTime) dct = parse_dct (SAT);
  g_autoptr(GArray) timexes = dl_timex_find (text, strlen (text), dct);
  guint k;

  /* "Friday, July 7, 2017" is one expression naming one day */
  g_assert_cmpuint (timexes->len, ==, 5);
  g_assert_cmpuint (g_array_index (timexes, DlTimex, 0).start, ==, strlen ("On "));
  g_assert_cmpuint (g_array_index (timexes, DlTimex, 0).end, ==, strlen ("On Friday, July 7, 2017"));
  g_assert_cmpstr (g_array_index (timexes, DlTimex, 0).value, ==, "2017-07-07");
  g_assert_cmpstr (g_array_index (timexes, DlTimex, 1).value, ==, "PT2H");
  for (k = 1; k < timexes->len; k++)
    g_assert_cmpuint (g_array_index (timexes, DlTimex, k - 1).end, <=,
                      g_array_index (timexes, DlTimex, k).start);
}

static void
test_empty (void)
{
  g_autoptr(GArray) none = dl_timex_find ("", 0, NULL);
  g_autoptr(GArray) words = dl_timex_find ("No dates here at all.", (gsize) -1, NULL);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (words->len, ==, 0);
}

typedef struct
{
  const char *text;
  const char *span;
  const char *mod;          /* NULL: no modifier */
} ModCase;

static const ModCase mod_cases[] = {
  { "Talks stalled for more than four hours.", "more than four hours", "MORE_THAN" },
  { "Banks must wait at least 30 days first.", "at least 30 days", "EQUAL_OR_MORE" },
  { "The talks were cut off for nearly two years.", "two years", "LESS_THAN" },
  { "The plant opened about two years ago.", "two years ago", "APPROX" },
  { "Rebels clashed with police early Tuesday.", "early Tuesday", "START" },
  { "Construction began in mid-2016 near the river.", "mid-2016", "MID" },
  { "Plants will close over the next year or so.", "the next year or so", "APPROX" },
  { "Profits are not expected until 2019 or later.", "2019 or later", "ON_OR_AFTER" },
  { "Fighting resumed early in 1945 across the front.", "early in 1945", "START" },
  { "The army was exhausted late in 1944 after the campaign.", "late in 1944", "END" },
  { "The strike lasted two hours.", "two hours", NULL },
};

static void
test_mod (void)
{
  g_autoptr(GDateTime) dct = parse_dct (SAT);
  gsize k;

  for (k = 0; k < G_N_ELEMENTS (mod_cases); k++)
    {
      const ModCase *c = &mod_cases[k];
      g_autoptr(GArray) timexes = dl_timex_find (c->text, strlen (c->text), dct);
      gsize start = strstr (c->text, c->span) - c->text;
      const DlTimex *timex = find_overlapping (timexes, start, start + strlen (c->span));

      g_test_message ("%s", c->text);
      g_assert_nonnull (timex);
      g_assert_cmpuint (timex->start, ==, start);
      g_assert_cmpstr (timex->mod, ==, c->mod);
    }
}

/* An expression at the very end of the text: the rules that look for
 * a day after a time, or a date after a weekday, find the text's end */
static void
test_at_end (void)
{
  static const char * const texts[] = {
    "It ended at 3 p.m.", "It reopened on Saturday,", "They met at noon", "Talks on July 7",
    "at 10:30", "Saturday", "3 p.m. on",
  };
  g_autoptr(GDateTime) dct = g_date_time_new_utc (2017, 7, 8, 0, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GArray) found = dl_timex_find (texts[i], strlen (texts[i]), dct);

      g_assert_cmpuint (found->len, >=, 1);
      g_assert_cmpuint (g_array_index (found, DlTimex, found->len - 1).end, <=, strlen (texts[i]));
    }
}

/* A megabyte of prose without a date: nothing found, and quickly */
static void
test_no_dates (void)
{
  static const char *const sentence =
    "The committee heard from witnesses who described the harbour, the ferries "
    "and the people who work on them, and it asked for a report on safety. ";
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) timexes = NULL;
  gint64 start;

  while (text->len < 1024 * 1024)
    g_string_append (text, sentence);
  start = g_get_monotonic_time ();
  timexes = dl_timex_find (text->str, text->len, NULL);
  g_assert_cmpuint (timexes->len, ==, 0);
  /* Generous, so as never to fail on a slow machine, yet far below what
   * trying every rule at every word would take */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* Bytes that are not UTF-8 are skipped over, not read past */
static void
test_invalid_utf8 (void)
{
  static const char text[] = "Talks \xff\xfe resumed on July 7, 2017 \xc3 and \xe2\x80 ended today\xf0";
  g_autoptr(GDateTime) dct = parse_dct (SAT);
  g_autoptr(GArray) timexes = dl_timex_find (text, sizeof text - 1, dct);
  guint k;

  g_assert_cmpuint (timexes->len, ==, 2);
  g_assert_cmpstr (g_array_index (timexes, DlTimex, 0).value, ==, "2017-07-07");
  g_assert_cmpstr (g_array_index (timexes, DlTimex, 1).value, ==, "2017-07-08");
  for (k = 0; k < timexes->len; k++)
    g_assert_cmpuint (g_array_index (timexes, DlTimex, k).end, <=, sizeof text - 1);
}

/* dateline-cli timex --dct not-a-date: a usage error, exit status 2 */
static void
test_cli_bad_dct (void)
{
  const char *cli = g_getenv ("DATELINE_CLI");
  const char *argv[] = { cli, "timex", "--dct", "not-a-date", "-", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("DATELINE_CLI not set");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDIN_FROM_DEV_NULL, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  g_assert_nonnull (strstr (err, "not-a-date"));
  g_assert_cmpstr (out, ==, "");
}

typedef struct
{
  const char *text;
  const char *dct;          /* expected ISO date-time, NULL for none */
  const char *where;        /* expected span text */
} DctCase;

static const DctCase dct_cases[] = {
  { "Ministers Agree on Water Deal\n\nJuly 7, 2017 Updated: July 7, 2017\n\nThe ministers agreed.",
    "2017-07-07T00:00:00Z", "July 7, 2017" },
  { "WASHINGTON, March 3 (Reuters) - The Senate passed the 2016 budget, and the 2016 plan "
    "goes to the House next.", "2016-03-03T00:00:00Z", "March 3" },
  { "WASHINGTON, March 3 (Reuters) - The Senate passed the budget on Thursday.", NULL, NULL },
  { "By Jane Roe\nPublished 7 July 2017\n\nThe harbour reopened.", "2017-07-07T00:00:00Z", "7 July 2017" },
  { "2017-07-07\nThe harbour reopened after a week.", "2017-07-07T00:00:00Z", "2017-07-07" },
  { "Nov. 10, 1989\nBERLIN - Crowds gathered at the wall.", "1989-11-10T00:00:00Z", "Nov. 10, 1989" },
  { "On July 4, 1776 the delegates adopted the declaration.", NULL, NULL },
  { "Posted July 7, 2017 10:30 a.m. ET\nThe ferry sank.", "2017-07-07T10:30:00Z", "July 7, 2017 10:30 a.m. ET" },
  { "Leaders Meet\n\nJuly 7, 2017 / 4:02 PM / Updated 6 years ago\n\nThe leaders met.", "2017-07-07T00:00:00Z",
    "July 7, 2017" },
  { "Leaders Meet\n\nPublished 3:45 PM ET, Fri July 7, 2017 | 4 min read\n\nThe leaders met.",
    "2017-07-07T15:45:00Z", "3:45 PM ET, Fri July 7, 2017" },
  { "Leaders Meet\n\nPosted on 07.07.2017\n\nThe leaders met.", "2017-07-07T00:00:00Z", "07.07.2017" },
  { "Nothing dated here.\nJust words.", NULL, NULL },
  { "LONDON, Nov. 10, 1989 (AP) - The talks ended.", "1989-11-10T00:00:00Z", "Nov. 10, 1989" },
  { "", NULL, NULL },
};

static void
check_dct_case (const DctCase *c)
{
  g_autoptr(GDateTime) dct = NULL;
  g_autofree char *iso = NULL;
  DlSpan where = { 0, 0 };
  gboolean found;

  g_test_message ("%s", c->text);
  found = dl_timex_find_dct (c->text, strlen (c->text), &dct, &where);
  g_assert_cmpint (found, ==, c->dct != NULL);
  if (!found)
    {
      g_assert_null (dct);
      return;
    }
  iso = g_date_time_format_iso8601 (dct);
  g_assert_cmpstr (iso, ==, c->dct);
  g_assert_cmpuint (where.start, ==, strstr (c->text, c->where) - c->text);
  g_assert_cmpuint (where.end, ==, where.start + strlen (c->where));
}

static void
test_dct (void)
{
  gsize k;

  for (k = 0; k < G_N_ELEMENTS (dct_cases); k++)
    check_dct_case (&dct_cases[k]);
}

static void
test_dct_far_down (void)
{
  g_autoptr(GString) text = g_string_new ("Harbour news\n");
  g_autoptr(GDateTime) dct = NULL;
  guint k;

  for (k = 0; k < 20; k++)
    g_string_append (text, "The ferries kept running as the storm passed over the bay.\n");
  g_string_append (text, "July 7, 2017\n");
  g_assert_false (dl_timex_find_dct (text->str, text->len, &dct, NULL));
}

static char *
read_seed (const char *prefix)
{
  const char *dir = g_getenv ("DATELINE_SEEDS_DIR");
  g_autoptr(GDir) listing = dir != NULL ? g_dir_open (dir, 0, NULL) : NULL;
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        char *contents = NULL;

        if (g_file_get_contents (path, &contents, NULL, NULL))
          return contents;
      }
  return NULL;
}

/* The seed articles are read at run time, never copied */
static void
test_seeds (void)
{
  g_autofree char *text = read_seed ("002_");
  g_autoptr(GDateTime) dct = NULL;
  g_autoptr(GArray) timexes = NULL;
  guint k;

  if (text == NULL)
    {
      g_test_skip ("seed articles not available");
      return;
    }
  g_assert_true (dl_timex_find_dct (text, strlen (text), &dct, NULL));
  g_assert_cmpint (g_date_time_get_year (dct), ==, 2017);
  g_assert_cmpint (g_date_time_get_month (dct), ==, 7);
  g_assert_cmpint (g_date_time_get_day_of_month (dct), ==, 7);
  timexes = dl_timex_find (text, strlen (text), dct);
  g_assert_cmpuint (timexes->len, >, 3);
  for (k = 0; k < timexes->len; k++)
    {
      const DlTimex *timex = &g_array_index (timexes, DlTimex, k);

      g_assert_cmpuint (timex->start, <, timex->end);
      g_assert_true (g_utf8_validate (text + timex->start, timex->end - timex->start, NULL));
      if (k > 0)
        g_assert_cmpuint (g_array_index (timexes, DlTimex, k - 1).end, <=, timex->start);
    }
}

#define ADD_CASES(path, table)                                               \
  G_STMT_START {                                                             \
    static gconstpointer data[2] = { table, GSIZE_TO_POINTER (G_N_ELEMENTS (table)) }; \
    g_test_add_data_func (path, data, check_cases);                          \
  } G_STMT_END

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_CASES ("/timex/explicit", explicit_cases);
  ADD_CASES ("/timex/weekday", weekday_cases);
  ADD_CASES ("/timex/relative", relative_cases);
  ADD_CASES ("/timex/time", time_cases);
  ADD_CASES ("/timex/duration", duration_cases);
  ADD_CASES ("/timex/set", set_cases);
  ADD_CASES ("/timex/negative", negative_cases);
  ADD_CASES ("/timex/issue3", issue3_cases);
  ADD_CASES ("/timex/values", value_cases);
  ADD_CASES ("/timex/news", news_cases);
  ADD_CASES ("/timex/narrative", narrative_cases);
  ADD_CASES ("/timex/history", history_cases);
  ADD_CASES ("/timex/wire", wire_cases);
  g_test_add_func ("/timex/mod", test_mod);
  g_test_add_func ("/timex/no-dates", test_no_dates);
  g_test_add_func ("/timex/at-end", test_at_end);
  g_test_add_func ("/timex/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/timex/cli-bad-dct", test_cli_bad_dct);
  g_test_add_func ("/timex/unanchored-week", test_unanchored_week);
  g_test_add_func ("/timex/order", test_order);
  g_test_add_func ("/timex/empty", test_empty);
  g_test_add_func ("/timex/dct", test_dct);
  g_test_add_func ("/timex/dct-far-down", test_dct_far_down);
  g_test_add_func ("/timex/seeds", test_seeds);

  return g_test_run ();
}
