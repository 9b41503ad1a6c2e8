// Reads the source code the way a reviewer would: every text the product can show (string literals,
// template parts, JSX text) is checked for citations written by hand, and every `cite(…)` call is
// recorded, so the register knows where each source is used. Comments are notes for developers and
// are not read. Used by the register's tests and by `npm run docs:legal`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Calls whose literal arguments are register ids and sections, checked by the compiler. */
const citingCalls = new Set(['cite', 'sec', 'checkSource', 'citationUrl', 'source', 'sourceName', 'basisCitation']);

/** What a hand-written citation looks like. Each pattern names why it is one. */
export const citationPatterns: readonly { name: string; pattern: RegExp }[] = [
  { name: 'paragraftegn', pattern: /§/ },
  { name: 'lovnavn', pattern: /\p{L}*(?:loven|lova|lovens|lovas)(?![\p{L}])/iu },
  { name: 'forskrift', pattern: /(?<![\p{L}])forskrift(?:en|a)?\s+om\b|\p{L}+forskrift(?:en|a)(?![\p{L}])/iu },
  { name: 'publikasjonsnummer', pattern: /\bIS-\d{3,4}\b|\bR35-00\b/ },
  { name: 'lenke til lovtekst', pattern: /lovdata\.no|helsedirektoratet\.no/i },
  { name: 'retningslinje eller veileder', pattern: /retningslinjen(?![\p{L}])|nasjonale? (?:faglige? )?retningslinje|nasjonal veileder|pårørendeveileder/iu },
  { name: 'rundskriv', pattern: /(?<![\p{L}])rundskriv/iu },
  { name: 'personvernforordningen', pattern: /\bGDPR\b|personvernforordning/iu },
  { name: 'Normen', pattern: /\bNormen\b/ },
  { name: 'revisjonsrapport', pattern: /(?:Asker|Sarpsborg)-revisjonen/ },
  { name: 'forkortet lovnavn', pattern: /\b(?:HOL|hotjl|pbrl|fvl|hpl|sotjl|pjl)\b/ },
];

export interface HandWrittenCitation {
  file: string;
  line: number;
  text: string;
  kind: string;
}

export interface CitationUse {
  file: string;
  line: number;
  source: string;
  sections: string[];
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') yield* sourceFiles(path);
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

function callName(node: ts.Node): string | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

const literalText = (node: ts.Node): string | undefined =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.text : ts.isJsxText(node) ? node.getText() : undefined;

/** True for a literal that is (part of) an argument of a citing call: a register id or section. */
function insideCitingCall(node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isCallExpression(current)) return citingCalls.has(callName(current) ?? '');
    if (ts.isTemplateExpression(current) || ts.isBinaryExpression(current) || ts.isConditionalExpression(current) || ts.isSourceFile(current) || ts.isBlock(current)) return false;
  }
  return false;
}

function literalsOf(sourceFile: ts.SourceFile, visit: (node: ts.Node) => void): void {
  const walk = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isLiteralTypeNode(node)) return;
    visit(node);
    ts.forEachChild(node, walk);
  };
  walk(sourceFile);
}

/** Hand-written citations and register uses in every source file under the given roots. */
export function scanCitations(repoRoot: string, roots: readonly string[], exempt: (file: string) => boolean): { handWritten: HandWrittenCitation[]; uses: CitationUse[] } {
  const handWritten: HandWrittenCitation[] = [];
  const uses: CitationUse[] = [];
  for (const root of roots) {
    for (const path of sourceFiles(join(repoRoot, root))) {
      const file = relative(repoRoot, path);
      const sourceFile = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      literalsOf(sourceFile, (node) => {
        const name = callName(node);
        if (name && citingCalls.has(name)) {
          const [first, second] = (node as ts.CallExpression).arguments;
          if (first && ts.isStringLiteral(first)) {
            const sections = !second ? [] : ts.isStringLiteral(second) ? [second.text] : ts.isArrayLiteralExpression(second) ? second.elements.filter(ts.isStringLiteral).map((e) => e.text) : [];
            uses.push({ file, line: lineOf(node), source: first.text, sections });
          }
        }
        const text = literalText(node);
        if (text === undefined || exempt(file) || insideCitingCall(node)) return;
        const hit = citationPatterns.find((p) => p.pattern.test(text));
        if (hit) handWritten.push({ file, line: lineOf(node), text: text.trim().slice(0, 160), kind: hit.name });
      });
    }
  }
  return { handWritten, uses };
}
