// npm run bench:sensitive — what sealing costs a filing. With the 児童手当 認定請求 記入例
// (4 sensitive answers of 40), measures per filing, in this process:
//   baseline: structuredClone + JSON.stringify of the answers (what storing them costs anyway)
//   seal:     sealAnswers (AES-256-GCM per sensitive answer, AAD = receipt number + pointer)
//   open:     openAnswers of the sealed answers (a reveal, the applicant's correction)
// and prints medians over rounds and the ratio seal / baseline. Printed only: no test asserts it.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FormDefinition } from '../core/definition.ts';
import { openAnswers, sealAnswers } from '../server/sensitive/answers.ts';
import { Sealer } from '../server/sensitive/sealer.ts';
import { parseDataKey } from '../server/sensitive/data-keys.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const PER_ROUND = Number(process.env.PER_ROUND ?? 5000);
const def = JSON.parse(readFileSync(new URL('../forms/childcare/jidou-teate-nintei.json', import.meta.url), 'utf8')) as FormDefinition;
const key = parseDataKey(randomBytes(32).toString('base64'), 'bench');
const sealer = new Sealer({ current: key, byId: new Map([[key.id, key]]) });
const answers = def.example;
const sealed = sealAnswers(sealer, def, answers, '1234-5678-90');

function microseconds(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < PER_ROUND; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1000 / PER_ROUND;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const runs = { baseline: [] as number[], seal: [] as number[], open: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  runs.baseline.push(microseconds(() => JSON.stringify(structuredClone(answers))));
  runs.seal.push(microseconds(() => sealAnswers(sealer, def, answers, '1234-5678-90')));
  runs.open.push(microseconds(() => openAnswers(sealer, sealed, '1234-5678-90')));
}
const b = median(runs.baseline);
console.log(`answers: ${JSON.stringify(answers).length} bytes, sensitive present: ${JSON.stringify(sealed).match(/"\$sealed"/g)?.length ?? 0}`);
console.log(`baseline (clone + stringify): ${b.toFixed(1)} µs per filing`);
console.log(`seal:  ${median(runs.seal).toFixed(1)} µs per filing (ratio to baseline ${(median(runs.seal) / b).toFixed(2)})`);
console.log(`open:  ${median(runs.open).toFixed(1)} µs per filing (ratio to baseline ${(median(runs.open) / b).toFixed(2)})`);
