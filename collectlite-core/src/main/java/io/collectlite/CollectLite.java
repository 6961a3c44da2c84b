package io.collectlite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.collectlite.annotation.AnnotationInput;
import io.collectlite.annotation.SubmitOutcome;
import io.collectlite.annotation.ValidAnnotation;
import io.collectlite.error.ConflictException;
import io.collectlite.error.NotFoundException;
import io.collectlite.error.TextInput;
import io.collectlite.error.UnauthenticatedException;
import io.collectlite.error.ValidationException;
import io.collectlite.export.DirectoryExportArchive;
import io.collectlite.export.ExportArchive;
import io.collectlite.export.ExportDiff;
import io.collectlite.export.ExportFormat;
import io.collectlite.export.ExportInfo;
import io.collectlite.export.ExportOptions;
import io.collectlite.export.SplitRatios;
import io.collectlite.importing.ImportReport;
import io.collectlite.job.Job;
import io.collectlite.importing.LabelImport;
import io.collectlite.ingest.IngestLimits;
import io.collectlite.ingest.UploadMode;
import io.collectlite.ingest.UploadReport;
import io.collectlite.leaderboard.Leaderboard;
import io.collectlite.metrics.AgreementSummary;
import io.collectlite.metrics.Dashboard;
import io.collectlite.metrics.LabelProfile;
import io.collectlite.metrics.ProjectMetrics;
import io.collectlite.project.Membership;
import io.collectlite.project.NewProject;
import io.collectlite.project.Project;
import io.collectlite.project.ProjectSummary;
import io.collectlite.project.TaskType;
import io.collectlite.gold.GoldFile;
import io.collectlite.gold.GoldLine;
import io.collectlite.gold.GoldReport;
import io.collectlite.gold.GoldSource;
import io.collectlite.quality.AnnotatorReliability;
import io.collectlite.quality.ConsensusRun;
import io.collectlite.quality.QualitySettings;
import io.collectlite.quality.QualitySettingsJson;
import io.collectlite.quality.RecomputeResult;
import io.collectlite.quality.ReviewReason;
import io.collectlite.review.ReviewDecision;
import io.collectlite.review.ReviewItem;
import io.collectlite.store.Store;
import io.collectlite.suggestion.ModelSuggestion;
import io.collectlite.suggestion.RetryPolicy;
import io.collectlite.suggestion.SuggestionKey;
import io.collectlite.suggestion.SuggestionProvider;
import io.collectlite.suggestion.SuggestionReport;
import io.collectlite.suggestion.SuggestionReports;
import io.collectlite.suggestion.SuggestionSettings;
import io.collectlite.suggestion.SuggestionSettingsJson;
import io.collectlite.task.Claim;
import io.collectlite.task.Task;
import io.collectlite.task.TaskState;
import io.collectlite.template.Answers;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.Presets;
import io.collectlite.template.SchemaEvolution;
import io.collectlite.template.Template;
import io.collectlite.user.IssuedUser;
import io.collectlite.user.Role;
import io.collectlite.user.Tokens;
import io.collectlite.user.User;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of CollectLite: every step of the flow — upload, task generation, claim,
 * annotate, consensus, review, export — is a method here, and every method checks the acting
 * user's role in the project. Build one with {@link #builder()}; it is thread-safe and meant to be
 * shared.
 */
public final class CollectLite implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CollectLite.class);
  private static final int REVIEW_PAGE = 200;

  private final Store store;
  private final Clock clock;
  private final RandomGenerator random;
  private final Duration lease;
  private final ProjectExports exports;
  private final ProjectUploads uploads;
  private final ProjectQuality quality;
  private final Background background;
  private final ProjectLeaderboards leaderboards;
  private final ProjectDashboard dashboards;
  private final ProjectSuggestions suggestions;
  private final Map<String, SuggestionProvider> suggesters;
  private final Background jobs;
  private final Optional<ProjectNearDuplicates> nearDuplicates;
  private final SplitRatios splitRatios;
  private final IngestLimits ingestLimits;
  private final Access access;
  private final ExportArchive archive;

  private CollectLite(Builder b) {
    this.store = Objects.requireNonNull(b.store, "a store is required: CollectLite.builder().store(...)");
    this.clock = b.clock;
    this.random = b.random;
    this.lease = b.lease;
    this.archive = b.archive != null ? b.archive : new DirectoryExportArchive(Path.of("collectlite-data", "exports"));
    archive.recover();
    this.exports = new ProjectExports(b.store, archive);
    this.uploads = new ProjectUploads(b.store, b.ingestLimits);
    this.quality = new ProjectQuality(b.store);
    this.background = new Background(b.backgroundExecutor);
    this.leaderboards = new ProjectLeaderboards(b.store);
    this.dashboards = new ProjectDashboard(b.store, quality);
    this.suggestions = new ProjectSuggestions(b.store, b.clock, b.retries);
    this.suggesters = Map.copyOf(b.suggesters);
    this.jobs = new Background(b.backgroundExecutor);
    this.nearDuplicates = Optional.ofNullable(b.embedder)
        .map(e -> new ProjectNearDuplicates(b.store, b.clock, e, b.nearDuplicateThreshold));
    this.splitRatios = b.splitRatios;
    this.ingestLimits = b.ingestLimits;
    this.access = new Access(store);
  }

  /** Starts configuring an instance. */
  public static Builder builder() {
    return new Builder();
  }

  /** The store this instance works on (for read-only inspection from JShell and tests). */
  public Store store() {
    return store;
  }

  // ---- users ---------------------------------------------------------------------------------

  /** Creates a user and returns them with their bearer token, which is shown only this once. */
  public IssuedUser createUser(String name) {
    if (name == null || name.isBlank()) throw ValidationException.field("name", "is required");
    TextInput.noNul("name", name);
    String token = Tokens.newToken();
    User user = store.users().create(name.strip(), Tokens.hash(token), clock.instant());
    return new IssuedUser(user, token);
  }

  /** Issues a new token for an existing user; their old token stops working. */
  public IssuedUser rotateToken(long userId) {
    User user = store.users().find(userId)
        .orElseThrow(() -> new NotFoundException("user " + userId + " does not exist"));
    String token = Tokens.newToken();
    store.users().setTokenHash(userId, Tokens.hash(token));
    return new IssuedUser(user, token);
  }

  /** The user a bearer token belongs to. */
  public User authenticate(String token) {
    if (token == null || token.isBlank()) throw new UnauthenticatedException("a bearer token is required");
    return store.users().findByTokenHash(Tokens.hash(token.strip()))
        .orElseThrow(() -> new UnauthenticatedException("the token is not known"));
  }

  /** Every user (owners pick members from this list). */
  public List<User> users() {
    return store.users().list();
  }

  // ---- projects ------------------------------------------------------------------------------

  /**
   * Creates a project owned by {@code owner}, with template version 1 from the task type's preset
   * and the split ratios it names (else the builder's).
   */
  public Project createProject(User owner, NewProject project) {
    long seed = project.seed().orElseGet(random::nextLong);
    LabelSchema schema = project.schemaOrPreset();
    Presets.requireFits(project.taskType(), schema);
    SplitRatios ratios = project.splitRatios().orElse(splitRatios);
    Project created = store.projects().create(project, seed, ratios, owner.id(), schema, clock.instant());
    LOG.atInfo().addKeyValue("project", created.id()).addKeyValue("owner", owner.id()).log("project created");
    return created;
  }

  /** The projects the user is a member of, with their role. */
  public List<ProjectSummary> projects(User user) {
    return store.projects().listFor(user.id());
  }

  /** One project, for any of its members. */
  public Project project(User user, long projectId) {
    return access.member(user, projectId);
  }

  /** The user's role in a project. */
  public Role roleIn(User user, long projectId) {
    access.member(user, projectId);
    return store.projects().roleOf(projectId, user.id()).orElseThrow();
  }

  /**
   * Adds a member to a project or changes their role; owners only. A change that would leave the
   * project without an owner is refused with a {@link ConflictException}.
   */
  public void putMember(User owner, long projectId, long userId, Role role) {
    access.require(owner, projectId, Role.OWNER);
    store.users().find(userId).orElseThrow(() -> new NotFoundException("user " + userId + " does not exist"));
    store.projects().putMember(projectId, userId, role, clock.instant());
  }

  /** A project's members; owners and reviewers only. */
  public List<Membership> members(User user, long projectId) {
    access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    return store.projects().members(projectId);
  }

  /** The current template (instructions and labels), for any member. */
  public Template template(User user, long projectId) {
    access.member(user, projectId);
    return store.projects().currentTemplate(projectId);
  }

  /** Replaces the instructions, creating a new template version; owners only. */
  public Template updateInstructions(User owner, long projectId, String instructions) {
    return updateTemplate(owner, projectId, instructions, Optional.empty());
  }

  /**
   * Creates a new template version with these instructions and, when given, these labels and field
   * mapping; owners only. Earlier annotations stay valid under their own version, so the new
   * schema must keep the first question and every option value (see {@link SchemaEvolution}).
   */
  public Template updateTemplate(User owner, long projectId, String instructions, Optional<LabelSchema> schema) {
    Project project = access.require(owner, projectId, Role.OWNER);
    if (instructions == null) throw ValidationException.field("instructions", "is required");
    TextInput.noNul("instructions", instructions);
    Template current = store.projects().currentTemplate(projectId);
    LabelSchema next = schema.orElse(current.schema());
    if (schema.isPresent()) {
      Presets.requireFits(project.taskType(), next);
      SchemaEvolution.requireCompatible(current.schema(), next);
    }
    return store.projects().addTemplateVersion(projectId, current.version(), instructions, next, owner.id(),
        clock.instant());
  }

  // ---- ingest and tasks ----------------------------------------------------------------------

  /**
   * Reads, validates and stores an uploaded file in one transaction, strictly: any bad row refuses
   * the whole upload with a {@link ValidationException} naming every line and field, and nothing
   * is written. Rows already in the project (same content) are skipped and reported. Owners only.
   */
  public UploadReport upload(User owner, long projectId, String fileName, InputStream content) {
    return upload(owner, projectId, fileName, content, UploadMode.STRICT);
  }

  /**
   * Reads, validates and stores an uploaded file in one transaction, streaming (memory does not
   * grow with the file). {@link UploadMode#STRICT} refuses the whole upload on any bad row;
   * {@link UploadMode#LENIENT} stores the good rows and lists the bad ones in the report. A file
   * over the size limit is refused with {@link io.collectlite.error.PayloadTooLargeException}.
   * Owners only.
   */
  public UploadReport upload(User owner, long projectId, String fileName, InputStream content, UploadMode mode) {
    Project project = access.require(owner, projectId, Role.OWNER);
    UploadReport report = uploads.upload(project, owner.id(), fileName, content, mode, clock.instant());
    LOG.atInfo().addKeyValue("project", projectId).addKeyValue("dataset", report.datasetId())
        .addKeyValue("mode", mode.wire()).addKeyValue("rows", report.rowsRead())
        .addKeyValue("examples", report.examplesCreated()).addKeyValue("rejected", report.rejectedCount())
        .log("upload stored");
    return report;
  }


  /**
   * Imports existing annotations and model predictions from a JSONL file in one transaction, so a
   * team moving from another tool keeps its history; see {@link LabelImport} for the line format
   * and {@link io.collectlite.store.ImportStore} for what is stored. Imported annotations count
   * toward their tasks' overlap and consensus; predictions are stored as model suggestions and
   * count toward nothing. {@link UploadMode#STRICT} refuses the whole file on any bad line,
   * {@link UploadMode#LENIENT} keeps the good lines and lists the bad ones. Owners only.
   */
  public ImportReport importLabels(User owner, long projectId, String fileName, InputStream content,
      UploadMode mode) {
    access.require(owner, projectId, Role.OWNER);
    return new LabelImport(store, ingestLimits, quality::policy).run(projectId, owner.id(), fileName, content, mode, clock.instant());
  }

  /** Creates a task for every example that has none, with the project's overlap; owners only. */
  public int generateTasks(User owner, long projectId) {
    Project project = access.require(owner, projectId, Role.OWNER);
    return generateTasks(owner, projectId, project.overlap());
  }

  /** Creates a task for every example that has none, each needing {@code overlap} annotations; owners only. */
  public int generateTasks(User owner, long projectId, int overlap) {
    Project project = access.require(owner, projectId, Role.OWNER);
    if (overlap < 1 || overlap > NewProject.MAX_OVERLAP) {
      throw ValidationException.field("overlap", "must be between 1 and " + NewProject.MAX_OVERLAP);
    }
    int version = store.projects().currentTemplate(projectId).version();
    int created = store.tasks().generate(projectId, overlap, version, clock.instant());
    LOG.atInfo().addKeyValue("project", projectId).addKeyValue("tasks", created).log("tasks generated");
    if (created > 0 && nearDuplicates.isPresent()) startNearDuplicateCheck(owner, project);
    return created;
  }

  /** The next task for an annotator (or an owner labelling), held under a lease; empty when none is left. */
  public Optional<Claim> claimNext(User annotator, long projectId) {
    Project project = access.require(annotator, projectId, Role.ANNOTATOR, Role.OWNER);
    var settings = store.projects().claimSettings(projectId);
    // drawn here, unpredictably: a draw an annotator could recompute would tell them which claims are gold
    boolean offerGold = settings.goldRate() > 0 && random.nextDouble() < settings.goldRate();
    boolean shown = settings.suggestions().drawShown(random);
    Optional<Claim> claim = store.tasks().claimNext(projectId, annotator.id(), clock.instant(), lease, offerGold,
        shown);
    return project.taskType() == io.collectlite.project.TaskType.PAIRWISE_PREFERENCE ? claim.map(BlindJudging::hideModels)
        : claim;
  }

  /** Gives a claimed task back to the queue. */
  public void skip(User annotator, long taskId) {
    Task task = task(taskId);
    access.require(annotator, task.projectId(), Role.ANNOTATOR, Role.OWNER);
    store.tasks().skip(taskId, annotator.id(), clock.instant());
  }

  /**
   * Takes back the annotator's skip of a task (an Esc pressed too soon): they hold it again under a
   * new lease and the task they moved on to returns to the queue. Possible while the task still
   * waits for annotations and nobody took the slot since.
   */
  public Claim undoSkip(User annotator, long taskId) {
    Task task = task(taskId);
    Project project = access.require(annotator, task.projectId(), Role.ANNOTATOR, Role.OWNER);
    Claim claim = store.tasks().undoSkip(taskId, annotator.id(), clock.instant(), lease);
    return project.taskType() == io.collectlite.project.TaskType.PAIRWISE_PREFERENCE ? BlindJudging.hideModels(claim)
        : claim;
  }

  /**
   * Submits the annotator's label for a task they hold. When the task then has all its
   * annotations, consensus runs at once and the task is resolved or sent to review.
   */
  public SubmitOutcome submit(User annotator, long taskId, AnnotationInput input) {
    Task task = task(taskId);
    access.require(annotator, task.projectId(), Role.ANNOTATOR, Role.OWNER);
    Template template = store.projects().currentTemplate(task.projectId());
    Answers answers = template.schema().normalize(input.label());
    Instant now = clock.instant();
    SubmitOutcome outcome = store.tasks().submit(taskId, annotator.id(),
        new ValidAnnotation(input, answers, template.version()), now, quality.policy(task.projectId(), template.schema()));
    if (quality.failedGold(template.schema(), outcome)) {
      // in the background: the annotator's answer must take no longer and fail no more often when it
      // missed a gold task, or the response would tell them the task was gold
      background.run(() -> {
        int sent = quality.reviewRecentWork(task.projectId(), template.schema(), annotator.id(),
            outcome.annotation().taskId(), now);
        LOG.atInfo().addKeyValue("project", task.projectId()).addKeyValue("annotator", annotator.id())
            .addKeyValue("tasks", sent).log("failed gold sent recent work to review");
      });
    }
    if (!outcome.replayed() && !outcome.taskState().isOpenForAnnotation()) {
      LOG.atInfo().addKeyValue("task", taskId).addKeyValue("state", outcome.taskState().wire())
          .log("consensus recorded");
    }
    return outcome;
  }

  // ---- review --------------------------------------------------------------------------------

  /** Tasks waiting for a reviewer, each with every annotation; reviewers and owners only. */
  public List<ReviewItem> reviewQueue(User reviewer, long projectId) {
    return reviewQueue(reviewer, projectId, Optional.empty());
  }

  /**
   * Tasks waiting for a reviewer for {@code reason} (any reason when empty), oldest first, each with
   * every annotation, its reasons and its model suggestions; reviewers and owners only.
   */
  public List<ReviewItem> reviewQueue(User reviewer, long projectId, Optional<ReviewReason> reason) {
    access.require(reviewer, projectId, Role.REVIEWER, Role.OWNER);
    return store.tasks().reviewQueue(projectId, REVIEW_PAGE, reason);
  }

  /** Sets a contested task's final label (an answer to the first question); see {@link #resolve(User, long, JsonNode, String)}. */
  public void resolve(User reviewer, long taskId, String label, String comment) {
    resolve(reviewer, taskId, TextNode.valueOf(label == null ? "" : label), comment);
  }

  /**
   * Sets a contested task's final label: answers by question name, or one value for the first
   * question. The decision overrides consensus. Reviewers and owners only.
   */
  public void resolve(User reviewer, long taskId, JsonNode label, String comment) {
    resolve(reviewer, taskId, label, comment, false);
  }

  /**
   * {@link #resolve(User, long, JsonNode, String)}, and with {@code markGold} the decision also
   * becomes the task's gold answer: annotators' answers to it count toward their gold accuracy and
   * it is served to other annotators as a gold probe.
   */
  public void resolve(User reviewer, long taskId, JsonNode label, String comment, boolean markGold) {
    Task task = task(taskId);
    access.require(reviewer, task.projectId(), Role.REVIEWER, Role.OWNER);
    Answers answers = store.projects().currentTemplate(task.projectId()).schema().normalize(label);
    TextInput.noNul("comment", comment);
    if (task.state() != TaskState.NEEDS_REVIEW) {
      throw new ConflictException("task " + taskId + " is " + task.state().wire() + ", not waiting for review");
    }
    ReviewDecision decision = new ReviewDecision(taskId, reviewer.id(), answers.primaryKey(), answers.json(), comment,
        clock.instant());
    if (markGold) {
      store.quality().resolveAsGold(decision, new GoldLine(1, task.exampleId(), answers.primaryKey(), answers.json()));
    } else {
      store.tasks().resolve(decision);
    }
  }

  /**
   * Revises a reviewer's decision on a task a review resolved, while it is not exported: the new
   * answers become its final label and the earlier decision stays in the record. Reviewers and owners.
   */
  public void reviseReview(User reviewer, long taskId, JsonNode label, String comment) {
    Task task = task(taskId);
    access.require(reviewer, task.projectId(), Role.REVIEWER, Role.OWNER);
    Answers answers = store.projects().currentTemplate(task.projectId()).schema().normalize(label);
    TextInput.noNul("comment", comment);
    store.tasks().reviseReview(new ReviewDecision(taskId, reviewer.id(), answers.primaryKey(), answers.json(), comment,
        clock.instant()));
  }

  // ---- quality -------------------------------------------------------------------------------

  /** The project's quality settings (aggregation, review thresholds, gold rate); owners and reviewers. */
  public QualitySettings qualitySettings(User user, long projectId) {
    access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    return quality.settings(projectId, store.projects().currentTemplate(projectId).schema());
  }

  /**
   * Changes the project's quality settings: {@code patch} is a JSON object of the settings to change
   * (see {@link QualitySettingsJson}). They apply to every task decided from now on; recompute to
   * apply them to tasks already decided. Owners only.
   */
  public QualitySettings updateQualitySettings(User owner, long projectId, JsonNode patch) {
    access.require(owner, projectId, Role.OWNER);
    return quality.update(projectId, store.projects().currentTemplate(projectId).schema(), patch, owner.id(),
        clock.instant());
  }

  /**
   * Makes tasks gold from a JSONL file of known answers ({@link GoldFile}); strict refuses the whole
   * file when any line is bad, lenient keeps the good lines. Owners only.
   */
  public GoldReport uploadGold(User owner, long projectId, String fileName, InputStream content, UploadMode mode) {
    access.require(owner, projectId, Role.OWNER);
    if (io.collectlite.ingest.SourceFormat.fromFileName(fileName) != io.collectlite.ingest.SourceFormat.JSONL) {
      throw ValidationException.field("file", "gold files are JSONL (one object per line, .jsonl), not '"
          + fileName + "'");
    }
    GoldFile.Parsed parsed = GoldFile.read(content, store.projects().currentTemplate(projectId).schema(),
        ingestLimits);
    if (mode == UploadMode.STRICT && !parsed.problems().isEmpty()) throw new ValidationException(parsed.problems());
    GoldReport stored = quality.addGold(projectId, parsed.lines(), GoldSource.FILE, Optional.of(owner.id()),
        mode == UploadMode.STRICT, clock.instant());
    if (mode == UploadMode.STRICT && !stored.refused().isEmpty()) throw new ValidationException(stored.refused());
    List<io.collectlite.error.Problem> refused = new java.util.ArrayList<>(parsed.problems());
    refused.addAll(stored.refused());
    refused.sort(java.util.Comparator.comparingInt(io.collectlite.error.Problem::line));
    return new GoldReport(stored.added(), stored.replaced(), refused);
  }

  /** Each annotator's gold accuracy (smoothed, with its count) and Dawid–Skene estimate; owners and reviewers. */
  public List<AnnotatorReliability> reliability(User user, long projectId) {
    access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    return quality.reliability(projectId, store.projects().currentTemplate(projectId).schema());
  }

  /**
   * Decides every decided task again under the project's current quality settings and stores the
   * results as a new consensus version naming the run; tasks move between resolved and review as
   * their new results say, except those a reviewer decided. Owners only.
   */
  public RecomputeResult recomputeConsensus(User owner, long projectId) {
    access.require(owner, projectId, Role.OWNER);
    RecomputeResult result = quality.recompute(projectId, store.projects().currentTemplate(projectId).schema(),
        Optional.of(owner.id()), clock.instant());
    LOG.atInfo().addKeyValue("project", projectId).addKeyValue("run", result.run().id())
        .addKeyValue("method", result.run().method().wire()).addKeyValue("tasks", result.run().tasks())
        .addKeyValue("changed", result.run().changed()).addKeyValue("computeMs", result.computeMillis())
        .log("consensus recomputed");
    return result;
  }

  /** The project's consensus recomputes, newest first; owners and reviewers. */
  public List<ConsensusRun> consensusRuns(User user, long projectId) {
    access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    return store.quality().runs(projectId);
  }

  /** Sends a task that has a verdict to the review queue with the owner's flag and comment. Owners only. */
  public void flagForReview(User owner, long taskId, String comment) {
    Task task = task(taskId);
    access.require(owner, task.projectId(), Role.OWNER);
    flag(owner, task, comment);
  }

  /**
   * Sends the task of the project's example {@code exampleId} (the id exports show) to the review
   * queue with the owner's flag and comment. Owners only; not found when the project has no task for
   * that example, a conflict while the task is still being labelled or when it is gold.
   */
  public void flagForReview(User owner, long projectId, String exampleId, String comment) {
    access.require(owner, projectId, Role.OWNER);
    if (exampleId == null || exampleId.isBlank()) throw ValidationException.field("example_id", "is required");
    TextInput.noNul("example_id", exampleId);
    Task task = store.tasks().findByExample(projectId, exampleId).orElseThrow(() -> new NotFoundException(
        "project " + projectId + " has no task for example '" + exampleId + "'"));
    flag(owner, task, comment);
  }

  private void flag(User owner, Task task, String comment) {
    TextInput.noNul("comment", comment);
    store.quality().sendToReview(task.id(), ReviewReason.OWNER_FLAG, comment == null ? "" : comment.strip(),
        owner.id(), clock.instant());
  }

  // ---- metrics and export --------------------------------------------------------------------

  /** Progress counters of a project; owners and reviewers only. */
  public ProjectMetrics metrics(User user, long projectId) {
    access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    var byState = store.tasks().countByState(projectId);
    var agreement = AgreementSummary.of(store.projects().currentTemplate(projectId).schema().primary(),
        LabelProfile.coincidences(store.metrics().counts(projectId).labelProfiles()));
    return new ProjectMetrics(store.examples().count(projectId), store.tasks().annotationCount(projectId), byState,
        store.tasks().finalLabelCounts(projectId), byState.getOrDefault(TaskState.NEEDS_REVIEW, 0L),
        store.exports().list(projectId).size(), ProjectDashboard.readiness(byState).share(), agreement);
  }

  /**
   * The project's quality dashboard (activity by day, annotators, agreement overall and per label, label
   * distributions, model–human disagreement, review backlog by reason, export readiness); owners and
   * reviewers only, as it shows every annotator's labels in aggregate.
   */
  public Dashboard dashboard(User user, long projectId) {
    access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    return dashboards.read(projectId);
  }

  /**
   * The models of a pairwise-preference project ranked by Bradley–Terry strength, with 95% percentile bootstrap
   * intervals, wins, losses and ties; owners and reviewers only. Each resolved or exported task whose row names
   * two different models ({@code model_a}, {@code model_b}) is one comparison, decided by its final label (the
   * reviewer's when reviewed, else the consensus label); the other tasks are counted as left out. When the
   * maximum-likelihood estimate does not exist (say a model never loses) the leaderboard says why in
   * {@link Leaderboard#noFitReason()} and ranks by share of wins instead of failing.
   *
   * @param bootstrapSamples resamples for the intervals, 0 (no intervals) to {@link Leaderboard#MAX_BOOTSTRAP_SAMPLES}
   * @param seed seeds the resampling: the same data and seed give the same intervals
   * @throws ValidationException for a project of another task type, or a sample count out of range
   */
  public Leaderboard leaderboard(User user, long projectId, int bootstrapSamples, long seed) {
    Project project = access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    return leaderboards.of(project, bootstrapSamples, seed);
  }

  /**
   * Writes a new export version of every task with a final label, streaming from the store, and
   * records its count and SHA-256; owners only.
   */
  public ExportInfo export(User owner, long projectId, ExportFormat format) {
    return export(owner, projectId, format, ExportOptions.DEFAULT);
  }

  /**
   * Writes a new export version of the tasks {@code options} select, with raw annotations
   * (annotators pseudonymized) when asked, streaming from the store; records its count, SHA-256
   * and options; owners only. Splits come from the project's seed and ratios.
   */
  public ExportInfo export(User owner, long projectId, ExportFormat format, ExportOptions options) {
    Project project = access.require(owner, projectId, Role.OWNER);
    // stores keep microseconds: the records' exported_at must equal the manifest's created_at
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    ExportInfo info = exports.create(project, owner.id(), format, options, now);
    LOG.atInfo().addKeyValue("project", projectId).addKeyValue("version", info.version())
        .addKeyValue("records", info.recordCount()).log("export written");
    return info;
  }

  /** A project's export versions, newest first; owners only. */
  public List<ExportInfo> exports(User owner, long projectId) {
    access.require(owner, projectId, Role.OWNER);
    return store.exports().list(projectId);
  }

  /** One export's manifest; owners of its project only. */
  public ExportInfo exportInfo(User owner, long exportId) {
    ExportInfo info = store.exports().find(exportId)
        .orElseThrow(() -> new NotFoundException("export " + exportId + " does not exist"));
    access.require(owner, info.projectId(), Role.OWNER);
    return info;
  }

  /**
   * What changed between two export versions of one project, by example id: added, removed, and
   * final label changed; owners only. Streams both files; memory does not grow with them.
   */
  public ExportDiff diffExports(User owner, long fromExportId, long toExportId) {
    ExportInfo from = exportInfo(owner, fromExportId);
    ExportInfo to = exportInfo(owner, toExportId);
    if (from.projectId() != to.projectId()) {
      throw ValidationException.field("to", "export " + toExportId + " belongs to another project than export "
          + fromExportId);
    }
    return exports.diff(from, to);
  }

  /** Opens an export's file for download; the caller closes the stream. Owners only. */
  public InputStream openExport(User owner, long exportId) {
    return exports.open(exportInfo(owner, exportId));
  }

  private Task task(long taskId) {
    return store.tasks().find(taskId).orElseThrow(() -> new NotFoundException("task " + taskId + " does not exist"));
  }

  // ---- model suggestions --------------------------------------------------------------------

  /** The suggesters this instance was built with, by name. */
  public List<io.collectlite.suggestion.Suggester> suggesters() {
    return new java.util.TreeMap<>(suggesters).entrySet().stream()
        .map(e -> new io.collectlite.suggestion.Suggester(e.getKey(), SuggestionKey.of(e.getValue()))).toList();
  }

  /**
   * The suggesters that can suggest for the project, by name: those whose task types and schemas include the
   * project's type and current template, so that {@link #suggest} accepts them. Owners and reviewers.
   */
  public List<io.collectlite.suggestion.Suggester> suggesters(User user, long projectId) {
    Project project = access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    return new java.util.TreeMap<>(suggesters).entrySet().stream()
        .filter(e -> suggestions.supports(project, e.getValue()))
        .map(e -> new io.collectlite.suggestion.Suggester(e.getKey(), SuggestionKey.of(e.getValue()))).toList();
  }

  /**
   * Starts a suggestion job: the named suggester suggests a label for every example of the project it has not
   * yet suggested for under its model and prompt version, in the background. Owners only.
   *
   * @throws ValidationException for an unknown provider or one that cannot suggest for the project
   * @throws io.collectlite.error.ConflictException while a job of the same provider and model runs
   */
  public Job suggest(User owner, long projectId, String name) {
    Project project = access.require(owner, projectId, Role.OWNER);
    SuggestionProvider suggester = Optional.ofNullable(name).map(suggesters::get)
        .orElseThrow(() -> ValidationException.field("suggester", "'" + name + "' is not a suggester here; "
            + "configured: " + (suggesters.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(
            suggesters.keySet())))));
    Job job = suggestions.queue(project, name, suggester, owner.id());
    jobs.run(() -> suggestions.run(job, project, suggester));
    return store.jobs().find(job.id()).orElseThrow();
  }

  /**
   * Starts a near-duplicate check of the project's examples not yet checked (it also starts by itself after
   * task generation): near-duplicates share a split in exports, so no near-copy of an evaluation example lands in
   * training. Owners only.
   *
   * @return the queued check (an earlier one when it has not started yet: it will see the same examples)
   * @throws ValidationException when this instance has no embedder ({@link Builder#nearDuplicates})
   */
  public Job checkNearDuplicates(User owner, long projectId) {
    Project project = access.require(owner, projectId, Role.OWNER);
    if (nearDuplicates.isEmpty()) {
      throw ValidationException.field("near_duplicates", "this instance has no embedding model to compare examples");
    }
    return startNearDuplicateCheck(owner, project);
  }

  private Job startNearDuplicateCheck(User owner, Project project) {
    ProjectNearDuplicates check = nearDuplicates.orElseThrow();
    var queued = store.jobs().enqueue(project.id(), ProjectNearDuplicates.KIND, check.detail(), owner.id(),
        clock.instant());
    if (queued.created()) jobs.run(() -> check.run(queued.job(), project));
    return store.jobs().find(queued.job().id()).orElseThrow();
  }

  /** A job and its progress; owners and reviewers of its project. */
  public Job job(User user, long jobId) {
    Job job = store.jobs().find(jobId).orElseThrow(() -> new NotFoundException("job " + jobId + " does not exist"));
    access.require(user, job.projectId(), Role.OWNER, Role.REVIEWER);
    return job;
  }

  /** A job's recorded failures (at most {@code limit}, oldest first); owners and reviewers of its project. */
  public List<io.collectlite.suggestion.SuggestionFailure> jobFailures(User user, long jobId, int limit) {
    job(user, jobId);
    return store.suggestions().failures(jobId, Math.max(0, Math.min(limit, 1_000)));
  }

  /** A project's latest jobs, newest first (at most 50); owners and reviewers. */
  public List<Job> jobs(User user, long projectId) {
    access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    return store.jobs().list(projectId, 50);
  }

  /** The project's suggestion settings; owners and reviewers. */
  public SuggestionSettings suggestionSettings(User user, long projectId) {
    access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    return store.suggestions().settings(projectId);
  }

  /**
   * Changes suggestion settings by a JSON patch ({@link SuggestionSettingsJson}); owners only. Takes effect for
   * the next claims; a change of active learning reorders the open tasks by their latest suggestions at once.
   */
  public SuggestionSettings updateSuggestionSettings(User owner, long projectId, JsonNode patch) {
    access.require(owner, projectId, Role.OWNER);
    SuggestionSettings before = store.suggestions().settings(projectId);
    SuggestionSettings next = SuggestionSettingsJson.read(patch, before);
    store.suggestions().putSettings(projectId, next, owner.id(), clock.instant());
    if (next.activeLearning() != before.activeLearning()) suggestions.reprioritize(projectId, next.activeLearning());
    return next;
  }

  /**
   * The model suggestions the caller may see on a task they hold: all of its example's suggestions when their
   * assignment shows suggestions, none when it hides them (or they hold no active assignment on it).
   */
  public List<ModelSuggestion> suggestionsFor(User annotator, long taskId) {
    Task task = task(taskId);
    access.require(annotator, task.projectId(), Role.ANNOTATOR, Role.OWNER);
    if (!store.suggestions().shownTo(taskId, annotator.id())) return List.of();
    return store.suggestions().forExample(task.projectId(), task.exampleId());
  }

  /**
   * How each model's suggestions compare with the settled labels (accuracy; Spearman and nDCG@10 by query for
   * graded questions) and the anchoring measured by the ablation; owners and reviewers.
   */
  public SuggestionReport suggestionReport(User user, long projectId) {
    Project project = access.require(user, projectId, Role.OWNER, Role.REVIEWER);
    Optional<String> group = project.taskType() == TaskType.DOCUMENT_RELEVANCE ? Optional.of("query")
        : Optional.empty();
    return SuggestionReports.of(store.projects().currentTemplate(projectId).schema(),
        store.suggestions().comparisons(projectId, group), store.suggestions().anchoring(projectId));
  }

  /** Finishes the background work already queued, then closes the store. */
  @Override
  public void close() {
    jobs.close();
    background.close();
    dashboards.close();
    archive.close();
    store.close();
  }

  /** Configures a {@link CollectLite}. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private Store store;
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = new java.security.SecureRandom();
    private Duration lease = Duration.ofMinutes(30);
    private ExportArchive archive;
    private SplitRatios splitRatios = SplitRatios.DEFAULT;
    private IngestLimits ingestLimits = IngestLimits.DEFAULT;
    private java.util.concurrent.Executor backgroundExecutor;
    private final Map<String, SuggestionProvider> suggesters = new java.util.LinkedHashMap<>();
    private RetryPolicy retries = RetryPolicy.DEFAULT;
    private io.collectlite.suggestion.TextEmbedder embedder;
    private double nearDuplicateThreshold = 0.95;

    private Builder() {}

    /**
     * Adds a model that suggests labels under a name owners start it by with {@link CollectLite#suggest}
     * (letters, digits, '-' and '_'). Names are unique.
     */
    public Builder suggester(String name, SuggestionProvider provider) {
      Objects.requireNonNull(provider, "provider");
      if (name == null || !name.matches("[A-Za-z0-9_-]{1,64}")) {
        throw new IllegalArgumentException("a suggester's name is 1 to 64 letters, digits, '-' or '_': " + name);
      }
      if (suggesters.putIfAbsent(name, provider) != null) {
        throw new IllegalArgumentException("two suggesters are named '" + name + "'");
      }
      return this;
    }

    /** Adds a model that suggests labels, named by its {@link SuggestionProvider#provider()}. */
    public Builder suggester(SuggestionProvider provider) {
      return suggester(provider.provider(), provider);
    }

    /**
     * Checks examples for near-duplicates with this embedding model after each task generation; examples whose
     * cosine reaches {@code threshold} (in (0, 1], e.g. 0.95) share a split in exports.
     */
    public Builder nearDuplicates(io.collectlite.suggestion.TextEmbedder value, double threshold) {
      if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("a cosine threshold lies in (0, 1]");
      this.embedder = Objects.requireNonNull(value, "embedder");
      this.nearDuplicateThreshold = threshold;
      return this;
    }

    /** How failed model calls are retried (default {@link RetryPolicy#DEFAULT}). */
    public Builder suggestionRetries(RetryPolicy value) {
      this.retries = Objects.requireNonNull(value, "retries");
      return this;
    }

    /**
     * Where work that must not delay or fail the request that caused it runs (sending a failed gold
     * annotator's recent work to review; suggestion jobs). Default: one daemon thread of the instance's own for
     * each, finished on {@link #close()}. {@code Runnable::run} runs it in the caller's thread (for tests).
     */
    public Builder backgroundExecutor(java.util.concurrent.Executor value) {
      this.backgroundExecutor = Objects.requireNonNull(value, "backgroundExecutor");
      return this;
    }

    /** Upload size limits (default {@link IngestLimits#DEFAULT}). */
    public Builder ingestLimits(IngestLimits value) {
      this.ingestLimits = Objects.requireNonNull(value, "ingestLimits");
      return this;
    }

    /** The storage adapter (required), e.g. {@code JdbcStores.sqlite(path)}. */
    public Builder store(Store value) {
      this.store = Objects.requireNonNull(value, "store");
      return this;
    }

    /** The clock for every timestamp and lease (default: system UTC). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Where project split seeds are drawn from when a project names none. */
    public Builder random(RandomGenerator value) {
      this.random = Objects.requireNonNull(value, "random");
      return this;
    }

    /** How long a claim holds a task for its annotator (default 30 minutes). */
    public Builder lease(Duration value) {
      if (value.isNegative() || value.isZero()) throw new IllegalArgumentException("lease must be positive");
      this.lease = value;
      return this;
    }

    /**
     * Where export files go (default: {@code collectlite-data/exports} under the working directory). The facade
     * calls its {@link ExportArchive#recover()} when built and closes it on {@link CollectLite#close()}.
     */
    public Builder exportArchive(ExportArchive value) {
      this.archive = Objects.requireNonNull(value, "archive");
      return this;
    }

    /** Shorthand for a {@link DirectoryExportArchive} rooted at {@code directory}. */
    public Builder exportDirectory(Path directory) {
      return exportArchive(new DirectoryExportArchive(directory));
    }

    /**
     * The train/validation/evaluation shares of new projects that name none (default 80/10/10).
     * A project keeps the shares it was created with.
     */
    public Builder splitRatios(SplitRatios value) {
      this.splitRatios = Objects.requireNonNull(value, "splitRatios");
      return this;
    }

    /** Builds the facade. */
    public CollectLite build() {
      return new CollectLite(this);
    }
  }
}
