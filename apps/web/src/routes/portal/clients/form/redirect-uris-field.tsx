import { splitRedirectUris } from '@gatehouse/dcr/redirect-uris';
import { TextField } from '../../../../forms/text-field.tsx';

interface RedirectUrisFieldProps {
  value: string;
  /** The portal's separator (the seed's oauth_redirect_uri_separator, default `;`). */
  separator: string;
  /** About the field as a whole (`redirectUris`). */
  errors: readonly string[];
  /** About single URLs (`redirectUris.N`): the N-th chip is marked. */
  itemErrors: ReadonlyMap<number, readonly string[]>;
  readOnly?: boolean;
  onChange: (value: string) => void;
}

/**
 * The seed's single Redirect URLs field: URLs typed in one line, split by the portal's
 * separator, each parsed URL shown as a chip as it is typed. The split is the same code the
 * API validates with, so an error about `redirectUris.N` marks the N-th chip.
 */
export function RedirectUrisField({ value, separator, errors, itemErrors, readOnly, onChange }: RedirectUrisFieldProps) {
  const uris = splitRedirectUris(value, separator);
  // Errors about single URLs are listed under the field too, so they are read out with it; the
  // shared rules name the URL in their messages.
  const itemMessages = [...itemErrors.values()].flat();
  return (
    <TextField
      label="Redirect URLs"
      name="redirectUris"
      autoComplete="off"
      spellCheck={false}
      inputMode="url"
      value={value}
      readOnly={readOnly}
      onChange={(e) => onChange(e.currentTarget.value)}
      errors={[...errors, ...itemMessages]}
      hint={
        <>
          Separate several URLs with <kbd className="kbd">{separator}</kbd>, for example{' '}
          <code className="code">
            http://localhost:7777{separator}https://oauth.tools/callback/code
          </code>
        </>
      }
    >
      {uris.length > 0 ? (
        <ul className="chips" aria-label="URLs to register">
          {uris.map((uri, n) => {
            const invalid = itemErrors.has(n);
            return (
              <li key={`${n}-${uri}`} className={`chip${invalid ? ' chip--invalid' : ''}`}>
                {uri}
                {invalid ? <span className="visually-hidden"> (has an error)</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </TextField>
  );
}
