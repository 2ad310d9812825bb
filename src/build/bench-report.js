// Summarises target/bench (written by src/build/bench): medians over browser rounds, the
// HotSpot figures, and the ratios the foundation issue sets as targets.
'use strict';
const fs = require('fs');
const path = require('path');
const dir = process.argv[2] || 'target/bench';
const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); const m = s.length; return m ? (m % 2 ? s[(m - 1) / 2] : (s[m / 2 - 1] + s[m / 2]) / 2) : null; };
const k = (x) => (x == null ? '–' : x >= 1e6 ? (x / 1e6).toFixed(2) + 'M' : x >= 1e4 ? (x / 1e3).toFixed(1) + 'k' : String(Math.round(x)));

const rows = new Map(); // label -> {w1, grid, w2, acc, runtime}
const put = (label, runtime, f, v) => {
  if (!rows.has(label)) rows.set(label, { runtime, w1: [], grid: [], w2: [], acc: [] });
  rows.get(label)[f].push(v);
};
let env = null;
for (const f of fs.readdirSync(dir).filter((f) => /^chromium-\d+\.json$/.test(f)).sort()) {
  const d = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  env = d.env;
  for (const r of d.results) {
    if (r.error) { console.error('error in ' + r.label + ': ' + r.error.split('\n')[0]); continue; }
    if (r.workload === 'W1') { put(r.label, r.runtime, 'w1', r.trainExPerSec.median); put(r.label, r.runtime, 'grid', r.gridMs.median); }
    if (r.workload === 'W2') { put(r.label, r.runtime, 'w2', r.epochExPerSec); put(r.label, r.runtime, 'acc', r.testAccuracy); }
  }
}
const jvmFile = path.join(dir, 'jvm.jsonl');
if (fs.existsSync(jvmFile)) {
  for (const line of fs.readFileSync(jvmFile, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    const label = r.workload === 'W2' && r.path === 'dense' ? 'backprop-hotspot-dense' : 'backprop-hotspot';
    if (r.workload === 'W1') { put(label, r.runtime, 'w1', r.trainExamplesPerSecond.median); put(label, r.runtime, 'grid', r.gridMs.median); }
    else { put(label, r.runtime, 'w2', r.epochExamplesPerSecond); put(label, r.runtime, 'acc', r.testAccuracy); }
  }
}
const m = (label, f) => (rows.has(label) ? median(rows.get(label)[f]) : null);
const rounds = fs.readdirSync(dir).filter((f) => /^chromium-\d+\.json$/.test(f)).length;
console.log(`\nW1/W2 (../shared/peers/README.md). Browser: ${env ? 'Chromium ' + env.version + ' headless' : 'not run'}, ${rounds} round(s), medians. ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| system | runtime | W1 train ex/s | W1 grid ms | W2 epoch ex/s | W2 test acc |');
console.log('|---|---|---|---|---|---|');
for (const [label, r] of rows) {
  const acc = median(r.acc);
  console.log(`| ${label} | ${r.runtime} | ${k(median(r.w1))} | ${median(r.grid) == null ? '–' : median(r.grid).toFixed(2)} | ${k(median(r.w2))} | ${acc == null ? '–' : (100 * acc).toFixed(2) + ' %'} |`);
}
const ratio = (a, b) => (a != null && b != null ? a / b : null);
const line = (what, v, target, better) => console.log(`| ${what} | ${v == null ? '–' : v.toFixed(2) + '×'} | ${target} | ${v == null || !better ? '' : better(v) ? 'met' : 'not met'} |`);
console.log('\n| ratio (same run) | measured | target | |');
console.log('|---|---|---|---|');
line('W2 Wasm-GC (sparse) / tfjs-loop@wasm', ratio(m('backprop-wasm', 'w2'), m('tfjs-loop@wasm', 'w2')), '≥ 2', (v) => v >= 2);
line('W2 Wasm-GC dense / tfjs-loop@wasm', ratio(m('backprop-wasm-dense', 'w2'), m('tfjs-loop@wasm', 'w2')), '≥ 0.8', (v) => v >= 0.8);
line('W1 train Wasm-GC / plainjs-f64', ratio(m('backprop-wasm', 'w1'), m('plainjs-f64', 'w1')), '≥ 1.2', (v) => v >= 1.2);
line('W1 grid time Wasm-GC / tfjs-loop@wasm', ratio(m('backprop-wasm', 'grid'), m('tfjs-loop@wasm', 'grid')), '≤ 1', (v) => v <= 1);
line('W2 JS build (sparse) / tfjs-loop@wasm', ratio(m('backprop-js', 'w2'), m('tfjs-loop@wasm', 'w2')), '(info)', null);
line('W1 train JS build / plainjs-f64', ratio(m('backprop-js', 'w1'), m('plainjs-f64', 'w1')), '(info)', null);
line('W2 Wasm-GC / HotSpot (sparse)', ratio(m('backprop-wasm', 'w2'), m('backprop-hotspot', 'w2')), '(info)', null);
line('W2 JS build / HotSpot (sparse)', ratio(m('backprop-js', 'w2'), m('backprop-hotspot', 'w2')), '(info)', null);

const pageFile = path.join(dir, 'page.jsonl');
if (fs.existsSync(pageFile)) {
  console.log('\n| playground page while training (headless Chromium) | frames/s | epochs/s | long tasks | target |');
  console.log('|---|---|---|---|---|');
  for (const line of fs.readFileSync(pageFile, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    const target = r.case.includes('2 hidden') ? '≥ 55 fps and ≥ 340 epochs/s' : '≥ 55 fps';
    console.log(`| ${r.case} | ${r.fps.toFixed(1)} | ${Math.round(r.epochsPerSecond)} | ${r.longTasks} | ${target} |`);
  }
}

// The image page: full MNIST / Fashion-MNIST, 784-128-10 ReLU, Adam (src/build/bench-mnist.js),
// against the same settings on HotSpot (train command, training seconds per epoch).
const lines = (f) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map(JSON.parse) : []);
const jvmEpoch = (f) => { const e = lines(f); return e.length ? median(e.map((r) => r.seconds)) : null; }; // median: the machine is noisy
const pageEpoch = (r) => median(r.epochs.map((e, i) => e.trainSeconds - (i ? r.epochs[i - 1].trainSeconds : 0)));
const jvmBest = (f) => { const e = lines(f); return e.length ? Math.max(...e.map((r) => r.testAccuracy)) : null; };
const mnist = lines('mnist.jsonl');
if (mnist.length) {
  console.log('\n| image page (60k train, 10k test, 784-128-10 ReLU, Adam 0.001, batch 32) | engine | downloaded | s / epoch (median) | test accuracy by epoch | HotSpot s / epoch (median) | browser / HotSpot time |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of mnist) {
    const jf = r.case === 'fashion' ? 'fashion-jvm.jsonl' : r.case === 'mnist-sgd' ? 'mnist-sgd-jvm.jsonl' : 'mnist-jvm.jsonl', jvm = r.epochs ? jvmEpoch(jf) : null;
    const sec = r.epochs ? pageEpoch(r) : null;
    const accs = r.epochs ? r.epochs.map((e) => (100 * e.testAccuracy).toFixed(2)).join(', ') + ' %' : '–';
    console.log(`| ${r.case} | ${r.engine} | ${(r.downloadedBytes / 1024).toFixed(0)} kB | ${sec ? sec.toFixed(2) : '–'} | ${accs} | `
      + `${jvm ? jvm.toFixed(2) : '–'} | ${jvm && sec ? (sec / jvm).toFixed(2) + '×' : ''} |`);
  }
  const jm = jvmBest('mnist-jvm.jsonl'), jfa = jvmBest('fashion-jvm.jsonl');
  if (jm) console.log(`\nHotSpot best test accuracy in 5 epochs: MNIST ${(100 * jm).toFixed(2)} %, Fashion-MNIST ${(100 * jfa).toFixed(2)} % (targets ≥ 97.5 %, ≥ 85 %).`);
}
