// What "Create Service Request…" knows when it starts from a contract or service node.
import type { TreeNode } from '../common/tree';

export interface ServiceRequestPrefill {
  contractId?: number;
  serviceId?: number;
  serviceName?: string;
}

export interface PrefillNode extends TreeNode {
  prefill(): ServiceRequestPrefill;
}

export function isPrefillNode(n: unknown): n is PrefillNode {
  return typeof n === 'object' && n !== null && 'prefill' in n && typeof n.prefill === 'function';
}
