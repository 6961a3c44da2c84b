package io.collectlite.ingest;

import io.collectlite.error.ValidationException;
import java.util.Locale;

/** What an upload does with rows it must refuse. */
public enum UploadMode {
  /** Any refused row refuses the whole upload; nothing is written (the default). */
  STRICT,
  /** Good rows are stored; refused rows are listed in the report with their line and reason. */
  LENIENT;

  /** The lower-case name used in the API. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code strict} or {@code lenient}. */
  public static UploadMode fromWire(String value) {
    for (UploadMode mode : values()) {
      if (mode.wire().equalsIgnoreCase(value == null ? "" : value.trim())) return mode;
    }
    throw ValidationException.field("mode", "must be strict or lenient");
  }
}
