/**
 * jsdom lacks TextEncoder, which the Office host uses to size its requests (browsers have it); the
 * WPS controller reaches that module through the shared status reader. Import first.
 */
import { TextEncoder } from 'util';

(globalThis as Record<string, unknown>).TextEncoder ??= TextEncoder;
