package io.github.hanex.boilerplate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.hanex.date.Timestamps;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What a page says about itself in its markup: {@code <meta>} names and properties (Open Graph, Dublin Core,
 * article:*), {@code <link rel=canonical>}, JSON-LD ({@code NewsArticle} and kin, also inside {@code @graph}),
 * {@code itemprop} microdata and {@code <time datetime>}.
 */
final class HtmlMetadata {

    private static final ObjectMapper JSON = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .enable(JsonParser.Feature.ALLOW_COMMENTS)
        .build();

    /** meta name/property (lower case) → first content. */
    final Map<String, String> meta = new HashMap<>();
    String canonical;
    String htmlTitle;
    Element htmlTitleElement;
    String ldHeadline;
    String ldPublished;
    String ldAuthor;
    String ldPublisher;
    String ldUrl;
    String ldBody;
    String itemPublished;
    String timeDatetime;
    String itemAuthor;

    /**
     * Reads the metadata in {@code <head>} and in {@code bodyElements} (the scripts, meta, itemprop and time
     * elements of the body, collected while the body was cut into blocks), so the page is not walked again.
     */
    static HtmlMetadata read(Document doc, List<Element> bodyElements) {
        HtmlMetadata m = new HtmlMetadata();
        Element head = doc.head();
        if (head != null) {
            // The head and every element in it, in document order (as getAllElements(), without building lists).
            Deque<Element> pending = new ArrayDeque<>();
            pending.push(head);
            while (!pending.isEmpty()) {
                Element e = pending.pop();
                m.visit(e);
                for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                    if (e.childNode(i) instanceof Element child) {
                        pending.push(child);
                    }
                }
            }
        }
        for (Element e : bodyElements) {
            m.visit(e);
        }
        return m;
    }

    private void visit(Element e) {
        switch (e.normalName()) {
            case "meta" -> {
                String key = e.attr("property");
                if (key.isEmpty()) {
                    key = e.attr("name");
                }
                if (key.isEmpty()) {
                    key = e.attr("itemprop");
                }
                String content = e.attr("content").strip();
                if (!key.isEmpty() && !content.isEmpty()) {
                    meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
            case "link" -> {
                if (canonical == null && "canonical".equalsIgnoreCase(e.attr("rel").strip())
                    && !e.attr("href").isBlank()) {
                    canonical = e.attr("href").strip();
                }
            }
            case "title" -> {
                if (htmlTitleElement == null) {
                    htmlTitle = e.text().strip();
                    htmlTitleElement = e;
                }
            }
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    readJsonLd(e);
                }
            }
            case "time" -> {
                if (timeDatetime == null && !e.attr("datetime").isBlank()) {
                    timeDatetime = e.attr("datetime").strip();
                }
            }
            default -> {
                // itemprop microdata below
            }
        }
        String prop = e.attr("itemprop");
        if (prop.isEmpty()) {
            return;
        }
        if (itemPublished == null && "datePublished".equalsIgnoreCase(prop)) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content")
                : e.text();
            itemPublished = v.isBlank() ? null : v.strip();
        } else if (itemAuthor == null && "author".equalsIgnoreCase(prop)) {
            String v = e.hasAttr("content") ? e.attr("content") : e.text();
            itemAuthor = v.isBlank() || v.length() > 100 ? null : v.strip();
        }
    }

    private void readJsonLd(Element script) {
        StringBuilder data = new StringBuilder();
        for (Node n : script.childNodes()) {
            if (n instanceof DataNode d) {
                data.append(d.getWholeData());
            }
        }
        String json = data.toString().strip();
        if (json.isEmpty()) {
            return;
        }
        try {
            JsonNode root = JSON.readTree(json);
            List<JsonNode> objects = new ArrayList<>();
            collect(root, objects, 0);
            for (JsonNode o : objects) {
                String type = text(o.get("@type"));
                if (type == null) {
                    continue;
                }
                String t = type.toLowerCase(Locale.ROOT);
                if (!(t.contains("article") || t.contains("posting") || t.contains("report") || t.equals("webpage"))) {
                    continue;
                }
                boolean article = !t.equals("webpage");
                if (ldHeadline == null || article) {
                    ldHeadline = first(text(o.get("headline")), ldHeadline);
                }
                ldPublished = first(ldPublished, text(o.get("datePublished")));
                ldAuthor = first(ldAuthor, name(o.get("author")));
                ldPublisher = first(ldPublisher, name(o.get("publisher")));
                ldUrl = first(ldUrl, text(o.get("url")));
                ldBody = first(ldBody, text(o.get("articleBody")));
            }
        } catch (Exception e) {
            // Broken JSON-LD is common; the page still has its other metadata.
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.size() == 0 ? null : text(node.get(0));
        }
        if (node.isTextual() || node.isNumber()) {
            String s = node.asText().strip();
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    /** The name of a person or organization node (a string, an object with a name, or a list of them). */
    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : node) {
                String s = name(n);
                if (s != null && !names.contains(s)) {
                    names.add(s);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (node.isObject()) {
            return text(node.get("name"));
        }
        String s = text(node);
        return s == null || s.startsWith("http") ? null : s;
    }

    String meta(String... keys) {
        for (String key : keys) {
            String v = meta.get(key);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    String title() {
        return firstNonBlank(ldHeadline, meta("og:title", "twitter:title", "dc.title", "title"), htmlTitle);
    }

    String publisher() {
        return firstNonBlank(meta("og:site_name", "publisher", "dc.publisher", "application-name"), ldPublisher);
    }

    String published() {
        String[] raw = {meta("article:published_time", "og:article:published_time", "datepublished",
            "publish-date", "pubdate", "publishdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
            "dc.date", "dcterms.created", "date", "article.published", "og:regdate", "nv:news:date"),
            ldPublished, itemPublished, timeDatetime};
        for (String r : raw) {
            String iso = Timestamps.toIso(r);
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    String author() {
        String a = firstNonBlank(ldAuthor, meta("author", "article:author", "byl", "dc.creator", "sailthru.author",
            "parsely-author", "twitter:creator", "dable:author"), itemAuthor);
        if (a == null || a.startsWith("http") || a.startsWith("@")) {
            return null;
        }
        return a.startsWith("By ") || a.startsWith("by ") ? a.substring(3).strip() : a;
    }

    String canonicalUrl() {
        return firstNonBlank(canonical, meta("og:url"), ldUrl);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
