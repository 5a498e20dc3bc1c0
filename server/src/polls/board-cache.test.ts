import { boardHash, boardJson, trackerOf } from "@trilogue/shared";
import { honestBoard, sealCompactBallot } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { boardHashOf, trackerOfSealed } from "./board-cache.js";

describe("the server's native hashes", () => {
  it("is the shared boardHash, the one browsers and verify-poll compute, non-ASCII text included", () => {
    const board = honestBoard({ optionCount: 2, maxChoices: 1, voters: [{ group: ["council"], choices: [1] }] });
    const json = boardJson({ ...board, question: "Sécurité — 安全 — أمن?", options: ["oui", "нет"] });
    expect(boardHashOf(json)).toBe(boardHash(json));
    // And each ballot's tracker, committed or compact.
    const frame = { pollId: board.pollId, publicKey: board.publicKey ?? "", optionCount: 2, maxChoices: 1 };
    for (const ballot of [board.ballots[0]?.ballot, sealCompactBallot(frame, [0])])
      expect(ballot && trackerOfSealed(ballot)).toBe(ballot && trackerOf(ballot));
  }, 30_000);
});
