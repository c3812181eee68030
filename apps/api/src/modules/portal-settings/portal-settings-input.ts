import { z } from 'zod';
import { dcrSettingsInput } from '../dcr-settings/index.ts';
import { REDIRECT_URI_SEPARATORS } from './redirect-uri-separators.ts';

/** `UpdatePortalSettingsInput` as the API parses it; DCR consistency is checked after. */
export const updatePortalSettingsInput = z
  .object({
    redirectUriSeparator: z.enum(REDIRECT_URI_SEPARATORS, {
      message: `Choose one of ${REDIRECT_URI_SEPARATORS.map((s) => (s === ' ' ? 'a space' : s)).join(', ')}.`,
    }),
    signupEnabled: z.boolean(),
    dcr: dcrSettingsInput,
  })
  .strict();
