// The native CLI, the reference the wasm build must agree with.
import { spawnSync } from 'node:child_process';
import { cliPath } from './paths.mjs';

export function runCli(args, input = '') {
  const run = spawnSync(cliPath, args, { input, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// The CLI's `eval`: {ok, value} or {ok: false, messages} like the wasm answers.
export function cliEvaluate(documentText) {
  const run = runCli(['eval', '-'], documentText);
  if (run.status === 0) return { ok: true, value: JSON.parse(run.stdout) };
  return { ok: false, messages: errorLines(run.stderr) };
}

export const errorLines = (stderr) =>
  stderr.split('\n').filter((line) => line.startsWith('error: ')).map((line) => line.slice('error: '.length));
