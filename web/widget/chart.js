// Cumulative net result per month as an inline SVG line, with the zero line
// and the payback month marked. Text equivalents live in the month table.
import { svg } from './dom.js';

const WIDTH = 600;
const HEIGHT = 220;
const PAD = { left: 8, right: 8, top: 16, bottom: 28 };

export function cumulativeChart({ months, paybackMonth, title, description, format, monthLabel }) {
  const values = months.map((m) => m.cumulative_net);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const x = (i) => PAD.left + (months.length === 1 ? 0.5 : i / (months.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (v) => PAD.top + ((high - v) / span) * (HEIGHT - PAD.top - PAD.bottom);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  const area = `M${x(0).toFixed(1)},${y(0).toFixed(1)} L${points.join(' L')} L${x(values.length - 1).toFixed(1)},${y(0).toFixed(1)} Z`;

  const payback = paybackMonth ? months.findIndex((m) => m.month === paybackMonth) : -1;
  return svg('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `${title}. ${description}` },
    svg('title', { text: title }),
    svg('path', { class: 'chart-area', d: area }),
    svg('line', { class: 'chart-zero', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(0), y2: y(0) }),
    svg('polyline', { class: 'chart-line', points: points.join(' ') }),
    payback >= 0 ? svg('circle', { class: 'chart-payback', cx: x(payback), cy: y(values[payback]), r: 5 }) : null,
    svg('text', { class: 'chart-label', x: PAD.left, y: 12, text: format(high) }),
    low < 0 ? svg('text', { class: 'chart-label', x: PAD.left, y: HEIGHT - PAD.bottom - 4, text: format(low) }) : null,
    svg('text', { class: 'chart-label', x: PAD.left, y: HEIGHT - 8, text: monthLabel(months[0].month) }),
    svg('text', { class: 'chart-label', x: WIDTH - PAD.right, y: HEIGHT - 8, 'text-anchor': 'end', text: monthLabel(months.at(-1).month) }));
}
