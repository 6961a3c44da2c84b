package io.collectlite.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds README.md and docs/ to the repository: a code block marked {@code <!-- path -->} (or
 * {@code <!-- path#region -->}) is that compiled file (or the lines between its {@code // tag::region[]} and
 * {@code // end::region[]}), and every relative link leads to a file and heading that exist.
 */
class DocsTest {
  private static final Path REPO = Path.of("").toAbsolutePath().getParent();
  private static final Pattern MARKED_BLOCK =
      Pattern.compile("<!-- ([\\w./-]+)(?:#([\\w-]+))? -->\\n```\\w*\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
  private static final Pattern FENCE = Pattern.compile("^```.*?^```$", Pattern.DOTALL | Pattern.MULTILINE);
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern TAG_LINE = Pattern.compile("^\\s*// (tag|end)::[\\w-]+\\[]\\s*$");

  @Test
  void readmeShowsTheQuickStartProgram() {
    assertThat(markedBlocks(REPO.resolve("README.md")))
        .extracting(MarkedBlock::source)
        .contains("examples/src/main/java/io/collectlite/examples/QuickStart.java");
  }

  @Test
  void everyMarkedCodeBlockIsItsCompiledSource() {
    List<MarkedBlock> blocks = docs().stream().flatMap(doc -> markedBlocks(doc).stream()).toList();
    assertThat(blocks).isNotEmpty();
    for (MarkedBlock block : blocks) {
      Path source = REPO.resolve(block.source());
      assertThat(source).as("%s names a file", block.doc()).isRegularFile();
      String expected = block.region().isEmpty() ? read(source) : region(source, block.region());
      assertThat(block.text()).as("the block of %s%s%s in %s (copy it from the source)", block.source(),
          block.region().isEmpty() ? "" : "#", block.region(), REPO.relativize(block.doc())).isEqualTo(expected);
    }
  }

  @Test
  void everyRelativeLinkLeadsToAFileAndHeadingThatExist() {
    List<String> broken = new ArrayList<>();
    for (Path doc : docs()) {
      Matcher link = LINK.matcher(prose(read(doc)));
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) continue;   // http:, https:, mailto:
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(REPO.relativize(doc) + ": " + target + " (no such file)");
        } else if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
          broken.add(REPO.relativize(doc) + ": " + target + " (no such heading in " + REPO.relativize(resolved) + ")");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void anchorsFollowGitHubsRules() {
    assertThat(slug("Model leaderboard (pairwise preference)")).isEqualTo("model-leaderboard-pairwise-preference");
    assertThat(slug("In the web UI: consensus, gold and review")).isEqualTo("in-the-web-ui-consensus-gold-and-review");
    assertThat(slug("The `CollectLite` front door")).isEqualTo("the-collectlite-front-door");
  }

  private record MarkedBlock(Path doc, String source, String region, String text) {}

  private static List<Path> docs() {
    try (Stream<Path> files = Files.list(REPO.resolve("docs"))) {
      List<Path> docs = new ArrayList<>(List.of(REPO.resolve("README.md")));
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<MarkedBlock> markedBlocks(Path doc) {
    List<MarkedBlock> blocks = new ArrayList<>();
    Matcher m = MARKED_BLOCK.matcher(read(doc));
    while (m.find()) {
      blocks.add(new MarkedBlock(doc, m.group(1), m.group(2) == null ? "" : m.group(2), m.group(3)));
    }
    return blocks;
  }

  /** The lines between {@code // tag::name[]} and {@code // end::name[]}, less their common indentation. */
  private static String region(Path source, String name) {
    List<String> lines = read(source).lines().toList();
    int start = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// tag::" + name + "[]")).findFirst()
        .orElseThrow(() -> new AssertionError(source + " has no region " + name)));
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).strip().equals("// end::" + name + "[]")) end++;
    assertThat(end).as("%s closes region %s", source, name).isLessThan(lines.size());
    List<String> body = lines.subList(start + 1, end).stream().filter(l -> !TAG_LINE.matcher(l).matches()).toList();
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : body) text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    return text.toString();
  }

  /** The document without its code: links and headings in code blocks and inline code do not count. */
  private static String prose(String markdown) {
    return INLINE_CODE.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
  }

  private static Set<String> anchors(Path file) {
    if (!file.toString().endsWith(".md")) return Set.of();
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    FENCE.matcher(read(file)).replaceAll("").lines().filter(l -> l.matches("#{1,6} .*")).forEach(heading -> {
      String base = slug(heading.replaceFirst("#+ ", ""));
      int n = seen.merge(base, 1, Integer::sum) - 1;
      anchors.add(n == 0 ? base : base + "-" + n);
    });
    return anchors;
  }

  /** GitHub's heading anchor: lower case, punctuation dropped (hyphens and underscores kept), spaces to hyphens. */
  private static String slug(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
