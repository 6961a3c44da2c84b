package io.collectlite.export;

import io.collectlite.ingest.Fingerprints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two export versions by example id, streaming each file (three passes, two of the newer
 * one), so memory holds fingerprints and label codes, never the records. Not thread-safe.
 */
public final class ExportDiffer {
  /** Opens an export's file; called once for {@code from} and twice for {@code to}. */
  @FunctionalInterface
  public interface Files {
    InputStream open(ExportInfo export) throws IOException;
  }

  private final Map<String, Integer> labelCodes = new HashMap<>();
  private final List<String> labels = new ArrayList<>();

  /** The differences from {@code from} to {@code to}. */
  public ExportDiff diff(ExportInfo from, ExportInfo to, Files files) throws IOException {
    Fingerprints toLabels = new Fingerprints();
    try (InputStream in = files.open(to)) {
      ExportRecords.forEach(in, to.format(), (id, label) -> toLabels.putIfAbsent(Fingerprints.ofText(id), code(label)));
    }
    Fingerprints inFrom = new Fingerprints();
    List<String> removed = new ArrayList<>();
    List<ExportDiff.LabelChange> changed = new ArrayList<>();
    long[] counts = new long[3]; // removed, changed, unchanged
    try (InputStream in = files.open(from)) {
      ExportRecords.forEach(in, from.format(), (id, label) -> {
        long[] key = Fingerprints.ofText(id);
        inFrom.putIfAbsent(key, 1);
        var now = toLabels.get(key);
        if (now.isEmpty()) {
          counts[0]++;
          if (removed.size() < ExportDiff.MAX_LISTED) removed.add(id);
        } else if (now.getAsLong() != code(label)) {
          counts[1]++;
          if (changed.size() < ExportDiff.MAX_LISTED) {
            changed.add(new ExportDiff.LabelChange(id, label, labels.get((int) now.getAsLong())));
          }
        } else {
          counts[2]++;
        }
      });
    }
    List<String> added = new ArrayList<>();
    long[] addedCount = new long[1];
    try (InputStream in = files.open(to)) {
      ExportRecords.forEach(in, to.format(), (id, label) -> {
        if (inFrom.get(Fingerprints.ofText(id)).isEmpty()) {
          addedCount[0]++;
          if (added.size() < ExportDiff.MAX_LISTED) added.add(id);
        }
      });
    }
    return new ExportDiff(from, to, addedCount[0], counts[0], counts[1], counts[2], added, removed, changed);
  }

  private long code(String label) {
    return labelCodes.computeIfAbsent(label, l -> {
      labels.add(l);
      return labels.size() - 1;
    });
  }
}
