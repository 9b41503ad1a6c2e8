// Who ran an operator command: the operating-system user and host, since the command line has no login.
import { hostname, userInfo } from 'node:os';

export const operatorName = (): string => `${userInfo().username}@${hostname()}`;
