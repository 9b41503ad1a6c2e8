import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

for (const database of testDatabases()) {
  describe(`${database.name}: responsibility matrix`, () => {
    let app: RunningApp;
    let dps: string;
    let v1: string;
    const as = (username: string) => app.as(username);
    const cell = (key: keyof RunningApp['seed']['unitIds'], level: string) => ({ party: 'unit', id: app.seed.unitIds[key], level });
    const tasks = () => [
      { name: 'Kartlegging før vedtak', assignments: [cell('tildeling', 'responsible'), cell('psykiskHelseRus', 'takes-part')] },
      { name: 'Legemiddelhåndtering hjemme', assignments: [cell('hjemmesykepleie', 'takes-part'), cell('psykiskHelseRus', 'takes-part')] },
      { name: 'Oppfølging i hjemmet', assignments: [cell('bolig', 'responsible'), cell('psykiskHelseRus', 'responsible')] },
      { name: 'Kartlegging av vold- og selvmordsrisiko', assignments: [cell('psykiskHelseRus', 'responsible'), { party: 'partner', id: dps, level: 'takes-part' }] },
    ];
    const rows = () => queryRows(app.database.db, sql`select (select count(*)::int from responsibility_matrices) as m, (select count(*)::int from responsibility_tasks) as t, (select count(*)::int from responsibility_assignments) as a`);

    beforeAll(async () => {
      app = await startTestApp(database);
      dps = (await (await as('kari.saksbehandler')).get('/api/partners')).body.items.find((p: { name: string }) => p.name === 'DPS Fjordvik').id;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('flags a task with no responsible unit and one with two as findings', async () => {
      const kristin = await as('kristin.kvalitet');
      const created = await kristin.post('/api/responsibility-matrices', { title: 'Ansvarsfordeling i ROP-feltet', tasks: tasks() });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      v1 = created.body.id;
      const view = (await kristin.get(`/api/responsibility-matrices/${v1}`)).body;
      expect(view).toMatchObject({ version: 1, status: 'draft', findingCount: 2 });
      expect(view.findings).toEqual([
        { task: 'Legemiddelhåndtering hjemme', kind: 'no-responsible', detail: '«Legemiddelhåndtering hjemme» har ingen ansvarlig enhet.', responsible: [] },
        { task: 'Oppfølging i hjemmet', kind: 'several-responsible', detail: '«Oppfølging i hjemmet» har 2 ansvarlige: Boligkontoret og Psykisk helse og rus. Én må ha ansvaret.', responsible: ['Boligkontoret', 'Psykisk helse og rus'] },
      ]);
      expect(view.tasks[3].assignments).toEqual([
        { party: 'unit', id: app.seed.unitIds.psykiskHelseRus, name: 'Psykisk helse og rus', level: 'responsible', levelLabel: 'Ansvarlig' },
        { party: 'partner', id: dps, name: 'DPS Fjordvik', level: 'takes-part', levelLabel: 'Deltar' },
      ]);
      expect(view.parties.at(-1)).toEqual({ party: 'partner', id: dps, name: 'DPS Fjordvik' });
    });

    it('refuses a matrix that cannot be saved, precisely, and leaves the draft as it was', async () => {
      const kristin = await as('kristin.kvalitet');
      const before = await rows();
      const twice = tasks();
      twice[0]!.assignments.push(cell('tildeling', 'informed'));
      const duplicate = await kristin.put(`/api/responsibility-matrices/${v1}`, { title: 'Ansvarsfordeling', tasks: twice });
      expect(duplicate.body).toMatchObject({ status: 422, errors: [{ path: 'body/tasks/0/assignments/2/id', detail: 'Samme enhet eller samarbeidspartner står flere ganger på oppgaven' }] });
      const unknown = await kristin.put(`/api/responsibility-matrices/${v1}`, { title: 'Ansvarsfordeling', tasks: [{ name: 'Arbeid og aktivitet', assignments: [{ party: 'unit', id: '00000000-0000-4000-8000-000000000000', level: 'responsible' }] }] });
      expect(unknown.body).toMatchObject({ status: 422, errors: [{ path: 'body/tasks/0/assignments/0/id', detail: 'Ukjent enhet' }] });
      const badLevel = await kristin.put(`/api/responsibility-matrices/${v1}`, { title: 'Ansvarsfordeling', tasks: [{ name: 'Arbeid og aktivitet', assignments: [{ party: 'unit', id: app.seed.unitIds.nav, level: 'owner' }] }] });
      expect(badLevel.body.errors).toEqual([{ path: 'body/tasks/0/assignments/0/level', detail: 'Nivå: responsible, takes-part, informed (ansvarlig, deltar, informeres)' }]);
      expect((await kristin.post('/api/responsibility-matrices', { title: 'Tom', tasks: [] })).body.errors).toEqual([{ path: 'body/tasks', detail: 'Matrisen må ha minst én oppgave' }]);
      expect((await kristin.post('/api/responsibility-matrices', { title: 'Nummer to', tasks: tasks() })).body).toMatchObject({ status: 409, detail: 'Det finnes allerede et utkast (versjon 1). Endre det i stedet for å lage et nytt.' });
      expect(await rows()).toEqual(before);
      expect((await kristin.get(`/api/responsibility-matrices/${v1}`)).body.findingCount).toBe(2);
    });

    it('is approved by the director only, then frozen; a new version fixes the findings and becomes current', async () => {
      const kristin = await as('kristin.kvalitet');
      expect((await (await as('ola.tjenesteyter')).put(`/api/responsibility-matrices/${v1}`, { title: 'X y z', tasks: tasks() })).body.code).toBe('ROLE_REQUIRED');
      expect((await kristin.post(`/api/responsibility-matrices/${v1}/approve`)).body.code).toBe('ROLE_REQUIRED');
      const dina = await as('dina.direktor');
      expect((await dina.post(`/api/responsibility-matrices/${v1}/approve`, { comment: 'Funnene avklares i lederforum' })).status).toBe(204);
      expect((await kristin.put(`/api/responsibility-matrices/${v1}`, { title: 'Endret', tasks: tasks() })).body).toMatchObject({ status: 409, detail: 'Versjon 1 er godkjent og kan ikke endres. Lag en ny versjon.' });
      const current = (await (await as('nora.nav')).get('/api/responsibility-matrices/current')).body.matrix;
      expect(current).toMatchObject({ id: v1, status: 'current', findingCount: 2, approvedBy: { displayName: 'Dina Direktør' }, approvalComment: 'Funnene avklares i lederforum' });

      const fixed = tasks();
      fixed[1]!.assignments[0]!.level = 'responsible';
      fixed[2]!.assignments[1]!.level = 'takes-part';
      const v2 = await kristin.post('/api/responsibility-matrices', { title: 'Ansvarsfordeling i ROP-feltet (revidert)', tasks: fixed });
      expect((await kristin.get(`/api/responsibility-matrices/${v2.body.id}`)).body).toMatchObject({ version: 2, status: 'draft', findings: [] });
      await dina.post(`/api/responsibility-matrices/${v2.body.id}/approve`);
      expect((await kristin.get('/api/responsibility-matrices')).body.items.map((m: { version: number; status: string; findingCount: number }) => `${m.version}:${m.status}:${m.findingCount}`)).toEqual(['2:current:0', '1:superseded:2']);
    });
  });
}
