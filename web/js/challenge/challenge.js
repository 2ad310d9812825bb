// A challenge in progress: the panel (title, goal, limits, what is locked, progress), the locked
// controls disabled, settings changes that break a lock or a limit undone with a notice, and
// the goal checked on every snapshot: met when the test metric reaches it by the epoch limit.
import { readChallenge, shape } from './spec.js';
import { readSettings } from '../url.js';
import { t, lang, num } from '../i18n.js';
import { el } from '../dom.js';

export function startChallenge(builtIns, { store, notices, $, send }) {
  const root = $('challenge-panel');
  if (!document.querySelector('link[href="css/lessons.css"]')) document.head.append(el('link', { rel: 'stylesheet', href: 'css/lessons.css' }));
  const keys = store.get().schema.params.map((p) => p.key);
  const { spec, problems } = readChallenge(location.search, keys, builtIns);
  const search = location.search;
  if (problems.length) notices.report(() => t('challenge.rejected'), () => readChallenge(search, keys, builtIns).problems);
  const base = readSettings(store.get().info.query); // the locked values: as the link has them
  let lastGood = null, metAt = null;
  const status = el('p', { id: 'challenge-status', class: 'lesson-status', role: 'status' });

  function title() {
    return spec.builtIn ? spec.builtIn.title[lang()] || spec.builtIn.title.en : spec.title || t('challenge.untitled');
  }
  function goalText() {
    return spec.goal.kind === 'acc' ? t('challenge.goalAcc', { value: spec.goal.value }) : t('challenge.goalLoss', { value: spec.goal.value });
  }
  function render() {
    const rules = [goalText()];
    if (spec.maxe !== undefined) rules.push(t('challenge.maxe', { n: spec.maxe }));
    if (spec.maxn !== undefined) rules.push(t('challenge.maxn', { n: spec.maxn }));
    if (spec.maxl !== undefined) rules.push(t('challenge.maxl', { n: spec.maxl }));
    if (spec.lock.length) rules.push(t('challenge.locked', { keys: spec.lock.map((k) => t('param.' + k)).join(', ') }));
    root.replaceChildren(el('h2', { id: 'challenge-title' }, t('challenge.heading') + ' · ' + title()), el('ul', {}, ...rules.map((r) => el('li', {}, r))), status);
    root.setAttribute('aria-labelledby', 'challenge-title');
    root.hidden = false;
    check();
  }

  /** Disables the locked controls (they are built again after a language switch). */
  function lockControls() {
    for (const k of spec.lock) {
      const input = document.getElementById('set-' + k);
      if (input) {
        input.disabled = true;
        input.querySelectorAll('input').forEach((b) => { b.disabled = true; });
        input.title = t('challenge.lockedControl');
      }
    }
    if (spec.lock.includes('layers') || spec.lock.includes('act')) $('layer-controls').querySelectorAll('button, select').forEach((c) => { c.disabled = true; });
    if (spec.lock.includes('data')) $('data-tools').disabled = true;
  }

  /** What in these settings breaks a lock or a limit. */
  function broken(query) {
    const s = readSettings(query), why = [];
    for (const k of spec.lock) if (s[k] !== base[k]) why.push(t('challenge.isLocked', { key: t('param.' + k) }));
    const { neurons, layers } = shape(s.layers);
    if (spec.maxn !== undefined && neurons > spec.maxn) why.push(t('challenge.tooManyNeurons', { n: neurons, max: spec.maxn }));
    if (spec.maxl !== undefined && layers > spec.maxl) why.push(t('challenge.tooManyLayers', { n: layers, max: spec.maxl }));
    return why;
  }

  /** A change that breaks the rules is undone (the last settings that kept them come back). */
  function guard(query) {
    const why = broken(query);
    if (!why.length) { lastGood = query; return undefined; }
    if (lastGood === null) return notices.report(() => t('challenge.outside'), () => broken(query)); // a link that starts outside its own rules
    notices.report(() => t('challenge.undone'), () => broken(query)); // kept through the init that undoes it
    return send({ type: 'init', query: lastGood, gridRes: store.get().gridRes });
  }

  function check() {
    const snap = store.get().snapshot;
    if (!snap || !snap.metrics) return;
    const epoch = snap.status.epoch, m = snap.metrics;
    const value = spec.goal.kind === 'acc' ? m.testAccuracy : m.testLoss;
    const reached = spec.goal.kind === 'acc' ? value * 100 >= spec.goal.value : value <= spec.goal.value;
    const inTime = spec.maxe === undefined || epoch <= spec.maxe;
    if (metAt === null && reached && inTime && !broken(store.get().query).length) metAt = epoch;
    root.dataset.met = metAt === null ? '' : String(metAt);
    const shown = spec.goal.kind === 'acc' ? num(100 * value, 1) + ' %' : num(value, 4);
    status.classList.toggle('done', metAt !== null);
    status.textContent = metAt !== null ? '✓ ' + t('challenge.met', { epoch: metAt })
      : inTime ? t('challenge.progress', { value: shown, epoch }) : t('challenge.late', { max: spec.maxe });
  }

  store.subscribe((s, patch) => {
    if (patch.info) { guard(s.info.query); lockControls(); if (s.snapshot && s.snapshot.status.epoch === 0) metAt = null; }
    if (patch.snapshot) { if (patch.snapshot.status.epoch === 0 && patch.snapshot.status.steps === 0) metAt = null; check(); }
  });
  guard(store.get().query);
  render();
  lockControls();
  window.bp.challenge = spec;
  return { relabel() { render(); lockControls(); } };
}
