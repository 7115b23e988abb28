package io.github.hanex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static final String HEADER = "doc_id,type,begin,end,text,source_begin,source_end,canonical,value,"
        + "value_max,currency,qualifier,event_type,modality,rule\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private record Run(int exit, String out) {
    }

    private static Run run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            int exit = Hanex.run(args);
            return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void scoresAnAnnotateOutputAgainstSourceOffsetGold() throws Exception {
        Path gold = write("gold.csv", HEADER
            + "a.html,Person,,,김민준,110,113,,,,,,,,\n"
            + "a.html,Money,,,165억달러,130,136,,16500000000,,USD,EXACT,,,\n"
            + "b.html,Organization,,,한빛전자,20,24,,,,,,,,\n");
        write("out/annotations.csv", HEADER
            + "a.html,Person,10,13,김민준,110,113,김민준,,,,,,,ner/names.tsv:3\n"
            + "a.html,Money,30,36,165억달러,130,136,,16500000000,,USD,APPROX,,,money:amount\n"
            + "a.html,Organization,40,44,한빛전자,140,144,,,,,,,,ner/orgs.tsv:9\n");
        write("out/documents.csv", "doc_id,source,format,charset,status\na.html,,html,UTF-8,ok\n"
            + "b.html,,html,UTF-8,ok\n");
        Path json = dir.resolve("report/eval.json");
        Path html = dir.resolve("report/eval.html");
        Run r = run("evaluate", "--gold", gold.toString(), "--pred", dir.resolve("out").toString(),
            "--json", json.toString(), "--html", html.toString(), "--bootstrap", "200");
        assertThat(r.exit()).isEqualTo(Hanex.OK);
        assertThat(r.out()).contains("micro").contains("Person").contains("rule ner/orgs.tsv:9");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("overall").path("micro").path("strict").path("tp").asInt()).isEqualTo(2);
        assertThat(root.path("overall").path("micro").path("strict").path("fp").asInt()).isEqualTo(1);
        assertThat(root.path("overall").path("micro").path("strict").path("fn").asInt()).isEqualTo(1);
        assertThat(root.path("types").path("Organization").path("lenient").path("recall").asDouble()).isZero();
        assertThat(root.path("attributes").path("Money").path("qualifier").path("strict").path("accuracy")
            .asDouble()).isZero();
        assertThat(root.path("bootstrap").path("resamples").asInt()).isEqualTo(200);
        assertThat(Files.readString(html)).contains("<table>");
    }

    @Test
    void goldTextThenEvaluateLinesUpInlineSentences() throws Exception {
        Path gold = write("ner.dev", "; 김민준이 한빛전자를 찾았다.\n$<김민준:PS>이 <한빛전자:OG>를 찾았다.\n1\t김민준\tNNP\tB_PS\n\n"
            + "; 오늘 비가 온다.\n$<오늘:DT> 비가 온다.\n1\t오늘\tNNG\tB_DT\n\n");
        Run text = run("gold-text", "--gold", gold.toString(), "-o", dir.resolve("sents").toString());
        assertThat(text.exit()).isEqualTo(Hanex.OK);
        assertThat(Files.readString(dir.resolve("sents/ner.dev#1.txt"))).isEqualTo("김민준이 한빛전자를 찾았다.");
        assertThat(dir.resolve("sents/ner.dev#2.txt")).exists();
        // what annotate would write for those files: doc ids are the file names
        Path pred = write("pred.csv", HEADER
            + "ner.dev#1.txt,Person,0,3,김민준,0,3,,,,,,,,r1\n"
            + "ner.dev#1.txt,Person,5,9,한빛전자,5,9,,,,,,,,r2\n"
            + "ner.dev#1.txt,Money,12,14,찾았,12,14,,,,,,,,r3\n");
        Path json = dir.resolve("eval.json");
        Run r = run("evaluate", "--gold", gold.toString(), "--format", "inline", "--pred", pred.toString(),
            "--json", json.toString(), "--bootstrap", "0");
        assertThat(r.exit()).isEqualTo(Hanex.OK);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("types").fieldNames()).toIterable().containsExactly("Person", "Organization", "Date");
        assertThat(root.path("types").path("Person").path("strict").path("tp").asInt()).isEqualTo(1);
        assertThat(root.path("types").path("Person").path("strict").path("fp").asInt()).isEqualTo(1);
        assertThat(root.path("confusion").path("matrix").path("Organization").path("Person").asInt()).isEqualTo(1);
        assertThat(root.path("documents")).hasSize(2);
    }

    @Test
    void eventsGoldScoresArgumentsAloneOrBesideTheMentions() throws Exception {
        Path gold = write("gold.csv", HEADER + "a.html,EventTrigger,,,만나,50,52,,,,,,MEET,ASSERTED,\n");
        Path events = write("events-gold.csv", "doc_id,trigger_source_begin,trigger_source_end,trigger,event_type,"
            + "modality,participants,amount_value,amount_currency,date,place\n"
            + "html/a.html,50,52,만나,MEET,ASSERTED,박서연;존 스미스,,,2025-03-13,휴스턴\n");
        write("out/annotations.csv", HEADER + "a.html,EventTrigger,5,7,만나,50,52,,,,,,MEET,ASSERTED,r\n");
        write("out/documents.csv", "doc_id,status\na.html,ok\n");
        write("out/events.csv", "doc_id,event_id,event_type,modality,trigger,trigger_begin,trigger_end,"
            + "trigger_source_begin,trigger_source_end,sentence,participants,amount_value,amount_currency,date,"
            + "place,rule\na.html,E1,MEET,ASSERTED,만나,5,7,50,52,s,박서연,,,2025-03,휴스턴,events/triggers.tsv:16\n");
        Path json = dir.resolve("events.json");
        Path html = dir.resolve("events.html");
        Run alone = run("evaluate", "--events-gold", events.toString(), "--pred", dir.resolve("out").toString(),
            "--json", json.toString(), "--html", html.toString());
        assertThat(alone.exit()).isEqualTo(Hanex.OK);
        assertThat(alone.out()).contains("arguments").contains("missed participant");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.has("types")).isFalse();
        // participants 1 tp 1 fn, date strict fp+fn / lenient tp, place tp
        assertThat(root.path("events").path("arguments").path("strict").path("tp").asInt()).isEqualTo(2);
        assertThat(root.path("events").path("arguments").path("lenient").path("tp").asInt()).isEqualTo(3);
        assertThat(Files.readString(html)).contains("Event arguments");

        Run both = run("evaluate", "--gold", gold.toString(), "--events-gold", events.toString(), "--pred",
            dir.resolve("out").toString(), "--json", json.toString(), "--bootstrap", "0");
        assertThat(both.exit()).isEqualTo(Hanex.OK);
        root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("types").path("EventTrigger").path("lenient").path("tp").asInt()).isEqualTo(1);
        assertThat(root.path("events").path("triggers").path("tp").asInt()).isEqualTo(1);
        assertThat(run("evaluate", "--pred", dir.resolve("out").toString()).exit()).isEqualTo(Hanex.USAGE);
    }

    private record Both(int exit, String out, String err) {
    }

    private static Both runBoth(String... args) {
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Run r = run(args);
            return new Both(r.exit(), r.out(), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(savedErr);
        }
    }

    @Test
    void aGoldFileThatCannotBeReadFailsWithItsNameAndLine() throws Exception {
        Path cp949 = dir.resolve("cp949.csv");
        Files.write(cp949, (HEADER + "a.html,Person,0,3,김민준,,,,,,,,,,\n").getBytes(java.nio.charset.Charset
            .forName("x-windows-949")));
        write("out/annotations.csv", HEADER);
        String out = dir.resolve("out").toString();
        Both notUtf8 = runBoth("evaluate", "--gold", cp949.toString(), "--pred", out);
        assertThat(notUtf8.exit()).isEqualTo(Hanex.FATAL);
        assertThat(notUtf8.err()).contains(cp949 + ":2: not UTF-8 text").contains("CP949")
            .doesNotContain("Input length");

        Path unclosed = write("unclosed.csv", HEADER + "a.html,Person,0,3,\"김민준,,,,,,,,,,\n");
        Both quote = runBoth("evaluate", "--gold", unclosed.toString(), "--pred", out);
        assertThat(quote.exit()).isEqualTo(Hanex.FATAL);
        assertThat(quote.err()).contains(unclosed + ":2: a quoted field opened on this line is never closed");
    }

    @Test
    void goldBeyondTheTextIsReportedNotCountedAsMissed() throws Exception {
        Path gold = write("gold.csv", HEADER + "a.html,Person,,,김민준,110,113,,,,,,,,\n"
            + "a.html,Person,,,이서연,990,993,,,,,,,,\n");
        write("out/annotations.csv", HEADER + "a.html,Person,10,13,김민준,110,113,,,,,,,,r\n");
        write("out/documents.csv", "doc_id,source,format,charset,status,raw_chars,text_chars\n"
            + "a.html,,html,UTF-8,ok,500,120\n");
        Path json = dir.resolve("eval.json");
        Run r = run("evaluate", "--gold", gold.toString(), "--pred", dir.resolve("out").toString(), "--bootstrap",
            "0", "--json", json.toString());
        assertThat(r.exit()).isEqualTo(Hanex.OK);
        assertThat(r.out()).contains("1 gold mention(s) end beyond the end of their document's text")
            .contains("a.html Person source 990-993 '이서연' (text length 500)");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("types").path("Person").path("strict").path("fn").asInt()).isZero();
        assertThat(root.path("gold_out_of_text").path("count").asInt()).isEqualTo(1);
        assertThat(root.path("documents").get(0).path("pred_doc_id").asText()).isEqualTo("a.html");
    }

    @Test
    void aGoldWhoseRowsWereAllSkippedExitsThree() throws Exception {
        Path gold = write("gold.csv", HEADER + "a.html,Person,x,3,김민준,,,,,,,,,,\na.html,Person,,,이서연,,,,,,,,,,\n");
        write("out/annotations.csv", HEADER + "a.html,Person,0,3,김민준,0,3,,,,,,,,r\n");
        Both r = runBoth("evaluate", "--gold", gold.toString(), "--pred", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(Hanex.FATAL);
        assertThat(r.err()).contains(gold + ": no gold document could be read; 2 problem(s), e.g.: gold.csv:2: offsets")
            .contains("gold.csv:3: no usable offsets");
        Path empty = write("empty.csv", HEADER);
        assertThat(runBoth("evaluate", "--gold", empty.toString(), "--pred", dir.resolve("out").toString()).err())
            .contains("(the gold is empty)");
    }

    @Test
    void errorsOnAnHtmlPageShowArticleTextAndWhatTheArticleDropped() throws Exception {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>한빛전자 투자</title></head><body>\n"
            + "<nav><a href=\"/\">홈</a> <a href=\"/op\">오피니언</a> <a href=\"/c\">박서연 칼럼</a></nav>\n"
            + "<article><h1>한빛전자, 美에 공장</h1>\n<p>김민준 한빛전자 사장은 &quot;두리반과 함께 3조원을"
            + " 투자한다&quot;고 밝혔다. 공장은 2027년 가동된다.</p>\n<p>회사는 현지 인력 1천명을 뽑을 계획이다."
            + " 투자 규모는 업계 최대다.</p></article>\n<footer>ⓒ 한빛일보 무단전재 금지</footer></body></html>";
        Path in = write("in/a.html", page);
        Path out = dir.resolve("out");
        assertThat(Hanex.run("annotate", in.getParent().toString(), "-o", out.toString(), "--threads", "1"))
            .isEqualTo(Hanex.OK);
        int org = page.indexOf("두리반");
        int nav = page.indexOf("박서연");
        Path gold = write("gold.csv", HEADER
            + "a.html,Organization,,,두리반," + org + "," + (org + 3) + ",,,,,,,,\n"
            + "a.html,Person,,,박서연," + nav + "," + (nav + 3) + ",,,,,,,,\n");
        Path json = dir.resolve("eval.json");
        Path html = dir.resolve("eval.html");
        Run r = run("evaluate", "--gold", gold.toString(), "--pred", out.toString(), "--types", "Person,Organization",
            "--json", json.toString(), "--html", html.toString(), "--bootstrap", "0");
        assertThat(r.exit()).isEqualTo(Hanex.OK);
        JsonNode errors = new ObjectMapper().readTree(json.toFile()).path("errors");
        JsonNode inArticle = find(errors, "두리반");
        assertThat(inArticle.path("kind").asText()).isEqualTo("false_negative");
        assertThat(inArticle.path("context").path("in").asText()).isEqualTo("article");
        assertThat(inArticle.path("context").path("left").asText()).endsWith("사장은 \"").doesNotContain("<")
            .doesNotContain("&quot;");
        assertThat(inArticle.path("gold_in_article").path("begin").asInt()).isPositive();
        JsonNode dropped = find(errors, "박서연");
        assertThat(dropped.path("context").path("in").asText()).isEqualTo("page");
        assertThat(dropped.path("context").path("window").asText()).contains("오피니언 박서연 칼럼")
            .doesNotContain("<a");
        assertThat(r.out()).contains("outside the article text");
        String report = Files.readString(html);
        assertThat(report).doesNotContain("&lt;a href").doesNotContain("&lt;p&gt;")
            .contains("data-pred-doc-id=\"a.html\"");
    }

    private static JsonNode find(JsonNode errors, String goldText) {
        for (JsonNode e : errors) {
            if (goldText.equals(e.path("gold").path("text").asText())) {
                return e;
            }
        }
        throw new AssertionError("no error for " + goldText + " in " + errors);
    }

    @Test
    void suggestWritesCandidateRuleLinesCheckedAgainstTheBundledRules() throws Exception {
        StringBuilder gold = new StringBuilder(HEADER);
        StringBuilder docs = new StringBuilder("doc_id,status\n");
        String[] names = {"가온재단", "나래재단", "다솜재단"};
        for (int i = 0; i < names.length; i++) {
            gold.append("d").append(i).append(".txt,Organization,0,4,").append(names[i]).append(",0,4,,,,,,,,\n");
            gold.append("d").append(i).append(".txt,Person,10,13,홍길동,10,13,,,,,,,,\n");
            docs.append("d").append(i).append(".txt,ok\n");
        }
        Path goldFile = write("gold.csv", gold.toString());
        write("out/annotations.csv", HEADER + "d0.txt,Organization,20,23,성과급,20,23,,,,,,,,ner/names.patterns.tsv:20\n"
            + "d1.txt,Organization,20,23,성과급,20,23,,,,,,,,ner/names.patterns.tsv:20\n"
            + "d1.txt,Person,30,34,파란하늘,30,34,,,,,,,,ner/names.patterns.tsv:61\n"
            + "d2.txt,Person,30,34,파란하늘,30,34,,,,,,,,ner/names.patterns.tsv:61\n");
        write("out/documents.csv", docs.toString());
        Path suggestions = dir.resolve("report/suggestions.txt");
        Run r = run("evaluate", "--gold", goldFile.toString(), "--pred", dir.resolve("out").toString(), "--bootstrap",
            "0", "--suggest", suggestions.toString());
        assertThat(r.exit()).isEqualTo(Hanex.OK);
        assertThat(r.out()).contains("candidate rule lines").contains(suggestions.toString());
        String text = Files.readString(suggestions);
        assertThat(text).contains("rules compared with: classpath:hanex/rules/")
            .contains("\n홍길동\tPerson\n").contains("\n파란하늘\tNOT_NAME\n")
            .contains("ner/names.patterns.tsv:20 Organization: 2 predicted, 0 right")
            .contains("'성과급' is listed as NOT_NAME but was predicted 2 times");
        // 재단 is a bundled organization suffix: names ending in it are no evidence for a new one
        assertThat(text).doesNotContain("재단\tORG_SUFFIX");
        assertThat(run("evaluate", "--events-gold", goldFile.toString(), "--pred", dir.resolve("out").toString(),
            "--suggest", suggestions.toString()).exit()).isEqualTo(Hanex.USAGE);
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        Path gold = write("g.csv", HEADER);
        assertThat(run("evaluate", "--gold", gold.toString(), "--pred", gold.toString(), "--offsets", "x").exit())
            .isEqualTo(Hanex.USAGE);
        assertThat(run("evaluate", "--gold", gold.toString(), "--pred", gold.toString(), "--map", "PS").exit())
            .isEqualTo(Hanex.USAGE);
        Both missing = runBoth("evaluate", "--gold", dir.resolve("missing.csv").toString(), "--pred", gold.toString());
        assertThat(missing.exit()).isEqualTo(Hanex.FATAL);
        assertThat(missing.err()).contains(dir.resolve("missing.csv") + ": no such file or directory");
    }
}
