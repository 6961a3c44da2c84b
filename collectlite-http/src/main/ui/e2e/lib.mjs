// Shared helpers of the browser tests (flow.mjs, types.mjs): the server and users from the
// environment, one headless chromium (Debian's, via playwright-core) with one isolated context per
// user, checks that name the step they fail at, and a runner that screenshots the failure.
//
//   COLLECTLITE_URL=http://127.0.0.1:7070 \
//   OWNER_TOKEN=… ANNOTATOR1_TOKEN=… ANNOTATOR2_TOKEN=… REVIEWER_TOKEN=… node e2e/<script>.mjs
//
// The base URL may also be the first argument. User names default to olivia, ann, ben, rita
// (OWNER_NAME, ANNOTATOR1_NAME, ANNOTATOR2_NAME, REVIEWER_NAME). CHROMIUM overrides the browser
// path; SCREENSHOTS=1 saves screenshots into e2e/out. A failing script exits non-zero and leaves
// e2e/out/failure.png behind.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
export const base = (process.argv[2] || process.env.COLLECTLITE_URL || '').replace(/\/$/, '');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const screenshots = process.env.SCREENSHOTS === '1';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync'];

function env(name, fallback) {
  const v = process.env[name] || fallback;
  if (!v) throw new Error(`${name} is required`);
  return v;
}

export const users = {
  owner: { token: env('OWNER_TOKEN'), name: env('OWNER_NAME', 'olivia') },
  ann: { token: env('ANNOTATOR1_TOKEN'), name: env('ANNOTATOR1_NAME', 'ann') },
  ben: { token: env('ANNOTATOR2_TOKEN'), name: env('ANNOTATOR2_NAME', 'ben') },
  rita: { token: env('REVIEWER_TOKEN'), name: env('REVIEWER_NAME', 'rita') },
};
if (!base) throw new Error('the base URL is required: COLLECTLITE_URL or the first argument');
if (!fs.existsSync(executablePath)) throw new Error(`no browser at ${executablePath} (apt-get install -y chromium)`);

let browser = null;
let current = null; // the page a failure screenshot is taken of
let step = 'start';

export function log(msg) {
  console.log(`[e2e] ${msg}`);
}

/** Names the step the next failed check reports. */
export function setStep(name) {
  step = name;
}

export function check(condition, message) {
  if (!condition) throw new Error(`check failed at "${step}": ${message}`);
}

/** Saves a screenshot of the current page when SCREENSHOTS=1. */
export async function shot(name) {
  if (screenshots && current) await current.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: false });
}

/** Makes `page` the one a failure or `shot` captures. */
export function focusOn(page) {
  current = page;
  return page;
}

/**
 * Signs a user in on a fresh browser context (its own storage, so sessions never mix) and returns
 * `{ context, page }`; the page is the one a failure screenshot shows from now on.
 */
export async function openAs(user) {
  browser ??= await chromium.launch({ executablePath, headless: true, args: FLAGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  const page = focusOn(await context.newPage());
  page.on('pageerror', (e) => console.error(`[browser] ${e.message}`));
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
  await page.goto(`${base}/`);
  await page.locator('#token').fill(user.token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: user.name }).waitFor();
  log(`signed in as ${user.name}`);
  return { context, page };
}

/**
 * Fails unless `button` is wholly inside the 1280×800 window with the page unscrolled: a page's main action
 * (Submit, Resolve) must be reachable without scrolling, whatever the content above it.
 */
export async function inViewWithoutScrolling(page, button, name) {
  await button.waitFor();
  const scrolled = await page.evaluate(() => window.scrollY);
  const box = await button.boundingBox();
  const height = page.viewportSize().height;
  check(box !== null && scrolled === 0 && box.y >= 0 && box.y + box.height <= height,
    `${name} is not in view at 1280×800 without scrolling: box ${JSON.stringify(box)}, window ${height}px, scrolled ${scrolled}px`);
}

export async function noHorizontalScroll(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 0, `${name} scrolls horizontally at 1280×800 by ${overflow}px`);
}

/** Calls the API as `user`; returns the parsed JSON (or text), failing the check on a non-2xx answer. */
export async function apiCall(user, method, pathname, body) {
  const res = await fetch(`${base}${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${user.token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  check(res.ok, `${method} ${pathname} answered ${res.status}: ${text}`);
  return /^application\/json/.test(res.headers.get('content-type') ?? '') && text ? JSON.parse(text) : text;
}

/** Owner adds members through the Members section of the project page that is open. */
export async function addMembers(page, members) {
  for (const [user, role] of members) {
    await page.locator('#member-user').selectOption({ label: user.name });
    await page.locator('#member-role').selectOption(role);
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.locator('section', { has: page.getByRole('heading', { name: 'Members' }) })
      .getByRole('row', { name: `${user.name} ${role}` }).waitFor();
  }
}

/**
 * On the export page that is open, creates an export with these options (format `jsonl` or `csv`,
 * annotations included or not) and returns its row in the Versions table once it is listed.
 */
export async function createExport(page, { format = 'jsonl', annotations = false } = {}) {
  await page.locator('#export-format').selectOption(format);
  await page.locator('#export-annotations').setChecked(annotations);
  const [created] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && /^\/api\/projects\/\d+\/exports$/.test(new URL(r.url()).pathname)),
    page.getByRole('button', { name: 'Create export' }).click(),
  ]);
  check(created.ok(), `creating the export answered ${created.status()}: ${await created.text()}`);
  const { version } = await created.json();
  const row = page.locator(`[data-testid="export-row"][data-version="${version}"]`);
  await row.waitFor();
  return row;
}

/**
 * Downloads the export of `row` with its Download button into `file`, checks the file's SHA-256
 * against the one the row shows and returns `{ bytes, sha256, count }` (count: the records shown).
 */
export async function downloadExport(page, row, file) {
  const sha256 = (await row.getByTestId('sha256').innerText()).trim();
  const count = Number(await row.getByTestId('record-count').innerText());
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Download' }).click()]);
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  const actual = createHash('sha256').update(bytes).digest('hex');
  check(actual === sha256, `downloaded SHA-256 ${actual} differs from the one shown ${sha256}`);
  return { bytes, sha256, count };
}

/**
 * Counts the leases a page holds: claims answered 200 minus submits and skips answered 2xx. Read
 * it once the page is quiet (see `settle`).
 */
export function watchLeases(p) {
  // `held` models the server: the tasks whose lease this page's requests left with the user. A claim
  // that resumes the lease already held (a reload) adds nothing; an undone skip leaves exactly that task.
  const leases = { held: 0, tasks: new Set(), inFlight: 0, lastActivity: Date.now(), trail: [] };
  const api = (r) => new URL(r.url()).pathname.startsWith('/api/');
  p.on('request', (r) => {
    if (!api(r)) return;
    leases.inFlight++;
    leases.lastActivity = Date.now();
  });
  const finished = (r) => {
    if (!api(r)) return;
    leases.inFlight--;
    leases.lastActivity = Date.now();
  };
  p.on('requestfailed', finished);
  p.on('requestfinished', async (r) => {
    const response = await r.response();
    const { pathname } = new URL(r.url());
    if (/^\/api\/tasks\//.test(pathname)) leases.trail.push(`${r.method()} ${pathname} ${response?.status()}`);
    if (r.method() === 'GET' && pathname === '/api/tasks/next' && response?.status() === 200) {
      leases.tasks.add((await response.json()).task_id);
    }
    const done = /^\/api\/tasks\/(\d+)\/(annotations|skip)$/.exec(pathname);
    if (r.method() === 'POST' && done && response?.ok()) leases.tasks.delete(Number(done[1]));
    const undone = /^\/api\/tasks\/(\d+)\/skip\/undo$/.exec(pathname);
    if (r.method() === 'POST' && undone && response?.ok()) leases.tasks = new Set([Number(undone[1])]);
    leases.held = leases.tasks.size;
    finished(r);
  });
  return leases;
}

/** Waits until no API request has been in flight for `quietMs`: a prefetching page would have claimed by then. */
export async function settle(leases, quietMs = 400) {
  const deadline = Date.now() + 10_000;
  while (leases.inFlight > 0 || Date.now() - leases.lastActivity < quietMs) {
    check(Date.now() < deadline, `the page never went quiet (${leases.inFlight} requests in flight)`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs the script's steps; logs PASS, or the failing step with a screenshot; closes the browser and exits. */
export async function run(main) {
  fs.mkdirSync(OUT, { recursive: true });
  let failed = false;
  try {
    log(`against ${base} with ${executablePath}`);
    await main();
    log('PASS');
  } catch (e) {
    failed = true;
    console.error(`[e2e] FAIL at "${step}": ${e?.stack ?? e}`);
    if (current) {
      const file = path.join(OUT, 'failure.png');
      await current.screenshot({ path: file }).then(() => console.error(`[e2e] screenshot: ${file}`)).catch(() => undefined);
    }
  } finally {
    await browser?.close().catch(() => undefined);
  }
  process.exit(failed ? 1 : 0);
}

/**
 * Works through an annotator's open workbench queue: for every task shown, checks it is new and
 * that the page holds exactly its one lease, lets `onTask(taskId, count)` answer it from the
 * keyboard, presses Enter and waits for the next. Returns the task ids seen; at the empty queue the
 * page must hold no lease and show no error.
 */
export async function labelQueue(page, leases, userName, onTask) {
  const seen = [];
  for (;;) {
    const task = page.getByTestId('task');
    const empty = page.getByTestId('queue-empty');
    await task.or(empty).first().waitFor();
    if (await empty.isVisible()) break;
    const taskId = await task.getAttribute('data-task-id');
    check(!seen.includes(taskId), `task ${taskId} shown twice to ${userName}`);
    seen.push(taskId);
    await settle(leases);
    check(leases.held === 1, `${userName} holds ${leases.held} leases while task ${taskId} is shown, expected 1; task requests: ${leases.trail.join(', ')}`);
    await onTask(taskId, seen.length);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (id) => document.querySelector('[data-testid="task"]')?.getAttribute('data-task-id') !== id,
      taskId,
    );
  }
  await settle(leases);
  check(leases.held === 0, `${userName} holds ${leases.held} leases with an empty queue, expected 0`);
  check(await page.locator('[role="alert"]').count() === 0, `an error is shown: ${await page.locator('[role="alert"]').allInnerTexts()}`);
  return seen;
}
