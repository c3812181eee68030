import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useFormMutation } from './cache-effects.ts';
import type { Payload } from './handle-payload.ts';
import type { DraftForm } from './use-draft-form.ts';

type PayloadOf<TData> = TData[keyof TData] & Payload;
type SuccessOf<TData> = Exclude<PayloadOf<TData>, { __typename: 'ValidationError' }>;

interface SaveDraftOptions<D, TCreate, TUpdate, TInput> {
  /** The entity being edited; null while it is new. */
  id: string | null;
  create: TypedDocumentNode<TCreate, { input: TInput }>;
  update: TypedDocumentNode<TUpdate, { input: TInput & { id: string } }>;
  toInput: (draft: D) => TInput;
  onCreated: (payload: SuccessOf<TCreate>) => unknown;
  onUpdated: (payload: SuccessOf<TUpdate>) => unknown;
}

function payloadOf<TData>(data: TData | null | undefined): PayloadOf<TData> | undefined {
  return data ? (Object.values(data)[0] as PayloadOf<TData>) : undefined;
}

/** Save for an editor that creates an entity or updates it: the create or update mutation, by whether it has an id. */
export function useSaveDraft<D, Tab extends string, TCreate, TUpdate, TInput>(form: DraftForm<D, Tab>, options: SaveDraftOptions<D, TCreate, TUpdate, TInput>) {
  const { id, toInput } = options;
  const [create, { loading: creating }] = useFormMutation(options.create);
  const [update, { loading: updating }] = useFormMutation(options.update);
  const save = () =>
    id === null
      ? form.submit(async (draft) => payloadOf((await create({ variables: { input: toInput(draft) } })).data), options.onCreated)
      : form.submit(async (draft) => payloadOf((await update({ variables: { input: { ...toInput(draft), id } } })).data), options.onUpdated);
  return { save, pending: creating || updating, updating };
}
