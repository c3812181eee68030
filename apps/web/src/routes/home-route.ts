import { redirect } from 'react-router';
import { fetchCurrentUser, homePathFor } from '../auth/current-user.ts';

/** `/` sends each user to their area, and anonymous visitors to sign in. */
export async function loader() {
  const user = await fetchCurrentUser();
  return redirect(user ? homePathFor(user.role) : '/sign-in');
}
