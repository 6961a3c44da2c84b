import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type ResponsesOf<P extends keyof paths, M extends keyof paths[P]> =
  paths[P][M] extends { responses: infer R } ? R : never;
type SuccessOf<R> = R extends { 200: infer A } ? JsonOf<A> : R extends { 201: infer B } ? JsonOf<B> : never;

/** The JSON body of a successful response, as the server's OpenAPI document describes it. */
export type Ok<P extends keyof paths, M extends keyof paths[P]> = SuccessOf<ResponsesOf<P, M>>;

export type DemoUser = Ok<'/api/demo/users', 'get'>[number];
export type Me = Ok<'/api/me', 'get'>;
export type User = Ok<'/api/users', 'get'>[number];
export type ProjectSummary = Ok<'/api/projects', 'get'>[number];
export type ProjectDetail = Ok<'/api/projects/{id}', 'get'>;
export type Member = Ok<'/api/projects/{id}/members', 'get'>[number];
export type UploadReport = Ok<'/api/projects/{id}/datasets', 'post'>;
export type Claim = Ok<'/api/tasks/next', 'get'>;
export type ReviewItem = Ok<'/api/projects/{id}/review-queue', 'get'>[number];
export type Metrics = Ok<'/api/projects/{id}/metrics', 'get'>;
export type Leaderboard = Ok<'/api/projects/{id}/leaderboard', 'get'>;
export type Dashboard = Ok<'/api/projects/{id}/dashboard', 'get'>;
export type ExportManifest = Ok<'/api/projects/{id}/exports', 'get'>[number];
export type ExportDiff = Ok<'/api/projects/{id}/exports/diff', 'get'>;
export type QualitySettings = Ok<'/api/projects/{id}/quality', 'get'>;
export type Reliability = Ok<'/api/projects/{id}/reliability', 'get'>[number];
export type ConsensusRun = Ok<'/api/projects/{id}/consensus/runs', 'get'>[number];
export type RecomputeResult = Ok<'/api/projects/{id}/consensus/recompute', 'post'>;
export type GoldReport = Ok<'/api/projects/{id}/gold', 'post'>;
export type Suggestion = ReviewItem['suggestions'][number];
export type Suggester = Ok<'/api/suggesters', 'get'>[number];
export type Job = Ok<'/api/jobs/{id}', 'get'>;
export type JobFailure = Job['failures'][number];
export type SuggestionSettings = Ok<'/api/projects/{id}/suggestions/settings', 'get'>;
export type SuggestionReport = Ok<'/api/projects/{id}/suggestions/report', 'get'>;
export type ModelReport = SuggestionReport['models'][number];
export type Share = ModelReport['accuracy'];

/** The three roles a member can hold in a project. */
export type Role = 'owner' | 'reviewer' | 'annotator';
export type Confidence = 'low' | 'medium' | 'high';
