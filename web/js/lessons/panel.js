// The lesson panel (loaded when a lesson opens): the lesson's text in the page's language
// (i18n/lessons-<lang>.json, English as the fallback), its formulas in MathML, lesson 5's plots,
// and the "try this" task, checked against the page's state whenever it changes.
import { LESSONS, PEOPLE } from './list.js';
import { activationPlots } from './plots.js';
import { t, lang } from '../i18n.js';
import { el } from '../dom.js';

const files = new Map();
async function lessonTexts(l) {
  if (!files.has(l)) {
    files.set(l, fetch(new URL('../../i18n/lessons-' + l + '.json', import.meta.url)).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
  }
  return files.get(l);
}

let stopWatching = null;

function peopleTable(T) {
  const head = el('tr', {}, ...['colPerson', 'colWeight', 'colHeight', 'colX', 'colY', 'colLabel'].map((k) => el('th', { scope: 'col' }, T(k))));
  const rows = PEOPLE.map(([w, h, f], i) => el('tr', {}, el('th', { scope: 'row' }, String(i + 1)),
    ...[w, h, w - 135, h - 66, f].map((v) => el('td', {}, String(v).replace('-', '−')))));
  return el('table', { class: 'lesson-table' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

export async function openLesson(n, root, { store, onClose }) {
  if (!document.querySelector('link[href="css/lessons.css"]')) document.head.append(el('link', { rel: 'stylesheet', href: 'css/lessons.css' }));
  const lesson = LESSONS[n - 1];
  const [own, english] = await Promise.all([lessonTexts(lang()), lessonTexts('en')]);
  const missing = [];
  const T = (k) => {
    const key = n + '.' + k;
    if (own[key] === undefined) missing.push(key);
    return own[key] ?? english[key] ?? key;
  };
  const close = el('button', { type: 'button', class: 'lesson-close' }, t('lessons.close'));
  const status = el('p', { class: 'lesson-status', role: 'status', id: 'lesson-status' }, t('lessons.notYet'));
  const body = lesson.body.map(([kind, key, href]) => {
    if (kind === 'p') return el('p', {}, T(key));
    if (kind === 'f') return key();
    if (kind === 'a') return el('p', {}, el('a', { href: href + '&lang=' + lang() }, T(key)));
    if (kind === 'table') return peopleTable(T);
    return activationPlots((name) => t('lessons.plot', { name }));
  });
  root.replaceChildren(el('h2', { id: 'lesson-title' }, t('lessons.lesson', { n }) + ' · ' + t('lessons.' + n)), close, ...body,
    el('div', { class: 'lesson-try' }, el('h3', {}, t('lessons.try')), el('p', {}, T('try')), status));
  root.setAttribute('aria-labelledby', 'lesson-title');
  root.dataset.lesson = String(n);
  root.dataset.missing = missing.join(' ');
  delete root.dataset.done;
  root.hidden = false;
  const check = () => {
    if (root.dataset.done || !lesson.check(store.get())) return;
    root.dataset.done = '1';
    status.textContent = '✓ ' + t('lessons.done') + ' ' + T('done');
    status.classList.add('done');
  };
  if (stopWatching) stopWatching();
  stopWatching = store.subscribe(check);
  check();
  close.addEventListener('click', () => {
    root.hidden = true;
    if (stopWatching) stopWatching();
    stopWatching = null;
    onClose();
  });
}
