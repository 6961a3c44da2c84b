// Compile-time guard: each derived type must be a real object type, not `never` (a path or
// response renamed in the server's OpenAPI document would otherwise pass silently).
import type * as T from './types';

type IsNever<X> = [X] extends [never] ? true : false;
type AssertNotNever<X> = IsNever<X> extends true ? ['derived type is never'] : [];
function assertTypes<_ extends [
  AssertNotNever<T.DemoUser>, AssertNotNever<T.Me>, AssertNotNever<T.User>, AssertNotNever<T.ProjectSummary>,
  AssertNotNever<T.ProjectDetail>, AssertNotNever<T.Member>, AssertNotNever<T.UploadReport>, AssertNotNever<T.Claim>,
  AssertNotNever<T.ReviewItem>, AssertNotNever<T.Metrics>, AssertNotNever<T.ExportManifest>,
  AssertNotNever<T.ExportDiff>, AssertNotNever<T.Leaderboard>, AssertNotNever<T.QualitySettings>,
  AssertNotNever<T.Reliability>, AssertNotNever<T.ConsensusRun>, AssertNotNever<T.RecomputeResult>,
  AssertNotNever<T.GoldReport>, AssertNotNever<T.Suggestion>, AssertNotNever<T.Dashboard>,
  AssertNotNever<T.Suggester>, AssertNotNever<T.Job>, AssertNotNever<T.JobFailure>,
  AssertNotNever<T.SuggestionSettings>, AssertNotNever<T.SuggestionReport>, AssertNotNever<T.ModelReport>,
  AssertNotNever<T.Share>,
]>(): void {}
export const typesAreDerived: () => void =
  assertTypes<[[], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], []]>;
