// Languages. Every visible string lives in web/i18n/<lang>.json: flat "key": "text" with {name}
// placeholders; texts only one page needs are in parts, <lang>-<part>.json (images, bench), which
// that page asks for. The engine's message sentences (<lang>-engine.json) load when the first
// engine message is shown: until then it shows the engine's own English sentence (the same
// words: MessagesTest), and then everything registered with onTextsLoaded words itself again. The page's language is the URL's lang= (a page-only key), else the first of the
// browser's languages we have, else English. English is always loaded as the fallback, so a key
// missing in one language still shows words (and is recorded: MessagesTest fails on it first).
// Text reaches the DOM only through textContent and attributes, never as markup.
export const LANGS = ['en', 'zh-CN'];
let table = {}, english = {}, current = 'en', parts = [];
let lazy = null; // loading or loaded: the engine's sentences
const listeners = [];

/** f() runs after texts arrived later (the engine's sentences): the page words itself again. */
export const onTextsLoaded = (f) => { listeners.push(f); };

function loadEngineTexts() {
  if (!lazy) {
    const into = table; // a language switch meanwhile loads its own table, engine sentences included
    lazy = Promise.all([fetchFile('en-engine'), current === 'en' ? null : fetchFile(current + '-engine')]).then(([en, mine]) => {
      Object.assign(english, en);
      if (mine) Object.assign(into, mine);
      listeners.forEach((f) => f());
    }, () => { lazy = null; }); // offline before they were kept: English until the next try
  }
  return lazy;
}
const missing = new Set();

/** { lang, rejected } from a location.search and the browser's language list. */
export function pickLang(search, preferred = []) {
  const m = /(?:^|[?&])lang=([^&]*)/.exec(search || '');
  let asked = null;
  if (m) {
    try { asked = decodeURIComponent(m[1]); } catch (e) { asked = m[1]; }
    const hit = LANGS.find((l) => l.toLowerCase() === asked.toLowerCase());
    if (hit) return { lang: hit, rejected: null };
  }
  for (const l of preferred) {
    if (/^zh(-|$)/i.test(l)) return { lang: 'zh-CN', rejected: asked };
    if (/^en(-|$)/i.test(l)) return { lang: 'en', rejected: asked };
  }
  return { lang: 'en', rejected: asked };
}

async function fetchFile(name) {
  const res = await fetch(new URL('../i18n/' + name + '.json', import.meta.url));
  if (!res.ok) throw new Error('i18n/' + name + '.json: HTTP ' + res.status);
  return res.json();
}

/** A language's texts: its main file and the page's parts, merged. */
async function fetchTable(lang) {
  const all = lazy ? [...parts, 'engine'] : parts; // after a switch, the engine's sentences too once loaded
  const files = await Promise.all([lang, ...all.map((p) => lang + '-' + p)].map(fetchFile));
  return Object.assign({}, ...files);
}

/**
 * Loads English and (if different) the chosen language, with the parts a page needs (given on
 * its first call; a language switch loads the same parts); on failure stays with what loaded.
 */
export async function loadLang(lang, pageParts) {
  if (pageParts) parts = pageParts;
  if (!Object.keys(english).length) english = await fetchTable('en');
  table = lang === 'en' ? english : await fetchTable(lang);
  current = lang;
  document.documentElement.lang = lang;
  return lang;
}

export const lang = () => current;

/** The text of a key in the page's language, placeholders {name} filled from vars. */
export function t(key, vars) {
  let s = table[key];
  if (s === undefined) {
    missing.add(key);
    s = english[key] !== undefined ? english[key] : key;
  }
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (all, k) => (k in vars ? (typeof vars[k] === 'number' ? num(vars[k]) : String(vars[k])) : all));
}

/** True when the key exists in English (for texts that may or may not be translated). */
export const has = (key) => english[key] !== undefined;

/** Keys asked for but missing in the page's language (tests read this). */
export const missingKeys = () => [...missing];

/** A number in the page's locale (grouping, decimal mark), at most `digits` decimals. */
export function num(x, digits = 6) {
  return new Intl.NumberFormat(current, { maximumFractionDigits: digits }).format(x);
}

/**
 * Writes the texts of a piece of static HTML: data-i18n="key" sets the element's text (use it
 * on leaf elements only), data-i18n-attr="title:key;aria-label:key2" sets attributes.
 */
export function translate(root) {
  for (const e of root.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of e.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      if (attr && key) e.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}

/**
 * An engine message ({ key, message, code, args }) in the page's language: engine.<code> with {label}
 * (the setting's name), {key} and {1}, {2}, … (the arguments); its English text when it has no code.
 */
export function engineText(p) {
  if (!p.code) return p.message;
  if (!has('engine.' + p.code)) {
    loadEngineTexts();
    return p.message;
  }
  const vars = { key: p.key, label: has('param.' + p.key) ? t('param.' + p.key) : p.key };
  (p.args || []).forEach((a, i) => { vars[i + 1] = a; });
  return t('engine.' + p.code, vars);
}

/** An error the engine or its worker sent ({error or message, code, args}) in the page's language. */
export const errorText = (m) => engineText({ message: m.error || m.message, code: m.code, args: m.args });

/** Why training stopped (a snapshot's status), in the page's language. */
export const whyStopped = (status) => engineText({ key: 'divergence', message: status.divergence, code: status.divergenceCode, args: status.divergenceArgs });
