// The one Cytoscape instance of the chain view: elements in, selection out; zoom, pan, focus, export.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import svgExport from 'cytoscape-svg';
import { chainStyle } from './style.js';

cytoscape.use(svgExport);

/** Above this many nodes the renderer trades detail for speed while the view moves. */
export const BIG_GRAPH = 300;
/** A big graph seen whole draws only its largest flows (and no gap nodes); zooming in shows all. */
export const OVERVIEW_EDGES = 1000;
export const OVERVIEW_ZOOM = 0.35;
const LOD_SLICE = 400;
/**
 * A big graph draws at (just over) one canvas pixel per CSS pixel. Not exactly 1: at a ratio of 1 or
 * less Cytoscape draws its pan/zoom texture (textureOnViewport) at twice the resolution, which at the
 * first drag or wheel means rebuilding every node's texture at a finer level — a 150–300 ms task on
 * 2,000 nodes. Above 1 the texture reuses the node textures of the frame already on screen.
 */
const BIG_PIXEL_RATIO = 1.0001;

export type Selected = { group: 'nodes' | 'edges'; id: string } | null;

export class ChainCanvas {
  readonly cy: Core;
  readonly big: boolean;
  private hidden = new Set<string>();
  private overview = false;
  private lodGeneration = 0;
  private overviewFrame = 0;
  /** How many flows the overview draws. */
  overviewEdges = 0;
  /** Called when the overview level of detail turns on or off (the legend says what is left out). */
  onOverview: (on: boolean) => void = () => {};

  constructor(readonly container: HTMLElement, nodeCount: number, onSelect: (s: Selected) => void) {
    this.big = nodeCount > BIG_GRAPH;
    this.cy = cytoscape({
      container,
      style: chainStyle(this.big),
      layout: { name: 'preset' },
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: false,
      textureOnViewport: this.big,
      hideEdgesOnViewport: this.big,
      motionBlur: false,
      pixelRatio: this.big ? BIG_PIXEL_RATIO : 'auto',
    });
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) onSelect(null);
      else onSelect({ group: e.target.isNode() ? 'nodes' : 'edges', id: e.target.id() });
    });
    // Zoom events come many per wheel turn or pinch: decide the level of detail once per frame.
    if (this.big) this.cy.on('zoom', () => this.scheduleOverview());
    // Clicking the drawing gives it the keyboard (Cytoscape keeps the mousedown to itself).
    this.cy.on('tapstart', () => { if (document.activeElement !== container) container.focus({ preventScroll: true }); });
    this.bindKeys();
  }

  /** Replace every element (positions are precomputed); keeps the viewport unless asked to fit. */
  setElements(elements: ElementDefinition[], fit: boolean): void {
    const selected = this.cy.$(':selected').map((e) => e.id());
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
      for (const id of selected) this.cy.getElementById(id).select();
    });
    this.applyHidden(this.hidden);
    if (this.big) this.markMinorEdges();
    if (fit) this.fit();
  }

  /** Edges past the OVERVIEW_EDGES largest flows, and gap nodes with their links, are left out of the overview. */
  private markMinorEdges(): void {
    const flows = this.cy.edges().not('.gap-edge').sort((a, b) => (b.data('value') as number) - (a.data('value') as number));
    this.overviewEdges = Math.min(flows.length, OVERVIEW_EDGES);
    this.cy.batch(() => {
      this.cy.$('.gap-edge, node.gap').addClass('minor');
      flows.forEach((e, i) => { if (i >= OVERVIEW_EDGES) e.addClass('minor'); });
      if (this.overview) this.cy.$('.minor').addClass('lod');
    });
  }

  private scheduleOverview(): void {
    if (this.overviewFrame) return;
    this.overviewFrame = requestAnimationFrame(() => {
      this.overviewFrame = 0;
      if (!this.cy.destroyed()) this.updateOverview();
    });
  }

  private updateOverview(): void {
    const overview = this.cy.zoom() < OVERVIEW_ZOOM;
    if (overview === this.overview) return;
    this.overview = overview;
    // Restyling thousands of elements at once is a long task: switch them a slice per frame.
    const todo = overview ? this.cy.$('.minor').not('.lod') : this.cy.$('.lod');
    const generation = ++this.lodGeneration;
    const step = (from: number) => {
      if (generation !== this.lodGeneration || this.cy.destroyed()) return;
      const slice = todo.slice(from, from + LOD_SLICE);
      this.cy.batch(() => { if (overview) slice.addClass('lod'); else slice.removeClass('lod'); });
      if (from + LOD_SLICE < todo.length) requestAnimationFrame(() => step(from + LOD_SLICE));
    };
    step(0);
    this.onOverview(overview);
  }

  get inOverview(): boolean {
    return this.overview;
  }

  applyHidden(hidden: Set<string>): void {
    this.hidden = hidden;
    // Only the elements whose visibility changes are touched (on a big graph most never are).
    const show = this.cy.$('.hidden').filter((e) => !hidden.has(e.id()));
    const hide = this.cy.collection();
    for (const id of hidden) {
      const e = this.cy.getElementById(id);
      if (e.nonempty() && !e.hasClass('hidden')) hide.merge(e);
    }
    if (show.empty() && hide.empty()) return;
    this.cy.batch(() => { show.removeClass('hidden'); hide.addClass('hidden'); });
  }

  /** Emphasise these elements (and the edges between them), fade the rest; null clears. */
  highlight(ids: Set<string> | null): void {
    this.cy.batch(() => {
      this.cy.$('.faded, .highlighted').removeClass('faded highlighted');
      if (!ids) return;
      const on = this.cy.collection();
      for (const id of ids) on.merge(this.cy.getElementById(id));
      const edges = on.edgesWith(on);
      this.cy.elements().not(on).not(edges).not('.header').addClass('faded');
      on.nodes().addClass('highlighted');
    });
  }

  focus(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.$(':selected').unselect();
    node.select();
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.2) }, { duration: 250 });
  }

  fit(): void {
    this.cy.fit(this.cy.elements().not('.hidden'), 30);
  }

  zoomBy(factor: number): void {
    const { width, height } = this.container.getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  }

  svg(): string {
    return (this.cy as Core & { svg(o: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
  }

  destroy(): void {
    cancelAnimationFrame(this.overviewFrame);
    this.cy.destroy();
  }

  /** Keyboard when the canvas has focus: + / − zoom, arrows pan, 0 fits. */
  private bindKeys(): void {
    this.container.tabIndex = 0;
    this.container.addEventListener('keydown', (e) => {
      const step = e.shiftKey ? 200 : 60;
      const act: Record<string, () => void> = {
        '+': () => this.zoomBy(1.25), '=': () => this.zoomBy(1.25), '-': () => this.zoomBy(0.8), '_': () => this.zoomBy(0.8),
        '0': () => this.fit(),
        ArrowLeft: () => this.cy.panBy({ x: step, y: 0 }), ArrowRight: () => this.cy.panBy({ x: -step, y: 0 }),
        ArrowUp: () => this.cy.panBy({ x: 0, y: step }), ArrowDown: () => this.cy.panBy({ x: 0, y: -step }),
      };
      const fn = act[e.key];
      if (!fn || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      fn();
    });
  }
}
