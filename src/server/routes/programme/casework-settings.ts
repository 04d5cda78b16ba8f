import { z } from 'zod';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';

const whole = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
const percent = () => z.number().min(0, 'must be at least 0').max(100, 'must be at most 100');

/** Each threshold within what an IPS programme could sensibly choose. */
const SettingFields = {
  competitiveMinHoursPerWeek: z.number().min(0, 'must be at least 0').max(75, 'must be at most 75'),
  employerContactsPerWeek: whole(0, 50),
  rapidSearchDays: whole(1, 365),
  caseloadMax: whole(1, 100),
  followAlongFirstDays: whole(1, 90),
  followAlongWeeklyUntilDays: whole(1, 365),
  followAlongMonthlyDays: whole(1, 365),
  consentExpiryWarningDays: whole(0, 365),
  outreachAttemptsBeforeDischarge: whole(1, 20),
  communityShareGuidelineMin: percent().describe('per cent of working time'),
  communityShareGuidelineMax: percent().describe('per cent of working time'),
  communityShareAnchor: percent().describe('per cent of working time (IPS-25 services item 13)'),
};

const SettingsDto = z.object(SettingFields);

const SettingsView = z.object({
  settings: SettingsDto.describe('the programme’s own choices over the defaults'),
  defaults: SettingsDto,
});

const SettingsChanges = z
  .strictObject(SettingFields)
  .partial()
  .describe('only the thresholds to change; the guideline minimum may not exceed its maximum');

export function registerCaseworkSettings(app: Api, deps: Deps) {
  app.get(
    '/api/programme/casework-settings',
    {
      schema: {
        tags: ['programme'],
        summary: 'The thresholds the programme’s casework is measured against, with the defaults',
        response: { 200: SettingsView, ...problems(401, 403, 404) },
      },
    },
    async (request) => request.repos.caseworkSettings.get(),
  );

  app.put(
    '/api/programme/casework-settings',
    {
      schema: {
        tags: ['programme'],
        summary: 'Change some casework thresholds (programme lead only); audited with the old and new values',
        body: SettingsChanges,
        response: { 200: SettingsView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => request.repos.caseworkSettings.update(request.body),
  );
}
