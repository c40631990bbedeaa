// Cumulative net result per month as an inline SVG line, with the zero line
// and the payback month marked. Labels are HTML around the drawing, so they
// stay readable when the chart shrinks to a phone's width; the month table
// holds the same figures as text. A value after the horizon (spec §2's tail)
// is a dashed continuation in a strip of its own at the right, never drawn
// as more months of the program.
import { h, svg } from './dom.js';

const WIDTH = 600;
const HEIGHT = 200;
const PAD = 6;
const TAIL_STRIP = 0.15;  // of the width, for the value after the horizon

// tail: the cumulative net with the value after the horizon, or null.
export function cumulativeChart({ months, paybackMonth, title, description, format, monthLabel, tail = null }) {
  const values = months.map((m) => m.cumulative_net);
  const low = Math.min(0, ...values, tail ?? 0);
  const high = Math.max(0, ...values, tail ?? 0);
  const span = high - low || 1;
  const right = tail ? WIDTH - PAD - TAIL_STRIP * WIDTH : WIDTH - PAD;
  const x = (i) => PAD + (months.length === 1 ? 0.5 : i / (months.length - 1)) * (right - PAD);
  const y = (v) => PAD + ((high - v) / span) * (HEIGHT - 2 * PAD);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  const area = `M${x(0).toFixed(1)},${y(0).toFixed(1)} L${points.join(' L')} L${x(values.length - 1).toFixed(1)},${y(0).toFixed(1)} Z`;
  const payback = paybackMonth ? months.findIndex((m) => m.month === paybackMonth) : -1;
  const last = { x: x(values.length - 1), y: y(values.at(-1)) };

  const drawing = svg('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none',
    role: 'img', 'aria-label': `${title}. ${description}` },
  svg('path', { class: 'chart-area', d: area }),
  svg('line', { class: 'chart-zero', x1: PAD, x2: WIDTH - PAD, y1: y(0), y2: y(0), 'vector-effect': 'non-scaling-stroke' }),
  svg('polyline', { class: 'chart-line', points: points.join(' '), 'vector-effect': 'non-scaling-stroke' }),
  payback >= 0 ? svg('line', { class: 'chart-payback', x1: x(payback), x2: x(payback), y1: PAD, y2: HEIGHT - PAD, 'vector-effect': 'non-scaling-stroke' }) : null,
  tail ? svg('line', { class: 'chart-tail', x1: last.x, y1: last.y, x2: WIDTH - PAD, y2: y(tail), 'vector-effect': 'non-scaling-stroke' }) : null);

  return h('div', { class: 'chart-box' },
    h('div', { class: 'chart-scale', 'aria-hidden': 'true' },
      h('span', { text: format(high) }), h('span', { text: format(low) })),
    drawing,
    h('div', { class: `chart-axis${tail ? ' with-tail' : ''}`, 'aria-hidden': 'true' },
      h('span', { text: monthLabel(months[0].month) }), h('span', { text: monthLabel(months.at(-1).month) })));
}
