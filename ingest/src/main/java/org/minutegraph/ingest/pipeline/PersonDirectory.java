package org.minutegraph.ingest.pipeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minutegraph.ingest.model.PersonRef;

/**
 * One identity per person across the corpus. A name written together with a handle anywhere
 * ("Artem (@gtema)") makes every bare mention of that name the handle's person; handles are
 * case-insensitive already. A name linked to two different handles stays ambiguous and keeps its
 * own identity.
 */
final class PersonDirectory {

    private final Map<String, String> handleByName = new HashMap<>();
    private final Map<String, String> nameByHandle = new HashMap<>();
    private final java.util.Set<String> ambiguousNames = new java.util.HashSet<>();
    /** First name → handle, for first names that belong to exactly one known full name. */
    private final Map<String, String> handleByFirstName = new HashMap<>();

    /** Learns from every ref seen in the corpus. */
    void learn(Collection<PersonRef> refs) {
        for (PersonRef ref : refs) {
            if (ref.handle() == null || ref.name() == null) {
                continue;
            }
            String folded = PersonRef.foldName(ref.name());
            String known = handleByName.putIfAbsent(folded, ref.handle());
            if (known != null && !known.equals(ref.handle())) {
                ambiguousNames.add(folded);
            }
            nameByHandle.putIfAbsent(ref.handle(), ref.name());
        }
        ambiguousNames.forEach(handleByName::remove);
        indexFirstNames();
    }

    /** A first name alone ("Linh") resolves when exactly one person with a known handle has that first name. */
    private void indexFirstNames() {
        Map<String, java.util.Set<String>> handles = new HashMap<>();
        handleByName.forEach((folded, handle) -> {
            int space = folded.indexOf(' ');
            if (space > 0) {
                handles.computeIfAbsent(folded.substring(0, space), k -> new java.util.HashSet<>()).add(handle);
            }
        });
        handleByFirstName.clear();
        handles.forEach((first, hs) -> {
            if (hs.size() == 1 && !handleByName.containsKey(first)) {
                handleByFirstName.put(first, hs.iterator().next());
            }
        });
    }

    /** The canonical ref: handle when one is known for the name, plus the best known name. */
    PersonRef canonical(PersonRef ref) {
        String handle = ref.handle();
        if (handle == null) {
            String folded = PersonRef.foldName(ref.name());
            handle = handleByName.get(folded);
            if (handle == null && !folded.contains(" ")) {
                handle = handleByFirstName.get(folded);
            }
        }
        if (handle == null) {
            return PersonRef.ofName(ref.name());
        }
        return new PersonRef(handle, nameByHandle.get(handle));
    }

    /** The distinct canonical people among the given refs, in first-seen order. */
    List<PersonRef> distinct(Collection<PersonRef> refs) {
        Map<String, PersonRef> byKey = new LinkedHashMap<>();
        for (PersonRef ref : refs) {
            PersonRef c = canonical(ref);
            byKey.putIfAbsent(c.key(), c);
        }
        return List.copyOf(byKey.values());
    }
}
