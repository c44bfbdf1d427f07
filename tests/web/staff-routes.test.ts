// The staff app's URLs, the citizen app's preview URLs, and which page the server answers with.
import { describe, expect, test } from 'vitest';
import { isPreviewPage } from '../../server/plugins/security.ts';
import { pageFor } from '../../server/plugins/web.ts';
import { route } from '../../web/citizen/lib/routes.ts';
import { paths, staffRoute } from '../../web/staff/lib/routes.ts';

describe('staff routes', () => {
  test('every page has a URL under /staff that reads back', () => {
    expect(staffRoute('/staff')).toEqual({ kind: 'forms' });
    expect(staffRoute(paths.forms)).toEqual({ kind: 'forms' });
    expect(staffRoute(paths.login)).toEqual({ kind: 'login' });
    expect(staffRoute('/staff/setup')).toEqual({ kind: 'setup' });
    expect(staffRoute(paths.users)).toEqual({ kind: 'users' });
    expect(staffRoute(paths.newForm)).toEqual({ kind: 'newForm' });
    expect(staffRoute(paths.form('risai-shomei'))).toEqual({ kind: 'form', id: 'risai-shomei' });
    expect(staffRoute(paths.build('a-b'))).toEqual({ kind: 'build', id: 'a-b' });
    expect(staffRoute(paths.settings('a-b'))).toEqual({ kind: 'settings', id: 'a-b' });
    expect(staffRoute(paths.publish('a-b'))).toEqual({ kind: 'publish', id: 'a-b' });
    expect(staffRoute(paths.version('a-b', 3))).toEqual({ kind: 'version', id: 'a-b', version: 3 });
    expect(staffRoute('/staff/forms/a-b/build/')).toEqual({ kind: 'build', id: 'a-b' });
    expect(staffRoute('/staff/nope/x')).toEqual({ kind: 'notFound' });
  });

  test('the citizen app shows a draft on /preview/:id/... with the same views as /forms/:id/...', () => {
    expect(route(paths.preview('kosodate'), new URLSearchParams())).toEqual({ kind: 'form', id: 'kosodate', view: { kind: 'page', index: 0, fromCheck: false } });
    expect(route('/preview/kosodate/p/2', new URLSearchParams())).toEqual({ kind: 'form', id: 'kosodate', view: { kind: 'page', index: 1, fromCheck: false } });
    expect(route('/preview/kosodate/check', new URLSearchParams())).toEqual({ kind: 'form', id: 'kosodate', view: { kind: 'check' } });
  });

  test('the server answers /staff/* with the staff app, everything else with the citizen app', () => {
    expect(pageFor('/staff')).toBe('staff/index.html');
    expect(pageFor('/staff/forms/x/build?el=1-2')).toBe('staff/index.html');
    expect(pageFor('/staffing')).toBe('index.html');
    expect(pageFor('/preview/x/')).toBe('index.html');
    expect(pageFor('/forms/x')).toBe('index.html');
  });

  test('only preview pages may be framed', () => {
    expect(isPreviewPage('/preview/x/')).toBe(true);
    expect(isPreviewPage('/preview/x/p/2?from=check')).toBe(true);
    expect(isPreviewPage('/previews')).toBe(false);
    expect(isPreviewPage('/forms/x')).toBe(false);
    expect(isPreviewPage('/staff/forms/x/build')).toBe(false);
  });
});
