import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ActionStatus } from "./ActionStatus";

describe("an action's status line", () => {
  it("says an action is being sent, or waits for the connection", () => {
    const { rerender } = render(<ActionStatus action={{ status: "pending", errorCode: null, errorDetail: null }} />);
    expect(screen.getByRole("status").textContent).toBe("Sending…");
    rerender(<ActionStatus action={{ status: "waiting", errorCode: null, errorDetail: null }} />);
    expect(screen.getByRole("status").textContent).toMatch(/^Waiting for the connection/);
  });

  it("confirms in words, not only with a tick", () => {
    render(<ActionStatus action={{ status: "confirmed", errorCode: null, errorDetail: null }} />);
    expect(screen.getByRole("status").textContent).toContain("Done");
  });

  it("words each error code plainly, with the server's detail beside it", () => {
    render(<ActionStatus action={{ status: "error", errorCode: "FORBIDDEN", errorDetail: "Chair only." }} />);
    const text = screen.getByRole("status").textContent ?? "";
    expect(text).toContain("Your role does not allow this.");
    expect(text).toContain("Chair only.");
  });
});
