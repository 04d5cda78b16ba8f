import { z } from 'zod';
import { CASEWORK_SETTING_RANGES, type CaseworkSettings } from '../../../domain/casework-settings.ts';
import { problems } from '../common-schemas.ts';
import type { Api, Deps } from '../deps.ts';
import { programmeRoute } from '../route-schema.ts';

const COMMUNITY_SHARE = 'per cent of working time';
const DESCRIPTIONS: Partial<Record<keyof CaseworkSettings, string>> = {
  communityShareGuidelineMin: COMMUNITY_SHARE,
  communityShareGuidelineMax: COMMUNITY_SHARE,
  communityShareAnchor: `${COMMUNITY_SHARE} (IPS-25 services item 13)`,
};

/** One threshold within its range; every refusal names the range (the error handler adds the field). */
function settingField(key: keyof CaseworkSettings) {
  const { min, max, whole } = CASEWORK_SETTING_RANGES[key];
  const message = `must be ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}`;
  const n = z.number({ error: message }).min(min, message).max(max, message);
  const field = whole ? n.int(message) : n;
  return DESCRIPTIONS[key] ? field.describe(DESCRIPTIONS[key]) : field;
}

/** A zod shape with one field per threshold. */
function perSetting<T extends z.ZodType>(make: (key: keyof CaseworkSettings) => T) {
  const keys = Object.keys(CASEWORK_SETTING_RANGES) as (keyof CaseworkSettings)[];
  return Object.fromEntries(keys.map((k) => [k, make(k)])) as Record<keyof CaseworkSettings, T>;
}

const SettingsDto = z.object(perSetting(settingField));

const SettingsView = z.object({
  settings: SettingsDto.describe('the programme’s own choices over the defaults'),
  defaults: SettingsDto,
});

const SettingsChanges = z
  .strictObject(perSetting((k) => settingField(k).nullable().optional()))
  .describe(
    'only the thresholds to change; null drops the programme’s choice so the default applies again; the guideline minimum may not exceed its maximum',
  );

export function registerCaseworkSettings(app: Api, deps: Deps) {
  app.get(
    '/api/programme/casework-settings',
    programmeRoute('The thresholds the programme’s casework is measured against, with the defaults', {
      response: { 200: SettingsView, ...problems(401, 403, 404) },
    }),
    async (request) => request.repos.caseworkSettings.get(),
  );

  app.put(
    '/api/programme/casework-settings',
    programmeRoute(
      'Change some casework thresholds (programme lead only); audited with the old and new values',
      {
        body: SettingsChanges,
        response: { 200: SettingsView, ...problems(400, 401, 403, 404) },
      },
    ),
    async (request) => request.repos.caseworkSettings.update(request.body),
  );
}
