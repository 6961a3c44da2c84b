package io.collectlite.export;

import io.collectlite.ingest.Fingerprints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Compares two export versions by example id — final label and latest model suggestion — streaming
 * each file (three passes, two of the newer one), so memory holds fingerprints, label codes and
 * suggestion hashes, never the records. Not thread-safe.
 */
public final class ExportDiffer {
  /** Opens an export's file; called once for {@code from} and twice for {@code to}. */
  @FunctionalInterface
  public interface Files {
    InputStream open(ExportInfo export) throws IOException;
  }

  private static final long NO_SUGGESTION = 0;
  private final Map<String, Integer> labelCodes = new HashMap<>();
  private final List<String> labels = new ArrayList<>();

  /** The differences from {@code from} to {@code to}. */
  public ExportDiff diff(ExportInfo from, ExportInfo to, Files files) throws IOException {
    Fingerprints toLabels = new Fingerprints();
    Fingerprints toSuggestions = new Fingerprints();
    try (InputStream in = files.open(to)) {
      ExportRecords.forEach(in, to.format(), r -> {
        long[] key = Fingerprints.ofText(r.exampleId());
        toLabels.putIfAbsent(key, code(r.label()));
        toSuggestions.putIfAbsent(key, suggestionHash(r));
      });
    }
    Fingerprints inFrom = new Fingerprints();
    List<String> removed = new ArrayList<>();
    List<ExportDiff.LabelChange> changed = new ArrayList<>();
    // the listed suggestion changes, by example id, waiting for their new side from the last pass
    Map<String, String> suggestionFrom = new java.util.LinkedHashMap<>();
    long[] counts = new long[4]; // removed, changed, unchanged, suggestion changed
    try (InputStream in = files.open(from)) {
      ExportRecords.forEach(in, from.format(), r -> {
        long[] key = Fingerprints.ofText(r.exampleId());
        inFrom.putIfAbsent(key, 1);
        OptionalLong now = toLabels.get(key);
        if (now.isEmpty()) {
          counts[0]++;
          if (removed.size() < ExportDiff.MAX_LISTED) removed.add(r.exampleId());
          return;
        }
        boolean labelChanged = now.getAsLong() != code(r.label());
        boolean suggestionChanged = toSuggestions.get(key).getAsLong() != suggestionHash(r);
        if (labelChanged) {
          counts[1]++;
          if (changed.size() < ExportDiff.MAX_LISTED) {
            changed.add(new ExportDiff.LabelChange(r.exampleId(), r.label(), labels.get((int) now.getAsLong())));
          }
        }
        if (suggestionChanged) {
          counts[3]++;
          if (suggestionFrom.size() < ExportDiff.MAX_LISTED) suggestionFrom.put(r.exampleId(), summary(r));
        }
        if (!labelChanged && !suggestionChanged) counts[2]++;
      });
    }
    List<String> added = new ArrayList<>();
    Map<String, String> suggestionTo = new HashMap<>();
    long[] addedCount = new long[1];
    try (InputStream in = files.open(to)) {
      ExportRecords.forEach(in, to.format(), r -> {
        if (inFrom.get(Fingerprints.ofText(r.exampleId())).isEmpty()) {
          addedCount[0]++;
          if (added.size() < ExportDiff.MAX_LISTED) added.add(r.exampleId());
        } else if (suggestionFrom.containsKey(r.exampleId())) {
          suggestionTo.put(r.exampleId(), summary(r));
        }
      });
    }
    List<ExportDiff.SuggestionChange> suggestionChanges = new ArrayList<>();
    suggestionFrom.forEach((id, was) -> suggestionChanges.add(new ExportDiff.SuggestionChange(id, was,
        suggestionTo.getOrDefault(id, ""))));
    return new ExportDiff(from, to, addedCount[0], counts[0], counts[1], counts[2], added, removed, changed,
        counts[3], suggestionChanges);
  }

  private long code(String label) {
    return labelCodes.computeIfAbsent(label, l -> {
      labels.add(l);
      return labels.size() - 1;
    });
  }

  /** 64 bits of the SHA-256 of every field of the latest suggestion; {@value #NO_SUGGESTION} for none. */
  private static long suggestionHash(ExportRecords.Compared r) {
    if (r.suggestion().isEmpty()) return NO_SUGGESTION;
    long hash = Fingerprints.ofText(String.join("\u001f", r.suggestion()))[0];
    return hash == NO_SUGGESTION ? 1 : hash;
  }

  /** {@code provider/model (prompt version): label at created time}, or empty for none. */
  private static String summary(ExportRecords.Compared r) {
    if (r.suggestion().isEmpty()) return "";
    List<String> f = r.suggestion();
    List<String> names = RecordValues.SUGGESTION_FIELDS;
    String provider = f.get(names.indexOf("provider"));
    String prompt = f.get(names.indexOf("prompt_version"));
    return (provider.isEmpty() ? "" : provider + "/") + f.get(names.indexOf("model"))
        + (prompt.isEmpty() ? "" : " (" + prompt + ")") + ": " + f.get(names.indexOf("label")) + " at "
        + f.get(names.indexOf("created_at"));
  }
}
