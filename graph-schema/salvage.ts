// When a document fails the shape check, its valid records can still be checked against the
// cross-record rules, so one answer lists every problem (shape and references) at once.
import {
  clusterSchema, datasetSchema, FORMAT, needSchema, organizationSchema, membershipSchema, productSchema,
  producesSchema, projectSchema, supplySchema, surveySchema, type Dataset,
} from './dataset.js';

const lists = {
  clusters: clusterSchema, organizations: organizationSchema, memberships: membershipSchema, products: productSchema,
  produces: producesSchema, supplies: supplySchema, needs: needSchema, projects: projectSchema, surveys: surveySchema,
} as const;

export interface Salvaged {
  /** The records that pass the shape check, in a valid document. */
  dataset: Dataset;
  /** Ids the document defines, valid records or not: references to them are not "unknown". */
  definedIds: { clusters: Set<string>; orgs: Set<string>; products: Set<string> };
  /** Turns a path in `dataset` back into the path in the original document. */
  originalPath: (path: string) => string;
}

export function salvage(input: unknown): Salvaged | null {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return null;
  const raw = input as Record<string, unknown>;
  const year = datasetSchema.shape.year.safeParse(raw.year);
  const indexMaps = new Map<string, number[]>();
  const doc: Record<string, unknown> = {
    format: FORMAT,
    // An invalid year is reported by the shape check; a stand-in keeps "no year" errors from piling on.
    year: year.success && year.data !== undefined ? year.data : raw.year !== undefined ? 2000 : undefined,
  };
  for (const [key, schema] of Object.entries(lists)) {
    const items = Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [];
    const kept: unknown[] = [];
    const map: number[] = [];
    items.forEach((item, i) => {
      const parsed = (schema as typeof clusterSchema).safeParse(item);
      if (parsed.success) { kept.push(parsed.data); map.push(i); }
    });
    doc[key] = kept;
    indexMaps.set(key, map);
  }
  const idsOf = (key: string) => new Set((Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [])
    .map((x) => (x && typeof x === 'object' ? (x as { id?: unknown }).id : undefined)).filter((x): x is string => typeof x === 'string'));
  return {
    dataset: datasetSchema.parse(doc),
    definedIds: { clusters: idsOf('clusters'), orgs: idsOf('organizations'), products: idsOf('products') },
    originalPath: (path) => path.replace(/^(\w+)\[(\d+)\]/, (whole, key: string, i: string) => {
      const original = indexMaps.get(key)?.[Number(i)];
      return original === undefined ? whole : `${key}[${original}]`;
    }),
  };
}
