// Places (定員) without overbooking, on either database and across instances: a place is
// taken by one conditional UPDATE of the (form, slot) counter inside the filing's write
// job, and given back in the job that withdraws or rejects the submission, which also
// moves the oldest 順番待ち of that slot up (繰り上げ). docs/adr/0014-capacity.md.
import { and, asc, eq, gt, isNull, lt, notInArray, or, sql } from 'drizzle-orm';
import { chooseSlot, findSlot, freesPlace, hasSlots, limitsPlaces, NO_SLOT, placesOf, remainingPlaces } from '../../core/capacity.ts';
import { STATUSES } from '../../core/status.ts';
import { capacityMessages } from '../../core/capacity-messages.ts';
import type { FormDefinition, LocalText, Settings } from '../../core/definition.ts';
import { text } from '../../core/i18n.ts';
import { addMessages } from '../../core/messages.ts';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { message } from '../messages.ts';
import type { Db } from '../store/db.ts';
import { affected, first } from '../store/rows.ts';
import { capacityPlaces, submissionEvents, submissions } from '../store/tables.ts';
import { queuePromotedMail } from './capacity-mail.ts';
import { definitionInJob } from './version-in-job.ts';

// Registered where they are used: whoever files or cancels has imported this module.
for (const [lang, messages] of Object.entries(capacityMessages)) addMessages(lang, messages);

/** Where a filing stands: the slot it booked (null: a form without slots) and whether it holds a place. */
export interface Placement {
  slot: string | null;
  holdsPlace: boolean;
  status: 'received' | 'waitlisted';
}

const UNLIMITED: Placement = { slot: null, holdsPlace: false, status: 'received' };

/**
 * The slot a filing asks for (`slot` beside `answers` in the body), checked before the job:
 * 400 when a form with slots gets none or one it does not offer, naming `/slot` like any
 * refused field, so the check page can point at the choice.
 */
export function requestedSlot(settings: Settings, body: unknown, lang: string): string {
  const raw = body && typeof body === 'object' ? (body as { slot?: unknown }).slot : undefined;
  const choice = chooseSlot(settings, raw);
  if (!choice.ok) {
    const code = choice.code.replace(/^error\./, '');
    throw new HttpError(400, choice.code, {}, [{ path: '/slot', code, message: message(choice.code, lang) }]);
  }
  return choice.slot;
}

/** Takes one place of (form, slot) if one is left: true when this call got it. */
async function takeOne(tx: Db, formId: string, slot: string, capacity: number): Promise<boolean> {
  // The row must exist for the UPDATE to find; two first filings racing both insert, one wins, neither fails.
  const created = await tx.insert(capacityPlaces).values({ formId, slot, taken: 0 }).onConflictDoNothing().returning({ slot: capacityPlaces.slot });
  if (created.length === 1 && slot === NO_SLOT) await adoptEarlierFilings(tx, formId);
  const result = await tx
    .update(capacityPlaces)
    .set({ taken: sql`${capacityPlaces.taken} + 1` })
    .where(and(eq(capacityPlaces.formId, formId), eq(capacityPlaces.slot, slot), lt(capacityPlaces.taken, capacity)));
  return affected(result) === 1;
}

const HOLD_NO_PLACE = STATUSES.filter((st) => freesPlace(st) || st === 'waitlisted');

/** Submissions booked in `slot`; null: a form without slots. */
function inSlot(slot: string | null) {
  return slot === null ? isNull(submissions.slot) : eq(submissions.slot, slot);
}

/** Filings of a form without slots that count as holding a place but are not marked so yet. */
function earlierFilings(formId: string) {
  return and(eq(submissions.formId, formId), inSlot(null), eq(submissions.holdsPlace, false), notInArray(submissions.status, HOLD_NO_PLACE));
}

/**
 * A form that had `capacity` before places were counted (an upgraded city), or that gets one
 * on a republish: its filings so far, except those withdrawn or rejected, hold their places, so the counter starts where
 * the old count of submissions stood instead of at zero. Runs once, when the counter row is created.
 */
async function adoptEarlierFilings(tx: Db, formId: string): Promise<void> {
  const adopted = await tx.update(submissions).set({ holdsPlace: true }).where(earlierFilings(formId)).returning({ id: submissions.id });
  if (adopted.length > 0) await tx.update(capacityPlaces).set({ taken: adopted.length }).where(and(eq(capacityPlaces.formId, formId), eq(capacityPlaces.slot, NO_SLOT)));
}


function slotLabel(settings: Settings, slot: string, lang: string): string {
  const found = findSlot(settings, slot);
  return found ? text(found.label, lang) : slot;
}

/**
 * Inside the filing's job: takes a place for `slot`, or puts the filing on the waiting
 * list, or refuses it with a 409 naming the slot. `settings` are the current version's
 * (a republish may change the places; the one counter per slot stays).
 */
export async function takePlace(tx: Db, formId: string, settings: Settings, slot: string, lang: string): Promise<Placement> {
  if (!limitsPlaces(settings)) return UNLIMITED;
  const capacity = placesOf(settings, slot);
  // requestedSlot checked it against the same settings; a slot gone since is as good as full.
  const got = capacity !== undefined && (await takeOne(tx, formId, slot, capacity));
  const stored = slot === NO_SLOT ? null : slot;
  if (got) return { slot: stored, holdsPlace: true, status: 'received' };
  if (settings.waitingList === true) return { slot: stored, holdsPlace: false, status: 'waitlisted' };
  if (hasSlots(settings)) throw new HttpError(409, 'error.slotFull', { slot: slotLabel(settings, slot, lang) });
  throw new HttpError(409, 'error.full');
}

/** Stores the placement on the new row (same job as takePlace). */
export async function recordPlacement(tx: Db, submissionId: number, placement: Placement): Promise<void> {
  if (placement === UNLIMITED || (placement.slot === null && !placement.holdsPlace)) return;
  await tx.update(submissions).set({ slot: placement.slot, holdsPlace: placement.holdsPlace }).where(eq(submissions.id, submissionId));
}

/** 1 for the oldest 順番待ち of its slot; counted along submissions_form_status_created. */
export async function waitingPosition(db: Db, s: { id: number; formId: string; slot: string | null; createdAt: string }): Promise<number> {
  const ahead = first(
    await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(submissions)
      .where(
        and(
          eq(submissions.formId, s.formId),
          eq(submissions.status, 'waitlisted'),
          inSlot(s.slot),
          or(lt(submissions.createdAt, s.createdAt), and(eq(submissions.createdAt, s.createdAt), lt(submissions.id, s.id))),
        ),
      ),
  );
  return (ahead?.n ?? 0) + 1;
}

const key = (slot: string | null) => slot ?? NO_SLOT;

/** At most this many 繰り上げ per cancellation: enough to fill places added by a republish, never a long job. */
const MAX_PROMOTIONS = 20;

/** Who moved up; the caller wakes ctx.outbox after the commit (their 繰り上げ mail is queued). */
export interface Promoted {
  receiptNumber: string;
}

/**
 * Gives back the place `row` holds, in the job that moves it to 取下げ or 却下, and moves
 * the oldest 順番待ち of the same slot up while places are free (status → received, with
 * its history event and the 繰り上げ mail). Call it BEFORE the row's own status change:
 * the counter row is locked first on every path (filing, cancelling, promoting), so two
 * cancellations never deadlock on PostgreSQL. A row holding nothing (and not waiting) is a no-op.
 */
export async function releasePlace(ctx: AppContext, tx: Db, row: { id: number; formId: string; slot: string | null; holdsPlace: boolean; status: string }, at: string, actor: string | null): Promise<Promoted[]> {
  if (!row.holdsPlace && row.status !== 'waitlisted') return [];
  const where = and(eq(capacityPlaces.formId, row.formId), eq(capacityPlaces.slot, key(row.slot)));
  // A no-op UPDATE takes PostgreSQL's row lock (SQLite's job already runs alone).
  await tx.update(capacityPlaces).set({ taken: sql`${capacityPlaces.taken}` }).where(where);
  // Judged by the row as it is now: a 繰り上げ committed since `row` was read made it hold one.
  const released = affected(
    await tx.update(submissions).set({ holdsPlace: false }).where(and(eq(submissions.id, row.id), eq(submissions.holdsPlace, true))),
  );
  if (released === 0) return [];
  await tx.update(capacityPlaces).set({ taken: sql`${capacityPlaces.taken} - 1` }).where(and(where, gt(capacityPlaces.taken, 0)));
  const settings = ctx.catalog.currentVersion(row.formId)?.definition.settings;
  if (!settings?.waitingList) return [];
  const capacity = placesOf(settings, key(row.slot));
  if (capacity === undefined) return [];
  const promoted: Promoted[] = [];
  for (let i = 0; i < MAX_PROMOTIONS; i++) {
    const next = first(
      await tx
        .select()
        .from(submissions)
        .where(
          and(
            eq(submissions.formId, row.formId),
            eq(submissions.status, 'waitlisted'),
            inSlot(row.slot),
            sql`${submissions.id} <> ${row.id}`,
          ),
        )
        .orderBy(asc(submissions.createdAt), asc(submissions.id))
        .limit(1),
    );
    if (!next || !(await takeOne(tx, row.formId, key(row.slot), capacity))) break;
    await tx.update(submissions).set({ status: 'received', holdsPlace: true, updatedAt: at }).where(eq(submissions.id, next.id));
    // actor: who freed the place (null: the applicant who withdrew); the comment says why the status moved.
    await tx.insert(submissionEvents).values({ submissionId: next.id, at, status: 'received', actor, comment: '繰り上げ（順番待ちから）' });
    // Read through tx, never the catalog's own connection (server/submissions/version-in-job.ts).
    const def = await definitionInJob(tx, ctx.catalog.currentVersion(next.formId), next.formId, next.formVersion);
    // Sensitive answers stay sealed: the address (never sealed, core/lint) is all the mail needs.
    if (def) await queuePromotedMail(tx, { def, receiptNumber: next.receiptNumber, answers: next.answers as Record<string, unknown>, lang: next.lang, at, slotLabel: labelOf(def, next.slot) });
    promoted.push({ receiptNumber: next.receiptNumber });
  }
  return promoted;
}

function labelOf(def: FormDefinition, slot: string | null): LocalText | undefined {
  return slot === null ? undefined : findSlot(def.settings, slot)?.label;
}

export interface PlaceView {
  slot: string;
  label?: LocalText;
  capacity: number;
  remaining: number;
}

/** What the citizen page shows before filing: places left per slot (or for the form). */
export async function placesLeft(db: Db, formId: string, settings: Settings): Promise<{ waitingList: boolean; places: PlaceView[] } | undefined> {
  if (!limitsPlaces(settings)) return undefined;
  const rows = await db.select({ slot: capacityPlaces.slot, taken: capacityPlaces.taken }).from(capacityPlaces).where(eq(capacityPlaces.formId, formId));
  const taken = new Map(rows.map((r) => [r.slot, r.taken]));
  // No counter yet on a form that got its places after filings came in: what adoptEarlierFilings will count.
  if (!hasSlots(settings) && !taken.has(NO_SLOT)) taken.set(NO_SLOT, await db.$count(submissions, earlierFilings(formId)));
  const offered = hasSlots(settings) ? settings.slots!.map((s) => ({ slot: s.id, label: s.label, capacity: s.capacity })) : [{ slot: NO_SLOT, capacity: settings.capacity! }];
  return {
    waitingList: settings.waitingList === true,
    places: offered.map((o) => ({ ...o, remaining: remainingPlaces(o.capacity, taken.get(o.slot) ?? 0) })),
  };
}

/** Every place taken and no waiting list: the form is closed as full until a cancellation. */
export async function isFull(db: Db, formId: string, settings: Settings): Promise<boolean> {
  if (settings.waitingList === true) return false;
  const left = await placesLeft(db, formId, settings);
  return !!left && left.places.every((p) => p.remaining === 0);
}

/** The applicant's view of their booking (status page): slot label and, while waiting, their position. */
export async function placeSummary(
  db: Db,
  s: { id: number; formId: string; formVersion: number; slot: string | null; status: string; createdAt: string },
  def: FormDefinition | undefined,
  lang: string,
): Promise<{ slot: string | null; slotLabel?: string; waitingPosition?: number } | undefined> {
  if (s.slot === null && s.status !== 'waitlisted') return undefined;
  const label = def ? labelOf(def, s.slot) : undefined;
  return {
    slot: s.slot,
    ...(label ? { slotLabel: text(label, lang) } : {}),
    ...(s.status === 'waitlisted' ? { waitingPosition: await waitingPosition(db, s) } : {}),
  };
}
