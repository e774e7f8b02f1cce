// Years of a cluster: every reporting year in which a participant reports financials or takes part in a supply.
import { Label as L, Rel as R } from '../../graph-schema/index.js';

/** The years with data for the cluster's participants (the same data resolveYear looks at). */
export const dataYears = `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
MATCH (o)-[:${R.REPORTED}]->(f:${L.Financials})
WHERE f.year IS NOT NULL
RETURN DISTINCT f.year AS year
UNION
MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(:${L.Cluster} {id: $cluster})
MATCH (o)-[s:${R.SUPPLIES}]-(:${L.Org})
WHERE s.year IS NOT NULL
RETURN DISTINCT s.year AS year`;
