// Writes dev/openapi.dev.json: a hand-written stand-in for the server's OpenAPI document, used
// only while the server does not build yet (OPENAPI_PATH=dev/openapi.dev.json npm run gen:api).
import fs from 'node:fs';
const S = (properties, required = Object.keys(properties)) => ({ type: 'object', properties, required });
const str = { type: 'string' }, int = { type: 'integer', format: 'int64' }, num = { type: 'number' }, bool = { type: 'boolean' };
const arr = (items) => ({ type: 'array', items });
const ref = (n) => ({ $ref: `#/components/schemas/${n}` });
const json = (schema) => ({ content: { 'application/json': { schema } } });
const ok = (schema, code = '200') => ({ [code]: { description: 'ok', ...json(schema) } });
const err = { '400': { description: 'bad', ...json(ref('ErrorBody')) } };
const idp = (name) => ({ name, in: 'path', required: true, schema: int });
const schemas = {
  ErrorBody: S({ error: str, detail: str, problems: arr(ref('Problem')) }, ['error', 'detail']),
  Problem: S({ line: int, field: str, message: str }, ['message']),
  DemoUser: S({ id: int, name: str, role: str, token: str }),
  Me: S({ id: int, name: str }),
  UserView: S({ id: int, name: str }),
  NewProjectRequest: S({ name: str, task_type: str, instructions: str, overlap: int }, ['name', 'task_type']),
  ProjectView: S({ id: int, name: str, task_type: str, overlap: int, created_at: str, role: str }),
  LabelOptionView: S({ value: str, title: str, key: str }),
  QuestionView: S({ name: str, prompt: str, options: arr(ref('LabelOptionView')) }),
  TemplateView: S({ version: int, instructions: str, question: ref('QuestionView') }),
  ProjectDetail: S({ id: int, name: str, task_type: str, overlap: int, created_at: str, role: str, template: ref('TemplateView') }),
  InstructionsRequest: S({ instructions: str }),
  MemberView: S({ user_id: int, user_name: str, role: str }),
  RoleRequest: S({ role: str }),
  DuplicateView: S({ line: int, example_id: str, reason: str }),
  UploadReportView: S({ dataset_id: int, file_name: str, rows_read: int, examples_created: int, duplicates: arr(ref('DuplicateView')) }),
  GenerateRequest: S({ overlap: int }, []),
  GenerateResult: S({ created: int }),
  ClaimView: S({ assignment_id: int, task_id: int, project_id: int, fields: { type: 'object', additionalProperties: true }, template_version: int, lease_expires_at: str }),
  AnnotationRequest: S({ label: str, confidence: str, notes: str, latency_ms: int, idempotency_key: str }, ['label', 'confidence']),
  SubmitResult: S({ annotation_id: int, task_state: str, replayed: bool }),
  ConsensusView: S({ label: str, score: num, method: str, reasons: arr(str) }),
  ReviewAnnotationView: S({ annotator: str, label: str, confidence: str, notes: str, latency_ms: int, created_at: str }),
  ReviewItemView: S({ task_id: int, example_id: str, fields: { type: 'object', additionalProperties: true }, consensus: ref('ConsensusView'), annotations: arr(ref('ReviewAnnotationView')) }),
  ResolveRequest: S({ label: str, comment: str }, ['label']),
  ResolveResult: S({ task_id: int, state: str }),
  MetricsView: S({ examples: int, annotations: int, tasks: int, tasks_by_state: { type: 'object', additionalProperties: int }, final_labels: { type: 'object', additionalProperties: int }, review_backlog: int, exports: int, export_readiness: num }),
  ExportRequest: S({ format: str }),
  ExportView: S({ id: int, project_id: int, version: int, format: str, schema_version: str, record_count: int, sha256: str, created_by: int, created_at: str, file_name: str, download_url: str }),
};
const p = (op) => op;
const paths = {
  '/api/health': { get: p({ responses: ok(S({ status: str })) }) },
  '/api/demo/users': { get: p({ responses: { ...ok(arr(ref('DemoUser'))), '404': { description: 'not demo' } } }) },
  '/api/me': { get: p({ responses: ok(ref('Me')) }) },
  '/api/users': { get: p({ responses: ok(arr(ref('UserView'))) }) },
  '/api/projects': {
    get: p({ responses: ok(arr(ref('ProjectView'))) }),
    post: p({ requestBody: json(ref('NewProjectRequest')), responses: { ...ok(ref('ProjectView'), '201'), ...err } }),
  },
  '/api/projects/{id}': { get: p({ parameters: [idp('id')], responses: ok(ref('ProjectDetail')) }) },
  '/api/projects/{id}/instructions': { put: p({ parameters: [idp('id')], requestBody: json(ref('InstructionsRequest')), responses: ok(ref('TemplateView')) }) },
  '/api/projects/{id}/members': { get: p({ parameters: [idp('id')], responses: ok(arr(ref('MemberView'))) }) },
  '/api/projects/{id}/members/{userId}': { put: p({ parameters: [idp('id'), idp('userId')], requestBody: json(ref('RoleRequest')), responses: { '204': { description: 'ok' } } }) },
  '/api/projects/{id}/datasets': { post: p({ parameters: [idp('id')], requestBody: { content: { 'multipart/form-data': { schema: S({ file: { type: 'string', format: 'binary' } }) } } }, responses: { ...ok(ref('UploadReportView'), '201'), ...err } }) },
  '/api/projects/{id}/tasks/generate': { post: p({ parameters: [idp('id')], requestBody: json(ref('GenerateRequest')), responses: ok(ref('GenerateResult')) }) },
  '/api/tasks/next': { get: p({ parameters: [{ name: 'project', in: 'query', required: true, schema: int }], responses: { ...ok(ref('ClaimView')), '204': { description: 'empty' } } }) },
  '/api/tasks/{id}/annotations': { post: p({ parameters: [idp('id')], requestBody: json(ref('AnnotationRequest')), responses: { ...ok(ref('SubmitResult'), '201'), ...ok(ref('SubmitResult')) } }) },
  '/api/tasks/{id}/skip': { post: p({ parameters: [idp('id')], responses: { '204': { description: 'ok' } } }) },
  '/api/projects/{id}/review-queue': { get: p({ parameters: [idp('id')], responses: ok(arr(ref('ReviewItemView'))) }) },
  '/api/reviews/{taskId}/resolve': { post: p({ parameters: [idp('taskId')], requestBody: json(ref('ResolveRequest')), responses: ok(ref('ResolveResult')) }) },
  '/api/projects/{id}/metrics': { get: p({ parameters: [idp('id')], responses: ok(ref('MetricsView')) }) },
  '/api/projects/{id}/exports': {
    get: p({ parameters: [idp('id')], responses: ok(arr(ref('ExportView'))) }),
    post: p({ parameters: [idp('id')], requestBody: json(ref('ExportRequest')), responses: ok(ref('ExportView'), '201') }),
  },
  '/api/exports/{id}/download': { get: p({ parameters: [idp('id')], responses: { '200': { description: 'file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } } }) },
};
fs.writeFileSync(new URL('./openapi.dev.json', import.meta.url), JSON.stringify({ openapi: '3.0.3', info: { title: 'CollectLite (dev stand-in)', version: '0' }, paths, components: { schemas } }, null, 1));
