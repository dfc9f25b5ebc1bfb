package org.despatch.normalize;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Remembers what was worked out from the texts seen most recently, up to a number of characters of text, so that
 * a paragraph that comes again (an archive's copies of one report, a letterhead, a disclaimer) is not worked out
 * again. Only for values that are a function of the text alone. Safe for concurrent use; two threads may work
 * out the same new text at once, and both get an equal value.
 */
public final class TextMemo<V> {

    /** The default bound: 8 million characters, about 16 MB of text and what was worked out from it. */
    public static final int DEFAULT_MAX_CHARS = 8_000_000;

    private final int maxChars;
    private long chars;
    /** In order of last use, the least recently used first. */
    private final LinkedHashMap<String, V> values = new LinkedHashMap<>(1024, 0.75f, true);

    public TextMemo(int maxChars) {
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must not be negative: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** The value for this text: remembered, or worked out by {@code work} (never null) and remembered. */
    public V get(String text, Function<String, V> work) {
        synchronized (values) {
            V known = values.get(text);
            if (known != null) {
                return known;
            }
        }
        V value = Objects.requireNonNull(work.apply(text));
        if (text.length() <= maxChars) {
            synchronized (values) {
                if (values.put(text, value) == null) {
                    chars += text.length();
                }
                Iterator<Map.Entry<String, V>> leastRecent = values.entrySet().iterator();
                while (chars > maxChars) {
                    chars -= leastRecent.next().getKey().length();
                    leastRecent.remove();
                }
            }
        }
        return value;
    }

    /** How many texts are remembered now. */
    public int size() {
        synchronized (values) {
            return values.size();
        }
    }
}
