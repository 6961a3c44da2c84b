/** Why a task is in the review queue, as the API names it, with the text a reviewer reads. */
export interface ReviewReason {
  value: string;
  /** Short, for the filter. */
  title: string;
  /** The badge on a task. */
  text: string;
  /** What sent it here, in a sentence. */
  help: string;
}

/** Every review reason, in the order the filter lists them. */
export const REVIEW_REASONS: readonly ReviewReason[] = [
  {
    value: 'disagreement',
    title: 'Disagreement',
    text: 'Annotators disagree',
    help: 'No answer won outright, or the agreement is below the project’s minimum.',
  },
  {
    value: 'low_confidence',
    title: 'Low confidence',
    text: 'An annotator was unsure',
    help: 'An annotator marked their answer low confidence.',
  },
  {
    value: 'model_disagreement',
    title: 'Model disagreement',
    text: 'A confident model disagrees',
    help: 'A model suggestion above the project’s threshold disagrees with the consensus.',
  },
  {
    value: 'failed_gold',
    title: 'Failed gold',
    text: 'An annotator failed gold',
    help: 'One of its annotators later answered a gold task wrongly, so their recent work is checked again.',
  },
  {
    value: 'owner_flag',
    title: 'Owner flag',
    text: 'Flagged by the owner',
    help: 'The project owner sent it to review.',
  },
];

/** The reason named `value`; an unknown one reads as its name. */
export function reasonOf(value: string): ReviewReason {
  const known = REVIEW_REASONS.find((r) => r.value === value.toLowerCase());
  if (known) return known;
  const text = value.replace(/_/g, ' ');
  return { value, title: text, text, help: text };
}
