// Offline support, page side. Registers the service worker (sw.js), which keeps every file the
// page fetches. Once the engine has started and the page is idle, asks it for an offline copy of
// the rest of the site (the panels, the other language, the file tools, the other page; not the
// datasets) and then shows the footer's "saved for offline use". Failure (private mode, an old
// browser, a file:// page) only means no offline copy; with Save-Data on, only what was used is kept.
const AFTER_MS = 2000;
const idle = (fn) => (window.requestIdleCallback ? requestIdleCallback(fn, { timeout: 5000 }) : fn());

export function enableOffline(store, label) {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url)).catch(() => {});
  if (navigator.connection && navigator.connection.saveData) return;
  navigator.serviceWorker.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'offlineCopy' && !e.data.error) label.hidden = false;
  });
  navigator.serviceWorker.startMessages();
  const stop = store.subscribe((s) => {
    if (!s.engine) return;
    stop();
    // Only the engine build this browser runs is copied.
    const skip = s.engine === 'js' ? ['engine/wasm/', 'engine/wasm-full/'] : ['engine/js/'];
    navigator.serviceWorker.ready.then((reg) => setTimeout(() => idle(() => reg.active && reg.active.postMessage({ type: 'offlineCopy', skip })), AFTER_MS));
  });
}
