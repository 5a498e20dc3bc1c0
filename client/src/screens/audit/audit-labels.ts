import type { i18n as I18n, TFunction } from "i18next";

/**
 * The words for one event type (`item:time-box-set` → `audit.event.item.time-box-set`), or, for a
 * type this client has no words for (a newer server), a generic label that shows the raw type.
 */
export function eventLabel(t: TFunction, i18n: I18n, type: string): string {
  const [resource, verb] = type.split(":");
  const key = `audit.event.${resource}.${verb}`;
  if (resource && verb && i18n.exists(key)) return t(key as never);
  return t("audit.unknownEvent", { type });
}
