package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minutegraph.ingest.model.PersonRef;

/**
 * Removes repeated people from a list, keeping the first position of each: refs with the same
 * {@link PersonRef#key()} are one person, and a name-only ref is the same person as a handle ref
 * carrying that name ("Jane Roe" and "Jane Roe (@jroe)"). The richer ref (handle and name) wins.
 */
public final class DistinctPeople {

    private DistinctPeople() {
    }

    public static List<PersonRef> of(Iterable<PersonRef> people) {
        Objects.requireNonNull(people, "people");
        List<PersonRef> out = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (PersonRef p : people) {
            String folded = p.name() == null ? null : PersonRef.foldName(p.name());
            Integer at = byKey.get(p.key());
            if (at == null && folded != null) {
                at = byName.get(folded);
            }
            if (at == null) {
                byKey.put(p.key(), out.size());
                if (folded != null) {
                    byName.put(folded, out.size());
                }
                out.add(p);
                continue;
            }
            PersonRef merged = merge(out.get(at), p);
            if (merged == null) {
                // same name, two different handles: two people
                byKey.put(p.key(), out.size());
                out.add(p);
                continue;
            }
            out.set(at, merged);
            byKey.put(merged.key(), at);
            if (merged.name() != null) {
                byName.putIfAbsent(PersonRef.foldName(merged.name()), at);
            }
        }
        return List.copyOf(out);
    }

    private static PersonRef merge(PersonRef kept, PersonRef seen) {
        if (kept.handle() != null && seen.handle() != null && !kept.handle().equals(seen.handle())) {
            return null;
        }
        String handle = kept.handle() != null ? kept.handle() : seen.handle();
        String name = kept.name() != null ? kept.name() : seen.name();
        return new PersonRef(handle, name);
    }
}
