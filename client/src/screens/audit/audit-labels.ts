import type { i18n as I18n, ParseKeys, TFunction } from "i18next";

/** Whether i18next holds words for `key` (one built at run time), which may then be passed to `t`. */
function isKnownKey(i18n: I18n, key: string): key is ParseKeys {
  return i18n.exists(key);
}

/**
 * The words for one event type (`item:time-box-set` → `audit.event.item.time-box-set`), or, for a
 * type this client has no words for (a newer server), a generic label that shows the raw type.
 */
export function eventLabel(t: TFunction, i18n: I18n, type: string): string {
  const [resource, verb] = type.split(":");
  const key = `audit.event.${resource}.${verb}`;
  if (resource && verb && isKnownKey(i18n, key)) return t(key);
  return t("audit.unknownEvent", { type });
}
