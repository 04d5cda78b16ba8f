/** A repeatable form row: `key` keeps React's identity stable while rows are added and removed. */
export interface Keyed {
  key: string;
}

let counter = 0;

/** A key unique within the page's lifetime. */
export function newRowKey(): string {
  counter += 1;
  return `row-${counter}`;
}

/** Whether every text field of a row is empty: such a row is ignored rather than refused. */
export function isBlankRow(row: object): boolean {
  return Object.entries(row).every(
    ([name, value]) => name === 'key' || typeof value !== 'string' || value.trim() === '',
  );
}

/** One entry per non-empty line, trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
