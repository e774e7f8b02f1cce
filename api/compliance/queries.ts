// Compliance: what the requirement editions count about a cluster's participants and projects.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

/** Who the participants are: kinds, roles, potential participants, projects, declared flags. */
export const composition = `MATCH (c:${L.Cluster} {id: $cluster})
OPTIONAL MATCH (o:${L.Org})-[m:${R.MEMBER_OF}]->(c)
WITH c, count(o) AS participants,
     sum(CASE WHEN o.kind = 'enterprise' THEN 1 ELSE 0 END) AS industrialEnterprises,
     sum(CASE WHEN m.finalProducer = true THEN 1 ELSE 0 END) AS finalProducers,
     sum(CASE WHEN m.sopkGovernance = true THEN 1 ELSE 0 END) AS inGovernance,
     sum(CASE WHEN o.kind = 'education' THEN 1 ELSE 0 END) AS educationInstitutions,
     sum(CASE WHEN o.kind = 'infrastructure' THEN 1 ELSE 0 END) AS infrastructureObjects,
     sum(CASE WHEN o.kind = 'research' THEN 1 ELSE 0 END) AS researchOrganizations,
     sum(CASE WHEN m.status = 'potential' THEN 1 ELSE 0 END) AS potential,
     sum(CASE WHEN m.status = 'potential' AND m.agreement = true THEN 1 ELSE 0 END) AS potentialWithAgreement
RETURN participants, industrialEnterprises, finalProducers, inGovernance, educationInstitutions, infrastructureObjects,
       researchOrganizations, potential, potentialWithAgreement,
       CASE WHEN participants = 0 THEN NULL ELSE inGovernance * 1.0 / participants END AS governanceShare,
       c.developmentProgramme AS developmentProgramme, c.scientificInfrastructure AS scientificInfrastructure,
       COUNT { MATCH (j:${L.Project})-[:${R.PROJECT_OF}]->(c) } AS projects`;

/** Potential participants, in id order, with whether they signed the agreement. */
export const potentialParticipants = `MATCH (o:${L.Org})-[m:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
WHERE m.status = 'potential'
RETURN o.id AS id, o.name AS name, m.agreement AS agreement
ORDER BY id`;

/** Participants with no supply to or from another participant in the year. */
export const withoutCooperation = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster} {id: $cluster})
WHERE NOT EXISTS { MATCH (o)-[s:${R.SUPPLIES}]-(q:${L.Org})-[:${R.MEMBER_OF}]->(c) WHERE s.year = $year }
RETURN o.id AS id, o.name AS name
ORDER BY id`;
