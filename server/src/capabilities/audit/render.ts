// The sample report printed three ways: HTML (self-contained, printable), CSV (one row per cell, for
// spreadsheets) and PDF (pdfkit). Every non-«Ja» cell carries its footnote number; the footnotes cite
// the evidence.
import { createPdf } from '../../platform/pdf/index.js';
import type { Report } from './schemas.js';
import { norwegianDate } from '../../platform/calendar/index.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function heading(r: Report): string {
  const c = r.sample.criteria;
  return `Utvalg «${r.sample.title}»: ${r.cases.length} av ${r.sample.candidateCount} personer med vedtak som startet ${norwegianDate(c.from)}–${norwegianDate(c.to)}${c.serviceCodes.length ? ` (tjenester: ${c.serviceCodes.join(', ')})` : ''}. Trukket ${r.sample.drawnAt.toISOString().slice(0, 10)} av ${r.sample.drawnByName} med frø «${r.sample.seed}».`;
}

export function renderReportHtml(r: Report): string {
  const tables = r.tables
    .map((t) => {
      const head = `<tr><th scope="col">Nr.</th>${t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
      const rows = t.rows.map((row) => `<tr><th scope="row">${row.nr}</th>${row.cells.map((cell) => `<td>${cell.value}${cell.footnote ? `<sup><a href="#fn${cell.footnote}" id="ref${cell.footnote}">${cell.footnote}</a></sup>` : ''}</td>`).join('')}</tr>`).join('\n');
      const totals = `<tr><th scope="row">Sum</th>${t.totals.map((x) => `<td>Ja ${x.Ja} / Delvis ${x.Delvis} / Nei ${x.Nei}</td>`).join('')}</tr>`;
      return `<section><h2>Tabell ${t.id}: ${escapeHtml(t.title)}</h2><p class="source">Kilde: ${escapeHtml(t.source)}</p><table><thead>${head}</thead><tbody>${rows}</tbody><tfoot>${totals}</tfoot></table></section>`;
    })
    .join('\n');
  const notes = r.footnotes
    .map((f) => `<li id="fn${f.n}" value="${f.n}"><strong>${f.nr}, ${escapeHtml(f.column)} (${f.value}):</strong> ${escapeHtml(f.text)}<ul>${f.evidence.map((e) => `<li>${escapeHtml(e.text)}</li>`).join('')}</ul> <a href="#ref${f.n}" aria-label="Tilbake til tabellen">↑</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Stikkprøve – ${escapeHtml(r.sample.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#111}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #666;padding:.3rem .6rem;text-align:left}.source{color:#333;font-size:.9rem}sup a{color:#0b4f8a}</style>
</head><body><main>
<h1>Stikkprøve: ${escapeHtml(r.sample.title)}</h1>
<p>${escapeHtml(heading(r))}</p>
<p>Verdier: Ja, Delvis, Nei. Hver celle som ikke er «Ja» har en fotnote med dokumentasjonen den bygger på.</p>
${tables}
<section><h2>Fotnoter</h2><ol>${notes}</ol></section>
<p>Laget ${r.generatedAt.toISOString()}.</p>
</main></body></html>`;
}

const csvField = (v: string) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Semicolon-separated (Norwegian spreadsheets), one row per cell. */
export function renderReportCsv(r: Report): string {
  const lines = [['Tabell', 'Nr.', 'Kolonne', 'Verdi', 'Fotnote', 'Forklaring', 'Dokumentasjon'].join(';')];
  const byN = new Map(r.footnotes.map((f) => [f.n, f]));
  for (const t of r.tables) {
    for (const row of t.rows) {
      row.cells.forEach((cell, i) => {
        const f = cell.footnote ? byN.get(cell.footnote) : undefined;
        lines.push([t.id, row.nr, t.columns[i]!, cell.value, cell.footnote ? String(cell.footnote) : '', f?.text ?? '', f ? f.evidence.map((e) => e.text).join(' | ') : ''].map(csvField).join(';'));
      });
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function renderReportPdf(r: Report): Promise<Buffer> {
  const pdf = createPdf({ title: `Stikkprøve – ${r.sample.title}`, language: 'nb', layout: 'landscape', margin: 40 });
  const { doc, block } = pdf;
  block('H1', `Stikkprøve: ${r.sample.title}`, 'bold', 16);
  doc.moveDown(0.3);
  block('P', heading(r), 'regular', 9);
  const width = doc.page.width - 80;
  for (const t of r.tables) {
    doc.moveDown(0.8);
    block('H2', `Tabell ${t.id}: ${t.title}`, 'bold', 11, { indent: 0 });
    block('P', `Kilde: ${t.source}`, 'regular', 7);
    const nrWidth = 30;
    const colWidth = Math.min(160, (width - nrWidth) / t.columns.length);
    const row = (cells: string[], bold = false) => {
      const heights = cells.map((c, i) => doc.font(bold ? 'bold' : 'regular').fontSize(8).heightOfString(c, { width: (i === 0 ? nrWidth : colWidth) - 4 }));
      const h = Math.max(...heights) + 4;
      if (doc.y + h > doc.page.height - 40) doc.addPage();
      const y = doc.y;
      cells.forEach((c, i) => {
        const x = 40 + (i === 0 ? 0 : nrWidth + (i - 1) * colWidth);
        const w = i === 0 ? nrWidth : colWidth;
        doc.rect(x, y, w, h).stroke('#666666');
        doc.fillColor('black').font(bold ? 'bold' : 'regular').fontSize(8).text(c, x + 2, y + 2, { width: w - 4 });
      });
      doc.x = 40;
      doc.y = y + h;
    };
    row(['Nr.', ...t.columns], true);
    for (const r2 of t.rows) row([r2.nr, ...r2.cells.map((c) => `${c.value}${c.footnote ? ` [${c.footnote}]` : ''}`)]);
    row(['Sum', ...t.totals.map((x) => `Ja ${x.Ja} / Delvis ${x.Delvis} / Nei ${x.Nei}`)], true);
  }
  doc.addPage();
  doc.x = 40;
  block('H2', 'Fotnoter', 'bold', 12);
  for (const f of r.footnotes) {
    doc.moveDown(0.3).font('bold').fontSize(8).text(`[${f.n}] ${f.nr}, ${f.column} (${f.value}): `, { continued: true }).font('regular').text(f.text);
    for (const e of f.evidence) doc.text(`   – ${e.text}`);
  }
  return pdf.finish();
}

export function renderSelfAssessmentPdf(a: import('./schemas.js').SelfAssessment, municipality: string): Promise<Buffer> {
  const pdf = createPdf({ title: `Egenvurdering ${a.from}–${a.to}`, author: municipality, language: 'nb' });
  const { doc, block } = pdf;
  block('P', municipality, 'regular', 10, { align: 'right' });
  doc.moveDown();
  block('H1', 'Egenvurdering', 'bold', 16);
  doc.font('regular').fontSize(10).text(`Periode ${norwegianDate(a.from)}–${norwegianDate(a.to)}. ${a.personsInScope} personer med vedtak i perioden.${a.updatedByName ? ` Kommentarer sist lagret av ${a.updatedByName}.` : ''}`);
  doc.fontSize(8).fillColor('#333333').text(`Spørsmålene følger temaene i ${a.themes[0]?.source ?? ''}.`).fillColor('black');
  a.themes.forEach((t, i) => {
    doc.moveDown(0.8);
    block('H2', `${i + 1}. ${t.question}`, 'bold', 11);
    doc.font('regular').fontSize(10);
    for (const f of t.figures) doc.text(`• ${f.label}: ${f.numerator} av ${f.denominator}${f.percent === null ? '' : ` (${String(f.percent).replace('.', ',')} %)`}`);
    doc.moveDown(0.3).font('italic').text(t.comment ? `Leders kommentar: ${t.comment}` : 'Leders kommentar: (ikke fylt ut)').font('regular');
  });
  return pdf.finish();
}
