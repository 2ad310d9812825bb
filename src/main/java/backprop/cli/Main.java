package backprop.cli;

import java.io.PrintStream;

/**
 * Command line: {@code java -jar target/backprop-playground.jar COMMAND ...}.
 * <ul>
 *   <li>{@code train} — run an experiment headless, one JSON line per epoch ({@link Train})</li>
 *   <li>{@code serve} — serve the built site with netlify.toml's headers ({@link Serve})</li>
 *   <li>{@code bench} — the W1/W2 benchmarks on HotSpot ({@link Bench})</li>
 * </ul>
 * Exit codes: 0 success, 1 training diverged or failed, 2 bad arguments.
 */
public final class Main {
    private Main() {}

    static final String USAGE = String.join("\n",
            "usage: java -jar backprop-playground.jar COMMAND [options]",
            "  train  [--dataset spiral] [--layers 8,8] [--activation tanh] [--lr 0.03] [--epochs 300] [--seed 1]",
            "         [--<any setting key> value ...] [--query 'data=spiral&layers=8,8'] [--import model.json]",
            "         [--export model.json]      one JSON line per epoch",
            "         [--numpy model.py]         the trained network as a Python + NumPy script",
            "  serve  [--root target/www] [--headers netlify.toml] [--port 8080] [--host 127.0.0.1]",
            "  bench  [--workload W1|W2|all] [--mnist DIR] [--dense] [--reps 7]",
            "  convert-images --idx DIR --out DIR --name NAME   IDX .gz files -> the site's image chunks",
            "  strip-js --root DIR          (build step) the site's own .js files without comments and indentation",
            "  offline-files --root DIR     (build step) offline.json: the files the service worker keeps for offline use",
            "Settings keys and ranges: see README (Settings) or `train --help`.");

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = new String[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        switch (args[0]) {
            case "train": return Train.run(rest, out, err);
            case "serve": return Serve.run(rest);
            case "bench": return Bench.run(rest, out, err);
            case "convert-images": return ConvertImages.run(rest, out, err);
            case "strip-js": return StripJs.run(rest, out, err);
            case "offline-files": return OfflineFiles.run(rest, out, err);
            default:
                err.println("unknown command '" + args[0] + "'\n" + USAGE);
                return 2;
        }
    }
}
