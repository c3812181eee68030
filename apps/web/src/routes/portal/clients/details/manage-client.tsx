import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../../graphql/generated/index.ts';
import type { ClientNoticeData } from './client-notice.tsx';
import { DeleteClientButton } from './delete-client-button.tsx';
import { EditClientForm } from './edit-client-form.tsx';
import { RotateSecretButton } from './rotate-secret-button.tsx';

export const ManageClient_client = graphql(`
  fragment ManageClient_client on OAuthClient {
    id
    clientName
    redirectUris
    clientSecret
    management {
      canUpdate
      canRotateSecret
      canDeleteAtIdp
      updateRotatesSecret
      limitation
    }
  }
`);

interface ManageClientProps {
  client: FragmentType<typeof ManageClient_client>;
  separator: string;
  onNotice: (notice: ClientNoticeData | null) => void;
}

/**
 * The client's life at the identity provider (RFC 7592): edit, rotate the secret, delete. What
 * the identity provider does not allow is said up front, not discovered by failing.
 */
export function ManageClient({ client, separator, onNotice }: ManageClientProps) {
  const c = getFragmentData(ManageClient_client, client);
  const [editing, setEditing] = useState(false);
  const { management } = c;

  return (
    <section className="panel manage" aria-labelledby="manage-title">
      <h2 id="manage-title" className="panel__title">
        Manage at the identity provider
      </h2>
      {management.limitation ? (
        <div className="alert alert--info">
          <p className="alert__title">{management.canUpdate ? 'Not every change is possible' : 'The identity provider does not let Gatehouse manage this client'}</p>
          <p>{management.limitation}</p>
        </div>
      ) : null}
      {editing ? (
        <EditClientForm
          clientId={c.id}
          clientName={c.clientName}
          redirectUris={c.redirectUris}
          separator={separator}
          updateRotatesSecret={management.updateRotatesSecret}
          onDone={(notice) => {
            setEditing(false);
            if (notice) onNotice(notice);
          }}
        />
      ) : (
        <div className="actions">
          {management.canUpdate ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                onNotice(null);
                setEditing(true);
              }}
            >
              Edit client
            </button>
          ) : null}
          {management.canRotateSecret && c.clientSecret ? <RotateSecretButton clientId={c.id} onDone={onNotice} /> : null}
          <DeleteClientButton clientId={c.id} clientName={c.clientName} canDeleteAtIdp={management.canDeleteAtIdp} limitation={management.limitation} />
        </div>
      )}
    </section>
  );
}
