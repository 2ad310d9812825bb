package backprop.nn;

/** A registry entry with a stable id: the id used in URLs, model files and the command line. */
public interface Keyed {
    String id();

    /** The formula or one-line explanation shown where the entry is chosen ("" if none). */
    default String formula() {
        return "";
    }

    /** The entry of {@code values} with this id, or null. */
    static <T extends Keyed> T find(T[] values, String id) {
        for (T v : values) if (v.id().equals(id)) return v;
        return null;
    }
}
