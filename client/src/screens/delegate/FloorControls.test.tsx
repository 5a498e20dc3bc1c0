import { render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { itemSpeakingOrder } from "../../domain/floor";
import { useConsultationStore } from "../../stores/consultation-store";
import { event, floorRequest, item, senegal, snapshot, southSudan } from "../../test/fixtures";
import { resetStores } from "../../test/reset";
import { SpeakersList } from "../room/SpeakersList";
import { FloorControls } from "./FloorControls";

const openItem = item(1, { status: "open" });

describe("a delegation's place on the list of speakers", () => {
  beforeEach(() => {
    resetStores();
    useConsultationStore.getState().applySync({
      kind: "snapshot",
      snapshot: snapshot(5, {
        items: [openItem, item(2)],
        floorRequests: [
          floorRequest(1, { delegationId: senegal.id }),
          floorRequest(2, { delegationId: southSudan.id, kind: "point_of_order" }),
        ],
      }),
    });
  });

  it("puts a point of order first and tells the delegation its place in words", () => {
    render(<FloorControls item={openItem} delegationId={senegal.id} />);
    expect(screen.getByText("Statement: number 2 of 2 on the list")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Withdraw" })).toBeTruthy();
    // Already waiting to speak: asking again is not offered, a point of order still is.
    expect(screen.getByRole("button", { name: "Ask for the floor" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: "Point of order" }).getAttribute("aria-disabled")).toBe("false");
  });

  it("follows live events: a withdrawn request leaves the list", () => {
    const { rerender } = render(<FloorControls item={openItem} delegationId={senegal.id} />);
    useConsultationStore.getState().receive([
      event(6, {
        upsert: { floorRequests: [floorRequest(2, { delegationId: southSudan.id, status: "withdrawn" })] },
      }),
    ]);
    rerender(<FloorControls item={openItem} delegationId={senegal.id} />);
    expect(screen.getByText("Statement: number 1 of 1 on the list")).toBeTruthy();
  });

  it("lists speakers in speaking order with their constituencies", () => {
    const state = useConsultationStore.getState().state;
    const queue = itemSpeakingOrder(state?.floorRequests ?? {}, openItem.id);
    render(<SpeakersList queue={queue} ownDelegationId={senegal.id} />);
    const entries = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(entries[0]).toContain("South Sudan");
    expect(entries[0]).toContain("Point of order");
    expect(entries[1]).toContain("Senegal");
    expect(entries[1]).toContain("your delegation");
    expect(entries[1]).toContain("T/PCC");
  });
});
