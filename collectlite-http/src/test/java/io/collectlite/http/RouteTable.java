package io.collectlite.http;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's own route table for tests that must cover every route without listing them: each API
 * route as "METHOD /path/{param}", and its path with real ids of one project put in.
 */
record RouteTable(List<String> apiRoutes) {
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

  static RouteTable of(TestServer server) {
    return new RouteTable(server.server.routes().stream()
        .filter(route -> METHODS.contains(method(route)) && path(route).startsWith("/api/"))
        .toList());
  }

  static String method(String route) {
    return route.substring(0, route.indexOf(' '));
  }

  static String path(String route) {
    return route.substring(route.indexOf(' ') + 1);
  }

  /** Write routes (POST, PUT, PATCH, DELETE). */
  List<String> writes() {
    return apiRoutes.stream().filter(route -> !method(route).equals("GET")).toList();
  }

  /** Ids a route's path parameters take: a project, a task and a member of it, an export and a job. */
  record Ids(long projectId, long taskId, long userId, long exportId, long jobId) {
    Ids(long projectId, long taskId, long userId) {
      this(projectId, taskId, userId, 0, 0);
    }

    /** The route's path with every parameter replaced by one of these ids. */
    String concrete(String route) {
      String pattern = path(route);
      Matcher m = PARAM.matcher(pattern);
      StringBuilder path = new StringBuilder();
      while (m.find()) {
        String prefix = pattern.substring(0, m.start());
        String value = switch (m.group(1)) {
          case "id" -> prefix.startsWith("/api/projects/") ? Long.toString(projectId)
              : prefix.startsWith("/api/tasks/") ? Long.toString(taskId)
              : prefix.startsWith("/api/exports/") && exportId > 0 ? Long.toString(exportId)
              : prefix.startsWith("/api/jobs/") && jobId > 0 ? Long.toString(jobId)
              : unknown(pattern, m.group(1));
          case "taskId" -> Long.toString(taskId);
          case "userId" -> Long.toString(userId);
          case "task_type" -> "document_relevance";
          case "version" -> "1";
          default -> unknown(pattern, m.group(1));
        };
        m.appendReplacement(path, value);
      }
      m.appendTail(path);
      return path.toString();
    }

    private static String unknown(String pattern, String param) {
      throw new AssertionError("give {" + param + "} of " + pattern + " a real value in RouteTable.Ids.concrete");
    }
  }
}
