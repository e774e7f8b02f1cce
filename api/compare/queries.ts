// Cluster comparison: the parts of the side-by-side answer no other query family computes —
// composition by kind, status and size class, joint projects, outside partners by country. Each
// query but partners answers for all compared clusters at once ($clusters: ids; $targets: rows {cluster, year}).
// Levels, compliance, unmet need and empty stages come from the dependency, compliance and gaps queries.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

/** The compared clusters that exist, with name and specialization. */
export const clusterHeads = `UNWIND $clusters AS x
MATCH (c:${L.Cluster} {id: x})
RETURN c.id AS id, c.name AS name, c.specialization AS specialization`;

/** The regions of the compared clusters. */
export const clusterRegions = `UNWIND $clusters AS x
MATCH (c:${L.Cluster} {id: x})-[:${R.IN_REGION}]->(g:${L.Region})
RETURN c.id AS cluster, g.name AS region
ORDER BY cluster, region`;

/**
 * Participants counted per kind, membership status and size class. The size class is read from the
 * year's output (revenue) against the SME limits of Government Decree No. 265 (2016, in force):
 * micro up to 120 M₽, small up to 800 M₽, medium up to 2 bn₽, large above; unknown without output.
 */
export const composition = `UNWIND $targets AS t
MATCH (o:${L.Org})-[m:${R.MEMBER_OF}]->(c:${L.Cluster} {id: t.cluster})
OPTIONAL MATCH (o)-[:${R.REPORTED}]->(f:${L.Financials})
WHERE f.year = t.year
WITH c.id AS cluster, o.kind AS kind, m.status AS status,
     CASE WHEN f.output IS NULL THEN 'unknown'
          WHEN f.output <= $microMax THEN 'micro'
          WHEN f.output <= $smallMax THEN 'small'
          WHEN f.output <= $mediumMax THEN 'medium'
          ELSE 'large' END AS size
RETURN cluster, kind, status, size, count(*) AS n
ORDER BY cluster, kind, status, size`;

/** Joint projects of each cluster by status. */
export const projectsByStatus = `UNWIND $clusters AS x
MATCH (j:${L.Project})-[:${R.PROJECT_OF}]->(c:${L.Cluster} {id: x})
RETURN c.id AS cluster, j.status AS status, count(j) AS n
ORDER BY cluster, status`;

/**
 * Partners of one cluster: organizations outside it that supply its participants or buy from them in
 * the year, per country — how many, and the value traded both ways. Per cluster with $cluster, not for
 * all at once: Kùzu seeks the cluster by its key only for a parameter (UNWIND rows made it 20× slower).
 * The partner's membership is tested with NOT EXISTS, never by closing the pattern on the cluster
 * (engine-notes.md); the per-partner sum is materialised with UNWIND before it is summed again.
 */
export const partnersByCountry = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
MATCH (o)-[s:${R.SUPPLIES}]-(x:${L.Org})
WHERE s.year = $year AND NOT EXISTS { MATCH (x)-[:${R.MEMBER_OF}]->(c) }
WITH x.country AS country, x.id AS partner, sum(s.value) AS traded
UNWIND [traded] AS partnerValue
WITH country, count(partner) AS orgs, sum(partnerValue) AS value
RETURN country, orgs, value
ORDER BY value DESC, country`;
