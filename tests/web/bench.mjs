// The widget's budgets, measured and printed (not a test: figures vary with the
// machine). Run after scripts/build-web.sh: node tests/web/bench.mjs [--strict]
//   - everything a calculator loads (its script with CSS, wasm, its catalog file; gzip) ≤ 60 KB
//   - navigation to the first result shown ≤ 200 ms in headless Chromium
//   - recompute + re-render after an input ≤ 8 ms
// --strict exits 1 when a budget is exceeded; --sizes stops after the sizes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { loadavg, cpus } from 'node:os';
import { siteDir } from './paths.mjs';
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { LANGUAGES, catalogFilesFor } from '../../web/widget/catalog.js';

const BUDGET = { kilobytes: 60, firstResultMs: 200, recomputeMs: 8 };
const NAVIGATIONS = 15;
const EDITS = 120;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];
const verdicts = [];
function report(name, value, budget, unit) {
  const ok = value <= budget;
  verdicts.push(ok);
  console.log(`${ok ? 'within' : 'OVER  '}  ${name}: ${value.toFixed(unit === 'KB' ? 1 : 2)} ${unit} (budget ${budget} ${unit})`);
}

// Wall-clock times on a shared machine: the load is printed with them, and
// the minimum of the samples stands for the uncontended cost.
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

// ---- sizes ----
// One calculator loads its script (the widget module, or on the iframe page
// the page's bundle of the widget, its settings and rules), the core's wasm
// and the catalog file of its mode in its language (web/widget/catalog.js);
// the what-if module, presets and the other modes' strings only on demand.
const gzipped = (file) => gzipSync(readFileSync(path.join(siteDir, file)), { level: 9 }).length;
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('gzip sizes (level 9):');
const sizeOf = (file) => {
  const bytes = gzipped(file);
  console.log(`  ${file}: ${kilobytes(bytes)} (raw ${kilobytes(readFileSync(path.join(siteDir, file)).length)})`);
  return bytes;
};
const wasm = sizeOf('widget/referral-core.wasm');
const largestScript = Math.max(sizeOf('widget/referral-calculator.js'), sizeOf('widget/embed-page.js'));
const catalogSizes = LANGUAGES.flatMap((lang) => ['program', 'gift_card', 'vcp'].map((mode) => {
  const files = catalogFilesFor([mode]);
  return { lang, mode, files, bytes: files.reduce((sum, file) => sum + gzipped(`widget/i18n/${lang}/${file}.js`), 0) };
}));
for (const { lang, mode, files, bytes } of catalogSizes) console.log(`  catalog ${lang}, ${mode} (${files.join(' + ')}): ${kilobytes(bytes)}`);
const largestCatalog = Math.max(...catalogSizes.map(({ bytes }) => bytes));
report('one calculator (script with CSS + wasm + its largest catalog)', (largestScript + wasm + largestCatalog) / 1024, BUDGET.kilobytes, 'KB');
if (process.argv.includes('--sizes')) process.exit(process.argv.includes('--strict') && verdicts.includes(false) ? 1 : 0);

// ---- times ----
const server = await startServer();
const browser = await launchBrowser();
try {
  for (const [name, pagePath] of [['one calculator (embed.html, program)', '/embed.html?mode=program&lang=it'],
    ['blog post with three calculators', '/index.html']]) {
    const times = [];
    for (let i = 0; i < NAVIGATIONS; ++i) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The page reports the time itself: polling it from here would run
      // scripts in the very frames being measured.
      let reportFirstResult;
      const firstResult = new Promise((resolve) => { reportFirstResult = resolve; });
      await page.exposeFunction('reportFirstResult', (ms) => reportFirstResult(ms));
      // performance.now() counts from the start of the navigation.
      await page.addInitScript(() => {
        document.addEventListener('result', () => {
          if (window.resultAt !== undefined) return;
          window.resultAt = performance.now();
          // On screen with the first frame painted after it.
          requestAnimationFrame(() => window.reportFirstResult(performance.now()));
        }, true);
      });
      await page.goto(server.origin + pagePath);
      times.push(await firstResult);
      await context.close();
    }
    console.log(`navigation → first result, ${name}: median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${NAVIGATIONS}`);
    if (name.startsWith('one')) report('navigation to first result (median)', median(times), BUDGET.firstResultMs, 'ms');
  }

  const scenarios = [
    ['program, 12 months', 'program', { horizon_months: 12 }, 'input.program.customers'],
    ['program, 120 months', 'program', { horizon_months: 120 }, 'input.program.customers'],
    ['gift card', 'gift_card', {}, 'input.gift_card.cards_per_wave'],
    ['vcp, 50 contacts', 'vcp', { contacts: Array.from({ length: 50 }, (_, i) => ({ name: `Contatto ${i + 1}`,
      mine: { knows_business: true, referrals_per_quarter: i % 4 }, theirs: { knows_business: i % 2 === 0, trusts_competence: true }, traits: ['doer'] })) },
    'input.vcp.regular_referrals_per_quarter'],
  ];
  const worst = [];
  for (const [name, kind, inputs] of scenarios) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/embed.html?mode=${kind}&lang=it`);
    await page.waitForFunction(() => document.querySelector('referral-calculator')?.result);
    const times = await page.evaluate(async ([doc, edits]) => {
      const el = document.querySelector('referral-calculator');
      el.scenario = doc;
      const root = el.shadowRoot;
      // The first numeric field of the form, typed into as a person would.
      const input = root.querySelector('.form .field input[inputmode="decimal"]');
      const samples = [];
      for (let i = 0; i < edits; ++i) {
        input.value = String(10 + (i % 7));
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        void root.querySelector('.results').getBoundingClientRect();  // style and layout included
        samples.push(performance.now() - start);
        if (i % 10 === 0) await new Promise(requestAnimationFrame);
      }
      return samples;
    }, [{ schema: 'passaparola/1', kind, inputs }, EDITS]);
    console.log(`recompute + re-render, ${name}: median ${median(times).toFixed(2)} ms, min ${Math.min(...times).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`);
    worst.push(median(times));
    await context.close();
  }
  report('recompute + re-render (median, slowest calculator)', Math.max(...worst), BUDGET.recomputeMs, 'ms');
} finally {
  await browser.close();
  await server.close();
}

if (process.argv.includes('--strict') && verdicts.includes(false)) process.exit(1);
