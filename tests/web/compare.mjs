// The one tolerant comparison of JSON values for the web tests. Numbers agree
// within `absolute` + `relative` × the larger magnitude (× the expected one's
// with `relativeToExpected`, the spec checker's rule); with `extraMembers`
// the actual value may hold members the expected one does not name (the spec
// examples list a sample of the result), else the members must be the same,
// in the same order.
export function differences(actual, expected, tolerance = {}, at = '$', found = []) {
  const { relative = 1e-12, absolute = 0, extraMembers = false, relativeToExpected = false } =
    typeof tolerance === 'number' ? { relative: tolerance } : tolerance;
  const options = { relative, absolute, extraMembers, relativeToExpected };
  if (typeof expected === 'number') {
    const scale = relativeToExpected ? Math.abs(expected) : Math.max(Math.abs(actual), Math.abs(expected));
    if (typeof actual !== 'number' || !(Math.abs(actual - expected) <= absolute + relative * scale)) {
      found.push(`${at}: ${JSON.stringify(actual)} ≠ ${expected}`);
    }
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      found.push(`${at}: array of ${actual?.length} ≠ ${expected.length}`);
    } else {
      expected.forEach((item, i) => differences(actual[i], item, options, `${at}[${i}]`, found));
    }
  } else if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      found.push(`${at}: not an object`);
    } else {
      const keys = Object.keys(expected);
      if (extraMembers) {
        for (const key of keys) if (!(key in actual)) found.push(`${at}.${key}: missing`);
      } else if (Object.keys(actual).join() !== keys.join()) {
        found.push(`${at}: members ${Object.keys(actual)} ≠ ${keys}`);
      }
      for (const key of keys) if (key in actual) differences(actual[key], expected[key], options, `${at}.${key}`, found);
    }
  } else if (actual !== expected) {
    found.push(`${at}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  }
  return found;
}

// The spec checker's rule (../shared/spec/check_examples.py): within 1e-7 +
// 1e-8 × |expected|, and the result may hold members the example leaves out.
export const specTolerance = { absolute: 1e-7, relative: 1e-8, relativeToExpected: true, extraMembers: true };
