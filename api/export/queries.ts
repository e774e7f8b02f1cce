// Export: one cluster's data as a cluster-dataset/1 document (what POST /api/datasets takes back).
import { Label as L, Rel as R } from '../../graph-schema/index.js';

/** An organization the export is about: a participant, or one surveyed for the cluster (wave II). */
const inCluster = (o: string) => `(EXISTS { MATCH (${o})-[:${R.MEMBER_OF}]->(c) } OR EXISTS { MATCH (${o})-[:${R.SURVEYED}]->(c) })`;

/** The participants, the surveyed organizations and everyone trading with them, with all their financials. */
export const exportOrgs = `MATCH (c:${L.Cluster} {id: $cluster})
MATCH (o:${L.Org})
WHERE ${inCluster('o')}
   OR EXISTS { MATCH (o)-[:${R.SUPPLIES}]-(p:${L.Org}) WHERE ${inCluster('p')} }
OPTIONAL MATCH (o)-[:${R.REPORTED}]->(f:${L.Financials})
RETURN o.id AS id, o.name AS name, o.inn AS inn, o.region AS region, o.country AS country, o.kind AS kind,
       o.priorityTerritory AS priorityTerritory, f.year AS year, f.output AS output, f.purchases AS purchases
ORDER BY id, year`;

export const exportMemberships = `MATCH (o:${L.Org})-[m:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
RETURN o.id AS org, m.status AS status, m.stage AS stage, m.finalProducer AS finalProducer,
       m.sopkGovernance AS sopkGovernance, m.agreement AS agreement
ORDER BY org`;

/** Supplies to or from a participant or a surveyed organization, every year. */
export const exportSupplies = `MATCH (c:${L.Cluster} {id: $cluster})
MATCH (a:${L.Org})-[s:${R.SUPPLIES}]->(b:${L.Org})
WHERE ${inCluster('a')} OR ${inCluster('b')}
RETURN s.key AS key, a.id AS source, b.id AS target, s.product AS product, s.value AS value, s.volume AS volume, s.year AS year
ORDER BY key`;

export const exportNeeds = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
MATCH (o)-[n:${R.NEEDS}]->(p:${L.Product})
RETURN n.key AS key, o.id AS org, p.id AS product, n.value AS value, n.volume AS volume, n.year AS year,
       n.importShare AS importShare, n.importCountries AS importCountries
ORDER BY key`;

export const exportProduces = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
MATCH (o)-[:${R.PRODUCES}]->(p:${L.Product})
RETURN o.id AS org, p.id AS product
ORDER BY org, product`;

export const exportProjects = `MATCH (j:${L.Project})-[:${R.PROJECT_OF}]->(:${L.Cluster} {id: $cluster})
OPTIONAL MATCH (o:${L.Org})-[:${R.TAKES_PART}]->(j)
WITH j, collect(o.id) AS participants
OPTIONAL MATCH (j)-[:${R.PROJECT_PRODUCT}]->(p:${L.Product})
RETURN j.id AS id, j.name AS name, j.status AS status, participants, collect(p.id) AS products
ORDER BY id`;

/** Products the exported records refer to. */
export const exportProducts = `UNWIND $ids AS x
MATCH (p:${L.Product} {id: x})
RETURN p.id AS id, p.name AS name, p.okpd2 AS okpd2, p.unit AS unit
ORDER BY id`;

/** The SOPK survey records of the cluster. */
export const exportSurveys = `MATCH (o:${L.Org})-[v:${R.SURVEYED}]->(:${L.Cluster} {id: $cluster})
RETURN o.id AS org, v.wave AS wave, v.sent AS sent, v.received AS received
ORDER BY org`;
