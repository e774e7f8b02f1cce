// Registry: the list of clusters with filters, and one cluster's profile.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

const filter = `MATCH (c:${L.Cluster})
WHERE ($q = '' OR c.nameLower CONTAINS $q)
  AND ($specialization = '' OR c.specialization = $specialization)
  AND ($region = '' OR EXISTS { MATCH (c)-[:${R.IN_REGION}]->(g:${L.Region}) WHERE g.id = $region })`;

/** How many clusters match the filters. */
export const countClusters = `${filter}
RETURN count(c) AS total`;

/** One page of matching clusters, in registry order (registry number, then name). */
export const listClusters = `${filter}
WITH c ORDER BY coalesce(c.registryNo, 1000000), c.name, c.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (c)-[:${R.IN_REGION}]->(g:${L.Region})
WITH c, collect(g.name) AS regions
RETURN c.id AS id, c.name AS name, regions, c.specialization AS specialization, c.registryNo AS registryNo,
       c.declaredParticipants AS declaredParticipants,
       COUNT { MATCH (:${L.Org})-[:${R.MEMBER_OF}]->(c) } AS participants
ORDER BY coalesce(registryNo, 1000000), name, id`;

/** The distinct regions and specializations, for the registry's filters. */
export const facets = `MATCH (c:${L.Cluster})
OPTIONAL MATCH (c)-[:${R.IN_REGION}]->(g:${L.Region})
RETURN collect(DISTINCT g.name) AS regions, collect(DISTINCT c.specialization) AS specializations`;

/** A cluster's own properties and regions. */
export const clusterProfile = `MATCH (c:${L.Cluster} {id: $cluster})
OPTIONAL MATCH (c)-[:${R.IN_REGION}]->(g:${L.Region})
WITH c, collect(g.name) AS regions
RETURN c.id AS id, c.name AS name, regions, c.specialization AS specialization, c.registryNo AS registryNo,
       c.declaredParticipants AS declaredParticipants, c.developmentProgramme AS developmentProgramme,
       c.scientificInfrastructure AS scientificInfrastructure, c.source AS source`;

/** The stages of a cluster's chain, from raw inputs to the final product. */
export const clusterStages = `MATCH (:${L.Cluster} {id: $cluster})-[:${R.HAS_STAGE}]->(s:${L.Stage})
RETURN s.localId AS id, s.name AS name, s.position AS position
ORDER BY position, id`;

/** The participants (members and potential members) with their roles. */
export const clusterParticipants = `MATCH (o:${L.Org})-[m:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
RETURN o.id AS id, o.name AS name, o.inn AS inn, o.region AS region, o.country AS country, o.kind AS kind,
       o.priorityTerritory AS priorityTerritory, m.status AS status, m.stage AS stage,
       m.finalProducer AS finalProducer, m.sopkGovernance AS sopkGovernance, m.agreement AS agreement
ORDER BY id`;

/** Counts of the cluster's data: flows inside it, flows across its border, needs, products. */
export const clusterCounts = `MATCH (c:${L.Cluster} {id: $cluster})
RETURN COUNT { MATCH (a:${L.Org})-[:${R.SUPPLIES}]->(b:${L.Org}) WHERE EXISTS { MATCH (a)-[:${R.MEMBER_OF}]->(c) } AND EXISTS { MATCH (b)-[:${R.MEMBER_OF}]->(c) } } AS internalSupplies,
       COUNT { MATCH (a:${L.Org})-[:${R.SUPPLIES}]->(b:${L.Org}) WHERE EXISTS { MATCH (b)-[:${R.MEMBER_OF}]->(c) } AND NOT EXISTS { MATCH (a)-[:${R.MEMBER_OF}]->(c) } } AS incomingSupplies,
       COUNT { MATCH (o:${L.Org})-[:${R.NEEDS}]->(:${L.Product}) WHERE EXISTS { MATCH (o)-[:${R.MEMBER_OF}]->(c) } } AS needs,
       COUNT { MATCH (j:${L.Project})-[:${R.PROJECT_OF}]->(c) } AS projects`;

/** Whether a cluster exists (404 otherwise). */
export const clusterExists = `MATCH (c:${L.Cluster} {id: $cluster}) RETURN c.id AS id`;
