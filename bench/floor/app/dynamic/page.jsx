// The floor's dynamic page: rendered on every request, 50 rows made in memory (no database).
import { connection } from "next/server";

const BASE = Date.UTC(2026, 2, 2, 8);

export default async function DynamicPage() {
  await connection();
  const rows = Array.from({ length: 50 }, (_, i) => ({
    id: `row-${i + 1}`,
    title: `Document ${i + 1} over de levering van de woning`,
    size: 20_000 + ((i * 7919) % 500_000),
    at: new Date(BASE - i * 60_000).toISOString(),
  }));
  return (
    <main>
      <h1>Floor: dynamic page</h1>
      <table>
        <thead>
          <tr>
            <th>Titel</th>
            <th>Grootte</th>
            <th>Datum</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <a href={`/dynamic?row=${row.id}`}>{row.title}</a>
              </td>
              <td>{row.size.toLocaleString("nl-NL")} bytes</td>
              <td>{row.at}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
