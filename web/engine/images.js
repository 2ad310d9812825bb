// Image datasets (MNIST, Fashion-MNIST) as the site stores them: a manifest and gzip-compressed
// chunks of 2,000 images (format: backprop.data.ImageChunk). Chunks are kept in the Cache API,
// so a second visit — or an offline one — downloads nothing. Used by the engine worker and by
// bench.html.
const CACHE = 'bp-data-v1';

/** An Error with a message code and its arguments: the page words it (web/i18n "engine.<code>"). */
export const coded = (code, message, ...args) => Object.assign(new Error(message), { code, args: args.map(String) });

async function cache() {
  try {
    return typeof caches === 'object' ? await caches.open(CACHE) : null;
  } catch (e) {
    return null; // e.g. storage disabled: download every time
  }
}

export async function loadManifest(base) {
  const url = new URL('manifest.json', base).href;
  const c = await cache();
  let res = c && (await c.match(url));
  if (!res) {
    // Past the HTTP cache (kept in the Cache API instead), as the chunks below.
    res = new Response(new Blob(await download(url, 'manifest.json', () => {})), { headers: { 'Content-Type': 'application/json' } });
    if (c) await c.put(url, res.clone());
  }
  return res.json();
}

/**
 * One chunk, decompressed. onBytes(n) is told of every n compressed bytes received from the
 * network; fromCache is true when nothing was downloaded.
 */
export async function loadChunk(base, file, onBytes) {
  const url = new URL(file, base).href;
  const c = await cache();
  let res = c && (await c.match(url));
  const fromCache = Boolean(res);
  if (!res) {
    // Past the HTTP cache: it may hold a failed answer (a 404 with the data's long max-age),
    // which Retry must not get again; good chunks are kept in the Cache API instead.
    const parts = await download(url, file, onBytes);
    res = new Response(new Blob(parts), { headers: { 'Content-Type': 'application/gzip' } });
    if (c) await c.put(url, res.clone());
  }
  const plain = res.body.pipeThrough(new DecompressionStream('gzip'));
  return { bytes: new Uint8Array(await new Response(plain).arrayBuffer()), fromCache };
}

/** A download that receives nothing for this long is given up (it stalled rather than failed). */
export const STALL_SECONDS = 15;

/** The body of url as parts, reporting bytes; fails with a message naming file on HTTP errors and stalls. */
async function download(url, file, onBytes) {
  const abort = new AbortController();
  let timer = 0;
  const watch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => abort.abort(), STALL_SECONDS * 1000);
  };
  watch();
  try {
    const net = await fetch(url, { cache: 'no-store', signal: abort.signal });
    if (!net.ok) throw coded('downloadHttp', `could not download ${file} (HTTP ${net.status})`, file, net.status);
    const reader = net.body.getReader();
    const parts = [];
    for (;;) {
      watch();
      const { done, value } = await reader.read();
      if (done) return parts;
      parts.push(value);
      onBytes(value.length);
    }
  } catch (e) {
    if (abort.signal.aborted) throw coded('downloadStalled', `the download of ${file} stalled (nothing received for ${STALL_SECONDS} s)`, file, STALL_SECONDS);
    if (e.code) throw e;
    throw coded('downloadFailed', `could not download ${file} (${e.message})`, file, e.message);
  } finally {
    clearTimeout(timer);
  }
}

/** The chunk's fields (big-endian header; see ImageChunk.java). */
export function parseChunk(b) {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (v.getUint32(0) !== 0x4250494d) throw new Error('not an image chunk');
  const count = v.getInt32(8), rows = v.getInt32(12), cols = v.getInt32(16);
  return { count, rows, cols, first: v.getInt32(20), labels: b.subarray(24, 24 + count), pixels: b.subarray(24 + count, 24 + count + count * rows * cols) };
}
