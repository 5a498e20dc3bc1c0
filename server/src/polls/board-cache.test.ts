import { boardHash, boardJson } from "@trilogue/shared";
import { honestBoard } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { boardHashOf } from "./board-cache.js";

describe("the served board's hash", () => {
  it("is the shared boardHash, the one browsers and verify-poll compute, non-ASCII text included", () => {
    const board = honestBoard({ optionCount: 2, maxChoices: 1, voters: [{ group: ["council"], choices: [1] }] });
    const json = boardJson({ ...board, question: "Sécurité — 安全 — أمن?", options: ["oui", "нет"] });
    expect(boardHashOf(json)).toBe(boardHash(json));
  }, 30_000);
});
