// Composition root of the image page (MNIST, Fashion-MNIST): settings, the engine worker, the
// data download, and the views. Same schema, URL and engine as the 2D playground.
import { createStore } from '../store.js';
import { createEngine } from '../engine.js';
import { createControls } from '../controls.js';
import { createNotices } from '../notices.js';
import { settingsQuery, pageUrl, withSettings, readSettings } from '../url.js';
import { createCurves } from './curves.js';
import { createViews } from './views.js';
import { createPad } from './pad.js';
import { createLayerActivations } from './acts.js';
import { bindButtons, renderCounters } from './buttons.js';
import { enableOffline } from '../offline.js';
import { createLangSwitch } from '../langswitch.js';
import { createLessons } from '../lessons/links.js';
import { loadLang, pickLang, translate, t, has, engineText, errorText } from '../i18n.js';

const $ = (id) => document.getElementById(id);
const langPick = pickLang(location.search, navigator.languages || []);
await loadLang(langPick.lang, ['images']).catch(() => null); // without message files the keys show; the page still works
translate(document);
const GROUPS = [
  ['Data', ['data', 'subset', 'balanced', 'testn']],
  ['Network', ['layers', 'act', 'init', 'seed']],
  ['Training', ['lr', 'opt', 'batch', 'epochs', 'reg', 'regRate', 'sched']],
];
const PLANE_ONLY = ['classes', 'noise', 'points', 'train', 'dseed', 'feat', 'speed', 'test', 'disc', 'out', 'loss'];
// What this page starts with when the link does not say (784-128-10 ReLU, Adam, 5 epochs).
const PAGE_DEFAULTS = { data: 'mnist', layers: '128', act: 'relu', opt: 'adam', lr: '0.001', batch: '32', epochs: '5' };

const store = createStore({ query: null, info: null, playing: false, snapshot: null });
const notices = createNotices($('notices'));
const curves = createCurves($('chart-loss'), $('chart-acc'));
curves.load();
const views = createViews({ $, requestImages: (m) => send(m) });
const pad = createPad($('pad'), $('seen'), $('draw-probs'), (gray) => send({ type: 'classify', gray, width: 280, height: 280 }));
const engine = createEngine(store, onMessage, 'full');
const send = (m) => engine.send(m);
let controls = null, layerActs = null, historyMode = 'replace', frame = 0;
window.bp = { store, engine, pad, curves };
enableOffline(store, $('offline'));

function withPageDefaults(search) {
  const given = readSettings(settingsQuery(search));
  const missing = Object.fromEntries(Object.entries(PAGE_DEFAULTS).filter(([k]) => !(k in given)));
  return withSettings(settingsQuery(search), missing);
}

function change(settings) {
  historyMode = 'push';
  start(withSettings(store.get().query || '', settings));
}

function start(query) {
  $('progress').hidden = true;
  send({ type: 'init', query });
}

function onMessage(m) {
  switch (m.type) {
    case 'ready':
      $('engine').textContent = t(m.engine === 'wasm-gc' ? 'footer.wasm' : 'footer.js');
      store.set({ schema: m.schema, engine: m.engine });
      if (!controls) buildControls(m.schema);
      return start(store.get().query ?? withPageDefaults(location.search));
    case 'progress': return showProgress(m);
    case 'dataLoaded':
      $('progress').hidden = true;
      return store.set({ downloaded: m.bytes - m.cached, cached: m.cached });
    case 'dataError': return dataError(m);
    case 'init': return applyInit(m);
    case 'snapshot':
      store.set({ snapshot: m, playing: m.playing });
      if (m.metrics) views.setMetrics(m.metrics, m.outputs, store.get().info);
      if (!frame) frame = requestAnimationFrame(render);
      return undefined;
    case 'classified': return pad.show(m.out, store.get().info);
    case 'images': return views.images(m);
    default: return m.message && notices.error(() => errorText(m));
  }
}

function buildControls(schema) {
  $('settings').replaceChildren();
  controls = createControls($('settings'), schema, (key, text) => change({ [key]: text }),
    { groups: GROUPS, skip: PLANE_ONLY, choices: { data: ['mnist', 'fashion'] } });
  const act = schema.params.find((p) => p.key === 'act');
  layerActs = createLayerActivations($('layer-acts'), act.choices, (acts) => change({ act: acts }));
}

/** After a language switch: controls and texts built from the engine's answers, built again. */
function relabel() {
  const { schema, engine: kind, query, info, snapshot } = store.get();
  if (kind) $('engine').textContent = t(kind === 'wasm-gc' ? 'footer.wasm' : 'footer.js');
  if (schema) buildControls(schema);
  if (query) controls.update(query);
  if (info) showInfo(info);
  if (snapshot && info) renderCounters(snapshot, info, $);
  curves.relabel();
}

function showInfo(info) {
  const s = readSettings(info.query);
  layerActs.update(s.layers ? s.layers.split(',').map(Number) : [], s.act.split(','));
  $('network-info').textContent = t('images.info', { sizes: info.sizes.join(' → '), params: info.paramCount, train: info.trainSize,
    test: info.testSize, batches: info.stepsPerEpoch, batch: info.batchSize });
}

function showProgress(m) {
  $('progress').hidden = false;
  $('retry').hidden = true;
  $('progress-bar').max = Math.max(1, m.total);
  $('progress-bar').value = m.loaded;
  const kb = (v) => (v / 1024).toFixed(0);
  $('progress-label').textContent = t('images.loading', { loaded: kb(m.loaded), total: kb(m.total) })
    + (m.fromCache ? ' ' + t('images.cached', { kb: kb(m.fromCache) }) : '');
}

function dataError(m) {
  $('progress').hidden = false;
  $('progress-label').textContent = t('images.failed', { why: errorText(m) });
  $('retry').hidden = false;
  $('retry').onclick = () => start(m.query);
  store.set({ query: m.query });
  if (controls) controls.update(m.query); // the settings show what was asked for, ready to change
}

function applyInit(m) {
  const info = { ...m.info, classNames: m.info.classNames.map((n) => (has('class.' + n) ? t('class.' + n) : n)) };
  notices.clear('warn');
  if (info.problems.length) notices.warn(() => t('notice.settingsRejected'), () => info.problems.map(engineText));
  const url = pageUrl(info.query);
  if (historyMode === 'push' && url !== location.pathname + location.search) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  historyMode = 'replace';
  store.set({ query: info.query, info, playing: false });
  controls.update(info.query, info.unused);
  showInfo(info);
  curves.reset();
  views.setData(m, info);
  for (const id of ['play', 'step', 'epoch', 'stop']) $(id).disabled = false;
  pad.redo();
}

function render() {
  frame = 0;
  const m = store.get().snapshot;
  if (!m) return;
  renderCounters(m, store.get().info, $);
  curves.add(m);
  views.setWeights(m.weights, store.get().info);
  engine.send({ type: 'ack' });
}

bindButtons({ $, store, send, curves, notices, change });
const relabelLessons = createLessons($('lessons-list'), $('lesson-panel'), { store, notices });
createLangSwitch($('lang'), langPick, notices, () => { relabel(); relabelLessons(); });
window.addEventListener('popstate', () => {
  historyMode = 'replace';
  start(withPageDefaults(location.search));
});
