// Parameter checks shared by both adapters.
import { QueryError, type Params } from './types.js';

/** `$name` references in a query, skipping string literals and comments. */
export function referencedParams(query: string): Set<string> {
  const stripped = query
    .replace(/\/\/[^\n]*/g, '')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return new Set([...stripped.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
}

/**
 * Keeps the parameters the query references and fails when one is missing: Kùzu silently
 * answers no rows for an unbound parameter (cypher-portability.md), Neo4j errors — we always error.
 */
export function bindParams(query: string, params: Params = {}): Params {
  const bound: Params = {};
  const missing: string[] = [];
  for (const name of referencedParams(query)) {
    if (params[name] === undefined) missing.push(name);
    else bound[name] = params[name];
  }
  if (missing.length) throw new QueryError(`missing query parameter${missing.length > 1 ? 's' : ''}: ${missing.map((m) => '$' + m).join(', ')}`, query);
  return bound;
}
