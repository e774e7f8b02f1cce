// Cross-cluster sourcing: for the cluster's investment niches, the domestic organizations outside the
// cluster that make or ship a matching product. The niches themselves are gaps' unmetByProduct.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

/**
 * Per niche product, the matching products: the same id, or OKPD2 codes of which one is a prefix of the
 * other, the shorter at least $minPrefix characters. Small: a few per niche product.
 */
export const matchingProducts = `UNWIND $products AS pid
MATCH (p:${L.Product} {id: pid})
MATCH (m:${L.Product})
WHERE m.id = p.id OR (p.okpd2 IS NOT NULL AND m.okpd2 IS NOT NULL AND (
      (size(trim(p.okpd2)) >= $minPrefix AND trim(m.okpd2) STARTS WITH trim(p.okpd2))
   OR (size(trim(m.okpd2)) >= $minPrefix AND trim(p.okpd2) STARTS WITH trim(m.okpd2))))
RETURN p.id AS product, p.okpd2 AS okpd2, m.id AS matchedId, m.name AS matchedName, m.okpd2 AS matchedOkpd2
ORDER BY product, matchedId`;

// Why the shippers and makers come per matching product as lists (one row each), not one row per
// organization: every row costs the Kùzu adapter a round trip to its worker thread (~8 µs), and a
// popular product has thousands of shippers.

/**
 * Per matching product ($ids): the domestic organizations outside $cluster that supply it to anyone in
 * $year, and the ₽ each supplies — ONE pass over the year's supplies, grouped by shipper and product.
 * (Matching each product against all supplies in turn scanned the supplies once per product.)
 * The shipper's sum is materialised with UNWIND before it is collected (Kùzu's nested aggregation).
 */
export const shippers = `MATCH (o:${L.Org})-[s:${R.SUPPLIES}]->(:${L.Org})
// "product IS NOT NULL" is no mere filter: without it Kùzu 0.11.3 matches nothing as soon as a supply
// without a product exists (seen with the year test beside it).
WHERE s.year = $year AND s.product IS NOT NULL AND s.product IN $ids
WITH s.product AS matchedId, o.id AS org, sum(s.value) AS shipped
MATCH (x:${L.Org} {id: org})
WHERE coalesce(x.country, 'RU') = 'RU' AND NOT EXISTS { MATCH (x)-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster}) }
UNWIND [shipped] AS shippedValue
RETURN matchedId, collect(org) AS orgs, collect(shippedValue) AS shipped
ORDER BY matchedId`;

/** Per matching product ($ids): the domestic organizations outside $cluster that make it. */
export const makers = `UNWIND $ids AS mid
MATCH (o:${L.Org})-[:${R.PRODUCES}]->(:${L.Product} {id: mid})
WHERE coalesce(o.country, 'RU') = 'RU' AND NOT EXISTS { MATCH (o)-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster}) }
RETURN mid AS matchedId, collect(o.id) AS orgs
ORDER BY matchedId`;

/**
 * The candidates ($orgs) with name, INN, region and the clusters they take part in (any status), as
 * one row of parallel lists. collect() skips nulls on Neo4j, so absent INN and region travel as ''.
 */
export const candidateOrgs = `UNWIND $orgs AS oid
MATCH (o:${L.Org} {id: oid})
OPTIONAL MATCH (o)-[:${R.MEMBER_OF}]->(c:${L.Cluster})
WITH o.id AS org, o.name AS name, coalesce(o.inn, '') AS inn, coalesce(o.region, '') AS region, collect(c.id) AS clusterIds
// Kùzu answers collect() of no rows with null, not [] (Neo4j); UNWIND materialises it before collecting again.
UNWIND [coalesce(clusterIds, [])] AS memberOf
RETURN collect(org) AS orgs, collect(name) AS names, collect(inn) AS inns, collect(region) AS regions, collect(memberOf) AS clusters`;

/** The cluster's regions as the data writes them. */
export const clusterRegions = `MATCH (c:${L.Cluster} {id: $cluster})-[:${R.IN_REGION}]->(g:${L.Region})
RETURN g.name AS region
ORDER BY region`;
