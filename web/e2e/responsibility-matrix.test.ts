// The responsibility matrix: findings (a task with no responsible unit, one with two), the
// director's approval, and a new version edited in the page with findings updated while editing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';
import { apiClient } from './api-client.js';

let h: Harness;
const apiAs = (username: string) => apiClient(h.server.baseUrl, username);

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (ansvarsmatrise):\n${axeSummary()}`);
  await h?.close();
});

describe('ansvarsmatrise', () => {
  it('viser en oppgave uten ansvarlig og en med to som funn, direktøren godkjenner, og kvalitetsrådgiveren lager versjon 2', async () => {
    const kristin = await apiAs('kristin.kvalitet');
    const cell = (unit: keyof typeof h.server.seed.unitIds, level: string) => ({ party: 'unit', id: h.server.seed.unitIds[unit], level });
    const created = await kristin.post('/api/responsibility-matrices', {
      title: 'Ansvarsfordeling i ROP-feltet',
      tasks: [
        { name: 'Kartlegging før vedtak', assignments: [cell('tildeling', 'responsible'), cell('psykiskHelseRus', 'takes-part')] },
        { name: 'Legemiddelhåndtering hjemme', assignments: [cell('hjemmesykepleie', 'takes-part')] },
        { name: 'Oppfølging i hjemmet', assignments: [cell('bolig', 'responsible'), cell('psykiskHelseRus', 'responsible')] },
      ],
    });
    expect(created.status).toBe(201);
    const { page } = await h.newPage();
    await h.login(page, 'dina.direktor');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Ansvarsmatrise' }));
    await page.getByText('Ingen ansvarsmatrise er godkjent ennå.').waitFor();
    await click(page.getByRole('link', { name: 'Versjon 1: Ansvarsfordeling i ROP-feltet' }));
    await page.getByRole('heading', { name: '2 oppgaver har uklart ansvar' }).waitFor();
    await page.getByText('«Legemiddelhåndtering hjemme» har ingen ansvarlig enhet.').waitFor();
    await page.getByText('«Oppfølging i hjemmet» har 2 ansvarlige: Boligkontoret og Psykisk helse og rus. Én må ha ansvaret.').waitFor();
    await expectAccessible(page, 'ansvarsmatrise (utkast)');
    await click(page.getByRole('button', { name: 'Godkjenn versjon 1' }));
    await page.getByText('Versjon 1 er godkjent og gjelder nå.').waitFor();
    await page.getByText('Gjeldende', { exact: true }).first().waitFor();
    expect(jsErrors(page)).toEqual([]);

    // The quality adviser starts version 2 from it and gives home medication a responsible unit.
    const { page: editor } = await h.newPage();
    await h.login(editor, 'kristin.kvalitet');
    await editor.goto('/ansvarsmatrise');
    await editor.getByRole('heading', { name: 'Ansvarsfordeling i ROP-feltet (versjon 1)' }).waitFor();
    await click(editor.getByRole('button', { name: 'Lag ny versjon' }));
    await editor.getByText('«Legemiddelhåndtering hjemme» har ingen ansvarlig enhet.').first().waitFor();
    await editor.getByLabel('Legemiddelhåndtering hjemme: Hjemmesykepleien').selectOption({ label: 'Ansvarlig' });
    await expectAccessible(editor, 'rediger ansvarsmatrise');
    expect(await editor.getByRole('form').getByText('«Legemiddelhåndtering hjemme» har ingen ansvarlig enhet.').count()).toBe(0);
    await click(editor.getByRole('button', { name: 'Lagre utkastet' }));
    await editor.getByText('Utkastet er lagret.', { exact: false }).waitFor();
    await editor.getByRole('heading', { name: 'Ansvarsfordeling i ROP-feltet (versjon 2)' }).waitFor();
    await editor.getByRole('heading', { name: '1 oppgave har uklart ansvar' }).waitFor();
    await expectAccessible(editor, 'ansvarsmatrise versjon 2 (utkast)');
    expect(jsErrors(editor)).toEqual([]);
  });
});
