// The Compare button of the training panel (loaded with the page). The comparison itself
// (compare.js: a second engine worker that follows this run epoch by epoch, its curves drawn
// dashed on the same charts, its plane beside them) loads when it starts: from the button, or
// from a link with vs=, the page-only key that holds the settings of the run compared against.
import { t } from '../i18n.js';

export function createCompareButton(button, deps) {
  let running = null;
  async function start(queryA) {
    const { startCompare } = await import('./compare.js');
    running = startCompare(queryA, deps, stop);
    button.textContent = t('compare.end');
    button.setAttribute('aria-pressed', 'true');
  }
  function stop() {
    if (running) running.end();
    running = null;
    button.textContent = t('compare.start');
    button.setAttribute('aria-pressed', 'false');
  }
  button.addEventListener('click', () => (running ? stop() : start(deps.store.get().query)));
  const vs = new URLSearchParams(location.search).get('vs');
  if (vs) {
    const begin = deps.store.subscribe((s) => { if (s.info) { begin(); start(vs); } }); // after the page's own run is set up
  }
  return () => { button.textContent = t(running ? 'compare.end' : 'compare.start'); };
}
