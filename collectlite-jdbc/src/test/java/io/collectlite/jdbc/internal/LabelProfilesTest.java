package io.collectlite.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two encodings of a task's labels that {@link LabelProfiles} reads back. */
class LabelProfilesTest {
  @Test
  void joinedLabelsSplitAtEverySeparatorKeepingEmptyParts() {
    assertThat(LabelProfiles.split("a\u001fb\u001fa")).containsExactly("a", "b", "a");
    assertThat(LabelProfiles.split("only")).containsExactly("only");
    assertThat(LabelProfiles.split("\u001f")).containsExactly("", "");
  }

  @Test
  void lengthPrefixedLabelsCountCodePoints() {
    assertThat(LabelProfiles.unprefix("1:a3:b:13:x\u001fy")).containsExactly("a", "b:1", "x\u001fy");
    assertThat(LabelProfiles.unprefix("2:\uD83D\uDE00x1:\u00e9")).containsExactly("\uD83D\uDE00x", "\u00e9");
  }
}
