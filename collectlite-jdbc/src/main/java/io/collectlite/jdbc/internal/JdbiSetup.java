package io.collectlite.jdbc.internal;

import io.collectlite.annotation.Annotation;
import io.collectlite.annotation.Confidence;
import io.collectlite.audit.AuditEvent;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.TaskFilter;
import io.collectlite.project.Membership;
import io.collectlite.project.Project;
import io.collectlite.project.TaskType;
import io.collectlite.task.AssignmentStatus;
import io.collectlite.task.Claim;
import io.collectlite.task.Task;
import io.collectlite.task.TaskState;
import io.collectlite.user.Role;
import io.collectlite.user.User;
import java.sql.Types;
import java.time.Instant;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** The one place that teaches Jdbi our column types and records. */
final class JdbiSetup {
  private JdbiSetup() {}

  static Jdbi configure(Jdbi jdbi) {
    jdbi.registerArgument(new InstantArgument());
    jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> {
      long micros = rs.getLong(col);
      return rs.wasNull() ? null : Micros.toInstant(micros);
    });
    jdbi.registerColumnMapper(TaskState.class, wire(TaskState::fromWire));
    jdbi.registerColumnMapper(Role.class, wire(Role::fromWire));
    jdbi.registerColumnMapper(Confidence.class, wire(Confidence::fromWire));
    jdbi.registerColumnMapper(TaskType.class, wire(TaskType::fromWire));
    jdbi.registerColumnMapper(ExportFormat.class, wire(ExportFormat::fromWire));
    jdbi.registerColumnMapper(AssignmentStatus.class,
        wire(s -> AssignmentStatus.valueOf(s.toUpperCase(java.util.Locale.ROOT))));
    // small integer lists (an export's template versions) are stored as "1,2,3"
    jdbi.registerColumnMapper(new org.jdbi.v3.core.generic.GenericType<java.util.List<Integer>>() { },
        (rs, col, ctx) -> splitInts(rs.getString(col)));
    jdbi.registerColumnMapper(TaskFilter.class, wire(TaskFilter::fromWire));
    jdbi.registerRowMapper(Project.class, JdbcProjectStore.PROJECT);
    for (Class<?> record : new Class<?>[] {User.class, Membership.class, Task.class, Claim.class,
        Annotation.class, AuditEvent.class, ExportInfo.class}) {
      jdbi.registerRowMapper(ConstructorMapper.factory(record));
    }
    return jdbi;
  }

  /** "1,2,3" for [1, 2, 3]. */
  static String joinInts(java.util.List<Integer> values) {
    return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
  }

  private static java.util.List<Integer> splitInts(String text) {
    if (text == null || text.isEmpty()) return java.util.List.of();
    return java.util.Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
  }

  private static <T> ColumnMapper<T> wire(Function<String, T> parse) {
    return (rs, col, ctx) -> {
      String value = rs.getString(col);
      return value == null ? null : parse.apply(value);
    };
  }

  /** Binds an {@link Instant} as microseconds since the epoch. */
  private static final class InstantArgument extends AbstractArgumentFactory<Instant> {
    InstantArgument() {
      super(Types.BIGINT);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      long micros = Micros.of(value);
      return (position, statement, ctx) -> statement.setLong(position, micros);
    }
  }
}
