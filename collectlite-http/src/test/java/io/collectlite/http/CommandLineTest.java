package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's arguments: defaults, the demo mode's loopback binding and its warning, upload limits. */
class CommandLineTest {
  @Test
  void withoutArgumentsTheServerListensOnAllInterfaces() {
    CommandLine cli = CommandLine.parse();
    assertThat(cli.host()).isEqualTo("0.0.0.0");
    assertThat(cli.port()).isEqualTo(ServerOptions.DEFAULT_PORT);
    assertThat(cli.dataDir()).isEqualTo(Path.of("collectlite-data"));
    assertThat(cli.demo()).isFalse();
    assertThat(cli.exposureWarning()).isEmpty();
  }

  @Test
  void demoModeListensOnLoopbackUnlessAHostIsGiven() {
    CommandLine cli = CommandLine.parse("--demo", "--port", "0");
    assertThat(cli.host()).isEqualTo("127.0.0.1");
    assertThat(cli.exposureWarning()).isEmpty();
  }

  @Test
  void demoModeOnAnExplicitPublicHostBindsItAndWarns() {
    CommandLine cli = CommandLine.parse("--host", "0.0.0.0", "--demo");
    assertThat(cli.host()).isEqualTo("0.0.0.0");
    assertThat(cli.exposureWarning()).hasValueSatisfying(w ->
        assertThat(w).startsWith("WARNING:").contains("0.0.0.0").contains("/api/demo/users").doesNotContain("\n"));
  }

  @Test
  void demoModeOnAnExplicitLoopbackHostDoesNotWarn() {
    for (String host : new String[] {"127.0.0.1", "localhost", "::1", "[::1]", "127.0.1.1"}) {
      CommandLine cli = CommandLine.parse("--demo", "--host", host);
      assertThat(cli.host()).isEqualTo(host);
      assertThat(cli.exposureWarning()).as(host).isEmpty();
    }
  }

  @Test
  void anExplicitHostWithoutDemoIsKeptWithoutWarning() {
    CommandLine cli = CommandLine.parse("--host", "10.0.0.5");
    assertThat(cli.host()).isEqualTo("10.0.0.5");
    assertThat(cli.exposureWarning()).isEmpty();
  }

  @Test
  void hostsOtherMachinesCanReachAreNotLoopback() {
    assertThat(Hosts.isLoopback("0.0.0.0")).isFalse();
    assertThat(Hosts.isLoopback("192.168.1.10")).isFalse();
    assertThat(Hosts.isLoopback("::")).isFalse();
    assertThat(Hosts.isLoopback("example.org")).isFalse();
    assertThat(Hosts.isLoopback("127.0.0.1.example.org")).isFalse();
  }

  @Test
  void hostNeedsAValue() {
    assertThatThrownBy(() -> CommandLine.parse("--demo", "--host")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--host needs a value");
    assertThatThrownBy(() -> CommandLine.parse("--host", "--demo")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--host needs a value");
  }

  @Test
  void uploadLimitsDefaultTo100MbPerFileAnd100000CharactersPerField() {
    CommandLine cli = CommandLine.parse();
    assertThat(cli.ingestLimits().maxFileBytes()).isEqualTo(100L * 1024 * 1024);
    assertThat(cli.ingestLimits().maxFieldChars()).isEqualTo(100_000);
    assertThat(cli.serverOptions(List.of()).maxUploadBytes()).isEqualTo(100L * 1024 * 1024);
  }

  @Test
  void maxUploadMbSetsTheServersLimitAndTheFacadesFileLimitAlike() {
    CommandLine cli = CommandLine.parse("--max-upload-mb", "3", "--port", "0");
    assertThat(cli.maxUploadBytes()).isEqualTo(3L * 1024 * 1024);
    assertThat(cli.ingestLimits().maxFileBytes()).isEqualTo(3L * 1024 * 1024);
    ServerOptions options = cli.serverOptions(List.of());
    assertThat(options.maxUploadBytes()).isEqualTo(3L * 1024 * 1024);
    assertThat(options.port()).isZero();
    assertThat(options.host()).isEqualTo("0.0.0.0");
  }

  @Test
  void maxFieldCharsSetsTheFacadesFieldLimit() {
    CommandLine cli = CommandLine.parse("--max-field-chars", "250");
    assertThat(cli.ingestLimits().maxFieldChars()).isEqualTo(250);
    assertThat(cli.ingestLimits().maxFileBytes()).isEqualTo(100L * 1024 * 1024);
  }

  @Test
  void aLargeUploadLimitDoesNotOverflow() {
    CommandLine cli = CommandLine.parse("--max-upload-mb", String.valueOf(Integer.MAX_VALUE));
    assertThat(cli.ingestLimits().maxFileBytes()).isEqualTo(Integer.MAX_VALUE * 1024L * 1024);
  }

  @Test
  void limitsMustBePositiveWholeNumbers() {
    for (String bad : new String[] {"0", "-5", "1.5", "ten", "", "99999999999"}) {
      assertThatThrownBy(() -> CommandLine.parse("--max-upload-mb", bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--max-upload-mb must be")
          .hasMessageContaining("'" + bad + "'");
      assertThatThrownBy(() -> CommandLine.parse("--max-field-chars", bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--max-field-chars must be")
          .hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> CommandLine.parse("--max-field-chars")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--max-field-chars needs a value");
  }

  @Test
  void usageNamesTheLimitOptions() {
    assertThat(CommandLine.USAGE).contains("--max-upload-mb N").contains("--max-field-chars N");
  }
}
