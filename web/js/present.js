// Presenter and embed modes. Two page-only view keys, kept in the link by url.js and never sent
// to the engine (they do not change the experiment):
//   mode=present  large type and high contrast, for projecting a lesson;
//   mode=embed    minimal chrome sized to an <iframe>: Play, Step, Reset, the plane, the network;
//   hide=a,b      panels hidden (settings, network, output, training, data).
// f toggles full screen; the Presenter button enters and leaves presenter mode; the Embed box
// shows an <iframe> snippet of the current experiment.
import { isShortcut } from './transport.js';
import { t } from './i18n.js';

export const PANELS = { settings: '.panel.controls', network: '.panel.network', output: '.panel.plane', training: '.panel.metrics', data: '#data-tools' };
const MODES = ['present', 'embed'];
const EMBED_HIDES = ['settings', 'training', 'data']; // embed mode: the plane and the network only
export const clip = (s) => (s.length > 40 ? s.slice(0, 40) + '…' : s).replace(/[\u0000-\u001f\u007f]/g, '?');

/** The view keys of a query string: mode ('' = normal), hide (known panel ids) and what was rejected. */
export function readView(search) {
  const params = new URLSearchParams(search);
  const problems = [];
  let mode = params.getAll('mode').pop() || '';
  if (mode && !MODES.includes(mode)) {
    problems.push(t('view.badMode', { value: clip(mode), allowed: MODES.join(', ') }));
    mode = '';
  }
  const hide = [];
  for (const id of (params.getAll('hide').pop() || '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!Object.hasOwn(PANELS, id)) problems.push(t('view.badHide', { value: clip(id), allowed: Object.keys(PANELS).join(', ') }));
    else if (!hide.includes(id)) hide.push(id);
  }
  return { mode, hide, problems };
}

/** A query string ("?…") with one key set to a value, or removed when the value is empty. */
export function withKey(search, key, value) {
  const parts = search.replace(/^\?/, '').split('&').filter((p) => p && p.split('=')[0] !== key);
  if (value) parts.push(key + '=' + encodeURIComponent(value).replace(/%2C/g, ','));
  return '?' + parts.join('&');
}

/** The <iframe> snippet for the current page in embed mode (HTML-escaped attribute). */
export function embedSnippet(withNetwork) {
  const search = withKey(withKey(location.search, 'mode', 'embed'), 'hide', withNetwork ? '' : 'network');
  const src = (location.origin + location.pathname + search).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${src}" width="600" height="400" title="Backprop Playground" allow="fullscreen" loading="lazy"></iframe>`;
}

export function toggleFullscreen() {
  if (document.fullscreenElement) return document.exitFullscreen();
  const root = document.documentElement;
  return root.requestFullscreen ? root.requestFullscreen().catch(() => {}) : undefined;
}

/** Applies the view keys of the URL now and whenever it changes; wires f, Presenter and Embed. */
export function bindPresenter({ $, store, notices }) {
  const button = $('present'), code = $('embed-code'), network = $('embed-network');
  let shown = null;
  function apply() {
    const view = readView(location.search);
    const root = document.documentElement;
    root.classList.toggle('mode-present', view.mode === 'present');
    root.classList.toggle('mode-embed', view.mode === 'embed');
    const hidden = new Set(view.mode === 'embed' ? EMBED_HIDES.concat(view.hide) : view.hide);
    for (const [id, selector] of Object.entries(PANELS)) document.querySelector(selector).classList.toggle('view-hidden', hidden.has(id));
    button.setAttribute('aria-pressed', String(view.mode === 'present'));
    const said = view.problems.join('\n');
    if (said !== shown) {
      shown = said;
      if (said) { const search = location.search; notices.report(() => t('view.rejected'), () => readView(search).problems); }
    }
  }
  const refresh = () => { code.value = embedSnippet(network.checked); };
  button.addEventListener('click', () => {
    const on = !document.documentElement.classList.contains('mode-present');
    history.replaceState(null, '', location.pathname + withKey(location.search, 'mode', on ? 'present' : ''));
    apply();
  });
  $('embed-box').addEventListener('toggle', refresh);
  network.addEventListener('change', refresh);
  code.addEventListener('focus', () => code.select());
  store.subscribe((s, patch) => { if ('query' in patch) { apply(); refresh(); } });
  window.addEventListener('popstate', apply);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'f' && isShortcut(e, true)) toggleFullscreen();
  });
  apply();
  refresh();
}
