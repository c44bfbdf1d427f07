// SQLite only (tests/sqlite-only.ts). Every 201 means the submission is on disk (docs/adr/0003-durable-group-commit.md): the
// real server runs as a child process, concurrent filings load it over loopback, it is
// killed with SIGKILL at a random moment, restarted on the same DATA_DIR, and every receipt
// number a client was answered 201 for must be there with exactly the answers sent. Twice,
// so the second kill also lands on a database that has been through crash recovery.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryForm } from '../helpers/fixtures.ts';
import { exited, type ServerProcess, startServerProcess } from '../helpers/server-process.ts';

const WORKERS = 12;
const ROUNDS = 2;

function startServer(dataDir: string): Promise<ServerProcess> {
  return startServerProcess({
    DATA_DIR: dataDir,
    // This file is about the embedded database, whatever the shell exports.
    DATABASE_URL: '',
    RATE_LIMIT_SUBMIT_PER_MINUTE: '0',
    RATE_LIMIT_UPLOAD_PER_MINUTE: '0',
    SPAM_PROOF: 'off',
    // No mail worker racing the kill: the outbox is not what this test is about.
    OUTBOX_ENABLED: 'false',
  });
}

const base = libraryForm('disaster/risai-shomei.json').example as Record<string, unknown>;
function answersFor(n: number): Record<string, unknown> {
  const answers = structuredClone(base);
  delete answers.damagePhotos; // uploads are a separate request; the filing is what must survive
  answers.damageDescription = `床上浸水 第${n}号`;
  answers.applicantPhone = `090-${String(1000 + (n % 9000)).padStart(4, '0')}-${String(n % 10000).padStart(4, '0')}`;
  return answers;
}

describe('durability under SIGKILL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-sigkill-'));
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited(child);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged receipt number, with its answers, across kills at random moments', { timeout: 240_000 }, async () => {
    const acknowledged = new Map<string, Record<string, unknown>>();
    let counter = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const server = await startServer(dataDir);
      child = server.child;
      const url = `${server.url}/api/forms/risai-shomei/submissions`;
      let stop = false;
      let answeredThisRound = 0;
      const worker = async () => {
        while (!stop) {
          const answers = answersFor(++counter);
          try {
            const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers }) });
            const body = (await res.json()) as { receiptNumber?: string };
            if (res.status === 201) {
              acknowledged.set(body.receiptNumber!, answers);
              answeredThisRound++;
            } else if (!stop) {
              throw new Error(`filing answered ${res.status}`);
            }
          } catch (error) {
            if (!stop && !(error instanceof TypeError)) throw error;
            // The kill cut this request (or its answer) off: no 201, no promise made.
          }
        }
      };
      const load = Array.from({ length: WORKERS }, worker);
      // Kill at a random moment once filings flow: some answered, some in flight.
      const started = Date.now();
      while (answeredThisRound < 20 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 1500));
      const victim = child;
      victim.kill('SIGKILL');
      stop = true;
      await exited(victim);
      const outcomes = await Promise.allSettled(load);
      // Before the kill every filing must have been answered 201 (nothing refused, no 5xx).
      expect(outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
      expect(victim.signalCode).toBe('SIGKILL');
      expect(answeredThisRound).toBeGreaterThan(0);
    }

    // Restart on the same DATA_DIR: the server recovers the WAL and serves the filings.
    const restarted = await startServer(dataDir);
    child = restarted.child;
    const db = new Database(join(dataDir, 'madoguchi.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const read = db.prepare('SELECT answers, status, form_id AS formId FROM submissions WHERE receipt_number = ?');
      const missing: string[] = [];
      for (const [receiptNumber, answers] of acknowledged) {
        const row = read.get(receiptNumber) as { answers: string; status: string; formId: string } | undefined;
        if (!row) {
          missing.push(receiptNumber);
          continue;
        }
        expect(row.formId).toBe('risai-shomei');
        expect(JSON.parse(row.answers)).toEqual(answers);
      }
      expect(missing).toEqual([]);
      console.info(`sigkill: ${acknowledged.size} acknowledged filings over ${ROUNDS} kills, all present`);
      // The restarted server files again, with a number no acknowledged filing had.
      const res = await fetch(`${restarted.url}/api/forms/risai-shomei/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: answersFor(++counter) }),
      });
      expect(res.status).toBe(201);
      expect(acknowledged.has(((await res.json()) as { receiptNumber: string }).receiptNumber)).toBe(false);
    } finally {
      db.close();
    }
    child.kill('SIGKILL');
    await exited(child);
  });
});
