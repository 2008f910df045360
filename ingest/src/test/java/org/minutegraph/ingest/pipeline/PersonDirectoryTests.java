package org.minutegraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.model.PersonRef;

class PersonDirectoryTests {

    private static PersonDirectory directory(PersonRef... refs) {
        PersonDirectory d = new PersonDirectory();
        d.learn(List.of(refs));
        return d;
    }

    @Test
    @DisplayName("a name written once with a handle resolves to that handle everywhere, with the name kept")
    void nameWithHandle() {
        PersonDirectory d = directory(new PersonRef("gtema", "Artem Goncharov"));
        assertThat(d.canonical(PersonRef.ofName("Artem Goncharov"))).isEqualTo(new PersonRef("gtema", "Artem Goncharov"));
        assertThat(d.canonical(PersonRef.ofHandle("GTEMA"))).isEqualTo(new PersonRef("gtema", "Artem Goncharov"));
    }

    @Test
    @DisplayName("a unique first name resolves; a shared one does not")
    void firstNames() {
        PersonDirectory d = directory(new PersonRef("lnguyen", "Linh Nguyen"), new PersonRef("jweber", "Jonas Weber"),
                new PersonRef("jmeier", "Jonas Meier"));
        assertThat(d.canonical(PersonRef.ofName("Linh")).handle()).isEqualTo("lnguyen");
        assertThat(d.canonical(PersonRef.ofName("Jonas")).handle()).isNull();
    }

    @Test
    @DisplayName("a name seen with two different handles stays a person of its own")
    void ambiguousName() {
        PersonDirectory d = directory(new PersonRef("anna1", "Anna Schmidt"), new PersonRef("anna2", "Anna Schmidt"));
        assertThat(d.canonical(PersonRef.ofName("Anna Schmidt"))).isEqualTo(PersonRef.ofName("Anna Schmidt"));
    }

    @Test
    @DisplayName("distinct people collapse however they were written")
    void distinct() {
        PersonDirectory d = directory(new PersonRef("jdoe", "Jane Doe"));
        assertThat(d.distinct(List.of(PersonRef.ofHandle("JDoe"), PersonRef.ofName("jane doe"), PersonRef.ofHandle("jdoe"))))
                .containsExactly(new PersonRef("jdoe", "Jane Doe"));
    }
}
