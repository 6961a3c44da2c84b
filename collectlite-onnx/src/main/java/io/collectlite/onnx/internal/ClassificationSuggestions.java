package io.collectlite.onnx.internal;

import io.collectlite.suggestion.LabelledExample;
import io.collectlite.suggestion.SuggestionOutcome;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.suggestion.TextEmbedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels texts by their nearest resolved examples once a project has enough of them, and by the closest label
 * description before that. Resolved examples' vectors are cached by example id, label descriptions' by text.
 *
 * <p>Thread-safe.
 */
public final class ClassificationSuggestions {
  private static final String FIELD = "text";

  private final ClassificationSettings settings;
  private final EmbeddingCache labelled = new EmbeddingCache(20_000);
  private final EmbeddingCache descriptions = new EmbeddingCache(1_000);

  /** Suggestions made with these settings. */
  public ClassificationSuggestions(ClassificationSettings settings) {
    this.settings = settings;
  }

  /** One outcome per request, in order. */
  public List<SuggestionOutcome> suggest(List<SuggestionRequest> requests, List<LabelledExample> examples,
      LabelSpace space, TextEmbedder embedder) {
    List<String> texts = requests.stream().map(r -> r.field(FIELD)).filter(t -> !t.isBlank()).toList();
    List<float[]> vectors = embedder.embed(texts);
    Voters voters = voters(examples, space, embedder);
    boolean voting = voters.ids().size() >= settings.votingThreshold();
    List<float[]> described = voting ? List.of() : descriptionVectors(space, embedder);
    List<SuggestionOutcome> outcomes = new ArrayList<>(requests.size());
    int next = 0;
    for (SuggestionRequest request : requests) {
      if (request.field(FIELD).isBlank()) {
        outcomes.add(new SuggestionOutcome.Failed("the row has no text to classify"));
        continue;
      }
      float[] vector = vectors.get(next++);
      outcomes.add(voting
          ? LabelVote.byNeighbours(vector, voters, request.exampleId(), space, settings.neighbours())
          : LabelVote.byDescriptions(vector, described, space, settings.temperature()));
    }
    return outcomes;
  }

  /** How many resolved examples' vectors are cached. */
  public int cachedExamples() {
    return labelled.size();
  }

  private Voters voters(List<LabelledExample> examples, LabelSpace space, TextEmbedder embedder) {
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<boolean[]> labels = new ArrayList<>();
    for (LabelledExample example : examples) {
      String text = example.fields().getOrDefault(FIELD, "");
      var label = space.parse(example.label());
      if (text.isBlank() || label.isEmpty()) continue;
      ids.add(example.exampleId());
      texts.add(text);
      labels.add(label.get());
    }
    if (ids.size() < settings.votingThreshold()) return new Voters(List.of(), new float[0][], new boolean[0][]);
    return new Voters(ids, labelled.vectors(ids, texts, embedder).toArray(float[][]::new),
        labels.toArray(boolean[][]::new));
  }

  private List<float[]> descriptionVectors(LabelSpace space, TextEmbedder embedder) {
    List<String> texts = space.descriptions(settings.descriptions());
    return descriptions.vectors(texts, texts, embedder);
  }

  /** Resolved examples that may vote: their ids, vectors and labels (a membership per option). */
  record Voters(List<String> ids, float[][] vectors, boolean[][] labels) {}
}
