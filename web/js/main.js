// Composition root: wires the store, the engine worker, the controls and the views.
import { createStore } from './store.js';
import { createEngine } from './engine.js';
import { createControls } from './controls.js';
import { createPlane } from './plane.js';
import { createDiagram } from './diagram.js';
import { bindDiagramKeys } from './diagramkeys.js';
import { createNetworkView } from './netview.js';
import { createCharts } from './charts.js';
import { createReadout } from './readout.js';
import { createDataTools, download } from './datatools.js';
import { createNotices } from './notices.js';
import { settingsQuery, pageUrl, withSettings, readSettings } from './url.js';
import { bindTransport, renderStatus } from './transport.js';
import { enableOffline } from './offline.js';
import { createModelTools } from './model.js';
import { createTimeline } from './timeline.js';
import { createWeightEditor } from './weightedit.js';
import { bindPresenter } from './present.js';
import { createShowMath } from './math/showmath.js';
import { createLangSwitch } from './langswitch.js';
import { createExtras } from './extras.js';
import { loadLang, pickLang, translate, t, engineText, errorText, whyStopped } from './i18n.js';

const $ = (id) => document.getElementById(id);
const langPick = pickLang(location.search, navigator.languages || []);
await loadLang(langPick.lang).catch(() => null); // without message files the keys show; the page still works
translate(document);
const IMAGE_SETS = ['mnist', 'fashion']; // trained on mnist.html
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));
const store = createStore({ engine: null, query: null, info: null, playing: false, snapshot: null, gridRes: 100 });
const notices = createNotices($('notices'));
const readout = createReadout($('readout'));
const charts = createCharts($('chart-loss'), $('chart-acc'), $('log-scale'));
let controls = null, historyMode = 'replace', frame = 0, probeAt = null, probing = false, emptyNotice = null;

const engine = createEngine(store, onMessage);
const send = (m) => engine.send(m);
window.bp = { store, engine, violations, charts }; // for tests and the curious: read-only use
enableOffline(store, $('offline'));

const plane = createPlane($('boundary'), {
  onProbe: (x, y) => { probeAt = x === null ? null : [x, y]; requestProbe(); },
  onClick: (x, y, { other }) => dataTools.click(x, y, other, plane.pickRadius()),
});
const editWeight = createWeightEditor($, send);
const diagram = createDiagram($('diagram'), $('diagram-tip'), { onEditWeight: editWeight });
const netView = createNetworkView({ $, diagram, change });
window.bp.diagram = diagram;
bindDiagramKeys($('diagram'), $('diagram-tip'), diagram, editWeight);
const modelFiles = createModelTools($('model-box'), { send, notices, plane: $('boundary'), diagram: $('diagram') });
const timeline = createTimeline($('timeline'), $('timeline-label'), send);
const showMath = createShowMath($('show-math'), { send, store, diagram });
const dataTools = createDataTools($('data-tools'), {
  onEdit: (op, x, y, cls, radius) => send({ type: 'editPoints', op, x, y, cls, radius: radius || 0 }),
  onImport: (text) => send({ type: 'importCsv', text }),
  onExport: () => send({ type: 'exportCsv' }),
  onRegenerate: () => change({ dseed: String(1 + Math.floor(Math.random() * 2147483646)) }),
  notices,
});

/** Applies settings changes (key → text) on top of the current ones; the engine validates them. */
function change(settings) {
  historyMode = 'push';
  send({ type: 'init', query: withSettings(store.get().query || '', settings), gridRes: store.get().gridRes });
}

function onMessage(m) {
  if (modelFiles(m) || showMath(m)) return undefined;
  switch (m.type) {
    case 'ready': return ready(m);
    case 'init': return applyInit(m);
    case 'snapshot': return applySnapshot(m);
    case 'probe': return applyProbe(m);
    case 'points': return m.error ? notices.error(() => errorText(m)) : change({ data: 'custom', pts: m.pts });
    case 'csv': return applyCsv(m);
    case 'csvText': return download('points.csv', m.text, 'text/csv');
    case 'tfLink': return applyTfLink(m);
    case 'selfTest': return store.set({ selfTest: m.json });
    default: return m.message && notices.error(() => errorText(m));
  }
}

function ready(m) {
  store.set({ engine: m.engine, schema: m.schema });
  $('engine').textContent = t(m.engine === 'wasm-gc' ? 'footer.wasm' : 'footer.js');
  if (m.note) notices.info(() => errorText(m.note));
  if (!controls) buildControls(m.schema);
  if (IMAGE_SETS.includes(new URLSearchParams(location.search).get('data'))) return location.replace('mnist.html' + location.search);
  if (store.get().query !== null) return send({ type: 'init', query: store.get().query, gridRes: store.get().gridRes });
  // A TensorFlow Playground link: its state in the hash, or its keys in the query.
  if (location.hash.length > 1) return send({ type: 'tfLink', text: location.hash });
  if (/(^|[?&])(networkShape|learningRate|percTrainData)=/.test(location.search)) return send({ type: 'tfLink', text: location.search });
  send({ type: 'init', query: settingsQuery(location.search), gridRes: store.get().gridRes });
}

function buildControls(schema) {
  const toys = schema.params.find((p) => p.key === 'data').choices.map((c) => c.id).filter((id) => !IMAGE_SETS.includes(id));
  $('settings').replaceChildren();
  controls = createControls($('settings'), schema, (key, text) => change({ [key]: text }),
    { skip: ['subset', 'balanced', 'testn', 'epochs'], choices: { data: toys } });
  netView.build(schema);
}

/** After a language switch: the texts the page built from the engine's answers, built again. */
function relabel() {
  const { schema, info, snapshot, engine: kind } = store.get();
  if (kind) $('engine').textContent = t(kind === 'wasm-gc' ? 'footer.wasm' : 'footer.js');
  if (schema) buildControls(schema);
  if (info) { controls.update(info.query, info.unused); netView.show(info); }
  charts.rebuild();
  readout.clear();
  if (snapshot) { renderStatus(snapshot, $); diagram.setSnapshot(snapshot); timeline.update(snapshot.status); }
}

function applyInit(m) {
  const { info } = m;
  if (info.kind === 'images') return location.assign('mnist.html?' + info.query); // image data has its own page
  notices.clear('warn');
  if (info.problems.length) notices.warn(() => t('notice.settingsRejected'), () => info.problems.map(engineText));
  const url = pageUrl(info.query);
  if (historyMode === 'push' && url !== location.pathname + location.search) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  historyMode = 'replace';
  store.set({ query: info.query, info, playing: false });
  const s = readSettings(info.query);
  controls.update(info.query, info.unused);
  const kind = info.classes === 0 ? 'regression' : info.classes > 2 || info.output === 'softmax' ? 'classes' : 'binary';
  plane.setData({ points: m.points, extent: info.extent, kind, classes: Math.max(2, info.classes) });
  plane.setView({ showTest: s.test === '1', discrete: s.disc === '1' });
  dataTools.setClasses(info.classes, info.classes === 0);
  netView.show(info);
  charts.reset();
  readout.clear();
  for (const id of ['play', 'step', 'epoch']) $(id).disabled = info.trainSize === 0;
  if (emptyNotice) emptyNotice.remove();
  emptyNotice = info.trainSize === 0 ? notices.info(() => t('notice.noData')) : null;
}

function applySnapshot(m) {
  store.set({ snapshot: m, playing: m.playing });
  if (m.status.divergence) {
    notices.clear('error');
    notices.error(() => t('notice.stopped', { why: whyStopped(m.status) }), () => [t('notice.stoppedHelp')]);
  }
  if (!frame) frame = requestAnimationFrame(render);
}

function render() {
  frame = 0;
  const m = store.get().snapshot;
  if (!m) return;
  plane.draw(m.grid, m.gridRes);
  diagram.setSnapshot(m);
  renderStatus(m, $);
  timeline.update(m.status);
  if (m.status.mark < 0) charts.add(m.status.epoch, m.metrics); // not while looking back
  engine.send({ type: 'ack' });
}

function requestProbe() {
  if (!probeAt) { readout.clear(); diagram.setProbe(null); return; }
  if (probing) return;
  probing = true;
  send({ type: 'probe', x: probeAt[0], y: probeAt[1] });
}

function applyProbe(m) {
  probing = false;
  if (!probeAt) return;
  readout.show(m.x, m.y, m.values, store.get().info);
  diagram.setProbe(m.values);
  if (probeAt[0] !== m.x || probeAt[1] !== m.y) requestProbe();
}

function applyCsv(m) {
  const rows = () => (m.errors || []).map(errorText).concat(m.badRows > (m.errors || []).length ? ['…'] : []);
  if (m.error) return notices.error(() => t('notice.csvBad', { why: errorText(m) }), rows);
  if (m.badRows) notices.report(() => t('notice.csvSkipped', { count: m.count, bad: m.badRows }), rows);
  change({ data: 'custom', pts: m.pts });
}

function applyTfLink(m) {
  notices.info(() => t('notice.tfOpened'), () => m.notes.map(errorText));
  historyMode = 'push';
  send({ type: 'init', query: m.query, gridRes: store.get().gridRes });
}

$('tf-form').addEventListener('submit', (e) => { e.preventDefault(); send({ type: 'tfLink', text: $('tf-link').value }); });
bindTransport({ $, store, send, charts, notices, change });
bindPresenter({ $, store, notices });
const relabels = [relabel, createExtras({ $, store, notices, charts, send })];
createLangSwitch($('lang'), langPick, notices, () => relabels.forEach((f) => f()));
window.addEventListener('popstate', () => {
  historyMode = 'replace';
  send({ type: 'init', query: settingsQuery(location.search), gridRes: store.get().gridRes });
});
