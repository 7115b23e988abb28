package io.github.hanex.eval.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hanex.eval.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheGoldColumns() throws IOException {
        Path gold = dir.resolve("events.csv");
        Files.writeString(gold, "\uFEFFdoc_id,trigger_source_begin,trigger_source_end,trigger,event_type,modality,"
            + "participants,amount_value,amount_currency,date,place\r\n"
            + "html/a.html,10,12,만나,meet,ASSERTED,박서연;존 스미스,,,2025-03-13,휴스턴\r\n"
            + "html/a.html,x,12,투자,INVEST,PLANNED,한빛그룹,16500000000,USD,,\r\n", StandardCharsets.UTF_8);
        EventSet set = EventFiles.read(gold);
        assertThat(set.documents()).containsExactly("html/a.html");
        EventFrame meet = set.events("html/a.html").get(0);
        assertThat(meet.source()).isEqualTo(new Span(10, 12));
        assertThat(meet.eventType()).isEqualTo("MEET");
        assertThat(meet.participants()).containsExactlyInAnyOrder("박서연", "존 스미스");
        assertThat(meet.place()).isEqualTo("휴스턴");
        EventFrame invest = set.events("html/a.html").get(1);
        assertThat(invest.source()).isNull();
        assertThat(invest.amount()).isEqualTo("16500000000 USD");
        assertThat(set.warnings()).hasSize(2).allMatch(w -> w.startsWith("events.csv:3: "));
    }

    @Test
    void readsAnAnnotateOutputDirectoryWithItsDocuments() throws IOException {
        Files.writeString(dir.resolve("documents.csv"), "doc_id,status\nhtml/a.html,ok\nhtml/b.html,ok\n");
        Files.writeString(dir.resolve("events.csv"), "doc_id,event_id,event_type,modality,trigger,trigger_begin,"
            + "trigger_end,trigger_source_begin,trigger_source_end,sentence,participants,amount_value,"
            + "amount_currency,date,place,rule\n"
            + "html/a.html,E1,TRAVEL,ASSERTED,출장,8,10,3170,3172,\"朴 회장, 美 출장길에\",박서연,,,,미국,"
            + "events/triggers.tsv:28\n");
        EventSet set = EventFiles.read(dir);
        assertThat(set.documents()).containsExactly("html/a.html", "html/b.html");
        EventFrame travel = set.events("html/a.html").get(0);
        assertThat(travel.id()).isEqualTo("E1");
        assertThat(travel.rule()).isEqualTo("events/triggers.tsv:28");
        assertThat(travel.triggerMention().label()).isEqualTo("EventTrigger:TRAVEL");
    }

    @Test
    void aFileWithoutTheColumnsIsRejected() throws IOException {
        Path bad = dir.resolve("x.csv");
        Files.writeString(bad, "doc_id,type,begin,end\n");
        assertThatThrownBy(() -> EventFiles.read(bad)).isInstanceOf(IOException.class)
            .hasMessageContaining("not an events CSV");
        assertThatThrownBy(() -> EventFiles.read(dir.resolve("missing"))).isInstanceOf(IOException.class);
    }
}
