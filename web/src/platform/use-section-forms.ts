// The shared state of a page section with forms: which form is open, the flash message after a save
// or an action, and reloading the section's data afterwards.
import { useCallback, useState } from 'react';

export interface SectionForms<F> {
  /** The open form, or null. */
  form: F | null;
  message: string | null;
  /** Opens a form and clears the last message (unless the section keeps it, see the options). */
  open(name: F): void;
  close(): void;
  /** After a form saved: closes it, shows `text` and reloads the data. */
  saved(text: string): void;
  /** Runs an action outside a form (it resolves truthy when it succeeded), then shows `text` and reloads. */
  act(run: () => Promise<unknown>, text: string): Promise<void>;
}

interface Options {
  /** Leave the last message standing when a form opens (sections that have always done so). */
  keepMessageOnOpen?: boolean;
}

export function useSectionForms<F = string>(reload: () => void, { keepMessageOnOpen = false }: Options = {}): SectionForms<F> {
  const [form, setForm] = useState<F | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const open = useCallback(
    (name: F) => {
      if (!keepMessageOnOpen) setMessage(null);
      setForm(name);
    },
    [keepMessageOnOpen],
  );
  const close = useCallback(() => setForm(null), []);
  const saved = (text: string) => {
    setForm(null);
    setMessage(text);
    reload();
  };
  const act = async (run: () => Promise<unknown>, text: string) => {
    setMessage(null);
    if (await run()) {
      setMessage(text);
      reload();
    }
  };
  return { form, message, open, close, saved, act };
}
