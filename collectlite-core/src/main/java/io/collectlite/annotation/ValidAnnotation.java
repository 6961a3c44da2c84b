package io.collectlite.annotation;

import io.collectlite.template.Answers;
import java.util.Objects;

/**
 * An annotator's input after the template checked it: what stores write.
 *
 * @param answers the normalised answers and the primary answer's consensus key
 * @param templateVersion the template version the answers were checked against
 */
public record ValidAnnotation(AnnotationInput input, Answers answers, int templateVersion) {
  public ValidAnnotation {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(answers, "answers");
    if (templateVersion < 1) throw new IllegalArgumentException("template versions start at 1");
  }
}
