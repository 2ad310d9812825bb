package backprop.data;

/**
 * A value or a clear error message: how parsers and loaders report bad input without
 * exceptions crossing into the page.
 */
public final class Outcome<T> {
    private final T value;
    private final String error;

    private Outcome(T value, String error) {
        this.value = value;
        this.error = error;
    }

    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(value, null);
    }

    public static <T> Outcome<T> error(String message) {
        return new Outcome<>(null, message);
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
}
