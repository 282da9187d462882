/* validate.js
 *
 * Copyright 2026 The Dateline authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens a TimelineJS export in TimelineJS itself: its published build
 * (dist/js/timeline.js) runs in a jsdom page and draws the timeline
 * from the file, as a web page that embeds it would. Rejects the file,
 * listing why, when TimelineJS reports an error or when it quietly
 * makes something else of a slide than the file says: a slide it drops
 * (no start_date), a date it rolls over (30 February becomes 1 March),
 * an end before the start, a headline or text its sanitizer empties or
 * changes, a unique_id it has to rename.
 *
 * Usage: node validate.js TIMELINE.json
 * Exit status: 0 accepted, 1 rejected, 2 usage, 77 TimelineJS or jsdom
 * not installed (see tools/install-deps).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const EXIT_REJECTED = 1;
const EXIT_USAGE = 2;
const EXIT_SKIP = 77;
const LOAD_TIMEOUT_MS = 30000;
const DATE_FIELDS = [
  ['year', 0], ['month', 1], ['day', 1],
  ['hour', 0], ['minute', 0], ['second', 0],
];

function modulesDir () {
  return process.env.DATELINE_NODE_MODULES ||
    path.join(__dirname, '..', '..', 'build-deps', 'node_modules');
}

/* The installed TimelineJS and jsdom, or null when either is missing */
function findTools () {
  const dir = modulesDir();
  const tljs = path.join(dir, '@knight-lab', 'timelinejs');
  const bundle = path.join(tljs, 'dist', 'js', 'timeline.js');

  try {
    return {
      jsdom: require(path.join(dir, 'jsdom')),
      bundle: bundle,
      source: fs.readFileSync(bundle, 'utf8'),
      version: JSON.parse(fs.readFileSync(path.join(tljs, 'package.json'), 'utf8')).version,
    };
  } catch (e) {
    return null;
  }
}

/* A page with TimelineJS loaded into it; jsdom's own errors (an
 * exception thrown inside TimelineJS) are kept in `failures` */
function makePage (tools, failures) {
  const { JSDOM, VirtualConsole } = tools.jsdom;
  const console_ = new VirtualConsole();
  let dom;

  console_.on('jsdomError', (e) => failures.push('TimelineJS failed: ' + e.message));
  dom = new JSDOM('<!DOCTYPE html><html><body>' +
                  '<div id="timeline" style="width: 1200px; height: 700px"></div>' +
                  '</body></html>',
                  { runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole: console_ });
  dom.window.eval(tools.source);
  return dom.window;
}

/* Resolves once the timeline is drawn ("loaded"), TimelineJS has
 * refused its configuration or has thrown (into `failures`); rejects
 * after LOAD_TIMEOUT_MS */
function openTimeline (window, tools, data, failures) {
  const options = {
    language: 'en',
    script_path: pathToFileURL(path.dirname(tools.bundle)).href + '/',
  };

  return new Promise((resolve, reject) => {
    const timeline = new window.TL.Timeline('timeline', data, options);
    const started = Date.now();
    let loaded = false;

    /* A date TimelineJS cannot read throws out of its loading promise:
     * in a browser the page would stay at "Loading Timeline…" */
    process.on('unhandledRejection', (e) => failures.push('TimelineJS failed: ' + describeError(timeline, e)));
    timeline.on('loaded', () => { loaded = true; });
    (function poll () {
      if (loaded || failures.length > 0 ||
          (timeline.config !== null && !timeline.config.isValid()))
        resolve(timeline);
      else if (Date.now() - started > LOAD_TIMEOUT_MS)
        reject(new Error('TimelineJS did not finish loading the timeline'));
      else
        setTimeout(poll, 10);
    })();
  });
}

/* TimelineJS's own words for an error it logged */
function describeError (timeline, error) {
  if (typeof timeline._translateError === 'function')
    return String(timeline._translateError(error));
  if (error && error.message_key)
    return error.message_key + (error.detail ? ' [' + error.detail + ']' : '');
  return String(error);
}

function slideName (index, slide) {
  const headline = slide && slide.text && slide.text.headline;

  return 'event ' + (index + 1) + (headline ? ' (“' + headline + '”)' : '');
}

function pad (value, width) {
  return String(value).padStart(width, '0');
}

/* 2017-13-01, with the time when @time */
function formatFields (fields, time) {
  const get = (name, fallback) => (name in fields ? fields[name] : fallback);
  const date = get('year', 0) + '-' + pad(get('month', 1), 2) + '-' + pad(get('day', 1), 2);

  if (!time)
    return date;
  return date + 'T' + pad(get('hour', 0), 2) + ':' + pad(get('minute', 0), 2) + ':' + pad(get('second', 0), 2);
}

/* The date TimelineJS placed on its axis is the one the file gives:
 * without a word it puts 2016-02-30 on the 1st of March, and 2017-13-01
 * in February 2017 */
function checkDate (name, key, given, parsed, problems) {
  const date = parsed && parsed.data && parsed.data.date_obj;
  const placed = {};

  if (given === null || typeof given !== 'object') {
    problems.push(name + ': ' + key + ' is not an object of year, month, day…');
    return;
  }
  /* The page's Date is of another realm: no instanceof */
  if (!date || typeof date.getFullYear !== 'function')
    return; /* a cosmological date: no calendar to compare with */
  placed.year = date.getFullYear();
  placed.month = date.getMonth() + 1;
  placed.day = date.getDate();
  placed.hour = date.getHours();
  placed.minute = date.getMinutes();
  placed.second = date.getSeconds();
  for (const [field, fallback] of DATE_FIELDS) {
    const value = field in given ? Number(given[field]) : fallback;

    if (value !== placed[field]) {
      const time = 'hour' in given;

      problems.push(name + ': ' + key + ' ' + formatFields(given, time) +
                    ' is read by TimelineJS as ' + formatFields(placed, time));
      return;
    }
  }
}

function textOf (window, html) {
  const div = window.document.createElement('div');

  div.innerHTML = html || '';
  return div.textContent.replace(/\s+/g, ' ').trim();
}

/* What TimelineJS kept of one slide of the file */
function checkSlide (window, index, given, slide, problems) {
  const name = slideName(index, given);

  checkDate(name, 'start_date', given.start_date, slide.start_date, problems);
  if (given.end_date && slide.end_date) {
    checkDate(name, 'end_date', given.end_date, slide.end_date, problems);
    if (slide.end_date.isBefore(slide.start_date))
      problems.push(name + ': end_date is before start_date');
  }
  if (textOf(window, slide.text.headline) === '')
    problems.push(name + ': no headline');
  if (textOf(window, slide.text.text) !== textOf(window, given.text && given.text.text))
    problems.push(name + ': TimelineJS’s sanitizer changed the text');
  if (given.unique_id !== undefined && slide.unique_id !== given.unique_id)
    problems.push(name + ': unique_id “' + given.unique_id + '” is not unique');
}

/* TimelineJS keeps the slide objects it was given: a slide missing
 * from config.events was dropped */
function checkSlides (window, timeline, original, data, problems) {
  const events = timeline.config.events;

  data.events.forEach((slide, index) => {
    if (events.indexOf(slide) < 0)
      problems.push(slideName(index, original.events[index]) + ': left out by TimelineJS' +
                    (original.events[index].start_date === undefined ? ' (no start_date)' : ''));
    else
      checkSlide(window, index, original.events[index], slide, problems);
  });
}

function readTimeline (file) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));

  if (data === null || typeof data !== 'object' || !Array.isArray(data.events))
    throw new Error('no "events" array');
  return data;
}

async function validate (tools, file) {
  const problems = [];
  const original = readTimeline(file);
  const data = readTimeline(file);   /* TimelineJS rewrites what it is given */
  const window = makePage(tools, problems);
  const timeline = await openTimeline(window, tools, data, problems);
  const errors = timeline.config !== null ? timeline.config.getErrors() : [];
  const accepted = timeline.config !== null ? timeline.config.events.length : 0;
  const markers = window.document.querySelectorAll('.tl-timemarker').length;

  errors.forEach((e) => problems.push('TimelineJS: ' + describeError(timeline, e)));
  if (problems.length === 0) {
    checkSlides(window, timeline, original, data, problems);
    if (markers !== accepted)
      problems.push('TimelineJS drew ' + markers + ' markers for ' + accepted + ' events');
  }
  window.close();
  return { problems, accepted, total: data.events.length, markers };
}

async function main (argv) {
  const tools = findTools();
  let result;

  if (argv.length !== 1) {
    process.stderr.write('Usage: node validate.js TIMELINE.json\n');
    return EXIT_USAGE;
  }
  if (tools === null) {
    process.stdout.write('SKIP: TimelineJS or jsdom is not installed in ' + modulesDir() + '\n');
    return EXIT_SKIP;
  }
  try {
    result = await validate(tools, argv[0]);
  } catch (e) {
    process.stderr.write(argv[0] + ': rejected: ' + e.message + '\n');
    return EXIT_REJECTED;
  }
  if (result.problems.length > 0) {
    process.stderr.write(argv[0] + ': rejected by TimelineJS ' + tools.version + ':\n');
    result.problems.forEach((p) => process.stderr.write('  ' + p + '\n'));
    return EXIT_REJECTED;
  }
  process.stdout.write('TimelineJS ' + tools.version + ' accepted ' + result.accepted + ' of ' +
                       result.total + ' events and drew ' + result.markers + ' markers\n');
  return 0;
}

main(process.argv.slice(2)).then((status) => { process.exitCode = status; });
