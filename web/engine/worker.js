// The engine worker: loads the TeaVM build of the Java engine (Wasm-GC where the browser
// supports it, the JS build otherwise) and trains off the main thread. Messages in and out
// are described in protocol.js. Only this script's response carries 'unsafe-eval' in its CSP,
// which TeaVM's Wasm-GC loader needs (see netlify.toml).
import { loadEngine } from './load.js';
import { Trainer } from './trainer.js';

const want = new URL(self.location.href).searchParams.get('engine') || 'auto';
let trainer = null;
const queue = [];

function post(msg, transfer) {
  self.postMessage(msg, transfer || []);
}

self.onmessage = (e) => {
  if (trainer) trainer.handle(e.data);
  else queue.push(e.data);
};

loadEngine(want).then(({ api, kind, note }) => {
  trainer = new Trainer(api, post);
  post({ type: 'ready', engine: kind, note, schema: JSON.parse(api.schema()) });
  for (const m of queue.splice(0)) trainer.handle(m);
}, (err) => {
  post({ type: 'fatal', message: 'The engine could not be loaded: ' + (err && err.message ? err.message : String(err)) });
});

self.addEventListener('error', (e) => post({ type: 'error', message: 'worker error: ' + e.message }));
self.addEventListener('unhandledrejection', (e) => post({ type: 'error', message: 'worker error: ' + String(e.reason) }));
