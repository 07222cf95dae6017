// Placeholder until the catalog feature lands.
export function CatalogPage() {
  return <div className="page" />;
}
