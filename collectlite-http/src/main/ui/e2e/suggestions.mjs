// Model suggestions through the real UI in a real browser, against a server that runs the local
// model: the owner runs it from the Suggestions tab and follows its job; with suggestions hidden an
// annotator's workbench shows no trace of them, shown again the other's shows the model's label and
// name; both label everything from the keyboard, disagreeing with the model on purpose; the dashboard
// shows the model–human disagreement and the Suggestions tab the model's accuracy and the anchoring.
//
//   COLLECTLITE_URL=http://127.0.0.1:7070 \
//   OWNER_TOKEN=… ANNOTATOR1_TOKEN=… ANNOTATOR2_TOKEN=… REVIEWER_TOKEN=… node e2e/suggestions.mjs
//
// The server must run the `local` suggester (BrowserSuggestionsTest starts one that does). See
// lib.mjs for the environment, screenshots and failure output.
import {
  addMembers, apiCall, base, check, focusOn, inViewWithoutScrolling, labelQueue, log, noHorizontalScroll, openAs, run,
  setStep, shot, users, watchLeases,
} from './lib.mjs';

// `key`: what both annotators answer (1 irrelevant, 2 partially, 3 highly relevant). Two answers go
// against any sensible model on purpose, so model and humans disagree on at least two tasks.
const ROWS = [
  { id: 'solar', query: 'how do solar panels make electricity', document: 'Solar panels turn sunlight into electricity with photovoltaic cells.', key: '3' },
  { id: 'recipe', query: 'how do solar panels make electricity', document: 'The recipe needs two cups of flour and an egg.', key: '1' },
  { id: 'capital', query: 'capital of france', document: 'Paris is the capital and largest city of France.', key: '3' },
  { id: 'snakes', query: 'sort a python list', document: 'Pythons are large snakes found in Africa and Asia.', key: '1' },
  { id: 'bamboo', query: 'what do pandas eat', document: 'Giant pandas eat bamboo almost exclusively.', key: '1' },
  { id: 'stocks', query: 'what do pandas eat', document: 'The stock market closed higher on Friday.', key: '3' },
];
const TITLES = ['Irrelevant', 'Partially relevant', 'Highly relevant'];
const MODEL = 'all-minilm-l6-v2-q';

const jsonl = (rows) => Buffer.from(rows.map(({ key, ...r }) => JSON.stringify(r)).join('\n') + '\n');
const rowOf = (document) => ROWS.find((r) => r.document === document);

/** Opens a tab of the project from its header. */
async function openTab(page, name) {
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('link', { name, exact: true }).and(page.locator('[aria-current="page"]')).waitFor();
}

/** Saves the suggestion settings form as it stands and waits for the server to take it. */
const INSTRUCTIONS = `# Judge document relevance

You see a **search query** and one **document** that a retrieval system returned for it.

| grade | key | use it when |
| --- | --- | --- |
| **Highly relevant** | 3 | The document answers the query directly. |
| **Partially relevant** | 2 | On topic and helps, but misses part of the answer. |
| **Irrelevant** | 1 | Off topic, or only shares keywords with the query. |

- Judge the document as written.
- When unsure between two grades, pick the lower one and say why in the notes.`;

async function saveSettings(page) {
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByTestId('sg-settings-saved').waitFor();
}

async function ownerSetsUp(page) {
  setStep('owner creates a relevance project');
  await page.locator('#np-name').fill(`Suggestions ${Date.now()}`);
  // instructions of a typical length (a grade table and tips, like the demo's): the workbench pins them above
  // the task, and Submit must still show without scrolling beneath them and the model's suggestion
  await page.locator('#np-instructions').fill(INSTRUCTIONS);
  await page.locator('#np-overlap').fill('2');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.waitForURL(/#\/projects\/\d+$/);
  const projectId = Number(/projects\/(\d+)/.exec(page.url())[1]);
  await addMembers(page, [[users.ann, 'annotator'], [users.ben, 'annotator'], [users.rita, 'reviewer']]);

  setStep('owner uploads six pairs and generates tasks');
  await page.locator('#upload-file').setInputFiles({ name: 'pairs.jsonl', mimeType: 'application/x-ndjson', buffer: jsonl(ROWS) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.getByTestId('upload-report').waitFor();
  const created = await page.getByTestId('examples-created').innerText();
  check(created === String(ROWS.length), `${created} examples created, ${ROWS.length} expected`);
  await page.locator('#gen-overlap').fill('2');
  await page.getByRole('button', { name: 'Generate tasks' }).click();
  await page.getByTestId('generated').filter({ hasText: `Created ${ROWS.length} tasks` }).waitFor();
  return projectId;
}

async function ownerRunsTheModel(page) {
  setStep('owner runs the local model from the Suggestions tab');
  await openTab(page, 'Suggestions');
  await page.getByTestId('jobs').or(page.getByTestId('jobs-none')).first().waitFor();
  const offered = await page.locator('#sg-suggester option').allInnerTexts();
  check(offered.some((o) => o.startsWith('local') && o.includes(MODEL)), `the models offered: ${offered}`);
  await page.locator('#sg-suggester').selectOption('local');
  // from the keyboard: focus the Run button and press Enter
  await page.getByRole('button', { name: 'Run', exact: true }).focus();
  const [started] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/tasks/suggest')),
    page.keyboard.press('Enter'),
  ]);
  check(started.status() === 202, `starting the job answered ${started.status()}: ${await started.text()}`);
  const { id: jobId } = await started.json();
  const row = page.locator(`[data-testid="job-row"][data-job="${jobId}"]`);
  await row.waitFor();
  await page.locator(`[data-testid="job-row"][data-job="${jobId}"][data-status="done"]`).waitFor({ timeout: 60_000 });
  const [suggested, failed, progress] = await Promise.all(
    ['job-suggested', 'job-failed', 'job-progress'].map((id) => row.getByTestId(id).innerText()),
  );
  check(suggested === String(ROWS.length) && failed === '0' && progress === `${ROWS.length} / ${ROWS.length}`,
    `the job reads suggested ${suggested}, failed ${failed}, progress ${progress}`);
  const detail = page.locator(`[data-testid="job-detail"][data-job="${jobId}"]`);
  await detail.getByTestId('job-failures-none').waitFor();
  check((await detail.innerText()).includes(MODEL), 'the job details do not name the model');
  // the prompt version reads by name; its raw string (thresholds, temperatures) opens from the keyboard
  const prompt = detail.getByTestId('prompt-version');
  check(await prompt.locator('summary').innerText() === 'prompt relevance v1 + classification v1',
    `the job's prompt version reads "${await prompt.locator('summary').innerText()}"`);
  const raw = prompt.locator('code');
  check(!(await raw.isVisible()), 'the raw prompt version shows before it is asked for');
  await prompt.locator('summary').focus();
  await page.keyboard.press('Enter');
  await raw.waitFor();
  check(/^relevance-v1;t=/.test(await raw.innerText()), `the raw prompt version reads "${await raw.innerText()}"`);
  log(`job done: ${suggested} suggested`);

  setStep('owner tries a bad ablation share, then hides suggestions');
  await page.locator('#sg-visibility-ablation').check();
  await page.locator('#sg-ablation-share').fill('1.5');
  await page.getByRole('button', { name: 'Save settings' }).click();
  const shareError = page.getByTestId('sg-ablation-share-error');
  await shareError.waitFor();
  check((await shareError.innerText()).includes('between 0 and 1'), `the share's error reads "${await shareError.innerText()}"`);
  check(await page.locator('#sg-ablation-share').getAttribute('aria-invalid') === 'true', 'the share box is not marked invalid');
  await page.locator('#sg-visibility-hidden').check();
  await saveSettings(page);
  check(await shareError.count() === 0, 'the field error stayed after a good save');
  await noHorizontalScroll(page, 'suggestions page');
  await shot('s1-suggestions-owner');
}

/** The claim the workbench got when it opened: the server's word on whether suggestions show. */
async function openWorkbench(user, projectId) {
  const { context, page } = await openAs(user);
  const leases = watchLeases(page);
  const claimed = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/tasks/next' && r.status() === 200);
  await page.goto(`${base}/#/projects/${projectId}/work`);
  const claim = await (await claimed).json();
  await page.getByTestId('task').waitFor();
  return { context, page, leases, claim };
}

async function annotate(user, page, leases) {
  setStep(`${user.name} labels everything from the keyboard`);
  const seen = await labelQueue(page, leases, user.name, async () => {
    const row = rowOf(await page.getByTestId('document').innerText());
    check(row, 'a task shows a document that was never uploaded');
    await page.keyboard.press(row.key);
    check(await page.locator('input[name="answer-relevance"]:checked').count() === 1, 'the label key selected nothing');
  });
  check(seen.length === ROWS.length, `${user.name} labelled ${seen.length} tasks, ${ROWS.length} expected`);
  log(`${user.name} labelled ${seen.length} tasks`);
}

await run(async () => {
  const owner = await openAs(users.owner);
  const projectId = await ownerSetsUp(owner.page);
  await ownerRunsTheModel(owner.page);

  setStep('ann claims a task while suggestions are hidden');
  const ann = await openWorkbench(users.ann, projectId);
  check(ann.claim.suggestions_shown === false && ann.claim.suggestions.length === 0,
    `a hidden assignment's claim carries suggestions: ${JSON.stringify(ann.claim)}`);
  check(await ann.page.getByTestId('suggestion-panel').count() === 0, 'a suggestion panel shows while suggestions are hidden');
  check(!/suggest|model/i.test(await ann.page.getByTestId('task').innerText()), 'the hidden workbench hints at a suggestion');

  setStep('owner shows suggestions again');
  focusOn(owner.page);
  await owner.page.locator('#sg-visibility-shown').check();
  await saveSettings(owner.page);

  setStep('ben claims a task with suggestions shown');
  const ben = await openWorkbench(users.ben, projectId);
  check(ben.claim.suggestions_shown === true && ben.claim.suggestions.length === 1, `ben's claim: ${JSON.stringify(ben.claim)}`);
  const panel = ben.page.getByTestId('suggestion-panel');
  await panel.waitFor();
  const label = await panel.getByTestId('suggested-label').innerText();
  check(TITLES.includes(label), `the panel suggests "${label}", not an option title`);
  check((await panel.getByTestId('suggested-by').innerText()).includes(MODEL), 'the panel does not name the model');
  check(/^ · \d{1,3}% confident$/.test(await panel.getByTestId('suggested-confidence').innerText()), 'no confidence percentage');
  check(/a model, not a person/i.test(await panel.innerText()), "the panel is not marked as a model's");
  check(await ben.page.locator('input[name="answer-relevance"]:checked').count() === 0, 'the suggestion pre-selected an answer');
  // the panel above the form pushes it down: Submit still shows without scrolling
  await inViewWithoutScrolling(ben.page, ben.page.getByRole('button', { name: /^Submit/ }), 'Submit beneath a suggestion');
  // the rationale opens from the keyboard, and Enter on it does not submit the task
  const taskId = await ben.page.getByTestId('task').getAttribute('data-task-id');
  await panel.locator('summary').focus();
  await ben.page.keyboard.press('Enter');
  check(await panel.locator('details').evaluate((d) => d.open), 'Enter did not open the rationale');
  check(await ben.page.getByTestId('task').getAttribute('data-task-id') === taskId && await ben.page.getByTestId('missing').count() === 0,
    'Enter on the rationale tried to submit the task');
  await panel.locator('summary').blur();
  await noHorizontalScroll(ben.page, 'workbench with a suggestion');
  await shot('s2-workbench-suggestion');
  log(`ben sees "${label}" from ${MODEL}`);

  focusOn(ann.page);
  await annotate(users.ann, ann.page, ann.leases);
  await ann.context.close();
  focusOn(ben.page);
  await annotate(users.ben, ben.page, ben.leases);
  await ben.context.close();

  setStep('owner reads the model–human disagreement on the dashboard');
  const page = focusOn(owner.page);
  await openTab(page, 'Dashboard');
  const rate = page.getByTestId('d-model');
  await rate.waitFor();
  const compared = await page.getByTestId('d-model-count').innerText();
  check(compared === `of ${ROWS.length} tasks`, `the disagreement is over "${compared}"`);
  const shown = await rate.innerText();
  check(/^\d+%$/.test(shown) && shown !== '0%', `the model–human disagreement reads "${shown}"`);
  const dashboard = await apiCall(users.owner, 'GET', `/api/projects/${projectId}/dashboard`);
  check(dashboard.model_disagreement.disagreeing_tasks >= 2, `disagreement ${JSON.stringify(dashboard.model_disagreement)}`);
  log(`dashboard: model–human disagreement ${shown} ${compared}`);

  setStep('owner reads the model report and the anchoring');
  await openTab(page, 'Suggestions');
  const model = page.locator(`[data-testid="model-row"][data-model="${MODEL}"]`);
  await model.waitFor();
  await page.waitForFunction(
    (m) => /^\d+% \(\d+–\d+%\)$/.test(document.querySelector(`[data-testid="model-row"][data-model="${m}"] [data-testid="model-accuracy"]`)?.textContent ?? ''),
    MODEL,
  );
  const accuracy = await model.getByTestId('model-accuracy').innerText();
  const anchoring = page.getByTestId('anchoring');
  const [whenShown, whenHidden, difference, reading] = await Promise.all(
    ['anchoring-shown', 'anchoring-hidden', 'anchoring-difference', 'anchoring-reading'].map((id) => anchoring.getByTestId(id).innerText()),
  );
  check(/^\d+% \(\d+–\d+%\)$/.test(whenShown) && /^\d+% \(\d+–\d+%\)$/.test(whenHidden), `agreement shown ${whenShown}, hidden ${whenHidden}`);
  check(/^[+−]?\d+ pts \([+−]?\d+ to [+−]?\d+\)$/.test(difference), `the difference reads "${difference}"`);
  check(reading.length > 0, 'no reading of the anchoring interval');
  await noHorizontalScroll(page, 'suggestions page with a report');
  await shot('s3-suggestions-report');
  log(`report: accuracy ${accuracy}; agreement shown ${whenShown}, hidden ${whenHidden}, difference ${difference}`);

  setStep('reviewer reads the Suggestions tab without owner tools');
  const rita = await openAs(users.rita);
  await rita.page.goto(`${base}/#/projects/${projectId}/suggestions`);
  await rita.page.getByTestId('job-row').first().waitFor();
  check(await rita.page.getByRole('button', { name: 'Run', exact: true }).isDisabled(), 'a reviewer can run a model');
  check(await rita.page.locator('#sg-visibility-shown').isDisabled(), 'a reviewer can change the settings');
  check(await rita.page.getByRole('button', { name: 'Save settings' }).count() === 0, 'a reviewer is offered Save');
  await rita.page.locator(`[data-testid="model-row"][data-model="${MODEL}"]`).waitFor();
  await rita.context.close();
  await owner.context.close();
});
