import type { Browser, Page } from "playwright-core";
import { clientDist, ensureClientBuilt, freePort, launchBrowser } from "../../src/support/browser.js";
import { join } from "../../src/support/clients.js";
import { epochNow } from "../lib/clock.js";
import { round } from "../lib/histogram.js";
import type { Pool } from "../lib/ipc.js";
import { prepareConsultation } from "../lib/operator.js";
import type { PhaseCpu } from "../lib/phase-cpu.js";
import { startBenchServer } from "../lib/servers.js";
import { openNamedPoll } from "./room.js";
import { type Joined, phase, settle, split } from "./storm.js";
import type { stormVote } from "./storm-tasks.js";

/** What the page under measurement keeps (installed before any of its scripts run). */
type PageProbe = { tasks: { start: number; duration: number }[]; tallyAt: number; supported: boolean };

declare global {
  interface Window {
    __benchStorm?: PageProbe;
  }
}

export type BrowserPage = "chair" | "delegate" | "display";

/** `browserDuringStorm` in latest.json: one row per page. */
export type BrowserStormRow = {
  page: BrowserPage;
  /** The longest main-thread task (Long Tasks API) from the vote storm's start until the tally showed. */
  longestTaskMs: number;
  longTasksOver50ms: number;
  /**
   * From the last ballot's acknowledgement (at its generator process) until the page showed the
   * final tally; negative when the page showed it before that acknowledgement arrived.
   */
  finalTallyVisibleMs: number;
};

export type BrowserStormDetails = {
  page: BrowserPage;
  clients: number;
  /** The same during the join storm that filled the room before the vote. */
  joinLongestTaskMs: number;
  joinLongTasksOver50ms: number;
  /** Sum of the long tasks' durations over the vote storm. */
  voteLongTaskTotalMs: number;
  /** From the vote storm's start until the page showed the final tally. */
  tallyFromStartMs: number;
  refused: number;
  /** Long tasks the page had over its whole life (its load included), and the browser's support of the API. */
  pageLongTasks: number;
  pageLongestTaskMs: number;
  longTaskApi: boolean;
  cpu: { join: PhaseCpu; vote: PhaseCpu };
};

type Voted = Awaited<ReturnType<typeof stormVote>>;

/** Runs in the page before its own scripts: records every long task, in epoch milliseconds. */
function installProbe() {
  const probe: PageProbe = {
    tasks: [],
    tallyAt: 0,
    supported: PerformanceObserver.supportedEntryTypes.includes("longtask"),
  };
  window.__benchStorm = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.tasks.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
}

/**
 * Checks once a frame (just before it is painted) whether the poll's overall row counts
 * `expected` ballots, and notes the moment it first does. Written as the page's own script text:
 * tsx would name an inner function with a helper the page does not have.
 */
const watchTally = (expected: number) => `(() => {
  const probe = window.__benchStorm;
  if (!probe) throw new Error("the probe is not installed");
  const check = () => {
    const row = document.querySelector('[data-testid="poll"] tr[data-row="overall"], .display__poll tr[data-row="overall"]');
    let sum = 0;
    row?.querySelectorAll("td[data-column] .breakdown__count").forEach((cell) => {
      sum += Number((cell.textContent ?? "").replace(/\\D/g, "") || 0);
    });
    if (sum >= ${Number(expected)}) probe.tallyAt = performance.timeOrigin + performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

const probeOf = (page: Page) => page.evaluate(() => window.__benchStorm ?? { tasks: [], tallyAt: 0, supported: false });

function tasksWithin(probe: PageProbe, from: number, to: number) {
  const within = probe.tasks.filter((task) => task.start >= from && task.start < to);
  return {
    longest: round(Math.max(0, ...within.map((task) => task.duration))),
    over50: within.filter((task) => task.duration > 50).length,
    total: round(within.reduce((sum, task) => sum + task.duration, 0)),
  };
}

/** Opens the page as the person (a session cookie from the join route) and waits until the poll shows. */
async function openPage(browser: Browser, origin: string, which: BrowserPage, link: string) {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
  await context.addInitScript(installProbe);
  const { cookie } = await join(
    origin,
    link,
    which === "delegate" ? "Delegate in the browser" : "Chair in the browser",
  );
  const [name = "", value = ""] = cookie.split(/=(.*)/s);
  await context.addCookies([{ name, value, url: origin }]);
  const page = await context.newPage();
  await page.goto(`${origin}${which === "display" ? "/display" : "/room"}`);
  if (which === "display") await page.locator(".display__poll").waitFor({ timeout: 60_000 });
  else {
    await page.getByRole("tab", { name: "Polls" }).click({ timeout: 60_000 });
    await page.locator('[data-testid="poll"]').first().waitFor({ timeout: 60_000 });
  }
  return { context, page };
}

/**
 * `browserDuringStorm`: for each page (the chair's, a delegate's, the room display's), in
 * Chromium, a room of `clients` delegations (held by the generator processes) joins, then casts
 * at once in a named poll with live results. The page records its long tasks (Long Tasks API)
 * and the moment its poll's overall row first counts every ballot; one storm per page, so that
 * no page's renderer competes with another's.
 */
export async function browserDuringStorm(
  pool: Pool,
  clients: number,
): Promise<{ rows: BrowserStormRow[]; details: BrowserStormDetails[] }> {
  await ensureClientBuilt();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startBenchServer("postgres", { PUBLIC_URL: origin, CLIENT_DIST: clientDist }, port);
  const serverPid = server.process.child.pid;
  const browser = await launchBrowser();
  const rows: BrowserStormRow[] = [];
  const details: BrowserStormDetails[] = [];
  try {
    for (const which of ["chair", "delegate", "display"] as const) {
      const room = await prepareConsultation(server.url, server.operatorToken, clients + 1, `Browser storm: ${which}`);
      const [browserLink = "", ...links] = room.delegateLinks;
      const pollId = await openNamedPoll(server.url, room.chairLink, "Storm in the browser: adopt the expectation?");
      const { context, page } = await openPage(
        browser,
        origin,
        which,
        which === "delegate" ? browserLink : room.chairLink,
      );
      try {
        await settle(1000);
        const shares = split(links, pool.size);
        const firstNumbers = shares.map((_, i) => 1 + shares.slice(0, i).reduce((sum, share) => sum + share.length, 0));
        const joinPhase = await phase<Joined>(pool, serverPid, "stormJoin", (startAt, i) => ({
          url: server.url,
          links: shares[i] ?? [],
          firstNumber: firstNumbers[i] ?? 1,
          startAt,
        }));
        const joined = clients - joinPhase.results.reduce((sum, result) => sum + result.failed, 0);
        await settle(1000);
        await page.evaluate(watchTally(joined));
        const votePhase = await phase<Voted>(pool, serverPid, "stormVote", (startAt, i) => ({
          pollId,
          expected: joined,
          startAt,
          firstNumber: firstNumbers[i] ?? 1,
        }));
        const lastAckAt = Math.max(...votePhase.results.map((result) => result.lastAckAt));
        await page
          .waitForFunction(() => (window.__benchStorm?.tallyAt ?? 0) > 0, undefined, { timeout: 30_000 })
          .catch(() => undefined);
        await settle(500);
        const probe = await probeOf(page);
        const voteTasks = tasksWithin(probe, votePhase.startAt, epochNow());
        const joinTasks = tasksWithin(probe, joinPhase.startAt, votePhase.startAt);
        const shown = probe.tallyAt > 0;
        if (!probe.supported) throw new Error("this Chromium does not report long tasks");
        rows.push({
          page: which,
          longestTaskMs: voteTasks.longest,
          longTasksOver50ms: voteTasks.over50,
          finalTallyVisibleMs: shown ? round(probe.tallyAt - lastAckAt) : Number.NaN,
        });
        details.push({
          page: which,
          clients: joined,
          joinLongestTaskMs: joinTasks.longest,
          joinLongTasksOver50ms: joinTasks.over50,
          voteLongTaskTotalMs: voteTasks.total,
          tallyFromStartMs: shown ? round(probe.tallyAt - votePhase.startAt) : Number.NaN,
          refused: votePhase.results.reduce((sum, result) => sum + result.refused, 0),
          pageLongTasks: probe.tasks.length,
          pageLongestTaskMs: round(Math.max(0, ...probe.tasks.map((task) => task.duration))),
          longTaskApi: probe.supported,
          cpu: { join: joinPhase.cpu(joinPhase.results), vote: votePhase.cpu(votePhase.results) },
        });
        process.stdout.write(
          `    ${which}: longest task ${voteTasks.longest} ms, ${voteTasks.over50} over 50 ms, tally shown ${rows.at(-1)?.finalTallyVisibleMs} ms after the last ack\n`,
        );
      } finally {
        await Promise.all(pool.workers.map((worker) => worker.run("stormClose", {}, 30_000)));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return { rows, details };
}
