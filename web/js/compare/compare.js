// Compare two runs: run A (the settings when Compare was pressed, or the link's vs=) trains in a
// second engine worker that follows this page's run (B) epoch by epoch: when B's epoch moves on,
// A trains the same number of epochs (whole epochs, up to 50 per request); when B goes back (reset, new settings, the timeline), A
// starts again from its initial weights. With the same weight seed and the same shapes both
// start from identical weights. A's curves are drawn dashed on the charts, its plane beside B's.
import { createEngine } from '../engine.js';
import { createStore } from '../store.js';
import { createPlane } from '../plane.js';
import { readSettings } from '../url.js';
import { withKey } from '../present.js';
import { t, engineText, errorText } from '../i18n.js';

const SAME_WEIGHTS = ['data', 'dseed', 'points', 'train', 'noise', 'classes', 'pts', 'feat', 'layers', 'init', 'seed', 'out'];

/** What differs from A to B, as "key: a → b" parts. */
export function differences(a, b) {
  const x = readSettings(a), y = readSettings(b);
  return Object.keys({ ...x, ...y }).filter((k) => k !== 'pts' && x[k] !== y[k]).map((k) => `${k}: ${x[k] ?? '–'} → ${y[k] ?? '–'}`);
}

export function startCompare(queryA, { store, charts, notices, $ }, onFail) {
  const box = $('compare-box'), note = $('compare-note');
  const storeA = createStore({ snapshot: null, info: null });
  const plane = createPlane($('boundary-a'), { onProbe: () => {}, onClick: () => {} });
  let epochA = -1, busy = false, ended = false;
  const engine = createEngine(storeA, onMessage);
  charts.setOverlay(t('compare.a'));
  box.hidden = false;
  history.replaceState(null, '', location.pathname + withKey(location.search, 'vs', queryA));
  window.bp.compare = storeA;

  function onMessage(m) {
    if (m.type === 'ready') return engine.send({ type: 'init', query: queryA, gridRes: 50 });
    if (m.type === 'init') {
      const info = m.info;
      if (info.kind === 'images') { notices.error(() => t('compare.images')); return onFail(); }
      if (info.problems.length) notices.warn(() => t('compare.rejected'), () => info.problems.map(engineText));
      queryA = info.query;
      storeA.set({ info, snapshot: null });
      const s = readSettings(info.query);
      const kind = info.classes === 0 ? 'regression' : info.classes > 2 || info.output === 'softmax' ? 'classes' : 'binary';
      plane.setData({ points: m.points, extent: info.extent, kind, classes: Math.max(2, info.classes) });
      plane.setView({ showTest: s.test === '1', discrete: s.disc === '1' });
      epochA = 0;
      busy = true; // the engine sends the run's first snapshot by itself
      return describe();
    }
    if (m.type === 'snapshot') {
      busy = false;
      storeA.set({ snapshot: m });
      epochA = m.status.epoch;
      plane.draw(m.grid, m.gridRes);
      charts.overlay(epochA, m.metrics);
      return follow();
    }
    if (m.message) notices.error(() => t('compare.failed', { why: errorText(m) }));
    return undefined;
  }

  /** A trains until it is at B's epoch; if B went back, A starts again. */
  function follow() {
    const b = store.get().snapshot;
    if (ended || busy || epochA < 0 || !b) return;
    const target = b.status.epoch;
    if (target < epochA) { busy = true; charts.overlayReset(); return engine.send({ type: 'reset' }); }
    if (target > epochA && !storeA.get().snapshot?.status.divergence) {
      busy = true;
      const n = Math.min(target - epochA, 50); // catching up with a fast run: up to 50 epochs per request
      engine.send(n === 1 ? { type: 'epoch' } : { type: 'step', batches: n * storeA.get().info.stepsPerEpoch });
    }
  }

  function describe() {
    const qb = store.get().query || '';
    const diff = differences(queryA, qb);
    const same = SAME_WEIGHTS.every((k) => readSettings(queryA)[k] === readSettings(qb)[k]);
    note.textContent = (diff.length ? t('compare.diff', { diff: diff.join(', ') }) : t('compare.nodiff')) + ' '
      + t(same ? 'compare.same' : 'compare.notSame');
  }

  const unsubscribe = store.subscribe((s, patch) => {
    if (patch.info) describe();
    if (patch.snapshot) follow();
  });
  return {
    end() {
      ended = true;
      unsubscribe();
      engine.stop();
      charts.setOverlay(null);
      box.hidden = true;
      delete window.bp.compare;
      history.replaceState(null, '', location.pathname + withKey(location.search, 'vs', ''));
    },
  };
}
