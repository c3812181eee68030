import { requireAdmin, type Viewer } from '../../server/viewer.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import type { ApisRepo } from './apis.repo.ts';

export class ApisService {
  constructor(
    private readonly apis: ApisRepo,
    private readonly gatewayUrl: string,
  ) {}

  async list(viewer: Viewer | null, args: PageArgs) {
    requireAdmin(viewer);
    const page = toPage(args);
    return toConnection(await this.apis.list(page), page);
  }

  /** Where developers call the API: the gateway's public URL plus the listen path. */
  gatewayUrlFor(listenPath: string): string {
    return new URL(listenPath, this.gatewayUrl).toString();
  }
}
