// Offline support. Every same-origin GET of the site is answered from the network when it can
// be, and the answer kept; when the network fails (offline, server gone), the kept answer is
// used. So a page that has loaded once opens and trains offline. Files are kept without their
// query, so any experiment link opens offline. Once a page is idle it asks for an offline copy of
// the rest of the site (below). Datasets are not handled here: the engine keeps their chunks
// itself (engine/images.js, Cache API "bp-data-v1").
const CACHE = 'bp-site-v1';
// Marks the offline copy's requests: background work, not what a page needed to open.
const BACKGROUND = { 'X-Background': 'offline-copy' };
const ROOT = new URL('./', self.location.href); // sw.js lives at the site's root
const keyOf = (url) => url.origin + url.pathname;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.includes('/data/')) return;
  e.respondWith(networkFirst(e, req, keyOf(url)));
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

// {type: 'offlineCopy', skip: [path prefixes]} from a page (js/offline.js): copies every file
// of offline.json (written by the build, with content hashes) that is not kept yet or whose kept
// copy has another hash, one at a time, so that panels, the other language, the file tools and
// the other page open offline too, not only what was used. Answers {type, files, fetched} or {type, error}.
self.addEventListener('message', (e) => {
  if (!e.data || e.data.type !== 'offlineCopy') return;
  const answer = (r) => e.source && e.source.postMessage({ type: 'offlineCopy', ...r });
  e.waitUntil(copySite(Array.isArray(e.data.skip) ? e.data.skip : []).then(answer, (err) => answer({ error: String(err && err.message) })));
});

/** The first 12 hex digits of the SHA-256 of a response's body (as cli/OfflineFiles writes them). */
async function hashOf(res) {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', await res.arrayBuffer()));
  return [...d.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function copySite(skip) {
  const list = await fetch(new URL('offline.json', ROOT), { cache: 'no-store', headers: BACKGROUND });
  if (!list.ok) throw new Error('offline.json: HTTP ' + list.status);
  const { files } = await list.json();
  const cache = await caches.open(CACHE);
  let count = 0, fetched = 0;
  for (const [path, hash] of Object.entries(files)) {
    if (skip.some((p) => path.startsWith(String(p)))) continue;
    count++;
    const keys = [keyOf(new URL(path, ROOT))];
    if (path === 'index.html') keys.push(ROOT.href); // the page at "/"
    let current = true;
    for (const k of keys) { const kept = await cache.match(k); current = current && !!kept && (await hashOf(kept)) === hash; }
    if (current) continue;
    const res = await fetch(keys[0], { cache: 'no-cache', headers: BACKGROUND });
    if (!res.ok) throw new Error(path + ': HTTP ' + res.status);
    for (const k of keys) await cache.put(k, res.clone());
    fetched++;
  }
  return { files: count, fetched };
}
