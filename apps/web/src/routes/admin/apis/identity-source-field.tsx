import {
  COMMON_IDENTITY_CLAIMS,
  formatIdentitySource,
  parseIdentitySource,
  TOKEN_PROFILES,
  TOKEN_VENDORS,
  type TokenVendor,
} from '@gatehouse/dcr/identity-claims';
import { TextField } from '../../../forms/text-field.tsx';
import { SelectField } from '../../../forms/form-fields.tsx';

interface IdentitySourceFieldProps {
  /** The claims as typed: names separated by spaces. */
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[];
  /** Whose tokens the API takes: its suggestion is offered. Empty: not chosen. */
  vendor: TokenVendor | '';
  onVendorChange: (vendor: TokenVendor | '') => void;
  /** Claims the discovery document lists (`claims_supported`), to show which ones it mentions. */
  claimsSupported: readonly string[] | null;
}

/**
 * Identity source: the claims that name the calling client, tried in order, with the identity
 * provider's suggestion one click away (the same table the gateway and the API use).
 */
export function IdentitySourceField({ value, onChange, errors, vendor, onVendorChange, claimsSupported }: IdentitySourceFieldProps) {
  const suggestion = vendor ? formatIdentitySource(TOKEN_PROFILES[vendor].identitySource) : null;
  const current = formatIdentitySource(parseIdentitySource(value));
  const mentioned = claimsSupported?.filter((claim) => COMMON_IDENTITY_CLAIMS.some((c) => c.name === claim)) ?? null;
  return (
    <div className="field-row">
      <SelectField
        label="Tokens issued by"
        hint="The identity provider product, preset from the portal’s Dynamic Client Registration settings; Discover recognises the common ones from the issuer URL."
        value={vendor}
        onChange={(e) => onVendorChange(e.currentTarget.value as TokenVendor | '')}
      >
        <option value="">Not chosen</option>
        {TOKEN_VENDORS.map((v) => (
          <option key={v} value={v}>
            {TOKEN_PROFILES[v].label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Identity source"
        hint={
          <>
            Token claims that name the calling OAuth client, tried in order, separated by spaces. Common ones:{' '}
            {COMMON_IDENTITY_CLAIMS.map((c, i) => (
              <span key={c.name}>
                {i > 0 ? '; ' : ''}
                <code className="code">{c.name}</code> ({c.description})
              </span>
            ))}
            .
          </>
        }
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        errors={errors}
      >
        {suggestion !== null && suggestion !== current ? (
          <p className="field__hint">
            {TOKEN_PROFILES[vendor as TokenVendor].label} tokens name the client in <code className="code">{suggestion}</code>.{' '}
            <button type="button" className="button button--small" onClick={() => onChange(suggestion)}>
              Use {suggestion}
            </button>
          </p>
        ) : null}
        {mentioned !== null ? (
          <p className="field__hint">
            The discovery document lists {mentioned.length ? mentioned.join(', ') : 'none of these claims'} among its claims_supported.
          </p>
        ) : null}
      </TextField>
    </div>
  );
}
