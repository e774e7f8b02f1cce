// The registry's clusters, fetched once per visit: names for cluster ids (sourcing, regions, the
// between-clusters graph) and the list the comparison picker chooses from.
import { insightApi, type ClusterListItem } from '../api-client.js';

let all: Promise<ClusterListItem[]> | null = null;

export function registryClusters(): Promise<ClusterListItem[]> {
  all ??= insightApi.allClusters().then((l) => l.items).catch((e: unknown) => { all = null; throw e; });
  return all;
}

/** id → name; empty when the registry cannot be read (ids are shown instead). */
export async function clusterNames(): Promise<Map<string, string>> {
  try {
    return new Map((await registryClusters()).map((c) => [c.id, c.name]));
  } catch {
    return new Map();
  }
}
