/**
 * Whether an untrusted value (a message, a stored item, an import) is a plain object whose fields can be
 * read: not null, not an array. The first check of every validator at a trust boundary.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
