#!/bin/sh
# run-test.sh
#
# Copyright 2026 The Dateline authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The sample corpus exported for TimelineJS opens in TimelineJS with
# every event on it, and each hand-made broken timeline in rejected/ is
# refused with the reason named. Exit status 77 (skipped) when Node.js,
# TimelineJS or jsdom is missing; tools/install-deps installs the last two.
#
# Needs DATELINE_CLI and DATELINE_SAMPLE_DIR, as meson's test
# environment sets them.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
VALIDATE="$HERE/validate.js"
failures=0
n=0

if ! command -v node >/dev/null 2>&1; then
  echo "SKIP: no Node.js"
  exit 77
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

report () {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then
    echo "ok $n - $2"
  else
    echo "not ok $n - $2"
    failures=$((failures + 1))
  fi
}

# The sample, exported by dateline-cli: accepted, with as many events as
# the file holds
check_sample () {
  out="$TMP/sample.timeline.json"
  if ! "$DATELINE_CLI" export --format timelinejs -o "$out" "$DATELINE_SAMPLE_DIR"/*; then
    report 1 "dateline-cli exports the sample"
    return
  fi
  total=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).events.length)' "$out")
  node "$VALIDATE" "$out" >"$TMP/stdout"
  status=$?
  cat "$TMP/stdout"
  if [ "$status" -eq 77 ]; then
    exit 77
  fi
  [ "$status" -eq 0 ] && [ "$total" -gt 0 ] &&
    grep -q "accepted $total of $total events and drew $total markers" "$TMP/stdout"
  report $? "the sample's $total events open in TimelineJS"
}

# @file is refused, and the reason given names @reason
check_rejected () {
  node "$VALIDATE" "$HERE/rejected/$1" 2>"$TMP/stderr" >/dev/null
  status=$?
  sed 's/^/# /' "$TMP/stderr"
  [ "$status" -eq 1 ] && grep -qF -- "$2" "$TMP/stderr"
  report $? "$1 is rejected: $2"
}

check_sample
check_rejected month-13.json "start_date 2017-13-01 is read by TimelineJS as 2017-02-01"
check_rejected february-30.json "start_date 2016-02-30 is read by TimelineJS as 2016-03-01"
check_rejected month-name.json "[month = 'July']"
check_rejected no-start-date.json "left out by TimelineJS (no start_date)"
check_rejected no-headline.json "event 2: no headline"
check_rejected end-before-start.json "end_date is before start_date"
check_rejected script-in-text.json "sanitizer changed the text"
check_rejected same-id.json "is not unique"
check_rejected no-events.json "Timeline configuration has no events"

echo "1..$n"
echo "$((n - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
