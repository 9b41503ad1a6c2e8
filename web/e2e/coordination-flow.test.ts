// Coordination end to end, each page axe-checked: Kari informs Per of the right to an individual plan
// (he wants one) → KE registers Siri as coordinator and appoints her → Siri creates the plan (visibly
// incomplete until it has goals and participants), calls a team meeting and writes minutes with an
// action for Nora → the action is on Nora's worklist → Siri makes a crisis plan shared with
// Legevakten → at 03:00 (test clock) the out-of-hours doctor, with no relation to Per, breaks the
// glass on a phone and sees crisis plan, risk, GP and coordinator on one screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/platform/db/database.js';
import { axeSummary, check, click, expectAccessible, jsErrors, phoneViewport, startHarness, type Harness } from './browser.js';
import { osloDate, waitForTask } from './case-flow.steps.js';
import { ownerDb } from '../../server/src/test/owner.js';

let h: Harness;
let now: Date | null = null;

/** 03:00 in Oslo tomorrow, whichever UTC offset applies. */
function nightInOslo(): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${osloDate(1)}T03:00:00${offset}`);
    const hour = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (hour === '03') return candidate;
  }
  throw new Error('fant ikke kl. 03 i Oslo');
}

beforeAll(async () => {
  h = await startHarness({ clock: () => now ?? new Date() });
});

afterAll(async () => {
  console.log(`axe-core (coordination flow):\n${axeSummary()}`);
  await h?.close();
});

describe('koordinering: fra informasjon om IP til kriseplanen om natten', () => {
  it('går gjennom IP, teammøte, arbeidsliste og nødtilgang til kriseplanen', async () => {
    const per = h.server.seed.personIds[0]!;

    // 1. Kari records that Per was informed of the right to an IP, and wants one.
    const { page } = await h.newPage();
    await h.login(page, 'kari.saksbehandler');
    await page.goto(`/personer/${per}/koordinering`);
    await page.getByRole('heading', { level: 2, name: 'Rett til individuell plan' }).waitFor();
    await page.getByText('Ikke informert ennå').waitFor();
    await expectAccessible(page, 'koordinering (ikke informert)');
    await click(page.getByRole('button', { name: 'Registrer informasjon om IP' }));
    await click(page.getByRole('button', { name: 'Lagre informasjonen' }));
    await page.getByText('Velg hvordan informasjonen ble gitt').first().waitFor();
    await expectAccessible(page, 'informasjon om IP med feil');
    await page.getByLabel('Enheten som ga informasjonen').selectOption({ label: 'Tildelingskontoret' });
    await check(page.getByLabel('Samtale'));
    await check(page.getByLabel('Brosjyre'));
    await page.getByLabel('Hvorfor har personen behov for langvarige og koordinerte tjenester?').fill('Fire tjenester over lang tid; hovedforløp 3.');
    await check(page.getByRole('radio', { name: 'Ønsker individuell plan' }));
    await click(page.getByRole('button', { name: 'Lagre informasjonen' }));
    await page.getByText('Koordinerende enhet har fått melding om at personen ønsker individuell plan.').waitFor();
    await page.getByText(/informert \d\d\.\d\d\.\d{4} av Kari Saksbehandler \(Tildelingskontoret\), samtale og brosjyre/).waitFor();
    await expectAccessible(page, 'informasjon om IP registrert');

    // 2. KE: the message is in the inbox; register Siri and appoint her.
    const ke = (await h.newPage()).page;
    await h.login(ke, 'kjell.ke');
    await click(ke.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Koordinerende enhet' }));
    await ke.getByRole('heading', { level: 1, name: 'Koordinerende enhet' }).waitFor();
    const message = ke.getByRole('listitem').filter({ hasText: 'Per Testesen – Behov for individuell plan' });
    await message.waitFor();
    await ke.getByText('Ingen koordinatorer er registrert.').waitFor();
    await expectAccessible(ke, 'KE: innboks og register');
    await click(ke.getByRole('button', { name: 'Registrer koordinator' }));
    await ke.getByLabel('Ansatt med rollen koordinator').selectOption({ label: 'Siri Koordinator' });
    await ke.getByLabel('Enhet koordineringen holdes fra').selectOption({ label: 'FACT-teamet' });
    await click(ke.getByRole('button', { name: 'Registrer', exact: true }));
    await ke.getByText('Koordinatoren er registrert.').waitFor();
    await ke.getByRole('row').filter({ hasText: 'Siri Koordinator' }).getByText('Mangler: Møteledelse, Koordinatorrollen, Individuell plan').waitFor();
    await expectAccessible(ke, 'KE: koordinator registrert');
    await click(message.getByRole('link', { name: 'Oppnevn koordinator' }));
    await ke.waitForURL(`**/personer/${per}/koordinering`);
    await click(ke.getByRole('button', { name: 'Oppnevn koordinator' }));
    await ke.getByLabel('Koordinator fra registeret').selectOption({ label: 'Siri Koordinator (FACT-teamet, 0 personer)' });
    await ke.getByLabel('Hvorfor denne koordinatoren og enheten?').fill('Siri er primærkontakt i FACT-teamet og kjenner Per.');
    await check(ke.getByRole('group', { name: 'Er valget gjort i samråd med personen?' }).getByRole('radio', { name: 'Ja' }));
    await expectAccessible(ke, 'oppnevn koordinator');
    await click(ke.getByRole('button', { name: 'Oppnevn koordinator' }));
    await ke.getByText('Koordinatoren er oppnevnt og lagt til i teamet.').waitFor();
    await ke.getByText(/Siri Koordinator, FACT-teamet/).first().waitFor();

    // 3. Siri: «Mine personer», then the plan — incomplete until it has goals and participants.
    const siri = (await h.newPage()).page;
    await h.login(siri, 'siri.koordinator');
    await click(siri.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine personer' }));
    await siri.getByRole('heading', { level: 1, name: 'Mine personer' }).waitFor();
    const row = siri.getByRole('row').filter({ hasText: 'Per Testesen' });
    await row.getByText('Ingen plan').waitFor();
    await expectAccessible(siri, 'mine personer');
    await click(row.getByRole('link', { name: 'Per Testesen' }));
    await siri.waitForURL(`**/personer/${per}/plan`);
    await click(siri.getByRole('button', { name: 'Opprett individuell plan' }));
    await siri.getByText('Den individuelle planen er opprettet.', { exact: false }).waitFor();
    await siri.getByRole('heading', { name: 'Planen er ikke komplett' }).waitFor();
    await siri.getByText('Planen har ingen mål.', { exact: false }).waitFor();
    await siri.getByText('Ufullstendig').waitFor();
    await expectAccessible(siri, 'ny plan (ufullstendig)');
    await click(siri.getByRole('button', { name: 'Nytt mål' }));
    await siri.getByRole('textbox', { name: 'Hva er viktig for deg?' }).fill('Å få beholde leiligheten min.');
    await click(siri.getByRole('button', { name: 'Legg til målet' }));
    await siri.getByText('Målet er lagt til.').waitFor();
    await click(siri.getByRole('button', { name: 'Nytt tiltak' }));
    await siri.getByLabel('Beskriv tiltaket').fill('Hjemmebesøk to ganger i uken');
    await siri.getByLabel('Ansvarlig enhet eller samarbeidspartner').selectOption({ label: 'FACT-teamet' });
    await siri.getByLabel('Ansvarlig person').selectOption({ label: 'Siri Koordinator' });
    await expectAccessible(siri, 'nytt tiltak');
    await click(siri.getByRole('button', { name: 'Legg til tiltaket' }));
    await siri.getByText('Tiltaket er lagt til.').waitFor();
    await click(siri.getByRole('button', { name: 'Ny deltaker' }));
    await siri.getByLabel('Type deltaker').selectOption({ label: 'Pårørende' });
    await siri.getByLabel('Navn', { exact: true }).fill('Anne Testesen');
    await siri.getByLabel('Rolle i planen').fill('Søster');
    await click(siri.getByRole('button', { name: 'Legg til deltakeren' }));
    await siri.getByText('Personen må samtykke til at deltakeren er med i planen').first().waitFor();
    await check(siri.getByLabel('Personen samtykker til at deltakeren er med i planen og ser den'));
    await click(siri.getByRole('button', { name: 'Legg til deltakeren' }));
    await siri.getByText('Deltakeren er lagt til.').waitFor();
    await siri.getByText('Komplett', { exact: true }).waitFor();
    expect(await siri.getByRole('heading', { name: 'Planen er ikke komplett' }).count()).toBe(0);
    await click(siri.getByText('Versjonshistorikk (4 versjoner)'));
    await siri.getByText(/Versjon 4, .* av Siri Koordinator: Ny deltaker: Anne Testesen/).waitFor();
    expect(await siri.getByRole('link', { name: 'PDF med stor skrift' }).getAttribute('href')).toMatch(/\/api\/plans\/[0-9a-f-]+\/pdf\?large=true$/);
    await expectAccessible(siri, 'komplett plan');

    // 4. A team meeting today, with minutes and an action for Nora.
    await click(siri.getByRole('navigation', { name: 'Personsiden' }).getByRole('link', { name: 'Teammøter' }));
    await siri.getByText('Ingen teammøter er registrert.').waitFor();
    await click(siri.getByRole('button', { name: 'Innkall til teammøte' }));
    await siri.getByLabel('Tidspunkt').fill(`${osloDate(0)}T00:30`);
    await siri.getByLabel('Sted').fill('FACT-teamets møterom');
    await siri.getByLabel('Hva skal møtet handle om?').fill('Oppstart av individuell plan');
    await expectAccessible(siri, 'innkalling');
    await click(siri.getByRole('button', { name: 'Send innkalling' }));
    await siri.getByText('Innkallingen er sendt.', { exact: false }).first().waitFor();
    await siri.getByRole('heading', { name: 'Teammøte: Oppstart av individuell plan' }).waitFor();
    await click(siri.getByRole('button', { name: 'Skriv referat' }));
    await siri.getByLabel('Dagsorden').fill('Hva er viktig for Per\nBolig og økonomi');
    await siri.getByLabel('Personens syn').fill('Per vil bo i leiligheten sin og trenger hjelp med husleien.');
    await siri.getByLabel('Beslutninger').fill('NAV hjelper med bostøtte');
    await click(siri.getByRole('button', { name: 'Legg til oppgave' }));
    await siri.getByLabel('Oppgave 1', { exact: true }).fill('Søke bostøtte sammen med Per');
    await siri.getByLabel('Eier av oppgave 1').selectOption({ label: 'Nora NAV-veileder (NAV-kontakt)' });
    await expectAccessible(siri, 'referat');
    await click(siri.getByRole('button', { name: 'Lagre referatet' }));
    await siri.getByText('Referatet er lagret.', { exact: false }).waitFor();
    await siri.getByRole('heading', { name: 'Personens syn' }).waitFor();
    await siri.getByRole('listitem').filter({ hasText: 'Søke bostøtte sammen med Per' }).filter({ hasText: 'Nora NAV-veileder' }).waitFor();
    await expectAccessible(siri, 'møte med referat');

    // 5. The action is on Nora's worklist.
    const nora = (await h.newPage()).page;
    await h.login(nora, 'nora.nav');
    await nora.waitForURL('**/arbeidsliste');
    const task = await waitForTask(nora, 'Oppgave fra teammøte', 'Per Testesen');
    await task.getByRole('link', { name: /Åpne teammøtene/ }).waitFor();
    await expectAccessible(nora, 'arbeidsliste med oppgave fra møtet');

    // 6. Siri makes the crisis plan with Per, shares it with Legevakten, and records a risk.
    await click(siri.getByRole('navigation', { name: 'Personsiden' }).getByRole('link', { name: 'Kriseplan' }));
    await siri.getByText('Personen har ingen kriseplan.').waitFor();
    await click(siri.getByRole('button', { name: 'Lag kriseplan' }));
    await siri.getByLabel('Tidlige varseltegn').fill('Sover lite flere netter på rad, slutter å svare på telefon.');
    await siri.getByLabel('Hva hjelper', { exact: true }).fill('Rolig prat, at noen blir litt. Ring søsteren Anne.');
    await siri.getByLabel('Navn (kontakt 1)').fill('Anne Testesen');
    await siri.getByLabel('Hvem er dette (kontakt 1)').fill('Søster');
    await siri.getByLabel('Telefon (kontakt 1)').fill('41000000');
    await click(siri.getByRole('button', { name: 'Lagre kriseplanen' }));
    await siri.getByText('Kriseplanen skal lages sammen med personen').first().waitFor();
    await check(siri.getByLabel('Planen er laget sammen med personen'));
    await expectAccessible(siri, 'kriseplan-skjema');
    await click(siri.getByRole('button', { name: 'Lagre kriseplanen' }));
    await siri.getByText('Kriseplanen er lagret (versjon 1).').waitFor();
    await click(siri.getByRole('button', { name: 'Del med en enhet' }));
    await siri.getByLabel('Enhet personen samtykker til deling med').selectOption({ label: 'Legevakten' });
    await click(siri.getByRole('button', { name: 'Registrer samtykke' }));
    await siri.getByText('Kriseplanen er delt med enheten.', { exact: false }).waitFor();
    await click(siri.getByRole('button', { name: 'Registrer risiko' }));
    await siri.getByLabel('Risiko', { exact: true }).selectOption({ label: 'Voldsrisiko' });
    await siri.getByLabel('Beskriv risikoen og hva den bygger på').fill('Truet ansatt ved forrige innleggelse.');
    await click(siri.getByRole('button', { name: 'Registrer risikoflagg' }));
    await siri.getByText('Risikoflagget er registrert.').waitFor();
    await expectAccessible(siri, 'kriseplan delt med legevakten');

    // 7. 03:00: the out-of-hours doctor, no relation to Per, breaks the glass on a phone.
    now = nightInOslo();
    const { page: night } = await h.newPage({ phone: true });
    await h.login(night, 'vakt.legevakt');
    await night.goto(`/personer/${per}`);
    await night.getByRole('heading', { level: 1, name: 'Ingen tilgang til personen' }).waitFor();
    await click(night.getByRole('button', { name: 'Åpne nødtilgang' }));
    await night.getByText('Du må oppgi en begrunnelse for nødtilgang.').waitFor();
    await night.getByLabel('Begrunnelse').fill('Per ringte legevakten kl. 03 og er urolig; trenger kriseplanen.');
    await click(night.getByRole('button', { name: 'Åpne nødtilgang' }));
    await night.waitForURL(`**/personer/${per}/akutt`);
    await night.getByRole('heading', { level: 1, name: 'Per Testesen' }).waitFor();
    await night.getByRole('heading', { name: 'Kriseplan' }).waitFor();
    const main = (await night.getByRole('main').textContent()) ?? '';
    for (const text of ['Nødtilgang: alt logges', 'Sover lite flere netter på rad', 'Rolig prat, at noen blir litt', 'Anne Testesen', 'Voldsrisiko', 'Siri Koordinator', 'Lege Lars Fastlege', 'Nærmeste pårørende']) {
      expect(main).toContain(text);
    }
    expect(await night.getByRole('link', { name: /^Ring koordinator/ }).getAttribute('href')).toMatch(/^tel:\d+$/);
    expect(await night.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await expectAccessible(night, 'akuttvisning med kriseplan (mobil, kl. 03)');

    // The access and the crisis-plan read are logged at the test clock's 03:00.
    const [access] = await queryRows<{ opened_at: Date }>(ownerDb(h.server.database), sql`select opened_at from emergency_accesses where person_id = ${per}`);
    expect(new Date(access!.opened_at).toISOString()).toBe(now.toISOString());
    const reads = await queryRows<{ basis: string }>(ownerDb(h.server.database), sql`select basis from access_log where person_id = ${per} and action = 'crisis-plan.read' and actor_name = 'Lise Legevaktlege'`);
    expect(reads.length).toBeGreaterThan(0);
    for (const p of [page, ke, siri, nora, night]) expect(jsErrors(p)).toEqual([]);
  }, 480_000);
});
