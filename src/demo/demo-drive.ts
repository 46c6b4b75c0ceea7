import type { DriveAnswer, DrivePort, DriveRequest } from '../core/evidence/drive-facts';
import type { DemoFile } from './kendari-demo';

/**
 * Drive for the offline demo: answers from the demo's own list of files, in the Drive API's
 * shape, so `spbe demo` shows the whole check without a Google account. Nothing else uses it.
 */
export class DemoDrive implements DrivePort {
  private readonly files: ReadonlyMap<string, DemoFile>;
  rounds = 0;

  constructor(files: readonly DemoFile[]) {
    this.files = new Map(files.map((f) => [f.id, f]));
  }

  fetchBatch(requests: readonly DriveRequest[]): readonly DriveAnswer[] {
    this.rounds += 1;
    return requests.map((request) => {
      const file = this.files.get(request.id);
      if (!file || file.status === 404) return { request, status: 404, body: '{}' };
      if (request.probe === 'public')
        return file.sharing === 'anyone'
          ? { request, status: 200, body: '' }
          : {
              request,
              status: 302,
              body: '',
              location: 'https://accounts.google.com/ServiceLogin',
            };
      if (request.probe === 'children')
        return {
          request,
          status: 200,
          body: JSON.stringify({ files: (file.children ?? 0) > 0 ? [{}] : [] }),
        };
      const permissions = [
        { type: 'user' },
        ...(file.sharing === 'anyone'
          ? [{ type: 'anyone' }]
          : file.sharing === 'domain'
            ? [{ type: 'domain' }]
            : []),
      ];
      return {
        request,
        status: 200,
        body: JSON.stringify({
          id: file.id,
          name: file.name,
          mimeType: file.mimeType,
          modifiedTime: file.modifiedTime,
          trashed: file.trashed === true,
          owners: [{ emailAddress: file.owner }],
          permissions,
          ...(file.shortcutTarget ? { shortcutDetails: { targetId: file.shortcutTarget } } : {}),
        }),
      };
    });
  }
}
