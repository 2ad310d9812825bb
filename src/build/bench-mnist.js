// MNIST and Fashion-MNIST on the image page (README, Performance): full 60k training set and
// 10k test set, 784-128-10 ReLU with Adam, trained in the page's worker until the configured
// epochs are done. Records test accuracy per epoch, seconds of training per epoch (the worker's
// own clock, evaluation excluded) and the bytes downloaded; and the bytes a 1k subset needs.
// Usage: node src/build/bench-mnist.js BASE_URL [ENGINES] — needs playwright-core ($PEERS_ENV)
// and Debian's Chromium. Prints one JSON line per case.
'use strict';
const path = require('path');
const { createRequire } = require('module');
const env = process.env.PEERS_ENV || '/tmp/peers/env';
const { chromium } = createRequire(path.join(env, 'package.json'))('playwright-core');

const base = process.argv[2] || 'http://127.0.0.1:8080';
const engines = (process.argv[3] || 'wasm,js').split(',');
const FULL = 'subset=60000&testn=10000&layers=128&act=relu&opt=adam&lr=0.001&batch=32&seed=1';
const CASES = [];
const only = process.env.CASES ? process.env.CASES.split(',') : null; // e.g. CASES=mnist-sgd
for (const engine of engines) {
  CASES.push({ name: 'mnist', engine, query: `data=mnist&${FULL}&epochs=${engine === 'wasm' ? 5 : 1}` });
}
CASES.push({ name: 'fashion', engine: 'wasm', query: `data=fashion&${FULL}&epochs=5` });
CASES.push({ name: 'mnist-sgd', engine: 'wasm', query: `data=mnist&${FULL.replace('opt=adam&lr=0.001', 'opt=sgd&lr=0.1')}&epochs=1` });
CASES.push({ name: 'mnist-1k-download', engine: 'wasm', query: 'data=mnist&subset=1000&testn=1000', epochs: 0 });

(async () => {
  if (only) CASES.splice(0, CASES.length, ...CASES.filter((c) => only.includes(c.name)));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  for (const c of CASES) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } }); // empty cache each time
    const page = await context.newPage();
    await page.goto(`${base}/mnist.html?engine=${c.engine}&${c.query}`);
    await page.waitForFunction(() => { const s = window.bp && window.bp.store.get(); return s && s.info && s.snapshot && s.snapshot.metrics; },
      null, { timeout: 120000 });
    const loaded = await page.evaluate(() => ({ downloaded: window.bp.store.get().downloaded, engine: document.getElementById('engine').textContent }));
    const out = { case: c.name, engine: loaded.engine, query: c.query, downloadedBytes: loaded.downloaded };
    if (c.epochs !== 0) {
      await page.click('#play');
      out.epochs = await page.evaluate(() => new Promise((resolve) => {
        const rows = [];
        let seen = 0;
        const off = window.bp.store.subscribe((s, patch) => { // every snapshot, none missed
          const m = patch.snapshot;
          if (!m) return;
          if (m.metrics && m.status.epoch > seen) {
            seen = m.status.epoch;
            rows.push({ epoch: seen, testAccuracy: m.metrics.testAccuracy, trainSeconds: m.trainMs / 1000 });
          }
          if (!m.playing && seen >= s.info.epochs) {
            off();
            resolve(rows);
          }
        });
      }));
      const last = out.epochs[out.epochs.length - 1];
      out.bestTestAccuracy = Math.max(...out.epochs.map((e) => e.testAccuracy));
      out.secondsPerEpoch = last.trainSeconds / last.epoch;
    }
    console.log(JSON.stringify(out));
    await context.close();
  }
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
