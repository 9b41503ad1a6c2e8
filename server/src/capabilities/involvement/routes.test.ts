import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

const now = new Date('2026-06-15T10:00:00Z');

for (const database of testDatabases()) {
  describe(`${database.name}: user involvement — surveys, user council, peer workers`, () => {
    let app: RunningApp;
    const as = (username: string) => app.as(username);
    const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(app.database.db, query);
    const counts = () => rows<{ s: number; r: number; a: number; log: number }>(sql`select (select count(*)::int from surveys) as s, (select count(*)::int from survey_responses) as r, (select count(*)::int from survey_answers) as a, (select count(*)::int from access_log) as log`);
    const survey = async (title: string, units: (keyof RunningApp['seed']['unitIds'])[]) => {
      const kristin = await as('kristin.kvalitet');
      const created = await kristin.post('/api/surveys', {
        title,
        intro: 'Vi vil vite hvordan du opplever tjenestene.',
        unitIds: units.map((u) => app.seed.unitIds[u]),
        groups: ['Jeg har både rus- og psykiske helseutfordringer', 'Annet'],
        questions: [{ text: 'Jeg blir møtt med respekt', scale: 'agree-5' }, { text: 'Vet du hvem du skal ringe i en krise?', scale: 'yes-no' }],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const view = (await kristin.get(`/api/surveys/${created.body.id}`)).body;
      return { id: created.body.id as string, q1: view.questions[0].id as string, q2: view.questions[1].id as string, kristin };
    };

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => now });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('stores answers from paper, tablet and link with no link to a person, a user or a time', async () => {
      const { id, q1, q2, kristin } = await survey('Brukerundersøkelse psykisk helse og rus 2026', ['psykiskHelseRus', 'fact']);
      const ola = await as('ola.tjenesteyter');
      const paper = { channel: 'paper', unitId: app.seed.unitIds.fact, group: 0, answers: [{ questionId: q1, value: 4 }, { questionId: q2, value: 2 }] };
      expect((await ola.post(`/api/surveys/${id}/responses`, paper)).body).toMatchObject({ status: 409, detail: 'Undersøkelsen er ikke åpnet ennå.' });
      const link = await kristin.post(`/api/surveys/${id}/link`);
      expect(link.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(link.body.path).toBe(`/undersokelse/${link.body.token}`);
      const before = (await counts())[0]!;
      expect((await ola.post(`/api/surveys/${id}/responses`, paper)).status).toBe(201);
      expect((await (await as('kari.saksbehandler')).post(`/api/surveys/${id}/responses`, { ...paper, channel: 'tablet', group: null })).status).toBe(201);

      const anonymous = app.anonymous();
      const shown = await anonymous.get(`/api/public/surveys/${link.body.token}`);
      expect(shown.body).toMatchObject({ title: 'Brukerundersøkelse psykisk helse og rus 2026', units: [{ name: 'FACT-teamet' }, { name: 'Psykisk helse og rus' }], groups: ['Jeg har både rus- og psykiske helseutfordringer', 'Annet'] });
      expect(shown.body.questions[1]).toEqual({ id: q2, text: 'Vet du hvem du skal ringe i en krise?', scale: 'yes-no', options: [{ value: 1, label: 'Nei' }, { value: 2, label: 'Ja' }] });
      const answered = await anonymous.post(`/api/public/surveys/${link.body.token}/responses`, { unitId: app.seed.unitIds.psykiskHelseRus, answers: [{ questionId: q1, value: 2 }] });
      expect(answered.status, JSON.stringify(answered.body)).toBe(201);
      expect(answered.headers.get('set-cookie')).toBeNull();

      // The stored rows: only survey, service, group, channel and values. No person, user, time or client.
      const columns = await rows<{ table_name: string; column_name: string }>(sql`select table_name, column_name from information_schema.columns where table_name in ('survey_responses', 'survey_answers') order by table_name, ordinal_position`);
      expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
        'survey_answers.id', 'survey_answers.tenant_id', 'survey_answers.response_id', 'survey_answers.question_id', 'survey_answers.value',
        'survey_responses.id', 'survey_responses.tenant_id', 'survey_responses.survey_id', 'survey_responses.unit_id', 'survey_responses.group_index', 'survey_responses.channel',
      ]);
      const stored = await rows<{ channel: string; group_index: number | null; text: string }>(sql`select r.channel, r.group_index, row_to_json(r)::text || (select string_agg(row_to_json(a)::text, '') from survey_answers a where a.response_id = r.id) as text from survey_responses r where r.survey_id = ${id} order by r.channel`);
      expect(stored.map((r) => `${r.channel}:${r.group_index}`)).toEqual(['link:null', 'paper:0', 'tablet:null']);
      for (const r of stored) {
        for (const userId of Object.values(app.seed.userIds)) expect(r.text).not.toContain(userId);
        expect(r.text).not.toMatch(/2026-06-15|127\.0\.0\.1/);
      }
      const after = (await counts())[0]!;
      expect(after).toMatchObject({ r: before.r + 3, a: before.a + 5, log: before.log });
    });

    it('the link needs no login but only reaches its own survey, is rate-limited, and dies when renewed or closed', async () => {
      const first = await survey('Pårørendeundersøkelse', ['psykiskHelseRus']);
      const other = await survey('Undersøkelse lavterskel', ['lavterskel']);
      const token = (await first.kristin.post(`/api/surveys/${first.id}/link`)).body.token;
      await other.kristin.post(`/api/surveys/${other.id}/link`);
      const anonymous = app.anonymous();
      const before = (await counts())[0]!;
      expect((await anonymous.post(`/api/public/surveys/${token}/responses`, { surveyId: other.id, answers: [{ questionId: first.q1, value: 3 }] })).body).toMatchObject({ status: 400, errors: [{ path: 'body' }] });
      expect((await anonymous.post(`/api/public/surveys/${token}/responses`, { answers: [{ questionId: other.q1, value: 3 }] })).body).toMatchObject({ status: 422, errors: [{ path: 'body/answers/0/questionId', detail: 'Spørsmålet hører ikke til denne undersøkelsen' }] });
      expect((await anonymous.post(`/api/public/surveys/${token}/responses`, { unitId: app.seed.unitIds.lavterskel, group: 5, answers: [{ questionId: first.q1, value: 6 }] })).body.errors).toEqual([
        { path: 'body/answers/0/value', detail: 'Svaret må være mellom 1 og 5' },
        { path: 'body/unitId', detail: 'Tjenesten er ikke med i undersøkelsen' },
        { path: 'body/group', detail: 'Ukjent gruppe' },
      ]);
      expect((await anonymous.get('/api/public/surveys/not-a-token')).body).toMatchObject({ status: 400, errors: [{ path: 'params/token', detail: 'Ugyldig lenke' }] });
      expect((await anonymous.get(`/api/public/surveys/${'A'.repeat(43)}`)).body).toMatchObject({ status: 404, detail: 'Lenken er ugyldig, eller undersøkelsen er avsluttet.' });
      expect(await counts()).toEqual([before]);

      for (let i = 0; i < 20; i++) expect((await anonymous.post(`/api/public/surveys/${token}/responses`, { answers: [{ questionId: first.q1, value: 5 }] })).status).toBe(201);
      const limited = await anonymous.post(`/api/public/surveys/${token}/responses`, { answers: [{ questionId: first.q1, value: 5 }] });
      expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED', detail: 'For mange svar fra samme maskin. Vent til neste hele time og prøv igjen.' });
      expect((await counts())[0]).toMatchObject({ r: before.r + 20 });

      const renewed = (await first.kristin.post(`/api/surveys/${first.id}/link`)).body.token;
      expect((await anonymous.get(`/api/public/surveys/${token}`)).status).toBe(404);
      expect((await anonymous.get(`/api/public/surveys/${renewed}`)).status).toBe(200);
      expect((await first.kristin.post(`/api/surveys/${first.id}/close`)).status).toBe(204);
      expect((await anonymous.get(`/api/public/surveys/${renewed}`)).status).toBe(404);
      expect((await (await as('ola.tjenesteyter')).post(`/api/surveys/${first.id}/responses`, { channel: 'paper', answers: [{ questionId: first.q1, value: 1 }] })).body).toMatchObject({ status: 409, detail: 'Undersøkelsen er avsluttet.' });
      expect((await first.kristin.post(`/api/surveys/${first.id}/link`)).body).toMatchObject({ status: 409, detail: 'Undersøkelsen er avsluttet og kan ikke åpnes igjen.' });
      expect((await (await as('ola.tjenesteyter')).post(`/api/surveys/${other.id}/link`)).body.code).toBe('ROLE_REQUIRED');
    });

    it('shows results per service and group, never a cell with fewer than 5 answers', async () => {
      const { id, q1, q2, kristin } = await survey('Brukerundersøkelse 2026 høst', ['psykiskHelseRus', 'fact', 'lavterskel']);
      await kristin.post(`/api/surveys/${id}/link`);
      const ola = await as('ola.tjenesteyter');
      const enter = (unit: 'psykiskHelseRus' | 'fact' | 'lavterskel', group: number, value: number) => ola.post(`/api/surveys/${id}/responses`, { channel: 'paper', unitId: app.seed.unitIds[unit], group, answers: [{ questionId: q1, value }, { questionId: q2, value: 2 }] });
      for (const v of [5, 5, 4, 4, 3, 5]) await enter('psykiskHelseRus', 0, v);
      for (let i = 0; i < 7; i++) await enter('fact', 0, 4);
      for (const v of [1, 2, 1]) await enter('lavterskel', 1, v);

      const byUnit = (await kristin.get(`/api/surveys/${id}/results?by=unit`)).body;
      expect(byUnit).toMatchObject({ by: 'unit', minCellSize: 5, responseCount: 16 });
      const cells = Object.fromEntries(byUnit.questions[0].cells.map((c: { unit: { name: string } }) => [c.unit.name, c]));
      expect(cells['Lavterskeltilbudet']).toEqual({ unit: { id: app.seed.unitIds.lavterskel, name: 'Lavterskeltilbudet' }, group: null, suppressed: true, n: null, mean: null, distribution: null, detail: 'Færre enn 5 svar — vises ikke' });
      expect(cells['Psykisk helse og rus']).toMatchObject({ suppressed: true, n: null, detail: 'Skjult for at en mindre gruppe ikke skal kunne regnes ut' });
      expect(cells['FACT-teamet']).toMatchObject({ suppressed: false, n: 7, mean: 4, distribution: [{ value: 1, label: 'Helt uenig', count: 0 }, { value: 2, count: 0 }, { value: 3, count: 0 }, { value: 4, label: 'Litt enig', count: 7 }, { value: 5, count: 0 }] });
      expect(JSON.stringify(byUnit)).not.toMatch(/"count":[1-3],/);

      const byGroup = (await (await as('rune.revisor')).get(`/api/surveys/${id}/results?by=group`)).body;
      expect(byGroup.questions[0].cells.map((c: { group: string; n: number | null }) => `${c.group}:${c.n}`)).toEqual(['Jeg har både rus- og psykiske helseutfordringer:null', 'Annet:null']);
      // 13 + 3: showing the 13 would reveal the 3 from the total, so both are hidden.
      expect(byGroup.questions[0].cells[0].detail).toBe('Skjult for at en mindre gruppe ikke skal kunne regnes ut');
      expect((await kristin.get(`/api/surveys/${id}/results?by=none`)).body.questions[0].cells[0]).toMatchObject({ n: 16, mean: 3.63 });
      expect((await kristin.get(`/api/surveys/${id}/results?by=person`)).body.errors).toEqual([{ path: 'querystring/by', detail: 'by: none, unit, group eller unit-group' }]);
      expect((await ola.get(`/api/surveys/${id}/results`)).body.code).toBe('ROLE_REQUIRED');

      const few = await survey('Liten undersøkelse', ['fact']);
      await few.kristin.post(`/api/surveys/${few.id}/link`);
      await ola.post(`/api/surveys/${few.id}/responses`, { channel: 'tablet', answers: [{ questionId: few.q1, value: 1 }] });
      const small = (await few.kristin.get(`/api/surveys/${few.id}/results?by=none`)).body;
      expect(small.responseCount).toBeNull();
      expect(small.questions[0].cells).toEqual([expect.objectContaining({ suppressed: true, n: null })]);
    });

    it('records the user council’s meetings, input and what was done, and flags input without follow-up', async () => {
      const kristin = await as('kristin.kvalitet');
      const meeting = async (heldOn: string) => (await kristin.post('/api/user-council/meetings', { heldOn, agenda: 'Brukerundersøkelsen; bolig', minutes: 'Rådet drøftet resultatene og boligsituasjonen.' })).body.id as string;
      const january = await meeting('2026-01-10');
      const input = await kristin.post(`/api/user-council/meetings/${january}/inputs`, { topic: 'Ventetid på bolig', text: 'Rådet ber om kortere ventetid på kommunal bolig.', unitId: app.seed.unitIds.bolig });
      expect(input.status).toBe(201);
      await kristin.post(`/api/user-council/meetings/${january}/inputs`, { topic: 'Åpningstider', text: 'Lavterskeltilbudet bør ha åpent på lørdager.' });
      let council = (await (await as('nora.nav')).get('/api/user-council')).body;
      expect(council).toMatchObject({ year: 2026, meetingsHeld: 1, meetingsRequired: 6, meetingsMet: false, openInputs: 2, overdueInputs: 2 });
      expect(council.sources.council).toContain('minst seks ganger');

      expect((await (await as('lena.leder')).post(`/api/user-council/inputs/${input.body.id}/follow-up`, { status: 'done', text: 'Psykisk helse og rus kan ikke svare for Boligkontoret.' })).body.code).toBe('OUTSIDE_RESPONSIBILITY');
      const berit = await as('berit.boligleder');
      expect((await berit.post(`/api/user-council/inputs/${input.body.id}/follow-up`, { status: 'done', text: 'Ny rutine: tildelingsmøte hver 14. dag, ventetiden halvert.' })).status).toBe(204);
      expect((await berit.post(`/api/user-council/inputs/${input.body.id}/follow-up`, { status: 'done', text: 'En gang til for sikkerhets skyld.' })).body).toMatchObject({ status: 409, detail: 'Innspillet er allerede avsluttet.' });
      for (const day of ['2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10', '2026-06-10']) await meeting(day);
      council = (await kristin.get('/api/user-council')).body;
      expect(council).toMatchObject({ meetingsHeld: 6, meetingsMet: true, openInputs: 1, overdueInputs: 1 });
      const done = council.meetings.at(-1).inputs.find((i: { topic: string }) => i.topic === 'Ventetid på bolig');
      expect(done).toMatchObject({ status: 'done', followUp: 'Ny rutine: tildelingsmøte hver 14. dag, ventetiden halvert.', followedUpBy: 'Berit Boligleder', overdue: false, unit: { name: 'Boligkontoret' } });

      const before = await rows(sql`select (select count(*)::int from user_council_meetings) as m, (select count(*)::int from user_council_inputs) as i`);
      expect((await kristin.post('/api/user-council/meetings', { heldOn: '2026-07-01', agenda: 'Fremtid', minutes: 'Et møte som ikke er holdt ennå.' })).body).toMatchObject({ status: 422, errors: [{ path: 'body/heldOn', detail: 'Datoen er i fremtiden' }] });
      expect((await kristin.post(`/api/user-council/meetings/${january}/inputs`, { topic: 'X', text: 'For kort tema.' })).body.errors).toEqual([{ path: 'body/topic', detail: 'Skriv temaet (minst 3 tegn)' }]);
      expect((await kristin.post(`/api/user-council/meetings/${january}/inputs`, { topic: 'Ukjent', text: 'Innspill til en enhet som ikke finnes.', unitId: '00000000-0000-4000-8000-000000000000' })).body.errors).toEqual([{ path: 'body/unitId', detail: 'Ukjent enhet' }]);
      expect((await (await as('ola.tjenesteyter')).post('/api/user-council/meetings', { heldOn: '2026-06-01', agenda: 'Agenda', minutes: 'Referat fra møtet i rådet.' })).body.code).toBe('ROLE_REQUIRED');
      expect(await rows(sql`select (select count(*)::int from user_council_meetings) as m, (select count(*)::int from user_council_inputs) as i`)).toEqual(before);
    });

    it('registers peer workers in units and ends them', async () => {
      const kristin = await as('kristin.kvalitet');
      const created = await kristin.post('/api/peer-workers', { name: 'Tore Erfaring', unitId: app.seed.unitIds.lavterskel, role: 'Erfaringskonsulent i møteplassen og i tjenesteutvikling', startedOn: '2025-03-01' });
      expect(created.status).toBe(201);
      await kristin.post('/api/peer-workers', { name: 'Mona Medvirker', unitId: app.seed.unitIds.lavterskel, role: 'Erfaringskonsulent i bolig med bemanning', startedOn: '2026-01-01' });
      let list = (await (await as('vakt.legevakt')).get('/api/peer-workers')).body;
      expect(list.perUnit).toEqual([{ id: app.seed.unitIds.lavterskel, name: 'Lavterskeltilbudet', active: 2 }]);
      expect(list.source).toContain('erfaringskompetanse');
      expect((await kristin.post(`/api/peer-workers/${created.body.id}/end`, { endedOn: '2025-02-01' })).body).toMatchObject({ status: 422, errors: [{ path: 'body/endedOn', detail: 'Før eller lik startdatoen 01.03.2025' }] });
      expect((await kristin.post('/api/peer-workers', { name: 'X', unitId: app.seed.unitIds.nav, role: 'Rolle', startedOn: '2026-01-01' })).body.errors).toEqual([{ path: 'body/name', detail: 'Skriv navnet (minst 2 tegn)' }]);
      expect((await kristin.post(`/api/peer-workers/${created.body.id}/end`, { endedOn: '2026-05-31' })).status).toBe(204);
      list = (await kristin.get('/api/peer-workers')).body;
      expect(list.perUnit).toEqual([{ id: app.seed.unitIds.lavterskel, name: 'Lavterskeltilbudet', active: 1 }]);
      expect(list.items.find((p: { name: string }) => p.name === 'Tore Erfaring')).toMatchObject({ active: false, endedOn: '2026-05-31' });
      expect((await kristin.post(`/api/peer-workers/${created.body.id}/end`, { endedOn: '2026-06-01' })).body).toMatchObject({ status: 409, detail: 'Arbeidsforholdet er allerede avsluttet (2026-05-31).' });
    });
  });
}
