package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The server's arguments: defaults, the demo mode's loopback binding and its warning. */
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
}
