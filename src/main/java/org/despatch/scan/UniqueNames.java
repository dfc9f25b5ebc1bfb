package org.despatch.scan;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An archive whose entries each have a name of their own. A tar appended to holds a file's versions under one name,
 * and a ZIP may hold two entries of one name (a careless tool, a hostile archive); listed alike, the second opened as
 * the first and its text was never read. The second and later entries of a name are listed under their number in
 * it, before the last part of the name ({@code cables/2-memo.txt} for the second {@code cables/memo.txt}), as the
 * documents a parse finds are; a name some entry already has is never given. A name is listed as
 * {@link SourcePath#shownName} shows it, without control characters and at most {@link SourcePath#MAX_NAME_CHARS}
 * long, and opened by the name the archive gives it.
 */
final class UniqueNames implements Container {

    /** An entry listed under another name: the {@code number}-th of its {@code name} in the archive's order. */
    private record Occurrence(String name, int number) {
    }

    private final Container container;
    /** The entries listed under another name, by that name; made by {@link #entries}. */
    private Map<String, Occurrence> renamed;

    UniqueNames(Container container) {
        this.container = container;
    }

    @Override
    public List<Entry> entries() throws IOException {
        List<Entry> listed = container.entries();
        Set<String> taken = new HashSet<>();
        for (Entry e : listed) {
            taken.add(e.name());
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Occurrence> others = new HashMap<>();
        List<Entry> unique = new ArrayList<>(listed.size());
        for (Entry e : listed) {
            int number = seen.merge(e.name(), 1, Integer::sum);
            String shown = SourcePath.shownName(e.name());
            if (number == 1 && shown.equals(e.name())) {
                unique.add(e);
                continue;
            }
            // a name shown otherwise (a NUL or an escape sequence left out, a name of 65,535 bytes cut) is the
            // entry's unless an entry has it
            String name = number == 1 && !taken.contains(shown) ? shown : numbered(shown, number, taken);
            taken.add(name);
            others.put(name, new Occurrence(e.name(), number));
            unique.add(new Entry(name, e.size()));
        }
        renamed = others;
        return unique;
    }

    /** A name no entry has: the number before the name's last part, then a second number if that is taken. */
    private static String numbered(String name, int number, Set<String> taken) {
        int slash = name.lastIndexOf('/') + 1;
        String folder = name.substring(0, slash);
        String last = name.substring(slash);
        String candidate = folder + number + "-" + last;
        for (int k = 2; taken.contains(candidate); k++) {
            candidate = folder + number + "." + k + "-" + last;
        }
        return candidate;
    }

    @Override
    public boolean failsOnAfterAFailure() {
        return container.failsOnAfterAFailure();
    }

    @Override
    public String damage() {
        return container.damage();
    }

    @Override
    public String cutShort() {
        return container.cutShort();
    }

    @Override
    public boolean sequential() {
        return container.sequential();
    }

    /** An entry by the name {@link #entries} lists it under: the archive's own, else the number it was given. */
    @Override
    public InputStream open(String name, int occurrence) throws IOException {
        if (occurrence != 1) {
            throw new FileNotFoundException("no entry '" + name + "' listed " + occurrence + " times");
        }
        // listed first, so that a name given here is never looked for in the archive: a tar would be read to its
        // end for it, once for each such entry
        if (renamed == null) {
            entries();
        }
        Occurrence o = renamed.get(name);
        return o == null ? container.open(name, 1) : container.open(o.name(), o.number());
    }

    @Override
    public void close() throws IOException {
        container.close();
    }
}
