/** Where the user is. Kept in the location hash so a reload returns to the same screen. */
export type Route = { name: 'catalog' } | { name: 'editor'; listingId: string } | { name: 'settings' } | { name: 'rules' } | { name: 'outbox' } | { name: 'launches' } | { name: 'launch'; launchId: string };

export function routeFromHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'listing' && parts[1]) return { name: 'editor', listingId: decodeURIComponent(parts[1]) };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'rules') return { name: 'rules' };
  if (parts[0] === 'outbox') return { name: 'outbox' };
  if (parts[0] === 'launches') return { name: 'launches' };
  if (parts[0] === 'launch' && parts[1]) return { name: 'launch', launchId: decodeURIComponent(parts[1]) };
  return { name: 'catalog' };
}

export function hashFromRoute(route: Route): string {
  switch (route.name) {
    case 'editor':
      return `#/listing/${encodeURIComponent(route.listingId)}`;
    case 'settings':
      return '#/settings';
    case 'rules':
      return '#/rules';
    case 'outbox':
      return '#/outbox';
    case 'launches':
      return '#/launches';
    case 'launch':
      return `#/launch/${encodeURIComponent(route.launchId)}`;
    case 'catalog':
      return '#/';
  }
}
