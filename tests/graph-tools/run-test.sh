#!/bin/sh
# run-test.sh
#
# Copyright 2026 The Dateline authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The sample corpus's actor graph, exported by dateline-cli as GEXF and
# GraphML, is read whole by graphology's parsers (check.js); a file with
# an edge to an actor it never declares is refused. Exit status 77
# (skipped) when Node.js or the packages are missing; tools/install-deps
# installs the packages.
#
# Needs DATELINE_CLI and DATELINE_SAMPLE_DIR, as meson's test
# environment sets them.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
CHECK="$HERE/check.js"

if ! command -v node >/dev/null 2>&1; then
  echo "SKIP: no Node.js"
  exit 77
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

for format in gexf graphml; do
  if ! "$DATELINE_CLI" export --format "$format" -o "$TMP/sample.$format" "$DATELINE_SAMPLE_DIR"/*; then
    echo "not ok 1 - dateline-cli exports the sample as $format"
    exit 1
  fi
done

node "$CHECK" "$TMP/sample.gexf" "$TMP/sample.graphml"
status=$?
if [ "$status" -eq 77 ]; then
  exit 77
elif [ "$status" -ne 0 ]; then
  echo "not ok 1 - graphology reads the sample's graph"
  exit 1
fi
echo "ok 1 - graphology reads the sample's graph"

# An edge whose source is no declared node: the parser must refuse it
sed '0,/source="[^"]*"/s//source="nowhere"/' "$TMP/sample.gexf" > "$TMP/broken.gexf"
if node "$CHECK" "$TMP/broken.gexf" "$TMP/sample.graphml" 2>"$TMP/stderr"; then
  echo "not ok 2 - an edge to an undeclared actor is refused"
  exit 1
fi
sed 's/^/# /' "$TMP/stderr"
echo "ok 2 - an edge to an undeclared actor is refused"
echo "1..2"
