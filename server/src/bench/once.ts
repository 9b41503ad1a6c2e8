// A close function that runs its work once; later and concurrent calls wait for the same promise,
// so Ctrl-C cleanup and the normal `finally` never race each other.
export function once(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= work());
}
