/** The bench's output: sections of `label  value` lines, readable and easy to paste into the README. */
export interface Report {
  section(title: string): void;
  line(label: string, value: string): void;
  note(text: string): void;
}

export const stdoutReport: Report = {
  section: (title) => process.stdout.write(`\n## ${title}\n`),
  line: (label, value) => process.stdout.write(`${label.padEnd(52)} ${value}\n`),
  note: (text) => process.stdout.write(`   ${text}\n`),
};
