// "Show the math" panel: pick a training example and step through what the engine computes for
// it — forward pass, loss, backpropagation, update — with the engine's own numbers
// (experiment.MathTrace, one worker request), while the diagram highlights the neuron explained.
// Loaded on first use (see showmath.js). Keys in the panel: ← → previous/next step, Home/End.
import { buildSteps } from './steps.js';
import { nodeNames } from '../netview.js';
import { createHighlight } from './highlight.js';
import { readSettings } from '../url.js';
import { fmt } from './mathml.js';
import { t } from '../i18n.js';
import { el } from '../dom.js';

export function createMathPanel(root, button, { send, store, diagram }) {
  if (!document.querySelector('link[href="css/math.css"]')) document.head.append(el('link', { rel: 'stylesheet', href: 'css/math.css' }));
  const highlight = createHighlight(document.getElementById('diagram'), diagram);
  const input = el('input', { id: 'math-example', type: 'number', min: '1', value: '1', step: '1' });
  const about = el('span', { id: 'math-about', class: 'muted' });
  const prev = el('button', { type: 'button', id: 'math-prev' }, '← ' + t('math.prev'));
  const next = el('button', { type: 'button', id: 'math-next' }, t('math.next') + ' →');
  const close = el('button', { type: 'button', id: 'math-close' }, t('math.close'));
  const count = el('span', { id: 'math-count', 'aria-live': 'polite' });
  const title = el('h3', { id: 'math-title' });
  const body = el('div', { id: 'math-body', class: 'math-body', tabindex: '0', role: 'group', 'aria-labelledby': 'math-title' }); // scrolls sideways on narrow screens
  root.replaceChildren(
    el('div', { class: 'math-bar' }, el('label', { for: 'math-example' }, t('math.pick') + ' '), input, about),
    el('div', { class: 'math-bar' }, prev, count, next, close), title, body);
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', t('math.button'));
  let open = false, trace = null, steps = [], at = 0, tracedSteps = -1, asked = 0, waiting = false;
  const EVERY_MS = 500; // while training plays, the shown numbers follow at most twice a second

  function request() {
    const snap = store.get().snapshot;
    tracedSteps = snap ? snap.status.steps : -1;
    asked = performance.now();
    waiting = true;
    send({ type: 'showMath', example: Math.max(0, Math.round(Number(input.value) || 1) - 1) });
  }

  function render() {
    prev.disabled = !trace || at === 0;
    next.disabled = !trace || at >= steps.length - 1;
    if (!trace) return;
    const s = steps[at];
    count.textContent = t('math.count', { at: at + 1, n: steps.length });
    title.textContent = s.title;
    body.replaceChildren(...s.lines.map((line) => (typeof line === 'string' ? el('p', {}, line) : line)));
    body.dataset.step = String(at);
    highlight.show(s.focus);
  }

  function show(m) {
    waiting = false;
    if (!open) return;
    root.dataset.traced = String(tracedSteps);
    setTimeout(catchUp, 0); // a pause that came while this answer was on its way
    if (m.error) {
      trace = null;
      steps = [];
      count.textContent = '';
      title.textContent = t('math.refused');
      body.replaceChildren(el('p', { id: 'math-refusal', class: 'math-refusal' }, m.error));
      highlight.clear();
      render();
      return;
    }
    trace = m;
    root.dataset.example = String(m.example);
    input.max = String(m.count);
    const label = m.label === undefined ? '' : t('math.label', { label: m.label });
    about.textContent = ' ' + t('math.about', { count: m.count, x: fmt(m.x), y: fmt(m.y), label });
    const info = store.get().info;
    steps = buildSteps(m, nodeNames(info.sizes, readSettings(info.query).feat.split(',')));
    at = Math.min(at, steps.length - 1);
    render();
  }

  function catchUp() {
    const state = store.get();
    if (open && !waiting && !state.playing && state.snapshot && state.snapshot.status.steps !== tracedSteps) request();
  }

  function go(i) {
    if (!trace) return;
    at = Math.max(0, Math.min(steps.length - 1, i));
    render();
  }

  function setOpen(v) {
    open = v;
    root.hidden = !v;
    button.setAttribute('aria-expanded', String(v));
    if (v) { request(); store.set({ mathOpened: true }); } // lesson 4 asks for it
    else highlight.clear();
  }

  prev.addEventListener('click', () => go(at - 1));
  next.addEventListener('click', () => go(at + 1));
  close.addEventListener('click', () => { setOpen(false); button.focus(); });
  input.addEventListener('change', () => { at = 0; request(); });
  root.addEventListener('keydown', (e) => {
    if (e.target === input || e.ctrlKey || e.metaKey || e.altKey) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: steps.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault(); // the page's own → (train one step) does not act here
    go(to);
  });
  store.subscribe((state, patch) => {
    if (!open) return;
    if (patch.info) { input.value = '1'; at = 0; request(); }
    else if (patch.snapshot && state.snapshot.status.steps !== tracedSteps && !waiting
      && (!state.playing || performance.now() - asked >= EVERY_MS)) request();
  });

  return { toggle: () => setOpen(!open), show };
}
