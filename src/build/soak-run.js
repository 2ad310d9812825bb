// Long runs (README, Reliability): trains the spiral on the playground page for SOAK_MINUTES and
// MNIST 1k on the image page for SOAK_EPOCHS epochs, SOAK_ROUNDS times (Reset between rounds),
// in headless Chromium; samples the live JS heap of the page and of the engine worker (each
// garbage-collected first, over the DevTools protocol) and counts requestAnimationFrame callbacks.
// Fails (exit 1) when a run's heap at the end exceeds its heap after warm-up by more than 10 %.
// Usage: node src/build/soak-run.js BASE_URL OUT_DIR — needs playwright-core ($PEERS_ENV) and
// Debian's Chromium. Env: SOAK_MINUTES (30), SOAK_SAMPLE_SECONDS (60), SOAK_WARMUP_SECONDS (60),
// SOAK_EPOCHS (20), SOAK_ROUNDS (40), SOAK_ONLY (spiral | mnist).
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');
const env = process.env.PEERS_ENV || '/tmp/peers/env';
const { chromium } = createRequire(path.join(env, 'package.json'))('playwright-core');
const { report } = require('./soak-report.js');

const base = process.argv[2] || 'http://127.0.0.1:8080';
const out = process.argv[3] || 'target/soak';
const num = (k, d) => (process.env[k] ? Number(process.env[k]) : d);
const MINUTES = num('SOAK_MINUTES', 30), SAMPLE_S = num('SOAK_SAMPLE_SECONDS', 60);
const WARMUP_S = num('SOAK_WARMUP_SECONDS', 60), EPOCHS = num('SOAK_EPOCHS', 20), ROUNDS = num('SOAK_ROUNDS', 40);
const only = process.env.SOAK_ONLY || '';
const log = (s) => console.error(`${new Date().toISOString().slice(11, 19)} ${s}`);

// The page's DevTools session, attached to its dedicated workers too (flatten: false, so their
// commands go through Target.sendMessageToTarget; Playwright's sessions have no sessionId).
async function devtools(page) {
  const cdp = await page.context().newCDPSession(page);
  const workers = new Map(), pending = new Map();
  let id = 0, started = 0;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') { workers.set(e.sessionId, e.targetInfo.url); started++; }
  });
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    if (pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); }
  });
  const inWorker = (sessionId, method) => new Promise((resolve, reject) => {
    const i = ++id;
    const timer = setTimeout(() => { pending.delete(i); reject(new Error(method + ' timed out in the worker')); }, 30000);
    pending.set(i, (m) => { clearTimeout(timer); m.error ? reject(new Error(m.error.message)) : resolve(m.result); });
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method, params: {} }) }).catch(reject);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return {
    workersStarted: () => started,
    // Live heap after a full GC: page, and the sum over its dedicated workers (one: the engine).
    // The least of three readings 200 ms apart: what is in flight (a snapshot being posted, a
    // chart being drawn) only ever adds to a reading.
    async heap() {
      const best = { page: Infinity, worker: Infinity, buffers: Infinity };
      for (let k = 0; k < 3; k++) {
        if (k) await new Promise((r) => setTimeout(r, 200));
        await cdp.send('HeapProfiler.collectGarbage');
        const p = await cdp.send('Runtime.getHeapUsage');
        let worker = 0, buffers = p.backingStorageSize || 0;
        for (const s of workers.keys()) {
          await inWorker(s, 'HeapProfiler.collectGarbage');
          const w = await inWorker(s, 'Runtime.getHeapUsage');
          worker += w.usedSize;
          buffers += w.backingStorageSize || 0;
        }
        best.page = Math.min(best.page, p.usedSize);
        best.worker = Math.min(best.worker, worker);
        best.buffers = Math.min(best.buffers, buffers);
      }
      return { ...best, total: best.page + best.worker };
    },
  };
}

// Counts animation frames from now on; frames() reads the counter and the page's clock.
const countFrames = (page) => page.evaluate(() => {
  const c = (window.soakFrames = { n: 0 });
  const tick = () => { c.n++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
});
const frames = (page) => page.evaluate(() => ({ n: window.soakFrames.n, t: performance.now(), epoch: window.bp.store.get().snapshot.status.epoch }));

async function sample(page, dt, prev, what) {
  const f = await frames(page);
  const h = await dt.heap();
  const s = { ...what, ...h, epoch: f.epoch, fps: prev ? (1000 * (f.n - prev.f.n)) / (f.t - prev.f.t) : null, f };
  log(`${what.run} ${what.at}: heap page ${(h.page / 1e6).toFixed(2)} MB + worker ${(h.worker / 1e6).toFixed(2)} MB`
    + `, buffers ${(h.buffers / 1e6).toFixed(2)} MB, epoch ${f.epoch}${s.fps ? ', ' + s.fps.toFixed(1) + ' frames/s' : ''}`);
  return s;
}

async function spiral(browser, errors) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => errors.push('spiral: ' + e.message));
  const dt = await devtools(page);
  await page.goto(base + '/?data=spiral');
  await page.waitForFunction(() => window.bp && window.bp.store.get().snapshot, null, { timeout: 60000 });
  await countFrames(page);
  const samples = [await sample(page, dt, null, { run: 'spiral', at: 'loaded', seconds: 0 })];
  await page.click('#play');
  const t0 = Date.now(), end = t0 + MINUTES * 60000;
  const times = [WARMUP_S];
  for (let t = SAMPLE_S; t * 1000 < MINUTES * 60000; t += SAMPLE_S) if (t > WARMUP_S) times.push(t);
  times.push(MINUTES * 60);
  for (const t of times) {
    await page.waitForTimeout(Math.max(0, t0 + t * 1000 - Date.now()));
    samples.push(await sample(page, dt, samples[samples.length - 1], { run: 'spiral', at: `${(t / 60).toFixed(1)} min`, seconds: t, warm: t >= WARMUP_S }));
    if (Date.now() > end + 60000) break;
  }
  const restarts = dt.workersStarted() - 1;
  await page.close();
  return { run: 'spiral', url: '/?data=spiral', samples, restarts };
}

async function mnist(browser, errors) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => errors.push('mnist: ' + e.message));
  const dt = await devtools(page);
  const url = `/mnist.html?data=mnist&subset=1000&testn=1000&epochs=${EPOCHS}`;
  await page.goto(base + url);
  await page.waitForFunction(() => { const s = window.bp && window.bp.store.get(); return s && s.info && s.snapshot && s.snapshot.metrics; },
    null, { timeout: 120000 });
  await countFrames(page);
  const samples = [await sample(page, dt, null, { run: 'mnist', at: 'loaded', seconds: 0 })];
  const t0 = Date.now();
  for (let r = 1; r <= ROUNDS; r++) {
    await page.click('#play');
    await page.waitForFunction((n) => { const m = window.bp.store.get().snapshot; return !m.playing && m.status.epoch >= n && m.metrics; },
      EPOCHS, { timeout: 600000, polling: 250 });
    // Sampled at the end of the round, before Reset, so the heap holds a full round's curves.
    samples.push(await sample(page, dt, samples[samples.length - 1],
      { run: 'mnist', at: `round ${r}`, seconds: (Date.now() - t0) / 1000, warm: r >= 1 }));
    await page.click('#reset');
    await page.waitForFunction(() => window.bp.store.get().snapshot.status.steps === 0, null, { timeout: 60000 });
  }
  const restarts = dt.workersStarted() - 1;
  await page.close();
  return { run: 'mnist', url, samples, restarts };
}

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const errors = [], runs = [];
  if (only !== 'mnist') runs.push(await spiral(browser, errors));
  if (only !== 'spiral') runs.push(await mnist(browser, errors));
  const version = browser.version();
  await browser.close();
  const result = { date: new Date().toISOString(), chromium: version, minutes: MINUTES, epochs: EPOCHS, rounds: ROUNDS, warmupSeconds: WARMUP_S, runs, errors };
  fs.writeFileSync(path.join(out, 'soak.json'), JSON.stringify(result, null, 1));
  process.exit(report(result) ? 0 : 1);
})().catch((e) => { console.error(e); process.exit(1); });
