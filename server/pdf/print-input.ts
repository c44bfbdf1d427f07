// A stored submission as the PDF renderers take it: the labels of the version it was
// filed against, the city's name, Japanese (staff print in Japanese).
import type { Config } from '../config.ts';
import type { FoundSubmission } from '../submissions/staff-access.ts';
import { printCityName } from './city-name.ts';
import type { SubmissionPrint } from './layout-submission.ts';

export function printInput(config: Config, found: FoundSubmission): SubmissionPrint {
  return {
    cityName: printCityName(config),
    definition: found.version.definition,
    answers: (found.submission.answers ?? {}) as Record<string, unknown>,
    receiptNumber: found.submission.receiptNumber,
    filedAt: found.submission.createdAt,
  };
}
