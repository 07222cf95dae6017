// Placeholder until the editor feature lands.
export function EditorPage({ listingId }: { listingId: string }) {
  return <div className="page" data-listing-id={listingId} />;
}
