import { z } from 'zod';
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from './api-token-roles.ts';

/** CreateApiTokenInput; paths of the field errors mirror the GraphQL input. */
export const createApiTokenInput = z.object({
  name: z.string().trim().min(1, 'Enter a name that says what the token is for.').max(100, 'Use at most 100 characters for the name.'),
  role: z.enum(['ADMIN', 'READ_ONLY', 'DEVELOPER']).nullish(),
  // Nullable in the schema so a missing password is a field error, not a GraphQL validation error.
  currentPassword: z
    .string()
    .nullish()
    .transform((v) => v ?? '')
    .pipe(z.string().min(1, 'Enter your current password to create a token.')),
  expiresInDays: z
    .number()
    .int('Enter a whole number of days.')
    .min(1, 'A token must last at least 1 day.')
    .max(MAX_EXPIRY_DAYS, `A token may last at most ${MAX_EXPIRY_DAYS} days; create a new one when it expires.`)
    .nullish()
    .transform((days) => days ?? DEFAULT_EXPIRY_DAYS),
});
