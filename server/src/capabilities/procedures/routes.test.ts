import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

const start = new Date('2026-03-10T09:00:00Z');
const tinyPdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

for (const database of testDatabases()) {
  describe(`${database.name}: procedures from draft to read`, () => {
    let app: RunningApp;
    let clock = start;
    let crisisPlan: string;
    const as = (username: string) => app.as(username);
    const body = (overrides: Record<string, unknown> = {}) => ({
      title: 'Kriseplan ved akutt forverring',
      processStep: 'crisis-plan',
      content: { kind: 'markdown', markdown: '# Kriseplan\n\nLag planen sammen med personen.<script>alert(1)</script>' },
      unitIds: [app.seed.unitIds.psykiskHelseRus],
      validFrom: '2026-03-10',
      changeSummary: 'Første versjon',
      ...overrides,
    });
    const counts = () => queryRows(app.database.db, sql`select (select count(*)::int from procedures) as p, (select count(*)::int from procedure_versions) as v, (select count(*)::int from procedure_approvals) as a`);

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => clock });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('publishes a procedure once a leader approves it, sanitised, on the process map where staff work', async () => {
      const kristin = await as('kristin.kvalitet');
      const created = await kristin.post('/api/procedures', body());
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      crisisPlan = created.body.id;
      const draft = (await kristin.get(`/api/procedures/${crisisPlan}`)).body;
      expect(draft).toMatchObject({ current: null, draft: { version: 1, state: 'draft', units: [{ name: 'Psykisk helse og rus' }] }, mayEdit: true });
      expect((await kristin.get(`/api/procedure-versions/${draft.draft.id}`)).body.markdown).toBe('# Kriseplan\n\nLag planen sammen med personen.');
      const ola = await as('ola.tjenesteyter');
      expect((await ola.get('/api/procedures')).body.items).toEqual([]);
      expect((await ola.get(`/api/procedures/${crisisPlan}`)).status).toBe(404);

      expect((await ola.post(`/api/procedure-versions/${draft.draft.id}/approve`)).body.code).toBe('ROLE_REQUIRED');
      const henrik = await as('henrik.hjemmeleder');
      // A draft is not shown outside the units it is for, so a leader elsewhere cannot find it to approve it.
      expect((await henrik.post(`/api/procedure-versions/${draft.draft.id}/approve`)).body).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: 'Fant ikke rutinen.' });
      const lena = await as('lena.leder');
      expect((await lena.post(`/api/procedure-versions/${draft.draft.id}/approve`, { comment: 'Gjennomgått med sjekkliste' })).status).toBe(204);
      expect((await lena.post(`/api/procedure-versions/${draft.draft.id}/approve`)).body).toMatchObject({ status: 409, detail: 'Versjon 1 er allerede godkjent.' });

      const map = (await ola.get('/api/procedures/process-map?mine=true')).body;
      expect(map.steps.filter((s: { main: boolean }) => s.main).map((s: { step: string }) => s.step)).toEqual(['request', 'assessment', 'decision', 'individual-plan', 'follow-up', 'evaluation', 'closure']);
      expect(map.steps.find((s: { step: string }) => s.step === 'crisis-plan').procedures).toMatchObject([{ id: crisisPlan, stepLabel: 'Kriseplan', appliesToMe: true, acknowledgedByMe: false, revisionStatus: 'ok', current: { version: 1, revisionDue: '2028-03-10', approvedBy: { displayName: 'Lena Leder' } } }]);
      expect((await ola.get('/api/procedures/to-acknowledge')).body.items).toMatchObject([{ procedureId: crisisPlan, version: 1 }]);
      const nora = await as('nora.nav');
      expect((await nora.get('/api/procedures/process-map?mine=true')).body.steps.flatMap((s: { procedures: unknown[] }) => s.procedures)).toEqual([]);
    });

    it('counts an acknowledgement once per person and version, and asks again for a changed version', async () => {
      const ola = await as('ola.tjenesteyter');
      const v1 = (await ola.get(`/api/procedures/${crisisPlan}`)).body.current.id;
      const first = await ola.post(`/api/procedure-versions/${v1}/acknowledge`);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ versionId: v1, alreadyAcknowledged: false });
      const again = await ola.post(`/api/procedure-versions/${v1}/acknowledge`);
      expect(again.body).toEqual({ ...first.body, alreadyAcknowledged: true });
      expect(await queryRows(app.database.db, sql`select count(*)::int as n from procedure_acknowledgements where version_id = ${v1}`)).toEqual([{ n: 1 }]);
      await (await as('nora.nav')).post(`/api/procedure-versions/${v1}/acknowledge`); // not affected: not counted

      const kristin = await as('kristin.kvalitet');
      const coverage = (await kristin.get('/api/procedures/coverage')).body.items.find((i: { procedureId: string }) => i.procedureId === crisisPlan);
      // Psykisk helse og rus with its teams: Ola and Lena (the unit), Siri (FACT-teamet).
      expect(coverage).toMatchObject({ version: 1, affected: 3, acknowledged: 1, share: 0.333, perUnit: [{ unitName: 'Psykisk helse og rus', affected: 3, acknowledged: 1 }] });
      expect((await ola.get('/api/procedures/to-acknowledge')).body.items).toEqual([]);

      const v2 = await kristin.post(`/api/procedures/${crisisPlan}/versions`, body({ content: { kind: 'markdown', markdown: '# Kriseplan\n\nDel planen med legevakten når personen samtykker.' }, changeSummary: 'Deling med legevakten' }));
      expect(v2.status).toBe(201);
      await (await as('lena.leder')).post(`/api/procedure-versions/${v2.body.id}/approve`);
      expect((await ola.get('/api/procedures/to-acknowledge')).body.items).toMatchObject([{ versionId: v2.body.id, version: 2, changeSummary: 'Deling med legevakten' }]);
      expect((await kristin.get('/api/procedures/coverage')).body.items.find((i: { procedureId: string }) => i.procedureId === crisisPlan)).toMatchObject({ version: 2, affected: 3, acknowledged: 0, share: 0 });
      expect((await ola.post(`/api/procedure-versions/${v1}/acknowledge`)).body).toMatchObject({ status: 409, detail: 'Versjon 1 er erstattet av versjon 2. Les og kvitter for den gjeldende versjonen.' });
      expect((await ola.post(`/api/procedure-versions/${v2.body.id}/acknowledge`)).body.alreadyAcknowledged).toBe(false);
      expect((await kristin.get('/api/procedures/coverage')).body.items.find((i: { procedureId: string }) => i.procedureId === crisisPlan)).toMatchObject({ acknowledged: 1 });
    });

    it('flags a revision as due soon, then overdue once its date has passed', async () => {
      const kristin = await as('kristin.kvalitet');
      const created = await kristin.post('/api/procedures', body({ title: 'Kartlegging før vedtak', processStep: 'assessment', unitIds: [app.seed.unitIds.tildeling], validFrom: '2024-04-01', revisionDue: '2026-04-01' }));
      const { draft } = (await kristin.get(`/api/procedures/${created.body.id}`)).body;
      await (await as('dina.direktor')).post(`/api/procedure-versions/${draft.id}/approve`);
      expect((await kristin.get(`/api/procedures/${created.body.id}`)).body.revisionStatus).toBe('due-soon');
      clock = new Date('2026-04-02T08:00:00Z');
      const later = await as('kristin.kvalitet');
      expect((await later.get(`/api/procedures/${created.body.id}`)).body.revisionStatus).toBe('overdue');
      const coverage = (await later.get('/api/procedures/coverage')).body;
      expect(coverage.overdueRevisions).toBe(1);
      expect(coverage.items.find((i: { procedureId: string }) => i.procedureId === created.body.id)).toMatchObject({ revisionStatus: 'overdue', revisionDue: '2026-04-01' });
      clock = start;
    });

    it('keeps an attached PDF, and refuses a file that is not a PDF, one over 5 MB and bad dates, writing nothing', async () => {
      const kristin = await as('kristin.kvalitet');
      const pdf = await kristin.post('/api/procedures', body({ title: 'Utskrivning fra sykehus', processStep: 'discharge', content: { kind: 'pdf', pdfBase64: tinyPdf.toString('base64'), fileName: 'utskrivning.pdf' } }));
      expect(pdf.status).toBe(201);
      const { draft } = (await kristin.get(`/api/procedures/${pdf.body.id}`)).body;
      expect(draft).toMatchObject({ contentKind: 'pdf', pdfFileName: 'utskrivning.pdf' });
      const file = await fetch(`${app.baseUrl}/api/procedure-versions/${draft.id}/pdf`, { headers: { cookie: kristin.cookie } });
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await file.arrayBuffer()).equals(tinyPdf)).toBe(true);

      const before = await counts();
      const notPdf = await kristin.post('/api/procedures', body({ content: { kind: 'pdf', pdfBase64: Buffer.from('<html>hei</html>').toString('base64'), fileName: 'rutine.pdf' } }));
      expect(notPdf.status).toBe(400);
      expect(notPdf.body.errors).toEqual([{ path: 'body/content/pdfBase64', detail: 'Filen er ikke en PDF (den må starte med %PDF-)' }]);
      const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024)]);
      const tooBig = await kristin.post('/api/procedures', body({ content: { kind: 'pdf', pdfBase64: big.toString('base64'), fileName: 'stor.pdf' } }));
      expect(tooBig.body.errors).toEqual([{ path: 'body/content/pdfBase64', detail: 'PDF-filen kan være maks 5 MB' }]);
      const huge = await kristin.raw('POST', '/api/procedures', { body: JSON.stringify(body({ content: { kind: 'pdf', pdfBase64: 'A'.repeat(7_400_000), fileName: 'stor.pdf' } })), headers: { 'content-type': 'application/json' } });
      expect(huge.body).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE', detail: 'Forespørselen er større enn tillatt (maks 7 MB).' });
      const dates = await kristin.post('/api/procedures', body({ validFrom: '2026-03-10', revisionDue: '2026-01-01' }));
      expect(dates.body).toMatchObject({ status: 422, errors: [{ path: 'body/revisionDue', detail: 'Revisjonsdato må være etter gyldig fra-dato' }] });
      const onlyHtml = await kristin.post('/api/procedures', body({ content: { kind: 'markdown', markdown: '<div><script>alert("rutine")</script></div>' } }));
      expect(onlyHtml.body).toMatchObject({ status: 422, errors: [{ path: 'body/content/markdown', detail: 'For kort uten HTML' }] });
      const noUnits = await kristin.post('/api/procedures', body({ unitIds: [] }));
      expect(noUnits.body.errors).toEqual([{ path: 'body/unitIds', detail: 'Velg minst én enhet rutinen gjelder for' }]);
      const notLeader = await (await as('henrik.hjemmeleder')).post('/api/procedures', body());
      expect(notLeader.body).toMatchObject({ status: 403, code: 'OUTSIDE_RESPONSIBILITY', detail: 'Du kan bare skrive rutiner for enheter du leder, eller rutiner du er dokumentansvarlig for.' });
      expect(await counts()).toEqual(before);
    });

    it('sends change proposals from staff to the owner, who records a decision once', async () => {
      const ola = await as('ola.tjenesteyter');
      const proposed = await ola.post(`/api/procedures/${crisisPlan}/proposals`, { text: 'Legg til hvem som ringer pårørende.' });
      expect(proposed.status).toBe(201);
      expect((await ola.get(`/api/procedures/${crisisPlan}`)).body.proposals).toMatchObject([{ id: proposed.body.id, text: 'Legg til hvem som ringer pårørende.', decision: null }]);
      expect((await (await as('nora.nav')).get(`/api/procedures/${crisisPlan}`)).body.proposals).toEqual([]); // not someone else's
      const kristin = await as('kristin.kvalitet');
      expect((await kristin.get(`/api/procedures/${crisisPlan}`)).body.proposals).toMatchObject([{ id: proposed.body.id, version: 2, text: 'Legg til hvem som ringer pårørende.', proposedBy: { displayName: 'Ola Tjenesteyter' }, decision: null }]);
      expect((await ola.post(`/api/procedure-proposals/${proposed.body.id}/triage`, { decision: 'now', comment: 'Gjør det' })).body.code).toBe('ROLE_REQUIRED');
      expect((await kristin.post(`/api/procedure-proposals/${proposed.body.id}/triage`, { decision: 'next-revision', comment: 'Tas med ved neste revisjon' })).status).toBe(204);
      expect((await kristin.post(`/api/procedure-proposals/${proposed.body.id}/triage`, { decision: 'now', comment: 'Likevel nå' })).body).toMatchObject({ status: 409, detail: 'Forslaget er allerede behandlet.' });
      expect((await ola.get(`/api/procedures/${crisisPlan}`)).body.proposals).toMatchObject([{ decision: 'next-revision', decisionComment: 'Tas med ved neste revisjon' }]);
    });
  });
}
