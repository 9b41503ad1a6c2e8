// Helhet runs on the current Node.js LTS. The machines' own Node is older; the pinned npm package `node`
// puts Node 24 first on the PATH of every npm script, so a start outside them is the usual mistake.
export const supportedNodeMajor = 24;

export function nodeMajor(version: string = process.version): number {
  return Number(/^v(\d+)\./.exec(version)?.[1] ?? 0);
}

/** Names the runtime on stderr (stdout may carry a command's output) and refuses an unsupported one. */
export function announceRuntime(what: string): void {
  if (nodeMajor() !== supportedNodeMajor) {
    process.stderr.write(
      `Helhet krever Node.js ${supportedNodeMajor} LTS, men kjører på ${process.version}. Start med npm-skriptene (npm start, npm run cli, npm test), som bruker Node fra avhengigheten «node».\n`,
    );
    process.exit(1);
  }
  process.stderr.write(`${what}: Node.js ${process.version}\n`);
}
