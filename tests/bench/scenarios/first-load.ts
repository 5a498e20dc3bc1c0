import type { Browser, CDPSession, Page } from "playwright-core";
import { clientDist, ensureClientBuilt, freePort, launchBrowser } from "../../src/support/browser.js";
import { prepareConsultation } from "../lib/operator.js";
import { startBenchServer } from "../lib/servers.js";

/** `firstLoad` in latest.json: the delegate view on a poor link, cold and warm. */
export type FirstLoadResult = {
  /** Invitation link opened on an empty cache until the join form shows, plus "Enter" until the room shows the consultation. */
  coldMs: number;
  /** The second visit (`/room`, session and caches kept) until the consultation shows. */
  warmMs: number;
  /** The JavaScript the cold load transferred, as sent (compressed), in KB. */
  jsKbCompressed: number;
  details: {
    coldLinkToFormMs: number;
    coldEnterToRoomMs: number;
    coldBytes: number;
    warmBytesFromNetwork: number;
    warmScriptsFromServiceWorker: number;
    link: { downKbitPerSecond: number; upKbitPerSecond: number; latencyMs: number };
  };
};

/** The link: 400 kbit/s down, 400 ms latency (a field mission's satellite link). */
const link = { downKbitPerSecond: 400, upKbitPerSecond: 400, latencyMs: 400 };

type Transfer = { scriptBytes: number; allBytes: number; fromWorker: number };

/** Emulates the link on the page's DevTools session and counts what crosses it. */
async function throttle(page: Page): Promise<{ cdp: CDPSession; transfer: Transfer }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", conditions());
  const transfer: Transfer = { scriptBytes: 0, allBytes: 0, fromWorker: 0 };
  const scripts = new Set<string>();
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script") scripts.add(event.requestId);
    if (event.type === "Script" && event.response.fromServiceWorker) transfer.fromWorker++;
  });
  cdp.on("Network.loadingFinished", (event) => {
    transfer.allBytes += event.encodedDataLength;
    if (scripts.has(event.requestId)) transfer.scriptBytes += event.encodedDataLength;
  });
  return { cdp, transfer };
}

/**
 * Emulates the link for the service worker too. A page's DevTools session throttles the page's
 * own requests only: what the worker fetches (the page itself, when it asks the network) would
 * otherwise cross no emulated link at all, and a visit that waits on it would look free. The
 * worker is a target of its own, reached from the browser's session (Playwright opens no session
 * on it), so its commands go as messages to that target.
 */
async function throttleServiceWorker(browser: Browser): Promise<void> {
  const root = await browser.newBrowserCDPSession();
  const { targetInfos } = await root.send("Target.getTargets");
  const worker = targetInfos.find((target) => target.type === "service_worker");
  if (!worker) throw new Error("no service worker to throttle");
  const { sessionId } = await root.send("Target.attachToTarget", { targetId: worker.targetId, flatten: false });
  const answered = new Set<number>();
  root.on("Target.receivedMessageFromTarget", (event) => {
    const message: unknown = JSON.parse(event.message);
    if (typeof message === "object" && message && "id" in message && typeof message.id === "number") {
      answered.add(message.id);
    }
  });
  const commands = [
    { id: 1, method: "Network.enable", params: {} },
    { id: 2, method: "Network.emulateNetworkConditions", params: conditions() },
  ];
  for (const command of commands) {
    await root.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify(command) });
  }
  const deadline = Date.now() + 10_000;
  while (!commands.every((command) => answered.has(command.id))) {
    if (Date.now() > deadline) throw new Error("the service worker did not take the emulated link");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function conditions() {
  return {
    offline: false,
    latency: link.latencyMs,
    downloadThroughput: (link.downKbitPerSecond * 1000) / 8,
    uploadThroughput: (link.upKbitPerSecond * 1000) / 8,
  };
}

/**
 * Resolves once the room's title is on the page, checked at every animation frame: a locator's
 * `waitFor` checks after 0, 20, 50, 100 and 100 ms, then every 500 ms, so it saw the title up to
 * half a second after it was there, and a warm visit's figure depended on which check caught it.
 */
const shown = (page: Page, title: string) =>
  page.waitForFunction(
    (text) =>
      Array.from(document.querySelectorAll("h1.room-header__title")).some((heading) =>
        heading.textContent?.includes(text),
      ),
    title,
    { polling: "raf", timeout: 120_000 },
  );

/** Measures the delegate's first and second visit in Chromium through the emulated link. */
export async function firstLoad(): Promise<FirstLoadResult> {
  await ensureClientBuilt();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startBenchServer("postgres", { PUBLIC_URL: origin, CLIENT_DIST: clientDist }, port);
  let browser: Browser | undefined;
  try {
    const title = "First load";
    const room = await prepareConsultation(server.url, server.operatorToken, 30, title);
    const invitation = room.delegateLinks[0];
    if (!invitation) throw new Error("no delegate link");
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
    const cold = await context.newPage();
    const { transfer: coldTransfer } = await throttle(cold);
    const began = performance.now();
    await cold.goto(invitation, { waitUntil: "commit" });
    await cold.getByLabel("Your name").waitFor({ timeout: 120_000 });
    const formAt = performance.now();
    await cold.getByLabel("Your name").fill("Delegate of the host State");
    const enterAt = performance.now();
    await cold.getByRole("button", { name: "Enter the room" }).click();
    await shown(cold, title);
    const roomAt = performance.now();
    // Let the service worker install before the second visit, as a person reading the room would.
    await cold.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await cold.close();
    await throttleServiceWorker(browser);

    const warm = await context.newPage();
    const { transfer: warmTransfer } = await throttle(warm);
    const warmBegan = performance.now();
    await warm.goto(`${origin}/room`, { waitUntil: "commit" });
    await shown(warm, title);
    const warmMs = performance.now() - warmBegan;
    const coldLinkToFormMs = formAt - began;
    const coldEnterToRoomMs = roomAt - enterAt;
    return {
      coldMs: Math.round(coldLinkToFormMs + coldEnterToRoomMs),
      warmMs: Math.round(warmMs),
      jsKbCompressed: Math.round((coldTransfer.scriptBytes / 1024) * 10) / 10,
      details: {
        coldLinkToFormMs: Math.round(coldLinkToFormMs),
        coldEnterToRoomMs: Math.round(coldEnterToRoomMs),
        coldBytes: coldTransfer.allBytes,
        warmBytesFromNetwork: warmTransfer.allBytes,
        warmScriptsFromServiceWorker: warmTransfer.fromWorker,
        link,
      },
    };
  } finally {
    await browser?.close();
    await server.stop();
  }
}
