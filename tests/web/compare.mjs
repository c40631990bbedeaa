// Deep equality of JSON values, numbers to a relative tolerance.
export function differences(actual, expected, relative = 1e-12, at = '$', found = []) {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(actual), Math.abs(expected));
    if (Math.abs(actual - expected) > relative * scale) found.push(`${at}: ${actual} ≠ ${expected}`);
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      found.push(`${at}: array of ${actual?.length} ≠ ${expected.length}`);
    } else {
      expected.forEach((item, i) => differences(actual[i], item, relative, `${at}[${i}]`, found));
    }
  } else if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      found.push(`${at}: not an object`);
    } else {
      const keys = Object.keys(expected);
      if (Object.keys(actual).join() !== keys.join()) found.push(`${at}: members ${Object.keys(actual)} ≠ ${keys}`);
      for (const key of keys) differences(actual[key], expected[key], relative, `${at}.${key}`, found);
    }
  } else if (actual !== expected) {
    found.push(`${at}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  }
  return found;
}
