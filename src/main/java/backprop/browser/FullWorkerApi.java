package backprop.browser;

import org.teavm.jso.JSExportClasses;

/**
 * The engine with everything: {@link WorkerApi} (settings, sessions, the 2D playground's
 * {@code PlaneApi}) plus the image datasets' {@code ImagesApi}, the benchmarks' {@code BenchApi} and
 * the file tools' {@code ToolsApi} (CSV, model files, NumPy scripts, TF Playground links).
 * The image page, the benchmark page and the JS build use it (engine/wasm-full, engine/js); the
 * 2D page loads the smaller build of {@link WorkerApi} alone (engine/wasm: about 7 kB gzip less
 * on its first load). web/engine/load.js gives the worker the same flat API from either.
 */
@JSExportClasses({WorkerApi.class, ImagesApi.class, BenchApi.class, ToolsApi.class})
public final class FullWorkerApi {
    private FullWorkerApi() {}

    public static void main(String[] args) {
        // Nothing to start: the worker calls the exported functions.
    }
}
