// Composition root: wires the store, the engine worker, the controls and the views.
import { createStore } from './store.js';
import { createEngine } from './engine.js';
import { createControls } from './controls.js';
import { createBoundary } from './boundary.js';
import { createChart } from './chart.js';
import { createNotices } from './notices.js';
import { settingsQuery, pageUrl } from './url.js';

const $ = (id) => document.getElementById(id);
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
const store = createStore({ engine: null, query: null, info: null, playing: false, snapshot: null, gridRes: 100 });
const notices = createNotices($('notices'));
const boundary = createBoundary($('boundary'));
const chart = createChart($('chart'));
let controls = null;
let historyMode = 'replace'; // how the next canonical query enters the browser history
let frame = 0;

const engine = createEngine(store, onMessage);
window.bp = { store, engine, violations }; // for tests and the curious: read-only use

function onMessage(m) {
  switch (m.type) {
    case 'ready':
      store.set({ engine: m.engine });
      $('engine').textContent = m.engine === 'wasm-gc' ? 'WebAssembly (Wasm-GC)' : 'JavaScript';
      if (m.note) notices.info(m.note);
      if (!controls) controls = createControls($('settings'), m.schema, changeSetting);
      engine.send({ type: 'init', query: store.get().query ?? settingsQuery(location.search), gridRes: store.get().gridRes });
      break;
    case 'init': applyInit(m); break;
    case 'snapshot': applySnapshot(m); break;
    case 'selfTest': store.set({ selfTest: m.json }); break;
    case 'fatal':
    case 'error':
      notices.error(m.message);
      break;
    default:
      break;
  }
}

function applyInit(m) {
  const { info } = m;
  notices.clear('warn');
  if (info.problems.length) {
    notices.warn('Some settings could not be used:', info.problems.map((p) => p.message));
  }
  const url = pageUrl(info.query);
  if (historyMode === 'push' && url !== location.pathname + location.search) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  historyMode = 'replace';
  store.set({ query: info.query, info, playing: false });
  controls.update(info.query);
  boundary.setPoints(m.points);
  chart.reset();
  $('network-info').textContent = info.sizes.join(' → ') + ' · ' + info.paramCount + ' parameters · '
    + info.trainSize + ' training / ' + info.testSize + ' test points · ' + info.stepsPerEpoch + ' batches per epoch';
  for (const id of ['play', 'step', 'epoch']) $(id).disabled = false;
}

function applySnapshot(m) {
  store.set({ snapshot: m, playing: m.playing });
  const { status } = m;
  if (status.divergence) {
    notices.clear('error');
    notices.error('Training stopped: ' + status.divergence + '.', [
      'Try a lower learning rate, a smaller batch-to-rate ratio, or another initialiser; then press Reset.',
    ]);
  }
  if (!frame) frame = requestAnimationFrame(render);
}

const fmt = (v, digits = 4) => (v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(digits));
const pct = (v) => (v === null || v === undefined || Number.isNaN(v) ? '–' : (100 * v).toFixed(1) + ' %');

function render() {
  frame = 0;
  const m = store.get().snapshot;
  if (!m) return;
  boundary.render(m.grid, m.gridRes);
  const { status, metrics } = m;
  $('epoch-count').textContent = String(status.epoch);
  $('ms-epoch').textContent = m.msPerEpoch ? m.msPerEpoch.toFixed(m.msPerEpoch < 1 ? 3 : 1) : '–';
  $('train-loss').textContent = fmt(metrics.trainLoss);
  $('test-loss').textContent = fmt(metrics.testLoss);
  $('train-acc').textContent = pct(metrics.trainAccuracy);
  $('test-acc').textContent = pct(metrics.testAccuracy);
  chart.add(status.epoch + (status.steps ? 0 : 0), metrics.trainLoss, metrics.testLoss);
  $('play').textContent = m.playing ? 'Pause' : 'Play';
  $('play').setAttribute('aria-pressed', String(m.playing));
  engine.send({ type: 'ack' });
}

function changeSetting(key, text) {
  const parts = (store.get().query || '').split('&').filter((p) => p && !p.startsWith(key + '='));
  parts.push(key + '=' + encodeURIComponent(text));
  historyMode = 'push';
  engine.send({ type: 'init', query: parts.join('&'), gridRes: store.get().gridRes });
}

function togglePlay() {
  engine.send({ type: store.get().playing ? 'pause' : 'play' });
  store.set({ playing: !store.get().playing });
  $('play').textContent = store.get().playing ? 'Pause' : 'Play';
}

$('play').addEventListener('click', togglePlay);
$('step').addEventListener('click', () => engine.send({ type: 'step', batches: 1 }));
$('epoch').addEventListener('click', () => engine.send({ type: 'epoch' }));
$('reset').addEventListener('click', () => {
  chart.reset();
  engine.send({ type: 'reset' });
});
$('share').addEventListener('click', async () => {
  const link = location.href;
  try {
    await navigator.clipboard.writeText(link);
    notices.info('Link copied.', [link]);
  } catch (e) {
    notices.info('Copy this link:', [link]);
  }
});

window.addEventListener('popstate', () => {
  historyMode = 'replace';
  engine.send({ type: 'init', query: settingsQuery(location.search), gridRes: store.get().gridRes });
});

document.addEventListener('keydown', (e) => {
  if (e.target.closest('input, select, textarea, button') || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === ' ') { e.preventDefault(); togglePlay(); }
  else if (e.key === 'ArrowRight') engine.send({ type: 'step', batches: 1 });
  else if (e.key === 'r') $('reset').click();
});
