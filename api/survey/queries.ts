// The SOPK survey of a cluster: who was surveyed in which wave, who answered, and the wave II list —
// the organizations that received questionnaires name as suppliers or customers but that have not answered.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

/** The cluster's name, or no row when there is no such cluster. */
export const surveyCluster = `MATCH (c:${L.Cluster} {id: $cluster}) RETURN c.id AS id, c.name AS name`;

/** Every survey record of the cluster, wave by wave. */
export const surveyRecords = `MATCH (o:${L.Org})-[v:${R.SURVEYED}]->(:${L.Cluster} {id: $cluster})
RETURN o.id AS id, o.name AS name, o.inn AS inn, v.wave AS wave, v.sent AS sent, v.received AS received
ORDER BY wave, id`;

/** Per wave: how many organizations are surveyed and how many questionnaires came back. */
export const waveCounts = `MATCH (:${L.Org})-[v:${R.SURVEYED}]->(:${L.Cluster} {id: $cluster})
RETURN v.wave AS wave, count(v) AS total, sum(CASE WHEN v.received IS NULL THEN 0 ELSE 1 END) AS answered
ORDER BY wave`;

// A respondent is an organization whose questionnaire for this cluster has come back.
const respondents = `MATCH (c:${L.Cluster} {id: $cluster})
MATCH (r:${L.Org})-[v:${R.SURVEYED}]->(c)
WHERE v.received IS NOT NULL`;
const notAnswered = (x: string) => `NOT EXISTS { MATCH (${x})-[w:${R.SURVEYED}]->(c) WHERE w.received IS NOT NULL }`;

/**
 * The wave II list ranked: every organization trading with a respondent (either direction) that has
 * not answered itself, with the ₽ of those flows (all years) and whether it already has a wave II record.
 */
// An undirected pattern matches each supply once here: its other end never is a respondent.
export const waveTwoRanking = `${respondents}
MATCH (r)-[s:${R.SUPPLIES}]-(x:${L.Org})
WHERE ${notAnswered('x')}
WITH c, x, sum(s.value) AS total
RETURN x.id AS id, x.name AS name, x.inn AS inn, x.region AS region, x.country AS country, total,
       EXISTS { MATCH (x)-[w2:${R.SURVEYED}]->(c) WHERE w2.wave = 2 } AS surveyed
ORDER BY total DESC, id`;

/** Who named whom as a supplier: the respondent buys from the named organization. */
export const namedAsSupplier = `${respondents}
MATCH (x:${L.Org})-[s:${R.SUPPLIES}]->(r)
WHERE ${notAnswered('x')}
RETURN x.id AS named, r.id AS respondent, r.name AS respondentName, sum(s.value) AS value
ORDER BY named, respondent`;

/** Who named whom as a customer: the respondent sells to the named organization. */
export const namedAsCustomer = `${respondents}
MATCH (r)-[s:${R.SUPPLIES}]->(x:${L.Org})
WHERE ${notAnswered('x')}
RETURN x.id AS named, r.id AS respondent, r.name AS respondentName, sum(s.value) AS value
ORDER BY named, respondent`;
