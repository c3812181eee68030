export interface HeaderLine {
  name: string;
  value: string;
}

/** Headers typed one per line as `Name: value`; blank lines are skipped, a line without `:` is an error. */
export function parseHeaderLines(text: string): { headers: HeaderLine[]; problems: string[] } {
  const headers: HeaderLine[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      problems.push(`Line ${index + 1} is not a header: write it as Name: value.`);
      return;
    }
    headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  });
  return { headers, problems };
}
