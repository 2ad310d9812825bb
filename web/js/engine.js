// Main-thread side of the engine worker: starts it, forwards commands, and turns its messages
// into store updates. If the worker dies, it is restarted and its 'ready' message makes the
// page send the current settings again: by an error event when it throws, and by a watchdog
// when it stops answering (a terminated or hung worker sends no event at all).
import { t } from './i18n.js';
const PAGE_ENGINE = new URL(location.href).searchParams.get('engine');
const PING_MS = 2000;
const SILENCE_MS = 20000; // longer than any single call (evaluating 10k images on a big network)

/** build: 'plane' (the 2D page's engine) or 'full' (with the image and benchmark APIs; see engine/load.js). */
export function createEngine(store, onMessage, build = 'plane') {
  let worker = null, pingedAt = null; // when the oldest unanswered ping was sent

  function start() {
    const url = new URL('../engine/worker.js', import.meta.url);
    if (PAGE_ENGINE === 'wasm' || PAGE_ENGINE === 'js') url.searchParams.set('engine', PAGE_ENGINE);
    if (build === 'full') url.searchParams.set('build', 'full');
    worker = new Worker(url, { type: 'module' });
    pingedAt = null;
    worker.onmessage = (e) => {
      pingedAt = null; // any message shows it is alive
      if (e.data && e.data.type !== 'pong') onMessage(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      restart(t('worker.failed', { why: e.message || t('worker.unknown') }));
    };
  }

  function restart(why) {
    onMessage({ type: 'error', message: t('worker.restarted', { why }) });
    if (worker) worker.terminate();
    start();
  }

  start();
  // Silence counts from an unanswered ping, so timers slowed in a background tab (once a
  // minute) cannot make a healthy worker look dead.
  const watchdog = setInterval(() => {
    const now = performance.now();
    if (pingedAt === null) {
      pingedAt = now;
      worker.postMessage({ type: 'ping' });
    } else if (now - pingedAt > SILENCE_MS) restart(t('worker.silent', { s: SILENCE_MS / 1000 }));
  }, PING_MS);

  function send(msg) {
    worker.postMessage(msg);
  }

  /** Ends the worker for good (a comparison's second engine). */
  const stop = () => { clearInterval(watchdog); worker.terminate(); };
  // worker() is for tests that simulate a crash.
  return { send, restart, stop, worker: () => worker };
}
