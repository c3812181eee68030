import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { useFormMutation } from '../../../forms/cache-effects.ts';
import { EditorForm } from '../../../forms/editor-form.tsx';
import { useCreatedNotice } from '../../../forms/flash-notice.tsx';
import { SubmitActions } from '../../../forms/submit-status.tsx';
import { TextField } from '../../../forms/text-field.tsx';
import { useDraftForm } from '../../../forms/use-draft-form.ts';
import { graphql } from '../../../graphql/generated/index.ts';

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
      ...FieldErrors_validationError
    }
  }
`);

const FIELDS = ['name', 'email', 'password'] as const;

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** The seed guide's "add a developer": name, email and a first password to pass on. */
export function Component() {
  const form = useDraftForm({ initial: { name: '', email: '', password: '' }, tabs: { developer: FIELDS } });
  const created = useCreatedNotice('/admin/developers');
  const [addDeveloper, { loading }] = useFormMutation(AddDeveloperMutation);
  const save = () =>
    form.submit(
      async (input) => (await addDeveloper({ variables: { input } })).data?.addDeveloper,
      ({ developer }) => created(`${developer.name} can now sign in as ${developer.email}.`),
    );
  const field = (key: (typeof FIELDS)[number]) => ({
    value: form.draft[key],
    errors: form.at(key),
    onChange: (e: { currentTarget: { value: string } }) => form.edit(key, e.currentTarget.value),
  });

  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/developers">Developers</Link>
      </nav>
      <PageHeader title="Add developer" description="Creates a developer account; pass the password on to its owner." />
      <EditorForm form={form} pending={loading} onSubmit={() => void save()} submitLabel="Add developer">
        <TextField label="Name" autoComplete="off" autoFocus {...field('name')} />
        <TextField label="Email" type="email" autoComplete="off" {...field('email')} />
        <TextField label="Password" type="password" autoComplete="new-password" hint="At least 12 characters." {...field('password')} />
        <SubmitActions label="Add developer" pending={loading} pendingLabel="Adding…" />
      </EditorForm>
    </div>
  );
}
