// Person-page writes in the browser: somatic follow-up per check kind and checks done (dental with the
// county's free offer), NAV financial assistance as a fact without amounts, and a cooperation avvik
// linked to an admission and a referral. Each form: a precise Norwegian error with nothing saved, axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, check, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';
import { TestClient } from '../../server/src/test/http-client.js';
import { webTestPassword } from '../../server/src/test/web-server.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (somatic, NAV, specialist):\n${axeSummary()}`);
  await h?.close();
});

async function client(username: string): Promise<TestClient> {
  const c = new TestClient(h.server.baseUrl);
  expect((await c.login(username, webTestPassword)).status).toBe(200);
  return c;
}

/** Today in Oslo as YYYY-MM-DD, moved by whole months (the day clamped to the month's end) and then days. */
function osloDate(months = 0, days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const moved = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay) + days));
  return moved.toISOString().slice(0, 10);
}
const norwegian = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

describe('somatisk helse, NAV og spesialisthelsetjenesten', () => {
  it('tjenesteyteren setter oppfølging per kontroll og registrerer utførte kontroller', async () => {
    const ase = h.server.seed.personIds[1]!;
    const api = await client('ola.tjenesteyter');
    const { page } = await h.newPage();
    await h.login(page, 'ola.tjenesteyter');
    await page.goto(`/personer/${ase}/somatisk-helse`);
    await page.getByRole('heading', { level: 2, name: 'Somatisk helse' }).waitFor();
    const row = (kind: string) => page.locator(`tr[data-kind="${kind}"]`);
    await row('hepatitis-c').waitFor();
    expect(await row('hepatitis-c').textContent()).toContain('Ikke indisert');
    expect(await row('vaccination').textContent()).toContain('Aldri gjort');
    await expectAccessible(page, 'somatisk helse (start)');

    // Vaccination not indicated: the API wants a reason; nothing is saved without one.
    await click(row('vaccination').getByRole('button', { name: 'Endre' }));
    await page.getByRole('heading', { name: 'Oppfølging: Vaksinasjon' }).waitFor();
    await expectAccessible(page, 'oppfølgingsskjema');
    await check(page.getByRole('group', { name: 'Er kontrollen indisert?' }).getByLabel('Nei'));
    await click(page.getByRole('button', { name: 'Lagre oppfølgingen' }));
    await page.getByText('Rett opp dette før du lagrer:').waitFor();
    await page.getByRole('link', { name: 'Begrunnelse: Begrunn hvorfor kontrollen ikke er indisert' }).waitFor();
    expect(await page.locator('#followup-reason').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'oppfølgingsskjema med feil');
    let view = (await api.get(`/api/persons/${ase}/somatic`)).body;
    expect(view.items.find((i: { kind: string }) => i.kind === 'vaccination')).toMatchObject({ indicated: true, reason: null });
    await page.getByLabel('Begrunnelse (påkrevd når kontrollen ikke er indisert)').fill('Fullvaksinert etter plan');
    await click(page.getByRole('button', { name: 'Lagre oppfølgingen' }));
    await page.getByText('Oppfølgingen er lagret: Vaksinasjon.').waitFor();
    await row('vaccination').getByText('Begrunnelse: Fullvaksinert etter plan').waitFor();
    expect(await row('vaccination').textContent()).toContain('Ikke indisert');

    // Hepatitis C indicated every 6 months; an interval of 0 is refused first.
    await click(row('hepatitis-c').getByRole('button', { name: 'Endre' }));
    await check(page.getByRole('group', { name: 'Er kontrollen indisert?' }).getByLabel('Ja'));
    await page.getByLabel('Intervall i måneder').fill('0');
    await click(page.getByRole('button', { name: 'Lagre oppfølgingen' }));
    await page.getByRole('link', { name: 'Intervall: Minst 1 måned' }).waitFor();
    expect((await api.get(`/api/persons/${ase}/somatic`)).body.items.find((i: { kind: string }) => i.kind === 'hepatitis-c').indicated).toBe(false);
    await page.getByLabel('Intervall i måneder').fill('6');
    await page.getByLabel('Begrunnelse (påkrevd når kontrollen ikke er indisert)').fill('Har injisert');
    await click(page.getByRole('button', { name: 'Lagre oppfølgingen' }));
    await page.getByText('Oppfølgingen er lagret: Hepatitt C (test ved indikasjon).').waitFor();
    await row('hepatitis-c').getByText('6 mnd', { exact: true }).waitFor();
    expect(await row('hepatitis-c').textContent()).toContain('Aldri gjort');

    // Dental check: the county's free dental offer is required; nothing is saved without it.
    await click(page.getByRole('button', { name: 'Registrer utført kontroll' }));
    await page.getByLabel('Kontroll', { exact: true }).selectOption({ label: 'Tannhelse (inkl. fylkeskommunens gratis tilbud)' });
    await page.getByLabel('Resultat eller funn').fill('Hull i to tenner');
    await expectAccessible(page, 'kontrollskjema (tannhelse)');
    await click(page.getByRole('button', { name: 'Lagre kontrollen' }));
    await page.getByRole('link', { name: 'Fylkeskommunens tannhelsetilbud: Oppgi hva som er gjort med fylkeskommunens gratis tannhelsetilbud' }).waitFor();
    await page.getByRole('group', { name: /Fylkeskommunens gratis tannhelsetilbud/ }).getByText('Oppgi hva som er gjort med fylkeskommunens gratis tannhelsetilbud').waitFor();
    await expectAccessible(page, 'kontrollskjema med feil');
    expect((await api.get(`/api/persons/${ase}/somatic`)).body.checks).toEqual([]);
    await check(page.getByLabel('Henvist til tilbudet'));
    await click(page.getByRole('button', { name: 'Lagre kontrollen' }));
    await page.getByText('Kontrollen er registrert.').waitFor();
    await page.getByText(/Hull i to tenner/).waitFor();
    const today = osloDate();
    await row('dental').getByText('I rute').waitFor();
    expect(await row('dental').textContent()).toContain(norwegian(today));
    expect(await page.getByRole('main').textContent()).toContain('Fylkeskommunens tannhelsetilbud: Henvist til tilbudet');

    // A hepatitis C test eight months ago, every six months: overdue, with the date it fell due.
    const eightMonthsAgo = osloDate(-8);
    await click(page.getByRole('button', { name: 'Registrer utført kontroll' }));
    await page.getByLabel('Kontroll', { exact: true }).selectOption({ label: 'Hepatitt C (test ved indikasjon)' });
    await page.getByLabel('Dato kontrollen ble gjort').fill(eightMonthsAgo);
    await page.getByLabel('Resultat eller funn').fill('Negativ');
    expect(await page.getByRole('group', { name: /Fylkeskommunens gratis tannhelsetilbud/ }).count()).toBe(0);
    await click(page.getByRole('button', { name: 'Lagre kontrollen' }));
    await page.getByText('Kontrollen er registrert.').waitFor();
    await row('hepatitis-c').getByText('Forfalt').waitFor();
    const hepC = (await row('hepatitis-c').textContent()) ?? '';
    expect(hepC).toContain(norwegian(eightMonthsAgo));
    expect(hepC).toContain(norwegian(osloDate(-2)));
    view = (await api.get(`/api/persons/${ase}/somatic`)).body;
    expect(view.items.find((i: { kind: string }) => i.kind === 'hepatitis-c')).toMatchObject({ indicated: true, intervalMonths: 6, status: 'overdue', lastDoneOn: eightMonthsAgo });
    expect(view.checks.find((c: { kind: string }) => c.kind === 'dental')).toMatchObject({ countyDentalOffer: 'referred', doneOn: today });
    await expectAccessible(page, 'somatisk helse (etter registrering)');
    expect(jsErrors(page)).toEqual([]);
  });

  it('NAV-veilederen registrerer økonomisk hjelp som et faktum, uten beløp', async () => {
    const mohammed = h.server.seed.personIds[2]!;
    const api = await client('nora.nav');
    const { page } = await h.newPage();
    await h.login(page, 'nora.nav');
    await page.goto(`/personer/${mohammed}/nav`);
    await page.getByRole('heading', { level: 3, name: 'Økonomisk hjelp' }).waitFor();
    await page.getByText('Ingen registrert.').waitFor();
    await click(page.getByRole('button', { name: 'Registrer økonomisk hjelp' }));
    await page.getByRole('heading', { name: 'Registrer økonomisk hjelp' }).waitFor();
    expect(await page.locator('form input[type="number"]').count()).toBe(0);
    await expectAccessible(page, 'skjema for økonomisk hjelp');

    await page.getByLabel('Merknad (valgfritt, uten beløp)').fill('Matkort utlevert');
    await click(page.getByRole('button', { name: 'Registrer økonomisk hjelp' }).last());
    await page.getByRole('link', { name: 'Type hjelp: Velg type økonomisk hjelp' }).waitFor();
    await page.getByRole('group', { name: 'Type økonomisk hjelp' }).getByText('Velg type økonomisk hjelp').waitFor();
    await expectAccessible(page, 'skjema for økonomisk hjelp med feil');
    expect((await api.get(`/api/persons/${mohammed}/nav`)).body.financialAssistance).toEqual([]);

    await check(page.getByLabel('Nødhjelp'));
    await page.getByLabel('Dato', { exact: true }).fill(osloDate(0, -1));
    await click(page.getByRole('button', { name: 'Registrer økonomisk hjelp' }).last());
    await page.getByText('Den økonomiske hjelpen er registrert.').waitFor();
    await page.getByText('Merknad: Matkort utlevert').waitFor();
    const item = (await page.locator('li').filter({ hasText: 'Matkort utlevert' }).textContent()) ?? '';
    expect(item).toContain(`${norwegian(osloDate(0, -1))}: Nødhjelp. Kontakt i NAV: Nora NAV-veileder.`);
    const saved = (await api.get(`/api/persons/${mohammed}/nav`)).body.financialAssistance;
    expect(saved).toEqual([expect.objectContaining({ kind: 'emergency-aid', referencedOn: osloDate(0, -1), contactName: 'Nora NAV-veileder', note: 'Matkort utlevert' })]);
    await expectAccessible(page, 'NAV med økonomisk hjelp');
    expect(jsErrors(page)).toEqual([]);
  });

  it('saksbehandleren knytter et samhandlingsavvik til innleggelsen og henvisningen', async () => {
    const per = h.server.seed.personIds[0]!;
    const kari = await client('kari.saksbehandler');
    const partners = (await kari.get('/api/partners')).body.items as { id: string; name: string }[];
    const dps = partners.find((p) => p.name === 'DPS Fjordvik')!.id;
    expect((await kari.post(`/api/persons/${per}/referrals`, { level: 'dps', partnerId: dps, reason: 'Behov for spesialistvurdering' })).status).toBe(201);
    expect((await kari.post(`/api/persons/${per}/admissions`, { partnerId: dps, admittedAt: new Date(Date.now() - 3 * 86400_000).toISOString(), ward: 'Akuttpost' })).status).toBe(201);
    const report = async (description: string, category: string, personId: string) => {
      const answer = await kari.post('/api/deviations', { description, location: 'DPS Fjordvik', category, severity: 'moderate', personId });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      return { id: answer.body.id as string, reference: (await kari.get(`/api/deviations/${answer.body.id}`)).body.reference as string };
    };
    const avvik = await report('Utskrevet uten at kommunen fikk epikrise', 'cooperation-specialist', per);
    await report('Samarbeidsavvik om en annen person', 'cooperation-specialist', h.server.seed.personIds[2]!);
    await report('Feil dose utlevert i boligen', 'medication', per);

    const { page } = await h.newPage();
    await h.login(page, 'kari.saksbehandler');
    await page.goto(`/personer/${per}/spesialist`);
    await page.getByRole('heading', { level: 3, name: /DPS Fjordvik, Akuttpost/ }).waitFor();
    await click(page.getByRole('button', { name: 'Knytt til avvik', exact: true }));
    await page.getByRole('heading', { name: 'Knytt samhandlingsavvik til innleggelsen på DPS Fjordvik' }).waitFor();
    const select = page.getByLabel('Avvik', { exact: true });
    await select.locator('option', { hasText: avvik.reference }).waitFor({ state: 'attached' });
    const options = (await select.locator('option').allTextContents()).join('\n');
    expect(options).toContain('Utskrevet uten at kommunen fikk epikrise');
    expect(options).not.toContain('en annen person');
    expect(options).not.toContain('Feil dose');
    await expectAccessible(page, 'knytt avvik (innleggelse)');

    await click(page.getByRole('button', { name: 'Knytt avviket' }));
    await page.getByRole('link', { name: 'Avvik: Velg et avvik' }).waitFor();
    await expectAccessible(page, 'knytt avvik med feil');
    let overview = (await kari.get(`/api/persons/${per}/specialist`)).body;
    expect(overview.admissions[0].deviations).toEqual([]);

    await select.selectOption(avvik.id);
    await click(page.getByRole('button', { name: 'Knytt avviket' }));
    await page.getByText('Avviket er knyttet til innleggelsen.').waitFor();
    const card = page.locator('.ds-card').filter({ has: page.getByRole('heading', { name: /DPS Fjordvik, Akuttpost/ }) });
    await card.getByRole('link', { name: avvik.reference }).waitFor();
    expect(await card.getByRole('link', { name: avvik.reference }).getAttribute('href')).toBe(`/avvik/${avvik.id}`);

    await click(page.getByRole('button', { name: /^Knytt til avvik: henvisning til DPS/ }));
    await page.getByRole('heading', { name: /Knytt samhandlingsavvik til henvisningen/ }).waitFor();
    await page.getByLabel('Avvik', { exact: true }).locator('option', { hasText: avvik.reference }).waitFor({ state: 'attached' });
    await page.getByLabel('Avvik', { exact: true }).selectOption(avvik.id);
    await click(page.getByRole('button', { name: 'Knytt avviket' }));
    await page.getByText('Avviket er knyttet til henvisningen.').waitFor();
    await page.locator('li').filter({ hasText: 'frist for vurdering' }).getByRole('link', { name: avvik.reference }).waitFor();
    overview = (await kari.get(`/api/persons/${per}/specialist`)).body;
    expect(overview.admissions[0].deviations).toEqual([expect.objectContaining({ deviationId: avvik.id })]);
    expect(overview.referrals[0].deviations).toEqual([expect.objectContaining({ deviationId: avvik.id })]);
    await expectAccessible(page, 'spesialisthelsetjenesten med knyttede avvik');
    expect(jsErrors(page)).toEqual([]);
  });
});
