package io.collectlite.gold;

import io.collectlite.error.Problem;
import java.util.List;

/**
 * What storing gold answers did.
 *
 * @param added tasks that became gold
 * @param replaced gold tasks whose answer changed
 * @param refused lines not stored, each with its line and the reason (nothing is stored when the
 *     upload was strict and any line was refused)
 */
public record GoldReport(int added, int replaced, List<Problem> refused) {
  public GoldReport {
    refused = List.copyOf(refused);
  }
}
