// Chooses the engine from the environment: GRAPH_ENGINE, else neo4j when NEO4J_URI is set, else kuzu.
import { KuzuEngine } from './kuzu.js';
import { Neo4jEngine } from './neo4j.js';
import type { Engine } from './types.js';

export * from './types.js';
export { KuzuEngine, Neo4jEngine };

export function engineFromEnv(env: NodeJS.ProcessEnv = process.env): Engine {
  const choice = env.GRAPH_ENGINE ?? (env.NEO4J_URI ? 'neo4j' : 'kuzu');
  if (choice === 'kuzu') return new KuzuEngine(env.KUZU_PATH ?? './data/graph.kuzu');
  if (choice === 'neo4j') {
    if (!env.NEO4J_URI) throw new Error('GRAPH_ENGINE=neo4j needs NEO4J_URI (e.g. bolt://localhost:7687)');
    return new Neo4jEngine({
      uri: env.NEO4J_URI, username: env.NEO4J_USERNAME, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE,
    });
  }
  throw new Error(`GRAPH_ENGINE must be "kuzu" or "neo4j", not "${choice}"`);
}
