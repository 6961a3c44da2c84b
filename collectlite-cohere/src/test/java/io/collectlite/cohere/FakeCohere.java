package io.collectlite.cohere;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A local stand-in for api.cohere.com on 127.0.0.1 and a random port: it records every request and
 * answers with scripted replies in Cohere's wire format, in order per path.
 */
final class FakeCohere implements AutoCloseable {
  static final String KEY = "test-key-123";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fake-cohere");
    t.setDaemon(true);
    return t;
  });
  private final List<Recorded> requests = new ArrayList<>();
  private final Map<String, Deque<Reply>> scripted = new HashMap<>();
  private final Map<String, Function<Recorded, Reply>> responders = new HashMap<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  private FakeCohere() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static FakeCohere start() {
    try {
      return new FakeCohere();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The base URL to give the builders (no version path). */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers the next request to {@code path} with {@code status} and {@code body}; {@code headers} are name, value pairs. */
  synchronized FakeCohere reply(String path, int status, String body, String... headers) {
    scripted.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Reply(status, body, pairs(headers), 0));
    return this;
  }

  /** Answers the next request to {@code path} only after {@code millis} (or when the server closes). */
  synchronized FakeCohere replyLate(String path, long millis, String body) {
    scripted.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Reply(200, body, Map.of(), millis));
    return this;
  }

  /** Answers every request to {@code path} that has no scripted reply by what {@code responder} makes of it. */
  synchronized FakeCohere answer(String path, Function<Recorded, Reply> responder) {
    responders.put(path, responder);
    return this;
  }

  synchronized List<Recorded> requests() {
    return List.copyOf(requests);
  }

  synchronized Recorded onlyRequest() {
    if (requests.size() != 1) throw new AssertionError("expected one request, got " + requests.size() + ": " + requests);
    return requests.get(0);
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
    Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
        parse(body));
    Reply reply;
    synchronized (this) {
      requests.add(recorded);
      Deque<Reply> queue = scripted.get(recorded.path());
      Function<Recorded, Reply> responder = responders.get(recorded.path());
      reply = queue != null && !queue.isEmpty() ? queue.poll()
          : responder != null ? responder.apply(recorded)
          : new Reply(404, "{\"message\":\"nothing scripted for " + recorded.path() + "\"}", Map.of(), 0);
    }
    if (reply.delayMillis() > 0) {
      try {
        closing.await(reply.delayMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      out.write(bytes);
    } catch (IOException clientGone) {
      // the client timed out and closed the connection
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static Map<String, String> pairs(String... headers) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i + 1 < headers.length; i += 2) map.put(headers[i], headers[i + 1]);
    return map;
  }

  /** A request as the server saw it; header names lower-case. */
  record Recorded(String method, String path, Map<String, String> headers, JsonNode body) {
    String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }

  /** A scripted answer. */
  record Reply(int status, String body, Map<String, String> headers, long delayMillis) {
    static Reply ok(String body) {
      return new Reply(200, body, Map.of(), 0);
    }
  }
}
