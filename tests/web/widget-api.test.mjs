// The element's API is written once, in the JSDoc header of
// web/widget/referral-calculator.js. Here web/README.md's API table and
// web/widget/referral-calculator.d.ts are held to it, and a host's use of the
// declarations is compiled with tsc. (widget.test.mjs holds the element to
// the header in Chromium.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.mjs';
import { widgetApi } from './widget-api.mjs';

const api = widgetApi();
const readme = readFileSync(path.join(repoRoot, 'web/README.md'), 'utf8');
const declarations = readFileSync(path.join(repoRoot, 'web/widget/referral-calculator.d.ts'), 'utf8');
const KIND_NAMES = { attr: 'attribute', prop: 'property', fires: 'event', csspart: 'part', cssprop: 'CSS property' };

test('the JSDoc header lists attributes, properties, events, parts and CSS custom properties', () => {
  for (const tag of Object.keys(KIND_NAMES)) assert.ok(api[tag].length > 0, `@${tag} entries`);
  for (const event of api.fires.filter((e) => !['result', 'error'].includes(e.name))) assert.match(event.name, /^rc-/);
  // Each attribute has its property, named in camel case.
  const properties = new Set(api.prop.map((p) => p.name));
  for (const { name } of api.attr) assert.ok(properties.has(name.replace(/-(\w)/g, (_, c) => c.toUpperCase())), `property for ${name}`);
});

test('web/README.md\'s API table is the JSDoc header, row for row', () => {
  const rows = readme.split('\n').map((line) => /^\| (attribute|property|event|part|CSS property) \| `([^`]+)` \| (.*) \|$/.exec(line))
    .filter(Boolean).map(([, kind, name, what]) => ({ kind, name, what }));
  const expected = Object.entries(KIND_NAMES).flatMap(([tag, kind]) => api[tag].map(({ name, description }) => ({ kind, name, what: description })));
  assert.deepEqual(rows, expected);
});

test('referral-calculator.d.ts declares every attribute, property (with its type) and event of the header', () => {
  const union = /export type ReferralCalculatorAttribute =([^;]+);/.exec(declarations)[1];
  assert.deepEqual([...union.matchAll(/'([^']+)'/g)].map((m) => m[1]), api.attr.map((a) => a.name));
  const classBody = /export declare class ReferralCalculator extends HTMLElement \{([\s\S]*?)\n\}/.exec(declarations)[1];
  const members = [...classBody.matchAll(/^ {2}(?:readonly )?(\w+): ([^;]+);$/gm)].map(([, name, type]) => ({ name, type }));
  assert.deepEqual(members, api.prop.map(({ name, type }) => ({ name, type })));
  const eventMap = /export interface ReferralCalculatorEventMap \{([\s\S]*?)\n\}/.exec(declarations)[1];
  assert.deepEqual([...eventMap.matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]), api.fires.map((e) => e.name));
  assert.match(declarations, /interface HTMLElementTagNameMap \{\s*'referral-calculator': ReferralCalculator;/);
});

test('a host\'s TypeScript using the declarations compiles, and misuse does not', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const dir = mkdtempSync(path.join(tmpdir(), 'passaparola-dts-'));
  copyFileSync(path.join(repoRoot, 'web/widget/referral-calculator.d.ts'), path.join(dir, 'referral-calculator.d.ts'));
  const compile = (source) => {
    writeFileSync(path.join(dir, 'host.ts'), `import type {} from './referral-calculator';\n${source}`);
    return spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--moduleResolution', 'bundler',
      '--module', 'es2022', '--lib', 'es2022,dom', path.join(dir, 'host.ts')], { encoding: 'utf8' });
  };
  const good = compile(`
const el = document.createElement('referral-calculator');
el.mode = 'gift_card';
el.ctaHref = null;
const kind: string | undefined = el.result?.kind;
el.addEventListener('rc-share', (event) => { const copied: boolean = event.detail.copied; void copied; });
el.addEventListener('rc-error', (event) => { const rules: string[] = event.detail.errors.map((e) => e.rule); void rules; });
el.addEventListener('click', (event) => { const x: number = event.clientX; void x; });
void kind;
`);
  assert.equal(good.status, 0, good.stdout + good.stderr);
  for (const misuse of ['document.createElement(\'referral-calculator\').shareUrl = 3;',
    'document.createElement(\'referral-calculator\').addEventListener(\'rc-cta\', (e) => e.detail.copied);',
    'const r = document.createElement(\'referral-calculator\'); r.result = undefined;']) {
    assert.notEqual(compile(misuse).status, 0, misuse);
  }
});
