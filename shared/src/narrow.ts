/**
 * Narrowing helpers: each checks at run time what the compiler is then told, so code can turn a
 * string, a key or an unknown value into a precise type without an `as` cast.
 */

/** Whether `value` is one of `values` (a select's value, a stored enum, a language code). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return values.some((candidate) => candidate === value);
}

/** Whether `key` is one of `object`'s own keys. */
export function isKeyOf<T extends object>(object: T, key: PropertyKey): key is keyof T {
  return Object.hasOwn(object, key);
}

/** `Object.keys` typed by the object's keys; only its own keys are returned, so the type holds. */
export function keysOf<T extends object>(object: T): (keyof T & string)[] {
  return Object.keys(object).filter((key): key is keyof T & string => isKeyOf(object, key));
}

/** Whether `value` is a plain object (not null, not an array), whose fields can then be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The field `key` of `value` if it is an object, errors included (their `code`, `cause`, `statusCode`…). */
export function fieldOf(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** Whether `record` holds every one of `keys`. */
export function hasEveryKey<K extends PropertyKey, V>(
  keys: readonly K[],
  record: Partial<Record<K, V>>,
): record is Record<K, V> {
  return keys.every((key) => key in record);
}

/** A record with one entry per key, built by `value`. */
export function recordFrom<K extends PropertyKey, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  const record: Partial<Record<K, V>> = {};
  for (const key of keys) record[key] = value(key);
  if (!hasEveryKey(keys, record)) throw new Error("recordFrom: a key has no value");
  return record;
}
