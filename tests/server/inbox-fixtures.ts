// Shared by the inbox, processing, citizen-correction and audit-route tests: a test app
// with a clock the test moves, and filing through the real public route.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { exampleWithUploads, libraryForm, submit } from '../helpers/fixtures.ts';

export const KOSODATE = '子育て支援課';
export const KAIGO = '介護保険課';

export interface Clocked extends TestApp {
  /** Runs `work` with the clock at `iso`, then puts it back (staff sessions live in the present). */
  at<T>(iso: string, work: () => Promise<T>): Promise<T>;
  /** Moves the present on (less than a session's idle time, or staff are logged out). */
  advance(ms: number): void;
}

export async function createClockedApp(present = '2026-04-10T00:00:00.000Z'): Promise<Clocked> {
  let now = new Date(present).getTime();
  let clock = now;
  const t = await createTestApp({}, () => new Date(clock));
  return Object.assign(t, {
    async at<T>(iso: string, work: () => Promise<T>): Promise<T> {
      clock = new Date(iso).getTime();
      try {
        return await work();
      } finally {
        clock = now;
      }
    },
    advance(ms: number) {
      now += ms;
      clock = now;
    },
  });
}

export interface Filed {
  receiptNumber: string;
  statusUrl: string;
  token: string;
}

/** Files the library form's 記入例 (uploads made real), changed by `edit`. */
export async function fileExample(app: FastifyInstance, path: string, edit: (a: Record<string, unknown>) => void = () => {}): Promise<Filed> {
  const def = libraryForm(path);
  const answers = await exampleWithUploads(app, path);
  edit(answers);
  const res = await submit(app, def.id, answers);
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { receiptNumber: string; statusUrl: string };
  return { ...body, token: body.statusUrl.split('/s/')[1]! };
}

export const JIDOU = 'childcare/jidou-teate-nintei.json';
export const YOUKAIGO = 'nursing-care/youkaigo-nintei.json';
export const TAYORI = 'opinion/shichou-tayori.json';
export const RISAI = 'disaster/risai-shomei.json';
