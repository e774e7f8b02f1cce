// DDL for both engines, generated from the model so the two can never drift apart.
import { nodeTables, relTables, type PropType } from './model.js';

const kuzuType: Record<PropType, string> = {
  STRING: 'STRING', DOUBLE: 'DOUBLE', INT64: 'INT64', BOOLEAN: 'BOOLEAN', 'STRING[]': 'STRING[]',
};

export function kuzuDdl(): string[] {
  const nodes = nodeTables.map((t) => {
    const cols = Object.entries(t.props).map(([name, type]) => `${name} ${kuzuType[type]}`);
    return `CREATE NODE TABLE IF NOT EXISTS ${t.label}(${cols.join(', ')}, PRIMARY KEY(id))`;
  });
  const rels = relTables.map((t) => {
    const cols = Object.entries(t.props).map(([name, type]) => `, ${name} ${kuzuType[type]}`);
    return `CREATE REL TABLE IF NOT EXISTS ${t.type}(FROM ${t.from} TO ${t.to}${cols.join('')})`;
  });
  // A database made by an older version has the tables but not the properties added since (Region's
  // atlas rating, say): CREATE … IF NOT EXISTS leaves such a table as it is, so every property is
  // added when missing. On a current database each statement only reports that it exists.
  const upgrades = [...nodeTables.map((t) => ({ table: t.label, props: t.props })), ...relTables.map((t) => ({ table: t.type, props: t.props }))]
    .flatMap(({ table, props }) => Object.entries(props).filter(([name]) => name !== 'id')
      .map(([name, type]) => `ALTER TABLE ${table} ADD IF NOT EXISTS ${name} ${kuzuType[type]}`));
  return [...nodes, ...rels, ...upgrades];
}

export function neo4jDdl(): string[] {
  const unique = nodeTables.map(
    (t) => `CREATE CONSTRAINT ${t.label.toLowerCase()}_id IF NOT EXISTS FOR (n:${t.label}) REQUIRE n.id IS UNIQUE`,
  );
  const indexes = nodeTables.flatMap((t) =>
    (t.indexed ?? []).map(
      (p) => `CREATE INDEX ${t.label.toLowerCase()}_${p.toLowerCase()} IF NOT EXISTS FOR (n:${t.label}) ON (n.${p})`,
    ),
  );
  const relKeys = relTables
    .filter((t) => 'key' in t.props)
    .map((t) => `CREATE INDEX ${t.type.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${t.type}]-() ON (r.key)`);
  return [...unique, ...indexes, ...relKeys];
}
