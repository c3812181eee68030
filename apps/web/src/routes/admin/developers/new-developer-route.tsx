import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../../components/describe-error.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { evictRootFields } from '../components/evict-root-fields.ts';
import { errorsAt, toFieldErrorMap, unplacedErrors } from '../components/field-error-map.ts';
import type { FlashState } from '../components/flash-notice.tsx';
import { FormAlert, type FormAlertContent } from '../components/form-alert.tsx';
import { useFieldErrors } from '../components/use-field-errors.ts';

const AddDeveloperMutation = graphql(`
  mutation AddDeveloper($input: AddDeveloperInput!) {
    addDeveloper(input: $input) {
      __typename
      ... on AddDeveloperSuccess {
        developer {
          id
          name
          email
        }
      }
      ... on ValidationError {
        message
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

const FIELDS = ['name', 'email', 'password'] as const;

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** The seed guide's "add a developer": name, email and a first password to pass on. */
export function Component() {
  const navigate = useNavigate();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const { errors, show, clear } = useFieldErrors();
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  const [addDeveloper, { loading }] = useMutation(AddDeveloperMutation, {
    update: (cache, { data }) => {
      if (data?.addDeveloper.__typename === 'AddDeveloperSuccess') evictRootFields(cache, 'developers');
    },
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setAlert(null);
    try {
      const { data } = await addDeveloper({ variables: { input: values } });
      const payload = data?.addDeveloper;
      if (payload?.__typename === 'AddDeveloperSuccess') {
        await navigate('/admin/developers', {
          state: { notice: `${payload.developer.name} can now sign in as ${payload.developer.email}.` } satisfies FlashState,
        });
      } else if (payload?.__typename === 'ValidationError') {
        show(payload.fieldErrors);
        setAlert({ kind: 'error', title: payload.message, messages: unplacedErrors(toFieldErrorMap(payload.fieldErrors), FIELDS) });
      }
    } catch (error) {
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  const field = (key: (typeof FIELDS)[number]) => ({
    value: values[key],
    errors: errorsAt(errors, key),
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [key]: value }));
      clear(key);
    },
  });

  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/developers">Developers</Link>
      </nav>
      <PageHeader title="Add developer" description="Creates a developer account; pass the password on to its owner." />
      <FormAlert alert={alert} />
      <form className="form-panel" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined}>
        <TextField label="Name" autoComplete="off" autoFocus {...field('name')} />
        <TextField label="Email" type="email" autoComplete="off" {...field('email')} />
        <TextField label="Password" type="password" autoComplete="new-password" hint="At least 12 characters." {...field('password')} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            Add developer
          </button>
          <span className="actions__status" role="status">
            {loading ? (
              <>
                <Spinner size="sm" /> Adding…
              </>
            ) : null}
          </span>
        </div>
      </form>
    </div>
  );
}
