// The element's API as its JSDoc header states it (web/widget/referral-calculator.js):
// {attr, prop, fires, csspart, cssprop}: [{name, type, description}] in the header's order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

export function widgetApi() {
  const source = readFileSync(path.join(repoRoot, 'web/widget/referral-calculator.js'), 'utf8');
  const header = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1];
  if (!header) throw new Error('referral-calculator.js has no JSDoc header');
  const api = { attr: [], prop: [], fires: [], csspart: [], cssprop: [] };
  for (const line of header.split('\n')) {
    const m = /^\s*\*\s*@(\w+)\s+(?:\{([^}]*)\}\s+)?(\S+)\s+-\s+(.*)$/.exec(line);
    if (!m) continue;
    if (!(m[1] in api)) throw new Error(`unknown tag @${m[1]} in the header`);
    api[m[1]].push({ name: m[3], type: m[2], description: m[4] });
  }
  return api;
}
