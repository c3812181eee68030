import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { toFieldErrorMap, unplacedErrors } from '../../forms/field-errors.ts';
import { FormProblem } from '../../forms/form-problem.tsx';
import { SubmitButton } from '../../forms/submit-status.tsx';
import { formValues, localErrors, usePayloadForm } from '../../forms/use-payload-form.ts';
import { TextField } from '../../forms/text-field.tsx';
import type { ApiTokenRole } from '../../graphql/generated/graphql.ts';
import { SelectField } from '../../forms/form-fields.tsx';
import { API_TOKENS_PAGE_SIZE, ApiTokensQuery, CreateApiTokenMutation } from './api-token-operations.ts';
import { ADMIN_TOKEN_ROLES, API_TOKEN_ROLES, DEFAULT_EXPIRY_DAYS, EXPIRY_CHOICES } from './api-token-roles.ts';

/** Same bound as the API (CreateApiTokenInput.name), checked here so the form answers at once. */
const MAX_NAME_LENGTH = 100;

const FIELDS = ['name', 'role', 'expiresInDays', 'currentPassword'];

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
  const form = usePayloadForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const values = formValues(element, ['name', 'role', 'expiresInDays', 'currentPassword']);
    const name = values.name.trim();
    const role = chooseRole ? (values.role as ApiTokenRole) : 'DEVELOPER';
    const expiresInDays = Number(values.expiresInDays || DEFAULT_EXPIRY_DAYS);
    const { currentPassword } = values;
    const local = localErrors({
      name: !name
        ? 'Enter a name that says what the token is for, for example “CI catalogue sync”.'
        : name.length > MAX_NAME_LENGTH
          ? `Use at most ${MAX_NAME_LENGTH} characters.`
          : null,
      currentPassword: currentPassword ? null : 'Enter your current password.',
    });
    if (!form.begin(local)) {
      (element.elements.namedItem(local[0]!.path) as HTMLInputElement | null)?.focus();
      return;
    }
    await form.send(async () => (await create({ variables: { input: { name, role, expiresInDays, currentPassword } } })).data?.createApiToken, {
      ValidationError: ({ message, fieldErrors }) => {
        form.show(fieldErrors);
        form.setProblem([message, ...unplacedErrors(toFieldErrorMap(fieldErrors), FIELDS)].join(' '));
      },
      CreateApiTokenSuccess: ({ apiToken, value }) => onCreated({ name: apiToken.name, value }),
    });
  }

  return (
    <section className="panel" aria-labelledby="create-api-token-title">
      <h2 id="create-api-token-title" className="panel__title">
        New token
      </h2>
      <FormProblem message={form.problem} />
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined}>
        <TextField
          label="Name"
          name="name"
          autoComplete="off"
          required
          maxLength={MAX_NAME_LENGTH}
          hint="What the token is for, so you recognise it in this list later."
          errors={form.at('name')}
          autoFocus
        />
        {chooseRole ? (
          <SelectField
            label="Role"
            name="role"
            defaultValue="READ_ONLY"
            hint="Give a script no more than it needs: read-only tokens cannot change anything."
            errors={form.at('role')}
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
          errors={form.at('expiresInDays')}
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
          errors={form.at('currentPassword')}
        />
        <div className="actions">
          <SubmitButton label="Create token" pendingLabel="Creating…" pending={loading} />
          <button type="button" className="button" onClick={onCancel} disabled={loading}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
