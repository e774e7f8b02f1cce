// What the questionnaire importer reads from the graph before it builds a document: every organization
// (to merge by INN and match by name), every product (to match by name) and the cluster's survey waves.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

/** Every organization, participants of the cluster marked; names are matched in TypeScript (names.ts). */
export const knownOrgs = `MATCH (o:${L.Org})
RETURN o.id AS id, o.name AS name, o.inn AS inn, o.country AS country, o.kind AS kind, o.region AS region,
       o.priorityTerritory AS priorityTerritory,
       COUNT { MATCH (o)-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster}) } AS participant
ORDER BY id`;

export const knownProducts = `MATCH (p:${L.Product})
RETURN p.id AS id, p.name AS name, p.okpd2 AS okpd2, p.unit AS unit
ORDER BY id`;

/** The wave each organization is already surveyed in for the cluster: a received form keeps it. */
export const surveyWaves = `MATCH (o:${L.Org})-[v:${R.SURVEYED}]->(:${L.Cluster} {id: $cluster})
RETURN o.id AS org, v.wave AS wave`;
