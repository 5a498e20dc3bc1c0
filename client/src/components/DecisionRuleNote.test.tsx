import { render, screen } from "@testing-library/react";
import i18n from "i18next";
import { act } from "react";
import { describe, expect, it } from "vitest";
import { DecisionRuleNote } from "./DecisionRuleNote";

describe("the decision rule note", () => {
  it("says who decides, and that the Secretariat neither votes nor blocks", () => {
    render(<DecisionRuleNote rule="council_decides" withNotice />);
    const text = screen.getByTestId("decision-rule").textContent ?? "";
    expect(text).toContain("Who decides: Council members decide; others are consulted.");
    expect(text).toContain("The Secretariat and observers neither vote nor block consensus.");
  });

  it("follows the reader's language", async () => {
    await act(() => i18n.changeLanguage("fr"));
    render(<DecisionRuleNote rule="member_states_decide" />);
    expect(screen.getByTestId("decision-rule").textContent).toBe(
      "Qui décide : Toutes les délégations des États Membres décident ; les autres participants sont consultés.",
    );
    await act(() => i18n.changeLanguage("en"));
  });

  it("shows nothing before the rule is known", () => {
    const { container } = render(<DecisionRuleNote rule={undefined} />);
    expect(container.textContent).toBe("");
  });
});
