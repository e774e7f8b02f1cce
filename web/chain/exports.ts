// Exports of the chain page: PNG and SVG of the drawing, the cluster's data as JSON, CSV tables.
import { api, type ChainAnswer, type ClusterProfile, type DependencyAnswer, type GapsAnswer } from '../api-client.js';
import { download } from '../dom.js';
import type { ChainCanvas } from './canvas.js';

export async function exportPng(canvas: ChainCanvas, id: string): Promise<void> {
  download(await canvas.png(), `${id}-chain.png`);
}

export function exportSvg(canvas: ChainCanvas, id: string): void {
  download(new Blob([canvas.svg()], { type: 'image/svg+xml;charset=utf-8' }), `${id}-chain.svg`);
}

export interface ChainBundle {
  profile: ClusterProfile;
  chain: ChainAnswer | null;
  dependency: DependencyAnswer | null;
  gaps: GapsAnswer | null;
}

/**
 * The cluster's dataset document when the server exports one (GET /api/clusters/:id/dataset.json);
 * otherwise the answers this page shows — profile, chain, dependency and gaps — in one file.
 */
export async function exportJson(id: string, bundle: ChainBundle): Promise<'dataset' | 'answers'> {
  const dataset = await api.dataset(id).catch(() => null);
  const doc = dataset ?? {
    format: 'cluster-explorer-answers/1',
    note: 'GET /api/clusters/:id/dataset.json is not available: the profile, chain, dependency and gaps answers as shown.',
    exportedAt: new Date().toISOString(),
    ...bundle,
  };
  download(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }), dataset ? `${id}-dataset.json` : `${id}-answers.json`);
  return dataset ? 'dataset' : 'answers';
}

export function exportCsv(text: string, fileName: string): void {
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}
