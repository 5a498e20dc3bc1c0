import type { AgendaItemStatus, UpdateItemBody } from "@trilogue/shared";
import { conflict } from "../core/errors.js";
import { assertNotClosed } from "./consultations.rules.js";

/**
 * A delegation's name, country and constituencies attribute everything it says and break every
 * result down by constituency. Once anything has been said in the consultation (a turn, a position,
 * a ballot, an objection...), changing them would rewrite the record after the fact, so the
 * operator registers a new delegation instead. Before that, any correction is fine. Pure.
 */
export function assertDelegationEditable(status: string, said: boolean): void {
  assertNotClosed(status);
  if (said)
    throw conflict("Something has been said in this consultation: its delegations are part of the record.", {
      code: "delegation_on_record",
    });
}

/**
 * An item's title and question are what the room discussed: they change only while the item is
 * still pending. Its time box and speaking time are the chair's to adjust until it is concluded
 * (as the chair's own commands allow). Pure.
 */
export function assertItemEditable(status: string, item: { status: AgendaItemStatus }, changes: UpdateItemBody): void {
  assertNotClosed(status);
  if (item.status === "concluded") throw conflict("The item is concluded.", { code: "item_concluded" });
  const textChange = changes.title !== undefined || changes.question !== undefined;
  if (textChange && item.status !== "pending")
    throw conflict("The item has been discussed: its title and question are part of the record.", {
      code: "item_text_on_record",
    });
}
