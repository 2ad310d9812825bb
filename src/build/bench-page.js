// Frame rate and training speed of the playground page while it trains (README, Performance).
// Usage: node src/build/bench-page.js BASE_URL [SECONDS] — needs playwright-core (the peer
// harness's environment, $PEERS_ENV) and Debian's Chromium. Prints one JSON line per case.
'use strict';
const path = require('path');
const { createRequire } = require('module');
const env = process.env.PEERS_ENV || '/tmp/peers/env';
const { chromium } = createRequire(path.join(env, 'package.json'))('playwright-core');

const base = process.argv[2] || 'http://127.0.0.1:8080';
const seconds = Number(process.argv[3] || 10);
const CASES = [
  ['spiral, 2 hidden layers of 8', '/?data=spiral&layers=8,8'],
  ['spiral, 6 hidden layers of 8', '/?data=spiral&layers=8,8,8,8,8,8'],
];

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  for (const [name, url] of CASES) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(base + url);
    await page.waitForFunction(() => window.bp && window.bp.store.get().snapshot, null, { timeout: 30000 });
    await page.click('#play');
    await page.waitForTimeout(1500); // warm up: engine tier-up, first frames
    const r = await page.evaluate((ms) => new Promise((resolve) => {
      let frames = 0, long = 0, longMs = 0;
      const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) { long++; longMs += e.duration; } });
      obs.observe({ entryTypes: ['longtask'] });
      const e0 = window.bp.store.get().snapshot.status.epoch, t0 = performance.now();
      const tick = () => {
        frames++;
        if (performance.now() - t0 < ms) requestAnimationFrame(tick);
        else {
          obs.disconnect();
          const s = (performance.now() - t0) / 1000;
          resolve({ fps: frames / s, epochsPerSecond: (window.bp.store.get().snapshot.status.epoch - e0) / s, longTasks: long, longTaskMs: longMs });
        }
      };
      requestAnimationFrame(tick);
    }), seconds * 1000);
    console.log(JSON.stringify({ case: name, url, seconds, ...r }));
    await page.close();
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
