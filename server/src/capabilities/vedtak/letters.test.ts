// Letters in the person's language form, with every letter readable back for a Sami name and fit
// for the archive (PDF/A-2): the vedtak letter, the individual plan and the crisis plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';
import { pdfFacts, pdfText } from '../../test/pdf-inspect.js';

const given = 'Áile Čeŋđ-Łukašenko';
const family = 'Ŧoađđi';
const fullName = `${given} ${family}`;

for (const database of testDatabases()) {
  describe(`${database.name}: letters in bokmål or nynorsk, embedded fonts, PDF/A-2`, () => {
    let app: RunningApp;
    let per: string;
    let kari: TestClient;
    let siri: TestClient;
    let admin: TestClient;
    let vedtakId: string;
    let planId: string;

    const pdf = async (client: TestClient, path: string): Promise<Buffer> => {
      const response = await fetch(`${app.baseUrl}${path}`, { headers: { cookie: client.cookie } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      return Buffer.from(await response.arrayBuffer());
    };
    const letter = () => pdf(kari, `/api/vedtak/${vedtakId}/pdf`);

    beforeAll(async () => {
      app = await startTestApp(database, { cases: true });
      per = app.seed.personIds[0]!;
      kari = await app.as('kari.saksbehandler');
      siri = await app.as('siri.koordinator');
      admin = await app.as('anne.admin');
      vedtakId = (await kari.get(`/api/persons/${per}/vedtak`)).body.items.find((v: { status: string }) => v.status === 'final').id;
      planId = (await siri.get(`/api/persons/${per}/plan`)).body.id;
      expect((await kari.patch(`/api/persons/${per}`, { givenName: given, familyName: family })).status).toBe(200);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('prints a Sami name exactly in the vedtak letter, the plan and the crisis plan, in embedded fonts only', async () => {
      const documents = { vedtak: await letter(), plan: await pdf(siri, `/api/plans/${planId}/pdf`), crisisPlan: await pdf(siri, `/api/persons/${per}/crisis-plan/pdf?large=true`) };
      for (const [name, bytes] of Object.entries(documents)) {
        const lines = (await pdfText(bytes)).split('\n');
        expect(lines, name).toContain(fullName);
        const { fonts } = pdfFacts(bytes);
        expect(fonts.length, name).toBeGreaterThan(0);
        expect(fonts.filter((f) => !f.embedded), name).toEqual([]);
        expect(fonts.map((f) => f.baseFont).join(' '), name).not.toMatch(/Helvetica|Times|Courier|Symbol|ZapfDingbats/);
      }
    });

    it('makes each letter a tagged PDF/A-2 with an sRGB output intent and the letter\'s language', async () => {
      for (const bytes of [await letter(), await pdf(siri, `/api/plans/${planId}/pdf`), await pdf(siri, `/api/persons/${per}/crisis-plan/pdf`)]) {
        const facts = pdfFacts(bytes);
        expect(facts).toMatchObject({ pdfaPart: '2', pdfaConformance: 'B', outputIntentWithIcc: true, language: 'nb-NO', marked: true, structTreeRoot: true });
        expect(facts.structureTypes).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P']));
        expect(bytes.subarray(0, 8).toString()).toBe('%PDF-1.7');
      }
    });

    it('writes the vedtak in nynorsk for a person who chose it, and logs the choice as a person write', async () => {
      const chosen = await kari.patch(`/api/persons/${per}`, { writtenLanguage: 'nn' });
      expect(chosen.body.writtenLanguage).toBe('nn');
      const text = await pdfText(await letter());
      expect(text).toContain('Grunngjeving');
      expect(text).toContain('Heimel');
      expect(text).toMatch(/Du får .* frå \d+\. \w+ \d{4}/);
      expect(text).toMatch(/Vedtaket skal evaluerast saman med deg seinast/);
      expect(text).not.toContain('Begrunnelse');
      expect(text).not.toMatch(/\bikke\b/);
      expect(pdfFacts(await letter()).language).toBe('nn-NO');
      const plan = await pdfText(await pdf(siri, `/api/plans/${planId}/pdf`));
      expect(plan).toContain('Koordinatoren min');
      expect(plan).toContain('Neste gong:');
      const crisis = await pdfText(await pdf(siri, `/api/persons/${per}/crisis-plan/pdf`));
      expect(crisis).toContain('Teikn på at eg held på å bli dårlegare');
      expect(crisis).toContain('Kven eg kan ringje');
      const log = await queryRows<{ details: { fields: string } }>(app.database.db, sql`select details from access_log where person_id = ${per} and action = 'person.update' order by id desc limit 1`);
      expect(log[0]!.details.fields).toBe('writtenLanguage');
    });

    it('follows the municipality when the person has no choice, and the admin\'s change applies to the next letter', async () => {
      expect((await kari.patch(`/api/persons/${per}`, { writtenLanguage: null })).body.writtenLanguage).toBeNull();
      expect((await admin.get('/api/municipality')).body).toMatchObject({ name: 'Fjordvik kommune', writtenLanguage: 'nb' });
      const bokmal = await pdfText(await letter());
      expect(bokmal).toContain('Begrunnelse');
      expect(bokmal).not.toContain('Grunngjeving');

      const changed = await admin.patch('/api/municipality', { writtenLanguage: 'nn' });
      expect(changed.status).toBe(200);
      expect(changed.body.writtenLanguage).toBe('nn');
      const nynorsk = await pdfText(await letter());
      expect(nynorsk).toContain('Grunngjeving');
      expect(nynorsk).not.toContain('Begrunnelse');

      // The person's own choice still wins over the municipality's.
      await kari.patch(`/api/persons/${per}`, { writtenLanguage: 'nb' });
      expect(await pdfText(await letter())).toContain('Begrunnelse');
      await kari.patch(`/api/persons/${per}`, { writtenLanguage: null });
      expect((await admin.patch('/api/municipality', { writtenLanguage: 'nb' })).status).toBe(200);
    });

    it('lets only the administrator change the municipality\'s language form, and refuses an unknown one', async () => {
      const refused = await kari.patch('/api/municipality', { writtenLanguage: 'nn' });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
      expect((await admin.get('/api/municipality')).body.writtenLanguage).toBe('nb');
      const unknown = await admin.patch('/api/municipality', { writtenLanguage: 'se' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([{ path: 'body/writtenLanguage', detail: 'Målform må være nb (bokmål) eller nn (nynorsk)' }]);
    });

    it('lets the person read and choose their own language form, logged as their own', async () => {
      const person = await app.as('per.testesen');
      expect((await person.get('/api/me/written-language')).body).toEqual({ writtenLanguage: 'nb', own: null, municipality: 'nb' });
      expect((await person.put('/api/me/written-language', { writtenLanguage: 'nn' })).body).toEqual({ writtenLanguage: 'nn', own: 'nn', municipality: 'nb' });
      expect(await pdfText(await pdf(person, '/api/me/plan/pdf'))).toContain('Koordinatoren min');
      const log = await queryRows<{ basis: string; details: { writtenLanguage: string } }>(app.database.db, sql`select basis, details from access_log where person_id = ${per} and action = 'citizen.written-language.update'`);
      expect(log).toEqual([{ basis: 'own', details: { writtenLanguage: 'nn' } }]);
      expect((await kari.get(`/api/persons/${per}`)).body.writtenLanguage).toBe('nn');
      await person.put('/api/me/written-language', { writtenLanguage: null });
    });
  });
}
