import { useEffect, useRef, useState } from 'react';

async function copyText(text: string): Promise<void> {
  // The Clipboard API exists only in secure contexts (https, localhost, 127.0.0.1). On plain
  // http from another host, fall back to a hidden textarea and execCommand.
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

/**
 * "Copy" button whose accessible name says what it copies ("Copy client ID", which starts with
 * the visible text as WCAG 2.5.3 asks); the result is announced in a status region beside it.
 */
export function CopyButton({ value, what }: { value: string; what: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function onClick() {
    clearTimeout(timer.current);
    try {
      await copyText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    timer.current = setTimeout(() => setStatus('idle'), 2500);
  }

  return (
    <span className="copy">
      <button type="button" className="button button--small" aria-label={`Copy ${what}`} onClick={() => void onClick()}>
        Copy
      </button>
      <span className="copy__status" role="status">
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy failed: select the text and copy it' : ''}
      </span>
    </span>
  );
}
