// The survey panel of a cluster: wave I and II progress, the wave II list (who was named, by whom,
// for how much) and the links of the SOPK's survey workflow — template, upload, wave II download.
import { settle, surveyApi, surveyLinks, type Loaded, type SurveyAnswer } from '../api-client.js';
import { clear, h } from '../dom.js';
import { formatCount, formatCountry, formatRub, formatRubCompact, formatShare, na, type Lang } from '../format.js';
import { t } from '../i18n.js';
import { uploadPath } from '../router.js';
import { barWidth, namedByText, sentText, waveProgress, type WaveProgress } from './survey-state.js';

export interface SurveyProps {
  clusterId: string;
  survey: Loaded<SurveyAnswer> | null;
  lang: Lang;
  tag: HTMLElement | null;
}

/** The workflow's links; shown even when the survey answer failed, so a first upload is possible. */
function actions(id: string): HTMLElement {
  return h('div', { class: 'survey-actions' },
    h('a', { href: uploadPath(id), 'data-link': true, class: 'button', 'data-testid': 'survey-upload' }, t('survey.upload')),
    h('a', { href: surveyLinks.questionnaire(id), download: '', class: 'button', 'data-testid': 'survey-template' }, t('survey.template')),
    h('a', { href: surveyLinks.datasetXlsx(id), download: '', class: 'button', 'data-testid': 'survey-dataset-xlsx' }, t('survey.datasetXlsx')));
}

function bar(p: WaveProgress, lang: Lang): HTMLElement {
  const width = barWidth(p);
  return h('div', { class: 'wave', 'data-testid': `survey-wave-${p.wave}`, 'data-received': p.received, 'data-total': p.total },
    h('div', { class: 'wave-head' }, h('strong', {}, t(p.wave === '1' ? 'survey.wave1' : 'survey.wave2')),
      h('span', {}, t('survey.progress', { received: formatCount(p.received, lang), total: formatCount(p.total, lang) })),
      h('span', { class: 'muted' }, p.share === null ? na(lang) : formatShare(p.share, lang))),
    h('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': p.total, 'aria-valuenow': p.received,
      'aria-label': t(p.wave === '1' ? 'survey.wave1' : 'survey.wave2') }, h('div', { class: 'bar-fill', style: `width:${width}%` })));
}

function waveTwoTable(answer: SurveyAnswer, lang: Lang): HTMLElement {
  const rows = answer.waveTwo.map((e, i) => h('tr', { 'data-org': e.org.id, class: e.surveyed ? 'surveyed' : '' },
    h('td', { class: 'num muted' }, `${i + 1}.`),
    h('td', {}, h('div', {}, e.org.name, e.surveyed ? [' ', h('span', { class: 'badge badge-unknown', title: t('survey.surveyed') }, t('survey.surveyedShort'))] : null),
      h('div', { class: 'muted small' }, [e.org.inn ? `${t('field.inn')} ${e.org.inn}` : '', e.org.region ?? '',
        e.org.country && e.org.country !== 'RU' ? formatCountry(e.org.country, lang) : ''].filter(Boolean).join(' · '))),
    h('td', { class: 'small' }, namedByText(e, lang).map((line) => h('div', {}, line))),
    h('td', { class: 'num', title: formatRub(e.value, lang) }, formatRubCompact(e.value, lang))));
  return h('table', { class: 'table compact', 'data-testid': 'wave2-table' },
    h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, t('survey.col.org')), h('th', {}, t('survey.col.namedBy')), h('th', { class: 'num' }, t('survey.col.value')))),
    h('tbody', {}, rows));
}

export function renderSurvey(el: HTMLElement, p: SurveyProps): void {
  const head = [h('p', { class: 'muted' }, t('survey.hint')), actions(p.clusterId)];
  if (!p.survey) { clear(el, head, h('p', { class: 'muted' }, t('app.loading'))); return; }
  if (!p.survey.ok) { clear(el, head, h('p', { class: 'muted', 'data-testid': 'survey-error' }, t('survey.unavailable', { msg: p.survey.error.message }))); return; }
  const a = p.survey.value;
  clear(el, head,
    h('div', { class: 'waves' }, waveProgress(a).map((w) => bar(w, p.lang))),
    h('p', { class: 'small', 'data-testid': 'survey-counts' },
      t('survey.respondents', { n: formatCount(a.respondents.length, p.lang) }), ' · ', t('survey.pending', { n: formatCount(a.pending.length, p.lang) })),
    a.pending.length ? h('details', { class: 'survey-pending', 'data-testid': 'survey-pending' }, h('summary', {}, t('survey.pendingList')),
      h('ul', {}, a.pending.map((r) => h('li', { 'data-org': r.org.id }, `${r.org.name} — ${t(r.wave === 1 ? 'survey.wave1' : 'survey.wave2')}, ${sentText(r, p.lang)}`)))) : null,
    h('h3', {}, t('survey.waveTwoTitle')),
    h('div', { class: 'panel-actions' }, p.tag ?? h('span'),
      h('a', { href: surveyLinks.waveTwo(p.clusterId), download: '', class: 'button', 'data-testid': 'survey-wave2-xlsx' }, t('survey.downloadWave2'))),
    a.waveTwo.length
      ? [h('p', { class: 'muted small' }, t('survey.waveTwoHint')), waveTwoTable(a, p.lang)]
      : h('p', { class: 'muted', 'data-testid': 'wave2-empty' }, t('survey.waveTwoEmpty')));
}

/** The chain page's survey tab: the answer is fetched when the tab is first shown (the chain does not wait for it), then kept. */
export function surveyTab(clusterId: string, onLoaded: () => void): { render(el: HTMLElement, lang: Lang, tag: HTMLElement | null): void } {
  let survey: Loaded<SurveyAnswer> | null = null;
  let requested = false;
  return {
    render(el, lang, tag) {
      if (!requested) {
        requested = true;
        void settle(surveyApi.survey(clusterId)).then((r) => { survey = r; onLoaded(); });
      }
      renderSurvey(el, { clusterId, survey, lang, tag });
    },
  };
}
