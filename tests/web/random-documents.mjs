// Random scenario documents built from the core's own input metadata, so a
// new input or a changed range is covered without touching the tests.

// Small seeded generator (mulberry32): a failing document can be reproduced.
export function randomSource(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    below: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const NAME_PARTS = ['Anna', 'Pekka', 'Ristorante Da Mario', 'Studio Bianchi', 'Äänekoski Oy', 'José', '  spazi  ',
  '<img src=x onerror=alert(1)>', '北京', 'Laura & Co.', '\u00a0Nbsp\u3000'];

function randomNumber(info, rng) {
  const top = info.slider_max ?? info.max;
  const roll = rng.next();
  if (roll < 0.05) return info.min;
  if (roll < 0.08) return info.max;
  const value = info.min + rng.next() * (top - info.min);
  return info.kind === 'integer' ? Math.round(value) : value;
}

// A real day of the spec's range (2000-01-01 to 2100-12-31).
function randomDate(rng) {
  const day = new Date(Date.UTC(2000, 0, 1) + rng.below(36890) * 864e5);
  return day.toISOString().slice(0, 10);
}

function randomValue(info, rng) {
  switch (info.kind) {
    case 'date': return randomDate(rng);
    case 'bool': return rng.chance(0.5);
    case 'choice': return rng.pick(info.choices);
    case 'currency': return rng.pick(['EUR', 'USD', 'GBP', 'SEK', 'CHF', 'JPY']);
    default: return randomNumber(info, rng);
  }
}

function randomContact(metadata, rng) {
  const direction = () => {
    const d = {};
    for (const info of metadata.direction) if (rng.chance(0.7)) d[info.name] = randomValue(info, rng);
    return d;
  };
  const contact = { name: rng.pick(NAME_PARTS) + (rng.chance(0.5) ? ` ${rng.below(100)}` : '') };
  if (rng.chance(0.9)) contact.mine = direction();
  if (rng.chance(0.9)) contact.theirs = direction();
  if (rng.chance(0.8)) contact.traits = metadata.traits.map((t) => t.name).filter(() => rng.chance(0.3));
  // A referral log (spec §4), in recent years so that some entries count.
  if (rng.chance(0.5)) {
    contact.log = Array.from({ length: rng.below(12) }, () => {
      const entry = { date: `20${20 + rng.below(7)}-${String(1 + rng.below(12)).padStart(2, '0')}-${String(1 + rng.below(28)).padStart(2, '0')}`,
        direction: rng.pick(['given', 'received']) };
      if (rng.chance(0.7)) entry.closed_value = Math.round(rng.next() * 5e6) / 100;
      return entry;
    });
  }
  return contact;
}

export function randomDocument(metadata, rng) {
  const kind = rng.pick(Object.keys(metadata.kinds));
  const inputs = {};
  for (const info of metadata.kinds[kind]) {
    if (info.kind === 'list') {
      inputs[info.name] = Array.from({ length: rng.below(9) }, () => randomContact(metadata, rng));
    } else if (rng.chance(0.75)) {
      inputs[info.name] = randomValue(info, rng);
    }
  }
  return { schema: metadata.schema, kind, inputs };
}

// A valid document spoiled in one way the core must name in its message.
export function spoiledDocument(metadata, rng) {
  const document = randomDocument(metadata, rng);
  const numeric = metadata.kinds[document.kind].filter((i) => i.min !== undefined && i.kind !== 'list');
  const info = rng.pick(numeric);
  const spoil = rng.pick([
    () => { document.inputs[info.name] = info.max + 1 + rng.next() * info.max; },
    () => { document.inputs[info.name] = info.min - 1 - rng.next(); },
    () => { document.inputs[info.name] = String(info.default); },
    () => { document.inputs[info.name] = null; },
    () => { document.inputs[`${info.name}_typo`] = 1; },
    () => { document.kind = 'pyramid'; },
  ]);
  spoil();
  return document;
}

// A program or gift-card document with PERT ranges on a few of its
// real-valued inputs (spec §6), built around the document's own values.
export function uncertainDocument(metadata, rng) {
  let document;
  do document = randomDocument(metadata, rng); while (document.kind === 'vcp');
  const real = metadata.kinds[document.kind].filter((i) => i.uncertain);
  document.uncertainty = {};
  for (let n = 1 + rng.below(5); n > 0; --n) {
    const info = rng.pick(real);
    const likely = document.inputs[info.name] ?? info.default;
    const top = info.slider_max ?? info.max;
    const low = Math.max(info.min, likely - rng.next() * (top - info.min) * 0.3);
    const high = Math.min(info.max, likely + rng.next() * (top - info.min) * 0.3);
    document.uncertainty[info.name] = rng.chance(0.5) ? { low, high } : { low, likely, high };
  }
  return document;
}
