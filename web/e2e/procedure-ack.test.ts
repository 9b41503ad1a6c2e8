// Procedures: the quality adviser writes one in the page, Boligkontoret's leader approves it, it
// reaches the NAV adviser's «to read» list, she acknowledges it once (a second acknowledgement is not
// counted), proposes a change, and the owner sees the coverage and decides on the proposal. axe-core
// on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/platform/db/database.js';
import { apiClient } from './api-client.js';
import { axeSummary, check, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';
import { ownerDb } from '../../server/src/test/owner.js';

let h: Harness;
let procedureId: string;
let versionId: string;
const apiAs = (username: string) => apiClient(h.server.baseUrl, username);

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (rutiner):\n${axeSummary()}`);
  await h?.close();
});

const acknowledgements = () => queryRows<{ n: number }>(ownerDb(h.server.database), sql`select count(*)::int as n from procedure_acknowledgements where version_id = ${versionId}`);

describe('rutiner: lese og kvittere', () => {
  it('kvalitetsrådgiveren skriver rutinen, og lederen for Boligkontoret godkjenner den', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'kristin.kvalitet');
    await page.goto('/rutiner');
    await click(page.getByRole('button', { name: 'Ny rutine' }));
    await page.getByLabel('Tittel').fill('Varsel til NAV ved husleierestanse');
    await page.getByLabel('Steg i forløpet').selectOption({ label: 'Oppfølging' });
    await page.getByLabel('Rutinen', { exact: true }).fill('# Varsel til NAV\n\n## Formål\n\nNAV varsles ved **første** restansevarsel.\n\n- Boligkontoret sender varsel\n- NAV kontakter brukeren innen to virkedager');
    await check(page.getByRole('checkbox', { name: 'NAV Fjordvik' }));
    await check(page.getByRole('checkbox', { name: 'Boligkontoret' }));
    await expectAccessible(page, 'ny rutine');
    await click(page.getByRole('button', { name: 'Lagre utkastet' }));
    await page.getByText('Utkastet er lagret.', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Varsel til NAV ved husleierestanse' }).waitFor();
    await page.getByRole('heading', { name: 'Versjon 1 venter på godkjenning' }).waitFor();
    expect(await page.getByRole('button', { name: 'Godkjenn versjon 1' }).count()).toBe(0);
    procedureId = page.url().split('/').at(-1)!;

    const { page: leader } = await h.newPage();
    await h.login(leader, 'berit.boligleder');
    await leader.goto(`/rutiner/${procedureId}`);
    await click(leader.getByText('Les utkastet'));
    await leader.getByText('NAV kontakter brukeren innen to virkedager').waitFor();
    await expectAccessible(leader, 'utkast til godkjenning');
    await click(leader.getByRole('button', { name: 'Godkjenn versjon 1' }));
    await leader.getByText('Versjon 1 er godkjent.').waitFor();
    versionId = ((await (await apiAs('berit.boligleder')).get(`/api/procedures/${procedureId}`)).body!.current as { id: string }).id;
    expect(jsErrors(page)).toEqual([]);
    expect(jsErrors(leader)).toEqual([]);
  });

  it('NAV-veilederen kvitterer én gang, foreslår en endring, og dokumentansvarlig ser dekningen og behandler forslaget', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'nora.nav');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rutiner' }));
    await page.getByRole('heading', { level: 1, name: 'Rutiner' }).waitFor();
    await page.getByRole('heading', { name: 'Nye og endrede rutiner du skal lese (1)' }).waitFor();
    const step = page.getByRole('list', { name: 'Forløpet steg for steg' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Oppfølging' }) });
    await step.getByRole('link', { name: 'Varsel til NAV ved husleierestanse' }).waitFor();
    await expectAccessible(page, 'rutiner og prosesskart');
    await check(page.getByLabel('Bare rutiner som gjelder meg'));
    await step.getByRole('link', { name: 'Varsel til NAV ved husleierestanse' }).waitFor();
    await expectAccessible(page, 'prosesskart: bare mine');

    await click(page.getByRole('link', { name: 'Varsel til NAV ved husleierestanse' }).first());
    await page.getByRole('heading', { level: 1, name: 'Varsel til NAV ved husleierestanse' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'NAV kontakter brukeren innen to virkedager' }).waitFor();
    await expectAccessible(page, 'rutine før kvittering');
    await click(page.getByRole('button', { name: 'Jeg har lest rutinen' }));
    await page.getByText('Takk! Du har kvittert for at du har lest rutinen.').waitFor();
    await page.getByText('Du har kvittert for at du har lest versjon 1.').waitFor();
    expect(await page.getByRole('button', { name: 'Jeg har lest rutinen' }).count()).toBe(0);
    await expectAccessible(page, 'rutine kvittert');

    // A second acknowledgement (another tab, an old page) is not counted again.
    const again = await (await apiAs('nora.nav')).post(`/api/procedure-versions/${versionId}/acknowledge`);
    expect(again.body).toMatchObject({ versionId, alreadyAcknowledged: true });
    expect(await acknowledgements()).toEqual([{ n: 1 }]);
    await page.reload();
    await page.getByText('Du har kvittert for at du har lest versjon 1.').waitFor();
    await click(page.getByRole('navigation', { name: 'Rutiner' }).getByRole('link', { name: 'Rutiner og prosesskart' }));
    await page.getByText('Du har lest alle rutinene som gjelder deg.').waitFor();
    await click(page.getByRole('link', { name: 'Varsel til NAV ved husleierestanse' }).first());

    await click(page.getByRole('button', { name: 'Foreslå en endring' }));
    await page.getByLabel('Hva bør endres, og hvorfor?').fill('Rutinen bør si hvem i NAV som får varselet.');
    await expectAccessible(page, 'endringsforslag');
    await click(page.getByRole('button', { name: 'Send forslaget' }));
    await page.getByText('Forslaget er sendt til Kristin Kvalitet.', { exact: false }).waitFor();
    // The proposer follows her own proposal on the procedure page.
    const own = page.getByRole('list', { name: 'Dine forslag' });
    await own.getByText('Rutinen bør si hvem i NAV som får varselet.').waitFor();
    expect(await own.textContent()).toContain('Venter på behandling hos Kristin Kvalitet.');
    expect(jsErrors(page)).toEqual([]);

    // The owner (quality adviser) sees the coverage and decides on the proposal.
    const { page: owner } = await h.newPage();
    await h.login(owner, 'kristin.kvalitet');
    await owner.goto('/rutiner/lesedekning');
    await owner.getByRole('heading', { level: 1, name: 'Lesedekning og revisjon' }).waitFor();
    const row = owner.getByRole('row').filter({ hasText: 'Varsel til NAV ved husleierestanse' });
    const affected = ((await (await apiAs('kristin.kvalitet')).get('/api/procedures/coverage')).body!.items as { procedureId: string; affected: number; acknowledged: number }[]).find((i) => i.procedureId === procedureId)!;
    expect(affected.acknowledged).toBe(1);
    await row.getByText(`1 av ${affected.affected}`).waitFor();
    await expectAccessible(owner, 'lesedekning');
    await click(row.getByRole('link'));
    await owner.getByText(`1 av ${affected.affected} ansatte har lest versjon 1`, { exact: false }).waitFor();
    await owner.getByText('Rutinen bør si hvem i NAV som får varselet.').waitFor();
    await click(owner.getByRole('button', { name: 'Behandle forslaget' }));
    await check(owner.getByRole('radio', { name: 'Tas med ved neste revisjon' }));
    await owner.getByLabel('Begrunnelse').fill('Tas inn ved revisjonen.');
    await expectAccessible(owner, 'behandle forslag');
    await click(owner.getByRole('button', { name: 'Lagre beslutningen' }));
    await owner.getByText('Forslaget er behandlet.').waitFor();
    await owner.getByText('Tas med ved neste revisjon', { exact: false }).waitFor();
    expect(jsErrors(owner)).toEqual([]);
  });
});
