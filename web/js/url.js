// The experiment lives in the URL's query string. Page-only keys (which engine build to force;
// the view keys of present.js: mode, hide; the language, lang; the open lesson, lesson; the compared run, vs; a challenge's keys, see challenge/spec.js) are kept apart from the experiment settings that the engine's schema decodes; everything else
// is passed to the engine untouched (it reports what it cannot use).
const PAGE_KEYS = ['engine', 'mode', 'hide', 'lang', 'lesson', 'vs', 'ch', 'title', 'goal', 'lock', 'maxn', 'maxl', 'maxe'];

function keyOf(part) {
  const k = part.split('=')[0];
  try {
    return decodeURIComponent(k);
  } catch (e) {
    return k;
  }
}

/** The settings part of a location.search string. */
export function settingsQuery(search) {
  const q = search.startsWith('?') ? search.slice(1) : search;
  return q.split('&').filter((p) => p && !PAGE_KEYS.includes(keyOf(p))).join('&');
}

/** The page URL for a canonical settings query, keeping the page-only keys. */
export function pageUrl(query) {
  const q = location.search.startsWith('?') ? location.search.slice(1) : location.search;
  const extra = q.split('&').filter((p) => p && PAGE_KEYS.includes(keyOf(p)));
  return location.pathname + '?' + [query, ...extra].join('&');
}

/** A canonical query with some settings replaced (values as text, encoded here). */
export function withSettings(query, settings) {
  const keys = Object.keys(settings);
  const kept = query.split('&').filter((p) => p && !keys.includes(p.slice(0, p.indexOf('='))));
  return kept.concat(keys.map((k) => k + '=' + encodeURIComponent(settings[k]))).join('&');
}

/** The settings of a canonical query as an object of decoded texts. */
export function readSettings(query) {
  const out = {};
  for (const p of query.split('&')) {
    const i = p.indexOf('=');
    if (i > 0) out[p.slice(0, i)] = decodeURIComponent(p.slice(i + 1));
  }
  return out;
}
