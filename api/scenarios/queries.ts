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
