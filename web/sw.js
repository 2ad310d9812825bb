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
  e.respondWith(networkFirst(req, req.mode === 'navigate' ? url.origin + url.pathname : req));
});

async function networkFirst(req, key) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(req);
    if (res.ok && res.type === 'basic') await cache.put(key, res.clone());
    return res;
  } catch (err) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw err;
  }
}
