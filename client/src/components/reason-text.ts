import {
  type AppError,
  type ConsultationStatus,
  consultationStatuses,
  isOneOf,
  type OperatorRole,
  operatorRoles,
  type ParagraphState,
  paragraphStates,
  type ReasonCode,
  type RefusalReason,
  reasonCodes,
} from "@trilogue/shared";
import type { TFunction } from "i18next";

/**
 * The sentence for a reason the server gave, in the person's language; null for a reason this
 * client does not know (a newer server), so the caller falls back to the words for the error code.
 * Parameters that are themselves states are worded too.
 */
export function reasonText(t: TFunction, reason: RefusalReason): string | null {
  if (!isOneOf<ReasonCode>(reasonCodes, reason.code)) return null;
  const given = reason.params ?? {};
  const statusWords = (value: unknown) =>
    isOneOf<ConsultationStatus>(consultationStatuses, value) ? t(`consultationStatus.${value}`) : String(value ?? "");
  // Every value any reason's sentence may use, so a sentence never shows a raw placeholder.
  const values = {
    count: Number(given.count ?? 0),
    base: Number(given.base ?? 0),
    current: Number(given.current ?? 0),
    claimed: Number(given.claimed ?? 0),
    max: Number(given.max ?? 0),
    name: String(given.name ?? ""),
    status: statusWords(given.status),
    from: statusWords(given.from),
    to: statusWords(given.to),
    role: isOneOf<OperatorRole>(operatorRoles, given.role)
      ? t(`operatorAccess.role.${given.role}`)
      : String(given.role ?? ""),
    state: isOneOf<ParagraphState>(paragraphStates, given.state)
      ? t(`drafting.state.${given.state}`)
      : String(given.state ?? ""),
  };
  // The sentences come in their own chunk (`reason-strings.ts`); until it is in, say nothing here.
  const key = `reasons.${reason.code}` as const;
  const text: string = t(key, values);
  return text === key ? null : text;
}

/** The words for a whole error: its reason when this client knows it, else the words for its code. */
export function errorText(t: TFunction, error: Pick<AppError, "code" | "reason">): string {
  return (error.reason ? reasonText(t, error.reason) : null) ?? t(`errors.${error.code}`);
}
