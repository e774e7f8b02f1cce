// Scenario mode: forms that add pending changes, the list of them, reset. The numbers under the
// change come from POST /api/clusters/:id/scenarios; nothing is saved.
import type { Change } from '../../api/scenarios/schema.js';
import { clear, h } from '../dom.js';
import { formatRub, parseNumber, type Lang } from '../format.js';
import { t } from '../i18n.js';
import { supplierChanges, type EntryKind, type ScenarioEntry, type ScenarioState } from './scenario-state.js';

export interface Flow { from: string; to: string; product: string | null; productName: string | null; value: number }
type Option = { id: string; name: string };

export interface ScenarioProps {
  state: ScenarioState;
  participants: Option[];
  stages: Option[];
  products: Option[];
  flows: Flow[];
  names: Map<string, string>;
  busy: boolean;
  error: string | null;
  lang: Lang;
  newId: () => string;
  onToggle: (active: boolean) => void;
  onAdd: (kind: EntryKind, changes: Change[]) => void;
  onRemove: (key: number) => void;
  onReset: () => void;
}

function select(testid: string, options: Option[], blank: string | null): HTMLSelectElement {
  return h('select', { 'data-testid': testid },
    blank !== null ? h('option', { value: '' }, blank) : null, options.map((o) => h('option', { value: o.id }, o.name)));
}
const input = (testid: string, placeholder: string) => h('input', { type: 'text', 'data-testid': testid, placeholder, inputmode: 'decimal' });
const field = (label: string, control: HTMLElement) => h('label', { class: 'field' }, h('span', {}, label), control);

export function entryLabel(e: ScenarioEntry, names: Map<string, string>, lang: Lang): string {
  const name = (id: string) => names.get(id) ?? id;
  const supply = e.changes.find((c): c is Extract<Change, { op: 'setSupply' }> => c.op === 'setSupply');
  const v = supply ? formatRub(supply.value, lang) : '';
  switch (e.kind) {
    case 'addSupplier': {
      const org = e.changes.find((c): c is Extract<Change, { op: 'addOrganization' }> => c.op === 'addOrganization');
      return t('scenario.entry.addSupplier', { name: org?.name ?? '', to: supply ? name(supply.to) : '', v });
    }
    case 'addFlow': return t('scenario.entry.addFlow', { from: name(supply?.from ?? ''), to: name(supply?.to ?? ''), v });
    case 'changeFlow': return t('scenario.entry.changeFlow', { from: name(supply?.from ?? ''), to: name(supply?.to ?? ''), v });
    case 'removeParticipant': {
      const r = e.changes.find((c): c is Extract<Change, { op: 'removeMembership' }> => c.op === 'removeMembership');
      return t('scenario.entry.removeParticipant', { name: name(r?.org ?? '') });
    }
  }
}

function supplierForm(p: ScenarioProps, fail: (msg: string) => void): HTMLElement {
  const name = h('input', { type: 'text', 'data-testid': 'supplier-name' });
  const stage = select('supplier-stage', p.stages, t('chain.noStage'));
  const output = input('supplier-output', '');
  const purchases = input('supplier-purchases', '');
  const to = select('supplier-to', p.participants, t('scenario.pick'));
  const product = select('supplier-product', p.products, t('scenario.anyProduct'));
  const value = input('supplier-value', '50 000 000');
  const add = () => {
    const v = parseNumber(value.value);
    if (!name.value.trim() || !to.value || v === null || v <= 0) return fail(t('scenario.invalid'));
    const num = (el: HTMLInputElement) => parseNumber(el.value) ?? undefined;
    p.onAdd('addSupplier', supplierChanges({ id: p.newId(), name: name.value.trim(), stage: stage.value || undefined,
      output: num(output), purchases: num(purchases), to: to.value, product: product.value || undefined, value: v }));
  };
  return h('fieldset', {}, h('legend', {}, t('scenario.addSupplier')),
    field(t('field.name'), name), field(t('field.stage'), stage), field(`${t('field.output')}, ₽`, output),
    field(`${t('field.purchases')}, ₽`, purchases), field(t('field.to'), to), field(t('field.product'), product), field(t('field.value'), value),
    h('button', { type: 'button', 'data-testid': 'supplier-add', onclick: add }, t('scenario.add')));
}

function flowForm(p: ScenarioProps, fail: (msg: string) => void): HTMLElement {
  const from = select('flow-from', p.participants, t('scenario.pick'));
  const to = select('flow-to', p.participants, t('scenario.pick'));
  const product = select('flow-product', p.products, t('scenario.anyProduct'));
  const value = input('flow-value', '50 000 000');
  const add = () => {
    const v = parseNumber(value.value);
    if (!from.value || !to.value || from.value === to.value || v === null || v <= 0) return fail(t('scenario.invalid'));
    p.onAdd('addFlow', [{ op: 'setSupply', from: from.value, to: to.value, value: v, ...(product.value ? { product: product.value } : {}) }]);
  };
  return h('fieldset', {}, h('legend', {}, t('scenario.addFlow')),
    field(t('field.from'), from), field(t('field.to'), to), field(t('field.product'), product), field(t('field.value'), value),
    h('button', { type: 'button', 'data-testid': 'flow-add', onclick: add }, t('scenario.add')));
}

function changeForm(p: ScenarioProps, fail: (msg: string) => void): HTMLElement {
  const name = (id: string) => p.names.get(id) ?? id;
  const options = p.flows.map((f, i) => ({ id: String(i), name: `${name(f.from)} → ${name(f.to)}${f.productName ? ` (${f.productName})` : ''}: ${formatRub(f.value, p.lang)}` }));
  const flow = select('change-flow', options, t('scenario.pick'));
  const value = input('change-value', '');
  const add = () => {
    const f = p.flows[Number(flow.value)];
    const v = parseNumber(value.value);
    if (!flow.value || !f || v === null || v <= 0) return fail(t('scenario.invalid'));
    p.onAdd('changeFlow', [{ op: 'setSupply', from: f.from, to: f.to, value: v, ...(f.product ? { product: f.product } : {}) }]);
  };
  return h('fieldset', {}, h('legend', {}, t('scenario.changeFlow')), field(t('details.flow'), flow), field(t('field.value'), value),
    h('button', { type: 'button', 'data-testid': 'change-add', onclick: add }, t('scenario.add')));
}

function removeForm(p: ScenarioProps, fail: (msg: string) => void): HTMLElement {
  const who = select('remove-participant', p.participants, t('scenario.pick'));
  const add = () => (who.value ? p.onAdd('removeParticipant', [{ op: 'removeMembership', org: who.value }]) : fail(t('scenario.invalid')));
  return h('fieldset', {}, h('legend', {}, t('scenario.removeParticipant')), field(t('participants.col.name'), who),
    h('button', { type: 'button', 'data-testid': 'remove-add', onclick: add }, t('scenario.add')));
}

export function renderScenario(el: HTMLElement, p: ScenarioProps): void {
  const toggle = h('input', { type: 'checkbox', 'data-testid': 'scenario-toggle', checked: p.state.active });
  toggle.addEventListener('change', () => p.onToggle(toggle.checked));
  const head = h('label', { class: 'inline toggle' }, toggle, ` ${t('scenario.toggle')}`);
  if (!p.state.active) { clear(el, head, h('p', { class: 'muted' }, t('scenario.note'))); return; }
  const message = h('p', { class: 'error', 'data-testid': 'scenario-error', role: 'alert' }, p.error ?? '');
  const fail = (msg: string) => { message.textContent = msg; };
  const pending = p.state.entries.length
    ? h('ul', { class: 'pending', 'data-testid': 'scenario-pending' }, p.state.entries.map((e) => h('li', { 'data-key': e.key },
      h('span', {}, entryLabel(e, p.names, p.lang)),
      h('button', { type: 'button', class: 'link', title: t('scenario.remove'), 'aria-label': t('scenario.remove'), onclick: () => p.onRemove(e.key) }, '×'))))
    : h('p', { class: 'muted' }, t('scenario.none'));
  clear(el, head, h('p', { class: 'muted' }, t('scenario.note')),
    h('h4', {}, t('scenario.pending'), p.busy ? h('span', { class: 'muted', 'data-testid': 'scenario-busy' }, ` ${t('scenario.computing')}`) : null),
    pending, message,
    h('button', { type: 'button', 'data-testid': 'scenario-reset', disabled: !p.state.entries.length, onclick: p.onReset }, t('scenario.reset')),
    flowForm(p, fail), changeForm(p, fail), supplierForm(p, fail), removeForm(p, fail));
}
