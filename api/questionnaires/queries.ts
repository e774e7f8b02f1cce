// Questionnaire prefill: what the graph already knows about one organization, written into its form.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

export const orgProfile = `MATCH (o:${L.Org} {id: $org})
RETURN o.id AS id, o.name AS name, o.inn AS inn, o.region AS region, o.kind AS kind, o.priorityTerritory AS priorityTerritory`;

export const orgFinancials = `MATCH (o:${L.Org} {id: $org})-[:${R.REPORTED}]->(f:${L.Financials})
RETURN f.year AS year, f.output AS output, f.purchases AS purchases
ORDER BY year`;

/** What it sells and to whom, every year. */
export const orgSales = `MATCH (o:${L.Org} {id: $org})-[s:${R.SUPPLIES}]->(b:${L.Org})
OPTIONAL MATCH (p:${L.Product} {id: s.product})
RETURN b.name AS counterpartyName, b.inn AS counterpartyInn, b.country AS country, p.name AS product, p.okpd2 AS okpd2,
       p.unit AS unit, s.value AS value, s.volume AS volume, s.year AS year
ORDER BY year, counterpartyName, product`;

/** What it buys and from whom, every year; `productId` ties a purchase to the need it covers. */
export const orgPurchases = `MATCH (a:${L.Org})-[s:${R.SUPPLIES}]->(o:${L.Org} {id: $org})
OPTIONAL MATCH (p:${L.Product} {id: s.product})
RETURN a.name AS counterpartyName, a.inn AS counterpartyInn, a.country AS country, s.product AS productId, p.name AS product,
       p.okpd2 AS okpd2, p.unit AS unit, s.value AS value, s.volume AS volume, s.year AS year
ORDER BY year, counterpartyName, product`;

/** Its yearly needs (all sources), with the import share and countries. */
export const orgNeeds = `MATCH (o:${L.Org} {id: $org})-[n:${R.NEEDS}]->(p:${L.Product})
RETURN p.id AS productId, p.name AS product, p.okpd2 AS okpd2, p.unit AS unit, n.value AS value, n.volume AS volume,
       n.year AS year, n.importShare AS importShare, n.importCountries AS importCountries
ORDER BY year, product`;

export const clusterName = `MATCH (c:${L.Cluster} {id: $cluster}) RETURN c.name AS name`;
