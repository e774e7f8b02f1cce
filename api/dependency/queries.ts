// Functional dependency (Decree 779): each participant's shares of intra-cluster purchases and sales,
// and the cluster's level. Thresholds come in as parameters (see rules.ts).
// Speed (issue 5): the participants' ids are read first and passed as a list; the other end's
// membership is tested with `id IN $buyers` / `$sellers` instead of EXISTS, which Kùzu plans as a join
// over every supply of the year (participantLevels 26 → 16 ms, clusterLevel 17 → 11 ms at region
// scale). Never close a pattern back on the cluster: Kùzu collapses parallel supplies there
// (engine-notes.md). A participant's financials for a year have the id "<org>/<year>"
// (loaders/import.ts): matching the key beside REPORTED is faster than filtering on the year.
// Kùzu 0.11.3 crashes the process (segfault) when one list parameter is used in two places of a
// query: the same ids therefore come as $participants, $buyers and $sellers, one name per use.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

/** The cluster's participants: later queries walk from these ids instead of joining whole tables. */
export const participantIds = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
RETURN o.id AS id
ORDER BY id`;

/**
 * The latest year in which a participant reports financials or takes part in a supply. The second
 * part looks the cluster up afresh by key (one OPTIONAL MATCH, nothing closed back on a bound node):
 * as fast as walking from $participants, and resolveYear needs no list of ids first.
 */
export const latestYear = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
OPTIONAL MATCH (o)-[:${R.REPORTED}]->(f:${L.Financials})
WITH max(f.year) AS financialsYear
OPTIONAL MATCH (a:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster}), (a)-[s:${R.SUPPLIES}]-(:${L.Org})
RETURN financialsYear, max(s.year) AS supplyYear`;

/** Per participant: intra-cluster in/out flows, shares, level, pass, exemption and the smallest fix. */
export const participantLevels = `MATCH (o:${L.Org})-[m:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
OPTIONAL MATCH (o)-[:${R.REPORTED}]->(f:${L.Financials} {id: o.id + $financialsSuffix})
WITH c, o, m, f.output AS output, f.purchases AS purchases
OPTIONAL MATCH (o)-[so:${R.SUPPLIES}]->(buyer:${L.Org})
WHERE so.year = $year AND buyer.id IN $buyers
WITH c, o, m, output, purchases, coalesce(sum(so.value), 0.0) AS outValue
OPTIONAL MATCH (seller:${L.Org})-[si:${R.SUPPLIES}]->(o)
WHERE si.year = $year AND seller.id IN $sellers
WITH o, m, output, purchases, outValue, coalesce(sum(si.value), 0.0) AS inValue
// Kùzu 0.11.3 fails a COUNT { } subquery under UNWIND ("Cannot evaluate expression with type
// PROPERTY"): potential participants with an agreement before this one are counted by a match on
// the cluster looked up afresh by key (not closed back on a bound node).
OPTIONAL MATCH (x:${L.Org})-[mx:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
WHERE mx.status = 'potential' AND mx.agreement = true AND x.id < o.id
WITH o, m, output, purchases, outValue, inValue, count(x) AS agreementsBefore
WITH o, m, output, purchases, outValue, inValue, agreementsBefore,
     CASE WHEN purchases IS NULL OR purchases = 0 THEN NULL ELSE inValue / purchases END AS inShare,
     CASE WHEN output IS NULL OR output = 0 THEN NULL ELSE outValue / output END AS outShare
WITH o, m, output, purchases, outValue, inValue, inShare, outShare, agreementsBefore,
     CASE WHEN inShare IS NULL THEN outShare
          WHEN outShare IS NULL THEN inShare
          WHEN inShare >= outShare THEN inShare ELSE outShare END AS level
WITH o, m, output, purchases, outValue, inValue, inShare, outShare, agreementsBefore, level,
     CASE WHEN level IS NULL THEN NULL
          WHEN level >= $participantMin - $tolerance THEN true
          WHEN inShare IS NULL OR outShare IS NULL THEN NULL
          ELSE false END AS pass,
     CASE WHEN o.kind <> 'enterprise' THEN 'non-industrial'
          WHEN m.status = 'potential' AND m.agreement = true AND agreementsBefore < $maxAgreements THEN 'potential-with-agreement'
          ELSE NULL END AS exemptReason,
     CASE WHEN purchases IS NULL OR purchases = 0 THEN NULL ELSE $participantMin * purchases - inValue END AS morePurchases,
     CASE WHEN output IS NULL OR output = 0 THEN NULL ELSE $participantMin * output - outValue END AS moreSales
RETURN o.id AS id, o.name AS name, o.kind AS kind, m.status AS status, m.stage AS stage,
       o.priorityTerritory AS priorityTerritory, m.agreement AS agreement, output, purchases,
       inValue, outValue, inShare, outShare, level, pass, exemptReason,
       (m.status = 'potential' AND m.agreement = true AND o.kind = 'enterprise' AND agreementsBefore >= $maxAgreements) AS overAgreementLimit,
       // A known level below 5% gets a fix, over the routes whose base figure is known.
       CASE WHEN level < $participantMin - $tolerance THEN
         CASE WHEN moreSales IS NULL OR (morePurchases IS NOT NULL AND morePurchases <= moreSales) THEN 'purchases' ELSE 'sales' END
       ELSE NULL END AS fixVia,
       CASE WHEN level < $participantMin - $tolerance THEN
         CASE WHEN moreSales IS NULL OR (morePurchases IS NOT NULL AND morePurchases <= moreSales) THEN morePurchases ELSE moreSales END
       ELSE NULL END AS fixValue
ORDER BY id`;

/** The cluster: flows between participants over their purchases (and output); the threshold — walking
 * from the participant ids (Kùzu would otherwise join whole tables over the graph). */
export const clusterLevelOf = `UNWIND $participants AS pid
MATCH (o:${L.Org} {id: pid})
OPTIONAL MATCH (o)-[:${R.REPORTED}]->(f:${L.Financials} {id: pid + $financialsSuffix})
WITH count(o) AS participants,
     sum(CASE WHEN o.priorityTerritory = true THEN 1 ELSE 0 END) AS priorityParticipants,
     sum(CASE WHEN o IS NOT NULL AND f.purchases IS NULL THEN 1 ELSE 0 END) AS withoutPurchases,
     sum(CASE WHEN o IS NOT NULL AND f.output IS NULL THEN 1 ELSE 0 END) AS withoutOutput,
     coalesce(sum(f.purchases), 0.0) AS totalPurchases, coalesce(sum(f.output), 0.0) AS totalOutput
UNWIND $sellers AS aid
MATCH (a:${L.Org} {id: aid})
OPTIONAL MATCH (a)-[s:${R.SUPPLIES}]->(b:${L.Org})
WHERE s.year = $year AND b.id IN $buyers
WITH participants, priorityParticipants, withoutPurchases, withoutOutput, totalPurchases, totalOutput,
     coalesce(sum(s.value), 0.0) AS internalFlows
WITH participants, priorityParticipants, withoutPurchases, withoutOutput, totalPurchases, totalOutput, internalFlows,
     CASE WHEN participants = 0 THEN NULL ELSE priorityParticipants * 1.0 / participants END AS priorityShare,
     CASE WHEN participants = 0 OR withoutPurchases > 0 OR totalPurchases = 0 THEN NULL ELSE internalFlows / totalPurchases END AS level,
     CASE WHEN participants = 0 OR withoutOutput > 0 OR totalOutput = 0 THEN NULL ELSE internalFlows / totalOutput END AS levelByOutput
WITH participants, priorityParticipants, withoutPurchases, withoutOutput, totalPurchases, totalOutput, internalFlows,
     priorityShare, level, levelByOutput,
     CASE WHEN priorityShare IS NOT NULL AND priorityShare >= $priorityShareMin - $tolerance THEN $clusterMinPriority ELSE $clusterMin END AS threshold
RETURN participants, priorityParticipants, withoutPurchases, withoutOutput, totalPurchases, totalOutput, internalFlows,
       priorityShare, level, levelByOutput, threshold,
       CASE WHEN level IS NULL THEN NULL ELSE level >= threshold - $tolerance END AS pass`;
