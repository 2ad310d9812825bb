// Picks and loads an engine build. 'auto' takes Wasm-GC when the browser validates a module
// using GC types (and falls back to JS if loading fails); 'wasm' and 'js' force one build.
// Wasm comes in two builds: 'plane' (the 2D page: settings, sessions, PlaneApi) and 'full'
// (plus ImagesApi and BenchApi); the JS build is the full one. Either way the worker gets the
// same flat API: api.schema(), api.PlaneApi.probe(), api.ImagesApi.addChunk(), …

// (module (type (struct (field i32))) (func (result (ref null 0)) ref.null 0)): validates only with Wasm-GC.
const GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 10, 2, 95, 1, 127, 0, 96, 0, 1, 99, 0,
  3, 2, 1, 1, 10, 6, 1, 4, 0, 208, 0, 11]);

export function wasmGcSupported() {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(GC_PROBE);
  } catch (e) {
    return false;
  }
}

/** The full build exports WorkerApi's functions under WorkerApi: lifted to the top. */
const flat = (e) => (e.WorkerApi ? { ...e.WorkerApi, PlaneApi: e.PlaneApi, ImagesApi: e.ImagesApi, BenchApi: e.BenchApi, ToolsApi: e.ToolsApi } : e);

async function loadWasm(build) {
  await import('./wasm/runtime.js'); // defines globalThis.TeaVM.wasmGC
  const file = build === 'full' ? './wasm-full/engine.wasm' : './wasm/engine.wasm';
  const teavm = await globalThis.TeaVM.wasmGC.load(new URL(file, import.meta.url).href);
  return flat(teavm.exports);
}

async function loadJs() {
  return flat(await import('./js/engine.js'));
}

let tools = null;

/**
 * The file tools (ToolsApi: CSV, model files, NumPy, TF Playground links): the engine's own in
 * the full builds; for the 2D page's build, those of the full Wasm build, loaded on first use.
 */
export function loadTools(api) {
  if (api.ToolsApi) return Promise.resolve(api.ToolsApi);
  if (!tools) tools = loadWasm('full').then((a) => a.ToolsApi, (e) => { tools = null; throw e; });
  return tools;
}

export async function loadEngine(want, build) {
  if (want === 'js') return { api: await loadJs(), kind: 'js' };
  if (want === 'wasm') return { api: await loadWasm(build), kind: 'wasm-gc' };
  if (wasmGcSupported()) {
    try {
      return { api: await loadWasm(build), kind: 'wasm-gc' };
    } catch (e) {
      return { api: await loadJs(), kind: 'js', note: { message: 'Wasm-GC failed to load (' + e.message + '); using the JS build', code: 'engineFallback', args: [String(e.message)] } };
    }
  }
  return { api: await loadJs(), kind: 'js', note: { message: 'this browser has no WebAssembly GC; using the JS build', code: 'engineNoGc', args: [] } };
}
