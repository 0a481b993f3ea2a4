/** The two headline figures of the fact sheet's uptake in a period, under the heading `labelledBy`. */
export function UptakeHeadline({ labelledBy, downloads, organisations }: { labelledBy: string; downloads: number; organisations: number }) {
  return (
    <ul className="stat-list" aria-labelledby={labelledBy}>
      <li>
        <strong>{downloads}</strong> branded downloads
      </li>
      <li>
        <strong>{organisations}</strong> organisations downloading
      </li>
    </ul>
  );
}
