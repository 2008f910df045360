package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.model.PersonRef;

@DisplayName("DistinctPeople")
class DistinctPeopleTests {

    @Test
    @DisplayName("the first position is kept and the richer ref wins")
    void merges() {
        List<PersonRef> out = DistinctPeople.of(List.of(
                PersonRef.ofHandle("jroe"), PersonRef.ofName("Anna Schmidt"), new PersonRef("jroe", "Jane Roe"),
                new PersonRef("aschmidt", "anna schmidt")));
        assertThat(out).containsExactly(new PersonRef("jroe", "Jane Roe"), new PersonRef("aschmidt", "Anna Schmidt"));
    }

    @Test
    @DisplayName("one name with two different handles is two people")
    void sameNameTwoHandles() {
        assertThat(DistinctPeople.of(List.of(new PersonRef("jroe", "Jane Roe"), new PersonRef("jroe2", "Jane Roe")))).hasSize(2);
    }
}
