/**
 * The one routing function for phones' money requests: which money endpoint
 * owns a request. A group packet lives with its seed packet (packet-service
 * routes packets by FNV-1a of the id), so grabs and details route by the group
 * packet id; a balance routes by the user id. With one endpoint (today's
 * deployments) every request goes there.
 */
import { fnv1a32 } from '../../common/fnv1a.ts';

export function moneyEndpointFor(routingKey: string, endpoints: readonly string[]): string {
  if (endpoints.length === 0) throw new Error('no money endpoint configured');
  return endpoints[fnv1a32(routingKey) % endpoints.length]!;
}
