// The engine worker: loads the TeaVM build of the Java engine (Wasm-GC where the browser
// supports it, the JS build otherwise) and trains off the main thread. Messages in and out
// are described in protocol.js. Only this script's response carries 'unsafe-eval' in its CSP,
// which TeaVM's Wasm-GC loader needs (see netlify.toml).
import { loadEngine } from './load.js';
import { Trainer } from './trainer.js';
import { REQUESTS, request } from './requests.js';

const want = new URL(self.location.href).searchParams.get('engine') || 'auto';
const build = new URL(self.location.href).searchParams.get('build') === 'full' ? 'full' : 'plane'; // see load.js
let trainer = null;
const queue = [];

function post(msg, transfer) {
  self.postMessage(msg, transfer || []);
}

function handle(m) {
  if (m.type === 'bench') bench(m);
  else if (REQUESTS.includes(m.type)) {
    try {
      request(trainer.api, trainer, post, m);
    } catch (e) {
      post({ type: 'error', message: String(e && e.message ? e.message : e) });
    }
  } else trainer.handle(m);
}

// Benchmark calls (bench.html and the peer-harness adapter time these round trips).
const BENCH_OPS = ['w1Setup', 'w1Train', 'w1TestLoss', 'w1Grid', 'w2Setup', 'w2Train', 'w2Accuracy'];
function bench({ id, op, args }) {
  try {
    if (!BENCH_OPS.includes(op)) throw new Error('unknown benchmark call ' + op);
    const a = op === 'w2Setup' ? [...args.slice(0, 4).map((b) => new Int8Array(b)), !!args[4]] : args;
    const value = trainer.api.BenchApi[op](...a);
    if (op === 'w2Setup' && value) throw new Error(value);
    post({ type: 'benchResult', id, value });
  } catch (e) {
    post({ type: 'benchResult', id, error: String(e && e.message ? e.message : e) });
  }
}

self.onmessage = (e) => {
  if (e.data && e.data.type === 'ping') post({ type: 'pong' }); // the page's watchdog, answered even while loading
  else if (e.data && e.data.type === 'resources') { // what this worker fetched (the first-load size test)
    post({ type: 'resources', urls: performance.getEntriesByType('resource').map((r) => r.name) });
  }
  else if (trainer) handle(e.data);
  else queue.push(e.data);
};

loadEngine(want, build).then(({ api, kind, note }) => {
  trainer = new Trainer(api, post);
  post({ type: 'ready', engine: kind, note, schema: JSON.parse(api.schema()) });
  for (const m of queue.splice(0)) handle(m);
}, (err) => {
  const why = err && err.message ? err.message : String(err);
  post({ type: 'fatal', message: 'The engine could not be loaded: ' + why, code: 'engineLoad', args: [why] });
});

self.addEventListener('error', (e) => post({ type: 'error', message: 'worker error: ' + e.message }));
self.addEventListener('unhandledrejection', (e) => post({ type: 'error', message: 'worker error: ' + String(e.reason) }));
