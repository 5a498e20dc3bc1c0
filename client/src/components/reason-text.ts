import {
  type ConsultationStatus,
  consultationStatuses,
  type ParagraphState,
  paragraphStates,
  type ReasonCode,
  type RefusalReason,
  reasonCodes,
} from "@trilogue/shared";
import type { TFunction } from "i18next";

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);

/**
 * The sentence for a reason the server gave, in the person's language; null for a reason this
 * client does not know (a newer server), so the caller falls back to the words for the error code.
 * Parameters that are themselves states are worded too.
 */
export function reasonText(t: TFunction, reason: RefusalReason): string | null {
  if (!isOneOf<ReasonCode>(reasonCodes, reason.code)) return null;
  const given = reason.params ?? {};
  // Every value any reason's sentence may use, so a sentence never shows a raw placeholder.
  const values = {
    count: Number(given.count ?? 0),
    base: Number(given.base ?? 0),
    current: Number(given.current ?? 0),
    status: isOneOf<ConsultationStatus>(consultationStatuses, given.status)
      ? t(`consultationStatus.${given.status}`)
      : String(given.status ?? ""),
    state: isOneOf<ParagraphState>(paragraphStates, given.state)
      ? t(`drafting.state.${given.state}`)
      : String(given.state ?? ""),
  };
  return t(`reasons.${reason.code}`, values);
}
