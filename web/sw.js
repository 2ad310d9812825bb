// Offline support. Every same-origin GET of the site is answered from the network when it can
// be, and the answer kept; when the network fails (offline, server gone), the kept answer is
// used. So a page that has loaded once opens and trains offline. Pages are kept without their
// query, so any experiment link opens offline. Datasets are not handled here: the engine keeps
// their chunks itself (engine/images.js, Cache API "bp-data-v1").
const CACHE = 'bp-site-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.includes('/data/')) return;
  e.respondWith(networkFirst(e, req, req.mode === 'navigate' ? url.origin + url.pathname : req));
});

// The network's answer goes to the page at once; keeping a copy happens after (waitUntil), so
// the cache never delays page start-up.
async function networkFirst(e, req, key) {
  try {
    const res = await fetch(req);
    if (res.ok && res.type === 'basic') {
      const copy = res.clone();
      e.waitUntil(caches.open(CACHE).then((c) => c.put(key, copy)));
    }
    return res;
  } catch (err) {
    const kept = await caches.match(key, { cacheName: CACHE });
    if (kept) return kept;
    throw err;
  }
}
