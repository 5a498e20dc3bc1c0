import { fireEvent, render, screen, within } from "@testing-library/react";
import type { AuditEntry } from "@trilogue/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { id } from "../../test/fixtures";
import { resetStores } from "../../test/reset";
import { AuditPanel } from "./AuditPanel";
import { mergeAuditPage, nextAfter } from "./audit-api";

// A small page, so the test renders a few rows rather than the server's 500.
const auditPageSize = 4;

const entry = (seq: number, type: string, actor: AuditEntry["actor"] = null): AuditEntry =>
  ({ seq, type, at: "2025-03-04T10:15:42Z", actor, touched: {}, consultationChanged: false }) as AuditEntry;

const chair = { participantId: id(1), displayName: "Ms. Ndiaye", role: "chair", delegation: "Senegal" } as const;

describe("the audit trail", () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    resetStores();
    fetchMock.mockReset();
    vi.stubGlobal("fetch", fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  const answer = (entries: AuditEntry[]) =>
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(entries), { status: 200 }));

  it("merges pages in sequence order without repeats", () => {
    const merged = mergeAuditPage(
      [entry(1, "item:added"), entry(2, "item:opened")],
      [entry(2, "item:opened"), entry(3, "floor:given")],
    );
    expect(merged.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(nextAfter(merged)).toBe(3);
    expect(nextAfter([])).toBe(0);
  });

  it("reads the first page when opened, labels events, and pages on with after=", async () => {
    const full = Array.from({ length: auditPageSize }, (_, i) => entry(i + 1, "poll:turnout-changed"));
    full[0] = entry(1, "item:time-box-set", chair);
    full[1] = entry(2, "delegation:registered");
    answer(full);
    render(<AuditPanel source="chair" pageSize={auditPageSize} />);
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Audit trail" }));
    // The answer is read and rendered a few turns later: on a busy machine, more than one.
    const table = await screen.findByRole(
      "table",
      { name: "Who did what, and when, oldest first" },
      { timeout: 5_000 },
    );
    expect(fetchMock.mock.calls[0]?.[0]).toBe("/api/audit?after=0");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(auditPageSize + 1);
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["No.", "Time", "Who", "What"]);
    expect(rows[1]?.textContent).toContain("Time limit set for an agenda item");
    expect(rows[1]?.textContent).toContain("Ms. Ndiaye");
    // Time with seconds, and the machine-readable moment.
    expect(rows[1]?.querySelector("time")?.textContent).toMatch(/:42/);
    expect(rows[1]?.querySelector("time")?.getAttribute("datetime")).toBe("2025-03-04T10:15:42Z");
    expect(rows[1]?.textContent).toContain("Chair · Senegal");
    expect(rows[2]?.textContent).toContain("Delegation registered");
    expect(rows[3]?.textContent).toContain("System / operator");
    expect(screen.getByText(/Secret ballots never appear/)).toBeTruthy();

    answer([entry(auditPageSize + 1, "summary:finalised")]);
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByText("Summary finalised", undefined, { timeout: 5_000 })).toBeTruthy();
    expect(fetchMock.mock.calls[1]?.[0]).toBe(`/api/audit?after=${auditPageSize}`);
    expect(screen.getByRole("button", { name: "Check for newer entries" })).toBeTruthy();
  });
});
