// The widget's budgets, measured and printed (not a test: figures vary with the
// machine). Run after scripts/build-web.sh: node tests/web/bench.mjs [--strict]
//   - everything a calculator loads (its script with CSS, wasm, its catalog file; gzip) ≤ 60 KB
//   - navigation to the first result shown ≤ 200 ms in headless Chromium (with,
//     interleaved, four reference pages: the machine's floor, ICU's start-up,
//     the core alone, and the core with the widget's first frame from markup),
//     and within 1.5× of the floor page, both computed and presented (first
//     contentful paint)
//   - recompute + re-render after an input ≤ 8 ms (also a VCP with 50 contacts
//     and 1 000 referral log entries: issue 18)
//   - navigation to first result with the npm package from a CDN origin (host
//     page under the README's CSP) within 1.3× of the same page and package on one origin
// --strict exits 1 when a budget is exceeded; --sizes stops after the sizes.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { cpus, loadavg, tmpdir } from 'node:os';
import { repoRoot, siteDir } from './paths.mjs';
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { blogPost, startCdnAndHost } from './cdn-fixture.mjs';
import { CALCULATOR_KINDS, LANGUAGES, catalogFilesFor } from '../../web/widget/catalog.js';
import { kindFileName } from '../../web/widget/preload.js';

const BUDGET = { kilobytes: 60, firstResultMs: 200, floorRatio: 1.5, recomputeMs: 8, cdnRatio: 1.3 };
const NAVIGATIONS = 21;
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
// its first script and the page's bundle of the widget, its settings and rules), its own code
// (kind-<kind>.js), the core's wasm and the catalog file of its mode in its
// language (web/widget/catalog.js); the what-if module, presets and the other
// modes' code and strings only on demand.
const gzipped = (file) => gzipSync(readFileSync(path.join(siteDir, file)), { level: 9 }).length;
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('gzip sizes (level 9):');
const sizeOf = (file) => {
  const bytes = gzipped(file);
  console.log(`  ${file}: ${kilobytes(bytes)} (raw ${kilobytes(readFileSync(path.join(siteDir, file)).length)})`);
  return bytes;
};
const wasm = sizeOf('widget/referral-core.wasm');
// The iframe page's code is two files: its small first script and the bundle.
const largestScript = Math.max(sizeOf('widget/referral-calculator.js'), sizeOf('widget/embed-start.js') + sizeOf('widget/embed-page.js'));
for (const mode of CALCULATOR_KINDS) {
  const own = sizeOf(`widget/${kindFileName(mode)}`);
  const catalogs = LANGUAGES.map((lang) => {
    const files = catalogFilesFor([mode]);
    const bytes = files.reduce((sum, file) => sum + gzipped(`widget/i18n/${lang}/${file}.js`), 0);
    console.log(`  catalog ${lang}, ${mode} (${files.join(' + ')}): ${kilobytes(bytes)}`);
    return bytes;
  });
  report(`one calculator, ${mode} (script with CSS + its own code + wasm + its largest catalog)`,
    (largestScript + own + wasm + Math.max(...catalogs)) / 1024, BUDGET.kilobytes, 'KB');
}
if (process.argv.includes('--sizes')) process.exit(process.argv.includes('--strict') && verdicts.includes(false) ? 1 : 0);

// ---- times ----
const server = await startServer();
const browser = await launchBrowser();
try {
  // The time the page reports itself, from navigation start to the frame
  // after the first `result` event: polling from here would run scripts in
  // the very frames being measured.
  const firstResultTime = async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let reportFirstResult;
    const firstResult = new Promise((resolve) => { reportFirstResult = resolve; });
    await page.exposeFunction('reportFirstResult', (ms) => reportFirstResult(ms));
    await page.addInitScript(() => {
      document.addEventListener('result', () => {
        if (window.resultAt !== undefined) return;
        window.resultAt = performance.now();
        // On screen with the first frame painted after it.
        requestAnimationFrame(() => window.reportFirstResult(performance.now()));
      }, true);
    });
    await page.goto(url);
    const ms = await firstResult;
    // When that frame was presented (its first contentful paint): later, by
    // the frame's style, layout, paint and raster.
    const painted = await page.evaluate(() => new Promise((resolve) => new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) {
        observer.disconnect();
        resolve(entry.startTime);
      }
    }).observe({ type: 'paint', buffered: true })));
    await context.close();
    return { ms, painted };
  };
  // The machine's own floor, measured between the pages so that it sees the
  // same spells of speed: a page whose one module shows one line and reports
  // it; and the same line formatted by Intl.NumberFormat, whose first use in
  // a fresh renderer process starts ICU's number data (the widget's comes
  // after its first result: web/widget/format.js).
  const referenceDir = mkdtempSync(path.join(tmpdir(), 'passaparola-reference-'));
  const referencePage = (name, line) => {
    writeFileSync(path.join(referenceDir, `${name}.html`), '<!doctype html><html lang="it"><head><meta charset="utf-8">'
      + `<title>reference</title><script type="module" src="${name}.js"></script></head><body><main></main></body></html>`);
    writeFileSync(path.join(referenceDir, `${name}.js`), `document.querySelector('main').append(${line});\n`
      + "document.dispatchEvent(new Event('result'));\n");
  };
  referencePage('plain', "'1.234 €'");
  referencePage('intl', "new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' }).format(1234)");
  // What no widget can go below, on this machine, for the 1.5× budget: the
  // core as the widget loads it (core-client.js, the wasm preloaded), the
  // default program evaluated and its net profit shown in one line; and the
  // same with, instead of that line, the widget's own first frame (its answer,
  // as embed.html draws it) cloned from markup, with no widget code at all.
  copyFileSync(path.join(siteDir, 'widget/referral-core.wasm'), path.join(referenceDir, 'referral-core.wasm'));
  copyFileSync(path.join(repoRoot, 'web/widget/core-client.js'), path.join(referenceDir, 'core-client.js'));
  const answerFrame = await (async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/embed.html?mode=program&lang=it`);
    await page.waitForFunction(() => document.querySelector('referral-calculator')?.result);
    const frame = await page.evaluate(() => {
      const root = document.querySelector('referral-calculator').shadowRoot;
      const rc = root.querySelector('.rc').cloneNode(true);
      rc.classList.add('arriving');
      return { markup: rc.outerHTML, css: root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n') };
    });
    await context.close();
    return frame;
  })();
  const corePage = (name, show, body = '') => {
    writeFileSync(path.join(referenceDir, `${name}.html`), '<!doctype html><html lang="it"><head><meta charset="utf-8"><title>reference</title>'
      + '<link rel="preload" href="referral-core.wasm" as="fetch" type="application/wasm" crossorigin>'
      + `<script type="module" src="${name}.js"></script></head><body><main></main>${body}</body></html>`);
    writeFileSync(path.join(referenceDir, `${name}.js`), "import { loadCore } from './core-client.js';\n"
      + "const core = await loadCore(new URL('./referral-core.wasm', import.meta.url));\n"
      + "const netProfit = `${Math.round(core.evaluate({ schema: 'passaparola/1', kind: 'program' }).value.result.totals.net_profit)} €`;\n"
      + `${show}\ndocument.dispatchEvent(new Event('result'));\n`);
  };
  corePage('core', "document.querySelector('main').append(netProfit);");
  corePage('answer', "const root = document.querySelector('main').attachShadow({ mode: 'open' });\n"
    + "root.append(Object.assign(document.createElement('style'), { textContent: document.getElementById('css').textContent }),"
    + " document.getElementById('answer').content.cloneNode(true));\nroot.querySelector('.figure-value').textContent = netProfit;",
  `<template id="answer">${answerFrame.markup}</template><script type="text/css" id="css">${answerFrame.css.replaceAll('</', '<\\/')}</script>`);
  const reference = await startServer({ root: referenceDir });
  // The npm package as installed from its tarball: a blog post loading it from
  // the CDN's origin, and the same post next to the package's files.
  const calculatorPost = (base) => blogPost(base, '<referral-calculator mode="program" lang="it"></referral-calculator>');
  const cdn = await startCdnAndHost((base) => ({ 'post.html': calculatorPost(base) }));
  writeFileSync(path.join(cdn.packageDir, 'post.html'), calculatorPost('./'));
  const pages = [['a page with one module that shows one line (the machine\'s floor)', `${reference.origin}/plain.html`],
    ['the same line formatted by Intl.NumberFormat (ICU\'s start-up)', `${reference.origin}/intl.html`],
    ['the core alone: loaded, the default program evaluated, its net profit in one line', `${reference.origin}/core.html`],
    ['the core, then the widget\'s first frame (its answer) from markup, no widget code', `${reference.origin}/answer.html`],
    ['one calculator (embed.html, program)', `${server.origin}/embed.html?mode=program&lang=it`],
    ['blog post with three calculators', `${server.origin}/index.html`],
    ['npm package, same origin (blog post beside the package files)', `${cdn.cdn}/post.html`],
    ['npm package from a CDN origin (blog post on another origin, README CSP)', `${cdn.host}/post.html`]];
  const times = pages.map(() => []);
  const paintTimes = pages.map(() => []);
  try {
    for (let i = 0; i < NAVIGATIONS; ++i) {
      for (const [index, [, url]] of pages.entries()) {
        const { ms, painted } = await firstResultTime(url);
        times[index].push(ms);
        paintTimes[index].push(painted);
      }
    }
  } finally {
    await cdn.close();
    await reference.close();
    rmSync(referenceDir, { recursive: true, force: true });
  }
  for (const [index, [name]] of pages.entries()) {
    const samples = times[index];
    console.log(`navigation → first result, ${name}: median ${median(samples).toFixed(1)} ms, min ${Math.min(...samples).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms over ${NAVIGATIONS}`);
  }
  // On the blog post the first paint is the article's text, not a result.
  for (const [index, [name]] of pages.entries()) {
    if (name.startsWith('blog')) continue;
    console.log(`navigation → that frame presented (first contentful paint), ${name}: median ${median(paintTimes[index]).toFixed(1)} ms`);
  }
  const calculator = pages.findIndex(([name]) => name.startsWith('one calculator'));
  report('navigation to first result (median, embed.html)', median(times[calculator]), BUDGET.firstResultMs, 'ms');
  // Issue 15: within 1.5× of the machine's floor page in the same run, both
  // when the result is computed and when the frame showing it is presented.
  report('first result ÷ the floor page (medians, embed.html)', median(times[calculator]) / median(times[0]), BUDGET.floorRatio, '×');
  report('first contentful paint ÷ the floor page\'s (medians, embed.html)', median(paintTimes[calculator]) / median(paintTimes[0]),
    BUDGET.floorRatio, '×');
  // Where that budget stands: the same ratios for the two pages below which
  // no widget can go, and the widget's distance from the second.
  const ratios = (index, base) => `first result ${(median(times[index]) / median(times[base])).toFixed(2)}×, `
    + `first contentful paint ${(median(paintTimes[index]) / median(paintTimes[base])).toFixed(2)}×`;
  const [coreAlone, answerFromMarkup] = ['the core alone', 'the core, then'].map((start) => pages.findIndex(([name]) => name.startsWith(start)));
  console.log(`the floor page → the core alone: ${ratios(coreAlone, 0)}`);
  console.log(`the floor page → the core and the widget's first frame from markup: ${ratios(answerFromMarkup, 0)}`);
  console.log(`the core and the widget's first frame from markup → embed.html: ${ratios(calculator, answerFromMarkup)}`);
  const sameOrigin = pages.findIndex(([name]) => name.startsWith('npm package, same origin'));
  const fromCdn = pages.findIndex(([name]) => name.startsWith('npm package from a CDN'));
  report('navigation to first result, CDN origin ÷ same origin (medians, npm package)',
    median(times[fromCdn]) / median(times[sameOrigin]), BUDGET.cdnRatio, '×');

  const scenarios = [
    ['program, 12 months', 'program', { horizon_months: 12 }, 'input.program.customers'],
    ['program, 120 months', 'program', { horizon_months: 120 }, 'input.program.customers'],
    ['gift card', 'gift_card', {}, 'input.gift_card.cards_per_wave'],
    ['vcp, 50 contacts', 'vcp', { contacts: Array.from({ length: 50 }, (_, i) => ({ name: `Contatto ${i + 1}`,
      mine: { knows_business: true, referrals_per_quarter: i % 4 }, theirs: { knows_business: i % 2 === 0, trusts_competence: true }, traits: ['doer'] })) },
    'input.vcp.regular_referrals_per_quarter'],
    // Issue 18's budget: 50 contacts with 1 000 referral log entries in all.
    ['vcp, 50 contacts, 1 000 log entries', 'vcp', { contacts: Array.from({ length: 50 }, (_, i) => ({ name: `Contatto ${i + 1}`,
      mine: { knows_business: true, trusts_competence: i % 3 === 0 }, theirs: { knows_business: true, trusts_competence: true }, traits: ['doer'],
      log: Array.from({ length: 20 }, (__, j) => ({ date: `2026-${String(1 + ((i + j) % 12)).padStart(2, '0')}-${String(1 + ((i * 3 + j) % 28)).padStart(2, '0')}`,
        direction: (i + j) % 2 ? 'received' : 'given', closed_value: ((i * 131 + j * 977) % 5000) / 2 })) })) },
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
