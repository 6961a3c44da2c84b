package io.collectlite.http;

import io.collectlite.template.OrdinalScale;
import io.collectlite.template.Question;
import io.javalin.openapi.OpenApiRequired;
import java.util.List;

/**
 * The question of a template.
 *
 * @param kind the question kind; {@code ordinal} (ordered grades, first option lowest) for now
 */
record QuestionView(@OpenApiRequired String kind, @OpenApiRequired String name, @OpenApiRequired String prompt,
    @OpenApiRequired List<OptionView> options) {
  static QuestionView of(Question question) {
    // Java 17 has no pattern switch; a new Question kind must add its branch here
    if (question instanceof OrdinalScale s) {
      return new QuestionView("ordinal", s.name(), s.prompt(),
          s.options().stream().map(o -> new OptionView(o.value(), o.title(), o.key())).toList());
    }
    throw new IllegalStateException("no wire form for question kind " + question.getClass().getSimpleName());
  }
}
