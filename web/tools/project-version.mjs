// One version for every face and every package: the project's, from CMakeLists.txt.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const projectVersion = () =>
  readFileSync(path.join(root, 'CMakeLists.txt'), 'utf8').match(/project\(\s*passaparola\s+VERSION\s+([\d.]+)/)[1];
