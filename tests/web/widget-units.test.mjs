// The widget's pure helpers, in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLanguage } from '../../web/widget/catalog.js';
import { parseTypedNumber } from '../../web/widget/format.js';
import { sharedPayload, shareLink } from '../../web/widget/share.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

test('language: the attribute, then the page, then the browser, then English', () => {
  assert.equal(resolveLanguage('fi', 'it', ['en-US']), 'fi');
  assert.equal(resolveLanguage(null, 'it-IT', ['fi-FI']), 'it');
  assert.equal(resolveLanguage('de', 'fr', ['sv-SE', 'fi-FI', 'en']), 'fi');
  assert.equal(resolveLanguage('', '', ['EN_gb']), 'en');
  assert.equal(resolveLanguage(undefined, undefined, undefined), 'en');
});

test('typed numbers: either decimal separator, thousands only where the locale groups so', () => {
  const cases = [
    ['2,5', ',', 2.5], ['2.5', ',', 2.5], ['1.500', ',', 1500], ['0.125', ',', 0.125], ['1.234,56', ',', 1234.56],
    ['2,500', '.', 2500], ['2,5', '.', 2.5], ['1,234.56', '.', 1234.56], ['12', '.', 12], [' 1 500 ', ',', 1500],
    ['\u22123', ',', -3], ['-0,5', ',', -0.5], ['1e3', '.', 1000], ['.5', '.', 0.5],
  ];
  for (const [text, decimal, expected] of cases) assert.equal(parseTypedNumber(text, decimal), expected, `${text} (${decimal})`);
  for (const text of ['', 'abc', '1,2,3.4.5', '--1', '1e999', '12a']) assert.equal(parseTypedNumber(text, ','), null, text);
});

test('share fragments: the s= part among other parameters; links keep the page, drop its fragment', () => {
  assert.equal(sharedPayload('#s=z1.abc'), 's=z1.abc');
  assert.equal(sharedPayload('#tab=2&s=v1.e30&x=1'), 's=v1.e30');
  assert.equal(sharedPayload('#section-2'), null);
  assert.equal(sharedPayload(''), null);
  assert.equal(shareLink('https://blog.example/post?a=1#old', 'z1.xyz'), 'https://blog.example/post?a=1#s=z1.xyz');
});

test('no markup is ever built from strings: textContent only', () => {
  for (const dir of ['web/widget', 'web/embed', 'site']) {
    for (const file of readdirSync(path.join(repoRoot, dir)).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(path.join(repoRoot, dir, file), 'utf8');
      assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|new Function|\beval\(/, `${dir}/${file}`);
    }
  }
});
