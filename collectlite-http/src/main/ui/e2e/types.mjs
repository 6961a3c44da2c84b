// All five task types through the real UI in a real browser. For each type the owner creates a
// project from the projects page, uploads a small JSONL file, generates tasks with overlap 2 and adds
// two annotators and a reviewer; both annotators label every task from the keyboard only and
// disagree once; the reviewer resolves that task from the keyboard; the owner creates a JSONL export
// on the export page and downloads it there (its SHA-256 checked against the one shown) into
// EXPORT_DIR/<task_type>.jsonl (the Java test checks each line against the type's JSON Schema).
// Along the way: the classification project's labels are edited (a new template version) and a
// dropped option is refused, QA validation reads a renamed column through a field mapping, typing
// in a text box triggers no shortcut, `?` lists each key once and is modal (answer keys, Enter and S
// do nothing behind it) and a missing required answer blocks Enter, naming exactly the questions
// left. Last, a critique project made through the API with a schema whose secondary question (named
// `confidence`) has options without keys is labelled by keyboard with the keys the workbench gives
// them, and exported with its annotations to EXPORT_DIR/critique-schema.jsonl. The pairwise rows name
// the model behind each response; after its export the owner opens the project's Leaderboard tab
// (shown for pairwise projects only) and reads the models ranked with their wins, losses and ties.
//
//   EXPORT_DIR=/tmp/out COLLECTLITE_URL=… OWNER_TOKEN=… … node e2e/types.mjs   (see lib.mjs)
import fs from 'node:fs';
import path from 'node:path';
import {
  addMembers, apiCall, base, check, createExport, downloadExport, focusOn, inViewWithoutScrolling, labelQueue, log,
  noHorizontalScroll, openAs, OUT,
  run, setStep, shot, users, watchLeases,
} from './lib.mjs';

const exportDir = process.env.EXPORT_DIR || path.join(OUT, 'types');
const text = (t) => ({ text: t });

const CRITIQUE_ROWS = [
  { id: 'gravity', prompt: 'Explain gravity in one line.', response: 'Mass attracts mass.' },
  { id: 'haiku', prompt: 'Write a haiku about rain.', response: 'Rain rain go away.' },
  { id: 'cat', prompt: 'Translate cat to German.', response: 'Katze.' },
];

/**
 * Per type: the rows, the field a task is recognised by, what each annotator presses on each task
 * (a string is a key, `{text}` is typed), the contested task, the reviewer's keys and the final label
 * the export must carry for it.
 */
const TYPES = [
  {
    type: 'pairwise_preference',
    title: 'Pairwise preference',
    by: 'prompt',
    rows: [
      { id: 'colour', prompt: 'Name a primary colour.', response_a: 'Red.', response_b: 'Purple.', model_a: 'alpha', model_b: 'beta' },
      { id: 'hello', prompt: 'Say hello in French.', response_a: 'Hola.', response_b: 'Bonjour.', model_a: 'beta', model_b: 'alpha' },
      { id: 'sum', prompt: 'What is 2 + 2?', response_a: '4', response_b: 'Four.', model_a: 'alpha', model_b: 'beta' },
    ],
    plan: {
      'Name a primary colour.': { ann: ['a', '2'], ben: ['a', '1'] },
      'Say hello in French.': { ann: ['b', '2'], ben: ['a'] },
      'What is 2 + 2?': { ann: ['t'], ben: ['t'] },
    },
    contested: 'hello',
    review: ['b', '2'],
    final: 'b',
    overlayKeys: ['A', 'B', 'T', '1', '2'],
    // alpha wins colour (a) and hello (b, after review), and ties sum: model, W / L / T, best first
    leaderboard: [['alpha', '2 / 0 / 1'], ['beta', '0 / 2 / 1']],
  },
  {
    type: 'document_relevance',
    title: 'Document relevance',
    by: 'query',
    rows: [
      { id: 'capital', query: 'capital of france', document: 'Paris is the capital and largest city of France.' },
      { id: 'python', query: 'sort a python list', document: 'Pythons are large snakes found in Africa and Asia.' },
      { id: 'boil', query: 'boiling point of water', document: 'At sea level water boils at 100 degrees Celsius.' },
    ],
    plan: {
      'capital of france': { ann: ['3'], ben: ['3'] },
      'sort a python list': { ann: ['1'], ben: ['1'] },
      'boiling point of water': { ann: ['3'], ben: ['2'] },
    },
    contested: 'boil',
    review: ['2'],
    final: 'partially_relevant',
  },
  {
    type: 'classification',
    title: 'Classification',
    labels: 'bug, feature, question',
    multi: true,
    by: 'text',
    rows: [
      { id: 'crash', text: 'The app crashes on start.' },
      { id: 'dark', text: 'Please add a dark mode; the current theme is broken at night.' },
      { id: 'reset', text: 'How do I reset my password?' },
    ],
    plan: {
      'The app crashes on start.': { ann: ['1'], ben: ['1'] },
      'Please add a dark mode; the current theme is broken at night.': { ann: ['1', '2'], ben: ['2'] },
      // 1 toggles on and off again: only "question" is sent
      'How do I reset my password?': { ann: ['1', '3', '1'], ben: ['3'] },
    },
    contested: 'dark',
    review: ['1', '2'],
    final: ['bug', 'feature'],
  },
  {
    type: 'qa_validation',
    title: 'QA validation',
    mapping: [['question', 'q']],
    by: 'context',
    rows: [
      { id: 'eiffel', context: 'The Eiffel Tower was completed in 1889.', q: 'When was the Eiffel Tower completed?', answer: '1889' },
      { id: 'water', context: 'Water boils at 100 °C at sea level.', q: 'At what temperature does water boil at sea level?', answer: '90 °C' },
      { id: 'everest', context: 'Mount Everest is 8,849 m tall.', q: 'How tall is Mount Everest?', answer: 'About 8,000 m.' },
    ],
    plan: {
      'The Eiffel Tower was completed in 1889.': { ann: ['3'], ben: ['3'] },
      'Water boils at 100 °C at sea level.': {
        ann: ['1', 'c', text('100 °C'), 'Escape'],
        ben: ['1', 'c', text('100 degrees Celsius'), 'Escape'],
      },
      // Typed text holds shortcut keys (s skips, 1–3 pick, q/w/e, n); Esc leaves the box, then E is confidence.
      'Mount Everest is 8,849 m tall.': {
        ann: ['3'],
        ben: ['2', 'c', text('8,849 m, says the source; 1 2 3 s q w e n'), 'Escape', 'e'],
        expect: { 'answer-verdict': 'partially_correct', confidence: 'high' },
      },
    },
    contested: 'everest',
    review: ['2'],
    reviewShows: '8,849 m, says the source',
    final: 'partially_correct',
  },
  {
    type: 'critique',
    title: 'Critique',
    by: 'prompt',
    rows: CRITIQUE_ROWS,
    plan: {
      'Explain gravity in one line.': { ann: ['4', 'c', text('Short and correct.')], ben: ['4', 'c', text('Right, if terse.')] },
      'Write a haiku about rain.': { ann: ['5', 'c', text('Lovely.')], ben: ['2', 'c', text('Not a haiku: the syllables are wrong.')] },
      'Translate cat to German.': { ann: ['5', 'c', text('Exact.')], ben: ['5', 'c', text('Correct, with the capital K.')] },
    },
    // The critique is required: Enter with only a rating must name what is missing.
    requiredCheck: {
      before: ['Rate the response from 1 (poor) to 5 (excellent)', 'What is good or wrong about the response?'],
      keys: ['3'],
      after: ['What is good or wrong about the response?'],
    },
    contested: 'haiku',
    review: ['2'],
    reviewShows: 'Not a haiku: the syllables are wrong.',
    final: 2,
  },
  {
    // A schema made through the API: the 1–5 rating owns the keys 1–5, and a secondary question whose
    // options have no keys (named like the workbench's confidence control) gets 6 and 7.
    type: 'critique',
    file: 'critique-schema',
    title: 'Critique with a secondary question',
    schema: {
      questions: [
        { kind: 'numeric', name: 'rating', prompt: 'Rate the response', min: 1, max: 5, step: 1, tolerance: 1 },
        {
          kind: 'single_choice', name: 'confidence', prompt: 'How sure is the rating?',
          options: [{ value: 'guess', title: 'A guess' }, { value: 'sure', title: 'Sure' }],
        },
        { kind: 'free_text', name: 'critique', prompt: 'Critique', required: false, key: 'c' },
      ],
      required_fields: ['prompt', 'response'],
    },
    by: 'prompt',
    rows: CRITIQUE_ROWS,
    plan: {
      'Explain gravity in one line.': {
        ann: ['4', '7'],
        ben: ['4', '6', 'e'],
        expect: { 'answer-rating': '4', 'answer-confidence': 'guess', confidence: 'high' },
      },
      'Write a haiku about rain.': { ann: ['5', '7'], ben: ['2', '7', 'c', text('Not a haiku.'), 'Escape'] },
      'Translate cat to German.': { ann: ['5', '6'], ben: ['5', '7'] },
    },
    overlayKeys: ['1', '5', '6', '7', 'C'],
    requiredCheck: { before: ['Rate the response', 'How sure is the rating?'], keys: ['3'], after: ['How sure is the rating?'] },
    contested: 'haiku',
    review: ['2', '6'],
    reviewShows: 'Not a haiku.',
    final: 2,
    // The export with annotations shows what each keyboard answer stored (ann's first, then ben's).
    answers: { gravity: [{ rating: '4', confidence: 'sure' }, { rating: '4', confidence: 'guess' }] },
  },
];

async function press(page, steps) {
  for (const s of steps) {
    if (typeof s === 'string') await page.keyboard.press(s);
    else await page.keyboard.type(s.text);
  }
}

/** The owner creates the project from the projects page (through the API when `t.schema` is given) and returns its id. */
async function createProject(page, t) {
  setStep(`owner creates a ${t.type} project`);
  if (t.schema) {
    const created = await apiCall(users.owner, 'POST', '/api/projects', {
      name: `${t.title} ${Date.now()}`, task_type: t.type, instructions: `Label each ${t.title.toLowerCase()} item.`,
      overlap: 2, seed: 1, schema: t.schema,
    });
    await page.goto(`${base}/#/projects/${created.id}`);
    await page.getByText('Labels · version 1').waitFor();
    log(`${t.title}: project ${created.id} created through the API`);
    return created.id;
  }
  await page.goto(`${base}/#/`);
  await page.locator('#np-name').fill(`${t.title} ${Date.now()}`);
  await page.locator('#np-type').selectOption(t.type);
  if (t.labels) {
    await page.locator('#np-labels').fill(t.labels);
    if (t.multi) await page.locator('#np-multi').check();
  }
  for (const [i, [field, column]] of (t.mapping ?? []).entries()) {
    await page.getByRole('button', { name: 'Add field mapping' }).click();
    await page.getByLabel(`Template field ${i + 1}`).selectOption(field);
    await page.getByLabel(`File column ${i + 1}`).fill(column);
  }
  await page.locator('#np-instructions').fill(`Label each ${t.title.toLowerCase()} item.`);
  await page.locator('#np-overlap').fill('2');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.waitForURL(/#\/projects\/\d+$/);
  const id = Number(/projects\/(\d+)/.exec(page.url())[1]);
  await page.getByText('Labels · version 1').waitFor();
  log(`${t.type}: project ${id} created`);
  return id;
}

/** A refused project names the field at fault next to the form. */
async function refusedProjectNamesTheField(page) {
  setStep('owner creates a project with a mapping to a missing field');
  await page.goto(`${base}/#/`);
  await page.locator('#np-name').fill(`Refused ${Date.now()}`);
  await page.locator('#np-type').selectOption('classification');
  await page.locator('#np-labels').fill('yes, yes');
  await page.getByRole('button', { name: 'Create project' }).click();
  const alert = page.locator('form[aria-labelledby="new-h"] [role="alert"]');
  await alert.waitFor();
  const said = await alert.innerText();
  check(/label/i.test(said), `the refusal does not name the labels: ${said}`);
  log(`refused project: ${said.replace(/\s+/g, ' ').slice(0, 120)}`);
}

/** The owner retitles a label and adds one (template version 2), then dropping a label is refused. */
async function ownerEditsLabels(page) {
  setStep('owner edits the labels');
  await page.getByRole('button', { name: 'Edit labels' }).click();
  await page.getByLabel('labels options 1 title').fill('Bug report');
  await page.getByRole('button', { name: 'Add option to labels' }).click();
  await page.getByLabel('labels options 4 value').fill('other');
  await page.getByLabel('labels options 4 title').fill('Other');
  await page.getByLabel('labels options 4 key').fill('4');
  await page.getByRole('button', { name: 'Save labels as new version' }).click();
  await page.getByText('Labels · version 2').waitFor();
  const labels = await page.getByTestId('schema-labels').innerText();
  check(labels.includes('Bug report') && labels.includes('Other'), `labels after the edit: ${labels}`);

  setStep('owner tries to drop a label');
  await page.getByRole('button', { name: 'Edit labels' }).click();
  await page.getByLabel('labels options 2 title').waitFor();
  await page.locator('form[aria-label="Edit labels"] .option-row').nth(1).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('button', { name: 'Save labels as new version' }).click();
  const alert = page.locator('form[aria-label="Edit labels"] [role="alert"]');
  await alert.waitFor();
  const said = await alert.innerText();
  check(said.includes('schema.questions[0].options') && said.includes('feature'), `the refusal is ${said}`);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('Labels · version 2').waitFor();
  log('labels edited (version 2); dropping "feature" refused');
}

async function ownerSetsUp(page, t) {
  const projectId = await createProject(page, t);
  if (t.type === 'classification') await ownerEditsLabels(page);

  setStep(`owner adds members to the ${t.type} project`);
  await addMembers(page, [[users.ann, 'annotator'], [users.ben, 'annotator'], [users.rita, 'reviewer']]);

  setStep(`owner uploads ${t.type} rows`);
  const project = await apiCall(users.owner, 'GET', `/api/projects/${projectId}`);
  const hint = await page.getByTestId('upload-hint').innerText();
  for (const field of [...project.template.required_fields, ...project.optional_fields]) {
    check(hint.includes(field), `the ${t.type} upload hint does not name ${field}: "${hint}"`);
  }
  if (t.type !== 'document_relevance') check(!/query|document/.test(hint), `the ${t.type} upload hint says: "${hint}"`);
  const jsonl = t.rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  await page.locator('#upload-file').setInputFiles({ name: `${t.type}.jsonl`, mimeType: 'application/x-ndjson', buffer: Buffer.from(jsonl) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.getByTestId('upload-report').waitFor();
  const created = await page.getByTestId('examples-created').innerText();
  check(created === String(t.rows.length), `${created} examples created from ${t.rows.length} rows`);

  setStep(`owner generates ${t.type} tasks`);
  await page.locator('#gen-overlap').fill('2');
  await page.getByRole('button', { name: 'Generate tasks' }).click();
  await page.getByTestId('generated').filter({ hasText: `Created ${t.rows.length} tasks` }).waitFor();
  await noHorizontalScroll(page, `${t.type} project page`);
  await shot(`types-${t.type}-project`);
  const tabs = await page.locator('nav[aria-label="Project"] a').allInnerTexts();
  check(tabs.includes('Leaderboard') === Boolean(t.leaderboard), `the ${t.type} project's tabs are ${tabs}`);
  return projectId;
}

/** Labels every task in the annotator's queue with the keyboard only. */
async function annotate(page, leases, user, projectId, t, { first }) {
  setStep(`${user.name} annotates ${t.type}`);
  focusOn(page);
  await page.goto(`${base}/#/projects/${projectId}/work`);
  const seen = await labelQueue(page, leases, user.name, async (taskId, count) => {
    const key = await page.getByTestId(t.by).innerText();
    const plan = t.plan[key];
    check(plan, `no plan for the ${t.type} task "${key}"`);
    if (first && count === 1) await firstTaskChecks(page, t, taskId);
    await press(page, plan[user === users.ann ? 'ann' : 'ben']);
    if (plan.expect && user === users.ben) {
      for (const [name, value] of Object.entries(plan.expect)) {
        const checked = await page.locator(`input[name="${name}"]:checked`).getAttribute('value');
        check(checked === value, `${name} is ${checked} after typing in the text box, expected ${value}`);
      }
      check(await page.getByTestId('task').getAttribute('data-task-id') === taskId, 'typing in the text box left the task');
    }
  });
  check(seen.length === t.rows.length, `${user.name} saw ${seen.length} ${t.type} tasks, expected ${t.rows.length}`);
  log(`${t.type}: ${user.name} labelled ${seen.length} tasks`);
}

/** On the first task of a type: the key overlay lists the type's keys, and a missing answer blocks Enter. */
async function firstTaskChecks(page, t, taskId) {
  await noHorizontalScroll(page, `${t.type} workbench`);
  await inViewWithoutScrolling(page, page.getByRole('button', { name: /^Submit/ }), `the ${t.type} workbench's Submit`);
  await shot(`types-${t.type}-workbench`);
  await page.keyboard.press('?');
  const overlay = page.getByTestId('keys-overlay');
  await overlay.waitFor();
  const listed = await overlay.locator('kbd').allInnerTexts();
  for (const k of [...(t.overlayKeys ?? []), 'Q / W / E', 'N', 'Enter', 'S', 'Esc', 'Ctrl+Z', '?']) {
    check(listed.includes(k), `the key overlay lacks ${k}: ${listed}`);
  }
  const answerKeys = await overlay.locator('tr:not([data-testid="unkeyed"]) th kbd').allInnerTexts();
  const own = ['Q / W / E', 'N', 'Enter', 'S', 'Esc', 'Ctrl+Z', '?'];
  const shortcuts = answerKeys.filter((k) => !own.includes(k));
  check(new Set(shortcuts).size === shortcuts.length, `the key overlay lists a key twice: ${shortcuts}`);
  check(shortcuts.every((k) => k.length === 1), `the key overlay lists a key that is not one key press: ${shortcuts}`);

  // The overlay is modal: an answer key, Enter and S do nothing behind it; Esc closes it.
  await press(page, [(t.overlayKeys?.[0] ?? '1').toLowerCase(), 'Enter', 's']);
  check(await overlay.isVisible(), 'the key overlay closed on an answer key');
  await page.keyboard.press('Escape');
  await overlay.waitFor({ state: 'hidden' });
  check(await page.locator('input[name^="answer-"]:checked').count() === 0, 'a key pressed under the overlay answered a question');
  check(await page.getByTestId('missing').count() === 0, 'Enter under the overlay tried to submit');
  check(await page.getByTestId('task').getAttribute('data-task-id') === taskId, 'a key under the overlay left the task');
  await page.keyboard.press('?');
  await overlay.waitFor();
  await page.keyboard.press('?');
  await overlay.waitFor({ state: 'hidden' });

  await page.keyboard.press('Enter');
  await page.getByTestId('missing').waitFor();
  if (t.requiredCheck) {
    const { before, keys, after } = t.requiredCheck;
    const said = async () => (await page.getByTestId('missing').innerText()).trim();
    const first = await said();
    check(first === `Answer before submitting: ${before.join('; ')}`, `with nothing answered, the missing answers are: ${first}`);
    await press(page, keys);
    await page.keyboard.press('Enter');
    const then = await said();
    check(then === `Answer before submitting: ${after.join('; ')}`, `after ${keys}, the missing answers are: ${then}`);
  }
  check(await page.getByTestId('task').getAttribute('data-task-id') === taskId, 'Enter with a missing answer left the task');
}

async function reviewerResolves(page, projectId, t) {
  setStep(`reviewer resolves the contested ${t.type} task`);
  focusOn(page);
  await page.goto(`${base}/#/projects/${projectId}/review`);
  const item = page.getByTestId('review-item');
  await item.waitFor();
  check(await page.locator('nav[aria-label="Contested tasks"] li').count() === 1, `expected one contested ${t.type} task`);
  const answers = await item.getByTestId('answers').allInnerTexts();
  check(answers.length === 2, `expected 2 annotations, got ${answers.length}`);
  if (t.reviewShows) check(answers.some((a) => a.includes(t.reviewShows)), `the answers shown lack "${t.reviewShows}": ${answers}`);
  await noHorizontalScroll(page, `${t.type} review page`);
  await inViewWithoutScrolling(page, page.getByRole('button', { name: /^Resolve/ }), `the ${t.type} review's Resolve`);
  await shot(`types-${t.type}-review`);
  await press(page, t.review);
  await page.keyboard.press('Enter');
  await page.getByTestId('review-empty').waitFor();
  log(`${t.type}: contested task resolved`);
}

/**
 * The owner exports JSONL from the project's export page (with annotations when `t.answers` names
 * some) and downloads it there; the file goes to EXPORT_DIR for the schema check.
 */
async function ownerExports(page, projectId, t) {
  setStep(`owner exports the ${t.type} project`);
  focusOn(page);
  await page.goto(`${base}/#/projects/${projectId}/export`);
  const row = await createExport(page, { format: 'jsonl', annotations: Boolean(t.answers) });
  const file = path.join(exportDir, `${t.file ?? t.type}.jsonl`);
  const { bytes, count } = await downloadExport(page, row, file);
  const jsonl = bytes.toString('utf8');
  const records = jsonl.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  check(records.length === t.rows.length && count === records.length,
    `${records.length} ${t.type} records in the file, ${count} shown, expected ${t.rows.length}`);
  const reviewed = records.filter((r) => r.reviewer_override);
  check(reviewed.length === 1 && reviewed[0].example_id === t.contested, `reviewed records: ${JSON.stringify(reviewed)}`);
  check(JSON.stringify(reviewed[0].final_label) === JSON.stringify(t.final),
    `the reviewed ${t.type} record's final label is ${JSON.stringify(reviewed[0].final_label)}, expected ${JSON.stringify(t.final)}`);
  for (const [exampleId, expected] of Object.entries(t.answers ?? {})) {
    const given = records.find((r) => r.example_id === exampleId)?.annotations?.map((a) => a.answers) ?? [];
    const same = given.length === expected.length
      && expected.every((e, i) => Object.entries(e).every(([name, value]) => String(given[i][name]) === value));
    check(same, `the ${exampleId} annotations' answers are ${JSON.stringify(given)}, expected ${JSON.stringify(expected)}`);
  }
  log(`${t.type}: exported ${records.length} records`);
}

/** The owner opens the Leaderboard tab: the models in order, each with its wins / losses / ties and an interval. */
async function ownerReadsLeaderboard(page, projectId, t) {
  setStep(`owner reads the ${t.type} leaderboard`);
  focusOn(page);
  await page.goto(`${base}/#/projects/${projectId}`);
  await page.locator('nav[aria-label="Project"] a', { hasText: 'Leaderboard' }).click();
  await page.waitForURL(/\/leaderboard$/);
  const rows = page.getByTestId('leaderboard-row');
  await rows.first().waitFor();
  const shown = [];
  for (const row of await rows.all()) {
    shown.push([await row.getByTestId('lb-model').innerText(), await row.getByTestId('lb-record').innerText()]);
  }
  check(JSON.stringify(shown) === JSON.stringify(t.leaderboard),
    `the leaderboard shows ${JSON.stringify(shown)}, expected ${JSON.stringify(t.leaderboard)}`);
  check(await page.getByTestId('lb-no-fit').count() === 0, 'the leaderboard says it has no strengths');
  const comparisons = await page.getByTestId('lb-comparisons').innerText();
  check(comparisons === String(t.rows.length), `${comparisons} comparisons shown, expected ${t.rows.length}`);
  await noHorizontalScroll(page, `${t.type} leaderboard`);
  await shot(`types-${t.type}-leaderboard`);
  log(`${t.type}: leaderboard ${shown.map(([m, r]) => `${m} ${r}`).join(', ')}`);
}

await run(async () => {
  fs.mkdirSync(exportDir, { recursive: true });
  const owner = (await openAs(users.owner)).page;
  const ann = (await openAs(users.ann)).page;
  const ben = (await openAs(users.ben)).page;
  const rita = (await openAs(users.rita)).page;
  const leases = { ann: watchLeases(ann), ben: watchLeases(ben) };
  focusOn(owner);
  await refusedProjectNamesTheField(owner);
  for (const t of TYPES) {
    focusOn(owner);
    const projectId = await ownerSetsUp(owner, t);
    await annotate(ann, leases.ann, users.ann, projectId, t, { first: true });
    await annotate(ben, leases.ben, users.ben, projectId, t, { first: false });
    await reviewerResolves(rita, projectId, t);
    await ownerExports(owner, projectId, t);
    if (t.leaderboard) await ownerReadsLeaderboard(owner, projectId, t);
  }
});
