// Writes that got their own forms: a unit leader appoints the unit's child-responsible staff
// (helsepersonelloven § 10 a) and the vacancy flag disappears; KE records a coordinator offer to a
// person who declined an individual plan (helse- og omsorgstjenesteloven § 7-2) and ends a coordinator
// assignment; a peer worker's employment is ended. Each with one bad input (precise Norwegian error,
// nothing saved), axe on each form state and no JavaScript errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, check, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';
import { TestClient } from '../../server/src/test/http-client.js';
import { webTestPassword } from '../../server/src/test/web-server.js';

let h: Harness;

async function as(username: string): Promise<TestClient> {
  const client = new TestClient(h.server.baseUrl);
  await client.login(username, webTestPassword);
  return client;
}

/** A date `days` from today (Oslo), as YYYY-MM-DD. */
function osloDate(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(Date.now() + days * 86_400_000));
}

const norwegian = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (child-responsible, coordinator offer/end, peer workers):\n${axeSummary()}`);
  await h?.close();
});

describe('barneansvarlig, tilbud om koordinator, avsluttet koordinator og erfaringskonsulent', () => {
  it('enhetslederen utnevner barneansvarlig i en enhet uten, og ledig-flagget forsvinner', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'lena.leder');
    await page.goto('/organisasjon/barneansvarlige');
    await page.getByRole('heading', { level: 2, name: 'Barneansvarlige' }).waitFor();
    const row = page.getByRole('row', { name: /^Psykisk helse og rus/ });
    await row.getByText('Ledig').waitFor();
    expect(await page.getByRole('main').textContent()).toContain('enheter mangler barneansvarlig');
    // Lena leads only Psykisk helse og rus: no appointing in FACT-teamet.
    await expect(page.getByRole('button', { name: 'Utnevn barneansvarlig i FACT-teamet' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'barneansvarlige (ledig)');

    await click(page.getByRole('button', { name: 'Utnevn barneansvarlig i Psykisk helse og rus' }));
    await page.getByRole('heading', { level: 3, name: 'Barneansvarlig i Psykisk helse og rus' }).waitFor();
    await page.getByRole('option', { name: 'Ola Tjenesteyter (Miljøterapeut)' }).waitFor({ state: 'attached' });
    await expectAccessible(page, 'barneansvarlig-skjema');
    await click(page.getByRole('button', { name: 'Lagre barneansvarlig' }));
    await page.getByText('Ansatt i enheten: Velg en ansatt').waitFor();
    await expectAccessible(page, 'barneansvarlig-skjema med feil');
    expect(await row.textContent()).toContain('Ledig');

    await page.getByLabel('Ansatt i enheten').selectOption({ label: 'Ola Tjenesteyter (Miljøterapeut)' });
    await click(page.getByRole('button', { name: 'Lagre barneansvarlig' }));
    await page.getByText('Ola Tjenesteyter er utnevnt til barneansvarlig i Psykisk helse og rus.').waitFor();
    await row.getByText('Utnevnt').waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Ola Tjenesteyter (fra ');
    expect(text).not.toContain('Ledig');
    await expectAccessible(page, 'barneansvarlige (utnevnt)');

    // Saved: the API says so too, and the button now changes rather than appoints.
    const list = (await (await as('lena.leder')).get('/api/child-responsible')).body.items as { unitName: string; vacant: boolean; staff: { displayName: string }[] }[];
    expect(list.find((u) => u.unitName === 'Psykisk helse og rus')).toMatchObject({ vacant: false, staff: [{ displayName: 'Ola Tjenesteyter' }] });
    await page.getByRole('button', { name: 'Bytt barneansvarlig i Psykisk helse og rus' }).waitFor();
    expect(jsErrors(page)).toEqual([]);
  });

  it('KE tilbyr koordinator til en person som takket nei til individuell plan, og tilbudet vises', async () => {
    const ase = h.server.seed.personIds[1]!;
    const ola = await as('ola.tjenesteyter');
    const declined = await ola.post(`/api/persons/${ase}/ip-information`, { unitId: h.server.seed.unitIds.psykiskHelseRus, informedOn: osloDate(0), methods: ['letter'], needsBasis: 'Hjemmesykepleie og psykisk helse over tid', answer: 'declines', declineReason: 'Vil ikke ha flere møter nå' });
    expect(declined.status).toBe(201);

    const { page } = await h.newPage();
    await h.login(page, 'kjell.ke');
    await page.goto(`/personer/${ase}/koordinering`);
    await page.getByRole('heading', { level: 2, name: 'Koordinator' }).waitFor();
    await page.getByText('Personen har takket nei til individuell plan. Koordinerende enhet skal likevel tilby koordinator').waitFor();
    await expectAccessible(page, 'koordinering (takket nei til IP)');

    await click(page.getByRole('button', { name: 'Registrer tilbud om koordinator' }));
    await click(page.getByRole('button', { name: 'Lagre tilbudet' }));
    await page.getByText('Svar: Oppgi om personen takket ja').waitFor();
    await page.getByText('Hva personen svarte: Skriv hva personen svarte').waitFor();
    await expectAccessible(page, 'tilbud om koordinator med feil');
    expect((await (await as('kjell.ke')).get(`/api/persons/${ase}/coordination`)).body.events).toEqual([]);

    await check(page.getByLabel('Nei, takket nei'));
    await page.getByLabel('Hva svarte personen?').fill('Åse vil tenke på det til neste samtale');
    await expectAccessible(page, 'tilbud om koordinator utfylt');
    await click(page.getByRole('button', { name: 'Lagre tilbudet' }));
    await page.getByText('Tilbudet er registrert: personen takket nei til koordinator.').waitFor();
    await page.getByText(/Siste tilbud om koordinator: .* – personen takket nei\. Svar: Åse vil tenke på det til neste samtale/).waitFor();
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('Koordinator tilbudt (takket nei). Åse vil tenke på det til neste samtale (registrert av Kjell Koordinerende)');
    expect(main).not.toContain('Koordinerende enhet skal likevel tilby koordinator');
    await expectAccessible(page, 'koordinering (tilbud registrert)');
    expect(jsErrors(page)).toEqual([]);
  });

  it('KE avslutter en koordinator, og avslutningen står i historikken', async () => {
    const per = h.server.seed.personIds[0]!;
    // A message of need for a coordinator gives KE the case (and access); KE registers Siri and appoints her.
    const kari = await as('kari.saksbehandler');
    const message = await kari.post(`/api/persons/${per}/ip-messages`, { kind: 'coordinator', source: 'unit', content: 'Per trenger en koordinator for tjenestene' });
    expect(message.status).toBe(201);
    const kjell = await as('kjell.ke');
    const coordinatorId = (await kjell.post('/api/coordinators', { userId: h.server.seed.userIds['siri.koordinator'], unitId: h.server.seed.unitIds.fact })).body.id as string;
    const appointed = await kjell.post(`/api/persons/${per}/coordinator`, { coordinatorId, basis: 'ip', reason: 'Siri kjenner Per fra FACT-teamet', chosenWithPerson: true });
    expect(appointed.body ?? null).toBeNull();
    expect(appointed.status).toBe(204);

    const { page } = await h.newPage();
    await h.login(page, 'kjell.ke');
    await page.goto(`/personer/${per}/koordinering`);
    await page.getByText(/Siri Koordinator.*, FACT-teamet/).first().waitFor();
    await click(page.getByRole('button', { name: 'Avslutt koordinator' }));
    await page.getByRole('heading', { level: 3, name: 'Avslutt koordinator' }).waitFor();
    await expectAccessible(page, 'avslutt koordinator (skjema)');
    await click(page.getByRole('button', { name: 'Avslutt koordinator' }));
    await page.getByText('Begrunnelse: Begrunn hvorfor koordinatoren avsluttes').waitFor();
    await expectAccessible(page, 'avslutt koordinator med feil');
    expect((await kjell.get(`/api/persons/${per}/coordination`)).body.coordinator).toMatchObject({ displayName: 'Siri Koordinator' });

    await page.getByLabel('Hvorfor avsluttes koordinatoren?').fill('Per trenger ikke lenger koordinerte tjenester');
    await click(page.getByRole('button', { name: 'Avslutt koordinator' }));
    await page.getByText('Siri Koordinator er avsluttet som koordinator.').waitFor();
    await page.getByText('Personen har ingen koordinator.').waitFor();
    await page.getByText(/Koordinator avsluttet – Siri Koordinator\. Per trenger ikke lenger koordinerte tjenester/).waitFor();
    expect((await kjell.get(`/api/persons/${per}/coordination`)).body.coordinator).toBeNull();
    await expectAccessible(page, 'koordinering (koordinator avsluttet)');
    expect(jsErrors(page)).toEqual([]);
  });

  it('en erfaringskonsulent avsluttes; sluttdato før start avvises', async () => {
    const startedOn = osloDate(-100);
    const kristin = await as('kristin.kvalitet');
    const registered = await kristin.post('/api/peer-workers', { name: 'Kim Erfaring', unitId: h.server.seed.unitIds.lavterskel, role: 'Erfaringskonsulent, samtaler og følge til avtaler', startedOn });
    expect(registered.status).toBe(201);

    const { page } = await h.newPage();
    await h.login(page, 'kristin.kvalitet');
    await page.goto('/brukermedvirkning');
    const row = page.getByRole('row', { name: /Kim Erfaring/ });
    await row.waitFor();
    await click(page.getByRole('button', { name: 'Avslutt Kim Erfaring' }));
    await page.getByRole('heading', { level: 3, name: 'Avslutt erfaringskonsulent: Kim Erfaring' }).waitFor();
    await expectAccessible(page, 'avslutt erfaringskonsulent (skjema)');
    await page.getByLabel('Sluttdato').fill(startedOn);
    await click(page.getByRole('button', { name: 'Avslutt arbeidsforholdet' }));
    await page.getByText('Sluttdatoen må være etter startdatoen.').waitFor();
    await page.getByText(`Sluttdato: Før eller lik startdatoen ${startedOn.split("-").reverse().join(".")}`).waitFor();
    await expectAccessible(page, 'avslutt erfaringskonsulent med feil');
    const before = (await kristin.get('/api/peer-workers')).body.items.find((p: { name: string }) => p.name === 'Kim Erfaring');
    expect(before).toMatchObject({ endedOn: null, active: true });

    const endedOn = osloDate(0);
    await page.getByLabel('Sluttdato').fill(endedOn);
    await click(page.getByRole('button', { name: 'Avslutt arbeidsforholdet' }));
    await page.getByText(`Arbeidsforholdet til Kim Erfaring er avsluttet fra ${norwegian(endedOn)}.`).waitFor();
    await row.getByText('Avsluttet').waitFor();
    expect(await row.textContent()).toContain(`Fra ${norwegian(startedOn)} til ${norwegian(endedOn)}`);
    await expect(page.getByRole('button', { name: 'Avslutt Kim Erfaring' }).count()).resolves.toBe(0);
    expect((await kristin.get('/api/peer-workers')).body.items.find((p: { name: string }) => p.name === 'Kim Erfaring')).toMatchObject({ endedOn, active: false });
    await expectAccessible(page, 'erfaringskonsulenter (avsluttet)');
    expect(jsErrors(page)).toEqual([]);
  });
});
