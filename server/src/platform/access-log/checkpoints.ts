// Signed checkpoints of the access log's chains (as Certificate Transparency's signed tree heads): a
// tenant's row count and head hash, signed with an Ed25519 key that lives outside the database and
// written outside it, one JSON line per checkpoint. Someone who can write the database — even one who
// recomputes the whole chain with the product's own hash function, or cuts rows off its end — cannot
// make a chain that matches a checkpoint taken before.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, createHash, type KeyObject } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Checkpoint {
  v: 1;
  tenantId: string;
  seq: number;
  hash: string;
  sealedAt: string;
  /** The first 16 hex digits of the signing key's public key's SHA-256. */
  keyId: string;
  /** Ed25519 over `signedText`, base64. */
  sig: string;
}

export interface CheckpointSigner {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}

const signedText = (c: Omit<Checkpoint, 'sig' | 'keyId' | 'v'>): Buffer =>
  Buffer.from(`helhet-access-log-checkpoint/v1\n${c.tenantId}\n${c.seq}\n${c.hash}\n${c.sealedAt}`, 'utf8');

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function publicKeyFile(keyFile: string): string {
  return keyFile.replace(/(\.pem)?$/, '.pub.pem');
}

/**
 * Loads the signing key, or makes one on first start (readable by the server's user only) with its
 * public half beside it for whoever verifies independently.
 */
export function loadOrCreateSigner(keyFile: string): CheckpointSigner {
  if (!existsSync(keyFile)) {
    mkdirSync(dirname(keyFile), { recursive: true });
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    writeFileSync(publicKeyFile(keyFile), publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
  }
  const privateKey = createPrivateKey(readFileSync(keyFile));
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

export function loadPublicKey(file: string): KeyObject {
  return createPublicKey(readFileSync(file));
}

export function signCheckpoint(signer: CheckpointSigner, head: { tenantId: string; seq: number; hash: string }, at: Date): Checkpoint {
  const body = { tenantId: head.tenantId, seq: head.seq, hash: head.hash, sealedAt: at.toISOString() };
  return { v: 1, ...body, keyId: signer.keyId, sig: sign(null, signedText(body), signer.privateKey).toString('base64') };
}

export function checkpointSignatureValid(checkpoint: Checkpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, signedText(checkpoint), publicKey, Buffer.from(checkpoint.sig, 'base64'));
  } catch {
    return false;
  }
}

const fileOf = (dir: string, tenantId: string): string => join(dir, `${tenantId}.jsonl`);

/** Appends one checkpoint line and flushes it to disk before returning. */
export function appendCheckpoint(dir: string, checkpoint: Checkpoint): void {
  mkdirSync(dir, { recursive: true });
  const file = fileOf(dir, checkpoint.tenantId);
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o644 });
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A tenant's checkpoints in the order written; a line that is not a checkpoint is returned as null. */
export function readCheckpoints(dir: string, tenantId: string): (Checkpoint | null)[] {
  const file = fileOf(dir, tenantId);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        const parsed = JSON.parse(line) as Checkpoint;
        return parsed.v === 1 && typeof parsed.seq === 'number' && typeof parsed.hash === 'string' && parsed.tenantId === tenantId ? parsed : null;
      } catch {
        return null;
      }
    });
}

export function checkpointTenants(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length));
}
