package io.collectlite.store;

import io.collectlite.export.SplitRatios;
import io.collectlite.project.Membership;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.project.ProjectSummary;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.Template;
import io.collectlite.user.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Projects, their members and their versioned templates. */
public interface ProjectStore {
  /**
   * Creates a project with template version 1 and its owner as a member, in one transaction, and
   * records an audit event.
   */
  Project create(NewProject project, long seed, SplitRatios ratios, long ownerId, LabelSchema schema, Instant now);

  /** The project with this id. */
  Optional<Project> find(long projectId);

  /** The project's gold rate and suggestion settings, in one read (each claim draws by them). */
  io.collectlite.project.ClaimSettings claimSettings(long projectId);

  /** The projects a user is a member of, with their role, newest first. */
  List<ProjectSummary> listFor(long userId);

  /**
   * Adds a member or changes their role, atomically refusing with a
   * {@link io.collectlite.error.ConflictException} any change that would leave the project
   * without an owner (also when two owners demote each other at once).
   */
  void putMember(long projectId, long userId, Role role, Instant now);

  /** A user's role in a project, empty when they are not a member. */
  Optional<Role> roleOf(long projectId, long userId);

  /** A project's members, by user id. */
  List<Membership> members(long projectId);

  /** The newest template version. */
  Template currentTemplate(long projectId);

  /** One template version. */
  Optional<Template> template(long projectId, int version);

  /**
   * Stores the next template version with these instructions and label schema, when the current
   * version is still {@code baseVersion} (the one the edit was checked against); otherwise throws
   * {@link io.collectlite.error.ConflictException}.
   */
  Template addTemplateVersion(long projectId, int baseVersion, String instructions, LabelSchema schema, long actorId,
      Instant now);

  /**
   * The project's secret key for export pseudonyms: the stored one, or {@code candidate}, stored
   * now, when the project has none yet. Never shown through the API.
   */
  String pseudonymKey(long projectId, String candidate);
}
