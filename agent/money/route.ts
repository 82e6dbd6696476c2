/**
 * The one routing function for phones' money requests: which money SET answers.
 * A group packet lives with its seed packet in the SET that owns the packet id
 * (contracts/sets.ts: the SET in a money-minted id, else the seed SETs by hash),
 * so grabs and details go to that SET's endpoint (index = SET). A user's money
 * lands in the SETs of the packets they opened, so a balance is the sum over every
 * SET (balanceEndpoints). With one endpoint every request goes there.
 */
import { setOfPacket } from '../../contracts/sets.ts';

export function moneyEndpointFor(packetId: string, endpoints: readonly string[], seedSets = endpoints.length): string {
  if (endpoints.length === 0) throw new Error('no money endpoint configured');
  const set = setOfPacket(packetId, Math.min(seedSets, endpoints.length));
  const url = endpoints[set];
  // An id naming a SET this agent does not know yet (a SET added since it started): not answerable here.
  if (url === undefined) throw new Error(`packet ${packetId} belongs to money SET ${set}; this agent knows ${endpoints.length}`);
  return url;
}
