package backprop.data;

/**
 * A value or a clear error message: how parsers and loaders report bad input without
 * exceptions crossing into the page. An error may carry a message code and its arguments, so
 * that the page can say it in its own language (web/i18n: "engine.&lt;code&gt;" with {1}, {2}, …
 * standing for the arguments); the English message is always there too.
 */
public final class Outcome<T> {
    private static final String[] NONE = {};
    private final T value;
    private final String error, code;
    private final String[] args;

    private Outcome(T value, String error, String code, String[] args) {
        this.value = value;
        this.error = error;
        this.code = code;
        this.args = args;
    }

    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(value, null, null, NONE);
    }

    /** An error with an English message only (command-line and build-time errors). */
    public static <T> Outcome<T> error(String message) {
        return new Outcome<>(null, message, null, NONE);
    }

    /** An error the page shows: a message code, the English message and the code's arguments. */
    public static <T> Outcome<T> failure(String code, String message, Object... args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) a[i] = text(args[i]);
        return new Outcome<>(null, message, code, a);
    }

    /** This error as an outcome of another type (code and arguments kept). */
    public <U> Outcome<U> as() {
        if (error == null) throw new IllegalStateException("not an error");
        return new Outcome<>(null, error, code, args);
    }

    /**
     * Arguments are strings, ints or doubles; numbers as NumberText writes them. No toString() on
     * an Object here: the browser builds would then carry Double.toString and its tables (~5 kB gzip).
     */
    static String text(Object v) {
        if (v instanceof Integer) return Integer.toString((Integer) v);
        if (v instanceof Double) return NumberText.of((Double) v);
        return (String) v;
    }

    public boolean isOk() {
        return error == null;
    }

    /** The value; throws IllegalStateException with the error message if there is none. */
    public T get() {
        if (error != null) throw new IllegalStateException(error);
        return value;
    }

    public String error() {
        return error;
    }

    /** The message code, or null for an English-only error. */
    public String code() {
        return code;
    }

    public String[] args() {
        return args.clone();
    }

    /** The English messages of a list of errors. */
    public static java.util.List<String> messages(java.util.List<? extends Outcome<?>> errors) {
        java.util.List<String> m = new java.util.ArrayList<>();
        for (Outcome<?> e : errors) m.add(e.error);
        return m;
    }
}
