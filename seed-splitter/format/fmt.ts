/**
 * Formatting for messages: ids in their wire form, even when a corrupt record holds
 * a number outside the id range.
 */
import { isValidId, packetIdToString } from './ids.ts';

export function fmtId(id: number): string {
  return isValidId(id) ? packetIdToString(id) : `<bad id ${id}>`;
}
