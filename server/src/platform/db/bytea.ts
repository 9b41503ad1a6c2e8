// A bytea column for binary content (PDF letters and documents). PGlite answers Uint8Array and
// node-postgres Buffer; both come back as a Buffer.
import { customType } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => Buffer.from(value),
});
