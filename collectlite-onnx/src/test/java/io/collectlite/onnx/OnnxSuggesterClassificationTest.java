package io.collectlite.onnx;

import static io.collectlite.onnx.OnnxSuggesterTest.suggested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.collectlite.project.TaskType;
import io.collectlite.suggestion.LabelledExample;
import io.collectlite.suggestion.SuggestionContext;
import io.collectlite.suggestion.SuggestionOutcome.Suggested;
import io.collectlite.suggestion.SuggestionRequest;
import io.collectlite.template.LabelOption;
import io.collectlite.template.LabelSchema;
import io.collectlite.template.Presets;
import io.collectlite.template.SingleChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxSuggesterClassificationTest {
  private static final List<String> TEXTS = List.of(
      "The striker scored twice in the second half and the team won the league.",
      "Simmer the onions in butter until golden, then stir in the garlic and tomatoes.",
      "The new laptop has a faster processor, more memory and a brighter screen.");
  // titles that say nothing about the texts: only descriptions or neighbours can tell the options apart
  private static final LabelSchema CODES = new LabelSchema(List.of(new SingleChoice("label", "Which class?", true,
      List.of(new LabelOption("x", "Class X", "1"), new LabelOption("y", "Class Y", "2")))), List.of("text"));
  private static final List<String> ANIMALS = List.of("My dog barks at every cat in the street.",
      "The kitten chased a ball of wool under the sofa.", "Horses graze in the meadow behind the barn.",
      "Our parrot repeats every word it hears.", "The puppy chewed one of my shoes again.",
      "A fox was spotted near the chicken coop last night.", "The hamster runs on its wheel all night.");
  private static final List<String> MONEY = List.of("The bank raised its interest rate on savings accounts.",
      "Shares in the company fell after the quarterly earnings report.", "She pays off her credit card every month.",
      "The mortgage payment is due on the first of the month.", "Inflation pushed up the price of groceries this year.",
      "He invested his bonus in an index fund.", "The budget deficit widened to three percent of GDP.");
  private static LocalEmbedder embedder;
  private static OnnxSuggester suggester;

  @BeforeAll
  static void load() {
    embedder = LocalEmbedder.load();
    suggester = OnnxSuggester.create(embedder);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void withoutResolvedExamplesATextGetsTheOptionWhoseTitleIsClosest() {
    var context = new SuggestionContext(TaskType.CLASSIFICATION,
        Presets.classification(List.of("sports", "cooking", "technology"), false), "");

    List<Suggested> s = suggested(suggester.suggest(requests(TEXTS), context));

    assertThat(s).extracting(Suggested::label).containsExactly("sports", "cooking", "technology");
    assertThat(s).allSatisfy(one -> {
      assertThat(one.rationale()).startsWith("closest label description");
      assertThat(one.distribution().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1,
          within(1e-9));
      assertThat(one.confidence().getAsDouble()).isEqualTo(one.distribution().get(one.label()));
    });
  }

  @Test
  void descriptionsGivenToTheBuilderReplaceTheTitles() {
    OnnxSuggester described = OnnxSuggester.builder(embedder).labelDescription("x", "pets and wild animals")
        .labelDescription("y", "money, banking and the economy").build();
    var context = new SuggestionContext(TaskType.CLASSIFICATION, CODES, "");

    List<Suggested> s = suggested(described.suggest(requests(List.of(ANIMALS.get(0), MONEY.get(0))), context));

    assertThat(s).extracting(Suggested::label).containsExactly("x", "y");
  }

  @Test
  void onceEnoughExamplesAreResolvedTheNearestOnesVote() {
    var context = new SuggestionContext(TaskType.CLASSIFICATION, CODES, "", labelled(7, 7));
    List<SuggestionRequest> requests = requests(List.of("The cat is asleep on the dog's bed.",
        "Bond yields rose as investors sold government debt."));

    List<Suggested> s = suggested(suggester.suggest(requests, context));

    assertThat(s).extracting(Suggested::label).containsExactly("x", "y");
    assertThat(s).allSatisfy(one -> {
      assertThat(one.rationale()).contains("of the 5 nearest resolved examples");
      assertThat(one.confidence().getAsDouble()).isGreaterThan(0.5);
    });
  }

  @Test
  void belowTheMinimumOfResolvedExamplesTheDescriptionsDecide() {
    var context = new SuggestionContext(TaskType.CLASSIFICATION, CODES, "", labelled(4, 5));

    Suggested s = suggested(suggester.suggest(requests(List.of(ANIMALS.get(0))), context)).get(0);

    assertThat(s.rationale()).startsWith("closest label description");
  }

  @Test
  void aMultipleChoiceSuggestionIsTheJsonArrayOfTheOptionsMostNeighboursName() {
    var schema = Presets.classification(List.of("animals", "money", "other"), true);
    List<LabelledExample> examples = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      examples.add(new LabelledExample("a" + i, Map.of("text", ANIMALS.get(i)), "[\"animals\"]"));
      examples.add(new LabelledExample("m" + i, Map.of("text", MONEY.get(i)), "[\"money\",\"other\"]"));
    }
    var context = new SuggestionContext(TaskType.CLASSIFICATION, schema, "", examples);

    List<Suggested> s = suggested(suggester.suggest(requests(List.of("The cat is asleep on the dog's bed.",
        "Bond yields rose as investors sold government debt.")), context));

    assertThat(s).extracting(Suggested::label).containsExactly("[\"animals\"]", "[\"money\",\"other\"]");
    assertThat(s.get(1).distribution().get("money")).isCloseTo(s.get(1).distribution().get("other"), within(1e-9));
  }

  private static List<LabelledExample> labelled(int animals, int money) {
    List<LabelledExample> examples = new ArrayList<>();
    for (int i = 0; i < animals; i++) examples.add(new LabelledExample("a" + i, Map.of("text", ANIMALS.get(i)), "x"));
    for (int i = 0; i < money; i++) examples.add(new LabelledExample("m" + i, Map.of("text", MONEY.get(i)), "y"));
    return examples;
  }

  private static List<SuggestionRequest> requests(List<String> texts) {
    List<SuggestionRequest> requests = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) requests.add(new SuggestionRequest("r" + i, Map.of("text", texts.get(i))));
    return requests;
  }
}
