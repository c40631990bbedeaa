// The body of "range of outcomes" (program and gift card), downloaded when a
// reader first opens the section (whatif.js): which inputs move net profit
// most (tornado), and the spread of outcomes when some inputs are uncertain
// (Monte Carlo). The core computes both in a worker; this draws them and edits
// the document's `uncertainty` ranges.
import { h, svg, replaceChildren } from './dom.js';
import { createField } from './fields.js';
import styles from './whatif.css';
import { adoptStyles } from './adopt-styles.js';

const TRIALS = 10000;
const SEED = 1;
const DEBOUNCE_MS = 250;
const TORNADO_ROWS = 6;

// Browsers refuse a worker script from another origin, as when the widget
// comes from a CDN: there a module worker of the page's own origin (a blob:
// URL, which the host's CSP allows with `worker-src blob:`) imports it, and
// the worker module still finds its wasm next to itself (import.meta.url).
function startWorker(url) {
  if (url.origin === self.location.origin) return new Worker(url, { type: 'module' });
  const loader = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  const started = new Worker(loader, { type: 'module' });
  started.addEventListener('message', () => URL.revokeObjectURL(loader), { once: true });
  return started;
}

let worker;
let nextId = 0;
const pending = new Map();
function runInWorker(document) {
  if (!worker) {
    worker = startWorker(new URL('./whatif-worker.js', import.meta.url));
    worker.addEventListener('message', ({ data }) => {
      pending.get(data.id)?.(data);
      pending.delete(data.id);
    });
  }
  const id = ++nextId;
  worker.postMessage({ id, document, trials: TRIALS, seed: SEED });
  return new Promise((resolve) => pending.set(id, resolve));
}

// `element`: the section's <details>; returns the nodes to put in it after its
// summary, and `update` for each new valid document.
export function whatifBody({ element, kind, metadata, catalog, format, uncertainty, inputValue, onUncertaintyChange }) {
  adoptStyles(element, styles);
  const real = metadata.kinds[kind].filter((info) => info.uncertain);
  const labelOf = (name) => catalog.text(`input.${kind}.${name}.label`);
  let ranges = structuredClone(uncertainty ?? {});
  let latestDocument = null;
  let timer;
  let shownId = 0;

  const status = h('p', { class: 'field-help', role: 'status' });
  const body = h('div', { class: 'whatif-body' });
  const rangeList = h('div', { class: 'range-list' });
  const choice = h('select', { 'aria-label': catalog.text('ui.widget.whatif.input') });
  const addButton = h('button', { type: 'button', class: 'button', text: catalog.text('ui.widget.whatif.add'), onclick: () => add(choice.value) });
  const nodes = [
    h('p', { class: 'field-help', text: catalog.text('ui.widget.whatif.intro') }),
    status, body,
    h('h4', { text: catalog.text('ui.widget.whatif.ranges') }),
    rangeList,
    h('div', { class: 'contacts-actions' }, choice, addButton)];
  element.addEventListener('toggle', () => { if (element.open && latestDocument) schedule(0); });

  const changed = () => onUncertaintyChange(Object.keys(ranges).length ? structuredClone(ranges) : undefined);

  // A first guess of ±20 % around today's value, inside the input's range
  // (the tornado's own low and high).
  function setDefaultRange(name) {
    const value = inputValue(name);
    const info = real.find((i) => i.name === name);
    ranges[name] = { low: Math.max(info.min, Math.min(value * 0.8, value * 1.2)), high: Math.min(info.max, Math.max(value * 0.8, value * 1.2)) };
  }

  function add(name) {
    if (!name || ranges[name]) return;
    setDefaultRange(name);
    renderRanges(name);
    changed();
  }

  // The inputs whose swing is largest, named by the latest tornado.
  let largestSwings = [];
  function addTypical() {
    largestSwings.slice(0, 3).forEach(setDefaultRange);
    renderRanges(largestSwings[0]);
    changed();
  }

  function renderRanges(focusName) {
    const rows = Object.keys(ranges).map((name) => {
      const info = real.find((i) => i.name === name);
      const bound = (which) => createField({ info, catalog, format, value: ranges[name][which],
        text: { label: `${catalog.text(`whatif.${which}`)}: ${labelOf(name)}`, help: '' },
        onChange: ({ value, problem }) => {
          field[which].showError(problem ?? null);
          if (problem) return;
          ranges[name] = { ...ranges[name], [which]: value };
          changed();
        } });
      const field = { low: bound('low'), high: bound('high') };
      const remove = h('button', { type: 'button', class: 'button small danger', text: catalog.text('ui.widget.whatif.remove'),
        'aria-label': `${catalog.text('ui.widget.whatif.remove')}: ${labelOf(name)}`,
        onclick: () => { delete ranges[name]; renderRanges(); changed(); choice.focus(); } });
      return { name, field, element: h('div', { class: 'range-row' }, h('p', { class: 'group-label', text: labelOf(name) }),
        h('div', { class: 'range-fields' }, field.low.element, field.high.element), remove) };
    });
    replaceChildren(rangeList, rows.length ? rows.map((r) => r.element) : h('p', { class: 'empty', text: catalog.text('ui.widget.whatif.no_ranges') }));
    replaceChildren(choice, real.filter((i) => !ranges[i.name]).map((i) => h('option', { value: i.name, text: labelOf(i.name) })));
    addButton.disabled = choice.options.length === 0;
    rows.find((r) => r.name === focusName)?.field.low.control.focus();
  }

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const document = latestDocument;
      status.textContent = catalog.text('ui.widget.whatif.running');
      body.classList.add('is-stale');
      const answer = await runInWorker(document);
      if (answer.id < shownId || document !== latestDocument) return;
      shownId = answer.id;
      status.textContent = '';
      body.classList.remove('is-stale');
      show(answer);
    }, delay);
  }

  function show({ sensitivity, simulation }) {
    if (!sensitivity.ok || !simulation.ok) {
      const errors = [...(sensitivity.errors ?? []), ...(simulation.errors ?? [])];
      replaceChildren(body, h('p', { class: 'notice error', text: errors.map((e) => e.message).join('\n') }));
      return;
    }
    const base = sensitivity.value.result.totals.net_profit;
    const rows = sensitivity.value.result.sensitivity;
    largestSwings = rows.filter((r) => r.swing > 0).map((r) => r.input);
    // Without a range the simulation draws the same scenario every time: a
    // spread of zero would read as a certainty.
    const certain = Object.keys(ranges).length === 0;
    replaceChildren(body,
      certain ? noUncertainty() : outcomes(simulation.value.result.simulation),
      tornado(rows.slice(0, TORNADO_ROWS), base));
  }

  function noUncertainty() {
    return h('div', { class: 'notice' },
      h('p', { text: catalog.text('ui.widget.whatif.no_uncertainty') }),
      largestSwings.length ? h('button', { type: 'button', class: 'button', text: catalog.text('ui.widget.whatif.add_typical'), onclick: addTypical }) : null);
  }

  function outcomes(sim) {
    const between = (summary, show) => catalog.text('ui.widget.whatif.between', { low: show(summary.p10), high: show(summary.p90) });
    const rows = [
      [catalog.text('result.' + kind + '.net_profit'), between(sim.net_profit, format.money)],
      [catalog.text('result.' + kind + '.roi'), sim.roi.n ? between(sim.roi, format.percent) : format.none],
      [catalog.text('whatif.probability_of_loss'), format.percent(sim.probability_of_loss)],
      [`${catalog.text('whatif.mean')} · ${catalog.text('result.' + kind + '.net_profit')}`, format.money(sim.net_profit.mean)],
    ];
    return h('div', {},
      h('table', { class: 'whatif-table' },
        h('caption', { text: `${catalog.text('whatif.p10')} – ${catalog.text('whatif.p90')}` }),
        h('tbody', {}, rows.map(([label, value]) => h('tr', {}, h('th', { scope: 'row', text: label }), h('td', { text: value }))))),
      histogram(sim));
  }

  function histogram(sim) {
    const { counts, edges } = sim.histogram;
    const top = Math.max(1, ...counts);
    const width = 400;
    const height = 80;
    const barWidth = width / counts.length;
    const description = `${catalog.text('whatif.histogram')}: ${format.money(edges[0])} – ${format.money(edges.at(-1))}`;
    return h('figure', { class: 'histogram' },
      h('figcaption', { text: catalog.text('whatif.histogram') }),
      svg('svg', { class: 'chart histogram-chart', viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': description },
        counts.map((count, i) => svg('rect', { class: edges[i + 1] <= 0 ? 'bin loss' : 'bin', x: i * barWidth + 0.5,
          width: Math.max(barWidth - 1, 0.5), y: height - (height * count) / top, height: (height * count) / top }))),
      h('div', { class: 'chart-axis', 'aria-hidden': 'true' }, h('span', { text: format.money(edges[0]) }), h('span', { text: format.money(edges.at(-1)) })));
  }

  // How an input's values read: as the form shows them.
  const showerOf = (name) => {
    const info = real.find((i) => i.name === name);
    return info.kind === 'rate' ? format.percent : info.kind === 'money' ? format.money : format.number;
  };

  // The largest swing told in a sentence, so the chart explains itself.
  function inWords(row) {
    if (!row || row.swing === 0) return null;
    const show = showerOf(row.input);
    return h('p', { class: 'tornado-words', text: catalog.text('ui.widget.whatif.in_words', {
      input: labelOf(row.input), value: show(inputValue(row.input)), low: show(row.low), high: show(row.high),
      profit_low: format.money(row.net_profit_low), profit_high: format.money(row.net_profit_high) }) });
  }

  function tornado(rows, base) {
    const extent = Math.max(1e-9, ...rows.map((r) => Math.max(Math.abs(r.net_profit_low - base), Math.abs(r.net_profit_high - base))));
    const position = (v) => 50 + (50 * (v - base)) / extent;
    return h('figure', { class: 'tornado' },
      h('figcaption', { text: catalog.text('whatif.sensitivity') }),
      h('p', { class: 'field-help', text: catalog.text('whatif.sensitivity.help') }),
      inWords(rows[0]),
      h('ul', { class: 'bars' }, rows.map((row) => {
        const show = showerOf(row.input);
        const from = Math.min(position(row.net_profit_low), position(row.net_profit_high));
        const to = Math.max(position(row.net_profit_low), position(row.net_profit_high));
        const fill = h('span', { class: 'bar-fill tornado-fill' });
        fill.style.marginLeft = `${from}%`;
        fill.style.width = `${Math.max(to - from, 0.5)}%`;
        return h('li', { class: 'bar tornado-row' },
          h('span', { class: 'bar-label', text: labelOf(row.input) }),
          h('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill),
          h('span', { class: 'bar-value', text: `${catalog.text('whatif.swing')} ${format.money(row.swing)}` }),
          h('span', { class: 'tornado-detail', text: `${show(row.low)} → ${format.money(row.net_profit_low)} · ${show(row.high)} → ${format.money(row.net_profit_high)}` }));
      })));
  }

  renderRanges();
  return {
    nodes,
    // A new valid document: recomputed once typing pauses, and only while open.
    update(document, { now = false } = {}) {
      latestDocument = document;
      if (!element.open) return;
      // Said at once, so nobody reads the figures of the previous inputs as current.
      status.textContent = catalog.text('ui.widget.whatif.running');
      schedule(now ? 0 : DEBOUNCE_MS);
    },
  };
}
