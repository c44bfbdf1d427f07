// Undo for the builder: the definitions before each change. Typing into one input is one
// step (changes with the same `coalesce` key in a row replace each other), so 元に戻す
// undoes a whole label, not one character.
import type { FormDefinition } from '../../../core/definition.ts';

const LIMIT = 100;

export class History {
  private past: FormDefinition[] = [];
  private lastKey: string | undefined;

  /** Records `before` as the state to go back to, unless it continues the same typing. */
  record(before: FormDefinition, coalesce?: string): void {
    if (coalesce !== undefined && coalesce === this.lastKey) return;
    this.past.push(before);
    if (this.past.length > LIMIT) this.past.shift();
    this.lastKey = coalesce;
  }

  /** Ends a typing run, so the next keystroke starts a new undo step. */
  breakRun(): void {
    this.lastKey = undefined;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  undo(): FormDefinition | undefined {
    this.lastKey = undefined;
    return this.past.pop();
  }
}
