/**
 * Fills `{name}` placeholders. Values are inserted as text; a placeholder with no value is kept
 * as written so a missing value is visible rather than silently empty.
 */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
