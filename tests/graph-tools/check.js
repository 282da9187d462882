// check.js
//
// Copyright 2026 The Dateline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reads Dateline's GEXF and GraphML exports of one corpus with the
// parsers of graphology (graphology-gexf, graphology-graphml), the
// graph library web tools such as Sigma.js build on, and checks that
// they read every node and edge the files declare, with the attributes
// Dateline writes, and that both files describe the same graph.
//
//   node check.js FILE.gexf FILE.graphml
//
// Exit status: 0 when both are read whole, 1 with the reasons when not,
// 77 when the packages are not installed (tools/install-deps).

'use strict';

const fs = require('fs');
const path = require('path');

const MODULES = path.join(__dirname, '..', '..', 'build-deps', 'node_modules');
const KINDS = new Set(['person', 'organization', 'location', 'group', 'other']);

function load(name) {
  try {
    return require(path.join(MODULES, name));
  } catch (error) {
    console.log(`SKIP: ${name} is not installed (${error.code})`);
    process.exit(77);
  }
}

const Graph = load('graphology');
const gexf = load('graphology-gexf');
const graphml = load('graphology-graphml');

// How many elements named @tag the file declares, counted in its text
function countDeclared(text, tag) {
  return (text.match(new RegExp(`<${tag}[\\s>/]`, 'g')) || []).length;
}

function read(parser, file, problems) {
  const text = fs.readFileSync(file, 'utf8');
  let graph;

  try {
    graph = parser.parse(Graph, text);
  } catch (error) {
    problems.push(`${file}: ${error.message}`);
    return null;
  }
  if (graph.order !== countDeclared(text, 'node'))
    problems.push(`${file}: ${graph.order} nodes read of ${countDeclared(text, 'node')}`);
  if (graph.size !== countDeclared(text, 'edge'))
    problems.push(`${file}: ${graph.size} edges read of ${countDeclared(text, 'edge')}`);
  if (graph.order === 0)
    problems.push(`${file}: no actors`);
  return graph;
}

function checkAttributes(file, graph, problems) {
  graph.forEachNode((node, attributes) => {
    if (!attributes.label)
      problems.push(`${file}: node ${node} has no label`);
    if (!KINDS.has(attributes.kind))
      problems.push(`${file}: node ${node} has kind ${attributes.kind}`);
    if (!Number.isInteger(attributes.mentions) || attributes.mentions < 1)
      problems.push(`${file}: node ${node} has ${attributes.mentions} mentions`);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!(typeof attributes.weight === 'number' && attributes.weight > 0))
      problems.push(`${file}: edge ${source}–${target} has weight ${attributes.weight}`);
  });
}

// The graph as text that does not depend on ids or order
function describe(graph) {
  const label = (node) => graph.getNodeAttribute(node, 'label');
  const nodes = graph.mapNodes((node, a) => `${a.label}|${a.kind}|${a.mentions}`).sort();
  const edges = graph.mapEdges((edge, a, source, target) =>
    `${[label(source), label(target)].sort().join('–')}|${a.weight}|${a.label || ''}`).sort();
  return { nodes, edges };
}

function main() {
  const [gexfFile, graphmlFile] = process.argv.slice(2);
  const problems = [];
  const fromGexf = read(gexf, gexfFile, problems);
  const fromGraphml = read(graphml, graphmlFile, problems);

  if (fromGexf)
    checkAttributes(gexfFile, fromGexf, problems);
  if (fromGraphml)
    checkAttributes(graphmlFile, fromGraphml, problems);
  if (fromGexf && fromGraphml) {
    const a = describe(fromGexf);
    const b = describe(fromGraphml);

    if (a.nodes.join('\n') !== b.nodes.join('\n'))
      problems.push('the GEXF and GraphML files list different actors');
    if (a.edges.join('\n') !== b.edges.join('\n'))
      problems.push('the GEXF and GraphML files list different edges');
  }
  for (const problem of problems)
    console.error(problem);
  if (problems.length > 0)
    process.exit(1);
  console.log(`graphology read ${fromGexf.order} actors and ${fromGexf.size} edges from both files`);
}

main();
