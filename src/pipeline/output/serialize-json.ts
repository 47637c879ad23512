/**
 * JSON text for an output file: two-space indent and a final newline. Key order is the
 * order the builders create, so the same input gives byte-identical files.
 *
 * @example
 * serializeJson({a: 1}) // => '{\n  "a": 1\n}\n'
 */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
