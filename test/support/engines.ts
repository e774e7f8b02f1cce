// The engines a suite runs on: Kùzu (in memory) always, Neo4j when NEO4J_URI is set.
import { KuzuEngine, Neo4jEngine, type Engine } from '../../api/engine/index.js';

export interface EngineCase { name: 'kuzu' | 'neo4j'; make: () => Promise<Engine> }

const neo4jUri = process.env.NEO4J_URI;

export const engineCases: EngineCase[] = [
  {
    name: 'kuzu',
    make: async () => { const e = new KuzuEngine(':memory:'); await e.ensureSchema(); return e; },
  },
  ...(neo4jUri
    ? [{
        name: 'neo4j' as const,
        make: async () => {
          const e = new Neo4jEngine({ uri: neo4jUri, username: process.env.NEO4J_USERNAME, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
          await e.ensureSchema();
          // The Neo4j test database is wiped before each suite: never point NEO4J_URI at real data when testing.
          await e.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
          return e;
        },
      }]
    : []),
];

let told = false;
if (!neo4jUri && !told && process.env.VITEST_WORKER_ID === '1') {
  told = true;
  console.info('[engines] Neo4j suites skipped: NEO4J_URI is not set (see README, "Running on Neo4j")');
}
