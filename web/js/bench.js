// bench.html: times the engine's W1/W2 in its worker the way the peer harness does
// (W1: 1.5 s warm-up, 7 reps of ~0.4 s, grid 2 + 7 reps; W2: one epoch in 25 chunks of 2,400).
// Results are shown and kept in window.benchResults for the benchmark command.
import { loadManifest, loadChunk, parseChunk } from '../engine/images.js';
import { loadLang, pickLang, translate, t, num, errorText } from './i18n.js';
import { createLangSwitch } from './langswitch.js';

const $ = (id) => document.getElementById(id);
const now = () => performance.now();
const median = (xs) => { const s = xs.slice().sort((a, b) => a - b); const m = s.length; return m % 2 ? s[(m - 1) / 2] : (s[m / 2 - 1] + s[m / 2]) / 2; };
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

async function runW1(system) {
  const a = await system.w1();
  let epochs = 0;
  const t0 = now();
  while (now() - t0 < 1500 || epochs < 3) { await a.trainEpochs(1); epochs++; }
  const E = Math.max(1, Math.round(400 / ((now() - t0) / epochs)));
  const rates = [];
  for (let r = 0; r < 7; r++) { const t = now(); await a.trainEpochs(E); rates.push(E * 250 / ((now() - t) / 1000)); }
  for (let w = 0; w < 2; w++) await a.grid();
  const grid = [];
  for (let r = 0; r < 7; r++) { const t = now(); await a.grid(); grid.push(now() - t); }
  return { trainExPerSec: stats(rates), gridMs: stats(grid), testLoss: await a.testLoss() };
}

async function split(base, manifest, name) {
  const parts = [];
  for (const c of manifest[name].chunks) parts.push(parseChunk((await loadChunk(base, c.file, () => {})).bytes));
  const n = parts.reduce((a, p) => a + p.count, 0);
  const x = new Float32Array(n * 784), y = new Uint8Array(n);
  let k = 0;
  for (const p of parts) {
    for (let i = 0; i < p.pixels.length; i++) x[k * 784 + i] = p.pixels[i] / 255;
    y.set(p.labels, k);
    k += p.count;
  }
  return { n, d: 784, x, y };
}

async function mnist() {
  const base = new URL('data/mnist/', location.href);
  const manifest = await loadManifest(base);
  return { train: await split(base, manifest, 'train'), test: await split(base, manifest, 'test') };
}

async function runW2(system, data) {
  const a = await system.w2(data);
  const n = data.train.n, rates = [];
  const t0 = now();
  for (let s = 0; s < n; s += 2400) {
    const e = Math.min(n, s + 2400), t = now();
    await a.trainRange(s, e);
    rates.push((e - s) / ((now() - t) / 1000));
  }
  return { epochExPerSec: n / ((now() - t0) / 1000), chunkExPerSec: stats(rates), testAccuracy: await a.accuracy() };
}

function row(name, r) {
  const tr = document.createElement('tr');
  const cells = [name, r.w1 ? num(Math.round(r.w1.trainExPerSec.median)) : '–', r.w1 ? num(r.w1.gridMs.median, 2) : '–',
    r.w2 ? num(Math.round(r.w2.epochExPerSec)) : '–', r.w2 ? num(100 * r.w2.testAccuracy, 2) + ' %' : '–'];
  cells.forEach((c, i) => { const td = document.createElement(i ? 'td' : 'th'); td.textContent = c; tr.append(td); });
  $('bench-table').tBodies[0].append(tr);
}

async function run(withW2, withDense) {
  const systems = globalThis.BackpropPeers;
  const plan = [['backprop-wasm', true, true], ['backprop-js', true, true]];
  if (withDense) plan.push(['backprop-wasm-dense', false, true], ['backprop-js-dense', false, true]);
  const results = {};
  const data = withW2 ? (status('bench.downloading'), await mnist()) : null;
  for (const [name, w1, w2] of plan) {
    const r = {};
    status('bench.running', { name });
    if (w1) r.w1 = await runW1(systems[name]);
    if (w2 && data) r.w2 = await runW2(systems[name], data);
    results[name] = r;
    row(name, r);
  }
  status('bench.done');
  window.benchResults = results;
  return results;
}

// The status line in the page's language; kept as key and values so that a language switch rewords it.
let said = ['bench.idle'];
function status(key, vars) {
  said = [key, vars];
  $('bench-status').textContent = t(key, vars);
}

$('bench-form').addEventListener('submit', (e) => {
  e.preventDefault();
  $('run').disabled = true;
  const f = e.target.elements;
  run(f.w2.checked, f.dense.checked).catch((err) => {
    status('bench.failed', { why: errorText(err) });
    window.benchResults = { error: err.message };
  }).finally(() => { $('run').disabled = false; });
});

const picked = pickLang(location.search, navigator.languages);
loadLang(picked.lang, ['bench']).catch(() => loadLang('en')).then(() => {
  translate(document);
  const say = (title, lines = []) => { $('bench-status').textContent = [title, ...lines].join(' '); };
  createLangSwitch($('lang'), picked, { report: say, error: say }, () => status(...said));
}).finally(() => {
  if (new URL(location.href).searchParams.get('auto') === '1') $('run').click();
});
