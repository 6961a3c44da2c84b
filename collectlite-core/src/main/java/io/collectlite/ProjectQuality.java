package io.collectlite;

import com.fasterxml.jackson.databind.JsonNode;
import io.collectlite.annotation.SubmitOutcome;
import io.collectlite.gold.GoldCheck;
import io.collectlite.gold.GoldLine;
import io.collectlite.gold.GoldReport;
import io.collectlite.gold.GoldSource;
import io.collectlite.quality.AggregationMethod;
import io.collectlite.quality.AnnotatorReliability;
import io.collectlite.quality.AnnotatorWeights;
import io.collectlite.quality.ConsensusPolicy;
import io.collectlite.quality.ConsensusResult;
import io.collectlite.quality.ConsensusRun;
import io.collectlite.quality.DawidSkeneFit;
import io.collectlite.quality.DawidSkeneFitJson;
import io.collectlite.quality.QualityEngine;
import io.collectlite.quality.QualitySettings;
import io.collectlite.quality.QualitySettingsJson;
import io.collectlite.quality.RecomputeResult;
import io.collectlite.quality.ReviewReason;
import io.collectlite.quality.TaskEvidence;
import io.collectlite.quality.aggregation.BetaPrior;
import io.collectlite.quality.aggregation.DawidSkene;
import io.collectlite.quality.aggregation.DawidSkeneOptions;
import io.collectlite.quality.aggregation.DawidSkeneResult;
import io.collectlite.quality.aggregation.Reliability;
import io.collectlite.quality.aggregation.Vote;
import io.collectlite.store.Store;
import io.collectlite.template.LabelSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The quality engine's work for the facade: settings, the engine each submit decides with, gold
 * accuracy and reliability, recomputes, and routing to review. Callers check access.
 */
final class ProjectQuality {
  /** Gold accuracy is smoothed with a uniform prior: 2 of 2 right reads 0.75, not 1. */
  static final BetaPrior GOLD_PRIOR = BetaPrior.UNIFORM;
  private static final int FITS_KEPT = 64;
  private final Store store;
  /** Parsed Dawid–Skene fits by run id: every submit of a Dawid–Skene project decides with its latest. */
  private final Map<Long, DawidSkeneFit> fits = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, DawidSkeneFit> eldest) {
          return size() > FITS_KEPT;
        }
      });

  ProjectQuality(Store store) {
    this.store = store;
  }

  QualitySettings settings(long projectId, LabelSchema schema) {
    return store.quality().settings(projectId).map(json -> QualitySettingsJson.read(json, schema))
        .orElseGet(() -> QualitySettings.defaults(schema));
  }

  QualitySettings update(long projectId, LabelSchema schema, JsonNode patch, long actorId, Instant now) {
    QualitySettings next = QualitySettingsJson.read(patch, settings(projectId, schema), schema);
    store.quality().putSettings(projectId, QualitySettingsJson.write(next), actorId, now);
    return next;
  }

  /** The policy a submit or import decides with, under the project's current settings. */
  ConsensusPolicy policy(long projectId, LabelSchema schema) {
    QualitySettings settings = settings(projectId, schema);
    return engine(projectId, schema, settings, latestFit(projectId, settings)).policy();
  }

  private QualityEngine engine(long projectId, LabelSchema schema, QualitySettings settings,
      Optional<DawidSkeneFit> fit) {
    return QualityEngine.of(schema, settings, weightsFor(projectId, schema, settings), fit);
  }

  /** Reliability weights when the project votes by them; equal weights (never read) otherwise. */
  private AnnotatorWeights weightsFor(long projectId, LabelSchema schema, QualitySettings settings) {
    return settings.aggregation() == AggregationMethod.WEIGHTED_VOTE ? weights(projectId, schema)
        : AnnotatorWeights.EQUAL;
  }

  private Optional<DawidSkeneFit> latestFit(long projectId, QualitySettings settings) {
    if (settings.aggregation() != AggregationMethod.DAWID_SKENE) return Optional.empty();
    return latestDawidSkeneFit(projectId);
  }

  /** The fit of the project's latest recompute, when that recompute was a Dawid–Skene one. */
  private Optional<DawidSkeneFit> latestDawidSkeneFit(long projectId) {
    return store.quality().latestRun(projectId).filter(r -> r.method() == AggregationMethod.DAWID_SKENE)
        .filter(r -> !r.model().isEmpty()).map(this::fitOf);
  }

  private DawidSkeneFit fitOf(ConsensusRun run) {
    return fits.computeIfAbsent(run.id(), id -> DawidSkeneFitJson.read(run.model()));
  }

  /** Reliability as vote weights (see {@link AnnotatorReliability#estimate()}); the prior's mean for anyone else. */
  private AnnotatorWeights weights(long projectId, LabelSchema schema) {
    Map<Long, Double> weights = new HashMap<>();
    reliability(projectId, schema).forEach(r -> weights.put(r.annotatorId(), r.estimate()));
    return new AnnotatorWeights(weights, Reliability.fromGold(0, 0, GOLD_PRIOR).estimate());
  }

  /**
   * Each annotator's reliability: smoothed gold accuracy with the count it rests on, and the latest
   * Dawid–Skene estimate; for the project's annotators and anyone else with gold answers or in the fit.
   */
  List<AnnotatorReliability> reliability(long projectId, LabelSchema schema) {
    Map<Long, Tally> gold = goldTallies(projectId, schema);
    Optional<DawidSkeneFit> fit = latestDawidSkeneFit(projectId);
    Map<Long, String> names = new TreeMap<>();
    Map<Long, String> everyone = new HashMap<>();
    for (var m : store.projects().members(projectId)) {
      everyone.put(m.userId(), m.userName());
      if (m.role() == io.collectlite.user.Role.ANNOTATOR) names.put(m.userId(), m.userName());
    }
    gold.forEach((id, t) -> names.putIfAbsent(id, t.name));
    fit.ifPresent(f -> f.confusion().keySet().forEach(id -> names.putIfAbsent(id, everyone.getOrDefault(id, "user " + id))));
    List<AnnotatorReliability> out = new ArrayList<>();
    names.forEach((id, name) -> {
      Tally t = gold.getOrDefault(id, new Tally(name));
      out.add(new AnnotatorReliability(id, name, Reliability.fromGold(t.correct, t.total, GOLD_PRIOR),
          fit.flatMap(f -> f.accuracy(id))));
    });
    return out;
  }

  /**
   * Each annotator's gold record; counted by the database unless answers agree within a numeric
   * tolerance, which only the schema can judge.
   */
  private Map<Long, Tally> goldTallies(long projectId, LabelSchema schema) {
    Map<Long, Tally> tallies = new LinkedHashMap<>();
    if (!(schema.primary() instanceof io.collectlite.template.NumericRating)) {
      for (var t : store.quality().goldTallies(projectId)) {
        Tally tally = new Tally(t.annotatorName());
        tally.correct = t.correct();
        tally.total = t.total();
        tallies.put(t.annotatorId(), tally);
      }
      return tallies;
    }
    for (GoldCheck c : store.quality().goldChecks(projectId)) {
      Tally t = tallies.computeIfAbsent(c.annotatorId(), id -> new Tally(c.annotatorName()));
      t.total++;
      if (schema.agrees(c.label(), c.goldLabel())) t.correct++;
    }
    return tallies;
  }

  private static final class Tally {
    final String name;
    long correct;
    long total;

    Tally(String name) {
      this.name = name;
    }
  }

  GoldReport addGold(long projectId, List<GoldLine> lines, GoldSource source, Optional<Long> actorId, boolean strict,
      Instant now) {
    return store.quality().addGold(projectId, lines, source, actorId, strict, now);
  }

  /** Whether a submit answered a gold probe wrongly. */
  boolean failedGold(LabelSchema schema, SubmitOutcome outcome) {
    return outcome.goldLabel().isPresent() && !outcome.replayed()
        && !schema.agrees(outcome.annotation().label(), outcome.goldLabel().get());
  }

  /**
   * After an annotator failed a gold task: when the project reviews the recent work of annotators
   * who fail gold, their most recent tasks resolved by consensus alone go back to review.
   */
  int reviewRecentWork(long projectId, LabelSchema schema, long annotatorId, long goldTaskId, Instant now) {
    int recent = settings(projectId, schema).failedGoldReview();
    if (recent == 0) return 0;
    return store.quality().reviewRecentWork(projectId, annotatorId, recent, ReviewReason.FAILED_GOLD,
        "annotator " + annotatorId + " failed gold task " + goldTaskId, now);
  }

  /**
   * Decides every decided task of the project again under its current settings (fitting
   * Dawid–Skene first when that is the method) and stores the results as a new consensus version.
   */
  RecomputeResult recompute(long projectId, LabelSchema schema, Optional<Long> actorId, Instant now) {
    long reading = System.nanoTime();
    QualitySettings settings = settings(projectId, schema);
    List<TaskEvidence> tasks = store.quality().decidedTasks(projectId);
    AnnotatorWeights weights = weightsFor(projectId, schema, settings);
    long started = System.nanoTime();
    Optional<DawidSkeneFit> fit = Optional.empty();
    String model = "";
    if (settings.aggregation() == AggregationMethod.DAWID_SKENE && !tasks.isEmpty()) {
      List<Vote> votes = new ArrayList<>();
      for (TaskEvidence t : tasks) {
        t.annotations().forEach(a -> votes.add(new Vote(t.taskId(), a.annotatorId(), a.label())));
      }
      DawidSkeneResult result = DawidSkene.fit(votes, DawidSkeneOptions.defaults());
      fit = Optional.of(DawidSkeneFit.of(result));
      model = DawidSkeneFitJson.write(fit.get());
    }
    QualityEngine engine = QualityEngine.of(schema, settings, weights, fit);
    Map<Long, ConsensusResult> results = new HashMap<>(tasks.size() * 2);
    for (TaskEvidence t : tasks) results.put(t.taskId(), engine.decide(t));
    long computed = System.nanoTime();
    ConsensusRun run = store.quality().saveRun(projectId, settings.aggregation(), QualitySettingsJson.write(settings),
        model, results, actorId, now);
    long written = System.nanoTime();
    return new RecomputeResult(run, (started - reading) / 1e6, (computed - started) / 1e6, (written - computed) / 1e6);
  }
}
