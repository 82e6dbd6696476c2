/**
 * Resource pre-download, gateway side. The manifest phones download ahead of
 * the show comes from the show config's `resources`; its version is derived
 * from its content (the same on every gateway running the same list), so a
 * phone's "I hold version V" means the same thing fleet-wide. The desk answers
 * `resources { have_version }`, remembers per user which version they hold
 * (coverage: phones per version), and pushes a new manifest to every phone
 * when the show's list changes.
 */
import { shake } from '../../contracts/proto/gen/shake.js';
import type { Resource } from '../../contracts/show/types.ts';
import { manifestItems, manifestVersion } from '../../contracts/show/resource-manifest.ts';
import type { ResourcesRequest } from '../logic/request-handler.ts';

const { ServerMessage } = shake.v1;

export interface Manifest { version: number; items: shake.v1.IResource[] }

/** The manifest of a resource list (version: contracts/show/resource-manifest.ts). */
export function manifestOf(resources: readonly Resource[]): Manifest {
  return { version: manifestVersion(resources), items: manifestItems(resources) };
}

export interface ResourceDeskOptions {
  deliver(connId: number, reqId: number, bytes: Uint8Array): void;
  broadcast(bytes: Uint8Array): void;
  /** Users remembered for coverage (oldest forgotten first). */
  maxUsers?: number;
}

export class ResourceDesk {
  private manifest: Manifest;
  /** userId -> manifest version held (as last reported); insertion order = report order. */
  private readonly held = new Map<string, number>();
  private readonly maxUsers: number;
  requests = 0;

  constructor(resources: readonly Resource[], private readonly o: ResourceDeskOptions) {
    this.manifest = manifestOf(resources);
    this.maxUsers = o.maxUsers ?? 1_000_000;
  }

  get version(): number { return this.manifest.version; }

  /** The show config changed: a different list is pushed to every connected phone (seq 0). */
  setResources(resources: readonly Resource[]): void {
    const next = manifestOf(resources);
    if (next.version === this.manifest.version) return;
    this.manifest = next;
    this.o.broadcast(ServerMessage.encode({ seq: 0, resources: next }).finish());
  }

  answer(connId: number, reqId: number, r: ResourcesRequest): void {
    this.requests++;
    this.held.delete(r.userId);
    if (this.held.size >= this.maxUsers) this.held.delete(this.held.keys().next().value!);
    this.held.set(r.userId, r.haveVersion);
    this.o.deliver(connId, reqId, ServerMessage.encode({ seq: r.seq, resources: this.manifest }).finish());
  }

  /** Phones (users) per manifest version they reported holding; version 0 = none yet. */
  coverage(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const v of this.held.values()) out[v] = (out[v] ?? 0) + 1;
    return out;
  }

  status(): { manifestVersion: number; items: number; requests: number; coverage: Record<string, number> } {
    return { manifestVersion: this.manifest.version, items: this.manifest.items.length, requests: this.requests, coverage: this.coverage() };
  }
}
