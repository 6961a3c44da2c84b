package io.collectlite.http;

import io.javalin.openapi.OpenApiRequired;
import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a template, in and out. Which optional fields apply depends on {@code kind}.
 *
 * @param kind {@code single_choice}, {@code multi_choice}, {@code ordinal} (ordered grades, first
 *     lowest), {@code numeric}, {@code pairwise} (a / b / tie) or {@code free_text}
 * @param required whether every annotation must answer it (default true)
 * @param options the answers of a choice or ordinal question, in order
 * @param min_choices fewest options a multi-choice answer picks
 * @param max_choices most options a multi-choice answer picks
 * @param min lowest numeric value
 * @param max highest numeric value
 * @param step numeric step (default 1)
 * @param tolerance numeric answers this close to the median agree (default 0)
 * @param choices a pairwise question's a / b / tie options
 * @param strengths a pairwise question's "how much better" options
 * @param max_length longest free text
 * @param key the free-text box's shortcut
 */
record QuestionView(@OpenApiRequired String kind, @OpenApiRequired String name, String prompt, Boolean required,
    List<OptionView> options, Integer min_choices, Integer max_choices, BigDecimal min, BigDecimal max,
    BigDecimal step, BigDecimal tolerance, List<OptionView> choices, List<OptionView> strengths, Integer max_length,
    String key) {}
