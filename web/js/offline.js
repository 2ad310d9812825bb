// Registers the service worker (sw.js) that keeps the site's files for offline use. Failure
// (private mode, an old browser, a file:// page) only means no offline copy.
export function enableOffline() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url)).catch(() => {});
}
