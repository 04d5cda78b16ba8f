/** A value as JSON gives it: timestamps become ISO strings, as the response schemas declare them. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends readonly unknown[]
    ? { -readonly [K in keyof T]: Jsonified<T[K]> }
    : T extends object
      ? { -readonly [K in keyof T]: Jsonified<T[K]> }
      : T;

export function asJson<T>(value: T): Jsonified<T> {
  return JSON.parse(JSON.stringify(value)) as Jsonified<T>;
}
