// Between clusters: the cluster-to-cluster graph of supplies, for authorities and the Cytoscape view.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

// A cross-cluster flow: a supply of the year between two organizations that share no cluster (any
// status), counted for every pair (a cluster of the supplier, a cluster of the customer). A supply
// between organizations that share a cluster is that cluster's own cooperation and links nothing —
// the same rule as the regions' cross-border flows (api/regions). Memberships are tested with EXISTS,
// never by closing the pattern back on a bound cluster (engine-notes.md).
const crossFlows = (year: string) => `MATCH (a:${L.Org})-[s:${R.SUPPLIES}]->(b:${L.Org})
WHERE ${year}
MATCH (a)-[:${R.MEMBER_OF}]->(ca:${L.Cluster})
MATCH (b)-[:${R.MEMBER_OF}]->(cb:${L.Cluster})
WHERE NOT EXISTS { MATCH (a)-[:${R.MEMBER_OF}]->(:${L.Cluster})<-[:${R.MEMBER_OF}]-(b) }`;

/** Per ordered pair of clusters: Σ ₽ and the number of cross-cluster supplies in $year. */
export const clusterEdges = `${crossFlows('s.year = $year')}
RETURN ca.id AS source, cb.id AS target, sum(s.value) AS value, count(s) AS flows
ORDER BY source, target`;

/** The latest year with any supply between participants of two clusters (the default year). */
export const latestCrossYear = `${crossFlows('s.year IS NOT NULL')}
RETURN max(s.year) AS year`;

/** The clusters at the ends of the edges, with their participant counts (any status). */
export const clusterNodes = `UNWIND $clusters AS cid
MATCH (c:${L.Cluster} {id: cid})
RETURN c.id AS id, c.name AS name, COUNT { MATCH (:${L.Org})-[:${R.MEMBER_OF}]->(c) } AS participants
ORDER BY id`;
