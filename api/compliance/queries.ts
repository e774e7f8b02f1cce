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

/**
 * Participants with no supply to or from another participant in the year. The supplies between
 * participants are listed once (membership by $participants, the dependency answer's ids) instead
 * of an EXISTS per participant, which Kùzu plans as a join over every supply of the year.
 * Kùzu answers collect() of no rows as null (engine-notes.md): then nobody cooperates.
 */
export const withoutCooperation = `MATCH (a:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
MATCH (a)-[s:${R.SUPPLIES}]->(b:${L.Org})
WHERE s.year = $year AND b.id IN $participants
WITH collect(a.id) + collect(b.id) AS linked
MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
WHERE linked IS NULL OR NOT o.id IN linked
RETURN o.id AS id, o.name AS name
ORDER BY id`;
