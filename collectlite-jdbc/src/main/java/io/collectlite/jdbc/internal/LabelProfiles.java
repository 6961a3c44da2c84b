package io.collectlite.jdbc.internal;

import io.collectlite.metrics.LabelProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Tasks counted by the multiset of their annotations' primary labels: each task's labels joined into one
 * text by {@code string_agg}, then grouped. The fast form joins them with a control character (U+001F)
 * and checks, by the count of annotations returned beside it, that no label held that character; if one
 * did, the exact form runs instead, each label prefixed by its length. Labels may come joined in any order:
 * a multiset read from two orders is counted twice, correctly.
 */
final class LabelProfiles {
  static final String SEPARATOR = "\u001f";
  static final String JOINED = "SELECT profile, m, count(*) AS tasks FROM (SELECT string_agg(label, :separator) "
      + "AS profile, count(*) AS m FROM annotations WHERE project_id = :project GROUP BY task_id) p "
      + "GROUP BY profile, m";
  static final String LENGTH_PREFIXED = "SELECT profile, count(*) AS tasks FROM (SELECT "
      + "string_agg(length(label) || ':' || label, '') AS profile FROM annotations WHERE project_id = :project "
      + "GROUP BY task_id) p GROUP BY profile";

  private LabelProfiles() {}

  static List<LabelProfile> read(Handle h, long projectId) {
    List<LabelProfile> profiles = new ArrayList<>();
    boolean[] ambiguous = {false};
    h.createQuery(JOINED).bind("project", projectId).bind("separator", SEPARATOR).map((rs, ctx) -> {
      List<String> labels = split(rs.getString("profile"));
      if (labels.size() != rs.getInt("m")) ambiguous[0] = true;
      profiles.add(new LabelProfile(count(labels), rs.getLong("tasks")));
      return null;
    }).forEach(ignored -> { });
    if (!ambiguous[0]) return profiles;
    return h.createQuery(LENGTH_PREFIXED).bind("project", projectId)
        .map((rs, ctx) -> new LabelProfile(count(unprefix(rs.getString("profile"))), rs.getLong("tasks"))).list();
  }

  /** "a␟b␟a" → [a, b, a]; empty parts are kept. */
  static List<String> split(String joined) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int at = joined.indexOf(SEPARATOR); at >= 0; at = joined.indexOf(SEPARATOR, start)) {
      parts.add(joined.substring(start, at));
      start = at + SEPARATOR.length();
    }
    parts.add(joined.substring(start));
    return parts;
  }

  /** "1:a2:bc" → [a, bc]; lengths count code points, as both databases' {@code length} does. */
  static List<String> unprefix(String prefixed) {
    List<String> labels = new ArrayList<>();
    int at = 0;
    while (at < prefixed.length()) {
      int colon = prefixed.indexOf(':', at);
      int codePoints = Integer.parseInt(prefixed.substring(at, colon));
      int end = prefixed.offsetByCodePoints(colon + 1, codePoints);
      labels.add(prefixed.substring(colon + 1, end));
      at = end;
    }
    return labels;
  }

  private static Map<String, Integer> count(List<String> labels) {
    Map<String, Integer> counts = new HashMap<>();
    for (String label : labels) counts.merge(label, 1, Integer::sum);
    return counts;
  }
}
