package io.github.hanex.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypeMapTest {

    @Test
    void defaultsCoverCommonTagSets() {
        TypeMap map = TypeMap.defaults();
        assertThat(map.map("PS")).hasValue("Person");
        assertThat(map.map("per")).hasValue("Person");
        assertThat(map.map("OG")).hasValue("Organization");
        assertThat(map.map("ORG")).hasValue("Organization");
        assertThat(map.map("LC")).hasValue("Location");
        assertThat(map.map("DT")).hasValue("Date");
        assertThat(map.map("Money")).hasValue("Money");
        assertThat(map.map("EventTrigger")).hasValue("EventTrigger");
        assertThat(map.map("TI")).isEmpty();
        assertThat(map.map("Sentence")).isEmpty();
    }

    @Test
    void userEntriesOverrideAddAndDrop() {
        TypeMap map = TypeMap.parse("PS=person, TI=Date, LC=, CO=Organization");
        assertThat(map.map("PS")).hasValue("Person");
        assertThat(map.map("TI")).hasValue("Date");
        assertThat(map.map("LC")).isEmpty();
        assertThat(map.map("co")).hasValue("Organization");
        assertThat(map.map("OG")).hasValue("Organization");
        assertThatThrownBy(() -> TypeMap.parse("PS")).isInstanceOf(IllegalArgumentException.class);
    }
}
