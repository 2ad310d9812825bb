// Loads the chunks an image experiment needs into the engine, reporting progress: the training
// subset (the first n images, or — balanced — enough chunks to hold n/10 of every class, judged
// from the manifest's per-chunk class counts) and the first test images.
import { loadManifest, loadChunk, coded } from './images.js';

const loaded = new Map(); // "set/split" → number of chunks already in the engine

function chunksNeeded(split, n, balanced) {
  if (!balanced) {
    let sum = 0, k = 0;
    while (sum < n && k < split.chunks.length) sum += split.chunks[k++].count;
    return k;
  }
  const classes = split.chunks[0].labels.length, want = Math.ceil(n / classes), have = new Array(classes).fill(0);
  for (let k = 0; k < split.chunks.length; k++) {
    split.chunks[k].labels.forEach((c, i) => { have[i] += c; });
    if (have.every((h) => h >= want)) return k + 1;
  }
  return split.chunks.length;
}

/** Loads what plan (from WorkerApi.plan) needs; progress({loaded, total, fromCache}). */
export async function loadImages(api, plan, progress) {
  const base = new URL(`../data/${plan.images}/`, import.meta.url);
  const manifest = await loadManifest(base);
  const jobs = [];
  for (const [name, n, balanced] of [['train', plan.train, plan.balanced], ['test', plan.test, false]]) {
    const have = loaded.get(plan.images + '/' + name) || 0;
    const need = chunksNeeded(manifest[name], n, balanced);
    for (let k = have; k < need; k++) jobs.push({ name, k, chunk: manifest[name].chunks[k] });
  }
  const total = jobs.reduce((s, j) => s + j.chunk.bytes, 0);
  let done = 0, cached = 0;
  progress({ loaded: 0, total, fromCache: 0 });
  for (const job of jobs) {
    const { bytes, fromCache } = await loadChunk(base, job.chunk.file, (n) => { done += n; progress({ loaded: done, total, fromCache: cached }); });
    if (fromCache) {
      done += job.chunk.bytes;
      cached += job.chunk.bytes;
    }
    const r = JSON.parse(api.ImagesApi.addChunk(plan.images, job.name === 'train', new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), job.chunk.file));
    if (r.error) throw coded(r.code, r.error, ...(r.args || []));
    loaded.set(plan.images + '/' + job.name, job.k + 1);
    progress({ loaded: done, total, fromCache: cached });
  }
  return { manifest, bytes: total, cached };
}
