// The upload page's wiring to the server, with fetch stubbed: what is sent, and how each answer
// (preview, cell errors, plain refusal) comes back to the page. Plus the page's route.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, surveyApi, surveyLinks, UploadRejected } from '../api-client.js';
import { parseRoute, uploadPath } from '../router.js';

const answer = {
  dryRun: true, created: { supplies: 1 }, updated: {}, warnings: [],
  files: [{ file: 'анкета.xlsx', respondent: { id: 'polimertorg', name: 'ООО «Полимерторг»' }, sheets: [{ sheet: 'Закупки', kind: 'purchases', rows: 1 }] }],
};

function stub(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

const files = () => [new File(['a'], 'анкета.xlsx'), new File(['b'], 'закупки.csv')];

afterEach(() => { vi.unstubAllGlobals(); });

describe('questionnaire upload client', () => {
  it('sends every file as multipart, with dryRun=1 only for the check', async () => {
    const calls = stub(200, answer);
    expect(await surveyApi.uploadQuestionnaires('aerosol', files(), true)).toEqual(answer);
    await surveyApi.uploadQuestionnaires('aerosol', files(), false);
    expect(calls.map((c) => c.url)).toEqual(['/api/clusters/aerosol/questionnaires?dryRun=1', '/api/clusters/aerosol/questionnaires']);
    const form = calls[0]!.init.body as FormData;
    expect(form.getAll('files').map((f) => (f as File).name)).toEqual(['анкета.xlsx', 'закупки.csv']);
    expect(new Headers(calls[0]!.init.headers).get('content-type')).toBeNull(); // the browser sets the multipart boundary
  });

  it('turns a 400 with cell errors into UploadRejected carrying every cell', async () => {
    const errors = [{ file: 'анкета.xlsx', sheet: 'Закупки', cell: 'Закупки!F2', value: 'двести', message: 'expected a number' }];
    stub(400, { error: { code: 'invalid_questionnaire', message: '1 error; nothing was written' }, errors });
    const e = await surveyApi.uploadQuestionnaires('aerosol', files(), true).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UploadRejected);
    expect((e as UploadRejected).errors).toEqual(errors);
    expect((e as UploadRejected).message).toBe('1 error; nothing was written');
  });

  it('reports a refusal without cells (413, 404) with the server’s message', async () => {
    stub(413, { error: { code: 'too_large', message: 'a file is larger than the limit of 20971520 bytes' } });
    const e = await surveyApi.uploadQuestionnaires('aerosol', files(), true).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).not.toBeInstanceOf(UploadRejected);
    expect((e as ApiError).status).toBe(413);
    expect((e as ApiError).message).toBe('a file is larger than the limit of 20971520 bytes');
  });

  it('refuses an answer that breaks the contract rather than showing a blank preview', async () => {
    stub(200, { dryRun: true });
    await expect(surveyApi.uploadQuestionnaires('aerosol', files(), true)).rejects.toMatchObject({ code: 'bad_response' });
  });
});

describe('survey workflow addresses', () => {
  it('routes /clusters/<id>/upload to the upload page and back', () => {
    expect(uploadPath('kemz')).toBe('/clusters/kemz/upload');
    expect(parseRoute('/clusters/kemz/upload')).toEqual({ name: 'upload', id: 'kemz' });
    expect(parseRoute('/clusters/kemz')).toEqual({ name: 'chain', id: 'kemz' });
  });

  it('links the template, one participant’s questionnaire and the wave II list', () => {
    expect(surveyLinks.questionnaire('aerosol')).toBe('/api/clusters/aerosol/questionnaire.xlsx');
    expect(surveyLinks.questionnaire('aerosol', 'polimertorg')).toBe('/api/clusters/aerosol/questionnaire.xlsx?org=polimertorg');
    expect(surveyLinks.waveTwo('aerosol')).toBe('/api/clusters/aerosol/survey/wave2.xlsx');
  });
});
