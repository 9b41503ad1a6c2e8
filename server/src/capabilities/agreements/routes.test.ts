import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

const now = new Date('2026-06-15T10:00:00Z');

for (const database of testDatabases()) {
  describe(`${database.name}: cooperation agreements and meeting arenas`, () => {
    let app: RunningApp;
    let dps: string;
    let agreement: string;
    const as = (username: string) => app.as(username);
    const unit = (key: keyof RunningApp['seed']['unitIds']) => ({ party: 'unit', id: app.seed.unitIds[key] });
    const counts = () => queryRows(app.database.db, sql`select (select count(*)::int from cooperation_agreements) as a, (select count(*)::int from agreement_parties) as p, (select count(*)::int from agreement_meetings) as m, (select count(*)::int from organisation_notices) as n`);
    const body = () => ({ title: 'Samarbeid psykisk helse og rus – NAV', purpose: 'Felles oppfølging av arbeid, økonomi og bolig for personer med ROP-lidelser.', parties: [unit('psykiskHelseRus'), unit('nav'), { party: 'partner', id: dps }], meetingsPerYear: 4, validFrom: '2025-01-01', ownerId: app.seed.userIds['lena.leder'] });

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => now });
      dps = (await (await as('kari.saksbehandler')).get('/api/partners')).body.items.find((p: { name: string }) => p.name === 'DPS Fjordvik').id;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('shows meetings held ÷ required this year and flags the arena as lapsed until a meeting is recorded', async () => {
      const kristin = await as('kristin.kvalitet');
      const created = await kristin.post('/api/agreements', body());
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      agreement = created.body.id;
      const lena = await as('lena.leder');
      expect((await lena.post(`/api/agreements/${agreement}/meetings`, { heldOn: '2026-01-20', minutes: 'Gjennomgang av felles brukere og rutiner for bolig.' })).status).toBe(201);
      const list = (await (await as('ola.tjenesteyter')).get('/api/agreements')).body;
      expect(list).toMatchObject({ year: 2026, lapsedCount: 1 });
      expect(list.items[0]).toMatchObject({
        title: 'Samarbeid psykisk helse og rus – NAV',
        inForce: true,
        owner: { displayName: 'Lena Leder' },
        parties: [{ party: 'unit', name: 'NAV Fjordvik', active: true }, { party: 'unit', name: 'Psykisk helse og rus' }, { party: 'partner', name: 'DPS Fjordvik' }],
        arena: { year: 2026, required: 4, held: 1, ratio: 0.25, dueSoFar: 1, lastMeeting: '2026-01-20', lapsed: true, lapsedDetail: 'Møtearenaen er bortfalt: siste møte var 2026-01-20 (146 dager siden), avtalen krever 4 møter i året.' },
      });
      expect(list.sources.lapsed).toContain('1,5 møteintervall');
      await lena.post(`/api/agreements/${agreement}/meetings`, { heldOn: '2026-05-04', minutes: 'Oppfølging av tiltak fra januar; ny rutine for husleie.' });
      const view = (await lena.get(`/api/agreements/${agreement}`)).body;
      expect(view.arena).toMatchObject({ held: 2, ratio: 0.5, lapsed: false, lapsedDetail: null });
      expect(view.meetings.map((m: { heldOn: string; recordedBy: string }) => `${m.heldOn} ${m.recordedBy}`)).toEqual(['2026-05-04 Lena Leder', '2026-01-20 Lena Leder']);
      expect((await lena.get(`/api/agreements?year=2025`)).body.items[0].arena).toMatchObject({ year: 2025, required: 4, held: 0, ratio: 0 });
    });

    it('refuses bad input precisely and writes nothing', async () => {
      const kristin = await as('kristin.kvalitet');
      const before = await counts();
      const one = await kristin.post('/api/agreements', { ...body(), parties: [unit('nav')] });
      expect(one.body).toMatchObject({ status: 400, errors: [{ path: 'body/parties', detail: 'En samarbeidsavtale må ha minst to parter' }] });
      const unknown = await kristin.post('/api/agreements', { ...body(), parties: [unit('nav'), { party: 'unit', id: '00000000-0000-4000-8000-000000000000' }, unit('nav')] });
      expect(unknown.body).toMatchObject({ status: 422, errors: [{ path: 'body/parties/2/id', detail: 'Samme part står flere ganger' }, { path: 'body/parties/1/id', detail: 'Ukjent enhet' }] });
      expect((await kristin.post('/api/agreements', { ...body(), meetingsPerYear: 53 })).body.errors).toEqual([{ path: 'body/meetingsPerYear', detail: 'Høyst 52 møter i året' }]);
      expect((await kristin.post('/api/agreements', { ...body(), validTo: '2024-12-31' })).body).toMatchObject({ status: 422, errors: [{ path: 'body/validTo', detail: 'Før eller lik gyldig fra' }] });
      expect((await kristin.post('/api/agreements', { ...body(), extra: 1 })).status).toBe(400);
      const lena = await as('lena.leder');
      expect((await lena.post(`/api/agreements/${agreement}/meetings`, { heldOn: '2026-06-16', minutes: 'Referat fra et møte som ikke er holdt.' })).body).toMatchObject({ status: 422, detail: 'Et møte kan ikke registreres før det er holdt.', errors: [{ path: 'body/heldOn' }] });
      expect((await lena.post(`/api/agreements/${agreement}/meetings`, { heldOn: '2024-06-01', minutes: 'Referat fra før avtalen gjaldt.' })).body.errors).toEqual([{ path: 'body/heldOn', detail: 'Utenfor avtalens gyldighet' }]);
      expect((await lena.post(`/api/agreements/${agreement}/meetings`, { heldOn: '2026-06-01', minutes: 'kort' })).body.errors).toEqual([{ path: 'body/minutes', detail: 'Skriv referatet (minst 10 tegn)' }]);
      expect(await counts()).toEqual(before);
    });

    it('lets leaders manage only agreements their units are party to', async () => {
      expect((await (await as('ola.tjenesteyter')).post('/api/agreements', body())).body.code).toBe('ROLE_REQUIRED');
      const berit = await as('berit.boligleder');
      expect((await berit.post(`/api/agreements/${agreement}/meetings`, { heldOn: '2026-06-01', minutes: 'Boligkontoret er ikke part i avtalen.' })).body).toMatchObject({ status: 403, code: 'OUTSIDE_RESPONSIBILITY' });
      expect((await berit.post('/api/agreements', { ...body(), ownerId: app.seed.userIds['berit.boligleder'] })).status).toBe(201);
    });

    it('closing a team that is party to an agreement and in the responsibility matrix notifies the parties’ leaders', async () => {
      const kristin = await as('kristin.kvalitet');
      const fact = await kristin.post('/api/agreements', { title: 'FACT og DPS', purpose: 'Felles FACT-team med spesialisthelsetjenesten; ukentlige inntaksmøter.', parties: [unit('fact'), unit('psykiskHelseRus'), { party: 'partner', id: dps }], meetingsPerYear: 12, validFrom: '2025-01-01', ownerId: app.seed.userIds['kristin.kvalitet'] });
      await kristin.post('/api/responsibility-matrices', { title: 'Ansvar', tasks: [{ name: 'Oppfølging i hjemmet', assignments: [{ party: 'unit', id: app.seed.unitIds.fact, level: 'responsible' }] }] });
      const admin = await as('anne.admin');
      const before = (await counts())[0] as { n: number };
      expect((await admin.patch(`/api/units/${app.seed.unitIds.lavterskel}`, { name: 'Lavterskel Fjordvik' })).status).toBe(204);
      expect(((await counts())[0] as { n: number }).n).toBe(before.n);
      expect((await admin.patch(`/api/units/${app.seed.unitIds.fact}`, { active: false })).status).toBe(204);

      const lena = await as('lena.leder');
      const notices = (await lena.get('/api/organisation-notices?unread=true')).body;
      expect(notices.items).toEqual([expect.objectContaining({ unit: { id: app.seed.unitIds.fact, name: 'FACT-teamet' }, change: 'closed', agreement: { id: fact.body.id, title: 'FACT og DPS' }, detail: '«FACT-teamet» er lagt ned. Enheten er part i samarbeidsavtalen «FACT og DPS»: avtalen og møtearenaen må gjennomgås.', readAt: null })]);
      expect(notices.source).toContain('Kommuneloven § 25-1');
      const kristinNotices = (await kristin.get('/api/organisation-notices')).body.items.map((n: { detail: string }) => n.detail);
      expect(kristinNotices.sort()).toEqual([
        '«FACT-teamet» er lagt ned. Enheten er part i samarbeidsavtalen «FACT og DPS»: avtalen og møtearenaen må gjennomgås.',
        '«FACT-teamet» er lagt ned. Enheten står i ansvarsmatrisen (versjon 1): ansvaret må fordeles på nytt.',
      ]);
      expect((await (await as('dina.direktor')).get('/api/organisation-notices')).body.items.map((n: { agreement: unknown }) => n.agreement)).toEqual([null]);
      expect((await (await as('henrik.hjemmeleder')).get('/api/organisation-notices')).body.items).toEqual([]);
      expect((await (await as('ola.tjenesteyter')).get(`/api/agreements/${fact.body.id}`)).body.closedParties).toEqual(['FACT-teamet']);

      const id = notices.items[0].id;
      expect((await kristin.post(`/api/organisation-notices/${id}/read`)).body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect((await lena.post(`/api/organisation-notices/${id}/read`)).status).toBe(204);
      expect((await lena.get('/api/organisation-notices?unread=true')).body.items).toEqual([]);
      const closedParty = await kristin.post('/api/agreements', { ...body(), parties: [unit('fact'), unit('nav')] });
      expect(closedParty.body.errors).toEqual([{ path: 'body/parties/0/id', detail: 'Enheten er lagt ned' }]);
    });
  });
}
