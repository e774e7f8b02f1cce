// Chain gaps: unmet needs (investment niches), empty stages, single-source inputs, critical participants.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

// Speed (issue 5): elsewhere the other end's membership is tested against $participants (the ids
// of the dependency answer) rather than with EXISTS, which Kùzu plans as a join over every supply of
// the year. Not in needCover: Kùzu 0.11.3 drops matches of an OPTIONAL MATCH whose WHERE compares with
// an earlier variable (`s.product = p.id`): of two suppliers of the product only one came back, and
// `q.id IN $participants` then lost the participant's cover. EXISTS there answers right (the gaps
// property test has the case).
const needCover = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster}), (o)-[n:${R.NEEDS}]->(p:${L.Product})
WHERE n.year = $year
OPTIONAL MATCH (q:${L.Org})-[s:${R.SUPPLIES}]->(o)
WHERE s.year = $year AND s.product = p.id AND EXISTS { MATCH (q)-[:${R.MEMBER_OF}]->(c) }
WITH o, p, n.value AS need, n.importShare AS importShare, coalesce(sum(s.value), 0.0) AS supplied
// UNWIND materializes the per-need figure: Kùzu rejects aggregating an earlier aggregate (engine-notes.md)
UNWIND [CASE WHEN supplied < need THEN supplied ELSE need END] AS covered`;

const productTotals = `sum(need) AS totalNeed, sum(covered) AS totalCovered, sum(need - covered) AS totalUnmet,
     sum(CASE WHEN importShare IS NULL THEN 0.0 ELSE importShare * need END) AS importWeighted,
     sum(CASE WHEN importShare IS NULL THEN 0.0 ELSE need END) AS needWithShare
WHERE totalUnmet > 0
RETURN p.id AS product, p.name AS productName, totalNeed AS need, totalCovered AS covered, totalUnmet AS unmet,
       CASE WHEN needWithShare = 0 THEN NULL ELSE importWeighted / needWithShare END AS importShare`;

/**
 * Per product with unmet need: summed need, cover and unmet, import share weighted by need, and
 * each customer's need, cover and rest — one pass over the needs instead of two (what gaps() runs).
 */
export const unmetNeeds = `${needCover}
WITH p, collect({id: o.id, name: o.name, need: need, covered: covered, unmet: need - covered, importShare: importShare}) AS customers,
     ${productTotals}, customers
ORDER BY unmet DESC, product`;

/**
 * Per product: summed need, cover and unmet, import share weighted by need; only products with unmet
 * need. Anchored on the cluster alone, for callers without the participant ids (history, sourcing).
 */
export const unmetByProduct = `${needCover}
WITH p, ${productTotals}
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
WHERE s.year = $year AND s.product IS NOT NULL AND q.id IN $participants
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
WHERE so.year = $year AND buyer.id IN $buyers
WITH c, o, purchases, coalesce(sum(so.value), 0.0) AS outValue
OPTIONAL MATCH (seller:${L.Org})-[si:${R.SUPPLIES}]->(o)
WHERE si.year = $year AND seller.id IN $sellers
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
WHERE s.year = $year AND b.id IN $participants
RETURN DISTINCT a.id AS source, b.id AS target
ORDER BY source, target`;
