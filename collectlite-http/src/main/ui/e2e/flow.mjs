// End-to-end flow of a document-relevance project through the real UI in a real browser: upload
// (strict, lenient, refused), keyboard labelling, the quality dashboard, review, export and export
// comparison.
//
//   COLLECTLITE_URL=http://127.0.0.1:7070 \
//   OWNER_TOKEN=… ANNOTATOR1_TOKEN=… ANNOTATOR2_TOKEN=… REVIEWER_TOKEN=… node e2e/flow.mjs
//
// See lib.mjs for the environment, screenshots and failure output.
import path from 'node:path';
import {
  addMembers, apiCall, base, check, createExport, downloadExport, inViewWithoutScrolling, labelQueue, log,
  noHorizontalScroll as noScroll,
  openAs as open, OUT, run, setStep, settle, shot, users, watchLeases,
} from './lib.mjs';

let page = null;

async function openAs(user) {
  const opened = await open(user);
  page = opened.page;
  return opened.context;
}

const noHorizontalScroll = (name) => noScroll(page, name);

// One row expands to two documents, one row repeats line 1: 4 rows, 4 examples, 1 duplicate.
const DATA = [
  { id: 'capital', query: 'capital of france', document: 'Paris is the capital and largest city of France.' },
  { id: 'sort', query: 'sort a python list', documents: ['list.sort() sorts the list in place.', 'Pythons are large snakes found in Africa and Asia.'] },
  { id: 'boil', query: 'boiling point of water', document: 'At sea level water boils at 100 degrees Celsius.' },
  { id: 'capital', query: 'capital of france', document: 'Paris is the capital and largest city of France.' },
].map((r) => JSON.stringify(r)).join('\n') + '\n';
const BAD = '{"id":"a","query":"q"}\nnot json\n';
// Leniently: line 1 repeats a stored row (skipped as a duplicate), line 2 is refused; nothing new is stored.
const LENIENT = DATA.split('\n')[0] + '\nnot json\n';
const CONTESTED_QUERY = 'boiling point of water';

async function ownerSetsUp() {
  setStep('owner creates a project');
  const ctx = await openAs(users.owner);
  await shot('01-projects');
  await page.locator('#np-name').fill(`Relevance ${Date.now()}`);
  await page.locator('#np-instructions').fill('Judge the document **only** against the query.\n\n- 1 irrelevant\n- 2 partially\n- 3 highly\n\n<script>window.__pwned = 1</script>');
  await page.locator('#np-overlap').fill('2');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.waitForURL(/#\/projects\/\d+$/);
  const projectId = Number(/projects\/(\d+)/.exec(page.url())[1]);
  log(`project ${projectId} created`);

  setStep('owner edits the instructions');
  await page.getByText('Instructions · version 1').waitFor();
  check(await page.evaluate(() => window.__pwned === undefined), 'markdown executed a script');
  await page.getByRole('button', { name: 'Edit instructions' }).click();
  await page.locator('#instructions-edit').fill('# Relevance\n\nJudge the document **only** against the query. Ignore style.\n\n1. irrelevant: off topic\n2. partially relevant: related, no answer\n3. highly relevant: answers it');
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await page.getByText('Instructions · version 2').waitFor();

  setStep('owner adds members');
  await addMembers(page, [[users.ann, 'annotator'], [users.ben, 'annotator'], [users.rita, 'reviewer']]);
  log('members added');

  setStep('owner uploads a bad file');
  await page.locator('#upload-file').setInputFiles({ name: 'bad.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(BAD) });
  await page.getByRole('button', { name: 'Upload' }).click();
  const problems = page.locator('table.problems tbody tr');
  await problems.first().waitFor();
  const rows = await problems.allInnerTexts();
  check(rows.some((r) => r.startsWith('1') && r.includes('document')), `no problem on line 1 field document: ${rows}`);
  check(rows.some((r) => r.startsWith('2')), `no problem on line 2: ${rows}`);
  await shot('02-upload-errors');

  setStep('owner uploads the data');
  await page.locator('#upload-file').setInputFiles({ name: 'data.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(DATA) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.getByTestId('upload-report').waitFor();
  const read = await page.getByTestId('rows-read').innerText();
  const created = await page.getByTestId('examples-created').innerText();
  const dups = await page.getByTestId('duplicates').innerText();
  check(read === '4' && created === '4' && dups === '1', `report rows=${read} examples=${created} duplicates=${dups}`);
  log(`upload report: ${read} rows, ${created} examples, ${dups} duplicate`);

  setStep('owner uploads leniently');
  await page.locator('#upload-file').setInputFiles({ name: 'more.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(LENIENT) });
  await page.locator('#upload-lenient').focus();
  await page.keyboard.press('Space');
  check(await page.locator('#upload-lenient').isChecked(), 'Space did not tick the lenient checkbox');
  await page.getByRole('button', { name: 'Upload' }).click();
  const rejected = page.getByTestId('rejected').locator('tbody tr');
  await rejected.first().waitFor();
  const rejectedRows = await rejected.allInnerTexts();
  check(rejectedRows.length === 1 && rejectedRows[0].startsWith('2'), `rejected rows: ${rejectedRows}`);
  const kept = await page.getByTestId('examples-created').innerText();
  const refused = await page.getByTestId('rejected-count').innerText();
  check(kept === '0' && refused === '1', `lenient report examples=${kept} rejected=${refused}`);
  await shot('02b-upload-lenient');
  log('lenient upload: line 2 rejected, nothing new stored');

  setStep('owner generates tasks');
  await page.locator('#gen-overlap').fill('2');
  await page.getByRole('button', { name: 'Generate tasks' }).click();
  await page.getByTestId('generated').filter({ hasText: 'Created 4 tasks' }).waitFor();
  await page.getByTestId('state-created').filter({ hasText: '4' }).waitFor({ timeout: 15_000 }).catch(async () => {
    await page.reload();
    await page.getByTestId('m-tasks').filter({ hasText: '4' }).waitFor();
  });
  await noHorizontalScroll('project page');
  await shot('03-project');
  await ctx.close();
  return projectId;
}

/** The owner's view of the project's tasks by state, straight from the API. */
async function tasksByState(projectId) {
  return (await apiCall(users.owner, 'GET', `/api/projects/${projectId}/metrics`)).tasks_by_state;
}

/** Labels every task in the queue with the keyboard; `plan` picks the keys from the query. */
async function annotate(user, projectId, plan, { first = false } = {}) {
  setStep(`${user.name} annotates`);
  const ctx = await openAs(user);
  const leases = watchLeases(page);
  await page.goto(`${base}/#/projects/${projectId}/work`);
  if (!first) await reloadResumesAndASkipIsUndone(page, leases, user);
  const seen = await labelQueue(page, leases, user.name, async (taskId, count) => {
    if (first && count === 1) {
      const states = await tasksByState(projectId);
      check(states.assigned === 1 && states.created === 3, `tasks by state while ${user.name}'s first task is shown: ${JSON.stringify(states)}`);
    }
    const query = await page.getByTestId('query').innerText();
    const document = await page.getByTestId('document').innerText();
    const { label, confidence, notes } = plan(query, document);
    if (count === 1) {
      check(await page.getByRole('link', { name: 'Dashboard' }).count() === 0, `${user.name} sees a Dashboard tab`);
      await noHorizontalScroll('workbench');
      await inViewWithoutScrolling(page, page.getByRole('button', { name: /^Submit/ }), 'the workbench\'s Submit');
      await shot(`04-workbench-${user.name}`);
    }
    await page.keyboard.press(label);
    await page.keyboard.press(confidence);
    if (notes) {
      await page.keyboard.press('n');
      await page.keyboard.type(notes.split('\n')[0]);
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type(notes.split('\n')[1] ?? '');
    }
    check(await page.locator('input[name="answer-relevance"]:checked').count() === 1, 'the label key selected nothing');
  });
  await shot(`05-empty-${user.name}`);
  log(`${user.name} labelled ${seen.length} tasks`);
  check(seen.length === 4, `${user.name} saw ${seen.length} tasks, expected 4`);
  await ctx.close();
}

/**
 * A reload shows the task the annotator holds (the claim resumes their lease; nothing new is taken),
 * Esc skips it, and Ctrl+Z takes the skip back: that task returns and the one shown goes back to the queue.
 */
async function reloadResumesAndASkipIsUndone(page, leases, user) {
  setStep(`${user.name} reloads the workbench, skips and undoes the skip`);
  const task = page.getByTestId('task');
  await task.waitFor();
  const held = await task.getAttribute('data-task-id');
  await page.reload();
  await task.waitFor();
  const afterReload = await task.getAttribute('data-task-id');
  check(afterReload === held, `after a reload ${user.name} sees task ${afterReload}, not task ${held} they hold`);
  await settle(leases);
  check(leases.held === 1, `${user.name} holds ${leases.held} leases after a reload; task requests: ${leases.trail.join(', ')}`);
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => document.querySelector('[data-testid="task"]')?.getAttribute('data-task-id') !== id, held);
  const next = await task.getAttribute('data-task-id');
  const notice = page.getByTestId('skip-notice');
  check((await notice.innerText()).includes(`Skipped task ${held}`), `the skip notice reads ${await notice.innerText()}`);
  await page.keyboard.press('Control+z');
  await page.waitForFunction((id) => document.querySelector('[data-testid="task"]')?.getAttribute('data-task-id') === id, held);
  check(await notice.count() === 0, 'the skip notice stayed after the undo');
  await settle(leases);
  check(leases.held === 1, `${user.name} holds ${leases.held} leases after the undo; task requests: ${leases.trail.join(', ')}`);
  await shot(`04-undo-${user.name}`);
  log(`${user.name}: a reload resumed task ${held}; its skip was undone and task ${next} went back to the queue`);
}

/** The text of a dashboard figure, once the dashboard has loaded. */
async function figure(testId) {
  const element = page.getByTestId(testId);
  await element.waitFor();
  return (await element.innerText()).trim();
}

/**
 * The reviewer's dashboard after labelling, before review: 3 of 4 tasks resolved, the boiling-point task
 * waiting for review because of disagreement, 8 annotations. Ordinal alpha by hand (I < P < H, P unused):
 * o_HH 4, o_II 2, o_HI 1, n_H 5, n_I 3, delta_IH (8 - 4)^2 = 16, alpha = 1 - 7 · 32 / 480 = 0.53.
 */
/**
 * Activity by day draws the days the API sent and no other: a project whose work all fell on one UTC day
 * shows that day alone, as bars (no made-up quiet day before it to draw an area from).
 */
async function activityDrawsOnlyItsDays(projectId) {
  const { activity } = await apiCall(users.rita, 'GET', `/api/projects/${projectId}/dashboard`);
  const chart = page.locator('section[aria-labelledby="d-activity-h"]');
  await chart.locator('.recharts-surface').first().waitFor();
  const ticks = await chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
  if (activity.length === 1) {
    check(ticks.length === 1 && ticks[0] === activity[0].day, `one day of activity (${activity[0].day}) drawn over days ${ticks}`);
    check(await chart.locator('.recharts-area').count() === 0, 'one day of activity is drawn as an area');
    check(await chart.locator('.recharts-bar-rectangle').count() >= 1, 'one day of activity draws no bar');
  } else {
    check(ticks.every((t) => t >= activity[0].day && t <= activity[activity.length - 1].day),
      `activity from ${activity[0].day} to ${activity[activity.length - 1].day} drawn over days ${ticks}`);
  }
}

async function reviewerReadsTheDashboard(projectId) {
  setStep('reviewer reads the dashboard');
  const ctx = await openAs(users.rita);
  await page.goto(`${base}/#/projects/${projectId}`);
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.waitForURL(/#\/projects\/\d+\/dashboard$/);
  const seen = {
    readiness: await figure('d-readiness'), resolved: await figure('d-resolved'), backlog: await figure('d-backlog'),
    disagreement: await figure('d-reason-disagreement'), annotations: await figure('d-annotations'),
    alpha: await figure('d-alpha'), model: await figure('d-model'),
  };
  check(seen.readiness === '75%' && seen.resolved === '3 of 4 tasks', `readiness ${JSON.stringify(seen)}`);
  check(seen.backlog === '1' && seen.disagreement === '1', `backlog ${JSON.stringify(seen)}`);
  check(seen.annotations === '8' && seen.alpha === '0.53', `annotations and alpha ${JSON.stringify(seen)}`);
  check(seen.model === '–', `model disagreement without suggestions: ${JSON.stringify(seen)}`);
  const rows = await page.getByTestId('d-annotator-table').locator('tbody tr').allInnerTexts();
  check(rows.length === 2 && rows[0].startsWith(users.ann.name) && rows[1].startsWith(users.ben.name),
    `annotator rows: ${rows}`);
  check(await page.locator('.recharts-surface').count() >= 4, 'the dashboard drew fewer than 4 charts');
  await activityDrawsOnlyItsDays(projectId);
  await noHorizontalScroll('dashboard');
  await shot('06a-dashboard');
  log(`dashboard before review: ${JSON.stringify(seen)}`);
  await ctx.close();
}

/** After review and export, the owner's dashboard: every task resolved, nothing waits. */
async function ownerReadsTheDashboard(projectId) {
  setStep('owner reads the dashboard');
  const ctx = await openAs(users.owner);
  await page.goto(`${base}/#/projects/${projectId}/dashboard`);
  const readiness = await figure('d-readiness');
  const backlog = await figure('d-backlog');
  check(readiness === '100%' && backlog === '0', `after review: readiness ${readiness}, backlog ${backlog}`);
  await page.getByTestId('d-backlog-empty').waitFor();
  await shot('09-dashboard');
  log(`dashboard after review: readiness ${readiness}, backlog ${backlog}`);
  await ctx.close();
}

async function reviewerResolves(projectId) {
  setStep('reviewer resolves the contested task');
  const ctx = await openAs(users.rita);
  await page.goto(`${base}/#/projects/${projectId}/review`);
  const item = page.getByTestId('review-item');
  await item.waitFor();
  check(await page.locator('nav[aria-label="Contested tasks"] li').count() === 1, 'expected exactly one contested task');
  check((await item.locator('.query').first().innerText()) === CONTESTED_QUERY, 'the contested task is not the planned one');
  const annotations = await item.locator('section table tbody tr').allInnerTexts();
  check(annotations.length === 2, `expected 2 annotations, got ${annotations.length}`);
  check(annotations.some((a) => a.includes(users.ann.name)) && annotations.some((a) => a.includes(users.ben.name)), 'annotators missing');
  check(annotations.some((a) => a.includes('unsure about units')), 'notes missing');
  check((await page.getByTestId('proposal').innerText()).includes('disagreement'), 'review reason missing');
  await noHorizontalScroll('review page');
  await inViewWithoutScrolling(page, page.getByRole('button', { name: /^Resolve/ }), 'the review\'s Resolve');
  await shot('06-review');
  await page.keyboard.press('2');
  await page.locator('#review-comment').fill('Correct fact but the document does not cite a source.');
  await page.keyboard.press('Enter');
  await page.getByTestId('review-empty').waitFor();
  log('contested task resolved');
  await ctx.close();
}

async function ownerExports(projectId) {
  setStep('owner exports');
  const ctx = await openAs(users.owner);
  await page.goto(`${base}/#/projects/${projectId}/export`);
  const row = await createExport(page, { format: 'jsonl' });
  await noHorizontalScroll('export page');
  await shot('07-export');

  setStep('owner downloads the export');
  const { bytes, sha256: shown, count } = await downloadExport(page, row, path.join(OUT, `export-${projectId}.jsonl`));
  const records = bytes.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  check(records.length === count && count === 4, `${records.length} records in the file, ${count} shown, 4 expected`);
  for (const r of records) {
    for (const f of ['example_id', 'final_label', 'split', 'consensus_score', 'num_annotations', 'reviewer_override', 'instruction_version']) {
      check(f in r, `record ${r.example_id} lacks ${f}`);
    }
    check(['train', 'validation', 'evaluation'].includes(r.split), `bad split ${r.split}`);
  }
  const contested = records.find((r) => (r.fields?.query ?? r.query) === CONTESTED_QUERY);
  check(contested?.reviewer_override === true && contested.final_label === 'partially_relevant',
    `the reviewed record is ${JSON.stringify(contested)}`);
  check(records.filter((r) => !r.reviewer_override).every((r) => r.final_label === 'highly_relevant' || r.final_label === 'irrelevant'), 'consensus labels wrong');
  log(`export verified: ${count} records, sha256 ${shown}`);

  setStep('owner compares two export versions');
  const csv = await createExport(page, { format: 'csv', annotations: true });
  const newest = await page.getByTestId('export-row').first().getAttribute('data-version');
  check(newest === await csv.getAttribute('data-version'), `the CSV export is not listed first: version ${newest} is`);
  const options = await csv.getByTestId('export-options').innerText();
  check(options.trim() === 'resolved + annotations', `the CSV export's options read "${options}"`);
  // The panel starts at the two newest, older → newer: the JSONL export against the CSV one.
  await page.getByRole('button', { name: 'Compare', exact: true }).focus();
  await page.keyboard.press('Enter');
  const diff = page.getByTestId('diff');
  await diff.waitFor();
  const counts = {};
  for (const k of ['added', 'removed', 'changed', 'unchanged']) counts[k] = Number(await diff.getByTestId(`diff-${k}`).innerText());
  check(counts.added === 0 && counts.removed === 0 && counts.changed === 0 && counts.unchanged === count,
    `diff of the JSONL and CSV exports: ${JSON.stringify(counts)}, ${count} records`);
  await noHorizontalScroll('export page with a comparison');
  await shot('08-compare');
  log(`versions compared: ${counts.unchanged} unchanged`);
  await ctx.close();
}

await run(async () => {
  const projectId = await ownerSetsUp();
  // Both agree everywhere but on the boiling-point task: ann says highly relevant, ben irrelevant.
  const agreed = (doc) => (doc.includes('snakes') ? '1' : '3');
  await annotate(users.ann, projectId, (q, doc) => ({ label: agreed(doc), confidence: 'e', notes: q === CONTESTED_QUERY ? 'clear answer\nunsure about units' : '' }), { first: true });
  await annotate(users.ben, projectId, (q, doc) => ({ label: q === CONTESTED_QUERY ? '1' : agreed(doc), confidence: 'w', notes: '' }));
  await reviewerReadsTheDashboard(projectId);
  await reviewerResolves(projectId);
  await ownerExports(projectId);
  await ownerReadsTheDashboard(projectId);
});
