// Chain gaps: unmet needs (investment niches), empty stages, single-source inputs, critical participants.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

const needCover = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster}), (o)-[n:${R.NEEDS}]->(p:${L.Product})
WHERE n.year = $year
OPTIONAL MATCH (q:${L.Org})-[s:${R.SUPPLIES}]->(o)
WHERE s.year = $year AND s.product = p.id AND EXISTS { MATCH (q)-[:${R.MEMBER_OF}]->(c) }
WITH o, p, n.value AS need, n.importShare AS importShare, coalesce(sum(s.value), 0.0) AS supplied
// UNWIND materializes the per-need figure: Kùzu rejects aggregating an earlier aggregate (engine-notes.md)
UNWIND [CASE WHEN supplied < need THEN supplied ELSE need END] AS covered`;

/** Per participant and product: the need, the part other participants cover, the rest. */
export const needsByCustomer = `${needCover}
RETURN p.id AS product, o.id AS id, o.name AS name, need, covered, need - covered AS unmet, importShare
ORDER BY product, unmet DESC, id`;

/** Per product: summed need, cover and unmet, import share weighted by need; only products with unmet need. */
export const unmetByProduct = `${needCover}
WITH p, sum(need) AS totalNeed, sum(covered) AS totalCovered, sum(need - covered) AS totalUnmet,
     sum(CASE WHEN importShare IS NULL THEN 0.0 ELSE importShare * need END) AS importWeighted,
     sum(CASE WHEN importShare IS NULL THEN 0.0 ELSE need END) AS needWithShare
WHERE totalUnmet > 0
RETURN p.id AS product, p.name AS productName, totalNeed AS need, totalCovered AS covered, totalUnmet AS unmet,
       CASE WHEN needWithShare = 0 THEN NULL ELSE importWeighted / needWithShare END AS importShare
ORDER BY unmet DESC, product`;

/** The countries participants import each product from. */
export const importCountries = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster}), (o)-[n:${R.NEEDS}]->(p:${L.Product})
WHERE n.year = $year AND n.importCountries IS NOT NULL
UNWIND n.importCountries AS country
RETURN p.id AS product, collect(DISTINCT country) AS countries`;

/** Stages at which no participant is placed. */
export const emptyStages = `MATCH (c:${L.Cluster} {id: $cluster})-[:${R.HAS_STAGE}]->(s:${L.Stage})
WHERE NOT EXISTS { MATCH (:${L.Org})-[m:${R.MEMBER_OF}]->(c) WHERE m.stage = s.localId }
RETURN s.localId AS id, s.name AS name, s.position AS position
ORDER BY position, id`;

/** A participant receiving a product from exactly one other participant. */
// count(s) counts suppliers: one supply per supplier, customer, product and year (its key). Kùzu
// mis-answers DISTINCT aggregates beside other aggregates (engine-notes.md), so none are used here.
export const singleSource = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
MATCH (q:${L.Org})-[s:${R.SUPPLIES}]->(o)
WHERE s.year = $year AND s.product IS NOT NULL AND EXISTS { MATCH (q)-[:${R.MEMBER_OF}]->(c) }
MATCH (p:${L.Product} {id: s.product})
WITH o.id AS customer, o.name AS customerName, p.id AS product, p.name AS productName,
     count(s) AS suppliers, min(q.id) AS supplier, min(q.name) AS supplierName, sum(s.value) AS value
WHERE suppliers = 1
RETURN customer, customerName, product, productName, supplier, supplierName, value
ORDER BY customer, product`;

/**
 * Exit of each participant: the cluster level and threshold without it. Cluster totals come in as
 * parameters from the dependency answer, so both use one definition of the sums.
 */
export const levelAfterExit = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
OPTIONAL MATCH (o)-[:${R.REPORTED}]->(f:${L.Financials} {year: $year})
WITH c, o, f.purchases AS purchases
OPTIONAL MATCH (o)-[so:${R.SUPPLIES}]->(buyer:${L.Org})
WHERE so.year = $year AND EXISTS { MATCH (buyer)-[:${R.MEMBER_OF}]->(c) }
WITH c, o, purchases, coalesce(sum(so.value), 0.0) AS outValue
OPTIONAL MATCH (seller:${L.Org})-[si:${R.SUPPLIES}]->(o)
WHERE si.year = $year AND EXISTS { MATCH (seller)-[:${R.MEMBER_OF}]->(c) }
WITH o, purchases, outValue, coalesce(sum(si.value), 0.0) AS inValue
WITH o, $internalFlows - inValue - outValue AS flowsAfter, $totalPurchases - purchases AS purchasesAfter,
     ($priorityParticipants - CASE WHEN o.priorityTerritory = true THEN 1 ELSE 0 END) * 1.0 / ($participants - 1) AS priorityAfter
WHERE $participants > 1 AND purchasesAfter > 0
WITH o, flowsAfter / purchasesAfter AS levelAfter,
     CASE WHEN priorityAfter >= $priorityShareMin - $tolerance THEN $clusterMinPriority ELSE $clusterMin END AS thresholdAfter
WHERE levelAfter < thresholdAfter - $tolerance
RETURN o.id AS id, o.name AS name, levelAfter, thresholdAfter
ORDER BY id`;

/** Participants with their stage, and which are final producers. */
export const stagedParticipants = `MATCH (o:${L.Org})-[m:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
OPTIONAL MATCH (c)-[:${R.HAS_STAGE}]->(s:${L.Stage})
WHERE s.localId = m.stage
RETURN o.id AS id, o.name AS name, m.stage AS stage, s.name AS stageName, m.finalProducer AS finalProducer
ORDER BY id`;

/**
 * The cluster's supply graph in the year: who supplies whom among participants. Stage cuts need
 * reachability with one participant taken out, for every participant — a dominator computation
 * (dominators.ts) no portable Cypher expresses at acceptable cost, so it runs over these edges.
 */
export const internalEdges = `MATCH (a:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
MATCH (a)-[s:${R.SUPPLIES}]->(b:${L.Org})
WHERE s.year = $year AND EXISTS { MATCH (b)-[:${R.MEMBER_OF}]->(c) }
RETURN DISTINCT a.id AS source, b.id AS target
ORDER BY source, target`;
