// Sealing and opening a submission's answers: what filing, resubmission, the reveal route,
// the CSV export, the print and the applicant's correction call. Sealed after validation,
// right before the write; opened only where someone is entitled to the clear value.
import type { FormDefinition } from '../../core/definition.ts';
import { mapAtPointers, mapSealed, pointerMatches, sensitivePointers } from '../../core/sensitive.ts';
import { type Sealer, UnreadableSealError } from './sealer.ts';

type Answers = Record<string, unknown>;

/** The answers as stored: every non-blank sensitive value sealed under the current key. */
export function sealAnswers(sealer: Sealer, def: Pick<FormDefinition, 'schema'>, answers: Answers, receiptNumber: string): Answers {
  return mapAtPointers(sensitivePointers(def), answers, (value, pointer) => sealer.seal(value, receiptNumber, pointer));
}

export interface Opened {
  answers: Answers;
  /** Pointers of sealed values no key opens (a removed key, a changed row): left out as null. */
  unreadable: string[];
}

/**
 * The answers with sealed values opened: all of them, or only those at `only` (concrete
 * pointers, or patterns with `*`); the others stay sealed.
 */
export function openAnswers(sealer: Sealer, answers: Answers, receiptNumber: string, only?: readonly string[]): Opened {
  const unreadable: string[] = [];
  const opened = mapSealed(answers, (sealed, pointer) => {
    if (only && !only.some((p) => pointerMatches(p, pointer))) return sealed;
    try {
      return sealer.open(sealed, receiptNumber, pointer);
    } catch (error) {
      if (!(error instanceof UnreadableSealError)) throw error;
      unreadable.push(pointer);
      return null;
    }
  });
  return { answers: opened, unreadable };
}
