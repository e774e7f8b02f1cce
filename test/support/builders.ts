// Small builders for readable test data: aDataset().withCluster(…).withOrg(…).withSupply(…).build()
import { withCheckDigits, type DatasetInput } from '../../graph-schema/index.js';

type Cluster = NonNullable<DatasetInput['clusters']>[number];
type Org = NonNullable<DatasetInput['organizations']>[number];
type Membership = NonNullable<DatasetInput['memberships']>[number];
type Supply = NonNullable<DatasetInput['supplies']>[number];
type Need = NonNullable<DatasetInput['needs']>[number];
type Project = NonNullable<DatasetInput['projects']>[number];

let innSeq = 100000000;
/** A fresh valid 10-digit INN. */
export const anInn = () => withCheckDigits(String(innSeq++));

export class DatasetBuilder {
  private doc: Required<Pick<DatasetInput, 'clusters' | 'organizations' | 'memberships' | 'products' | 'produces' | 'supplies' | 'needs' | 'projects'>> & DatasetInput = {
    format: 'cluster-dataset/1', year: 2024, clusters: [], organizations: [], memberships: [], products: [], produces: [], supplies: [], needs: [], projects: [],
  };

  withCluster(id: string, extra: Partial<Cluster> = {}): this {
    this.doc.clusters.push({ id, name: `Кластер ${id}`, regions: ['Тульская область'], stages: [{ id: 'inputs', name: 'Сырьё', order: 1 }, { id: 'final', name: 'Конечная продукция', order: 2 }], ...extra });
    return this;
  }
  withOrg(id: string, extra: Partial<Org> & { output?: number | null; purchases?: number | null } = {}): this {
    const { output = 1000, purchases = 500, ...rest } = extra;
    this.doc.organizations.push({ id, name: `ООО «${id}»`, financials: output === null && purchases === null ? [] : [{ output, purchases }], ...rest });
    return this;
  }
  withMember(cluster: string, org: string, extra: Partial<Membership> = {}): this {
    this.doc.memberships.push({ cluster, org, stage: 'inputs', ...extra });
    return this;
  }
  withProduct(id: string): this {
    this.doc.products.push({ id, name: `Продукт ${id}` });
    return this;
  }
  withSupply(from: string, to: string, value: number, extra: Partial<Supply> = {}): this {
    this.doc.supplies.push({ from, to, value, ...extra });
    return this;
  }
  withNeed(org: string, product: string, value: number, extra: Partial<Need> = {}): this {
    this.doc.needs.push({ org, product, value, ...extra });
    return this;
  }
  withProject(id: string, cluster: string, extra: Partial<Project> = {}): this {
    this.doc.projects.push({ id, cluster, name: `Проект ${id}`, ...extra });
    return this;
  }
  build(): DatasetInput {
    return structuredClone(this.doc);
  }
}

export const aDataset = () => new DatasetBuilder();

/** A small valid cluster: two members trading, an outside foreign supplier, a need. */
export const aSmallCluster = () =>
  aDataset()
    .withCluster('c1')
    .withOrg('a', { inn: anInn() }).withOrg('b').withOrg('x', { country: 'CN', output: null, purchases: null })
    .withMember('c1', 'a').withMember('c1', 'b', { stage: 'final', finalProducer: true })
    .withProduct('p')
    .withSupply('a', 'b', 100, { product: 'p' }).withSupply('x', 'b', 300, { product: 'p' })
    .withNeed('b', 'p', 600, { importShare: 0.5, importCountries: ['CN'] });
