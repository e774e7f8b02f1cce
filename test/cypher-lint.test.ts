// Every query text the app can run must pass Neo4j's own Cypher parser and semantic checks
// (cypher-portability.md): a Kùzu-only construct cannot slip in unnoticed.
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { neo4jDdl, nodeTables, relTables } from '../graph-schema/index.js';
import { clearRegions, lookups, upsertNodeQuery, upsertRelQuery } from '../loaders/writes.js';
import * as chain from '../api/chain/queries.js';
import * as compliance from '../api/compliance/queries.js';
import * as dependency from '../api/dependency/queries.js';
import * as gaps from '../api/gaps/queries.js';
import * as registry from '../api/registry/queries.js';
import * as scenarios from '../api/scenarios/queries.js';
import * as sourcing from '../api/sourcing/queries.js';
import * as intercluster from '../api/intercluster/queries.js';
import * as history from '../api/history/queries.js';
import * as compare from '../api/compare/queries.js';
import * as regions from '../api/regions/queries.js';
import { clearRatings } from '../loaders/region-rating.js';
import * as survey from '../api/survey/queries.js';
import * as datasetExport from '../api/export/queries.js';
import * as questionnaires from '../api/questionnaires/queries.js';
import * as questionnaireLookups from '../loaders/spreadsheet/lookups.js';
import { existingNodesQuery, existingRelsQuery } from '../loaders/bulk.js';
import { bulkCreateQuery } from '../api/engine/neo4j.js';
// The bulk path's lookups (both engines) and its Neo4j statements (issue 5).
const bulk = Object.fromEntries([
  ...nodeTables.flatMap((t) => [[`exists ${t.label}`, existingNodesQuery(t.label)], [`create ${t.label}`, bulkCreateQuery(t.label)]]),
  ...relTables.flatMap((t) => [[`exists ${t.type}`, existingRelsQuery(t.type, 'key' in t.props)], [`create ${t.type}`, bulkCreateQuery(t.type)]]),
]);

const modules = { chain, compliance, dependency, gaps, registry, scenarios, sourcing, intercluster, history, survey, datasetExport, lookups: { ...lookups, clearRegions }, compare, regions, rating: { clearRatings }, questionnaires, questionnaireLookups, bulk };

const queries: [string, string][] = [
  ...Object.entries(modules).flatMap(([mod, exports]) =>
    Object.entries(exports).filter(([, v]) => typeof v === 'string').map(([name, q]) => [`${mod}.${name}`, q as string] as [string, string])),
  ...nodeTables.map((t) => [`upsert ${t.label}`, upsertNodeQuery(t.label, Object.keys(t.props))] as [string, string]),
  ...relTables.map((t) => [`upsert ${t.type}`, upsertRelQuery(t.type, Object.keys(t.props), 'key' in t.props)] as [string, string]),
  ...neo4jDdl().map((q, i) => [`ddl ${i}`, q] as [string, string]),
];

describe('every query passes the Neo4j 5 Cypher linter', () => {
  it('finds the queries to check', () => { expect(queries.length).toBeGreaterThan(40); });
  it('rejects Kùzu-only constructs (the check can fail)', () => {
    for (const kuzuOnly of ['MATCH (n:Org) RETURN CAST(n.v AS DOUBLE) AS d', 'MATCH (a:Org)-[:SUPPLIES* SHORTEST 1..3]->(b:Org) RETURN b.id AS id']) {
      expect(lintCypherQuery(kuzuOnly, {}).diagnostics.filter((d) => d.severity === 1).length).toBeGreaterThan(0);
    }
  });
  it.each(queries)('%s', (_name, query) => {
    const { diagnostics } = lintCypherQuery(query, {});
    const problems = diagnostics.filter((d) => d.severity === 1 && isNotParamError({ message: String(d.message) })).map((d) => d.message);
    expect(problems).toEqual([]);
  });
});
