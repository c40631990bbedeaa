// Runs the what-if module off the main thread, so a Monte Carlo run never
// makes typing stutter. Message in: {id, document, trials, seed}; out: {id,
// sensitivity, simulation} (each a core answer, {ok, value} or {ok, errors}).
import { loadCore } from './core-client.js';

const core = loadCore(new URL('./referral-whatif.wasm', import.meta.url));

self.addEventListener('message', async ({ data }) => {
  const whatif = await core;
  self.postMessage({
    id: data.id,
    sensitivity: whatif.sensitivity(data.document),
    simulation: whatif.simulate(data.document, { trials: data.trials, seed: data.seed }),
  });
});
