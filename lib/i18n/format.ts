/** One value of a GET query parameter (the first when repeated). */
export function queryValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Only the named messages of a group, for a client component: everything a client component
 * receives is serialised into the page, so it gets the strings it renders and no more.
 */
export function pick<T extends object, K extends keyof T>(messages: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, messages[k]])) as Pick<T, K>;
}

/** Fills {name} placeholders in a message. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
