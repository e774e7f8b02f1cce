// The graph model: the one definition of labels, relationship types and properties.
// Both engines' DDL is generated from it (ddl.ts); queries only use what is declared here.

export type PropType = 'STRING' | 'DOUBLE' | 'INT64' | 'BOOLEAN' | 'STRING[]';

export interface NodeTable {
  label: string;
  props: Record<string, PropType>;
  /** Secondary properties worth an index on Neo4j (lookups by value). */
  indexed?: string[];
}
export interface RelTable {
  type: string;
  from: string;
  to: string;
  props: Record<string, PropType>;
}

export const Label = {
  Cluster: 'Cluster',
  Region: 'Region',
  Stage: 'Stage',
  Org: 'Org',
  Financials: 'Financials',
  Product: 'Product',
  Project: 'Project',
} as const;

export const Rel = {
  IN_REGION: 'IN_REGION',
  HAS_STAGE: 'HAS_STAGE',
  MEMBER_OF: 'MEMBER_OF',
  REPORTED: 'REPORTED',
  PRODUCES: 'PRODUCES',
  SUPPLIES: 'SUPPLIES',
  NEEDS: 'NEEDS',
  PROJECT_OF: 'PROJECT_OF',
  TAKES_PART: 'TAKES_PART',
  PROJECT_PRODUCT: 'PROJECT_PRODUCT',
  SURVEYED: 'SURVEYED',
} as const;

/** Every node has a string `id` primary key (cypher-portability.md: never engine ids). */
export const nodeTables: NodeTable[] = [
  {
    label: Label.Cluster,
    props: {
      id: 'STRING', name: 'STRING', nameLower: 'STRING', specialization: 'STRING', registryNo: 'INT64',
      declaredParticipants: 'INT64', developmentProgramme: 'BOOLEAN', scientificInfrastructure: 'BOOLEAN',
      source: 'STRING',
    },
    indexed: ['nameLower'],
  },
  // id = name = the canonical subject name (regions.ts); rank, s1..s5, total: the 2025 atlas regional
  // rating (sub-indices and total as fractions), absent for regions the atlas does not rate.
  {
    label: Label.Region,
    props: { id: 'STRING', name: 'STRING', rank: 'INT64', s1: 'DOUBLE', s2: 'DOUBLE', s3: 'DOUBLE', s4: 'DOUBLE', s5: 'DOUBLE', total: 'DOUBLE' },
  },
  // Stage ids are "<cluster>/<stage>": stage ids in a dataset are local to their cluster.
  { label: Label.Stage, props: { id: 'STRING', localId: 'STRING', name: 'STRING', position: 'INT64' } },
  {
    label: Label.Org,
    props: {
      id: 'STRING', name: 'STRING', inn: 'STRING', region: 'STRING', country: 'STRING', kind: 'STRING',
      priorityTerritory: 'BOOLEAN',
    },
    indexed: ['inn'],
  },
  // Per-year financials as their own nodes: Neo4j has no map properties.
  { label: Label.Financials, props: { id: 'STRING', year: 'INT64', output: 'DOUBLE', purchases: 'DOUBLE' } },
  { label: Label.Product, props: { id: 'STRING', name: 'STRING', okpd2: 'STRING', unit: 'STRING' } },
  { label: Label.Project, props: { id: 'STRING', name: 'STRING', status: 'STRING' } },
];

export const relTables: RelTable[] = [
  { type: Rel.IN_REGION, from: Label.Cluster, to: Label.Region, props: {} },
  { type: Rel.HAS_STAGE, from: Label.Cluster, to: Label.Stage, props: {} },
  {
    type: Rel.MEMBER_OF, from: Label.Org, to: Label.Cluster,
    props: { status: 'STRING', stage: 'STRING', finalProducer: 'BOOLEAN', sopkGovernance: 'BOOLEAN', agreement: 'BOOLEAN' },
  },
  { type: Rel.REPORTED, from: Label.Org, to: Label.Financials, props: {} },
  { type: Rel.PRODUCES, from: Label.Org, to: Label.Product, props: {} },
  // `key` = from|to|product|year: a supply's identity, so re-import upserts instead of duplicating.
  {
    type: Rel.SUPPLIES, from: Label.Org, to: Label.Org,
    props: { key: 'STRING', product: 'STRING', value: 'DOUBLE', volume: 'DOUBLE', year: 'INT64' },
  },
  {
    type: Rel.NEEDS, from: Label.Org, to: Label.Product,
    props: { key: 'STRING', value: 'DOUBLE', volume: 'DOUBLE', year: 'INT64', importShare: 'DOUBLE', importCountries: 'STRING[]' },
  },
  { type: Rel.PROJECT_OF, from: Label.Project, to: Label.Cluster, props: {} },
  { type: Rel.TAKES_PART, from: Label.Org, to: Label.Project, props: {} },
  { type: Rel.PROJECT_PRODUCT, from: Label.Project, to: Label.Product, props: {} },
  // The SOPK survey of an organization for a cluster: one per pair; dates as YYYY-MM-DD text
  // (both engines compare them as strings; Kùzu and Neo4j date types differ).
  { type: Rel.SURVEYED, from: Label.Org, to: Label.Cluster, props: { wave: 'INT64', sent: 'STRING', received: 'STRING' } },
];

/** Properties stored as integers: the Neo4j adapter sends these as Integer, not Float. */
export const integerProps = new Set(
  [...nodeTables.flatMap((t) => Object.entries(t.props)), ...relTables.flatMap((t) => Object.entries(t.props))]
    .filter(([, type]) => type === 'INT64')
    .map(([name]) => name),
);
