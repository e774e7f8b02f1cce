// Scenario changes that remove things, and the facts a change list is checked against.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

export const removeMembership = `MATCH (o:${L.Org} {id: $org})-[m:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
DELETE m`;

export const removeSupply = `MATCH (:${L.Org} {id: $from})-[s:${R.SUPPLIES}]->(:${L.Org} {id: $to})
WHERE s.key = $key
DELETE s`;

export const removeNeed = `MATCH (:${L.Org} {id: $org})-[n:${R.NEEDS}]->(:${L.Product} {id: $product})
WHERE n.key = $key
DELETE n`;

/** Which of the ids exist as organizations. */
export const existingOrgs = `UNWIND $ids AS x MATCH (o:${L.Org} {id: x}) RETURN o.id AS id`;
export const existingProducts = `UNWIND $ids AS x MATCH (p:${L.Product} {id: x}) RETURN p.id AS id`;
export const clusterMembers = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster}) RETURN o.id AS id`;
export const clusterStageIds = `MATCH (:${L.Cluster} {id: $cluster})-[:${R.HAS_STAGE}]->(s:${L.Stage}) RETURN s.localId AS id`;
export const supplyExists = `MATCH (:${L.Org} {id: $from})-[s:${R.SUPPLIES}]->(:${L.Org} {id: $to}) WHERE s.key = $key RETURN count(s) AS n`;
export const needExists = `MATCH (:${L.Org} {id: $org})-[n:${R.NEEDS}]->(:${L.Product} {id: $product}) WHERE n.key = $key RETURN count(n) AS n`;

// What a sandboxed scenario needs beyond the cluster's export: the organizations its changes refer to
// (they may join the cluster), everything they trade and need, and the records those refer to.

/** Organizations by id, with all their financials. */
export const orgsWithFinancials = `UNWIND $ids AS x
MATCH (o:${L.Org} {id: x})
OPTIONAL MATCH (o)-[:${R.REPORTED}]->(f:${L.Financials})
RETURN o.id AS id, o.name AS name, o.inn AS inn, o.region AS region, o.country AS country, o.kind AS kind,
       o.priorityTerritory AS priorityTerritory, f.year AS year, f.output AS output, f.purchases AS purchases
ORDER BY id, year`;

/** Every supply to or from the organizations, every year. */
export const suppliesOf = `MATCH (a:${L.Org})-[s:${R.SUPPLIES}]->(b:${L.Org})
WHERE a.id IN $ids OR b.id IN $ids
RETURN a.id AS source, b.id AS target, s.product AS product, s.value AS value, s.volume AS volume, s.year AS year
ORDER BY source, target`;

/** Every need of the organizations, every year. */
export const needsOf = `MATCH (o:${L.Org})-[n:${R.NEEDS}]->(p:${L.Product})
WHERE o.id IN $ids
RETURN o.id AS org, p.id AS product, n.value AS value, n.volume AS volume, n.year AS year,
       n.importShare AS importShare, n.importCountries AS importCountries
ORDER BY org, product`;

/** Empties the sandbox engine (never the main graph: only sandbox.ts runs it, on the scratch engine). */
export const clearSandbox = 'MATCH (n) DETACH DELETE n';
