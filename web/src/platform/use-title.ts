import { useEffect } from 'react';

/** Sets the browser tab title: "<page> – Helhet". */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Helhet`;
  }, [title]);
}
