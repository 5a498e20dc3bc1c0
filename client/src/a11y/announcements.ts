import type { ConsultationState } from "@trilogue/shared";
import type { TFunction } from "i18next";

const speakerOf = (state: ConsultationState) =>
  Object.values(state.floorRequests).find((request) => request.status === "speaking") ?? null;

const delegationName = (state: ConsultationState, id: string) => state.delegations[id]?.name ?? "";

/**
 * What changed between two states that a person who cannot see the screen must hear: an item
 * opened, who has the floor, a poll opening or closing, a text put to consensus, an objection, the
 * outcome. Nothing on the first catch-up (there is no "before"). Pure: the live announcer says
 * what it returns.
 */
export function announcementsBetween(
  before: ConsultationState | null,
  after: ConsultationState | null,
  t: TFunction,
): string[] {
  if (!before || !after || before === after) return [];
  const said: string[] = [];

  for (const item of Object.values(after.items)) {
    if (item.status === "open" && before.items[item.id]?.status !== "open")
      said.push(t("item.announceOpened", { title: item.title }));
  }

  const was = speakerOf(before);
  const now = speakerOf(after);
  if (now && now.id !== was?.id)
    said.push(t("floor.announce", { delegation: delegationName(after, now.delegationId) }));
  else if (!now && was) said.push(t("floor.announceNobody"));

  for (const poll of Object.values(after.polls)) {
    const previous = before.polls[poll.id]?.status;
    if (poll.status === previous || poll.status === "draft") continue;
    said.push(t(`polls.announce.${poll.status}`, { question: poll.question }));
  }

  for (const call of Object.values(after.consensusCalls)) {
    const previous = before.consensusCalls[call.id];
    if (call.status === "open" && !previous) said.push(t("consensus.announceOpen", { text: call.text }));
    if (call.status === "closed" && previous?.status !== "closed")
      said.push(
        call.outcome === "adopted"
          ? t("consensus.announceAdopted", { text: call.text })
          : t("consensus.announceNotAdopted", { text: call.text }),
      );
  }

  for (const objection of Object.values(after.objections)) {
    const previous = before.objections[objection.id]?.status;
    if (objection.status === previous) continue;
    const delegation = delegationName(after, objection.delegationId);
    said.push(
      objection.status === "standing"
        ? t("consensus.announceObjection", { delegation })
        : t("consensus.announceWithdrawn", { delegation }),
    );
  }
  return said;
}
