import { render, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
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

  it("words each error code plainly, without the server's English beside it", () => {
    render(<ActionStatus action={{ status: "error", errorCode: "FORBIDDEN", errorDetail: "Chair only." }} />);
    const text = screen.getByRole("status").textContent ?? "";
    expect(text).toContain("Your role does not allow this.");
    expect(text).not.toContain("Chair only.");
  });

  it("words the server's reason in the person's language, with its parameters", async () => {
    await i18next.changeLanguage("fr");
    const reason = { code: "consultation_not_live", params: { status: "suspended" } };
    render(
      <ActionStatus
        action={{ status: "error", errorCode: "CONFLICT", errorDetail: "Not live.", errorReason: reason }}
      />,
    );
    // The reasons' sentences arrive in their own chunk, then the line words the reason.
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "La séance n'est pas ouverte (statut : Suspendue). La présidence l'ouvre d'abord.",
      ),
    );
    await i18next.changeLanguage("en");
  });

  it("falls back to the words for the code when the reason is unknown to this client", () => {
    const reason = { code: "a_reason_from_a_newer_server" };
    render(<ActionStatus action={{ status: "error", errorCode: "CONFLICT", errorDetail: "x", errorReason: reason }} />);
    expect(screen.getByRole("status").textContent).toBe("This cannot be done as things stand now.");
  });
});
