// Backprop Playground as a "system" of the peer benchmark harness (../shared/peers), and the
// engine driver of bench.html. A classic script (the harness adds it with a <script> tag):
// it defines globalThis.BackpropPeers = {name: system}. Each system runs the engine in its
// Web Worker, as the playground does; the harness times the round trips.
(function () {
  'use strict';
  const base = document.currentScript ? document.currentScript.src : location.href;

  function client(engine) {
    const worker = new Worker(new URL('../engine/worker.js?build=full&engine=' + engine, base), { type: 'module' });
    const pending = new Map();
    let next = 1;
    const ready = new Promise((resolve, reject) => {
      worker.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'ready') resolve(m);
        else if (m.type === 'fatal') reject(new Error(m.message));
        else if (m.type === 'benchResult') {
          const p = pending.get(m.id);
          pending.delete(m.id);
          if (m.error) p.reject(new Error(m.error)); else p.resolve(m.value);
        }
      };
      worker.onerror = (e) => reject(new Error('worker: ' + e.message));
    });
    const call = (op, args = [], transfer = []) => ready.then(() => new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'bench', id, op, args }, transfer);
    }));
    return { ready, call, terminate: () => worker.terminate() };
  }

  /** Raw MNIST bytes from the harness's float32 pixels (x = byte / 255, so rounding is exact). */
  function toBytes(split) {
    const px = new Uint8Array(split.x.length);
    for (let i = 0; i < px.length; i++) px[i] = Math.round(split.x[i] * 255);
    return { pixels: px.buffer, labels: new Uint8Array(split.y).buffer };
  }

  function system(name, engine, sparse) {
    let c = null;
    const get = () => (c = c || client(engine));
    return {
      name,
      async w1() {
        const w = get();
        const info = await w.ready;
        await w.call('w1Setup');
        return {
          info: { engine: info.engine },
          trainEpochs: (e) => w.call('w1Train', [e]),
          trainEpoch: () => w.call('w1Train', [1]),
          grid: () => w.call('w1Grid'),
          testLoss: () => w.call('w1TestLoss'),
        };
      },
      async w2(mnist) {
        const w = get();
        const info = await w.ready;
        const tr = toBytes(mnist.train), te = toBytes(mnist.test);
        await w.call('w2Setup', [tr.pixels, tr.labels, te.pixels, te.labels, sparse], [tr.pixels, tr.labels, te.pixels, te.labels]);
        return {
          info: { engine: info.engine, path: sparse ? 'sparse' : 'dense' },
          trainRange: (s, e) => w.call('w2Train', [s, e]),
          accuracy: () => w.call('w2Accuracy'),
        };
      },
    };
  }

  globalThis.BackpropPeers = {
    'backprop-wasm': system('backprop-wasm', 'wasm', true),
    'backprop-js': system('backprop-js', 'js', true),
    'backprop-wasm-dense': system('backprop-wasm-dense', 'wasm', false),
    'backprop-js-dense': system('backprop-js-dense', 'js', false),
  };
})();
