// Regions: figures per subject of the Russian Federation, and the inter-cluster flows that cross a
// region's border. Region names are canonical (graph-schema/regions.ts), stored so by every import.
//
// Where things are: a cluster is in the regions its data names (IN_REGION); an organization is where
// its `region` says. Participants, flows and unmet need are counted by the organization's region, so
// a cluster spread over ten regions is not counted ten times and the regions add up to the country.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

/** The default year: the latest of any supply or financials in the graph (0 when there is none). */
export const latestYear = `OPTIONAL MATCH (:${L.Org})-[s:${R.SUPPLIES}]->(:${L.Org})
WITH max(s.year) AS supplyYear
OPTIONAL MATCH (f:${L.Financials})
RETURN supplyYear, max(f.year) AS financialsYear`;

/** Per region: its clusters, those from the registry (with a registry number), those with participants in the data. */
export const clustersByRegion = `MATCH (c:${L.Cluster})-[:${R.IN_REGION}]->(g:${L.Region})
WITH g.id AS region, c.registryNo AS registryNo, EXISTS { MATCH (:${L.Org})-[:${R.MEMBER_OF}]->(c) } AS withData
RETURN region, count(*) AS clusters,
       sum(CASE WHEN registryNo IS NULL THEN 0 ELSE 1 END) AS clustersInRegistry,
       sum(CASE WHEN withData THEN 1 ELSE 0 END) AS clustersWithData
ORDER BY region`;

/** Per region: organizations located there that take part in at least one cluster. */
export const participantsByRegion = `MATCH (o:${L.Org})
WHERE o.region IS NOT NULL AND EXISTS { MATCH (o)-[:${R.MEMBER_OF}]->(:${L.Cluster}) }
RETURN o.region AS region, count(o) AS participants
ORDER BY region`;

/**
 * Per region: intra-cluster flows of the year — supplies between two organizations that share a
 * cluster — counted at the supplier's region (where the goods are made), each supply once.
 */
export const flowsByRegion = `MATCH (a:${L.Org})-[s:${R.SUPPLIES}]->(b:${L.Org})
WHERE s.year = $year AND a.region IS NOT NULL
  AND EXISTS { MATCH (a)-[:${R.MEMBER_OF}]->(:${L.Cluster})<-[:${R.MEMBER_OF}]-(b) }
RETURN a.region AS region, sum(s.value) AS internalFlows
ORDER BY region`;

/**
 * Per region: unmet need of the participants located there. A need of the year is covered by the
 * supplies of that product to the participant from organizations sharing a cluster with it (any of
 * its clusters); unmet = need − min(covered, need), each need counted once.
 */
export const unmetByRegion = `MATCH (o:${L.Org})-[n:${R.NEEDS}]->(p:${L.Product})
WHERE n.year = $year AND o.region IS NOT NULL AND EXISTS { MATCH (o)-[:${R.MEMBER_OF}]->(:${L.Cluster}) }
OPTIONAL MATCH (q:${L.Org})-[s:${R.SUPPLIES}]->(o)
WHERE s.year = $year AND s.product = p.id AND EXISTS { MATCH (q)-[:${R.MEMBER_OF}]->(:${L.Cluster})<-[:${R.MEMBER_OF}]-(o) }
WITH o.region AS region, o.id AS org, p.id AS product, n.value AS need, coalesce(sum(s.value), 0.0) AS supplied
// materialised before it is summed again: Kùzu rejects aggregating an earlier aggregate (engine-notes.md)
UNWIND [CASE WHEN supplied < need THEN need - supplied ELSE 0.0 END] AS unmetPart
RETURN region, sum(unmetPart) AS unmet
ORDER BY region`;

/** The atlas rating of every rated region. */
export const ratings = `MATCH (g:${L.Region})
WHERE g.rank IS NOT NULL
RETURN g.id AS region, g.rank AS rank, g.s1 AS s1, g.s2 AS s2, g.s3 AS s3, g.s4 AS s4, g.s5 AS s5, g.total AS total
ORDER BY rank, region`;

/** The clusters of one region. */
export const clustersOfRegion = `MATCH (c:${L.Cluster})-[:${R.IN_REGION}]->(g:${L.Region} {id: $region})
RETURN c.id AS id, c.name AS name
ORDER BY id`;

/**
 * Inter-cluster flows leaving the region: in the year, a participant of a cluster in the region
 * supplies a participant of a cluster not in the region, and the two share no cluster (a supply
 * between participants of one cluster is cooperation inside it). Summed per cluster pair: a supply
 * between organizations in several clusters counts for each pair of their clusters.
 */
export const flowsOut = `MATCH (g:${L.Region} {id: $region})<-[:${R.IN_REGION}]-(c1:${L.Cluster})<-[:${R.MEMBER_OF}]-(a:${L.Org})
MATCH (a)-[s:${R.SUPPLIES}]->(b:${L.Org})-[:${R.MEMBER_OF}]->(c2:${L.Cluster})
WHERE s.year = $year AND NOT EXISTS { MATCH (c2)-[:${R.IN_REGION}]->(g) }
  AND NOT EXISTS { MATCH (a)-[:${R.MEMBER_OF}]->(:${L.Cluster})<-[:${R.MEMBER_OF}]-(b) }
RETURN c1.id AS fromCluster, c2.id AS toCluster, sum(s.value) AS value
ORDER BY fromCluster, toCluster`;

/** Inter-cluster flows entering the region: the mirror of flowsOut. */
export const flowsIn = `MATCH (g:${L.Region} {id: $region})<-[:${R.IN_REGION}]-(c2:${L.Cluster})<-[:${R.MEMBER_OF}]-(b:${L.Org})
MATCH (a:${L.Org})-[s:${R.SUPPLIES}]->(b)
MATCH (a)-[:${R.MEMBER_OF}]->(c1:${L.Cluster})
WHERE s.year = $year AND NOT EXISTS { MATCH (c1)-[:${R.IN_REGION}]->(g) }
  AND NOT EXISTS { MATCH (a)-[:${R.MEMBER_OF}]->(:${L.Cluster})<-[:${R.MEMBER_OF}]-(b) }
RETURN c1.id AS fromCluster, c2.id AS toCluster, sum(s.value) AS value
ORDER BY fromCluster, toCluster`;

/** Names and regions of clusters, for both ends of the cross-border flows. */
export const clusterNamesAndRegions = `UNWIND $clusters AS x
MATCH (c:${L.Cluster} {id: x})
OPTIONAL MATCH (c)-[:${R.IN_REGION}]->(g:${L.Region})
RETURN c.id AS id, c.name AS name, g.id AS region
ORDER BY id, region`;
