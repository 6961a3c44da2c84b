package io.collectlite.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads are spooled in an area the server owns, never outlive their request, and a start sweeps a crash's. */
class UploadSpoolTest {
  @TempDir
  Path dir;

  @Test
  void whatAKilledServerLeftInTheSpoolIsGoneAfterAStart() throws IOException {
    Path spool = Files.createDirectories(dir.resolve("uploads"));
    Path loose = Files.writeString(spool.resolve("MultiPart1234567.tmp"), "half an upload");
    Path deadOwner = Files.createDirectories(spool.resolve("owner-42"));
    Files.createFile(spool.resolve("owner-42.lock")); // nobody holds its lock: that server is gone
    Path spooled = Files.writeString(deadOwner.resolve("MultiPart7654321.tmp"), "another half");
    try (TestServer server = TestServer.sqlite(dir, ServerOptions.defaults().withUploadDirectory(spool))) {
      assertThat(loose).doesNotExist();
      assertThat(spooled).doesNotExist();
      assertThat(deadOwner).doesNotExist();
    }
  }

  @Test
  void theDataDirectoryHoldsTheSpool() {
    ServerOptions options = CommandLine.parse("--data-dir", dir.toString()).serverOptions(List.of());
    assertThat(options.uploadDirectory()).isEqualTo(dir.resolve("tmp").resolve("uploads"));
  }

  @Test
  void anUploadIsSpooledInTheServersAreaAndItsFileDoesNotOutliveTheRequest() throws Exception {
    Path spool = dir.resolve("uploads");
    try (TestServer server = TestServer.sqlite(dir, ServerOptions.defaults().withUploadDirectory(spool))) {
      Team team = new Team(server);
      StringBuilder rows = new StringBuilder();
      for (int i = 0; rows.length() < 3 * 1024 * 1024; i++) {
        rows.append("{\"id\":\"r").append(i).append("\",\"query\":\"q").append(i)
            .append("\",\"document\":\"a document long enough to fill the file quickly ").append(i).append("\"}\n");
      }
      byte[] content = rows.toString().getBytes(StandardCharsets.UTF_8);
      String boundary = "----spool" + UUID.randomUUID();
      byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rows.jsonl\""
          + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

      PipedInputStream body = new PipedInputStream(1 << 16);
      try (OutputStream sender = new PipedOutputStream(body)) {
        CompletableFuture<HttpResponse<String>> reply = HttpClient.newHttpClient().sendAsync(
            server.api.request(team.project("/datasets"), team.owner)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
            HttpResponse.BodyHandlers.ofString());
        int half = content.length / 2; // beyond the 1 MB kept in memory: the part is on disk now
        sender.write(head);
        sender.write(content, 0, half);
        sender.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> !spooledFiles(spool).isEmpty());

        sender.write(content, half, content.length - half);
        sender.write(tail);
        sender.close();
        assertThat(reply.get().statusCode()).isEqualTo(201);
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> spooledFiles(spool).isEmpty());
    }
    try (Stream<Path> left = Files.list(spool)) {
      assertThat(left.toList()).as("a stopped server leaves nothing in the spool").isEmpty();
    }
  }

  /** The regular files under the spool but the owners' lock files. */
  private static List<Path> spooledFiles(Path spool) throws IOException {
    try (Stream<Path> files = Files.walk(spool)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".lock")).toList();
    }
  }
}
