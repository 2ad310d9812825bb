// Main-thread side of the engine worker: starts it, forwards commands, and turns its messages
// into store updates. If the worker dies, it is restarted with the current settings.
const PAGE_ENGINE = new URL(location.href).searchParams.get('engine');

export function createEngine(store, onMessage) {
  let worker = null;

  function start() {
    const url = new URL('../engine/worker.js', import.meta.url);
    if (PAGE_ENGINE === 'wasm' || PAGE_ENGINE === 'js') url.searchParams.set('engine', PAGE_ENGINE);
    worker = new Worker(url, { type: 'module' });
    worker.onmessage = (e) => onMessage(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      onMessage({ type: 'error', message: 'The engine worker failed: ' + (e.message || 'unknown error') + '. Restarting it.' });
      restart();
    };
  }

  function restart() {
    if (worker) worker.terminate();
    start(); // its 'ready' message makes the page send the current settings again
  }

  function send(msg) {
    worker.postMessage(msg);
  }

  start();
  return { send, restart };
}
