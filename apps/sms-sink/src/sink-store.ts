import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A JSON-lines file kept in memory as well: what arrived, in order, surviving a restart. */
export class SinkStore<T> {
  private readonly items: T[];
  private readonly file: string;

  constructor(dir: string, name: string) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, `${name}.jsonl`);
    this.items = existsSync(this.file)
      ? readFileSync(this.file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as T)
      : [];
  }

  add(item: T): void {
    this.items.push(item);
    appendFileSync(this.file, `${JSON.stringify(item)}\n`);
  }

  all(): readonly T[] {
    return this.items;
  }

  find(predicate: (item: T) => boolean): T | undefined {
    return this.items.find(predicate);
  }
}
