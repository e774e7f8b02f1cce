// Draws the tile-grid map as SVG: one square per subject, filled by the chosen measure, its short
// label on it and the full name with the figure in its tooltip. Tiles are keyboard-operable buttons.
import { svg } from '../compare/svg.js';
import { gridSize, tiles } from './tile-grid.js';

export const TILE = 44;
export const GAP = 3;

export interface TileMapProps {
  colour: (name: string) => string;
  title: (name: string) => string;
  selected: string | null;
  onPick: (name: string) => void;
}

/** Dark fills get white text, light fills dark text. */
function textColour(fill: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!m) return '#1f2933';
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((x) => parseInt(x, 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 140 ? '#ffffff' : '#1f2933';
}

export function tileMap(p: TileMapProps): SVGSVGElement {
  const width = gridSize.cols * (TILE + GAP);
  const height = gridSize.rows * (TILE + GAP);
  const groups = Object.entries(tiles).map(([name, tile]) => {
    const fill = p.colour(name);
    const g = svg('g', {
      class: `tile${p.selected === name ? ' selected' : ''}`, transform: `translate(${tile.col * (TILE + GAP)},${tile.row * (TILE + GAP)})`,
      'data-region': name, 'data-fill': fill, role: 'button', tabindex: 0, 'aria-label': p.title(name), 'aria-pressed': String(p.selected === name),
    },
    svg('title', {}, p.title(name)),
    svg('rect', { width: TILE, height: TILE, rx: 4, fill, stroke: p.selected === name ? '#102a43' : '#bcccdc', 'stroke-width': p.selected === name ? 3 : 1 }),
    svg('text', { x: TILE / 2, y: TILE / 2 + 4, 'text-anchor': 'middle', fill: textColour(fill), 'font-size': 11 }, tile.short));
    g.addEventListener('click', () => p.onPick(name));
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); p.onPick(name); } });
    return g;
  });
  return svg('svg', { class: 'tile-map', 'data-testid': 'tile-map', viewBox: `0 0 ${width} ${height}`, width, height }, groups);
}
