// Driving the citizen wizard in browser tests: inputs are found by the id the app derives
// from the answer's JSON Pointer (web/citizen/lib/pointer.ts).
import type { Page } from 'playwright-core';
import { inputId } from '../../web/citizen/lib/pointer.ts';
import { hasText } from './browser.ts';

export const sel = (pointer: string) => `[id="${inputId(pointer)}"]`;
export const h1 = (page: Page) => page.locator('h1');

/** Types `value` into the answer at `pointer` and leaves the field (normalising it). */
export async function type(page: Page, pointer: string, value: string): Promise<void> {
  const input = page.locator(sel(pointer));
  await input.fill(value);
  await input.blur();
}

/** Ticks the option `label` of the question whose legend starts with `question`. */
export async function choose(page: Page, question: string, label: string): Promise<void> {
  const name = new RegExp(`^${question.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}`);
  await page.getByRole('group', { name }).getByLabel(label, { exact: true }).check();
}

/** 次へ (or back to the check page), then waits for the page titled `title`. */
export async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: /^(次へ|確認画面に戻る)$/ }).click();
  await hasText(h1(page), title);
}
