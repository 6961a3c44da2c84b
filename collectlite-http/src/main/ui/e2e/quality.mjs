// The quality engine through the real UI in a real browser: gold from an upload column and from a
// gold file, quality settings with an inline field error, keyboard labelling with gold probes mixed
// in, an owner's flag by example id, the review queue filtered by reason with its badges and a
// model's suggestion, a review decision marked gold, reliability, a consensus recompute and the
// JSONL export.
//
//   COLLECTLITE_URL=http://127.0.0.1:7070 \
//   OWNER_TOKEN=… ANNOTATOR1_TOKEN=… ANNOTATOR2_TOKEN=… REVIEWER_TOKEN=… [EXPORT_DIR=…] node e2e/quality.mjs
//
// The export is saved as EXPORT_DIR/quality.jsonl (e2e/out without EXPORT_DIR), for the Java test to
// read. See lib.mjs for the environment, screenshots and failure output.
import fs from 'node:fs';
import path from 'node:path';
import {
  addMembers, apiCall, base, check, createExport, downloadExport, labelQueue, log, noHorizontalScroll, openAs, OUT,
  run, setStep, shot, users, watchLeases,
} from './lib.mjs';

// `everest` is gold from its upload column, `sort` from the gold file: three tasks are real work.
const ROWS = [
  { id: 'capital', query: 'capital of france', document: 'Paris is the capital and largest city of France.' },
  { id: 'snakes', query: 'sort a python list', document: 'Pythons are large snakes found in Africa and Asia.' },
  { id: 'boil', query: 'boiling point of water', document: 'At sea level water boils at 100 degrees Celsius.' },
  { id: 'sort', query: 'sort a python list', document: 'list.sort() sorts the list in place.' },
  { id: 'everest', query: 'tallest mountain', document: 'Mount Everest is the highest mountain above sea level.', gold: 'highly_relevant' },
];
const REAL = ['capital', 'snakes', 'boil'];
// Line 2 names no example of the project: refused, and kept out in lenient mode.
const GOLD_FILE = '{"example_id":"sort","label":"highly_relevant"}\n{"example_id":"nowhere","label":"irrelevant"}\n';
const CONTESTED = 'boil';
const PREDICTION = { example_id: CONTESTED, model: 'ranker-v2', provider: 'local', label: 'partially_relevant', confidence: 0.7, rationale: 'states the fact, cites nothing' };
const FLAGGED = 'capital';
const EXPORT_FILE = path.join(process.env.EXPORT_DIR || OUT, 'quality.jsonl');

const jsonl = (rows) => Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const idOf = (document) => ROWS.find((r) => r.document === document)?.id;

/** Uploads a file as the owner (multipart part `file`) and returns the JSON answer. */
async function postFile(pathname, name, content) {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'application/x-ndjson' }), name);
  const res = await fetch(`${base}${pathname}`, { method: 'POST', headers: { Authorization: `Bearer ${users.owner.token}` }, body: form });
  const text = await res.text();
  check(res.ok, `POST ${pathname} answered ${res.status}: ${text}`);
  return JSON.parse(text);
}

/** Opens a tab of the project from its header. */
async function openTab(page, name) {
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('link', { name, exact: true }).and(page.locator('[aria-current="page"]')).waitFor();
}

async function ownerSetsUp() {
  setStep('owner creates a relevance project');
  const { context, page } = await openAs(users.owner);
  await page.locator('#np-name').fill(`Quality ${Date.now()}`);
  await page.locator('#np-instructions').fill('Judge the document against the query.');
  await page.locator('#np-overlap').fill('2');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.waitForURL(/#\/projects\/\d+$/);
  const projectId = Number(/projects\/(\d+)/.exec(page.url())[1]);
  await addMembers(page, [[users.ann, 'annotator'], [users.ben, 'annotator'], [users.rita, 'reviewer']]);

  setStep('owner uploads rows, one with a gold column');
  await page.locator('#upload-file').setInputFiles({ name: 'rows.jsonl', mimeType: 'application/x-ndjson', buffer: jsonl(ROWS) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.getByTestId('upload-report').waitFor();
  const created = await page.getByTestId('examples-created').innerText();
  check(created === '5', `${created} examples created, 5 expected`);
  // a model's prediction for the contested example, for the reviewer's suggestions panel
  const imported = await postFile(`/api/projects/${projectId}/imports`, 'model.jsonl', JSON.stringify(PREDICTION) + '\n');
  check(imported.predictions_imported === 1, `the prediction import answered ${JSON.stringify(imported)}`);
  await page.locator('#gen-overlap').fill('2');
  await page.getByRole('button', { name: 'Generate tasks' }).click();
  await page.getByTestId('generated').filter({ hasText: 'Created 5 tasks' }).waitFor();

  setStep('owner opens the Quality tab');
  await openTab(page, 'Quality');
  // the settings load after the tab opens: wait for the choices before reading them
  await page.locator('#q-aggregation option').first().waitFor({ state: 'attached' });
  const methods = await page.locator('#q-aggregation option').allInnerTexts();
  check(methods.length === 4 && methods.includes('Median') && methods.includes('Dawid–Skene'),
    `an ordinal first question offers every method, the page offers ${methods}`);

  setStep('owner uploads a gold file leniently');
  await page.locator('#gold-file').setInputFiles({ name: 'gold.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(GOLD_FILE) });
  await page.locator('#gold-lenient').check();
  await page.getByRole('button', { name: 'Upload gold' }).click();
  await page.getByTestId('gold-report').waitFor();
  const added = await page.getByTestId('gold-added').innerText();
  const rejected = await page.getByTestId('gold-rejected').locator('tbody tr').allInnerTexts();
  check(added === '1', `gold added ${added}, expected 1`);
  check(rejected.length === 1 && rejected[0].startsWith('2') && rejected[0].includes('nowhere'), `gold rejected rows: ${rejected}`);

  setStep('owner sets the gold rate and minimum agreement');
  await page.locator('#q-min-agreement').fill('0.6');
  await page.locator('#q-gold-rate').fill('0.9');
  await page.getByRole('button', { name: 'Save' }).click();
  const fieldError = page.getByTestId('q-gold-rate-error');
  await fieldError.waitFor();
  check((await fieldError.innerText()).includes('0.5'), `the gold rate's error reads "${await fieldError.innerText()}"`);
  check(await page.locator('#q-gold-rate').getAttribute('aria-invalid') === 'true', 'the gold rate box is not marked invalid');
  await page.locator('#q-gold-rate').fill('0.5');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByTestId('settings-saved').waitFor();
  check(await fieldError.count() === 0, 'the field error stayed after a good save');
  const stored = await apiCall(users.owner, 'GET', `/api/projects/${projectId}/quality`);
  check(stored.gold_rate === 0.5 && stored.min_agreement === 0.6 && stored.model_disagreement === null,
    `stored settings ${JSON.stringify(stored)}`);
  await noHorizontalScroll(page, 'quality page');
  await shot('q1-quality-owner');
  log(`project ${projectId}: gold from the upload and the file, gold rate 0.5, minimum agreement 0.6`);
  await context.close();
  return projectId;
}

/**
 * Labels every task the annotator is served with the keyboard, gold probes included (they look like
 * any other task): `plan(id)` picks the key from the example's document. Returns how many probes came.
 */
async function annotate(user, projectId, plan) {
  setStep(`${user.name} annotates`);
  const { context, page } = await openAs(user);
  const leases = watchLeases(page);
  await page.goto(`${base}/#/projects/${projectId}/work`);
  const ids = [];
  await labelQueue(page, leases, user.name, async () => {
    const id = idOf(await page.getByTestId('document').innerText());
    check(id, 'a task shows a document that was never uploaded');
    ids.push(id);
    await page.keyboard.press(plan(id));
    await page.keyboard.press('w');
    check(await page.locator('input[name="answer-relevance"]:checked').count() === 1, 'the label key selected nothing');
  });
  const real = ids.filter((id) => REAL.includes(id));
  check(real.length === REAL.length && REAL.every((id) => real.includes(id)), `${user.name} labelled ${ids}, real work ${REAL}`);
  const probes = ids.length - real.length;
  log(`${user.name} labelled ${ids.join(', ')} (${probes} gold probe${probes === 1 ? '' : 's'})`);
  await context.close();
  return probes;
}

async function ownerFlags(projectId) {
  setStep('owner sends an example to review by its id');
  const { context, page } = await openAs(users.owner);
  await page.goto(`${base}/#/projects/${projectId}/quality`);
  await page.locator('#flag-example').fill('nope');
  await page.getByRole('button', { name: 'Send to review' }).click();
  const refused = page.locator('section', { has: page.getByRole('heading', { name: 'Send an example to review' }) }).getByRole('alert');
  await refused.waitFor();
  check((await refused.innerText()).includes("'nope'"), `an unknown example reads "${await refused.innerText()}"`);
  await page.locator('#flag-example').fill(FLAGGED);
  await page.locator('#flag-comment').fill('Check the label against the source.');
  await page.getByRole('button', { name: 'Send to review' }).click();
  await page.getByTestId('flagged').waitFor();
  log(`${FLAGGED} flagged`);
  await context.close();
}

/** The queue's items once it shows `count` of them (0: the empty queue). */
async function queueShows(page, count) {
  if (count === 0) {
    await page.getByTestId('review-empty').waitFor();
    return;
  }
  await page.waitForFunction((n) => document.querySelectorAll('nav[aria-label="Contested tasks"] li').length === n, count);
}

/** Picks a reason in the queue's filter, then leaves the box with Esc so the review keys work again. */
async function filterBy(page, reason) {
  await page.locator('#review-reason').selectOption(reason);
  await page.locator('#review-reason').focus();
  await page.keyboard.press('Escape');
  check(await page.evaluate(() => document.activeElement?.id !== 'review-reason'), 'Esc did not leave the reason filter');
}

async function reviewerResolves(projectId) {
  setStep('reviewer filters the queue by disagreement');
  const { context, page } = await openAs(users.rita);
  await page.goto(`${base}/#/projects/${projectId}/review`);
  await page.getByTestId('review-item').waitFor();
  await queueShows(page, 2);
  await filterBy(page, 'disagreement');
  await queueShows(page, 1);
  const item = page.getByTestId('review-item');
  check(await item.locator('.query').first().innerText() === ROWS.find((r) => r.id === CONTESTED).query, 'the disagreement is not the contested task');
  const badges = await item.getByTestId('reason').allInnerTexts();
  check(badges.length === 1 && badges[0] === 'Annotators disagree', `reason badges ${badges}`);
  const suggestion = item.getByTestId('suggestion');
  check(await suggestion.count() === 1, `${await suggestion.count()} model suggestions shown`);
  const suggested = await suggestion.innerText();
  check(['ranker-v2', 'local', 'Partially relevant', '70%', 'cites nothing'].every((t) => suggested.includes(t)), `the suggestion reads ${suggested}`);
  check((await item.getByTestId('suggestions').innerText()).includes('not ground truth'), 'the suggestions are not marked as a model\'s');
  await noHorizontalScroll(page, 'review page');
  await shot('q2-review-disagreement');

  setStep('reviewer overrules the consensus and marks the decision gold');
  const proposal = await page.getByTestId('proposal').innerText();
  check(!proposal.includes('Partially relevant'), `the consensus proposal is already the reviewer's label: ${proposal}`);
  await page.keyboard.press('2');
  await page.keyboard.press('q');
  check(await page.locator('#review-gold').isChecked(), 'Q did not tick "Mark as gold"');
  check(await page.locator('input[name="final-relevance"]:checked').getAttribute('value') === 'partially_relevant', 'the 2 key did not pick partially relevant');
  await page.keyboard.press('Enter');
  await queueShows(page, 0);

  setStep('reviewer settles the owner\'s flag');
  await filterBy(page, 'owner_flag');
  await queueShows(page, 1);
  const flagged = await item.getByTestId('reason').getAttribute('data-reason');
  check(flagged === 'owner_flag', `the flagged task's reason is ${flagged}`);
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await queueShows(page, 0);
  await filterBy(page, '');
  await queueShows(page, 0);

  setStep('reviewer reads the Quality page');
  await openTab(page, 'Quality');
  await page.getByTestId('reliability').waitFor();
  check(await page.locator('#q-aggregation').isDisabled(), 'a reviewer can change the settings');
  check(await page.getByRole('button', { name: 'Recompute consensus' }).count() === 0, 'a reviewer is offered a recompute');
  check(await page.locator('#gold-file').count() === 0 && await page.locator('#flag-example').count() === 0, 'a reviewer is offered owner tools');
  await noHorizontalScroll(page, 'quality page (reviewer)');
  log('contested task overruled and marked gold; flag settled');
  await context.close();
}

async function ownerChecksQualityAndExports(projectId, probes) {
  setStep('owner reads reliability with gold counts');
  const { context, page } = await openAs(users.owner);
  await page.goto(`${base}/#/projects/${projectId}/quality`);
  for (const user of [users.ann, users.ben]) {
    const row = page.locator(`[data-testid="reliability-row"][data-annotator="${user.name}"]`);
    await row.waitFor();
    // every probe was answered right; both were wrong on the task the reviewer made gold
    const expected = `${probes[user.name]} / ${probes[user.name] + 1}`;
    const shown = await row.getByTestId('gold-count').innerText();
    check(shown === expected, `${user.name}'s gold count reads ${shown}, expected ${expected}`);
    check(await row.getByTestId('basis').innerText() === 'gold', `${user.name}'s estimate is not by gold`);
  }

  setStep('owner reads gold accuracy on the dashboard');
  await openTab(page, 'Dashboard');
  for (const user of [users.ann, users.ben]) {
    const cell = page.getByTestId(`d-gold-${user.name}`);
    await cell.waitFor();
    const expected = `${probes[user.name]} / ${probes[user.name] + 1}`;
    check(await cell.innerText() === expected, `${user.name}'s dashboard gold reads ${await cell.innerText()}, expected ${expected}`);
  }
  await openTab(page, 'Quality');
  await page.getByTestId('reliability').waitFor();

  setStep('owner recomputes the consensus');
  await page.getByTestId('runs-none').waitFor();
  await page.getByRole('button', { name: 'Recompute consensus' }).click();
  const result = page.getByTestId('recompute-result');
  await result.waitFor();
  const tasks = await result.getByTestId('recompute-tasks').innerText();
  check(Number(tasks) > 0, `the recompute decided ${tasks} tasks`);
  check(/^\d+(\.\d)? ms$/.test(await result.getByTestId('recompute-ms').innerText()), 'no compute time shown');
  const run = page.getByTestId('run-row');
  await run.first().waitFor();
  check(await run.count() === 1, `${await run.count()} runs listed after one recompute`);
  check(await run.getByTestId('run-method').innerText() === 'Majority vote' && await run.getByTestId('run-tasks').innerText() === tasks,
    `the run reads ${await run.innerText()}`);
  await noHorizontalScroll(page, 'quality page after a recompute');
  await shot('q3-quality-recomputed');
  log(`recompute decided ${tasks} tasks`);

  setStep('owner exports JSONL');
  await openTab(page, 'Export');
  const row = await createExport(page, { format: 'jsonl' });
  fs.mkdirSync(path.dirname(EXPORT_FILE), { recursive: true });
  const { bytes, count } = await downloadExport(page, row, EXPORT_FILE);
  const records = bytes.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  check(records.length === ROWS.length && count === ROWS.length, `${records.length} records, ${count} shown, ${ROWS.length} expected`);
  log(`export saved to ${EXPORT_FILE}`);
  await context.close();
}

await run(async () => {
  const projectId = await ownerSetsUp();
  const label = (id) => (id === 'snakes' ? '1' : '3');
  const probes = {};
  probes[users.ann.name] = await annotate(users.ann, projectId, label);
  // ben disagrees with ann on the contested task only
  probes[users.ben.name] = await annotate(users.ben, projectId, (id) => (id === CONTESTED ? '1' : label(id)));
  await ownerFlags(projectId);
  await reviewerResolves(projectId);
  await ownerChecksQualityAndExports(projectId, probes);
});
