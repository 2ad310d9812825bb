// Table of a soak run (src/build/soak-run.js): live heap (page + engine worker, after a full GC)
// when loaded, after warm-up, at the end and at most, the end/warm-up ratio, and frame rate
// (median and worst window). report() prints it and returns whether every run stayed flat.
// Usage as a command: node src/build/soak-report.js target/soak/soak.json
'use strict';
const fs = require('fs');
const LIMIT = 1.10;
const mb = (b) => (b / 1e6).toFixed(2);
const median = (xs) => { const s = xs.slice().sort((a, b) => a - b); const m = s.length; return m % 2 ? s[(m - 1) / 2] : (s[m / 2 - 1] + s[m / 2]) / 2; };

function summary(run) {
  const s = run.samples, warm = s.filter((x) => x.warm);
  const first = warm[0], last = s[s.length - 1];
  const fps = s.map((x) => x.fps).filter((x) => x != null);
  return {
    loaded: s[0], first, last, max: Math.max(...warm.map((x) => x.total)),
    ratio: last.total / first.total, workerRatio: last.worker / first.worker,
    fpsMedian: median(fps), fpsWorst: Math.min(...fps), windows: fps.length,
  };
}

function report(r) {
  console.log(`\nLong runs, ${r.date.slice(0, 10)}, Chromium ${r.chromium} headless. Live heap = JS heap after a forced full GC`
    + ` (page + engine worker, DevTools Runtime.getHeapUsage), MB; warm-up: spiral ${r.warmupSeconds} s of training,`
    + ` MNIST the end of round 1.\n`);
  console.log('| run | length | heap loaded | after warm-up | end | max | end / warm-up | worker end / warm-up | frames/s median (worst) | worker restarts |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  let ok = true;
  for (const run of r.runs) {
    const m = summary(run);
    const length = run.run === 'spiral' ? `${(m.last.seconds / 60).toFixed(0)} min, ${m.last.epoch.toLocaleString('en')} epochs`
      : `${run.samples.length - 1} rounds × ${r.epochs} epochs, ${(m.last.seconds / 60).toFixed(1)} min`;
    console.log(`| ${run.run} | ${length} | ${mb(m.loaded.total)} | ${mb(m.first.total)} | ${mb(m.last.total)} | ${mb(m.max)} | ${m.ratio.toFixed(3)} | `
      + `${m.workerRatio.toFixed(3)} | ${m.fpsMedian.toFixed(1)} (${m.fpsWorst.toFixed(1)}) | ${run.restarts} |`);
    if (m.ratio > LIMIT) {
      ok = false;
      console.error(`FAIL ${run.run}: live heap grew from ${mb(m.first.total)} MB after warm-up to ${mb(m.last.total)} MB at the end`
        + ` (${m.ratio.toFixed(3)}×, limit ${LIMIT}×)`);
    }
    if (run.restarts > 0) { ok = false; console.error(`FAIL ${run.run}: the engine worker was restarted ${run.restarts} time(s)`); }
  }
  for (const e of r.errors) { ok = false; console.error('FAIL page error: ' + e); }
  console.log('\nSamples (MB: page + worker = total; array buffers; frames/s since the previous sample):\n');
  for (const run of r.runs) {
    console.log(`${run.run}: ` + run.samples.map((x) => `${x.at} ${mb(x.page)}+${mb(x.worker)}=${mb(x.total)} [${mb(x.buffers)}]`
      + (x.fps != null ? ` ${x.fps.toFixed(1)}/s` : '')).join('; '));
  }
  console.log(ok ? '\nsoak: heap flat within 10 %' : '\nsoak: FAILED');
  return ok;
}

module.exports = { report };
if (require.main === module) process.exit(report(JSON.parse(fs.readFileSync(process.argv[2] || 'target/soak/soak.json', 'utf8'))) ? 0 : 1);
