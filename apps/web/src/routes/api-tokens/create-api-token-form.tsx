import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../components/describe-error.ts';
import { Spinner } from '../../components/spinner.tsx';
import { TextField } from '../../components/text-field.tsx';
import type { ApiTokenRole } from '../../graphql/generated/graphql.ts';
import { SelectField } from '../admin/components/form-fields.tsx';
import { API_TOKENS_PAGE_SIZE, ApiTokensQuery, CreateApiTokenMutation } from './api-token-operations.ts';
import { ADMIN_TOKEN_ROLES, API_TOKEN_ROLES, DEFAULT_EXPIRY_DAYS, EXPIRY_CHOICES } from './api-token-roles.ts';

/** Same bound as the API (CreateApiTokenInput.name), checked here so the form answers at once. */
const MAX_NAME_LENGTH = 100;

type Field = 'name' | 'role' | 'expiresInDays' | 'currentPassword';
const none: Record<Field, string[]> = { name: [], role: [], expiresInDays: [], currentPassword: [] };

export interface CreatedApiToken {
  name: string;
  value: string;
}

interface CreateApiTokenFormProps {
  /** Admins choose ADMIN or READ_ONLY; a developer's token is always their personal one. */
  chooseRole: boolean;
  onCreated: (token: CreatedApiToken) => void;
  onCancel: () => void;
}

/**
 * Name, role and expiry of a new token, and the current password (a token outlives the session,
 * so the API asks for it); on success the parent shows the value once.
 */
export function CreateApiTokenForm({ chooseRole, onCreated, onCancel }: CreateApiTokenFormProps) {
  const [create, { loading }] = useMutation(CreateApiTokenMutation, {
    // The list is a preloaded query: fetch it again so the new token shows up under the form.
    refetchQueries: [{ query: ApiTokensQuery, variables: { first: API_TOKENS_PAGE_SIZE } }],
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState(none);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const role = chooseRole ? (String(data.get('role')) as ApiTokenRole) : 'DEVELOPER';
    const expiresInDays = Number(data.get('expiresInDays') ?? DEFAULT_EXPIRY_DAYS);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const local: Record<Field, string[]> = {
      name: !name
        ? ['Enter a name that says what the token is for, for example “CI catalogue sync”.']
        : name.length > MAX_NAME_LENGTH
          ? [`Use at most ${MAX_NAME_LENGTH} characters.`]
          : [],
      role: [],
      expiresInDays: [],
      currentPassword: currentPassword ? [] : ['Enter your current password.'],
    };
    setProblem(null);
    setErrors(local);
    const firstInvalid = (['name', 'currentPassword'] as const).find((f) => local[f].length);
    if (firstInvalid) {
      (form.elements.namedItem(firstInvalid) as HTMLInputElement | null)?.focus();
      return;
    }
    let payload;
    try {
      payload = (await create({ variables: { input: { name, role, expiresInDays, currentPassword } } })).data?.createApiToken;
    } catch (error) {
      const { title, message } = describeError(error);
      setProblem(`${title}. ${message}`);
      return;
    }
    if (!payload) return;
    if (payload.__typename === 'ValidationError') {
      const of = (f: Field) => payload.fieldErrors.filter((e) => e.path === f).map((e) => e.message);
      const known = new Set<string>(['name', 'role', 'expiresInDays', 'currentPassword']);
      const other = payload.fieldErrors.filter((e) => !known.has(e.path)).map((e) => e.message);
      setErrors({ name: of('name'), role: of('role'), expiresInDays: of('expiresInDays'), currentPassword: of('currentPassword') });
      setProblem([payload.message, ...other].join(' '));
      return;
    }
    onCreated({ name: payload.apiToken.name, value: payload.value });
  }

  return (
    <section className="panel" aria-labelledby="create-api-token-title">
      <h2 id="create-api-token-title" className="panel__title">
        New token
      </h2>
      {problem ? (
        <div className="alert alert--error" role="alert">
          {problem}
        </div>
      ) : null}
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined}>
        <TextField
          label="Name"
          name="name"
          autoComplete="off"
          required
          maxLength={MAX_NAME_LENGTH}
          hint="What the token is for, so you recognise it in this list later."
          errors={errors.name}
          autoFocus
        />
        {chooseRole ? (
          <SelectField
            label="Role"
            name="role"
            defaultValue="READ_ONLY"
            hint="Give a script no more than it needs: read-only tokens cannot change anything."
            errors={errors.role}
          >
            {ADMIN_TOKEN_ROLES.map((role) => (
              <option key={role} value={role}>
                {API_TOKEN_ROLES[role].label}: {API_TOKEN_ROLES[role].description}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label="Expires in"
          name="expiresInDays"
          defaultValue={String(DEFAULT_EXPIRY_DAYS)}
          hint="After this the token stops working; create a new one then."
          errors={errors.expiresInDays}
        >
          {EXPIRY_CHOICES.map((c) => (
            <option key={c.days} value={c.days}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Your current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          hint="A token keeps working after you sign out, so we ask for your password. Changing your password revokes your tokens."
          errors={errors.currentPassword}
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? (
              <>
                <Spinner size="sm" /> Creating…
              </>
            ) : (
              'Create token'
            )}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={loading}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
