// The chain's Cytoscape stylesheet. Colours and widths are precomputed into element data
// (scales.ts), so the renderer does no mapping work per frame. A big graph (canvas.ts, BIG_GRAPH)
// gets a cheaper variant: opaque solid lines without arrows, no dashes on nodes, labels only when
// zoomed in — each halves the time of a frame in software rendering (test/browser/bench-layout.ts).
import type { StylesheetJson } from 'cytoscape';
import { palette } from './scales.js';

export function chainStyle(big: boolean): StylesheetJson {
  const dashed = big ? 'solid' : 'dashed';
  return [
    { selector: 'node', style: {
      label: 'data(label)', 'font-size': 12, 'text-wrap': 'wrap', 'text-max-width': '170px', 'text-valign': 'bottom',
      'text-margin-y': 4, color: '#1f2933', 'min-zoomed-font-size': big ? 10 : 0, 'text-background-color': '#ffffff',
      'text-background-opacity': big ? 0 : 0.75, 'text-background-padding': '1px', width: 30, height: 30,
    } },
    { selector: 'node[type = "participant"]', style: { 'background-color': 'data(colour)', 'border-width': big ? 0 : 1, 'border-color': '#37474f' } },
    { selector: 'node.final', style: { 'border-width': 4, 'border-color': '#102a43' } },
    { selector: 'node.potential', style: { shape: 'round-rectangle' } },
    { selector: 'node.unknown', style: { 'border-style': dashed, 'border-width': 2, 'border-color': '#37474f' } },
    { selector: 'node.exempt', style: { 'border-style': big ? 'solid' : 'double', 'border-width': big ? 2 : 4, 'border-color': '#757575' } },
    { selector: 'node.hypothetical', style: { 'border-color': '#6a1b9a', 'border-width': 4, 'border-style': 'dashed' } },
    { selector: 'node.outside', style: {
      'background-color': palette.outside, 'background-opacity': 0.6, 'border-style': 'dashed', 'border-width': 2,
      'border-color': '#9fb3c8', shape: 'round-rectangle', width: 44, height: 26, color: '#627d98', 'font-style': 'italic',
    } },
    { selector: 'node.gap', style: {
      'background-color': '#ffffff', 'border-style': dashed, 'border-width': 2, 'border-color': palette.gap, shape: big ? 'rectangle' : 'diamond',
      width: 14, height: 14, 'font-size': 10, color: palette.gap, 'text-valign': 'center', 'text-halign': 'right',
      'text-margin-x': 4, 'text-margin-y': 0, 'text-max-width': '150px', 'text-wrap': 'ellipsis',
    } },
    { selector: 'node.header', style: {
      shape: 'round-rectangle', 'background-opacity': 0, 'border-width': 0, 'font-size': big ? 40 : 14, 'font-weight': 'bold',
      'text-valign': 'center', 'text-max-width': big ? '600px' : '220px', color: '#334e68', events: 'no', 'min-zoomed-font-size': 4,
    } },
    { selector: 'edge', style: {
      width: 'data(width)', 'line-color': big ? '#b0bac5' : '#7b8794', opacity: big ? 1 : 0.7,
      'curve-style': big ? 'haystack' : 'bezier', 'target-arrow-shape': big ? 'none' : 'triangle',
      'target-arrow-color': '#7b8794', 'arrow-scale': 0.7,
    } },
    { selector: 'edge.inflow', style: { 'line-style': dashed, 'line-color': big ? '#d5dee8' : '#9fb3c8', 'target-arrow-color': '#9fb3c8', opacity: big ? 1 : 0.6 } },
    { selector: 'edge.gap-edge', style: { width: 1, 'line-style': big ? 'solid' : 'dotted', 'line-color': big ? '#f2b8b5' : palette.gap, 'target-arrow-shape': 'none', opacity: big ? 1 : 0.8 } },
    { selector: 'edge.hypothetical', style: { 'line-color': '#6a1b9a', 'target-arrow-color': '#6a1b9a', 'line-style': 'dashed', opacity: 0.9 } },
    { selector: 'edge:selected', style: { label: 'data(valueLabel)', 'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 1, 'line-color': '#243b53', 'target-arrow-color': '#243b53', opacity: 1 } },
    { selector: 'node:selected', style: { 'overlay-color': '#1565c0', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: '.lod', style: { display: 'none' } },
    { selector: '.lod.highlighted', style: { display: 'element' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.15 } },
    { selector: 'node.highlighted', style: { 'overlay-color': '#c62828', 'overlay-opacity': 0.2, 'overlay-padding': 8, 'z-index': 10 } },
  ];
}
