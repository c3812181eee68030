import { z } from 'zod';

/** Portal Management -> Developers -> Add developer. */
export const addDeveloperInput = z
  .object({
    name: z.string().trim().min(1, 'Enter the developer’s name.').max(100, 'Use at most 100 characters.'),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, 'That email address is too long.')
      .pipe(z.email({ message: 'Enter an email address such as dev@example.com.' })),
    // NIST SP 800-63B section 3.1.1.2: length, not composition rules, makes a password strong.
    password: z.string().min(12, 'Use at least 12 characters.').max(1024, 'That password is too long.'),
  })
  .strict();
