// The cooperation chain of a cluster as graph elements: participants, flows between them, and
// the outside suppliers grouped by country. Membership of the other end is tested with EXISTS
// (Kùzu collapses parallel supplies in patterns that close back on the cluster: engine-notes.md).
import { Label as L, Rel as R } from '../../graph-schema/index.js';

/** Participants with the position of their stage. */
export const chainParticipants = `MATCH (o:${L.Org})-[m:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
OPTIONAL MATCH (c)-[:${R.HAS_STAGE}]->(s:${L.Stage})
WHERE s.localId = m.stage
RETURN o.id AS id, o.name AS name, m.stage AS stage, s.position AS stageOrder, o.kind AS kind, m.status AS status,
       m.finalProducer AS finalProducer, o.country AS country, o.region AS region, o.inn AS inn
ORDER BY id`;

/** Supplies between two participants in the year, one edge per supply. */
export const chainSupplies = `MATCH (a:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
MATCH (a)-[s:${R.SUPPLIES}]->(b:${L.Org})
WHERE s.year = $year AND EXISTS { MATCH (b)-[:${R.MEMBER_OF}]->(c) }
OPTIONAL MATCH (p:${L.Product} {id: s.product})
RETURN s.key AS key, a.id AS source, b.id AS target, s.product AS product, p.name AS productName, s.value AS value
ORDER BY key`;

/** Supplies from organizations outside the cluster into participants, summed per country, customer and product. */
export const chainInflows = `MATCH (b:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
MATCH (a:${L.Org})-[s:${R.SUPPLIES}]->(b)
WHERE s.year = $year AND NOT EXISTS { MATCH (a)-[:${R.MEMBER_OF}]->(c) }
OPTIONAL MATCH (p:${L.Product} {id: s.product})
RETURN coalesce(a.country, 'RU') AS country, b.id AS target, s.product AS product, p.name AS productName,
       sum(s.value) AS value
ORDER BY country, target, product`;

/** How many outside organizations of each country supply the cluster in the year. */
export const chainOutsideGroups = `MATCH (b:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
MATCH (a:${L.Org})-[s:${R.SUPPLIES}]->(b)
WHERE s.year = $year AND NOT EXISTS { MATCH (a)-[:${R.MEMBER_OF}]->(c) }
RETURN coalesce(a.country, 'RU') AS country, count(DISTINCT a) AS members
ORDER BY country`;
