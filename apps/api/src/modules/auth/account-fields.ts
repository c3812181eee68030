import { z } from 'zod';

/** Same rules as Portal Management -> Add developer, so both kinds of account are alike. */
export const nameField = z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.');

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'That email address is too long.')
  .pipe(z.email({ message: 'Enter an email address such as dev@example.com.' }));

/** NIST SP 800-63B section 3.1.1.2: length, not composition rules, makes a password strong. */
export const MIN_PASSWORD_LENGTH = 12;
export const newPasswordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(1024, 'That password is too long.');

export const signUpInput = z.object({ name: nameField, email: emailField, password: newPasswordField }).strict();

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(1024, 'That password is too long.'),
    newPassword: newPasswordField,
  })
  .strict()
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });
